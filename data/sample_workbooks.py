"""Writing the invented sample workbooks: shared by the recipes `sample_pools.py` and
`sample_carry_over.py`, so every year's files look alike and save byte for byte the same way.

Sheet names, headers, labels and column widths come from the plan-period declaration; this
module only lays them out and styles them.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path

from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.worksheet import Worksheet

from salto_lib.period import PlanPeriod
from salto_lib.xlsx import save_reproducibly

FILE_NAME = "SaLTo-rapportering {year} - {unit}.xlsx"

HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="2A2859")
WRAP = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")
# Columns of sheet `Tiltak` whose text is long enough to wrap.
WRAPPED_KEYS = {"title", "explanation", "achieves", "benefits", "description"}
LABEL_WIDTH, ANSWER_WIDTH = 44, 100


@dataclass(frozen=True)
class Row:
    """One row of sheet `Tiltak`; the attribute names are the column keys of the declaration."""

    area: str
    title: str
    status: str
    reason: str
    explanation: str
    achieves: str
    benefits: str
    example: str
    description: str = ""


def resolve(key: str, declared: tuple[str, ...]) -> str:
    """The one declared name containing `key`, ignoring case: 'rus' -> 'Rus blant unge'."""
    hits = [name for name in declared if key.casefold() in name.casefold()]
    if len(hits) != 1:
        raise ValueError(f"{key!r} matches {hits} in {declared}")
    return hits[0]


def write_labelled_sheet(ws: Worksheet, sheet, answers: dict, label_width: int) -> None:
    """Label in column A, answer in column B, under the sheet's header row."""
    ws.title = sheet.name
    ws.append(list(sheet.header))
    style_header(ws)
    for field in sheet.fields:
        ws.append([field.label, blank_if_empty(answers[field.key])])
    for row in ws.iter_rows(min_row=2):
        row[0].alignment = TOP
        row[0].font = Font(bold=True)
        row[1].alignment = WRAP
    ws.column_dimensions["A"].width = label_width
    ws.column_dimensions["B"].width = ANSWER_WIDTH
    ws.freeze_panes = "A2"


def write_measure_sheet(ws: Worksheet, period: PlanPeriod, rows: list[Row]) -> None:
    sheet = period.measure_sheet
    keys = [field.key for field in sheet.fields]
    missing = set(keys) ^ {f.name for f in fields(Row)}
    if missing:
        raise ValueError(f"columns of {sheet.name} and Row differ: {missing}")
    ws.title = sheet.name
    ws.append([field.label for field in sheet.fields])
    style_header(ws)
    for row in rows:
        ws.append([blank_if_empty(getattr(row, key)) for key in keys])
    for column, field in enumerate(sheet.fields, start=1):
        letter = ws.cell(row=1, column=column).column_letter
        ws.column_dimensions[letter].width = field.width
        alignment = WRAP if field.key in WRAPPED_KEYS else TOP
        for (cell,) in ws.iter_rows(min_row=2, min_col=column, max_col=column):
            cell.alignment = alignment
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions


def blank_if_empty(value):
    """An empty answer as a blank cell; openpyxl would write `""` as an empty text cell."""
    return None if value == "" else value


def style_header(ws: Worksheet) -> None:
    for cell in ws[1]:
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.alignment = WRAP


def remove_stale_files(out_dir: Path, year: int, written: list[Path]) -> None:
    """Drop sample files of units no longer declared, so a folder never mixes two samples."""
    for path in out_dir.glob(FILE_NAME.format(year=year, unit="*")):
        if path not in written:
            path.unlink()


def pick(pool: list[str], key: str, index: int, count: int) -> list[str]:
    """`count` sentences from a pool: the unit's own, the one half the pool further on, then
    their neighbours. A second round uses a shorter step, so units `len(pool)` apart differ."""
    step = max(2, len(pool) // 2 - index // len(pool))
    offsets = (0, step, 1, step + 1)[:count]
    chosen = [pool[(index + offset) % len(pool)] for offset in offsets]
    if len(set(chosen)) != count:
        raise ValueError(f"{key}: the pool is too small for {count} sentences")
    return chosen


def save_sample(workbook, content: dict, year: int, unit: str, out_dir: Path) -> Path:
    """Save one unit's workbook with the sample's document properties and fixed time stamp."""
    sample = content["sample"]
    workbook.properties.creator = unit
    workbook.properties.title = f"SaLTo-rapportering {year} – {unit}"
    workbook.properties.description = sample["description"]
    path = out_dir / FILE_NAME.format(year=year, unit=unit)
    save_reproducibly(workbook, path, sample["stamp"])
    return path
