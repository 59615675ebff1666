"""Hand the kernels the dataset the build has validated, as files in the work folder.

Every notebook would otherwise read and validate all workbooks again (17 of them, in every one
of some 25 kernels). A file's name holds a digest of the workbooks it was made from, so a job's
parameters change exactly when its data does. The files are pickles, written and read only by
this program within one build's work folder.
"""

from __future__ import annotations

import hashlib
import pickle
from dataclasses import replace
from pathlib import Path

from salto_lib.dataset import Dataset
from salto_lib.pages.common import unit_key
from salto_lib.recipe.layout import BuildLayout


def _digest(ds: Dataset, files: list[str]) -> str:
    digest = hashlib.sha256(str(ds.folder).encode())
    for name in sorted(files):
        digest.update(name.encode() + b"\0" + (ds.folder / name).read_bytes())
    return digest.hexdigest()[:16]


def only(ds: Dataset, unit: str) -> Dataset:
    """The dataset of one unit: its report alone (a unit's profile shows nothing else)."""
    return replace(ds, reports=[r for r in ds.reports if r.unit == unit], problems=[])


def dataset_file(layout: BuildLayout, ds: Dataset) -> Path:
    """Where the whole dataset of `ds.folder` is handed over."""
    files = [r.file for r in ds.reports]
    return layout.datasets / f"{ds.folder.name}-{_digest(ds, files)}.pickle"


def unit_file(layout: BuildLayout, ds: Dataset, unit: str) -> Path:
    """Where the dataset of one unit is handed over."""
    files = [r.file for r in ds.reports if r.unit == unit]
    return layout.datasets / f"{unit_key(unit)}-{_digest(ds, files)}.pickle"


def hand_over(layout: BuildLayout, ds: Dataset, previous: Dataset | None) -> None:
    """Write the dataset files the jobs name; remove those of earlier builds."""
    layout.datasets.mkdir(parents=True, exist_ok=True)
    wanted = {dataset_file(layout, ds): ds}
    wanted |= {unit_file(layout, ds, u): only(ds, u) for u in (r.unit for r in ds.reports)}
    if previous is not None:
        wanted[dataset_file(layout, previous)] = previous
    for old in layout.datasets.glob("*.pickle"):
        if old not in wanted:
            old.unlink()
    for path, data in wanted.items():
        path.write_bytes(pickle.dumps(data))
