"""Sphinx extension: the site's own style and script, and a front page for the web only.

The style sheet and script are `_static/salto.css` and `_static/salto.js` (copied into the book
by `recipe.assemble`). They are added here rather than with `html_css_files`/`html_js_files`:
setting `html_js_files` makes sphinx-thebe write its inline configuration script twice, and the
browser then reports "Identifier 'THEBE_JS_URL' has already been declared".

`book/index.md` shows the year's key figures, the overview chart, the areas and the downloads
under real `##` headings (screen readers navigate by them). In the PDF those sections would
become chapters before the introduction and shift every chapter's number, and the PDF has a
title page of its own (`print_css.title_page`). So for the single-page HTML the PDF is printed
from (`singlehtml`), the root document keeps only its title and the table of contents that
pulls in the chapters.

A build goes on from the previous one (`recipe.jupyter_book`): Sphinx re-reads the pages whose
files changed and writes those again, but every page also shows what the others are called — the
menu, «forrige»/«neste», the numbers and titles of figures, tables and sections it refers to — and
Sphinx does not track that. So when what the pages show of each other changed, every page is
written again (`rewrite_all_when_navigation_changed`), and words gone from the pages are dropped
from the search index (`drop_stale_search_terms`).

Loaded through `sphinx: extra_extensions` in `_config.yml`.
"""

from __future__ import annotations

import hashlib
import json

from docutils import nodes


def keep_only_the_contents(app, doctree: nodes.document) -> None:
    """For the PDF, drop everything from the root document but its title and its toctree."""
    if app.builder.name != "singlehtml" or app.env.docname != app.config.root_doc:
        return
    for section in doctree.findall(nodes.section):
        for child in list(section.children):
            if isinstance(child, nodes.title):
                continue
            if isinstance(child, nodes.compound) and "toctree-wrapper" in child["classes"]:
                continue
            section.remove(child)
        break  # the title's section holds the whole page


def drop_repeated_scripts(app, pagename, templatename, context, doctree) -> None:
    """Write each inline script once.

    sphinx-thebe (loaded by Jupyter Book) registers its configuration as an inline script after
    the builder has started, and Sphinx 7.4 adds it again before writing (as file name "" rather
    than None), so every page declared `const THEBE_JS_URL` twice: a JavaScript error on every
    page. The list is the builder's own, reset for each page, so it is cleaned for each page.
    """
    scripts = context.get("script_files")
    if not scripts:
        return
    seen, unique = set(), []
    for script in scripts:
        key = (script.filename or "", script.priority, tuple(sorted(script.attributes.items())))
        if key not in seen:
            seen.add(key)
            unique.append(script)
    scripts[:] = unique


def navigation(env) -> str:
    """A digest of what every page shows of the others: titles and sections of each page, the
    table of contents, section, figure and table numbers, and the labels references point to."""
    std = env.domaindata.get("std", {})
    shown = {
        "titles": {d: t.astext() for d, t in env.titles.items()},
        "sections": {d: t.astext() for d, t in env.tocs.items()},
        "toctree": env.toctree_includes,
        "secnumbers": env.toc_secnumbers,
        "fignumbers": env.toc_fignumbers,
        "labels": std.get("labels", {}),
        "anonlabels": std.get("anonlabels", {}),
    }
    return hashlib.sha256(json.dumps(shown, sort_keys=True, default=str).encode()).hexdigest()


def remember_navigation(app, env, docnames) -> None:
    """Before the changed pages are read: what the pages showed of each other until now."""
    env.salto_navigation = navigation(env) if env.all_docs else None


def rewrite_all_when_navigation_changed(app, env) -> list[str]:
    """After reading (and numbering): every page, when what they show of each other changed."""
    before = getattr(env, "salto_navigation", None)
    if before is not None and before != navigation(env):
        return sorted(env.found_docs)
    return []


def drop_stale_search_terms(app) -> list:
    """The words of pages read again are removed from the search index Sphinx goes on from, but
    the words themselves stay, pointing to no page: drop them, so the index is that of a fresh
    build (`html-collect-pages` comes before the index is written)."""
    indexer = getattr(app.builder, "indexer", None)
    for mapping in (getattr(indexer, "_mapping", {}), getattr(indexer, "_title_mapping", {})):
        for word in [w for w, pages in mapping.items() if not pages]:
            del mapping[word]
    return []


def setup(app):
    app.add_css_file("salto.css")
    app.add_js_file("salto.js")
    app.connect("html-page-context", drop_repeated_scripts)
    # doctree-read comes after the parse's transforms, among them sphinx-external-toc's, which
    # has put the chapters' toctree into the root document by then: it is there to keep.
    app.connect("doctree-read", keep_only_the_contents)
    app.connect("env-before-read-docs", remember_navigation)
    # After Sphinx's own numbering of sections and figures (priority 500).
    app.connect("env-get-updated", rewrite_all_when_navigation_changed, priority=900)
    app.connect("html-collect-pages", drop_stale_search_terms)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
