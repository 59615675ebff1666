"""The page record of `pdf.print_book`: the chapters' pages of the last print, used only when it
is whole and of the same chapters; anything else is as if there were none."""

from __future__ import annotations

import json

import pytest

from salto_lib import pdf
from salto_lib.print_css import Chapter

CHAPTERS = [
    Chapter("document-innledning", 1, "1", "Innledning"),
    Chapter("document-enhetsprofiler", 1, "2", "Enhetsprofiler"),
    Chapter("document-enhet-bydel-alna", 2, "2.1", "Bydel Alna", "2 Enhetsprofiler"),
]
PAGES = {"document-innledning": 3, "document-enhetsprofiler": 5, "document-enhet-bydel-alna": 6}


def test_written_pages_are_read_back(tmp_path):
    record = tmp_path / "arbeid" / "pdf-sider.json"
    pdf.write_page_record(record, PAGES)
    assert pdf.read_page_record(record, CHAPTERS) == PAGES
    assert [p.name for p in record.parent.iterdir()] == ["pdf-sider.json"]  # no part left


@pytest.mark.parametrize(
    "text",
    [
        "",
        "{",
        "[]",
        '{"sider": {}}',
        json.dumps({"pages": [3, 5, 6]}),
        json.dumps({"pages": dict(list(PAGES.items())[:2])}),  # a chapter more now
        json.dumps({"pages": PAGES | {"document-avslutning": 9}}),  # a chapter fewer now
        json.dumps({"pages": dict(reversed(PAGES.items()))}),  # other order
        json.dumps({"pages": PAGES | {"document-innledning": "3"}}),
        json.dumps({"pages": PAGES | {"document-innledning": 0}}),
        json.dumps({"pages": PAGES | {"document-innledning": True}}),
        json.dumps({"pages": PAGES | {"document-innledning": 3.0}}),
    ],
)
def test_a_record_that_is_not_of_these_chapters_is_none(tmp_path, text):
    record = tmp_path / "pdf-sider.json"
    record.write_text(text, encoding="utf-8")
    assert pdf.read_page_record(record, CHAPTERS) is None


def test_no_record_is_none(tmp_path):
    assert pdf.read_page_record(None, CHAPTERS) is None
    assert pdf.read_page_record(tmp_path / "finnes-ikke.json", CHAPTERS) is None
    assert pdf.read_page_record(tmp_path, CHAPTERS) is None  # a folder
    (tmp_path / "latin1.json").write_bytes(b'{"pages": "\xe6"}')
    assert pdf.read_page_record(tmp_path / "latin1.json", CHAPTERS) is None


def test_a_record_that_cannot_be_written_is_no_error(tmp_path):
    blocker = tmp_path / "fil"
    blocker.write_text("", encoding="utf-8")
    pdf.write_page_record(blocker / "pdf-sider.json", PAGES)  # its folder is a file
    assert blocker.read_text(encoding="utf-8") == ""
