"""The template notebooks: committed clean, parameterised, and they run on the fixture data."""

from __future__ import annotations

import json

import nbformat
import papermill
import pytest
from book_fixture import write_fixture

from salto_lib import paths

TEMPLATES = sorted(paths.NOTEBOOKS.glob("*.ipynb"))


@pytest.fixture(scope="module")
def fixture_data(tmp_path_factory):
    return write_fixture(tmp_path_factory.mktemp("nbdata") / "2024")


def test_templates_are_committed_without_outputs():
    names = [t.name for t in TEMPLATES]
    assert names == ["endringer.ipynb", "enhet.ipynb", "omrade.ipynb", "tabeller.ipynb"]
    for template in TEMPLATES:
        nb = nbformat.read(template, as_version=4)
        code = [c for c in nb.cells if c.cell_type == "code"]
        assert all(not c.outputs and c.execution_count is None for c in code), template.name
        assert "parameters" in code[0].metadata.get("tags", []), template.name
        # Thin: no cell longer than a few lines; the logic lives in salto_lib.
        assert all(len(c.source.splitlines()) <= 5 for c in code), template.name


def _run(template, folder, tmp_path, **parameters):
    out = tmp_path / template
    papermill.execute_notebook(
        str(paths.NOTEBOOKS / template),
        str(out),
        parameters={"year": 2024, "data": str(folder), **parameters},
        cwd=str(tmp_path),
        kernel_name="python3",
        progress_bar=False,
    )
    nb = json.loads(out.read_text(encoding="utf-8"))
    return "\n".join(
        "".join(o.get("data", {}).get("text/markdown", ""))
        for c in nb["cells"]
        for o in c.get("outputs", [])
    )


@pytest.mark.slow
def test_area_notebook_runs(fixture_data, tmp_path):
    shown = _run("omrade.ipynb", fixture_data, tmp_path, area="Vold blant jevnaldrende")
    assert "rapporterte tre tiltak innen *Vold blant jevnaldrende*" in shown
    assert "Tett oppfølging etter varetekt" in shown and "Kompetanseheving i gatemekling" in shown
    assert "```{figure} figurer/omrade-03-enheter.*" in shown
    assert (tmp_path / "figurer" / "omrade-03-arsaker.svg").is_file()


@pytest.mark.slow
def test_unit_notebook_runs(fixture_data, tmp_path):
    shown = _run("enhet.ipynb", fixture_data, tmp_path, unit="Bydel Grorud")
    lead = "Bydel Grorud rapporterte fire tiltak for 2024: to igangsatt og to ikke igangsatt"
    assert lead in shown
    assert "Bydel, skole og politi var med på å utarbeide planen." in shown
    assert "Nettvett for foreldre" in shown and "Mangler kompetanse" in shown
    assert "Kapasitet, sier Bydel Grorud." in shown


@pytest.mark.slow
def test_tables_notebook_runs(fixture_data, tmp_path):
    shown = _run("tabeller.ipynb", fixture_data, tmp_path)
    assert "| Alle områder | 11 | 8 | 3 |" in shown
    assert "Trygghetsvandring" in shown  # the measure two units share


@pytest.mark.slow
def test_changes_notebook_runs(tmp_path):
    """The changes chapter, on the 2025 sample against 2024 (the deltas are in data/README.md)."""
    out = tmp_path / "endringer.ipynb"
    papermill.execute_notebook(
        str(paths.NOTEBOOKS / "endringer.ipynb"),
        str(out),
        parameters={
            "year": 2025,
            "data": str(paths.DATA / "2025"),
            "previous": str(paths.DATA / "2024"),
        },
        cwd=str(tmp_path),
        kernel_name="python3",
        progress_bar=False,
    )
    text = out.read_text(encoding="utf-8")
    assert "342 tiltak, mot 333 i 2024" in text
    assert (tmp_path / "figurer" / "endringer-omrader.svg").is_file()
