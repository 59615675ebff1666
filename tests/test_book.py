"""The book: a whole build (HTML and PDF) of the small fixture data set, and its failures.

The build runs once per session (the `built` fixture in conftest.py, shared with the browser
tests) through the command line, as an analyst runs it; the tests then read what it wrote.
Numbers expected here are the fixture's hand-checked tallies (tests/book_fixture.py).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import time
from html.parser import HTMLParser
from pathlib import Path

import pytest
from book_fixture import AREAS, CHAPTERS, TOTALS, UNITS, run_build
from workbooks import measure, write_workbook

from salto_lib import fmt, paths
from salto_lib.commands.build import build
from salto_lib.dataset import dataset_tallies, load_dataset
from salto_lib.period import period_for_year
from salto_lib.recipe import jobs as recipe_jobs
from salto_lib.text import slug

PERIOD = period_for_year(2024)
AREA_SECTIONS = [
    "Tiltak i handlingsplanene",
    "Resultater",
    "Eksempler på tiltak",
    "Tiltak som ikke er igangsatt",
    "Årsaker",
]


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under `folder` with its SHA-256, to compare a folder before and after."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


class _Text(HTMLParser):
    """The visible text of an HTML page and its images' alt texts."""

    def __init__(self):
        super().__init__()
        self.parts, self.alts, self.h1 = [], [], []
        self._skip = 0
        self._in_h1 = False

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._skip += 1
        if tag == "img":
            self.alts.append(dict(attrs).get("alt", ""))
        if tag == "h1":
            self._in_h1 = True

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skip -= 1
        if tag == "h1":
            self._in_h1 = False

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)
            if self._in_h1 and data.strip() and data.strip() != "#":
                self.h1.append(data.strip())


def page(html: Path) -> _Text:
    parser = _Text()
    parser.feed(html.read_text(encoding="utf-8"))
    parser.text = re.sub(r"\s+", " ", " ".join(parser.parts).replace("\xa0", " "))
    return parser


@pytest.mark.slow
def test_build_writes_the_published_files(built):
    out, result = built
    assert (out / "html" / "index.html").is_file()
    assert (out / "salto-arsrapport-2024.pdf").stat().st_size > 10_000
    assert sorted(p.name for p in (out / "notebooks").iterdir())[:2] == [
        "enhet-bydel-alna.ipynb",
        "enhet-bydel-grorud.ipynb",
    ]
    # Progress names each notebook and the time it took, in Norwegian.
    assert re.search(r"rus-blant-unge: \d+,\d s", result.stdout)
    assert "Ferdig på" in result.stdout


@pytest.mark.slow
def test_tallies_json_matches_the_data(built, fixture_data):
    out, _ = built
    written = json.loads((out / "tallies.json").read_text(encoding="utf-8"))
    assert written == json.loads(json.dumps(dataset_tallies(load_dataset(fixture_data))))
    assert {k: written[k] for k in TOTALS} == TOTALS
    assert [(a["total"], a["started"], a["not_started"]) for a in written["areas"]] == AREAS


@pytest.mark.slow
def test_html_has_every_chapter_in_order(built):
    html = built[0] / "html"
    titles = [page(html / f"{name}.html").h1[0] for name in ("innledning", "forankring")]
    titles += [page(html / f"{slug(a)}.html").h1[0] for a in PERIOD.areas]
    titles += [page(html / f"{n}.html").h1[0] for n in ("vurdering", "avslutning")]
    titles += [page(html / f"{n}.html").h1[0] for n in ("enhetsprofiler", "tabeller", "metode")]
    assert [re.sub(r"^\d+\.\s*", "", t) for t in titles] == CHAPTERS
    # The navigation numbers the chapters 1–8 and the appendices after them.
    nav = page(html / "index.html").text
    assert "1. Innledning" in nav and "8. Avslutning" in nav and "3. " + PERIOD.areas[0] in nav


@pytest.mark.slow
def test_html_shows_the_fixture_numbers_in_the_right_chapter(built):
    html = built[0] / "html"
    intro = page(html / "innledning.html")
    assert "rapporterte de 11 tiltak" in intro.text
    assert "8 (72,7 %)" in intro.text and "3 (27,3 %)" in intro.text
    assert "Figur 1.1" in intro.text and "Tabell 1.1" in intro.text
    for area, (total, started, not_started) in zip(PERIOD.areas, AREAS, strict=True):
        chapter = page(html / f"{slug(area)}.html")
        # Running text writes small counts in words ("tre tiltak"); the table keeps digits.
        assert f"rapporterte {fmt.count_words(total, 'tiltak', 'tiltak', True)} innen {area}" in (
            chapter.text
        )
        assert f"{area} {total} {started} {not_started}" in chapter.text  # the area's table row
        for section in AREA_SECTIONS:
            assert section in chapter.text
        # Each chart has an alt text that states its numbers.
        assert any("Bydel Alna: " in alt and "igangsatt" in alt for alt in chapter.alts)
    rus = page(html / "rus-blant-unge.html")
    assert "Informasjonsarbeid" in rus.text  # a flagged started example
    assert "Foreldremøter om rus" in rus.text  # a flagged not-started example
    assert "Foreldre vet mer om rus | og om *hjelp* som finnes." in rus.text  # typed as is
    assert any("Prioritering: 1 tiltak." in alt for alt in rus.alts)


@pytest.mark.slow
def test_html_is_a_report_not_code(built):
    html = built[0] / "html"
    for path in html.glob("*.html"):
        source = path.read_text(encoding="utf-8")
        assert "from salto_lib" not in source, path.name  # code cells are hidden
        assert "Page(" not in source, path.name
        # Nothing is loaded from another host (links to the licences' pages are links).
        assert not re.search(r"""src=["']https?://|<link [^>]*href=["']https?://""", source)
        assert "mathjax" not in source.lower(), path.name
        assert 'lang="nb"' in source
    assert (html / "search.html").is_file() and (html / "searchindex.js").is_file()
    quotes = page(html / "vurdering.html").text
    for unit in UNITS:  # only the quotes chosen in sitater.toml, not every answer (issue 15)
        assert f"{unit} er godt i gang med planen." not in quotes


@pytest.mark.slow
def test_tables_appendix_offers_the_downloads(built):
    html = built[0] / "html"
    names = {p.name for p in (html / "data").iterdir()}
    assert not (html / "_downloads").exists() and not (html / "_sources").exists()
    assert {"tiltak-2024.csv", "tiltak-2024.xlsx", "tall-2024.xlsx"} <= names
    appendix = page(html / "tabeller.html").text
    assert "Alle tiltakene (CSV)" in appendix and "Alle tallene (Excel)" in appendix


@pytest.mark.slow
def test_pdf_has_chapters_figures_and_tables(pdf_text):
    for title in CHAPTERS:
        assert title in pdf_text
    assert "SaLTo årsrapport 2024" in pdf_text
    assert "Innhold" in pdf_text
    assert "rapporterte de 11 tiltak" in pdf_text
    assert "Figur 4.1" in pdf_text and "Tabell 4.1" in pdf_text
    assert re.search(r"Rus blant unge 3 2 1", pdf_text)  # a real table row, not a dump
    assert "import" not in pdf_text and "page." not in pdf_text


@pytest.mark.slow
def test_second_build_reuses_the_earlier_work(built, fixture_data):
    out, first = built
    again = run_build(fixture_data, "--out", out)
    assert again.returncode == 0, again.stdout + again.stderr
    # Nothing changed: said before a workbook is even read (`recipe.stamp`), repeating what the
    # first build said about the data.
    assert "Ingenting er endret siden forrige bygg" in again.stdout
    assert "Kontrollerer" not in again.stdout and "3 arbeidsbøker, 11 tiltak" in again.stdout
    assert (out / "salto-arsrapport-2024.pdf").is_file()


@pytest.mark.slow
def test_failed_validation_changes_nothing(built, fixture_data, tmp_path):
    out, _ = built
    before = snapshot(out)
    bad = tmp_path / "2024"
    shutil.copytree(fixture_data, bad)
    write_workbook(
        bad / "enhet-0.xlsx", unit="Bydel Alna", measures=[measure(area="Rus blant ungdom")]
    )
    result = run_build(bad, "--out", out)
    assert result.returncode == 1
    assert "enhet-0.xlsx, Tiltak!A2" in result.stdout and "Rus blant unge" in result.stdout
    assert snapshot(out) == before
    assert not list(out.parent.glob(".build-*"))  # nothing was even started


@pytest.mark.slow
def test_failed_notebook_leaves_the_earlier_out_as_it_was(built, fixture_data, monkeypatch, capsys):
    out, _ = built
    before = snapshot(out)
    plan = recipe_jobs.plan_jobs

    def broken(ds, layout, previous):
        # A job for an area that is not in the plan: the area notebook raises.
        good = plan(ds, layout, previous)[:2]
        return [
            *good,
            recipe_jobs.NotebookJob(
                paths.NOTEBOOKS / "omrade.ipynb",
                "omrade-99.ipynb",
                {**good[0].parameters, "area": "Finnes ikke"},
            ),
        ]

    monkeypatch.setattr(recipe_jobs, "plan_jobs", broken)
    assert build(fixture_data, out, pdf=False) == 1
    said = capsys.readouterr().out
    assert "omrade-99.ipynb" in said and "Finnes ikke" in said and "er uendret" in said
    assert snapshot(out) == before
    assert not list(out.parent.glob(".build-*"))  # no staging folder is left behind


def test_missing_edition_text_is_reported_before_anything_runs(fixture_data, tmp_path, capsys):
    folder = tmp_path / "2023"
    folder.mkdir()
    for i, unit in enumerate(UNITS):
        write_workbook(folder / f"{i}.xlsx", unit=unit, year=2023)
    assert build(folder, tmp_path / "out") == 1
    assert "book/2023/innledning.md" in capsys.readouterr().out
    assert not (tmp_path / "out").exists()


def test_a_number_typed_into_a_text_fails_before_any_notebook_runs(fixture_data, tmp_path):
    book = tmp_path / "book"
    shutil.copytree(paths.BOOK, book)
    intro = book / "2024" / "innledning.md"
    lines = intro.read_text(encoding="utf-8").splitlines()
    lines.insert(2, "Rapporten gjelder 2024, og {{ antal_tiltak }} tiltak er med.")
    intro.write_text("\n".join(lines) + "\n", encoding="utf-8")
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "salto_lib", "build", fixture_data, "--out", tmp_path / "out"],
        capture_output=True,
        text=True,
        env={**os.environ, "SALTO_BOOK": str(book)},
        cwd=paths.ROOT,
    )
    assert result.returncode == 1
    said = result.stdout
    assert f"{intro}:3: tallet «2024» er skrevet inn for hånd" in said
    assert (
        f"{intro}:3: ukjent nøkkel {{{{ antal_tiltak }}}} — mente du {{{{ antall_tiltak }}}}?"
        in said
    )
    assert "Kjører" not in said and "ingen notebook er kjørt" in said
    assert time.perf_counter() - started < 60  # seconds, not the minutes notebooks take
    assert not (tmp_path / "out").exists()


class _Loads(HTMLParser):
    """Every URL a page makes the browser fetch by itself (not links the reader may follow)."""

    ATTRS = {
        "script": "src",
        "img": "src",
        "iframe": "src",
        "source": "src",
        "embed": "src",
        "audio": "src",
        "video": "src",
        "object": "data",
        "link": "href",
    }

    def __init__(self):
        super().__init__()
        self.urls, self.handlers = [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        loads = tag != "link" or attrs.get("rel") not in ("canonical", "alternate")
        if tag in self.ATTRS and attrs.get(self.ATTRS[tag]) and loads:
            self.urls.append(attrs[self.ATTRS[tag]])
        self.handlers += [k for k in attrs if k.startswith("on")]
        self.urls += [v for k, v in attrs.items() if k == "href" and v.startswith("javascript:")]


@pytest.mark.slow
def test_site_requests_no_other_host(built):
    """Nothing the site loads (scripts, styles, images, fonts, MathJax) comes from elsewhere."""
    html = built[0] / "html"
    pages = sorted(html.rglob("*.html"))
    assert len(pages) > 10
    for path in pages:
        parser = _Loads()
        parser.feed(path.read_text(encoding="utf-8"))
        external = [u for u in parser.urls if re.match(r"^(https?:)?//|^javascript:", u)]
        assert external == [], path.name
    for css in html.rglob("*.css"):
        assert not re.search(r"url\(\s*['\"]?(https?:)?//", css.read_text("utf-8")), css.name
        assert "@import url(http" not in css.read_text("utf-8")


@pytest.mark.slow
def test_hostile_text_is_shown_literally_in_html(built):
    """Text typed into the workbooks cannot run, include a file, or become markup (issue 5)."""
    html = built[0] / "html"
    for path in html.glob("*.html"):
        source = path.read_text(encoding="utf-8")
        parser = _Loads()
        parser.feed(source)
        assert parser.handlers == [], path.name  # no onerror=… or other event handler
        assert not any(u.startswith("javascript:") for u in parser.urls), path.name
        assert "<b>fet</b>" not in source and "root:x:0" not in source, path.name
    felles, vold = (
        page(html / "felles-innsats-i-prioriterte-omrader.html").text,
        page(html / "vold-blant-jevnaldrende.html").text,
    )
    assert '<script>alert("x")</script> <img src=x onerror=alert(1)>' in felles
    assert "```{include} /etc/passwd ```" in felles
    assert "{raw}`html` <b>fet</b> [klikk](javascript:alert(1)) {{ antall_tiltak }}" in vold
    ute = page(html / "enhet-uteseksjonen.html").text
    assert "% kommentar (maal)= 50 % & $x$ ~ ^ \\ _ # {}" in ute


@pytest.mark.slow
def test_hostile_text_is_shown_literally_in_pdf(pdf_text):
    flat = " ".join(pdf_text.split())
    assert "root:x:0" not in flat
    assert '<script>alert("x")</script>' in flat
    assert "{raw}`html` <b>fet</b> [klikk](javascript:alert(1)) {{ antall_tiltak }}" in flat
    assert "% kommentar" in flat and "50 % & $x$ ~ ^ \\ _ # {}" in flat


@pytest.mark.slow
def test_counts_lead_to_the_measures_behind_them(built):
    """From an area's count per unit a reader reaches that unit's measures, and the area's
    measures can be downloaded as a list (issue 6: traceability)."""
    html = built[0] / "html"
    rus = (html / "rus-blant-unge.html").read_text(encoding="utf-8")
    assert 'href="enhet-bydel-alna.html#tab-enhet-bydel-alna-tiltak"' in rus
    listed = html / "data" / "tiltak-2024-rus-blant-unge.csv"
    rows = listed.read_text(encoding="utf-8-sig").splitlines()
    assert len(rows) == 1 + 3  # header and the area's three measures
    assert f'href="data/{listed.name}"' in rus
    # Under each chart, its numbers as CSV (with the year, Norwegian headers).
    chart = (html / "data" / "figur-rus-blant-unge-enheter-2024.csv").read_text(
        encoding="utf-8-sig"
    )
    assert chart.splitlines()[0] == "År;Enhet;Tiltak;Igangsatt;Ikke igangsatt"
    assert 'href="data/figur-rus-blant-unge-enheter-2024.csv"' in rus
    assert 'href="data/figur-rus-blant-unge-arsaker-2024.csv"' in rus
    tables = (html / "tabeller.html").read_text(encoding="utf-8")
    assert 'href="rus-blant-unge.html#tab-omrade-02-enheter"' in tables
    assert (html / "salto-arsrapport-2024.pdf").is_file()  # html/ can be published alone
