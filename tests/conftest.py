import sys
from pathlib import Path

# tests/ holds helper modules (workbooks.py) that the test files import.
sys.path.insert(0, str(Path(__file__).parent))


import pytest  # noqa: E402


@pytest.fixture
def folder(tmp_path):
    """An empty year folder, `…/2024/`, for a test's workbooks."""
    d = tmp_path / "2024"
    d.mkdir()
    return d
