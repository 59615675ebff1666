"""Hand each kernel what its notebook reads of the dataset the build has validated, as a file in
the work folder.

Every notebook would otherwise read and validate all workbooks again (17 of them, in every one
of some 25 kernels). Each page kind says what it reads (`reads` of `AreaPage`, `TablesPage`,
`UnitPage` and `ChangesPage`), and its notebook is handed exactly that, in a file named after a
digest of its content. The job's parameters name the file, so the job's key (`jobs.job_key`)
changes exactly when what the notebook reads changes: a corrected free text in one workbook
re-runs the pages that show it, not every page that counts that workbook's measures.

The digest is of a canonical form of the content (`canonical`), not of the pickle, whose bytes
depend on how objects are shared and, for sets, on an order that differs between processes.
Paths in it are written as an edition records them (`provenance.shown_path`), so the names are
the same in any clone of the repository. The files are pickles, written and read only by this
program within one build's work folder.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import pickle
from functools import cache
from pathlib import Path, PurePath

import numpy as np

from salto_lib.dataset import Dataset
from salto_lib.pages.area import AreaPage
from salto_lib.pages.changes import ChangesPage
from salto_lib.pages.common import area_page, unit_key
from salto_lib.pages.tables import TablesPage
from salto_lib.pages.unit import UnitPage
from salto_lib.provenance import shown_path
from salto_lib.recipe.layout import BuildLayout

TABLES = "tabeller"


def canonical(value):
    """`value` as plain JSON data that is the same for the same content in any process: a
    dataclass as the dict of its fields, a tuple as a list, a set sorted, a path as
    `shown_path` gives it. Raises `TypeError` for any other kind of value, so that nothing is
    ever digested by its address or in an order that differs between runs."""
    kind = type(value)
    if kind in _PLAIN or value is None:
        return value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {name: canonical(getattr(value, name)) for name in _field_names(kind)}
    if isinstance(value, dict):
        if not all(isinstance(k, str) for k in value):
            raise TypeError(f"Bare tekst kan være nøkler i dataene som gis videre: {value!r}")
        return {k: canonical(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [canonical(v) for v in value]
    if isinstance(value, set | frozenset):
        return sorted((canonical(v) for v in value), key=_dumps)
    if isinstance(value, PurePath):
        return shown_path(Path(value))
    if isinstance(value, np.generic):
        return canonical(value.item())
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    raise TypeError(f"Verdien kan ikke gis videre entydig: {type(value).__name__} {value!r}")


# The types whose values are their own canonical form (JSON keeps `True` and `1` apart).
_PLAIN = frozenset({str, int, float, bool})


@cache
def _field_names(kind: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(kind))


def _dumps(data) -> str:
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def digest(data: Dataset) -> str:
    """A digest of the content of `data` (see `canonical`)."""
    return hashlib.sha256(_dumps(canonical(data)).encode("utf-8")).hexdigest()[:16]


def changes_name(year: int) -> str:
    """The name of the data of `year` that the chapter on changes is handed."""
    return f"endringer-{year}"


def projections(ds: Dataset, previous: Dataset | None) -> dict[str, Dataset]:
    """Every dataset the build hands a kernel, by name: what the tables read (`tabeller`), each
    area's chapter (the chapter's page) and each unit's profile (the unit's key), and, when
    there is a previous edition, what the chapter on changes reads of both years."""
    handed = {TABLES: TablesPage.reads(ds)}
    handed |= {area_page(a): AreaPage.reads(ds, a) for a in ds.period.areas}
    handed |= {unit_key(r.unit): UnitPage.reads(ds, r.unit) for r in ds.reports}
    if previous is not None:
        handed[changes_name(ds.year)] = ChangesPage.reads(ds)
        handed[changes_name(previous.year)] = ChangesPage.reads(previous)
    return handed


# The last handover computed, by the identity of its datasets: a build plans its jobs and then
# writes the files, and need not make and digest every projection twice.
_last: tuple[Dataset, Dataset | None, dict[str, tuple[str, Dataset]]] | None = None


def _handed(ds: Dataset, previous: Dataset | None) -> dict[str, tuple[str, Dataset]]:
    """`projections` with each one's digest: {name: (digest, data)}."""
    global _last
    if _last is None or _last[0] is not ds or _last[1] is not previous:
        handed = {name: (digest(data), data) for name, data in projections(ds, previous).items()}
        _last = (ds, previous, handed)
    return _last[2]


def files(layout: BuildLayout, ds: Dataset, previous: Dataset | None) -> dict[str, Path]:
    """Where each of `projections` is handed over: `<name>-<digest of its content>.pickle`."""
    return {
        name: layout.datasets / f"{name}-{sha}.pickle"
        for name, (sha, _) in _handed(ds, previous).items()
    }


def hand_over(layout: BuildLayout, ds: Dataset, previous: Dataset | None) -> None:
    """Write the files the jobs name (`files`); remove those of earlier builds."""
    layout.datasets.mkdir(parents=True, exist_ok=True)
    data = {name: d for name, (_, d) in _handed(ds, previous).items()}
    wanted = {path: data[name] for name, path in files(layout, ds, previous).items()}
    for old in layout.datasets.glob("*.pickle"):
        if old not in wanted:
            old.unlink()
    # Written every time: the name leaves out where the data folder is (`canonical`), which a
    # kernel checks against its parameters.
    for path, projected in wanted.items():
        path.write_bytes(pickle.dumps(projected))
