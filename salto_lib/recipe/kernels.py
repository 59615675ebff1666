"""Warm kernels: one IPython kernel, started once, in which Papermill executes notebook after
notebook.

In a kernel of its own, a notebook spends most of its time starting Python, importing pandas,
matplotlib and salto_lib and shutting down again; the page itself takes a fraction of that. A
`WarmKernel` is started and has imported those once (`kernel_state.preload`); before every
notebook it is put back to the state of a new kernel (`kernel_state.reset`), so no variable,
figure or setting of one notebook reaches the next. The kernel is never forked.

Papermill stays in charge of parameters, execution and errors. Its maintainers' way to run a
notebook in a kernel Papermill did not start is an engine of one's own (nteract/papermill#616):
`WarmEngine` is Papermill's `NBClientEngine` given this kernel's manager and client, and nbclient
then neither starts a kernel nor shuts it down (`NotebookClient(km=…)`, `setup_kernel`).
"""

from __future__ import annotations

import logging
from pathlib import Path

import nbformat
import papermill
from jupyter_core.utils import run_sync
from nbclient import NotebookClient
from papermill.clientwrap import PapermillNotebookClient
from papermill.engines import NBClientEngine, papermill_engines

ENGINE = "salto-warm"
KERNEL_ATTEMPTS = 3  # a kernel that dies while starting is started again (see `start`)
# On a busy two-core machine a kernel can take longer than a minute to start.
START_TIMEOUT = 300


class KernelError(RuntimeError):
    """Code the build sent to a warm kernel (imports, reset) failed there."""


class WarmKernel:
    """A running kernel with the notebooks' imports done; `run` executes one notebook in it."""

    def __init__(self, starter: NotebookClient):
        self.km = starter.km
        self.kc = starter.kc

    @classmethod
    def start(cls, cwd: Path) -> WarmKernel:
        """Start a kernel in `cwd` and import what the notebooks import.

        Started by nbclient with the arguments it gives the kernels Papermill starts (kernel
        `python3`, history in memory), so the only difference is the reuse. Two kernels started
        at the same moment can be given the same TCP port, and one dies before it answers
        ("Address already in use"); a new kernel gets new ports, so it is tried again.
        """
        for attempt in range(1, KERNEL_ATTEMPTS + 1):
            starter = NotebookClient(
                nbformat.v4.new_notebook(),
                kernel_name="python3",
                startup_timeout=START_TIMEOUT,
                resources={"metadata": {"path": str(cwd)}},
            )
            starter.create_kernel_manager()
            try:
                starter.start_new_kernel()
                starter.start_new_kernel_client()
                kernel = cls(starter)
                kernel.execute(
                    "__import__('salto_lib.recipe.kernel_state').recipe.kernel_state.preload()"
                )
                return kernel
            except Exception:
                if starter.km is not None:
                    WarmKernel(starter).shutdown()
                if attempt == KERNEL_ATTEMPTS:
                    raise
        raise AssertionError("unreachable")

    def execute(self, code: str, timeout: float = START_TIMEOUT) -> None:
        """Run `code` in the kernel without a trace: not counted, not in the history."""
        reply = run_sync(self.kc.execute_interactive)(
            code, silent=True, store_history=False, timeout=timeout, output_hook=lambda msg: None
        )
        content = reply["content"]
        if content["status"] != "ok":
            raise KernelError(f"{content.get('ename')}: {content.get('evalue')}")

    def run(self, template: Path, output: Path, parameters: dict, cwd: Path) -> None:
        """Execute `template` with `parameters` into `output` by Papermill, working in `cwd`."""
        self.execute(
            f"__import__('salto_lib.recipe.kernel_state').recipe.kernel_state.reset({str(cwd)!r})"
        )
        papermill.execute_notebook(
            str(template),
            str(output),
            parameters=parameters,
            engine_name=ENGINE,
            kernel=self,
            cwd=str(cwd),
            kernel_name="python3",
            progress_bar=False,
            log_output=False,
            # Written once when done, not after every cell: nobody watches it being written.
            request_save_on_cell_execute=False,
        )

    def alive(self) -> bool:
        return bool(run_sync(self.km.is_alive)())

    def shutdown(self) -> None:
        """Stop the kernel (at once: nothing in it is worth waiting for) and its channels."""
        try:
            if self.kc is not None:
                self.kc.stop_channels()
            run_sync(self.km.shutdown_kernel)(now=True)
        except RuntimeError:
            pass  # it had died already
        finally:
            run_sync(self.km.cleanup_resources)()


class WarmEngine(NBClientEngine):
    """Papermill's nbclient engine, executing in a `WarmKernel` (the `kernel` argument)."""

    @classmethod
    def execute_managed_notebook(
        cls,
        nb_man,
        kernel_name,
        kernel: WarmKernel,
        log_output=False,
        stdout_file=None,
        stderr_file=None,
        start_timeout=60,
        execution_timeout=None,
        **kwargs,
    ):
        client = PapermillNotebookClient(
            nb_man,
            km=kernel.km,
            kernel_name=kernel_name,
            startup_timeout=start_timeout,
            timeout=execution_timeout,
            log=logging.getLogger("papermill"),
            log_output=log_output,
            stdout_file=stdout_file,
            stderr_file=stderr_file,
        )
        # With a manager and a client given, nbclient's setup_kernel starts nothing and, not
        # owning them, stops nothing when the notebook is done.
        client.kc = kernel.kc
        return client.execute()


papermill_engines.register(ENGINE, WarmEngine)
