"""Write the invented 2025 sample: one workbook per reporting unit in `data/2025/`.

2025 is the last year of the 2023–2025 plan. The sample is derived from the 2024 sample in
`data/2024/` (read and validated like any year's folder): every 2024 measure is carried over with
the same unit, area, title and descriptions, except the changes listed in
`sample_2025_content.py` — measures still not started (with this year's explanation), started
measures paused or dropped, new measures, and this year's examples. A 2024 measure that was not
started and is not listed as still not started has started in 2025. Sheet `Vurdering` is written
anew for the plan's last year; `Enhet` keeps the 2024 answers.

    .venv/bin/python data/generate_sample_2025.py

Run `generate_sample_2024.py` first if `data/2024/` has changed. Reruns give byte-identical
files. The script ends by reading `data/2025/` back and printing the figures `data/README.md`
lists: the totals per area, the year-over-year changes per area, and the totals per unit.
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook

# Run as a script, so neither the package nor the sibling modules are importable yet.
HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]

import sample_2024_content  # noqa: E402
import sample_2025_content as content  # noqa: E402
import sample_workbooks  # noqa: E402
from sample_workbooks import (  # noqa: E402
    FILE_NAME,
    LABEL_WIDTH,
    Row,
    resolve,
    save_reproducibly,
    write_labelled_sheet,
    write_measure_sheet,
)

from salto_lib import paths, text  # noqa: E402
from salto_lib.dataset import Dataset, load_dataset  # noqa: E402
from salto_lib.period import PlanPeriod, period_for_year  # noqa: E402

YEAR = 2025
LAST_YEAR = YEAR - 1
OUT_DIR = paths.DATA / str(YEAR)
# The day the units' reports were due (the last working day of January); used for every time
# stamp so reruns are identical.
STAMP = datetime(2026, 1, 30, 12, 0, 0)
# Units that leave `Eksempel i årsrapporten` empty instead of writing "Nei", as in 2024.
BLANK_EXAMPLE_UNITS = sample_2024_content.BLANK_EXAMPLE_UNITS


@dataclass(frozen=True)
class Last:
    """One 2024 measure, as read from `data/2024/`."""

    unit: str
    area: str
    title: str
    started: bool
    achieves: str
    benefits: str


def main() -> None:
    period = read_period()
    last, answers = read_last_year(period)
    check_content(period, last)
    rows = plan_rows(period, last)
    check_rows(period, rows)
    written = [
        write_workbook(period, unit, rows[unit], answers[unit], index)
        for index, unit in enumerate(period.units)
    ]
    sample_workbooks.remove_stale_files(OUT_DIR, YEAR, written)
    summarise(period, last, written)


def key(unit: str, title: str) -> tuple[str, str]:
    """How a measure is matched from year to year: the unit and the normalised title."""
    return unit, text.fold(title)


# --- input --------------------------------------------------------------------------------


def read_period() -> PlanPeriod:
    period = period_for_year(YEAR)
    if period is None:
        raise SystemExit(f"Ingen planperiode dekker {YEAR}.")
    if LAST_YEAR not in period.years:
        raise SystemExit(f"{LAST_YEAR} hører ikke til planperioden {period.name}.")
    return period


def read_last_year(period: PlanPeriod) -> tuple[dict[str, list[Last]], dict[str, dict]]:
    """The 2024 measures per unit in sheet order, and each unit's 2024 `Enhet` answers."""
    dataset: Dataset = load_dataset(paths.DATA / str(LAST_YEAR), strict=True)
    if dataset.year != LAST_YEAR or dataset.period is None or dataset.period.name != period.name:
        raise SystemExit(f"data/{LAST_YEAR} er ikke {LAST_YEAR} i planperioden {period.name}.")
    if dataset.missing_units:
        raise SystemExit(f"data/{LAST_YEAR} mangler {dataset.missing_units}.")
    measures = dataset.measures.sort_values(["unit", "row"], kind="stable")
    last: dict[str, list[Last]] = {unit: [] for unit in period.units}
    for m in measures.itertuples():
        last[m.unit].append(
            Last(m.unit, m.area, m.title, m.status == period.started, m.achieves, m.benefits)
        )
    answers = {u.unit: u._asdict() for u in dataset.units.itertuples(index=False)}
    return last, answers


def check_content(period: PlanPeriod, last: dict[str, list[Last]]) -> None:
    """Every listed 2024 measure exists with the expected status; lists do not overlap; new
    titles are new in their unit; every key resolves."""
    status = {key(m.unit, m.title): m.started for ms in last.values() for m in ms}

    def check(keys, started: bool | None, what: str) -> set:
        found = set()
        for k in keys:
            got = status.get(key(*k))
            if got is None:
                raise ValueError(f"{what}: {k} is not a {LAST_YEAR} measure")
            if started is not None and got != started:
                raise ValueError(f"{what}: {k} has the wrong {LAST_YEAR} status")
            found.add(key(*k))
        if len(found) != len(keys):
            raise ValueError(f"{what}: a measure is listed twice")
        return found

    still = check(content.STILL_NOT_STARTED, False, "STILL_NOT_STARTED")
    paused = check(content.PAUSED, True, "PAUSED")
    dropped = check(content.DROPPED, True, "DROPPED")
    examples = check(content.EXAMPLES, None, "EXAMPLES")
    if paused & dropped or examples & dropped:
        raise ValueError("a dropped measure is also paused or an example")
    for new in content.NEW:
        if new.unit not in period.units:
            raise ValueError(f"unknown unit {new.unit!r}")
        if key(new.unit, new.title) in status:
            raise ValueError(f"{new.title!r} is already a {LAST_YEAR} measure of {new.unit}")
        resolve(new.area, period.areas)
        if new.reason:
            resolve(new.reason, period.reasons)
    for not_started in [*content.STILL_NOT_STARTED.values(), *content.PAUSED.values()]:
        resolve(not_started.reason, period.reasons)
    del still


# --- rows ---------------------------------------------------------------------------------


def plan_rows(period: PlanPeriod, last: dict[str, list[Last]]) -> dict[str, list[Row]]:
    """Every unit's 2025 measures: per area in plan order, the carried-over ones in their 2024
    order, then the new ones."""
    still = {key(*k): v for k, v in content.STILL_NOT_STARTED.items()}
    paused = {key(*k): v for k, v in content.PAUSED.items()}
    dropped = {key(*k) for k in content.DROPPED}
    examples = {key(*k) for k in content.EXAMPLES}
    new_by_unit_area = defaultdict(list)
    for new in content.NEW:
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
                        notes = content.STARTED_NOTES
                        explanation = notes[newly_started // 2 % len(notes)]
                    newly_started += 1
                rows[unit].append(
                    row(period, unit, area, m.title, m.achieves, m.benefits, not_started,
                        explanation, example=k in examples)
                )  # fmt: skip
            for new in new_by_unit_area[unit, area]:
                not_started = (
                    content.NotStarted(new.reason, new.explanation) if new.reason else None
                )
                rows[unit].append(
                    row(period, unit, area, new.title, new.achieves, new.benefits, not_started,
                        "", example=new.example)
                )  # fmt: skip
    return rows


def row(period, unit, area, title, achieves, benefits, not_started, note, *, example) -> Row:
    flag = period.yes if example else period.no
    if not example and unit in BLANK_EXAMPLE_UNITS:
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
    )


def check_rows(period: PlanPeriod, rows: dict[str, list[Row]]) -> None:
    """No title twice in a unit; some unit has no measure in some area (SPEC §2 allows it);
    every area has a few examples."""
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


def write_workbook(period: PlanPeriod, unit: str, rows: list[Row], last: dict, index) -> Path:
    workbook = Workbook()
    unit_answers = {}
    for field in period.unit_sheet.fields:
        if field.key == "year":
            unit_answers[field.key] = YEAR
        elif field.kind == "yesno":  # read as True/False, written as the declared words
            unit_answers[field.key] = period.yes if last[field.key] else period.no
        else:
            unit_answers[field.key] = last[field.key]
    write_labelled_sheet(workbook.active, period.unit_sheet, unit_answers, label_width=30)
    write_measure_sheet(workbook.create_sheet(), period, rows)
    write_labelled_sheet(
        workbook.create_sheet(),
        period.assessment_sheet,
        compose_assessment(unit, index),
        label_width=LABEL_WIDTH,
    )
    workbook.properties.creator = unit
    workbook.properties.title = f"SaLTo-rapportering {YEAR} – {unit}"
    workbook.properties.description = "Oppdiktede eksempeldata (data/generate_sample_2025.py)"
    path = OUT_DIR / FILE_NAME.format(year=YEAR, unit=unit)
    save_reproducibly(workbook, path, STAMP)
    return path


def compose_assessment(unit: str, index: int) -> dict[str, str]:
    """The unit's answers for the plan's last year: its own look back and look ahead, plus a
    few sentences from each question's pool, chosen by the unit's position."""
    outlook = content.OUTLOOKS[unit]
    answers = {
        "goals": [outlook.looking_back] + pick("goals", index, 1 + index % 2),
        "contribution": pick("contribution", index + 3, 1 + (index % 3 != 1)),
        "use": pick("use", index + 1, 1 + (index % 2 == 1)),
        "challenges": pick("challenges", index + 2, 2 + (index % 4 == 0)),
        "other": [outlook.next_plan]
        + ([] if outlook.other_empty else pick("other", index, 1 + (index % 3 == 2))),
    }
    return {k: " ".join(sentences) for k, sentences in answers.items()}


def pick(key: str, index: int, count: int) -> list[str]:
    return sample_workbooks.pick(content.ASSESSMENT_POOLS[key], key, index, count)


# --- read back and summarise --------------------------------------------------------------


def summarise(period: PlanPeriod, last: dict[str, list[Last]], written: list[Path]) -> None:
    """Read `data/2025/` back like any year's folder and print the figures for the README."""
    dataset = load_dataset(OUT_DIR, strict=True)
    if dataset.warnings or len(dataset.reports) != len(written):
        raise SystemExit(f"data/{YEAR}: {len(dataset.warnings)} advarsler")
    print(f"Skrev {len(written)} arbeidsbøker til {OUT_DIR.relative_to(paths.ROOT)}/\n")

    now = {
        key(m.unit, m.title): (m.area, m.status == period.started)
        for m in dataset.measures.itertuples()
    }
    before = {key(m.unit, m.title): (m.area, m.started) for ms in last.values() for m in ms}

    print(f"{YEAR} per innsatsområde: totalt / igangsatt / ikke igangsatt")
    sums = Counter()
    for area in period.areas:
        started = sum(a == area and s for a, s in now.values())
        total = sum(a == area for a, _ in now.values())
        sums.update(total=total, started=started, not_started=total - started)
        print(f"  {area:<38} {total:>4} {started:>4} {total - started:>4}")
    print(f"  {'Totalt':<38} {sums['total']:>4} {sums['started']:>4} {sums['not_started']:>4}")

    print(f"\nEndringer {LAST_YEAR}→{YEAR} per innsatsområde (tiltak matchet på enhet og tittel):")
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

    print(f"\nPer enhet: {LAST_YEAR} → {YEAR} (igangsatt / ikke igangsatt i {YEAR})")
    for unit in sorted(period.units, key=text.sort_key):
        mine = [s for (u, _), (_, s) in now.items() if u == unit]
        print(
            f"  {unit:<25} {len(last[unit]):>3} → {len(mine):>3}"
            f"  ({sum(mine)} / {len(mine) - sum(mine)})"
        )


WIDTHS = (5, 6, 12, 12, 9)


if __name__ == "__main__":
    main()
