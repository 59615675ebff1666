"""The blank workbook a unit fills in (docs/arbeidsboka.md), made from the plan-period file.

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


def _list_name(field: Field) -> str:
    """The list a field's dropdown shows: its kind's list, or its own values for a choice."""
    return f"choice:{field.key}" if field.kind == "choice" else field.kind


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
    }
    for sheet in (period.unit_sheet, period.measure_sheet, period.assessment_sheet):
        for field in sheet.of_kind("choice"):
            lists[_list_name(field)] = field.values
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
        dv = DataValidation(
            type="list", formula1=refs[_list_name(field)], allow_blank=not field.required
        )
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


def _write_measures(ws: Worksheet, period: PlanPeriod, refs, year: int, measures: list[dict]):
    fields = period.measure_sheet.fields
    rows = max(MEASURE_ROWS, len(measures) + 100)
    ws.append([f.label for f in fields])
    for measure in measures:
        ws.append([measure.get(f.key) for f in fields])
    for col, field in enumerate(fields, start=1):
        head = ws.cell(1, col)
        head.font, head.fill, head.alignment = HEADER_FONT, HEADER_FILL, WRAP
        letter = get_column_letter(col)
        ws.column_dimensions[letter].width = field.width
        dv = _validation(period, field, refs, year)
        ws.add_data_validation(dv)
        dv.add(f"{letter}2:{letter}{rows + 1}")
        for row in range(2, rows + 2):
            cell = ws.cell(row, col)
            cell.protection = INPUT
            if field.kind == "text":
                cell.alignment = WRAP
    ws.row_dimensions[1].height = 32
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(fields))}{rows + 1}"
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
            f"hvorfor i «{m.field('explanation').label}».",
            None,
        ),
        (
            "   Beskriv hva som oppnås med tiltaket og hvordan det kommer målgruppen til gode. "
            f"Sett «{m.field('example').label}» til «{period.yes}» for tiltak dere foreslår som "
            "eksempel.",
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


def write_template(
    path: Path,
    period: PlanPeriod,
    year: int,
    unit: str | None = None,
    measures: list[dict] | None = None,
) -> Path:
    """Write the blank workbook for `year` to `path`; `unit` and `measures` (dicts keyed by
    field key, e.g. last year's measures) are filled in when given."""
    wb = Workbook()
    refs = _write_lists(wb, period)
    enhet = wb.active
    enhet.title = period.unit_sheet.name
    sheet = period.unit_sheet
    known = {f.key: unit for f in sheet.of_kind("unit")} | {
        f.key: year for f in sheet.of_kind("year")
    }
    _write_labelled(enhet, period, sheet, refs, year, known)
    _write_measures(wb.create_sheet(period.measure_sheet.name), period, refs, year, measures or [])
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


# What a unit keeps from last year: the measure and its descriptions. Status, reason, explanation
# and the example flag are this year's answers, so they are left for the unit to fill in.
CARRIED_OVER = ("area", "title", "achieves", "benefits", "description")


def write_new_year(year: int, source: Path, out: Path) -> list[Path]:
    """Create `out` with one workbook per unit for `year`, pre-filled with `source`'s measures.

    Raises `FileExistsError` rather than touch a folder that already has workbooks, and
    `InvalidData` when last year's folder does not validate.
    """
    from salto_lib.dataset import load_dataset
    from salto_lib.period import period_for_year

    period = period_for_year(year)
    if period is None:
        raise LookupError(f"Ingen planperiode dekker året {year} (se config/plan_periods/).")
    if out.exists() and any(out.glob("*.xlsx")):
        raise FileExistsError(f"{out} finnes allerede og har arbeidsbøker; ingenting er endret.")
    last = load_dataset(source, strict=True) if source.is_dir() else None
    carry = last is not None and last.period is not None and last.period.name == period.name
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for unit in period.units:
        measures = []
        if carry:
            rows = last.measures[last.measures["unit"] == unit]
            measures = [{k: row.get(k) or None for k in CARRIED_OVER} for _, row in rows.iterrows()]
        path = out / f"SaLTo-rapportering {year} - {unit}.xlsx"
        written.append(write_template(path, period, year, unit, measures))
    (out / "README.md").write_text(_new_year_readme(year, source if carry else None), "utf-8")
    return written


def _new_year_readme(year: int, source: Path | None) -> str:
    carried = (
        f"Hver arbeidsbok er forhåndsutfylt med enhetens tiltak fra `{source.name}/` "
        "(innsatsområde, tiltak og beskrivelser). Status, årsak, forklaring og "
        "«Eksempel i årsrapporten» står tomme: enheten oppdaterer dem, legger til nye tiltak og "
        "sletter tiltak som er avsluttet."
        if source
        else "Arbeidsbøkene er tomme maler (ny planperiode, eller ingen data fra i fjor)."
    )
    return f"""# Rapportering {year}

Én arbeidsbok per enhet, klar til å sendes ut. {carried}

Slik går året:

1. Send hver enhet sin arbeidsbok.
2. Legg de utfylte arbeidsbøkene tilbake i denne mappen (filnavnet betyr ingenting).
3. Kontroller: `.venv/bin/python -m salto_lib validate data/{year} --report _build/kontroll`,
   og send kontrollrapportene tilbake til enhetene som har feil.
4. Bygg rapporten: `make book YEAR={year}`.
"""
