"""The numbers readers see, page by page (what `verify` compares)."""

from salto_lib.shown import compare_pages, numbers_in, page_texts, visible_text

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
