"""`python -m salto_lib build`: workbooks → validated data → executed notebooks → HTML and PDF.

The recipe (see `docs/kommandolinje.md`):

1. validate the data folder; on errors print them and stop before writing anything;
2. assemble the book's source in a work folder next to OUT and execute the template notebooks
   with Papermill (`recipe.source.prepare_source`);
3. render HTML and PDF with Jupyter Book at the same time (`recipe.jupyter_book`);
4. collect `html/`, the PDF, `tallies.json` and the executed notebooks in a staging folder and
   swap it in for OUT atomically (`recipe.publish`, `recipe.outdir`), so an earlier OUT stays
   exactly as it was unless everything succeeded.

OUT must be an earlier edition, empty or new (never the data folder, the repository or the home
folder), and one build at a time holds its lock (`recipe.outdir`).

The work folder (`.<OUT name>.cache/` next to OUT) is kept between builds: a notebook whose
inputs are unchanged is not executed again, and Sphinx re-reads only changed pages; when no input
changed at all, the build says so before reading a workbook (`recipe.stamp`). `--fresh` starts
from an empty work folder.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import tempfile
import time
from pathlib import Path

from salto_lib import paths
from salto_lib.recipe import stamp
from salto_lib.recipe.console import say, seconds
from salto_lib.recipe.layout import BuildLayout

# What makes an edition: a published edition is not replaced in silence when any of these changed.
EDITION_INPUTS = {
    "workbooks": "arbeidsbøkene",
    "plan_period_file": "planperioden",
    "texts": "tekstene",
    "git_commit": "programkoden",
}


def changed_since(out: Path, ds, edition) -> tuple[str, list[str]]:
    """When OUT is a published edition: its publication date and what differs now (else "")."""
    from salto_lib import provenance
    from salto_lib.recipe.assemble import edition_texts

    recorded = out / "provenance.json"
    if not recorded.is_file():
        return "", []
    before = json.loads(recorded.read_text(encoding="utf-8"))
    published = (before.get("edition") or {}).get("published")
    if not published:
        return "", []  # a draft is rebuilt freely
    now = provenance.collect_provenance(ds, edition, edition_texts(ds.year))
    return published, [w for k, w in EDITION_INPUTS.items() if before.get(k) != now.get(k)]


def _build_locked(ds, edition, out: Path, pdf: bool, fresh: bool, replace: bool, stamped):
    """The build while holding OUT's lock: the exit code, or `(layout, keep)` when published.
    `stamped`: what `recipe.stamp` records once OUT is published (its inputs, what was said)."""
    from salto_lib import fmt
    from salto_lib.recipe import cache, outdir
    from salto_lib.recipe.console import BuildError
    from salto_lib.recipe.jupyter_book import render_book
    from salto_lib.recipe.publish import collect, source_digest, up_to_date
    from salto_lib.recipe.source import prepare_source

    for left in outdir.remove_leftovers(out):
        say(f"  Fjernet {left.name} (rester av en bygging som ble stoppet)")
    published, changed = changed_since(out, ds, edition)
    keep = None
    if changed and not replace:
        say(
            f"FEIL: {out} er den publiserte utgaven for {ds.year} (publisert {published}), og "
            f"{fmt.join(changed)} er endret siden. Ingenting er bygget. Vil du erstatte den, "
            "bygg med --replace; den publiserte utgaven blir da liggende ved siden av som "
            f"{out.name}.<tidspunkt>.bak."
        )
        return 1
    if changed:
        when = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        keep = out.with_name(f"{out.name}.{when}.bak")
    layout = BuildLayout.next_to(out, ds.year)
    if fresh:
        shutil.rmtree(layout.work, ignore_errors=True)
    stage = None
    try:
        source = prepare_source(ds, layout, pdf)
        state = {"out": str(out), "pdf": pdf, "source": source_digest(layout.src)}
        if up_to_date(source, state):
            stamp.record(layout, *stamped)
            say(f"Ingenting er endret siden forrige bygg; {out} er allerede oppdatert.")
            return 0
        outputs = render_book(layout, pdf)
        stage = Path(tempfile.mkdtemp(prefix=outdir.stage_prefix(out), dir=out.parent))
        collect(ds, source, outputs, stage / "result")
        cache.kill_point("collected")
        outdir.swap_in(stage / "result", out, stage, keep)
        cache.kill_point("swapped")
        cache.write_record(layout.published, state)
        stamp.record(layout, *stamped)
    except BuildError as exc:
        say(f"FEIL: {exc}")
        say(f"Ingenting er publisert; {out} er uendret.")
        return 1
    except OSError as exc:
        if not outdir.disk_full(exc):
            say(f"Bygget stoppet; {out} er uendret.")
            raise
        say(
            f"FEIL: disken er full ({exc.filename or out.parent}). Ingenting er publisert; {out} "
            "er uendret. Gjør plass på disken (en utgave trenger omtrent 100 MB, mellomresultatene "
            "like mye) og kjør på nytt."
        )
        return 1
    except BaseException:
        say(f"Bygget stoppet; {out} er uendret.")
        raise
    finally:
        if stage is not None:
            shutil.rmtree(stage, ignore_errors=True)
    return layout, keep


def build(
    folder: Path | None = None,
    out: Path | None = None,
    pdf: bool = True,
    fresh: bool = False,
    replace: bool = False,
) -> int:
    """The `build` command; returns the exit code. `fresh` ignores the earlier build's work;
    `replace` replaces a published edition whose inputs or code changed (kept as a .bak)."""
    start = time.perf_counter()
    inputs = guess = None
    if folder:
        # Nothing read or imported yet: when no input changed since OUT was published, that
        # is all there is to say (`recipe.stamp`).
        folder = Path(folder)
        guess = (Path(out) if out else paths.BUILD / folder.name).resolve()
        inputs = stamp.inputs(folder, guess, pdf)
        said = None if fresh else stamp.unchanged(BuildLayout.next_to(guess, 0), inputs, pdf)
        if said is not None:
            for line in said:
                say(line)
            say(f"Ingenting er endret siden forrige bygg; {guess} er allerede oppdatert.")
            return 0
    return _build(folder, out, pdf, fresh, replace, start, inputs, guess)


def _build(folder, out, pdf, fresh, replace, start, inputs: str | None, guess: Path | None) -> int:
    from salto_lib import fmt
    from salto_lib.dataset import data_folder, load_dataset
    from salto_lib.edition import EditionError, load_edition
    from salto_lib.pages.common import edition_folder
    from salto_lib.recipe import outdir
    from salto_lib.recipe.assemble import missing_texts
    from salto_lib.recipe.console import BuildError, print_problems

    try:
        folder = Path(folder) if folder else data_folder()
    except FileNotFoundError as exc:  # no data/<year>/ at all
        say(f"FEIL: {exc}. Oppgi datamappen: python -m salto_lib build MAPPE")
        return 1
    if out is not None and (why := outdir.refusal(Path(out), folder)):
        say(f"FEIL: {why}")  # before the workbooks are even read
        return 1
    say(f"Kontrollerer arbeidsbøkene i {folder} …")
    ds = load_dataset(folder)
    if ds.errors:
        print_problems(ds)
        say("Rett feilene over og kjør på nytt. Ingenting er bygget eller publisert.")
        return 1
    said = [
        f"  {len(ds.reports)} arbeidsbøker, {fmt.number(len(ds.measures))} tiltak, "
        f"{len(ds.warnings)} advarsler ({ds.period.title}, {ds.year})"
    ] + [f"  {w}" for w in ds.warnings]
    for line in said:
        say(line)
    missing = missing_texts(ds.year)
    if missing:
        names = ", ".join(str(p.relative_to(paths.ROOT)) for p in missing)
        say(f"FEIL: Teksten for {ds.year} mangler: {names}. Lag filene (se book/README.md).")
        return 1
    try:
        edition = load_edition(edition_folder(ds.year), ds.year)
    except EditionError as exc:
        say(f"FEIL: {exc}")
        return 1
    if edition.epoch() is not None and not os.environ.get("SOURCE_DATE_EPOCH"):
        # The edition's time stamps are its publication date, not the clock: rebuilt, it is
        # the same edition (notebooks, Sphinx and the PDF read this variable).
        os.environ["SOURCE_DATE_EPOCH"] = str(edition.epoch())
    out = (Path(out) if out else paths.BUILD / str(ds.year)).resolve()
    if why := outdir.refusal(out, folder):
        say(f"FEIL: {why}")
        return 1
    if out != guess:  # the stamp was of another OUT (a folder not named after its year)
        inputs = None
    out.parent.mkdir(parents=True, exist_ok=True)
    try:
        with outdir.build_lock(out):
            done = _build_locked(ds, edition, out, pdf, fresh, replace, (inputs, said))
    except BuildError as exc:  # another build holds the lock
        say(f"FEIL: {exc}")
        return 1
    if isinstance(done, int):
        return done
    layout, keep = done
    shown = out.relative_to(paths.ROOT) if out.is_relative_to(paths.ROOT) else out
    say(f"Ferdig på {seconds(start)}: {shown / 'html' / 'index.html'}")
    if pdf:
        say(f"  PDF: {shown / layout.pdf_name}")
    if keep is not None:
        say(f"  Den forrige utgaven er tatt vare på i {keep}")
    return 0
