"""The numbers readers see: every number in the visible text of each HTML page and PDF page.

`verify` lists them for the published edition and for the edition it rebuilds, and compares the
two lists page by page, so a number changed in a page, the PDF replaced by another edition's, or
a page that shows a number the rebuild does not, is named with the page and the words around it.

>>> numbers_in("Til sammen 1 234 tiltak, 12,5 % av dem i 2024 (versjon a10a827e).")
['1 234', '12,5', '2024']
"""

from __future__ import annotations

import difflib
import re
from html.parser import HTMLParser
from pathlib import Path

# Norwegian numbers: thousands grouped with (no-break or thin) spaces, decimal comma.
# A number stands as a word of its own: digits inside a word (a commit or a checksum,
# `a10a827e11…`) are an identifier, not a number, and differ between code versions.
_NUMBER = re.compile(
    r"(?<![\w,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?(?!\w)|(?<!\w)\d+(?:,\d+)?(?!\w)"
)
_CONTEXT = 40
# Text no reader sees as page content: code, styles, the search index and templates.
_INVISIBLE = {"script", "style", "template", "noscript", "svg", "head"}


def numbers_in(text: str) -> list[str]:
    """The numbers in a text, as shown (spaces in them made plain)."""
    return [_plain(m.group()) for m in _NUMBER.finditer(text)]


def _plain(number: str) -> str:
    return re.sub(r"[\u00a0\u202f]", " ", number)


class _Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.hidden = 0
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in _INVISIBLE:
            self.hidden += 1
        elif tag in ("img", "input") and not self.hidden:
            # Alt texts are what screen readers read aloud: they are shown text too.
            alt = dict(attrs).get("alt")
            if alt:
                self.parts.append(f" {alt} ")

    def handle_endtag(self, tag):
        if tag in _INVISIBLE and self.hidden:
            self.hidden -= 1

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)


def visible_text(html: str) -> str:
    """The text of an HTML page a reader sees (and hears: alt texts), white space folded."""
    parser = _Visible()
    parser.feed(html)
    return " ".join(" ".join(parser.parts).split())


def page_texts(out: Path) -> dict[str, str]:
    """Every page of an edition folder: `html/<page>.html` and `<name>.pdf side <n>` to its text."""
    return html_texts(out) | pdf_texts(out)


def html_texts(out: Path) -> dict[str, str]:
    """Every HTML page of an edition folder, `html/<page>.html`, to its visible text."""
    pages = {}
    html = out / "html"
    for path in sorted(html.rglob("*.html")):
        if "_sources" in path.parts or "_static" in path.parts:
            continue
        pages[path.relative_to(out).as_posix()] = visible_text(path.read_text(encoding="utf-8"))
    return pages


def pdf_texts(out: Path) -> dict[str, str]:
    """Every page of the PDFs of an edition folder, `<name>.pdf side <n>`, to its text; a PDF
    that cannot be read raises `UnreadablePdf`."""
    pages = {}
    for pdf in sorted(out.glob("*.pdf")):
        for i, text in enumerate(pdf_page_texts(pdf), start=1):
            pages[f"{pdf.name} side {i}"] = " ".join(text.translate(_PDFIUM_HYPHEN).split())
    return pages


class UnreadablePdf(Exception):
    """A PDF whose pages cannot be read (a damaged file, or another kind of file)."""

    def __init__(self, pdf: Path, why: str):
        super().__init__(f"{pdf.name} kan ikke leses som PDF ({why})")
        self.pdf = pdf


# PDFium marks a word broken at the end of a line with a character of its own.
_PDFIUM_HYPHEN = str.maketrans({"\ufffe": "-", "\x02": "-"})


def pdf_page_texts(pdf: Path) -> list[str]:
    """The text of each page of a PDF, in page order, as PDFium (Chromium's PDF engine) reads
    it: the sample edition's 94 pages in 0.3 s, where pure-Python pypdf took 5 s, with the same
    numbers on every page."""
    import pypdfium2 as pdfium  # only when an edition has a PDF

    texts = []
    try:
        doc = pdfium.PdfDocument(pdf)
        try:
            for page in doc:
                textpage = page.get_textpage()
                # The text in PDFium's reading order, with the line breaks it sees between lines
                # and table cells (`get_text_bounded` would join the last word of one line with
                # the first of the next in places, and so hide a number standing there).
                texts.append(textpage.get_text_range())
                textpage.close()
                page.close()
        finally:
            doc.close()
    except pdfium.PdfiumError as exc:
        raise UnreadablePdf(pdf, str(exc)) from None
    return texts


def _with_context(text: str) -> list[tuple[str, str]]:
    found = []
    for m in _NUMBER.finditer(text):
        start, end = max(0, m.start() - _CONTEXT), min(len(text), m.end() + _CONTEXT)
        found.append((_plain(m.group()), "…" + _plain(text[start:end]) + "…"))
    return found


def compare_pages(published: dict[str, str], recomputed: dict[str, str]) -> list[tuple]:
    """Each difference in the numbers shown, page by page: `(page, published, recomputed,
    words around it)`, the numbers joined as «…». A page only one side has is a difference too
    (e.g. a PDF with fewer pages)."""
    differences = []
    for page in sorted(published.keys() | recomputed.keys(), key=_page_order):
        if page not in recomputed:
            differences.append((page, "siden finnes", "siden finnes ikke", ""))
            continue
        if page not in published:
            differences.append((page, "siden finnes ikke", "siden finnes", ""))
            continue
        old, new = _with_context(published[page]), _with_context(recomputed[page])
        matcher = difflib.SequenceMatcher(a=[n for n, _ in old], b=[n for n, _ in new])
        for op, a1, a2, b1, b2 in matcher.get_opcodes():
            if op == "equal":
                continue
            shown_old = ", ".join(f"«{n}»" for n, _ in old[a1:a2]) or "ingen"
            shown_new = ", ".join(f"«{n}»" for n, _ in new[b1:b2]) or "ingen"
            where = old[a1][1] if a1 < a2 else new[b1][1]
            differences.append((page, shown_old, shown_new, where))
    return differences


def _page_order(page: str) -> tuple:
    # PDF pages in page order (side 2 before side 10), then everything else by name.
    name, _, number = page.partition(" side ")
    return (name, int(number) if number.isdigit() else 0)
