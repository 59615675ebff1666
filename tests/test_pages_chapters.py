"""The substitutions of the Markdown chapters and the front page (`pages.chapters`, `front`)."""

from __future__ import annotations

import re

import pytest
from book_fixture import write_fixture, written_substitutions

from salto_lib import paths
from salto_lib.pages.common import load


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    return write_fixture(tmp_path_factory.mktemp("parts") / "2024")


def test_substitutions_fill_every_key_the_texts_use(data, tmp_path):
    ds = load(data)
    layout, subs = written_substitutions(ds, tmp_path)
    assert subs["proveniens_algoritme"] == "SHA-256"  # the provenance appendix's are included
    assert subs["antall_tiltak"] == "11" and subs["andel_igangsatt"] == "72,7\xa0%"
    assert subs["vedtatt_dato"] == "13. januar 2023" and subs["planperiode"] == "2023–2025"
    assert subs["forankring_ledergruppen"] == "én" and subs["antall_felles_tiltak"] == "ett"
    assert subs["antall_omrader"] == "fire"  # small counts in words; the totals stay numerals
    assert (layout.figures / "oversikt-omrader.svg").is_file()
    texts = [p for p in paths.BOOK.glob("*.md") if p.name != "README.md"]
    texts += paths.BOOK.glob("2024/**/*.md")
    used = {k for t in texts for k in re.findall(r"{{\s*(\w+)\s*}}", t.read_text("utf-8"))}
    assert used <= set(subs), used - set(subs)


def test_front_page_parts_come_from_the_data(data, tmp_path):
    _, subs = written_substitutions(load(data), tmp_path)
    cards = subs["omrader_oversikt"]
    assert "{doc}`Rus blant unge <rus-blant-unge>`" in cards
    assert "3 tiltak: 2 igangsatt, 1 ikke igangsatt" in cards
    assert cards.count(":::{container} salto-omrade\n") == 4
    # The front page's chart is an unnumbered image whose alt text says every bar's numbers.
    assert "```{image} figurer/oversikt-omrader.*\n" in subs["figur_forside"]
    # On the web also the phone's drawing, and the chart's numbers as CSV under it.
    assert "```{image} figurer/oversikt-omrader-smal.*\n" in subs["figur_forside"]
    assert "<data/tall-innsatsomrader-2024.csv>`__" in subs["figur_forside"]
    assert "Rus blant unge: 3 tiltak, 2 igangsatt og 1 ikke igangsatt." in subs["figur_forside"]
    assert "<salto-arsrapport-2024.pdf>`_" in subs["lenke_pdf"]
    assert "Alle tiltakene (CSV)" in subs["nedlastinger"]
