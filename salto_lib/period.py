"""The plan period declaration: units, areas, reasons and the workbook's layout, read from TOML.

Every other module asks this one what is allowed; nothing about a plan period is written in code.

>>> period = period_for_year(2024)
>>> period.name, len(period.units), period.areas[1]
('2023-2025', 17, 'Rus blant unge')
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from salto_lib import paths, period_check
from salto_lib.period_check import value_key


class PeriodError(Exception):
    """A plan-period declaration cannot be used; the message names the file, key and line."""

    def __init__(self, findings: list[str]):
        self.findings = findings
        super().__init__("Feil i planperioden:\n" + "\n".join(findings))


@dataclass(frozen=True)
class Field:
    """One labelled answer (sheets `Enhet`, `Vurdering`) or one column (sheet `Tiltak`)."""

    key: str
    label: str
    kind: str  # unit | year | area | reason | status | choice | yesno | text
    required: bool = False
    values: tuple[str, ...] = ()
    width: int = 20
    # The name the book's texts use for this field ({{ forankring_bydel }}); for a choice field,
    # the prefix of one name per value (see `value_key`).
    book_key: str = ""

    def __post_init__(self):
        if not self.book_key:
            object.__setattr__(self, "book_key", self.key)

    def value_keys(self) -> dict[str, str]:
        """{value: its name in the book} of a choice field, e.g. 'forankring_styringsgruppen'."""
        return {v: value_key(self.book_key, v) for v in self.values}


@dataclass(frozen=True)
class Sheet:
    name: str
    fields: tuple[Field, ...]
    header: tuple[str, ...] = ()

    def field(self, key: str) -> Field:
        return next(f for f in self.fields if f.key == key)

    def of_kind(self, kind: str) -> tuple[Field, ...]:
        """The fields of one kind, in sheet order (every `choice`, every `yesno` …)."""
        return tuple(f for f in self.fields if f.kind == kind)


@dataclass(frozen=True)
class PlanPeriod:
    name: str
    title: str
    years: tuple[int, ...]
    units: tuple[str, ...]
    areas: tuple[str, ...]
    reasons: tuple[str, ...]
    approved: str
    approved_by: str
    started: str
    not_started: str
    yes: str
    no: str
    unit_sheet: Sheet
    measure_sheet: Sheet
    assessment_sheet: Sheet
    source: Path

    @property
    def statuses(self) -> tuple[str, str]:
        return (self.started, self.not_started)

    @property
    def quoted_fields(self) -> tuple[Field, ...]:
        """The free-text answers the book quotes: the `text` fields of the unit sheet and of the
        assessment sheet, each under its `book_key`."""
        return self.unit_sheet.of_kind("text") + self.assessment_sheet.of_kind("text")

    def allowed(self, field: Field) -> tuple[str, ...]:
        """The fixed values a field accepts; empty for free text and years."""
        return {
            "unit": self.units,
            "area": self.areas,
            "reason": self.reasons,
            "status": self.statuses,
            "yesno": (self.yes, self.no),
            "choice": field.values,
        }.get(field.kind, ())


def _sheet(raw: dict, fields_key: str) -> Sheet:
    fields = tuple(
        Field(
            key=f["key"],
            label=f.get("label") or f["header"],
            kind=f["kind"],
            required=f.get("required", False),
            values=tuple(f.get("values", ())),
            width=f.get("width", 20),
            book_key=f.get("book_key", ""),
        )
        for f in raw[fields_key]
    )
    return Sheet(name=raw["name"], fields=fields, header=tuple(raw.get("header", ())))


def _parse(path: Path) -> tuple[dict, str]:
    """The file's TOML as a dict, and its text; PeriodError (with the line) when not TOML."""
    source = path.read_text(encoding="utf-8")
    try:
        return tomllib.loads(source), source
    except tomllib.TOMLDecodeError as exc:
        line, message = period_check.syntax_finding(exc)
        raise PeriodError([_where(path, line) + message]) from None


def _where(path: Path, line: int | None) -> str:
    return f"{path.name}, linje {line}: " if line else f"{path.name}: "


def load_period(path: Path) -> PlanPeriod:
    """Read one plan-period declaration (a TOML file in `config/plan_periods/`).

    Raises `PeriodError` naming the file, the key and the line of every mistake in it.
    """
    return _load(path, path.read_text(encoding="utf-8"))


@cache
def _load(path: Path, _source: str) -> PlanPeriod:
    # Cached on the text, so an edited file is read again.
    raw, source = _parse(path)
    findings = period_check.schema_findings(raw, source)
    if findings:
        raise PeriodError([_where(path, line) + message for line, message in findings])
    wb = raw["workbook"]
    return PlanPeriod(
        name=raw["name"],
        title=raw["title"],
        years=tuple(raw["years"]),
        units=tuple(raw["units"]),
        areas=tuple(raw["areas"]),
        reasons=tuple(raw["reasons"]),
        approved=str(raw.get("approved", "")),
        approved_by=raw.get("approved_by", ""),
        started=wb["started"],
        not_started=wb["not_started"],
        yes=wb["yes"],
        no=wb["no"],
        unit_sheet=_sheet(wb["unit_sheet"], "fields"),
        measure_sheet=_sheet(wb["measure_sheet"], "columns"),
        assessment_sheet=_sheet(wb["assessment_sheet"], "fields"),
        source=path,
    )


@dataclass(frozen=True)
class _Declared:
    """What a file says about itself before it is checked: its years, or why it cannot be read."""

    path: Path
    years: tuple[int, ...] = ()
    raw: dict | None = None
    broken: str = ""


def _declared(folder: Path) -> list[_Declared]:
    found = []
    for path in sorted(folder.glob("*.toml")):
        try:
            raw, _ = _parse(path)
        except PeriodError as exc:
            found.append(_Declared(path, broken=exc.findings[0]))
            continue
        years = raw.get("years")
        if isinstance(years, list) and all(type(y) is int for y in years):
            found.append(_Declared(path, tuple(years), raw))
        else:
            found.append(_Declared(path, raw=raw, broken=_first_finding(path)))
    return found


def _first_finding(path: Path) -> str:
    try:
        load_period(path)
    except PeriodError as exc:
        return exc.findings[0]
    return f"{path.name}: «years» mangler"  # pragma: no cover - the schema requires it


def _overlaps(declared: list[_Declared]) -> list[str]:
    findings = []
    for i, a in enumerate(declared):
        for b in declared[i + 1 :]:
            if common := sorted(set(a.years) & set(b.years)):
                shown = ", ".join(map(str, common))
                findings.append(
                    f"{a.path.name} og {b.path.name}: begge dekker {shown}. Et år kan bare høre "
                    "til én planperiode; rett «years» i den ene filen"
                )
    return findings


def _folder(folder: Path | None) -> Path:
    # Looked up at call time, so that a test (or SALTO_PLAN_PERIODS) can point elsewhere.
    return paths.PLAN_PERIODS if folder is None else folder


def all_periods(folder: Path | None = None) -> tuple[PlanPeriod, ...]:
    """Every declaration in the folder, checked; PeriodError when any is broken or two overlap."""
    declared = _declared(_folder(folder))
    findings = [d.broken for d in declared if d.broken] + _overlaps(declared)
    if findings:
        raise PeriodError(findings)
    return tuple(load_period(d.path) for d in declared)


def period_for_year(year: int, folder: Path | None = None) -> PlanPeriod | None:
    """The plan period a reporting year belongs to, or None when no declaration covers it.

    Only that period's file is checked in full, so a mistake in another period's file does not
    stop this year. PeriodError when the file has mistakes, when two files claim the year, or
    when no file claims it but a file could not be read (it may be the one).
    """
    declared = _declared(_folder(folder))
    claiming = [d for d in declared if year in d.years]
    if len(claiming) > 1:
        raise PeriodError(_overlaps(claiming))
    if claiming:
        return load_period(claiming[0].path)
    if broken := [d.broken for d in declared if d.broken]:
        raise PeriodError(
            [f"Ingen lesbar planperiode dekker året {year}, og disse filene har feil:", *broken]
        )
    return None


def newest_year(folder: Path | None = None) -> int | None:
    """The last year any readable declaration covers (for a folder whose year is unknown)."""
    years = [y for d in _declared(_folder(folder)) for y in d.years]
    return max(years) if years else None


def year_labels(folder: Path | None = None) -> set[tuple[str, str]]:
    """(unit sheet name, label of its year field) of every readable declaration, to find a
    workbook's year before its period is known."""
    found = set()
    for d in _declared(_folder(folder)):
        try:
            sheet = d.raw["workbook"]["unit_sheet"]
            fld = next(f for f in sheet["fields"] if f.get("kind") == "year")
            found.add((sheet["name"], fld.get("label") or fld["header"]))
        except (KeyError, TypeError, StopIteration):
            continue  # a broken file: its own year, if asked for, reports why
    return found


_KIND_WORDS = {
    "unit": "navnet på enheten, som i listen over enheter",
    "year": "rapporteringsåret, f.eks. {year}",
    "area": "ett av innsatsområdene",
    "reason": "én av årsakene (må fylles ut når status er «{not_started}», ellers stå tom)",
    "status": "«{started}» eller «{not_started}»",
    "yesno": "«{yes}» eller «{no}»",
    "text": "fritekst",
}


def describe_workbook(period: PlanPeriod) -> str:
    """The workbook format as Markdown (for the book's method appendix and the analyst's guide).

    Generated from the declaration, so the documentation cannot disagree with the validation.
    """
    words = {
        "year": period.years[0],
        "started": period.started,
        "not_started": period.not_started,
        "yes": period.yes,
        "no": period.no,
    }

    def allowed(f: Field) -> str:
        if f.kind == "choice":
            return ", ".join(f"«{v}»" for v in f.values)
        return _KIND_WORDS[f.kind].format(**words)

    def table(sheet: Sheet, first: str) -> list[str]:
        rows = [f"| {first} | påkrevd | tillatte verdier |", "|---|---|---|"]
        for f in sheet.fields:
            required = "ja" if f.required else "nei"
            if f.kind == "reason":
                required = f"når «{period.not_started}»"
            rows.append(f"| {f.label} | {required} | {allowed(f)} |")
        return rows

    out = [
        f"Arket **{period.unit_sheet.name}** har feltnavn i kolonne A og svar i kolonne B:",
        "",
        *table(period.unit_sheet, "felt (kolonne A)"),
        "",
        f"Arket **{period.measure_sheet.name}** har én rad per tiltak og overskrifter i rad 1 "
        "(kolonnene kan stå i hvilken som helst rekkefølge):",
        "",
        *table(period.measure_sheet, "kolonne"),
        "",
        f"Arket **{period.assessment_sheet.name}** har spørsmål i kolonne A og svar i kolonne B:",
        "",
        *table(period.assessment_sheet, "spørsmål (kolonne A)"),
        "",
        "Enheter: " + ", ".join(f"«{u}»" for u in period.units) + ".",
        "",
        "Innsatsområder: " + ", ".join(f"«{a}»" for a in period.areas) + ".",
        "",
        "Årsaker: " + ", ".join(f"«{r}»" for r in period.reasons) + ".",
    ]
    return "\n".join(out) + "\n"
