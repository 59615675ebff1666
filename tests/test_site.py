"""The published SITE (`python -m salto_lib publish`): every link and anchor resolves, nothing
is loaded from another host, no local path or executed notebook is published, the editions
link each other at addresses that mean the same thing every year, and each has its archive."""

from __future__ import annotations

import re
import zipfile
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

pytestmark = pytest.mark.slow

# Attributes that make the browser load something (not just offer a link to follow).
LOADS = {("script", "src"), ("img", "src"), ("source", "srcset"), ("img", "srcset")}
LOADS |= {("link", "href"), ("iframe", "src"), ("video", "src"), ("audio", "src")}


class Links(HTMLParser):
    """Every URL a page names (with whether the browser loads it), and every id it has."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.urls: list[tuple[str, bool]] = []  # (url, loaded by the browser)
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for name in ("id", "name"):
            if attrs.get(name):
                self.ids.add(attrs[name])
        for attr in ("href", "src", "srcset"):
            value = attrs.get(attr)
            if not value:
                continue
            urls = (
                [p.split()[0] for p in value.split(",") if p.strip()]
                if attr == "srcset"
                else [value]
            )
            rel = attrs.get("rel") or ""
            loaded = (tag, attr) in LOADS and not (tag == "link" and rel in ("canonical",))
            self.urls += [(url, loaded) for url in urls]


def parse(path: Path) -> Links:
    links = Links()
    links.feed(path.read_text(encoding="utf-8"))
    return links


def test_every_link_and_anchor_resolves_and_nothing_comes_from_elsewhere(published_site):
    pages = sorted(published_site.rglob("*.html"))
    parsed = {p: parse(p) for p in pages}
    broken, outside, checked = [], [], 0
    for page, links in parsed.items():
        if page.name == "404.html":
            continue  # shown at any address; its one link goes to the site's root
        for url, loaded in links.urls:
            parts = urlsplit(url)
            if parts.scheme in ("http", "https", "mailto") or url.startswith("//"):
                if loaded:
                    outside.append(f"{page}: {url}")
                continue
            if parts.scheme in ("data", "javascript") or (not parts.path and not parts.fragment):
                continue
            target = (page.parent / unquote(parts.path)).resolve() if parts.path else page
            if target.is_dir():
                target = target / "index.html"
            checked += 1
            if not target.is_file() or not target.is_relative_to(published_site):
                broken.append(f"{page.relative_to(published_site)}: {url}")
            elif parts.fragment and target.suffix == ".html":
                ids = parsed[target].ids if target in parsed else parse(target).ids
                if unquote(parts.fragment) not in ids:
                    broken.append(f"{page.relative_to(published_site)}: {url} (ankeret mangler)")
    assert checked > 1000  # both editions' pages, navigation and assets
    assert broken == [], "\n".join(broken[:30])
    assert outside == [], "\n".join(outside[:30])
    for css in published_site.rglob("*.css"):
        assert not re.search(r"url\(\s*['\"]?(https?:)?//", css.read_text(encoding="utf-8"))


def test_no_local_path_no_notebook_no_unused_assets(published_site, built):
    files = [p for p in published_site.rglob("*") if p.is_file()]
    names = {p.relative_to(published_site).as_posix() for p in files}
    assert not [n for n in names if "_sources" in n or n.endswith(".ipynb") or "_downloads" in n]
    assert not [n for n in names if "mathjax" in n.lower() or n.endswith(".map")]
    assert not [n for n in names if n.endswith(("genindex.html", ".buildinfo"))]
    local = [str(built[0].parent.parent), str(Path.home()), "/tmp/"]
    for path in files:
        if path.suffix in (".html", ".js", ".css", ".csv", ".txt", ".json"):
            text = path.read_text(encoding="utf-8", errors="replace")
            hits = [m for m in local if m in text]
            assert not hits, f"{path}: {hits}"


def test_stable_addresses_and_editions_linking_each_other(published_site):
    for year in (2024, 2025):
        edition = published_site / str(year)
        for name in ("index", "rus-blant-unge", "enhet-bydel-alna", "tilgjengelighet"):
            assert (edition / f"{name}.html").is_file(), (year, name)
        assert (edition / "data" / f"tiltak-{year}.csv").is_file()
        front = (edition / "index.html").read_text(encoding="utf-8")
        assert f'href="data/tiltak-{year}.csv"' in front
        other = 2025 if year == 2024 else 2024
        for page in edition.glob("*.html"):
            text = page.read_text(encoding="utf-8")
            assert "Andre utgaver" in text and f'href="../{other}/index.html"' in text, page
    assert (published_site / "2025" / "endringer.html").is_file()
    index = (published_site / "index.html").read_text(encoding="utf-8")
    assert index.index("2025/index.html") < index.index("2024/index.html")  # newest first
    assert "SaLTo årsrapport 2025 (utkast)" in index and 'lang="nb"' in index
    assert "Siden finnes ikke" in (published_site / "404.html").read_text(encoding="utf-8")


def test_an_archive_per_edition_holds_site_data_and_provenance(published_site):
    with zipfile.ZipFile(published_site / "arkiv" / "salto-arsrapport-2024.zip") as zf:
        names = set(zf.namelist())
        assert zf.testzip() is None
        stamps = {info.date_time for info in zf.infolist()}
    root = "salto-arsrapport-2024/"
    assert {
        root + "nettsted/index.html",
        root + "nettsted/salto-arsrapport-2024.pdf",
        root + "nettsted/data/tiltak-2024.csv",
        root + "nedlasting/tiltak-2024.xlsx",
        root + "provenance.json",
        root + "manifest.json",
    } <= names
    assert not [n for n in names if n.endswith(".ipynb")]
    assert stamps == {(1980, 1, 1, 0, 0, 0)}  # no build clock in the record


def test_edition_metadata_on_every_page(published_site):
    """The publication details from utgave.toml: 2024 is published (sample data), 2025 a draft."""
    for page in (published_site / "2024").glob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert "Publisert: 14. mars 2025" in text and "eksempeldata" in text, page
        assert '<meta name="description"' in text and 'property="og:title"' in text, page
        assert "Utkast – ikke publisert" not in text, page
        assert "(utkast)" not in text.split("</title>")[0], page
    for page in (published_site / "2025").glob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert "Utkast – ikke publisert" in text and "(utkast)" in text, page
    statement = (published_site / "2024" / "tilgjengelighet.html").read_text(encoding="utf-8")
    assert "axe-core" in statement and "sist oppdatert: 14. mars 2025" in statement
    front = (published_site / "2024" / "index.html").read_text(encoding="utf-8")
    assert "Slik siterer du rapporten" in front and "NLOD 2.0" in front and "CC BY 4.0" in front
