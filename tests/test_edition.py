"""An edition's identity comes from `book/<year>/utgave.toml`, never from the clock."""

import datetime as dt

import pytest

from salto_lib.edition import EditionError, load_edition


def write(folder, text):
    (folder / "utgave.toml").write_text(text, encoding="utf-8")


def test_without_a_file_the_edition_is_a_draft(tmp_path):
    e = load_edition(tmp_path, 2025)
    assert e.draft and e.title == "SaLTo årsrapport 2025 (utkast)" and e.epoch() is None


def test_a_published_edition_has_its_date_and_publisher(tmp_path):
    write(tmp_path, 'publisert = 2025-03-14\nutgiver = "Oslo kommune"\neksempeldata = true\n')
    e = load_edition(tmp_path, 2024)
    assert not e.draft and e.title == "SaLTo årsrapport 2024"
    assert e.published == dt.date(2025, 3, 14) and e.publisher == "Oslo kommune"
    assert e.sample_data and e.epoch() == 1741910400  # 2025-03-14T00:00:00Z


@pytest.mark.parametrize(
    "text, message",
    [
        ("publisert = 2025-03-14\nutgivr = 'x'\n", ":2: ukjent nøkkel «utgivr»"),
        ("publisert = '14. mars'\n", ":1: «publisert» skal være publiseringsdatoen"),
        ("kontakt = 'a'\npublisert = 2025-13-01\n", ":2: kan ikke leses som TOML"),
        ("[[tall_godkjent]]\ntekst = 'Lov 2021'\n", ":1: hver [[tall_godkjent]] trenger"),
    ],
)
def test_a_broken_file_is_named_with_its_line(tmp_path, text, message):
    write(tmp_path, text)
    with pytest.raises(EditionError) as err:
        load_edition(tmp_path, 2024)
    assert f"{tmp_path / 'utgave.toml'}{message}" in str(err.value)
