"""Write real workbooks with openpyxl for the tests, shaped as docs/arbeidsboka.md describes.

`write_workbook` writes a valid workbook by default; every keyword lets a test change one thing
(a label, a header, a value) so each test shows exactly which defect it is about.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from salto_lib.period import period_for_year

PERIOD = period_for_year(2024)
AREAS = PERIOD.areas
# Without the optional last column «Kort beskrivelse av tiltaket»: the fixtures are workbooks of
# the older layout, which must stay valid.
HEADERS = [f.label for f in PERIOD.measure_sheet.fields if f.key != "description"]


def measure(area=0, title="Tiltak", status="Igangsatt", reason=None, example="Nei", **texts):
    """One row of sheet `Tiltak` as a dict keyed by header; `area` may be an index."""
    return {
        "Innsatsområde": AREAS[area] if isinstance(area, int) else area,
        "Tiltak": title,
        "Status": status,
        "Årsak": reason,
        "Forklaring": texts.get("explanation"),
        "Hva oppnås med tiltaket?": texts.get("achieves", "Bedre samarbeid."),
        "Hvordan kommer tiltaket målgruppen til gode?": texts.get("benefits", "Tidlig hjelp."),
        "Eksempel i årsrapporten": example,
    }


def unit_answers(unit="Bydel Alna", year=2024, **changes):
    """Rows of sheet `Enhet` as (label, answer) pairs."""
    answers = {
        "Enhet": unit,
        "Rapporteringsår": year,
        "Handlingsplan behandlet av": "Styringsgruppen",
        "Bydel involvert": "Ja",
        "Skole involvert": "Ja",
        "Politi involvert": "Ja",
        "Om involveringen": "Planen ble laget i fellesskap.",
    }
    answers.update(changes)
    return [(k, v) for k, v in answers.items() if v is not ...]


ASSESSMENT = [
    ("Måloppnåelse", "Vi er godt i gang."),
    ("Hva har handlingsplanen bidratt til?", "Bedre samordning."),
    ("Hvor aktivt brukes handlingsplanen?", "Den brukes i hvert SaLTo-møte."),
    ("Hvilke utfordringer har aktørene erfart?", "Kapasitet hos politiet."),
    ("Andre innspill", ""),
]


def write_workbook(
    path: Path,
    unit="Bydel Alna",
    year=2024,
    measures=None,
    answers=None,
    headers=None,
    assessment=None,
    sheet_names=("Enhet", "Tiltak", "Vurdering"),
    header_row=True,
) -> Path:
    """Write one unit's workbook to `path`; `measures` is a list of `measure(...)` dicts or
    plain lists (written as they are, under `headers`)."""
    measures = [measure()] if measures is None else measures
    headers = HEADERS if headers is None else headers
    wb = Workbook()
    enhet = wb.active
    enhet.title = sheet_names[0]
    if header_row:
        enhet.append(["Felt", "Svar"])
    for row in answers if answers is not None else unit_answers(unit, year):
        enhet.append(list(row))
    tiltak = wb.create_sheet(sheet_names[1])
    tiltak.append(headers)
    for m in measures:
        tiltak.append([m.get(h) for h in headers] if isinstance(m, dict) else list(m))
        for cell in tiltak[tiltak.max_row]:
            if isinstance(cell.value, str):
                cell.data_type = "s"  # typed text, even "=…" (tests write formulas explicitly)
    vurdering = wb.create_sheet(sheet_names[2])
    if header_row:
        vurdering.append(["Spørsmål", "Svar"])
    for row in ASSESSMENT if assessment is None else assessment:
        vurdering.append(list(row))
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path


def abort_on_b(path: Path, period):
    """A reader task that dies as an abort in C code does (no exception, no clean-up) on the
    file `b.xlsx`; a module-level function, so that spawned worker processes can import it."""
    import os

    from salto_lib.read import read_safely

    if path.name == "b.xlsx":
        os._exit(134)
    return read_safely(path, period)
