"""The 2024 sample data reproduce the published report's figures and examples exactly, and the
sample generator writes the committed workbooks of every year byte for byte."""

import subprocess
import sys

import pytest

from salto_lib import paths, tally
from salto_lib.dataset import dataset_tallies, load_dataset

PUBLISHED = [
    ("Felles innsats i prioriterte områder", 78, 70, 8),
    ("Rus blant unge", 92, 76, 16),
    ("Vold blant jevnaldrende", 104, 85, 19),
    ("Kriminalitetsforebygging på nett", 59, 47, 12),
]

FELLES, RUS, VOLD, NETT = (row[0] for row in PUBLISHED)
STARTED, NOT_STARTED = "Igangsatt", "Ikke igangsatt"

# The measures REPORT-2024 used as examples: (unit, area, title, status).
EXAMPLES = [
    ("Bydel Bjerke", FELLES, "Innsikts- og analysearbeid", STARTED),
    ("Region vest", FELLES, "Styrke SaLTo-nettverket lokalt og regionalt", STARTED),
    (
        "Uteseksjonen",
        FELLES,
        "Bygge tillit mellom barn og unge som oppholder seg i sentrum og hjelpesystemet",
        STARTED,
    ),
    (
        "Bydel Gamle Oslo",
        FELLES,
        "Øke trygghet og styrke lokalt samarbeid og koordinering for lokale løsninger",
        STARTED,
    ),
    (
        "Bydel Frogner",
        FELLES,
        "Implementering av Oslostandard for oppsøkende arbeid med utsatt ungdom",
        STARTED,
    ),
    ("Bydel St. Hanshaugen", FELLES, "Sommerjobb i form av aktiv park", STARTED),
    (
        "Bydel Søndre Nordstrand",
        FELLES,
        "Økt samarbeid og samordning mellom etater, ordinære tjenester og "
        "situasjonsbestemte innsatser",
        STARTED,
    ),
    ("Bydel Ullern", FELLES, "Kunnskapsinnhenting", STARTED),
    ("Bydel Grorud", FELLES, "Trygghetsvandring", STARTED),
    ("Bydel Alna", FELLES, "Spesialsatsning i delbydeler", STARTED),
    (
        "Bydel Bjerke",
        FELLES,
        "Trygghetsvandring/barnetråkk/planlegging av tryggere nærmiljø",
        NOT_STARTED,
    ),
    (
        "Bydel St. Hanshaugen",
        FELLES,
        "Felles rutine for samhandling ved alvorlige hendelser i ungdomsmiljøet",
        NOT_STARTED,
    ),
    (
        "Bydel Søndre Nordstrand",
        RUS,
        "Alle aktørene i SaLTo deltar på SaLTo-møter for bedre informasjonsflyt om rus",
        STARTED,
    ),
    ("Bydel Nordstrand", RUS, "Ung til ung formidling", STARTED),
    ("Bydel Gamle Oslo", RUS, "Øke kunnskap og nå ut til flere barn og unge", STARTED),
    ("Bydel Grorud", RUS, "Ung til ung-metoden med unge ruseksperter på ungdomsskoler", STARTED),
    ("Bydel Alna", RUS, "Informasjonsarbeid", STARTED),
    ("Bydel Nordstrand", RUS, "SAT-kartlegging av illegale rusmidler blant ungdom", STARTED),
    ("Uteseksjonen", RUS, "Ungdomspanel Slottsparken", STARTED),
    ("Bydel Gamle Oslo", RUS, "Forsterke rus- og kriminalitetsforebyggende arbeid", STARTED),
    ("Bydel Stovner", RUS, "Tverrfaglig rusforebyggende arbeid med skolen som arena", STARTED),
    ("Bydel Østensjø", RUS, "Styrke SaLTo-samarbeidet på de videregående skolene", STARTED),
    ("Bydel Vestre Aker", RUS, "Oppfølging av ungdom og foreldre", STARTED),
    ("Bydel Nordstrand", RUS, "Dialogmøter / «Faktasjekk» på biblioteket", NOT_STARTED),
    (
        "Bydel Østensjø",
        RUS,
        "Informasjon om lovlig og ulovlig rusbruk til foreldre og unge",
        NOT_STARTED,
    ),
    *[
        (
            unit,
            VOLD,
            "Forebygging av vold gjennom konflikthåndtering og gjenopprettende prosess",
            STARTED,
        )
        for unit in ("Bydel Grünerløkka", "Bydel Gamle Oslo", "Bydel Sagene")
    ],
    ("Bydel Østensjø", VOLD, "Politi og bydel samarbeider med FAU og natteravner", STARTED),
    ("Bydel Stovner", VOLD, "Økt tilstedeværelse på barn og unges arenaer", STARTED),
    (
        "Bydel Grünerløkka",
        VOLD,
        "SaLTo-oppfølging av ungdom med gjentatt eller alvorlig kriminalitet",
        STARTED,
    ),
    *[
        (unit, VOLD, "Tett oppfølging under og etter straffegjennomføring og varetekt", STARTED)
        for unit in ("Bydel Alna", "Bydel Grorud")
    ],
    ("Bydel Grünerløkka", VOLD, "Drivere og dynamikker rundt dealing i ungdomsmiljøet", STARTED),
    ("Bydel Alna", VOLD, "Sinnemestring", STARTED),
    ("Bydel Alna", VOLD, "Hjelp til unge som utøver vold", STARTED),
    ("Bydel Stovner", VOLD, "Aktivitetsguide i bydelen", STARTED),
    ("Bydel Nordstrand", VOLD, "Identifisere opprettholdende faktorer", NOT_STARTED),
    ("Bydel Nordre Aker", VOLD, "Kompetanseheving i gatemekling og sinnemestring", NOT_STARTED),
    (
        "Bydel Stovner",
        VOLD,
        "Tiltaksutvikling for ungdomsstraff og ungdomsoppfølging",
        NOT_STARTED,
    ),
    ("Bydel Ullern", NETT, "Kunnskap om nettbruk blant barn og unge", STARTED),
    (
        "Bydel Søndre Nordstrand",
        NETT,
        "Ungdommer holder kurs om nettbruk for ungdomsskolene",
        STARTED,
    ),
    ("Bydel Nordre Aker", NETT, "Spør først!", STARTED),
    (
        "Bydel Frogner",
        NETT,
        "Kunnskap om nettbruk blant barn og unge (digital møteplass)",
        STARTED,
    ),
    (
        "Bydel Bjerke",
        NETT,
        "Aktørene oppdaterer hverandre om nettvettkampanjer og trender",
        STARTED,
    ),
    ("Bydel Vestre Aker", NETT, "Utvikle digitale tilbud i bydelens ungdomstjenester", STARTED),
    ("Bydel Bjerke", NETT, "Styrke foreldres kompetanse om barn og unges nettbruk", NOT_STARTED),
    ("Bydel Grünerløkka", NETT, "Samarbeid med foreldre om forebygging på nett", NOT_STARTED),
]


@pytest.fixture(scope="module")
def ds():
    return load_dataset(paths.DATA / "2024", strict=True)


def test_sample_validates_without_warnings(ds):
    assert ds.errors == []
    assert ds.warnings == []
    assert len(ds.reports) == 17
    assert ds.missing_units == []


def test_published_figures(ds):
    t = dataset_tallies(ds)
    assert (t["year"], t["plan_period"]) == (2024, "2023-2025")
    assert (t["total"], t["started"], t["not_started"]) == (333, 278, 55)
    assert [(a["area"], a["total"], a["started"], a["not_started"]) for a in t["areas"]] == (
        PUBLISHED
    )


def test_every_unit_involved_district_school_and_police(ds):
    anchoring = tally.count_anchoring(ds.units, ds.period)
    assert anchoring["units"] == 17
    assert anchoring["district_involved"] == anchoring["school_involved"] == 17
    assert anchoring["police_involved"] == 17
    adopted = anchoring["adopted_by"]
    assert adopted["Styringsgruppen"] > adopted["Ledergruppen"] > 0


def test_some_unit_has_no_measures_in_some_area(ds):
    pairs = tally.count_by_unit_area(ds.measures, ds.period, list(ds.units["unit"]))
    assert (pairs["total"] == 0).any()


def test_the_published_examples_are_flagged(ds):
    flagged = ds.measures[ds.measures["example"]]
    columns = [flagged[c] for c in ("unit", "area", "title", "status")]
    found = set(zip(*columns, strict=True))
    assert found == set(EXAMPLES)


def test_shared_measure_with_differing_status(ds):
    shared = tally.count_shared_measures(ds.measures)
    three = shared[shared["title"].str.startswith("Forebygging av vold gjennom")]
    assert three.iloc[0]["units"] >= 3
    assert (shared["statuses"] > 1).any()


def test_reasons_tell_the_reports_story(ds):
    reasons = tally.count_reasons(ds.measures, ds.period)

    def main_reasons(area):
        rows = reasons[reasons["area"] == area]
        return set(rows[rows["count"] == rows["count"].max()]["reason"])

    assert "Prioritering" in main_reasons(VOLD)
    assert main_reasons(FELLES) & {"Mangel på ressurser", "Usikkerhet rundt behov"}
    nett = set(reasons[reasons["area"] == NETT]["reason"])
    assert {"Mangel på ressurser", "Prioritering", "Mangler kompetanse"} <= nett


def test_generator_reproduces_the_committed_workbooks(tmp_path):
    """`make sample-data` from the TOML content gives exactly the files in data/<year>/."""
    subprocess.run(
        [sys.executable, "data/generate_sample.py", "--out", str(tmp_path)],
        cwd=paths.ROOT,
        check=True,
        capture_output=True,
    )
    for year in (2024, 2025):
        committed = sorted((paths.DATA / str(year)).glob("*.xlsx"))
        written = sorted((tmp_path / str(year)).glob("*.xlsx"))
        assert [p.name for p in written] == [p.name for p in committed]
        for old, new in zip(committed, written, strict=True):
            assert new.read_bytes() == old.read_bytes(), new.name
