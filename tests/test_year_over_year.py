"""The analysts' year: the 2025 edition against 2024 (hand-computed deltas in data/README.md),
and a new plan period that needs configuration only (issue 7)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest
from workbooks import measure, unit_answers, write_workbook

from salto_lib import fmt, paths, tally, text
from salto_lib.dataset import dataset_tallies, load_dataset
from salto_lib.recipe import assemble, jobs
from salto_lib.recipe.layout import BuildLayout

AREAS = [
    "Felles innsats i prioriterte områder",
    "Rus blant unge",
    "Vold blant jevnaldrende",
    "Kriminalitetsforebygging på nett",
]
# data/README.md: 2025 per area (total, started, not started) and the changes from 2024
# (new, dropped, not started → started, started → not started, status unchanged).
TOTALS_2025 = [(76, 71, 5), (93, 90, 3), (104, 99, 5), (69, 64, 5)]
CHANGES = [(3, 5, 4, 1, 68), (3, 2, 14, 0, 76), (3, 3, 16, 1, 84), (12, 2, 9, 0, 48)]


@pytest.fixture(scope="module")
def years():
    return load_dataset(paths.DATA / "2024", strict=True), load_dataset(
        paths.DATA / "2025", strict=True
    )


def test_2025_sample_validates_and_has_the_documented_totals(years):
    _, now = years
    assert now.warnings == [] and len(now.reports) == 17
    t = dataset_tallies(now)
    assert (t["total"], t["started"], t["not_started"]) == (342, 324, 18)
    assert [(a["total"], a["started"], a["not_started"]) for a in t["areas"]] == TOTALS_2025


def test_changes_per_area_match_the_hand_computed_deltas(years):
    before, now = years
    matched = tally.match_years(before.measures, now.measures)
    counts = tally.count_changes(matched, now.period, "area", AREAS)
    assert [tuple(r[1:]) for r in counts.itertuples(index=False)] == CHANGES
    assert matched["change"].value_counts().to_dict() == {
        "unchanged": 276,
        "changed": 45,
        "new": 21,
        "dropped": 12,
    }


def test_matching_forgives_spelling_and_keeps_units_apart():
    import pandas as pd

    columns = ["unit", "area", "title", "status"]
    before = pd.DataFrame(
        [["A", "X", "Nettvett", "Ikke igangsatt"], ["B", "X", "Nettvett", "Igangsatt"]],
        columns=columns,
    )
    now = pd.DataFrame([["A", "X", " nettvett", "Igangsatt"]], columns=columns)
    matched = tally.match_years(before, now)
    assert sorted(zip(matched["unit"], matched["change"], strict=True)) == [
        ("A", "changed"),
        ("B", "dropped"),
    ]


def test_the_changes_chapter_exists_only_with_a_previous_year(years, tmp_path):
    before, now = years
    assert jobs.previous_edition(now).folder == paths.DATA / "2024"
    assert jobs.previous_edition(before) is None
    layout = BuildLayout(tmp_path / "out", tmp_path, 2025)
    planned = jobs.plan_jobs(now, layout, jobs.previous_edition(now))
    assert "endringer.ipynb" in [j.output for j in planned]
    assert "endringer.ipynb" not in [j.output for j in jobs.plan_jobs(before, layout, None)]
    toc = assemble.table_of_contents(planned)
    # After the area chapters (the last is about the net), before the assessment.
    assert toc.index("kriminalitetsforebygging-pa-nett") < toc.index("file: endringer")
    assert toc.index("file: endringer") < toc.index("file: vurdering")
    assert "endringer" not in assemble.table_of_contents(jobs.plan_jobs(before, layout, None))


def test_the_changes_chapter_states_the_deltas(years, tmp_path, monkeypatch):
    from salto_lib.pages.changes import ChangesPage

    monkeypatch.chdir(tmp_path)  # figures are written relative to the notebook's folder
    page = ChangesPage(paths.DATA / "2024", paths.DATA / "2025")
    summary = page.summary().data
    assert "I 2025 rapporterte enhetene 342 tiltak, mot 333 i 2024." in summary
    assert "21 nye" in summary and "tolv tiltak fra 2024 er ikke med lenger" in summary
    assert "Av tiltakene som ikke var igangsatt i 2024, er 43 igangsatt nå" in summary
    assert "| Kriminalitetsforebygging på nett | 59 | 69 | \\+10 | 47 | 64 | \\+17 |" in summary
    assert page.new().data.count("\n| ") == 21 + 1  # header and one row per new measure
    assert page.dropped().data.count("\n| ") == 12 + 1


# -- a new plan period is configuration only -----------------------------------------------------

NEW_PERIOD = """
name = "2026-2028"
title = "Handlingsprogram 2026–2028"
years = [2026, 2027, 2028]
approved = "2026-01-15"
approved_by = "politirådet"
units = ["Bydel Alna", "Bydel Sagene", "Uteseksjonen"]
areas = ["Trygge skoleveier", "Digital dømmekraft", "Fritid for alle"]
reasons = ["Mangel på ressurser", "Prioritering", "Annet"]
"""


@pytest.mark.slow
def test_an_invented_plan_period_builds_without_code_changes(tmp_path):
    periods = tmp_path / "plan_periods"
    periods.mkdir()
    current = (paths.PLAN_PERIODS / "2023-2025.toml").read_text(encoding="utf-8")
    workbook_part = current[current.index("[workbook]") :]  # the same workbook layout
    (periods / "2026-2028.toml").write_text(NEW_PERIOD + workbook_part, encoding="utf-8")
    texts = tmp_path / "book"
    shutil.copytree(paths.BOOK, texts, ignore=shutil.ignore_patterns("20[0-9][0-9]"))
    edition = texts / "2026"
    (edition / "omrader").mkdir(parents=True)
    for name, title in [
        ("innledning", "Innledning"),
        ("forankring", "Forankring og involvering"),
        ("vurdering", "Vurdering av måloppnåelse"),
        ("avslutning", "Avslutning"),
    ]:
        (edition / f"{name}.md").write_text(
            f"# {title}\n\nI {{{{ aar }}}} rapporterte enhetene {{{{ antall_tiltak }}}} tiltak.\n",
            encoding="utf-8",
        )
    (edition / "datagrunnlag.md").write_text("Oppdiktede data.\n", encoding="utf-8")
    areas = ["Trygge skoleveier", "Digital dømmekraft", "Fritid for alle"]
    # Each area's text in the report's sections, and no quote chosen yet.
    for area in areas:
        sections = [
            "Innledning",
            "Hva satsingen har betydd",
            "Resultater for målgruppen",
            "Årsaker",
        ]
        body = "".join(f"## {s}\n\nTekst om {area}.\n\n" for s in sections)
        (edition / "omrader" / f"{text.slug(area)}.md").write_text(body, encoding="utf-8")
    (edition / "sitater.toml").write_text("# Ingen sitater valgt.\n", encoding="utf-8")
    data = tmp_path / "data" / "2026"
    for i, unit in enumerate(["Bydel Alna", "Bydel Sagene", "Uteseksjonen"]):
        write_workbook(
            data / f"{i}.xlsx",
            unit=unit,
            year=2026,
            answers=unit_answers(unit, 2026),
            measures=[
                measure(areas[0], f"Skolevei {i}", example="Ja"),
                measure(areas[1], f"Nettvett {i}", "Ikke igangsatt", "Prioritering"),
            ]
            + ([measure(areas[2], "Åpen hall")] if i else []),
        )
    env = {**os.environ, "SALTO_PLAN_PERIODS": str(periods), "SALTO_BOOK": str(texts)}
    out = tmp_path / "out" / "2026"
    result = subprocess.run(
        [sys.executable, "-m", "salto_lib", "build", str(data), "--out", str(out), "--no-pdf"],
        capture_output=True,
        text=True,
        env=env,
        timeout=900,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    tallies = (out / "tallies.json").read_text(encoding="utf-8")
    assert '"plan_period": "2026-2028"' in tallies and '"total": 8' in tallies
    html = out / "html"
    for area in areas:
        assert area in (html / f"{text.slug(area)}.html").read_text(encoding="utf-8")
    assert not (html / "rus-blant-unge.html").exists()  # an area of the other period
    assert "Handlingsprogram 2026–2028" in (html / "index.html").read_text(encoding="utf-8")


def test_a_unit_missing_one_year_is_named_and_left_out_of_new_and_dropped(tmp_path):
    """Bydel Ullern sent no workbook for 2025: its 2024 measures are not «dropped», the headline
    compares the 16 units that reported both years, and the unit table says «ikke levert»."""
    from salto_lib.pages.changes import ChangesPage

    then, now = tmp_path / "2024", tmp_path / "2025"
    shutil.copytree(paths.DATA / "2024", then)
    shutil.copytree(paths.DATA / "2025", now)
    (now / "SaLTo-rapportering 2025 - Bydel Ullern.xlsx").unlink()
    page = ChangesPage(then, now, 2025, figures=tmp_path / "figurer")
    assert page.only_then == ["Bydel Ullern"] and page.only_now == []
    assert "Bydel Ullern" not in set(page.matched["unit"])
    lead = page.summary().data.split("\n\n")[0]
    before_ullern = int((load_dataset(then).measures["unit"] == "Bydel Ullern").sum())
    assert lead.startswith("I 2025 rapporterte de 16 enhetene som leverte rapport begge år, "), lead
    assert (
        f"Bydel Ullern leverte ikke rapport for 2025. Enhetens "
        f"{fmt.count_words(before_ullern, 'tiltak', 'tiltak', True)} fra 2024 "
        "er derfor ikke med i sammenligningen, verken som nye eller som tatt ut."
    ) in lead
    dropped = page.dropped().data
    assert "Bydel Ullern" not in dropped
    units = page.units().data
    ullern = next(line for line in units.splitlines() if "Bydel Ullern" in line)
    assert "ikke levert" in ullern and "–" in ullern
