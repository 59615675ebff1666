"""What the template notebooks show: one method per part of a chapter, each returning Markdown.

A notebook makes a page object from its parameters and calls its methods in reading order, so
the notebook holds no logic and everything shown here is tested. Figures are written as files
into `figures` (relative to the notebook's working folder, the book's source folder) and shown
through a numbered `figure` directive.

In a notebook: ``page = AreaPage("Rus blant unge", data="data/2024")``, then
``page.counts()``, ``page.examples()``, … each display a part of the chapter.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pandas as pd
from IPython.display import Markdown

from salto_lib import charts, downloads, fmt, paths, render, tally, text
from salto_lib.dataset import Dataset, data_folder, load_dataset

FIGURES = Path("figurer")

COUNT_HEADERS = {"total": "Tiltak", "started": "Igangsatt", "not_started": "Ikke igangsatt"}


@cache
def load(data: str | Path = "", year: int | None = None) -> Dataset:
    """The validated dataset of `data` (a folder), or of `data/<year>/` when `data` is empty.

    Raises `InvalidData` listing every error, so a notebook never shows unvalidated numbers.
    """
    folder = Path(data) if str(data) else data_folder(int(year) if year else None)
    return load_dataset(folder, strict=True)


def area_key(period, area: str) -> str:
    """`omrade-02`: the area's place in the plan, used for file and figure names."""
    return f"omrade-{period.areas.index(area) + 1:02}"


def edition_folder(year: int) -> Path:
    """`book/<year>/`: the text written for one edition of the report."""
    return paths.BOOK / str(year)


def _yes(value) -> bool:
    return value is not None and not pd.isna(value) and bool(value)


def synthesis_path(year: int, area: str, folder: Path | None = None) -> Path:
    """`book/<year>/omrader/<area>.md`: the secretariat's synthesis of one area (section x.2)."""
    return (folder or edition_folder(year)) / "omrader" / f"{text.slug(area)}.md"


def _show(*parts: str) -> Markdown:
    return Markdown("\n\n".join(p.strip() for p in parts if p and p.strip()) + "\n")


def status_figure(
    frame: pd.DataFrame,
    label: str,
    folder: Path,
    file: str,
    caption: str,
    what: str,
    name: str,
    root: Path | None = None,
) -> str:
    """A numbered figure of `charts.status_bars(frame, label)`, saved as `folder/file.svg|png`,
    whose alt text states every bar's numbers. `root`: the folder the figure path is shown
    relative to (the book's source folder), when `folder` is not already relative."""
    stem = charts.save(charts.status_bars(frame, label), folder, file)
    alt = f"Liggende stolpediagram over {what}. " + charts.describe_status(frame, label)
    return render.figure(stem.relative_to(root) if root else stem, caption, alt, name)


def _examples(frame: pd.DataFrame, fields: list[tuple[str, str]], none: str) -> str:
    """Example measures, one block per title: the same measure in several units is one block."""
    if frame.empty:
        return f"*{none}*"
    blocks = []
    frame = frame.assign(key=frame["title"].map(text.fold))
    for _, same in frame.groupby("key", sort=False):
        first = same.iloc[0]
        answers = [(q, first[k]) for q, k in fields]
        blocks.append(render.measure_block(first["title"], same["unit"].tolist(), answers))
    return "\n\n".join(blocks)


class _Page:
    def __init__(self, data: str | Path = "", year: int | None = None, figures=FIGURES):
        self.ds = load(data, year)
        self.period = self.ds.period
        self.year = self.ds.year
        self.figures = Path(figures)
        self.reporting = self.ds.units["unit"].tolist() if len(self.ds.units) else []

    def unit_links(self) -> dict[str, str]:
        """Each unit's name → its profile's table of measures (the measures behind a count)."""
        return {u: f"tab-enhet-{text.slug(u)}-tiltak" for u in self.reporting}

    def area_links(self) -> dict[str, str]:
        """Each area's name → its chapter's table of counts per unit."""
        return {a: f"tab-{area_key(self.period, a)}-enheter" for a in self.period.areas}


class AreaPage(_Page):
    """Chapter of one priority area: counts, results, examples, measures not started."""

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

    def counts(self) -> Markdown:
        """x.1: how many measures, started and not; the split per unit as chart and table."""
        c = self.counts_
        by_unit = tally.count_by_unit(self.measures, self.period, self.reporting)
        without = by_unit.loc[by_unit["total"] == 0, "unit"].tolist()
        lead = (
            f"Enhetene rapporterte {fmt.count(c['total'], 'tiltak', 'tiltak')} innen "
            f"*{self.area}* for {self.year}. Av disse er {fmt.number(c['started'])} igangsatt "
            f"({fmt.percent(c['started'], c['total'])}) og {fmt.number(c['not_started'])} "
            f"ikke igangsatt ({fmt.percent(c['not_started'], c['total'])})."
        )
        if without:
            lead += f" {fmt.join(without)} har ingen tiltak i området."
        row = pd.DataFrame([{"area": self.area, **c}])
        summary = render.table(
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
        )
        table = render.table(
            by_unit,
            {"unit": "Enhet", **COUNT_HEADERS},
            f"Tallene i figuren: tiltak innen {self.area} per enhet, {self.year}",
            f"tab-{self.key}-enheter",
            links={"unit": self.unit_links()},
        )
        listed = downloads.area_list(Path("nedlasting"), self.year, self.area).as_posix()
        trace = (
            "Tiltakene bak tallene: hver enhet i tabellen under figuren lenker til enhetens "
            "liste over tiltak i enhetsprofilene, og alle tiltakene i området kan lastes ned som "
            f"{{download}}`regneark (CSV) <{listed}>`."
        )
        return _show(lead, summary, figure, table, trace)

    def results(self, folder: Path | None = None) -> Markdown:
        """x.2: the secretariat's synthesis for this area, from `book/<year>/omrader/<slug>.md`."""
        path = synthesis_path(self.year, self.area, folder)
        if not path.is_file():
            return _show(
                f"*Sekretariatets sammenfatning for {self.area} i {self.year} er ikke skrevet "
                f"ennå (filen {render.escape_line(path.name)} mangler i tekstene for "
                f"{self.year}).*"
            )
        return _show(path.read_text(encoding="utf-8"))

    def examples(self) -> Markdown:
        """x.3: the started measures the units proposed as examples."""
        chosen = tally.select_examples(self.measures, self.area, self.period.started)
        fields = [
            ("Hva oppnås med tiltaket?", "achieves"),
            ("Hvordan kommer tiltaket målgruppen til gode?", "benefits"),
        ]
        lead = (
            "Enhetene har selv foreslått tiltakene nedenfor som eksempler for årsrapporten. "
            "Svarene er gjengitt slik enhetene skrev dem."
        )
        none = "Ingen enheter foreslo igangsatte tiltak i dette området som eksempel."
        return _show(lead if len(chosen) else "", _examples(chosen, fields, none))

    def not_started(self) -> Markdown:
        """x.4: how many measures have not started, and the reminder that there is still time."""
        c = self.counts_
        last = max(self.period.years)
        if not c["not_started"]:
            return _show(
                f"Alle tiltakene innen *{self.area}* var igangsatt da enhetene rapporterte for "
                f"{self.year}."
            )
        text_ = (
            f"Av de {fmt.number(c['total'])} tiltakene innen *{self.area}* var "
            f"{fmt.number(c['not_started'])} ({fmt.percent(c['not_started'], c['total'])}) ikke "
            f"igangsatt da enhetene rapporterte for {self.year}."
        )
        if self.year < last:
            text_ += (
                f" {self.period.title} gjelder ut {last}, så det er fortsatt tid til å sette "
                "i gang tiltakene."
            )
        return _show(text_)

    def reasons(self) -> Markdown:
        """x.4.1: why measures have not started, as chart and table."""
        counts = tally.count_reasons(self.measures, self.period)
        if counts.empty:
            return _show("*Alle tiltakene i området er igangsatt.*")
        most = int(counts["count"].max())
        top = [f"«{r}»" for r in counts.loc[counts["count"] == most, "reason"]]
        n = fmt.count(most, "tiltak", "tiltak")
        lead = (
            f"Den hyppigste årsaken er {top[0]} ({n})."
            if len(top) == 1
            else f"De hyppigste årsakene er {fmt.join(top)} ({n} hver)."
        ) + " Figuren viser alle årsakene enhetene oppga for tiltak som ikke er igangsatt."
        chart = charts.count_bars(counts, "reason", "count", "Antall tiltak")
        stem = charts.save(chart, self.figures, f"{self.key}-arsaker")
        figure = render.figure(
            stem,
            f"Årsaker til at tiltak innen {self.area} ikke er igangsatt, {self.year}.",
            "Liggende stolpediagram over årsaker til at tiltak ikke er igangsatt. "
            + charts.describe_counts(counts, "reason", "count", ("tiltak", "tiltak")),
            f"fig-{self.key}-arsaker",
        )
        table = render.table(
            counts,
            {"reason": "Årsak", "count": "Tiltak"},
            f"Tallene i figuren: årsaker innen {self.area}, {self.year}",
            f"tab-{self.key}-arsaker",
        )
        return _show(lead, figure, table)

    def not_started_examples(self) -> Markdown:
        """x.4.2: the not-started measures the units proposed as examples, with the reason."""
        chosen = tally.select_examples(self.measures, self.area, self.period.not_started)
        fields = [
            ("Årsak:", "reason"),
            ("Forklaring:", "explanation"),
            ("Hva oppnås med tiltaket?", "achieves"),
        ]
        none = "Ingen enheter foreslo tiltak som ikke er igangsatt som eksempel i dette området."
        return _show(_examples(chosen, fields, none))


class UnitPage(_Page):
    """Profile of one reporting unit for the appendix."""

    def __init__(self, unit: str, data: str | Path = "", year: int | None = None, **kw):
        super().__init__(data, year, **kw)
        if unit not in self.reporting:
            raise ValueError(f"«{unit}» har ikke levert arbeidsbok for {self.year}")
        self.unit = unit
        self.key = "enhet-" + text.slug(unit)
        self.measures = self.ds.measures[self.ds.measures["unit"] == unit]
        self.answers = self.ds.units[self.ds.units["unit"] == unit].iloc[0]

    def summary(self) -> Markdown:
        """Counts, how the plan was adopted and who took part; the areas as chart and table."""
        c = tally.count_total(self.measures, self.period)
        a = self.answers
        parties = {
            "Bydel": "district_involved",
            "Skole": "school_involved",
            "Politi": "police_involved",
        }
        # The answers are numpy booleans in the table, or None when the workbook left them out.
        took_part = [p.lower() for p, key in parties.items() if _yes(a[key])]
        left_out = [p.lower() for p, key in parties.items() if not _yes(a[key])]
        lead = (
            f"{self.unit} rapporterte {fmt.count(c['total'], 'tiltak', 'tiltak')} for "
            f"{self.year}: {fmt.number(c['started'])} igangsatt og "
            f"{fmt.number(c['not_started'])} ikke igangsatt. Handlingsplanen ble behandlet av "
            f"{str(a['adopted_by']).lower()}."
        )
        if took_part:
            lead += f" {fmt.join(took_part).capitalize()} var med på å utarbeide planen"
            lead += f", men ikke {fmt.join(left_out, 'eller')}." if left_out else "."
        else:
            lead += " Verken bydel, skole eller politi var med på å utarbeide planen."
        by_area = tally.count_by_area(self.measures, self.period)
        figure = status_figure(
            by_area,
            "area",
            self.figures,
            self.key,
            f"Tiltakene til {self.unit} per innsatsområde, {self.year}.",
            f"tiltakene til {self.unit} per innsatsområde",
            f"fig-{self.key}",
        )
        table = render.table(
            by_area,
            {"area": "Innsatsområde", **COUNT_HEADERS},
            f"Tallene i figuren: tiltakene til {self.unit}, {self.year}",
            f"tab-{self.key}",
        )
        note = a.get("involvement_note", "")
        involvement = f"*Om involveringen:* {render.escape(note)}" if note else ""
        return _show(lead, involvement, figure, table)

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
                        "area": area if i == 0 else render.BLANK,
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
        return _show(
            render.table(
                pd.DataFrame(rows),
                headers,
                f"Tiltakene til {self.unit}, {self.year}",
                f"tab-{self.key}-tiltak",
                long=True,
            )
        )

    def assessment(self) -> Markdown:
        """The unit's answers in sheet `Vurdering`."""
        parts = []
        for fld in self.period.assessment_sheet.fields:
            answer = str(self.answers.get(fld.key, "") or "").strip()
            shown = render.escape(answer) if answer else "*Ikke besvart.*"
            parts.append(f"**{render.escape_line(fld.label)}**\n\n{shown}")
        return _show(*parts)


class OverviewPage(_Page):
    """The appendix with every tally as a table (the numbers behind the report)."""

    def areas(self) -> Markdown:
        frame = tally.count_by_area(self.ds.measures, self.period)
        total = pd.DataFrame(
            [{"area": "Alle områder", **tally.count_total(self.ds.measures, self.period)}]
        )
        frame = pd.concat([frame, total], ignore_index=True)
        return _show(
            render.table(
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
        )
        table = render.table(
            frame,
            {"unit": "Enhet", **COUNT_HEADERS},
            f"Tiltak per enhet, {self.year}",
            "tab-vedlegg-enheter",
            links={"unit": self.unit_links()},
        )
        return _show(figure, table)

    def unit_areas(self) -> Markdown:
        long = tally.count_by_unit_area(self.ds.measures, self.period, self.reporting)
        wide = long.pivot(index="unit", columns="area", values="total")
        wide = wide.reindex(index=sorted(self.reporting, key=text.sort_key))
        wide = wide[list(self.period.areas)].reset_index()
        headers = {"unit": "Enhet", **{a: a for a in self.period.areas}}
        return _show(
            render.table(
                wide,
                headers,
                f"Tiltak per enhet og innsatsområde, {self.year}",
                "tab-vedlegg-enhet-omrade",
            )
        )

    def reasons(self) -> Markdown:
        frame = tally.count_reasons(self.ds.measures, self.period)
        if frame.empty:
            return _show("*Alle tiltakene er igangsatt.*")
        wide = frame.pivot(index="reason", columns="area", values="count").fillna(0).astype(int)
        areas = [a for a in self.period.areas if a in wide.columns]
        reasons = [r for r in self.period.reasons if r in wide.index]
        wide = wide.reindex(index=reasons)[areas].reset_index()
        return _show(
            render.table(
                wide,
                {"reason": "Årsak", **{a: a for a in areas}},
                f"Tiltak som ikke er igangsatt, per årsak og innsatsområde, {self.year}",
                "tab-vedlegg-arsaker",
            )
        )

    def anchoring(self) -> Markdown:
        return _show(anchoring_table(self.ds, "tab-vedlegg-forankring"))

    def shared(self) -> Markdown:
        frame = tally.count_shared_measures(self.ds.measures)
        if frame.empty:
            return _show("*Ingen tiltak er rapportert av mer enn én enhet.*")
        return _show(
            render.table(
                frame,
                {"area": "Innsatsområde", "title": "Tiltak", "units": "Enheter"},
                f"Tiltak som flere enheter har rapportert, {self.year}",
                "tab-vedlegg-felles",
            )
        )


def anchoring_table(ds: Dataset, name: str = "tab-forankring") -> str:
    """How the plans were adopted and who took part in drafting them, as a numbered table."""
    a = tally.count_anchoring(ds.units, ds.period)
    rows = [{"what": f"Behandlet av: {k.lower()}", "n": v} for k, v in a["adopted_by"].items()]
    rows += [
        {"what": "Bydel involvert i arbeidet", "n": a["district_involved"]},
        {"what": "Skole involvert i arbeidet", "n": a["school_involved"]},
        {"what": "Politi involvert i arbeidet", "n": a["police_involved"]},
    ]
    return render.table(
        pd.DataFrame(rows),
        {"what": "Forankring og involvering", "n": "Enheter"},
        f"Forankring av handlingsplanene, {fmt.count(a['units'], 'enhet', 'enheter')}, {ds.year}",
        name,
    )


CHANGE_HEADERS = {
    "new": "Nye",
    "dropped": "Tatt ut",
    "started_now": "Igangsatt i år",
    "stopped": "Stoppet",
    "unchanged": "Uendret status",
}


class ChangesPage(_Page):
    """Chapter on the changes from last year: counts per area and unit, status changes, new and
    dropped measures (matched per unit on the normalised title)."""

    def __init__(self, previous: str | Path, data: str | Path = "", year: int | None = None, **kw):
        super().__init__(data, year, **kw)
        self.prev = load(previous)
        self.prev_year = self.prev.year
        self.matched = tally.match_years(self.prev.measures, self.ds.measures)
        self.areas = list(self.period.areas)

    def _totals(self, by: str, order: list[str]) -> pd.DataFrame:
        frame = tally.compare_totals(self.prev.measures, self.ds.measures, self.period, by, order)
        for column in ("total_change", "started_change"):
            frame[column] = frame[column].map(fmt.signed)
        return frame

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
        before = tally.count_total(self.prev.measures, self.period)
        now = tally.count_total(self.ds.measures, self.period)
        changes = self.matched["change"].value_counts()
        counts = tally.count_changes(self.matched, self.period, "area", self.areas)
        lead = (
            f"I {self.year} rapporterte enhetene {fmt.count(now['total'], 'tiltak', 'tiltak')}, "
            f"mot {fmt.number(before['total'])} i {self.prev_year}. Av tiltakene er "
            f"{fmt.number(int(changes.get('new', 0)))} nye, og "
            f"{fmt.number(int(changes.get('dropped', 0)))} tiltak fra {self.prev_year} er ikke "
            f"med lenger. {fmt.number(int(counts['started_now'].sum()))} tiltak som ikke var "
            f"igangsatt i {self.prev_year}, er igangsatt nå. Andelen igangsatte tiltak gikk fra "
            f"{fmt.percent(before['started'], before['total'])} til "
            f"{fmt.percent(now['started'], now['total'])}."
        )
        totals = self._totals("area", self.areas)
        stem = charts.save(
            charts.year_bars(
                tally.compare_totals(
                    self.prev.measures, self.ds.measures, self.period, "area", self.areas
                ),
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
        figure = render.figure(
            stem,
            f"Igangsatte tiltak per innsatsområde, {self.prev_year} og {self.year}.",
            "Liggende stolpediagram som sammenligner igangsatte tiltak i to år. " + alt,
            "fig-endringer-omrader",
        )
        table = render.table(
            totals,
            self._headers("area"),
            f"Tiltak per innsatsområde, {self.prev_year} og {self.year}",
            "tab-endringer-omrader",
        )
        kinds = render.table(
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
        return _show(lead, figure, table, kinds, note)

    def units(self) -> Markdown:
        """Totals per unit in both years."""
        totals = self._totals("unit", self.reporting)
        return _show(
            render.table(
                totals,
                self._headers("unit"),
                f"Tiltak per enhet, {self.prev_year} og {self.year}",
                "tab-endringer-enheter",
                links={"unit": self.unit_links()},
            )
        )

    def _list(self, change: str, columns: dict[str, str], caption: str, name: str, none: str):
        frame = self.matched[self.matched["change"] == change]
        if frame.empty:
            return _show(f"*{none}*")
        frame = frame.sort_values(["unit", "area", "title"], key=lambda s: s.map(text.sort_key))
        return _show(render.table(frame, columns, caption, name, long=True))

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
