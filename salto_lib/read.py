"""Read one unit's workbook (SPEC §2) into a `UnitReport`, collecting every problem on the way.

Sheets are found by name, `Tiltak` columns by header text, `Enhet`/`Vurdering` answers by the
label in column A. Forgiven spellings are normalised and recorded as notes; everything else that
does not fit becomes an error naming the sheet and the cell. Reading never stops at the first
problem, so one run lists all of them.
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from salto_lib import privacy, sniff, text
from salto_lib.period import Field, PlanPeriod, Sheet
from salto_lib.problems import ERROR, NOTE, WARNING, Problem

# Values people type in a Ja/Nei field that are not Ja/Nei, and what they most likely meant.
_YES_LIKE = {"x", "true", "sant", "1", "yes", "y", "j", "✓"}
_NO_LIKE = {"false", "usant", "0", "no", "n", "-"}


@dataclass(frozen=True)
class Measure:
    """One measure (tiltak) as a unit reported it; `row` is its row in sheet `Tiltak`."""

    unit: str
    area: str
    title: str
    status: str
    reason: str
    explanation: str
    achieves: str
    benefits: str
    example: bool
    file: str
    row: int


@dataclass
class UnitReport:
    """Everything one workbook says: the `Enhet` answers, the measures, the `Vurdering` answers."""

    file: str
    unit: str | None = None
    year: int | None = None
    answers: dict[str, object] = field(default_factory=dict)
    measures: list[Measure] = field(default_factory=list)
    assessment: dict[str, str] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)


_EMPTY = object()  # a cell with nothing in it
_INVALID = object()  # a cell whose value was rejected (the problem is already recorded)
_FORMULA = object()  # a formula cell with no saved value

EXCEL_MAX_ROWS = 1_048_576
LONG_TEXT = 3000  # characters; about a page, far more than any answer in the report needs
HEADER_SEARCH_ROWS = 10  # how far down a misplaced header row is looked for
EXCEL_ERRORS = frozenset(
    "#NULL! #DIV/0! #VALUE! #REF! #NAME? #NUM! #N/A #GETTING_DATA #SPILL! #CALC! #FIELD!".split()
)


class _Reader:
    def __init__(self, path: Path, period: PlanPeriod, name: str):
        self.path = path
        self.period = period
        self.report = UnitReport(file=name)

    # -- recording ---------------------------------------------------------------------------

    def problem(self, severity: str, code: str, message: str, sheet=None, cell=None, **kw):
        self.report.problems.append(
            Problem(severity, code, self.report.file, message, sheet, cell, **kw)
        )

    def note_changes(self, raw: str, result: str, what: str, sheet: str, cell: str):
        if raw != result:
            done = ", ".join(text.changes(raw, result))
            self.problem(
                NOTE,
                "normalised",
                f"{what} «{raw.strip()}» lest som «{result}» ({done})",
                sheet,
                cell,
                value=raw,
            )

    # -- the workbook ------------------------------------------------------------------------

    def read(self) -> UnitReport:
        why = sniff.check_container(self.path)
        if why:
            self.problem(ERROR, "not_xlsx", why)
            return self.report
        try:
            wb = load_workbook(self.path, read_only=True, data_only=True)
        except Exception as exc:  # openpyxl raises many kinds on damaged files
            self.problem(
                ERROR,
                "not_xlsx",
                "Filen kan ikke åpnes som Excel-arbeidsbok. Åpne den i Excel eller LibreOffice "
                f"og lagre som Excel-arbeidsbok (.xlsx). (Teknisk: {type(exc).__name__})",
            )
            return self.report
        try:
            sheets = self.find_sheets(wb.sheetnames)
            readers = {
                "unit": (self.read_unit_sheet, self.period.unit_sheet),
                "measure": (self.read_measure_sheet, self.period.measure_sheet),
                "assessment": (self.read_assessment_sheet, self.period.assessment_sheet),
            }
            for key, (read_sheet, spec) in readers.items():
                if key in sheets and (rows := self.rows(wb[sheets[key]], spec)) is not None:
                    read_sheet(rows, spec)
        finally:
            wb.close()
        return self.report

    def rows(self, ws, spec: Sheet):
        """The sheet's rows as value tuples, after checks the streaming reader cannot make;
        None when the sheet cannot be read at all.

        Formula cells with no saved value come back as `_FORMULA` so that `convert` can name them.
        """
        name = ws.title
        facts = sniff.sheet_facts(self.path, ws._worksheet_path)
        if facts.last_row > EXCEL_MAX_ROWS:
            self.problem(
                ERROR,
                "too_many_rows",
                f"Arket har rad {facts.last_row}, men Excel tillater høyst {EXCEL_MAX_ROWS} "
                "rader. Filen er laget av et annet program og kan ikke leses",
                name,
            )
            return None
        if ws.sheet_state != "visible":
            self.problem(
                WARNING, "hidden_sheet", "Arket er skjult i filen; det ble lest likevel", name
            )
        if facts.hidden_rows:
            shown = ", ".join(map(str, facts.hidden_rows[:10]))
            more = f" og {len(facts.hidden_rows) - 10} til" if len(facts.hidden_rows) > 10 else ""
            self.problem(
                WARNING,
                "hidden_rows",
                f"Skjulte rader ({shown}{more}) ble lest med som vanlige rader",
                name,
                f"{facts.hidden_rows[0]}:{facts.hidden_rows[0]}",
            )
        strict = spec is self.period.measure_sheet
        for ref in facts.merged:
            self.problem(
                ERROR if strict else WARNING,
                "merged_cells",
                f"Cellene {ref} er slått sammen. Opphev sammenslåingen og skriv verdien i hver "
                "celle" + ("" if strict else "; bare den første cellen ble lest"),
                name,
                ref,
            )
        # read_only mode trusts the file's <dimension> element, which some programs write
        # wrongly; resetting it makes openpyxl read every row that is really there.
        ws.reset_dimensions()
        rows = ws.iter_rows(values_only=True)
        if not facts.has_formulas:
            return rows
        return self.mark_formulas(rows, self.formula_cells(name), name)

    def formula_cells(self, sheet: str) -> set[tuple[int, int]]:
        """(row, column) of every formula cell; needs a second pass, so only run when present."""
        wb = load_workbook(self.path, read_only=True, data_only=False)
        try:
            ws = wb[sheet]
            ws.reset_dimensions()
            return {
                (c.row, c.column)
                for row in ws.iter_rows()
                for c in row
                if getattr(c, "data_type", None) == "f"
            }
        finally:
            wb.close()

    def mark_formulas(self, rows, formulas: set[tuple[int, int]], sheet: str):
        for r, row in enumerate(rows, start=1):
            marked = list(row)
            for c, value in enumerate(row, start=1):
                if (r, c) not in formulas:
                    continue
                cell = f"{get_column_letter(c)}{r}"
                if value is None:
                    marked[c - 1] = _FORMULA
                else:
                    self.problem(
                        NOTE,
                        "formula",
                        f"Cellen har en formel; den lagrede verdien «{_shown(value)}» er brukt",
                        sheet,
                        cell,
                    )
            yield tuple(marked)

    def find_sheets(self, names: list[str]) -> dict[str, str]:
        wanted = {
            "unit": self.period.unit_sheet.name,
            "measure": self.period.measure_sheet.name,
            "assessment": self.period.assessment_sheet.name,
        }
        found = {}
        for key, sheet in wanted.items():
            match = text.canonical(sheet, names) if sheet not in names else sheet
            if match is None:
                hint = text.suggest(sheet, names)
                listed = ", ".join(f"«{n}»" for n in names)
                message = f"Arket «{sheet}» mangler (arkene i filen: {listed})"
                if hint:
                    message += f". Er det arket «{hint}»? Gi det i så fall navnet «{sheet}»"
                self.problem(ERROR, "missing_sheet", message, sheet, value=hint)
                continue
            if match != sheet:
                self.note_changes(match, sheet, "Arknavnet", match, "")
            found[key] = match
        return found

    # -- one value ---------------------------------------------------------------------------

    def convert(self, fld: Field, raw, sheet: str, cell: str, what: str):
        """The cell's value as the field's kind wants it, `_EMPTY`, or `_INVALID` (recorded)."""
        if raw is _FORMULA:
            self.problem(
                ERROR,
                "formula_without_value",
                f"{what}: cellen har en formel uten lagret verdi (filen er laget av et program "
                "og aldri åpnet i Excel). Åpne filen i Excel eller LibreOffice og lagre den, "
                "eller skriv inn verdien",
                sheet,
                cell,
            )
            return _INVALID
        if raw is None or (isinstance(raw, str) and not text.clean_line(raw)):
            return _EMPTY
        if isinstance(raw, str) and raw.strip() in EXCEL_ERRORS:
            self.problem(
                ERROR,
                "error_value",
                f"{what}: cellen inneholder feilverdien «{raw.strip()}» fra en formel. "
                "Rett formelen eller skriv inn verdien",
                sheet,
                cell,
                value=raw.strip(),
            )
            return _INVALID
        kind = fld.kind
        if kind == "text":
            return self.convert_text(raw, sheet, cell, what)
        if kind == "year":
            return self.convert_year(raw, sheet, cell, what)
        allowed = self.period.allowed(fld)
        if not isinstance(raw, str):
            shown = _shown(raw)
            hint = _yesno_hint(shown, self.period) if kind == "yesno" else None
            self.problem(
                ERROR,
                "wrong_type",
                f"{what}: «{shown}» er ikke en av de tillatte verdiene",
                sheet,
                cell,
                value=shown,
                allowed=allowed,
                suggestion=hint,
            )
            return _INVALID
        value = text.canonical(raw, allowed)
        if value is None:
            hint = _yesno_hint(raw, self.period) if kind == "yesno" else None
            self.problem(
                ERROR,
                "unknown_value",
                f"{what}: «{text.clean_line(raw)}» er ikke en tillatt verdi",
                sheet,
                cell,
                value=raw,
                allowed=allowed,
                suggestion=hint or text.suggest(raw, allowed),
            )
            return _INVALID
        self.note_changes(raw, value, what, sheet, cell)
        return value

    def convert_text(self, raw, sheet, cell, what):
        if isinstance(raw, (dt.datetime, dt.date, dt.time, bool)):
            self.problem(
                ERROR,
                "wrong_type",
                f"{what}: cellen inneholder {_kind_of(raw)} («{_shown(raw)}»), ikke tekst. "
                "Skriv verdien som tekst",
                sheet,
                cell,
                value=_shown(raw),
            )
            return _INVALID
        if not isinstance(raw, str):
            return _shown(raw)
        value = text.clean_text(raw)
        self.note_changes(raw, value, what, sheet, cell)
        for kind, found in privacy.find_personal_data(value):
            self.problem(
                ERROR,
                "personal_data",
                f"{what}: teksten ser ut til å inneholde et {kind} («{found}»). "
                "Personopplysninger skal ikke publiseres: fjern det, eller godkjenn cellen i "
                f"{privacy.ALLOWLIST} hvis det trygt kan publiseres",
                sheet,
                cell,
                value=found,
            )
        if len(value) > LONG_TEXT:
            self.problem(
                WARNING,
                "long_text",
                f"{what}: teksten er svært lang ({len(value)} tegn). Den tas med i sin helhet; "
                "vurder å korte den ned",
                sheet,
                cell,
            )
        return value

    def convert_year(self, raw, sheet, cell, what):
        year = None
        if isinstance(raw, int) and not isinstance(raw, bool):
            year = raw
        elif isinstance(raw, float) and raw.is_integer():
            year = int(raw)
        elif isinstance(raw, str) and text.clean_line(raw).isdigit():
            year = int(text.clean_line(raw))
            self.problem(
                NOTE, "number_as_text", f"{what}: tallet {year} er lagret som tekst", sheet, cell
            )
        if year is None or not 2000 <= year <= 2100:
            self.problem(
                ERROR,
                "bad_year",
                f"{what}: «{_shown(raw)}» er ikke et årstall (skriv f.eks. 2024)",
                sheet,
                cell,
                value=_shown(raw),
            )
            return _INVALID
        return year

    # -- labelled sheets (Enhet, Vurdering) --------------------------------------------------

    def read_labelled(self, rows, spec: Sheet) -> dict[str, tuple[object, str]]:
        """{field key: (raw answer, cell)} of a two-column sheet with labels in column A."""
        by_label = {text.fold(f.label): f for f in spec.fields}
        header = tuple(text.fold(h) for h in spec.header)
        seen: dict[str, str] = {}
        answers: dict[str, tuple[object, str]] = {}
        for r, row in enumerate(rows, start=1):
            label = row[0] if row else None
            answer = row[1] if len(row) > 1 else None
            if label is None or (isinstance(label, str) and not text.clean_line(label)):
                if answer not in (None, ""):
                    self.problem(
                        WARNING,
                        "answer_without_label",
                        f"Svar «{_shown(answer)}» uten spørsmål/felt i kolonne A ignoreres",
                        spec.name,
                        f"B{r}",
                        value=_shown(answer),
                    )
                continue
            label_s = _shown(label)
            if header and (text.fold(label_s), text.fold(_shown(answer or ""))) == header[:2]:
                continue
            fld = by_label.get(text.fold(label_s))
            if fld is None:
                self.problem(
                    WARNING,
                    "unknown_label",
                    f"Ukjent felt «{text.clean_line(label_s)}» ignoreres",
                    spec.name,
                    f"A{r}",
                    value=label_s,
                    suggestion=text.suggest(label_s, [f.label for f in spec.fields]),
                )
                continue
            if fld.key in seen:
                self.problem(
                    ERROR,
                    "duplicate_label",
                    f"Feltet «{fld.label}» står to ganger (også i {spec.name}!{seen[fld.key]})",
                    spec.name,
                    f"A{r}",
                    value=label_s,
                )
                continue
            seen[fld.key] = f"A{r}"
            self.note_changes(label_s, fld.label, "Feltnavnet", spec.name, f"A{r}")
            answers[fld.key] = (answer, f"B{r}")
        return answers

    def read_unit_sheet(self, rows, spec: Sheet):
        answers = self.read_labelled(rows, spec)
        for fld in spec.fields:
            if fld.key not in answers:
                if fld.required:
                    self.problem(
                        ERROR,
                        "missing_label",
                        f"Feltet «{fld.label}» mangler i kolonne A",
                        spec.name,
                        value=fld.label,
                    )
                continue
            raw, cell = answers[fld.key]
            value = self.convert(fld, raw, spec.name, cell, fld.label)
            if value is _EMPTY and fld.required:
                self.problem(
                    ERROR,
                    "missing_value",
                    f"«{fld.label}» er ikke fylt ut",
                    spec.name,
                    cell,
                    allowed=self.period.allowed(fld),
                )
            if value in (_EMPTY, _INVALID):
                value = "" if fld.kind == "text" else None
            if fld.kind == "yesno" and value is not None:
                value = value == self.period.yes
            if fld.key == "unit":
                self.report.unit = value
            elif fld.key == "year":
                self.report.year = value
            else:
                self.report.answers[fld.key] = value
        self.report.answers.setdefault("unit_cell", answers.get("unit", (None, None))[1])
        self.report.answers.setdefault("year_cell", answers.get("year", (None, None))[1])

    def read_assessment_sheet(self, rows, spec: Sheet):
        answers = self.read_labelled(rows, spec)
        for fld in spec.fields:
            raw, cell = answers.get(fld.key, (None, None))
            value = self.convert(fld, raw, spec.name, cell, fld.label) if cell else _EMPTY
            self.report.assessment[fld.key] = value if isinstance(value, str) else ""

    # -- the measures table ------------------------------------------------------------------

    def read_header(self, row, spec: Sheet) -> dict[str, int]:
        """{field key: 0-based column} from the header row; problems for missing/extra columns."""
        by_header = {text.fold(f.label): f for f in spec.fields}
        columns: dict[str, int] = {}
        for c, raw in enumerate(row or ()):
            if raw is None or not text.clean_line(_shown(raw)):
                continue
            cell = f"{get_column_letter(c + 1)}1"
            shown = _shown(raw)
            fld = by_header.get(text.fold(shown))
            if fld is None:
                hint = text.suggest(shown, [f.label for f in spec.fields if f.key not in columns])
                self.problem(
                    WARNING,
                    "extra_column",
                    f"Ukjent kolonne «{text.clean_line(shown)}» ignoreres",
                    spec.name,
                    cell,
                    value=shown,
                    suggestion=hint,
                )
                continue
            if fld.key in columns:
                first = get_column_letter(columns[fld.key] + 1)
                self.problem(
                    ERROR,
                    "duplicate_column",
                    f"Kolonnen «{fld.label}» står to ganger (også i {spec.name}!{first}1)",
                    spec.name,
                    cell,
                    value=shown,
                )
                continue
            self.note_changes(shown, fld.label, "Kolonneoverskriften", spec.name, cell)
            columns[fld.key] = c
        for fld in spec.fields:
            if fld.required and fld.key not in columns:
                self.problem(
                    ERROR,
                    "missing_column",
                    f"Kolonnen «{fld.label}» mangler i overskriftsraden (rad 1)",
                    spec.name,
                    "1:1",
                    value=fld.label,
                )
        return columns

    def misplaced_header(self, head: list[tuple], spec: Sheet) -> int | None:
        """Row number (1-based) of a header row that stands below row 1, or None."""
        required = {text.fold(f.label) for f in spec.fields if f.required}

        def is_header(row):
            return required <= {text.fold(_shown(v)) for v in row if v is not None}

        if not head or is_header(head[0]):
            return None
        return next((i + 1 for i, row in enumerate(head) if is_header(row)), None)

    def read_measure_sheet(self, rows, spec: Sheet):
        head = list(itertools.islice(rows, HEADER_SEARCH_ROWS))
        if (at := self.misplaced_header(head, spec)) is not None:
            self.problem(
                ERROR,
                "header_not_first",
                f"Overskriftsraden står i rad {at}, men skal stå i rad 1. "
                f"Slett radene over den (rad 1–{at - 1})",
                spec.name,
                f"A1:A{at - 1}",
            )
            return
        rows = itertools.chain(head[1:], rows)
        columns = self.read_header(head[0] if head else (), spec)
        if any(f.required and f.key not in columns for f in spec.fields):
            return
        p = self.period
        seen_titles: dict[tuple[str, str], int] = {}
        for r, row in enumerate(rows, start=2):
            if all(v is None or (isinstance(v, str) and not text.clean_line(v)) for v in row):
                continue
            values, cells = {}, {}
            for fld in spec.fields:
                if fld.key not in columns:
                    values[fld.key] = _EMPTY
                    continue
                c = columns[fld.key]
                cells[fld.key] = f"{get_column_letter(c + 1)}{r}"
                raw = row[c] if c < len(row) else None
                values[fld.key] = self.convert(fld, raw, spec.name, cells[fld.key], fld.label)
            filled = [
                f"{get_column_letter(c + 1)}{r}"
                for c, v in enumerate(row)
                if v is not None and not (isinstance(v, str) and not text.clean_line(v))
            ]
            for key in ("area", "title", "status"):
                if values[key] is _EMPTY:
                    fld = spec.field(key)
                    self.problem(
                        ERROR,
                        "missing_value",
                        f"«{fld.label}» er ikke fylt ut for tiltaket i rad {r} "
                        f"(raden har innhold i {', '.join(filled[:4])})",
                        spec.name,
                        cells[key],
                        allowed=p.allowed(fld),
                    )
            status, reason = values["status"], values["reason"]
            reason_cell = cells.get("reason") or f"rad {r}"
            if status == p.started and reason not in (_EMPTY, _INVALID):
                self.problem(
                    ERROR,
                    "reason_when_started",
                    f"Årsak «{reason}» er fylt ut, men status er «{p.started}»: "
                    f"tøm cellen, eller sett status til «{p.not_started}»",
                    spec.name,
                    reason_cell,
                    value=reason,
                )
            if status == p.not_started and values["reason"] is _EMPTY:
                self.problem(
                    ERROR,
                    "missing_reason",
                    f"Status er «{p.not_started}», men årsak mangler",
                    spec.name,
                    reason_cell,
                    allowed=p.reasons,
                )
            if any(
                v is _INVALID or values[k] is _EMPTY
                for k, v in values.items()
                if k in ("area", "title", "status")
            ):
                continue
            title = text.clean_line(values["title"])
            key = (values["area"], text.fold(title))
            if key in seen_titles:
                self.problem(
                    ERROR,
                    "duplicate_measure",
                    f"Tiltaket «{title}» står to ganger i samme innsatsområde "
                    f"(også i rad {seen_titles[key]})",
                    spec.name,
                    cells["title"],
                    value=title,
                )
                continue
            seen_titles[key] = r
            self.report.measures.append(
                Measure(
                    unit=self.report.unit or "",
                    area=values["area"],
                    title=title,
                    status=status,
                    reason=_str(values["reason"]),
                    explanation=_str(values["explanation"]),
                    achieves=_str(values["achieves"]),
                    benefits=_str(values["benefits"]),
                    example=values["example"] == p.yes,
                    file=self.report.file,
                    row=r,
                )
            )


def _str(value) -> str:
    return value if isinstance(value, str) else ""


def _shown(value) -> str:
    """A cell value as the user sees it in the spreadsheet."""
    if isinstance(value, bool):
        return "SANN" if value else "USANN"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, float):
        return str(value).replace(".", ",")
    if isinstance(value, dt.datetime):
        return (
            value.strftime("%d.%m.%Y %H:%M")
            if value.time() != dt.time()
            else (value.strftime("%d.%m.%Y"))
        )
    if isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y")
    return str(value)


def _kind_of(value) -> str:
    if isinstance(value, bool):
        return "en sannhetsverdi"
    return "en dato" if isinstance(value, (dt.date, dt.datetime)) else "et klokkeslett"


def _yesno_hint(value: str, period: PlanPeriod) -> str | None:
    key = text.fold(value)
    if key in _YES_LIKE or key == "sann":
        return period.yes
    if key in _NO_LIKE:
        return period.no
    return None


def read_workbook(path: Path, period: PlanPeriod, name: str | None = None) -> UnitReport:
    """Read one unit's workbook; problems are in the returned report's `problems`."""
    return _Reader(path, period, name or path.name).read()
