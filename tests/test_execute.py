"""Warm kernels: notebooks executed one after another in one kernel show exactly what they show
in kernels of their own, see nothing of each other, and fail alone."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import nbformat
import papermill
import pytest

from salto_lib import manifest, paths
from salto_lib.dataset import load_dataset
from salto_lib.recipe import execute, handover, jobs, kernels
from salto_lib.recipe.console import BuildError
from salto_lib.recipe.kernels import WarmKernel
from salto_lib.recipe.layout import BuildLayout


def notebook(folder: Path, name: str, *cells: str) -> Path:
    """A template notebook with a parameters cell and `cells`."""
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3"}
    nb.metadata["language_info"] = {"name": "python"}
    params = nbformat.v4.new_code_cell("marker = ''")
    params.metadata["tags"] = ["parameters"]
    nb.cells = [params, *(nbformat.v4.new_code_cell(c) for c in cells)]
    path = folder / name
    nbformat.write(nb, path)
    return path


def outputs(path: Path) -> list[str]:
    """The text of every output of an executed notebook."""
    nb = nbformat.read(path, as_version=4)
    return [
        o.get("text") or o.get("data", {}).get("text/plain", "")
        for c in nb.cells
        for o in c.get("outputs", [])
    ]


@pytest.fixture
def kernel(tmp_path):
    k = WarmKernel.start(tmp_path)
    yield k
    k.shutdown()


def test_nothing_of_one_notebook_reaches_the_next(kernel, tmp_path):
    """Variables, figures, rcParams, environment, working folder and counters are put back."""
    src = tmp_path / "src"
    src.mkdir()
    dirty = notebook(
        tmp_path,
        "dirty.ipynb",
        "x = 42\nimport os, sys, warnings\nimport matplotlib.pyplot as plt\n"
        "plt.figure()\nplt.rcParams['font.size'] = 30\nos.environ['SALTO_LEKK'] = '1'\n"
        "sys.path.append('/lekk')\nwarnings.simplefilter('ignore')\nos.chdir('/')",
        "from salto_lib.pages.common import load\nload('', 2024)  # the 2024 sample, cached",
    )
    check = notebook(
        tmp_path,
        "check.ipynb",
        "import os, sys, warnings\nimport matplotlib.pyplot as plt\n"
        "from salto_lib.pages.common import load",
        "print('x' in dir(), plt.get_fignums(), plt.rcParams['font.size'], "
        "'SALTO_LEKK' in os.environ, '/lekk' in sys.path, os.getcwd(), "
        "('ignore', None, Warning, None, 0) in warnings.filters, load.cache_info().currsize)",
    )
    kernel.run(dirty, src / "dirty.ipynb", {"marker": "a"}, src)
    kernel.run(check, src / "check.ipynb", {"marker": "b"}, src)
    assert outputs(src / "check.ipynb") == [f"False [] 10.0 False False {src} False 0\n"]
    counts = [c.execution_count for c in nbformat.read(src / "check.ipynb", 4).cells]
    assert counts == [1, 2, 3, 4]  # parameters, injected parameters, two cells: as if new


def test_a_notebook_that_kills_its_kernel_fails_alone(tmp_path, monkeypatch):
    """One worker, so every notebook would go to the same kernel: the notebook that exits the
    kernel and the one that raises are reported, the others run, in a new kernel after each
    failure, and only the successful ones are recorded as done."""
    templates = tmp_path / "maler"
    templates.mkdir()
    planned = [
        jobs.NotebookJob(notebook(templates, "a.ipynb", "y = 1\nprint('a')"), "a.ipynb", {}),
        jobs.NotebookJob(notebook(templates, "b.ipynb", "import os\nos._exit(1)"), "b.ipynb", {}),
        jobs.NotebookJob(notebook(templates, "c.ipynb", "raise ValueError('c')"), "c.ipynb", {}),
        jobs.NotebookJob(notebook(templates, "d.ipynb", "print('y' in dir())"), "d.ipynb", {}),
    ]
    layout = BuildLayout(tmp_path / "out", tmp_path / "work", 2024)
    layout.src.mkdir(parents=True)
    monkeypatch.setattr(execute, "workers", lambda: 1)
    keys = {j.output: j.output + "-key" for j in planned}
    with pytest.raises(BuildError) as failed:
        execute.execute_all(planned, layout, keys)
    message = str(failed.value)
    assert "b.ipynb" in message and "DeadKernelError" in message
    assert "c.ipynb" in message and "ValueError: c" in message
    assert "a.ipynb" not in message and "d.ipynb" not in message
    assert outputs(layout.src / "a.ipynb") == ["a\n"]
    assert outputs(layout.src / "d.ipynb") == ["False\n"]
    done = json.loads(layout.notebook_keys.read_text(encoding="utf-8"))
    assert {name: entry["key"] for name, entry in done.items()} == {
        "a.ipynb": "a.ipynb-key",
        "d.ipynb": "d.ipynb-key",
    }


def test_a_kernel_that_dies_while_starting_is_started_again(tmp_path, monkeypatch):
    """Two kernels started at once can collide on a port and one dies before it answers; a
    new kernel is started, and the dead one's manager is cleaned up."""
    started = []
    real = kernels.NotebookClient.start_new_kernel_client

    def flaky(self):
        started.append(self.km)
        if len(started) == 1:
            raise RuntimeError("Kernel died before replying to kernel_info")
        return real(self)

    monkeypatch.setattr(kernels.NotebookClient, "start_new_kernel_client", flaky)
    k = WarmKernel.start(tmp_path)
    try:
        assert len(started) == 2 and k.alive()
        assert not started[0].has_kernel  # the first kernel was shut down
        k.execute("import salto_lib")
    finally:
        k.shutdown()


# -- the same outputs as in kernels of their own --------------------------------------------------


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.glob("*")) if p.is_file()}


def _cells(path: Path) -> list:
    """What a reader and `verify` see of an executed notebook: each cell's source, execution
    count and outputs (the timings in the metadata differ between any two runs)."""
    nb = nbformat.read(path, as_version=4)
    return [(c.source, c.get("execution_count"), c.get("outputs")) for c in nb.cells]


AUDIT = """
import os, sys, types
_audit = types.ModuleType("salto_audit")
_audit.read = []
sys.modules["salto_audit"] = _audit

# Its defaults, not the notebook's namespace, which the warm kernel clears between notebooks.
def _hook(event, args, audit=_audit, os=os):
    if event == "open" and isinstance(args[0], (str, os.PathLike)):
        mode, flags = args[1], args[2]
        reading = not set("wax+") & set(mode) if mode else flags & os.O_ACCMODE == os.O_RDONLY
        if reading:
            audit.read.append(os.path.abspath(args[0]))

sys.addaudithook(_hook)
del _audit, _hook
"""


def _read_since_last(kernel: WarmKernel, into: Path) -> set[Path]:
    kernel.execute(
        "import sys, json\n"
        f"open({str(into)!r}, 'w').write(json.dumps(sys.modules['salto_audit'].read))\n"
        "sys.modules['salto_audit'].read.clear()"
    )
    return {Path(p).resolve() for p in json.loads(into.read_text(encoding="utf-8"))}


@pytest.mark.slow
def test_warm_kernels_show_what_new_kernels_show_and_read_only_what_the_key_names(tmp_path):
    """The 2025 sample's changes, tables, an area and two profiles, executed in one warm
    kernel one after another and each in a kernel of its own by Papermill: the same cells,
    counts and outputs, the same figure files byte for byte, the same numbers for `verify`.

    Measured in the warm kernel (Python's audit hook on `open`): no kernel opens a workbook,
    and every data or text file a notebook reads is one its job key covers."""
    data = tmp_path / "data"
    for year in ("2024", "2025"):
        shutil.copytree(paths.DATA / year, data / year)
    ds = load_dataset(data / "2025", strict=True)
    previous = jobs.previous_edition(ds)
    layouts = {
        how: BuildLayout(tmp_path / f"{how}-out", tmp_path / how, 2025) for how in ("warm", "new")
    }
    for layout in layouts.values():
        layout.figures.mkdir(parents=True)
        handover.hand_over(layout, ds, previous)
    planned = jobs.plan_jobs(ds, layouts["warm"], previous)
    kinds = {kind: [j for j in planned if j.template.stem == kind] for kind in ("omrade", "enhet")}
    chosen = [j for j in planned if j.template.stem in ("tabeller", "endringer")]
    chosen += kinds["omrade"][1:2] + kinds["enhet"][:2]
    stems = [j.template.stem for j in chosen]
    assert stems == ["tabeller", "endringer", "omrade", "enhet", "enhet"]

    warm, new = layouts["warm"].src, layouts["new"].src
    kernel = WarmKernel.start(warm)
    read = {}
    try:
        kernel.execute(AUDIT)
        for job in chosen:
            kernel.run(job.template, warm / job.output, job.parameters, warm)
            read[job.output] = _read_since_last(kernel, tmp_path / "read.json")
    finally:
        kernel.shutdown()
    for job in chosen:
        # The fresh run is handed its own copies of the datasets.
        parameters = {
            k: v.replace(str(tmp_path / "warm"), str(tmp_path / "new")) if isinstance(v, str) else v
            for k, v in job.parameters.items()
        }
        papermill.execute_notebook(
            str(job.template),
            str(new / job.output),
            parameters=parameters,
            cwd=str(new),
            kernel_name="python3",
            progress_bar=False,
        )

    for job in chosen:
        a, b = warm / job.output, new / job.output
        warm_cells, new_cells = _cells(a), _cells(b)
        # Only the injected parameters differ (the datasets' folder), nothing they lead to.
        assert warm_cells[1][0] != new_cells[1][0]
        assert warm_cells[:1] + warm_cells[2:] == new_cells[:1] + new_cells[2:], job.output
        assert manifest.numbers_in_notebook(a) == manifest.numbers_in_notebook(b)
        assert manifest.numbers_in_notebook(a), job.output
    assert _files(layouts["warm"].figures) == _files(layouts["new"].figures)
    assert len(_files(layouts["warm"].figures)) >= 8

    kept = {tmp_path.resolve(), paths.ROOT.resolve()}
    code = (paths.ROOT / "salto_lib").resolve()  # in every key (`jobs.fingerprint`)
    # The Python environment (in CI `.venv/` inside the repository) is code, not data: a
    # module or font opened lazily on first use is no input of the notebook.
    environment = {Path(sys.prefix).resolve(), (paths.ROOT / ".venv").resolve()}
    for job in chosen:
        named = {
            *(p.resolve() for p in job.texts),  # the data: in the files handed over
            *(Path(v).resolve() for k, v in job.parameters.items() if "validated" in k),
            *(p.resolve() for p in paths.PLAN_PERIODS.glob("*")),  # in every key
        }
        data_read = {
            p
            for p in read[job.output]
            if any(p.is_relative_to(k) for k in kept)
            and not any(p.is_relative_to(c) for c in (code, *environment))
        }
        assert not [p for p in read[job.output] if p.suffix == ".xlsx"], job.output
        assert data_read <= named, (job.output, data_read - named)
        assert any(p.suffix == ".pickle" for p in data_read), job.output
