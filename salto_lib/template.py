"""The blank workbook a unit fills in (SPEC §2), generated from the plan-period declaration.

Dropdown lists for every fixed-value field, input messages, a frozen header, sensible widths,
locked labels and headers (input cells stay editable), and an instruction sheet in Norwegian.
`python -m salto_lib template --year 2025 --unit "Bydel Alna" mal.xlsx`.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from salto_lib.period import Field, PlanPeriod

MEASURE_ROWS = 400  # rows prepared with dropdowns in `Tiltak`; more can be inserted
LISTS = "Lister"
HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
HEADER_FONT = Font(bold=True, color="FFFFFF")
LABEL_FILL = PatternFill("solid", fgColor="DDE5EE")
INPUT = Protection(locked=False)
WRAP = Alignment(wrap_text=True, vertical="top")

HINTS = {
    "unit": "Velg enheten fra listen.",
    "year": "Året rapporten gjelder, f.eks. {year}.",
    "area": "Velg innsatsområdet fra listen.",
    "status": "«{started}» eller «{not_started}».",
    "reason": "Bare når status er «{not_started}»: velg årsak fra listen. Ellers tom.",
    "yesno": "«{yes}» eller «{no}».",
    "choice": "Velg fra listen.",
    "text": "Fritekst. Ikke skriv navn, fødselsnummer, telefonnummer eller e-post til personer.",
}


def _hint(period: PlanPeriod, field: Field, year: int) -> str:
    return HINTS[field.kind].format(
        year=year,
        started=period.started,
        not_started=period.not_started,
        yes=period.yes,
        no=period.no,
    )


def _write_lists(wb: Workbook, period: PlanPeriod) -> dict[str, str]:
    """A hidden sheet with the allowed values; dropdowns refer to its ranges (no length limit)."""
    ws = wb.create_sheet(LISTS)
    ws.sheet_state = "hidden"
    lists = {
        "unit": period.units,
        "area": period.areas,
        "reason": period.reasons,
        "status": period.statuses,
        "yesno": (period.yes, period.no),
        "adopted_by": period.unit_sheet.field("adopted_by").values,
    }
    refs = {}
    for col, (key, values) in enumerate(lists.items(), start=1):
        letter = get_column_letter(col)
        ws.cell(1, col, key)
        for row, value in enumerate(values, start=2):
            ws.cell(row, col, value)
        refs[key] = f"{quote_sheetname(LISTS)}!${letter}$2:${letter}${len(values) + 1}"
    ws.protection.sheet = True
    return refs


def _validation(period: PlanPeriod, field: Field, refs: dict[str, str], year: int):
    """The data validation (dropdown or whole number) for a field, or None for free text."""
    hint = _hint(period, field, year)
    if field.kind == "year":
        dv = DataValidation(
            type="whole",
            operator="between",
            formula1=str(min(period.years)),
            formula2=str(max(period.years)),
        )
        dv.error = f"Skriv et år i planperioden {period.name}."
    elif field.kind == "text":
        dv = DataValidation(type="textLength", operator="lessThanOrEqual", formula1="32000")
        dv.showErrorMessage = False
    else:
        key = "adopted_by" if field.kind == "choice" else field.kind
        dv = DataValidation(type="list", formula1=refs[key], allow_blank=not field.required)
        dv.error = "Velg en verdi fra listen."
    dv.errorTitle = "Ugyldig verdi"
    dv.promptTitle = field.label[:32]
    dv.prompt = hint[:255]
    dv.showInputMessage = True
    dv.showErrorMessage = field.kind != "text"
    return dv


def _write_labelled(ws: Worksheet, period, sheet, refs, year, prefilled: dict[str, object]):
    ws.append(list(sheet.header))
    for cell in ws[1]:
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
    for row, field in enumerate(sheet.fields, start=2):
        label = ws.cell(row, 1, field.label)
        label.font, label.fill, label.alignment = Font(bold=True), LABEL_FILL, WRAP
        answer = ws.cell(row, 2, prefilled.get(field.key))
        answer.protection, answer.alignment = INPUT, WRAP
        dv = _validation(period, field, refs, year)
        ws.add_data_validation(dv)
        dv.add(answer.coordinate)
        if field.kind == "text":
            ws.row_dimensions[row].height = 60
    ws.column_dimensions["A"].width = 42
    ws.column_dimensions["B"].width = 90
    ws.freeze_panes = "A2"
    ws.protection.sheet = True


def _write_measures(ws: Worksheet, period: PlanPeriod, refs, year: int):
    fields = period.measure_sheet.fields
    ws.append([f.label for f in fields])
    for col, field in enumerate(fields, start=1):
        head = ws.cell(1, col)
        head.font, head.fill, head.alignment = HEADER_FONT, HEADER_FILL, WRAP
        letter = get_column_letter(col)
        ws.column_dimensions[letter].width = field.width
        dv = _validation(period, field, refs, year)
        ws.add_data_validation(dv)
        dv.add(f"{letter}2:{letter}{MEASURE_ROWS + 1}")
        for row in range(2, MEASURE_ROWS + 2):
            cell = ws.cell(row, col)
            cell.protection = INPUT
            if field.kind == "text":
                cell.alignment = WRAP
    ws.row_dimensions[1].height = 32
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(fields))}{MEASURE_ROWS + 1}"
    # Locked headers; rows may still be inserted and deleted, columns resized, lists filtered.
    p = ws.protection
    p.sheet = True
    p.insertRows = p.deleteRows = p.formatColumns = p.formatRows = p.autoFilter = p.sort = False


def _write_instructions(ws: Worksheet, period: PlanPeriod, year: int, unit: str | None):
    m, u, a = period.measure_sheet, period.unit_sheet, period.assessment_sheet
    lines = [
        (f"SaLTo – årlig rapportering {year}", Font(bold=True, size=16)),
        (f"{period.title}" + (f" · {unit}" if unit else ""), Font(italic=True, size=12)),
        ("", None),
        ("Slik fyller du ut arbeidsboken", Font(bold=True, size=13)),
        (
            f"1. Arket «{u.name}»: fyll ut svarene i kolonne B. Velg fra listene der det finnes.",
            None,
        ),
        (
            f"2. Arket «{m.name}»: én rad per tiltak i handlingsplanen. Velg innsatsområde og "
            f"status fra listene. Er tiltaket «{period.not_started}», velg årsak og forklar kort "
            "hvorfor i «Forklaring».",
            None,
        ),
        (
            "   Beskriv hva som oppnås med tiltaket og hvordan det kommer målgruppen til gode. "
            "Sett «Eksempel i årsrapporten» til «Ja» for tiltak dere foreslår som eksempel.",
            None,
        ),
        (f"3. Arket «{a.name}»: svar kort på spørsmålene i kolonne B.", None),
        ("", None),
        ("Viktig", Font(bold=True, size=13)),
        ("• Ikke gi arkene nye navn, og ikke endre overskriftene eller feltnavnene.", None),
        ("• Ikke slå sammen celler, og ikke bruk formler: skriv verdiene inn direkte.", None),
        (
            "• Ikke skriv personopplysninger (navn på ungdom, fødselsnummer, telefonnummer, "
            "e-post). Tekst fra arbeidsboken kan bli publisert i årsrapporten.",
            None,
        ),
        ("• Lagre som Excel-arbeidsbok (.xlsx). Ikke passordbeskytt filen.", None),
        ("", None),
        ("Innsatsområder", Font(bold=True, size=13)),
        *[(f"• {area}", None) for area in period.areas],
        ("", None),
        (f"Årsaker når et tiltak er «{period.not_started}»", Font(bold=True, size=13)),
        *[(f"• {reason}", None) for reason in period.reasons],
    ]
    for row, (text, font) in enumerate(lines, start=1):
        cell = ws.cell(row, 1, text)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if font:
            cell.font = font
    ws.column_dimensions["A"].width = 110
    ws.protection.sheet = True


def write_template(path: Path, period: PlanPeriod, year: int, unit: str | None = None) -> Path:
    """Write the blank workbook for `year` (and `unit`, pre-filled when given) to `path`."""
    wb = Workbook()
    refs = _write_lists(wb, period)
    enhet = wb.active
    enhet.title = period.unit_sheet.name
    _write_labelled(enhet, period, period.unit_sheet, refs, year, {"unit": unit, "year": year})
    _write_measures(wb.create_sheet(period.measure_sheet.name), period, refs, year)
    _write_labelled(
        wb.create_sheet(period.assessment_sheet.name),
        period,
        period.assessment_sheet,
        refs,
        year,
        {},
    )
    guide = wb.create_sheet("Veiledning", 0)
    _write_instructions(guide, period, year, unit)
    wb.move_sheet(LISTS, offset=len(wb.sheetnames))
    wb.active = 0  # open on the instructions
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path
