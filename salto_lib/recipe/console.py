"""What the steps and commands print: progress lines, timings and the list of problems."""

from __future__ import annotations

import sys
import time
from typing import TYPE_CHECKING

from salto_lib import fmt

if TYPE_CHECKING:  # pandas comes with it; a build with nothing to do never needs it
    from salto_lib.dataset import Dataset


class BuildError(Exception):
    """A build step failed; the message says which and where to look, in Norwegian."""


def say(message: str) -> None:
    print(message, flush=True)


def seconds(start: float) -> str:
    return f"{fmt.number(time.perf_counter() - start, 1)} s"


def print_problems(ds: Dataset, out=None) -> None:
    """One line per problem (errors, warnings, then notes), then a summary line."""
    out = out or sys.stdout
    for p in ds.problems:
        print(p, file=out)
    print(
        f"{len(ds.reports)} arbeidsbøker lest fra {ds.folder}: "
        f"{len(ds.errors)} feil, {len(ds.warnings)} advarsler, "
        f"{len(ds.notes)} merknader (rettede skrivemåter)"
        + (f", {len(ds.skipped)} filer hoppet over" if ds.skipped else ""),
        file=out,
    )
