"""The bad-input catalogue: every broken or hostile workbook gets a precise Norwegian error.

Each case writes a real file, runs validation as the analyst would (`python -m salto_lib
validate`), and checks exit code 1, the file and the cell (or sheet) named, no traceback, and
that the input file is unchanged.
"""

import hashlib
import io
import re
import subprocess
import sys
import zipfile

import pytest
from openpyxl import Workbook, load_workbook
from workbooks import measure, unit_answers, write_workbook

from salto_lib.dataset import load_dataset


def checksums(folder):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}


def validate(folder):
    """Run the command line; return (exit code, stdout) and check that nothing was changed."""
    before = checksums(folder)
    out = subprocess.run(
        [sys.executable, "-m", "salto_lib", "validate", str(folder)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert checksums(folder) == before, "validation changed an input file"
    assert "Traceback" not in out.stdout + out.stderr
    return out.returncode, out.stdout


def errors_of(folder):
    return [(p.code, p.file, p.where) for p in load_dataset(folder).errors]


def rewrite_part(path, part, change):
    """Rewrite one XML part of an xlsx file (for defects no spreadsheet program would write)."""
    with zipfile.ZipFile(path) as z:
        parts = {i.filename: z.read(i.filename) for i in z.infolist()}
    parts[part] = change(parts[part])
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)


def sheet_part(path, name):
    wb = load_workbook(path, read_only=True)
    try:
        return wb[name]._worksheet_path.lstrip("/")
    finally:
        wb.close()


# -- not an xlsx at all ------------------------------------------------------------------------


def xlsx_bytes():
    buffer = io.BytesIO()
    Workbook().save(buffer)
    return buffer.getvalue()


def legacy_xls(path):
    import xlwt

    book = xlwt.Workbook()
    book.add_sheet("Enhet").write(0, 0, "Enhet")
    book.save(str(path))


def encrypted(path):
    from msoffcrypto.format.ooxml import OOXMLFile

    with path.open("wb") as out:
        OOXMLFile(io.BytesIO(xlsx_bytes())).encrypt("hemmelig", out)


def ods(path):
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", "<office:document-content/>")


def strict(path):
    write_workbook(path)
    rewrite_part(
        path,
        "xl/workbook.xml",
        lambda xml: xml.replace(
            b"http://schemas.openxmlformats.org/spreadsheetml/2006/main",
            b"http://purl.oclc.org/ooxml/spreadsheetml/main",
        ),
    )


def truncated(path):
    write_workbook(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def corrupt(path):
    write_workbook(path)
    data = bytearray(path.read_bytes())
    # Damage the compressed bytes of the first part, leaving the zip directory intact.
    for i in range(60, 90):
        data[i] ^= 0xFF
    path.write_bytes(bytes(data))


def docx(path):
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document/>")


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (legacy_xls, "Excel 97–2003-arbeidsbok (.xls)"),
        (encrypted, "passordbeskyttet"),
        (ods, "OpenDocument-regneark (.ods)"),
        (lambda p: p.write_text("Enhet;Bydel Alna\nRapporteringsår;2024\n"), "ren tekst"),
        (lambda p: p.write_text("<html><body><table></table></body></html>"), "nettside"),
        (lambda p: p.write_bytes(b""), "tom"),
        (truncated, "skadet eller ufullstendig"),
        (corrupt, "skadet"),
        (strict, "Strict Open XML"),
        (docx, "Word-dokument"),
    ],
    ids=[
        "xls",
        "encrypted",
        "ods",
        "csv",
        "html",
        "empty",
        "truncated",
        "corrupt",
        "strict",
        "docx",
    ],
)
def test_not_an_xlsx_is_named_for_what_it_is(folder, make, words):
    make(folder / "Bydel Alna.xlsx")
    code, out = validate(folder)
    assert code == 1
    line = next(ln for ln in out.splitlines() if ln.startswith("FEIL"))
    assert "Bydel Alna.xlsx" in line
    assert words in line
    assert ".xlsx" in line


# -- oversized and hostile -----------------------------------------------------------------------


def test_zip_bomb_is_refused_before_parsing(folder):
    path = write_workbook(folder / "a.xlsx")
    part = sheet_part(path, "Tiltak")
    # ~100 MB of sheet XML that compresses to about 100 KB.
    with zipfile.ZipFile(path) as z:
        parts = {i.filename: z.read(i.filename) for i in z.infolist() if i.filename != part}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
        with z.open(part, "w", force_zip64=True) as f:
            f.write(
                b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            )
            for _ in range(100):
                f.write(b" " * 1_000_000)
            f.write(b"<sheetData/></worksheet>")
    assert path.stat().st_size < 1_000_000
    code, out = validate(folder)
    assert code == 1
    assert "a.xlsx" in out and "zip-bombe" in out


def test_more_rows_than_excel_allows(folder):
    path = write_workbook(folder / "a.xlsx")
    part = sheet_part(path, "Tiltak")
    rewrite_part(
        path,
        part,
        lambda xml: xml.replace(
            b"</sheetData>",
            b'<row r="1048577"><c r="A1048577" t="inlineStr"><is><t>x</t></is></c></row>'
            b"</sheetData>",
        ),
    )
    assert errors_of(folder) == [("too_many_rows", "a.xlsx", "Tiltak")]


@pytest.mark.parametrize("cell", ["XFD1048576", "Z200000"])
def test_stray_value_far_away_names_its_row(folder, cell):
    path = write_workbook(folder / "a.xlsx")
    wb = load_workbook(path)
    wb["Tiltak"][cell] = "x"
    wb.save(path)
    row = re.sub(r"[A-Z]", "", cell)
    errors = errors_of(folder)
    assert ("missing_value", "a.xlsx", f"Tiltak!A{row}") in errors
    code, _ = validate(folder)
    assert code == 1


BILLION_LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
)
EXTERNAL = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'


@pytest.mark.parametrize("prolog", [BILLION_LAUGHS, EXTERNAL], ids=["expansion", "external"])
def test_xml_entities_are_refused(folder, prolog):
    path = write_workbook(folder / "a.xlsx")
    part = sheet_part(path, "Tiltak")
    rewrite_part(path, part, lambda xml: prolog + xml.split(b"?>", 1)[-1])
    code, out = validate(folder)
    assert code == 1
    assert "a.xlsx" in out
    assert "root:" not in out


# -- cells ---------------------------------------------------------------------------------------


def test_formula_without_saved_value(folder):
    path = write_workbook(folder / "a.xlsx", measures=[measure(0, "A"), measure(0, "B")])
    wb = load_workbook(path)
    wb["Tiltak"]["C3"] = '=IF(1=1,"Igangsatt","")'
    wb.save(path)
    assert errors_of(folder) == [("formula_without_value", "a.xlsx", "Tiltak!C3")]


@pytest.mark.parametrize("value", ["#DIV/0!", "#N/A"])
def test_error_values(folder, value):
    path = write_workbook(folder / "a.xlsx", measures=[measure(0, "A")])
    wb = load_workbook(path)
    wb["Tiltak"]["B2"] = value
    assert wb["Tiltak"]["B2"].data_type == "e"
    wb.save(path)
    assert errors_of(folder) == [("error_value", "a.xlsx", "Tiltak!B2")]


def test_merged_cells_in_measures_table(folder):
    path = write_workbook(folder / "a.xlsx", measures=[measure(0, "A"), measure(0, "B")])
    wb = load_workbook(path)
    wb["Tiltak"].merge_cells("A2:A3")
    wb.save(path)
    assert ("merged_cells", "a.xlsx", "Tiltak!A2:A3") in errors_of(folder)


def test_number_in_fixed_field_and_number_as_text_year(folder):
    write_workbook(folder / "a.xlsx", answers=unit_answers(year="2024"), measures=[measure(0, 17)])
    ds = load_dataset(folder)
    assert ds.errors == []  # a number as a title is kept as text: "17"
    assert ds.measures.iloc[0]["title"] == "17"
    notes = [(p.code, p.where) for p in ds.notes]
    assert ("number_as_text", "Enhet!B3") in notes


def test_na_and_null_typed_as_text_stay_text(folder):
    write_workbook(
        folder / "a.xlsx",
        measures=[measure(0, "NA", explanation="null", achieves="N/A", benefits="None")],
    )
    m = load_dataset(folder, strict=True).measures.iloc[0]
    assert (m["title"], m["explanation"], m["achieves"], m["benefits"]) == (
        "NA",
        "null",
        "N/A",
        "None",
    )


@pytest.mark.parametrize("value", ["x", True, 1, "TRUE"])
def test_yes_like_values_in_yes_no_field_suggest_ja(folder, value):
    write_workbook(folder / "a.xlsx", measures=[measure(0, "A", example=value)])
    (error,) = load_dataset(folder).errors
    assert (error.file, error.where, error.suggestion) == ("a.xlsx", "Tiltak!H2", "Ja")
    assert "mente du «Ja»?" in str(error)


# -- structure -----------------------------------------------------------------------------------


def test_title_rows_above_the_header(folder):
    path = write_workbook(folder / "a.xlsx")
    wb = load_workbook(path)
    wb["Tiltak"].insert_rows(1, 2)
    wb["Tiltak"]["A1"] = "Rapportering SaLTo 2024"
    wb.save(path)
    assert errors_of(folder) == [("header_not_first", "a.xlsx", "Tiltak!A1:A2")]


def test_hidden_sheet_and_rows_are_read_with_a_warning(folder):
    path = write_workbook(folder / "a.xlsx", measures=[measure(0, "A"), measure(1, "B")])
    wb = load_workbook(path)
    wb["Vurdering"].sheet_state = "hidden"
    wb["Tiltak"].row_dimensions[3].hidden = True
    wb.save(path)
    ds = load_dataset(folder)
    assert ds.errors == []
    assert len(ds.measures) == 2
    warnings = [(p.code, p.where) for p in ds.warnings]
    assert ("hidden_sheet", "Vurdering") in warnings
    assert ("hidden_rows", "Tiltak!3:3") in warnings


def test_very_long_text_is_kept_with_a_warning(folder):
    write_workbook(folder / "a.xlsx", measures=[measure(0, "A", achieves="Lang tekst. " * 400)])
    ds = load_dataset(folder)
    assert ds.errors == []
    assert [(p.code, p.where) for p in ds.warnings if p.code == "long_text"] == [
        ("long_text", "Tiltak!F2")
    ]


def test_file_of_another_plan_period(folder):
    write_workbook(folder / "a.xlsx", year=2026)
    assert errors_of(folder) == [("wrong_year", "a.xlsx", "Enhet!B3")]


def test_one_bad_file_does_not_hide_the_others(folder):
    (folder / "a.xlsx").write_bytes(b"")
    write_workbook(folder / "b.xlsx", measures=[measure("Rus blant ungdom")])
    write_workbook(folder / "c.xlsx", unit="Bydel Sagene")
    assert errors_of(folder) == [
        ("not_xlsx", "a.xlsx", ""),
        ("unknown_value", "b.xlsx", "Tiltak!A2"),
    ]


# -- control reports -----------------------------------------------------------------------------


def test_control_report_per_unit(folder, tmp_path):
    write_workbook(folder / "a.xlsx", measures=[measure("Rus blant ungdom", "<script>x</script>")])
    write_workbook(folder / "b.xlsx", unit="Bydel Sagene", measures=[measure(1, "OK", "igangsatt")])
    out = tmp_path / "kontroll"
    result = subprocess.run(
        [sys.executable, "-m", "salto_lib", "validate", str(folder), "--report", str(out)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1
    alna = (out / "bydel-alna.html").read_text("utf-8")
    assert "Tiltak!A2" in alna and "mente du" not in alna  # the suggestion has its own column
    assert "Rus blant unge" in alna
    assert "<script>x" not in alna
    sagene = (out / "bydel-sagene.html").read_text("utf-8")
    assert "ingen feil" in sagene and "Tiltak!C2" in sagene  # the normalised status is listed
    index = (out / "index.html").read_text("utf-8")
    assert 'href="bydel-alna.html"' in index and 'href="bydel-sagene.xlsx"' in index
    sheet = load_workbook(out / "bydel-alna.xlsx").active
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=3)]
    assert rows[0][:2] == ["Feil", "Tiltak!A2"]


def test_messages_table_in_docs_is_up_to_date():
    from salto_lib import paths
    from salto_lib.problems import catalogue_markdown

    doc = (paths.ROOT / "docs" / "feilmeldinger.md").read_text("utf-8")
    assert catalogue_markdown() in doc, "run `make docs`"


def test_a_reader_that_crashes_takes_down_only_its_file(folder, monkeypatch):
    """A parser that aborts the process (as calamine does on some files) costs one file."""
    import workbooks

    from salto_lib import dataset

    # The workers are fresh interpreters (spawn): they run the task named here, which they
    # import from tests/workbooks.py, and it aborts its process on b.xlsx.
    monkeypatch.setattr(dataset, "read_safely", workbooks.abort_on_b)
    write_workbook(folder / "a.xlsx")
    write_workbook(folder / "b.xlsx", unit="Bydel Sagene")
    write_workbook(folder / "c.xlsx", unit="Bydel Ullern")
    ds = load_dataset(folder)
    assert [(p.code, p.file) for p in ds.errors] == [("reader_crashed", "b.xlsx")]
    assert sorted(r.unit for r in ds.reports if r.unit) == ["Bydel Alna", "Bydel Ullern"]
    # The broken pool was replaced: the next read works as before.
    monkeypatch.undo()
    assert load_dataset(folder).errors == []
