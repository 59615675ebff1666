"""The pieces the book is made of, without building it: formatting, Markdown, charts, pages."""

from __future__ import annotations

import re
import subprocess

import pandas as pd
import pytest
from book_fixture import write_fixture

from salto_lib import book, charts, fmt, paths, render, report, text


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    return write_fixture(tmp_path_factory.mktemp("parts") / "2024")


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
    assert render.escape("# Overskrift") == "\\# Overskrift"
    assert render.escape("1. ledd") == "1\\. ledd"
    assert render.escape("a | b") == "a \\| b"
    assert render.escape("{{ x }}") == "\\{\\{ x \\}\\}"  # no substitution from typed text


def test_table_is_numbered_and_aligned():
    frame = pd.DataFrame({"area": ["Rus blant unge"], "total": [1234]})
    md = render.table(frame, {"area": "Område", "total": "Tiltak"}, "Tiltak", "tab-x")
    assert "```{tabularcolumns} lR" in md
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
    assert stem.with_suffix(".svg").is_file() and stem.with_suffix(".png").is_file()
    assert charts.describe_status(frame, "area").startswith("A: 3 tiltak, 2 igangsatt")


def test_area_page_parts(data, tmp_path):
    page = report.AreaPage("Rus blant unge", data, figures=tmp_path)
    counts = page.counts().data
    assert "Av disse er 2 igangsatt (66,7\xa0%) og 1 ikke igangsatt (33,3\xa0%)" in counts
    assert "Bydel Grorud har ingen tiltak i området." in counts
    assert ":name: fig-omrade-02-enheter" in counts and ":alt: Liggende" in counts
    assert "gjelder ut 2025, så det er fortsatt tid" in page.not_started().data
    assert "Den hyppigste årsaken er «Prioritering» (1 tiltak)" in page.reasons().data
    examples = page.examples().data
    assert "**Informasjonsarbeid**" in examples and "**Ungdomspanel Slottsparken**" in examples
    assert "Hva oppnås med tiltaket?" in examples
    assert "Foreldremøter om rus" in page.not_started_examples().data
    assert "Arbeidet med rus blant unge" in page.results().data  # book/2024/omrader/…


def test_area_page_when_everything_started(data, tmp_path):
    page = report.AreaPage("Felles innsats i prioriterte områder", data, figures=tmp_path)
    assert page.not_started().data.startswith("Alle tiltakene innen")
    assert "Alle tiltakene i området er igangsatt" in page.reasons().data
    # The same measure in two units is one example naming both.
    frame = page.measures.assign(example=True)
    page.measures = frame
    assert report.AreaPage.examples(page).data.count("Trygghetsvandring") == 1


def test_unknown_area_or_unit_is_a_norwegian_error(data):
    with pytest.raises(ValueError, match="ikke et innsatsområde"):
        report.AreaPage("Rus blant ungdom", data)
    with pytest.raises(ValueError, match="har ikke levert"):
        report.UnitPage("Bydel Bjerke", data)


def test_substitutions_fill_every_key_the_texts_use(data, tmp_path):
    ds = report.load(data)
    from salto_lib.provenance import collect_provenance

    subs = book.substitutions(ds, tmp_path / "figurer")
    subs |= book.provenance_substitutions(ds, collect_provenance(ds))
    assert subs["antall_tiltak"] == "11" and subs["andel_igangsatt"] == "72,7\xa0%"
    assert subs["vedtatt_dato"] == "13. januar 2023" and subs["planperiode"] == "2023–2025"
    assert subs["forankring_ledergruppen"] == "1" and subs["antall_felles_tiltak"] == "1"
    assert (tmp_path / "figurer" / "oversikt-omrader.png").is_file()
    texts = [*paths.BOOK.glob("*.md"), *paths.BOOK.glob("2024/**/*.md")]
    used = {k for t in texts for k in re.findall(r"{{\s*(\w+)\s*}}", t.read_text("utf-8"))}
    assert used <= set(subs), used - set(subs)


def test_front_page_parts_come_from_the_data(data, tmp_path):
    subs = book.substitutions(report.load(data), tmp_path / "figurer")
    cards = subs["omrader_oversikt"]
    assert "{doc}`Rus blant unge <omrade-02>`" in cards
    assert "3 tiltak: 2 igangsatt, 1 ikke igangsatt" in cards
    assert cards.count(":::{container} salto-omrade\n") == 4
    # The front page's chart is an unnumbered image whose alt text says every bar's numbers.
    assert subs["figur_forside"].startswith("```{image} figurer/oversikt-omrader.*")
    assert "Rus blant unge: 3 tiltak, 2 igangsatt og 1 ikke igangsatt." in subs["figur_forside"]
    assert "<salto-arsrapport-2024.pdf>`_" in subs["lenke_pdf"]
    assert "Alle tiltakene (CSV)" in subs["nedlastinger"]


def test_numbers_on_bars_are_readable():
    # WCAG AA asks 4.5:1 of text; the number on each status colour must reach it.
    for key in ("started", "not_started"):
        fill = charts.PALETTE[key]
        text = "#FFFFFF" if charts.on_colour(fill) == "white" else charts.on_colour(fill)
        assert charts.contrast(text, fill) >= 4.5, key


def test_no_number_is_typed_into_the_book_text():
    found = subprocess.run(
        ["grep", "-rnE", "[0-9]", str(paths.BOOK)], capture_output=True, text=True
    ).stdout
    assert found == ""


def test_every_area_has_a_synthesis_text_for_2024():
    from salto_lib.period import period_for_year

    folder = report.edition_folder(2024) / "omrader"
    for area in period_for_year(2024).areas:
        assert (folder / f"{text.slug(area)}.md").is_file(), area
    assert book.missing_texts(2024) == []


def test_jobs_follow_the_plan_period(data):
    ds = report.load(data)
    jobs = book.notebook_jobs(ds)
    assert [j.output for j in jobs] == [
        "tabeller.ipynb",
        "omrade-01.ipynb",
        "omrade-02.ipynb",
        "omrade-03.ipynb",
        "omrade-04.ipynb",
        "enhet-01-bydel-alna.ipynb",
        "enhet-02-bydel-grorud.ipynb",
        "enhet-03-uteseksjonen.ipynb",
    ]
    assert jobs[2].parameters["area"] == "Rus blant unge"
    assert jobs[2].substitutions == {"omrade": "Rus blant unge"}


def test_unit_page_says_who_took_part(data, tmp_path):
    page = report.UnitPage("Bydel Alna", data, figures=tmp_path)
    assert "Bydel, skole og politi var med på å utarbeide planen." in page.summary().data
    page.answers = page.answers.copy()
    page.answers["school_involved"] = False
    page.answers["police_involved"] = None
    said = page.summary().data
    assert "Bydel var med på å utarbeide planen, men ikke skole eller politi." in said
    table = page.measures_list().data
    assert "| Kriminalitetsforebygging på nett | \\(ingen tiltak\\) | – | – |" in table
    assert f"| {render.BLANK} | Foreldremøter om rus |" in table  # the area on its first row only


def test_a_failed_book_build_shows_the_cause(tmp_path):
    from salto_lib import build

    log = tmp_path / "singlehtml.log"
    log.write_text(
        "Running Sphinx v7.4.7\n"
        "innledning.md:3: WARNING: undefined label: 'fig-x'\n"
        "tabeller.ipynb: ERROR: Unknown directive type: 'tabel'\n"
        "Traceback (most recent call last):\n",
        encoding="utf-8",
    )
    shown = build._log_excerpt(log)
    assert "undefined label" in shown and "Unknown directive" in shown
    assert "Running Sphinx" not in shown and "Traceback" not in shown


def test_pages_cope_with_empty_areas_and_units(tmp_path):
    from workbooks import measure, write_workbook

    folder = tmp_path / "2024"
    write_workbook(folder / "a.xlsx", unit="Bydel Alna", measures=[measure(0, "Eneste")])
    write_workbook(folder / "b.xlsx", unit="Bydel Bjerke", measures=[])
    figures = tmp_path / "figurer"
    empty = report.AreaPage("Kriminalitetsforebygging på nett", folder, figures=figures)
    assert "rapporterte 0 tiltak" in empty.counts().data
    assert "Alle tiltakene" in empty.not_started().data
    assert "Ingen enheter foreslo" in empty.examples().data
    unit = report.UnitPage("Bydel Bjerke", folder, figures=figures)
    assert "rapporterte 0 tiltak" in unit.summary().data
    assert unit.measures_list().data.count("\\(ingen tiltak\\)") == 4
    subs = book.substitutions(report.load(folder), figures)
    assert subs["omrade_lavest"] == "Felles innsats i prioriterte områder"
    assert "Bydel Frogner" in subs["enheter_uten_arbeidsbok"]


def test_reasons_name_every_most_common_reason(data, tmp_path):
    page = report.AreaPage("Rus blant unge", data, figures=tmp_path)
    extra = page.measures.iloc[[0]].assign(status="Ikke igangsatt", reason="Annet")
    page.measures = pd.concat([page.measures, extra])
    said = page.reasons().data
    assert "De hyppigste årsakene er «Prioritering» og «Annet» (1 tiltak hver)." in said


def test_docutils_conf_disables_file_insertion_and_raw(tmp_path, monkeypatch):
    """The book's docutils.conf (passed to Jupyter Book as DOCUTILSCONFIG) really takes effect."""
    from docutils.core import publish_string

    from salto_lib.book import DOCUTILS_CONF

    source = ".. include:: /etc/passwd\n\n.. raw:: html\n\n   <b>rå</b>\n"
    quiet = {"report_level": 5}
    assert "root:x" in publish_string(source, writer_name="html", settings_overrides=quiet).decode()
    conf = tmp_path / "docutils.conf"
    conf.write_text(DOCUTILS_CONF, encoding="utf-8")
    monkeypatch.setenv("DOCUTILSCONFIG", str(conf))
    out = publish_string(source, writer_name="html", settings_overrides=quiet).decode()
    assert "root:x" not in out and "<b>rå</b>" not in out


def test_a_kernel_that_dies_while_starting_is_started_again(tmp_path, monkeypatch):
    """Two kernels started at once can collide on a port; the notebook then runs again, but a
    notebook that fails in its own code is not repeated."""
    import papermill
    from papermill.exceptions import PapermillExecutionError

    from salto_lib import build

    calls = []

    def flaky(*args, **kwargs):
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("Kernel died before replying to kernel_info")

    monkeypatch.setattr(papermill, "execute_notebook", flaky)
    monkeypatch.setattr(book, "finish_notebook", lambda *a: None)
    job = book.NotebookJob(paths.NOTEBOOKS / "omrade.ipynb", "omrade-01.ipynb", {})
    build.execute_notebook(job, tmp_path)
    assert len(calls) == 2

    def broken(*args, **kwargs):
        calls.append(1)
        raise PapermillExecutionError(0, 1, "x", "ValueError", "feil i cellen", [])

    calls.clear()
    monkeypatch.setattr(papermill, "execute_notebook", broken)
    with pytest.raises(PapermillExecutionError):
        build.execute_notebook(job, tmp_path)
    assert len(calls) == 1
