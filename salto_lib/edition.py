"""An edition's identity: `book/<year>/utgave.toml` says when and by whom it was published.

The publication date comes from this file, never from the clock: a rebuilt edition shows the date
it was published, and two builds of one edition are the same. Until `publisert` is set the edition
is a draft, and says «utkast» in its title and on every page, so a draft is never mistaken for the
published report.

>>> e = Edition(year=2024, published=None)
>>> e.title, e.draft
('SaLTo årsrapport 2024 (utkast)', True)
"""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

FILE = "utgave.toml"
PUBLISHER = "SaLTo-sekretariatet, Velferdsetaten, Oslo kommune"

# key: (type, what it means). Every key is optional.
KEYS = {
    "publisert": (dt.date, "publiseringsdatoen, f.eks. 2025-03-14 (uten den er utgaven et utkast)"),
    "utgiver": (str, "hvem som gir ut rapporten"),
    "kontakt": (str, "e-postadresse eller side for spørsmål om rapporten"),
    "nettadresse": (str, "adressen der nettutgaven publiseres, f.eks. https://…/salto/2024/"),
    "lisens_tekst": (str, "lisensen for teksten, f.eks. «CC BY 4.0»"),
    "lisens_data": (str, "lisensen for dataene, f.eks. «NLOD 2.0»"),
    "eksempeldata": (bool, "true når dataene er eksempeldata, ikke enhetenes egne svar"),
    "sitater_navngitt": (bool, "true når sitatene i kapittel 2 og 7 skal vise enhetens navn"),
    "tall_godkjent": (list, "tekster med sifre som kan stå i teksten ([[tall_godkjent]])"),
}


class EditionError(Exception):
    """`utgave.toml` cannot be used; the message names the file and line, in Norwegian."""


@dataclass(frozen=True)
class Allowed:
    """A phrase with digits an edition may write by hand, and why (shown in the appendix)."""

    text: str
    reason: str


@dataclass(frozen=True)
class Edition:
    year: int
    published: dt.date | None = None
    publisher: str = PUBLISHER
    contact: str = ""
    base_url: str = ""
    licence_text: str = "CC BY 4.0"
    licence_data: str = "NLOD 2.0"
    sample_data: bool = False
    allowed_numbers: tuple[Allowed, ...] = field(default=())
    name_quoted_units: bool = False  # quotes are anonymous unless the edition says otherwise
    source: Path | None = None

    @property
    def draft(self) -> bool:
        return self.published is None

    @property
    def title(self) -> str:
        return f"SaLTo årsrapport {self.year}" + (" (utkast)" if self.draft else "")

    def epoch(self) -> int | None:
        """Seconds since 1970 (UTC) at the publication date: the edition's time stamps."""
        if self.published is None:
            return None
        return int(dt.datetime.combine(self.published, dt.time(), dt.UTC).timestamp())


def _line_of(text: str, key: str) -> int:
    for number, line in enumerate(text.splitlines(), start=1):
        if line.split("=")[0].strip().strip("[]") == key:
            return number
    return 1


def load_edition(folder: Path, year: int) -> Edition:
    """Read `folder/utgave.toml` (a draft with defaults when there is no such file)."""
    path = folder / FILE
    if not path.is_file():
        return Edition(year=year)
    text = path.read_text(encoding="utf-8")
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise EditionError(
            f"{path}:{_line_of_error(str(exc))}: kan ikke leses som TOML ({exc})"
        ) from None
    for key, value in raw.items():
        if key not in KEYS:
            known = ", ".join(KEYS)
            raise EditionError(
                f"{path}:{_line_of(text, key)}: ukjent nøkkel «{key}». Kjente: {known}"
            )
        kind, meaning = KEYS[key]
        if not isinstance(value, kind) or (kind is dt.date and isinstance(value, dt.datetime)):
            raise EditionError(f"{path}:{_line_of(text, key)}: «{key}» skal være {meaning}")
    allowed = []
    for entry in raw.get("tall_godkjent", []):
        if not isinstance(entry, dict) or not entry.get("tekst") or not entry.get("grunn"):
            raise EditionError(
                f"{path}:{_line_of(text, 'tall_godkjent')}: hver [[tall_godkjent]] trenger "
                "«tekst» (den nøyaktige teksten) og «grunn» (hvorfor den kan stå)"
            )
        allowed.append(Allowed(str(entry["tekst"]), str(entry["grunn"])))
    return Edition(
        year=year,
        published=raw.get("publisert"),
        publisher=raw.get("utgiver", PUBLISHER),
        contact=raw.get("kontakt", ""),
        base_url=raw.get("nettadresse", ""),
        licence_text=raw.get("lisens_tekst", "CC BY 4.0"),
        licence_data=raw.get("lisens_data", "NLOD 2.0"),
        sample_data=raw.get("eksempeldata", False),
        allowed_numbers=tuple(allowed),
        name_quoted_units=raw.get("sitater_navngitt", False),
        source=path,
    )


def _line_of_error(message: str) -> int:
    # tomllib's message ends "(at line 3, column 7)".
    marker = "at line "
    if marker in message:
        return int(message.split(marker, 1)[1].split(",")[0].rstrip(")"))
    return 1
