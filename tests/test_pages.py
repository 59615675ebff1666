"""The notebooks' page objects (`salto_lib.pages`), without building the book."""

from __future__ import annotations

import pandas as pd
import pytest
from book_fixture import write_fixture, written_substitutions

from salto_lib import myst, text
from salto_lib.pages import common
from salto_lib.pages.area import AreaPage
from salto_lib.pages.common import edition_folder, load
from salto_lib.pages.unit import UnitPage
from salto_lib.recipe import assemble, handover
from salto_lib.recipe.layout import BuildLayout


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    return write_fixture(tmp_path_factory.mktemp("parts") / "2024")


def test_area_page_parts(data, tmp_path):
    page = AreaPage("Rus blant unge", data, figures=tmp_path)
    counts = page.counts().data
    assert (
        "Av disse er to igangsatt (66,7\xa0%), og ett er ikke igangsatt ennå (33,3\xa0%)" in counts
    )
    assert "Bydel Grorud har ingen tiltak i dette området." in counts
    assert ":name: fig-omrade-02-enheter" in counts and ":alt: Liggende" in counts
    assert "gjelder ut 2025, så det er fortsatt tid" in page.not_started().data
    assert "Den hyppigste årsaken er «Prioritering» (ett tiltak)" in page.reasons().data
    examples = page.examples().data
    # Each example is a heading with its own anchor, so a text can link to it.
    assert "(eks-omrade-02-informasjonsarbeid)=\n### Informasjonsarbeid\n" in examples
    assert "\n### Ungdomspanel Slottsparken\n" in examples
    assert "Hva oppnås med tiltaket?" in examples
    assert "Foreldremøter om rus" in page.not_started_examples().data
    # The secretariat's text reaches the chapter as substitutions, section by section.
    from salto_lib import areatexts
    from salto_lib.pages.common import edition_folder

    texts = areatexts.area_substitutions(edition_folder(2024), "Rus blant unge")
    required = [k for k, needed, _ in areatexts.SECTIONS.values() if needed]
    assert all(texts[areatexts.PREFIX + k].strip() for k in required)
    later = page.not_started_examples().data
    assert "\n#### Foreldremøter om rus\n" in later and "(eks-omrade-02-ikke-" in later
    # Not started yet: the questions are in the future tense.
    assert "Hva oppnås" not in later and "Hva skal tiltaket oppnå?" in later


def test_area_page_when_everything_started(data, tmp_path):
    page = AreaPage("Felles innsats i prioriterte områder", data, figures=tmp_path)
    assert page.not_started().data.startswith("Alle tiltakene innen")
    assert "Alle tiltakene i området er igangsatt" in page.reasons().data
    # The same measure in two units is one example naming both.
    frame = page.measures.assign(example=True)
    page.measures = frame
    assert AreaPage.examples(page).data.count("Trygghetsvandring") == 1


def test_unknown_area_or_unit_is_a_norwegian_error(data):
    with pytest.raises(ValueError, match="ikke et innsatsområde"):
        AreaPage("Rus blant ungdom", data)
    with pytest.raises(ValueError, match="har ikke levert"):
        UnitPage("Bydel Bjerke", data)


def test_unit_page_says_who_took_part(data, tmp_path):
    page = UnitPage("Bydel Alna", data, figures=tmp_path)
    assert "Bydel, skole og politi var med på å utarbeide planen." in page.summary().data
    page.answers = page.answers.copy()
    page.answers["school_involved"] = False
    page.answers["police_involved"] = None
    said = page.summary().data
    assert "Bydel var med på å utarbeide planen, men ikke skole eller politi." in said
    table = page.measures_list().data
    assert "| Kriminalitetsforebygging på nett | \\(ingen tiltak\\) | – | – |" in table
    assert f"| {myst.BLANK} | Foreldremøter om rus |" in table  # the area on its first row only


def test_pages_cope_with_empty_areas_and_units(tmp_path):
    from workbooks import measure, write_workbook

    folder = tmp_path / "2024"
    write_workbook(folder / "a.xlsx", unit="Bydel Alna", measures=[measure(0, "Eneste")])
    write_workbook(folder / "b.xlsx", unit="Bydel Bjerke", measures=[])
    figures = tmp_path / "figurer"
    empty = AreaPage("Kriminalitetsforebygging på nett", folder, figures=figures)
    assert "Ingen enheter rapporterte tiltak innen" in empty.counts().data
    assert "Alle tiltakene" in empty.not_started().data
    assert "Ingen enheter har foreslått eksempler" in empty.examples().data
    unit = UnitPage("Bydel Bjerke", folder, figures=figures)
    assert "Bydel Bjerke rapporterte ingen tiltak for 2024." in unit.summary().data
    assert unit.measures_list().data.count("\\(ingen tiltak\\)") == 4
    _, subs = written_substitutions(load(folder), tmp_path / "bygg")
    assert subs["omrade_lavest"] == "Felles innsats i prioriterte områder"
    assert "Bydel Frogner" in subs["enheter_uten_arbeidsbok"]


def test_reasons_name_every_most_common_reason(data, tmp_path):
    page = AreaPage("Rus blant unge", data, figures=tmp_path)
    extra = page.measures.iloc[[0]].assign(status="Ikke igangsatt", reason="Annet")
    page.measures = pd.concat([page.measures, extra])
    said = page.reasons().data
    assert "De hyppigste årsakene er «Prioritering» og «Annet» (ett tiltak hver)." in said


def test_every_area_has_a_synthesis_text_for_2024():
    from salto_lib.period import period_for_year

    folder = edition_folder(2024) / "omrader"
    for area in period_for_year(2024).areas:
        assert (folder / f"{text.slug(area)}.md").is_file(), area
    assert assemble.missing_texts(2024) == []


def test_the_year_is_not_ignored_when_data_is_given(data):
    with pytest.raises(ValueError, match="er for 2024, ikke for 2025"):
        AreaPage("Rus blant unge", data, 2025)
    assert AreaPage("Rus blant unge", data, 2024).year == 2024


def test_pages_read_the_dataset_the_build_handed_over(data, tmp_path, monkeypatch):
    """A kernel of the build reads what its page reads of the validated dataset from its file,
    not the workbooks; a chapter or a unit's profile from a file holding its area or its unit
    alone shows what it shows from the folder (every page: tests/test_handover.py)."""
    ds = load(data)
    layout = BuildLayout(tmp_path / "out", tmp_path, ds.year)
    handover.hand_over(layout, ds, None)
    whole = handover.files(layout, ds, None)["rus-blant-unge"]
    alone = handover.files(layout, ds, None)["enhet-bydel-alna"]
    expected = {
        "area": AreaPage("Rus blant unge", data, 2024, figures=tmp_path).counts().data,
        "unit": UnitPage("Bydel Alna", data, 2024, figures=tmp_path).summary().data,
    }

    def no_reading(*args, **kwargs):
        raise AssertionError("the workbooks were read again")

    monkeypatch.setattr(common, "load_dataset", no_reading)
    area = AreaPage("Rus blant unge", data, 2024, figures=tmp_path, validated=whole)
    assert area.counts().data == expected["area"]
    unit = UnitPage("Bydel Alna", data, 2024, figures=tmp_path, validated=alone)
    assert unit.reporting == ["Bydel Alna"]
    assert unit.summary().data == expected["unit"]
    with pytest.raises(ValueError, match="har dataene fra"):
        AreaPage("Rus blant unge", tmp_path, 2024, validated=whole)
