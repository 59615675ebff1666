"""`python -m salto_lib build`: workbooks → validated data → executed notebooks → HTML and PDF.

The recipe (SPEC §3):

1. validate the data folder; on errors print them and stop before writing anything;
2. assemble the book's source in a work folder next to OUT (`book.assemble`);
3. execute the template notebooks with Papermill, two at a time (kernel start-up dominates the
   build, and two workers halve it on two cores);
4. render the site and the single page the PDF is printed from with Jupyter Book at the same
   time (`execute_notebooks: off`), then print the PDF with the browser (`pdf.print_book`);
5. collect `html/`, the PDF, `tallies.json` and the executed notebooks in a staging folder and
   swap it in for OUT with renames, so an earlier OUT stays exactly as it was unless everything
   succeeded.

The work folder (`.<OUT name>.cache/` next to OUT) is kept between builds: a notebook whose
inputs (template, parameters, workbooks, library code, texts) are unchanged is not executed
again, and Sphinx re-reads only changed pages. `--fresh` starts from an empty work folder.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import FIRST_EXCEPTION, ProcessPoolExecutor, wait
from pathlib import Path

from salto_lib import book, fmt, manifest, paths
from salto_lib import pdf as pdf_edition
from salto_lib.dataset import Dataset, data_folder, dataset_tallies, load_dataset

WORKERS = 2
KERNEL_ATTEMPTS = 3  # a kernel that dies while starting is started again (see execute_notebook)


class BuildError(Exception):
    """A build step failed; the message says which and where to look, in Norwegian."""


def say(message: str) -> None:
    print(message, flush=True)


def seconds(start: float) -> str:
    return f"{fmt.number(time.perf_counter() - start, 1)} s"


def pdf_name(year: int) -> str:
    return f"salto-arsrapport-{year}.pdf"


# -- notebooks -----------------------------------------------------------------------------------


def execute_notebook(job: book.NotebookJob, src: Path) -> float:
    """Run one template notebook with Papermill into `src`; return the seconds it took.

    Runs in a worker process; the kernel's working folder is `src`, where figures are saved.
    """
    import papermill
    from papermill.exceptions import PapermillExecutionError

    start = time.perf_counter()
    for attempt in range(1, KERNEL_ATTEMPTS + 1):
        try:
            papermill.execute_notebook(
                str(job.template),
                str(src / job.output),
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
    book.finish_notebook(src / job.output, job.substitutions)
    return time.perf_counter() - start


def _failure(job: book.NotebookJob, exc: BaseException, src: Path) -> str:
    # Papermill's error carries the exception raised in the notebook; that line is the cause.
    name = getattr(exc, "ename", type(exc).__name__)
    value = getattr(exc, "evalue", str(exc))
    return (
        f"Notebooken {job.output} (fra {job.template.name}, parametre {job.parameters}) "
        f"feilet: {name}: {value}\nDen kjørte notebooken med feilen: {src / job.output}"
    )


def _quiet_kernels(log: str) -> None:
    # The kernels inherit the worker's stderr and print start-up chatter there; it belongs in a
    # log, not between the progress lines.
    fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_APPEND)
    os.dup2(fd, 2)


def fingerprint() -> str:
    """A digest of the code every notebook's output depends on: the library, the plan-period
    declarations and the pinned requirements. When any of them changes, every notebook runs
    again; the workbooks and texts a notebook reads count in its own key (`job_key`)."""
    digest = hashlib.sha256()
    files = sorted((paths.ROOT / "salto_lib").glob("*.py")) + sorted(paths.PLAN_PERIODS.glob("*"))
    for path in [*files, paths.ROOT / "requirements.txt"]:
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def job_key(job: book.NotebookJob, common: str) -> str:
    """What one notebook's output depends on: code, template, parameters, its texts and data."""
    spec = json.dumps([job.parameters, job.substitutions, job.output], sort_keys=True)
    digest = hashlib.sha256((common + spec).encode() + job.template.read_bytes())
    for path in (*job.texts, *job.inputs):
        digest.update(path.name.encode() + b"\0")
        digest.update(path.read_bytes() if path.is_file() else b"(mangler)")
    return digest.hexdigest()


def execute_all(jobs: list[book.NotebookJob], src: Path, keys: dict[str, str], cache: Path) -> None:
    """Execute the jobs whose key changed, two at a time; stop at the first failure.

    `keys` maps each output to its job key; `cache` records the keys of notebooks executed
    successfully, so the next build skips them while their inputs stay the same.
    """
    done_keys = json.loads(cache.read_text(encoding="utf-8")) if cache.is_file() else {}
    todo = [
        j
        for j in jobs
        if done_keys.get(j.output) != keys[j.output] or not (src / j.output).is_file()
    ]
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
    log = str(src.parent / "papermill.log")
    try:
        with ProcessPoolExecutor(
            WORKERS, context, initializer=_quiet_kernels, initargs=(log,)
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
                    done_keys[job.output] = keys[job.output]
                    say(f"  {job.label}: {fmt.number(future.result(), 1)} s")
    finally:
        cache.write_text(json.dumps(done_keys, indent=1, sort_keys=True), encoding="utf-8")
    say(f"  notebooks kjørt på {seconds(start)}")


def prune(src: Path, jobs: list[book.NotebookJob]) -> None:
    """Remove executed notebooks of an earlier build that this build does not have.

    A unit that sent no workbook this time must not keep its old profile in the book.
    """
    wanted = {j.output for j in jobs}
    for nb in src.glob("*.ipynb"):
        if nb.name not in wanted:
            nb.unlink()


# -- Jupyter Book --------------------------------------------------------------------------------


def jupyter_book(src: Path, builder: str, out: Path, log: Path) -> subprocess.Popen:
    """Start `jupyter-book build` for one builder into `out`; its output goes to `log`."""
    out.mkdir(parents=True, exist_ok=True)
    command = [
        sys.executable,
        "-c",
        "import sys; from jupyter_book.cli.main import main; sys.exit(main())",
        "build",
        str(src),
        "--builder",
        builder,
        "--path-output",
        str(out),
        # Warnings are errors: a broken reference or a missing figure must not be published.
        "-W",
        "-n",
        "--keep-going",
    ]
    # Jupyter Book runs Sphinx without a configuration folder, so docutils finds the book's
    # docutils.conf (raw markup and file insertion off) only through this variable.
    env = {
        **os.environ,
        "MPLBACKEND": "Agg",
        "NO_COLOR": "1",
        "DOCUTILSCONFIG": str(src / "docutils.conf"),
    }
    with log.open("w", encoding="utf-8") as stream:
        return subprocess.Popen(command, stdout=stream, stderr=subprocess.STDOUT, cwd=src, env=env)


def _log_excerpt(log: Path, lines: int = 15) -> str:
    """The lines of a Jupyter Book log that say what went wrong.

    Sphinx marks them WARNING/ERROR; the traceback at the end only says that the build failed.
    """
    text = log.read_text(encoding="utf-8", errors="replace").splitlines()
    hits = [line for line in text if "WARNING" in line or "ERROR" in line]
    return "\n".join((hits or text)[:lines])


def render_book(src: Path, work: Path, pdf: bool) -> dict[str, Path]:
    """Build HTML (and PDF) into `work`; return where the outputs are.

    The PDF is printed from Jupyter Book's single-page HTML, built at the same time as the site.
    """
    builders = {"html": work / "jb-html"}
    if pdf:
        builders["singlehtml"] = work / "jb-pdf"
    what = "nettutgaven og PDF-en" if pdf else "nettutgaven"
    say(f"Bygger {what} med Jupyter Book …")
    start = time.perf_counter()
    logs = {b: work / f"{b}.log" for b in builders}
    running = {
        b: (jupyter_book(src, b, out, logs[b]), time.perf_counter()) for b, out in builders.items()
    }
    failed = []
    for b, (proc, began) in running.items():
        proc.wait()
        label = "nettutgave" if b == "html" else "enkeltside for PDF"
        if proc.returncode != 0:
            failed.append(
                f"Jupyter Book ({label}) feilet. Utdrag av loggen {logs[b]}:\n"
                + _log_excerpt(logs[b])
            )
            # Sphinx reports a page's warnings only when it reads the page; a failed build must
            # not leave a cache in which the next build reads nothing and passes.
            shutil.rmtree(builders[b], ignore_errors=True)
        else:
            say(f"  {label}: {seconds(began)}")
    if failed:
        raise BuildError("\n\n".join(failed))
    result = {"html": builders["html"] / "_build" / "html"}
    say(f"  Jupyter Book ferdig på {seconds(start)}")
    if pdf:
        began = time.perf_counter()
        result["pdf"] = work / "book.pdf"
        try:
            single = builders["singlehtml"] / "_build" / "singlehtml"
            pdf_edition.print_book(single, src, result["pdf"])
        except pdf_edition.PdfError as exc:
            raise BuildError(str(exc)) from exc
        say(f"  PDF skrevet ut: {seconds(began)}")
    return result


# -- the whole build -----------------------------------------------------------------------------


def collect(ds: Dataset, src: Path, outputs: dict[str, Path], result: Path) -> None:
    """Put the published files into `result`: html/, the PDF, tallies.json, notebooks/."""
    result.mkdir(parents=True)
    shutil.copytree(outputs["html"], result / "html")
    if "pdf" in outputs:
        shutil.copy2(outputs["pdf"], result / pdf_name(ds.year))
        # The site links the PDF next to its pages, so html/ can be published on its own.
        shutil.copy2(outputs["pdf"], result / "html" / pdf_name(ds.year))
    write_json(result / "tallies.json", dataset_tallies(ds))
    # What `verify` compares: every number shown, the inputs, the downloads.
    write_json(result / "manifest.json", manifest.build_manifest(src, book.read_substitutions(src)))
    shutil.copy2(src / "provenance.json", result / "provenance.json")
    shutil.copytree(src / "nedlasting", result / "nedlasting")
    shutil.copytree(src / "figurer", result / "figurer")
    # Reviewers get the executed notebooks, which the HTML shows without code.
    (result / "notebooks").mkdir()
    for nb in sorted(src.glob("*.ipynb")):
        shutil.copy2(nb, result / "notebooks" / nb.name)


def write_json(path: Path, data) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def swap_in(result: Path, out: Path, stage: Path) -> None:
    """Replace `out` with `result` by two renames in the same folder.

    Should the second rename fail, the first is undone, so OUT is never left missing.
    """
    previous = stage / "previous"
    if out.exists():
        out.rename(previous)
    try:
        result.rename(out)
    except OSError:
        if previous.exists():
            previous.rename(out)
        raise


def work_folder(out: Path) -> Path:
    """The folder kept between builds of `out`: book source, executed notebooks, Sphinx cache."""
    return out.parent / f".{out.name}.cache"


def source_digest(src: Path) -> str:
    """A digest of the whole book source: texts, configuration, figures, executed notebooks."""
    digest = hashlib.sha256()
    for path in sorted(p for p in src.rglob("*") if p.is_file()):
        digest.update(str(path.relative_to(src)).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def up_to_date(work: Path, out: Path, state: dict) -> bool:
    """True when OUT was published from exactly this source (then there is nothing to render).

    The build date is in the source (title page, provenance), so a new day renders again.
    """
    recorded = work / "published.json"
    published = [out / "html" / "index.html", out / "tallies.json", out / "manifest.json"]
    if state["pdf"]:
        published += list(out.glob("*.pdf"))[:1] or [out / "salto-arsrapport.pdf"]
    if not recorded.is_file() or not all(p.is_file() for p in published):
        return False
    return json.loads(recorded.read_text(encoding="utf-8")) == state


def prepare_source(ds: Dataset, work: Path, pdf: bool = True) -> Path:
    """The book's source in `work/src`: texts, substitutions and every executed notebook.

    Notebooks whose inputs are unchanged since the last build in `work` are not run again.
    """
    src = work / "src"
    jobs = book.notebook_jobs(ds)
    book.assemble(ds, src, jobs, pdf)
    prune(src, jobs)
    common = fingerprint()
    keys = {j.output: job_key(j, common) for j in jobs}
    execute_all(jobs, src, keys, work / "notebooks.json")
    return src


def build(
    folder: Path | None = None, out: Path | None = None, pdf: bool = True, fresh: bool = False
) -> int:
    """The `build` command; returns the exit code. `fresh` ignores the earlier build's work."""
    from salto_lib.cli import print_problems

    start = time.perf_counter()
    try:
        folder = Path(folder) if folder else data_folder()
    except FileNotFoundError as exc:  # no data/<year>/ at all
        say(f"FEIL: {exc}. Oppgi datamappen: python -m salto_lib build MAPPE")
        return 1
    say(f"Kontrollerer arbeidsbøkene i {folder} …")
    ds = load_dataset(folder)
    if ds.errors:
        print_problems(ds)
        say("Rett feilene over og kjør på nytt. Ingenting er bygget eller publisert.")
        return 1
    say(
        f"  {len(ds.reports)} arbeidsbøker, {fmt.number(len(ds.measures))} tiltak, "
        f"{len(ds.warnings)} advarsler ({ds.period.title}, {ds.year})"
    )
    for w in ds.warnings:
        say(f"  {w}")
    missing = book.missing_texts(ds.year)
    if missing:
        names = ", ".join(str(p.relative_to(paths.ROOT)) for p in missing)
        say(f"FEIL: Teksten for {ds.year} mangler: {names}. Lag filene (se book/README.md).")
        return 1
    out = (Path(out) if out else paths.BUILD / str(ds.year)).resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    work = work_folder(out)
    if fresh:
        shutil.rmtree(work, ignore_errors=True)
    stage = None
    try:
        src = prepare_source(ds, work, pdf)
        state = {"out": str(out), "pdf": pdf, "source": source_digest(src)}
        if up_to_date(work, out, state):
            say(f"Ingenting er endret siden forrige bygg; {out} er allerede oppdatert.")
            return 0
        outputs = render_book(src, work, pdf)
        stage = Path(tempfile.mkdtemp(prefix=".build-", dir=out.parent))
        collect(ds, src, outputs, stage / "result")
        swap_in(stage / "result", out, stage)
        write_json(work / "published.json", state)
    except BuildError as exc:
        say(f"FEIL: {exc}")
        say(f"Ingenting er publisert; {out} er uendret.")
        return 1
    except BaseException:
        say(f"Bygget stoppet; {out} er uendret.")
        raise
    finally:
        if stage is not None:
            shutil.rmtree(stage, ignore_errors=True)
    shown = out.relative_to(paths.ROOT) if out.is_relative_to(paths.ROOT) else out
    say(f"Ferdig på {seconds(start)}: {shown / 'html' / 'index.html'}")
    if pdf:
        say(f"  PDF: {shown / pdf_name(ds.year)}")
    return 0
