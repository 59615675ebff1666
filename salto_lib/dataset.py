"""A year's folder of workbooks: read all, check them against each other, hold the result.

Use: ``ds = load_dataset(paths.DATA / "2024", strict=True)``, then ``ds.measures`` (a table, one
row per measure), ``ds.units`` (one row per unit) and ``dataset_tallies(ds)`` (SPEC §3 JSON).
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import re
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import pandas as pd
from defusedxml import DefusedXmlException

from salto_lib import paths, privacy, text
from salto_lib.period import PlanPeriod, all_periods, period_for_year
from salto_lib.problems import ERROR, NOTE, WARNING, InvalidData, Problem, sort_problems
from salto_lib.read import Measure, UnitReport, read_workbook

MEASURE_COLUMNS = [f for f in Measure.__dataclass_fields__]


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
        frame = pd.DataFrame(rows, columns=MEASURE_COLUMNS)
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
        return frame.sort_values("unit", key=lambda s: s.map(text.sort_key), ignore_index=True)


def _public(answers: dict) -> dict:
    return {k: v for k, v in answers.items() if not k.endswith("_cell")}


def workbook_files(folder: Path) -> tuple[list[Path], list[str]]:
    """The workbooks of a folder, and the names of files skipped (lock files, hidden files)."""
    files, skipped = [], []
    for path in sorted(folder.iterdir(), key=lambda p: p.name):
        if not path.is_file():
            continue
        if path.name.startswith(("~$", ".")):
            skipped.append(path.name)
        elif path.suffix.lower() in (".xlsx", ".xlsm", ".xls", ".ods", ".csv"):
            files.append(path)
    return files, skipped


def _read_safely(path: Path, period: PlanPeriod) -> UnitReport:
    """`read_workbook`, turning anything unexpected into an error about that file."""
    try:
        return read_workbook(path, period)
    except DefusedXmlException as exc:
        report = UnitReport(file=path.name)
        report.problems.append(
            Problem(
                ERROR,
                "xml_attack",
                path.name,
                "Filen inneholder XML-konstruksjoner (DTD/entiteter) som en arbeidsbok fra Excel "
                "aldri har, og som kan brukes til angrep. Den leses ikke. Lagre arbeidsboken på "
                f"nytt fra Excel. (Teknisk: {type(exc).__name__})",
            )
        )
        return report
    except Exception as exc:  # a damaged file must never stop the other files' report
        report = UnitReport(file=path.name)
        report.problems.append(
            Problem(
                ERROR,
                "unreadable",
                path.name,
                "Filen kunne ikke leses. Åpne den i Excel eller LibreOffice og lagre den på nytt "
                f"som Excel-arbeidsbok (.xlsx). (Teknisk: {type(exc).__name__}: {exc})"[:400],
            )
        )
        return report


def _crashed(path: Path) -> UnitReport:
    report = UnitReport(file=path.name)
    report.problems.append(
        Problem(
            ERROR,
            "reader_crashed",
            path.name,
            "Filen fikk leseprogrammet til å stoppe (ødelagt eller unormal fil). Åpne den i "
            "Excel eller LibreOffice og lagre den på nytt som Excel-arbeidsbok (.xlsx)",
        )
    )
    return report


def _pool(workers: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"))


def read_workbooks(files: list[Path], period: PlanPeriod) -> list[UnitReport]:
    """Read the workbooks in worker processes: the cores share the files (parsing XML is most
    of the cost), and a file that crashes its reader cannot take the whole run down."""
    if not files:
        return []
    results: dict[Path, UnitReport] = {}
    with _pool(min(len(files), os.cpu_count() or 1)) as pool:
        futures = {path: pool.submit(_read_safely, path, period) for path in files}
        for path, future in futures.items():
            # If the pool broke, the files it did not finish are read one by one below.
            with contextlib.suppress(BrokenProcessPool):
                results[path] = future.result()
    for path in files:
        if path not in results:
            with _pool(1) as pool:
                try:
                    results[path] = pool.submit(_read_safely, path, period).result()
                except BrokenProcessPool:
                    results[path] = _crashed(path)
    return [results[path] for path in files]


def folder_year(folder: Path) -> int | None:
    """The year a folder is named after (`data/2024/`), or None."""
    return int(folder.name) if re.fullmatch(r"(19|20)\d\d", folder.name) else None


def _choose_period(folder: Path) -> PlanPeriod | None:
    year = folder_year(folder)
    if year is not None:
        return period_for_year(year)
    periods = all_periods()
    return periods[-1] if periods else None


def load_dataset(folder: Path | str, strict: bool = False) -> Dataset:
    """Read every workbook of `folder` and check them together.

    With ``strict=True`` raise `InvalidData` listing every error when there is any, so that a
    notebook can never go on with data that did not validate.
    """
    folder = Path(folder).resolve()
    problems: list[Problem] = []
    if not folder.is_dir():
        problems.append(Problem(ERROR, "no_folder", str(folder), "Mappen finnes ikke"))
        ds = Dataset(folder, None, None, [], problems)
        if strict:
            raise InvalidData(problems)
        return ds
    files, skipped = workbook_files(folder)
    for name in skipped:
        problems.append(Problem(NOTE, "skipped", name, "Filen hoppes over (låsefil/skjult fil)"))
    period = _choose_period(folder)
    if period is None:
        fy = folder_year(folder)
        problems.append(
            Problem(ERROR, "no_period", folder.name, f"Ingen planperiode dekker året {fy}")
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
    if year is not None and year not in period.years:
        period = period_for_year(year) or period
    ds = Dataset(folder, year, period, reports, sort_problems(problems), skipped)
    if strict and ds.errors:
        raise InvalidData(ds.errors)
    return ds


def apply_allowlist(problems: list[Problem], accepted: set[tuple[str, str, str]]):
    """Personal-data hits the analyst has accepted become notes; the rest stay errors."""
    result = []
    for p in problems:
        if p.code == "personal_data" and (p.file, p.where, p.value) in accepted:
            p = Problem(
                NOTE,
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
            Problem(ERROR, "no_workbooks", folder.name, "Mappen inneholder ingen arbeidsbøker")
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
            Problem(
                ERROR,
                "wrong_year",
                r.file,
                f"Rapporteringsår {r.year} passer ikke: {why}",
                sheet,
                r.answers.get("year_cell"),
                value=str(r.year),
            )
        )
    if year is not None and year not in period.years:
        other = period_for_year(year)
        why = f"hører til planperioden {other.name}" if other else "dekkes av ingen planperiode"
        problems.append(
            Problem(ERROR, "wrong_period", folder.name, f"Året {year} {why}, ikke {period.name}")
        )
    # No unit twice.
    by_unit: dict[str, list[UnitReport]] = {}
    for r in reports:
        if r.unit:
            by_unit.setdefault(r.unit, []).append(r)
    for unit, same in by_unit.items():
        for r in same[1:] if len(same) > 1 else []:
            problems.append(
                Problem(
                    ERROR,
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
                Problem(WARNING, "missing_unit", folder.name, f"Ingen arbeidsbok fra «{unit}»")
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
    """The tallies JSON of SPEC §3 for a validated dataset, plus how plans were anchored."""
    from salto_lib import tally

    units = [r.unit for r in ds.reports]
    result = tally.tallies(ds.measures, units, ds.period, ds.year)
    result["anchoring"] = tally.count_anchoring(ds.units, ds.period)
    result["missing_units"] = ds.missing_units
    return result
