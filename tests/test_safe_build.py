"""Nothing lost, nothing mixed (issue 16): OUT is ours or nothing, one build at a time per OUT,
an atomic swap, a work folder that survives a kill at any stage, and a full disk."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from workbooks import measure, write_workbook

from salto_lib import paths
from salto_lib.recipe import cache, outdir
from salto_lib.recipe.console import BuildError
from salto_lib.recipe.layout import BuildLayout

EPOCH = "1741910400"  # a fixed edition date, so two builds of the same inputs are byte-identical


def snapshot(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def build(*args, env=None, cwd=paths.ROOT) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "salto_lib", "build", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=900,
        env={**os.environ, "SOURCE_DATE_EPOCH": EPOCH, **(env or {})},
    )


# -- OUT is ours or nothing ----------------------------------------------------------------------


def test_out_as_the_data_folder_is_refused_and_nothing_is_touched(fixture_data, tmp_path):
    data = tmp_path / "2024"
    shutil.copytree(fixture_data, data)
    before = snapshot(data)
    started = time.perf_counter()
    result = build(data, "--out", data)
    assert result.returncode == 1
    assert "er datamappen" in result.stdout and "Ingenting er rørt" in result.stdout
    assert "Kontrollerer" not in result.stdout  # refused before the workbooks were read
    assert time.perf_counter() - started < 60
    assert snapshot(data) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["2024"]  # no lock, no cache, no stage
    # A folder holding the data folder is refused the same way.
    result = build(data, "--out", tmp_path)
    assert result.returncode == 1 and "inneholder den" in result.stdout
    assert snapshot(data) == before


def _repository_state() -> tuple[str, dict[str, float]]:
    status = subprocess.run(
        ["git", "status", "--porcelain", "--ignored"], cwd=paths.ROOT, capture_output=True
    ).stdout.decode()
    # `.git` is left out: `git status` itself may refresh the index (and so the folder's time).
    return status, {p.name: p.lstat().st_mtime for p in paths.ROOT.iterdir() if p.name != ".git"}


def test_out_as_the_repository_is_refused_and_nothing_is_touched(fixture_data):
    before = _repository_state()
    tracked = subprocess.run(
        ["git", "ls-files", "-z"], cwd=paths.ROOT, capture_output=True
    ).stdout.split(b"\0")
    sums = {
        name: hashlib.sha256((paths.ROOT / name.decode()).read_bytes()).hexdigest()
        for name in tracked
        if name and (paths.ROOT / name.decode()).is_file()
    }
    result = build(fixture_data, "--out", ".")  # run from the repository's root
    assert result.returncode == 1
    assert f"UT-mappen {paths.ROOT} er repoet" in result.stdout
    assert "Traceback" not in result.stderr
    assert _repository_state() == before
    assert {
        name: hashlib.sha256((paths.ROOT / name.decode()).read_bytes()).hexdigest() for name in sums
    } == sums


def test_out_as_the_home_folder_or_a_folder_that_is_no_edition_is_refused(tmp_path, monkeypatch):
    data = tmp_path / "data"
    data.mkdir()
    monkeypatch.setenv("HOME", str(tmp_path / "x" / "home"))
    (tmp_path / "x" / "home").mkdir(parents=True)
    assert "er hjemmemappen" in outdir.refusal(tmp_path / "x" / "home", data)
    assert "hjemmemappen" in outdir.refusal(tmp_path / "x", data)  # holds the home folder
    assert "ligger i datamappen" in outdir.refusal(data / "ut", data)
    other = tmp_path / "rapporter"
    other.mkdir()
    (other / "viktig.docx").write_bytes(b"ikke en utgave")
    assert ".salto-utgave mangler" in outdir.refusal(other, data)
    (tmp_path / "fil").write_text("x")
    assert "ikke en mappe" in outdir.refusal(tmp_path / "fil", data)
    # What a build may replace: nothing, an empty folder, an earlier edition.
    assert outdir.refusal(tmp_path / "ny", data) is None
    (tmp_path / "tom").mkdir()
    assert outdir.refusal(tmp_path / "tom", data) is None
    (other / BuildLayout.MARKER).write_text("")
    assert outdir.refusal(other, data) is None


def test_a_folder_that_is_no_edition_is_refused_by_the_build(fixture_data, tmp_path):
    out = tmp_path / "rapporter"
    out.mkdir()
    (out / "viktig.docx").write_bytes(b"ikke en utgave")
    result = build(fixture_data, "--out", out)
    assert result.returncode == 1 and "er ikke en tidligere utgave" in result.stdout
    assert [p.name for p in out.iterdir()] == ["viktig.docx"]


# -- one build at a time ---------------------------------------------------------------------------


def test_a_second_build_of_the_same_out_is_refused_while_the_first_runs(fixture_data, tmp_path):
    out = tmp_path / "ut"
    with outdir.build_lock(out.resolve()):
        result = build(fixture_data, "--out", out, "--no-pdf")
    assert result.returncode == 1
    line = next(x for x in result.stdout.splitlines() if "en annen bygging" in x)
    assert f"FEIL: en annen bygging av {out.resolve()} pågår (startet 20" in line
    assert f"prosess {os.getpid()}" in line
    assert not out.exists() and not (tmp_path / ".ut.cache").exists()


def test_the_lock_of_a_killed_build_is_taken_over(tmp_path):
    out = tmp_path / "ut"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from pathlib import Path; from salto_lib.recipe import outdir\n"
            "with outdir.build_lock(Path(sys.argv[1])):\n"
            "    print('holding', flush=True); time.sleep(600)",
            str(out),
        ],
        stdout=subprocess.PIPE,
        text=True,
        cwd=paths.ROOT,
    )
    assert holder.stdout.readline().strip() == "holding"
    with pytest.raises(BuildError, match="en annen bygging"), outdir.build_lock(out):
        pass
    holder.kill()  # as kill -9: the lock file stays behind
    holder.wait()
    assert (tmp_path / ".ut.lock").exists()
    with outdir.build_lock(out):
        pass  # taken over without any clean-up


# -- the swap --------------------------------------------------------------------------------------


@pytest.mark.parametrize("exchange", [True, False])
def test_swap_replaces_out_as_a_whole(tmp_path, monkeypatch, exchange):
    if not exchange:
        monkeypatch.setattr(outdir, "_exchange", lambda a, b: False)
    out, stage = tmp_path / "ut", tmp_path / ".build-ut-x"
    (out / "html").mkdir(parents=True)
    (out / "html" / "gammel.html").write_text("gammel")
    (stage / "result").mkdir(parents=True)
    (stage / "result" / "ny.html").write_text("ny")
    outdir.swap_in(stage / "result", out, stage)
    assert [p.name for p in out.iterdir()] == ["ny.html"]
    assert (stage / "previous" / "html" / "gammel.html").read_text() == "gammel"


def test_the_exchange_is_one_system_call_on_linux(tmp_path):
    if not sys.platform.startswith("linux"):
        pytest.skip("renameat2 is Linux only")
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "1").write_text("a")
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "1").write_text("b")
    assert outdir._exchange(tmp_path / "a", tmp_path / "b")
    assert (tmp_path / "a" / "1").read_text() == "b" and (tmp_path / "b" / "1").read_text() == "a"


def test_disk_full_is_recognised_also_inside_copytree_errors():
    assert outdir.disk_full(OSError(errno.ENOSPC, "No space left on device"))
    assert outdir.disk_full(shutil.Error([("a", "b", "[Errno 28] No space left on device")]))
    assert not outdir.disk_full(OSError(errno.EACCES, "Permission denied"))


# -- the work folder's records ---------------------------------------------------------------------


def test_a_half_written_record_counts_as_nothing_cached(tmp_path, capsys):
    record = tmp_path / "notebooks.json"
    cache.write_record(record, {"a.ipynb": {"key": "k", "files": {}}})
    whole = record.read_bytes()
    record.write_bytes(whole[: len(whole) // 2])  # as a killed build left it
    assert cache.read_record(record) == {}
    assert "notebooks.json i arbeidsmappen kan ikke leses" in capsys.readouterr().out
    assert cache.read_record(tmp_path / "mangler.json") == {}
    assert [p.name for p in tmp_path.iterdir()] == ["notebooks.json"]  # no temporary file left


def test_a_notebook_is_cached_only_with_its_figures_as_recorded(tmp_path):
    nb = tmp_path / "omrade-1.ipynb"
    (tmp_path / "figurer").mkdir()
    nb.write_text('{"cells": [{"source": "```{figure} figurer/omrade-1.*\\n```"}]}')
    svg = tmp_path / "figurer" / "omrade-1.svg"
    svg.write_text("<svg>" + "x" * 1000 + "</svg>")
    record = {nb.name: cache.entry(nb, "key-1")}
    assert set(record[nb.name]["files"]) == {nb.name, "figurer/omrade-1.svg"}
    assert cache.is_cached(record, nb, "key-1")
    assert not cache.is_cached(record, nb, "key-2")  # inputs changed
    svg.write_bytes(svg.read_bytes()[:100])  # truncated
    assert not cache.is_cached(record, nb, "key-1")
    svg.write_text("<svg>" + "x" * 1000 + "</svg>")
    assert cache.is_cached(record, nb, "key-1")
    svg.unlink()  # deleted: must not become the PNG in silence
    assert not cache.is_cached(record, nb, "key-1")
    assert not cache.is_cached({nb.name: "key-1"}, nb, "key-1")  # an entry of the old kind


# -- real builds -----------------------------------------------------------------------------------


@pytest.mark.slow
def test_two_simultaneous_builds_give_one_edition_and_one_refusal(fixture_data, tmp_path):
    other = tmp_path / "andre" / "2024"
    shutil.copytree(fixture_data, other)
    write_workbook(
        other / "enhet-0.xlsx", unit="Bydel Alna", measures=[measure(0, "Bare i den andre")]
    )
    out = tmp_path / "ut"
    args = [sys.executable, "-m", "salto_lib", "build"]
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH}
    runs = [
        subprocess.Popen(
            [*args, str(data), "--out", str(out), "--no-pdf"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=paths.ROOT,
            env=env,
        )
        for data in (fixture_data, other)
    ]
    results = [(p.wait(timeout=900), *p.communicate()) for p in runs]
    codes = sorted(code for code, _, _ in results)
    assert codes == [0, 1], results
    refused = next(said for code, said, _ in results if code == 1)
    assert "en annen bygging av" in refused and "pågår (startet" in refused
    assert all("Traceback" not in err for _, _, err in results)
    # The edition is all of one data folder: its pages and its provenance agree.
    winner = fixture_data if results[0][0] == 0 else other
    provenance = json.loads((out / "provenance.json").read_text(encoding="utf-8"))
    shown = json.dumps(provenance, ensure_ascii=False)
    pages = "".join(p.read_text(encoding="utf-8") for p in (out / "html").rglob("*.html"))
    assert ("Bare i den andre" in pages) == (winner == other)
    assert "enhet-0.xlsx" in shown


@pytest.mark.slow
def test_after_a_kill_at_any_stage_the_next_build_equals_a_fresh_build(fixture_data, tmp_path):
    """Build A; then B killed at each stage (the data changed, so every stage has new work);
    then a plain build of B must equal a --fresh build of B, file by file, and leave no stage."""
    data = tmp_path / "2024"
    shutil.copytree(fixture_data, data)
    out = tmp_path / "ut"
    assert build(data, "--out", out, "--no-pdf").returncode == 0
    edition_a = snapshot(out)
    for number, stage in enumerate(["executed", "rendered", "collected"]):
        write_workbook(
            data / "enhet-0.xlsx",
            unit="Bydel Alna",
            measures=[measure(0, f"Nytt tiltak {number}"), measure(1, "Sinnemestring")],
        )
        # The fixture edition is published (it has a date): new data replaces it with --replace.
        killed = build(
            data, "--out", out, "--no-pdf", "--replace", env={cache.KILL_VARIABLE: stage}
        )
        assert killed.returncode == 137, (stage, killed.stdout, killed.stderr)
        assert snapshot(out) == edition_a, stage  # the old edition, untouched
        again = build(data, "--out", out, "--no-pdf", "--replace")
        assert again.returncode == 0, (stage, again.stdout, again.stderr)
        assert "Traceback" not in again.stderr
        fresh = tmp_path / f"fersk-{number}"
        assert build(data, "--out", fresh, "--no-pdf", "--fresh").returncode == 0
        assert snapshot(out) == snapshot(fresh), stage
        assert not list(tmp_path.glob(".build-*")), stage
        edition_a = snapshot(out)


def test_a_full_disk_is_said_in_norwegian_and_the_old_edition_stays(
    fixture_data, tmp_path, monkeypatch, capsys
):
    from salto_lib.commands.build import build as build_command

    out = tmp_path / "ut"
    (out / "html").mkdir(parents=True)
    (out / BuildLayout.MARKER).write_text("")
    (out / "html" / "index.html").write_text("<p>forrige utgave</p>")
    before = snapshot(out)

    def full(path, data):
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    monkeypatch.setattr(cache, "write_atomic", full)  # the first record the build writes
    assert build_command(fixture_data, out, pdf=False) == 1
    said = capsys.readouterr().out
    assert "FEIL: disken er full" in said and f"{out} er uendret" in said
    assert "Traceback" not in said
    assert snapshot(out) == before
    assert not list(tmp_path.glob(".build-*"))


def test_stale_figures_are_swept_from_the_source(tmp_path):
    (tmp_path / "figurer").mkdir()
    for name in ("omrade-01-enheter", "omrade-02-arsaker", "oversikt-omrader"):
        for suffix in (".svg", ".png"):
            (tmp_path / "figurer" / f"{name}{suffix}").write_text("x")
    (tmp_path / "omrade-01.ipynb").write_text(
        '{"source": "```{figure} figurer/omrade-01-enheter.*"}'
    )
    (tmp_path / "_config.yml").write_text("figur: figurer/oversikt-omrader.svg\n")
    assert cache.sweep_figures(tmp_path) == ["omrade-02-arsaker.png", "omrade-02-arsaker.svg"]
    assert sorted(p.stem for p in (tmp_path / "figurer").iterdir()) == [
        "omrade-01-enheter",
        "omrade-01-enheter",
        "oversikt-omrader",
        "oversikt-omrader",
    ]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG")
def test_reader_processes_die_with_a_killed_build(folder):
    write_workbook(folder / "a.xlsx")
    child = subprocess.run(
        [
            sys.executable,
            "-c",
            "import os, sys\n"
            "from salto_lib import dataset\n"
            "if __name__ == '__main__':\n"
            "    dataset.load_dataset(sys.argv[1])\n"
            "    print(' '.join(str(p) for p in dataset._POOL._processes), flush=True)\n"
            "    os._exit(137)\n",
            str(folder),
        ],
        capture_output=True,
        text=True,
        timeout=120,  # a worker holding the pipe open would make this hang
        cwd=paths.ROOT,
    )
    assert child.returncode == 137, child.stderr
    workers = [int(p) for p in child.stdout.split()]
    assert workers
    time.sleep(1)
    for pid in workers:
        assert not Path(f"/proc/{pid}").exists() or "Z" in Path(f"/proc/{pid}/stat").read_text()
