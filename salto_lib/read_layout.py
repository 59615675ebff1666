"""Where the answers stand in a sheet: labels in column A (`Enhet`, `Vurdering`), or a header
row naming the columns (`Tiltak`). Labels and headers are matched up to forgiven spellings.
"""

from __future__ import annotations

from openpyxl.utils import get_column_letter

from salto_lib import text
from salto_lib.period import Sheet
from salto_lib.problems import ProblemLog
from salto_lib.read_cells import as_year, is_blank, shown

HEADER_SEARCH_ROWS = 10  # how far down a misplaced header row is looked for


def read_labelled(rows, spec: Sheet, log: ProblemLog) -> dict[str, tuple[object, str]]:
    """{field key: (raw answer, cell)} of a two-column sheet with labels in column A."""
    by_label = {text.fold(f.label): f for f in spec.fields}
    header = tuple(text.fold(h) for h in spec.header)
    seen: dict[str, str] = {}
    answers: dict[str, tuple[object, str]] = {}
    for r, row in enumerate(rows, start=1):
        label = row[0] if row else None
        answer = row[1] if len(row) > 1 else None
        if is_blank(label):
            if answer not in (None, ""):
                log.add(
                    "answer_without_label",
                    f"Svar «{shown(answer)}» uten spørsmål/felt i kolonne A ignoreres",
                    spec.name,
                    f"B{r}",
                    value=shown(answer),
                )
            continue
        label_s = shown(label)
        if header and (text.fold(label_s), text.fold(shown(answer or ""))) == header[:2]:
            continue
        fld = by_label.get(text.fold(label_s))
        if fld is None:
            log.add(
                "unknown_label",
                f"Ukjent felt «{text.clean_line(label_s)}» ignoreres",
                spec.name,
                f"A{r}",
                value=label_s,
                suggestion=text.suggest(label_s, [f.label for f in spec.fields]),
            )
            continue
        if fld.key in seen:
            log.add(
                "duplicate_label",
                f"Feltet «{fld.label}» står to ganger (også i {spec.name}!{seen[fld.key]})",
                spec.name,
                f"A{r}",
                value=label_s,
            )
            continue
        seen[fld.key] = f"A{r}"
        log.note_changes(label_s, fld.label, "Feltnavnet", spec.name, f"A{r}")
        answers[fld.key] = (answer, f"B{r}")
    return answers


def read_header(row, spec: Sheet, log: ProblemLog) -> dict[str, int]:
    """{field key: 0-based column} from the header row; problems for missing/extra columns."""
    by_header = {text.fold(f.label): f for f in spec.fields}
    columns: dict[str, int] = {}
    for c, raw in enumerate(row or ()):
        if raw is None or not text.clean_line(shown(raw)):
            continue
        cell = f"{get_column_letter(c + 1)}1"
        value = shown(raw)
        fld = by_header.get(text.fold(value))
        if fld is None:
            log.add(
                "extra_column",
                f"Ukjent kolonne «{text.clean_line(value)}» ignoreres",
                spec.name,
                cell,
                value=value,
                suggestion=text.suggest(
                    value, [f.label for f in spec.fields if f.key not in columns]
                ),
            )
            continue
        if fld.key in columns:
            first = get_column_letter(columns[fld.key] + 1)
            log.add(
                "duplicate_column",
                f"Kolonnen «{fld.label}» står to ganger (også i {spec.name}!{first}1)",
                spec.name,
                cell,
                value=value,
            )
            continue
        log.note_changes(value, fld.label, "Kolonneoverskriften", spec.name, cell)
        columns[fld.key] = c
    for fld in spec.fields:
        if fld.required and fld.key not in columns:
            log.add(
                "missing_column",
                f"Kolonnen «{fld.label}» mangler i overskriftsraden (rad 1)",
                spec.name,
                "1:1",
                value=fld.label,
            )
    return columns


def misplaced_header(head: list[tuple], spec: Sheet) -> int | None:
    """Row number (1-based) of a header row that stands below row 1, or None."""
    required = {text.fold(f.label) for f in spec.fields if f.required}

    def is_header(row):
        return required <= {text.fold(shown(v)) for v in row if v is not None}

    if not head or is_header(head[0]):
        return None
    return next((i + 1 for i, row in enumerate(head) if is_header(row)), None)


def labelled_year(rows, label: str) -> int | None:
    """The year answered next to `label` in column A, without any checks (to pick the plan
    period before the workbook is read against it)."""
    for row in rows:
        if len(row) > 1 and isinstance(row[0], str) and text.fold(row[0]) == text.fold(label):
            return as_year(row[1])
    return None
