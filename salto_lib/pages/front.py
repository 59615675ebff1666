"""The front page (`book/index.md`) and the PDF's title page.

The front page shows the year's key figures, chapter 1's chart, the priority areas and the
downloads; its parts are substitutions (`pages.chapters.substitutions` gathers them all).
"""

from __future__ import annotations

from pathlib import Path

from salto_lib import charts, downloads, fmt, myst
from salto_lib.dataset import Dataset
from salto_lib.pages.common import area_page, data_links


def landing_figure(by_area, stem: Path) -> str:
    """Chapter 1's chart (saved as `stem`), as an image: the front page is not a numbered
    chapter, and a figure there would be "Figur 1" before chapter 1's "Figur 1.1"."""
    alt = "Liggende stolpediagram over tiltak per innsatsområde. " + charts.describe_status(
        by_area, "area"
    )
    alt = " ".join(alt.split())
    wide = f"```{{image}} {stem.as_posix()}.*\n:alt: {alt}\n:class: salto-bred\n:width: 100%\n```\n"
    return myst.narrow_image(stem, alt) + wide


def area_cards(ds: Dataset, by_area) -> str:
    """The front page's priority areas: each links to its chapter and gives its counts.

    Plain containers and a `{doc}` link rather than sphinx-design cards, whose whole-card link
    is an `<a>` without text that screen readers announce as an empty link.
    """
    cards = []
    for row in by_area.itertuples():
        counts = (
            f"{fmt.count(row.total, 'tiltak', 'tiltak')}: {fmt.number(row.started)} igangsatt, "
            f"{fmt.number(row.not_started)} ikke igangsatt"
        )
        chapter = area_page(row.area)
        cards.append(
            f":::{{container}} salto-omrade\n**{{doc}}`{row.area} <{chapter}>`**\n\n{counts}\n:::\n"
        )
    return "::::{container} salto-omrader\n" + "\n".join(cards) + "::::\n"


def pdf_link(pdf_name: str) -> str:
    """A link from the site to the PDF, which the build copies into `html/` as well.

    Sphinx builds the PDF at the same time as the site, so it cannot be a `{download}`; a reST
    link keeps the relative URL as written, where a MyST link would look for a page.
    """
    return f"```{{eval-rst}}\n`Hele rapporten som PDF <{pdf_name}>`_\n```\n"


def download_list(files: list[Path]) -> str:
    """Links to the downloadable tables, by their paths in the book's source folder.

    >>> print(download_list([Path("nedlasting/tiltak-2024.csv")]), end="")
    ```{eval-rst}
    - `Alle tiltakene (CSV) <data/tiltak-2024.csv>`__
    ```
    """
    items = []
    for path in files:
        stem, kind = path.stem.rsplit("-", 1)[0], path.suffix.lstrip(".").upper()
        kind = "Excel" if kind == "XLSX" else kind
        if stem == "tiltak":
            label = "Alle tiltakene"
        elif stem == "tall":
            label = "Alle tallene"
        else:
            label = "Tall: " + downloads.SHEET_TITLES.get(stem.removeprefix("tall-"), stem).lower()
        items.append((f"{label} ({kind})", path.name))
    return data_links(items)
