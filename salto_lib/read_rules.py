"""The rules one row of the measures table must keep, one small function each.

A rule looks at a `Row` (its converted values and their cells) and records what is wrong in
the log. `RULES` lists them in the order their messages are wanted; `is_measure` says whether
the row becomes a measure.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from salto_lib import text
from salto_lib.period import PlanPeriod, Sheet
from salto_lib.problems import ProblemLog
from salto_lib.read_cells import EMPTY, INVALID

# The columns without which a row is not a measure (the others may be empty).
ESSENTIAL = ("area", "title", "status")


@dataclass
class Row:
    """One non-empty row of the measures table, its values converted."""

    number: int
    values: dict[str, object]  # field key -> value, EMPTY or INVALID
    cells: dict[str, str]  # field key -> "C14", for the columns the sheet has
    filled: list[str]  # the cells that have something in them
    spec: Sheet
    period: PlanPeriod
    repeated: bool = False  # the same measure stands in an earlier row

    def cell(self, key: str) -> str:
        return self.cells.get(key) or f"rad {self.number}"


@dataclass
class Seen:
    """What earlier rows of the same sheet had (for rules across rows)."""

    titles: dict[tuple[str, str], int] = field(default_factory=dict)


def essentials_filled(row: Row, seen: Seen, log: ProblemLog) -> None:
    """Area, title and status are filled in."""
    for key in ESSENTIAL:
        if row.values[key] is EMPTY:
            fld = row.spec.field(key)
            log.add(
                "missing_value",
                f"«{fld.label}» er ikke fylt ut for tiltaket i rad {row.number} "
                f"(raden har innhold i {', '.join(row.filled[:4])})",
                row.spec.name,
                row.cells[key],
                allowed=row.period.allowed(fld),
            )


def no_reason_when_started(row: Row, seen: Seen, log: ProblemLog) -> None:
    """A started measure has no reason for not being started."""
    p, reason = row.period, row.values["reason"]
    if row.values["status"] == p.started and reason not in (EMPTY, INVALID):
        log.add(
            "reason_when_started",
            f"Årsak «{reason}» er fylt ut, men status er «{p.started}»: "
            f"tøm cellen, eller sett status til «{p.not_started}»",
            row.spec.name,
            row.cell("reason"),
            value=reason,
        )


def reason_when_not_started(row: Row, seen: Seen, log: ProblemLog) -> None:
    """A measure that has not started says why."""
    p = row.period
    if row.values["status"] == p.not_started and row.values["reason"] is EMPTY:
        log.add(
            "missing_reason",
            f"Status er «{p.not_started}», men årsak mangler",
            row.spec.name,
            row.cell("reason"),
            allowed=p.reasons,
        )


def title_once_per_area(row: Row, seen: Seen, log: ProblemLog) -> None:
    """No measure twice in one area (titles compared up to forgiven spellings)."""
    if not is_measure(row):
        return
    title = text.clean_line(row.values["title"])
    key = (row.values["area"], text.fold(title))
    if key in seen.titles:
        log.add(
            "duplicate_measure",
            f"Tiltaket «{title}» står to ganger i samme innsatsområde "
            f"(også i rad {seen.titles[key]})",
            row.spec.name,
            row.cells["title"],
            value=title,
        )
        row.repeated = True  # the first row is the measure; this one is not
        return
    seen.titles[key] = row.number


RULES = (essentials_filled, no_reason_when_started, reason_when_not_started, title_once_per_area)


def is_measure(row: Row) -> bool:
    """The essential values are all there and valid, and it is not a repeated measure."""
    return not row.repeated and all(row.values[k] not in (EMPTY, INVALID) for k in ESSENTIAL)
