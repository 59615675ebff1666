"""The editorial brief: every free-text answer of a year as an XLSX (one sheet per question) and an
HTML page, grouped by question and area, with unit and cell. An internal working paper for the
secretariat: it is written outside any edition and never published.

Everything in it is the units' own text: in the XLSX every string is stored as text (a cell
beginning with «=» stays text), in the HTML every string is escaped.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from pathlib import Path

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from salto_lib.xlsx import save_reproducibly

HEADERS = {
    "area": ("Innsatsområde", 28),
    "unit": ("Enhet", 22),
    "measure": ("Tiltak", 36),
    "status": ("Status", 14),
    "answer": ("Svar", 90),
    "cell": ("Celle", 14),
    "file": ("Arbeidsbok", 30),
}
_BAD_SHEET = re.compile(r"[\[\]:*?/\\]")


def sheet_title(question: str, taken: set[str]) -> str:
    """An Excel sheet name for a question: without []:*?/\\, at most 31 characters, unique.

    >>> sheet_title("Hvordan kommer tiltaket målgruppen til gode?", set())
    'Hvordan kommer tiltaket målgrup'
    """
    base = _BAD_SHEET.sub("", question).strip()[:31] or "Spørsmål"
    title, n = base, 2
    while title in taken:
        title = f"{base[:28]} {n}"
        n += 1
    taken.add(title)
    return title


def _columns(group: pd.DataFrame) -> list[str]:
    # The unit and assessment sheets' answers have no area, measure or status.
    return [c for c in HEADERS if c not in ("area", "measure", "status") or group[c].ne("").any()]


def write_xlsx(answers: pd.DataFrame, path: Path) -> None:
    """One sheet per question: a filter on every column, wrapped text, the header frozen."""
    wb = Workbook()
    wb.remove(wb.active)
    taken: set[str] = set()
    for question, group in answers.groupby("question", sort=False):
        ws = wb.create_sheet(sheet_title(question, taken))
        columns = _columns(group)
        ws.append([HEADERS[c][0] for c in columns])
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for row in group[columns].itertuples(index=False):
            ws.append([str(v) for v in row])
            for cell in ws[ws.max_row]:
                cell.data_type = "s"  # the units' text stays text, even «=…»
                cell.alignment = Alignment(wrap_text=True, vertical="top")
        for i, c in enumerate(columns):
            ws.column_dimensions[ws.cell(1, i + 1).column_letter].width = HEADERS[c][1]
        ws.freeze_panes = "A2"
        ws.auto_filter.ref = ws.dimensions
    path.parent.mkdir(parents=True, exist_ok=True)
    save_reproducibly(wb, path, dt.datetime.now())


def write_html(answers: pd.DataFrame, path: Path, title: str) -> None:
    """The same answers as one page: a section per question, a table per area."""
    e = html.escape
    parts = [
        "<!DOCTYPE html>",
        '<html lang="nb"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(title)}</title>",
        "<style>body{font-family:sans-serif;max-width:75rem;margin:auto;padding:1rem}"
        "table{border-collapse:collapse;width:100%}td,th{border:1px solid #999;padding:.3rem;"
        "vertical-align:top;text-align:left}</style></head><body>",
        f"<h1>{e(title)}</h1>",
        "<p>Internt arbeidsdokument for sekretariatet, ikke en del av den publiserte utgaven.</p>",
        "<nav><ul>",
    ]
    groups = list(answers.groupby("question", sort=False))
    for i, (question, group) in enumerate(groups):
        parts.append(f'<li><a href="#q{i}">{e(question)}</a> ({len(group)} svar)</li>')
    parts.append("</ul></nav>")
    for i, (question, group) in enumerate(groups):
        parts.append(f'<section><h2 id="q{i}">{e(question)}</h2>')
        columns = [c for c in _columns(group) if c not in ("area", "file")]
        for area, rows in group.groupby("area", sort=False):
            if area:
                parts.append(f"<h3>{e(area)}</h3>")
            parts.append(
                "<table><thead><tr>"
                + "".join(f"<th>{e(HEADERS[c][0])}</th>" for c in columns)
                + "</tr></thead><tbody>"
            )
            for row in rows[columns].itertuples(index=False):
                cells = "".join(f"<td>{e(str(v)).replace(chr(10), '<br>')}</td>" for v in row)
                parts.append(f"<tr>{cells}</tr>")
            parts.append("</tbody></table>")
        parts.append("</section>")
    parts.append("</body></html>\n")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(parts), encoding="utf-8")
