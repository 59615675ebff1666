"""Personal data guard: free text that looks like it identifies a person is not published.

Every free-text cell is scanned for Norwegian national identity numbers (fødselsnummer and
D-nummer, checked with python-stdnum), any other run of 11 digits, phone numbers and e-mail
addresses. A hit is an error naming the cell, unless the analyst has accepted that exact cell and
text in the folder's allowlist (`personvern-godkjent.toml`, kept with the workbooks; an 11-digit
number is shown, and accepted, masked as its first six digits and `*****`):

```toml
[[godkjent]]
fil = "SaLTo-rapportering 2024 - Bydel Alna.xlsx"
celle = "Tiltak!F12"
tekst = "22 33 44 55"
begrunnelse = "Sentralbordet til bydelen, offentlig nummer"
```

What cannot be detected (names of young people, descriptions that identify someone) is kept out
by policy: the book publishes only the free-text columns the report needs, and a measure's
descriptions only when the unit flagged it as an example.

>>> [kind for kind, _ in find_personal_data("Ring 22 33 44 55 eller skriv til ola@example.no")]
['telefonnummer', 'e-postadresse']
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from stdnum.no import fodselsnummer

ALLOWLIST = "personvern-godkjent.toml"

_ELEVEN = re.compile(r"(?<![\d])(\d{6})[ \u00a0]?(\d{5})(?![\d])")
_PHONE = re.compile(
    r"(?<![\d+])(?:(?:\+|00)47[ \u00a0]?)?"
    r"(?:\d{2}[ \u00a0]?\d{2}[ \u00a0]?\d{2}[ \u00a0]?\d{2}|\d{3}[ \u00a0]?\d{2}[ \u00a0]?\d{3})"
    r"(?![\d])"
)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def find_personal_data(text: str) -> list[tuple[str, str]]:
    """(kind, matched text) for each thing in `text` that may identify a person."""
    found = []
    taken: list[tuple[int, int]] = []
    for m in _ELEVEN.finditer(text):
        digits = m.group(1) + m.group(2)
        kind = "fødselsnummer/D-nummer" if fodselsnummer.is_valid(digits) else "11-sifret tall"
        # Shown masked: the messages end up in terminals, logs and control reports.
        found.append((kind, m.group(1) + "*****"))
        taken.append(m.span())
    for m in _PHONE.finditer(text):
        if not any(a <= m.start() < b for a, b in taken):
            found.append(("telefonnummer", m.group(0)))
    found += [("e-postadresse", m.group(0)) for m in _EMAIL.finditer(text)]
    return found


def load_allowlist(folder: Path) -> set[tuple[str, str, str]]:
    """{(file, 'Sheet!Cell', text)} the analyst has reviewed and accepted for publishing."""
    path = folder / ALLOWLIST
    if not path.is_file():
        return set()
    raw = tomllib.loads(path.read_text(encoding="utf-8"))
    return {(e["fil"], e["celle"], e["tekst"]) for e in raw.get("godkjent", [])}
