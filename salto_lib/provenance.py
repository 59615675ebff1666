"""Provenance of an edition: which inputs, which code and which tools made it, and when.

The build writes `OUT/provenance.json` and the book's provenance appendix from
`collect_provenance`; `verify` reads the file to find the data folder and to tell which
workbooks changed after publishing.
The build date comes from `SOURCE_DATE_EPOCH` when it is set (reproducible builds; `build` sets
it from the edition's publication date, `book/<year>/utgave.toml`), otherwise from the clock.
No absolute local path is recorded: the data folder is given relative to the repository.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import subprocess
import sys
from importlib import metadata
from pathlib import Path

from salto_lib import paths
from salto_lib.dataset import Dataset, workbook_files
from salto_lib.edition import Edition

PACKAGES = (
    "jupyter-book",
    "sphinx",
    "myst-nb",
    "papermill",
    "pandas",
    "matplotlib",
    "openpyxl",
    "numpy",
    "playwright",  # drives the browser that prints the PDF
    "pikepdf",  # finishes the PDF as PDF/UA-1
)


def build_time() -> dt.datetime:
    """The build's time: `SOURCE_DATE_EPOCH` (seconds since 1970, UTC) when set, else the
    start of today (UTC). A whole day, so that `verify` can rebuild with the same stamps."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.strip().isdigit():
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC)
    today = dt.datetime.now(tz=dt.UTC).date()
    return dt.datetime(today.year, today.month, today.day, tzinfo=dt.UTC)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def workbook_hashes(folder: Path) -> dict[str, str]:
    """SHA-256 of every workbook in `folder` (lock and hidden files are not inputs)."""
    files, _ = workbook_files(folder)
    return {p.name: sha256(p) for p in files}


def git_commit() -> str:
    """The commit the code was built from, with `-endret` when the work tree has changes."""
    try:
        head = subprocess.run(
            ["git", "rev-parse", "HEAD"], cwd=paths.ROOT, capture_output=True, text=True
        )
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"],
            cwd=paths.ROOT,
            capture_output=True,
            text=True,
        )
    except OSError:
        return "ukjent"
    if head.returncode != 0:
        return "ukjent"
    return head.stdout.strip() + ("-endret" if dirty.stdout.strip() else "")


def versions() -> dict[str, str]:
    found = {"python": sys.version.split()[0]}
    for name in PACKAGES:
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            found[name] = "ikke installert"
    return found


def shown_path(path: Path) -> str:
    """A path as an edition may record it: relative to the repository, else its name alone
    (a folder on the analyst's laptop is nobody else's business, and differs between clones).

    >>> shown_path(paths.ROOT / "data" / "2024"), shown_path(Path("/home/ola/2024"))
    ('data/2024', '2024')
    """
    path = Path(path).resolve()
    return path.relative_to(paths.ROOT).as_posix() if path.is_relative_to(paths.ROOT) else path.name


def data_folder_of(recorded: str) -> Path:
    """Where the data folder recorded by `shown_path` is on this machine."""
    return paths.ROOT / recorded


def text_hashes(texts: list[Path]) -> dict[str, str]:
    """SHA-256 of the edition's texts, by their path relative to the repository."""
    return {shown_path(p): sha256(p) for p in texts}


def collect_provenance(ds: Dataset, edition: Edition, texts: list[Path]) -> dict:
    """Everything the provenance appendix and `verify` need, as plain data."""
    return {
        "year": ds.year,
        "plan_period": ds.period.name,
        "edition": {
            "published": edition.published.isoformat() if edition.published else None,
            "publisher": edition.publisher,
        },
        "data_folder": shown_path(ds.folder),
        "workbooks": workbook_hashes(ds.folder),
        "texts": text_hashes(texts),
        "plan_period_file": {
            "name": ds.period.source.name,
            "sha256": sha256(ds.period.source),
        },
        "git_commit": git_commit(),
        "versions": versions(),
        "build_date": build_time().date().isoformat(),
        "source_date_epoch": int(build_time().timestamp()),
    }
