"""The PDF as a document: contents, every chapter, every figure, no broken reference, fonts.

Reads the fixture book's PDF (the `built` fixture) with poppler-utils, the tools a reviewer would
use: `pdftotext`, `pdfinfo`, `pdfimages`, `pdffonts`, and renders two pages to PNG into the test
output folder to be looked at.
"""

from __future__ import annotations

import re
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow


def poppler(*args) -> str:
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


@pytest.fixture(scope="module")
def pdf(built) -> Path:
    return built[0] / "salto-arsrapport-2024.pdf"


@pytest.fixture(scope="module")
def pages(pdf) -> list[str]:
    """The text of each page (pdftotext separates pages with a form feed)."""
    text = poppler("pdftotext", "-layout", str(pdf), "-")
    return [re.sub(r"[ \t\xa0]+", " ", p) for p in text.split("\f")[:-1]]


class _Chapters(HTMLParser):
    """The chapter titles in the site's navigation (first level), and the figures of a page."""

    def __init__(self):
        super().__init__()
        self.titles: list[str] = []
        self.figures = 0
        self._in = False

    def handle_starttag(self, tag, attrs):
        classes = dict(attrs).get("class") or ""
        if tag == "li" and "toctree-l1" in classes.split():
            self._in = True
            self.titles.append("")
        if tag == "figure":
            self.figures += 1

    def handle_endtag(self, tag):
        if tag == "a":
            self._in = False

    def handle_data(self, data):
        if self._in:
            self.titles[-1] += data


def chapter_titles(html: Path) -> list[str]:
    """`Rus blant unge`, …: what the site's navigation lists, without the numbers."""
    parser = _Chapters()
    parser.feed((html / "index.html").read_text(encoding="utf-8"))
    return [re.sub(r"^\d+\.\s*", "", " ".join(t.split())) for t in parser.titles]


def figure_count(html: Path) -> int:
    """How many figures the chapters have (the front page is not in the PDF)."""
    total = 0
    for page in html.glob("*.html"):
        if page.name not in ("index.html", "search.html", "genindex.html"):
            parser = _Chapters()
            parser.feed(page.read_text(encoding="utf-8"))
            total += parser.figures
    return total


def test_pdf_starts_with_title_page_and_contents(pages):
    assert "SaLTo årsrapport 2024" in pages[0]
    assert "Innhold" in pages[1]
    # The web front page's sections are not in the PDF: the contents start with chapter 1.
    assert re.search(r"^\s*1\s+Innledning", pages[1], re.MULTILINE), pages[1][:500]
    assert "Året i tall" not in "".join(pages)


def test_pdf_has_every_chapter_of_the_site(built, pages):
    titles = chapter_titles(built[0] / "html")
    assert len(titles) >= 10 and "Innledning" in titles
    # The contents are the first pages with dot leaders; the chapters follow them.
    last = max(i for i, p in enumerate(pages[:6]) if ". . . ." in p)
    contents = " ".join(" ".join(pages[1 : last + 1]).split())
    body = " ".join(" ".join(pages[last + 1 :]).split())
    for title in titles:
        assert title in contents, f"«{title}» mangler i innholdsfortegnelsen"
        assert title in body, f"«{title}» mangler som kapittel"


def test_pdf_resolves_every_reference(pages):
    text = "".join(pages)
    assert "??" not in text  # LaTeX's mark of a reference it could not resolve
    assert re.search(r"Figur \d+\.\d+", text) and re.search(r"Tabell \d+\.\d+", text)


def test_pdf_embeds_every_figure(built, pdf):
    listed = poppler("pdfimages", "-list", str(pdf)).splitlines()[2:]
    # An image with transparency is listed twice, as "image" and as its "smask".
    images = [row for row in listed if row.split()[2] == "image"]
    figures = figure_count(built[0] / "html")
    assert figures >= 8
    assert len(images) >= figures, (len(images), figures)


def test_pdf_embeds_its_fonts(pdf):
    rows = poppler("pdffonts", str(pdf)).splitlines()[2:]
    assert rows
    # Columns: name, type (one or two words), encoding, emb, sub, uni, object ID.
    not_embedded = [r for r in rows if r.split()[-5] != "yes"]
    assert not_embedded == []


def test_pdf_page_count_is_as_expected(pdf, pages):
    count = int(re.search(r"^Pages:\s+(\d+)", poppler("pdfinfo", str(pdf)), re.M).group(1))
    assert count == len(pages)
    # Title page, contents, eight chapters and the appendices of three units: tens of pages.
    # Far fewer means chapters went missing; far more, that something repeats or breaks.
    assert 20 <= count <= 90, count


def test_pdf_pages_as_png(pdf, pages, test_output):
    """The title page and the first area chapter's page, to be looked at."""
    first_area = next(i for i, p in enumerate(pages) if "Figur 3.1" in p) + 1
    for number, name in ((1, "pdf-tittelside"), (first_area, "pdf-kapittel")):
        prefix = test_output / name
        poppler("pdftoppm", "-png", "-r", "60", "-singlefile", "-f", str(number), "-l",
                str(number), str(pdf), str(prefix))  # fmt: skip
        assert prefix.with_suffix(".png").stat().st_size > 5_000
