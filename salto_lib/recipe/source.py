"""The steps `build` and `verify` share: from a validated dataset to the book's source folder
with every notebook executed, returning what was computed on the way."""

from __future__ import annotations

from dataclasses import dataclass

from salto_lib import paths
from salto_lib.dataset import Dataset
from salto_lib.edition import Edition, EditionError, load_edition
from salto_lib.pages import chapters
from salto_lib.recipe import assemble, cache, execute, handover, jobs, scrub, texts
from salto_lib.recipe.console import BuildError
from salto_lib.recipe.layout import BuildLayout


@dataclass(frozen=True)
class Source:
    """An assembled source folder and what went into it."""

    layout: BuildLayout
    jobs: list[jobs.NotebookJob]
    substitutions: dict[str, str]  # of the texts (each page carries those it uses)
    provenance: dict  # as in `provenance.json`
    edition: Edition  # `book/<year>/utgave.toml`


def edition_of(year: int) -> Edition:
    """The edition's identity; a broken `utgave.toml` is a `BuildError` naming file and line."""
    try:
        return load_edition(paths.BOOK / str(year), year)
    except EditionError as exc:
        raise BuildError(str(exc)) from None


def prepare_source(ds: Dataset, layout: BuildLayout, pdf: bool = True) -> Source:
    """The book's source in `layout.src`: texts, substitutions and every executed notebook.

    Notebooks whose inputs are unchanged since the last build in the same work folder are not
    run again.
    """
    edition = edition_of(ds.year)  # before any notebook runs
    layout.src.mkdir(parents=True, exist_ok=True)
    previous = jobs.previous_edition(ds)
    planned = jobs.plan_jobs(ds, layout, previous)
    # The texts are checked first, against every key the build makes (the same names as
    # `substitutions`; tests/test_editorial.py), so a typo is named in seconds.
    texts.check_texts(ds, set(chapters.key_meanings(ds.period)))
    handover.hand_over(layout, ds, previous)
    execute.prune(layout.src, planned)
    common = jobs.fingerprint()
    keys = {j.output: jobs.job_key(j, common) for j in planned}
    # The kernels start now, when it is known which notebooks must run, and warm up while the
    # rest of the source is written.
    with execute.Execution(planned, layout, keys) as execution:
        written = assemble.write_files(ds, layout, pdf)
        subs = assemble.substitutions(ds, layout, written, pdf, edition)
        assemble.assemble(ds, layout, planned, subs, edition)
        execution.run()
    cache.kill_point("executed")
    assemble.place_substitutions(layout.src, {j.output: j.substitutions for j in planned}, subs)
    scrub.scrub_notebooks(layout, [ds] if previous is None else [ds, previous])
    cache.restamp(layout.notebook_keys, layout.src)
    cache.sweep_figures(layout.src)
    return Source(layout, planned, subs, written.provenance, edition)
