"""Make the executed notebooks fit to publish: no clock, no local path.

Papermill records when each cell ran (and cells get random ids) and where the notebook and its
data were on the analyst's machine (`/home/<name>/…`, `C:\\Users\\<name>\\…`). None of it is the
report's business, and it makes two builds of one edition differ. After execution, timing
metadata is removed, cells are numbered, and every absolute path of this build becomes a relative
one (the source folder `.`, the repository and the data folder as `provenance.shown_path`
records them), so the same inputs and code give the same bytes in any folder on any machine.
"""

from __future__ import annotations

import json

import nbformat

from salto_lib import paths
from salto_lib.dataset import Dataset
from salto_lib.provenance import shown_path
from salto_lib.recipe.layout import BuildLayout

_CELL_TIMINGS = ("execution", "papermill")


def scrub(nb: nbformat.NotebookNode, replacements: list[tuple[str, str]]) -> str:
    """The notebook as JSON without timings, with each absolute path replaced."""
    nb.metadata.pop("papermill", None)
    for number, cell in enumerate(nb.cells, start=1):
        for key in _CELL_TIMINGS:
            cell.metadata.pop(key, None)
        # nbformat and Papermill give cells random ids; the cell's place is id enough.
        cell.id = f"celle-{number}"
    text = nbformat.writes(nb)
    for absolute, relative in replacements:
        # As the path is written inside JSON strings (backslashes of Windows paths escaped).
        text = text.replace(json.dumps(absolute)[1:-1], json.dumps(relative)[1:-1])
    return text


def scrub_notebooks(layout: BuildLayout, datasets: list[Dataset]) -> None:
    """Scrub every executed notebook in the source folder (rewritten only when it changes, so
    Sphinx does not read an unchanged page again)."""
    places = {
        str(layout.src.resolve()): ".",
        str(layout.work.resolve()): "..",
        str(paths.ROOT): "<repo>",
        **{str(ds.folder.resolve()): shown_path(ds.folder) for ds in datasets},
    }
    # The longest first: a data folder inside the repository before the repository itself.
    replacements = sorted(places.items(), key=lambda item: -len(item[0]))
    for path in sorted(layout.src.glob("*.ipynb")):
        before = path.read_text(encoding="utf-8")
        after = scrub(nbformat.reads(before, as_version=4), replacements)
        if after != before:
            path.write_text(after, encoding="utf-8")
