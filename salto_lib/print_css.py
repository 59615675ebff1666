"""The parts of the printed book that depend on the edition: title page, contents, running heads.

`pdf.print_book` lays the web edition's single-page HTML out for print with the fixed style
sheet `_print/print.css`; what changes with each edition is made here as HTML and CSS:

- the title page (title, subtitle, programme, publisher, date, the web edition's address);
- the contents, one line per chapter and unit profile, with page numbers once the first print
  has shown where each chapter begins;
- a named page (CSS Paged Media) per chapter and profile, whose top margin box carries its
  title: Chromium has named pages and margin boxes, not `string-set`, so each running head is
  written out here.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

SUBTITLE = "Felles årsrapport for SaLTo-handlingsplanene i Oslo"


@dataclass(frozen=True)
class Chapter:
    """A chapter or unit profile of the printed book, as found in the single-page HTML."""

    anchor: str  # the id Sphinx gives the document in the single page: "document-innledning"
    level: int  # 1: chapter, 2: a document inside a chapter (a unit profile)
    number: str  # "3" (Sphinx's section number, without the trailing dot)
    title: str  # "Rus blant unge"
    parent: str = ""  # the chapter's title for a level-2 document

    @property
    def page_name(self) -> str:
        return "salto-" + self.anchor.removeprefix("document-")

    @property
    def heading(self) -> str:
        return f"{self.number} {self.title}".strip()


@dataclass(frozen=True)
class TitlePage:
    title: str  # "SaLTo årsrapport 2024"
    programme: str  # the plan period's title
    publisher: str
    date: str  # "1. desember 2026"
    web: str = ""  # the web edition's address; empty when none is configured


def css_string(value: str) -> str:
    """A CSS string literal: `content: "…"` must not end at a quote or backslash in a title.

    >>> css_string('A "B" \\\\ C')
    '"A \\\\"B\\\\" \\\\\\\\ C"'
    """
    cleaned = " ".join(value.split())
    return '"' + cleaned.replace("\\", "\\\\").replace('"', '\\"') + '"'


def running_heads(chapters: list[Chapter], book_title: str) -> str:
    """A named page per chapter and profile, with its title at the top left.

    Starting a named page starts a new page, which puts each chapter on a page of its own.
    """
    rules = [f"@page {{ @top-right {{ content: {css_string(book_title)}; }} }}"]
    for c in chapters:
        head = c.heading if c.level == 1 else f"{c.parent} · {c.title}"
        rules.append(
            f"@page {c.page_name} {{ @top-left {{ content: {css_string(head)}; }} }}\n"
            f'[data-salto-page="{c.page_name}"] {{ page: {c.page_name}; }}'
        )
    return "\n".join(rules) + "\n"


def title_page(info: TitlePage) -> str:
    address = escape(info.web)
    web = f'<p class="salto-nett">Nettutgaven: <a href="{address}">{address}</a></p>'
    web = web if info.web else ""
    return (
        '<section class="salto-tittelside" aria-label="Tittelside">'
        f"<h1>{escape(info.title)}</h1>"
        f'<p class="salto-undertittel">{escape(SUBTITLE)}</p>'
        f'<p class="salto-program">{escape(info.programme)}</p>'
        '<div class="salto-utgiver">'
        f"<p>{escape(info.publisher)}</p><p>{escape(info.date)}</p>{web}</div>"
        "</section>"
    )


def contents(chapters: list[Chapter], pages: dict[str, int] | None = None) -> str:
    """The contents: each line a link to its chapter, with its page number when known.

    The first print gives "000" as a placeholder of the width of a real number, so filling in
    the numbers does not move anything to another page.
    """
    lines = []
    for c in chapters:
        page = str(pages[c.anchor]) if pages and c.anchor in pages else "000"
        number = f'<span class="salto-nr">{escape(c.number)}</span>' if c.level == 1 else ""
        lines.append(
            f'<li class="salto-niva-{c.level}"><a href="#{escape(c.anchor)}">{number}'
            f'<span class="salto-tekst">{escape(c.title)}</span>'
            f'<span class="salto-side">{page}</span></a></li>'
        )
    return (
        '<nav class="salto-innhold" aria-labelledby="salto-innhold-tittel">'
        '<h2 id="salto-innhold-tittel">Innhold</h2><ol>' + "".join(lines) + "</ol></nav>"
    )
