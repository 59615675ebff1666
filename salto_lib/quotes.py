"""The quotes an edition publishes: chosen by the analyst in `book/<year>/sitater.toml`, each an
exact excerpt of one unit's answer, proved against the workbooks before any notebook runs (and
again by `verify`).

    [[sitat]]
    sporsmal = "sitater_maloppnaelse"   # the question's key in the texts (see `nokler`)
    enhet = "Bydel Alna"
    utdrag = "Vi har fått et bedre samarbeid med skolene."

An excerpt is found when it stands in the answer after the forgiving normalisation of
`text.clean_line` (white space, hard spaces, Unicode form; not letter case or words). A leading
or trailing «…» marks a cut, and «…» inside an excerpt leaves words out: each part must then
stand in the answer, in order.

>>> found("Vi har fått et bedre samarbeid. Det tar tid.", "…bedre samarbeid. … tar tid")
True
>>> found("Vi har fått et bedre samarbeid.", "et godt samarbeid")
False
"""

from __future__ import annotations

import difflib
import tomllib
from dataclasses import dataclass
from pathlib import Path

from salto_lib import answers, text
from salto_lib.period import PlanPeriod

FILE = "sitater.toml"
KEYS = {"sporsmal", "enhet", "utdrag"}
_CUT = ("…", "...")


@dataclass(frozen=True)
class Quote:
    """One selected quote: the question's book key, the unit, the excerpt and its line."""

    question: str
    unit: str
    excerpt: str
    line: int


@dataclass(frozen=True)
class Proof:
    """Where a quote was found (or not): the workbook and cell of the unit's answer."""

    quote: Quote
    file: str
    cell: str
    ok: bool


def _parts(excerpt: str) -> list[str]:
    cleaned = text.clean_line(excerpt.replace("...", "…"))
    return [p.strip() for p in cleaned.split("…") if p.strip()]


def found(answer: str, excerpt: str) -> bool:
    """Whether every part of `excerpt` stands in `answer`, in order."""
    haystack, start = text.clean_line(answer.replace("...", "…")), 0
    for part in _parts(excerpt):
        at = haystack.find(part, start)
        if at < 0:
            return False
        start = at + len(part)
    return bool(_parts(excerpt))


def _lines_of_entries(raw_text: str) -> list[int]:
    return [n for n, line in enumerate(raw_text.splitlines(), 1) if line.strip() == "[[sitat]]"]


def load_quotes(path: Path, shown: str | Path) -> tuple[list[Quote], list[str]]:
    """The quotes of `path` and the problems of its form, each `shown:line: …`."""
    if not path.is_file():
        return [], []
    raw_text = path.read_text(encoding="utf-8")
    try:
        raw = tomllib.loads(raw_text)
    except tomllib.TOMLDecodeError as exc:
        return [], [f"{shown}:1: kan ikke leses som TOML ({exc})"]
    problems, quotes = [], []
    unknown = set(raw) - {"sitat"}
    if unknown:
        problems.append(f"{shown}:1: ukjent nøkkel {', '.join(sorted(unknown))}; bruk [[sitat]]")
    lines = _lines_of_entries(raw_text)
    for i, entry in enumerate(raw.get("sitat", [])):
        line = lines[i] if i < len(lines) else 1
        missing = [k for k in sorted(KEYS) if not str(entry.get(k, "")).strip()]
        extra = sorted(set(entry) - KEYS)
        if missing or extra:
            what = (f"mangler {', '.join(missing)}" if missing else "") + (
                f"{'; ' if missing else ''}ukjent {', '.join(extra)}" if extra else ""
            )
            problems.append(f"{shown}:{line}: sitatet {what} (trenger sporsmal, enhet, utdrag)")
            continue
        quotes.append(
            Quote(entry["sporsmal"].strip(), entry["enhet"].strip(), entry["utdrag"], line)
        )
    return quotes, problems


def prove(quotes: list[Quote], reports, period: PlanPeriod, shown: str | Path):
    """Each quote against its unit's answer: the proofs, the errors and the warnings, as
    `shown:line: …`. A quote of a unit that sent no workbook this year is left out with a
    warning (the missing workbook is already a warning of its own); any other quote that does
    not stand in its answer is an error."""
    keys = {f.book_key: f.key for f in period.quoted_fields}
    proofs, errors, warnings = [], [], []
    for q in quotes:
        where = f"{shown}:{q.line}"
        if q.question not in keys:
            near = difflib.get_close_matches(q.question, sorted(keys), n=1)
            hint = f" — mente du «{near[0]}»?" if near else ""
            errors.append(
                f"{where}: ukjent spørsmål «{q.question}»{hint} Kjente: {', '.join(keys)}"
            )
            continue
        unit = text.canonical(q.unit, period.units)
        if unit is None:
            hint = text.suggest(q.unit, period.units)
            errors.append(
                f"{where}: «{q.unit}» er ikke en enhet i planperioden"
                + (f" — mente du «{hint}»?" if hint else "")
            )
            continue
        got = answers.answer_of(reports, period, keys[q.question], unit)
        if got is None:
            warnings.append(f"{where}: {unit} har ikke levert arbeidsbok; sitatet er utelatt")
            continue
        answer, file, cell = got
        ok = found(answer, q.excerpt)
        proofs.append(Proof(q, file, cell, ok))
        if not ok:
            errors.append(
                f"{where}: utdraget står ikke ordrett i svaret til {unit} ({file}, {cell}): "
                f"«{text.clean_line(q.excerpt)[:80]}»"
            )
    return proofs, errors, warnings


def proved(quotes: list[Quote], reports, period: PlanPeriod) -> list[Quote]:
    """The quotes that stand in their units' answers (what the book shows)."""
    return [p.quote for p in prove(quotes, reports, period, "")[0] if p.ok]


def by_question(quotes: list[Quote]) -> dict[str, list[Quote]]:
    """The quotes under each question's book key, in the file's order."""
    grouped: dict[str, list[Quote]] = {}
    for q in quotes:
        grouped.setdefault(q.question, []).append(q)
    return grouped
