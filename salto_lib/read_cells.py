"""One cell's value as its field's kind wants it (docs/arbeidsboka.md), or a recorded problem.

`convert` returns the clean value, `EMPTY` for a cell with nothing in it, or `INVALID` when the
value was rejected (the problem is already in the log). Forgiven spellings are normalised and
noted; free text is also checked for personal data.

>>> shown(3.0), shown(2.5), shown(True)
('3', '2,5', 'SANN')
"""

from __future__ import annotations

import datetime as dt

from salto_lib import privacy, text
from salto_lib.period import Field, PlanPeriod
from salto_lib.problems import ProblemLog

EMPTY = object()  # a cell with nothing in it
INVALID = object()  # a cell whose value was rejected (the problem is already recorded)
FORMULA = object()  # a formula cell with no saved value

LONG_TEXT = 3000  # characters; about a page, far more than any answer in the report needs
EXCEL_ERRORS = frozenset(
    "#NULL! #DIV/0! #VALUE! #REF! #NAME? #NUM! #N/A #GETTING_DATA #SPILL! #CALC! #FIELD!".split()
)
# Values people type in a Ja/Nei field that are not Ja/Nei, and what they most likely meant.
_YES_LIKE = {"x", "true", "sant", "1", "yes", "y", "j", "✓"}
_NO_LIKE = {"false", "usant", "0", "no", "n", "-"}


def is_blank(value) -> bool:
    """Nothing in the cell, or only white space."""
    return value is None or (isinstance(value, str) and not text.clean_line(value))


def convert(log: ProblemLog, period: PlanPeriod, fld: Field, raw, sheet: str, cell: str, what: str):
    """The cell's value as the field's kind wants it, `EMPTY`, or `INVALID` (recorded)."""
    if raw is FORMULA:
        log.add(
            "formula_without_value",
            f"{what}: cellen har en formel uten lagret verdi (filen er laget av et program "
            "og aldri åpnet i Excel). Åpne filen i Excel eller LibreOffice og lagre den, "
            "eller skriv inn verdien",
            sheet,
            cell,
        )
        return INVALID
    if isinstance(raw, str) and not deceptive_free(log, raw, sheet, cell, what):
        return INVALID
    if is_blank(raw):
        return EMPTY
    if isinstance(raw, str) and raw.strip() in EXCEL_ERRORS:
        log.add(
            "error_value",
            f"{what}: cellen inneholder feilverdien «{raw.strip()}» fra en formel. "
            "Rett formelen eller skriv inn verdien",
            sheet,
            cell,
            value=raw.strip(),
        )
        return INVALID
    if fld.kind == "text":
        return convert_text(log, raw, sheet, cell, what)
    if fld.kind == "year":
        return convert_year(log, raw, sheet, cell, what)
    return convert_fixed(log, period, fld, raw, sheet, cell, what)


def deceptive_free(log: ProblemLog, raw: str, sheet: str, cell: str, what: str) -> bool:
    """False (recorded) when text shows something else than it is: direction controls, or
    words mixing Latin with Cyrillic or Greek look-alike letters."""
    ok = True
    if controls := text.bidi_controls(raw):
        log.add(
            "bidi_controls",
            f"{what}: teksten har tegn som snur skriveretningen ({' '.join(controls)}), så "
            "den vises annerledes enn den er skrevet. Skriv verdien inn på nytt uten dem",
            sheet,
            cell,
        )
        ok = False
    if words := text.lookalikes(raw):
        log.add(
            "lookalike",
            f"{what}: {', '.join(words)} blander latinske bokstaver med kyrilliske eller "
            "greske som ser like ut. Skriv ordet inn på nytt med vanlige bokstaver",
            sheet,
            cell,
        )
        ok = False
    return ok


def convert_fixed(log: ProblemLog, period: PlanPeriod, fld: Field, raw, sheet, cell, what):
    """A value from a fixed list (unit, area, reason, status, yes/no, choice)."""
    allowed = period.allowed(fld)
    if not isinstance(raw, str):
        value = shown(raw)
        log.add(
            "wrong_type",
            f"{what}: «{value}» er ikke en av de tillatte verdiene",
            sheet,
            cell,
            value=value,
            allowed=allowed,
            suggestion=yesno_hint(value, period) if fld.kind == "yesno" else None,
        )
        return INVALID
    value = text.canonical(raw, allowed)
    if value is None:
        hint = yesno_hint(raw, period) if fld.kind == "yesno" else None
        log.add(
            "unknown_value",
            f"{what}: «{text.clean_line(raw)}» er ikke en tillatt verdi",
            sheet,
            cell,
            value=raw,
            allowed=allowed,
            suggestion=hint or text.suggest(raw, allowed),
        )
        return INVALID
    log.note_changes(raw, value, what, sheet, cell)
    return value


def convert_text(log: ProblemLog, raw, sheet: str, cell: str, what: str):
    """Free text: cleaned, noted when changed, checked for personal data and length."""
    if isinstance(raw, (dt.datetime, dt.date, dt.time, bool)):
        log.add(
            "wrong_type",
            f"{what}: cellen inneholder {_kind_of(raw)} («{shown(raw)}»), ikke tekst. "
            "Skriv verdien som tekst",
            sheet,
            cell,
            value=shown(raw),
        )
        return INVALID
    if not isinstance(raw, str):
        return shown(raw)
    value = text.clean_text(raw)
    log.note_changes(raw, value, what, sheet, cell)
    for kind, found in privacy.find_personal_data(value):
        log.add(
            "personal_data",
            f"{what}: teksten ser ut til å inneholde et {kind} («{found}»). "
            "Personopplysninger skal ikke publiseres: fjern det, eller godkjenn cellen i "
            f"{privacy.ALLOWLIST} hvis det trygt kan publiseres",
            sheet,
            cell,
            value=found,
        )
    if len(value) > LONG_TEXT:
        log.add(
            "long_text",
            f"{what}: teksten er svært lang ({len(value)} tegn). Den tas med i sin helhet; "
            "vurder å korte den ned",
            sheet,
            cell,
        )
    return value


def as_year(raw) -> int | None:
    """The year a cell holds (a number, or digits typed as text), or None."""
    if isinstance(raw, int) and not isinstance(raw, bool):
        return raw
    if isinstance(raw, float) and raw.is_integer():
        return int(raw)
    if isinstance(raw, str) and text.clean_line(raw).isdigit():
        return int(text.clean_line(raw))
    return None


def convert_year(log: ProblemLog, raw, sheet: str, cell: str, what: str):
    year = as_year(raw)
    if year is not None and isinstance(raw, str):
        log.add("number_as_text", f"{what}: tallet {year} er lagret som tekst", sheet, cell)
    if year is None or not 2000 <= year <= 2100:
        log.add(
            "bad_year",
            f"{what}: «{shown(raw)}» er ikke et årstall (skriv f.eks. 2024)",
            sheet,
            cell,
            value=shown(raw),
        )
        return INVALID
    return year


def shown(value) -> str:
    """A cell value as the user sees it in the spreadsheet."""
    if isinstance(value, bool):
        return "SANN" if value else "USANN"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, float):
        return str(value).replace(".", ",")
    if isinstance(value, dt.datetime):
        return value.strftime("%d.%m.%Y %H:%M" if value.time() != dt.time() else "%d.%m.%Y")
    if isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y")
    return str(value)


def _kind_of(value) -> str:
    if isinstance(value, bool):
        return "en sannhetsverdi"
    return "en dato" if isinstance(value, (dt.date, dt.datetime)) else "et klokkeslett"


def yesno_hint(value: str, period: PlanPeriod) -> str | None:
    """Ja or Nei when `value` is a common way of writing one of them (x, true, 1, -, …)."""
    key = text.fold(value)
    if key in _YES_LIKE or key == "sann":
        return period.yes
    if key in _NO_LIKE:
        return period.no
    return None
