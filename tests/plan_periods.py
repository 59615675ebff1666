"""Plan-period declarations for the tests, written to a folder the code is pointed at.

`INVENTED` is a plan period unlike 2023–2025 in every way the declaration allows: other labels
and headers, other `adopted_by` values, a second choice field with its own values, another
yes/no question and another assessment question. No code knows about it.
"""

from __future__ import annotations

from pathlib import Path

from salto_lib import paths

CURRENT = (paths.ROOT / "config" / "plan_periods" / "2023-2025.toml").read_text("utf-8")

INVENTED = """\
name = "2026-2028"
title = "Handlingsprogram 2026–2028"
years = [2026, 2027, 2028]
units = ["Bydel Alna", "Bydel Bjerke", "Uteseksjonen"]
areas = ["Trygge nærmiljø", "Rus blant unge"]
reasons = ["Mangel på ressurser", "Annet"]

[workbook]
started = "I gang"
not_started = "Ikke i gang"
yes = "Ja"
no = "Nei"

[workbook.unit_sheet]
name = "Enhet"
header = ["Felt", "Svar"]
fields = [
  { key = "unit", label = "Enhetens navn", kind = "unit", required = true },
  { key = "year", label = "År", kind = "year", required = true },
  { key = "adopted_by", label = "Planen ble vedtatt av", kind = "choice", values = ["Bydelsutvalget", "Styringsgruppa", "Andre"], required = true, book_key = "vedtatt" },
  { key = "meetings", label = "Hvor ofte møtes SaLTo-gruppa?", kind = "choice", values = ["Hver måned", "Hvert kvartal", "Sjeldnere"], required = true },
  { key = "youth_involved", label = "Ungdom involvert", kind = "yesno", required = true },
  { key = "involvement_note", label = "Om samarbeidet", kind = "text" },
]

[workbook.measure_sheet]
name = "Tiltaksliste"
columns = [
  { key = "area", header = "Område", kind = "area", required = true },
  { key = "title", header = "Navn på tiltaket", kind = "text", required = true },
  { key = "status", header = "Framdrift", kind = "status", required = true },
  { key = "reason", header = "Hvorfor ikke i gang?", kind = "reason" },
  { key = "explanation", header = "Utdyping", kind = "text" },
  { key = "achieves", header = "Effekt", kind = "text" },
  { key = "benefits", header = "Nytte for målgruppen", kind = "text" },
  { key = "example", header = "Vis som eksempel", kind = "yesno" },
]

[workbook.assessment_sheet]
name = "Vurdering"
header = ["Spørsmål", "Svar"]
fields = [
  { key = "lessons", label = "Hva har dere lært?", kind = "text" },
]
"""  # noqa: E501 - a declaration reads best with one field per line


def write_periods(folder: Path, **files: str) -> Path:
    """Write `name=text` pairs as `<name>.toml` files (underscores become dashes)."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / f"{name.removeprefix('p').replace('_', '-')}.toml").write_text(text, "utf-8")
    return folder


def line_of(text: str, fragment: str) -> int:
    """The line (1-based) of the first line containing `fragment`, to check reported lines."""
    return next(i for i, line in enumerate(text.splitlines(), 1) if fragment in line)
