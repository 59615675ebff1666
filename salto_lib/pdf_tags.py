"""The printed PDF finished as PDF/UA-1 with pikepdf, where the browser leaves gaps.

Chromium prints a tagged PDF (structure tree from the HTML, figures with their alt text, tables
with TH) but leaves some of PDF/UA-1 to do: the `@page` margin boxes are untagged, links have no
description, the document has no XMP or PDF/UA identification, and bookmarks of headings that
begin a page are written twice. `finish` does the rest; its dates come from the build time
(`provenance.build_time`) and its ids are renumbered, so the same book gives the same bytes.
"""

from __future__ import annotations

import bisect
import re
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


def named_pages(pdf: pikepdf.Pdf) -> dict[str, int]:
    """The page index of each named destination (Chromium names one after each element id that
    a link points to), from the catalog's /Dests and its /Names tree."""
    index = {page.obj.objgen: i for i, page in enumerate(pdf.pages)}
    named = {k.lstrip("/"): v for k, v in (pdf.Root.get("/Dests") or {}).items()}
    named |= _named_destinations(pdf)
    pages = {}
    for name, dest in named.items():
        if isinstance(dest, pikepdf.Dictionary):
            dest = dest.get("/D")
        target = dest[0] if isinstance(dest, pikepdf.Array) and len(dest) else None
        if isinstance(target, pikepdf.Dictionary) and target.objgen in index:
            pages[name] = index[target.objgen]
    return pages


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
ARTIFACT_BEGIN = b"\n/Artifact <</Type /Pagination>> BDC\n"
ARTIFACT_END = b"\nEMC\n"

# An operator in a content stream's bytes stands after white space or the end of a string,
# array, dictionary or hex string (not after "/": "/BT" is a name) and before white space, a
# delimiter or the end. `_CANDIDATES` finds the operators that mark content or begin a text
# object or an inline image, and where a literal string or a comment begins (their bytes are
# not instructions); it begins with a set of characters, which `re` looks for fast.
_CANDIDATES = re.compile(rb"[BE(%](?:(?<=B)(?:DC|MC|T|I)|(?<=E)(?:MC|T))?")
_MARKING = frozenset((b"BDC", b"BMC", b"EMC", b"BT", b"ET", b"BI"))
_WHITE = b"\x00\t\n\x0c\r "
_BEFORE, _AFTER = frozenset(_WHITE + b")>]}"), frozenset(_WHITE + b"()<>[]{}/%")
_SHOWING = re.compile(rb"[\x00\t\n\x0c\r )>\]}](Tj|TJ|'|\")(?=[\x00\t\n\x0c\r ()<>\[\]{}/%]|$)")
_STRING_PART = re.compile(rb"\\.|[()]", re.DOTALL)
_LINE_END = re.compile(rb"[\r\n]")


def mark_artifacts(pdf: pikepdf.Pdf) -> int:
    """Mark the running heads and page numbers as pagination artifacts (PDF/UA-1 7.1-3).

    Chromium tags the document's content but draws the `@page` margin boxes outside any marked
    content; every text object outside marked content is one of those. Returns how many.

    A book's pages hold ~500 000 instructions (Chromium shows each glyph by itself), too many to
    make Python objects of: the operators that matter are found in the stream's bytes
    (`_artifact_spans`) and the marks put in between, the rest of the stream left as it is.
    A page with an inline image or more than one content stream is parsed by pikepdf instead
    (`_mark_parsed`); Chromium writes neither.
    """
    marked = 0
    for page in pdf.pages:
        contents = page.obj.get("/Contents")
        data = contents.read_bytes() if isinstance(contents, pikepdf.Stream) else None
        spans = _artifact_spans(data) if data is not None else None
        if spans is None:
            marked += _mark_parsed(pdf, page)
            continue
        if spans:
            out, last = [], 0
            for begin, end in spans:
                out += [data[last:begin], ARTIFACT_BEGIN, data[begin:end], ARTIFACT_END]
                last = end
            out.append(data[last:])
            page.Contents = pdf.make_stream(b"".join(out))
            marked += len(spans)
    return marked


def _artifact_spans(data: bytes) -> list[tuple[int, int]] | None:
    """Where in a content stream each text object outside marked content begins and ends (BT to
    ET), when it shows text; None when the stream has an inline image (its data are bytes of
    any kind) or a string that does not end."""
    ops, skipped, skip = [], [], 0  # skipped: (start, end) of the strings and comments
    for match in _CANDIDATES.finditer(data):
        begin = match.start()
        if begin < skip:
            continue
        token = match[0]
        if token in _MARKING:
            end = match.end()
            if (begin == 0 or data[begin - 1] in _BEFORE) and (
                end == len(data) or data[end] in _AFTER
            ):
                if token == b"BI":
                    return None
                ops.append((token, begin, end))
        elif token == b"(":
            skip = _string_end(data, begin)
            if skip is None:
                return None
            skipped.append((begin, skip))
        elif token == b"%":
            line = _LINE_END.search(data, begin)
            skip = line.start() if line else len(data)
            skipped.append((begin, skip))
    spans, depth, i = [], 0, 0
    while i < len(ops):
        op, begin, _ = ops[i]
        if op in (b"BDC", b"BMC"):
            depth += 1
        elif op == b"EMC":
            depth -= 1
        elif op == b"BT" and depth == 0:
            # As `_mark_parsed`: the text object runs to its ET, or to the end of the stream.
            last = i
            while last < len(ops) - 1 and ops[last][0] != b"ET":
                last += 1
            stop = ops[last][2] if ops[last][0] == b"ET" else len(data)
            if _shows_text(data, ops[i][2], stop, skipped):
                spans.append((begin, stop))
            i = last + 1
            continue
        i += 1
    return spans


def _string_end(data: bytes, begin: int) -> int | None:
    """Where the literal string that begins at `begin` ends (after its ")"): parentheses inside
    it are balanced or escaped with a backslash."""
    depth = 0
    for part in _STRING_PART.finditer(data, begin):
        if part[0] == b"(":
            depth += 1
        elif part[0] == b")":
            depth -= 1
            if depth == 0:
                return part.end()
    return None


def _shows_text(data: bytes, begin: int, end: int, skipped: list[tuple[int, int]]) -> bool:
    """Whether a text-showing operator is between `begin` and `end`, outside the strings and
    comments in `skipped` (in the order of the stream)."""
    pos = begin
    while match := _SHOWING.search(data, pos, end):
        at = match.start(1)
        k = bisect.bisect_right(skipped, (at, len(data))) - 1
        if k < 0 or skipped[k][1] <= at:
            return True
        pos = skipped[k][1] - 1  # a string's ")" may come right before an operator
    return False


def _mark_parsed(pdf: pikepdf.Pdf, page: pikepdf.Page) -> int:
    """`mark_artifacts` for one page, from pikepdf's parse of its content stream.

    The instructions are compared by their `operator` and never unpacked: unpacking builds the
    operands of each instruction as Python objects, which is slow.
    """
    ops = pikepdf.parse_content_stream(page)
    out, depth, i, marked = [], 0, 0, 0
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
            else:
                out.extend(block)
            i = end + 1
            continue
        out.append(ops[i])
        i += 1
    if marked:
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
