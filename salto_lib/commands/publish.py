"""`python -m salto_lib publish [UT …] [--out SITE]`: every built edition as one static site.

Without UT folders, every `_build/<year>/` with a web edition is published. SITE (standard
`_build/nettsted/`) is written anew: `index.html` lists the editions, `<year>/` holds each one
(linking the others), `arkiv/` one zip per edition, and `404.html`. Copying SITE to any static
web server is all it takes to publish it.
"""

from __future__ import annotations

import re
from pathlib import Path

from salto_lib import paths
from salto_lib.recipe.console import say
from salto_lib.recipe.site import publish_site

SITE = "nettsted"


def built_editions() -> list[Path]:
    """Every `_build/<year>/` that holds a web edition."""
    if not paths.BUILD.is_dir():
        return []
    return sorted(
        d
        for d in paths.BUILD.iterdir()
        if re.fullmatch(r"\d{4}", d.name) and (d / "html" / "index.html").is_file()
    )


def publish(outs: list[Path] | None = None, site: Path | None = None) -> int:
    """The `publish` command; returns the exit code."""
    outs = [Path(o).resolve() for o in outs] if outs else built_editions()
    if not outs:
        say(
            f"FEIL: Fant ingen bygde utgaver i {paths.BUILD}. Bygg først: python -m salto_lib build"
        )
        return 1
    site = (Path(site) if site else paths.BUILD / SITE).resolve()
    if site in outs or any(site.is_relative_to(o) or o.is_relative_to(site) for o in outs):
        say(f"FEIL: {site} kan ikke ligge i en utgave eller inneholde en (velg en annen --out)")
        return 1
    if site.exists() and any(site.iterdir()) and not (site / "404.html").is_file():
        say(f"FEIL: {site} finnes og er ikke et nettsted laget av publish; velg en tom mappe")
        return 1
    try:
        editions = publish_site(outs, site)
    except ValueError as exc:
        say(f"FEIL: {exc}")
        return 1
    shown = site.relative_to(paths.ROOT) if site.is_relative_to(paths.ROOT) else site
    years = ", ".join(str(e.year) + (" (utkast)" if e.draft else "") for e in editions)
    say(f"Nettstedet er skrevet til {shown}/ med utgavene {years}.")
    say(f"  Forside: {shown / 'index.html'}; arkiv per utgave: {shown / 'arkiv'}/")
    say("  Kopier hele mappen til en vanlig webserver for å publisere.")
    return 0
