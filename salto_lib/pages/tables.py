"""The appendix with every tally as a table (`notebooks/tabeller.ipynb`)."""

from __future__ import annotations

import pandas as pd
from IPython.display import Markdown

from salto_lib import myst, tally, text
from salto_lib.dataset import Dataset
from salto_lib.pages.common import (
    COUNT_HEADERS,
    Page,
    anchoring_table,
    field_keys,
    measure_of,
    projection,
    report_of,
    show,
    status_figure,
)


class TablesPage(Page):
    """The appendix with every tally as a table (the numbers behind the report)."""

    @classmethod
    def reads(cls, ds: Dataset) -> Dataset:
        """What the appendix reads: every reporting unit's choice and yes/no answers of sheet
        `Enhet` (how the plans were anchored), and of every measure its unit, area, title (the
        measures several units reported) and status, and the reason of each not started. None
        of the free texts."""
        p = ds.period
        anchoring = field_keys(p.unit_sheet, "choice", "yesno")

        def read(m):
            counted = {"unit", "area", "title", "status"}
            return measure_of(m, counted | ({"reason"} if m.status == p.not_started else set()))

        return projection(
            ds, (report_of(r, [read(m) for m in r.measures], anchoring) for r in ds.reports)
        )

    def areas(self) -> Markdown:
        frame = tally.count_by_area(self.ds.measures, self.period)
        total = pd.DataFrame(
            [{"area": "Alle områder", **tally.count_total(self.ds.measures, self.period)}]
        )
        frame = pd.concat([frame, total], ignore_index=True)
        return show(
            myst.table(
                frame,
                {"area": "Innsatsområde", **COUNT_HEADERS},
                f"Tiltak per innsatsområde, {self.year}",
                "tab-vedlegg-omrader",
                links={"area": self.area_links()},
            )
        )

    def units(self) -> Markdown:
        frame = tally.count_by_unit(self.ds.measures, self.period, self.reporting)
        figure = status_figure(
            frame,
            "unit",
            self.figures,
            "oversikt-enheter",
            f"Tiltak per enhet, igangsatt og ikke igangsatt, {self.year}.",
            "tiltak per enhet",
            "fig-vedlegg-enheter",
            ("figur-enheter", self.year),
        )
        table = myst.table(
            frame,
            {"unit": "Enhet", **COUNT_HEADERS},
            f"Tiltak per enhet, {self.year}",
            "tab-vedlegg-enheter",
            links={"unit": self.unit_links()},
        )
        return show(figure, table)

    def unit_areas(self) -> Markdown:
        long = tally.count_by_unit_area(self.ds.measures, self.period, self.reporting)
        wide = long.pivot(index="unit", columns="area", values="total")
        wide = wide.reindex(index=sorted(self.reporting, key=text.sort_key))
        wide = wide[list(self.period.areas)].reset_index()
        headers = {"unit": "Enhet", **{a: a for a in self.period.areas}}
        return show(
            myst.table(
                wide,
                headers,
                f"Tiltak per enhet og innsatsområde, {self.year}",
                "tab-vedlegg-enhet-omrade",
            )
        )

    def reasons(self) -> Markdown:
        frame = tally.count_reasons(self.ds.measures, self.period)
        if frame.empty:
            return show("*Alle tiltakene er igangsatt.*")
        wide = frame.pivot(index="reason", columns="area", values="count").fillna(0).astype(int)
        areas = [a for a in self.period.areas if a in wide.columns]
        reasons = [r for r in self.period.reasons if r in wide.index]
        wide = wide.reindex(index=reasons)[areas].reset_index()
        return show(
            myst.table(
                wide,
                {"reason": "Årsak", **{a: a for a in areas}},
                f"Tiltak som ikke er igangsatt, per årsak og innsatsområde, {self.year}",
                "tab-vedlegg-arsaker",
            )
        )

    def anchoring(self) -> Markdown:
        return show(anchoring_table(self.ds, "tab-vedlegg-forankring"))

    def shared(self) -> Markdown:
        frame = tally.count_shared_measures(self.ds.measures)
        if frame.empty:
            return show("*Ingen tiltak er rapportert av mer enn én enhet.*")
        return show(
            myst.table(
                frame,
                {"area": "Innsatsområde", "title": "Tiltak", "units": "Enheter"},
                f"Tiltak som flere enheter har rapportert, {self.year}",
                "tab-vedlegg-felles",
            )
        )
