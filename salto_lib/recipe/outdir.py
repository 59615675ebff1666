"""OUT is ours or nothing: which folder a build may replace, one build at a time per OUT, the
leftovers of killed builds, an atomic swap, and a full disk said in Norwegian.

A build replaces OUT as a whole, so OUT must be an earlier edition (it holds the marker file
`BuildLayout.marker` every build writes), an empty folder or nothing; it may never be the data
folder, the repository or the home folder, nor a folder holding one of them.

The swap keeps OUT a real folder (readers copy it, web servers and Windows handle it plainly; a
symlink to versioned folders would not survive a copy to a file share): on Linux
`renameat2(RENAME_EXCHANGE)` trades the new edition and the old one in one system call, so a
crash at any instant leaves one of the two at OUT. Elsewhere (or on a file system without the
call) two renames are used, the first undone should the second fail.
"""

from __future__ import annotations

import ctypes
import datetime as dt
import errno
import os
import shutil
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout

from salto_lib import paths
from salto_lib.recipe.console import BuildError
from salto_lib.recipe.layout import BuildLayout

# Files an edition built before the marker existed always has.
_LEGACY = ("provenance.json", "tallies.json", "html/index.html")


def is_edition(out: Path) -> bool:
    """True for an edition written by `build` (its marker, or the files every edition has)."""
    if (out / BuildLayout.MARKER).is_file():
        return True
    return all((out / name).is_file() for name in _LEGACY)


def refusal(out: Path, data: Path | None) -> str | None:
    """Why the build must not replace `out` (None when it may); checked before any slow step."""
    out = out.resolve()
    guarded = [("repoet", paths.ROOT), ("hjemmemappen", Path.home())]
    if data is not None:
        guarded.insert(0, ("datamappen", data))
    for what, folder in guarded:
        folder = folder.resolve()
        if out == folder or folder.is_relative_to(out):
            return (
                f"UT-mappen {out} er {what} eller inneholder den ({folder}), og byggingen "
                "erstatter hele UT-mappen. Ingenting er rørt. Oppgi en egen mappe for utgaven "
                "med --out (f.eks. _build/<år>)."
            )
    if data is not None and out.is_relative_to(data.resolve()):
        return (
            f"UT-mappen {out} ligger i datamappen {data.resolve()}. Ingenting er rørt. "
            "Oppgi en mappe utenfor datamappen med --out."
        )
    if out.is_symlink() or (out.exists() and not out.is_dir()):
        return (
            f"UT-mappen {out} finnes og er ikke en mappe. Ingenting er rørt. Velg en annen --out."
        )
    if out.is_dir() and any(out.iterdir()) and not is_edition(out):
        return (
            f"UT-mappen {out} finnes og er ikke en tidligere utgave (filen "
            f"{BuildLayout.MARKER} mangler), og byggingen erstatter hele UT-mappen. Ingenting "
            "er rørt. Velg en ny mappe med --out, eller flytt eller slett mappen selv."
        )
    return None


@contextmanager
def build_lock(out: Path) -> Iterator[None]:
    """Hold the lock of OUT (and its work folder) for the whole build.

    An OS lock (`flock` on Linux): the kernel releases it when the process dies, so the lock of
    a killed build is taken over by the next build without any clean-up.
    """
    lock_file = out.parent / f".{out.name}.lock"
    info = out.parent / f".{out.name}.lock.info"
    lock = FileLock(lock_file, timeout=0)
    try:
        lock.acquire()
    except Timeout:
        try:
            started = info.read_text(encoding="utf-8").strip() or "ukjent tidspunkt"
        except OSError:
            started = "ukjent tidspunkt"
        raise BuildError(
            f"en annen bygging av {out} pågår (startet {started}). Vent til den er ferdig og "
            "kjør på nytt."
        ) from None
    try:
        now = dt.datetime.now().strftime("%Y-%m-%d %H:%M:%S")
        info.write_text(f"{now}, prosess {os.getpid()}\n", encoding="utf-8")
        yield
    finally:
        lock.release()


def stage_prefix(out: Path) -> str:
    """The name prefix of this OUT's staging folders (next to OUT)."""
    return f".build-{out.name}-"


def remove_leftovers(out: Path) -> list[Path]:
    """Remove the staging folders killed builds of this OUT left behind (call under the lock)."""
    left = sorted(out.parent.glob(stage_prefix(out) + "*"))
    for folder in left:
        shutil.rmtree(folder, ignore_errors=True)
    return left


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths atomically (Linux `renameat2`); False when the system cannot."""
    if not sys.platform.startswith("linux"):
        return False
    libc = ctypes.CDLL(None, use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is None:
        return False
    at_fdcwd, rename_exchange = -100, 2
    if renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP):
        return False  # e.g. a file system without the flag: fall back to two renames
    raise OSError(code, os.strerror(code), str(b))


def swap_in(result: Path, out: Path, stage: Path, keep: Path | None = None) -> None:
    """Put `result` at `out`; the earlier OUT goes to `keep` or into `stage` (removed later)."""
    previous = keep or stage / "previous"
    if not out.exists():
        result.rename(out)
        return
    if _exchange(result, out):
        result.rename(previous)  # `result` now holds the earlier edition
        return
    out.rename(previous)
    try:
        result.rename(out)
    except OSError:
        previous.rename(out)
        raise


def disk_full(exc: BaseException) -> bool:
    """True when an error (or one of those `shutil.copytree` gathers) is a full disk."""
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return True
    if isinstance(exc, shutil.Error) and exc.args and isinstance(exc.args[0], list):
        return any("No space left" in str(item) for item in exc.args[0])
    return False
