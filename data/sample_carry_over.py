"""A sample year derived from the year before (the 2025 sample, `recipe = "carry_over"`).

The previous year's workbooks (`<out>/<year - 1>/`, read and validated like any year's folder)
are carried over measure by measure with the same unit, area, title and descriptions, except
what the content lists (`data/sample/<year>/*.toml`): measures still not started (with this
year's explanation), started measures paused or dropped, new measures, and this year's examples.
A measure that was not started and is not listed as still not started has started. Sheet
`Vurdering` is written anew; `Enhet` keeps last year's answers. `generate` ends by reading the
new folder back and printing the figures `data/README.md` lists.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace
from typing import NamedTuple

from openpyxl import Workbook
from sample_workbooks import (
    LABEL_WIDTH,
    Row,
    pick,
    remove_stale_files,
    resolve,
    save_sample,
    write_labelled_sheet,
)
from sample_workbooks import write_measure_sheet as write_measures

from salto_lib import text
from salto_lib.dataset import Dataset, load_dataset
from salto_lib.period import PlanPeriod, period_for_year


class NotStarted(NamedTuple):
    """A measure that is not started this year: the reason (short key) and this year's text."""

    reason: str
    explanation: str


class New(NamedTuple):
    """A measure that first appears this year. An empty `reason` means it has started."""

    unit: str
    area: str
    title: str
    achieves: str
    benefits: str
    reason: str = ""
    explanation: str = ""
    example: bool = False


class Outlook(NamedTuple):
    looking_back: str
    next_plan: str
    other_empty: bool = False


def read_content(content: dict) -> SimpleNamespace:
    """The TOML tables as named tuples; a measure is keyed by (unit, exact title)."""

    def keyed(items) -> dict:
        return {(m["unit"], m["title"]): NotStarted(m["reason"], m["explanation"]) for m in items}

    return SimpleNamespace(
        blank_example_units=tuple(content["blank_example_units"]),
        started_notes=tuple(content["started_notes"]),
        still_not_started=keyed(content["still_not_started"]),
        paused=keyed(content["paused"]),
        dropped=tuple((m["unit"], m["title"]) for m in content["dropped"]),
        examples=tuple((m["unit"], m["title"]) for m in content["examples"]),
        new=tuple(New(**m) for m in content["new"]),
        outlooks={k: Outlook(**v) for k, v in content["outlooks"].items()},
        assessment_pools=content["assessment_pools"],
    )


@dataclass(frozen=True)
class Last:
    """One measure of last year, as read from its workbooks."""

    unit: str
    area: str
    title: str
    started: bool
    achieves: str
    benefits: str
    description: str = ""


def generate(year: int, content: dict, out_root: Path) -> None:
    c = read_content(content)
    c.year, c.last_year, c.out_dir = year, year - 1, out_root / str(year)
    c.last_dir = out_root / str(c.last_year)
    period = read_period(c)
    last, answers = read_last_year(c, period)
    check_content(c, period, last)
    rows = plan_rows(c, period, last)
    check_rows(c, period, rows)
    written = [
        write_workbook(c, content, period, unit, rows[unit], answers[unit], index)
        for index, unit in enumerate(period.units)
    ]
    remove_stale_files(c.out_dir, c.year, written)
    summarise(c, period, last, written)


def key(unit: str, title: str) -> tuple[str, str]:
    """How a measure is matched from year to year: the unit and the normalised title."""
    return unit, text.fold(title)


# --- input --------------------------------------------------------------------------------


def read_period(c) -> PlanPeriod:
    period = period_for_year(c.year)
    if period is None:
        raise SystemExit(f"Ingen planperiode dekker {c.year}.")
    if c.last_year not in period.years:
        raise SystemExit(f"{c.last_year} hører ikke til planperioden {period.name}.")
    return period


def read_last_year(c, period: PlanPeriod) -> tuple[dict[str, list[Last]], dict[str, dict]]:
    """Last year's measures per unit in sheet order, and each unit's `Enhet` answers."""
    dataset: Dataset = load_dataset(c.last_dir, strict=True)
    if dataset.year != c.last_year or dataset.period is None or dataset.period.name != period.name:
        raise SystemExit(f"data/{c.last_year} er ikke {c.last_year} i planperioden {period.name}.")
    if dataset.missing_units:
        raise SystemExit(f"data/{c.last_year} mangler {dataset.missing_units}.")
    measures = dataset.measures.sort_values(["unit", "row"], kind="stable")
    last: dict[str, list[Last]] = {unit: [] for unit in period.units}
    for m in measures.itertuples():
        last[m.unit].append(
            Last(
                m.unit,
                m.area,
                m.title,
                m.status == period.started,
                m.achieves,
                m.benefits,
                m.description,
            )
        )
    answers = {u.unit: u._asdict() for u in dataset.units.itertuples(index=False)}
    return last, answers


def check_content(c, period: PlanPeriod, last: dict[str, list[Last]]) -> None:
    """Every listed measure of last year exists with the expected status; lists do not overlap; new
    titles are new in their unit; every key resolves."""
    status = {key(m.unit, m.title): m.started for ms in last.values() for m in ms}

    def check(keys, started: bool | None, what: str) -> set:
        found = set()
        for k in keys:
            got = status.get(key(*k))
            if got is None:
                raise ValueError(f"{what}: {k} is not a {c.last_year} measure")
            if started is not None and got != started:
                raise ValueError(f"{what}: {k} has the wrong {c.last_year} status")
            found.add(key(*k))
        if len(found) != len(keys):
            raise ValueError(f"{what}: a measure is listed twice")
        return found

    still = check(c.still_not_started, False, "STILL_NOT_STARTED")
    paused = check(c.paused, True, "PAUSED")
    dropped = check(c.dropped, True, "DROPPED")
    examples = check(c.examples, None, "EXAMPLES")
    if paused & dropped or examples & dropped:
        raise ValueError("a dropped measure is also paused or an example")
    for new in c.new:
        if new.unit not in period.units:
            raise ValueError(f"unknown unit {new.unit!r}")
        if key(new.unit, new.title) in status:
            raise ValueError(f"{new.title!r} is already a {c.last_year} measure of {new.unit}")
        resolve(new.area, period.areas)
        if new.reason:
            resolve(new.reason, period.reasons)
    for not_started in [*c.still_not_started.values(), *c.paused.values()]:
        resolve(not_started.reason, period.reasons)
    del still


# --- rows ---------------------------------------------------------------------------------


def plan_rows(c, period: PlanPeriod, last: dict[str, list[Last]]) -> dict[str, list[Row]]:
    """Every unit's measures: per area in plan order, the carried-over ones in last year's
    order, then the new ones."""
    still = {key(*k): v for k, v in c.still_not_started.items()}
    paused = {key(*k): v for k, v in c.paused.items()}
    dropped = {key(*k) for k in c.dropped}
    examples = {key(*k) for k in c.examples}
    new_by_unit_area = defaultdict(list)
    for new in c.new:
        new_by_unit_area[new.unit, resolve(new.area, period.areas)].append(new)

    newly_started = 0
    rows: dict[str, list[Row]] = {}
    for unit in period.units:
        rows[unit] = []
        for area in period.areas:
            for m in (m for m in last[unit] if m.area == area):
                k = key(unit, m.title)
                if k in dropped:
                    continue
                not_started = still.get(k) or paused.get(k)
                explanation = ""
                if not_started is None and not m.started:
                    # Every other measure that started this year carries a short remark.
                    if newly_started % 2 == 0:
                        notes = c.started_notes
                        explanation = notes[newly_started // 2 % len(notes)]
                    newly_started += 1
                rows[unit].append(
                    row(c, period, unit, area, m.title, m.achieves, m.benefits, not_started,
                        explanation, example=k in examples, description=m.description)
                )  # fmt: skip
            for new in new_by_unit_area[unit, area]:
                not_started = NotStarted(new.reason, new.explanation) if new.reason else None
                rows[unit].append(
                    row(c, period, unit, area, new.title, new.achieves, new.benefits, not_started,
                        "", example=new.example)
                )  # fmt: skip
    return rows


def row(
    c, period, unit, area, title, achieves, benefits, not_started, note, *, example, description=""
) -> Row:
    flag = period.yes if example else period.no
    if not example and unit in c.blank_example_units:
        flag = ""
    return Row(
        area=area,
        title=title,
        status=period.not_started if not_started else period.started,
        reason=resolve(not_started.reason, period.reasons) if not_started else "",
        explanation=not_started.explanation if not_started else note,
        achieves=achieves,
        benefits=benefits,
        example=flag,
        # The short description stands only beside a measure shown as an example.
        description=description if example else "",
    )


def check_rows(c, period: PlanPeriod, rows: dict[str, list[Row]]) -> None:
    """No title twice in a unit; some unit has no measure in some area (the workbook format
    allows it); every area has a few examples."""
    for unit, unit_rows in rows.items():
        doubles = [t for t, n in Counter(text.fold(r.title) for r in unit_rows).items() if n > 1]
        if doubles:
            raise ValueError(f"{unit}: titles twice: {doubles}")
    empty = [(u, a) for u in rows for a in period.areas if not any(r.area == a for r in rows[u])]
    if not empty:
        raise ValueError("every unit has measures in every area; keep one empty area")
    for area in period.areas:
        flagged = sum(r.example == period.yes for rs in rows.values() for r in rs if r.area == area)
        if not 2 <= flagged <= 4:
            raise ValueError(f"{area}: {flagged} examples, expected 2-4")


# --- workbooks ----------------------------------------------------------------------------


def write_workbook(c, content, period, unit: str, rows: list[Row], last: dict, index) -> Path:
    workbook = Workbook()
    unit_answers = {}
    for field in period.unit_sheet.fields:
        if field.key == "year":
            unit_answers[field.key] = c.year
        elif field.kind == "yesno":  # read as True/False, written as the declared words
            unit_answers[field.key] = period.yes if last[field.key] else period.no
        else:
            unit_answers[field.key] = last[field.key]
    write_labelled_sheet(workbook.active, period.unit_sheet, unit_answers, label_width=30)
    write_measures(workbook.create_sheet(), period, rows)
    write_labelled_sheet(
        workbook.create_sheet(),
        period.assessment_sheet,
        compose_assessment(c, unit, index),
        label_width=LABEL_WIDTH,
    )
    return save_sample(workbook, content, c.year, unit, c.out_dir)


def compose_assessment(c, unit: str, index: int) -> dict[str, str]:
    """The unit's answers for the plan's last year: its own look back and look ahead, plus a
    few sentences from each question's pool, chosen by the unit's position."""
    outlook = c.outlooks[unit]

    def pick_some(key: str, at: int, count: int) -> list[str]:
        return pick(c.assessment_pools[key], key, at, count)

    answers = {
        "goals": [outlook.looking_back] + pick_some("goals", index, 1 + index % 2),
        "contribution": pick_some("contribution", index + 3, 1 + (index % 3 != 1)),
        "use": pick_some("use", index + 1, 1 + (index % 2 == 1)),
        "challenges": pick_some("challenges", index + 2, 2 + (index % 4 == 0)),
        "other": [outlook.next_plan]
        + ([] if outlook.other_empty else pick_some("other", index, 1 + (index % 3 == 2))),
    }
    return {k: " ".join(sentences) for k, sentences in answers.items()}


# --- read back and summarise --------------------------------------------------------------


def summarise(c, period: PlanPeriod, last: dict[str, list[Last]], written: list[Path]) -> None:
    """Read the new folder back like any year's folder and print the figures for the README."""
    dataset = load_dataset(c.out_dir, strict=True)
    if dataset.warnings or len(dataset.reports) != len(written):
        raise SystemExit(f"data/{c.year}: {len(dataset.warnings)} advarsler")
    print(f"Skrev {len(written)} arbeidsbøker til {c.out_dir}/\n")

    now = {
        key(m.unit, m.title): (m.area, m.status == period.started)
        for m in dataset.measures.itertuples()
    }
    before = {key(m.unit, m.title): (m.area, m.started) for ms in last.values() for m in ms}

    print(f"{c.year} per innsatsområde: totalt / igangsatt / ikke igangsatt")
    sums = Counter()
    for area in period.areas:
        started = sum(a == area and s for a, s in now.values())
        total = sum(a == area for a, _ in now.values())
        sums.update(total=total, started=started, not_started=total - started)
        print(f"  {area:<38} {total:>4} {started:>4} {total - started:>4}")
    print(f"  {'Totalt':<38} {sums['total']:>4} {sums['started']:>4} {sums['not_started']:>4}")

    print(f"\nEndringer {c.last_year}→{c.year} per innsatsområde (matchet på enhet og tittel):")
    columns = ("new", "dropped", "now_started", "now_not_started", "unchanged")
    heads = ("nye", "borte", "ikke→igang", "igang→ikke", "uendret")
    print(f"  {'':<38}" + "".join(f"{h:>{w}}" for h, w in zip(heads, WIDTHS, strict=True)))
    totals = Counter()
    for area in period.areas:
        moved = {k for k in before.keys() & now.keys() if before[k][0] != now[k][0]}
        if moved:
            raise SystemExit(f"tiltak har byttet innsatsområde: {sorted(moved)}")
        both = [k for k in before.keys() & now.keys() if now[k][0] == area]
        counts = {
            "new": sum(now[k][0] == area for k in now.keys() - before.keys()),
            "dropped": sum(before[k][0] == area for k in before.keys() - now.keys()),
            "now_started": sum(not before[k][1] and now[k][1] for k in both),
            "now_not_started": sum(before[k][1] and not now[k][1] for k in both),
            "unchanged": sum(before[k][1] == now[k][1] for k in both),
        }
        totals.update(counts)
        print(
            f"  {area:<38}"
            + "".join(f"{counts[c]:>{w}}" for c, w in zip(columns, WIDTHS, strict=True))
        )
    print(
        f"  {'Totalt':<38}"
        + "".join(f"{totals[c]:>{w}}" for c, w in zip(columns, WIDTHS, strict=True))
    )

    print(f"\nPer enhet: {c.last_year} → {c.year} (igangsatt / ikke igangsatt i {c.year})")
    for unit in sorted(period.units, key=text.sort_key):
        mine = [s for (u, _), (_, s) in now.items() if u == unit]
        print(
            f"  {unit:<25} {len(last[unit]):>3} → {len(mine):>3}"
            f"  ({sum(mine)} / {len(mine) - sum(mine)})"
        )


WIDTHS = (5, 6, 12, 12, 9)
