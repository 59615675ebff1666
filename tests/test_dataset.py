"""Reading a folder: workbooks are read in worker processes started with `spawn`."""

import subprocess
import sys

from workbooks import write_workbook

from salto_lib import dataset, paths, read_cells
from salto_lib.dataset import load_dataset
from salto_lib.period import period_for_year
from salto_lib.read import read_workbook


def test_workbooks_are_read_in_spawned_processes(folder, monkeypatch):
    assert dataset._pool()._mp_context.get_start_method() == "spawn"
    long = "Et langt svar. " * 20
    write_workbook(folder / "alna.xlsx", assessment=[("Måloppnåelse", long)])
    # Lowered in this process only: a forked worker would inherit it, a spawned one imports
    # the module afresh. In this process the lowered limit does apply:
    monkeypatch.setattr(read_cells, "LONG_TEXT", 100)
    here = read_workbook(folder / "alna.xlsx", period_for_year(2024))
    assert "long_text" in {p.code for p in here.problems}
    ds = load_dataset(folder)
    assert ds.reports[0].assessment["goals"] == long.strip()
    assert "long_text" not in {p.code for p in ds.problems}


def test_the_spawned_readers_read_the_real_workbooks_as_this_process_does():
    folder = paths.DATA / "2024"
    ds = load_dataset(folder)
    files, _ = dataset.workbook_files(folder)
    here = [read_workbook(path, ds.period) for path in files]
    assert len(ds.reports) == 17 and ds.errors == []
    assert ds.reports == here


def test_a_worker_process_that_loads_a_dataset_ends(tmp_path):
    """The reader pool is kept for the next read, but never keeps its process from ending,
    also when that process is itself a multiprocessing worker (as `build`'s are)."""
    script = f"""
import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from salto_lib.dataset import load_dataset
with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
    print(len(pool.submit(load_dataset, {str(paths.DATA / "2024")!r}).result().reports))
"""
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0 and out.stdout.strip() == "17", out.stderr


def test_a_script_without_main_guard_is_told_what_to_do(tmp_path):
    script = tmp_path / "skript.py"
    script.write_text(
        "from salto_lib.dataset import load_dataset\n"
        f"print(len(load_dataset({str(paths.DATA / '2024')!r}).errors))\n"
    )
    out = subprocess.run([sys.executable, script], capture_output=True, text=True, timeout=120)
    assert out.returncode == 1
    assert 'må koden stå under `if __name__ == "__main__":`' in out.stderr
    assert "reader_crashed" not in out.stdout + out.stderr
