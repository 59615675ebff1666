"""Norwegian formatting of numbers, shares, dates and lists for the report's text.

A no-break space (U+00A0) groups thousands and separates number and per cent sign, so a number
never breaks over two lines; XeLaTeX and every browser font have it (U+202F is missing in some).

>>> number(1234), number(333), percent(0.125), percent(55, 333)
('1\\xa0234', '333', '12,5\\xa0%', '16,5\\xa0%')
>>> date("2023-01-13"), join(["Alna", "Bjerke", "Grorud"])
('13. januar 2023', 'Alna, Bjerke og Grorud')

Running text writes the numbers up to twelve as words, as Norwegian style guides ask
(`words(4)` is "fire"); tables and figures keep digits, so they line up and can be compared.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

NBSP = "\u00a0"
# 0–12 in words; "ett" is the neuter form ("ett tiltak"), "én" the common form ("én enhet").
WORDS = "null en to tre fire fem seks sju åtte ni ti elleve tolv".split()
MONTHS = (
    "januar februar mars april mai juni juli august september oktober november desember".split()
)


def number(value: int | float, decimals: int = 0) -> str:
    """`1 234`, `12,5`: space-grouped thousands, decimal comma."""
    text = f"{value:,.{decimals}f}"
    return text.replace(",", NBSP).replace(".", ",")


def words(value: int, neuter: bool = False) -> str:
    """`fire`, `tolv`, `13`: a whole number in running text, in words up to twelve.

    One is "én" (common gender) or, with `neuter`, "ett" ("ett tiltak"). Only for prose:
    tables and figures use `number`.

    >>> words(4), words(12), words(13), words(1), words(1, neuter=True), words(1234)
    ('fire', 'tolv', '13', 'én', 'ett', '1\xa0234')
    """
    n = int(value)
    if n == 1:
        return "ett" if neuter else "én"
    if 0 <= n < len(WORDS):
        return WORDS[n]
    return number(n)


def percent(part: float, whole: float | None = None, decimals: int = 1) -> str:
    """`12,5 %` from a share (`percent(0.125)`) or from a part of a whole (`percent(55, 333)`).

    An empty whole gives `0 %` rather than an error: a unit may have no measures in an area.
    """
    share = part if whole is None else (part / whole if whole else 0.0)
    value = round(share * 100, decimals)
    text = number(value, decimals)
    if decimals and text.endswith("," + "0" * decimals):
        text = text[: -(decimals + 1)]  # "50 %", not "50,0 %"
    return f"{text}{NBSP}%"


def date(value: str | dt.date) -> str:
    """`13. januar 2023` from an ISO date or a date."""
    day = dt.date.fromisoformat(value) if isinstance(value, str) else value
    return f"{day.day}. {MONTHS[day.month - 1]} {day.year}"


def join(items: Iterable[str], word: str = "og") -> str:
    """`A, B og C`: a Norwegian list (no comma before `og`)."""
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {word} " + items[-1]


def count(n: int, singular: str, plural: str) -> str:
    """`1 tiltak`, `3 enheter`: a number with the noun in the right form (tables, captions)."""
    return f"{number(n)} {singular if n == 1 else plural}"


def count_words(n: int, singular: str, plural: str, neuter: bool = False) -> str:
    """`fire enheter`, `ett tiltak`, `78 tiltak`: `count` for running text (see `words`).

    >>> count_words(1, "tiltak", "tiltak", neuter=True), count_words(17, "enhet", "enheter")
    ('ett tiltak', '17 enheter')
    """
    return f"{words(n, neuter)} {singular if n == 1 else plural}"


def signed(n: int) -> str:
    """A change with its sign, as Norwegian typesetting writes it (a real minus sign).

    >>> signed(3), signed(-1234), signed(0)
    ('+3', '−1\\xa0234', '0')
    """
    if n == 0:
        return "0"
    return ("+" if n > 0 else "\u2212") + number(abs(n))
