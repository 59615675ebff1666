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

from salto_lib import charts, fmt, myst, paths, tally
from salto_lib.dataset import Dataset
from salto_lib.pages import front
from salto_lib.pages.common import COUNT_HEADERS, anchoring_table, status_directive

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
        "figur_forside": front.landing_figure(by_area, AREA_FIGURE),
        "omrader_oversikt": front.area_cards(ds, by_area),
        "lenke_pdf": front.pdf_link(pdf_name) if pdf_name else "",
        "nedlastinger": front.download_list(downloads),
        "tabell_forankring": anchoring_table(ds),
    }
    # The plan period names the answers (`book_key` in its file): a value renamed there is a
    # new key, and a text still using the old one fails the build (recipe.texts), never "0".
    subs |= {key: fmt.words(n) for key, n in anchoring.items()}
    for field in p.quoted_fields:
        subs[field.book_key] = myst.quotes(
            tally.collect_assessments(ds.units, field.key), "Ingen enheter svarte på dette."
        )
    return subs


def _area_table(ds: Dataset, by_area, total: dict) -> str:
    frame = pd.concat([by_area, pd.DataFrame([{"area": "Alle områder", **total}])])
    return myst.table(
        frame,
        {"area": "Innsatsområde", **COUNT_HEADERS},
        f"Tiltak i handlingsplanene per innsatsområde, {ds.year}",
        "tab-omrader",
    )


def _area_figure(ds: Dataset, by_area) -> str:
    return status_directive(
        by_area,
        "area",
        AREA_FIGURE,
        f"Tiltak per innsatsområde, igangsatt og ikke igangsatt, {ds.year}.",
        "tiltak per innsatsområde",
        "fig-omrader",
    )


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
