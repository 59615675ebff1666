"""The book's source folder: chapter texts, MyST substitutions from the tallies, notebook jobs.

The prose of the report is MyST Markdown in `book/` (text for any year) and `book/<year>/`
(text written for one edition). Prose never types a number: it writes `{{ antall_tiltak }}`,
and `substitutions` fills every such key from the validated data, formatted the Norwegian way.
`assemble` puts the texts, the configuration and the chapter figures into one folder, and
`notebook_jobs` lists the template notebooks to execute into it (one per area, one per unit).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import yaml

from salto_lib import charts, downloads, fmt, paths, provenance, render, report, tally, text
from salto_lib.dataset import Dataset, load_dataset

CONFIG = paths.ROOT / "_config.yml"
TOC = paths.ROOT / "_toc.yml"
STATIC = paths.ROOT / "_static"
# Text written for each edition (book/<year>/<name>.md): four chapters and the data note that
# the method appendix includes.
EDITION_TEXTS = ("innledning", "forankring", "vurdering", "avslutning", "datagrunnlag")
# The `Vurdering` questions quoted in chapter 7, with the substitution key of their quotes.
QUOTED = {
    "goals": "sitater_maloppnaelse",
    "contribution": "sitater_bidrag",
    "use": "sitater_bruk",
    "challenges": "sitater_utfordringer",
    "other": "sitater_innspill",
}


@dataclass(frozen=True)
class NotebookJob:
    """One execution of a template notebook into the book's source folder."""

    template: Path
    output: str  # file name in the source folder, e.g. "omrade-02.ipynb"
    parameters: dict
    # Per-document MyST substitutions (the chapter title), stored in the executed notebook.
    substitutions: dict = field(default_factory=dict)
    # Text files the notebook shows (an area's synthesis): a change in them re-runs it.
    texts: tuple[Path, ...] = ()
    # The workbooks its output depends on: one unit's profile needs only that unit's workbook,
    # so changing one workbook re-runs that profile and the chapters that add up all units.
    inputs: tuple[Path, ...] = ()

    @property
    def label(self) -> str:
        return self.output.removesuffix(".ipynb")


def missing_texts(year: int) -> list[Path]:
    """The edition texts `book/<year>/…` the book needs but that do not exist."""
    folder = report.edition_folder(year)
    return [folder / f"{n}.md" for n in EDITION_TEXTS if not (folder / f"{n}.md").is_file()]


def notebook_jobs(ds: Dataset) -> list[NotebookJob]:
    """Every notebook to execute: the overview, one per area, one per reporting unit.

    Units are numbered in Norwegian alphabetical order and areas in plan order, so the
    table of contents (`_toc.yml`, by file name) lists them in that order.
    """
    common = {"year": ds.year, "data": str(ds.folder)}
    nb = paths.NOTEBOOKS
    everything = tuple(ds.folder / r.file for r in ds.reports)
    own = {r.unit: (ds.folder / r.file,) for r in ds.reports}
    jobs = [NotebookJob(nb / "oversikt.ipynb", "tabeller.ipynb", common, inputs=everything)]
    for i, area in enumerate(ds.period.areas, start=1):
        jobs.append(
            NotebookJob(
                nb / "omrade.ipynb",
                f"omrade-{i:02}.ipynb",
                {**common, "area": area},
                {"omrade": area},
                (report.synthesis_path(ds.year, area),),
                everything,
            )
        )
    for i, unit in enumerate(ds.units["unit"], start=1):
        jobs.append(
            NotebookJob(
                nb / "enhet.ipynb",
                f"enhet-{i:02}-{text.slug(unit)}.ipynb",
                {**common, "unit": unit},
                {"enhet": unit},
                inputs=own[unit],
            )
        )
    previous = previous_edition(ds)
    if previous is not None:
        then = tuple(sorted(p for p in previous.glob("*.xlsx") if not p.name.startswith("~$")))
        jobs.append(
            NotebookJob(
                nb / "endringer.ipynb",
                "endringer.ipynb",
                {**common, "previous": str(previous)},
                inputs=everything + then,
            )
        )
    return jobs


def previous_edition(ds: Dataset) -> Path | None:
    """Last year's data folder, next to this year's, when it is of the same plan period and
    validates; the book then has a chapter on the changes. Otherwise the chapter is absent."""
    folder = ds.folder.parent / str(ds.year - 1)
    if not folder.is_dir():
        return None
    previous = load_dataset(folder)
    same_period = previous.period is not None and previous.period.name == ds.period.name
    return folder if same_period and not previous.errors else None


def table_of_contents(with_changes: bool) -> str:
    """`_toc.yml`, with the chapter on changes from last year after the area chapters when
    there is a last year to compare with."""
    toc = yaml.safe_load(TOC.read_text(encoding="utf-8"))
    if with_changes:
        chapters = toc["parts"][0]["chapters"]
        after = next(i for i, c in enumerate(chapters) if c.get("glob") == "omrade-*")
        chapters.insert(after + 1, {"file": "endringer"})
    return yaml.safe_dump(toc, allow_unicode=True, sort_keys=False)


def substitutions(ds: Dataset, figures: Path, pdf: bool = True) -> dict[str, str]:
    """Every `{{ key }}` the chapter texts may use, from the data and the plan period.

    Writes the figures the Markdown chapters show into `figures` (their substitution is the
    figure directive).
    """
    p = ds.period
    t = tally.count_total(ds.measures, p)
    by_area = tally.count_by_area(ds.measures, p)
    anchoring = tally.count_anchoring(ds.units, p)
    adopted = {k.lower(): fmt.number(v) for k, v in anchoring["adopted_by"].items()}
    share = by_area.assign(share=by_area["started"] / by_area["total"].where(by_area["total"] > 0))
    lowest = share.sort_values("share", kind="stable").iloc[0]
    shared = tally.count_shared_measures(ds.measures)
    subs = {
        "aar": str(ds.year),
        "planperiode": p.name.replace("-", "–"),
        "program": p.title,
        "vedtatt_dato": fmt.date(p.approved) if p.approved else "",
        "vedtatt_av": p.approved_by,
        "plan_slutt": str(max(p.years)),
        "antall_tiltak": fmt.number(t["total"]),
        "antall_igangsatt": fmt.number(t["started"]),
        "antall_ikke_igangsatt": fmt.number(t["not_started"]),
        "andel_igangsatt": fmt.percent(t["started"], t["total"]),
        "andel_ikke_igangsatt": fmt.percent(t["not_started"], t["total"]),
        "antall_enheter": fmt.number(len(ds.reports)),
        "antall_enheter_plan": fmt.number(len(p.units)),
        "antall_omrader": fmt.number(len(p.areas)),
        "omrader_liste": render.bullets([f"*{a}*" for a in p.areas]),
        "enheter_uten_arbeidsbok": (
            "Alle enhetene i planperioden leverte arbeidsbok."
            if not ds.missing_units
            else "Disse enhetene leverte ikke arbeidsbok og er ikke med i tallene: "
            + fmt.join(ds.missing_units)
            + "."
        ),
        "omrade_lavest": str(lowest["area"]),
        "omrade_lavest_andel": fmt.percent(lowest["started"], lowest["total"]),
        "antall_felles_tiltak": fmt.number(len(shared)),
        "forankring_styringsgruppen": adopted.get("styringsgruppen", "0"),
        "forankring_ledergruppen": adopted.get("ledergruppen", "0"),
        "forankring_annet": adopted.get("annet", "0"),
        "forankring_bydel": fmt.number(anchoring["district_involved"]),
        "forankring_skole": fmt.number(anchoring["school_involved"]),
        "forankring_politi": fmt.number(anchoring["police_involved"]),
        "tabell_omrader": _area_table(ds, by_area, t),
        "figur_omrader": _area_figure(ds, by_area, figures),
        "figur_forside": _landing_figure(by_area, figures),
        "omrader_oversikt": _area_cards(ds, by_area),
        "lenke_pdf": _pdf_link(ds) if pdf else "",  # a web-only edition has no PDF to link
        "nedlastinger": download_list(
            downloads.write_downloads(ds, figures.parent / "nedlasting"), figures.parent
        ),
        "tabell_forankring": report.anchoring_table(ds),
        "sitater_involvering": render.quotes(
            tally.collect_assessments(ds.units, "involvement_note"),
            "Ingen enheter skrev noe om involveringen.",
        ),
    }
    for key, sub in QUOTED.items():
        subs[sub] = render.quotes(
            tally.collect_assessments(ds.units, key), "Ingen enheter svarte på dette spørsmålet."
        )
    return subs


def _area_table(ds: Dataset, by_area, total: dict) -> str:
    frame = pd.concat([by_area, pd.DataFrame([{"area": "Alle områder", **total}])])
    return render.table(
        frame,
        {"area": "Innsatsområde", **report.COUNT_HEADERS},
        f"Tiltak i handlingsplanene per innsatsområde, {ds.year}",
        "tab-omrader",
    )


def _area_figure(ds: Dataset, by_area, figures: Path) -> str:
    return report.status_figure(
        by_area,
        "area",
        figures,
        "oversikt-omrader",
        f"Tiltak per innsatsområde, igangsatt og ikke igangsatt, {ds.year}.",
        "tiltak per innsatsområde",
        "fig-omrader",
        root=figures.parent,
    )


def _landing_figure(by_area, figures: Path) -> str:
    # Chapter 1's chart (saved by `_area_figure`), as an image: the front page is not a
    # numbered chapter, and a figure there would be "Figur 1" before chapter 1's "Figur 1.1".
    alt = "Liggende stolpediagram over tiltak per innsatsområde. " + charts.describe_status(
        by_area, "area"
    )
    image = f"{figures.name}/oversikt-omrader.*"
    return f"```{{image}} {image}\n:alt: {' '.join(alt.split())}\n:width: 100%\n```\n"


def _area_cards(ds: Dataset, by_area) -> str:
    """The front page's priority areas: each links to its chapter and gives its counts.

    Plain containers and a `{doc}` link rather than sphinx-design cards, whose whole-card link
    is an `<a>` without text that screen readers announce as an empty link.
    """
    cards = []
    for row in by_area.itertuples():
        counts = (
            f"{fmt.count(row.total, 'tiltak', 'tiltak')}: {fmt.number(row.started)} igangsatt, "
            f"{fmt.number(row.not_started)} ikke igangsatt"
        )
        chapter = report.area_key(ds.period, row.area)
        cards.append(
            f":::{{container}} salto-omrade\n**{{doc}}`{row.area} <{chapter}>`**\n\n{counts}\n:::\n"
        )
    return "::::{container} salto-omrader\n" + "\n".join(cards) + "::::\n"


def _pdf_link(ds: Dataset) -> str:
    """A link from the site to the PDF, which the build copies into `html/` as well.

    Sphinx builds the PDF at the same time as the site, so it cannot be a `{download}`; a reST
    link keeps the relative URL as written, where a MyST link would look for a page.
    """
    from salto_lib.build import pdf_name  # build imports this module

    return f"```{{eval-rst}}\n`Hele rapporten som PDF <{pdf_name(ds.year)}>`_\n```\n"


def read_substitutions(src: Path) -> dict[str, str]:
    """The substitutions an assembled source folder's chapter texts use."""
    config = yaml.safe_load((src / "_config.yml").read_text(encoding="utf-8"))
    return config["parse"]["myst_substitutions"]


def provenance_substitutions(ds: Dataset, info: dict) -> dict[str, str]:
    """The provenance appendix from `provenance.collect_provenance`: input checksums, code
    version, tools, build date.

    Keys start with `proveniens_`: they describe the build, not the data, so the manifest of
    numbers leaves them out (they differ between machines on purpose).
    """
    # File names are chosen by the units: escaped like all their text.
    workbooks = render.bullets(
        [f"{render.escape_line(name)}  \n  {digest}" for name, digest in info["workbooks"].items()]
    )
    plan = info["plan_period_file"]
    tools = "\n".join(f"- {name} {version}" for name, version in info["versions"].items())
    return {
        "proveniens_arbeidsboker": workbooks,
        "proveniens_planperiode": f"{render.escape_line(plan['name'])}  \n{plan['sha256']}",
        "proveniens_commit": f"`{info['git_commit']}`",
        "proveniens_verktoy": tools + "\n",
        "proveniens_dato": fmt.date(dt.date.fromisoformat(info["build_date"])),
        "proveniens_mappe": render.escape_line(ds.folder.name),
        "proveniens_algoritme": "SHA-256",
    }


def assemble(ds: Dataset, src: Path, jobs: list[NotebookJob], pdf: bool = True) -> None:
    """Write the book's source folder: configuration, chapter texts and chapter figures.

    `jobs` are the notebooks the build executes into it (the table of contents lists the
    chapter on changes only when there is one); nothing here touches `book/` or `data/`.
    """
    src.mkdir(parents=True, exist_ok=True)
    texts = {md.name: md for md in sorted(paths.BOOK.glob("*.md")) if md.name != "README.md"}
    texts |= {md.name: md for md in sorted(report.edition_folder(ds.year).glob("*.md"))}
    for md in src.glob("*.md"):
        if md.name not in texts:  # left from an earlier build; it must not be published
            md.unlink()
    for name, md in texts.items():
        _write_if_changed(src / name, inline_includes(md.read_text(encoding="utf-8"), texts))
    # Raw markup and file insertion are off for the whole book (DOCUTILSCONFIG in the build):
    # should workbook text ever slip past the escaping, it still cannot include a file.
    _write_if_changed(src / "docutils.conf", DOCUTILS_CONF)
    changes = any(j.output == "endringer.ipynb" for j in jobs)
    _write_if_changed(src / "_toc.yml", table_of_contents(changes))
    # The site's own style sheet and icon (`html_static_path` in _config.yml), kept out of
    # book/, whose texts must contain no digits.
    (src / "_static").mkdir(exist_ok=True)
    for static in sorted(STATIC.glob("*.*")):
        _copy_if_changed(static, src / "_static" / static.name)
    config = yaml.safe_load(CONFIG.read_text(encoding="utf-8"))
    config["title"] = f"SaLTo årsrapport {ds.year}"
    info = provenance.collect_provenance(ds) | {"pdf": pdf}  # so `verify` rebuilds the same
    text = json.dumps(info, ensure_ascii=False, indent=2) + "\n"
    (src / "provenance.json").write_text(text, encoding="utf-8")
    subs = substitutions(ds, src / "figurer", pdf) | provenance_substitutions(ds, info)
    config.setdefault("parse", {})["myst_substitutions"] = subs
    sphinx = config.setdefault("sphinx", {}).setdefault("config", {})
    sphinx["today"] = fmt.date(provenance.build_time().date())  # the PDF's title page
    (src / "_config.yml").write_text(
        yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8"
    )


def download_list(files: list[Path], src: Path) -> str:
    """Links to the downloadable tables (`{download}`: Sphinx copies the files into the site).

    >>> print(download_list([Path("/s/nedlasting/tiltak-2024.csv")], Path("/s")), end="")
    - {download}`Alle tiltakene (CSV) <nedlasting/tiltak-2024.csv>`
    """
    items = []
    for path in files:
        stem, kind = path.stem.rsplit("-", 1)[0], path.suffix.lstrip(".").upper()
        kind = "Excel" if kind == "XLSX" else kind
        if stem == "tiltak":
            label = "Alle tiltakene"
        elif stem == "tall":
            label = "Alle tallene"
        else:
            label = "Tall: " + downloads.SHEET_TITLES.get(stem.removeprefix("tall-"), stem).lower()
        items.append(f"{{download}}`{label} ({kind}) <{path.relative_to(src).as_posix()}>`")
    return render.bullets(items)


DOCUTILS_CONF = "[general]\nfile_insertion_enabled: false\nraw_enabled: false\n"
_INCLUDE = re.compile(r"^```\{include\} (\S+)\n```$", re.MULTILINE)


def inline_includes(text: str, texts: dict[str, Path]) -> str:
    """Replace `{include}` blocks of our own texts by the included text.

    Docutils' file insertion is disabled in the build, so the book's own texts are put
    together here instead.

    >>> inline_includes("A\\n```{include} b.md\\n```\\n", {"b.md": Path("/dev/null")})
    'A\\n\\n'
    """
    return _INCLUDE.sub(lambda m: texts[m.group(1)].read_text(encoding="utf-8"), text)


def _write_if_changed(target: Path, text: str) -> None:
    # An unchanged page keeps its time stamp, so an incremental Sphinx build skips it.
    if not target.is_file() or target.read_text(encoding="utf-8") != text:
        target.write_text(text, encoding="utf-8")


def _copy_if_changed(source: Path, target: Path) -> None:
    _write_if_changed(target, source.read_text(encoding="utf-8"))


def finish_notebook(path: Path, subs: dict) -> None:
    """Store per-document substitutions (the chapter title) in an executed notebook.

    MyST reads `metadata.myst.substitutions` as the notebook's own, so the template's heading
    `# {{ omrade }}` becomes the area's name from the plan period.
    """
    import nbformat

    nb = nbformat.read(path, as_version=4)
    nb.metadata.setdefault("myst", {}).setdefault("substitutions", {}).update(subs)
    nbformat.write(nb, path)
