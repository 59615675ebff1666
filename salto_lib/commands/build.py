"""`python -m salto_lib build`: workbooks → validated data → executed notebooks → HTML and PDF.

The recipe (see `docs/kommandolinje.md`):

1. validate the data folder; on errors print them and stop before writing anything;
2. assemble the book's source in a work folder next to OUT and execute the template notebooks
   with Papermill (`recipe.source.prepare_source`);
3. render HTML and PDF with Jupyter Book at the same time (`recipe.jupyter_book`);
4. collect `html/`, the PDF, `tallies.json` and the executed notebooks in a staging folder and
   swap it in for OUT with renames (`recipe.publish`), so an earlier OUT stays exactly as it
   was unless everything succeeded.

The work folder (`.<OUT name>.cache/` next to OUT) is kept between builds: a notebook whose
inputs are unchanged is not executed again, and Sphinx re-reads only changed pages. `--fresh`
starts from an empty work folder.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path

from salto_lib import fmt, paths
from salto_lib.dataset import data_folder, load_dataset
from salto_lib.recipe.assemble import missing_texts
from salto_lib.recipe.console import BuildError, print_problems, say, seconds
from salto_lib.recipe.jupyter_book import render_book
from salto_lib.recipe.layout import BuildLayout
from salto_lib.recipe.publish import collect, source_digest, swap_in, up_to_date, write_json
from salto_lib.recipe.source import prepare_source


def build(
    folder: Path | None = None, out: Path | None = None, pdf: bool = True, fresh: bool = False
) -> int:
    """The `build` command; returns the exit code. `fresh` ignores the earlier build's work."""
    start = time.perf_counter()
    try:
        folder = Path(folder) if folder else data_folder()
    except FileNotFoundError as exc:  # no data/<year>/ at all
        say(f"FEIL: {exc}. Oppgi datamappen: python -m salto_lib build MAPPE")
        return 1
    say(f"Kontrollerer arbeidsbøkene i {folder} …")
    ds = load_dataset(folder)
    if ds.errors:
        print_problems(ds)
        say("Rett feilene over og kjør på nytt. Ingenting er bygget eller publisert.")
        return 1
    say(
        f"  {len(ds.reports)} arbeidsbøker, {fmt.number(len(ds.measures))} tiltak, "
        f"{len(ds.warnings)} advarsler ({ds.period.title}, {ds.year})"
    )
    for w in ds.warnings:
        say(f"  {w}")
    missing = missing_texts(ds.year)
    if missing:
        names = ", ".join(str(p.relative_to(paths.ROOT)) for p in missing)
        say(f"FEIL: Teksten for {ds.year} mangler: {names}. Lag filene (se book/README.md).")
        return 1
    out = (Path(out) if out else paths.BUILD / str(ds.year)).resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    layout = BuildLayout.next_to(out, ds.year)
    if fresh:
        shutil.rmtree(layout.work, ignore_errors=True)
    stage = None
    try:
        source = prepare_source(ds, layout, pdf)
        state = {"out": str(out), "pdf": pdf, "source": source_digest(layout.src)}
        if up_to_date(source, state):
            say(f"Ingenting er endret siden forrige bygg; {out} er allerede oppdatert.")
            return 0
        # Sphinx never removes what an earlier build wrote (a renamed page, a dropped asset);
        # its parsed pages (doctrees) are kept, so writing every page again costs seconds.
        shutil.rmtree(layout.jupyter_book("html") / "_build" / "html", ignore_errors=True)
        outputs = render_book(layout, pdf)
        stage = Path(tempfile.mkdtemp(prefix=".build-", dir=out.parent))
        collect(ds, source, outputs, stage / "result")
        swap_in(stage / "result", out, stage)
        write_json(layout.published, state)
    except BuildError as exc:
        say(f"FEIL: {exc}")
        say(f"Ingenting er publisert; {out} er uendret.")
        return 1
    except BaseException:
        say(f"Bygget stoppet; {out} er uendret.")
        raise
    finally:
        if stage is not None:
            shutil.rmtree(stage, ignore_errors=True)
    shown = out.relative_to(paths.ROOT) if out.is_relative_to(paths.ROOT) else out
    say(f"Ferdig på {seconds(start)}: {shown / 'html' / 'index.html'}")
    if pdf:
        say(f"  PDF: {shown / layout.pdf_name}")
    return 0
