"""Execute the notebook jobs with Papermill in warm kernels, one per core, skipping those whose
key is unchanged.

Each worker process keeps one kernel (`recipe.kernels.WarmKernel`) that has imported pandas,
matplotlib and salto_lib once and executes notebook after notebook; before each it is put back
to the state of a new kernel. The longest notebooks go first, so no core is left with a long one
at the end. A notebook whose inputs (template, parameters, workbooks, library code, texts) are
unchanged since the last build in the same work folder is not executed again.
"""

from __future__ import annotations

import atexit
import multiprocessing
import os
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path

from salto_lib import fmt
from salto_lib.recipe import cache
from salto_lib.recipe.console import BuildError, say, seconds
from salto_lib.recipe.jobs import NotebookJob
from salto_lib.recipe.layout import BuildLayout

_kernel = None  # this worker's warm kernel (in the worker processes only)


def workers() -> int:
    """As many warm kernels as cores: a kernel executing a notebook keeps one core busy."""
    return max(1, os.cpu_count() or 1)


def execute_notebook(job: NotebookJob, src: Path) -> float:
    """Run one template notebook with Papermill into `src`; return the seconds it took.

    Runs in a worker process, in its warm kernel (started on its first notebook); the kernel's
    working folder is `src`, where figures are saved. A kernel in which a notebook failed or
    died is not used again: the next notebook gets a new one.
    """
    global _kernel
    from salto_lib.recipe.kernels import WarmKernel

    start = time.perf_counter()
    if _kernel is None:
        _kernel = WarmKernel.start(src)
    # Written under a temporary name and renamed when complete (`recipe.cache`).
    partial = partial_path(src, job)
    try:
        _kernel.run(job.template, partial, job.parameters, src)
    except BaseException:
        _stop_kernel()
        raise
    finish_notebook(partial, job.substitutions)
    os.replace(partial, src / job.output)
    return time.perf_counter() - start


def partial_path(src: Path, job: NotebookJob) -> Path:
    """Where a notebook is written while it runs (renamed to `job.output` when complete)."""
    return src / f"{job.output}.partial"


def _stop_kernel() -> None:
    global _kernel
    if _kernel is not None:
        kernel, _kernel = _kernel, None
        kernel.shutdown()


def finish_notebook(path: Path, subs: dict) -> None:
    """Store per-document substitutions (the chapter title) in an executed notebook.

    MyST reads `metadata.myst.substitutions` as the notebook's own, so the template's heading
    `# {{ omrade }}` becomes the area's name from the plan period.
    """
    import nbformat

    nb = nbformat.read(path, as_version=4)
    nb.metadata.setdefault("myst", {}).setdefault("substitutions", {}).update(subs)
    nbformat.write(nb, path)


def longest_first(jobs: list[NotebookJob]) -> list[NotebookJob]:
    """The jobs in the order to start them: those that read the most workbooks (the changes,
    the tables and the area chapters, which add up every unit) before the unit profiles, so
    the last notebooks to finish are short ones. Otherwise in plan order."""
    return sorted(jobs, key=lambda j: -len(j.inputs))


def _failure(job: NotebookJob, exc: BaseException, src: Path) -> str:
    # Papermill's error carries the exception raised in the notebook; that line is the cause.
    name = getattr(exc, "ename", type(exc).__name__)
    value = getattr(exc, "evalue", str(exc))
    return (
        f"Notebooken {job.output} (fra {job.template.name}, parametre {job.parameters}) "
        f"feilet: {name}: {value}\nDen kjørte notebooken med feilen: {src / job.output}"
    )


def _start_worker(log: str) -> None:
    # The kernels inherit the worker's stderr and print start-up chatter there; it belongs in a
    # log, not between the progress lines.
    fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_APPEND)
    os.dup2(fd, 2)
    # The worker's kernel stops with the worker (a kernel would also stop on its own when its
    # parent is gone, but later).
    atexit.register(_stop_kernel)


def execute_all(jobs: list[NotebookJob], layout: BuildLayout, keys: dict[str, str]) -> None:
    """Execute the jobs whose key changed in warm kernels; raise `BuildError` naming every
    notebook that failed.

    A failed notebook costs only itself: the others are executed, and `layout.notebook_keys`
    records the keys of those executed successfully, so the next build runs only what failed
    or changed.
    """
    src, record = layout.src, layout.notebook_keys
    done_keys = cache.read_record(record)
    todo = [j for j in jobs if not cache.is_cached(done_keys, src / j.output, keys[j.output])]
    # A notebook about to be replaced loses its entry first: a kill now leaves no entry.
    for j in todo:
        done_keys.pop(j.output, None)
    cache.write_record(record, done_keys)
    skipped = len(jobs) - len(todo)
    if not todo:
        say(f"Alle {len(jobs)} notebooks er uendret siden forrige bygg; ingen kjøres.")
        return
    n = min(workers(), len(todo))
    say(
        f"Kjører {len(todo)} notebooks med Papermill ({n} varme kjerner)"
        + (f"; {skipped} er uendret og hoppes over" if skipped else "")
        + " …"
    )
    start = time.perf_counter()
    failures = []
    # "spawn": a fresh interpreter per worker, so no lock or thread state of this process
    # (pandas, matplotlib, zmq) is copied into the kernels' parent.
    context = multiprocessing.get_context("spawn")
    try:
        with ProcessPoolExecutor(
            n, context, initializer=_start_worker, initargs=(str(layout.papermill_log),)
        ) as pool:
            futures = {pool.submit(execute_notebook, j, src): j for j in longest_first(todo)}
            for future in as_completed(futures):
                job = futures[future]
                if future.exception() is not None:
                    done_keys.pop(job.output, None)
                    failures.append(_failure(job, future.exception(), src))
                    say(f"  {job.label}: feilet")
                    continue
                done_keys[job.output] = cache.entry(src / job.output, keys[job.output])
                cache.write_record(record, done_keys)
                say(f"  {job.label}: {fmt.number(future.result(), 1)} s")
    finally:
        cache.write_record(record, done_keys)
    if failures:
        raise BuildError("\n\n".join(failures))
    say(f"  notebooks kjørt på {seconds(start)}")


def prune(src: Path, jobs: list[NotebookJob]) -> None:
    """Remove executed notebooks of an earlier build that this build does not have.

    A unit that sent no workbook this time must not keep its old profile in the book.
    """
    wanted = {j.output for j in jobs}
    for nb in src.glob("*.ipynb"):
        if nb.name not in wanted:
            nb.unlink()
