"""Downloads for readers: the list of measures and the tallies, as CSV and XLSX.

Text from the workbooks goes into files that readers open in a spreadsheet program, so it must
never run there. CSV cells that start with `= + - @`, a tab or a carriage return get a leading
apostrophe (OWASP's rule against CSV injection); XLSX cells are written as text, never formulas.
CSV is UTF-8 with a byte-order mark and semicolons, which is what Excel in Norwegian expects.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Font

from salto_lib import tally
from salto_lib.dataset import Dataset
from salto_lib.provenance import build_time
from salto_lib.text import slug
from salto_lib.xlsx import save_reproducibly, write_if_changed

_RISKY_START = ("=", "+", "-", "@", "\t", "\r")

DOWNLOAD_HEADERS = {
    "unit": "Enhet",
    "area": "Innsatsområde",
    "title": "Tiltak",
    "status": "Status",
    "reason": "Årsak",
}
COUNT_COLUMNS = {"total": "Tiltak", "started": "Igangsatt", "not_started": "Ikke igangsatt"}


def neutralise(value: object) -> object:
    """A CSV cell that a spreadsheet program will show as text, not evaluate.

    >>> neutralise("=HYPERLINK(\\"http://x\\")"), neutralise("-5"), neutralise(5)
    ('\\'=HYPERLINK("http://x")', "'-5", 5)
    """
    if isinstance(value, str) and value.startswith(_RISKY_START):
        return "'" + value
    return value


YEAR = "År"  # the first column of every table: a file read on its own still says its year
# What the «Om dataene» sheet explains (the columns readers meet in the tables).
DEFINITIONS = {
    "Tiltak": "et tiltak i en enhets SaLTo-handlingsplan, slik enheten rapporterte det",
    "Igangsatt": "tiltak enheten rapporterte som igangsatt i løpet av året",
    "Ikke igangsatt": "tiltak enheten rapporterte som ikke igangsatt; «Årsak» sier hvorfor",
    "Årsak": "årsaken enheten valgte for at tiltaket ikke er igangsatt (fast liste)",
    "Innsatsområde": "et av handlingsprogrammets innsatsområder",
    "Enhet": "bydelen, Uteseksjonen eller Region vest som rapporterte",
    YEAR: "rapporteringsåret tallene gjelder",
}


def tables(ds: Dataset) -> dict[str, pd.DataFrame]:
    """The published tables, with Norwegian column names and the year first: name -> table."""
    measures = ds.measures[list(DOWNLOAD_HEADERS)].rename(columns=DOWNLOAD_HEADERS)
    areas = tally.count_by_area(ds.measures, ds.period)
    total = pd.DataFrame([{"area": "Alle", **tally.count_total(ds.measures, ds.period)}])
    areas = pd.concat([areas, total], ignore_index=True)
    units = tally.count_by_unit(ds.measures, ds.period, [r.unit for r in ds.reports])
    reasons = tally.count_reasons(ds.measures, ds.period)
    frames = {
        "tiltak": measures,
        "innsatsomrader": areas.rename(columns={"area": "Innsatsområde", **COUNT_COLUMNS}),
        "enheter": units.rename(columns={"unit": "Enhet", **COUNT_COLUMNS}),
        "arsaker": reasons.rename(
            columns={"area": "Innsatsområde", "reason": "Årsak", "count": "Antall"}
        ),
    }
    return {name: with_year(frame, ds.year) for name, frame in frames.items()}


def with_year(frame: pd.DataFrame, year: int) -> pd.DataFrame:
    """`frame` with the year as its first column."""
    return frame.reset_index(drop=True).assign(**{YEAR: year})[[YEAR, *frame.columns]]


def about_sheet(ds: Dataset, licence: str) -> pd.DataFrame:
    """«Om dataene»: where the numbers come from, their year, what the columns mean, licence."""
    rows = [
        ("Kilde", "Enhetenes rapporteringsarbeidsbøker til SaLTo-sekretariatet, Oslo kommune"),
        ("Rapporteringsår", str(ds.year)),
        ("Handlingsprogram", ds.period.title),
        ("Enheter som rapporterte", str(len(ds.reports))),
        ("Lisens", licence),
        ("Kilde ved gjenbruk", f"SaLTo årsrapport {ds.year}, Oslo kommune"),
    ]
    rows += [(f"Definisjon: {k}", v) for k, v in DEFINITIONS.items()]
    return pd.DataFrame(rows, columns=["Felt", "Verdi"])


SHEET_TITLES = {
    "tiltak": "Tiltak",
    "innsatsomrader": "Innsatsområder",
    "enheter": "Enheter",
    "arsaker": "Årsaker",
    "om": "Om dataene",
}


def write_csv(frame: pd.DataFrame, path: Path) -> None:
    text = io.StringIO()
    writer = csv.writer(text, delimiter=";", lineterminator="\r\n")
    writer.writerow(frame.columns)
    for row in frame.itertuples(index=False):
        writer.writerow([neutralise(v) for v in row])
    write_if_changed(path, text.getvalue().encode("utf-8-sig"))


def write_xlsx(frames: dict[str, pd.DataFrame], path: Path) -> None:
    wb = Workbook()
    wb.remove(wb.active)
    for name, frame in frames.items():
        ws = wb.create_sheet(SHEET_TITLES.get(name, name))
        ws.append(list(frame.columns))
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for row in frame.itertuples(index=False):
            ws.append([v.item() if hasattr(v, "item") else v for v in row])
            for cell in ws[ws.max_row]:
                if isinstance(cell.value, str):
                    cell.data_type = "s"  # text stays text, even "=…"
        for col, name_ in zip(ws.iter_cols(1, ws.max_column), frame.columns, strict=True):
            width = max([len(str(name_))] + [len(str(c.value or "")) for c in col[1:200]])
            ws.column_dimensions[col[0].column_letter].width = min(max(width + 2, 10), 70)
        ws.freeze_panes = "A2"
    save_reproducibly(wb, path, build_time())


def area_list(folder: Path, year: int, area: str) -> Path:
    """`tiltak-2024-rus-blant-unge.csv`: the measures of one area."""
    return folder / f"tiltak-{year}-{slug(area)}.csv"


def write_downloads(ds: Dataset, out: Path, licence: str = "NLOD 2.0") -> list[Path]:
    """Write `tiltak-<år>.csv/.xlsx`, `tall-<år>-*.csv` + `tall-<år>.xlsx` and one list of
    measures per area into `out`; return the files for the list of downloads (the per-area
    lists are linked from their chapters instead). Each workbook ends with «Om dataene»
    (source, year, definitions and the data's `licence`)."""
    out.mkdir(parents=True, exist_ok=True)
    frames = tables(ds)
    written = []
    for name, frame in frames.items():
        prefix = "tiltak" if name == "tiltak" else f"tall-{name}"
        path = out / f"{prefix}-{ds.year}.csv"
        write_csv(frame, path)
        written.append(path)
    # One list per area, linked from the area's chapter: the measures behind its counts.
    measures = frames["tiltak"]
    for area in ds.period.areas:
        write_csv(measures[measures["Innsatsområde"] == area], area_list(out, ds.year, area))
    measures_xlsx = out / f"tiltak-{ds.year}.xlsx"
    about = about_sheet(ds, licence)
    write_xlsx({"tiltak": frames["tiltak"], "om": about}, measures_xlsx)
    counts_xlsx = out / f"tall-{ds.year}.xlsx"
    write_xlsx({k: v for k, v in frames.items() if k != "tiltak"} | {"om": about}, counts_xlsx)
    return [*written, measures_xlsx, counts_xlsx]
