"""What the pages share: the validated dataset, where the texts are, keys of areas and units.

A notebook makes a page object from its parameters and calls its methods in reading order, so
the notebook holds no logic and everything shown is tested. Figures are written as files into
`figures` (relative to the notebook's working folder, the book's source folder) and shown
through a numbered `figure` directive.

In a notebook: ``page = AreaPage("Rus blant unge", data="data/2024")``, then
``page.counts()``, ``page.examples()``, … each display a part of the chapter.

Each page kind also says what of the dataset it reads (its `reads`, built with `projection`,
`report_of` and `measure_of`): the build hands its notebook exactly that, and a notebook's key
changes when that changes, not when something else in the workbooks does (`recipe.handover`).
A notebook run by hand reads every workbook and shows the same.
"""

from __future__ import annotations

import pickle
from collections.abc import Iterable
from dataclasses import fields
from functools import cache
from pathlib import Path

import pandas as pd
from IPython.display import Markdown

from salto_lib import charts, downloads, fmt, myst, paths, tally, text
from salto_lib.dataset import Dataset, data_folder, load_dataset
from salto_lib.read import Measure, UnitReport

COUNT_HEADERS = {"total": "Tiltak", "started": "Igangsatt", "not_started": "Ikke igangsatt"}
# Where the site serves the downloads: `html/data/<name>`, copied there by the build
# (`recipe.publish.collect`), so that `/<year>/data/tiltak-<year>.csv` is the same address every
# year. Sphinx's `{download}` would put them under a content hash that changes with every edit.
SITE_DATA = "data"


def data_link(label: str, name: str) -> str:
    """A reST link (anonymous, so labels may repeat) to a download next to the pages.

    Used inside an `{eval-rst}` block: a MyST link to a file that is not in the book's source
    would be a missing reference.
    """
    return f"`{label} <{SITE_DATA}/{name}>`__"


def data_links(links: list[tuple[str, str]]) -> str:
    """A bullet list of `data_link`s, as a block of the page."""
    return "```{eval-rst}\n" + "".join(f"- {data_link(*link)}\n" for link in links) + "```\n"


@cache
def load(data: str | Path = "", year: int | None = None, validated: str | Path = "") -> Dataset:
    """The validated dataset of `data` (a folder), or of `data/<year>/` when `data` is empty.

    `validated` is the file in which the build hands every kernel the dataset it has already
    read and validated (`recipe.handover`), so 17 workbooks are not read again per notebook;
    without it (a notebook run by hand) the workbooks are read and validated here. Raises
    `InvalidData` listing every error, so a notebook never shows unvalidated numbers, and
    `ValueError` when the data is of another year than `year`.
    """
    if str(validated):
        ds = pickle.loads(Path(validated).read_bytes())
        if str(data) and ds.folder != Path(data).resolve():
            raise ValueError(f"{validated} har dataene fra {ds.folder}, ikke fra {data}")
    else:
        folder = Path(data) if str(data) else data_folder(int(year) if year else None)
        ds = load_dataset(folder, strict=True)
    if year and ds.year != int(year):
        raise ValueError(f"Dataene i {ds.folder} er for {ds.year}, ikke for {year}")
    return ds


# -- what a page reads -------------------------------------------------------------------------

# A field a page does not read is blank in what it is handed, by the field's type.
_BLANK = {"str": "", "bool": False, "int": 0}
_MEASURE_BLANK = {f.name: _BLANK[f.type] for f in fields(Measure)}


def projection(ds: Dataset, reports: Iterable[UnitReport]) -> Dataset:
    """The dataset `ds` holding only `reports` (made with `report_of`), no problems and no
    skipped files (no page shows them): what one page reads of it."""
    return Dataset(ds.folder, ds.year, ds.period, list(reports), [], [])


def report_of(
    report: UnitReport,
    measures: Iterable[Measure] = (),
    answers: Iterable[str] = (),
    assessment: Iterable[str] = (),
) -> UnitReport:
    """The part of a unit's report a page reads: the unit's name, `measures` (made with
    `measure_of`), and the answers of sheets `Enhet` and `Vurdering` under the field keys
    `answers` and `assessment`, those the unit gave. Not its file name, year, cells or
    problems."""
    return UnitReport(
        file="",
        unit=report.unit,
        answers={k: report.answers[k] for k in answers if k in report.answers},
        measures=list(measures),
        assessment={k: report.assessment[k] for k in assessment if k in report.assessment},
    )


def measure_of(measure: Measure, read: Iterable[str]) -> Measure:
    """`measure` with the fields `read` kept and every other one blank ("", False, 0)."""
    return Measure(**(vars(measure) | _blanks(frozenset(read))))


@cache
def _blanks(read: frozenset[str]) -> dict[str, object]:
    return {k: blank for k, blank in _MEASURE_BLANK.items() if k not in read}


def field_keys(sheet, *kinds: str) -> list[str]:
    """The keys of the fields of `sheet` of the given kinds (`period.Sheet.of_kind`)."""
    return [f.key for kind in kinds for f in sheet.of_kind(kind)]


def area_key(period, area: str) -> str:
    """`omrade-02`: the area's place in the plan, used for file and figure names."""
    return f"omrade-{period.areas.index(area) + 1:02}"


def area_page(area: str) -> str:
    """`rus-blant-unge`: the area chapter's page, named after the area so that its address means
    the same thing every year (its number in the plan may change between plan periods)."""
    return text.slug(area)


def unit_key(unit: str) -> str:
    """`enhet-bydel-alna`: the unit's name in figure, table and file names (one rule for all)."""
    return "enhet-" + text.slug(unit)


def edition_folder(year: int) -> Path:
    """`book/<year>/`: the text written for one edition of the report."""
    return paths.BOOK / str(year)


def synthesis_path(year: int, area: str, folder: Path | None = None) -> Path:
    """`book/<year>/omrader/<area>.md`: the secretariat's synthesis of one area (section x.2)."""
    return (folder or edition_folder(year)) / "omrader" / f"{text.slug(area)}.md"


def yes(value) -> bool:
    return value is not None and not pd.isna(value) and bool(value)


def show(*parts: str) -> Markdown:
    return Markdown("\n\n".join(p.strip() for p in parts if p and p.strip()) + "\n")


LABEL_HEADERS = {"area": "Innsatsområde", "unit": "Enhet", "reason": "Årsak", "count": "Tiltak"}


def chart_data(frame: pd.DataFrame, figures: Path, data: str, year: int) -> str:
    """Write a chart's numbers as `nedlasting/<data>-<year>.csv` next to the `figures` folder
    (the site serves it as `data/`), with the year and Norwegian headers, and return the link
    that goes under the chart."""
    headers = {**LABEL_HEADERS, **COUNT_HEADERS}
    table = downloads.with_year(frame.rename(columns=headers), year)
    name = f"{data}-{year}.csv"
    downloads.write_csv(table, Path(figures).parent / paths.DOWNLOADS / name)
    return data_links([("Tallene i figuren (CSV)", name)])


def status_figure(
    frame: pd.DataFrame,
    label: str,
    folder: Path,
    file: str,
    caption: str,
    what: str,
    name: str,
    data: tuple[str, int] | None = None,
) -> str:
    """A numbered figure of `charts.status_bars(frame, label)`, saved as `folder/file.svg`,
    whose alt text states every bar's numbers; `data` (file name, year): its numbers as CSV,
    linked under it."""
    stem = charts.save(charts.status_bars(frame, label), folder, file)
    figure = status_directive(frame, label, stem, caption, what, name)
    return figure + ("\n" + chart_data(frame, folder, *data) if data else "")


def status_directive(
    frame: pd.DataFrame, label: str, stem: Path, caption: str, what: str, name: str
) -> str:
    """The `figure` directive of a status chart already saved as `stem.svg`."""
    alt = f"Liggende stolpediagram over {what}. " + charts.describe_status(frame, label)
    return myst.figure(stem, caption, alt, name)


def examples(
    frame: pd.DataFrame, fields: list[tuple[str, str]], none: str, prefix: str, level: int = 3
) -> str:
    """Example measures, one block per title: the same measure in several units is one block.

    Each block is a heading with the anchor `<prefix>-<title slug>`, so a text can link to it.
    """
    if frame.empty:
        return f"*{none}*"
    blocks = []
    frame = frame.assign(key=frame["title"].map(text.fold))
    for _, same in frame.groupby("key", sort=False):
        first = same.iloc[0]
        answers = [(q, first[k]) for q, k in fields]
        described = next((d for d in same.get("description", ()) if yes(d) and str(d).strip()), "")
        blocks.append(
            myst.measure_block(
                first["title"],
                same["unit"].tolist(),
                answers,
                f"{prefix}-{text.slug(first['title'])}",
                level,
                described,
            )
        )
    return "\n\n".join(blocks)


class Page:
    """A page of one edition: the validated dataset of `data` (see `load`)."""

    def __init__(
        self,
        data: str | Path = "",
        year: int | None = None,
        figures=paths.FIGURES,
        validated: str | Path = "",
    ):
        self.ds = load(data, year, validated)
        self.period = self.ds.period
        self.year = self.ds.year
        self.figures = Path(figures)
        self.reporting = self.ds.units["unit"].tolist() if len(self.ds.units) else []

    def unit_links(self) -> dict[str, str]:
        """Each unit's name → its profile's table of measures (the measures behind a count)."""
        return {u: f"tab-{unit_key(u)}-tiltak" for u in self.reporting}

    def area_links(self) -> dict[str, str]:
        """Each area's name → its chapter's table of counts per unit."""
        return {a: f"tab-{area_key(self.period, a)}-enheter" for a in self.period.areas}


def anchoring_table(ds: Dataset, name: str = "tab-forankring") -> str:
    """How the plans were adopted and who took part in drafting them, as a numbered table: a
    row per value of each choice field and per yes/no field of the unit sheet (its labels)."""
    a = tally.count_anchoring(ds.units, ds.period)
    rows = [
        {"what": f"{field.label}: {value.lower()}", "n": n}
        for field in ds.period.unit_sheet.of_kind("choice")
        for value, n in a[field.key].items()
    ]
    rows += [
        {"what": field.label, "n": a[field.key]} for field in ds.period.unit_sheet.of_kind("yesno")
    ]
    return myst.table(
        pd.DataFrame(rows),
        {"what": "Forankring og involvering", "n": "Enheter"},
        f"Forankring av handlingsplanene, {fmt.count(a['units'], 'enhet', 'enheter')}, {ds.year}",
        name,
    )
