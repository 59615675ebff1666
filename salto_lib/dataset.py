"""A year's folder of workbooks: read all, check them against each other, hold the result.

Use: ``ds = load_dataset(paths.DATA / "2024", strict=True)``, then ``ds.measures`` (a table, one
row per measure), ``ds.units`` (one row per unit) and ``dataset_tallies(ds)`` (the tallies
JSON, docs/tall-json.md).

Workbooks are read in worker processes started with `spawn`. As always with `spawn`, a script
that calls `load_dataset` at its top level must guard its work with
``if __name__ == "__main__":`` (notebooks, `python -m salto_lib` and pytest need nothing).
"""

from __future__ import annotations

import contextlib
import multiprocessing
import multiprocessing.util
import os
import re
import sys
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import pandas as pd

from salto_lib import paths, privacy, tally, text
from salto_lib.period import PeriodError, PlanPeriod, newest_year, period_for_year, year_labels
from salto_lib.problems import ERROR, NOTE, WARNING, InvalidData, Problem, sort_problems
from salto_lib.read import Measure, UnitReport, failed, peek_year, read_safely

# The fields of a measure, which are the columns of `Dataset.measures`.
MEASURE_FIELDS = [f for f in Measure.__dataclass_fields__]
MAX_WORKERS = 4  # a year has 17 small workbooks; more processes would mostly cost start-up


@dataclass
class Dataset:
    folder: Path
    year: int | None
    period: PlanPeriod | None
    reports: list[UnitReport]
    problems: list[Problem]
    skipped: list[str] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == ERROR]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == WARNING]

    @property
    def notes(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == NOTE]

    @property
    def missing_units(self) -> list[str]:
        """Units of the plan period that sent no workbook."""
        sent = {r.unit for r in self.reports}
        return [u for u in self.period.units if u not in sent] if self.period else []

    @cached_property
    def measures(self) -> pd.DataFrame:
        """One row per measure: unit, area, title, status, reason, texts, example, file, row."""
        rows = [m for r in self.reports for m in r.measures]
        frame = pd.DataFrame(rows, columns=MEASURE_FIELDS)
        return frame.astype({"example": bool, "row": int})

    @cached_property
    def units(self) -> pd.DataFrame:
        """One row per reporting unit, sorted by name: its `Enhet` and `Vurdering` answers."""
        rows = [
            {"unit": r.unit, "file": r.file, **_public(r.answers), **r.assessment}
            for r in self.reports
        ]
        frame = pd.DataFrame(rows)
        if frame.empty:
            return frame
        # A unit left blank (an error) sorts first rather than failing the sort.
        return frame.sort_values(
            "unit", key=lambda s: s.map(lambda u: text.sort_key(u or "")), ignore_index=True
        )


def _public(answers: dict) -> dict:
    return {k: v for k, v in answers.items() if not k.endswith("_cell")}


# Names that mean "a workbook": such an entry is read, or it is an error — never passed over.
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xlsb", ".xls", ".xltx", ".xltm", ".ods", ".csv")
# Files kept in a data folder on purpose, neither read as workbooks nor listed as skipped.
KNOWN_FILES = {privacy.ALLOWLIST}


def sort_folder(folder: Path) -> tuple[list[Path], list[str], list[tuple[str, str]]]:
    """The workbooks of a folder; the names of other files, skipped (lock files, hidden files,
    a «les-meg.txt»); and entries named like a workbook that cannot be read as one, with why."""
    files, skipped, unusable = [], [], []
    for path in sorted(folder.iterdir(), key=lambda p: p.name):
        name = path.name
        if name in KNOWN_FILES:
            continue
        if name.startswith(("~$", ".")):
            skipped.append(name)
            continue
        like = name.rstrip(" .\t").lower().endswith(WORKBOOK_SUFFIXES)
        if not like:
            skipped.append(name)
        elif not path.is_file():  # follows a symlink; a FIFO or a device is never opened
            unusable.append((name, _not_a_file(path)))
        elif name != name.rstrip(" .\t"):
            unusable.append(
                (
                    name,
                    "Filnavnet slutter med mellomrom eller punktum etter filtypen, så filen "
                    "kan ikke åpnes som arbeidsbok. Gi filen et navn som slutter på «.xlsx»",
                )
            )
        elif path.suffix.lower() == ".xlsb":
            unusable.append(
                (
                    name,
                    "Filen er lagret som binær Excel-arbeidsbok (.xlsb), som ikke kan leses. "
                    "Åpne den i Excel og lagre som «Excel-arbeidsbok (.xlsx)»",
                )
            )
        else:
            files.append(path)
    return files, skipped, unusable


def _not_a_file(path: Path) -> str:
    if path.is_symlink() and not path.exists():
        kind = "en snarvei (symlink) til noe som ikke finnes"
    elif path.is_dir():
        kind = "en mappe"
    else:
        kind = "ikke en vanlig fil (en FIFO, en enhet eller lignende)"
    return (
        f"Navnet ser ut som en arbeidsbok, men er {kind}, og ble ikke lest. Legg selve "
        "arbeidsboken (.xlsx) i datamappen i stedet"
    )


def workbook_files(folder: Path) -> tuple[list[Path], list[str]]:
    """The workbooks of a folder, and the names of files skipped (see `sort_folder`)."""
    files, skipped, _ = sort_folder(folder)
    return files, skipped


# One pool of reader processes per process, started on first use and reused: starting a fresh
# interpreter costs about a third of a second, more than reading a year's 17 workbooks.
_POOL: ProcessPoolExecutor | None = None
NEEDS_MAIN_GUARD = (
    "Arbeidsbøkene leses i egne prosesser, og de kunne ikke starte. Kaller et Python-skript "
    'load_dataset, må koden stå under `if __name__ == "__main__":` (en prosess som startes '
    "med spawn, kjører skriptet på nytt)."
)
_POOL_LOCK = threading.Lock()


def _die_with_parent() -> None:
    """A reader process ends when the process that started it dies, even by `kill -9` (Linux):
    it holds its own queues open, so it would otherwise wait for work for ever."""
    if sys.platform.startswith("linux"):
        import ctypes
        import signal

        pr_set_pdeathsig = 1
        ctypes.CDLL(None).prctl(pr_set_pdeathsig, signal.SIGKILL)


def _pool() -> ProcessPoolExecutor:
    """The reader processes, started with `spawn`: a fresh interpreter, as on Windows (which
    has no fork), and no copy of this process's threads and locks (a Jupyter kernel runs zmq
    threads; forking it can deadlock)."""
    global _POOL
    with _POOL_LOCK:
        if _POOL is None:
            _POOL = ProcessPoolExecutor(
                min(os.cpu_count() or 1, MAX_WORKERS),
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_die_with_parent,
            )
            # Shut down before multiprocessing, at exit, waits for this process's children
            # (otherwise a process that is itself a multiprocessing worker never ends), and
            # before the pool's own queues are closed (their finalizers have priority 10).
            multiprocessing.util.Finalize(_POOL, _POOL.shutdown, exitpriority=100)
            try:
                _POOL.submit(int).result()  # a worker that cannot even start is not a file's fault
            except BrokenProcessPool:
                _POOL = None
                raise RuntimeError(NEEDS_MAIN_GUARD) from None
        return _POOL


def _discard_pool(pool: ProcessPoolExecutor) -> None:
    """Forget a pool a crashed worker broke, so that the next read starts a new one."""
    global _POOL
    with _POOL_LOCK:
        if _POOL is pool:
            _POOL = None
    pool.shutdown(wait=False, cancel_futures=True)


def in_workers(task, files: list[Path], *args) -> dict[Path, object]:
    """{file: task(file, *args)} computed in the reader processes. A file that crashes its
    process (an abort in C code, say) is missing from the result; it costs only itself: the
    files the broken pool did not finish are run again, each in a process of its own."""
    results: dict[Path, object] = {}
    pool = _pool()
    try:
        futures = {path: pool.submit(task, path, *args) for path in files}
    except BrokenProcessPool:
        futures = {}
    for path, future in futures.items():
        with contextlib.suppress(BrokenProcessPool):
            results[path] = future.result()
    if len(results) == len(files):
        return results
    _discard_pool(pool)
    for path in files:
        if path not in results:
            one = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"))
            with one, contextlib.suppress(BrokenProcessPool):
                results[path] = one.submit(task, path, *args).result()
    return results


def _crashed(path: Path) -> UnitReport:
    return failed(
        path,
        "reader_crashed",
        "Filen fikk leseprogrammet til å stoppe (ødelagt eller unormal fil). Åpne den i "
        "Excel eller LibreOffice og lagre den på nytt som Excel-arbeidsbok (.xlsx)",
    )


def read_workbooks(files: list[Path], period: PlanPeriod) -> list[UnitReport]:
    """Read the workbooks in worker processes: the cores share the files (parsing XML is most
    of the cost), and a file that crashes its reader cannot take the whole run down."""
    if not files:
        return []
    results = in_workers(read_safely, files, period)
    return [results.get(path) or _crashed(path) for path in files]


def folder_year(folder: Path) -> int | None:
    """The year a folder is named after (`data/2024/`), or None."""
    return int(folder.name) if re.fullmatch(r"(19|20)\d\d", folder.name) else None


def _choose_period(folder: Path, files: list[Path]) -> PlanPeriod | None:
    """The period of the folder's year: the year it is named after, or else the year most of
    its workbooks state (or, when none can be read, the newest declared year)."""
    year = folder_year(folder)
    if year is None and files:
        found = in_workers(peek_year, files, year_labels())
        years = [y for y in found.values() if y is not None]
        year = max(set(years), key=years.count) if years else None
    if year is None:
        year = newest_year()
    return period_for_year(year) if year is not None else None


def load_dataset(folder: Path | str, strict: bool = False) -> Dataset:
    """Read every workbook of `folder` and check them together.

    With ``strict=True`` raise `InvalidData` listing every error when there is any, so that a
    notebook can never go on with data that did not validate.
    """
    if getattr(multiprocessing.current_process(), "_inheriting", False):
        # This is a reader process starting: it runs the calling script again, and that script
        # has no `if __name__ == "__main__":`. Stop quietly; the caller says what to do.
        raise SystemExit(1)
    folder = Path(folder).resolve()
    problems: list[Problem] = []
    if not folder.is_dir():
        problems.append(Problem.new("no_folder", str(folder), "Mappen finnes ikke"))
        ds = Dataset(folder, None, None, [], problems)
        if strict:
            raise InvalidData(problems)
        return ds
    files, skipped, unusable = sort_folder(folder)
    for name in skipped:
        why = "låsefil/skjult fil" if name.startswith(("~$", ".")) else "ikke en arbeidsbok"
        problems.append(Problem.new("skipped", name, f"Filen hoppes over ({why})"))
    for name, why in unusable:
        problems.append(Problem.new("not_a_workbook", name, why))
    period = _choose_period(folder, files)
    if period is None:
        fy = folder_year(folder)
        problems.append(
            Problem.new("no_period", folder.name, f"Ingen planperiode dekker året {fy}")
        )
        ds = Dataset(folder, fy, None, [], problems, skipped)
        if strict:
            raise InvalidData(problems)
        return ds
    reports = read_workbooks(files, period)
    for r in reports:
        problems.extend(r.problems)
    year = check_together(folder, period, reports, problems)
    problems = apply_allowlist(problems, privacy.load_allowlist(folder))
    ds = Dataset(folder, year, period, reports, sort_problems(problems), skipped)
    if strict and ds.errors:
        raise InvalidData(ds.errors)
    return ds


def apply_allowlist(problems: list[Problem], accepted: set[tuple[str, str, str]]):
    """Personal-data hits the analyst has accepted become notes; the rest stay errors."""
    result = []
    for p in problems:
        if p.code == "personal_data" and (p.file, p.where, p.value) in accepted:
            p = Problem.new(
                "personal_data_accepted",
                p.file,
                f"«{p.value}» er godkjent for publisering i {privacy.ALLOWLIST}",
                p.sheet,
                p.cell,
                value=p.value,
            )
        result.append(p)
    return result


def check_together(folder: Path, period: PlanPeriod, reports: list[UnitReport], problems) -> int:
    """Checks across files: one year for all, no unit twice, which units are missing."""
    sheet = period.unit_sheet.name
    if not reports:
        problems.append(
            Problem.new("no_workbooks", folder.name, "Mappen inneholder ingen arbeidsbøker")
        )
    # The year: the folder's name when it is a year, otherwise the one most workbooks give.
    fy = folder_year(folder)
    years = [r.year for r in reports if r.year is not None]
    year = fy if fy is not None else (max(set(years), key=years.count) if years else None)
    for r in reports:
        if r.year is None or r.year == year:
            continue
        why = (
            f"mappen heter «{folder.name}»" if fy is not None else f"de andre filene gjelder {year}"
        )
        problems.append(
            Problem.new(
                "wrong_year",
                r.file,
                f"Rapporteringsår {r.year} passer ikke: {why}",
                sheet,
                r.answers.get("year_cell"),
                value=str(r.year),
            )
        )
    if year is not None and year not in period.years:
        try:
            other = period_for_year(year)
        except PeriodError:
            other = None  # the message names this folder's period; the other's file has errors
        why = f"hører til planperioden {other.name}" if other else "dekkes av ingen planperiode"
        problems.append(
            Problem.new("wrong_period", folder.name, f"Året {year} {why}, ikke {period.name}")
        )
    # No unit twice.
    by_unit: dict[str, list[UnitReport]] = {}
    for r in reports:
        if r.unit:
            by_unit.setdefault(r.unit, []).append(r)
    for unit, same in by_unit.items():
        for r in same[1:] if len(same) > 1 else []:
            problems.append(
                Problem.new(
                    "duplicate_unit",
                    r.file,
                    f"«{unit}» har også levert filen «{same[0].file}»: "
                    "hver enhet skal ha én arbeidsbok. Fjern den ene",
                    sheet,
                    r.answers.get("unit_cell"),
                    value=unit,
                )
            )
    for unit in period.units:
        if unit not in by_unit and reports:
            problems.append(
                Problem.new("missing_unit", folder.name, f"Ingen arbeidsbok fra «{unit}»")
            )
    return year


def data_folder(year: int | None = None) -> Path:
    """`data/<year>/`, or the newest year folder when no year is given."""
    if year is not None:
        return paths.DATA / str(year)
    years = sorted(p for p in paths.DATA.iterdir() if p.is_dir() and folder_year(p))
    if not years:
        raise FileNotFoundError(f"Ingen årsmappe (data/ÅÅÅÅ/) i {paths.DATA}")
    return years[-1]


def dataset_tallies(ds: Dataset) -> dict:
    """The tallies JSON (docs/tall-json.md) for a validated dataset, plus how plans were
    anchored."""
    units = [r.unit for r in ds.reports]
    result = tally.tallies(ds.measures, units, ds.period, ds.year)
    result["anchoring"] = tally.count_anchoring(ds.units, ds.period)
    result["missing_units"] = ds.missing_units
    return result
