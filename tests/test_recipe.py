"""The build's steps (`salto_lib.recipe`) one by one, without building the book."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from book_fixture import write_fixture

from salto_lib import areatexts, paths
from salto_lib.dataset import load_dataset
from salto_lib.pages.common import load
from salto_lib.recipe import assemble, execute, handover, jobs
from salto_lib.recipe.jupyter_book import log_excerpt
from salto_lib.recipe.layout import BuildLayout


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    return write_fixture(tmp_path_factory.mktemp("parts") / "2024")


def test_jobs_follow_the_plan_period(data, tmp_path):
    ds = load(data)
    planned = jobs.plan_jobs(ds, BuildLayout(tmp_path / "out", tmp_path, ds.year), None)
    assert [j.output for j in planned] == [
        "tabeller.ipynb",
        "omrade-01.ipynb",
        "omrade-02.ipynb",
        "omrade-03.ipynb",
        "omrade-04.ipynb",
        "enhet-01-bydel-alna.ipynb",
        "enhet-02-bydel-grorud.ipynb",
        "enhet-03-uteseksjonen.ipynb",
    ]
    assert planned[2].parameters["area"] == "Rus blant unge"
    # The chapter's title and the secretariat's text, a substitution per section.
    subs = planned[2].substitutions
    assert subs["omrade"] == "Rus blant unge"
    assert set(subs) == {"omrade"} | {"omrade_" + k for k, _, _ in areatexts.SECTIONS.values()}
    assert subs["omrade_byomfattende"] == "\n" and subs["omrade_arsaker"].strip()


def test_a_failed_book_build_shows_the_cause(tmp_path):
    log = tmp_path / "singlehtml.log"
    log.write_text(
        "Running Sphinx v7.4.7\n"
        "innledning.md:3: WARNING: undefined label: 'fig-x'\n"
        "tabeller.ipynb: ERROR: Unknown directive type: 'tabel'\n"
        "Traceback (most recent call last):\n",
        encoding="utf-8",
    )
    shown = log_excerpt(log)
    assert "undefined label" in shown and "Unknown directive" in shown
    assert "Running Sphinx" not in shown and "Traceback" not in shown


def test_docutils_conf_disables_file_insertion_and_raw(tmp_path, monkeypatch):
    """The book's docutils.conf (passed to Jupyter Book as DOCUTILSCONFIG) really takes effect."""
    from docutils.core import publish_string

    from salto_lib.recipe.assemble import DOCUTILS_CONF

    source = ".. include:: /etc/passwd\n\n.. raw:: html\n\n   <b>rå</b>\n"
    quiet = {"report_level": 5}
    assert "root:x" in publish_string(source, writer_name="html", settings_overrides=quiet).decode()
    conf = tmp_path / "docutils.conf"
    conf.write_text(DOCUTILS_CONF, encoding="utf-8")
    monkeypatch.setenv("DOCUTILSCONFIG", str(conf))
    out = publish_string(source, writer_name="html", settings_overrides=quiet).decode()
    assert "root:x" not in out and "<b>rå</b>" not in out


def test_a_kernel_that_dies_while_starting_is_started_again(tmp_path, monkeypatch):
    """Two kernels started at once can collide on a port; the notebook then runs again, but a
    notebook that fails in its own code is not repeated."""
    import papermill
    from papermill.exceptions import PapermillExecutionError

    calls = []

    def flaky(*args, **kwargs):
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("Kernel died before replying to kernel_info")

    monkeypatch.setattr(papermill, "execute_notebook", flaky)
    monkeypatch.setattr(execute, "finish_notebook", lambda *a: None)
    job = jobs.NotebookJob(paths.NOTEBOOKS / "omrade.ipynb", "omrade-01.ipynb", {})
    execute.execute_notebook(job, tmp_path)
    assert len(calls) == 2

    def broken(*args, **kwargs):
        calls.append(1)
        raise PapermillExecutionError(0, 1, "x", "ValueError", "feil i cellen", [])

    calls.clear()
    monkeypatch.setattr(papermill, "execute_notebook", broken)
    with pytest.raises(PapermillExecutionError):
        execute.execute_notebook(job, tmp_path)
    assert len(calls) == 1


def test_job_keys_name_what_each_notebook_reads(data, tmp_path):
    """Changing one unit's workbook re-runs that unit's profile and the chapters that add up
    every unit, not the other profiles: each kernel is handed a dataset made from exactly the
    workbooks its key covers."""
    from openpyxl import load_workbook

    folder = tmp_path / "2024"
    shutil.copytree(data, folder)
    layout = BuildLayout(tmp_path / "out", tmp_path / "work", 2024)

    def planned():
        ds = load_dataset(folder, strict=True)
        common = jobs.fingerprint()
        return {
            j.output: (jobs.job_key(j, common), j.parameters)
            for j in jobs.plan_jobs(ds, layout, None)
        }

    before = planned()
    path = folder / "enhet-0.xlsx"  # Bydel Alna
    wb = load_workbook(path)
    wb["Tiltak"]["F2"] = "Oppdatert etter ny gjennomgang."
    wb.save(path)
    after = planned()
    changed = {name for name in before if before[name] != after[name]}
    assert changed == {
        "tabeller.ipynb",
        "omrade-01.ipynb",
        "omrade-02.ipynb",
        "omrade-03.ipynb",
        "omrade-04.ipynb",
        "enhet-01-bydel-alna.ipynb",
    }
    # The file a job is handed is named after the workbooks it was made from.
    assert (
        before["enhet-02-bydel-grorud.ipynb"][1]["validated"]
        == (after["enhet-02-bydel-grorud.ipynb"][1]["validated"])
    )
    assert before["omrade-01.ipynb"][1]["validated"] != after["omrade-01.ipynb"][1]["validated"]


def test_the_build_hands_every_job_the_file_it_names(data, tmp_path):
    ds = load(data)
    layout = BuildLayout(tmp_path / "out", tmp_path, ds.year)
    (layout.datasets).mkdir(parents=True)
    (layout.datasets / "2023-gammel.pickle").write_bytes(b"")  # an earlier build's
    planned = jobs.plan_jobs(ds, layout, None)
    handover.hand_over(layout, ds, None)
    named = {Path(j.parameters["validated"]) for j in planned}
    assert set(layout.datasets.glob("*.pickle")) == named
    assert len(named) == 1 + len(ds.reports)  # the whole dataset, and each unit's alone


def test_assembling_returns_what_it_computed(data, tmp_path):
    """The downloads, provenance and substitutions are returned, not read back from disk."""
    ds = load(data)
    layout = BuildLayout(tmp_path / "out", tmp_path, ds.year)
    layout.src.mkdir(parents=True)
    written = assemble.write_files(ds, layout, pdf=False)
    assert Path("nedlasting/tiltak-2024.csv") in written.downloads
    assert all((layout.src / p).is_file() for p in written.downloads)
    assert written.provenance["pdf"] is False and written.provenance["year"] == 2024
    assert (layout.figures / "oversikt-omrader.svg").is_file()
    subs = assemble.substitutions(ds, layout, written, pdf=False)
    assert subs["lenke_pdf"] == ""  # a web-only edition links no PDF
    assert "<nedlasting/tiltak-2024.csv>" in subs["nedlastinger"]
    assemble.assemble(ds, layout, False, subs)
    config = yaml.safe_load((layout.src / "_config.yml").read_text(encoding="utf-8"))
    assert config["parse"]["myst_substitutions"] == subs  # for Sphinx, not read back
