"""One static site for every built edition: `SITE/<year>/` per edition, a page listing them, a
404 page, and an archive zip per edition for the municipality's records.

Each edition's pages keep the addresses they have in `OUT/html/` (`/<year>/rus-blant-unge.html`,
`/<year>/enhet-bydel-vestre-aker.html`, `/<year>/data/tiltak-<year>.csv`); the sidebar of every
page gets the list of the other editions where the template left its marker. Everything is
relative, so SITE can be copied to any static web server, under any path.
"""

from __future__ import annotations

import html
import re
import shutil
import zipfile
from dataclasses import dataclass
from pathlib import Path

MARKER = "<!-- salto:andre-utgaver -->"
# Where pages and style sheets name other files.
_ATTRIBUTE = re.compile(r'(?:href|src)="([^"#?]+)[^"]*"')
_SRCSET = re.compile(r'srcset="([^"]+)"')
_CSS_URL = re.compile(r"""(?:url\(\s*['"]?|@import\s+['"])([^'")?#]+)""")
# Folders of assets the theme and Sphinx copy whether or not a page uses them.
ASSET_FOLDERS = ("_static", "_images")
# What the archive of an edition holds besides the site: the data and how it was made. The
# executed notebooks stay out: they hold the build's paths and are remade by `verify`.
ARCHIVED = ("nedlasting", "provenance.json", "manifest.json", "tallies.json")
ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # the earliest a zip can say: the archive has no build clock


@dataclass(frozen=True)
class Built:
    """One built edition: its OUT folder, year and title (as its front page gives it)."""

    out: Path
    year: int
    title: str

    @property
    def draft(self) -> bool:
        return "utkast" in self.title


def read_edition(out: Path) -> Built:
    """The edition in `out` (a build's OUT); ValueError when it is not one."""
    index = out / "html" / "index.html"
    if not index.is_file():
        raise ValueError(f"{out} har ingen nettutgave ({index} mangler); bygg den først")
    text = index.read_text(encoding="utf-8")
    match = re.search(r"<title>(.*?)</title>", text, re.S)
    title = html.unescape(match.group(1)).split(" — ")[-1].strip() if match else out.name
    year = re.search(r"\b(\d{4})\b", title)
    if not year:
        raise ValueError(f"{index}: finner ikke årstallet i tittelen «{title}»")
    return Built(out, int(year.group(1)), title)


def other_editions(editions: list[Built], current: Built) -> str:
    """The sidebar's «Andre utgaver»: every edition, newest first, the current one marked."""
    items = []
    for e in editions:
        name = html.escape(e.title)
        if e is current:
            items.append(f'<li><span aria-current="page">{name}</span></li>')
        else:
            items.append(f'<li><a href="../{e.year}/index.html">{name}</a></li>')
    return (
        '<nav class="salto-utgaver" aria-labelledby="salto-utgaver">'
        '<p class="caption" id="salto-utgaver" role="heading" aria-level="2">Andre utgaver</p>'
        f'<ul>{"".join(items)}</ul><p><a href="../index.html">Alle utgaver</a></p></nav>'
    )


def copy_edition(edition: Built, editions: list[Built], site: Path) -> Path:
    """`OUT/html/` into `SITE/<year>/`, each page linking the other editions, without the
    assets no page uses."""
    target = site / str(edition.year)
    shutil.copytree(edition.out / "html", target)
    nav = other_editions(editions, edition)
    for page in target.glob("*.html"):
        text = page.read_text(encoding="utf-8")
        if MARKER in text:
            page.write_text(text.replace(MARKER, nav), encoding="utf-8")
    drop_unused_assets(target)
    return target


def referenced(file: Path) -> set[Path]:
    """The local files a page or style sheet names (links, scripts, images, fonts)."""
    text = file.read_text(encoding="utf-8", errors="replace")
    if file.suffix == ".css":
        names = _CSS_URL.findall(text)
    else:
        names = _ATTRIBUTE.findall(text)
        for srcset in _SRCSET.findall(text):
            names += [part.split()[0] for part in srcset.split(",") if part.strip()]
    return {
        (file.parent / name).resolve()
        for name in map(html.unescape, names)
        if name and ":" not in name and not name.startswith(("/", "data:"))
    }


def drop_unused_assets(folder: Path) -> None:
    """Remove what no page loads from `_static/` and `_images/`: source maps, the theme's
    translation catalogues, unused fonts and scripts (no MathJax unless a page uses it)."""
    used: set[Path] = set()
    todo = list(folder.glob("*.html"))
    while todo:
        for path in referenced(todo.pop()):
            if path not in used and path.is_file():
                used.add(path)
                if path.suffix == ".css":
                    todo.append(path)
    for name in ASSET_FOLDERS:
        for path in sorted((folder / name).rglob("*"), reverse=True):
            if path.is_file() and path.resolve() not in used:
                path.unlink()
            elif path.is_dir() and not any(path.iterdir()):
                path.rmdir()


def archive(edition: Built, published: Path, folder: Path) -> Path:
    """A zip of the edition for the records: the site as published (`published`, with the PDF
    and the downloads), and the data and its provenance from the edition's OUT.

    Files are stored in name order with a fixed time stamp, so one edition gives one archive.
    """
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"salto-arsrapport-{edition.year}.zip"
    entries = [
        (f"nettsted/{p.relative_to(published).as_posix()}", p)
        for p in sorted(published.rglob("*"))
        if p.is_file()
    ]
    for name in ARCHIVED:
        item = edition.out / name
        files = sorted(p for p in item.rglob("*") if p.is_file()) if item.is_dir() else [item]
        entries += [(p.relative_to(edition.out).as_posix(), p) for p in files if p.is_file()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, file in entries:
            info = zipfile.ZipInfo(f"salto-arsrapport-{edition.year}/{name}", ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, file.read_bytes())
    return path


STYLE = """body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;
line-height:1.5;color:#1a1a1a}a{color:#0b4f9c}h1{font-size:1.8rem}li{margin:.4rem 0}"""


def _page(title: str, body: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="nb">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html.escape(title)}</title>\n"
        '<meta name="description" content="SaLTo-årsrapportene: felles årsrapport for '
        'SaLTo-handlingsplanene i Oslo, én utgave per år.">\n'
        f"<style>{STYLE}</style>\n</head>\n<body>\n<main>\n{body}\n</main>\n</body>\n</html>\n"
    )


def index_page(editions: list[Built]) -> str:
    """SITE/index.html: the editions, newest first, with the PDF and the archive."""
    items = []
    for e in editions:
        extra = [f'<a href="arkiv/salto-arsrapport-{e.year}.zip">arkiv (zip)</a>']
        pdf = e.out / "html" / f"salto-arsrapport-{e.year}.pdf"
        if pdf.is_file():
            extra.insert(0, f'<a href="{e.year}/{pdf.name}">PDF</a>')
        link = f'<a href="{e.year}/index.html">{html.escape(e.title)}</a>'
        items.append(f"<li>{link} ({', '.join(extra)})</li>")
    body = (
        "<h1>SaLTo årsrapport</h1>\n<p>Felles årsrapport for SaLTo-handlingsplanene i Oslo "
        "(<i>Sammen Lager vi et Trygt Oslo</i>), én utgave per år. Hver utgave er en egen "
        "nettside med PDF, tallene som regneark og et arkiv med alt som ble publisert.</p>\n"
        f"<h2>Utgaver</h2>\n<ul>\n{chr(10).join(items)}\n</ul>"
    )
    return _page("SaLTo årsrapport – alle utgaver", body)


def not_found_page() -> str:
    """SITE/404.html, which static web servers show for an address that does not exist.

    It may be shown at any address, so it needs nothing but itself; its link goes to the
    site's root, where the list of editions is.
    """
    body = (
        "<h1>Siden finnes ikke</h1>\n<p>Adressen du fulgte, finnes ikke på dette nettstedet. "
        "Den kan være skrevet feil, eller siden kan ha fått et nytt navn.</p>\n"
        '<p><a href="/">Til oversikten over SaLTo-årsrapportene</a></p>'
    )
    return _page("Siden finnes ikke – SaLTo årsrapport", body)


def publish_site(outs: list[Path], site: Path) -> list[Built]:
    """Write SITE from the built editions in `outs` (replacing SITE); newest edition first."""
    editions = sorted((read_edition(out) for out in outs), key=lambda e: -e.year)
    years = [e.year for e in editions]
    if len(set(years)) != len(years):
        raise ValueError(f"flere utgaver for samme år: {years}")
    if site.exists():
        shutil.rmtree(site)
    site.mkdir(parents=True)
    for edition in editions:
        archive(edition, copy_edition(edition, editions, site), site / "arkiv")
    (site / "index.html").write_text(index_page(editions), encoding="utf-8")
    (site / "404.html").write_text(not_found_page(), encoding="utf-8")
    return editions
