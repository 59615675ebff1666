"""Reviewers: `verify` re-runs everything and proves every published number; builds are
deterministic and incremental (issue 6)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys

import pytest
from book_fixture import write_fixture
from openpyxl import load_workbook
from pdf_fixture import pdf_with_text

from salto_lib import paths
from salto_lib.commands.verify import compare_shown

# One fixed build date, as a release would set it: the same inputs then give the same bytes.
EPOCH = {"SOURCE_DATE_EPOCH": "1735689600"}  # 2025-01-01


def salto(*args, env=None):
    import os

    return subprocess.run(
        [sys.executable, "-m", "salto_lib", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=paths.ROOT,
        timeout=900,
        env={**os.environ, **EPOCH, **(env or {})},
    )


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    """A web edition of the fixture data, published to OUT."""
    data = write_fixture(tmp_path_factory.mktemp("verify-data") / "2024")
    out = tmp_path_factory.mktemp("verify-out") / "2024"
    result = salto("build", data, "--out", out, "--no-pdf")
    assert result.returncode == 0, result.stdout + result.stderr
    return data, out, result


def copy_of(out, tmp_path):
    target = tmp_path / "2024"
    shutil.copytree(out, target)
    return target


@pytest.mark.slow
def test_verify_passes_on_a_fresh_build(published):
    data, out, _ = published
    result = salto("verify", out, "--data", data)
    assert result.returncode == 0, result.stdout + result.stderr
    line = result.stdout.strip().splitlines()[-1]
    assert line.startswith("OK: alle ") and "tall stemmer" in line
    assert int(line.split()[2]) > 100  # every number of the book, not a handful


@pytest.mark.slow
def test_verify_names_each_tampered_number(published, tmp_path):
    data, out, _ = published
    out = copy_of(out, tmp_path)
    tallies = json.loads((out / "tallies.json").read_text(encoding="utf-8"))
    tallies["areas"][1]["started"] += 1
    (out / "tallies.json").write_text(json.dumps(tallies), encoding="utf-8")
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    entry = next(e for e in manifest if e["source"].startswith("tab-") and e["value"] == "3")
    entry["value"] = "4"
    (out / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    with (out / "nedlasting" / "tiltak-2024.csv").open("a", encoding="utf-8") as f:
        f.write("Bydel Alna;Rus blant unge;Oppdiktet;Igangsatt;\r\n")
    result = salto("verify", out, "--data", data)
    assert result.returncode == 1
    assert "nedlastinger: tiltak-2024.csv: publisert " in result.stdout
    assert "tallies.json: areas[Rus blant unge].started: publisert 3, beregnet på nytt 2" in (
        result.stdout
    )
    assert f"{entry['chapter']}: {entry['where']}" in result.stdout
    assert "publisert 4, beregnet på nytt 3" in result.stdout


@pytest.mark.slow
def test_verify_reads_the_pages_readers_see(published, tmp_path):
    """A number changed in a page, and a chart swapped in the site, are each named."""
    data, out, _ = published
    out = copy_of(out, tmp_path)
    page = out / "html" / "innledning.html"
    html = page.read_text(encoding="utf-8")
    assert "rapporterte de 11 tiltak" in html
    page.write_text(html.replace("rapporterte de 11 tiltak", "rapporterte de 12 tiltak"), "utf-8")
    images = sorted((out / "html" / "_images").glob("*.svg"))
    images[0].write_bytes(images[1].read_bytes())  # another chart under the first one's name
    result = salto("verify", out, "--data", data)
    assert result.returncode == 1, result.stdout
    assert "html/innledning.html: tall på siden (…" in result.stdout
    assert "publisert «12», beregnet på nytt «11»" in result.stdout
    assert f"filer i nettutgaven: _images/{images[0].name}: publisert " in result.stdout


@pytest.mark.slow
def test_verify_catches_another_pdf(built, fixture_data, tmp_path):
    """The PDF replaced by another (here: the same edition with its third page gone)."""
    import pikepdf

    out, _ = built
    out = copy_of(out, tmp_path)
    pdf = out / "salto-arsrapport-2024.pdf"
    with pikepdf.open(pdf, allow_overwriting_input=True) as doc:
        del doc.pages[2]
        doc.save(pdf)
    result = salto("verify", out, "--data", fixture_data)
    assert result.returncode == 1, result.stdout
    assert "salto-arsrapport-2024.pdf side 3: tall på siden" in result.stdout
    assert "PDF-en på nettsiden: salto-arsrapport-2024.pdf: publisert " in result.stdout


@pytest.mark.slow
def test_verify_catches_a_workbook_changed_after_publishing(published, tmp_path):
    data, out, _ = published
    changed = tmp_path / "data" / "2024"
    shutil.copytree(data, changed)
    path = changed / "enhet-1.xlsx"  # Bydel Grorud
    wb = load_workbook(path)
    tiltak = wb["Tiltak"]
    row = next(r for r in tiltak.iter_rows(min_row=2) if r[1].value == "Nettvett for foreldre")
    row[2].value, row[3].value = "Igangsatt", None
    wb.save(path)
    result = salto("verify", out, "--data", changed)
    assert result.returncode == 1
    assert "arbeidsbøkene: «enhet-1.xlsx» (SHA-256)" in result.stdout
    assert "tallies.json: started: publisert 8, beregnet på nytt 9" in result.stdout


@pytest.mark.slow
def test_two_builds_are_identical(published, tmp_path):
    data, out, _ = published
    again = tmp_path / "2024"
    result = salto("build", data, "--out", again, "--no-pdf", "--fresh")
    assert result.returncode == 0, result.stdout
    for name in ("tallies.json", "manifest.json", "provenance.json"):
        assert (out / name).read_bytes() == (again / name).read_bytes(), name
    for folder in ("nedlasting", "figurer"):
        first = {p.name: p.read_bytes() for p in (out / folder).iterdir()}
        second = {p.name: p.read_bytes() for p in (again / folder).iterdir()}
        assert first.keys() == second.keys() and first == second, folder


@pytest.mark.slow
def test_provenance_appendix(published):
    data, out, _ = published
    provenance = json.loads((out / "provenance.json").read_text(encoding="utf-8"))
    assert set(provenance["workbooks"]) == {"enhet-0.xlsx", "enhet-1.xlsx", "enhet-2.xlsx"}
    assert provenance["build_date"] == "2025-01-01"
    page = (out / "html" / "proveniens.html").read_text(encoding="utf-8")
    for digest in provenance["workbooks"].values():
        assert digest in page
    assert provenance["plan_period_file"]["sha256"] in page
    assert provenance["git_commit"].split("-")[0] in page
    text = " ".join(re.sub(r"<[^>]+>", " ", page).split())
    assert "python -m salto_lib verify UT" in text and "1. januar 2025" in text


@pytest.mark.slow
def test_one_changed_workbook_reruns_only_what_depends_on_it(published, tmp_path):
    data, out, _ = published
    changed = tmp_path / "data" / "2024"
    shutil.copytree(data, changed)
    target = tmp_path / "out" / "2024"
    first = salto("build", changed, "--out", target, "--no-pdf")
    assert first.returncode == 0
    again = salto("build", changed, "--out", target, "--no-pdf")
    # Nothing changed: said before anything is read or run (`recipe.stamp`).
    assert "Ingenting er endret siden forrige bygg" in again.stdout
    wb = load_workbook(changed / "enhet-2.xlsx")  # Uteseksjonen
    wb["Vurdering"]["B2"] = "Ny vurdering."
    wb.save(changed / "enhet-2.xlsx")
    third = salto("build", changed, "--out", target, "--no-pdf", "--replace")
    # Progress lines name each notebook run ("  rus-blant-unge: 3,1 s"), then the renderers.
    timed = re.findall(r"^  ([a-zæøå-]+): \d", third.stdout, re.M)
    ran = sorted(set(timed) - {"nettutgave", "PDF"})
    # The answer shows on the unit's profile alone; the tables and chapters do not read it
    # (they were run again before issue 17, when every job was keyed by all workbooks).
    assert ran == ["enhet-uteseksjonen"]


@pytest.mark.slow
def test_a_published_edition_is_replaced_only_with_replace(published, tmp_path):
    """Rebuilding a published edition from changed data refuses; --replace keeps the old one."""
    data, _, _ = published
    book = tmp_path / "book"
    shutil.copytree(paths.BOOK, book)
    (book / "2024" / "utgave.toml").write_text("publisert = 2025-03-14\n", encoding="utf-8")
    env = {"SALTO_BOOK": str(book), "SOURCE_DATE_EPOCH": ""}
    changed = tmp_path / "data" / "2024"
    shutil.copytree(data, changed)
    out = tmp_path / "out" / "2024"
    first = salto("build", changed, "--out", out, "--no-pdf", env=env)
    assert first.returncode == 0, first.stdout + first.stderr
    provenance = json.loads((out / "provenance.json").read_text(encoding="utf-8"))
    assert provenance["edition"]["published"] == "2025-03-14"
    assert provenance["build_date"] == "2025-03-14"  # the publication date, not the clock
    assert provenance["data_folder"] == "2024"  # outside the repository: its name only
    assert str(tmp_path) not in (out / "provenance.json").read_text(encoding="utf-8")
    before = (out / "tallies.json").read_bytes()
    wb = load_workbook(changed / "enhet-1.xlsx")
    wb["Vurdering"]["B2"] = "Endret etter publisering."
    wb.save(changed / "enhet-1.xlsx")
    refused = salto("build", changed, "--out", out, "--no-pdf", env=env)
    assert refused.returncode == 1
    assert "er den publiserte utgaven for 2024 (publisert 2025-03-14)" in refused.stdout
    assert "arbeidsbøkene er endret siden" in refused.stdout and "--replace" in refused.stdout
    assert (out / "tallies.json").read_bytes() == before
    replaced = salto("build", changed, "--out", out, "--no-pdf", "--replace", env=env)
    assert replaced.returncode == 0, replaced.stdout
    [kept] = list(out.parent.glob("2024.*.bak"))
    assert (kept / "tallies.json").read_bytes() == before
    assert "Den forrige utgaven er tatt vare på" in replaced.stdout


def test_a_pdf_that_cannot_be_read_is_named_once(tmp_path):
    """Another kind of file under the PDF's name: one difference, not one per missing page."""
    page = "<html><body><p>Til sammen 11 tiltak.</p></body></html>"
    for side in ("published", "rebuilt"):
        (tmp_path / side / "html").mkdir(parents=True)
        (tmp_path / side / "html" / "innledning.html").write_text(page, encoding="utf-8")
    pdf_with_text(tmp_path / "rebuilt" / "salto-arsrapport-2024.pdf", ["Til sammen 11 tiltak."])
    for where in ("", "html/"):
        (tmp_path / "published" / f"{where}salto-arsrapport-2024.pdf").write_text("<html></html>")
    seen, diffs = compare_shown(tmp_path / "published", tmp_path / "rebuilt")
    assert seen == 1  # the numbers of the HTML page are compared still
    assert [str(d) for d in diffs] == [
        "  PDF-en: salto-arsrapport-2024.pdf: publisert kan ikke leses som PDF, "
        "beregnet på nytt kan leses"
    ]
