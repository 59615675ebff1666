"""Check the edition's texts before any notebook runs: a number typed by hand or an unknown
`{{ key }}` (`textcheck`), a missing area text or section (`areatexts`), and a quote that does not
stand in its unit's answer (`quotes`) stop the build at once, naming `book/<year>/<file>:<line>`.
A text file no area uses is a warning."""

from __future__ import annotations

from pathlib import Path

from salto_lib import areatexts, paths, quotes, textcheck
from salto_lib.dataset import Dataset
from salto_lib.edition import load_edition
from salto_lib.pages.common import edition_folder
from salto_lib.recipe.assemble import edition_texts
from salto_lib.recipe.console import BuildError, say


def shown(path: Path) -> Path:
    """A path as messages name it: relative to the repository when it is inside it."""
    return path.relative_to(paths.ROOT) if path.is_relative_to(paths.ROOT) else path


def text_problems(ds: Dataset, keys: set[str]) -> tuple[list[str], list[str]]:
    """Every error and warning of the texts of `ds`'s edition, as `file:line: …` lines."""
    folder = edition_folder(ds.year)
    allowed = [a.text for a in load_edition(folder, ds.year).allowed_numbers]
    found = textcheck.check_texts(edition_texts(ds.year), paths.ROOT, keys, allowed)
    errors = [str(p) for p in found]
    missing, warnings = areatexts.check_area_texts(folder, ds.period.areas, shown)
    errors += missing
    path = folder / quotes.FILE
    if not path.is_file():
        errors.append(f"{shown(path)}: mangler — velg sitatene (se book/README.md)")
    else:
        listed, problems = quotes.load_quotes(path, shown(path))
        _, wrong, skipped = quotes.prove(listed, ds.reports, ds.period, shown(path))
        errors += problems + wrong
        warnings += skipped
    return errors, warnings


def check_texts(ds: Dataset, keys: set[str]) -> None:
    """Raise `BuildError` listing every problem in the texts; print the warnings."""
    errors, warnings = text_problems(ds, keys)
    for w in warnings:
        say(f"  ADVARSEL {w}")
    if errors:
        folder = shown(edition_folder(ds.year))
        lines = "\n".join(f"  {p}" for p in errors)
        raise BuildError(
            f"Tekstene for {ds.year} har {len(errors)} feil (ingen notebook er kjørt):\n{lines}\n"
            "Tall skrives som nøkler ({{ antall_tiltak }}); alle nøkler, med verdi og betydning: "
            f"python -m salto_lib nokler {ds.year}. Et tall som må stå (f.eks. i et navn) kan "
            f"godkjennes i {folder}/utgave.toml ([[tall_godkjent]])."
        )
