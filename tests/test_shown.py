"""The numbers readers see, page by page (what `verify` compares)."""

import pytest
from pdf_fixture import pdf_with_text

from salto_lib.shown import UnreadablePdf, compare_pages, numbers_in, page_texts, visible_text

PAGE = """<html lang="nb"><head><title>Innledning 2024</title><style>p{margin:0 1px}</style></head>
<body><p>Til sammen rapporterte de 1&#160;234 tiltak, 83,5 % igangsatt.</p>
<script>var search = {"tiltak": [1, 2, 3]};</script>
<img src="a.svg" alt="Tiltak per område: 78 igangsatt av 80."></body></html>"""


def test_visible_text_has_the_words_and_alt_texts_but_no_code_or_head():
    text = visible_text(PAGE)
    assert numbers_in(text) == ["1 234", "83,5", "78", "80"]
    assert "search" not in text and "margin" not in text


def test_a_number_changed_in_a_page_is_named_with_page_and_context(tmp_path):
    for name, total in (("published", "1&#160;243"), ("rebuilt", "1&#160;234")):
        (tmp_path / name / "html").mkdir(parents=True)
        page = PAGE.replace("1&#160;234", total)
        (tmp_path / name / "html" / "innledning.html").write_text(page, encoding="utf-8")
    published, rebuilt = page_texts(tmp_path / "published"), page_texts(tmp_path / "rebuilt")
    assert compare_pages(published, published) == []
    [(page, old, new, where)] = compare_pages(published, rebuilt)
    assert (page, old, new) == ("html/innledning.html", "«1 243»", "«1 234»")
    assert "rapporterte de 1 243 tiltak" in where


def test_a_page_only_one_side_has_is_a_difference():
    assert compare_pages({"a.pdf side 3": "x"}, {}) == [
        ("a.pdf side 3", "siden finnes", "siden finnes ikke", "")
    ]
    assert compare_pages({}, {"html/ny.html": "1"}) == [
        ("html/ny.html", "siden finnes ikke", "siden finnes", "")
    ]


def test_the_numbers_on_each_pdf_page_in_page_order(tmp_path):
    pdf_with_text(
        tmp_path / "rapport.pdf",
        ["Til sammen 1 234 tiltak,", "83,5 % igangsatt."],
        ["Innhold"],
        ["Side 3 av 3 (versjon a10a827e)"],
    )
    pages = page_texts(tmp_path)
    assert list(pages) == ["rapport.pdf side 1", "rapport.pdf side 2", "rapport.pdf side 3"]
    assert [numbers_in(text) for text in pages.values()] == [["1 234", "83,5"], [], ["3", "3"]]
    # Each line a word apart from the next: a number at the start of a line stays a number.
    assert "tiltak, 83,5" in pages["rapport.pdf side 1"]


def test_a_file_that_is_no_pdf_is_named(tmp_path):
    (tmp_path / "rapport.pdf").write_bytes(b"<html>ikke en PDF</html>")
    with pytest.raises(UnreadablePdf, match="rapport.pdf kan ikke leses som PDF"):
        page_texts(tmp_path)
