"""The tallies of a year: pure functions from the measures and units tables to counts.

Every number the book shows is computed here, so each has a test.

>>> import pandas as pd
>>> from salto_lib.period import period_for_year
>>> p = period_for_year(2024)
>>> m = pd.DataFrame({"unit": ["A", "A", "B"], "area": [p.areas[1]] * 3,
...                   "status": [p.started, p.not_started, p.started], "reason": ["", "Annet", ""]})
>>> count_by_area(m, p).iloc[1].to_dict()
{'area': 'Rus blant unge', 'total': 3, 'started': 2, 'not_started': 1}
"""

from __future__ import annotations

import pandas as pd

from salto_lib import text
from salto_lib.period import PlanPeriod

COUNTS = ["total", "started", "not_started"]


def _counts(measures: pd.DataFrame, by: str, order: list[str], period: PlanPeriod):
    started = measures["status"] == period.started
    grouped = (
        pd.DataFrame(
            {
                by: measures[by],
                "total": 1,
                "started": started.astype(int),
                "not_started": (~started).astype(int),
            }
        )
        .groupby(by, sort=False)[COUNTS]
        .sum()
    )
    frame = grouped.reindex(order, fill_value=0).rename_axis(by).reset_index()
    return frame.astype({c: int for c in COUNTS})


def count_by_area(measures: pd.DataFrame, period: PlanPeriod) -> pd.DataFrame:
    """Total, started and not started per priority area, every area in plan order."""
    return _counts(measures, "area", list(period.areas), period)


def count_total(measures: pd.DataFrame, period: PlanPeriod) -> dict[str, int]:
    """{'total': …, 'started': …, 'not_started': …} over all measures."""
    started = int((measures["status"] == period.started).sum())
    return {"total": len(measures), "started": started, "not_started": len(measures) - started}


def count_by_unit(measures: pd.DataFrame, period: PlanPeriod, units: list[str]) -> pd.DataFrame:
    """Counts per reporting unit, sorted by name; units with no measures are kept (zeros)."""
    return _counts(measures, "unit", sorted(units, key=text.sort_key), period)


def count_by_unit_area(
    measures: pd.DataFrame, period: PlanPeriod, units: list[str]
) -> pd.DataFrame:
    """Long table unit × area with counts; every pair present (zeros included)."""
    rows = []
    for unit in sorted(units, key=text.sort_key):
        frame = count_by_area(measures[measures["unit"] == unit], period)
        rows.append(frame.assign(unit=unit))
    if not rows:
        return pd.DataFrame(columns=["unit", "area", *COUNTS])
    return pd.concat(rows, ignore_index=True)[["unit", "area", *COUNTS]]


def count_reasons(measures: pd.DataFrame, period: PlanPeriod) -> pd.DataFrame:
    """Not-started measures per (area, reason): non-zero pairs, in area then reason order."""
    ns = measures[measures["status"] == period.not_started]
    counts = ns.groupby(["area", "reason"]).size()
    rows = [
        {"area": a, "reason": r, "count": int(counts[(a, r)])}
        for a in period.areas
        for r in period.reasons
        if (a, r) in counts.index
    ]
    return pd.DataFrame(rows, columns=["area", "reason", "count"])


def count_anchoring(units: pd.DataFrame, period: PlanPeriod) -> dict[str, object]:
    """How plans were adopted and who took part in drafting them, from the unit sheet.

    Returns the number of units, then per `choice` field {key: {value: count}} over every
    declared value (zeros included) and per `yesno` field {key: number of units that said yes}.
    Keys are the fields' keys, so a plan period with other questions needs no code change.
    """
    result: dict[str, object] = {"units": len(units)}
    for field in period.unit_sheet.of_kind("choice"):
        answers = units[field.key] if field.key in units else pd.Series(dtype=object)
        result[field.key] = {v: int(answers.eq(v).sum()) for v in field.values}
    for field in period.unit_sheet.of_kind("yesno"):
        result[field.key] = int(units[field.key].eq(True).sum()) if field.key in units else 0
    return result


def anchoring_by_book_key(anchoring: dict, period: PlanPeriod) -> dict[str, int]:
    """`count_anchoring`'s numbers under the names the book's texts use (`Field.book_key`):
    one per value of each choice field, one per yesno field.

    >>> from salto_lib.period import period_for_year
    >>> p = period_for_year(2024)
    >>> counts = {"units": 2, "adopted_by": {"Styringsgruppen": 2, "Ledergruppen": 0,
    ...           "Annet": 0}, "district_involved": 2, "school_involved": 1, "police_involved": 0}
    >>> anchoring_by_book_key(counts, p)["forankring_styringsgruppen"]
    2
    >>> anchoring_by_book_key(counts, p)["forankring_skole"]
    1
    """
    named: dict[str, int] = {}
    for field in period.unit_sheet.of_kind("choice"):
        for value, name in field.value_keys().items():
            named[name] = anchoring[field.key][value]
    for field in period.unit_sheet.of_kind("yesno"):
        named[field.book_key] = anchoring[field.key]
    return named


def select_examples(measures: pd.DataFrame, area: str, status: str) -> pd.DataFrame:
    """The measures of `area` with `status` that the units proposed as examples, by unit."""
    chosen = measures[(measures["area"] == area) & (measures["status"] == status)]
    chosen = chosen[chosen["example"]]
    return chosen.sort_values(["unit", "title"], key=lambda s: s.map(text.sort_key))


def count_shared_measures(measures: pd.DataFrame) -> pd.DataFrame:
    """Measures reported by more than one unit (same area and title up to forgiven spelling)."""
    key = measures["title"].map(text.fold)
    frame = measures.assign(key=key)
    shared = frame.groupby(["area", "key"]).agg(
        title=("title", "first"), units=("unit", "nunique"), statuses=("status", "nunique")
    )
    shared = shared[shared["units"] > 1].reset_index(drop=False)
    return shared[["area", "title", "units", "statuses"]].sort_values(
        ["units", "title"], ascending=[False, True], ignore_index=True
    )


def tallies(measures: pd.DataFrame, units: list[str], period: PlanPeriod, year: int) -> dict:
    """The tallies JSON (docs/tall-json.md; `tally --json`, `OUT/tallies.json`)."""
    return {
        "year": year,
        "plan_period": period.name,
        **count_total(measures, period),
        "areas": count_by_area(measures, period).to_dict("records"),
        "units": count_by_unit(measures, period, units).to_dict("records"),
        "reasons": count_reasons(measures, period).to_dict("records"),
    }


# -- year over year -----------------------------------------------------------------------------

CHANGES = ["new", "dropped", "started_now", "stopped", "unchanged"]


def _keyed(measures: pd.DataFrame) -> pd.DataFrame:
    """Measures with the key they are matched on across years: unit and normalised title."""
    return measures.assign(key=measures["unit"] + "\0" + measures["title"].map(text.fold))


def match_years(previous: pd.DataFrame, current: pd.DataFrame) -> pd.DataFrame:
    """Every measure of either year, matched per unit on its normalised title.

    Columns: unit, area, title (this year's, or last year's when dropped), status_previous,
    status (empty when the measure is not in that year), change (new, dropped, changed or
    unchanged).
    """
    prev = _keyed(previous)[["key", "unit", "area", "title", "status"]]
    cur = _keyed(current)[["key", "unit", "area", "title", "status"]]
    both = prev.merge(cur, on="key", how="outer", suffixes=("_previous", ""), sort=False)
    for column in ("unit", "area", "title"):
        both[column] = both[column].fillna(both[f"{column}_previous"])
    both = both.fillna({"status_previous": "", "status": ""})
    change = pd.Series("unchanged", index=both.index)
    change[both["status_previous"] == ""] = "new"
    change[both["status"] == ""] = "dropped"
    in_both = (both["status_previous"] != "") & (both["status"] != "")
    change[in_both & (both["status_previous"] != both["status"])] = "changed"
    both["change"] = change
    return both[["unit", "area", "title", "status_previous", "status", "change"]]


def count_changes(matched: pd.DataFrame, period: PlanPeriod, by: str, order: list[str]):
    """Per area or unit (`by`): new, dropped, not started → started, started → not started,
    and unchanged measures, every row of `order` present."""
    started_now = (matched["status_previous"] == period.not_started) & (
        matched["status"] == period.started
    )
    stopped = (matched["status_previous"] == period.started) & (
        matched["status"] == period.not_started
    )
    frame = pd.DataFrame(
        {
            by: matched[by],
            "new": matched["change"].eq("new").astype(int),
            "dropped": matched["change"].eq("dropped").astype(int),
            "started_now": started_now.astype(int),
            "stopped": stopped.astype(int),
            "unchanged": matched["change"].eq("unchanged").astype(int),
        }
    )
    counts = frame.groupby(by, sort=False)[CHANGES].sum()
    return counts.reindex(order, fill_value=0).rename_axis(by).reset_index()


def compare_totals(
    previous: pd.DataFrame, current: pd.DataFrame, period: PlanPeriod, by: str, order: list[str]
) -> pd.DataFrame:
    """Total and started per area or unit in both years, and the differences."""
    before = _counts(previous, by, order, period)
    now = _counts(current, by, order, period)
    frame = before.merge(now, on=by, suffixes=("_previous", ""))
    frame["total_change"] = frame["total"] - frame["total_previous"]
    frame["started_change"] = frame["started"] - frame["started_previous"]
    return frame[
        [
            by,
            "total_previous",
            "total",
            "total_change",
            "started_previous",
            "started",
            "started_change",
        ]
    ]
