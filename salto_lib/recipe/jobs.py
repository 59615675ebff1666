"""Plan the notebook jobs of an edition and the key that tells whether a job must run again.

One job per template notebook execution: the tables, one chapter per area, one profile per
reporting unit, and the chapter on changes when last year's data can be compared. Every job
is handed what its page reads of the dataset the build validated, as a file named after a
digest of that content (`recipe.handover`), so no kernel reads the workbooks again and a job's
key changes exactly when what its notebook reads does.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from salto_lib import areatexts, paths
from salto_lib.dataset import Dataset, load_dataset, workbook_files
from salto_lib.pages.common import area_page, edition_folder, synthesis_path, unit_key
from salto_lib.recipe import handover
from salto_lib.recipe.layout import BuildLayout

CHANGES = "endringer.ipynb"


@dataclass(frozen=True)
class NotebookJob:
    """One execution of a template notebook into the book's source folder."""

    template: Path
    output: str  # file name in the source folder, e.g. "rus-blant-unge.ipynb"
    parameters: dict
    # Per-document MyST substitutions (the chapter title), stored in the executed notebook.
    substitutions: dict = field(default_factory=dict)
    # Text files the notebook shows (an area's synthesis): a change in them re-runs it.
    texts: tuple[Path, ...] = ()
    # The workbooks the data it is handed is drawn from: how much it reads, so the longest jobs
    # start first (`execute.longest_first`). A job handed a file is keyed by that file's name
    # (a digest of what it reads), not by these workbooks' bytes (`job_key`).
    inputs: tuple[Path, ...] = ()

    @property
    def handed(self) -> bool:
        """Whether the job is handed its data as files (parameters `validated`, …)."""
        return any(k.endswith("validated") and v for k, v in self.parameters.items())

    @property
    def label(self) -> str:
        return self.output.removesuffix(".ipynb")


def previous_edition(ds: Dataset) -> Dataset | None:
    """Last year's dataset, from the folder next to this year's, when it is of the same plan
    period and validates; the book then has a chapter on the changes. Otherwise None."""
    folder = ds.folder.parent / str(ds.year - 1)
    if not folder.is_dir():
        return None
    previous = load_dataset(folder)
    same_period = previous.period is not None and previous.period.name == ds.period.name
    return previous if same_period and not previous.errors else None


def plan_jobs(ds: Dataset, layout: BuildLayout, previous: Dataset | None) -> list[NotebookJob]:
    """Every notebook to execute: the tables, one per area, one per reporting unit, and the
    changes from `previous` when there is a previous edition.

    Pages are named after their area or unit, so their addresses are the same every year;
    areas come in plan order and units in Norwegian alphabetical order, the order in which
    the table of contents lists them (`recipe.assemble.table_of_contents`).

    Each job is handed a file with what its page reads (`recipe.handover.files`): a chapter
    of an area the measures of that area, a unit's profile that unit's report, and so on. So
    changing one workbook re-runs only the pages that show what changed in it.
    """
    nb = paths.NOTEBOOKS
    handed = handover.files(layout, ds, previous)
    everything = tuple(workbook_files(ds.folder)[0])
    whole = {"year": ds.year, "data": str(ds.folder)}

    def given(name: str) -> dict:
        return {**whole, "validated": str(handed[name])}

    jobs = [
        NotebookJob(
            nb / "tabeller.ipynb", "tabeller.ipynb", given(handover.TABLES), inputs=everything
        )
    ]
    for area in ds.period.areas:
        jobs.append(
            NotebookJob(
                nb / "omrade.ipynb",
                area_page(area) + ".ipynb",
                {**given(area_page(area)), "area": area},
                # The chapter's title and the secretariat's text, section by section.
                {"omrade": area, **areatexts.area_substitutions(edition_folder(ds.year), area)},
                (synthesis_path(ds.year, area),),
                everything,
            )
        )
    files = {r.unit: ds.folder / r.file for r in ds.reports}
    for unit in ds.units["unit"]:
        jobs.append(
            NotebookJob(
                nb / "enhet.ipynb",
                unit_key(unit) + ".ipynb",
                {**given(unit_key(unit)), "unit": unit},
                {"enhet": unit},
                inputs=(files[unit],),
            )
        )
    if previous is not None:
        then = tuple(workbook_files(previous.folder)[0])
        jobs.append(
            NotebookJob(
                nb / CHANGES,
                CHANGES,
                {
                    **given(handover.changes_name(ds.year)),
                    "previous": str(previous.folder),
                    "previous_validated": str(handed[handover.changes_name(previous.year)]),
                },
                inputs=everything + then,
            )
        )
    return jobs


def fingerprint() -> str:
    """A digest of the code every notebook's output depends on: the library, the plan-period
    declarations and the pinned requirements. When any of them changes, every notebook runs
    again; the data and texts a notebook reads count in its own key (`job_key`)."""
    digest = hashlib.sha256()
    library = paths.ROOT / "salto_lib"
    files = sorted(library.rglob("*.py")) + sorted(paths.PLAN_PERIODS.glob("*"))
    for path in [*files, paths.ROOT / "requirements.txt"]:
        name = path.relative_to(library) if path.is_relative_to(library) else path.name
        digest.update(str(name).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def job_key(job: NotebookJob, common: str) -> str:
    """What one notebook's output depends on: code, template, parameters and its texts. The
    parameters name the files a job is handed, each after a digest of what the notebook reads
    (`recipe.handover`); only a job handed none is keyed by the bytes of its workbooks."""
    spec = json.dumps([job.parameters, job.substitutions, job.output], sort_keys=True)
    digest = hashlib.sha256((common + spec).encode() + job.template.read_bytes())
    for path in (*job.texts, *(() if job.handed else job.inputs)):
        digest.update(path.name.encode() + b"\0")
        digest.update(path.read_bytes() if path.is_file() else b"(mangler)")
    return digest.hexdigest()
