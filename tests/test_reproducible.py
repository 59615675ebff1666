"""Same inputs and code give the same edition, byte for byte, from any folder (issue 12)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from salto_lib import paths

EPOCH = "1741910400"  # 2025-03-14, as an edition's publication date sets it
LEFT_OUT = shutil.ignore_patterns(
    ".git", ".venv", "_build", "node_modules", "__pycache__", ".*cache"
)


def clone(target: Path) -> Path:
    """The repository's files (as they are now) in another folder."""
    shutil.copytree(paths.ROOT, target, ignore=LEFT_OUT, symlinks=True)
    return target


def build_in(repo: Path, data: Path, *args: str) -> Path:
    out = repo / "_build" / "2024"
    env = {**os.environ, "PYTHONPATH": str(repo), "SOURCE_DATE_EPOCH": EPOCH}
    result = subprocess.run(
        [sys.executable, "-m", "salto_lib", "build", str(data), "--out", str(out), *args],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        timeout=1200,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return out


def files(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()}


@pytest.mark.slow
def test_two_clones_in_different_folders_build_identical_editions(fixture_data, tmp_path):
    first = build_in(clone(tmp_path / "a" / "repo"), fixture_data)
    second = build_in(clone(tmp_path / "another" / "place" / "salto"), fixture_data)
    one, two = files(first), files(second)
    assert one.keys() == two.keys()
    differing = sorted(name for name in one if one[name] != two[name])
    assert differing == []
    # No local path in any file: not the clone, not the data folder, not the home folder.
    for name, content in one.items():
        for local in (str(tmp_path), str(Path.home()), "/tmp/"):
            assert local.encode() not in content, (name, local)
