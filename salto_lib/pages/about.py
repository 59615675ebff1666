"""What the edition says about itself: publication date, publisher, contact, licences, citation,
the accessibility statement's dates, and what every page says when it is a draft or shows sample
data. Everything comes from `book/<year>/utgave.toml` (`salto_lib.edition`), never from the clock.

`substitutions` fills the texts (`book/index.md`, `book/tilgjengelighet.md`); `site_options` gives
the web edition's banner, footer and page description (`_config.yml`, `_templates/layout.html`).
"""

from __future__ import annotations

import html

from salto_lib import fmt
from salto_lib.edition import Edition
from salto_lib.period import PlanPeriod

ACCESSIBILITY_PAGE = "tilgjengelighet"
LICENCES = {
    "CC BY 4.0": "https://creativecommons.org/licenses/by/4.0/deed.no",
    "NLOD 2.0": "https://data.norge.no/nlod/no/2.0",
}
DRAFT = "Utkast – ikke publisert. Tallene og teksten kan endres før rapporten publiseres."
SAMPLE = "Tallene bygger på eksempeldata, ikke på enhetenes egne svar."


def published(edition: Edition) -> str:
    """«14. mars 2025», or that the edition is a draft."""
    return fmt.date(edition.published) if edition.published else "ikke publisert (utkast)"


def notices(edition: Edition) -> list[str]:
    """What a reader must know before reading any page: a draft, sample data."""
    return ([DRAFT] if edition.draft else []) + ([SAMPLE] if edition.sample_data else [])


def citation(edition: Edition) -> str:
    """«Slik siterer du rapporten»: publisher (year), title, date, address."""
    year = edition.published.year if edition.published else "u.å."
    parts = [f"{edition.publisher} ({year}). *{edition.title}*."]
    parts.append(f"Publisert {fmt.date(edition.published)}." if edition.published else "Utkast.")
    if edition.base_url:
        parts.append(f"<{edition.base_url}>")
    return " ".join(parts)


def _licence(name: str) -> str:
    url = LICENCES.get(name)
    return f"[{name}]({url})" if url else name


def _contact(edition: Edition) -> str:
    contact = edition.contact
    if not contact:
        return edition.publisher
    return f"<{contact}>" if "@" in contact or contact.startswith("http") else contact


# What each key means, for `python -m salto_lib nokler` (`pages.chapters.key_meanings`).
MEANINGS = {
    "utgave_tittel": "utgavens tittel («(utkast)» til den er publisert)",
    "utgave_dato": "publiseringsdatoen fra utgave.toml (eller at utgaven ikke er publisert)",
    "utgave_utgiver": "utgiveren fra utgave.toml",
    "utgave_kontakt": "kontakten fra utgave.toml",
    "utgave_lisens_tekst": "lisensen for teksten",
    "utgave_lisens_data": "lisensen for dataene",
    "utgave_sitering": "slik siterer du rapporten (egen blokk)",
    "utgave_merknader": "merknadene om utkast og eksempeldata (egen blokk)",
    "utgave_planperiode": "handlingsprogrammets navn",
    "tilgjengelighet_krav": "kravene tilgjengelighetstestene sjekker",
    "tilgjengelighet_mobil": "skjermbredden mobiltestene bruker",
}


def substitutions(edition: Edition, period: PlanPeriod) -> dict[str, str]:
    """The `{{ utgave_* }}` keys of the texts."""
    notes = notices(edition)
    return {
        "utgave_tittel": edition.title,
        "utgave_dato": published(edition),
        "utgave_utgiver": edition.publisher,
        "utgave_kontakt": _contact(edition),
        "utgave_lisens_tekst": _licence(edition.licence_text),
        "utgave_lisens_data": _licence(edition.licence_data),
        "utgave_sitering": citation(edition),
        # Every web page shows these in its banner (`site_options`); kept for the PDF title page.
        "utgave_merknader": "".join(f":::{{important}}\n{n}\n:::\n" for n in notes),
        "utgave_planperiode": period.title,
        # What the tests check (tests/test_browser.py): axe-core's WCAG rules, a phone's width.
        "tilgjengelighet_krav": "kravene i WCAG 2.1 (nivå A og AA)",
        "tilgjengelighet_mobil": "390 piksler",
    }


def description(edition: Edition, period: PlanPeriod) -> str:
    """The page description for search engines and shared links."""
    text = (
        f"Felles årsrapport for SaLTo-handlingsplanene i Oslo for {edition.year} "
        f"({period.title}): tiltakene i bydelene, Uteseksjonen og Region vest, "
        "per innsatsområde og per enhet."
    )
    return text + (" Utkast." if edition.draft else "")


def footer(edition: Edition) -> str:
    """The footer of every page (raw HTML): who, when, licences, contact, accessibility."""
    e = html.escape
    contact = edition.contact
    href = f"mailto:{contact}" if "@" in contact and not contact.startswith("mailto:") else contact
    parts = [
        f"{e(edition.publisher)}. Publisert: {e(published(edition))}.",
        f"Tekst: {e(edition.licence_text)}. Data: {e(edition.licence_data)}.",
    ]
    if contact:
        parts.append(f'Kontakt: <a href="{e(href)}">{e(contact)}</a>.')
    parts.append(f'<a href="{ACCESSIBILITY_PAGE}.html">Tilgjengelighetserklæring</a>')
    return '<p class="salto-utgave">' + " ".join(parts) + "</p>"


def banner(edition: Edition) -> str:
    """The banner on top of every page when the edition is a draft or shows sample data."""
    return " ".join(html.escape(n) for n in notices(edition))


def site_options(edition: Edition, period: PlanPeriod) -> dict:
    """`_config.yml` values of the web edition: theme options and template context."""
    options = {"extra_footer": footer(edition)}
    if notices(edition):
        options["announcement"] = banner(edition)
    context = {
        "salto_description": description(edition, period),
        "salto_base_url": edition.base_url.rstrip("/") + "/" if edition.base_url else "",
        "salto_publisher": edition.publisher,
        "salto_programme": period.title,  # for the PDF's title page
    }
    return {"theme_options": options, "context": context}
