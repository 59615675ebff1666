"""Write the invented 2024 sample: one workbook per reporting unit in `data/2024/`.

The sample reproduces the figures of the published 2024 annual report exactly (per area: total,
started, not started) and contains every measure the report used as an example. Everything else
is invented; the content lives in `sample_2024_content.py`. Unit, area and reason names, sheet
names, headers and labels come from the plan-period declaration, never from this file.

    .venv/bin/python data/generate_sample_2024.py

Reruns give byte-identical files: the document properties and the zip entries carry a fixed
time stamp, and nothing depends on randomness that is not seeded from fixed text.
"""

from __future__ import annotations

import random
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet

# Run as a script, so neither the package nor the sibling content module is importable yet.
HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]

import sample_2024_content as content  # noqa: E402
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

from salto_lib import paths  # noqa: E402
from salto_lib.period import PlanPeriod, period_for_year  # noqa: E402

YEAR = 2024
OUT_DIR = paths.DATA / str(YEAR)
# The day the units' reports were due; used for every time stamp so reruns are identical.
STAMP = datetime(2025, 1, 31, 12, 0, 0)


@dataclass(frozen=True)
class Names:
    """The content's short keys resolved to the declared names."""

    areas: dict[str, str]
    reasons: dict[str, str]


def main() -> None:
    period = read_period()
    names = resolve_names(period)
    check_content_units(period)
    rows = plan_rows(period, names)
    check_titles(rows)
    check_published_totals(period, names, rows)
    written = [
        write_workbook(period, unit, rows[unit], index) for index, unit in enumerate(period.units)
    ]
    remove_stale_files(written)
    write_summary(period, rows, written)


# --- names --------------------------------------------------------------------------------


def read_period() -> PlanPeriod:
    period = period_for_year(YEAR)
    if period is None:
        raise SystemExit(f"Ingen planperiode dekker {YEAR}.")
    return period


def resolve_names(period: PlanPeriod) -> Names:
    areas = {key: resolve(key, period.areas) for key in content.AREA_KEYS}
    if tuple(areas.values()) != period.areas:
        raise ValueError(f"content areas {list(areas.values())} != declared {period.areas}")
    reasons = {key: resolve(key, period.reasons) for key in content.REASON_KEYS}
    return Names(areas=areas, reasons=reasons)


def check_content_units(period: PlanPeriod) -> None:
    """The split and the profiles cover exactly the declared units; no table names another."""
    declared = set(period.units)
    for table in (content.SPLIT, content.PROFILES):
        if set(table) != declared:
            raise ValueError(f"units differ from the declaration: {set(table) ^ declared}")
    listed = [m.unit for m in content.EXAMPLES + content.OWN_MEASURES]
    listed += [u for shared in content.SHARED for u in shared.units]
    listed += list(content.PLACES) + list(content.BLANK_EXAMPLE_UNITS)
    listed += [u for items in content.POOL.values() for item in items for u in item.skip]
    unknown = set(listed) - declared
    if unknown:
        raise ValueError(f"unknown units in the content: {sorted(unknown)}")


# --- rows ---------------------------------------------------------------------------------


def plan_rows(period: PlanPeriod, names: Names) -> dict[str, list[Row]]:
    """Every unit's measures, grouped by area in plan order, in a stable mixed order within."""
    planned: dict[tuple[str, str], list[Row]] = defaultdict(list)
    for measure in content.EXAMPLES:
        planned[measure.unit, measure.area].append(to_row(period, names, measure, example=True))
    for measure in content.OWN_MEASURES:
        planned[measure.unit, measure.area].append(to_row(period, names, measure, example=False))
    for shared in content.SHARED:
        for unit, not_started in shared.units.items():
            reason, explanation = not_started or ("", "")
            measure = content.Measure(
                unit,
                shared.area,
                shared.title,
                shared.achieves,
                shared.benefits,
                reason,
                explanation,
            )
            planned[unit, shared.area].append(to_row(period, names, measure, example=False))
    for area_key in content.AREA_KEYS:
        fill_from_pool(period, names, planned, area_key)

    rows = {}
    for unit in period.units:
        rows[unit] = []
        for area_key in content.AREA_KEYS:
            area_rows = planned[unit, area_key]
            random.Random(f"{unit}/{area_key}").shuffle(area_rows)  # str seeds are stable
            rows[unit].extend(area_rows)
    return rows


def to_row(period: PlanPeriod, names: Names, m: content.Measure, *, example: bool) -> Row:
    flag = period.yes if example else period.no
    if not example and m.unit in content.BLANK_EXAMPLE_UNITS:
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
    )


def fill_from_pool(period: PlanPeriod, names: Names, planned: dict, area_key: str) -> None:
    """Top every unit up to its split with started pool measures, one unit at a time in turn,
    so the pool's place-free items spread over many districts."""
    area_index = content.AREA_KEYS.index(area_key)
    need = {}
    for unit in period.units:
        need[unit] = content.SPLIT[unit][area_index] - len(planned[unit, area_key])
        if need[unit] < 0:
            raise ValueError(f"{unit}, {area_key}: more listed measures than the split allows")
    pool = content.POOL[area_key]
    taken: set[str] = set()  # place-free items already handed out
    used: dict[str, set[str]] = defaultdict(set)
    places_used: Counter[str] = Counter()
    cursor = count = 0
    while any(need.values()):
        for unit in period.units:
            if not need[unit]:
                continue
            cursor, item = next_pool_item(pool, cursor, unit, taken, used[unit])
            used[unit].add(item.title)
            place = ""
            if "{sted}" in item.title:
                unit_places = content.PLACES[unit]
                place = unit_places[places_used[unit] % len(unit_places)]
                places_used[unit] += 1
            else:
                taken.add(item.title)
            # The unit's own running number breaks the even stride of `count` between turns.
            variant = count + len(used[unit])
            planned[unit, area_key].append(
                pool_row(period, names, unit, area_key, item, place, variant)
            )
            need[unit] -= 1
            count += 1


def next_pool_item(pool, cursor: int, unit: str, taken: set[str], used: set[str]):
    for step in range(len(pool)):
        item = pool[(cursor + step) % len(pool)]
        placed = "{sted}" in item.title
        if item.title in used or unit in item.skip:
            continue
        if (placed and unit not in content.PLACES) or (not placed and item.title in taken):
            continue
        return (cursor + step + 1) % len(pool), item
    raise ValueError(f"the pool has nothing left for {unit}")


def pool_row(period, names, unit, area_key, item, place: str, variant: int) -> Row:
    """A started pool measure; `variant` varies the text: most rows get a second sentence from
    the area's extras, and about every tenth leaves the benefit empty, as units sometimes do."""
    extra_a = content.EXTRA_ACHIEVES[area_key]
    extra_b = content.EXTRA_BENEFITS[area_key]
    achieves = item.achieves.format(sted=place)
    if variant % 3 != 2:
        achieves += " " + extra_a[variant % len(extra_a)]
    benefits = item.benefits.format(sted=place)
    if variant % 4 == 1:
        benefits += " " + extra_b[variant % len(extra_b)]
    if variant % 10 == 9:
        benefits = ""
    measure = content.Measure(unit, area_key, item.title.format(sted=place), achieves, benefits)
    return to_row(period, names, measure, example=False)


# --- checks -------------------------------------------------------------------------------


def check_titles(rows: dict[str, list[Row]]) -> None:
    """No title twice in a unit; across units only the deliberately shared measures repeat."""
    shared = {s.title for s in content.SHARED}
    shared |= {t for t, n in Counter(m.title for m in content.EXAMPLES).items() if n > 1}
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


def check_published_totals(period: PlanPeriod, names: Names, rows: dict[str, list[Row]]) -> None:
    for area_key, (total, started, not_started) in content.PUBLISHED_2024.items():
        area_rows = [
            r for unit_rows in rows.values() for r in unit_rows if r.area == names.areas[area_key]
        ]
        got = (len(area_rows), sum(r.status == period.started for r in area_rows))
        got += (got[0] - got[1],)
        if got != (total, started, not_started):
            raise ValueError(f"{area_key}: {got} != published {(total, started, not_started)}")


# --- workbooks ----------------------------------------------------------------------------


def write_workbook(period: PlanPeriod, unit: str, rows: list[Row], index: int) -> Path:
    workbook = Workbook()
    write_unit_sheet(workbook.active, period, unit)
    write_measure_sheet(workbook.create_sheet(), period, rows)
    write_assessment_sheet(workbook.create_sheet(), period, compose_assessment(unit, index))
    workbook.properties.creator = unit
    workbook.properties.title = f"SaLTo-rapportering {YEAR} – {unit}"
    workbook.properties.description = "Oppdiktede eksempeldata (data/generate_sample_2024.py)"
    path = OUT_DIR / FILE_NAME.format(year=YEAR, unit=unit)
    save_reproducibly(workbook, path, STAMP)
    return path


def write_unit_sheet(ws: Worksheet, period: PlanPeriod, unit: str) -> None:
    profile = content.PROFILES[unit]
    adopted_by = period.unit_sheet.field("adopted_by")
    if profile.adopted_by not in period.allowed(adopted_by):
        raise ValueError(f"{unit}: {profile.adopted_by!r} is not allowed")
    answers = {
        "unit": unit,
        "year": YEAR,
        "adopted_by": profile.adopted_by,
        "district_involved": period.yes,
        "school_involved": period.yes,
        "police_involved": period.yes,
        "involvement_note": profile.involvement,
    }
    write_labelled_sheet(ws, period.unit_sheet, answers, label_width=30)


def write_assessment_sheet(ws: Worksheet, period: PlanPeriod, answers: dict[str, str]) -> None:
    write_labelled_sheet(ws, period.assessment_sheet, answers, label_width=LABEL_WIDTH)


def remove_stale_files(written: list[Path]) -> None:
    """Drop sample files of units no longer declared, so a folder never mixes two samples."""
    sample_workbooks.remove_stale_files(OUT_DIR, YEAR, written)


# --- sheet Vurdering ----------------------------------------------------------------------


def compose_assessment(unit: str, index: int) -> dict[str, str]:
    """The unit's answers: its own sentences plus a few from each question's pool, chosen by
    the unit's position so that no two units answer alike."""
    profile = content.PROFILES[unit]
    opening = content.STRENGTH_OPENINGS[index % len(content.STRENGTH_OPENINGS)]
    answers = {
        "goals": [opening.format(profile.strength)] + pick("goals", index, 1 + index % 2),
        "contribution": pick("contribution", index, 2 + (index % 3 == 0)),
        "use": pick("use", index, 2),
        "challenges": [profile.challenge] + pick("challenges", index + 5, 1 + (index % 2 == 0)),
        "other": [] if profile.other_empty else pick("other", index, 1 + (index % 4 == 1)),
    }
    return {key: " ".join(sentences) for key, sentences in answers.items()}


def pick(key: str, index: int, count: int) -> list[str]:
    return sample_workbooks.pick(content.ASSESSMENT_POOLS[key], key, index, count)


# --- report -------------------------------------------------------------------------------


def write_summary(period: PlanPeriod, rows: dict[str, list[Row]], written: list[Path]) -> None:
    print(f"Skrev {len(written)} arbeidsbøker til {OUT_DIR.relative_to(paths.ROOT)}/")
    per_area = Counter((r.area, r.status) for unit_rows in rows.values() for r in unit_rows)
    for area in period.areas:
        started, not_started = per_area[area, period.started], per_area[area, period.not_started]
        print(f"  {area}: {started + not_started} ({started} igangsatt, {not_started} ikke)")


if __name__ == "__main__":
    main()
