"""Write the invented sample workbooks of a year from its content in `data/sample/<year>/`.

    .venv/bin/python data/generate_sample.py            # every year in data/sample/, in order
    .venv/bin/python data/generate_sample.py 2025       # one year
    .venv/bin/python data/generate_sample.py --out DIR  # into DIR/<year>/ instead of data/

The content (measures, answers, how many measures each unit has) is data: TOML files, all read
into one table per year. Their `[sample] recipe` names the module that turns them into rows:
`sample_pools` builds a year from pools of measures (2024), `sample_carry_over` derives a year
from the one before (2025). Unit, area and reason names, sheets and columns come from the
plan-period declaration, never from the content. Reruns give byte-identical files.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import tomllib
from pathlib import Path

# openpyxl writes its XML with lxml when lxml is installed and with the standard library
# otherwise, and the bytes differ; the samples are always written the standard library's way,
# so they stay byte-identical whatever else the venv holds. Set before openpyxl is imported.
os.environ["OPENPYXL_LXML"] = "False"

# Run as a script, so neither the package nor the sibling modules are importable yet.
HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]

SAMPLES = HERE / "sample"


def years() -> list[int]:
    return sorted(int(p.name) for p in SAMPLES.iterdir() if p.is_dir() and p.name.isdigit())


def load_content(year: int) -> dict:
    """Every TOML file of the year's folder as one table; a key in two files is an error."""
    content: dict = {}
    for path in sorted((SAMPLES / str(year)).glob("*.toml")):
        with path.open("rb") as file:
            table = tomllib.load(file)
        twice = content.keys() & table.keys()
        if twice:
            raise SystemExit(f"{path.relative_to(HERE.parent)}: {sorted(twice)} står to ganger")
        content |= table
    if "sample" not in content:
        raise SystemExit(f"data/sample/{year}/ har ingen [sample]-tabell")
    return content


def generate(year: int, out_root: Path) -> None:
    content = load_content(year)
    recipe = importlib.import_module(f"sample_{content['sample']['recipe']}")
    recipe.generate(year, content, out_root)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Skriv eksempeldataene på nytt.")
    parser.add_argument("years", nargs="*", type=int, help="år (standard: alle i data/sample/)")
    parser.add_argument("--out", type=Path, default=HERE, help="mappe for <år>/ (standard: data/)")
    args = parser.parse_args(argv)
    for year in args.years or years():
        generate(year, args.out.resolve())


if __name__ == "__main__":
    main()
