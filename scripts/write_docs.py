"""Write the generated parts of docs/: the table of messages from `problems.CATALOGUE`.

Run with `make docs`; a test fails when docs/feilmeldinger.md is out of date.
"""

from salto_lib import paths
from salto_lib.problems import catalogue_markdown

INTRO = """# Feilmeldinger og hva de betyr

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


def main() -> None:
    target = paths.ROOT / "docs" / "feilmeldinger.md"
    target.write_text(INTRO + catalogue_markdown(), encoding="utf-8")
    print(f"Skrev {target.relative_to(paths.ROOT)}")


if __name__ == "__main__":
    main()
