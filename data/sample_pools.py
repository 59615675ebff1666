"""A sample year built from pools of measures (the 2024 sample, `recipe = "pools"`).

The content (`data/sample/<year>/*.toml`) gives each unit's number of measures per area; the
example measures, the shared measures and the units' own measures are written out in full, and
every district is topped up with started measures from the area's pool. The sample reproduces
the published figures per area (`[published]`) exactly; `generate` stops if it does not.
"""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace
from typing import NamedTuple

from openpyxl import Workbook
from sample_workbooks import (
    LABEL_WIDTH,
    Row,
    remove_stale_files,
    resolve,
    save_sample,
    write_labelled_sheet,
    write_measure_sheet,
)

from salto_lib.period import PlanPeriod, period_for_year


class Measure(NamedTuple):
    """One measure of one unit. An empty `reason` means the measure has started."""

    unit: str
    area: str
    title: str
    achieves: str
    benefits: str
    reason: str = ""
    explanation: str = ""
    description: str = ""


class PoolItem(NamedTuple):
    title: str
    achieves: str
    benefits: str
    skip: tuple[str, ...] = ()


class Profile(NamedTuple):
    adopted_by: str
    involvement: str
    strength: str
    challenge: str
    other_empty: bool = False


@dataclass(frozen=True)
class Names:
    """The content's short keys resolved to the declared names."""

    areas: dict[str, str]
    reasons: dict[str, str]


def generate(year: int, content: dict, out_root: Path) -> None:
    c = read_content(content)
    period = period_for_year(year)
    if period is None:
        raise SystemExit(f"Ingen planperiode dekker {year}.")
    names = resolve_names(c, period)
    check_content_units(c, period)
    rows = plan_rows(c, period, names)
    check_titles(c, rows)
    check_published_totals(c, period, names, rows)
    out_dir = out_root / str(year)
    written = []
    for index, unit in enumerate(period.units):
        workbook = Workbook()
        write_unit_sheet(workbook.active, c, period, unit, year)
        write_measure_sheet(workbook.create_sheet(), period, rows[unit])
        write_labelled_sheet(
            workbook.create_sheet(),
            period.assessment_sheet,
            compose_assessment(c, unit, index),
            label_width=LABEL_WIDTH,
        )
        written.append(save_sample(workbook, content, year, unit, out_dir))
    remove_stale_files(out_dir, year, written)
    write_summary(period, rows, written, out_dir)


def read_content(content: dict) -> SimpleNamespace:
    """The TOML tables as tuples and named tuples; an unknown or missing field stops here."""
    shared = []
    for s in content["shared"]:
        units = dict.fromkeys(s["started"])
        units |= {n["unit"]: (n["reason"], n["explanation"]) for n in s.get("not_started", ())}
        fields = {k: s[k] for k in ("area", "title", "achieves", "benefits")}
        shared.append(SimpleNamespace(**fields, units=units))
    return SimpleNamespace(
        area_keys=tuple(content["area_keys"]),
        reason_keys=tuple(content["reason_keys"]),
        published={k: tuple(v) for k, v in content["published"].items()},
        split={k: tuple(v) for k, v in content["split"].items()},
        blank_example_units=tuple(content["blank_example_units"]),
        places={k: tuple(v) for k, v in content["places"].items()},
        profiles={k: Profile(**v) for k, v in content["profiles"].items()},
        examples=tuple(Measure(**m) for m in content["examples"]),
        shared=tuple(shared),
        own=tuple(Measure(**m) for m in content["own"]),
        pool={
            area: tuple(PoolItem(**{**i, "skip": tuple(i.get("skip", ()))}) for i in items)
            for area, items in content["pool"].items()
        },
        extra_achieves=content["extra_achieves"],
        extra_benefits=content["extra_benefits"],
        strength_openings=tuple(content["strength_openings"]),
        assessment_pools=content["assessment_pools"],
    )


# --- names --------------------------------------------------------------------------------


def resolve_names(c, period: PlanPeriod) -> Names:
    areas = {key: resolve(key, period.areas) for key in c.area_keys}
    if tuple(areas.values()) != period.areas:
        raise ValueError(f"content areas {list(areas.values())} != declared {period.areas}")
    reasons = {key: resolve(key, period.reasons) for key in c.reason_keys}
    return Names(areas=areas, reasons=reasons)


def check_content_units(c, period: PlanPeriod) -> None:
    """The split and the profiles cover exactly the declared units; no table names another."""
    declared = set(period.units)
    for table in (c.split, c.profiles):
        if set(table) != declared:
            raise ValueError(f"units differ from the declaration: {set(table) ^ declared}")
    listed = [m.unit for m in c.examples + c.own]
    listed += [u for shared in c.shared for u in shared.units]
    listed += list(c.places) + list(c.blank_example_units)
    listed += [u for items in c.pool.values() for item in items for u in item.skip]
    unknown = set(listed) - declared
    if unknown:
        raise ValueError(f"unknown units in the content: {sorted(unknown)}")


# --- rows ---------------------------------------------------------------------------------


def plan_rows(c, period: PlanPeriod, names: Names) -> dict[str, list[Row]]:
    """Every unit's measures, grouped by area in plan order, in a stable mixed order within."""
    planned: dict[tuple[str, str], list[Row]] = defaultdict(list)
    for measure in c.examples:
        planned[measure.unit, measure.area].append(to_row(c, period, names, measure, True))
    for measure in c.own:
        planned[measure.unit, measure.area].append(to_row(c, period, names, measure, False))
    for shared in c.shared:
        for unit, not_started in shared.units.items():
            reason, explanation = not_started or ("", "")
            measure = Measure(
                unit, shared.area, shared.title, shared.achieves, shared.benefits, reason,
                explanation,
            )  # fmt: skip
            planned[unit, shared.area].append(to_row(c, period, names, measure, False))
    for area_key in c.area_keys:
        fill_from_pool(c, period, names, planned, area_key)

    rows = {}
    for unit in period.units:
        rows[unit] = []
        for area_key in c.area_keys:
            area_rows = planned[unit, area_key]
            random.Random(f"{unit}/{area_key}").shuffle(area_rows)  # str seeds are stable
            rows[unit].extend(area_rows)
    return rows


def to_row(c, period: PlanPeriod, names: Names, m: Measure, example: bool) -> Row:
    flag = period.yes if example else period.no
    if not example and m.unit in c.blank_example_units:
        flag = ""
    return Row(
        area=names.areas[m.area],
        title=m.title,
        status=period.not_started if m.reason else period.started,
        reason=names.reasons[m.reason] if m.reason else "",
        explanation=m.explanation,
        achieves=m.achieves,
        benefits=m.benefits,
        example=flag,
        description=m.description if example else "",
    )


def fill_from_pool(c, period: PlanPeriod, names: Names, planned: dict, area_key: str) -> None:
    """Top every unit up to its split with started pool measures, one unit at a time in turn,
    so the pool's place-free items spread over many districts."""
    area_index = c.area_keys.index(area_key)
    need = {}
    for unit in period.units:
        need[unit] = c.split[unit][area_index] - len(planned[unit, area_key])
        if need[unit] < 0:
            raise ValueError(f"{unit}, {area_key}: more listed measures than the split allows")
    pool = c.pool[area_key]
    taken: set[str] = set()  # place-free items already handed out
    used: dict[str, set[str]] = defaultdict(set)
    places_used: Counter[str] = Counter()
    cursor = count = 0
    while any(need.values()):
        for unit in period.units:
            if not need[unit]:
                continue
            cursor, item = next_pool_item(c, pool, cursor, unit, taken, used[unit])
            used[unit].add(item.title)
            place = ""
            if "{sted}" in item.title:
                unit_places = c.places[unit]
                place = unit_places[places_used[unit] % len(unit_places)]
                places_used[unit] += 1
            else:
                taken.add(item.title)
            # The unit's own running number breaks the even stride of `count` between turns.
            variant = count + len(used[unit])
            planned[unit, area_key].append(
                pool_row(c, period, names, unit, area_key, item, place, variant)
            )
            need[unit] -= 1
            count += 1


def next_pool_item(c, pool, cursor: int, unit: str, taken: set[str], used: set[str]):
    for step in range(len(pool)):
        item = pool[(cursor + step) % len(pool)]
        placed = "{sted}" in item.title
        if item.title in used or unit in item.skip:
            continue
        if (placed and unit not in c.places) or (not placed and item.title in taken):
            continue
        return (cursor + step + 1) % len(pool), item
    raise ValueError(f"the pool has nothing left for {unit}")


def pool_row(c, period, names, unit, area_key, item, place: str, variant: int) -> Row:
    """A started pool measure; `variant` varies the text: most rows get a second sentence from
    the area's extras, and about every tenth leaves the benefit empty, as units sometimes do."""
    extra_a = c.extra_achieves[area_key]
    extra_b = c.extra_benefits[area_key]
    achieves = item.achieves.format(sted=place)
    if variant % 3 != 2:
        achieves += " " + extra_a[variant % len(extra_a)]
    benefits = item.benefits.format(sted=place)
    if variant % 4 == 1:
        benefits += " " + extra_b[variant % len(extra_b)]
    if variant % 10 == 9:
        benefits = ""
    measure = Measure(unit, area_key, item.title.format(sted=place), achieves, benefits)
    return to_row(c, period, names, measure, False)


# --- checks -------------------------------------------------------------------------------


def check_titles(c, rows: dict[str, list[Row]]) -> None:
    """No title twice in a unit; across units only the deliberately shared measures repeat."""
    shared = {s.title for s in c.shared}
    shared |= {t for t, n in Counter(m.title for m in c.examples).items() if n > 1}
    units_of: dict[str, set[str]] = defaultdict(set)
    for unit, unit_rows in rows.items():
        titles = Counter(row.title for row in unit_rows)
        doubles = [t for t, n in titles.items() if n > 1]
        if doubles:
            raise ValueError(f"{unit}: titles twice: {doubles}")
        for title in titles:
            units_of[title].add(unit)
    repeated = {t for t, units in units_of.items() if len(units) > 1}
    if repeated - shared:
        raise ValueError(f"titles in several units by accident: {sorted(repeated - shared)}")


def check_published_totals(c, period: PlanPeriod, names: Names, rows) -> None:
    for area_key, (total, started, not_started) in c.published.items():
        area_rows = [
            r for unit_rows in rows.values() for r in unit_rows if r.area == names.areas[area_key]
        ]
        got = (len(area_rows), sum(r.status == period.started for r in area_rows))
        got += (got[0] - got[1],)
        if got != (total, started, not_started):
            raise ValueError(f"{area_key}: {got} != published {(total, started, not_started)}")


# --- sheets Enhet and Vurdering -----------------------------------------------------------


def write_unit_sheet(ws, c, period: PlanPeriod, unit: str, year: int) -> None:
    profile = c.profiles[unit]
    adopted_by = period.unit_sheet.field("adopted_by")
    if profile.adopted_by not in period.allowed(adopted_by):
        raise ValueError(f"{unit}: {profile.adopted_by!r} is not allowed")
    answers = {
        "unit": unit,
        "year": year,
        "adopted_by": profile.adopted_by,
        "district_involved": period.yes,
        "school_involved": period.yes,
        "police_involved": period.yes,
        "involvement_note": profile.involvement,
    }
    write_labelled_sheet(ws, period.unit_sheet, answers, label_width=30)


# How many pool sentences a unit answers each question with, by its position: answers of
# different lengths, as real units write them.
ANSWER_LENGTHS = {
    "goals": lambda i: 1,
    "contribution": lambda i: 1 + (i % 3 == 0),
    "use": lambda i: 1 + (i % 2 == 1),
    "challenges": lambda i: 1,
    "other": lambda i: 1,
}


def compose_assessment(c, unit: str, index: int) -> dict[str, str]:
    """The unit's answers: its own sentences plus the next unused ones of each question's pool,
    so no sentence stands in two units' answers (a reader of the profiles would notice)."""
    profile = c.profiles[unit]
    opening = c.strength_openings[index % len(c.strength_openings)]

    def own(key: str) -> list[str]:
        length = ANSWER_LENGTHS[key]
        start = sum(length(j) for j in range(index))
        pool = c.assessment_pools[key]
        if start + length(index) > len(pool):
            raise ValueError(f"{key}: the pool has too few sentences for unit {index + 1}")
        return pool[start : start + length(index)]

    answers = {
        "goals": [opening.format(profile.strength), *own("goals")],
        "contribution": own("contribution"),
        "use": own("use"),
        "challenges": [profile.challenge, *own("challenges")],
        "other": [] if profile.other_empty else own("other"),
    }
    return {key: " ".join(sentences) for key, sentences in answers.items()}


def write_summary(period: PlanPeriod, rows, written: list[Path], out_dir: Path) -> None:
    print(f"Skrev {len(written)} arbeidsbøker til {out_dir}/")
    per_area = Counter((r.area, r.status) for unit_rows in rows.values() for r in unit_rows)
    for area in period.areas:
        started, not_started = per_area[area, period.started], per_area[area, period.not_started]
        print(f"  {area}: {started + not_started} ({started} igangsatt, {not_started} ikke)")
