"""The substitutions of the Markdown chapters in `book/`, the front page's included.

Prose never types a number: it writes `{{ antall_tiltak }}`, and `substitutions` fills every
such key from the validated data, formatted the Norwegian way. Nothing here writes a file: the
chart the chapters show (`figures`) and the downloads are written by the build's steps, which
pass in where they are.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
from matplotlib.figure import Figure

from salto_lib import charts, fmt, myst, paths, quotes, tally, text
from salto_lib.dataset import Dataset
from salto_lib.edition import load_edition
from salto_lib.pages import about, front
from salto_lib.pages.common import (
    COUNT_HEADERS,
    anchoring_table,
    data_links,
    edition_folder,
    status_directive,
)

# Chapter 1's chart, which the front page shows again as an image.
AREA_FIGURE = paths.FIGURES / "oversikt-omrader"


def figures(ds: Dataset) -> dict[Path, Figure]:
    """The charts the Markdown chapters show, by their stem in the book's source folder."""
    by_area = tally.count_by_area(ds.measures, ds.period)
    return {AREA_FIGURE: charts.status_bars(by_area, "area")}


def substitutions(ds: Dataset, downloads: list[Path], pdf_name: str | None) -> dict[str, str]:
    """Every `{{ key }}` the chapter texts may use, from the data and the plan period.

    `downloads`: the downloadable files, by their paths in the book's source folder; `pdf_name`:
    the PDF next to the site, or None for a web-only edition (which has no PDF to link).
    """
    p = ds.period
    t = tally.count_total(ds.measures, p)
    by_area = tally.count_by_area(ds.measures, p)
    anchoring = tally.anchoring_by_book_key(tally.count_anchoring(ds.units, p), p)
    share = by_area.assign(share=by_area["started"] / by_area["total"].where(by_area["total"] > 0))
    lowest = share.sort_values("share", kind="stable").iloc[0]
    shared = tally.count_shared_measures(ds.measures)
    subs = {
        "aar": str(ds.year),
        "planperiode": p.name.replace("-", "–"),
        "program": p.title,
        "vedtatt_dato": fmt.date(p.approved) if p.approved else "",
        "vedtatt_av": p.approved_by,
        "plan_slutt": str(max(p.years)),
        "antall_tiltak": fmt.number(t["total"]),
        "antall_igangsatt": fmt.number(t["started"]),
        "antall_ikke_igangsatt": fmt.number(t["not_started"]),
        "andel_igangsatt": fmt.percent(t["started"], t["total"]),
        "andel_ikke_igangsatt": fmt.percent(t["not_started"], t["total"]),
        # Small counts read as words in the prose ("fire innsatsområder"). The measure totals
        # above stay numerals: they are the report's key figures, which `verify` proves on
        # every page, and they are never that small.
        "antall_enheter": fmt.words(len(ds.reports)),
        "antall_enheter_plan": fmt.words(len(p.units)),
        "antall_omrader": fmt.words(len(p.areas), neuter=True),
        "omrader_liste": myst.bullets([f"*{a}*" for a in p.areas]),
        "enheter_uten_arbeidsbok": (
            "Alle enhetene i planperioden leverte rapport."
            if not ds.missing_units
            else "Disse enhetene leverte ikke rapport og er ikke med i tallene: "
            + fmt.join(ds.missing_units)
            + "."
        ),
        "omrade_lavest": str(lowest["area"]),
        "omrade_lavest_andel": fmt.percent(lowest["started"], lowest["total"]),
        "antall_felles_tiltak": fmt.words(len(shared), neuter=True),
        "tabell_omrader": _area_table(ds, by_area, t),
        "figur_omrader": _area_figure(ds, by_area),
        "figur_forside": front.landing_figure(by_area, AREA_FIGURE) + "\n" + _area_data(ds),
        "omrader_oversikt": front.area_cards(ds, by_area),
        "lenke_pdf": front.pdf_link(pdf_name) if pdf_name else "",
        "nedlastinger": front.download_list(downloads),
        "tabell_forankring": anchoring_table(ds),
    }
    # The plan period names the answers (`book_key` in its file): a value renamed there is a
    # new key, and a text still using the old one fails the build (recipe.texts), never "0".
    subs |= {key: fmt.words(n) for key, n in anchoring.items()}
    return subs | selected_quotes(ds)


def selected_quotes(ds: Dataset) -> dict[str, str]:
    """Each quoted question's key → the quotes chosen in `book/<year>/sitater.toml` (proved
    against the workbooks before this runs: `recipe.texts`), anonymous unless the edition's
    `sitater_navngitt` says otherwise; empty for a question with no chosen quote."""
    folder = edition_folder(ds.year)
    listed = quotes.load_quotes(folder / quotes.FILE, quotes.FILE)[0]
    named = load_edition(folder, ds.year).name_quoted_units
    chosen = quotes.by_question(quotes.proved(listed, ds.reports, ds.period))
    return {
        f.book_key: "\n\n".join(
            myst.quote(q.excerpt.strip(), text.canonical(q.unit, ds.period.units) if named else "")
            for q in chosen.get(f.book_key, [])
        )
        + "\n"
        for f in ds.period.quoted_fields
    }


def _area_table(ds: Dataset, by_area, total: dict) -> str:
    frame = pd.concat([by_area, pd.DataFrame([{"area": "Alle områder", **total}])])
    return myst.table(
        frame,
        {"area": "Innsatsområde", **COUNT_HEADERS},
        f"Tiltak i handlingsplanene per innsatsområde, {ds.year}",
        "tab-omrader",
    )


def _area_figure(ds: Dataset, by_area) -> str:
    figure = status_directive(
        by_area,
        "area",
        AREA_FIGURE,
        f"Tiltak per innsatsområde, igangsatt og ikke igangsatt, {ds.year}.",
        "tiltak per innsatsområde",
        "fig-omrader",
    )
    return figure + "\n" + _area_data(ds)


def _area_data(ds: Dataset) -> str:
    """The link under chapter 1's chart (and the front page's copy): its numbers are the
    download of counts per area."""
    return data_links([("Tallene i figuren (CSV)", f"tall-innsatsomrader-{ds.year}.csv")])


def provenance_substitutions(ds: Dataset, info: dict) -> dict[str, str]:
    """The provenance appendix from `provenance.collect_provenance`: input checksums, code
    version, tools, build date.

    Keys start with `proveniens_`: they describe the build, not the data, so the manifest of
    numbers leaves them out (they differ between machines on purpose).
    """
    # File names are chosen by the units: escaped like all their text.
    workbooks = myst.bullets(
        [f"{myst.escape_line(name)}  \n  {digest}" for name, digest in info["workbooks"].items()]
    )
    plan = info["plan_period_file"]
    tools = "\n".join(f"- {name} {version}" for name, version in info["versions"].items())
    return {
        "proveniens_arbeidsboker": workbooks,
        "proveniens_planperiode": f"{myst.escape_line(plan['name'])}  \n{plan['sha256']}",
        "proveniens_commit": f"`{info['git_commit']}`",
        "proveniens_verktoy": tools + "\n",
        "proveniens_dato": fmt.date(dt.date.fromisoformat(info["build_date"])),
        "proveniens_mappe": myst.escape_line(ds.folder.name),
        "proveniens_algoritme": "SHA-256",
    }


# What each key means, for `python -m salto_lib nokler` (the analyst never opens the code). Keys
# made from the plan period (answers counted or quoted, area sections) are described from it in
# `key_meanings`; a key added to `substitutions` needs a line here (tests/test_keys.py checks).
MEANINGS = {
    "aar": "rapporteringsåret",
    "planperiode": "planperioden, f.eks. 2023–2025",
    "program": "handlingsprogrammets navn",
    "vedtatt_dato": "datoen programmet ble vedtatt",
    "vedtatt_av": "hvem som vedtok programmet",
    "plan_slutt": "siste år i planperioden",
    "antall_tiltak": "antall tiltak i alle handlingsplanene",
    "antall_igangsatt": "antall igangsatte tiltak",
    "antall_ikke_igangsatt": "antall tiltak som ikke er igangsatt",
    "andel_igangsatt": "andel igangsatte tiltak (prosent)",
    "andel_ikke_igangsatt": "andel tiltak som ikke er igangsatt (prosent)",
    "antall_enheter": "antall enheter som leverte arbeidsbok",
    "antall_enheter_plan": "antall enheter i planperioden",
    "antall_omrader": "antall innsatsområder",
    "omrader_liste": "punktliste over innsatsområdene (egen blokk)",
    "enheter_uten_arbeidsbok": "setning om enheter som ikke leverte (eller at alle leverte)",
    "omrade_lavest": "innsatsområdet med lavest andel igangsatte tiltak",
    "omrade_lavest_andel": "andelen igangsatte tiltak i det området",
    "antall_felles_tiltak": "antall tiltak som flere enheter har med samme navn",
    "tabell_omrader": "tabell: tiltak per innsatsområde (egen blokk)",
    "figur_omrader": "figur: tiltak per innsatsområde (egen blokk)",
    "figur_forside": "forsidens figur (bare i index.md)",
    "omrader_oversikt": "forsidens oversikt over områdene med lenker (bare i index.md)",
    "lenke_pdf": "lenke til PDF-en (bare i index.md)",
    "nedlastinger": "liste over nedlastingene (bare i index.md)",
    "tabell_forankring": "tabell: forankring og involvering (egen blokk)",
    "proveniens_arbeidsboker": "arbeidsbøkene med sjekksum (tillegget om proveniens)",
    "proveniens_planperiode": "planperiodefilen med sjekksum (tillegget om proveniens)",
    "proveniens_commit": "programversjonen (tillegget om proveniens)",
    "proveniens_verktoy": "verktøyene og versjonene (tillegget om proveniens)",
    "proveniens_dato": "byggedatoen (tillegget om proveniens)",
    "proveniens_mappe": "datamappens navn (tillegget om proveniens)",
    "proveniens_algoritme": "sjekksumalgoritmen (tillegget om proveniens)",
}


def key_meanings(period) -> dict[str, str]:
    """Every key the texts may use, with what it means, the plan period's keys included."""
    meanings = MEANINGS | about.MEANINGS
    for fld in period.unit_sheet.of_kind("choice"):
        for value, key in fld.value_keys().items():
            meanings[key] = f"antall enheter som svarte «{value}» på «{fld.label}»"
    for fld in period.unit_sheet.of_kind("yesno"):
        meanings[fld.book_key] = f"antall enheter som svarte «{period.yes}» på «{fld.label}»"
    for fld in period.quoted_fields:
        meanings[fld.book_key] = (
            f"sitatene valgt i sitater.toml for «{fld.label}» (egen blokk; tom uten valgte sitater)"
        )
    return meanings
