"""Control reports: one page per unit listing its problems and normalisations, cell by cell.

`python -m salto_lib validate DIR --report OUT` writes `OUT/index.html` and, per workbook, an HTML
page and an XLSX sheet that the analyst can send back to the district. Every text from a workbook
is escaped: the pages show it literally.
"""

from __future__ import annotations

import html
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

from salto_lib.dataset import Dataset
from salto_lib.problems import ERROR, NOTE, WARNING, Problem
from salto_lib.text import slug

LABELS = {ERROR: "Feil", WARNING: "Advarsel", NOTE: "Merknad"}
COLUMNS = ("Alvorlighet", "Hvor (ark!celle)", "Melding", "Verdi i cellen", "Forslag")

CSS = """
body { font-family: system-ui, sans-serif; max-width: 70rem; margin: 2rem auto; padding: 0 1rem;
       color: #1a1a1a; line-height: 1.45; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; }
p.meta { color: #555; margin-top: 0; }
table { border-collapse: collapse; width: 100%; margin: 1rem 0; }
th, td { text-align: left; vertical-align: top; padding: .4rem .6rem;
         border-bottom: 1px solid #ddd; }
th { background: #f0f3f7; }
td.feil { color: #a40000; font-weight: 600; }
td.advarsel { color: #7a4b00; font-weight: 600; }
td.merknad { color: #35506b; }
.ok { color: #1d6b2f; font-weight: 600; }
code { font-size: .95em; }
"""


def _page(title: str, body: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="nb">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html.escape(title)}</title>\n<style>{CSS}</style>\n</head>\n"
        f"<body>\n{body}\n</body>\n</html>\n"
    )


def _row(p: Problem) -> tuple[str, ...]:
    return (
        LABELS[p.severity],
        p.where,
        p.describe(suggestion=False),
        p.value or "",
        p.suggestion or "",
    )


def _counts(problems: list[Problem]) -> str:
    n = {s: sum(p.severity == s for p in problems) for s in LABELS}
    return f"{n[ERROR]} feil, {n[WARNING]} advarsler, {n[NOTE]} merknader"


def unit_page(ds: Dataset, file: str, unit: str | None, problems: list[Problem]) -> str:
    e = html.escape
    title = f"Kontrollrapport {ds.year or ''} – {unit or file}"
    parts = [
        f"<h1>{e(title)}</h1>",
        f'<p class="meta">Fil: <code>{e(file)}</code> · {e(_counts(problems))}</p>',
    ]
    if not any(p.severity == ERROR for p in problems):
        parts.append('<p class="ok">Arbeidsboken har ingen feil.</p>')
    else:
        parts.append(
            "<p>Rett feilene i cellene som er nevnt, lagre arbeidsboken og send den inn på nytt. "
            "Merknader er skrivemåter som er rettet automatisk; de trenger ingen handling.</p>"
        )
    if problems:
        head = "".join(f"<th>{c}</th>" for c in COLUMNS)
        rows = "".join(
            f'<tr><td class="{p.severity}">'
            + "</td><td>".join(e(v) for v in _row(p))
            + "</td></tr>"
            for p in problems
        )
        parts.append(f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>")
    return _page(title, "\n".join(parts))


def unit_sheet(path: Path, title: str, problems: list[Problem]) -> None:
    """The same list as an XLSX sheet; every value written as text, never as a formula."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Kontroll"
    ws.append([title])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(COLUMNS)
    for cell in ws[2]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDE5EE")
    for p in problems:
        ws.append(list(_row(p)))
        for cell in ws[ws.max_row]:
            cell.data_type = "s"  # text from a workbook must never become a formula
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for col, width in zip("ABCDE", (12, 18, 80, 30, 30), strict=True):
        ws.column_dimensions[col].width = width
    ws.freeze_panes = "A3"
    wb.save(path)


def write_control_reports(ds: Dataset, out: Path) -> Path:
    """Write one HTML page and one XLSX sheet per workbook, and an index; returns the index."""
    out.mkdir(parents=True, exist_ok=True)
    e = html.escape
    by_file: dict[str, list[Problem]] = {}
    for p in ds.problems:
        by_file.setdefault(p.file, []).append(p)
    units = {r.file: r.unit for r in ds.reports}
    rows, used = [], set()
    for file in sorted(units, key=str.lower):
        problems = by_file.get(file, [])
        name = slug(units[file] or file) or "fil"
        if name in used:  # two files claim the same unit: both get a page
            name = slug(f"{units[file]}-{Path(file).stem}")
        used.add(name)
        title = f"Kontrollrapport {ds.year or ''} – {units[file] or file}"
        (out / f"{name}.html").write_text(unit_page(ds, file, units[file], problems), "utf-8")
        unit_sheet(out / f"{name}.xlsx", title, problems)
        status = "feil" if any(p.severity == ERROR for p in problems) else "ok"
        rows.append(
            f'<tr><td><a href="{e(name)}.html">{e(units[file] or "(ukjent enhet)")}</a></td>'
            f'<td><code>{e(file)}</code></td><td class="{status}">{e(_counts(problems))}</td>'
            f'<td><a href="{e(name)}.xlsx">XLSX</a></td></tr>'
        )
    folder_level = [p for p in ds.problems if p.file not in units]
    other = ""
    if folder_level:
        items = "".join(f"<li>{e(p.file)}: {e(p.message)}</li>" for p in folder_level)
        other = f"<h2>Hele mappen</h2><ul>{items}</ul>"
    body = (
        f"<h1>Kontrollrapporter {ds.year or ''}</h1>"
        f'<p class="meta">Mappe: <code>{e(str(ds.folder))}</code> · {e(_counts(ds.problems))}</p>'
        "<table><thead><tr><th>Enhet</th><th>Fil</th><th>Resultat</th><th></th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>{other}"
    )
    index = out / "index.html"
    index.write_text(_page(f"Kontrollrapporter {ds.year or ''}", body), "utf-8")
    return index
