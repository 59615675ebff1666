"""Formatting: Norwegian numbers, MyST building blocks, charts."""

from __future__ import annotations

import pandas as pd

from salto_lib import charts, fmt, myst


def test_norwegian_numbers_percent_and_dates():
    assert fmt.number(1234567) == "1\xa0234\xa0567"
    assert fmt.number(12.345, 1) == "12,3"
    assert fmt.percent(278, 333) == "83,5\xa0%"
    assert fmt.percent(1, 2) == "50\xa0%"
    assert fmt.percent(0, 0) == "0\xa0%"
    assert fmt.date("2023-01-13") == "13. januar 2023"
    assert fmt.count(1, "enhet", "enheter") == "1 enhet"
    assert fmt.count(2, "enhet", "enheter") == "2 enheter"
    assert fmt.join(["A"]) == "A" and fmt.join(["A", "B"]) == "A og B"


def test_free_text_cannot_break_the_markdown():
    assert myst.escape("# Overskrift") == "\\# Overskrift"
    assert myst.escape("1. ledd") == "1\\. ledd"
    assert myst.escape("a | b") == "a \\| b"
    assert myst.escape("{{ x }}") == "\\{\\{ x \\}\\}"  # no substitution from typed text


def test_table_is_numbered_and_aligned():
    frame = pd.DataFrame({"area": ["Rus blant unge"], "total": [1234]})
    md = myst.table(frame, {"area": "Område", "total": "Tiltak"}, "Tiltak", "tab-x")
    assert "```{table} Tiltak\n:name: tab-x" in md
    assert "|:--|--:|" in md and "| Rus blant unge | 1\xa0234 |" in md


def test_charts_use_the_palette_and_say_their_numbers(tmp_path):
    frame = pd.DataFrame(
        {"area": ["A", "B"], "total": [3, 0], "started": [2, 0], "not_started": [1, 0]}
    )
    fig = charts.status_bars(frame, "area")
    colours = {tuple(round(c, 3) for c in p.get_facecolor()[:3]) for p in fig.axes[0].patches}
    expected = {
        tuple(round(int(h[i : i + 2], 16) / 255, 3) for i in (1, 3, 5))
        for h in (charts.PALETTE["started"], charts.PALETTE["not_started"])
    }
    assert colours == expected
    labels = [t.get_text() for t in fig.axes[0].texts]
    assert " 3" in labels and " 0" in labels  # the totals after the bars
    stem = charts.save(fig, tmp_path, "x")
    assert stem.with_suffix(".svg").is_file() and (tmp_path / "x-smal.svg").is_file()
    assert not list(tmp_path.glob("*.png"))  # the site and the PDF show the SVG
    assert charts.describe_status(frame, "area").startswith("A: 3 tiltak, 2 igangsatt")


def test_numbers_on_bars_are_readable():
    # WCAG AA asks 4.5:1 of text; the number on each status colour must reach it.
    for key in ("started", "not_started"):
        fill = charts.PALETTE[key]
        text = "#FFFFFF" if charts.on_colour(fill) == "white" else charts.on_colour(fill)
        assert charts.contrast(text, fill) >= 4.5, key
