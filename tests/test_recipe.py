"""The build's steps (`salto_lib.recipe`) one by one, without building the book."""

from __future__ import annotations

import datetime as dt
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
import yaml
from book_fixture import write_fixture

from salto_lib import areatexts, paths
from salto_lib.edition import Edition
from salto_lib.pages.common import load
from salto_lib.recipe import assemble, handover, jobs
from salto_lib.recipe.jupyter_book import log_excerpt
from salto_lib.recipe.layout import BuildLayout
from salto_lib.text import slug


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    return write_fixture(tmp_path_factory.mktemp("parts") / "2024")


def test_jobs_follow_the_plan_period(data, tmp_path):
    ds = load(data)
    planned = jobs.plan_jobs(ds, BuildLayout(tmp_path / "out", tmp_path, ds.year), None)
    assert [j.output for j in planned] == [
        "tabeller.ipynb",
        "felles-innsats-i-prioriterte-omrader.ipynb",
        "rus-blant-unge.ipynb",
        "vold-blant-jevnaldrende.ipynb",
        "kriminalitetsforebygging-pa-nett.ipynb",
        "enhet-bydel-alna.ipynb",
        "enhet-bydel-grorud.ipynb",
        "enhet-uteseksjonen.ipynb",
    ]
    assert planned[2].parameters["area"] == "Rus blant unge"
    # The chapter's title and the secretariat's text, a substitution per section.
    subs = planned[2].substitutions
    assert subs["omrade"] == "Rus blant unge"
    assert set(subs) == {"omrade"} | {"omrade_" + k for k, _, _ in areatexts.SECTIONS.values()}
    assert "Ruskonsulent ung" in subs["omrade_byomfattende"] and subs["omrade_arsaker"].strip()


def test_a_failed_book_build_shows_the_cause(tmp_path):
    log = tmp_path / "singlehtml.log"
    log.write_text(
        "Running Sphinx v7.4.7\n"
        "innledning.md:3: WARNING: undefined label: 'fig-x'\n"
        "tabeller.ipynb: ERROR: Unknown directive type: 'tabel'\n"
        "Traceback (most recent call last):\n",
        encoding="utf-8",
    )
    shown = log_excerpt(log)
    assert "undefined label" in shown and "Unknown directive" in shown
    assert "Running Sphinx" not in shown and "Traceback" not in shown


def test_docutils_conf_disables_file_insertion_and_raw(tmp_path, monkeypatch):
    """The book's docutils.conf (passed to Jupyter Book as DOCUTILSCONFIG) really takes effect."""
    from docutils.core import publish_string

    from salto_lib.recipe.assemble import DOCUTILS_CONF

    source = ".. include:: /etc/passwd\n\n.. raw:: html\n\n   <b>rå</b>\n"
    quiet = {"report_level": 5}
    assert "root:x" in publish_string(source, writer_name="html", settings_overrides=quiet).decode()
    conf = tmp_path / "docutils.conf"
    conf.write_text(DOCUTILS_CONF, encoding="utf-8")
    monkeypatch.setenv("DOCUTILSCONFIG", str(conf))
    out = publish_string(source, writer_name="html", settings_overrides=quiet).decode()
    assert "root:x" not in out and "<b>rå</b>" not in out


def test_the_build_hands_every_job_the_file_it_names(data, tmp_path):
    ds = load(data)
    layout = BuildLayout(tmp_path / "out", tmp_path, ds.year)
    (layout.datasets).mkdir(parents=True)
    (layout.datasets / "2023-gammel.pickle").write_bytes(b"")  # an earlier build's
    planned = jobs.plan_jobs(ds, layout, None)
    handover.hand_over(layout, ds, None)
    named = {Path(j.parameters["validated"]) for j in planned}
    assert set(layout.datasets.glob("*.pickle")) == named
    # What the tables read, each area's chapter and each unit's profile (tests/test_handover.py).
    assert len(named) == 1 + len(ds.period.areas) + len(ds.reports)
    # A job handed its data is keyed by the file's name, not by the workbooks' bytes.
    common = jobs.fingerprint()
    keys = {j.output: jobs.job_key(j, common) for j in planned}
    without = [replace(j, inputs=()) for j in planned]
    assert {j.output: jobs.job_key(j, common) for j in without} == keys


def test_assembling_returns_what_it_computed(data, tmp_path):
    """The downloads, provenance and substitutions are returned, not read back from disk."""
    ds = load(data)
    layout = BuildLayout(tmp_path / "out", tmp_path, ds.year)
    layout.src.mkdir(parents=True)
    written = assemble.write_files(ds, layout, pdf=False)
    assert Path("nedlasting/tiltak-2024.csv") in written.downloads
    assert all((layout.src / p).is_file() for p in written.downloads)
    assert written.provenance["pdf"] is False and written.provenance["year"] == 2024
    assert (layout.figures / "oversikt-omrader.svg").is_file()
    subs = assemble.substitutions(ds, layout, written, pdf=False)
    assert subs["lenke_pdf"] == ""  # a web-only edition links no PDF
    assert "<data/tiltak-2024.csv>" in subs["nedlastinger"]  # a stable address in the site
    edition = Edition(2024, dt.date(2025, 3, 14), contact="salto@oslo.kommune.no")
    assemble.assemble(ds, layout, [], subs, edition)
    config = yaml.safe_load((layout.src / "_config.yml").read_text(encoding="utf-8"))
    # Each page carries the substitutions it shows, in its front matter: a changed count or
    # checksum changes the pages that show it, never the configuration (which would make
    # Sphinx read every page again).
    assert "myst_substitutions" not in (config.get("parse") or {})
    front = (layout.src / "proveniens.md").read_text(encoding="utf-8").split("---\n")[1]
    shown = yaml.safe_load(front)["myst"]["substitutions"]
    assert shown["proveniens_arbeidsboker"] == subs["proveniens_arbeidsboker"]
    assert "nedlastinger" not in shown  # only what the page uses
    assert set(shown) <= set(subs)
    # The publication date from utgave.toml, never the clock; the footer says who and how.
    assert config["title"] == "SaLTo årsrapport 2024"
    assert config["sphinx"]["config"]["today"] == "14. mars 2025"
    options = config["sphinx"]["config"]["html_theme_options"]
    footer = options["extra_footer"]
    assert "Publisert: 14. mars 2025" in footer and "Data: NLOD 2.0" in footer
    assert 'href="mailto:salto@oslo.kommune.no"' in footer
    assert "announcement" not in options  # published, and not sample data
    assert config["sphinx"]["config"]["html_context"]["salto_description"].startswith("Felles")


def test_a_draft_of_sample_data_says_so_on_every_page(data, tmp_path):
    ds = load(data)
    layout = BuildLayout(tmp_path / "out", tmp_path, ds.year)
    layout.src.mkdir(parents=True)
    written = assemble.write_files(ds, layout, pdf=False)
    draft = Edition(2024, sample_data=True)
    subs = assemble.substitutions(ds, layout, written, False, draft)
    assert subs["utgave_dato"] == "ikke publisert (utkast)"
    assert "Utkast" in subs["utgave_merknader"] and "eksempeldata" in subs["utgave_merknader"]
    assert subs["utgave_sitering"].startswith("SaLTo-sekretariatet")
    assemble.assemble(ds, layout, [], subs, draft)
    config = yaml.safe_load((layout.src / "_config.yml").read_text(encoding="utf-8"))
    assert config["title"] == "SaLTo årsrapport 2024 (utkast)"
    banner = config["sphinx"]["config"]["html_theme_options"]["announcement"]
    assert banner.startswith("Utkast – ikke publisert") and "eksempeldata" in banner


def test_table_of_contents_lists_the_pages_named_after_what_they_show(data, tmp_path):
    ds = load(data)
    layout = BuildLayout(tmp_path / "out", tmp_path, ds.year)
    toc = yaml.safe_load(assemble.table_of_contents(jobs.plan_jobs(ds, layout, None)))
    files = [c.get("file") for part in toc["parts"] for c in part["chapters"]]
    assert files[2:6] == [slug(a) for a in ds.period.areas]  # plan order
    units = next(c for c in toc["parts"][1]["chapters"] if c["file"] == "enhetsprofiler")
    assert [s["file"] for s in units["sections"]] == [
        "enhet-bydel-alna",
        "enhet-bydel-grorud",
        "enhet-uteseksjonen",
    ]
    assert "tilgjengelighet" in files and "endringer" not in files


def test_a_broken_edition_file_stops_the_build_before_any_notebook(
    data, tmp_path, monkeypatch, capsys
):
    from salto_lib.commands.build import build

    book = tmp_path / "book"
    shutil.copytree(paths.BOOK, book)
    (book / "2024" / "utgave.toml").write_text(
        'utgiver = "SaLTo"\npublisert = "i fjor"\n', encoding="utf-8"
    )
    monkeypatch.setattr(paths, "BOOK", book)
    out = tmp_path / "out" / "2024"
    assert build(data, out, pdf=False) == 1
    said = capsys.readouterr().out
    assert f"FEIL: {book / '2024' / 'utgave.toml'}:2: «publisert» skal være" in said
    assert "Traceback" not in said and not out.exists()
    assert not list((tmp_path / "out").rglob("*.ipynb"))  # no notebook ran


def fake_edition(folder: Path, year: int, title: str) -> Path:
    """An OUT folder with a two-page web edition, a used and an unused asset."""
    html = folder / str(year) / "html"
    (html / "_static").mkdir(parents=True)
    page = (
        f"<html><head><title>Forside — {title}</title>"
        '<link rel="stylesheet" href="_static/a.css"></head>'
        '<body><nav></nav><!-- salto:andre-utgaver --><a href="b.html">b</a></body></html>'
    )
    (html / "index.html").write_text(page, encoding="utf-8")
    (html / "b.html").write_text(page, encoding="utf-8")
    (html / "_static" / "a.css").write_text('@import "c.css"; x{}', encoding="utf-8")
    (html / "_static" / "c.css").write_text("body{}", encoding="utf-8")
    (html / "_static" / "mathjax.js").write_text("unused", encoding="utf-8")
    (folder / str(year) / "provenance.json").write_text("{}", encoding="utf-8")
    return folder / str(year)


def test_publish_puts_the_editions_together(tmp_path, capsys):
    from salto_lib.commands.publish import publish

    outs = [fake_edition(tmp_path, 2024, "SaLTo årsrapport 2024")]
    outs.append(fake_edition(tmp_path, 2025, "SaLTo årsrapport 2025 (utkast)"))
    site = tmp_path / "nettsted"
    assert publish(outs, site) == 0
    assert "utgavene 2025 (utkast), 2024" in capsys.readouterr().out
    page = (site / "2024" / "b.html").read_text(encoding="utf-8")
    assert '<a href="../2025/index.html">SaLTo årsrapport 2025 (utkast)</a>' in page
    assert '<span aria-current="page">SaLTo årsrapport 2024</span>' in page
    assert sorted(p.name for p in (site / "2024" / "_static").iterdir()) == ["a.css", "c.css"]
    first = (site / "arkiv" / "salto-arsrapport-2024.zip").read_bytes()
    assert publish(outs, site) == 0  # a site made by publish is replaced
    assert (site / "arkiv" / "salto-arsrapport-2024.zip").read_bytes() == first  # no clock


def test_publish_refuses_what_is_not_a_site(tmp_path, capsys):
    from salto_lib.commands.publish import publish

    outs = [fake_edition(tmp_path, 2024, "SaLTo årsrapport 2024")]
    elsewhere = tmp_path / "mine"
    elsewhere.mkdir()
    (elsewhere / "viktig.txt").write_text("x", encoding="utf-8")
    assert publish(outs, elsewhere) == 1
    assert "er ikke et nettsted laget av publish" in capsys.readouterr().out
    assert (elsewhere / "viktig.txt").is_file()
    assert publish([tmp_path / "finnes-ikke"], tmp_path / "ny") == 1
    assert "har ingen nettutgave" in capsys.readouterr().out
