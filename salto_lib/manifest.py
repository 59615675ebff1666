"""The manifest: every number the book shows, where it appears and where it comes from.

The numbers are read from what the book renders, the Markdown the executed notebooks display and
the substitutions filled into the chapter texts, so nothing shown can be left out. Each entry:

- `chapter`: the chapter it appears in;
- `where`: the table, row and column, or the words before it in the text;
- `value`: as printed (`1 234`, `12,5 %`);
- `source`: the table's name (`tab-omrade-02-enheter`, one tally each), or the substitution key.

`verify` recomputes the manifest from the workbooks and compares it entry by entry.

>>> md = "Av disse er 76 igangsatt (82,6 %).\\n\\n```{table} Tiltak\\n:name: tab-x\\n\\n"
>>> md += "| Enhet | Tiltak |\\n|:--|--:|\\n| Bydel Alna | 1 234 |\\n```\\n"
>>> for e in numbers_in_markdown(md, "Kapittel", "tekst"):
...     print(e["where"], "=", e["value"], "←", e["source"])
tekst: «Av disse er» = 76 ← tekst
tekst: «er 76 igangsatt» = 82,6 % ← tekst
Tabell «Tiltak», rad «Bydel Alna», kolonne «Tiltak» = 1 234 ← tab-x
"""

from __future__ import annotations

import re
from pathlib import Path

NUMBER = re.compile(
    r"(?<![\w,.\\])[+\u2212]?\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?(?:[ \u00a0]?%)?"
    r"|(?<![\w,.\\])[+\u2212]?\d+(?:,\d+)?(?:[ \u00a0]?%)?(?![\w])"
)
_UNESCAPE = re.compile(r"\\(.)")
_DIRECTIVE = re.compile(r"^(```+|:::+)\s*\{(\w+)\}\s*(.*)$")


def _plain(text: str) -> str:
    text = _UNESCAPE.sub(r"\1", text)
    return " ".join(text.replace("*", "").replace("\u200b", "").split())


def _cells(line: str) -> list[str]:
    return [_plain(c) for c in re.split(r"(?<!\\)\|", line.strip().strip("|"))]


def _context(text: str, start: int) -> str:
    words = [w for w in _plain(text[:start]).split() if any(c.isalnum() for c in w)]
    return " ".join(words[-3:])


def numbers_in_markdown(markdown: str, chapter: str, source: str) -> list[dict]:
    """Every number in a piece of rendered Markdown, with where it stands."""
    entries: list[dict] = []
    caption, name, header = "", "", None
    for line in markdown.splitlines():
        stripped = line.strip()
        if m := _DIRECTIVE.match(stripped):
            # A table's caption says what its numbers are; other directive lines (figure file,
            # tabularcolumns) hold no number that is shown.
            caption = m.group(3) if m.group(2) == "table" else ""
            name = ""
            continue
        if stripped.startswith(":name:"):
            name = stripped.split(":", 2)[2].strip()
            continue
        if stripped.startswith(":alt:"):
            alt = stripped.split(":", 2)[2]
            for m in NUMBER.finditer(alt):
                entries.append(
                    {
                        "chapter": chapter,
                        "where": f"alt-tekst: «{_context(alt, m.start())}»",
                        "value": m.group(0),
                        "source": name or source,
                    }
                )
            continue
        if stripped.startswith(":") or stripped.startswith("```"):
            if stripped.startswith("```") and not stripped.strip("`"):
                caption, name, header = "", "", None
            continue
        if stripped.startswith("|"):
            cells = _cells(stripped)
            if header is None:
                header = cells
            elif not set(stripped) <= set("|-: "):
                for column, cell in zip(header[1:], cells[1:], strict=False):
                    for m in NUMBER.finditer(cell):
                        entries.append(
                            {
                                "chapter": chapter,
                                "where": f"Tabell «{caption}», rad «{cells[0]}», "
                                f"kolonne «{column}»",
                                "value": m.group(0),
                                "source": name or source,
                            }
                        )
            continue
        header = None
        for m in NUMBER.finditer(stripped):
            entries.append(
                {
                    "chapter": chapter,
                    "where": f"tekst: «{_context(stripped, m.start()) or '…'}»",
                    "value": m.group(0),
                    "source": source,
                }
            )
    return entries


def numbers_in_notebook(path: Path) -> list[dict]:
    """Every number the executed notebook shows (its Markdown outputs, in order)."""
    import nbformat

    nb = nbformat.read(path, as_version=4)
    subs = nb.metadata.get("myst", {}).get("substitutions", {})
    headings = [chapter_of(c.source, "") for c in nb.cells if c.cell_type == "markdown"]
    # The chapter's title as shown: `# {{ omrade }}` is the area's name.
    heading = next((h for h in headings if h), "")
    chapter = _SUB.sub(lambda m: str(subs.get(m.group(1), m.group(0))), heading) or path.stem
    entries = []
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            markdown = output.get("data", {}).get("text/markdown")
            if markdown:
                entries += numbers_in_markdown(markdown, chapter, path.stem)
    return entries


def chapter_of(markdown: str, fallback: str) -> str:
    """The first heading of a chapter text (`# Innledning`), or `fallback`."""
    m = re.search(r"^#\s+(.+)$", markdown, re.MULTILINE)
    return m.group(1).strip() if m else fallback


# Substitutions that describe the build, not the data (hashes, versions, dates): they are in
# provenance.json, and they differ on purpose between machines.
NOT_DATA = "proveniens_"
_SUB = re.compile(r"{{\s*(\w+)\s*}}")


def _body(page: str) -> str:
    """A page's text without its front matter (where the values of its substitutions are)."""
    if page.startswith("---\n") and "\n---\n" in page:
        return page.split("\n---\n", 1)[1]
    return page


def build_manifest(src: Path, substitutions: dict[str, str]) -> list[dict]:
    """The manifest of a book source folder: its executed notebooks and its chapter texts."""
    entries = []
    texts = {md.stem: _body(md.read_text(encoding="utf-8")) for md in sorted(src.glob("*.md"))}
    for key, value in substitutions.items():
        if key.startswith(NOT_DATA):
            continue
        used = re.compile(r"{{\s*" + re.escape(key) + r"\s*}}")
        for stem, t in texts.items():
            if used.search(t):
                chapter = _SUB.sub(
                    lambda m: str(substitutions.get(m.group(1), m.group(0))), chapter_of(t, stem)
                )
                entries += numbers_in_markdown(str(value), chapter, "{{ " + key + " }}")
    for nb in sorted(src.glob("*.ipynb")):
        entries += numbers_in_notebook(nb)
    return entries
