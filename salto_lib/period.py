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

from salto_lib import paths


@dataclass(frozen=True)
class Field:
    """One labelled answer (sheets `Enhet`, `Vurdering`) or one column (sheet `Tiltak`)."""

    key: str
    label: str
    kind: str  # unit | year | area | reason | status | choice | yesno | text
    required: bool = False
    values: tuple[str, ...] = ()
    width: int = 20


@dataclass(frozen=True)
class Sheet:
    name: str
    fields: tuple[Field, ...]
    header: tuple[str, ...] = ()

    def field(self, key: str) -> Field:
        return next(f for f in self.fields if f.key == key)


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
        )
        for f in raw[fields_key]
    )
    return Sheet(name=raw["name"], fields=fields, header=tuple(raw.get("header", ())))


def load_period(path: Path) -> PlanPeriod:
    """Read one plan-period declaration (a TOML file in `config/plan_periods/`)."""
    raw = tomllib.loads(path.read_text(encoding="utf-8"))
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


@cache
def all_periods(folder: Path = paths.PLAN_PERIODS) -> tuple[PlanPeriod, ...]:
    return tuple(load_period(p) for p in sorted(folder.glob("*.toml")))


def period_for_year(year: int, folder: Path = paths.PLAN_PERIODS) -> PlanPeriod | None:
    """The plan period a reporting year belongs to, or None when no declaration covers it."""
    return next((p for p in all_periods(folder) if year in p.years), None)


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
