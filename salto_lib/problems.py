"""Problems found in the workbooks, collected as data (never raised one at a time).

Each problem names the file, the sheet and the Excel cell, the value found, what is allowed and,
where one is close, a suggestion. Severity decides what happens:

- ``feil`` (error): the run stops and nothing is published;
- ``advarsel`` (warning): reported, the run goes on;
- ``merknad`` (note): a forgiven spelling that was normalised, recorded so the analyst sees it.
"""

from __future__ import annotations

from dataclasses import dataclass

ERROR, WARNING, NOTE = "feil", "advarsel", "merknad"
_ORDER = {ERROR: 0, WARNING: 1, NOTE: 2}


@dataclass(frozen=True)
class Problem:
    severity: str
    code: str  # stable identifier of the kind of problem, e.g. "unknown_value"
    file: str
    message: str
    sheet: str | None = None
    cell: str | None = None  # "C14"; None when the problem concerns a whole sheet or file
    value: str | None = None
    allowed: tuple[str, ...] = ()
    suggestion: str | None = None

    @property
    def where(self) -> str:
        """`Tiltak!C14`, `Tiltak` or '' — the place inside the file."""
        if self.sheet and self.cell:
            return f"{self.sheet}!{self.cell}"
        return self.sheet or ""

    def __str__(self) -> str:
        place = f"{self.file}, {self.where}" if self.where else self.file
        text = self.message
        if self.suggestion:
            text += f" — mente du «{self.suggestion}»?"
        if self.allowed and self.severity == ERROR:
            text += "" if text.endswith((".", "?", "!")) else "."
            text += " Tillatt: " + ", ".join(f"«{a}»" for a in self.allowed) + "."
        return f"{self.severity.upper():8} {place}: {text}"

    def as_dict(self) -> dict:
        return {
            "severity": self.severity,
            "code": self.code,
            "file": self.file,
            "sheet": self.sheet,
            "cell": self.cell,
            "value": self.value,
            "message": self.message,
            "allowed": list(self.allowed),
            "suggestion": self.suggestion,
        }


def sort_problems(problems: list[Problem]) -> list[Problem]:
    """Errors first, then warnings, then notes; within each, by file and position."""

    def position(p: Problem) -> tuple:
        cell = p.cell or ""
        col = "".join(c for c in cell if c.isalpha())
        row = int("".join(c for c in cell if c.isdigit()) or 0)
        return (p.sheet or "", row, len(col), col)

    return sorted(problems, key=lambda p: (_ORDER[p.severity], p.file, position(p)))


class InvalidData(Exception):
    """The workbooks have errors; `problems` lists every one of them."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        errors = [p for p in problems if p.severity == ERROR]
        super().__init__(f"{len(errors)} feil i arbeidsbøkene:\n" + "\n".join(map(str, errors)))
