"""Every path the project uses, derived from the package's own location (never the cwd).

Two folders can be pointed elsewhere with environment variables, so that a test (or an analyst
trying out the next programme) can use another plan period or other texts without touching the
repository: `SALTO_PLAN_PERIODS` (the plan-period declarations) and `SALTO_BOOK` (the texts).
"""

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
PLAN_PERIODS = Path(os.environ.get("SALTO_PLAN_PERIODS") or ROOT / "config" / "plan_periods")
NOTEBOOKS = ROOT / "notebooks"
BOOK = Path(os.environ.get("SALTO_BOOK") or ROOT / "book")
BUILD = ROOT / "_build"

# Folders inside a book's source folder (and in OUT), relative: the notebooks' kernels run in the
# source folder and show figures and download links by these relative paths.
FIGURES = Path("figurer")
DOWNLOADS = Path("nedlasting")
