"""The chapter on the changes from last year (`notebooks/endringer.ipynb`)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from IPython.display import Markdown

from salto_lib import charts, fmt, myst, tally, text
from salto_lib.dataset import Dataset
from salto_lib.pages.common import Page, load, measure_of, projection, report_of, show

CHANGE_HEADERS = {
    "new": "Nye",
    "dropped": "Tatt ut",
    "started_now": "Igangsatt i år",
    "stopped": "Stoppet",
    "unchanged": "Uendret status",
}


class ChangesPage(Page):
    """Chapter on the changes from last year: counts per area and unit, status changes, new and
    dropped measures (matched per unit on the normalised title)."""

    def __init__(
        self,
        previous: str | Path,
        data: str | Path = "",
        year: int | None = None,
        previous_validated: str | Path = "",
        **kw,
    ):
        super().__init__(data, year, **kw)
        self.prev = load(previous, validated=previous_validated)
        self.prev_year = self.prev.year
        # Like with like: only units that reported both years are compared. A unit that sent
        # no workbook one year has not "dropped" (or added) all its measures; it is named.
        now = set(self.reporting)
        then = set(self.prev.units["unit"]) if len(self.prev.units) else set()
        self.common = sorted(now & then, key=text.sort_key)
        self.only_now = sorted(now - then, key=text.sort_key)
        self.only_then = sorted(then - now, key=text.sort_key)
        self.before = self._same_units(self.prev.measures)
        self.now = self._same_units(self.ds.measures)
        self.matched = tally.match_years(self.before, self.now)
        self.areas = list(self.period.areas)

    @classmethod
    def reads(cls, ds: Dataset) -> Dataset:
        """What the chapter reads of one year (this year's and last year's alike): every
        reporting unit's name, and of every measure its unit, area, title (measures are matched
        across years on it) and status. Not the reasons, the free texts or the units' answers.
        """
        compared = {"unit", "area", "title", "status"}
        return projection(
            ds, (report_of(r, [measure_of(m, compared) for m in r.measures]) for r in ds.reports)
        )

    def _same_units(self, measures: pd.DataFrame) -> pd.DataFrame:
        return measures[measures["unit"].isin(self.common)]

    def _totals(self, by: str, order: list[str]) -> pd.DataFrame:
        frame = tally.compare_totals(self.before, self.now, self.period, by, order)
        for column in ("total_change", "started_change"):
            frame[column] = frame[column].map(fmt.signed)
        return frame

    def _units_in_one_year(self) -> str:
        """Who reported in only one of the two years, and what that leaves out (may be empty)."""
        said = []
        for units, year, other in (
            (self.only_then, self.prev_year, self.year),
            (self.only_now, self.year, self.prev_year),
        ):
            if not units:
                continue
            measures = self.prev.measures if year == self.prev_year else self.ds.measures
            n = int(measures["unit"].isin(units).sum())
            verb = "leverte ikke rapport" if year == self.prev_year else "leverte bare rapport"
            said.append(
                f"{fmt.join(units)} {verb} for {other if year == self.prev_year else year}. "
                f"{'Enhetens' if len(units) == 1 else 'Enhetenes'} "
                f"{fmt.count_words(n, 'tiltak', 'tiltak', True)} fra {year} er derfor ikke med i "
                "sammenligningen, verken som nye eller som tatt ut."
            )
        return " ".join(said)

    def _headers(self, first: str) -> dict[str, str]:
        p, y = self.prev_year, self.year
        return {
            first: "Innsatsområde" if first == "area" else "Enhet",
            "total_previous": f"Tiltak {p}",
            "total": f"Tiltak {y}",
            "total_change": "Endring",
            "started_previous": f"Igangsatt {p}",
            "started": f"Igangsatt {y}",
            "started_change": "Endring ",  # a second column of the same name needs a new key
        }

    def summary(self) -> Markdown:
        """The year's totals against last year's, per area, as text, chart and tables."""
        before = tally.count_total(self.before, self.period)
        now = tally.count_total(self.now, self.period)
        changes = self.matched["change"].value_counts()
        counts = tally.count_changes(self.matched, self.period, "area", self.areas)
        fair = bool(self.only_now or self.only_then)
        who = (
            f"de {fmt.words(len(self.common))} enhetene som leverte rapport begge år,"
            if fair
            else "enhetene"
        )
        lead = (
            f"I {self.year} rapporterte {who} "
            f"{fmt.count_words(now['total'], 'tiltak', 'tiltak', True)}, "
            f"mot {fmt.words(before['total'], True)} i {self.prev_year}. Av tiltakene er "
            f"{fmt.words(int(changes.get('new', 0)), True)} nye, og "
            f"{fmt.words(int(changes.get('dropped', 0)), True)} tiltak fra {self.prev_year} er "
            f"ikke med lenger. Av tiltakene som ikke var igangsatt i {self.prev_year}, er "
            f"{fmt.words(int(counts['started_now'].sum()), True)} igangsatt nå. "
            "Andelen igangsatte tiltak gikk fra "
            f"{fmt.percent(before['started'], before['total'])} til "
            f"{fmt.percent(now['started'], now['total'])}."
        )
        if fair:
            lead += " " + self._units_in_one_year()
        totals = self._totals("area", self.areas)
        stem = charts.save(
            charts.year_bars(
                tally.compare_totals(self.before, self.now, self.period, "area", self.areas),
                "area",
                (self.prev_year, self.year),
            ),
            self.figures,
            "endringer-omrader",
        )
        alt = " ".join(
            f"{r.area}: {fmt.number(r.started_previous)} igangsatt i {self.prev_year} og "
            f"{fmt.number(r.started)} i {self.year}."
            for r in totals.itertuples()
        )
        figure = myst.figure(
            stem,
            f"Igangsatte tiltak per innsatsområde, {self.prev_year} og {self.year}.",
            "Liggende stolpediagram som sammenligner igangsatte tiltak i to år. " + alt,
            "fig-endringer-omrader",
        )
        table = myst.table(
            totals,
            self._headers("area"),
            f"Tiltak per innsatsområde, {self.prev_year} og {self.year}",
            "tab-endringer-omrader",
        )
        kinds = myst.table(
            counts,
            {"area": "Innsatsområde", **CHANGE_HEADERS},
            f"Endringer per innsatsområde fra {self.prev_year} til {self.year}",
            "tab-endringer-typer",
        )
        note = (
            "Et tiltak regnes som det samme begge år når samme enhet har rapportert det med samme "
            "navn (uten hensyn til store og små bokstaver og mellomrom). *Igangsatt i år* er "
            f"tiltak som ikke var igangsatt i {self.prev_year}; *Stoppet* er tiltak som var "
            "igangsatt, men ikke er det nå."
        )
        return show(lead, figure, table, kinds, note)

    def units(self) -> Markdown:
        """Totals per unit in both years; a unit that reported one year only says so."""
        every = sorted({*self.common, *self.only_now, *self.only_then}, key=text.sort_key)
        frame = tally.compare_totals(
            self.prev.measures, self.ds.measures, self.period, "unit", every
        ).astype(object)
        for units, columns in (
            (self.only_now, ("total_previous", "started_previous")),
            (self.only_then, ("total", "started")),
        ):
            missing = frame["unit"].isin(units)
            frame.loc[missing, list(columns)] = "ikke levert"
            frame.loc[missing, ["total_change", "started_change"]] = "–"
        common = frame["unit"].isin(self.common)
        for column in ("total_change", "started_change"):
            frame.loc[common, column] = frame.loc[common, column].map(fmt.signed)
        links = {u: link for u, link in self.unit_links().items() if u in every}
        return show(
            myst.table(
                frame,
                self._headers("unit"),
                f"Tiltak per enhet, {self.prev_year} og {self.year}",
                "tab-endringer-enheter",
                links={"unit": links},
            )
        )

    def _list(self, change: str, columns: dict[str, str], caption: str, name: str, none: str):
        frame = self.matched[self.matched["change"] == change]
        if frame.empty:
            return show(f"*{none}*")
        frame = frame.sort_values(["unit", "area", "title"], key=lambda s: s.map(text.sort_key))
        return show(myst.table(frame, columns, caption, name))

    def status_changes(self) -> Markdown:
        """The measures whose status changed since last year."""
        return self._list(
            "changed",
            {
                "unit": "Enhet",
                "area": "Innsatsområde",
                "title": "Tiltak",
                "status_previous": str(self.prev_year),
                "status": str(self.year),
            },
            f"Tiltak som har endret status fra {self.prev_year} til {self.year}",
            "tab-endringer-status",
            "Ingen tiltak har endret status.",
        )

    def new(self) -> Markdown:
        """Measures reported this year that were not in last year's plans."""
        return self._list(
            "new",
            {"unit": "Enhet", "area": "Innsatsområde", "title": "Tiltak", "status": "Status"},
            f"Nye tiltak i {self.year}",
            "tab-endringer-nye",
            f"Ingen nye tiltak i {self.year}.",
        )

    def dropped(self) -> Markdown:
        """Measures of last year that are not reported this year."""
        return self._list(
            "dropped",
            {
                "unit": "Enhet",
                "area": "Innsatsområde",
                "title": "Tiltak",
                "status_previous": f"Status {self.prev_year}",
            },
            f"Tiltak fra {self.prev_year} som ikke er med i {self.year}",
            "tab-endringer-ute",
            f"Alle tiltakene fra {self.prev_year} er med i {self.year}.",
        )
