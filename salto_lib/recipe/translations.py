"""The site's Norwegian interface strings: `_locale/nb/LC_MESSAGES/sphinx.po` compiled for Sphinx.

Sphinx finds its own `nb_NO` catalogue for the page templates (Python's gettext expands `nb` to
`nb_NO`), but not for the search page's script, whose `translations.js` it looks up under the
exact language name; and neither that catalogue nor the themes translate everything the site
shows ("Link to this heading", "Skip to main content", the search's result messages). So our
catalogue is laid over Sphinx's `nb_NO` one and written into the book's source as `sphinx.mo`
(for the templates) and `sphinx.js` (for the script), where `locale_dirs` in `_config.yml` points.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import sphinx
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from salto_lib import paths

CATALOGUE = paths.ROOT / "_locale" / "nb" / "LC_MESSAGES" / "sphinx.po"
SPHINX_NB = Path(sphinx.__file__).parent / "locale" / "nb_NO" / "LC_MESSAGES" / "sphinx.po"


def merged() -> Catalog:
    """Sphinx's `nb_NO` strings with ours on top (ours win; untranslated ones are left out)."""
    with SPHINX_NB.open("rb") as stream:
        base = read_po(stream, locale="nb")
    with CATALOGUE.open("rb") as stream:
        ours = read_po(stream, locale="nb")
    # Dated as Sphinx's own catalogue, not by the clock: the same strings give the same bytes.
    date = base.revision_date
    result = Catalog(locale="nb", fuzzy=False, creation_date=date, revision_date=date)
    for catalog in (base, ours):
        for message in catalog:
            if message.id and message.string and not message.fuzzy:
                result.delete(message.id)
                result.add(message.id, message.string)
    return result


def javascript(catalog: Catalog) -> str:
    """`sphinx.js` in the form Sphinx's own catalogues have (read by `translations.js`)."""
    messages = {m.id: m.string for m in catalog if m.id and isinstance(m.id, str)}
    data = {"locale": "nb", "messages": messages, "plural_expr": "(n != 1)"}
    return f"Documentation.addTranslations({json.dumps(data, ensure_ascii=False, indent=1)});\n"


def compiled() -> dict[str, bytes]:
    """The compiled catalogue's files, by their path under the source folder's `_locale/`.

    No `.po` goes into the source, so Sphinx has nothing to compile there itself."""
    catalog = merged()
    mo = io.BytesIO()
    write_mo(mo, catalog)
    base = "nb/LC_MESSAGES/"
    return {
        base + "sphinx.mo": mo.getvalue(),
        base + "sphinx.js": javascript(catalog).encode("utf-8"),
    }
