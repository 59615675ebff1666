"""Check the edition's texts before any notebook runs: no number typed by hand, no unknown key.

Every number a reader sees must come from the data, so a chapter text writes `{{ antall_tiltak }}`
and never `333`. A digit outside a `{{ substitution }}` is an error naming `book/<year>/<file>:
<line>`, unless the line holds a phrase from the edition's short, reviewed allowlist
(`[[tall_godkjent]]` in `book/<year>/utgave.toml`, listed in the provenance appendix). A
`{{ key }}` that the build does not know is an error too, with the nearest known key, so a typo
is found in a second instead of after the notebooks have run.

>>> [str(p) for p in check_text("Det er 333 tiltak.\\n", Path("a.md"), {"antall_tiltak"})]
['a.md:1: tallet «333» er skrevet inn for hånd; bruk en nøkkel, f.eks. {{ antall_tiltak }}']
>>> [str(p) for p in check_text("{{ antal_tiltak }}\\n", Path("a.md"), {"antall_tiltak"})]
['a.md:1: ukjent nøkkel {{ antal_tiltak }} — mente du {{ antall_tiltak }}?']
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from pathlib import Path

_KEY = re.compile(r"\{\{\s*([^{}]*?)\s*\}\}")
# Lines that lay out the page rather than say something: directive heads and options
# (```` ```{figure} figurer/a-1.svg ````, `:width: 80%`), target labels (`(fig-1)=`), comments.
_LAYOUT = re.compile(r"^\s*(```.*|~~~.*|:[\w-]+:.*|\([\w.-]+\)=\s*|<!--.*-->\s*)$")
# Targets of cross-reference roles are names, not numbers shown (`{numref}`fig-3``).
_ROLE_TARGET = re.compile(r"\{(?:numref|ref|doc|eq|download)\}`[^`]*`")
_DIGITS = re.compile(r"\d[\d\s.,:%–-]*\d|\d")


@dataclass(frozen=True)
class TextProblem:
    """One finding in a text file, shown as `file:line: message`."""

    file: Path
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file.as_posix()}:{self.line}: {self.message}"


def check_text(text: str, name: Path, keys: set[str], allowed: list[str] = ()) -> list[TextProblem]:
    """Every hand-typed number and unknown key in one text; `name` is how the file is shown."""
    problems = []
    for number, line in enumerate(text.splitlines(), start=1):
        for key in _KEY.findall(line):
            if key not in keys:
                near = difflib.get_close_matches(key, sorted(keys), n=1, cutoff=0.6)
                hint = f" — mente du {{{{ {near[0]} }}}}?" if near else ""
                problems.append(TextProblem(name, number, f"ukjent nøkkel {{{{ {key} }}}}{hint}"))
        if _LAYOUT.match(line):
            continue
        visible = _ROLE_TARGET.sub("", _KEY.sub("", line))
        for phrase in allowed:
            visible = visible.replace(phrase, "")
        for match in _DIGITS.finditer(visible):
            problems.append(
                TextProblem(
                    name,
                    number,
                    f"tallet «{match.group().strip()}» er skrevet inn for hånd; bruk en nøkkel, "
                    "f.eks. {{ antall_tiltak }}",
                )
            )
    return problems


def check_texts(files: list[Path], root: Path, keys: set[str], allowed: list[str] = ()):
    """Check every file; names are shown relative to `root` (the repository)."""
    problems = []
    for path in files:
        shown = path.relative_to(root) if path.is_relative_to(root) else path
        problems += check_text(path.read_text(encoding="utf-8"), shown, keys, allowed)
    return problems
