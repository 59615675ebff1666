"""The secretariat's workflow (issue 15): area texts in the report's sections, quotes chosen and
proved against the workbooks, the editorial brief (`svar`), the keys (`nokler`), the preview."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from book_fixture import write_fixture
from openpyxl import load_workbook
from workbooks import measure, write_workbook

from salto_lib import answers, areatexts, brief, paths, quotes
from salto_lib.dataset import load_dataset
from salto_lib.pages import chapters


def salto(*args, env=None, timeout=120) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "salto_lib", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=paths.ROOT,
        env={**os.environ, **(env or {})},
        timeout=timeout,
    )


def test_a_key_typo_and_a_missing_area_text_are_both_named_before_any_notebook(
    fixture_data, tmp_path, monkeypatch, capsys
):
    from salto_lib.commands.build import build

    book = tmp_path / "book"
    shutil.copytree(paths.BOOK, book)
    intro = book / "2024" / "innledning.md"
    lines = intro.read_text(encoding="utf-8").splitlines()
    lines.insert(2, "Enhetene rapporterte {{ antal_tiltak }} tiltak.")
    intro.write_text("\n".join(lines) + "\n", encoding="utf-8")
    missing = areatexts.area_file(book / "2024", "Rus blant unge")
    missing.unlink()
    stale = book / "2024" / "omrader" / "rus-blant-ungdom.md"
    stale.write_text("## Innledning\n\nGammel tekst.\n", encoding="utf-8")
    monkeypatch.setattr(paths, "BOOK", book)
    load_dataset(fixture_data)  # the reader processes are started, as in a running session
    started = time.perf_counter()
    assert build(fixture_data, tmp_path / "out") == 1
    elapsed = time.perf_counter() - started
    said = capsys.readouterr().out
    typo = "ukjent nøkkel {{ antal_tiltak }} — mente du {{ antall_tiltak }}?"
    assert f"{intro}:3: {typo}" in said
    assert f"{missing}: mangler — skriv teksten for «Rus blant unge»" in said
    assert f"ADVARSEL {stale}: brukes ikke" in said
    assert "python -m salto_lib nokler 2024" in said  # where every key is explained
    assert "Kjører" not in said and "ingen notebook er kjørt" in said
    assert elapsed < 5, f"{elapsed:.1f} s"
    assert not (tmp_path / "out").exists()


def test_area_sections_missing_empty_unknown_and_twice_are_named_with_line():
    source = (
        "## Innledning\n\nHvorfor.\n\n## Hva satsingen har betydd\n\n"
        "## resultater for  MÅLGRUPPEN\n\nFor de unge.\n\n## Resultater\n\nX\n\n"
        "## Innledning\n\nIgjen.\n"
    )
    sections, problems = areatexts.parse_sections(source, "a.md")
    assert sections["malgruppe"] == "For de unge."  # headings are forgiving like labels
    assert problems == [
        "a.md:11: ukjent avsnitt «## Resultater»; kjente: Innledning, Hva satsingen har betydd, "
        "Resultater for målgruppen, Byomfattende tiltak, Årsaker",
        "a.md:15: avsnittet «## Innledning» står to ganger",
        "a.md:5: avsnittet «## Hva satsingen har betydd» er tomt",
        "a.md:1: avsnittet «## Årsaker» mangler",
    ]
    text = "## Innledning\nA\n## Hva satsingen har betydd\nB\n## Resultater for målgruppen\nC\n"
    full, none = areatexts.parse_sections(text + "## Årsaker\nD\n", "b.md")
    assert none == [] and "byomfattende" not in full  # the city-wide section is optional


def _quote_file(folder: Path, excerpt: str, unit="Bydel Alna") -> Path:
    path = folder / quotes.FILE
    path.write_text(
        '# valgt av sekretariatet\n\n[[sitat]]\nsporsmal = "sitater_bidrag"\n'
        f'enhet = "Bydel Grorud"\nutdrag = "Bedre samordning i Bydel Grorud."\n\n'
        f'[[sitat]]\nsporsmal = "sitater_maloppnaelse"\nenhet = "{unit}"\nutdrag = "{excerpt}"\n',
        encoding="utf-8",
    )
    return path


def test_a_changed_quote_fails_naming_file_line_workbook_and_cell(fixture_data, tmp_path):
    ds = load_dataset(fixture_data)
    path = _quote_file(tmp_path, "…godt  i gang…")  # white space is forgiven, cuts are marked
    listed, form = quotes.load_quotes(path, "sitater.toml")
    proofs, errors, warnings = quotes.prove(listed, ds.reports, ds.period, "sitater.toml")
    assert form == errors == warnings == [] and all(p.ok for p in proofs)
    assert [p.cell for p in proofs] == ["Vurdering!B3", "Vurdering!B2"]
    path = _quote_file(tmp_path, "Bydel Alna er veldig godt i gang med planen.")
    listed, _ = quotes.load_quotes(path, "sitater.toml")
    _, errors, _ = quotes.prove(listed, ds.reports, ds.period, "sitater.toml")
    assert errors == [
        "sitater.toml:8: utdraget står ikke ordrett i svaret til Bydel Alna (enhet-0.xlsx, "
        "Vurdering!B2): «Bydel Alna er veldig godt i gang med planen.»"
    ]
    path = _quote_file(tmp_path, "Noe.", unit="Bydel Frogner")  # sent no workbook
    listed, _ = quotes.load_quotes(path, "sitater.toml")
    _, errors, warnings = quotes.prove(listed, ds.reports, ds.period, "sitater.toml")
    assert errors == [] and warnings == [
        "sitater.toml:8: Bydel Frogner har ikke levert arbeidsbok; sitatet er utelatt"
    ]


def test_chapter_seven_shows_only_the_chosen_quotes_anonymously(
    fixture_data, tmp_path, monkeypatch
):
    book = tmp_path / "book"
    shutil.copytree(paths.BOOK, book)
    _quote_file(book / "2024", "Bydel Alna er godt i gang med planen.")
    monkeypatch.setattr(paths, "BOOK", book)
    ds = load_dataset(fixture_data)
    subs = chapters.substitutions(ds, [], None)
    assert subs["sitater_maloppnaelse"].startswith("> Bydel Alna er godt i gang med planen.")
    assert "—" not in subs["sitater_maloppnaelse"]  # anonymous: no unit signs it
    assert "Bydel Grorud er godt i gang" not in subs["sitater_maloppnaelse"]  # not chosen
    assert subs["sitater_bruk"].strip() == ""
    edition = book / "2024" / "utgave.toml"
    edition.write_text(edition.read_text("utf-8") + "sitater_navngitt = true\n", "utf-8")
    named = chapters.substitutions(ds, [], None)["sitater_maloppnaelse"]
    assert named.rstrip().endswith("> — *Bydel Alna*")


def test_verify_reproves_the_quotes(fixture_data, tmp_path, monkeypatch):
    from salto_lib.commands.verify import prove_quotes

    book = tmp_path / "book"
    shutil.copytree(paths.BOOK, book)
    monkeypatch.setattr(paths, "BOOK", book)
    ds = load_dataset(fixture_data)
    _quote_file(book / "2024", "Bydel Alna er godt i gang med planen.")
    assert prove_quotes(ds) == (2, [])
    _quote_file(book / "2024", "Bydel Alna er ferdig med planen.")
    count, wrong = prove_quotes(ds)
    assert count == 1 and "Vurdering!B2" in wrong[0] and "sitater.toml:8" in wrong[0]


def test_the_brief_has_every_free_text_answer_with_its_cell_as_text(folder, tmp_path):
    write_workbook(
        folder / "a.xlsx",
        measures=[
            measure(0, "Ett", achieves='=HYPERLINK("http://x")', benefits="<b>fet</b>"),
            measure(1, "To", status="Ikke igangsatt", reason="Prioritering", explanation="Vent."),
        ],
    )
    ds = load_dataset(folder)
    found = answers.collect_answers(ds.reports, ds.period)
    cells = dict(zip(found["answer"], found["cell"], strict=True))
    assert cells['=HYPERLINK("http://x")'] == "Tiltak!F2" and cells["<b>fet</b>"] == "Tiltak!G2"
    assert cells["Vent."] == "Tiltak!E3" and cells["Vi er godt i gang."] == "Vurdering!B2"
    assert cells["Planen ble laget i fellesskap."] == "Enhet!B8"
    out = tmp_path / "svar.xlsx"
    brief.write_xlsx(found, out)
    wb = load_workbook(out)
    ws = wb["Hva oppnås med tiltaket"]
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == "A1:G3"
    assert ws["E2"].value == '=HYPERLINK("http://x")' and ws["E2"].data_type == "s"
    assert ws["E2"].alignment.wrap_text
    assert [c.value for c in ws[1]] == [
        "Innsatsområde", "Enhet", "Tiltak", "Status", "Svar", "Celle", "Arbeidsbok"
    ]  # fmt: skip
    page = tmp_path / "svar.html"
    brief.write_html(found, page, "Svar")
    html = page.read_text(encoding="utf-8")
    assert "<b>fet</b>" not in html and "&lt;b&gt;fet&lt;/b&gt;" in html


def test_svar_writes_the_brief_of_the_sample_year(tmp_path):
    out = tmp_path / "svar-2024.xlsx"
    result = salto("svar", "2024", "--out", out)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Måloppnåelse: 17 svar fra 17 enheter" in result.stdout
    wb = load_workbook(out)
    assert len(wb.sheetnames) == len(answers.questions(load_dataset(paths.DATA / "2024").period))
    assert (tmp_path / "svar-2024.html").is_file()


def test_nokler_lists_value_and_meaning_without_colour_when_piped():
    result = salto("nokler", "2024")
    assert result.returncode == 0, result.stderr
    assert "  antall_tiltak = 333\n      antall tiltak i alle handlingsplanene" in result.stdout
    assert "sitater_maloppnaelse" in result.stdout and "\033" not in result.stdout


def test_every_key_has_a_meaning(fixture_data, tmp_path):
    from book_fixture import written_substitutions

    ds = load_dataset(fixture_data)
    _, subs = written_substitutions(ds, tmp_path)
    meanings = chapters.key_meanings(ds.period)
    assert set(subs) == set(meanings)  # the build checks the texts against these names
    assert all(meanings.values())


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _page(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as r:
            return r.read().decode("utf-8")
    except OSError:
        return ""


@pytest.mark.slow
def test_preview_serves_and_shows_a_saved_text_within_seconds(tmp_path):
    data = write_fixture(tmp_path / "data" / "2024")
    book = tmp_path / "book"
    shutil.copytree(paths.BOOK, book)
    port = _free_port()
    env = {**os.environ, "SALTO_BOOK": str(book), "PYTHONPATH": str(paths.ROOT)}
    command = [sys.executable, "-m", "salto_lib", "preview", "2024", "--port", str(port)]
    proc = subprocess.Popen(
        [*command, "--data", str(data)],
        cwd=paths.ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 600  # the first start executes the notebooks
        while "Avslutning" not in _page(f"{base}/avslutning.html"):
            assert proc.poll() is None, proc.stdout.read()
            assert time.monotonic() < deadline, "forhåndsvisningen startet ikke"
            time.sleep(1)
        assert "/_forhandsvisning" in _page(f"{base}/avslutning.html")  # reloads itself
        for page, path, where in (
            ("avslutning.html", book / "2024" / "avslutning.md", "avslutningen"),
            ("rus-blant-unge.html", areatexts.area_file(book / "2024", "Rus blant unge"), "rus"),
        ):
            text = path.read_text(encoding="utf-8")
            new = f"Lagret nettopp i {where}."  # no digits: the text is checked first
            path.write_text(text.rstrip() + f"\n\n{new}\n", encoding="utf-8")
            saved = time.monotonic()
            while new not in _page(f"{base}/{page}"):
                assert time.monotonic() - saved < 30, f"{page} viste ikke den nye teksten"
                time.sleep(0.2)
            print(f"{page}: ny tekst vist etter {time.monotonic() - saved:.1f} s")
    finally:
        proc.terminate()
        proc.wait(timeout=30)
