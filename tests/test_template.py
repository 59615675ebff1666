"""The blank template: generated from the declaration, fillable, and valid once filled in."""

import re
import shutil
import subprocess
import sys

import pytest
from openpyxl import load_workbook

from salto_lib.dataset import load_dataset
from salto_lib.period import period_for_year

PERIOD = period_for_year(2025)


def make_template(path, *extra):
    out = subprocess.run(
        [sys.executable, "-m", "salto_lib", "template", "--year", "2025", *extra, str(path)],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stdout + out.stderr
    return path


def fill_in(path, unit=None):
    """Fill the template as a unit would, in openpyxl (cell by cell, labels untouched)."""
    wb = load_workbook(path)
    enhet = wb["Enhet"]
    answers = {
        "Enhet": unit,
        "Handlingsplan behandlet av": "Styringsgruppen",
        "Bydel involvert": "Ja",
        "Skole involvert": "Ja",
        "Politi involvert": "Nei",
        "Om involveringen": "Politiet deltok i mai.",
    }
    for row in enhet.iter_rows(min_row=2):
        if answers.get(row[0].value):
            row[1].value = answers[row[0].value]
    tiltak = wb["Tiltak"]
    tiltak.append([])  # rows below the prepared ones are fine too
    rows = [
        (PERIOD.areas[0], "Trygghetsvandring", "Igangsatt", None, None, "Tryggere nærmiljø."),
        (PERIOD.areas[3], "Nettvett", "Ikke igangsatt", "Prioritering", "Neste år.", None),
    ]
    for r, values in enumerate(rows, start=2):
        for c, value in enumerate(values, start=1):
            tiltak.cell(r, c, value)
    wb["Vurdering"]["B2"] = "Godt i gang."
    wb.save(path)
    return path


def test_template_is_prefilled_and_has_dropdowns(tmp_path):
    path = make_template(tmp_path / "mal.xlsx", "--unit", "bydel alna")
    wb = load_workbook(path)
    assert wb.sheetnames[:4] == ["Veiledning", "Enhet", "Tiltak", "Vurdering"]
    assert wb["Enhet"]["B2"].value == "Bydel Alna"
    assert wb["Enhet"]["B3"].value == 2025
    headers = [c.value for c in wb["Tiltak"][1]]
    assert headers == [f.label for f in PERIOD.measure_sheet.fields]
    lists = {str(dv.sqref): dv for dv in wb["Tiltak"].data_validations.dataValidation}
    assert lists["A2:A401"].type == "list" and "Lister" in lists["A2:A401"].formula1
    assert lists["A2:A401"].prompt
    assert wb["Tiltak"].protection.sheet and not wb["Tiltak"]["A2"].protection.locked
    assert wb["Tiltak"]["A1"].protection.locked
    assert wb["Tiltak"].freeze_panes == "A2"


def test_filled_template_validates(tmp_path):
    folder = tmp_path / "2025"
    path = make_template(folder / "alna.xlsx", "--unit", "Bydel Alna")
    fill_in(path)
    ds = load_dataset(folder)
    assert ds.errors == []
    assert list(ds.measures["title"]) == ["Trygghetsvandring", "Nettvett"]
    assert ds.reports[0].unit == "Bydel Alna" and ds.reports[0].year == 2025


def test_blank_template_names_what_is_missing(tmp_path):
    folder = tmp_path / "2025"
    make_template(folder / "blank.xlsx")
    errors = {(p.code, p.where) for p in load_dataset(folder).errors}
    assert ("missing_value", "Enhet!B2") in errors  # the unit
    assert ("missing_value", "Enhet!B4") in errors  # adopted by


def test_unknown_unit_is_refused(tmp_path):
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "salto_lib",
            "template",
            "--year",
            "2025",
            "--unit",
            "Bydel Oslo",
            str(tmp_path / "x.xlsx"),
        ],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 1 and "mente du «Bydel Gamle Oslo»?" in out.stdout
    assert not (tmp_path / "x.xlsx").exists()


@pytest.mark.skipif(
    not shutil.which("soffice") and "CI" not in __import__("os").environ,
    reason="LibreOffice is installed by `make test` (scripts/system-packages.sh --test)",
)
def test_libreoffice_resaves_the_template_and_it_still_validates(tmp_path):
    source = make_template(tmp_path / "src" / "alna.xlsx", "--unit", "Bydel Alna")
    out_dir = tmp_path / "2025"
    result = subprocess.run(
        [
            "soffice",
            "--headless",
            f"-env:UserInstallation=file://{tmp_path}/lo",
            "--convert-to",
            "xlsx:Calc MS Excel 2007 XML",
            "--outdir",
            str(out_dir),
            str(source),
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    resaved = out_dir / "alna.xlsx"
    assert resaved.exists(), result.stdout + result.stderr
    wb = load_workbook(resaved)
    dropdowns = wb["Tiltak"].data_validations.dataValidation
    assert any(dv.type == "list" and "A2" in str(dv.sqref) for dv in dropdowns)
    fill_in(resaved)
    ds = load_dataset(out_dir)
    assert ds.errors == [], [str(p) for p in ds.errors]
    assert len(ds.measures) == 2


def test_new_year_carries_last_years_measures_over(tmp_path):
    from salto_lib import paths

    out = tmp_path / "2025"
    result = subprocess.run(
        [sys.executable, "-m", "salto_lib", "new-year", "2025", "--out", str(out)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout
    assert len(list(out.glob("*.xlsx"))) == 17 and (out / "README.md").exists()
    # Untouched, the new workbooks ask for this year's status of every measure.
    fresh = load_dataset(out)
    assert {p.code for p in fresh.errors} == {"missing_value"}
    assert all(p.cell.startswith("C") for p in fresh.errors if p.sheet == "Tiltak")
    # Once the statuses are filled in, the measures are last year's, unit by unit.
    for path in out.glob("*.xlsx"):
        wb = load_workbook(path)
        for row in wb["Tiltak"].iter_rows(min_row=2):
            if row[1].value:
                row[2].value = "Igangsatt"
        for row in wb["Enhet"].iter_rows(min_row=2, max_row=8):
            if row[1].value is None and row[0].value != "Om involveringen":
                row[1].value = "Styringsgruppen" if row[0].value.startswith("Handling") else "Ja"
        wb.save(path)
    new = load_dataset(out, strict=True).measures
    old = load_dataset(paths.DATA / "2024", strict=True).measures
    columns = ["unit", "area", "title", "achieves", "benefits"]
    assert sorted(map(tuple, new[columns].values)) == sorted(map(tuple, old[columns].values))


def test_new_year_never_overwrites(tmp_path):
    out = tmp_path / "2025"
    out.mkdir()
    (out / "x.xlsx").write_bytes(b"keep")
    result = subprocess.run(
        [sys.executable, "-m", "salto_lib", "new-year", "2025", "--out", str(out)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1
    assert [p.name for p in out.iterdir()] == ["x.xlsx"]
    assert (out / "x.xlsx").read_bytes() == b"keep"


def _dropdowns(wb, sheet: str) -> dict[str, list]:
    """{cell range: the values its dropdown lists}, read back from the hidden list sheet."""
    lists = wb["Lister"]
    found = {}
    for dv in wb[sheet].data_validations.dataValidation:
        if dv.type != "list":
            continue
        ref = dv.formula1.split("!")[1].replace("$", "")
        found[str(dv.sqref)] = [c.value for row in lists[ref] for c in row]
    return found


INVENTED_ANSWERS = {
    "alna": {
        "Planen ble vedtatt av": "Bydelsutvalget",
        "Hvor ofte møtes SaLTo-gruppa?": "Hver måned",
        "Ungdom involvert": "Ja",
    },
    "bjerke": {
        "Planen ble vedtatt av": "Bydelsutvalget",
        "Hvor ofte møtes SaLTo-gruppa?": "Sjeldnere",
        "Ungdom involvert": "Nei",
    },
}


def invented_templates(tmp_path):
    """Templates of the invented plan period for two units (`template` on the command line):
    `(plan-period folder, year folder)`."""
    from plan_periods import INVENTED, write_periods

    periods = write_periods(tmp_path / "periods", p2026_2028=INVENTED)
    folder = tmp_path / "2027"
    env = {**__import__("os").environ, "SALTO_PLAN_PERIODS": str(periods)}
    for unit, name in (("Bydel Alna", "alna"), ("Bydel Bjerke", "bjerke")):
        out = subprocess.run(
            [
                sys.executable,
                "-m",
                "salto_lib",
                "template",
                "--year",
                "2027",
                "--unit",
                unit,
                str(folder / f"{name}.xlsx"),
            ],
            capture_output=True,
            text=True,
            env=env,
        )
        assert out.returncode == 0, out.stdout + out.stderr
    return periods, folder


def fill_in_invented(folder):
    """The templates filled in as the units would."""
    for name, given in INVENTED_ANSWERS.items():
        wb = load_workbook(folder / f"{name}.xlsx")
        for row in wb["Enhet"].iter_rows(min_row=2):
            if row[0].value in given:
                row[1].value = given[row[0].value]
        tiltak = wb["Tiltaksliste"]
        for c, value in enumerate(("Rus blant unge", "Nattvandring", "Ikke i gang", "Annet"), 1):
            tiltak.cell(2, c, value)
        wb["Vurdering"]["B2"] = "At samarbeid tar tid."
        wb.save(folder / f"{name}.xlsx")


def test_an_invented_plan_period_needs_no_code_change(tmp_path, monkeypatch):
    """Renamed labels and headers, other `adopted_by` values and a second choice field with
    its own values: each dropdown lists its own field's values, and a filled-in workbook
    validates and is counted by the declared values."""
    from salto_lib import paths
    from salto_lib.dataset import dataset_tallies
    from salto_lib.tally import anchoring_by_book_key

    periods, folder = invented_templates(tmp_path)
    wb = load_workbook(folder / "alna.xlsx")
    assert wb.sheetnames[:4] == ["Veiledning", "Enhet", "Tiltaksliste", "Vurdering"]
    labels = {row[0].value: row[1].coordinate for row in wb["Enhet"].iter_rows(min_row=2)}
    unit_lists = _dropdowns(wb, "Enhet")
    assert unit_lists[labels["Planen ble vedtatt av"]] == [
        "Bydelsutvalget",
        "Styringsgruppa",
        "Andre",
    ]
    assert unit_lists[labels["Hvor ofte møtes SaLTo-gruppa?"]] == [
        "Hver måned",
        "Hvert kvartal",
        "Sjeldnere",
    ]
    assert unit_lists[labels["Ungdom involvert"]] == ["Ja", "Nei"]
    assert unit_lists[labels["Enhetens navn"]] == ["Bydel Alna", "Bydel Bjerke", "Uteseksjonen"]
    measure_lists = _dropdowns(wb, "Tiltaksliste")
    assert [c.value for c in wb["Tiltaksliste"][1]] == [
        "Område",
        "Navn på tiltaket",
        "Framdrift",
        "Hvorfor ikke i gang?",
        "Utdyping",
        "Effekt",
        "Nytte for målgruppen",
        "Vis som eksempel",
    ]
    assert measure_lists["A2:A401"] == ["Trygge nærmiljø", "Rus blant unge"]
    assert measure_lists["C2:C401"] == ["I gang", "Ikke i gang"]
    fill_in_invented(folder)
    monkeypatch.setattr(paths, "PLAN_PERIODS", periods)
    ds = load_dataset(folder)
    assert ds.errors == [] and ds.period.name == "2026-2028"
    assert list(ds.units["lessons"]) == ["At samarbeid tar tid."] * 2
    anchoring = dataset_tallies(ds)["anchoring"]
    assert anchoring == {
        "units": 2,
        "adopted_by": {"Bydelsutvalget": 2, "Styringsgruppa": 0, "Andre": 0},
        "meetings": {"Hver måned": 1, "Hvert kvartal": 0, "Sjeldnere": 1},
        "youth_involved": 1,
    }
    named = anchoring_by_book_key(anchoring, ds.period)
    assert named["vedtatt_bydelsutvalget"] == 2 and named["meetings_hver_maned"] == 1
    assert named["youth_involved"] == 1
    assert [f.book_key for f in ds.period.quoted_fields] == ["involvement_note", "lessons"]


@pytest.mark.slow
def test_a_book_of_the_invented_plan_period_counts_by_the_declared_values(tmp_path):
    """The whole book for the invented plan period, no code change: the texts use the names
    the declaration gives (`book_key`), the anchoring table lists both choice fields with
    their labels and counts, and a text that still uses a 2023–2025 name fails the build."""
    import os

    from salto_lib import paths

    periods, folder = invented_templates(tmp_path)
    fill_in_invented(folder)
    texts = tmp_path / "book"
    shutil.copytree(paths.BOOK, texts, ignore=shutil.ignore_patterns("20[0-9][0-9]"))
    edition = texts / "2027"
    edition.mkdir()
    chapters = {
        "innledning": "Innledning\n\nI {{ aar }} rapporterte enhetene {{ antall_tiltak }} tiltak.",
        "forankring": "Forankring\n\nBydelsutvalget vedtok {{ vedtatt_bydelsutvalget }} planer; "
        "{{ meetings_hver_maned }} grupper møtes hver måned og {{ youth_involved }} involverte "
        "ungdom.\n\n{{ tabell_forankring }}",
        "vurdering": "Vurdering\n\n{{ lessons }}",
        "avslutning": "Avslutning\n\nTakk.",
        "datagrunnlag": "Oppdiktede data.",
    }
    for name, text in chapters.items():
        heading = "" if name == "datagrunnlag" else "# "
        (edition / f"{name}.md").write_text(heading + text + "\n", encoding="utf-8")
    # The areas' texts in the report's sections, and the one quote chosen (issue 15).
    (edition / "omrader").mkdir()
    for area in ("trygge-naermiljo", "rus-blant-unge"):
        sections = [
            "Innledning",
            "Hva satsingen har betydd",
            "Resultater for målgruppen",
            "Årsaker",
        ]
        text = "".join(f"## {s}\n\nTekst om {area}.\n\n" for s in sections)
        (edition / "omrader" / f"{area}.md").write_text(text, encoding="utf-8")
    (edition / "sitater.toml").write_text(
        '[[sitat]]\nsporsmal = "lessons"\nenhet = "Bydel Bjerke"\nutdrag = "samarbeid tar tid"\n',
        encoding="utf-8",
    )
    env = {**os.environ, "SALTO_PLAN_PERIODS": str(periods), "SALTO_BOOK": str(texts)}
    out = tmp_path / "out" / "2027"
    command = [sys.executable, "-m", "salto_lib", "build", str(folder), "--out", str(out)]
    result = subprocess.run(
        [*command, "--no-pdf"], capture_output=True, text=True, env=env, cwd=paths.ROOT
    )
    assert result.returncode == 0, result.stdout + result.stderr
    page = (out / "html" / "forankring.html").read_text(encoding="utf-8")
    text = " ".join(re.sub(r"<[^>]+>", " ", page).split())
    assert "Bydelsutvalget vedtok to planer; én grupper møtes hver måned og én involverte" in text
    for row in (
        "Planen ble vedtatt av: bydelsutvalget 2",
        "Planen ble vedtatt av: styringsgruppa 0",
        "Hvor ofte møtes SaLTo-gruppa?: hver måned 1",
        "Hvor ofte møtes SaLTo-gruppa?: sjeldnere 1",
        "Ungdom involvert 1",
    ):
        assert row in text, row
    # The chosen excerpt, anonymous (sitater.toml), not every unit's whole answer.
    assessed = (out / "html" / "vurdering.html").read_text("utf-8")
    assert "samarbeid tar tid" in assessed and "At samarbeid tar tid." not in assessed
    # A text written for 2023–2025 names a value this plan period does not have.
    intro = edition / "forankring.md"
    intro.write_text(intro.read_text("utf-8") + "{{ forankring_styringsgruppen }}\n", "utf-8")
    failed = subprocess.run(
        [*command, "--no-pdf"], capture_output=True, text=True, env=env, cwd=paths.ROOT
    )
    assert failed.returncode == 1
    assert "ukjent nøkkel {{ forankring_styringsgruppen }}" in failed.stdout
