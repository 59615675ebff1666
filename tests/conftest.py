import re
import subprocess
import sys
from pathlib import Path

# tests/ holds helper modules (workbooks.py) that the test files import.
sys.path.insert(0, str(Path(__file__).parent))


import pytest  # noqa: E402
from book_fixture import run_build, write_fixture  # noqa: E402

OUTPUT = pytest.StashKey[Path]()


@pytest.fixture
def folder(tmp_path):
    """An empty year folder, `…/2024/`, for a test's workbooks."""
    d = tmp_path / "2024"
    d.mkdir()
    return d


@pytest.fixture(scope="session")
def fixture_data(tmp_path_factory) -> Path:
    return write_fixture(tmp_path_factory.mktemp("data") / "2024")


@pytest.fixture(scope="session")
def built(fixture_data, tmp_path_factory) -> tuple[Path, subprocess.CompletedProcess]:
    """The fixture data built into a book once per session (HTML and PDF): `(OUT, result)`."""
    out = tmp_path_factory.mktemp("out") / "2024"
    result = run_build(fixture_data, "--out", out)
    assert result.returncode == 0, result.stdout + result.stderr
    return out, result


@pytest.fixture(scope="session")
def published_site(built, fixture_data, tmp_path_factory) -> Path:
    """SITE from `python -m salto_lib publish`: the fixture's 2024 edition and a 2025 edition
    (web only, a draft, with the chapter on changes from 2024)."""
    (fixture_data.parent / "2025").mkdir(exist_ok=True)
    data_2025 = write_fixture(fixture_data.parent / "2025", 2025)
    out_2025 = built[0].parent / "2025"
    result = run_build(data_2025, "--out", out_2025, "--no-pdf")
    assert result.returncode == 0, result.stdout + result.stderr
    site = tmp_path_factory.mktemp("site") / "nettsted"
    from salto_lib import paths

    result = subprocess.run(
        [sys.executable, "-m", "salto_lib", "publish", built[0], out_2025, "--out", site],
        capture_output=True,
        text=True,
        cwd=paths.ROOT,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return site


@pytest.fixture(scope="session")
def pdf_text(built) -> str:
    out, _ = built
    text = subprocess.run(
        ["pdftotext", "-layout", str(out / "salto-arsrapport-2024.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return re.sub(r"[ \t\xa0]+", " ", text)


@pytest.fixture(scope="session")
def test_output(tmp_path_factory, pytestconfig) -> Path:
    """Where the tests leave what a person should look at: screenshots and PDF pages."""
    folder = tmp_path_factory.mktemp("test-output")
    pytestconfig.stash[OUTPUT] = folder
    return folder


def pytest_terminal_summary(terminalreporter, config):
    # Said at the end of the run, where a reviewer looks, not hidden in captured output.
    if OUTPUT in config.stash:
        terminalreporter.write_line(f"Skjermbilder og PDF-sider: {config.stash[OUTPUT]}")
