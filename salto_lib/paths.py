"""Every path the project uses, derived from the package's own location (never the cwd)."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
PLAN_PERIODS = ROOT / "config" / "plan_periods"
NOTEBOOKS = ROOT / "notebooks"
BOOK = ROOT / "book"
BUILD = ROOT / "_build"
