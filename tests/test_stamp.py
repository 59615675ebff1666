"""The stamp of a build's inputs: a rebuild with nothing changed stops before reading anything,
and any change to what a build reads starts a real build."""

from __future__ import annotations

import shutil

from book_fixture import write_fixture

from salto_lib import paths
from salto_lib.recipe import stamp
from salto_lib.recipe.layout import BuildLayout


def test_every_input_changes_the_stamp(tmp_path, monkeypatch):
    data = write_fixture(tmp_path / "data" / "2024")
    book = tmp_path / "book"
    shutil.copytree(paths.BOOK, book)
    monkeypatch.setattr(paths, "BOOK", book)
    out = tmp_path / "out" / "2024"
    first = stamp.inputs(data, out, True)
    assert stamp.inputs(data, out, True) == first
    assert stamp.inputs(data, out, False) != first  # the options count
    seen = {first}
    for change in [
        data / "enhet-0.xlsx",  # a workbook
        book / "2024" / "avslutning.md",  # a chapter text
        book / "2024" / "omrader" / "rus-blant-unge.md",  # an area's synthesis
    ]:
        change.write_bytes(change.read_bytes() + b"\n")
        now = stamp.inputs(data, out, True)
        assert now not in seen, change
        seen.add(now)
    (tmp_path / "data" / "2023").mkdir()  # last year's data appears
    (tmp_path / "data" / "2023" / "x.xlsx").write_bytes(b"x")
    assert stamp.inputs(data, out, True) not in seen
    assert stamp.inputs(tmp_path / "data", out, True) is None  # no year: no shortcut


def test_a_build_is_skipped_only_when_out_is_there(tmp_path):
    layout = BuildLayout.next_to(tmp_path / "out" / "2024", 2024)
    layout.work.mkdir(parents=True)
    assert stamp.unchanged(layout, "abc", pdf=False) is None  # nothing recorded
    stamp.record(layout, "abc", ["  3 arbeidsbøker"])
    assert stamp.unchanged(layout, "abc", pdf=False) is None  # OUT is missing
    (layout.out / "html").mkdir(parents=True)
    (layout.out / "html" / "index.html").write_text("<html>")
    (layout.out / "manifest.json").write_text("[]")
    assert stamp.unchanged(layout, "abc", pdf=False) == ["  3 arbeidsbøker"]
    assert stamp.unchanged(layout, "abd", pdf=False) is None  # other inputs
    assert stamp.unchanged(layout, "abc", pdf=True) is None  # the PDF is missing
    assert stamp.unchanged(layout, None, pdf=False) is None
