"""Render the book's source with Jupyter Book (the site and the single page the PDF is printed
from, at the same time, warnings as errors), then print the PDF with the browser.

The notebooks are executed already (`execute_notebooks: off` in `_config.yml`).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from salto_lib import pdf as pdf_edition
from salto_lib.recipe import cache
from salto_lib.recipe.console import BuildError, say, seconds
from salto_lib.recipe.layout import BuildLayout


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


def log_excerpt(log: Path, lines: int = 15) -> str:
    """The lines of a Jupyter Book log that say what went wrong.

    Sphinx marks them WARNING/ERROR; the traceback at the end only says that the build failed.
    """
    text = log.read_text(encoding="utf-8", errors="replace").splitlines()
    hits = [line for line in text if "WARNING" in line or "ERROR" in line]
    return "\n".join((hits or text)[:lines])


def render_book(layout: BuildLayout, pdf: bool) -> dict[str, Path]:
    """Build HTML (and PDF) into the work folder; return where they are.

    The PDF is printed by the browser (`pdf.print_book`) from Jupyter Book's single-page HTML,
    which is built at the same time as the site; it is printed as soon as that page is done.
    """
    builders = {"html": layout.jupyter_book("html")}
    if pdf:
        builders["singlehtml"] = layout.jupyter_book("singlehtml")
    what = "nettutgaven og PDF-en" if pdf else "nettutgaven"
    say(f"Bygger {what} med Jupyter Book …")
    start = time.perf_counter()
    logs = {b: layout.log(b) for b in builders}
    state = cache.render_state(layout.src)
    for b, out in builders.items():
        done = out.with_name(f"{out.name}.done.json")
        if cache.read_record(done) != state:
            # Sphinx keeps pages written by a render that was killed and never removes the files
            # of pages gone: it may only go on from a finished render of the same configuration
            # and the same files (`sphinx_site` has it write every page again when what they
            # show of each other changed).
            shutil.rmtree(out, ignore_errors=True)
        else:
            # A page links a style sheet it finds in `_static` with its checksum (`?v=…`).
            # Sphinx copies its own there before it writes the pages; myst-nb copies its style
            # sheet only at the end of every build. Without the last build's copy, a page
            # written now links it as in a fresh build.
            for sheet in (out / "_build" / b / "_static").glob("mystnb.*.css"):
                sheet.unlink()
        done.unlink(missing_ok=True)
    running = {
        b: (jupyter_book(layout.src, b, out, logs[b]), time.perf_counter())
        for b, out in builders.items()
    }
    failed = []
    result = {"html": builders["html"] / "_build" / "html"}
    # The single page first: the PDF is printed while the site is still being written.
    for b in sorted(running, key=lambda b: b == "html"):
        proc, began = running[b]
        proc.wait()
        label = "nettutgave" if b == "html" else "enkeltside for PDF"
        if proc.returncode != 0:
            failed.append(
                f"Jupyter Book ({label}) feilet. Utdrag av loggen {logs[b]}:\n"
                + log_excerpt(logs[b])
            )
            # Sphinx reports a page's warnings only when it reads the page; a failed build must
            # not leave a cache in which the next build reads nothing and passes.
            shutil.rmtree(builders[b], ignore_errors=True)
            continue
        cache.kill_point("rendered")
        cache.write_record(builders[b].with_name(f"{builders[b].name}.done.json"), state)
        say(f"  {label}: {seconds(began)}")
        if b == "singlehtml":
            began = time.perf_counter()
            result["pdf"] = layout.work / "book.pdf"
            try:
                single = builders["singlehtml"] / "_build" / "singlehtml"
                # With the pages of the last print, a rebuild prints once (`pdf.print_book`).
                pdf_edition.print_book(
                    single, layout.src, result["pdf"], page_record=layout.pdf_pages
                )
                say(f"  PDF skrevet ut: {seconds(began)}")
            except pdf_edition.PdfError as exc:
                failed.append(str(exc))
    if failed:
        raise BuildError("\n\n".join(failed))
    say(f"  {what[0].upper()}{what[1:]} ferdig på {seconds(start)}")
    return result
