"""The personal data guard: identity numbers, phone numbers and e-mail addresses stop the run."""

import pytest
from workbooks import measure, unit_answers, write_workbook

from salto_lib.dataset import load_dataset
from salto_lib.privacy import find_personal_data

# Synthetic numbers with valid control digits (not real persons): a fødselsnummer and a D-nummer.
FNR = "01010012356"
DNR = "41010010096"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (f"Gjelder {FNR}.", "fødselsnummer/D-nummer"),
        (f"Gjelder {FNR[:6]} {FNR[6:]}.", "fødselsnummer/D-nummer"),
        (f"D-nummer {DNR}", "fødselsnummer/D-nummer"),
        ("Saksnr 12345678901", "11-sifret tall"),
        ("Ring 22 33 44 55", "telefonnummer"),
        ("Ring +47 912 34 567", "telefonnummer"),
        ("Ring 91234567", "telefonnummer"),
        ("Skriv til ola.nordmann@example.no", "e-postadresse"),
    ],
)
def test_finds_personal_data(text, kind):
    assert [k for k, _ in find_personal_data(text)] == [kind]


@pytest.mark.parametrize(
    "text",
    [
        "Planperioden 2023–2025 har 333 tiltak.",
        "Tiltaket nådde 1 200 ungdommer i 2024, 15 % flere enn i fjor.",
        "Åpent kl. 18–22 fredag og lørdag.",
    ],
)
def test_ordinary_text_is_not_flagged(text):
    assert find_personal_data(text) == []


def test_identity_number_stops_validation_naming_the_cell(folder):
    write_workbook(folder / "a.xlsx", measures=[measure(0, "A", benefits=f"Gjelder {FNR}.")])
    (error,) = load_dataset(folder).errors
    assert (error.code, error.file, error.where) == ("personal_data", "a.xlsx", "Tiltak!G2")
    assert FNR not in str(error)  # masked: messages end up in logs
    assert "010100*****" in str(error)


def test_every_free_text_field_is_scanned(folder):
    answers = unit_answers(**{"Om involveringen": "Kontakt: leder@bydel.oslo.no"})
    assessment = [("Andre innspill", "Ring meg på 22 33 44 55")]
    write_workbook(
        folder / "a.xlsx",
        answers=answers,
        assessment=assessment,
        measures=[measure(0, "A", explanation="Se 12345678901")],
    )
    places = sorted(p.where for p in load_dataset(folder).errors)
    assert places == ["Enhet!B8", "Tiltak!E2", "Vurdering!B2"]


def test_allowlisted_cell_is_published(folder):
    write_workbook(
        folder / "a.xlsx", measures=[measure(0, "A", achieves="Sentralbord 21 80 21 80")]
    )
    (folder / "personvern-godkjent.toml").write_text(
        '[[godkjent]]\nfil = "a.xlsx"\ncelle = "Tiltak!F2"\ntekst = "21 80 21 80"\n'
        'begrunnelse = "Offentlig sentralbordnummer"\n',
        encoding="utf-8",
    )
    ds = load_dataset(folder)
    assert ds.errors == []
    assert [(p.code, p.where) for p in ds.notes] == [("personal_data_accepted", "Tiltak!F2")]


def test_allowlist_is_for_that_exact_cell(folder):
    write_workbook(
        folder / "a.xlsx", measures=[measure(0, "A", achieves="Sentralbord 21 80 21 80")]
    )
    (folder / "personvern-godkjent.toml").write_text(
        '[[godkjent]]\nfil = "a.xlsx"\ncelle = "Tiltak!G2"\ntekst = "21 80 21 80"\n',
        encoding="utf-8",
    )
    assert [p.where for p in load_dataset(folder).errors] == ["Tiltak!F2"]
