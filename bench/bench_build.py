"""Benchmark of the whole build (issue: reviewers and fast rebuilds). A script, not a test.

Run: `make bench`. In one run, on a copy of data/2024 in a temporary folder, it measures:

1. cold full build (HTML and PDF, empty work folder);
2. no-change rebuild;
3. rebuild after one unit's workbook changed;
4. the naive baseline: every notebook executed one after another by Papermill, then Jupyter
   Book with forced execution (the notebooks run again inside Sphinx), HTML and PDF;
5. reading + validating + tallying a synthetic set of about 35,000 measures.

It prints each time, the ratios and the goals: no-change ≤ 10 % of cold, one-changed ≤ 40 % of
cold, cold ≤ 60 % of naive, 35,000 measures ≤ 10 s.
"""

from __future__ import annotations

import contextlib
import io
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml
from openpyxl import load_workbook

from salto_lib import paths
from salto_lib.commands.build import build
from salto_lib.dataset import load_dataset
from salto_lib.recipe import assemble, handover, jobs
from salto_lib.recipe.execute import finish_notebook
from salto_lib.recipe.jupyter_book import render_book
from salto_lib.recipe.layout import BuildLayout

sys.path.insert(0, str(Path(__file__).parent))
from bench_read import time_load, write_synthetic  # noqa: E402


def timed(label: str, action) -> float:
    print(f"… {label}", flush=True)
    start = time.perf_counter()
    # Progress lines and kernels' start-up chatter would bury the table.
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        result = action()
    seconds = time.perf_counter() - start
    if result not in (None, 0):
        raise SystemExit(f"{label} feilet ({result})")
    print(f"  {seconds:.1f} s", flush=True)
    return seconds


def change_one_workbook(folder: Path) -> None:
    """Edit one free-text cell of one unit, as a unit sending a corrected workbook would."""
    path = next(p for p in sorted(folder.glob("*.xlsx")) if "Alna" in p.name)
    wb = load_workbook(path)
    cell = wb["Tiltak"]["F2"]
    cell.value = f"{cell.value} Oppdatert etter ny gjennomgang."
    wb.save(path)


def naive(folder: Path, work: Path) -> None:
    """Every notebook by Papermill in turn, then Jupyter Book executing them all again."""
    import papermill

    ds = load_dataset(folder, strict=True)
    layout = BuildLayout(work / "out", work, ds.year)
    src = layout.src
    src.mkdir(parents=True)
    previous = jobs.previous_edition(ds)
    planned = jobs.plan_jobs(ds, layout, previous)
    subs = assemble.substitutions(ds, layout, assemble.write_files(ds, layout, True), True)
    assemble.assemble(ds, layout, previous is not None, subs)
    handover.hand_over(layout, ds, previous)
    for job in planned:
        papermill.execute_notebook(
            str(job.template),
            str(src / job.output),
            parameters=job.parameters,
            cwd=str(src),
            progress_bar=False,
            start_timeout=300,
        )
        finish_notebook(src / job.output, job.substitutions)
    config = yaml.safe_load((src / "_config.yml").read_text(encoding="utf-8"))
    config["execute"] = {"execute_notebooks": "force", "timeout": 600}
    (src / "_config.yml").write_text(yaml.safe_dump(config, allow_unicode=True), "utf-8")
    render_book(layout, pdf=True)


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="salto-bench-") as tmp:
        tmp = Path(tmp)
        # First, in a fresh state: the large set is read with a pool of forked workers.
        synthetic = tmp / "syntetisk" / "2024"
        n = write_synthetic(synthetic, 2059)
        print(f"… lese + kontrollere + telle {n} tiltak", flush=True)
        read_s, _ = time_load(synthetic)
        print(f"  {read_s:.1f} s", flush=True)
        data = tmp / "data" / "2024"
        shutil.copytree(paths.DATA / "2024", data)
        out = tmp / "out" / "2024"
        cold = timed("kald bygging", lambda: build(data, out, fresh=True))
        same = timed("ingen endring", lambda: build(data, out))
        change_one_workbook(data)
        one = timed("én arbeidsbok endret", lambda: build(data, out))
        base = timed("naiv grunnlinje", lambda: naive(data, tmp / "naive"))
    rows = [
        ("kald bygging (HTML + PDF)", cold, "", ""),
        ("ingen endring", same, f"{same / cold:.0%} av kald", "≤ 10 %"),
        ("én arbeidsbok endret", one, f"{one / cold:.0%} av kald", "≤ 40 %"),
        ("naiv grunnlinje", base, f"kald = {cold / base:.0%} av naiv", "kald ≤ 60 %"),
        (f"lese + kontrollere + telle {n} tiltak", read_s, "", "≤ 10 s"),
    ]
    print(f"\n{'steg':<44}{'sekunder':>9}  {'forhold':<22}mål")
    for label, seconds, ratio, goal in rows:
        print(f"{label:<44}{seconds:>9.1f}  {ratio:<22}{goal}")
    print(f"\n{subprocess.run(['nproc'], capture_output=True, text=True).stdout.strip()} kjerner")
    return 0


if __name__ == "__main__":
    sys.exit(main())
