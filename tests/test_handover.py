"""Each notebook is handed exactly what its page reads of the validated dataset, and its job key
changes exactly when that does (issue 17).

The proof that a page's projection (`AreaPage.reads`, …) keeps everything the page reads: every
notebook of the 2024 and 2025 sample editions shows the same, figures and downloads byte for
byte, from the file the build hands it as when run by hand from the workbooks. The proof that a
key says what the notebook reads: a change in one workbook re-runs the notebooks whose output
changes, and no other.
"""

from __future__ import annotations

import ast
import contextlib
import os
import pickle
import shutil
import subprocess
import sys
from pathlib import Path

import matplotlib.pyplot as plt
import nbformat
import pytest
from openpyxl import load_workbook

from salto_lib import charts, paths
from salto_lib.dataset import Dataset, load_dataset
from salto_lib.pages.common import area_page
from salto_lib.recipe import handover, jobs
from salto_lib.recipe.layout import BuildLayout

# -- running a notebook's code in this process -------------------------------------------------


def drawn(fig, folder: Path, name: str) -> Path:
    """`charts.save` without rendering: what the figure shows (every label, text and bar) as a
    text file `name.drawn`, so that many pages can be compared in seconds. The tests marked
    slow compare the rendered files."""
    lines = []
    for ax in fig.axes:
        texts = [*ax.get_yticklabels(), *ax.texts, ax.title, ax.xaxis.label, ax.yaxis.label]
        legend = ax.get_legend()
        texts += legend.get_texts() if legend else []
        lines += [repr(t.get_text()) for t in texts]
        lines += [repr((b.get_x(), b.get_y(), b.get_width(), b.get_height())) for b in ax.patches]
        lines.append(repr((ax.get_xlim(), ax.get_ylim())))
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.drawn").write_text("\n".join(lines), encoding="utf-8")
    plt.close(fig)
    return folder / name


@pytest.fixture
def fast(monkeypatch):
    monkeypatch.setattr(charts, "save", drawn)


def run_notebook(job: jobs.NotebookJob, parameters: dict, cwd: Path) -> tuple[list, dict]:
    """The job's template executed here as Papermill would (its parameters cell, then
    `parameters`, then the other code cells) in the working folder `cwd`: what each cell shows,
    and every file the notebook wrote (figures, the numbers as CSV) by its path."""
    cells = nbformat.read(job.template, as_version=4).cells
    code = [c.source for c in cells if c.cell_type == "code"]
    namespace: dict = {}
    shown = []
    cwd.mkdir(parents=True)
    with contextlib.chdir(cwd):
        exec(code[0], namespace)
        namespace.update(parameters)
        for source in code[1:]:
            tree = ast.parse(source)
            last = tree.body.pop() if isinstance(tree.body[-1], ast.Expr) else None
            exec(compile(tree, job.template.name, "exec"), namespace)
            if last is not None:
                value = eval(
                    compile(ast.Expression(last.value), job.template.name, "eval"), namespace
                )
                shown.append(getattr(value, "data", value))
    written = {p.relative_to(cwd).as_posix(): p.read_bytes() for p in cwd.rglob("*") if p.is_file()}
    return shown, written


def by_hand(job: jobs.NotebookJob) -> dict:
    """The job's parameters without the files the build hands over: a notebook run by hand,
    which reads the workbooks."""
    return {k: "" if k.endswith("validated") else v for k, v in job.parameters.items()}


def edition(folder: Path, work: Path) -> tuple[Dataset, list[jobs.NotebookJob]]:
    """The dataset of `folder` and its jobs, their data handed over into `work`."""
    ds = load_dataset(folder, strict=True)
    previous = jobs.previous_edition(ds)
    layout = BuildLayout(work / "out", work, ds.year)
    handover.hand_over(layout, ds, previous)
    return ds, jobs.plan_jobs(ds, layout, previous)


# -- every page shows the same from what it is handed ------------------------------------------


@pytest.mark.parametrize(
    "year, rendered",
    [
        (2024, False),
        (2025, False),
        pytest.param(2024, True, marks=pytest.mark.slow),
        pytest.param(2025, True, marks=pytest.mark.slow),
    ],
)
def test_every_notebook_shows_the_same_from_what_it_is_handed_as_from_the_workbooks(
    year, rendered, tmp_path, monkeypatch
):
    """Every job of the sample edition (2025: with the chapter on changes from 2024) executed
    twice: by hand, from the workbooks, and as the build runs it, from the file it is handed.
    The same cells show the same, and the same figures and CSV files are written (the figures
    as `drawn` describes them, or rendered, byte for byte)."""
    if not rendered:
        monkeypatch.setattr(charts, "save", drawn)
    ds, planned = edition(paths.DATA / str(year), tmp_path / "work")
    kinds = {j.template.stem for j in planned}
    assert kinds == {"tabeller", "omrade", "enhet"} | ({"endringer"} if year == 2025 else set())
    assert len(planned) == 1 + len(ds.period.areas) + len(ds.reports) + (year == 2025)
    for job in planned:
        handed = run_notebook(job, job.parameters, tmp_path / "handed" / job.label)
        hand = run_notebook(job, by_hand(job), tmp_path / "by-hand" / job.label)
        assert handed[0] == hand[0], job.output
        assert handed[1].keys() == hand[1].keys(), job.output
        assert handed[1] == hand[1], job.output
        assert handed[0] and all(isinstance(s, str) and s.strip() for s in handed[0]), job.output
        assert any(name.startswith("figurer/") for name in handed[1]), job.output


def test_each_notebook_is_handed_only_what_its_page_reads(tmp_path):
    """What the files hold, in the 2025 sample: an area's chapter the measures of its area, a
    profile one unit's report, the tables and the changes no free text."""
    ds, planned = edition(paths.DATA / "2025", tmp_path)
    handed = {
        j.output: {
            k: pickle.loads(Path(v).read_bytes())
            for k, v in j.parameters.items()
            if "validated" in k
        }
        for j in planned
    }
    for name, files in handed.items():
        for key, data in files.items():
            year = ds.year - (key == "previous_validated")
            assert data.problems == data.skipped == [], name
            assert (data.year, data.folder.name, data.period) == (year, str(year), ds.period)
    area = ds.period.areas[1]
    chapter = handed[area_page(area) + ".ipynb"]["validated"]
    assert [r.unit for r in chapter.reports] == [r.unit for r in ds.reports]  # every unit's row
    assert set(chapter.measures["area"]) == {area}
    assert len(chapter.measures) == (ds.measures["area"] == area).sum()
    shown = chapter.measures[chapter.measures["achieves"] != ""]
    assert len(shown) and shown["example"].all()  # the free texts of the examples alone
    profile = handed["enhet-bydel-alna.ipynb"]["validated"]
    assert [r.unit for r in profile.reports] == ["Bydel Alna"]
    assert profile.units.iloc[0]["involvement_note"]  # its answers, but not the measures' texts
    assert (profile.measures["achieves"] == "").all()
    for name in ("tabeller.ipynb", "endringer.ipynb"):
        for data in handed[name].values():
            assert len(data.reports) == 17
            free = data.measures[["explanation", "achieves", "benefits", "description"]]
            assert (free == "").all().all(), name
    previous = handed["endringer.ipynb"]["previous_validated"]
    assert previous.year == 2024


def test_the_digest_is_of_the_content_not_of_the_objects_or_the_process(tmp_path):
    """The same content gives the same name in another process (another hash seed) and from
    objects shared differently, and any change to what a page reads gives another."""
    ds = load_dataset(paths.DATA / "2024", strict=True)
    here = {name: handover.digest(data) for name, data in handover.projections(ds, None).items()}
    again = pickle.loads(pickle.dumps(handover.projections(ds, None)))
    assert {name: handover.digest(data) for name, data in again.items()} == here
    (tmp_path / "ds.pickle").write_bytes(pickle.dumps(ds))
    script = (
        "import pickle, sys\n"
        "from salto_lib.recipe import handover\n"
        "ds = pickle.loads(open(sys.argv[1], 'rb').read())\n"
        "for name, data in handover.projections(ds, None).items():\n"
        "    print(name, handover.digest(data))\n"
    )
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(paths.ROOT)}
        printed = subprocess.run(
            [sys.executable, "-c", script, str(tmp_path / "ds.pickle")],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        assert dict(line.split(" ") for line in printed.splitlines()) == here
    with pytest.raises(TypeError):
        handover.canonical({"a": object()})


# -- a change in one workbook re-runs the notebooks that show it --------------------------------


def copy_data(tmp_path: Path, *years: int) -> Path:
    for year in years:
        shutil.copytree(paths.DATA / str(year), tmp_path / "data" / str(year))
    return tmp_path / "data"


def plan(folder: Path, work: Path) -> tuple[Dataset, dict[str, tuple[str, jobs.NotebookJob]]]:
    """The dataset of `folder`, and every job with its key as the build computes it, the data
    handed over into `work`."""
    ds, planned = edition(folder, work)
    common = jobs.fingerprint()
    return ds, {j.output: (jobs.job_key(j, common), j) for j in planned}


def write(path: Path, cells: dict[str, object]) -> None:
    """Write `{"Sheet!A1": value}` into the workbook at `path`, as a unit would in Excel."""
    wb = load_workbook(path)
    for where, value in cells.items():
        sheet, cell = where.split("!")
        wb[sheet][cell] = value
    wb.save(path)


def measure(ds: Dataset, unit: str, **wanted):
    """The first measure of `unit` with the wanted field values, and a function giving the cell
    of one of its fields (`Tiltak!F7`)."""
    report = next(r for r in ds.reports if r.unit == unit)
    m = next(m for m in report.measures if all(getattr(m, k) == v for k, v in wanted.items()))
    sheet = ds.period.measure_sheet.name
    return m, lambda key: f"{sheet}!{report.columns[key]}{m.row}"


def changed_by(tmp_path: Path, years: tuple[int, ...], edit) -> set[str]:
    """The notebooks of the edition of the last of `years` (a copy of the sample data) whose
    key changes when `edit(data folder, dataset)` writes into the workbooks. Each of them shows
    something else after the change, which is why it must run again."""
    data = copy_data(tmp_path, *years)
    folder = data / str(years[-1])
    work = tmp_path / "work"  # one work folder, as for two builds into one OUT
    ds, before = plan(folder, work)
    datasets = BuildLayout(work / "out", work, ds.year).datasets
    kept = shutil.copytree(datasets, tmp_path / "datasets-before")
    edit(data, ds)
    _, after = plan(folder, work)
    assert before.keys() == after.keys()
    changed = {name for name in before if before[name][0] != after[name][0]}
    for name in changed:
        then, now = before[name][1], after[name][1]
        handed = {
            k: v.replace(str(datasets), str(kept)) if k.endswith("validated") else v
            for k, v in then.parameters.items()
        }
        assert run_notebook(then, handed, tmp_path / "then" / name) != run_notebook(
            now, now.parameters, tmp_path / "now" / name
        ), name
    return changed


def alna(data: Path, year: int) -> Path:
    return data / str(year) / f"SaLTo-rapportering {year} - Bydel Alna.xlsx"


def test_a_free_text_no_page_shows_reruns_no_notebook(tmp_path, fast):
    """The measure in Alna's row 2 is no example, and only the examples' answers are shown
    (nor do the downloads list them). Before issue 17 this re-ran six notebooks."""

    def edit(data, ds):
        m, cell = measure(ds, "Bydel Alna", row=2)
        assert not m.example and cell("achieves") == "Tiltak!F2"
        write(alna(data, 2024), {cell("achieves"): "Oppdatert etter ny gjennomgang."})

    assert changed_by(tmp_path / "f2", (2024,), edit) == set()


def test_the_free_text_of_an_example_reruns_its_area_chapter_alone(tmp_path, fast):
    area = {}

    def edit(data, ds):
        m, cell = measure(ds, "Bydel Alna", example=True, status=ds.period.started)
        area["page"] = area_page(m.area) + ".ipynb"
        write(alna(data, 2024), {cell("achieves"): "Oppdatert etter ny gjennomgang."})

    assert changed_by(tmp_path / "example", (2024,), edit) == {area["page"]}


def test_a_changed_status_reruns_the_tables_its_area_and_the_units_profile(tmp_path, fast):
    area = {}

    def edit(data, ds):
        p = ds.period
        m, cell = measure(ds, "Bydel Alna", example=False, status=p.started)
        area["page"] = area_page(m.area) + ".ipynb"
        write(alna(data, 2024), {cell("status"): p.not_started, cell("reason"): p.reasons[1]})

    changed = changed_by(tmp_path / "status", (2024,), edit)
    assert changed == {"tabeller.ipynb", area["page"], "enhet-bydel-alna.ipynb"}


def test_the_answers_of_a_unit_rerun_what_shows_them(tmp_path, fast):
    """A free text of sheet `Enhet` or `Vurdering` is in the unit's profile alone; how the plan
    was adopted is also counted in the tables."""

    def note(data, ds):
        report = next(r for r in ds.reports if r.unit == "Bydel Alna")
        write(
            alna(data, 2024),
            {
                report.cells["involvement_note"]: "Planen ble laget sammen med skolene.",
                report.cells["goals"]: "Nye mål for neste år.",
            },
        )

    def adopted(data, ds):
        report = next(r for r in ds.reports if r.unit == "Bydel Alna")
        other = next(
            v
            for v in ds.period.unit_sheet.field("adopted_by").values
            if v != report.answers["adopted_by"]
        )
        write(alna(data, 2024), {report.cells["adopted_by"]: other})

    assert changed_by(tmp_path / "note", (2024,), note) == {"enhet-bydel-alna.ipynb"}
    assert changed_by(tmp_path / "adopted", (2024,), adopted) == {
        "tabeller.ipynb",
        "enhet-bydel-alna.ipynb",
    }


def test_changes_from_last_year_rerun_for_what_they_compare(tmp_path, fast):
    """In 2025, with the chapter on changes from 2024: a status re-runs it too, a free text does
    not; a status corrected in last year's workbook re-runs that chapter alone."""
    area = {}

    def status(data, ds):
        p = ds.period
        m, cell = measure(ds, "Bydel Alna", example=False, status=p.started)
        area["page"] = area_page(m.area) + ".ipynb"
        write(alna(data, 2025), {cell("status"): p.not_started, cell("reason"): p.reasons[0]})

    def example(data, ds):
        m, cell = measure(ds, "Bydel Alna", example=True)
        area["example"] = area_page(m.area) + ".ipynb"
        write(alna(data, 2025), {cell("benefits"): "Flere unge får hjelp tidligere."})

    def last_year(data, ds):
        before = load_dataset(data / "2024", strict=True)
        p = before.period
        _, cell = measure(before, "Bydel Alna", status=p.started)
        write(alna(data, 2024), {cell("status"): p.not_started, cell("reason"): p.reasons[0]})
        _, cell = measure(before, "Bydel Alna", example=True)
        write(alna(data, 2024), {cell("benefits"): "Endret i fjorårets arbeidsbok."})

    years = (2024, 2025)
    assert changed_by(tmp_path / "status", years, status) == {
        "tabeller.ipynb",
        area["page"],
        "enhet-bydel-alna.ipynb",
        "endringer.ipynb",
    }
    assert changed_by(tmp_path / "example", years, example) == {area["example"]}
    assert changed_by(tmp_path / "last-year", years, last_year) == {"endringer.ipynb"}
