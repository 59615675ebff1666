"""A work folder that survives a crash at any instant.

Every record (`notebooks.json`, `published.json`) and every executed notebook is written to a
temporary name in the same folder and renamed, so a file is either the old one or the new one,
never half of each. A record that cannot be read (a build killed before this module existed, a
disk error) counts as "nothing cached": that part is built again, and the build says so.

A notebook's entry in `notebooks.json` holds its job key and the size and SHA-256 of the
notebook and of every figure it shows; the entry is dropped before the notebook is run again and
written only once the notebook is complete, so a kill in between leaves no entry and the next
build runs the notebook again.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from pathlib import Path

from salto_lib import paths
from salto_lib.recipe.console import say

KILL_VARIABLE = "SALTO_TEST_KILL_AT"


def kill_point(stage: str) -> None:
    """A test hook: die here, as `kill -9` would, when SALTO_TEST_KILL_AT names this stage."""
    if os.environ.get(KILL_VARIABLE) == stage:
        os._exit(137)


def write_atomic(path: Path, data: bytes | str) -> None:
    """Write `path` through a temporary file in the same folder and a rename."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_record(path: Path, data) -> None:
    write_atomic(path, json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n")


def read_record(path: Path) -> dict:
    """A JSON record of the work folder; {} when missing, and {} (said) when unreadable."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError):
        data = None
    if not isinstance(data, dict):
        say(f"  {path.name} i arbeidsmappen kan ikke leses (skadet?); det bygges på nytt.")
        return {}
    return data


def _stamp(path: Path) -> list | None:
    try:
        data = path.read_bytes()
    except OSError:
        return None
    return [len(data), hashlib.sha256(data).hexdigest()]


_FIGURE = re.compile(re.escape(paths.FIGURES.as_posix()) + r"/([\w.-]+?)\.\*")


def _files(notebook: Path) -> list[Path]:
    """The notebook and the figure files it shows (`figurer/<name>.*` is the SVG file)."""
    try:
        text = notebook.read_text(encoding="utf-8")
    except OSError:
        return [notebook]
    names = sorted(set(_FIGURE.findall(text)))
    figures = notebook.parent / paths.FIGURES
    return [notebook] + [figures / f"{n}{s}" for n in names for s in (".svg",)]


def entry(notebook: Path, key: str) -> dict:
    """What `notebooks.json` records for a complete notebook."""
    src = notebook.parent
    return {
        "key": key,
        "files": {p.relative_to(src).as_posix(): _stamp(p) for p in _files(notebook)},
    }


def is_cached(record: dict, notebook: Path, key: str) -> bool:
    """True when `notebook` is the complete output of this key, figures included."""
    done = record.get(notebook.name)
    if not isinstance(done, dict) or done.get("key") != key:
        return False
    files = done.get("files") or {}
    if notebook.name not in files:
        return False
    return all(
        stamp is not None and _stamp(notebook.parent / name) == stamp
        for name, stamp in files.items()
    )


def restamp(record_path: Path, src: Path) -> None:
    """Record the notebooks' final bytes after they were rewritten (`recipe.scrub`)."""
    record = read_record(record_path)
    fresh = {
        name: entry(src / name, done["key"])
        for name, done in record.items()
        if isinstance(done, dict) and "key" in done and (src / name).is_file()
    }
    write_record(record_path, fresh)


_SHOWN = re.compile(re.escape(paths.FIGURES.as_posix()) + r"/([\w.-]+?)\.(?:\*|svg\b|png\b)")


def sweep_figures(src: Path) -> list[str]:
    """Remove figure files (and their numbers as CSV) no page shows any more (a chart an
    earlier build made that this data does not have), so that a build equals a fresh one;
    return their names."""
    shown, pages = set(), []
    for page in [*src.glob("*.md"), *src.glob("*.ipynb"), src / "_config.yml"]:
        if page.is_file():
            pages.append(page.read_text(encoding="utf-8", errors="replace"))
            shown.update(_SHOWN.findall(pages[-1]))
    stale = sorted(p for p in (src / paths.FIGURES).glob("*") if p.stem not in shown)
    # A chart's numbers as CSV (`nedlasting/figur-*.csv`, written by the notebook beside it) go
    # with the chart: one no page links any more is stale too.
    text = "\n".join(pages)
    stale += sorted(p for p in (src / paths.DOWNLOADS).glob("figur-*") if p.name not in text)
    for path in stale:
        path.unlink()
    return [p.name for p in stale]


def render_state(src: Path) -> dict:
    """What decides whether Sphinx may build on its earlier output: the configuration and the set
    of source files (a page gone or renamed leaves its old output behind)."""
    config = src / "_config.yml"
    return {
        "config": _stamp(config),
        "files": sorted(p.relative_to(src).as_posix() for p in src.rglob("*") if p.is_file()),
    }
