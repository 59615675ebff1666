"""Forgiving comparison of what people type: white space, hard spaces, letter case, Unicode form.

The workbook format (docs/arbeidsboka.md) forgives these differences in fixed values, labels and
headers, but every change must be recorded: `changes` says, in Norwegian, what was changed to
reach the clean value.

>>> canonical("  rus  blant\\u00a0UNGE ", ["Vold blant jevnaldrende", "Rus blant unge"])
'Rus blant unge'
>>> changes("  rus  blant\\u00a0UNGE ", "Rus blant unge")  # doctest: +NORMALIZE_WHITESPACE
['mellomrom før/etter fjernet', 'hardt mellomrom erstattet',
 'doble mellomrom slått sammen', 'store/små bokstaver rettet']
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable
from functools import cache

HARD_SPACES = "\u00a0\u2007\u202f"
_HARD = str.maketrans({c: " " for c in HARD_SPACES})
_RUNS = re.compile(r"[ \t]{2,}")
# Characters that change the direction text is shown in: a value holding one can show
# something else than it says, so it is an error (`bidi_controls`), never removed in silence.
BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# Letters that look like nothing (fillers) besides the format characters (zero-width space,
# joiners, soft hyphen, BOM), all removed before values are compared.
_FILLERS = frozenset("\u115f\u1160\u3164\uffa0\u2800")


@cache  # every cell of every workbook goes through here, character by character
def is_invisible(c: str) -> bool:
    """A character that shows as nothing (not white space): removed by `clean_line`."""
    return c not in BIDI and (unicodedata.category(c) == "Cf" or c in _FILLERS)


# A quick test before the character-by-character one: the invisible characters of the Basic
# Multilingual Plane (read from unicodedata once) and every character beyond it.
_MAYBE_INVISIBLE = re.compile(
    "["
    + re.escape("".join(c for c in map(chr, range(0x10000)) if is_invisible.__wrapped__(c)))
    + "\U00010000-\U0010ffff]"
)


def _visible_only(value: str) -> str:
    if value.isascii() or not _MAYBE_INVISIBLE.search(value):
        return value
    return "".join(c for c in value if not is_invisible(c))


def clean_line(value: str) -> str:
    """One-line value as meant: NFC, hard spaces as spaces, invisible characters removed, inner
    runs collapsed, ends stripped."""
    value = _visible_only(unicodedata.normalize("NFC", value)).translate(_HARD)
    return " ".join(value.split())


def clean_text(value: str) -> str:
    """Free text: like `clean_line`, but line breaks (paragraphs) are kept."""
    value = unicodedata.normalize("NFC", value).translate(_HARD).replace("\r\n", "\n")
    value = _visible_only(value)
    lines = [_RUNS.sub(" ", line).strip() for line in value.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def fold(value: str) -> str:
    """The key two spellings share when they differ only in forgiven ways."""
    return clean_line(value).casefold()


def canonical(value: str, allowed: Iterable[str]) -> str | None:
    """The allowed value that `value` is a forgiven spelling of, or None."""
    key = fold(value)
    return next((a for a in allowed if fold(a) == key), None)


def suggest(value: str, allowed: Iterable[str]) -> str | None:
    """The allowed value closest to a wrong one, when one is close enough to be a likely typo."""
    allowed = list(allowed)
    by_fold = {fold(a): a for a in allowed}
    close = difflib.get_close_matches(fold(value), list(by_fold), n=1, cutoff=0.6)
    if close:
        return by_fold[close[0]]
    # A prefix of an allowed value ("Ikke" for "Ikke igangsatt") is also a likely slip.
    starts = [a for a in allowed if fold(a).startswith(fold(value)) and fold(value)]
    return starts[0] if len(starts) == 1 else None


def changes(raw: str, result: str) -> list[str]:
    """What was changed to turn `raw` into `result`, in words for the validation report."""
    found = []
    if raw != raw.strip(" \t\r\n" + HARD_SPACES):
        found.append("mellomrom før/etter fjernet")
    if any(c in raw for c in HARD_SPACES):
        found.append("hardt mellomrom erstattet")
    if _RUNS.search(raw.translate(_HARD).strip()):
        found.append("doble mellomrom slått sammen")
    if unicodedata.normalize("NFC", raw) != raw:
        found.append("Unicode-form (NFD) gjort om til NFC")
    invisible = sorted({c for c in raw if is_invisible(c)})
    if invisible:
        found.append("usynlige tegn fjernet: " + " ".join(_code(c) for c in invisible))
    if " ".join(clean_line(raw).split()) != clean_line(result) and fold(raw) == fold(result):
        found.append("store/små bokstaver rettet")
    return found or (["normalisert"] if raw != result else [])


_NORWEGIAN_ORDER = str.maketrans({"æ": "{", "ø": "|", "å": "}", "ü": "y", "é": "e"})


def sort_key(name: str) -> str:
    """Norwegian alphabetical order (… z, æ, ø, å) for unit names."""
    return fold(name).translate(_NORWEGIAN_ORDER)


def slug(name: str) -> str:
    """`bydel-sondre-nordstrand`: a name as an ASCII file and label name.

    >>> slug("Bydel Søndre Nordstrand"), slug("Bydel St. Hanshaugen")
    ('bydel-sondre-nordstrand', 'bydel-st-hanshaugen')
    """
    folded = fold(name).translate(str.maketrans({"æ": "ae", "ø": "o", "å": "a"}))
    ascii_ = unicodedata.normalize("NFKD", folded).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_).strip("-")


def _code(c: str) -> str:
    return f"⟨U+{ord(c):04X}⟩"


def bidi_controls(value: str) -> list[str]:
    """The direction controls in `value`, as `⟨U+202E⟩`."""
    return sorted({_code(c) for c in value if c in BIDI})


_WORD = re.compile(r"\w+")


@cache
def _script(c: str) -> str | None:
    if not c.isalpha():
        return None
    name = unicodedata.name(c, "")
    return next((s for s in ("LATIN", "CYRILLIC", "GREEK") if name.startswith(s)), "OTHER")


def lookalikes(value: str) -> list[str]:
    r"""Words mixing Latin letters with Cyrillic or Greek ones (`Аlna` with a Cyrillic А), each
    with the foreign letters named: such a word looks right and is something else.

    >>> lookalikes("Bydel \u0410lna")[0].endswith("lna» (⟨U+0410⟩ CYRILLIC CAPITAL LETTER A)")
    True
    """
    found = []
    if value.isascii():  # Latin letters only
        return found
    for word in _WORD.findall(value):
        scripts = {_script(c) for c in word} - {None}
        if "LATIN" in scripts and scripts & {"CYRILLIC", "GREEK"}:
            odd = sorted({c for c in word if _script(c) in ("CYRILLIC", "GREEK")})
            named = ", ".join(f"{_code(c)} {unicodedata.name(c)}" for c in odd)
            found.append(f"«{word}» ({named})")
    return found


_LONG = 200  # characters of one quoted value in a message


def printable(line: str) -> str:
    r"""A message safe to print as one line: control, invisible and direction characters shown
    as `⟨U+200B⟩`, a long quoted value cut with «…».

    >>> printable("Bydel\u200b Alna\nFEIL falsk linje")
    'Bydel⟨U+200B⟩ Alna⟨U+000A⟩FEIL falsk linje'
    """
    shown = "".join(
        _code(c)
        if unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") or c in BIDI or c in _FILLERS
        else c
        for c in line
    )
    return re.sub(f"«([^»]{{{_LONG}}})[^»]{{2,}}»", lambda m: f"«{m.group(1)}…»", shown)
