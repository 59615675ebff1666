"""Reading, validation and tallies on real workbooks written by openpyxl (the workbook format of
docs/arbeidsboka.md, the tallies of docs/tall-json.md)."""

import hashlib
import json
import subprocess
import sys
import unicodedata

import pytest
from workbooks import AREAS, HEADERS, measure, unit_answers, write_workbook

from salto_lib.dataset import dataset_tallies, load_dataset
from salto_lib.problems import ERROR, NOTE, WARNING, InvalidData


def problems_of(ds, severity=ERROR):
    return [(p.code, p.file, p.where) for p in ds.problems if p.severity == severity]


# -- golden tallies ---------------------------------------------------------------------------


def write_golden_set(d):
    """Three units with hand-counted measures (see the expected table in the test)."""
    write_workbook(
        d / "alna.xlsx",
        unit="Bydel Alna",
        measures=[
            measure(0, "Trygghetsvandring"),
            measure(0, "Kartlegging", "Ikke igangsatt", "Mangel på ressurser"),
            measure(1, "Ung til ung"),
            measure(2, "Sinnemestring", example="Ja"),
            measure(2, "Gatemekling", "Ikke igangsatt", "Prioritering"),
        ],
    )
    write_workbook(
        d / "sagene.xlsx",
        unit="Bydel Sagene",
        measures=[
            measure(1, "Ung til ung", "Ikke igangsatt", "Avventer avklaring"),
            measure(2, "Sinnemestring"),
            measure(3, "Nettvett", "Ikke igangsatt", "Mangel på ressurser"),
        ],
    )
    write_workbook(
        d / "ute.xlsx",
        unit="Uteseksjonen",
        measures=[],
        answers=unit_answers("Uteseksjonen", **{"Handlingsplan behandlet av": "Ledergruppen"}),
    )


def test_golden_tallies(folder):
    write_golden_set(folder)
    ds = load_dataset(folder, strict=True)
    t = dataset_tallies(ds)
    assert (t["year"], t["plan_period"]) == (2024, "2023-2025")
    assert (t["total"], t["started"], t["not_started"]) == (8, 4, 4)
    assert [(a["area"], a["total"], a["started"], a["not_started"]) for a in t["areas"]] == [
        (AREAS[0], 2, 1, 1),
        (AREAS[1], 2, 1, 1),
        (AREAS[2], 3, 2, 1),
        (AREAS[3], 1, 0, 1),
    ]
    assert [(u["unit"], u["total"], u["started"], u["not_started"]) for u in t["units"]] == [
        ("Bydel Alna", 5, 3, 2),
        ("Bydel Sagene", 3, 1, 2),
        ("Uteseksjonen", 0, 0, 0),
    ]
    assert t["reasons"] == [
        {"area": AREAS[0], "reason": "Mangel på ressurser", "count": 1},
        {"area": AREAS[1], "reason": "Avventer avklaring", "count": 1},
        {"area": AREAS[2], "reason": "Prioritering", "count": 1},
        {"area": AREAS[3], "reason": "Mangel på ressurser", "count": 1},
    ]
    assert t["anchoring"]["adopted_by"] == {"Styringsgruppen": 2, "Ledergruppen": 1, "Annet": 0}
    assert t["anchoring"]["police_involved"] == 3
    assert len(t["missing_units"]) == 14


def test_examples_and_shared_measures(folder):
    from salto_lib import tally

    write_golden_set(folder)
    ds = load_dataset(folder, strict=True)
    examples = tally.select_examples(ds.measures, AREAS[2], "Igangsatt")
    assert list(zip(examples["unit"], examples["title"], strict=True)) == [
        ("Bydel Alna", "Sinnemestring")
    ]
    shared = tally.count_shared_measures(ds.measures)
    assert set(shared["title"]) == {"Ung til ung", "Sinnemestring"}
    ung = shared[shared["title"] == "Ung til ung"].iloc[0]
    assert (ung["units"], ung["statuses"]) == (2, 2)


def test_units_with_no_measures_are_kept_in_unit_table(folder):
    write_golden_set(folder)
    ds = load_dataset(folder, strict=True)
    assert list(ds.units["unit"]) == ["Bydel Alna", "Bydel Sagene", "Uteseksjonen"]


# -- forgiven spellings: tallied the same, every change recorded ----------------------------


def test_forgiven_spellings_are_normalised_and_recorded(folder):
    nfd = unicodedata.normalize("NFD", "Kriminalitetsforebygging på nett")
    write_workbook(
        folder / "a.xlsx",
        answers=[
            (" Enhet ", "bydel  alna"),
            ("RAPPORTERINGSÅR", " 2024 "),
            ("Handlingsplan\u00a0behandlet av", "STYRINGSGRUPPEN"),
            ("Bydel involvert", "ja"),
            ("Skole involvert", "JA "),
            ("Politi involvert", "nei"),
            ("Om involveringen", "  Tekst med  luft  "),
        ],
        headers=[" innsatsområde", "TILTAK", "Status ", "årsak"],
        measures=[
            ["rus blant unge", "  Ung  til ung ", "igangsatt", None],
            [nfd, "Nettvett", "IKKE IGANGSATT", "mangel på\u00a0ressurser"],
        ],
    )
    ds = load_dataset(folder, strict=True)
    assert ds.errors == []
    m = ds.measures
    assert list(m["area"]) == [AREAS[1], AREAS[3]]
    assert list(m["title"]) == ["Ung til ung", "Nettvett"]
    assert list(m["status"]) == ["Igangsatt", "Ikke igangsatt"]
    assert list(m["reason"]) == ["", "Mangel på ressurser"]
    assert ds.reports[0].unit == "Bydel Alna"
    assert ds.reports[0].answers["police_involved"] is False
    notes = {p.where for p in ds.problems if p.severity == NOTE}
    assert {
        "Enhet!A2",  # label with spaces
        "Enhet!B2",  # unit name case and spaces
        "Enhet!A3",
        "Enhet!A4",  # hard space in label
        "Enhet!B4",
        "Enhet!B5",
        "Enhet!B6",
        "Enhet!B7",
        "Enhet!B8",  # free text trimmed
        "Tiltak!A1",
        "Tiltak!B1",
        "Tiltak!C1",
        "Tiltak!D1",
        "Tiltak!A2",
        "Tiltak!B2",
        "Tiltak!C2",
        "Tiltak!A3",  # NFD
        "Tiltak!C3",
        "Tiltak!D3",
    } <= notes
    nfd_note = next(p for p in ds.problems if p.where == "Tiltak!A3")
    assert "NFC" in nfd_note.message


def test_lock_and_hidden_files_are_skipped_and_listed(folder):
    write_workbook(folder / "a.xlsx")
    (folder / "~$a.xlsx").write_bytes(b"lock")
    (folder / ".hidden.xlsx").write_bytes(b"junk")
    ds = load_dataset(folder, strict=True)
    assert sorted(ds.skipped) == [".hidden.xlsx", "~$a.xlsx"]
    assert len(ds.reports) == 1


def test_empty_rows_and_extra_columns(folder):
    write_workbook(
        folder / "a.xlsx",
        headers=[*HEADERS, "Kommentar"],
        measures=[
            measure(0, "A"),
            {},
            measure(1, "B") | {"Kommentar": "intern"},
        ],
    )
    ds = load_dataset(folder, strict=True)
    assert len(ds.measures) == 2
    assert ("extra_column", "a.xlsx", "Tiltak!I1") in problems_of(ds, WARNING)


def test_column_order_is_free_and_labels_any_order(folder):
    headers = list(reversed(HEADERS))
    answers = list(reversed(unit_answers()))
    write_workbook(folder / "a.xlsx", headers=headers, answers=answers, header_row=False)
    ds = load_dataset(folder, strict=True)
    assert ds.measures.iloc[0]["title"] == "Tiltak"
    assert ds.reports[0].year == 2024


# -- errors: every class names file, sheet and cell -------------------------------------------


@pytest.mark.parametrize(
    ("row", "code", "cell", "suggestion"),
    [
        (measure("Rus blant ungdom"), "unknown_value", "Tiltak!A2", "Rus blant unge"),
        (measure(0, "T", "Igang"), "unknown_value", "Tiltak!C2", "Igangsatt"),
        (
            measure(0, "T", "Ikke igangsatt", "Ressurser"),
            "unknown_value",
            "Tiltak!D2",
            "Mangel på ressurser",
        ),
        (measure(0, "T", "Ikke igangsatt", None), "missing_reason", "Tiltak!D2", None),
        (measure(0, "T", "Igangsatt", "Prioritering"), "reason_when_started", "Tiltak!D2", None),
        (measure(0, None), "missing_value", "Tiltak!B2", None),
        (measure(0, "T", None), "missing_value", "Tiltak!C2", None),
        (measure(None, "T"), "missing_value", "Tiltak!A2", None),
        (measure(0, "T", example="x"), "unknown_value", "Tiltak!H2", "Ja"),
        (measure(0, "T", example="Kanskje"), "unknown_value", "Tiltak!H2", None),
    ],
)
def test_measure_errors_name_the_cell(folder, row, code, cell, suggestion):
    write_workbook(folder / "a.xlsx", measures=[measure(0, "OK"), row])
    ds = load_dataset(folder)
    # The defect is in row 3 (row 2 is a valid measure).
    cell = cell.replace("2", "3")
    errors = [p for p in ds.errors]
    assert [(p.code, p.file, p.where) for p in errors] == [(code, "a.xlsx", cell)]
    assert errors[0].suggestion == suggestion


def test_suggestion_in_message(folder):
    write_workbook(folder / "a.xlsx", measures=[measure("Rus blant ungdom")])
    (error,) = load_dataset(folder).errors
    assert "«Rus blant ungdom» er ikke en tillatt verdi — mente du «Rus blant unge»?" in str(error)
    assert str(error).startswith("FEIL     a.xlsx, Tiltak!A2:")


def test_all_errors_of_all_files_in_one_run(folder):
    write_workbook(folder / "a.xlsx", measures=[measure("Feil 1"), measure(0, "T", "Feil 2")])
    write_workbook(
        folder / "b.xlsx", unit="Bydel Sagene", measures=[measure(0, "T", "Ikke igangsatt")]
    )
    errors = problems_of(load_dataset(folder))
    assert errors == [
        ("unknown_value", "a.xlsx", "Tiltak!A2"),
        ("unknown_value", "a.xlsx", "Tiltak!C3"),
        ("missing_reason", "b.xlsx", "Tiltak!D2"),
    ]


@pytest.mark.parametrize(
    ("change", "code", "where"),
    [
        ({"Enhet": "Bydel Oslo"}, "unknown_value", "Enhet!B2"),
        ({"Enhet": ""}, "missing_value", "Enhet!B2"),
        ({"Rapporteringsår": "i fjor"}, "bad_year", "Enhet!B3"),
        ({"Handlingsplan behandlet av": "Bystyret"}, "unknown_value", "Enhet!B4"),
        ({"Bydel involvert": "Kanskje"}, "unknown_value", "Enhet!B5"),
        ({"Politi involvert": ...}, "missing_label", "Enhet"),
    ],
)
def test_unit_sheet_errors(folder, change, code, where):
    write_workbook(folder / "a.xlsx", answers=unit_answers(**change))
    assert problems_of(load_dataset(folder)) == [(code, "a.xlsx", where)]


def test_unknown_unit_gets_suggestion(folder):
    write_workbook(folder / "a.xlsx", answers=unit_answers("Bydel Grunerløkka"))
    (error,) = load_dataset(folder).errors
    assert error.suggestion == "Bydel Grünerløkka"


@pytest.mark.parametrize(
    ("names", "missing"),
    [
        (("Enhet", "Tiltakk", "Vurdering"), "Tiltak"),
        (("Ark1", "Tiltak", "Vurdering"), "Enhet"),
        (("Enhet", "Tiltak", "Vurderinger"), "Vurdering"),
    ],
)
def test_missing_sheet(folder, names, missing):
    write_workbook(folder / "a.xlsx", sheet_names=names)
    errors = load_dataset(folder).errors
    assert [(p.code, p.sheet) for p in errors] == [("missing_sheet", missing)]
    assert "a.xlsx" in str(errors[0])


def test_missing_and_duplicate_columns(folder):
    headers = [h for h in HEADERS if h != "Status"] + ["Tiltak"]
    write_workbook(folder / "a.xlsx", headers=headers, measures=[])
    errors = problems_of(load_dataset(folder))
    assert ("duplicate_column", "a.xlsx", "Tiltak!H1") in errors
    assert ("missing_column", "a.xlsx", "Tiltak!1:1") in errors


def test_duplicate_measure_in_one_unit(folder):
    write_workbook(
        folder / "a.xlsx", measures=[measure(0, "Ung til ung"), measure(0, "ung til ung")]
    )
    assert problems_of(load_dataset(folder)) == [("duplicate_measure", "a.xlsx", "Tiltak!B3")]


def test_same_title_in_two_areas_is_allowed(folder):
    write_workbook(
        folder / "a.xlsx", measures=[measure(0, "Kartlegging"), measure(1, "Kartlegging")]
    )
    assert load_dataset(folder).errors == []


def test_date_where_text_expected(folder):
    import datetime

    write_workbook(folder / "a.xlsx", measures=[measure(0, datetime.datetime(2024, 3, 1))])
    assert problems_of(load_dataset(folder)) == [("wrong_type", "a.xlsx", "Tiltak!B2")]


def test_not_a_workbook(folder):
    (folder / "a.xlsx").write_text("Enhet;Bydel Alna\n", encoding="utf-8")
    errors = load_dataset(folder).errors
    assert [(p.code, p.file) for p in errors] == [("not_xlsx", "a.xlsx")]
    assert "lagre som Excel-arbeidsbok (.xlsx)" in errors[0].message


# -- across files ------------------------------------------------------------------------------


def test_two_files_claim_the_same_unit(folder):
    write_workbook(folder / "a.xlsx")
    write_workbook(folder / "b.xlsx")
    (error,) = load_dataset(folder).errors
    assert (error.code, error.file, error.where) == ("duplicate_unit", "b.xlsx", "Enhet!B2")
    assert "a.xlsx" in error.message


def test_year_must_match_folder(folder):
    write_workbook(folder / "a.xlsx", year=2023)
    assert problems_of(load_dataset(folder)) == [("wrong_year", "a.xlsx", "Enhet!B3")]


def test_years_must_agree_in_unnamed_folder(tmp_path):
    write_workbook(tmp_path / "x" / "a.xlsx", year=2024)
    write_workbook(tmp_path / "x" / "b.xlsx", unit="Bydel Sagene", year=2024)
    write_workbook(tmp_path / "x" / "c.xlsx", unit="Bydel Ullern", year=2023)
    ds = load_dataset(tmp_path / "x")
    assert ds.year == 2024
    assert problems_of(ds) == [("wrong_year", "c.xlsx", "Enhet!B3")]


def test_missing_units_are_warnings(folder):
    write_workbook(folder / "a.xlsx")
    ds = load_dataset(folder)
    assert ds.errors == []
    assert len(ds.missing_units) == 16
    assert "Bydel Bjerke" in ds.missing_units


def test_strict_raises_with_every_error(folder):
    write_workbook(folder / "a.xlsx", measures=[measure("X"), measure("Y")])
    with pytest.raises(InvalidData) as info:
        load_dataset(folder, strict=True)
    assert len(info.value.problems) == 2


def test_reading_never_writes_the_workbook(folder):
    path = write_workbook(folder / "a.xlsx", measures=[measure("X")])
    before = hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns
    load_dataset(folder)
    assert (hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns) == before


# -- command line ------------------------------------------------------------------------------


def run(*args):
    return subprocess.run(
        [sys.executable, "-m", "salto_lib", *map(str, args)], capture_output=True, text=True
    )


def test_cli_validate_exit_codes(folder):
    write_workbook(folder / "a.xlsx")
    ok = run("validate", folder)
    assert ok.returncode == 0, ok.stdout
    write_workbook(folder / "b.xlsx", unit="Bydel Sagene", measures=[measure("Rus blant ungdom")])
    bad = run("validate", folder)
    assert bad.returncode == 1
    line = next(ln for ln in bad.stdout.splitlines() if ln.startswith("FEIL"))
    assert "b.xlsx, Tiltak!A2" in line and "mente du «Rus blant unge»" in line


def test_cli_tally_json_schema(folder):
    write_golden_set(folder)
    out = run("tally", folder, "--json")
    assert out.returncode == 0, out.stderr
    t = json.loads(out.stdout)
    assert {"year", "plan_period", "total", "started", "not_started", "areas", "units"} <= set(t)
    assert set(t["areas"][0]) == {"area", "total", "started", "not_started"}
    assert set(t["units"][0]) == {"unit", "total", "started", "not_started"}
    assert set(t["reasons"][0]) == {"area", "reason", "count"}
    assert [a["area"] for a in t["areas"]] == list(AREAS)


def test_cli_tally_prints_no_json_on_errors(folder):
    write_workbook(folder / "a.xlsx", measures=[measure("X")])
    out = run("tally", folder, "--json")
    assert out.returncode == 1
    assert out.stdout == ""
    assert "Tiltak!A2" in out.stderr


def test_format_documentation_is_generated_from_the_declaration():
    from salto_lib.period import describe_workbook, period_for_year

    period = period_for_year(2024)
    doc = describe_workbook(period)
    sheets = (period.unit_sheet, period.measure_sheet, period.assessment_sheet)
    for f in (f for s in sheets for f in s.fields):
        assert f"| {f.label} |" in doc
    assert all(f"«{a}»" in doc for a in (*period.areas, *period.reasons, *period.units))
