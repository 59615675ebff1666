"""The command line: `python -m salto_lib validate|tally|build …` (SPEC §3), in Norwegian."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from salto_lib.dataset import Dataset, dataset_tallies, load_dataset


def print_problems(ds: Dataset, out=sys.stdout) -> None:
    """One line per problem (errors, warnings, then notes), then a summary line."""
    for p in ds.problems:
        print(p, file=out)
    print(
        f"{len(ds.reports)} arbeidsbøker lest fra {ds.folder}: "
        f"{len(ds.errors)} feil, {len(ds.warnings)} advarsler, "
        f"{len(ds.notes)} merknader (rettede skrivemåter)"
        + (f", {len(ds.skipped)} filer hoppet over" if ds.skipped else ""),
        file=out,
    )


def cmd_validate(args) -> int:
    ds = load_dataset(args.dir)
    print_problems(ds)
    if args.report:
        from salto_lib.control import write_control_reports

        index = write_control_reports(ds, args.report)
        print(f"Kontrollrapporter per enhet: {index}")
    if ds.errors:
        print("Rett feilene over og kjør på nytt. Ingenting er publisert.")
        return 1
    return 0


def cmd_tally(args) -> int:
    ds = load_dataset(args.dir)
    if ds.errors:
        print_problems(ds, out=sys.stderr)
        return 1
    result = dataset_tallies(ds)
    if args.json:
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


def cmd_build(args) -> int:
    from salto_lib.build import build  # imports Papermill only when building

    return build(args.dir, args.out, pdf=not args.no_pdf, fresh=args.fresh)


def cmd_template(args) -> int:
    from salto_lib import text
    from salto_lib.period import period_for_year
    from salto_lib.template import write_template

    period = period_for_year(args.year)
    if period is None:
        print(f"Ingen planperiode dekker året {args.year} (se config/plan_periods/).")
        return 1
    unit = None
    if args.unit:
        unit = text.canonical(args.unit, period.units)
        if unit is None:
            hint = text.suggest(args.unit, period.units)
            print(
                f"Ukjent enhet «{args.unit}»"
                + (f" — mente du «{hint}»?" if hint else "")
                + " Enheter: "
                + ", ".join(period.units)
            )
            return 1
    path = write_template(args.out, period, args.year, unit)
    print(f"Skrev mal for {args.year}{' (' + unit + ')' if unit else ''}: {path}")
    return 0


def cmd_new_year(args) -> int:
    from salto_lib import paths
    from salto_lib.problems import InvalidData
    from salto_lib.template import write_new_year

    source = args.source or paths.DATA / str(args.year - 1)
    out = args.out or paths.DATA / str(args.year)
    try:
        written = write_new_year(args.year, source, out)
    except (LookupError, FileExistsError) as exc:
        print(exc)
        return 1
    except InvalidData as exc:
        print(f"Fjorårets data i {source} har feil; rett dem først:\n{exc}")
        return 1
    print(f"Skrev {len(written)} arbeidsbøker og README.md til {out}")
    return 0


def cmd_verify(args) -> int:
    from salto_lib.verify import verify  # imports Papermill only when verifying

    return verify(args.out, args.data)


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m salto_lib",
        description="SaLTo årsrapport: fra enhetenes arbeidsbøker til publisert årsrapport.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="KOMMANDO")

    p = sub.add_parser("validate", help="kontroller alle arbeidsbøkene i en mappe")
    p.add_argument("dir", type=Path, metavar="MAPPE")
    p.add_argument(
        "--report",
        type=Path,
        metavar="UT",
        help="skriv en kontrollrapport per enhet (HTML og XLSX) til mappen UT",
    )
    p.set_defaults(func=cmd_validate)

    p = sub.add_parser("tally", help="tell opp tiltakene i en mappe")
    p.add_argument("dir", type=Path, metavar="MAPPE")
    p.add_argument("--json", action="store_true", help="skriv tallene som JSON")
    p.set_defaults(func=cmd_tally)

    p = sub.add_parser("build", help="bygg årsrapporten (nettutgave og PDF) fra en mappe")
    p.add_argument(
        "dir", type=Path, nargs="?", metavar="MAPPE", help="datamappen; standard: nyeste data/ÅÅÅÅ/"
    )
    p.add_argument("--out", type=Path, metavar="UT", help="utmappen; standard: _build/ÅÅÅÅ/")
    p.add_argument("--no-pdf", action="store_true", help="bygg bare nettutgaven")
    p.add_argument(
        "--fresh",
        action="store_true",
        help="kjør alle notebooks og bygg hele boka på nytt (ikke gjenbruk forrige bygg)",
    )
    p.set_defaults(func=cmd_build)

    p = sub.add_parser("verify", help="etterprøv at hvert publiserte tall stemmer med dataene")
    p.add_argument("out", type=Path, nargs="?", metavar="UT", help="standard: nyeste _build/ÅÅÅÅ/")
    p.add_argument("--data", type=Path, metavar="MAPPE", help="standard: mappen i provenance.json")
    p.set_defaults(func=cmd_verify)

    p = sub.add_parser("template", help="lag en tom arbeidsbok (mal) for et år")
    p.add_argument("--year", type=int, required=True, metavar="ÅR")
    p.add_argument("--unit", metavar="ENHET", help="fyll inn enheten i malen")
    p.add_argument("out", type=Path, metavar="FIL.xlsx")
    p.set_defaults(func=cmd_template)

    p = sub.add_parser("new-year", help="lag neste års mappe med forhåndsutfylte arbeidsbøker")
    p.add_argument("year", type=int, metavar="ÅR")
    p.add_argument("--from", dest="source", type=Path, metavar="MAPPE", help="standard: data/ÅR-1/")
    p.add_argument("--out", type=Path, metavar="MAPPE", help="standard: data/ÅR/")
    p.set_defaults(func=cmd_new_year)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = make_parser().parse_args(argv)
    return args.func(args)
