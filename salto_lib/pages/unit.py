"""The profile of one reporting unit for the appendix (`notebooks/enhet.ipynb`)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from IPython.display import Markdown

from salto_lib import fmt, myst, tally
from salto_lib.dataset import Dataset
from salto_lib.pages.common import (
    COUNT_HEADERS,
    Page,
    field_keys,
    measure_of,
    projection,
    report_of,
    show,
    status_figure,
    unit_key,
    yes,
)


class UnitPage(Page):
    """Profile of one reporting unit for the appendix."""

    def __init__(self, unit: str, data: str | Path = "", year: int | None = None, **kw):
        super().__init__(data, year, **kw)
        if unit not in self.reporting:
            raise ValueError(f"«{unit}» har ikke levert arbeidsbok for {self.year}")
        self.unit = unit
        self.key = unit_key(unit)
        self.measures = self.ds.measures[self.ds.measures["unit"] == unit]
        self.answers = self.ds.units[self.ds.units["unit"] == unit].iloc[0]

    @classmethod
    def reads(cls, ds: Dataset, unit: str) -> Dataset:
        """What the profile of `unit` reads: that unit's report alone, its answers of sheets
        `Enhet` and `Vurdering`, and of its measures the area, title, status and reason. Not
        the measures' free texts, nor anything of another unit."""
        p = ds.period
        answers = field_keys(p.unit_sheet, "yesno", "choice", "text")
        assessment = [f.key for f in p.assessment_sheet.fields]
        listed = {"unit", "area", "title", "status", "reason"}
        mine = [r for r in ds.reports if r.unit == unit]
        return projection(
            ds,
            (
                report_of(r, [measure_of(m, listed) for m in r.measures], answers, assessment)
                for r in mine
            ),
        )

    def summary(self) -> Markdown:
        """Counts, how the plan was adopted and who took part; the areas as chart and table."""
        c = tally.count_total(self.measures, self.period)
        a = self.answers
        sheet = self.period.unit_sheet
        lead = (
            f"{self.unit} rapporterte {fmt.count_words(c['total'], 'tiltak', 'tiltak', True)} for "
            f"{self.year}: {fmt.words(c['started'], True)} igangsatt og "
            f"{fmt.words(c['not_started'], True)} ikke igangsatt."
            if c["total"]
            else f"{self.unit} rapporterte ingen tiltak for {self.year}."
        )
        # Yes/no questions named "<who> involvert" say who took part in drafting the plan; any
        # other yes/no question is given with its answer. The answers are numpy booleans, or
        # None when the workbook left them out.
        parties = {f.label.removesuffix(" involvert").lower(): f for f in sheet.of_kind("yesno")}
        took_part = [
            p for p, f in parties.items() if f.label.endswith(" involvert") and yes(a[f.key])
        ]
        left_out = [
            p for p, f in parties.items() if f.label.endswith(" involvert") and not yes(a[f.key])
        ]
        if took_part:
            lead += f" {fmt.join(took_part).capitalize()} var med på å utarbeide planen"
            lead += f", men ikke {fmt.join(left_out, 'eller')}." if left_out else "."
        elif left_out:
            lead += f" Verken {fmt.join(left_out, 'eller')} var med på å utarbeide planen."
        for field in sheet.of_kind("yesno"):
            if not field.label.endswith(" involvert"):
                lead += (
                    f" {field.label}: {self.period.yes if yes(a[field.key]) else self.period.no}."
                )
        by_area = tally.count_by_area(self.measures, self.period)
        figure = status_figure(
            by_area,
            "area",
            self.figures,
            self.key,
            f"Tiltakene til {self.unit} per innsatsområde, {self.year}.",
            f"tiltakene til {self.unit} per innsatsområde",
            f"fig-{self.key}",
            (f"figur-{self.key}", self.year),
        )
        table = myst.table(
            by_area,
            {"area": "Innsatsområde", **COUNT_HEADERS},
            f"Tallene i figuren: tiltakene til {self.unit}, {self.year}",
            f"tab-{self.key}",
        )
        # The sheet's other answers as labelled lines, not squeezed into the prose: a label such
        # as "Handlingsplan behandlet av" reads as a form field inside a sentence.
        notes = [
            f"*{field.label}:* {myst.escape(str(a.get(field.key, '')))}"
            for field in [*sheet.of_kind("choice"), *sheet.of_kind("text")]
            if a.get(field.key, "")
        ]
        return show(lead, *notes, figure, table)

    def measures_list(self) -> Markdown:
        """Every measure of the unit in one table, by area in plan order, with its status.

        One table rather than one per area: it breaks across PDF pages cleanly, and the area
        is named on its first row only, so the table reads as groups.
        """
        rows = []
        for area in self.period.areas:
            mine = self.measures[self.measures["area"] == area]
            if mine.empty:
                rows.append({"area": area, "title": "(ingen tiltak)", "status": "", "reason": ""})
            for i, m in enumerate(mine.itertuples()):
                reason = m.reason if isinstance(m.reason, str) else ""
                rows.append(
                    {
                        "area": area if i == 0 else myst.BLANK,
                        "title": m.title,
                        "status": m.status,
                        "reason": reason,
                    }
                )
        headers = {
            "area": "Innsatsområde",
            "title": "Tiltak",
            "status": "Status",
            "reason": "Årsak",
        }
        return show(
            myst.table(
                pd.DataFrame(rows),
                headers,
                f"Tiltakene til {self.unit}, {self.year}",
                f"tab-{self.key}-tiltak",
            )
        )

    def assessment(self) -> Markdown:
        """The unit's answers in sheet `Vurdering`."""
        parts = []
        for fld in self.period.assessment_sheet.fields:
            answer = str(self.answers.get(fld.key, "") or "").strip()
            shown = myst.escape(answer) if answer else "*Ikke besvart.*"
            parts.append(f"**{myst.escape_line(fld.label)}**\n\n{shown}")
        return show(*parts)
