"""The PDF edition: the web edition's single-page HTML printed by a browser, then finished as
PDF/UA-1 with pikepdf.

One rendering for screen and print: the alt texts, table headers, language and numbers of the
PDF are those of the site. The browser is the one on the machine, driven by Playwright (whose
own browser download is never used): Debian's chromium, or Edge/Chrome on Windows and macOS.

1. open Jupyter Book's `singlehtml` page, keep only the article (no theme chrome), add the title
   page and the contents (`print_css`), point links that leave the book at the web edition;
2. find on which page each chapter begins: from the last build's print (`page_record`), else
   from a quick print without tags;
3. fill in the contents and print with the fixed print style sheet `_print/print.css` and the
   edition's running heads, tagged (structure tree from the HTML) and with bookmarks; when the
   bookmarks put a chapter on another page than the contents say, fill in those and print again;
4. finish the tags and the document's information with pikepdf (`pdf_tags.finish`).
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pikepdf
import yaml

from salto_lib import print_css
from salto_lib.pdf_tags import finish, named_pages, outline

PRINT_CSS = "_print/print.css"  # in the book's source (`recipe.assemble`), not in `_static`
CHROMIUM = ("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")
# No GPU in a container; nothing calls home (updates, sync, field trials) while printing. The
# page loads nothing from the net either: the theme asks a CDN for MathJax, which the book does
# not use; fetched, it would only hold up the page's load, and the PDF would depend on the net.
ARGS = [
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--host-resolver-rules=MAP * ~NOTFOUND",
]


# Tagged prints at most: the contents' page numbers, once filled in, move nothing (`print_css`).
TAGGED_PRINTS = 3


class PdfError(Exception):
    """The PDF could not be made; the message says why, in Norwegian."""


def launch(playwright):
    """The installed browser: `SALTO_BROWSER` (a path), Debian's chromium, else Edge or Chrome.

    Playwright's `channel` finds Edge and Chrome where their installers put them, so a Windows
    laptop needs nothing besides the Python packages.
    """
    from playwright.sync_api import Error

    args = list(ARGS)
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        args.append("--no-sandbox")  # chromium refuses to run as root with its sandbox
    wanted = os.environ.get("SALTO_BROWSER")
    if wanted and not Path(wanted).is_file():
        raise PdfError(f"Nettleseren i miljøvariabelen SALTO_BROWSER finnes ikke: {wanted}")
    for path in [wanted] if wanted else CHROMIUM:
        if Path(path).is_file():
            return playwright.chromium.launch(executable_path=path, args=args)
    for channel in ("msedge", "chrome"):
        try:
            return playwright.chromium.launch(channel=channel, args=args)
        except Error:
            continue
    raise PdfError(
        "Fant ingen nettleser å skrive ut PDF-en med. Installer Chromium (Debian: "
        "apt-get install chromium), Microsoft Edge eller Google Chrome, eller oppgi stien til "
        "nettleseren i miljøvariabelen SALTO_BROWSER. Bare nettutgaven: build --no-pdf."
    )


# Runs in the page before its own scripts. The page is printed, never seen: with nothing to show
# on the screen the browser lays the book out only for print, not for the screen as well while it
# loads, after each change and after each print. (So no web font is loaded for the screen
# either: one that only the print uses must be loaded before printing. The book has none.)
NO_SCREEN = """
const sheet = new CSSStyleSheet();
sheet.replaceSync("@media screen { html { display: none !important; } }");
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
"""

# Runs in the page: keep the article, drop the theme's chrome, and report the chapters.
PREPARE = r"""
([base]) => {
  const article = document.querySelector("article.bd-article");
  const main = document.createElement("main");
  main.className = "salto-trykk";
  while (article.firstChild) main.appendChild(article.firstChild);
  document.body.replaceChildren(main);
  document.body.className = "salto-trykk-side";
  main.querySelectorAll("a.headerlink").forEach((a) => a.remove());
  const rootTitle = main.querySelector("h1");  // the title page has the book's title
  if (rootTitle) rootTitle.remove();
  // A chart links to its own image file in the site; on paper that link leads nowhere.
  main.querySelectorAll("a.image-reference").forEach((a) => a.replaceWith(...a.childNodes));
  main.querySelectorAll("a[href]").forEach((a) => {
    const href = a.getAttribute("href");
    if (href.startsWith("#") || /^(https?|mailto):/.test(href)) return;
    if (href.startsWith("index.html#")) { a.setAttribute("href", href.slice(10)); return; }
    // Downloads and other files of the web edition: its full address, or say where they are.
    const note = document.createElement("span");
    note.className = "salto-adresse";
    if (base) {
      const url = base.replace(/\/+$/, "") + "/" + href;
      a.setAttribute("href", url);
      note.textContent = " (" + url + ")";
      a.after(note);
    } else {
      note.textContent = " (i nettutgaven)";
      a.replaceWith(...a.childNodes, note);
    }
  });
  // The chart is the Figure (with the alt text); its HTML <figure> would be a second Figure,
  // around it and the caption, with no alternative text.
  main.querySelectorAll("figure").forEach((f) => f.setAttribute("role", "group"));
  main.querySelectorAll("img:not([alt])").forEach((img) => img.setAttribute("alt", ""));
  // A group's label (the area) stands in its first row only, the rows under it hold a
  // zero-width space. On paper a group can go on over the next page, so every row shows it.
  main.querySelectorAll("table").forEach((table) => {
    const above = [];
    table.querySelectorAll("tbody tr").forEach((tr) => {
      [...tr.children].forEach((cell, i) => {
        if (cell.textContent === "\u200b" && above[i]) {
          cell.textContent = above[i];
          cell.classList.add("salto-gjentatt");
        } else {
          above[i] = cell.textContent.trim() === "" ? "" : cell.textContent;
        }
      });
    });
  });
  const chapters = [];
  let parent = "";
  main.querySelectorAll('span[id^="document-"]').forEach((span) => {
    let section = span.nextElementSibling;
    while (section && section.tagName !== "SECTION") {
      const next = section.nextElementSibling;
      // A notebook's empty parameter cells: outside the chapter's named page they make a page.
      if (!section.textContent.trim() && !section.querySelector("img")) section.remove();
      section = next;
    }
    if (!section) return;
    section.prepend(span);  // alone between two chapters, the empty anchor makes a blank page
    const heading = section.querySelector("h2, h3");
    if (!heading) return;
    const numberEl = heading.querySelector(".section-number");
    const number = numberEl ? numberEl.textContent.trim().replace(/\.$/, "") : "";
    const title = heading.textContent.replace(numberEl ? numberEl.textContent : "", "").trim();
    const level = heading.tagName === "H2" ? 1 : 2;
    if (level === 1) parent = (number + " " + title).trim();
    section.dataset.saltoPage = "salto-" + span.id.slice("document-".length);
    chapters.push({anchor: span.id, level, number, title, parent: level === 1 ? "" : parent});
  });
  return chapters;
}
"""

# Runs in the page: the title page and the contents before the chapters, the style sheets.
INSERT = r"""
([front, css]) => {
  const main = document.querySelector("main.salto-trykk");
  document.querySelectorAll(".salto-forside").forEach((e) => e.remove());
  const holder = document.createElement("div");
  holder.className = "salto-forside";
  holder.innerHTML = front;
  main.prepend(holder);
  let style = document.getElementById("salto-trykk-stil");
  if (!style) {
    style = document.createElement("style");
    style.id = "salto-trykk-stil";
    document.head.appendChild(style);
  }
  style.textContent = css;
}
"""


HEADINGS = """[...document.querySelectorAll("main h1, main h2, main h3, main h4, main h5, main h6")]
  .map((h) => h.textContent)"""


# Each link's text by its target: an element's id (without "#") or the full address.
LINKS = """Object.fromEntries([...document.querySelectorAll("main a[href]")].reverse().map((a) => {
  const href = a.getAttribute("href");
  const text = [...a.childNodes].map((n) => n.textContent).join(" ").replace(/\\s+/g, " ").trim();
  return [href.startsWith("#") ? decodeURIComponent(href.slice(1)) : a.href, text];
}))"""


def edition(src: Path) -> tuple[print_css.TitlePage, str]:
    """The title page's facts and the web edition's address, from the book's configuration."""
    config = yaml.safe_load((src / "_config.yml").read_text(encoding="utf-8"))
    subs = config["parse"]["myst_substitutions"]
    base = ((config.get("html") or {}).get("baseurl") or "").strip()
    info = print_css.TitlePage(
        title=config["title"],
        programme=subs.get("program", ""),
        publisher=config.get("author", ""),
        date=config["sphinx"]["config"]["today"],
        web=base,
    )
    return info, base


def print_book(html: Path, src: Path, target: Path, *, page_record: Path | None = None) -> int:
    """Print the single-page HTML in `html` (Jupyter Book's `singlehtml`) to `target`.

    The contents need the page on which each chapter begins, known only from a print. They are
    taken from `page_record` when it has them for these chapters (the last print's, a JSON file in
    the build's work folder), else from a print without tags (`anchor_pages`), quicker than the
    tagged one. The tagged print is the final one when its bookmarks put every chapter on the
    page its contents say (`chapter_pages`); else it is printed again with those pages. So a
    rebuild whose chapters begin on the same pages prints once, and every PDF is the same as two
    tagged prints (the first without page numbers) give. `page_record` is written with the pages
    the PDF ended with. Returns how many times the browser printed.
    """
    from playwright.sync_api import Error, sync_playwright

    info, base = edition(src)
    style = (src / PRINT_CSS).read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp, ThreadPoolExecutor(max_workers=1) as pool:
        try:
            with sync_playwright() as playwright:
                browser = launch(playwright)
                creator = f"salto_lib (Chromium {browser.version})"  # Edge and Chrome are too
                try:
                    page = browser.new_page()
                    page.add_init_script(NO_SCREEN)
                    page.goto((html / "index.html").as_uri(), wait_until="load")
                    chapters = [print_css.Chapter(**c) for c in page.evaluate(PREPARE, [base])]
                    if not chapters:
                        raise PdfError(f"Fant ingen kapitler i {html / 'index.html'}")
                    css = style + print_css.running_heads(chapters, info.title)
                    page.evaluate("t => { document.title = t; }", info.title)
                    cover = print_css.title_page(info)
                    recorded = guess = read_page_record(page_record, chapters)
                    prints = 0
                    if guess is None:
                        page.evaluate(INSERT, [cover + print_css.contents(chapters), css])
                        printed = Path(tmp) / "uten-tagger.pdf"
                        _print(page, printed, tagged=False)
                        prints += 1
                        guess = anchor_pages(printed, chapters)
                    for attempt in range(1, TAGGED_PRINTS + 1):
                        page.evaluate(INSERT, [cover + print_css.contents(chapters, guess), css])
                        printed = Path(tmp) / f"utskrift-{attempt}.pdf"
                        _print(page, printed)
                        prints += 1
                        headings = page.evaluate(HEADINGS)
                        pages = chapter_pages(printed, chapters, headings)
                        if pages == guess:
                            break
                        guess = pages
                    else:
                        raise PdfError(
                            "Sidetallene i innholdsfortegnelsen stemte ikke med kapitlene etter "
                            f"{TAGGED_PRINTS} utskrifter: kapitlene flytter seg når sidetallene "
                            "fylles inn. Se på innholdsfortegnelsens stil i _print/print.css."
                        )
                    links = page.evaluate(LINKS)
                    # pikepdf finishes the PDF while the browser and Playwright's driver stop.
                    finishing = pool.submit(finish, printed, target, info, headings, links, creator)
                finally:
                    browser.close()
        except Error as exc:
            raise PdfError(f"Nettleseren kunne ikke skrive ut PDF-en: {exc}") from exc
        finishing.result()
    if page_record is not None and pages != recorded:
        write_page_record(page_record, pages)
    return prints


def anchor_pages(path: Path, chapters: list[print_css.Chapter]) -> dict[str, int] | None:
    """The page (counting from 1) of each chapter's anchor, from the named destinations that
    the contents' links give a print, tagged or not (only a tagged one has bookmarks); None when
    a chapter has none."""
    with pikepdf.open(path) as pdf:
        named = named_pages(pdf)
    if any(c.anchor not in named for c in chapters):
        return None
    return {c.anchor: named[c.anchor] + 1 for c in chapters}


def read_page_record(path: Path | None, chapters: list[print_css.Chapter]) -> dict[str, int] | None:
    """The chapters' pages in `path` (`write_page_record`), when it holds a page for each of
    `chapters`, in their order; None when there is no such file or it is of other chapters."""
    if path is None:
        return None
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):  # missing, unreadable, not UTF-8 or not JSON
        return None
    pages = record.get("pages") if isinstance(record, dict) else None
    if not isinstance(pages, dict) or list(pages) != [c.anchor for c in chapters]:
        return None
    if not all(type(n) is int and n > 0 for n in pages.values()):
        return None
    return pages


def write_page_record(path: Path, pages: dict[str, int]) -> None:
    """Keep the chapters' pages for the next print (`read_page_record`), whole or not at all.

    The record only saves the next build a print: a folder that cannot be written to is no error.
    """
    text = json.dumps({"pages": pages}, ensure_ascii=False, indent=1) + "\n"
    part = path.with_name(path.name + ".part")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        part.write_text(text, encoding="utf-8")
        os.replace(part, path)
    except OSError:
        with contextlib.suppress(OSError):
            part.unlink(missing_ok=True)


def _print(page, path: Path, tagged: bool = True) -> None:
    """Print the page as it is to `path`; `tagged`: with the structure tree and the bookmarks
    made from its headings, which Chromium makes only with the tags."""
    page.pdf(
        path=str(path),
        format="A4",
        prefer_css_page_size=True,
        print_background=True,
        tagged=tagged,
        outline=tagged,
    )


def chapter_pages(
    path: Path, chapters: list[print_css.Chapter], headings: list[str]
) -> dict[str, int]:
    """The page (counting from 1, the title page) on which each chapter's heading is."""
    with pikepdf.open(path) as pdf:
        marks = outline(pdf, headings)
    pages, start = {}, 0
    for c in chapters:
        wanted = " ".join(f"{c.number}. {c.title}".split()) if c.number else c.title
        for i in range(start, len(marks)):
            if marks[i][0] in (wanted, " ".join(c.title.split())):
                pages[c.anchor] = marks[i][1] + 1
                start = i + 1
                break
    missing = [c.heading for c in chapters if c.anchor not in pages]
    if missing:
        raise PdfError("Fant ikke disse kapitlene i PDF-ens bokmerker: " + "; ".join(missing))
    return pages


def main(argv: list[str]) -> int:
    """`python -m salto_lib.pdf SINGLEHTML SRC TARGET [RECORD]`: print again without a whole
    build (RECORD: the JSON file of the chapters' pages, `print_book`'s `page_record`)."""
    try:
        record = Path(argv[3]) if len(argv) > 3 else None
        print_book(Path(argv[0]), Path(argv[1]), Path(argv[2]), page_record=record)
    except PdfError as exc:
        print(f"FEIL: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
