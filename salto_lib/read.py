"""Read one unit's workbook (docs/arbeidsboka.md) into a `UnitReport`, collecting every problem.

Sheets are found by name, `Tiltak` columns by header text, `Enhet`/`Vurdering` answers by the
label in column A. Forgiven spellings are normalised and recorded as notes; everything else that
does not fit becomes an error naming the sheet and the cell. Reading never stops at the first
problem, so one run lists all of them.

The work is shared out: `read_sheets` opens the workbook and gives each sheet's rows,
`read_layout` finds labels and headers, `read_cells` converts one value, and `read_rules` holds
the rules of a measure row. This module puts the answers together.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from pathlib import Path

from defusedxml import DefusedXmlException
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from salto_lib import sniff, text
from salto_lib.period import PlanPeriod, Sheet
from salto_lib.problems import Problem, ProblemLog
from salto_lib.read_cells import EMPTY, INVALID, convert, is_blank
from salto_lib.read_layout import (
    HEADER_SEARCH_ROWS,
    labelled_year,
    misplaced_header,
    read_header,
    read_labelled,
)
from salto_lib.read_rules import RULES, Row, Seen, is_measure
from salto_lib.read_sheets import find_sheets, open_workbook, sheet_rows


@dataclass(frozen=True)
class Measure:
    """One measure (tiltak) as a unit reported it; `row` is its row in sheet `Tiltak`."""

    unit: str
    area: str
    title: str
    status: str
    reason: str
    explanation: str
    achieves: str
    benefits: str
    example: bool
    file: str
    row: int
    # The optional column «Kort beskrivelse av tiltaket»: "" in workbooks without it.
    description: str = ""


@dataclass
class UnitReport:
    """Everything one workbook says: the `Enhet` answers, the measures, the `Vurdering` answers."""

    file: str
    unit: str | None = None
    year: int | None = None
    answers: dict[str, object] = field(default_factory=dict)
    measures: list[Measure] = field(default_factory=list)
    assessment: dict[str, str] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    # Where each free-text answer was written, for the editorial brief and quote proofs:
    # `Vurdering!B4` by field key (unit and assessment sheets), and the measure sheet's column
    # letter by field key (a measure's cell is that letter and its `row`).
    cells: dict[str, str] = field(default_factory=dict)
    columns: dict[str, str] = field(default_factory=dict)


def read_workbook(path: Path, period: PlanPeriod, name: str | None = None) -> UnitReport:
    """Read one unit's workbook; problems are in the returned report's `problems`."""
    report = UnitReport(file=name or path.name)
    log = ProblemLog(report.file, report.problems)
    wb = open_workbook(path, log)
    if wb is None:
        return report
    try:
        sheets = find_sheets(wb.sheetnames, period, log)
        readers = {
            "unit": (_read_unit_sheet, period.unit_sheet),
            "measure": (_read_measure_sheet, period.measure_sheet),
            "assessment": (_read_assessment_sheet, period.assessment_sheet),
        }
        for key, (read_sheet, spec) in readers.items():
            if key not in sheets:
                continue
            strict = key == "measure"
            rows = sheet_rows(path, wb[sheets[key]], spec, strict, log)
            if rows is not None:
                read_sheet(rows, spec, period, report, log)
    finally:
        wb.close()
    return report


def read_safely(path: Path, period: PlanPeriod) -> UnitReport:
    """`read_workbook`, turning anything unexpected into an error about that file (this is what
    the worker processes of `dataset` run)."""
    try:
        return read_workbook(path, period)
    except DefusedXmlException as exc:
        return failed(
            path,
            "xml_attack",
            "Filen inneholder XML-konstruksjoner (DTD/entiteter) som en arbeidsbok fra Excel "
            "aldri har, og som kan brukes til angrep. Den leses ikke. Lagre arbeidsboken på "
            f"nytt fra Excel. (Teknisk: {type(exc).__name__})",
        )
    except Exception as exc:  # a damaged file must never stop the other files' report
        return failed(
            path,
            "unreadable",
            "Filen kunne ikke leses. Åpne den i Excel eller LibreOffice og lagre den på nytt "
            f"som Excel-arbeidsbok (.xlsx). (Teknisk: {type(exc).__name__}: {exc})"[:400],
        )


def failed(path: Path, code: str, message: str) -> UnitReport:
    """The report of a file that could not be read at all."""
    report = UnitReport(file=path.name)
    report.problems.append(Problem.new(code, path.name, message))
    return report


def _read_unit_sheet(rows, spec: Sheet, period: PlanPeriod, report: UnitReport, log):
    answers = read_labelled(rows, spec, log)
    for fld in spec.fields:
        if fld.key not in answers:
            if fld.required:
                log.add(
                    "missing_label",
                    f"Feltet «{fld.label}» mangler i kolonne A",
                    spec.name,
                    value=fld.label,
                )
            continue
        raw, cell = answers[fld.key]
        report.cells[fld.key] = f"{spec.name}!{cell}"
        value = convert(log, period, fld, raw, spec.name, cell, fld.label)
        if value is EMPTY and fld.required:
            log.add(
                "missing_value",
                f"«{fld.label}» er ikke fylt ut",
                spec.name,
                cell,
                allowed=period.allowed(fld),
            )
        if value in (EMPTY, INVALID):
            value = "" if fld.kind == "text" else None
        if fld.kind == "yesno" and value is not None:
            value = value == period.yes
        if fld.kind == "unit":
            report.unit = value
        elif fld.kind == "year":
            report.year = value
        else:
            report.answers[fld.key] = value
    # Where the unit and the year were written, for the checks across files.
    for kind in ("unit", "year"):
        where = [answers[f.key][1] for f in spec.of_kind(kind) if f.key in answers]
        report.answers.setdefault(f"{kind}_cell", where[0] if where else None)


def _read_assessment_sheet(rows, spec: Sheet, period: PlanPeriod, report: UnitReport, log):
    answers = read_labelled(rows, spec, log)
    for fld in spec.fields:
        raw, cell = answers.get(fld.key, (None, None))
        value = convert(log, period, fld, raw, spec.name, cell, fld.label) if cell else EMPTY
        if cell:
            report.cells[fld.key] = f"{spec.name}!{cell}"
        report.assessment[fld.key] = value if isinstance(value, str) else ""


def _read_measure_sheet(rows, spec: Sheet, period: PlanPeriod, report: UnitReport, log):
    head = list(itertools.islice(rows, HEADER_SEARCH_ROWS))
    if (at := misplaced_header(head, spec)) is not None:
        log.add(
            "header_not_first",
            f"Overskriftsraden står i rad {at}, men skal stå i rad 1. "
            f"Slett radene over den (rad 1–{at - 1})",
            spec.name,
            f"A1:A{at - 1}",
        )
        return
    columns = read_header(head[0] if head else (), spec, log)
    report.columns = {key: get_column_letter(c + 1) for key, c in columns.items()}
    if any(f.required and f.key not in columns for f in spec.fields):
        return
    seen = Seen()
    for r, values in enumerate(itertools.chain(head[1:], rows), start=2):
        if all(is_blank(v) for v in values):
            continue
        row = _measure_row(r, values, columns, spec, period, log)
        for rule in RULES:
            rule(row, seen, log)
        if is_measure(row):
            report.measures.append(_measure(row, report))


def _measure_row(r: int, values, columns: dict[str, int], spec, period, log) -> Row:
    """One row's values converted, each under its field's key."""
    row = Row(r, {}, {}, [], spec, period)
    for fld in spec.fields:
        if fld.key not in columns:
            row.values[fld.key] = EMPTY
            continue
        c = columns[fld.key]
        row.cells[fld.key] = f"{get_column_letter(c + 1)}{r}"
        raw = values[c] if c < len(values) else None
        row.values[fld.key] = convert(
            log, period, fld, raw, spec.name, row.cells[fld.key], fld.label
        )
    row.filled = [f"{get_column_letter(c + 1)}{r}" for c, v in enumerate(values) if not is_blank(v)]
    return row


def _measure(row: Row, report: UnitReport) -> Measure:
    v = row.values

    def words(key: str) -> str:
        # A plan period need not declare the optional columns at all.
        return v[key] if isinstance(v.get(key), str) else ""

    return Measure(
        unit=report.unit or "",
        area=v["area"],
        title=text.clean_line(v["title"]),
        status=v["status"],
        reason=words("reason"),
        explanation=words("explanation"),
        achieves=words("achieves"),
        benefits=words("benefits"),
        example=v["example"] == row.period.yes,
        file=report.file,
        row=row.number,
        description=words("description"),
    )


def peek_year(path: Path, places: set[tuple[str, str]]) -> int | None:
    """The reporting year a workbook states, looked for under each (sheet, label) of `places`,
    without checking anything else; None when it cannot be found (reading it will say why)."""
    if sniff.check_container(path):
        return None
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception:  # a damaged file: reading it properly reports the problem
        return None
    try:
        for sheet, label in sorted(places):
            name = text.canonical(sheet, wb.sheetnames)
            if name is not None:
                year = labelled_year(wb[name].iter_rows(values_only=True), label)
                if year is not None:
                    return year
    finally:
        wb.close()
    return None
