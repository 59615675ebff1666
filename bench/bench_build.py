"""Benchmark of the whole build (issue 17: speed near the floor). A script, not a test.

Run: `make bench` (or `.venv/bin/python bench/bench_build.py [--no-pdf]`). In one run, on copies of
data/2024 and book/ in a temporary folder, it measures:

1. cold full build (empty work folder);
2. no-change rebuild;
3. rebuild after a text edit (one sentence added to one chapter text);
4. rebuild after one unit's workbook changed: a free text no page shows, then the status of
   one measure (every count that includes it changes);
5. `verify` of that edition (every notebook executed again in a new folder);
6. a cold build of a synthetic edition with 4 × the units (68: every workbook copied under
   invented unit names, with a plan period of 68 units via SALTO_PLAN_PERIODS);
7. the naive baseline: every notebook executed one after another by Papermill, each in a
   kernel of its own, then Jupyter Book with forced execution (the notebooks run again inside
   Sphinx);
8. reading + validating + tallying a synthetic set of about 35,000 measures.

Every build is a `python -m salto_lib` process, as an analyst runs it, and makes the web
edition and the PDF (`--no-pdf`: the web edition only). It prints each time, the ratios, the
goals and the load of the machine (read the ratios on a shared machine, not the seconds).
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml
from openpyxl import load_workbook

from salto_lib import paths
from salto_lib.dataset import load_dataset
from salto_lib.period import period_for_year
from salto_lib.recipe import assemble, handover, jobs, source
from salto_lib.recipe.execute import finish_notebook
from salto_lib.recipe.jupyter_book import render_book
from salto_lib.recipe.layout import BuildLayout

sys.path.insert(0, str(Path(__file__).parent))
from bench_read import time_load, write_synthetic  # noqa: E402

COPIES = 4  # the synthetic edition has COPIES × the units of the sample


def run(label: str, args: list[str], env: dict[str, str]) -> float:
    """Run `python -m salto_lib ARGS` and return the seconds it took; stop when it fails."""
    print(f"… {label}", flush=True)
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "salto_lib", *args], capture_output=True, text=True, env=env
    )
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{label} feilet:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
    print(f"  {seconds:.1f} s", flush=True)
    return seconds


def change_one_workbook(folder: Path) -> None:
    """Edit one free-text cell of one unit, as a unit sending a corrected workbook would (the
    answer of a measure that is no example: no page shows it, only the provenance's checksum
    of the workbook changes)."""
    path = next(p for p in sorted(folder.glob("*.xlsx")) if "Alna" in p.name)
    wb = load_workbook(path)
    cell = wb["Tiltak"]["F2"]
    cell.value = f"{cell.value} Oppdatert etter ny gjennomgang."
    wb.save(path)


def change_a_status(folder: Path) -> None:
    """Report one started measure of one unit as not started, with a reason, as a unit sending
    a corrected workbook would: every count that includes it changes (the front page, the
    tables, its area's chapter and the unit's profile)."""
    ds = load_dataset(folder, strict=True)
    period = ds.period
    report = next(r for r in ds.reports if r.unit == "Bydel Sagene")
    m = next(m for m in report.measures if m.status == period.started and not m.example)
    path = folder / report.file
    wb = load_workbook(path)
    sheet = wb[period.measure_sheet.name]
    sheet[f"{report.columns['status']}{m.row}"] = period.not_started
    sheet[f"{report.columns['reason']}{m.row}"] = period.reasons[1]
    wb.save(path)


def edit_text(book: Path) -> None:
    """Add a sentence to the closing chapter, as an analyst writing the texts would."""
    path = book / "2024" / "avslutning.md"
    path.write_text(
        path.read_text(encoding="utf-8") + "\nEn setning til fra sekretariatet.\n", "utf-8"
    )


def larger_edition(source: Path, target: Path, periods: Path, copies: int) -> int:
    """`copies` × the units of `source`: each workbook again under invented unit names
    («Bydel Alna 2» …), and a plan period listing them all. Returns the number of units."""
    period = period_for_year(2024)
    names = {u: [u] + [f"{u} {k}" for k in range(2, copies + 1)] for u in period.units}
    target.mkdir(parents=True)
    for path in sorted(source.glob("*.xlsx")):
        wb = load_workbook(path)
        unit = next(r[1] for r in wb["Enhet"].iter_rows(values_only=True) if r[0] == "Enhet")
        for k, name in enumerate(names[unit], start=1):
            for row in wb["Enhet"].iter_rows():
                if row[0].value == "Enhet":
                    row[1].value = name
            wb.save(target / f"{k}-{path.name}")
    text = (paths.PLAN_PERIODS / "2023-2025.toml").read_text(encoding="utf-8")
    every = [n for u in period.units for n in names[u]]
    listed = "units = [\n" + "".join(f'  "{n}",\n' for n in every) + "]"
    periods.mkdir(parents=True)
    (periods / "2023-2025.toml").write_text(
        re.sub(r"^units = \[.*?^\]", listed, text, count=1, flags=re.S | re.M), "utf-8"
    )
    return len(every)


def naive(folder: Path, work: Path, pdf: bool) -> None:
    """Every notebook by Papermill in a kernel of its own, in turn, then Jupyter Book executing
    them all again."""
    import papermill

    ds = load_dataset(folder, strict=True)
    layout = BuildLayout(work / "out", work, ds.year)
    src = layout.src
    src.mkdir(parents=True)
    previous = jobs.previous_edition(ds)
    planned = jobs.plan_jobs(ds, layout, previous)
    edition = source.edition_of(ds.year)
    written = assemble.write_files(ds, layout, pdf)
    subs = assemble.substitutions(ds, layout, written, pdf, edition)
    assemble.assemble(ds, layout, planned, subs, edition)
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
    assemble.place_substitutions(src, {j.output: j.substitutions for j in planned}, subs)
    config = yaml.safe_load((src / "_config.yml").read_text(encoding="utf-8"))
    config["execute"] = {"execute_notebooks": "force", "timeout": 600}
    (src / "_config.yml").write_text(yaml.safe_dump(config, allow_unicode=True), "utf-8")
    render_book(layout, pdf=pdf)


def timed_naive(folder: Path, work: Path, pdf: bool) -> float:
    print("… naiv grunnlinje", flush=True)
    start = time.perf_counter()
    # Progress lines and the kernels' start-up chatter (on the process's own stderr, which
    # the kernels inherit) would bury the table.
    saved = os.dup(2)
    try:
        with open(os.devnull, "w") as null, contextlib.redirect_stdout(io.StringIO()):
            os.dup2(null.fileno(), 2)
            naive(folder, work, pdf)
    finally:
        os.dup2(saved, 2)
        os.close(saved)
    seconds = time.perf_counter() - start
    print(f"  {seconds:.1f} s", flush=True)
    return seconds


def main() -> int:
    pdf = "--no-pdf" not in sys.argv
    flags = [] if pdf else ["--no-pdf"]
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="salto-bench-") as tmp:
        tmp = Path(tmp)
        # First, in a fresh state: the large set is read with a pool of forked workers.
        synthetic = tmp / "syntetisk" / "2024"
        n = write_synthetic(synthetic, 2059)
        print(f"… lese + kontrollere + telle {n} tiltak", flush=True)
        read_s, _ = time_load(synthetic)
        print(f"  {read_s:.1f} s", flush=True)

        book = tmp / "book"
        shutil.copytree(paths.BOOK, book)
        # A draft of the edition: a published one is not replaced without --replace, and the
        # rebuilds below change its text and a workbook on purpose.
        edition = book / "2024" / "utgave.toml"
        lines = edition.read_text(encoding="utf-8").splitlines(keepends=True)
        edition.write_text("".join(x for x in lines if not x.startswith("publisert")), "utf-8")
        env = {**os.environ, "SALTO_BOOK": str(book), "PYTHONPATH": str(paths.ROOT)}
        data = tmp / "data" / "2024"
        shutil.copytree(paths.DATA / "2024", data)
        out = tmp / "out" / "2024"
        build = ["build", str(data), "--out", str(out), *flags]
        cold = run("kald bygging", [*build, "--fresh"], env)
        same = run("ingen endring", build, env)
        edit_text(book)
        text = run("én tekst endret", build, env)
        change_one_workbook(data)
        one = run("én arbeidsbok endret (en fritekst ingen side viser)", build, env)
        change_a_status(data)
        status = run("én arbeidsbok endret (status for ett tiltak)", build, env)
        check = run("verify", ["verify", str(out), "--data", str(data)], env)

        periods = tmp / "plan_periods"
        big = tmp / "stor" / "2024"
        units = larger_edition(paths.DATA / "2024", big, periods, COPIES)
        big_env = {**env, "SALTO_PLAN_PERIODS": str(periods)}
        big_out = tmp / "stor-ut" / "2024"
        large = run(
            f"kald bygging, {units} enheter",
            ["build", str(big), "--out", str(big_out), *flags],
            big_env,
        )

        base = timed_naive(data, tmp / "naive", pdf)
    what = "HTML + PDF" if pdf else "bare HTML"
    rows = [
        (f"kald bygging ({what}, 17 enheter)", cold, f"{cold / base:.0%} av naiv", "≤ 15 %"),
        ("ingen endring", same, f"{same / cold:.0%} av kald", "≤ 5 %"),
        ("én tekst endret", text, f"{text / cold:.0%} av kald", ""),
        ("én arbeidsbok endret: fritekst", one, f"{one / cold:.0%} av kald", "≤ 15 %"),
        ("én arbeidsbok endret: status", status, f"{status / cold:.0%} av kald", "≤ 15 %"),
        ("verify", check, f"{check / cold:.2f} × kald", "≤ 1,2 ×"),
        (f"kald bygging, {units} enheter", large, f"{large / cold:.2f} × kald", f"≤ {COPIES} ×"),
        ("naiv grunnlinje", base, "", ""),
        (f"lese + kontrollere + telle {n} tiltak", read_s, "", "≤ 10 s"),
    ]
    print(f"\n{'steg':<46}{'sekunder':>9}  {'forhold':<18}mål")
    for label, seconds, ratio, goal in rows:
        print(f"{label:<46}{seconds:>9.1f}  {ratio:<18}{goal}")
    load_after = os.getloadavg()
    print(
        f"\n{os.cpu_count()} kjerner; belastning (1 min) {load_before[0]:.1f} før og "
        f"{load_after[0]:.1f} etter, {load_after[2]:.1f} i snitt siste 15 min"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
