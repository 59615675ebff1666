"""Tell, before anything is read or imported, that nothing a build reads has changed since OUT
was published.

A rebuild with nothing changed would otherwise import pandas and matplotlib, read and validate
every workbook and write the source folder again, only to find the same source (`publish.
up_to_date`). The stamp is a digest of every input of a build: the data folder and last year's
next to it, the texts, templates, plan periods, the library and its pinned requirements, the
site's configuration and style, the commit, the build date and the options. It is written
when an edition is published and compared at the start of the next build.

This module imports only the standard library, so the check costs what hashing the inputs costs.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

from salto_lib import paths
from salto_lib.recipe.layout import BuildLayout

# The variables that change what a build makes: the folders (`paths`) and the build date.
ENVIRONMENT = ("SALTO_", "SOURCE_DATE_EPOCH")


def _tree(digest, root: Path) -> None:
    files = sorted(p for p in root.rglob("*") if p.is_file()) if root.is_dir() else []
    for path in files:
        if "__pycache__" in path.parts:
            continue
        digest.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes() + b"\0")


def _git(*args: str) -> str:
    # The commit and whether the work tree differs from it, as `provenance.git_commit` tells
    # them in the book (that module imports pandas).
    try:
        done = subprocess.run(["git", *args], cwd=paths.ROOT, capture_output=True, text=True)
    except OSError:
        return ""
    return done.stdout


def inputs(folder: Path, out: Path, pdf: bool) -> str | None:
    """A digest of everything a build of `folder` (named after its year) into `out` reads;
    None when the folder's name is not a year (then last year's folder is not known)."""
    if not folder.name.isdigit():
        return None
    digest = hashlib.sha256()
    previous = folder.parent / str(int(folder.name) - 1)
    options = {
        "folder": str(folder.resolve()),
        "out": str(out),
        "pdf": pdf,
        # The book shows the build date: a new day is a new edition (`provenance.build_time`).
        "day": str(dt.datetime.now(tz=dt.UTC).date()),
        "commit": _git("rev-parse", "HEAD") + _git("status", "--porcelain", "--untracked-files=no"),
        "python": sys.executable,
        "environment": {k: v for k, v in os.environ.items() if k.startswith(ENVIRONMENT)},
    }
    digest.update(json.dumps(options, sort_keys=True).encode())
    roots = [folder, previous, paths.BOOK, paths.NOTEBOOKS, paths.PLAN_PERIODS]
    roots += [
        paths.ROOT / name for name in ("salto_lib", "_static", "_print", "_templates", "_locale")
    ]
    for root in roots:
        digest.update(f"\0{root}\0".encode())
        _tree(digest, root)
    for name in ("_config.yml", "_toc.yml", "requirements.txt"):
        path = paths.ROOT / name
        digest.update(name.encode() + b"\0" + (path.read_bytes() if path.is_file() else b""))
    return digest.hexdigest()


def unchanged(layout: BuildLayout, stamp: str | None, pdf: bool) -> list[str] | None:
    """The lines the last build said about the data, when it published OUT from exactly these
    inputs and OUT is still there; otherwise None."""
    path = layout.work / "inputs.json"
    published = [layout.out / "html" / "index.html", layout.out / "manifest.json"]
    if pdf:
        published += [p for p in layout.out.glob("*.pdf")] or [layout.out / "mangler.pdf"]
    if stamp is None or not path.is_file() or not all(p.is_file() for p in published):
        return None
    recorded = json.loads(path.read_text(encoding="utf-8"))
    return recorded["said"] if recorded.get("stamp") == stamp else None


def record(layout: BuildLayout, stamp: str | None, said: list[str]) -> None:
    """Remember that OUT is published from the inputs of `stamp` (and what was said of them)."""
    if stamp is None:
        return
    text = json.dumps({"stamp": stamp, "said": said}, ensure_ascii=False, indent=1)
    (layout.work / "inputs.json").write_text(text, encoding="utf-8")
