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
import contextlib
import multiprocessing
import os
import tempfile
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
    global _kernel
    # The kernels inherit the worker's stderr and print start-up chatter there; it belongs in a
    # log, not between the progress lines.
    fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_APPEND)
    os.dup2(fd, 2)
    # The worker's kernel stops with the worker (a kernel would also stop on its own when its
    # parent is gone, but later).
    atexit.register(_stop_kernel)
    # Warm at once, while the build still writes the source folder. A kernel that fails to
    # start here is started again by the first notebook, which then names the error.
    with contextlib.suppress(Exception):
        from salto_lib.recipe.kernels import WarmKernel

        _kernel = WarmKernel.start(Path(tempfile.gettempdir()))


class Execution:
    """The notebooks of a build whose key changed, and the warm workers that execute them.

    The workers and their kernels start as soon as it is known that a notebook must run, so
    they start up while the build writes the rest of the source folder (`recipe.source`);
    `run` then executes the notebooks. Use it as a context manager: the workers stop at the
    end, also when the build stops before `run`.
    """

    def __init__(self, jobs: list[NotebookJob], layout: BuildLayout, keys: dict[str, str]):
        self.jobs, self.layout, self.keys = jobs, layout, keys
        self.done = cache.read_record(layout.notebook_keys)
        self.todo = [
            j for j in jobs if not cache.is_cached(self.done, layout.src / j.output, keys[j.output])
        ]
        # A notebook about to be replaced loses its entry first: a kill now leaves no entry.
        for j in self.todo:
            self.done.pop(j.output, None)
        cache.write_record(layout.notebook_keys, self.done)
        self.pool, self.workers = None, min(workers(), len(self.todo))
        if self.todo:
            # "spawn": a fresh interpreter per worker, so no lock or thread state of this
            # process (pandas, matplotlib, zmq) is copied into the kernels' parent.
            self.pool = ProcessPoolExecutor(
                self.workers,
                multiprocessing.get_context("spawn"),
                initializer=_start_worker,
                initargs=(str(layout.papermill_log),),
            )
            # A spawn pool starts all its workers at its first task: that is now.
            self.pool.submit(os.getpid)

    def __enter__(self) -> Execution:
        return self

    def __exit__(self, *exc) -> None:
        # Waited for (about half a second): workers left running would outlive a build killed
        # right after, holding its output pipes open.
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)

    def run(self) -> None:
        """Execute the notebooks; raise `BuildError` naming every notebook that failed.

        A failed notebook costs only itself: the others are executed, and
        `layout.notebook_keys` records the keys of those executed successfully, so the next
        build runs only what failed or changed.
        """
        src, record, done = self.layout.src, self.layout.notebook_keys, self.done
        skipped = len(self.jobs) - len(self.todo)
        if not self.todo:
            say(f"Alle {len(self.jobs)} notebooks er uendret siden forrige bygg; ingen kjøres.")
            return
        kernels = fmt.count(self.workers, "varm kjerne", "varme kjerner")
        say(
            f"Kjører {fmt.count(len(self.todo), 'notebook', 'notebooks')} med Papermill "
            f"({kernels})" + (f"; {skipped} er uendret og hoppes over" if skipped else "") + " …"
        )
        start = time.perf_counter()
        failures = []
        try:
            futures = {
                self.pool.submit(execute_notebook, j, src): j for j in longest_first(self.todo)
            }
            for future in as_completed(futures):
                job = futures[future]
                if future.exception() is not None:
                    done.pop(job.output, None)
                    failures.append(_failure(job, future.exception(), src))
                    say(f"  {job.label}: feilet")
                    continue
                done[job.output] = cache.entry(src / job.output, self.keys[job.output])
                cache.write_record(record, done)
                say(f"  {job.label}: {fmt.number(future.result(), 1)} s")
        finally:
            cache.write_record(record, done)
        if failures:
            raise BuildError("\n\n".join(failures))
        say(f"  notebooks kjørt på {seconds(start)}")


def execute_all(jobs: list[NotebookJob], layout: BuildLayout, keys: dict[str, str]) -> None:
    """Execute the jobs whose key changed in warm kernels (`Execution`)."""
    with Execution(jobs, layout, keys) as execution:
        execution.run()


def prune(src: Path, jobs: list[NotebookJob]) -> None:
    """Remove executed notebooks of an earlier build that this build does not have.

    A unit that sent no workbook this time must not keep its old profile in the book.
    """
    wanted = {j.output for j in jobs}
    for nb in src.glob("*.ipynb"):
        if nb.name not in wanted:
            nb.unlink()
