"""Check the edition's texts before any notebook runs (`textcheck`): a number typed by hand or an
unknown `{{ key }}` stops the build at once, naming `book/<year>/<file>:<line>`."""

from __future__ import annotations

from salto_lib import paths, textcheck
from salto_lib.edition import load_edition
from salto_lib.pages.common import edition_folder
from salto_lib.recipe.assemble import edition_texts
from salto_lib.recipe.console import BuildError


def check_texts(year: int, keys: set[str]) -> None:
    """Raise `BuildError` listing every hand-typed number and unknown key in the texts."""
    folder = edition_folder(year)
    allowed = [a.text for a in load_edition(folder, year).allowed_numbers]
    problems = textcheck.check_texts(edition_texts(year), paths.ROOT, keys, allowed)
    if problems:
        lines = "\n".join(f"  {p}" for p in problems)
        raise BuildError(
            f"Tekstene for {year} har {len(problems)} feil (ingen notebook er kjørt):\n{lines}\n"
            "Tall skrives som nøkler ({{ antall_tiltak }}; se book/README.md). Et tall som må "
            "stå (f.eks. i et navn) kan godkjennes i "
            f"{folder.relative_to(paths.ROOT) if folder.is_relative_to(paths.ROOT) else folder}"
            "/utgave.toml ([[tall_godkjent]])."
        )
