"""Downloads: CSV and XLSX of the measures and tallies; workbook text never becomes a formula."""

import csv
import shutil
import subprocess

import pytest
from openpyxl import load_workbook
from workbooks import measure, write_workbook

from salto_lib.dataset import load_dataset
from salto_lib.downloads import write_downloads

HOSTILE = ['=HYPERLINK("http://example.com","klikk")', "+1+1", "-2+3", "@SUM(1,2)", "=1+1"]


@pytest.fixture
def downloads(folder, tmp_path):
    write_workbook(
        folder / "a.xlsx",
        measures=[measure(i % 4, title) for i, title in enumerate(HOSTILE)]
        + [measure(1, "Vanlig tiltak", "Ikke igangsatt", "Prioritering")],
    )
    out = tmp_path / "nedlasting"
    write_downloads(load_dataset(folder, strict=True), out)
    return out


def test_files(downloads):
    names = sorted(p.name for p in downloads.iterdir())
    assert names == [
        "tall-2024.xlsx",
        "tall-arsaker-2024.csv",
        "tall-enheter-2024.csv",
        "tall-innsatsomrader-2024.csv",
        "tiltak-2024-felles-innsats-i-prioriterte-omrader.csv",
        "tiltak-2024-kriminalitetsforebygging-pa-nett.csv",
        "tiltak-2024-rus-blant-unge.csv",
        "tiltak-2024-vold-blant-jevnaldrende.csv",
        "tiltak-2024.csv",
        "tiltak-2024.xlsx",
    ]


def test_csv_cells_are_neutralised(downloads):
    with (downloads / "tiltak-2024.csv").open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f, delimiter=";"))
    titles = [r["Tiltak"] for r in rows]
    assert titles[:5] == ["'" + t for t in HOSTILE]
    assert titles[5] == "Vanlig tiltak"
    assert rows[5]["Årsak"] == "Prioritering"


def test_csv_tallies(downloads):
    with (downloads / "tall-innsatsomrader-2024.csv").open(encoding="utf-8-sig") as f:
        rows = list(csv.reader(f, delimiter=";"))
    assert rows[0] == ["År", "Innsatsområde", "Tiltak", "Igangsatt", "Ikke igangsatt"]
    assert rows[-1] == ["2024", "Alle", "6", "5", "1"]


def test_every_file_says_its_year_and_the_workbooks_explain_the_data(downloads):
    for path in downloads.glob("*.csv"):
        with path.open(encoding="utf-8-sig", newline="") as f:
            rows = list(csv.reader(f, delimiter=";"))
        assert rows[0][0] == "År" and {r[0] for r in rows[1:]} <= {"2024"}, path.name
    for name in ("tiltak-2024.xlsx", "tall-2024.xlsx"):
        about = load_workbook(downloads / name)["Om dataene"]
        rows = {r[0]: r[1] for r in about.iter_rows(min_row=2, values_only=True)}
        assert rows["Rapporteringsår"] == "2024" and rows["Lisens"] == "NLOD 2.0"
        assert rows["Kilde"].startswith("Enhetenes rapporteringsarbeidsbøker")
        assert "Definisjon: Ikke igangsatt" in rows


def test_xlsx_text_is_text(downloads):
    ws = load_workbook(downloads / "tiltak-2024.xlsx").active
    cells = [row[3] for row in ws.iter_rows(min_row=2)]
    assert [c.value for c in cells[:5]] == HOSTILE
    assert {c.data_type for c in cells} == {"s"}
    counts = load_workbook(downloads / "tall-2024.xlsx")
    assert counts.sheetnames == ["Innsatsområder", "Enheter", "Årsaker", "Om dataene"]
    assert counts["Innsatsområder"]["C6"].value == 6


@pytest.mark.skipif(not shutil.which("soffice"), reason="needs LibreOffice (make test installs it)")
def test_libreoffice_evaluates_no_formula(downloads, tmp_path):
    out = tmp_path / "lo"
    for name in ("tiltak-2024.xlsx", "tiltak-2024.csv"):
        subprocess.run(
            [
                "soffice",
                "--headless",
                f"-env:UserInstallation=file://{tmp_path}/profile",
                "--convert-to",
                "csv:Text - txt - csv (StarCalc):59,34,76",
                "--outdir",
                str(out / name.split(".")[1]),
                str(downloads / name),
            ],
            capture_output=True,
            timeout=180,
            check=True,
        )
    for kind in ("xlsx", "csv"):
        text = (out / kind / "tiltak-2024.csv").read_text("utf-8")
        assert "klikk" in text and "HYPERLINK" in text  # shown as text, not a link
        assert ";2;" not in text and ";1;" not in text  # "=1+1", "-2+3" were not computed
