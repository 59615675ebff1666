"""Assemble the book's source folder: chapter texts, configuration, chapter figures, downloads.

The prose of the report is MyST Markdown in `book/` (text for any year) and `book/<year>/`
(text written for one edition). `write_files` writes what the texts show besides words (the
chapter chart, the downloads, `provenance.json`); `assemble` writes the texts, the table of
contents and `_config.yml`. Nothing here touches `book/` or `data/`.

Each page carries the substitutions it shows in its own front matter (a notebook in its metadata,
`place_substitutions`), not `_config.yml`: Sphinx re-reads a page whose file changed, but any
change of the configuration makes it read every page again — so a count or a checksum that
changes re-renders the pages that show it, not the whole book.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from salto_lib import charts, downloads, paths, provenance
from salto_lib.dataset import Dataset
from salto_lib.edition import Edition, load_edition
from salto_lib.pages import about, chapters
from salto_lib.pages.common import edition_folder
from salto_lib.recipe import translations
from salto_lib.recipe.jobs import CHANGES, NotebookJob
from salto_lib.recipe.layout import BuildLayout

CONFIG = paths.ROOT / "_config.yml"
TOC = paths.ROOT / "_toc.yml"
STATIC = paths.ROOT / "_static"
# The PDF's style sheet: in the source (so a change to it prints the PDF again), but not in
# `_static`, whose style sheets Jupyter Book adds to every web page.
PRINT = paths.ROOT / "_print" / "print.css"
TEMPLATES = paths.ROOT / "_templates"
# Text written for each edition (book/<year>/<name>.md): four chapters and the data note that
# the method appendix includes.
EDITION_TEXTS = ("innledning", "forankring", "vurdering", "avslutning", "datagrunnlag")
DOCUTILS_CONF = "[general]\nfile_insertion_enabled: false\nraw_enabled: false\n"
_INCLUDE = re.compile(r"^```\{include\} (\S+)\n```$", re.MULTILINE)
_SUBSTITUTION = re.compile(r"{{(.*?)}}", re.DOTALL)
_NAME = re.compile(r"[A-Za-z_]\w*")


@dataclass(frozen=True)
class Written:
    """What `write_files` wrote: the downloads (paths in the source folder) and provenance."""

    downloads: list[Path]
    provenance: dict


def missing_texts(year: int) -> list[Path]:
    """The edition texts `book/<year>/…` the book needs but that do not exist."""
    folder = edition_folder(year)
    return [folder / f"{n}.md" for n in EDITION_TEXTS if not (folder / f"{n}.md").is_file()]


def edition_texts(year: int) -> list[Path]:
    """Every text the edition of `year` publishes: the common ones and the edition's own."""
    common = [p for p in sorted(paths.BOOK.glob("*.md")) if p.name != "README.md"]
    return common + sorted(edition_folder(year).rglob("*.md"))


def table_of_contents(planned: list[NotebookJob]) -> str:
    """`_toc.yml` with the executed notebooks in place of its globs, in the jobs' order (areas
    in plan order, units alphabetically), and the chapter on changes from last year after the
    area chapters when there is a last year to compare with.

    The pages are named after what they show (`rus-blant-unge`, `enhet-bydel-vestre-aker`), not
    numbered, so a page's address means the same thing every year; the order is kept here.
    """
    toc = yaml.safe_load(TOC.read_text(encoding="utf-8"))

    def files(template: str) -> list[dict]:
        return [{"file": j.label} for j in planned if j.template.stem == template]

    def expand(entries: list[dict]) -> list[dict]:
        result = []
        for entry in entries:
            if "glob" in entry:  # `omrade-*` / `enhet-*`: the pages of that template
                result += files(entry["glob"].removesuffix("-*"))
                if entry["glob"] == "omrade-*" and any(j.output == CHANGES for j in planned):
                    result.append({"file": CHANGES.removesuffix(".ipynb")})
                continue
            if "sections" in entry:
                entry = {**entry, "sections": expand(entry["sections"])}
            result.append(entry)
        return result

    for part in toc["parts"]:
        part["chapters"] = expand(part["chapters"])
    return yaml.safe_dump(toc, allow_unicode=True, sort_keys=False)


def write_files(ds: Dataset, layout: BuildLayout, pdf: bool) -> Written:
    """Write the chapter charts, the downloads and `provenance.json` into the source folder."""
    for stem, figure in chapters.figures(ds).items():
        charts.save(figure, layout.src / stem.parent, stem.name)
    files = downloads.write_downloads(ds, layout.downloads)
    edition = load_edition(edition_folder(ds.year), ds.year)
    texts = edition_texts(ds.year)
    info = provenance.collect_provenance(ds, edition, texts) | {"pdf": pdf}  # `verify`: the same
    text = json.dumps(info, ensure_ascii=False, indent=2) + "\n"
    layout.provenance.write_text(text, encoding="utf-8")
    return Written([p.relative_to(layout.src) for p in files], info)


def substitutions(
    ds: Dataset, layout: BuildLayout, written: Written, pdf: bool, edition: Edition | None = None
) -> dict:
    """The substitutions of the chapter texts, the provenance appendix's and the edition's
    (publication details, accessibility statement; a draft's when `edition` is None) included."""
    subs = chapters.substitutions(ds, written.downloads, layout.pdf_name if pdf else None)
    subs |= about.substitutions(edition or Edition(year=ds.year), ds.period)
    return subs | chapters.provenance_substitutions(ds, written.provenance)


def assemble(
    ds: Dataset, layout: BuildLayout, planned: list[NotebookJob], subs: dict, edition: Edition
) -> None:
    """Write the book's texts (each with the substitutions of `subs` it uses), table of contents
    (`planned` notebooks), style and `_config.yml` (with what `edition` says about itself)."""
    src = layout.src
    texts = {md.name: md for md in sorted(paths.BOOK.glob("*.md")) if md.name != "README.md"}
    texts |= {md.name: md for md in sorted(edition_folder(ds.year).glob("*.md"))}
    for md in src.glob("*.md"):
        if md.name not in texts:  # left from an earlier build; it must not be published
            md.unlink()
    for name, md in texts.items():
        text = inline_includes(md.read_text(encoding="utf-8"), texts)
        _write_if_changed(src / name, with_substitutions(text, subs))
    # Raw markup and file insertion are off for the whole book (DOCUTILSCONFIG in the build):
    # should workbook text ever slip past the escaping, it still cannot include a file.
    _write_if_changed(src / "docutils.conf", DOCUTILS_CONF)
    _write_if_changed(src / "_toc.yml", table_of_contents(planned))
    # The site's own style sheet and icon (`html_static_path` in _config.yml), kept out of
    # book/, whose texts must contain no digits.
    (src / "_static").mkdir(exist_ok=True)
    for static in sorted(STATIC.glob("*.*")):
        _write_if_changed(src / "_static" / static.name, static.read_text(encoding="utf-8"))
    for left in (src / "_static").glob("*.*"):
        if not (STATIC / left.name).is_file():  # gone from _static: gone from every page
            left.unlink()
    (src / "_print").mkdir(exist_ok=True)
    _write_if_changed(src / "_print" / PRINT.name, PRINT.read_text(encoding="utf-8"))
    # The theme's components that speak English only, in Norwegian (`templates_path`), and
    # the interface strings (`locale_dirs`).
    for template in sorted(TEMPLATES.rglob("*.html")):
        target = src / "_templates" / template.relative_to(TEMPLATES)
        target.parent.mkdir(parents=True, exist_ok=True)
        _write_if_changed(target, template.read_text(encoding="utf-8"))
    for name, data in translations.compiled().items():
        target = src / "_locale" / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if not target.is_file() or target.read_bytes() != data:
            target.write_bytes(data)
    config = yaml.safe_load(CONFIG.read_text(encoding="utf-8"))
    config["title"] = edition.title  # «(utkast)» until the edition is published
    sphinx = config.setdefault("sphinx", {}).setdefault("config", {})
    sphinx["today"] = about.published(edition)  # the publication date, never the clock
    site = about.site_options(edition, ds.period)
    sphinx.setdefault("html_theme_options", {}).update(site["theme_options"])
    sphinx.setdefault("html_context", {}).update(site["context"])
    _write_if_changed(
        src / "_config.yml", yaml.safe_dump(config, allow_unicode=True, sort_keys=False)
    )


def inline_includes(text: str, texts: dict[str, Path]) -> str:
    """Replace `{include}` blocks of our own texts by the included text.

    Docutils' file insertion is disabled in the build, so the book's own texts are put
    together here instead.

    >>> inline_includes("A\\n```{include} b.md\\n```\\n", {"b.md": Path("/dev/null")})
    'A\\n\\n'
    """
    return _INCLUDE.sub(lambda m: texts[m.group(1)].read_text(encoding="utf-8"), text)


def keys_used(texts: list[str], subs: dict) -> dict:
    """The substitutions the texts use, and those their values use in turn (MyST reads a value as
    Markdown, so a key in it is filled in too), in key order.

    >>> keys_used(["{{ a }} og {{b}}"], {"a": "{{ c }}", "b": "1", "c": "2", "d": "3"})
    {'a': '{{ c }}', 'b': '1', 'c': '2'}
    """
    used, todo = {}, list(texts)
    while todo:
        for m in _SUBSTITUTION.finditer(todo.pop()):
            for name in _NAME.findall(m.group(1)):
                if name in subs and name not in used:
                    used[name] = subs[name]
                    todo.append(str(subs[name]))
    return dict(sorted(used.items()))


def with_substitutions(text: str, subs: dict) -> str:
    """A Markdown page with the substitutions it uses in its front matter (MyST's `myst:` key)."""
    used = keys_used([text], subs)
    if not used:
        return text
    head = {"myst": {"substitutions": used}}
    return "---\n" + yaml.safe_dump(head, allow_unicode=True, width=1_000_000) + "---\n" + text


def place_substitutions(src: Path, pages: dict[str, dict], subs: dict) -> None:
    """Store in each executed notebook (`pages`: file name → the notebook's own substitutions,
    such as its chapter title) those substitutions and the book's that it uses, in its metadata
    (`myst.substitutions`, which MyST reads as the page's own). A notebook is rewritten only when
    they changed, so Sphinx re-reads only the pages whose substitutions changed."""
    import nbformat

    for name, own in pages.items():
        path = src / name
        nb = nbformat.read(path, as_version=4)
        texts = [str(v) for v in own.values()]
        for cell in nb.cells:
            if cell.cell_type == "markdown":
                texts.append(cell.source)
            for output in cell.get("outputs", []):
                texts.append(str(output.get("data", {}).get("text/markdown", "")))
        wanted = {**own, **{k: v for k, v in keys_used(texts, subs).items() if k not in own}}
        myst = nb.metadata.setdefault("myst", {})
        if myst.get("substitutions") != wanted:  # (stored with sorted keys)
            myst["substitutions"] = wanted
            path.write_text(nbformat.writes(nb), encoding="utf-8")  # as `recipe.scrub` writes


def _write_if_changed(target: Path, text: str) -> None:
    # An unchanged page keeps its time stamp, so an incremental Sphinx build skips it.
    if not target.is_file() or target.read_text(encoding="utf-8") != text:
        target.write_text(text, encoding="utf-8")
