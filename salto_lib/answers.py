"""Every free-text answer of a year, with the cell it was written in: the editorial brief's rows
(`python -m salto_lib svar`) and the text a selected quote must be found in (`quotes`).

The free-text fields are the plan period's `text` fields: the unit sheet's and the assessment
sheet's answers, and the measure sheet's columns except the measure's title (reasons explained,
"Hva oppnås …", "Hvordan kommer …"). A new text field in the period file is a new question here.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from salto_lib import text
from salto_lib.period import Field, PlanPeriod

COLUMNS = ["question", "key", "area", "unit", "measure", "status", "answer", "file", "cell"]


@dataclass(frozen=True)
class Question:
    """A free-text field: its label, which sheet it is on and the key the book uses for it."""

    field: Field
    sheet: str

    @property
    def label(self) -> str:
        return self.field.label


def questions(period: PlanPeriod) -> list[Question]:
    """The free-text fields in workbook order: unit sheet, measure sheet, assessment sheet."""
    measure = [f for f in period.measure_sheet.of_kind("text") if f.key != "title"]
    return (
        [Question(f, period.unit_sheet.name) for f in period.unit_sheet.of_kind("text")]
        + [Question(f, period.measure_sheet.name) for f in measure]
        + [
            Question(f, period.assessment_sheet.name)
            for f in period.assessment_sheet.of_kind("text")
        ]
    )


def collect_answers(reports, period: PlanPeriod) -> pd.DataFrame:
    """One row per non-empty free-text answer (columns `COLUMNS`), by question, area and unit."""
    rows = []
    order = {q.field.key: i for i, q in enumerate(questions(period))}
    for q in questions(period):
        key = q.field.key
        for r in reports:
            if not r.unit:
                continue
            if q.sheet == period.measure_sheet.name:
                for m in r.measures:
                    answer = getattr(m, key, "") or ""
                    if answer.strip():
                        cell = f"{q.sheet}!{r.columns.get(key, '?')}{m.row}"
                        rows.append([q.label, key, m.area, r.unit, m.title, m.status, answer,
                                     r.file, cell])  # fmt: skip
                continue
            answers = r.answers if q.sheet == period.unit_sheet.name else r.assessment
            answer = answers.get(key) or ""
            if isinstance(answer, str) and answer.strip():
                cell = r.cells.get(key, f"{q.sheet}!?")
                rows.append([q.label, key, "", r.unit, "", "", answer, r.file, cell])
    frame = pd.DataFrame(rows, columns=COLUMNS)
    if frame.empty:
        return frame
    areas = {a: i for i, a in enumerate(period.areas)}
    frame = frame.assign(
        _q=frame["key"].map(order),
        _a=frame["area"].map(lambda a: areas.get(a, -1)),
        _u=frame["unit"].map(text.sort_key),
    )
    frame = frame.sort_values(["_q", "_a", "_u", "cell"], kind="stable")
    return frame.drop(columns=["_q", "_a", "_u"]).reset_index(drop=True)


def answer_of(reports, period: PlanPeriod, key: str, unit: str) -> tuple[str, str, str] | None:
    """(answer, file, cell) of one unit's answer to an unit- or assessment-sheet question."""
    for r in reports:
        if r.unit != unit:
            continue
        for sheet, answers in (
            (period.unit_sheet, r.answers),
            (period.assessment_sheet, r.assessment),
        ):
            if any(f.key == key for f in sheet.fields):
                value = answers.get(key) or ""
                return str(value), r.file, r.cells.get(key, f"{sheet.name}!?")
    return None
