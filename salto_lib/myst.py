"""MyST Markdown building blocks: tables, figures, quotes and measure descriptions.

The notebooks display these strings as Markdown; with `nb_render_markdown_format: myst` Jupyter
Book parses them as MyST, so a table is a real table in HTML and PDF, and a figure is numbered,
captioned and can be cross-referenced. Text typed by the units goes through `salto_lib.escape`,
so a `*`, a `|` or a directive in a workbook is shown as typed and cannot break the page.

>>> escape("Tiltak *nr* 1 | 2")
'Tiltak \\\\*nr\\\\* 1 \\\\| 2'
>>> print(quote("Vi er i gang.\\n\\nMer kommer.", "Bydel Alna"))
> Vi er i gang.
>
> Mer kommer.
>
> — *Bydel Alna*
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from salto_lib import fmt
from salto_lib.escape import escape, escape_line

# A cell left blank on purpose (the group name shown on the group's first row only). A zero-width
# space, because a really empty cell gets an empty paragraph, a blank line, in the PDF.
BLANK = "\u200b"


def _cell(value) -> str:
    if isinstance(value, bool):
        return "Ja" if value else "Nei"
    if isinstance(value, int | float) and not pd.isna(value):
        return fmt.number(value)
    if value == BLANK:
        return BLANK
    # An empty cell gets a dash: readers see "nothing here", and LaTeX keeps the row height.
    return escape_line(value) if str(value).strip() else "–"


def table(
    frame: pd.DataFrame,
    headers: dict[str, str],
    caption: str = "",
    name: str = "",
    links: dict[str, dict[str, str]] | None = None,
) -> str:
    """A Markdown table of `frame`'s columns `headers` (key → heading), numbers right-aligned.

    With a caption it is wrapped in a `table` directive, so it is numbered ("Tabell 3") and can
    be referenced by `name`.
    `links` makes cells references: {column: {cell value: label of a table or section}}, so a
    reader can go from a count to the measures behind it.

    >>> frame = pd.DataFrame({"unit": ["Bydel Alna"], "total": [3]})
    >>> table(frame, {"unit": "Enhet", "total": "Tiltak"},
    ...       links={"unit": {"Bydel Alna": "tab-alna"}}).splitlines()[-1]
    '| {ref}`Bydel Alna <tab-alna>` | 3 |'
    """
    links = links or {}
    keys = list(headers)
    numeric = [pd.api.types.is_numeric_dtype(frame[k]) and frame[k].dtype != bool for k in keys]
    lines = [
        "| " + " | ".join(headers[k] for k in keys) + " |",
        "|" + "|".join("--:" if n else ":--" for n in numeric) + "|",
    ]
    for _, row in frame.iterrows():
        cells = [
            f"{{ref}}`{row[k]} <{links[k][row[k]]}>`"  # names from the plan period
            if row[k] in links.get(k, {})
            else _cell(row[k])
            for k in keys
        ]
        lines.append("| " + " | ".join(cells) + " |")
    body = "\n".join(lines)
    if not caption:
        return f"{body}\n"
    options = f":name: {name}\n" if name else ""
    return f"```{{table}} {caption}\n{options}:align: left\n\n{body}\n```\n"


def figure(stem: Path | str, caption: str, alt: str, name: str) -> str:
    """A numbered figure of the image file `stem.svg`, and on the web the phone's drawing
    `stem-smal` (`charts.save`) just before it; the style sheet shows one of the two by the
    screen's width."""
    alt = " ".join(alt.split())
    return narrow_image(stem, alt) + (
        f"```{{figure}} {Path(stem).as_posix()}.*\n"
        f":name: {name}\n:alt: {alt}\n:class: salto-bred\n:width: 100%\n\n{caption}\n```\n"
    )


def narrow_image(stem: Path | str, alt: str) -> str:
    """The web edition's drawing of a chart for phones (class `salto-smal` in salto.css)."""
    return (
        f"````{{only}} html\n```{{image}} {Path(stem).as_posix()}-smal.*\n"
        f":alt: {alt}\n:class: salto-smal\n:width: 100%\n```\n````\n\n"
    )


def quote(text: str, who: str = "") -> str:
    """A block quote of a unit's answer, signed with the unit's name (anonymous without)."""
    paragraphs = [escape(p.strip()) for p in str(text).split("\n\n") if p.strip()]
    body = "\n>\n".join("> " + p.replace("\n", "\n> ") for p in paragraphs)
    return f"{body}\n>\n> — *{escape_line(who)}*" if who else body


def measure_block(
    title: str,
    units: list[str],
    fields: list[tuple[str, str]],
    name: str,
    level: int = 3,
    description: str = "",
) -> str:
    """One example measure as the report shows it: a heading with an anchor (`name`, so it can
    be linked with {ref}), who has it, its short description, and its answers.

    A heading in a notebook's output is rendered as a rubric of that level: a real `<h3>` for
    readers and screen readers, with the target's anchor, but no section of its own in the table
    of contents.

    >>> print(measure_block("Sinnemestring", ["Bydel Alna"], [("Hva oppnås?", "Ro.")], "eks-x"))
    (eks-x)=
    ### Sinnemestring
    <BLANKLINE>
    *Bydel Alna*
    <BLANKLINE>
    *Hva oppnås?* Ro.
    <BLANKLINE>
    """
    lines = [
        f"({name})=",
        f"{'#' * level} {escape_line(title)}",
        "",
        f"*{escape_line(fmt.join(units))}*",
        "",
    ]
    if description and str(description).strip():
        lines += [escape(str(description).strip()), ""]
    for question, answer in fields:
        if answer and str(answer).strip():
            lines += [f"*{escape_line(question)}* {escape(answer.strip())}", ""]
    return "\n".join(lines)


def bullets(items: list[str]) -> str:
    """A bulleted list of already-rendered Markdown items."""
    return "\n".join(f"- {item}" for item in items) + "\n"
