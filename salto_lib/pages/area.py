"""The chapter of one priority area (`notebooks/omrade.ipynb`)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from IPython.display import Markdown

from salto_lib import charts, downloads, fmt, myst, paths, tally
from salto_lib.dataset import Dataset
from salto_lib.pages.common import (
    COUNT_HEADERS,
    Page,
    area_key,
    area_page,
    chart_data,
    data_links,
    examples,
    measure_of,
    projection,
    report_of,
    show,
    status_figure,
)

# The answers shown with an example measure (question, field). A measure started says what it
# achieves; one not started yet, why, and what it is to achieve (in the future tense).
STARTED_ANSWERS = [
    ("Hva oppnås med tiltaket?", "achieves"),
    ("Hvordan kommer tiltaket målgruppen til gode?", "benefits"),
]
NOT_STARTED_ANSWERS = [
    ("Årsak:", "reason"),
    ("Forklaring:", "explanation"),
    ("Hva skal tiltaket oppnå?", "achieves"),
    ("Hvordan vil tiltaket komme målgruppen til gode?", "benefits"),
]


class AreaPage(Page):
    """Chapter of one priority area: counts, examples, measures not started. The secretariat's
    text (introduction, x.2, the narrative of x.4.1) is not read here: the notebook shows it as
    substitutions (`areatexts`), so a changed text needs no notebook run."""

    def __init__(self, area: str, data: str | Path = "", year: int | None = None, **kw):
        super().__init__(data, year, **kw)
        if area not in self.period.areas:
            raise ValueError(
                f"«{area}» er ikke et innsatsområde i {self.period.title}: "
                + fmt.join(f"«{a}»" for a in self.period.areas)
            )
        self.area = area
        self.key = area_key(self.period, area)
        self.measures = self.ds.measures[self.ds.measures["area"] == area]
        self.counts_ = tally.count_total(self.measures, self.period)

    @classmethod
    def reads(cls, ds: Dataset, area: str) -> Dataset:
        """What the chapter of `area` reads: the name of every reporting unit (the table of
        measures per unit has a row for each), and of the area's measures the unit and status
        of each, the reason of each not started, and of the examples the units proposed their
        title, short description and the answers shown (`STARTED_ANSWERS`,
        `NOT_STARTED_ANSWERS`). Not the free texts of the other measures, nor any other area's.
        """
        p = ds.period
        shown = {p.started: STARTED_ANSWERS, p.not_started: NOT_STARTED_ANSWERS}

        def read(m):
            fields = {"unit", "area", "status"} | (
                {"reason"} if m.status == p.not_started else set()
            )
            if m.example and m.status in shown:
                fields |= {"example", "title", "description", *(k for _, k in shown[m.status])}
            return measure_of(m, fields)

        return projection(
            ds, (report_of(r, [read(m) for m in r.measures if m.area == area]) for r in ds.reports)
        )

    def counts(self) -> Markdown:
        """x.1: how many measures, started and not; the split per unit as chart and table."""
        c = self.counts_
        by_unit = tally.count_by_unit(self.measures, self.period, self.reporting)
        without = by_unit.loc[by_unit["total"] == 0, "unit"].tolist()
        if c["total"]:
            lead = (
                f"Enhetene rapporterte {fmt.count_words(c['total'], 'tiltak', 'tiltak', True)} "
                f"innen *{self.area}* for {self.year}. Av disse er "
                f"{fmt.words(c['started'], True)} igangsatt "
                f"({fmt.percent(c['started'], c['total'])}), og "
                f"{fmt.words(c['not_started'], True)} er ikke igangsatt ennå "
                f"({fmt.percent(c['not_started'], c['total'])})."
            )
        else:
            lead = f"Ingen enheter rapporterte tiltak innen *{self.area}* for {self.year}."
        if without:
            lead += f" {fmt.join(without)} har ingen tiltak i dette området."
        row = pd.DataFrame([{"area": self.area, **c}])
        summary = myst.table(
            row,
            {"area": "Innsatsområde", **COUNT_HEADERS},
            f"Tiltak innen {self.area}, {self.year}",
            f"tab-{self.key}-tiltak",
        )
        figure = status_figure(
            by_unit,
            "unit",
            self.figures,
            f"{self.key}-enheter",
            f"Tiltak innen {self.area} per enhet, igangsatt og ikke igangsatt, {self.year}.",
            f"tiltak per enhet innen {self.area}",
            f"fig-{self.key}-enheter",
            (f"figur-{area_page(self.area)}-enheter", self.year),
        )
        table = myst.table(
            by_unit,
            {"unit": "Enhet", **COUNT_HEADERS},
            f"Tallene i figuren: tiltak innen {self.area} per enhet, {self.year}",
            f"tab-{self.key}-enheter",
            links={"unit": self.unit_links()},
        )
        listed = downloads.area_list(paths.DOWNLOADS, self.year, self.area).name
        trace = (
            "Hvert enhetsnavn i tabellen under figuren lenker til enhetens liste over tiltak i "
            "enhetsprofilene, og alle tiltakene i området kan lastes ned som regneark:"
        )
        links = data_links([(f"Tiltakene innen {self.area} (CSV)", listed)])
        return show(lead, summary, figure, table, trace, links)

    def examples(self) -> Markdown:
        """x.3: the started measures the units proposed as examples."""
        chosen = tally.select_examples(self.measures, self.area, self.period.started)
        lead = (
            "Enhetene har selv foreslått tiltakene nedenfor som eksempler for årsrapporten. "
            "Svarene er gjengitt slik enhetene skrev dem."
        )
        none = "Ingen enheter har foreslått eksempler på igangsatte tiltak i dette området."
        return show(
            lead if len(chosen) else "",
            examples(chosen, STARTED_ANSWERS, none, f"eks-{self.key}", 3),
        )

    def not_started(self) -> Markdown:
        """x.4: how many measures have not started, and the reminder that there is still time."""
        c = self.counts_
        last = max(self.period.years)
        if not c["not_started"]:
            return show(
                f"Alle tiltakene innen *{self.area}* var igangsatt da enhetene rapporterte for "
                f"{self.year}."
            )
        text_ = (
            f"Av de {fmt.words(c['total'], True)} tiltakene innen *{self.area}* var "
            f"{fmt.words(c['not_started'], True)} "
            f"({fmt.percent(c['not_started'], c['total'])}) ikke igangsatt da enhetene "
            f"rapporterte for {self.year}."
        )
        if self.year < last:
            text_ += (
                f" {self.period.title} gjelder ut {last}, så det er fortsatt tid til å sette "
                "i gang tiltakene."
            )
        return show(text_)

    def reasons(self) -> Markdown:
        """x.4.1: why measures have not started, as chart and table."""
        counts = tally.count_reasons(self.measures, self.period)
        if counts.empty:
            return show("*Alle tiltakene i området er igangsatt.*")
        most = int(counts["count"].max())
        top = [f"«{r}»" for r in counts.loc[counts["count"] == most, "reason"]]
        n = fmt.count_words(most, "tiltak", "tiltak", True)
        lead = (
            f"Den hyppigste årsaken er {top[0]} ({n})."
            if len(top) == 1
            else f"De hyppigste årsakene er {fmt.join(top)} ({n} hver)."
        ) + " Figuren viser alle årsakene enhetene oppga for tiltak som ikke er igangsatt."
        chart = charts.count_bars(counts, "reason", "count", "Antall tiltak")
        stem = charts.save(chart, self.figures, f"{self.key}-arsaker")
        figure = myst.figure(
            stem,
            f"Årsaker til at tiltak innen {self.area} ikke er igangsatt, {self.year}.",
            "Liggende stolpediagram over årsaker til at tiltak ikke er igangsatt. "
            + charts.describe_counts(counts, "reason", "count", ("tiltak", "tiltak")),
            f"fig-{self.key}-arsaker",
        )
        data = f"figur-{area_page(self.area)}-arsaker"
        figure += "\n" + chart_data(counts, self.figures, data, self.year)
        table = myst.table(
            counts,
            {"reason": "Årsak", "count": "Tiltak"},
            f"Tallene i figuren: årsaker innen {self.area}, {self.year}",
            f"tab-{self.key}-arsaker",
        )
        return show(lead, figure, table)

    def not_started_examples(self) -> Markdown:
        """x.4.2: the not-started measures the units proposed as examples, with the reason."""
        chosen = tally.select_examples(self.measures, self.area, self.period.not_started)
        none = (
            "Ingen enheter har foreslått eksempler blant tiltakene som ikke er igangsatt i dette "
            "området."
        )
        return show(examples(chosen, NOT_STARTED_ANSWERS, none, f"eks-{self.key}-ikke", 4))
