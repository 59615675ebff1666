"""Collect the published files in a staging folder (swapped in for OUT by `recipe.outdir`), so
an earlier OUT stays exactly as it was unless everything succeeded."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

from salto_lib import manifest, paths
from salto_lib.dataset import Dataset, dataset_tallies
from salto_lib.pages.common import SITE_DATA
from salto_lib.recipe import cache
from salto_lib.recipe.source import Source

# Sphinx's own files that a reader never needs: its build record and the pages' sources (the
# executed notebooks, with their parameters).
NOT_PUBLISHED = shutil.ignore_patterns(".buildinfo", "_sources", ".doctrees")


def collect(ds: Dataset, source: Source, outputs: dict[str, Path], result: Path) -> None:
    """Put the published files into `result`: html/, the PDF, tallies.json, notebooks/."""
    layout, src = source.layout, source.layout.src
    result.mkdir(parents=True)
    # The same bytes in every edition (editions are reproducible byte for byte).
    (result / layout.MARKER).write_text(
        "SaLTo årsrapport: en utgave skrevet av `python -m salto_lib build`, som erstatter "
        "denne mappen ved neste bygging.\n",
        encoding="utf-8",
    )
    shutil.copytree(outputs["html"], result / "html", ignore=NOT_PUBLISHED)
    drop_stale_pages(result / "html", src)
    # The downloads at addresses that mean the same thing every year (`pages.front.SITE_DATA`).
    shutil.copytree(layout.downloads, result / "html" / SITE_DATA)
    if "pdf" in outputs:
        shutil.copy2(outputs["pdf"], result / layout.pdf_name)
        # The site links the PDF next to its pages, so html/ can be published on its own.
        shutil.copy2(outputs["pdf"], result / "html" / layout.pdf_name)
    write_json(result / "tallies.json", dataset_tallies(ds))
    # What `verify` compares: every number shown, the inputs, the downloads.
    write_json(result / "manifest.json", manifest.build_manifest(src, source.substitutions))
    shutil.copy2(layout.provenance, result / layout.provenance.name)
    shutil.copytree(layout.downloads, result / paths.DOWNLOADS)
    shutil.copytree(layout.figures, result / paths.FIGURES)
    # Reviewers get the executed notebooks, which the HTML shows without code.
    (result / "notebooks").mkdir()
    for nb in sorted(src.glob("*.ipynb")):
        shutil.copy2(nb, result / "notebooks" / nb.name)


def drop_stale_pages(html: Path, src: Path) -> None:
    """Remove pages Sphinx left from earlier builds in the kept work folder (a renamed chapter,
    a unit no longer reporting): only pages of the current source are published."""
    current = {p.stem for p in src.glob("*.md")} | {p.stem for p in src.glob("*.ipynb")}
    for page in html.glob("*.html"):
        if page.stem not in current | {"search"}:
            page.unlink()


def write_json(path: Path, data) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def source_digest(src: Path) -> str:
    """A digest of the whole book source: texts, configuration, figures, executed notebooks."""
    digest = hashlib.sha256()
    for path in sorted(p for p in src.rglob("*") if p.is_file()):
        digest.update(str(path.relative_to(src)).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def up_to_date(source: Source, state: dict) -> bool:
    """True when OUT was published from exactly this source (then there is nothing to render).

    The build date is in the source (title page, provenance), so a new day renders again.
    """
    layout = source.layout
    out = layout.out
    published = [out / "html" / "index.html", out / "tallies.json", out / "manifest.json"]
    if state["pdf"]:
        published.append(layout.pdf)
    if not all(p.is_file() for p in published):
        return False
    return cache.read_record(layout.published) == state
