"""Every path of one build, in one object: the published OUT and the work folder kept next to it.

OUT holds what is published (`html/`, the PDF, `tallies.json`, `manifest.json`,
`provenance.json`, `figurer/`, `nedlasting/`, `notebooks/`). The work folder (`.<OUT>.cache/`)
holds the book's source (`src/`), the datasets handed to the kernels, the keys of the executed
notebooks, Jupyter Book's output and logs; it is kept between builds so that unchanged
notebooks and pages are not made again.

>>> layout = BuildLayout.next_to(Path("/x/_build/2024"), 2024)
>>> layout.work, layout.figures, layout.pdf_name
(PosixPath('/x/_build/.2024.cache'), PosixPath('/x/_build/.2024.cache/src/figurer'), \
'salto-arsrapport-2024.pdf')
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from salto_lib import paths


@dataclass(frozen=True)
class BuildLayout:
    # In every edition, so a build replaces only a folder it wrote itself (`recipe.outdir`).
    MARKER: ClassVar[str] = ".salto-utgave"

    out: Path  # the published edition
    work: Path  # kept between builds; `verify` uses a temporary one
    year: int

    @classmethod
    def next_to(cls, out: Path, year: int) -> BuildLayout:
        """The layout of a build into `out`, with its work folder next to it."""
        return cls(out, out.parent / f".{out.name}.cache", year)

    # -- the book's source, which Jupyter Book renders -------------------------------------------

    @property
    def src(self) -> Path:
        return self.work / "src"

    @property
    def figures(self) -> Path:
        return self.src / paths.FIGURES

    @property
    def downloads(self) -> Path:
        return self.src / paths.DOWNLOADS

    @property
    def provenance(self) -> Path:
        return self.src / "provenance.json"

    # -- the work folder -------------------------------------------------------------------------

    @property
    def datasets(self) -> Path:
        """The validated datasets handed to the kernels (`recipe.handover`)."""
        return self.work / "datasets"

    @property
    def notebook_keys(self) -> Path:
        """The keys of the notebooks executed successfully (`recipe.execute`)."""
        return self.work / "notebooks.json"

    @property
    def papermill_log(self) -> Path:
        return self.work / "papermill.log"

    @property
    def pdf_pages(self) -> Path:
        """The page each chapter began on in the last PDF (`pdf.print_book`'s `page_record`)."""
        return self.work / "pdf-sider.json"

    @property
    def published(self) -> Path:
        """What OUT was last published from (`recipe.publish.up_to_date`)."""
        return self.work / "published.json"

    def jupyter_book(self, builder: str) -> Path:
        """Jupyter Book's output folder for one builder (`html`, `singlehtml`)."""
        return self.work / f"jb-{builder}"

    def log(self, builder: str) -> Path:
        return self.work / f"{builder}.log"

    # -- OUT -------------------------------------------------------------------------------------

    @property
    def pdf_name(self) -> str:
        return f"salto-arsrapport-{self.year}.pdf"

    @property
    def pdf(self) -> Path:
        return self.out / self.pdf_name
