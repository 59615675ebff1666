"""Write the generated documents in docs/ from the code, so they cannot go stale.

- docs/feilmeldinger.md: every message, from `problems.CATALOGUE`;
- docs/arbeidsboka.md: the workbook format, from every plan-period declaration;
- docs/kommandolinje.md: every command and option, from the command line's parser.

Run with `make docs`; tests/test_docs.py fails when a document differs from what this writes.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

# Run as a script, so the package is importable only once the repository root is on the path.
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from salto_lib.cli import make_parser  # noqa: E402
from salto_lib.period import all_periods, describe_workbook  # noqa: E402
from salto_lib.problems import catalogue_markdown  # noqa: E402

DOCS = ROOT / "docs"
GENERATED_BY = "<!-- Laget av scripts/write_docs.py (`make docs`); rediger ikke for hånd. -->\n\n"

MESSAGES_INTRO = """# Feilmeldinger og hva de betyr

`python -m salto_lib validate MAPPE` skriver én linje per problem, med filen og cellen
(`Tiltak!C14`), verdien som sto der, hva som er tillatt og et forslag når en tillatt verdi ligner.
Med `--report UT` skrives i tillegg én kontrollrapport per enhet (HTML og XLSX) som kan sendes
tilbake til enheten.

- **feil**: kjøringen stopper, ingenting publiseres. Alle feil i alle filer listes i én kjøring.
- **advarsel**: vises, men rapporten kan bygges.
- **merknad**: en skrivemåte som er rettet automatisk (mellomrom, store/små bokstaver,
  Unicode-form), vist slik at du ser hva som ble antatt.

Arbeidsbøkene endres aldri. Tabellen under lages fra koden (`make docs`), så den er alltid
fullstendig.

"""

WORKBOOK_INTRO = """# Arbeidsboka: formatet enhetene fyller ut

Hver rapporterende enhet leverer én Excel-arbeidsbok (`.xlsx`) per år med tre ark: **Enhet**
(hvem som rapporterer og hvordan planen ble forankret), **Tiltak** (én rad per tiltak) og
**Vurdering** (fritekst om året). Arknavn, feltnavn, kolonneoverskrifter og tillatte verdier står i
planperioden (`config/plan_periods/*.toml`); tabellene under er laget fra den, så de sier det
samme som kontrollen. `python -m salto_lib template --year ÅR` lager en tom mal med
nedtrekkslister for alle felt med faste verdier.

## Filer og mapper

- Alle arbeidsbøkene for et år ligger i én mappe, `data/ÅR/` (for eksempel `data/2025/`). Alle
  arbeidsbøkene i mappen må gjelde samme rapporteringsår, og hver enhet leverer én arbeidsbok; to
  arbeidsbøker fra samme enhet er en feil. Enheter som ikke har levert, vises som advarsel.
- Filnavnet betyr ingenting: enheten leses fra arket `Enhet`. De utsendte filene heter
  `SaLTo-rapportering ÅR - ENHET.xlsx`.
- Filer med endelsene `.xlsx`, `.xlsm`, `.xls`, `.ods` og `.csv` leses. Bare `.xlsx` (og `.xlsm`)
  godtas; de andre, og filer som ikke er det endelsen sier (en nettside eller CSV med navnet
  `.xlsx`, en passordbeskyttet eller skadet fil), gir en feil som sier hva filen er og hvordan den
  lagres riktig. Andre filer i mappen (for eksempel `README.md`) leses ikke.
- Excel-låsefiler (`~$…`) og skjulte filer (`.…`) hoppes over og vises som merknad.
- Arbeidsbøkene endres aldri av programmet.

## Hva som tilgis, og hva som er feil

Tilgis, men vises som merknad i kontrollrapporten: mellomrom foran og bak, hardt mellomrom, flere
mellomrom etter hverandre, store og små bokstaver i felt med faste verdier (`ja`, `IGANGSATT`,
`rus blant unge`), Unicode-form (`å` skrevet som `a` + ring), og feltnavn og overskrifter som bare
skiller seg på disse måtene. Kolonnene i `Tiltak` kan stå i hvilken som helst rekkefølge; helt tomme
rader hoppes over; en enhet kan ha null tiltak i et innsatsområde.

Alt annet som ikke passer, er en **feil**: kjøringen stopper og ingenting publiseres. Hver feil
nevner filen, arket og cellen (`Tiltak!C14`), verdien som sto der, hva som er tillatt og et forslag
når en tillatt verdi ligner. Alle feil i alle filer listes i én kjøring. Noen avvik er bare
**advarsler** (for eksempel en ekstra kolonne, som ignoreres); hele listen står i
[feilmeldinger.md](feilmeldinger.md).
"""

COMMANDS_INTRO = """# Kommandolinjen

Alle kommandoer kjøres fra roten av repoet; `python` betyr `.venv/bin/python` (miljøet lages av
`make venv`). `python -m salto_lib` er den stabile inngangen. Feil i dataene gir en norsk melding
og avslutningskode 1, aldri en Python-traceback. Siden lages fra kommandolinjens egen
definisjon (`make docs`), så den viser alltid alle kommandoer og valg.

"""


def error_messages() -> str:
    return GENERATED_BY + MESSAGES_INTRO + catalogue_markdown()


def workbook_format() -> str:
    parts = [WORKBOOK_INTRO]
    for period in all_periods():
        years = f"{period.years[0]}–{period.years[-1]}"
        parts.append(f"\n## Planperioden {period.name} (rapporteringsårene {years})\n\n")
        parts.append(f"Fra `config/plan_periods/{period.source.name}`.\n\n")
        parts.append(describe_workbook(period))
    return GENERATED_BY + "".join(parts)


def command_line() -> str:
    parser = make_parser()
    out = [COMMANDS_INTRO, "## Oversikt\n\n", "| kommando | gjør |\n|---|---|\n"]
    commands = list(_subcommands(parser))
    for _, _, sub in commands:
        # The usage line is wrapped at the terminal's width; the document must not depend on it.
        sub.formatter_class = lambda prog: argparse.HelpFormatter(prog, width=1000)
    for name, help_text, _ in commands:
        out.append(f"| [`{name}`](#{name}) | {help_text} |\n")
    for name, help_text, sub in commands:
        out.append(f"\n## {name}\n\n{_sentence(help_text)}\n\n```text\n")
        out.append(sub.format_usage().removeprefix("usage: ").strip() + "\n```\n\n")
        out.append(_arguments(sub))
    return GENERATED_BY + "".join(out)


def _subcommands(parser: argparse.ArgumentParser):
    """(name, help, parser) of every command, in the order the parser declares them."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helps = {a.dest: a.help for a in action._choices_actions}
            for name, sub in action.choices.items():
                yield name, helps.get(name, ""), sub


def _arguments(sub: argparse.ArgumentParser) -> str:
    rows = ["| argument | betyr |", "|---|---|"]
    for action in sub._actions:
        if isinstance(action, argparse._HelpAction):
            continue
        rows.append(f"| `{_spelling(action)}` | {_explain(action)} |")
    return "\n".join(rows) + "\n"


def _spelling(action: argparse.Action) -> str:
    metavar = action.metavar or action.dest.upper()
    if not action.option_strings:
        return metavar
    flags = ", ".join(action.option_strings)
    return flags if action.nargs == 0 else f"{flags} {metavar}"


def _explain(action: argparse.Action) -> str:
    words = []
    if action.help:
        words.append(_sentence(action.help))
    if action.required and action.option_strings:
        words.append("Påkrevd.")
    elif not action.option_strings and action.nargs == "?":
        words.append("Valgfri.")
    elif not action.option_strings:
        words.append("Påkrevd.")
    return " ".join(words) or "–"


def _sentence(text: str) -> str:
    text = text.strip()
    return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")


GENERATED = {
    "feilmeldinger.md": error_messages,
    "arbeidsboka.md": workbook_format,
    "kommandolinje.md": command_line,
}


def main() -> None:
    for name, write in GENERATED.items():
        (DOCS / name).write_text(write(), encoding="utf-8")
        print(f"Skrev docs/{name}")


if __name__ == "__main__":
    main()
