"""The published site in a real browser: navigation, search, images, accessibility, screenshots.

Debian's chromium (`/usr/bin/chromium`, installed by `make test`) is driven by Playwright; its
own browser download is never used, since it cannot work offline. The published SITE (the
`published_site` fixture: the fixture's 2024 edition and a 2025 draft, put together by
`python -m salto_lib publish`) is served from localhost by a thread in this process.

axe-core (`tests/browser/`, installed from the npm registry by `make test`) is injected into
every page and must report no serious or critical violation. Screenshots of the site's index, the
front pages, an area chapter, the accessibility statement and search results, at desktop and
phone width, are written to the test output folder, which the end of the test run names.
"""

from __future__ import annotations

import functools
import re
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import quote, urlsplit

import pytest
from book_fixture import AREAS, CHAPTERS
from playwright.sync_api import sync_playwright

from salto_lib.period import period_for_year

pytestmark = pytest.mark.slow

CHROMIUM = Path("/usr/bin/chromium")
AXE = Path(__file__).parent / "browser" / "node_modules" / "axe-core" / "axe.min.js"
# No sandbox: CI runs the tests as root in a container. The rest keep chromium from calling
# home (updates, sync, field trials), which the no-other-host check would otherwise see.
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
LOCAL = {"127.0.0.1", "localhost"}
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
PERIOD = period_for_year(2024)


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass  # a line per request would bury pytest's output


@pytest.fixture(scope="module")
def root(published_site):
    """The published SITE (both editions) on an ephemeral localhost port; its URL."""
    handler = functools.partial(_QuietHandler, directory=str(published_site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def site(root):
    """The URL of the fixture's 2024 edition in the published SITE."""
    return root + "2024/"


@pytest.fixture(scope="module")
def edition(published_site):
    """The 2024 edition's folder in SITE."""
    return published_site / "2024"


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.is_file():
        pytest.fail(f"{CHROMIUM} mangler: kjør `make test` (installerer chromium med apt)")
    if not AXE.is_file():
        pytest.fail(f"{AXE} mangler: kjør `make test` (installerer axe-core med npm ci)")
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


class Visit:
    """A browser tab that records what must not happen: console errors, other hosts."""

    def __init__(self, browser, viewport=DESKTOP):
        self.context = browser.new_context(viewport=viewport, service_workers="block")
        self.errors: list[str] = []
        self.outside: list[str] = []
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("console", self._console)
        self.page.on("pageerror", lambda exc: self.errors.append(f"{self.page.url}: {exc}"))

    def _route(self, route):
        url = route.request.url
        if urlsplit(url).scheme in ("data", "blob") or urlsplit(url).hostname in LOCAL:
            route.continue_()
        else:
            self.outside.append(url)
            route.abort()

    def _console(self, message):
        if message.type == "error":
            self.errors.append(f"{self.page.url}: {message.text}")

    def goto(self, url: str):
        response = self.page.goto(url, wait_until="load")
        assert response is not None and response.ok, url
        return self.page

    def check_clean(self):
        assert self.outside == [], f"forespørsler til andre verter: {self.outside}"
        assert self.errors == [], f"feil i konsollen: {self.errors}"

    def close(self):
        self.context.close()


@pytest.fixture
def visit(browser):
    v = Visit(browser)
    yield v
    v.close()


def images_not_loaded(page) -> list[str]:
    """Every `<img>` that did not load (naturalWidth 0), after giving lazy ones their turn."""
    page.evaluate("document.querySelectorAll('img').forEach(i => { i.loading = 'eager'; })")
    page.wait_for_function("[...document.images].every(i => i.complete)", timeout=10_000)
    return page.evaluate(
        "[...document.images].filter(i => !(i.naturalWidth > 0)).map(i => i.currentSrc || i.src)"
    )


def figure_alts(page) -> list[str]:
    return page.evaluate(
        "[...document.querySelectorAll('article img')].map(i => i.getAttribute('alt') || '')"
    )


def heading_levels(page) -> list[tuple[int, str]]:
    """The article's headings in document order: (level, text)."""
    return page.evaluate(
        """[...document.querySelectorAll('article :is(h1,h2,h3,h4,h5,h6)')]
             .map(h => [Number(h.tagName[1]), h.textContent.trim()])"""
    )


def skipped_levels(levels: list[tuple[int, str]]) -> list[str]:
    """Headings that skip a level (an h4 right after an h2), and a first heading that is no h1.

    >>> skipped_levels([(1, "A"), (2, "B"), (4, "C"), (2, "D"), (3, "E")])
    ['C']
    """
    if not levels:
        return ["(ingen overskrifter)"]
    bad = [] if levels[0][0] == 1 else [levels[0][1]]
    for (before, _), (level, text) in zip(levels, levels[1:], strict=False):
        if level > before + 1:
            bad.append(text)
    return bad


def axe_violations(page) -> list[str]:
    """axe-core's serious and critical violations on the page, one line each."""
    page.add_script_tag(path=str(AXE))
    violations = page.evaluate(
        """async () => (await axe.run(document, {resultTypes: ['violations']})).violations
             .filter(v => ['serious', 'critical'].includes(v.impact))
             .map(v => `${v.id} (${v.impact}): ${v.help} — `
                       + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))"""
    )
    return [f"{page.url}: {v}" for v in violations]


def check_page(page) -> list[str]:
    """Everything a reader needs of one page; a list of what is wrong (empty when all is well)."""
    problems = [f"{page.url}: bilde ikke lastet: {src}" for src in images_not_loaded(page)]
    if page.evaluate("document.documentElement.lang") != "nb":
        problems.append(f"{page.url}: lang er ikke nb")
    problems += [
        f"{page.url}: overskrift hopper over et nivå: {h}"
        for h in skipped_levels(heading_levels(page))
    ]
    for alt in figure_alts(page):
        # A chart's alt text says its numbers; decorative images would need alt="" on purpose.
        if not re.search(r"\d", alt):
            problems.append(f"{page.url}: figur uten tall i alt-teksten: «{alt}»")
    return problems + axe_violations(page)


def test_every_chapter_through_the_navigation(site, visit):
    """From the front page, the sidebar lists every chapter, and «Neste» walks through all pages.

    Each page's images load, its figures say their numbers, its headings come in order, and
    axe-core finds nothing serious.
    """
    page = visit.goto(site + "index.html")
    sidebar = page.locator("nav.bd-docs-nav").inner_text()
    chapters = CHAPTERS
    for n, title in enumerate(chapters, 1):
        assert f"{n}. {title}" in " ".join(sidebar.split()), title
    problems, titles = [], []
    for _ in range(40):  # more than the fixture's pages; a loop in the links must end
        problems += check_page(page)
        titles.append(page.locator("article h1").first.inner_text())
        following = page.locator("a.right-next")
        if not following.count():
            break
        with page.expect_navigation():
            following.first.click()
    flat = [re.sub(r"^[\d.\s]+|#$", "", t).strip() for t in titles]
    assert [t for t in flat if t in chapters] == chapters, flat
    assert {"Bydel Alna", "Bydel Grorud", "Uteseksjonen"} <= set(flat)
    assert problems == [], "\n".join(problems)
    visit.check_clean()


def test_front_page_shows_the_key_figures_and_leads_to_the_areas(site, visit):
    page = visit.goto(site + "index.html")
    figures = [" ".join(t.split()) for t in page.locator(".salto-tall").all_inner_texts()]
    assert figures == [
        "11 tiltak i handlingsplanene",
        "8 igangsatt (72,7 %)",
        "3 ikke igangsatt ennå (27,3 %)",
    ]
    areas = [" ".join(t.split()) for t in page.locator(".salto-omrade").all_inner_texts()]
    assert areas == [
        f"{a} {t} tiltak: {s} igangsatt, {n} ikke igangsatt"
        for a, (t, s, n) in zip(PERIOD.areas, AREAS, strict=True)
    ]
    alt = page.locator("article img").first.get_attribute("alt")
    assert "Rus blant unge: 3 tiltak, 2 igangsatt og 1 ikke igangsatt." in alt
    # The downloads are there, and the PDF link reaches the PDF.
    pdf = page.get_by_role("link", name="Hele rapporten som PDF")
    response = page.request.get(pdf.evaluate("a => a.href"))
    assert response.ok and response.body().startswith(b"%PDF")
    assert page.get_by_role("link", name="Alle tiltakene (CSV)").count() == 1
    with page.expect_navigation():
        page.locator(".salto-omrade").get_by_role("link", name=PERIOD.areas[1]).click()
    assert page.url.endswith("/rus-blant-unge.html")
    assert PERIOD.areas[1] in page.locator("article h1").first.inner_text()
    visit.check_clean()


def search(page, site: str, query: str) -> tuple[str, list[str]]:
    """Search the site as a reader does; the status line and the pages found."""
    page.goto(site + "search.html?q=" + quote(query), wait_until="load")
    status = page.locator("#search-results p.search-summary")
    status.wait_for(timeout=15_000)
    page.wait_for_function(
        "document.querySelector('#search-results p.search-summary').textContent.trim() !== ''"
    )
    links = page.locator("#search-results ul.search li > a").all()
    return status.inner_text(), [urlsplit(a.get_attribute("href")).path for a in links]


def pages_containing(site_folder: Path, word: str) -> set[str]:
    """The chapters whose visible text has `word` as a whole word (case-insensitive)."""
    found = set()
    for html in site_folder.glob("*.html"):
        body = html.read_text(encoding="utf-8").split('<main id="main-content"', 1)[-1]
        text = re.sub(r"<script.*?</script>|<[^>]+>", " ", body, flags=re.S)
        if re.search(rf"(?<!\w){word}(?!\w)", text, re.I):
            found.add(html.name)
    return found - {"search.html", "404.html"}


def test_search_finds_a_measure(site, visit):
    title = "Foreldremøter om rus"  # a measure of Bydel Alna in the fixture
    _, links = search(visit.page, site, title)
    assert any(h.endswith(("rus-blant-unge.html", "enhet-bydel-alna.html")) for h in links), links
    visit.check_clean()


def test_search_understands_norwegian(site, edition, visit):
    """Norwegian stemming: an inflected form finds the pages with the base form; stop words
    find nothing; every message is in Norwegian."""
    html = edition
    status, links = search(visit.page, site, "foreldrene")
    expected = pages_containing(html, "foreldre")
    assert expected and expected <= {Path(h).name for h in links}, (links, expected)
    assert re.fullmatch(r"Søket er ferdig: \d+ side\(r\) passer med søket\.", status), status
    status, links = search(visit.page, site, "tiltakene")
    assert pages_containing(html, "tiltak") <= {Path(h).name for h in links}, links
    status, links = search(visit.page, site, "og")
    assert links == [] and status.startswith("Søket ga ingen treff"), status
    assert visit.page.locator("#search-results h2").first.inner_text() == "Søkeresultater"
    visit.check_clean()


# The English strings of Sphinx and the themes that a reader could meet; none may be left.
ENGLISH = [
    "Skip to main content",
    "Back to top",
    "Toggle primary sidebar",
    "Toggle secondary sidebar",
    "Link to this heading",
    "Link to this table",
    "Link to this image",
    "Site navigation",
    "Section Navigation",
    "On this page",
    "Search...",
    "Search the docs",
    "Copyright",
    "Index",
    "Color mode",
    "System Settings",
    "Version warning",
    "previous page",
    "next page",
    "Search Results",
    "Search finished",
    "did not match any documents",
    "Searching",
    "Preparing search",
    "Hide Search Matches",
    "Contents",
    "Download",
    "Fullscreen",
    "Print to PDF",
    "Breadcrumb",
    "Announcement",
    "Created using",
    "Last updated",
    "Built with",
    "Powered by",
    "By ",
]
# Single words that are English only as a whole label (a title or an aria-label).
ENGLISH_LABELS = {"Light", "Dark", "Main", "Page", "Home", "Search", "next", "previous", "Menu"}


def english_on(page) -> list[str]:
    """The English strings among the page's visible text, titles, aria-labels and placeholders."""
    found = page.evaluate(
        """() => {
             const labels = [...document.querySelectorAll('[title], [aria-label], [placeholder],'
                                                          + ' [data-bs-title], [alt]')]
               .flatMap(e => ['title', 'aria-label', 'placeholder', 'data-bs-title', 'alt']
                 .map(a => e.getAttribute(a)).filter(Boolean));
             // Hidden text too (the skip link, tooltips): screen readers may read it.
             const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
             const texts = [document.title];
             for (let n = walker.nextNode(); n; n = walker.nextNode()) {
               if (!n.parentElement.closest('script, style')) texts.push(n.textContent);
             }
             return {text: texts.join('\\n'), labels};
           }"""
    )
    bad = [s for s in ENGLISH if s in found["text"] or any(s in v for v in found["labels"])]
    bad += [v for v in found["labels"] if v.strip() in ENGLISH_LABELS]
    return [f"{page.url}: «{s}»" for s in bad]


def test_no_english_anywhere(root, site, published_site, visit):
    """Every page (and the search page with results and without) speaks Norwegian only;
    there is no index page."""
    assert not list(published_site.rglob("genindex.html"))
    problems = []
    for page_file in sorted(published_site.rglob("*.html")):
        problems += english_on(visit.goto(root + page_file.relative_to(published_site).as_posix()))
    for query in ("tiltak", "og", "qqqzzz"):
        search(visit.page, site, query)
        problems += english_on(visit.page)
    assert problems == [], "\n".join(problems)
    visit.check_clean()


def test_site_index_lists_the_editions_and_they_link_each_other(root, visit):
    page = visit.goto(root + "index.html")
    assert page.evaluate("document.documentElement.lang") == "nb"
    links = page.locator("main li > a:first-child").all_inner_texts()
    assert links == ["SaLTo årsrapport 2025 (utkast)", "SaLTo årsrapport 2024"]
    assert axe_violations(page) == []
    with page.expect_navigation():
        page.get_by_role("link", name="SaLTo årsrapport 2024").click()
    assert page.url.endswith("/2024/index.html")
    other = page.locator("nav.salto-utgaver").get_by_role("link", name="SaLTo årsrapport 2025")
    with page.expect_navigation():
        other.click()
    assert page.url.endswith("/2025/index.html")
    banner = page.locator(".bd-header-announcement").inner_text()
    assert "Utkast – ikke publisert" in banner and "eksempeldata" in banner
    assert check_page(page) == []
    page = visit.goto(root + "404.html")
    assert page.locator("h1").inner_text() == "Siden finnes ikke"
    assert axe_violations(page) == []
    visit.check_clean()


def shown_charts(page) -> list[tuple[str, float]]:
    """The article's images a reader sees: (file name, shown width / drawn width)."""
    images_not_loaded(page)
    return page.evaluate(
        """[...document.querySelectorAll('article img')]
             .filter(i => i.offsetParent !== null && i.getBoundingClientRect().width > 0)
             .map(i => [i.currentSrc.split('/').pop(),
                        i.getBoundingClientRect().width / i.naturalWidth])"""
    )


CHART_PAGES = ["2024/index.html", "2024/rus-blant-unge.html", "2024/enhet-bydel-alna.html"]
CHART_PAGES += ["2024/tabeller.html", "2025/endringer.html"]


def test_charts_are_drawn_for_a_phone(root, browser):
    """At 390 px every chart is its phone drawing, shown at (nearly) the size it was drawn, so
    its labels keep their size; on a desktop the page-wide drawing is shown."""
    for viewport in (PHONE, DESKTOP):
        visit = Visit(browser, viewport)
        try:
            for address in CHART_PAGES:
                charts = shown_charts(visit.goto(root + address))
                assert charts, address
                for name, scale in charts:
                    assert name.endswith("-smal.svg") == (viewport is PHONE), (address, name)
                    if viewport is PHONE:
                        assert scale > 0.85, f"{address}: {name} vises i {scale:.0%} størrelse"
            visit.check_clean()
        finally:
            visit.close()


# (name, address in SITE, which widths)
SHOTS = [
    ("nettsted", "index.html", ("desktop", "phone")),
    ("forside-2024", "2024/index.html", ("desktop", "phone")),
    ("forside-2025", "2025/index.html", ("phone",)),
    ("omrade", "2024/rus-blant-unge.html", ("desktop", "phone")),
    ("tilgjengelighet", "2024/tilgjengelighet.html", ("desktop", "phone")),
    ("sok", "2024/search.html?q=foreldrene", ("desktop", "phone")),
]


@pytest.mark.parametrize("width", ["desktop", "phone"])
def test_screenshots_and_no_sideways_scrolling(root, browser, test_output, width):
    """Screenshots for a person to look at; every page must also fit the phone's width."""
    viewport = DESKTOP if width == "desktop" else PHONE
    visit = Visit(browser, viewport)
    try:
        for name, address, widths in SHOTS:
            page = visit.goto(root + address)
            if "search.html" in address:
                page.locator("#search-results ul.search li").first.wait_for(timeout=15_000)
            images_not_loaded(page)  # loads the lazy ones before the picture is taken
            overflow = page.evaluate(
                "document.documentElement.scrollWidth - document.documentElement.clientWidth"
            )
            assert overflow <= 0, f"{name} er {overflow} px bredere enn skjermen ({width})"
            if width in widths:
                page.screenshot(path=str(test_output / f"{name}-{width}.png"), full_page=True)
        visit.check_clean()
    finally:
        visit.close()
    assert (test_output / f"nettsted-{width}.png").stat().st_size > 10_000
