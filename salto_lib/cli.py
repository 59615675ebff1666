"""The command line: `python -m salto_lib validate|tally|build …`, in Norwegian.

Only the arguments live here; each command is a function in `salto_lib.commands`. The command
line is described in `docs/kommandolinje.md`.
"""

from __future__ import annotations

import argparse
from pathlib import Path


def cmd_validate(args) -> int:
    # Each command imports what it needs when it runs: a build with nothing to do needs none
    # of pandas, openpyxl or matplotlib (`recipe.stamp`).
    from salto_lib.commands import data

    return data.validate(args.dir, args.report)


def cmd_tally(args) -> int:
    from salto_lib.commands import data

    return data.tally(args.dir, args.json)


def cmd_build(args) -> int:
    # The book's machinery (IPython, matplotlib, Papermill) is imported only when it is needed.
    from salto_lib.commands.build import build

    return build(args.dir, args.out, pdf=not args.no_pdf, fresh=args.fresh, replace=args.replace)


def cmd_publish(args) -> int:
    from salto_lib.commands.publish import publish  # as in cmd_build

    return publish(args.outs, args.out)


def cmd_template(args) -> int:
    from salto_lib.commands import data

    return data.template(args.year, args.out, args.unit)


def cmd_new_year(args) -> int:
    from salto_lib.commands import data

    return data.new_year(args.year, args.source, args.out)


def cmd_verify(args) -> int:
    from salto_lib.commands.verify import verify  # as in cmd_build

    return verify(args.out, args.data)


def cmd_svar(args) -> int:
    from salto_lib.commands.editorial import svar  # as in cmd_build

    return svar(args.year, args.out)


def cmd_nokler(args) -> int:
    from salto_lib.commands.editorial import nokler  # as in cmd_build

    return nokler(args.year)


def cmd_preview(args) -> int:
    from salto_lib.commands.preview import preview  # as in cmd_build

    return preview(args.year, args.port, args.data)


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
    p.add_argument(
        "--out",
        type=Path,
        metavar="UT",
        help="utmappen: ny, tom eller en tidligere utgave (aldri datamappen, repoet eller "
        "hjemmemappen); standard: _build/ÅÅÅÅ/",
    )
    p.add_argument("--no-pdf", action="store_true", help="bygg bare nettutgaven")
    p.add_argument(
        "--fresh",
        action="store_true",
        help="kjør alle notebooks og bygg hele boka på nytt (ikke gjenbruk forrige bygg)",
    )
    p.add_argument(
        "--replace",
        action="store_true",
        help="erstatt en publisert utgave selv om data, tekster eller kode er endret "
        "(den gamle tas vare på som UT.<tidspunkt>.bak)",
    )
    p.set_defaults(func=cmd_build)

    p = sub.add_parser("verify", help="etterprøv at hvert publiserte tall stemmer med dataene")
    p.add_argument("out", type=Path, nargs="?", metavar="UT", help="standard: nyeste _build/ÅÅÅÅ/")
    p.add_argument("--data", type=Path, metavar="MAPPE", help="standard: mappen i provenance.json")
    p.set_defaults(func=cmd_verify)

    p = sub.add_parser("publish", help="samle alle bygde utgaver til ett nettsted")
    p.add_argument(
        "outs",
        type=Path,
        nargs="*",
        metavar="UT",
        help="utgavene (bygde UT-mapper); standard: alle _build/ÅÅÅÅ/",
    )
    p.add_argument(
        "--out", type=Path, metavar="NETTSTED", help="nettstedets mappe; standard: _build/nettsted/"
    )
    p.set_defaults(func=cmd_publish)

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

    p = sub.add_parser(
        "svar", help="skriv alle fritekstsvarene for et år (XLSX og HTML) til redigeringen"
    )
    p.add_argument("year", type=int, metavar="ÅR")
    p.add_argument(
        "--out",
        type=Path,
        metavar="FIL.xlsx",
        help="standard: _build/svar-ÅR.xlsx (HTML-siden skrives ved siden av)",
    )
    p.set_defaults(func=cmd_svar)

    p = sub.add_parser("nokler", help="vis hver nøkkel tekstene kan bruke, med verdi og betydning")
    p.add_argument("year", type=int, metavar="ÅR")
    p.set_defaults(func=cmd_nokler)

    p = sub.add_parser(
        "preview", help="forhåndsvis nettutgaven mens du skriver (oppdateres når en tekst lagres)"
    )
    p.add_argument("year", type=int, metavar="ÅR")
    p.add_argument("--port", type=int, default=8000, help="porten på localhost; standard: 8000")
    p.add_argument("--data", type=Path, metavar="MAPPE", help="standard: data/ÅR/")
    p.set_defaults(func=cmd_preview)
    return parser


def main(argv: list[str] | None = None) -> int:
    from salto_lib.edition import EditionError
    from salto_lib.period import PeriodError

    args = make_parser().parse_args(argv)
    try:
        return args.func(args)
    except (PeriodError, EditionError) as exc:
        # A plan-period or edition file the analyst can fix: file, key and line, no traceback.
        print(f"FEIL: {exc}")
        return 1
