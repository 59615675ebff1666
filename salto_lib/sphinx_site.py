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

Loaded through `sphinx: extra_extensions` in `_config.yml`.
"""

from __future__ import annotations

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


def setup(app):
    app.add_css_file("salto.css")
    app.add_js_file("salto.js")
    app.connect("html-page-context", drop_repeated_scripts)
    # doctree-read comes after the parse's transforms, among them sphinx-external-toc's, which
    # has put the chapters' toctree into the root document by then: it is there to keep.
    app.connect("doctree-read", keep_only_the_contents)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
