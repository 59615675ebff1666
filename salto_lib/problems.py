"""Problems found in the workbooks, collected as data (never raised one at a time).

Each problem names the file, the sheet and the Excel cell, the value found, what is allowed and,
where one is close, a suggestion. Severity decides what happens:

- ``feil`` (error): the run stops and nothing is published;
- ``advarsel`` (warning): reported, the run goes on;
- ``merknad`` (note): a forgiven spelling that was normalised, recorded so the analyst sees it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from salto_lib import text as _text

ERROR, WARNING, NOTE = "feil", "advarsel", "merknad"
_ORDER = {ERROR: 0, WARNING: 1, NOTE: 2}


@dataclass(frozen=True)
class Problem:
    severity: str
    code: str  # stable identifier of the kind of problem, e.g. "unknown_value"
    file: str
    message: str
    sheet: str | None = None
    cell: str | None = None  # "C14"; None when the problem concerns a whole sheet or file
    value: str | None = None
    allowed: tuple[str, ...] = ()
    suggestion: str | None = None

    def __post_init__(self):
        if self.code not in CATALOGUE:
            raise ValueError(f"problem code {self.code!r} is missing from CATALOGUE")

    @classmethod
    def new(cls, code: str, file: str, message: str, sheet=None, cell=None, **kw) -> Problem:
        """A problem whose severity is the catalogue's for `code` (or `severity=` when one
        place deliberately differs)."""
        severity = kw.pop("severity", None) or CATALOGUE[code][0]
        return cls(severity, code, file, message, sheet, cell, **kw)

    @property
    def where(self) -> str:
        """`Tiltak!C14`, `Tiltak` or '' — the place inside the file."""
        if self.sheet and self.cell:
            return f"{self.sheet}!{self.cell}"
        return self.sheet or ""

    def describe(self, suggestion: bool = True) -> str:
        """The message, with the suggestion and, for errors, the allowed values."""
        text = self.message
        if suggestion and self.suggestion:
            text += f" — mente du «{self.suggestion}»?"
        if self.allowed and self.severity == ERROR:
            text += "" if text.endswith((".", "?", "!")) else "."
            text += " Tillatt: " + ", ".join(f"«{a}»" for a in self.allowed) + "."
        return text

    def __str__(self) -> str:
        place = f"{self.file}, {self.where}" if self.where else self.file
        # One line, whatever a file name or a value holds (a newline, an invisible character).
        return _text.printable(f"{self.severity.upper():8} {place}: {self.describe()}")

    def as_dict(self) -> dict:
        return {
            "severity": self.severity,
            "code": self.code,
            "file": self.file,
            "sheet": self.sheet,
            "cell": self.cell,
            "value": self.value,
            "message": self.message,
            "allowed": list(self.allowed),
            "suggestion": self.suggestion,
        }


@dataclass
class ProblemLog:
    """The problems found in one file, collected while it is read."""

    file: str
    problems: list[Problem] = field(default_factory=list)

    def add(self, code: str, message: str, sheet=None, cell=None, **kw) -> None:
        self.problems.append(Problem.new(code, self.file, message, sheet, cell, **kw))

    def note_changes(self, raw: str, result: str, what: str, sheet: str, cell: str) -> None:
        """A note when a forgiven spelling was normalised, saying what was changed."""
        if raw != result:
            done = ", ".join(_text.changes(raw, result))
            self.add(
                "normalised",
                f"{what} «{raw.strip()}» lest som «{result}» ({done})",
                sheet,
                cell,
                value=raw,
            )


def sort_problems(problems: list[Problem]) -> list[Problem]:
    """Errors first, then warnings, then notes; within each, by file and position."""

    def position(p: Problem) -> tuple:
        cell = p.cell or ""
        col = "".join(c for c in cell if c.isalpha())
        row = int("".join(c for c in cell if c.isdigit()) or 0)
        return (p.sheet or "", row, len(col), col)

    return sorted(problems, key=lambda p: (_ORDER[p.severity], p.file, position(p)))


class InvalidData(Exception):
    """The workbooks have errors; `problems` lists every one of them."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        errors = [p for p in problems if p.severity == ERROR]
        super().__init__(f"{len(errors)} feil i arbeidsbøkene:\n" + "\n".join(map(str, errors)))


# Every kind of problem, once: (severity, what it means, what to do). `Problem` refuses a code
# that is not here, so the analysts' table of messages (docs/feilmeldinger.md) is always complete.
CATALOGUE: dict[str, tuple[str, str, str]] = {
    # The file itself
    "not_xlsx": (
        ERROR,
        "Filen er ikke en .xlsx-arbeidsbok: gammel .xls, .ods, CSV eller nettside "
        "med .xlsx-navn, tom, skadet, passordbeskyttet, «Strict Open XML» eller altfor "
        "stor (zip-bombe). Meldingen sier hvilken.",
        "Åpne filen i Excel eller LibreOffice og lagre som «Excel-arbeidsbok (.xlsx)»; "
        "fjern passordet; be om filen på nytt hvis den er skadet.",
    ),
    "xml_attack": (
        ERROR,
        "Filen inneholder XML-entiteter/DTD, som Excel aldri skriver.",
        "Ikke åpne filen videre; be enheten lagre arbeidsboken på nytt fra Excel.",
    ),
    "macro": (
        ERROR,
        "Filen har makroer (VBA).",
        "Lagre som «Excel-arbeidsbok (.xlsx)» uten makroer og send filen på nytt.",
    ),
    "dde": (
        ERROR,
        "En celle har en DDE-formel (`=cmd|…`), som kan starte et program.",
        "Slett formelen og skriv inn verdien.",
    ),
    "external_link": (
        WARNING,
        "Filen har koblinger til andre filer; de lagrede verdiene er brukt.",
        "Bryt koblingene i Excel (Data → Rediger koblinger).",
    ),
    "unreadable": (
        ERROR,
        "Filen er en arbeidsbok, men noe i den kan ikke leses.",
        "Lagre filen på nytt fra Excel eller LibreOffice.",
    ),
    "reader_crashed": (
        ERROR,
        "Filen fikk leseprogrammet til å stoppe.",
        "Lagre filen på nytt fra Excel eller LibreOffice.",
    ),
    "too_many_rows": (
        ERROR,
        "Et ark har flere rader enn Excel tillater (1 048 576).",
        "Filen er laget av et annet program; lag den på nytt fra malen.",
    ),
    "skipped": (
        NOTE,
        "Låsefil (`~$…`), skjult fil (`.…`) eller en fil som ikke er en arbeidsbok "
        "(f.eks. `les-meg.txt`) hoppes over.",
        "Ingenting; lukk Excel før filene kopieres, så forsvinner låsefilene.",
    ),
    "not_a_workbook": (
        ERROR,
        "Noe i datamappen heter som en arbeidsbok, men kan ikke leses som en: en mappe, en "
        "FIFO eller enhet, en brutt snarvei, et navn med mellomrom etter `.xlsx`, eller en "
        "binær arbeidsbok (`.xlsb`).",
        "Legg selve arbeidsboken i mappen, lagret som «Excel-arbeidsbok (.xlsx)», med et navn "
        "som slutter på `.xlsx`.",
    ),
    # Sheets, labels and columns
    "missing_sheet": (
        ERROR,
        "Et av arkene «Enhet», «Tiltak» eller «Vurdering» mangler.",
        "Gi arket riktig navn, eller kopier det inn fra malen.",
    ),
    "duplicate_sheet": (
        ERROR,
        "To ark passer til samme navn (de skiller seg bare i store/små bokstaver, mellomrom "
        "eller usynlige tegn), og det er ikke sikkert hvilket som gjelder.",
        "Slett arket som ikke gjelder (f.eks. et gammelt utkast), eller gi det et annet navn.",
    ),
    "hidden_sheet": (
        WARNING,
        "Et av arkene er skjult; det ble lest likevel.",
        "Sjekk at innholdet i det skjulte arket er riktig.",
    ),
    "hidden_rows": (
        WARNING,
        "Skjulte rader ble lest med som vanlige rader.",
        "Vis radene og sjekk dem; slett rader som ikke skal med.",
    ),
    "merged_cells": (
        ERROR,
        "Celler i tiltakstabellen er slått sammen (i andre ark: advarsel).",
        "Opphev sammenslåingen og skriv verdien i hver rad.",
    ),
    "header_not_first": (
        ERROR,
        "Det står tittelrader over overskriftsraden i «Tiltak».",
        "Slett radene over overskriftene, slik at de står i rad 1.",
    ),
    "missing_column": (
        ERROR,
        "En påkrevd kolonne mangler i overskriftsraden.",
        "Legg inn kolonnen med overskriften nøyaktig som i malen.",
    ),
    "duplicate_column": (
        ERROR,
        "Samme kolonneoverskrift står to ganger.",
        "Slett eller gi nytt navn til den ene kolonnen.",
    ),
    "extra_column": (
        WARNING,
        "En ukjent kolonne ble ignorert.",
        "Ingenting, hvis kolonnen er en intern merknad; ellers rett overskriften.",
    ),
    "missing_label": (
        ERROR,
        "Et påkrevd felt mangler i kolonne A i «Enhet».",
        "Legg inn feltet (navn i A, svar i B) som i malen.",
    ),
    "duplicate_label": (ERROR, "Samme felt står to ganger i kolonne A.", "Slett den ene raden."),
    "unknown_label": (
        WARNING,
        "Et ukjent felt i kolonne A ble ignorert.",
        "Rett feltnavnet hvis det skulle vært et av feltene i malen.",
    ),
    "answer_without_label": (
        WARNING,
        "Et svar i kolonne B står uten feltnavn i kolonne A.",
        "Flytt svaret til riktig rad.",
    ),
    # Values in cells
    "unknown_value": (
        ERROR,
        "Verdien er ikke en av de tillatte (enhet, innsatsområde, status, "
        "årsak, Ja/Nei …). Meldingen foreslår nærmeste tillatte verdi.",
        "Velg en verdi fra listen i meldingen.",
    ),
    "missing_value": (
        ERROR,
        "En påkrevd celle er tom (innsatsområde, tiltak, status, enhet …).",
        "Fyll ut cellen, eller slett raden hvis den ikke er et tiltak.",
    ),
    "missing_reason": (
        ERROR,
        "Tiltaket er «Ikke igangsatt», men årsak mangler.",
        "Velg en årsak fra listen.",
    ),
    "reason_when_started": (
        ERROR,
        "Tiltaket er «Igangsatt», men har en årsak.",
        "Tøm årsak-cellen, eller rett status.",
    ),
    "duplicate_measure": (
        ERROR,
        "Samme tiltak står to ganger i samme innsatsområde.",
        "Slett den ene raden, eller gi tiltakene ulike navn.",
    ),
    "wrong_type": (
        ERROR,
        "Cellen har en dato, et klokkeslett, en sannhetsverdi eller et tall der "
        "det skal stå tekst eller en fast verdi.",
        "Skriv verdien som tekst, f.eks. «Ja» i stedet for SANN eller 1.",
    ),
    "bad_year": (ERROR, "Rapporteringsåret er ikke et årstall.", "Skriv året, f.eks. 2024."),
    "formula_without_value": (
        ERROR,
        "Cellen har en formel som aldri er regnet ut (filen er laget "
        "av et program og ikke åpnet i Excel).",
        "Åpne og lagre filen i Excel/LibreOffice, eller skriv inn verdien.",
    ),
    "formula": (NOTE, "Cellen har en formel; den lagrede verdien er brukt.", "Ingenting."),
    "error_value": (
        ERROR,
        "Cellen inneholder en feilverdi fra en formel (#I/T, #DIV/0! …).",
        "Rett formelen eller skriv inn verdien.",
    ),
    "bidi_controls": (
        ERROR,
        "Teksten har tegn som snur skriveretningen (f.eks. ⟨U+202E⟩), så den vises "
        "annerledes enn den er skrevet.",
        "Skriv verdien inn på nytt (ikke lim inn fra nettsider eller e-post).",
    ),
    "lookalike": (
        ERROR,
        "Et ord blander latinske bokstaver med kyrilliske eller greske som ser like ut "
        "(«Аlna» med kyrillisk А), så det ser riktig ut, men er noe annet.",
        "Skriv ordet inn på nytt med vanlige bokstaver.",
    ),
    "long_text": (
        WARNING,
        "Teksten er svært lang (over 3 000 tegn).",
        "Vurder å korte den ned; den tas med i sin helhet.",
    ),
    "number_as_text": (NOTE, "Et tall er lagret som tekst (f.eks. året).", "Ingenting."),
    "normalised": (
        NOTE,
        "En skrivemåte ble rettet: mellomrom, harde mellomrom, store/små "
        "bokstaver eller Unicode-form.",
        "Ingenting; rettingen er vist i meldingen.",
    ),
    "personal_data": (
        ERROR,
        "Fritekst ser ut til å inneholde et fødselsnummer/D-nummer, et annet 11-sifret tall, et "
        "telefonnummer eller en e-postadresse.",
        "Fjern opplysningen. Er den trygg å publisere (f.eks. et sentralbordnummer), godkjenn "
        "cellen i personvern-godkjent.toml i datamappen.",
    ),
    "personal_data_accepted": (
        NOTE,
        "En mulig personopplysning er godkjent for publisering i personvern-godkjent.toml.",
        "Ingenting.",
    ),
    # Across files
    "duplicate_unit": (
        ERROR,
        "To filer sier at de er fra samme enhet.",
        "Finn ut hvilken som er riktig, og fjern den andre fra mappen.",
    ),
    "wrong_year": (
        ERROR,
        "Rapporteringsåret passer ikke med mappen eller de andre filene "
        "(f.eks. fjorårets fil eller en fil fra en annen planperiode).",
        "Legg filen i riktig årsmappe, eller rett året i «Enhet».",
    ),
    "wrong_period": (
        ERROR,
        "Året hører ikke til planperioden.",
        "Sjekk året, eller legg til planperioden i config/plan_periods/.",
    ),
    "missing_unit": (
        WARNING,
        "En enhet i planperioden har ikke levert arbeidsbok.",
        "Purr på enheten; rapporten lister enheter uten arbeidsbok.",
    ),
    "no_workbooks": (ERROR, "Mappen inneholder ingen arbeidsbøker.", "Sjekk mappenavnet."),
    "no_folder": (ERROR, "Mappen finnes ikke.", "Sjekk stien."),
    "no_period": (
        ERROR,
        "Ingen planperiode dekker året.",
        "Legg til planperioden i config/plan_periods/.",
    ),
}


def catalogue_markdown() -> str:
    """The catalogue as a Markdown table, for docs/feilmeldinger.md and the book."""
    rows = ["| kode | type | hva betyr det | hva gjør du |", "|---|---|---|---|"]
    for code, (severity, meaning, action) in CATALOGUE.items():
        rows.append(f"| `{code}` | {severity} | {meaning} | {action} |")
    return "\n".join(rows) + "\n"
