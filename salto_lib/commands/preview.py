"""`python -m salto_lib preview ÅR`: the web edition on localhost while the analyst writes.

The first start builds the book's source as `build` does (into its own work folder,
`_build/.forhandsvisning-ÅR.cache/`, so it never touches an edition), without the PDF. Then
`watchfiles` watches `book/`: when a text is saved, it is checked (numbers, keys, sections,
quotes), the chapter texts are written into the source folder, an area's sections go into its
executed notebook as substitutions (no notebook runs again), and Jupyter Book re-renders only
the changed pages. The served pages reload themselves when the site has changed.
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import multiprocessing
import os
import sys
import threading
import time
from pathlib import Path

from salto_lib import areatexts, paths
from salto_lib.dataset import data_folder, load_dataset
from salto_lib.pages import chapters
from salto_lib.pages.common import edition_folder
from salto_lib.recipe import assemble, texts
from salto_lib.recipe.console import BuildError, print_problems, say, seconds
from salto_lib.recipe.jupyter_book import jupyter_book, log_excerpt
from salto_lib.recipe.layout import BuildLayout
from salto_lib.recipe.source import prepare_source

VERSION_PATH = "/_forhandsvisning"
# Each served page asks once a second whether the site changed, and reloads when it did.
RELOAD = (
    "<script>(function(){var v=null;setInterval(function(){fetch('" + VERSION_PATH + "')"
    ".then(function(r){return r.text()}).then(function(t){if(v!==null&&t!==v)"
    "location.reload();v=t}).catch(function(){})},1000)})();</script>"
).encode()


class _Handler(http.server.SimpleHTTPRequestHandler):
    version = ["0"]  # replaced per server: the site's version, bumped after each render

    def do_GET(self):  # noqa: N802 (the standard library's name)
        if self.path == VERSION_PATH:
            return self._send(self.version[0].encode(), "text/plain")
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        if path.suffix == ".html" and path.is_file():
            page = path.read_bytes().replace(b"</body>", RELOAD + b"</body>", 1)
            return self._send(page, "text/html; charset=utf-8")
        return super().do_GET()

    def _send(self, body: bytes, kind: str):
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):  # the terminal shows what the analyst needs, not each request
        pass


class Preview:
    """One edition's source, rendered as a site, kept up to date with `book/`."""

    def __init__(self, year: int, data: Path | None = None):
        self.ds = load_dataset(Path(data) if data else data_folder(year))
        if self.ds.errors:
            print_problems(self.ds)
            raise BuildError("Arbeidsbøkene har feil; rett dem først.")
        if self.ds.year != year:
            raise BuildError(f"Dataene i {self.ds.folder} er for {self.ds.year}, ikke {year}.")
        self.layout = BuildLayout.next_to(paths.BUILD / f"forhandsvisning-{year}", year)
        self.source = prepare_source(self.ds, self.layout, pdf=False)
        self.subs = dict(self.source.substitutions)
        self.areas = {
            j.output: j.parameters["area"] for j in self.source.jobs if "area" in j.parameters
        }
        self.version = ["0"]
        # Imported once here, so each render (a forked child) starts at once.
        import jupyter_book.cli.main  # noqa: F401
        import myst_nb  # noqa: F401
        import sphinx_book_theme  # noqa: F401

    @property
    def site(self) -> Path:
        return self.layout.jupyter_book("html") / "_build" / "html"

    def refresh(self) -> bool:
        """Check the texts and put them into the source folder; False (said) when they fail."""
        self.subs |= chapters.selected_quotes(self.ds)
        errors, warnings = texts.text_problems(self.ds, set(self.subs))
        for line in warnings:
            say(f"  ADVARSEL {line}")
        if errors:
            say("Tekstene har feil; forhåndsvisningen viser forrige versjon:")
            for line in errors:
                say(f"  {line}")
            return False
        assemble.assemble(self.ds, self.layout, self.source.jobs, self.subs, self.source.edition)
        folder = edition_folder(self.ds.year)
        pages = {j.output: j.substitutions for j in self.source.jobs}
        for output, area in self.areas.items():
            pages[output] = pages[output] | areatexts.area_substitutions(folder, area)
        # Only the pages whose text or substitutions changed are written, and so re-read.
        assemble.place_substitutions(self.layout.src, pages, self.subs)
        return True

    def render(self) -> bool:
        """Render the site (only changed pages); bump the version the pages poll.

        Jupyter Book runs in this process, which has imported it once: starting it anew
        (as `build` does) would cost seconds per saved text."""
        start = time.perf_counter()
        log = self.layout.log("forhandsvisning")
        if _jupyter_book_html(self.layout.src, self.layout.jupyter_book("html"), log) != 0:
            say(f"Jupyter Book feilet (loggen: {log}):\n{log_excerpt(log)}")
            return False
        self.version[0] = str(time.time_ns())
        say(f"Oppdatert på {seconds(start)}.")
        return True

    def serve(self, port: int) -> http.server.ThreadingHTTPServer:
        handler = type("Handler", (_Handler,), {"version": self.version})
        server = http.server.ThreadingHTTPServer(
            ("127.0.0.1", port), functools.partial(handler, directory=str(self.site))
        )
        threading.Thread(target=server.serve_forever, daemon=True).start()
        return server


def _jupyter_book_html(src: Path, out: Path, log: Path) -> int:
    """`jupyter-book build --builder html` (with the options `build` uses), in a child forked
    from this process, which has imported Jupyter Book once: a new interpreter would cost
    seconds per saved text, and a second build in the same process sees the theme's template
    paths added twice and rewrites every page. Without fork (Windows): a new process."""
    if "fork" not in multiprocessing.get_all_start_methods():
        return jupyter_book(src, "html", out, log).wait()
    child = multiprocessing.get_context("fork").Process(target=_render, args=(src, out, log))
    child.start()
    child.join()
    return child.exitcode


def _render(src: Path, out: Path, log: Path) -> None:
    from jupyter_book.cli.main import main

    os.environ.update(MPLBACKEND="Agg", NO_COLOR="1", DOCUTILSCONFIG=str(src / "docutils.conf"))
    args = ["build", str(src), "--builder", "html", "--path-output", str(out)]
    out.mkdir(parents=True, exist_ok=True)
    stream = log.open("w", encoding="utf-8")
    with stream, contextlib.redirect_stdout(stream), contextlib.redirect_stderr(stream):
        try:
            with contextlib.chdir(src):
                main.main([*args, "-W", "-n", "--keep-going"], standalone_mode=False)
        except SystemExit as exc:
            sys.exit(int(exc.code or 0))
        except Exception as exc:  # Sphinx's own error: in the log, not as a traceback
            print(f"ERROR: {exc}")
            sys.exit(1)


def preview(year: int, port: int = 8000, data: Path | None = None, stop=None) -> int:
    """The `preview` command: serve until Ctrl+C (or until the event `stop` is set)."""
    import logging

    from watchfiles import watch

    logging.getLogger("watchfiles").setLevel(logging.WARNING)

    try:
        say(f"Forbereder forhåndsvisningen av {year} (første gang kjøres notatbøkene) …")
        view = Preview(year, data)
        if not view.refresh() or not view.render():
            return 1
    except (BuildError, FileNotFoundError) as exc:
        say(f"FEIL: {exc}")
        return 1
    server = view.serve(port)
    say(
        f"Forhåndsvisning: http://127.0.0.1:{server.server_address[1]}/ — lagre en tekst i "
        f"{paths.BOOK}, så oppdateres siden. Stopp med Ctrl+C."
    )
    try:
        for _changes in watch(
            paths.BOOK,
            watch_filter=lambda _, p: p.endswith((".md", ".toml")),
            stop_event=stop,
            debounce=200,
            step=50,
        ):
            say("Endret tekst; oppdaterer …")
            if view.refresh():
                view.render()
    except KeyboardInterrupt:
        pass
    finally:
        server.shutdown()
    return 0
