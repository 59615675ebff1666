"""Execute the notebook jobs with Papermill, two at a time, skipping those whose key is unchanged.

Kernel start-up dominates the build, and two workers halve it on two cores. A notebook whose
inputs (template, parameters, workbooks, library code, texts) are unchanged since the last build
in the same work folder is not executed again.
"""

from __future__ import annotations

import multiprocessing
import os
import time
from concurrent.futures import FIRST_EXCEPTION, ProcessPoolExecutor, wait
from pathlib import Path

from salto_lib import fmt
from salto_lib.recipe import cache
from salto_lib.recipe.console import BuildError, say, seconds
from salto_lib.recipe.jobs import NotebookJob
from salto_lib.recipe.layout import BuildLayout

WORKERS = 2
KERNEL_ATTEMPTS = 3  # a kernel that dies while starting is started again (see execute_notebook)


def execute_notebook(job: NotebookJob, src: Path) -> float:
    """Run one template notebook with Papermill into `src`; return the seconds it took.

    Runs in a worker process; the kernel's working folder is `src`, where figures are saved.
    """
    import papermill
    from papermill.exceptions import PapermillExecutionError

    start = time.perf_counter()
    # Written under a temporary name and renamed when complete (`recipe.cache`).
    partial = partial_path(src, job)
    for attempt in range(1, KERNEL_ATTEMPTS + 1):
        try:
            papermill.execute_notebook(
                str(job.template),
                str(partial),
                parameters=job.parameters,
                cwd=str(src),
                kernel_name="python3",
                progress_bar=False,
                log_output=False,
                # On a busy two-core machine a kernel can take longer than a minute to start.
                start_timeout=300,
            )
            break
        except PapermillExecutionError:
            raise  # the notebook itself failed: running it again would fail the same way
        except Exception:
            # Two kernels started at the same moment can be given the same TCP port, and one
            # dies before it answers ("Address already in use"); a new kernel gets new ports.
            if attempt == KERNEL_ATTEMPTS:
                raise
    finish_notebook(partial, job.substitutions)
    os.replace(partial, src / job.output)
    return time.perf_counter() - start


def partial_path(src: Path, job: NotebookJob) -> Path:
    """Where a notebook is written while it runs (renamed to `job.output` when complete)."""
    return src / f"{job.output}.partial"


def finish_notebook(path: Path, subs: dict) -> None:
    """Store per-document substitutions (the chapter title) in an executed notebook.

    MyST reads `metadata.myst.substitutions` as the notebook's own, so the template's heading
    `# {{ omrade }}` becomes the area's name from the plan period.
    """
    import nbformat

    nb = nbformat.read(path, as_version=4)
    nb.metadata.setdefault("myst", {}).setdefault("substitutions", {}).update(subs)
    nbformat.write(nb, path)


def _failure(job: NotebookJob, exc: BaseException, src: Path) -> str:
    # Papermill's error carries the exception raised in the notebook; that line is the cause.
    name = getattr(exc, "ename", type(exc).__name__)
    value = getattr(exc, "evalue", str(exc))
    return (
        f"Notebooken {job.output} (fra {job.template.name}, parametre {job.parameters}) "
        f"feilet: {name}: {value}\nDen kjørte notebooken med feilen: {partial_path(src, job)}"
    )


def _quiet_kernels(log: str) -> None:
    # The kernels inherit the worker's stderr and print start-up chatter there; it belongs in a
    # log, not between the progress lines.
    fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_APPEND)
    os.dup2(fd, 2)


def execute_all(jobs: list[NotebookJob], layout: BuildLayout, keys: dict[str, str]) -> None:
    """Execute the jobs whose key changed, two at a time; stop at the first failure.

    `keys` maps each output to its job key; `layout.notebook_keys` records the keys of
    notebooks executed successfully, so the next build skips them while their inputs stay
    the same.
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
    say(
        f"Kjører {len(todo)} notebooks med Papermill ({WORKERS} prosesser)"
        + (f"; {skipped} er uendret og hoppes over" if skipped else "")
        + " …"
    )
    start = time.perf_counter()
    # "spawn": a fresh interpreter per worker, so no lock or thread state of this process
    # (pandas, matplotlib, zmq) is copied into the kernels' parent.
    context = multiprocessing.get_context("spawn")
    try:
        with ProcessPoolExecutor(
            WORKERS, context, initializer=_quiet_kernels, initargs=(str(layout.papermill_log),)
        ) as pool:
            futures = {pool.submit(execute_notebook, job, src): job for job in todo}
            pending = set(futures)
            while pending:
                finished, pending = wait(pending, return_when=FIRST_EXCEPTION)
                for future in finished:
                    job = futures[future]
                    if future.exception() is not None:
                        done_keys.pop(job.output, None)
                        for other in pending:
                            other.cancel()
                        raise BuildError(_failure(job, future.exception(), src))
                    done_keys[job.output] = cache.entry(src / job.output, keys[job.output])
                    cache.write_record(record, done_keys)
                    say(f"  {job.label}: {fmt.number(future.result(), 1)} s")
    finally:
        cache.write_record(record, done_keys)
    say(f"  notebooks kjørt på {seconds(start)}")


def prune(src: Path, jobs: list[NotebookJob]) -> None:
    """Remove executed notebooks of an earlier build that this build does not have.

    A unit that sent no workbook this time must not keep its old profile in the book.
    """
    wanted = {j.output for j in jobs}
    for nb in [*src.glob("*.ipynb"), *src.glob("*.partial")]:
        if nb.name not in wanted:
            nb.unlink()
