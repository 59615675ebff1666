"""The plan-period declaration: checked against its schema, with Norwegian messages naming the
file, the key and the line; only the period a year needs is read; years belong to one period."""

import re

import pytest
from plan_periods import CURRENT, INVENTED, line_of, write_periods
from workbooks import write_workbook

from salto_lib import paths
from salto_lib.dataset import load_dataset
from salto_lib.period import PeriodError, all_periods, load_period, period_for_year

BROKEN_SYNTAX = INVENTED.replace(
    'kind = "yesno", required = true', 'kind = "yesno, required = true'
)


@pytest.fixture
def periods(tmp_path, monkeypatch):
    """A plan-period folder the code uses instead of config/plan_periods/."""
    folder = tmp_path / "plan_periods"
    folder.mkdir()
    monkeypatch.setattr(paths, "PLAN_PERIODS", folder)
    return folder


def test_a_broken_period_file_does_not_stop_another_periods_year(periods, tmp_path):
    write_periods(periods, p2023_2025=CURRENT, p2026_2028=BROKEN_SYNTAX)
    data = tmp_path / "2024"
    write_workbook(data / "alna.xlsx")
    ds = load_dataset(data)
    assert ds.period.name == "2023-2025" and ds.errors == []
    # The year the broken file is about gets its mistake, with file and line.
    write_workbook(tmp_path / "2026" / "alna.xlsx", year=2026)
    with pytest.raises(PeriodError) as caught:
        load_dataset(tmp_path / "2026")
    line = line_of(BROKEN_SYNTAX, '"yesno, required')
    assert f"2026-2028.toml, linje {line}: filen er ikke gyldig TOML" in str(caught.value)
    assert "Traceback" not in str(caught.value)


@pytest.mark.parametrize(
    ("change", "where", "words", "on_line"),
    [
        (
            ('"Ungdom involvert", kind = "yesno"', '"Ungdom involvert", kind = "janei"'),
            "workbook.unit_sheet.fields[4].kind",
            "«janei» er ikke tillatt",
            "Ungdom involvert",
        ),
        (("\nstarted = ", "\nstartet = "), "workbook.startet", "mente du «started»?", "startet"),
        (("\nstarted = ", "\nstartet = "), "workbook", "mangler «started»", "[workbook]"),
        (
            ('"År", kind = "year", ', '"År", '),
            "workbook.unit_sheet.fields[1]",
            "mangler «kind»",
            '"År"',
        ),
        (
            ('{ key = "status", header = "Framdrift", kind = "status", required = true },', ""),
            "workbook.measure_sheet.columns",
            'nøyaktig ett felt med key = "status", kind = "status"',
            "columns = [",
        ),
        (
            ('values = ["Hver måned", "Hvert kvartal", "Sjeldnere"], ', ""),
            "workbook.unit_sheet.fields[3]",
            "mangler «values»",
            "meetings",
        ),
        (
            ('key = "lessons"', 'key = "Lessons"'),
            "workbook.assessment_sheet.fields[0].key",
            "små bokstaver",
            "Lessons",
        ),
        (("years = [2026, 2027, 2028]", 'years = ["2026"]'), "years[0]", "et heltall", "years"),
    ],
)
def test_a_mistake_is_named_by_key_and_line(periods, change, where, words, on_line):
    text = INVENTED.replace(*change)
    assert text != INVENTED
    write_periods(periods, p2026_2028=text)
    with pytest.raises(PeriodError) as caught:
        period_for_year(2027)
    found = [f for f in caught.value.findings if f" {where}: " in f and words in f]
    assert len(found) == 1, caught.value.findings
    line = int(re.match(r"2026-2028\.toml, linje (\d+): ", found[0]).group(1))
    assert on_line in text.splitlines()[line - 1]


def test_the_reported_line_is_the_wrong_value(periods):
    text = INVENTED.replace(
        'label = "Ungdom involvert", kind = "yesno"', 'label = "Ungdom involvert", kind = "janei"'
    )
    write_periods(periods, p2026_2028=text)
    with pytest.raises(PeriodError) as caught:
        period_for_year(2026)
    line = line_of(text, "Ungdom involvert")
    assert caught.value.findings == [
        f"2026-2028.toml, linje {line}: workbook.unit_sheet.fields[4].kind: «janei» er ikke "
        "tillatt her. Tillatt: «unit», «year», «choice», «yesno», «text»"
    ]


def test_a_key_twice_in_a_sheet_is_refused(periods):
    text = INVENTED.replace('key = "meetings"', 'key = "adopted_by"')
    write_periods(periods, p2026_2028=text)
    with pytest.raises(PeriodError, match=r"fields\[3\]: key «adopted_by» står to ganger"):
        period_for_year(2026)


def test_overlapping_years_name_both_files(periods):
    write_periods(
        periods,
        p2023_2025=CURRENT,
        p2025_2027=INVENTED.replace("years = [2026, 2027, 2028]", "years = [2025, 2026, 2027]"),
    )
    assert period_for_year(2024).name == "2023-2025"  # a year only one file claims
    for ask in (lambda: period_for_year(2025), all_periods):
        with pytest.raises(
            PeriodError, match="2023-2025.toml og 2025-2027.toml: begge dekker 2025"
        ):
            ask()


def test_a_folder_not_named_after_a_year_uses_the_workbooks_year(periods, tmp_path):
    write_periods(periods, p2023_2025=CURRENT, p2026_2028=INVENTED)
    data = tmp_path / "innsendt"
    write_workbook(data / "alna.xlsx")  # a 2024 workbook; the newest period is 2026-2028
    ds = load_dataset(data)
    assert (ds.year, ds.period.name, ds.errors) == (2024, "2023-2025", [])


def test_the_real_declaration_is_valid_and_keeps_the_books_names():
    period = load_period(paths.ROOT / "config" / "plan_periods" / "2023-2025.toml")
    unit = period.unit_sheet
    assert unit.field("adopted_by").value_keys() == {
        "Styringsgruppen": "forankring_styringsgruppen",
        "Ledergruppen": "forankring_ledergruppen",
        "Annet": "forankring_annet",
    }
    assert [f.book_key for f in unit.of_kind("yesno")] == [
        "forankring_bydel",
        "forankring_skole",
        "forankring_politi",
    ]
    assert [f.book_key for f in period.quoted_fields] == [
        "sitater_involvering",
        "sitater_maloppnaelse",
        "sitater_bidrag",
        "sitater_bruk",
        "sitater_utfordringer",
        "sitater_innspill",
    ]
