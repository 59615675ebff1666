"""The commands on the data alone: `validate`, `tally`, `template` and `new-year`."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from salto_lib import paths, text
from salto_lib.control import write_control_reports
from salto_lib.dataset import dataset_tallies, load_dataset
from salto_lib.period import period_for_year
from salto_lib.problems import InvalidData
from salto_lib.recipe.console import print_problems
from salto_lib.template import write_new_year, write_template


def validate(folder: Path, report: Path | None = None) -> int:
    """Check every workbook of `folder`; with `report`, write a control report per unit."""
    ds = load_dataset(folder)
    print_problems(ds)
    if report:
        index = write_control_reports(ds, report)
        print(f"Kontrollrapporter per enhet: {index}")
    if ds.errors:
        print("Rett feilene over og kjør på nytt. Ingenting er publisert.")
        return 1
    return 0


def tally(folder: Path, as_json: bool = False) -> int:
    """Print the counts of `folder` (as JSON: `docs/tall-json.md`); nothing when it has errors."""
    ds = load_dataset(folder)
    if ds.errors:
        print_problems(ds, out=sys.stderr)
        return 1
    result = dataset_tallies(ds)
    if as_json:
        json.dump(result, sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        print(
            f"{result['year']} ({result['plan_period']}): {result['total']} tiltak, "
            f"{result['started']} igangsatt, {result['not_started']} ikke igangsatt"
        )
        for a in result["areas"]:
            print(f"  {a['area']}: {a['total']} ({a['started']} / {a['not_started']})")
    return 0


def template(year: int, out: Path, unit: str | None = None) -> int:
    """Write an empty workbook for `year` (with `unit` filled in) to `out`."""
    period = period_for_year(year)
    if period is None:
        print(f"Ingen planperiode dekker året {year} (se config/plan_periods/).")
        return 1
    name = None
    if unit:
        name = text.canonical(unit, period.units)
        if name is None:
            hint = text.suggest(unit, period.units)
            print(
                f"Ukjent enhet «{unit}»"
                + (f" — mente du «{hint}»?" if hint else "")
                + " Enheter: "
                + ", ".join(period.units)
            )
            return 1
    path = write_template(out, period, year, name)
    print(f"Skrev mal for {year}{' (' + name + ')' if name else ''}: {path}")
    return 0


def new_year(year: int, source: Path | None = None, out: Path | None = None) -> int:
    """Write next year's folder with workbooks filled in from last year's."""
    source = source or paths.DATA / str(year - 1)
    out = out or paths.DATA / str(year)
    try:
        written = write_new_year(year, source, out)
    except (LookupError, FileExistsError) as exc:
        print(exc)
        return 1
    except InvalidData as exc:
        print(f"Fjorårets data i {source} har feil; rett dem først:\n{exc}")
        return 1
    print(f"Skrev {len(written)} arbeidsbøker og README.md til {out}")
    return 0
