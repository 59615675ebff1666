"""The printed PDF finished as PDF/UA-1 with pikepdf, where the browser leaves gaps.

Chromium prints a tagged PDF (structure tree from the HTML, figures with their alt text, tables
with TH) but leaves some of PDF/UA-1 to do: the `@page` margin boxes are untagged, links have no
description, the document has no XMP or PDF/UA identification, and bookmarks of headings that
begin a page are written twice. `finish` does the rest; its dates come from the build time
(`provenance.build_time`) and its ids are renumbered, so the same book gives the same bytes.
"""

from __future__ import annotations

from pathlib import Path

import pikepdf
from pikepdf.models.metadata import encode_pdf_date

from salto_lib import print_css, provenance

LANGUAGE = "nb"


def same_heading(mark: str, heading: str) -> bool:
    """Whether a bookmark's title is this heading's text.

    Chromium 156 writes a heading that begins a page after a forced break (a chapter's named
    page) twice into its bookmark ("1. 1. InnledningInnledning"): same letters, twice over.

    >>> same_heading("1. 1. InnledningInnledning", "1. Innledning")
    True
    """
    mark, heading = "".join(mark.split()), "".join(heading.split())
    doubled = len(mark) == 2 * len(heading) and sorted(mark) == sorted(heading * 2)
    return mark == heading or doubled


def outline(pdf: pikepdf.Pdf, headings: list[str]) -> list[tuple[str, int]]:
    """Every bookmark as (title, page index), in document order; titles that Chromium wrote
    twice are set to the heading's text (`headings`: every heading of the page, in order)."""
    index = {page.obj.objgen: i for i, page in enumerate(pdf.pages)}
    named = _named_destinations(pdf)
    found = []
    queue = [" ".join(h.split()) for h in headings]

    def walk(items):
        for item in items:
            title = " ".join(item.title.split())
            for i, heading in enumerate(queue):
                if same_heading(title, heading):
                    if title != heading:
                        item.title = title = heading
                    del queue[: i + 1]
                    break
            dest = item.destination
            if isinstance(dest, (pikepdf.Name, pikepdf.String, str)):
                dest = named.get(str(dest))
            if dest is None and item.action is not None:
                dest = item.action.get("/D")
            if isinstance(dest, pikepdf.Array) and len(dest) and dest[0].objgen in index:
                found.append((title, index[dest[0].objgen]))
            walk(item.children)

    with pdf.open_outline() as tree:
        walk(tree.root)
    return found


def _named_destinations(pdf: pikepdf.Pdf) -> dict[str, pikepdf.Array]:
    if "/Names" not in pdf.Root or "/Dests" not in pdf.Root.Names:
        return {}
    tree = pikepdf.NameTree(pdf.Root.Names.Dests)
    return {str(k): (v.D if isinstance(v, pikepdf.Dictionary) else v) for k, v in tree.items()}


def describe_links(pdf: pikepdf.Pdf, texts: dict[str, str]) -> None:
    """Give each link annotation a /Contents (PDF/UA-1 7.18.5): the text of its HTML link.

    `texts` maps a link's target as the PDF names it (the id of an element in the page, which
    Chromium uses as the destination's name, or the full address) to the link's text.
    """
    for page in pdf.pages:
        for annot in page.obj.get("/Annots", []):
            if annot.get("/Subtype") != "/Link" or str(annot.get("/Contents", "")).strip():
                continue
            uri = str(annot.get("/A", {}).get("/URI", ""))
            target = uri or str(annot.get("/Dest", "")).lstrip("/")
            fallback = f"Lenke til {uri}" if uri else "Lenke til et annet sted i rapporten"
            annot.Contents = pikepdf.String(texts.get(target) or fallback)
        if "/Annots" in page.obj:
            page.obj.Tabs = pikepdf.Name.S  # tab order follows the structure (PDF/UA-1 7.18.3)


_OP = pikepdf.Operator
TEXT_SHOWING = {_OP("Tj"), _OP("TJ"), _OP("'"), _OP('"')}
BT, ET, BDC, BMC, EMC = (_OP(name) for name in ("BT", "ET", "BDC", "BMC", "EMC"))


def mark_artifacts(pdf: pikepdf.Pdf) -> int:
    """Mark the running heads and page numbers as pagination artifacts (PDF/UA-1 7.1-3).

    Chromium tags the document's content but draws the `@page` margin boxes outside any marked
    content; every text object outside marked content is one of those. Returns how many.

    The instructions are compared by their `operator` and never unpacked: unpacking builds the
    operands of each of the ~500 000 instructions of a book as Python objects, which is slow.
    """
    marked = 0
    for page in pdf.pages:
        ops = pikepdf.parse_content_stream(page)
        out, depth, i, changed = [], 0, 0, False
        while i < len(ops):
            op = ops[i].operator
            if op in (BDC, BMC):
                depth += 1
            elif op == EMC:
                depth -= 1
            elif op == BT and depth == 0:
                end = i
                while end < len(ops) - 1 and ops[end].operator != ET:
                    end += 1
                block = ops[i : end + 1]
                if any(ins.operator in TEXT_SHOWING for ins in block):
                    kind = pikepdf.Dictionary(Type=pikepdf.Name.Pagination)
                    out.append(pikepdf.ContentStreamInstruction([pikepdf.Name.Artifact, kind], BDC))
                    out.extend(block)
                    out.append(pikepdf.ContentStreamInstruction([], EMC))
                    marked += 1
                    changed = True
                else:
                    out.extend(block)
                i = end + 1
                continue
            out.append(ops[i])
            i += 1
        if changed:
            page.Contents = pdf.make_stream(pikepdf.unparse_content_stream(out))
    return marked


def stable_ids(pdf: pikepdf.Pdf) -> None:
    """Number the structure elements' ids (table headers refer to them) in document order.

    Chromium names them after its DOM nodes ("node00000250"), whose numbers differ from one run
    to the next; renumbered, the same book prints to the same bytes.
    """
    root = pdf.Root.StructTreeRoot
    if "/IDTree" not in root:
        return
    old = pikepdf.NameTree(root.IDTree)
    names = sorted(old.keys(), key=lambda n: (len(n), n))
    new = {n: f"id{i:06d}" for i, n in enumerate(names)}
    elements = {n: old[n] for n in names}
    stack = [root.get("/K")]
    while stack:
        node = stack.pop()
        if isinstance(node, pikepdf.Array):
            stack.extend(node)
            continue
        if not isinstance(node, pikepdf.Dictionary) or "/S" not in node:
            continue
        if "/ID" in node:
            node.ID = pikepdf.String(new.get(str(node.ID), str(node.ID)))
        attributes = node.get("/A")
        for attribute in attributes if isinstance(attributes, pikepdf.Array) else [attributes]:
            if isinstance(attribute, pikepdf.Dictionary) and "/Headers" in attribute:
                attribute.Headers = pikepdf.Array(
                    [pikepdf.String(new.get(str(h), str(h))) for h in attribute.Headers]
                )
        stack.append(node.get("/K"))
    tree = pikepdf.NameTree.new(pdf)
    for name in names:
        tree[new[name]] = elements[name]
    root.IDTree = tree.obj


def finish(
    printed: Path,
    target: Path,
    info: print_css.TitlePage,
    headings: list[str],
    links: dict,
    creator: str = "salto_lib",
) -> None:
    """Bookmarks, title, language, PDF/UA identification, link descriptions, fixed dates."""
    stamp = provenance.build_time()
    with pikepdf.open(printed) as pdf:
        outline(pdf, headings)
        mark_artifacts(pdf)
        stable_ids(pdf)
        pdf.Root.Lang = pikepdf.String(LANGUAGE)
        prefs = pdf.Root.get("/ViewerPreferences") or pikepdf.Dictionary()
        prefs.DisplayDocTitle = True
        pdf.Root.ViewerPreferences = prefs
        describe_links(pdf, links)
        with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
            meta["dc:title"] = info.title
            meta["dc:language"] = [LANGUAGE]
            meta["dc:creator"] = [info.publisher]
            meta["dc:description"] = print_css.SUBTITLE
            meta["pdfuaid:part"] = "1"
            meta["xmp:CreatorTool"] = creator
            for key in ("xmp:CreateDate", "xmp:ModifyDate", "xmp:MetadataDate"):
                meta[key] = stamp.isoformat()
        date = pikepdf.String(encode_pdf_date(stamp))
        pdf.docinfo.Title = pikepdf.String(info.title)
        pdf.docinfo.Author = pikepdf.String(info.publisher)
        pdf.docinfo.Subject = pikepdf.String(print_css.SUBTITLE)
        pdf.docinfo.CreationDate = date
        pdf.docinfo.ModDate = date
        target.parent.mkdir(parents=True, exist_ok=True)
        pdf.save(target, deterministic_id=True)
