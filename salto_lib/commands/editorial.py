"""The analyst's writing aids: `svar` (the editorial brief: every free-text answer, with unit and
cell) and `nokler` (every `{{ key }}` the texts may use, with this year's value and meaning).
Neither writes anything into an edition."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from salto_lib import answers, areatexts, brief, fmt, paths
from salto_lib.dataset import Dataset, data_folder, load_dataset
from salto_lib.pages import chapters
from salto_lib.recipe.console import print_problems

VALUE_WIDTH = 60


def _dataset(year: int) -> Dataset | None:
    try:
        folder = data_folder(year)
    except FileNotFoundError as exc:
        print(f"FEIL: {exc}")
        return None
    ds = load_dataset(folder)
    if ds.errors:
        print_problems(ds)
        print("Rett feilene over og kjør på nytt.")
        return None
    return ds


def svar(year: int, out: Path | None = None) -> int:
    """Write the editorial brief of `year` (XLSX, and HTML next to it); print a summary."""
    ds = _dataset(year)
    if ds is None:
        return 1
    out = Path(out) if out else paths.BUILD / f"svar-{year}.xlsx"
    if out.suffix.lower() != ".xlsx":
        print(f"FEIL: {out} må slutte på .xlsx")
        return 1
    found = answers.collect_answers(ds.reports, ds.period)
    brief.write_xlsx(found, out)
    page = out.with_suffix(".html")
    brief.write_html(found, page, f"Svarene i fritekst, {year}")
    print(
        f"{fmt.number(len(found))} svar i fritekst fra {len(ds.reports)} enheter, {year} "
        "(internt arbeidsdokument; publiseres ikke):"
    )
    for question, group in found.groupby("question", sort=False):
        print(f"  {question}: {fmt.number(len(group))} svar fra {group['unit'].nunique()} enheter")
    print(f"Skrev {out} (ett ark per spørsmål) og {page}")
    return 0


def _short(value: str) -> str:
    one = " ".join(str(value).split())
    return one if len(one) <= VALUE_WIDTH else one[: VALUE_WIDTH - 1] + "…"


def nokler(year: int) -> int:
    """Print every key with this year's value (shortened) and what it means."""
    ds = _dataset(year)
    if ds is None:
        return 1
    values = chapters.substitutions(ds, [], f"salto-arsrapport-{year}.pdf")
    meanings = chapters.key_meanings(ds.period)
    colour = sys.stdout.isatty() and not os.environ.get("NO_COLOR")
    bold, plain = ("\033[1m", "\033[0m") if colour else ("", "")
    print(f"Nøkler for {year}: skriv {{{{ nøkkel }}}} i tekstene i book/{year}/.")
    for key in sorted(set(values) | set(meanings)):
        value = values.get(key, "(fylles inn ved bygging)")
        print(f"  {bold}{key}{plain} = {_short(value)}")
        print(f"      {meanings.get(key, '')}")
    print(
        f"\nI områdetekstene (book/{year}/{areatexts.FOLDER}/<område>.md) er avsnittene egne "
        "nøkler som kapitlet setter inn:"
    )
    for heading, (key, required, where) in areatexts.SECTIONS.items():
        need = "må skrives" if required else "valgfritt"
        print(f"  {bold}## {heading}{plain} ({areatexts.PREFIX}{key}, {need}): {where}")
    return 0
