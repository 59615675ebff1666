"""Marking the running heads as artifacts, read from a content stream's bytes: the same marks as
pikepdf's parse of the instructions, also where strings and comments hold operators' letters."""

from __future__ import annotations

import pikepdf
import pytest

from salto_lib import pdf_tags

# Chromium's way: the `@page` margin boxes first, outside marked content, then the tagged body
# (a ligature's /ActualText is the one literal string it writes).
CHROMIUM = b"""q
BT
/F8 11.33 Tf
1 0 0 -1 75.5 60 Tm
<0016> Tj
7.2 0 Td <0003> Tj
ET
BT
/F8 11.33 Tf
<0036> Tj
ET
/P <</MCID 0 >>BDC
BT
/F4 11.33 Tf
<0052> Tj
/Span<</ActualText (fi) >> BDC
6.9 0 Td <13B2> Tj
EMC
ET
EMC
Q
"""

STREAMS = {
    "chromium": CHROMIUM,
    # Operators' letters inside strings (nested and escaped parentheses) and comments.
    "strings": b"/Span <</ActualText (a (BT) b \\) ET Tj)>> BDC BT <01> Tj ET EMC\n"
    b"BT (x\\(BT) Tj ET % BT <02> Tj ET\n"
    b"BT/F1 1 Tf[(a)2(BDC)]TJ ET",
    # A text object that shows nothing, one inside another marked one, and one never ended.
    "edges": b"BT /F1 1 Tf ET /Artifact BMC BT <01> Tj ET EMC\n"
    b"BT 1 0 0 1 0 0 Tm (x)' ET\nBT 1 2 (y)\" ET 1 w BT <03> Tj",
    # No whitespace between tokens where delimiters allow it; names that look like operators.
    "tight": b"/BT<</ET 1>>BDC EMC BT/F1 1 Tf<01>Tj ET\nq/Tj gs Q BT[<02>]TJ ET",
    "nothing to mark": b"/P <</MCID 0>> BDC BT <01> Tj ET EMC 0 0 m 1 1 l S",
    "empty": b"",
}


def one_page(content: bytes) -> pikepdf.Pdf:
    pdf = pikepdf.new()
    pdf.add_blank_page(page_size=(100, 100))
    pdf.pages[0].Contents = pdf.make_stream(content)
    return pdf


def instructions(pdf: pikepdf.Pdf) -> bytes:
    """The page's instructions, written out by pikepdf in one way whatever their spacing."""
    return pikepdf.unparse_content_stream(pikepdf.parse_content_stream(pdf.pages[0]))


@pytest.mark.parametrize("name", list(STREAMS))
def test_marks_from_the_bytes_are_those_of_the_parsed_instructions(name):
    content = STREAMS[name]
    assert pdf_tags._artifact_spans(content) is not None  # the bytes are read, not parsed
    fast, parsed = one_page(content), one_page(content)
    count = pdf_tags.mark_artifacts(fast)
    assert count == pdf_tags._mark_parsed(parsed, parsed.pages[0])
    assert instructions(fast) == instructions(parsed)


def test_the_margin_boxes_are_marked_and_the_tagged_text_is_not():
    pdf = one_page(CHROMIUM)
    assert pdf_tags.mark_artifacts(pdf) == 2
    ops = [str(i.operator) for i in pikepdf.parse_content_stream(pdf.pages[0])]
    assert ops[:3] == ["q", "BDC", "BT"]
    assert ops.count("BDC") == 4 and ops.count("EMC") == 4
    first = pikepdf.parse_content_stream(pdf.pages[0])[1]
    assert first.operands[0] == pikepdf.Name.Artifact
    assert first.operands[1].Type == pikepdf.Name.Pagination


def test_expected_counts():
    counts = {name: pdf_tags.mark_artifacts(one_page(s)) for name, s in STREAMS.items()}
    expected = {"chromium": 2, "strings": 2, "edges": 3, "tight": 2}
    assert counts == expected | {"nothing to mark": 0, "empty": 0}


def test_a_page_left_as_it_is_keeps_its_stream():
    pdf = one_page(STREAMS["nothing to mark"])
    before = pdf.pages[0].Contents.objgen
    assert pdf_tags.mark_artifacts(pdf) == 0
    assert pdf.pages[0].Contents.objgen == before


@pytest.mark.parametrize(
    "content",
    [
        b"BT <01> Tj ET BI /W 1 /H 1 /BPC 8 /CS /G ID \x00BT\x00 EI BT <02> Tj ET",
        b"BT (never ends Tj ET",
    ],
    ids=["inline image", "unended string"],
)
def test_what_the_bytes_cannot_tell_is_parsed(content):
    assert pdf_tags._artifact_spans(content) is None
    fast, parsed = one_page(content), one_page(content)
    assert pdf_tags.mark_artifacts(fast) == pdf_tags._mark_parsed(parsed, parsed.pages[0])
    assert instructions(fast) == instructions(parsed)


def test_a_page_of_several_content_streams_is_parsed():
    pdf = pikepdf.new()
    pdf.add_blank_page(page_size=(100, 100))
    pdf.pages[0].Contents = pikepdf.Array(
        [pdf.make_stream(b"BT <01> Tj"), pdf.make_stream(b" ET /P <</MCID 0>> BDC EMC")]
    )
    assert pdf_tags.mark_artifacts(pdf) == 1
    ops = [str(i.operator) for i in pikepdf.parse_content_stream(pdf.pages[0])]
    assert ops == ["BDC", "BT", "Tj", "ET", "EMC", "BDC", "EMC"]
