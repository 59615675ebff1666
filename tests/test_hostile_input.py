"""No workbook, sheet or value passed over in silence, and every message safe to print
(issue 16): real workbooks written by openpyxl into odd folders and with odd text."""

from __future__ import annotations

import os
import shutil
import sys
import zipfile

import pytest
from openpyxl import load_workbook
from workbooks import measure, write_workbook

from salto_lib import text
from salto_lib.dataset import load_dataset
from salto_lib.problems import ERROR

ZWSP, RLO = "\u200b", "\u202e"
CYRILLIC_A = "\u0410"


def codes(ds, severity=ERROR):
    return sorted((p.code, p.file, p.where) for p in ds.problems if p.severity == severity)


# -- the folder --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "make, name, says",
    [
        (lambda p: write_workbook(p), "Bydel Grorud.xlsx ", "slutter med mellomrom"),
        (lambda p: write_workbook(p), "Bydel Grorud.xlsb", "binær Excel-arbeidsbok (.xlsb)"),
        (lambda p: p.mkdir(), "foo.xlsx", "er en mappe"),
        (lambda p: os.mkfifo(p), "fifo.xlsx", "ikke en vanlig fil"),
        (lambda p: p.symlink_to("/dev/zero"), "null.xlsx", "ikke en vanlig fil"),
        (lambda p: p.symlink_to(p.parent / "borte.xlsx"), "brutt.xlsx", "som ikke finnes"),
    ],
)
def test_anything_named_like_a_workbook_that_is_not_one_is_an_error(folder, make, name, says):
    if sys.platform == "win32":
        pytest.skip("FIFOs, devices and trailing spaces are POSIX things")
    write_workbook(folder / "a.xlsx", unit="Bydel Alna")
    make(folder / name)
    ds = load_dataset(folder)
    assert codes(ds) == [("not_a_workbook", name, "")]
    error = ds.errors[0]
    assert says in error.message and ".xlsx" in error.message  # says what to do
    assert "missing_unit" not in {p.code for p in ds.errors}


def test_other_files_are_listed_as_skipped(folder):
    write_workbook(folder / "a.xlsx")
    (folder / "les-meg.txt").write_text("notater")
    (folder / "~$a.xlsx").write_bytes(b"lock")
    (folder / ".DS_Store").write_bytes(b"mac")
    ds = load_dataset(folder)
    assert ds.errors == []
    assert sorted(ds.skipped) == [".DS_Store", "les-meg.txt", "~$a.xlsx"]
    said = {p.file: p.message for p in ds.notes if p.code == "skipped"}
    assert said["les-meg.txt"] == "Filen hoppes over (ikke en arbeidsbok)"
    assert said["~$a.xlsx"] == "Filen hoppes over (låsefil/skjult fil)"


# -- sheets and values -----------------------------------------------------------------------------


def test_two_sheets_matching_one_name_are_an_error_naming_both(folder):
    path = write_workbook(folder / "a.xlsx", measures=[measure(0, "Nytt")])
    wb = load_workbook(path)
    draft = wb.copy_worksheet(wb["Tiltak"])
    draft.title = "tiltak "
    draft["B2"] = "Gammelt utkast"
    wb.save(path)
    ds = load_dataset(folder)
    assert ("duplicate_sheet", "a.xlsx", "Tiltak") in codes(ds)
    message = next(p for p in ds.errors if p.code == "duplicate_sheet").message
    assert "«Tiltak» og «tiltak »" in message


def test_titles_differing_only_by_an_invisible_character_are_the_same_measure(folder):
    write_workbook(
        folder / "a.xlsx",
        measures=[measure(0, "Ung til ung"), measure(0, f"Ung til{ZWSP} ung")],
    )
    ds = load_dataset(folder)
    assert codes(ds) == [("duplicate_measure", "a.xlsx", "Tiltak!B3")]
    note = next(p for p in ds.notes if p.where == "Tiltak!B3")
    assert "usynlige tegn fjernet: ⟨U+200B⟩" in note.message
    assert "⟨U+200B⟩" in str(note) and ZWSP not in str(note)


def test_a_look_alike_letter_is_an_error_naming_it(folder):
    write_workbook(
        folder / "a.xlsx",
        measures=[measure(0, "Ung til ung"), measure(0, f"Ung til ung{CYRILLIC_A}")],
    )
    ds = load_dataset(folder)
    assert ("lookalike", "a.xlsx", "Tiltak!B3") in codes(ds)
    line = str(next(p for p in ds.errors if p.code == "lookalike"))
    assert "⟨U+0410⟩ CYRILLIC CAPITAL LETTER A" in line


def test_a_fixed_value_with_an_invisible_character_is_read_and_named(folder):
    answers_unit = f"Bydel{ZWSP} Alna"
    write_workbook(folder / "a.xlsx", unit=answers_unit)
    ds = load_dataset(folder)
    assert ds.errors == []
    assert ds.reports[0].unit == "Bydel Alna"
    shown = [str(p) for p in ds.notes if p.code == "normalised"]
    assert any("«Bydel⟨U+200B⟩ Alna»" in line for line in shown), shown


def test_a_title_of_invisible_characters_only_is_an_error(folder):
    write_workbook(folder / "a.xlsx", measures=[measure(0, f"{ZWSP}\u2060{ZWSP}")])
    ds = load_dataset(folder)
    assert any(p.where == "Tiltak!B2" for p in ds.errors), codes(ds)


def test_a_direction_control_in_any_text_is_an_error(folder):
    write_workbook(
        folder / "a.xlsx",
        measures=[measure(0, f"Trygg {RLO}gnirrovsnegilla", achieves=f"Bra {RLO}tekst")],
    )
    ds = load_dataset(folder)
    found = codes(ds)
    assert ("bidi_controls", "a.xlsx", "Tiltak!B2") in found
    assert sum(code == "bidi_controls" for code, _, _ in found) == 2
    assert all(RLO not in str(p) for p in ds.problems)


# -- messages --------------------------------------------------------------------------------------


def test_a_newline_in_a_file_name_cannot_forge_a_report_line(folder):
    name = "a.xlsx\nFEIL     falsk.xlsx: alt i orden"
    (folder / f"{name}.txt").write_text("x")
    write_workbook(folder / "a.xlsx")
    for p in load_dataset(folder).problems:
        assert "\n" not in str(p)


def test_a_long_value_is_cut_in_the_message(folder):
    write_workbook(folder / "a.xlsx", measures=[measure(0, "Tiltak", status="x" * 10_000)])
    lines = [str(p) for p in load_dataset(folder).problems]
    assert lines and max(map(len, lines)) < 1000
    assert any("…»" in line for line in lines)


def test_printable_shows_what_cannot_be_seen():
    assert text.printable("Bydel\u200b Alna") == "Bydel⟨U+200B⟩ Alna"
    assert text.printable("a\x1b[31mb\tc") == "a⟨U+001B⟩[31mb⟨U+0009⟩c"
    assert text.printable("«" + "y" * 500 + "»") == "«" + "y" * 200 + "…»"


# -- active content --------------------------------------------------------------------------------


def _with_part(path, name: str, data: bytes):
    """Add a part to a saved workbook (as Excel would for macros or external links)."""
    tmp = path.with_suffix(".tmp")
    shutil.move(path, tmp)
    with zipfile.ZipFile(tmp) as src, zipfile.ZipFile(path, "w") as dst:
        for item in src.infolist():
            dst.writestr(item, src.read(item))
        dst.writestr(name, data)
    tmp.unlink()


def test_a_macro_part_is_an_error(folder):
    path = write_workbook(folder / "a.xlsx")
    _with_part(path, "xl/vbaProject.bin", b"\xd0\xcf\x11\xe0 macro")
    assert codes(load_dataset(folder)) == [("macro", "a.xlsx", "")]


def test_an_external_link_is_a_warning(folder):
    path = write_workbook(folder / "a.xlsx")
    _with_part(path, "xl/externalLinks/externalLink1.xml", b"<externalLink/>")
    ds = load_dataset(folder)
    assert ds.errors == []
    assert ("external_link", "a.xlsx", "") in codes(ds, "advarsel")


def test_a_dde_formula_is_an_error(folder):
    path = write_workbook(folder / "a.xlsx")
    wb = load_workbook(path)
    wb["Tiltak"]["H2"] = "=cmd|' /C calc'!A0"
    wb.save(path)
    ds = load_dataset(folder)
    assert ("dde", "a.xlsx", "Tiltak!H2") in codes(ds)


def test_an_xml_entity_attack_has_its_own_code(folder):
    path = write_workbook(folder / "a.xlsx")
    with zipfile.ZipFile(path) as z:
        parts = {i.filename: z.read(i) for i in z.infolist()}
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
    )
    sheet = parts["xl/worksheets/sheet2.xml"]
    body = sheet.split(b"?>", 1)[1] if sheet.startswith(b"<?xml") else sheet
    parts["xl/worksheets/sheet2.xml"] = bomb + body
    with zipfile.ZipFile(path, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)
    ds = load_dataset(folder)
    assert [c for c, _, _ in codes(ds)] == ["xml_attack"]
    assert "xl/worksheets/sheet2.xml" in ds.errors[0].message
