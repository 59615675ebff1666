"""Workbook I/O for the reader: find the declared sheets, and give each sheet's rows as values
after the checks openpyxl's streaming reader cannot make (sheet size, hidden and merged cells,
formulas without a saved value).
"""

from __future__ import annotations

import re
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from salto_lib import sniff, text
from salto_lib.period import PlanPeriod, Sheet
from salto_lib.problems import ERROR, WARNING, ProblemLog
from salto_lib.read_cells import FORMULA, shown

EXCEL_MAX_ROWS = 1_048_576


def open_workbook(path: Path, log: ProblemLog):
    """The workbook opened for streaming, or None (with the reason in the log)."""
    why = sniff.check_container(path)
    if why:
        log.add("not_xlsx", why)
        return None
    active = sniff.active_parts(path)
    for code, message in active:
        log.add(code, message)
    if any(code == "xml_attack" for code, _ in active):
        return None
    try:
        return load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds on damaged files
        log.add(
            "not_xlsx",
            "Filen kan ikke åpnes som Excel-arbeidsbok. Åpne den i Excel eller LibreOffice "
            f"og lagre som Excel-arbeidsbok (.xlsx). (Teknisk: {type(exc).__name__})",
        )
        return None


def find_sheets(names: list[str], period: PlanPeriod, log: ProblemLog) -> dict[str, str]:
    """{'unit' | 'measure' | 'assessment': the workbook's name of that sheet} for those found."""
    wanted = {
        "unit": period.unit_sheet.name,
        "measure": period.measure_sheet.name,
        "assessment": period.assessment_sheet.name,
    }
    found = {}
    for key, sheet in wanted.items():
        matches = [n for n in names if text.fold(n) == text.fold(sheet)]
        if len(matches) > 1:
            listed = " og ".join(f"«{n}»" for n in matches)
            log.add(
                "duplicate_sheet",
                f"Arkene {listed} passer begge til arket «{sheet}», og det er ikke sikkert "
                f"hvilket som gjelder. Slett det som ikke gjelder, eller gi det et annet navn",
                sheet,
            )
            continue
        match = text.canonical(sheet, names) if sheet not in names else sheet
        if match is None:
            hint = text.suggest(sheet, names)
            listed = ", ".join(f"«{n}»" for n in names)
            message = f"Arket «{sheet}» mangler (arkene i filen: {listed})"
            if hint:
                message += f". Er det arket «{hint}»? Gi det i så fall navnet «{sheet}»"
            log.add("missing_sheet", message, sheet, value=hint)
            continue
        if match != sheet:
            log.note_changes(match, sheet, "Arknavnet", match, "")
        found[key] = match
    return found


def sheet_rows(path: Path, ws, spec: Sheet, strict: bool, log: ProblemLog):
    """The sheet's rows as value tuples, or None when the sheet cannot be read at all.

    `strict`: merged cells are an error (the measures table) rather than a warning. Formula
    cells with no saved value come back as `FORMULA`, so that the conversion can name them.
    """
    name = ws.title
    facts = sniff.sheet_facts(path, ws._worksheet_path)
    if facts.last_row > EXCEL_MAX_ROWS:
        log.add(
            "too_many_rows",
            f"Arket har rad {facts.last_row}, men Excel tillater høyst {EXCEL_MAX_ROWS} "
            "rader. Filen er laget av et annet program og kan ikke leses",
            name,
        )
        return None
    if ws.sheet_state != "visible":
        log.add("hidden_sheet", "Arket er skjult i filen; det ble lest likevel", name)
    if facts.hidden_rows:
        listed = ", ".join(map(str, facts.hidden_rows[:10]))
        more = f" og {len(facts.hidden_rows) - 10} til" if len(facts.hidden_rows) > 10 else ""
        first = facts.hidden_rows[0]
        log.add(
            "hidden_rows",
            f"Skjulte rader ({listed}{more}) ble lest med som vanlige rader",
            name,
            f"{first}:{first}",
        )
    for ref in facts.merged:
        log.add(
            "merged_cells",
            f"Cellene {ref} er slått sammen. Opphev sammenslåingen og skriv verdien i hver "
            "celle" + ("" if strict else "; bare den første cellen ble lest"),
            name,
            ref,
            # The one deliberate difference from the catalogue: outside the measures table
            # only the first cell is lost, so there it is a warning.
            severity=ERROR if strict else WARNING,
        )
    # read_only mode trusts the file's <dimension> element, which some programs write
    # wrongly; resetting it makes openpyxl read every row that is really there.
    ws.reset_dimensions()
    rows = ws.iter_rows(values_only=True)
    if not facts.has_formulas:
        return rows
    return _mark_formulas(rows, _formula_cells(path, name), name, log)


def _formula_cells(path: Path, sheet: str) -> dict[tuple[int, int], str]:
    """(row, column) → formula of every formula cell; needs a second pass, so only run when
    present."""
    wb = load_workbook(path, read_only=True, data_only=False)
    try:
        ws = wb[sheet]
        ws.reset_dimensions()
        return {
            (c.row, c.column): str(c.value)
            for row in ws.iter_rows()
            for c in row
            if getattr(c, "data_type", None) == "f"
        }
    finally:
        wb.close()


# A formula that asks Excel to start a program or ask one for data: `=cmd|' /C calc'!A0`.
_DDE = re.compile(r"^=?[-+@\s]*[A-Za-z0-9_.]+\s*\|")


def _mark_formulas(rows, formulas: dict[tuple[int, int], str], sheet: str, log: ProblemLog):
    for r, row in enumerate(rows, start=1):
        marked = list(row)
        for c, value in enumerate(row, start=1):
            if (r, c) not in formulas:
                continue
            if _DDE.match(formulas[(r, c)]):
                log.add(
                    "dde",
                    "Cellen har en DDE-formel, som kan starte et program på maskinen som åpner "
                    "filen. Slett formelen og skriv inn verdien",
                    sheet,
                    f"{get_column_letter(c)}{r}",
                )
            elif value is None:
                marked[c - 1] = FORMULA
            else:
                log.add(
                    "formula",
                    f"Cellen har en formel; den lagrede verdien «{shown(value)}» er brukt",
                    sheet,
                    f"{get_column_letter(c)}{r}",
                )
        yield tuple(marked)
