"""`python -m salto_lib verify [OUT]`: prove that every published number follows from the data.

From the raw workbooks, every notebook is executed again in a fresh temporary folder and
everything is recomputed; the result is compared with the published OUT:

- the workbooks themselves (SHA-256 in `provenance.json`): a workbook changed after publishing;
- `tallies.json`, number by number;
- `manifest.json`, every number the book shows (chapter, place, value);
- the executed notebooks' numbers (`OUT/notebooks/`), the same way;
- the figure files (`figurer/`, SVG) and the downloads
  (`nedlasting/`), byte for byte (the build is deterministic);
- what readers see: the book is rendered again, and every number in the visible text of every
  HTML page and every PDF page is compared with the rebuilt page (`shown`), so a number changed
  in a page, or a PDF replaced by another, is named with its page and the words around it; the
  images and downloads the site serves are compared byte for byte.

Exit 0 with «alle N tall stemmer», or 1 listing each difference.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from salto_lib import manifest, paths, quotes, shown
from salto_lib.dataset import dataset_tallies, load_dataset
from salto_lib.pages.common import edition_folder
from salto_lib.provenance import data_folder_of, workbook_hashes
from salto_lib.recipe.console import BuildError, print_problems
from salto_lib.recipe.jupyter_book import render_book
from salto_lib.recipe.layout import BuildLayout
from salto_lib.recipe.publish import collect
from salto_lib.recipe.source import prepare_source

SHOWN_AT_MOST = 40  # differences printed; another edition's PDF would give hundreds


@dataclass(frozen=True)
class Difference:
    chapter: str
    what: str
    published: str
    recomputed: str

    def __str__(self) -> str:
        return (
            f"  {self.chapter}: {self.what}: publisert {self.published}, "
            f"beregnet på nytt {self.recomputed}"
        )


def _flatten(data, prefix="") -> dict[str, object]:
    """{'areas[Rus blant unge].total': 92, …}: a JSON document as paths to its values."""
    if isinstance(data, dict):
        items = {}
        for k, v in data.items():
            items |= _flatten(v, f"{prefix}.{k}" if prefix else str(k))
        return items
    if isinstance(data, list):
        items = {}
        for i, v in enumerate(data):
            label = next((v[k] for k in ("area", "unit") if isinstance(v, dict) and k in v), i)
            if isinstance(v, dict) and "reason" in v:
                label = f"{v.get('area')} / {v['reason']}"
            items |= _flatten(v, f"{prefix}[{label}]")
        return items
    return {prefix: data}


def compare_tallies(published: dict, recomputed: dict) -> list[Difference]:
    a, b = _flatten(published), _flatten(recomputed)
    return [
        Difference("tallies.json", key, str(a.get(key, "mangler")), str(b.get(key, "mangler")))
        for key in sorted(set(a) | set(b), key=str)
        if a.get(key) != b.get(key)
    ]


def _keyed(entries: list[dict]) -> dict[tuple, str]:
    """Entries by (chapter, place, source, n-th occurrence), so equal places stay apart."""
    seen: Counter = Counter()
    keyed = {}
    for e in entries:
        base = (e["chapter"], e["where"], e["source"])
        keyed[(*base, seen[base])] = e["value"]
        seen[base] += 1
    return keyed


def compare_manifests(published: list[dict], recomputed: list[dict], label="") -> list[Difference]:
    a, b = _keyed(published), _keyed(recomputed)
    diffs = []
    for key in list(dict.fromkeys([*a, *b])):
        if a.get(key) != b.get(key):
            chapter, where, source, n = key
            what = f"{where} (fra {source}{', nr. ' + str(n + 1) if n else ''}){label}"
            diffs.append(Difference(chapter, what, a.get(key, "mangler"), b.get(key, "mangler")))
    return diffs


def compare_files(published: dict[str, Path], recomputed: dict[str, Path], what: str):
    """Files compared byte for byte; a difference shows each side's SHA-256 (or «mangler»)."""

    def digest(path: Path | None) -> str:
        return hashlib.sha256(path.read_bytes()).hexdigest()[:16] if path else "mangler"

    return [
        Difference(what, name, digest(published.get(name)), digest(recomputed.get(name)))
        for name in sorted(set(published) | set(recomputed))
        if digest(published.get(name)) != digest(recomputed.get(name))
    ]


def compare_inputs(recorded: dict[str, str], now: dict[str, str]) -> list[Difference]:
    return [
        Difference(
            "arbeidsbøkene",
            f"«{name}» (SHA-256)",
            recorded.get(name, "mangler")[:16],
            now.get(name, "mangler")[:16],
        )
        for name in sorted(set(recorded) | set(now))
        if recorded.get(name) != now.get(name)
    ]


def verify(out: Path | None = None, data: Path | None = None) -> int:
    """The `verify` command; returns the exit code."""
    out = Path(out) if out else _newest_build()
    if out is None or not (out / "provenance.json").is_file():
        print(f"FEIL: {out or paths.BUILD} har ingen publisert rapport (provenance.json mangler).")
        return 1
    prov = json.loads((out / "provenance.json").read_text(encoding="utf-8"))
    folder = Path(data) if data else data_folder_of(prov["data_folder"])
    if not folder.is_dir():
        print(
            f"FEIL: fant ikke datamappen «{prov['data_folder']}» (utgaven ble bygget fra en mappe "
            "utenfor repoet). Oppgi den: python -m salto_lib verify UT --data MAPPE"
        )
        return 1
    print(f"Etterprøver {out} mot arbeidsbøkene i {folder} …")
    diffs = compare_inputs(prov["workbooks"], workbook_hashes(folder) if folder.is_dir() else {})
    ds = load_dataset(folder)
    if ds.errors:
        print_problems(ds)
        print("Arbeidsbøkene har feil; tallene kan ikke beregnes på nytt.")
        return 1
    quoted, wrong = prove_quotes(ds)
    if wrong:
        print(f"{len(wrong)} sitater står ikke ordrett i arbeidsbøkene:")
        for line in wrong:
            print(f"  {line}")
        return 1
    # The same time stamps as the published build, so the downloads can be compared by bytes.
    os.environ["SOURCE_DATE_EPOCH"] = str(prov["source_date_epoch"])
    recounted = json.loads(json.dumps(dataset_tallies(ds)))  # as tallies.json stores it
    with tempfile.TemporaryDirectory(prefix="salto-verify-") as tmp:
        layout = BuildLayout(out, Path(tmp), ds.year)
        pdf = prov.get("pdf", True)
        try:
            source = prepare_source(ds, layout, pdf)
        except BuildError as exc:
            print(f"FEIL: {exc}")
            return 1
        src = layout.src
        recomputed = manifest.build_manifest(src, source.substitutions)
        published = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
        tallies = json.loads((out / "tallies.json").read_text(encoding="utf-8"))
        diffs += compare_tallies(tallies, recounted)
        diffs += compare_manifests(published, recomputed)
        for nb in sorted(src.glob("*.ipynb")):
            shown = out / "notebooks" / nb.name
            old = manifest.numbers_in_notebook(shown) if shown.is_file() else []
            diffs += compare_manifests(old, manifest.numbers_in_notebook(nb), " i notebooken")
        diffs += compare_files(
            {p.name: p for p in (out / paths.FIGURES).glob("*")},
            {p.name: p for p in layout.figures.glob("*") if p.is_file()},
            "figurfiler",
        )
        diffs += compare_files(
            {p.name: p for p in (out / paths.DOWNLOADS).glob("*")},
            {p.name: p for p in layout.downloads.glob("*")},
            "nedlastinger",
        )
        try:
            rebuilt = Path(tmp) / "rebuilt"
            collect(ds, source, render_book(layout, pdf), rebuilt)
        except BuildError as exc:
            print(f"FEIL: boka kunne ikke bygges på nytt: {exc}")
            return 1
        seen, found = compare_shown(out, rebuilt)
        diffs += found
    numbers = len(recomputed) + len(_flatten(recounted))
    if diffs:
        print(f"{len(diffs)} forskjeller mellom publisert og beregnet på nytt:")
        for d in diffs[:SHOWN_AT_MOST]:
            print(d)
        if len(diffs) > SHOWN_AT_MOST:
            print(f"  … og {len(diffs) - SHOWN_AT_MOST} forskjeller til")
        return 1
    print(
        f"OK: alle {numbers} tall stemmer, og det samme gjør {seen} tall på sidene leserne ser "
        "(nettsider og PDF); figurfilene og nedlastingene er like. "
        f"Alle {quoted} sitater står ordrett i enhetenes svar."
    )
    return 0


def compare_shown(out: Path, rebuilt: Path) -> tuple[int, list[Difference]]:
    """What readers see, against the rebuilt edition: the images and downloads the site serves
    (byte for byte), then the numbers on every HTML page and PDF page; returns how many numbers
    the published pages show, and the differences."""

    def served(root: Path) -> dict[str, Path]:
        html = root / "html"
        kinds = ("_images/*", "data/*")
        return {
            p.relative_to(html).as_posix(): p for k in kinds for p in html.glob(k) if p.is_file()
        }

    diffs = compare_files(served(out), served(rebuilt), "filer i nettutgaven")
    # The site serves its own copy of the PDF (so html/ can be published alone): the same file.
    for pdf in out.glob("*.pdf"):
        copy = {pdf.name: out / "html" / pdf.name}
        diffs += compare_files({pdf.name: pdf}, copy, "PDF-en på nettsiden")
    published, rebuilt_pages = shown.html_texts(out), shown.html_texts(rebuilt)
    pdfs = {}
    for side, root in (("publisert", out), ("beregnet", rebuilt)):
        try:
            pdfs[side] = shown.pdf_texts(root)
        except shown.UnreadablePdf as exc:
            pdfs[side] = exc
    if any(isinstance(pages, shown.UnreadablePdf) for pages in pdfs.values()):
        # A damaged file or another kind of file: said once, not as each of its pages missing.
        said = {
            side: "kan ikke leses som PDF" if isinstance(pages, Exception) else "kan leses"
            for side, pages in pdfs.items()
        }
        name = next(p.pdf.name for p in pdfs.values() if isinstance(p, shown.UnreadablePdf))
        diffs.append(Difference("PDF-en", name, said["publisert"], said["beregnet"]))
    else:
        published |= pdfs["publisert"]
        rebuilt_pages |= pdfs["beregnet"]
    seen = sum(len(shown.numbers_in(text)) for text in published.values())
    diffs += [
        Difference(page, f"tall på siden{' (' + where + ')' if where else ''}", old, new)
        for page, old, new, where in shown.compare_pages(published, rebuilt_pages)
    ]
    return seen, diffs


def prove_quotes(ds) -> tuple[int, list[str]]:
    """The edition's selected quotes (`book/<year>/sitater.toml`) proved again against the
    workbooks: how many stand verbatim in their units' answers, and those that do not (file,
    line, workbook and cell)."""
    path = edition_folder(ds.year) / quotes.FILE
    listed, problems = quotes.load_quotes(path, path)
    proofs, wrong, _ = quotes.prove(listed, ds.reports, ds.period, path)
    return sum(p.ok for p in proofs), problems + wrong


def _newest_build() -> Path | None:
    built = sorted(p for p in paths.BUILD.glob("[0-9][0-9][0-9][0-9]") if p.is_dir())
    return built[-1] if built else None
