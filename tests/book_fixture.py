"""A small, hand-checked data set for the book's tests: three units, eleven measures.

| area (plan order)                    | total | started | not started |
|--------------------------------------|------:|--------:|------------:|
| Felles innsats i prioriterte områder |     3 |       3 |           0 |
| Rus blant unge                       |     3 |       2 |           1 |
| Vold blant jevnaldrende              |     3 |       2 |           1 |
| Kriminalitetsforebygging på nett     |     2 |       1 |           1 |
| all                                  |    11 |       8 |           3 |

Bydel Alna has no measure in the last area; "Trygghetsvandring" is shared by two units. Free
text holds Markdown characters (`*`, `|`, `#`) and hostile text (`HOSTILE`: a script, an image
with `onerror`, a directive that includes a file, a raw role, a `javascript:` link, a substitution,
LaTeX specials) that must all come out as typed, in HTML and in the PDF.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from workbooks import measure, unit_answers, write_workbook

from salto_lib.period import period_for_year
from salto_lib.recipe import assemble
from salto_lib.recipe.layout import BuildLayout

# The fixture book's chapter titles, in reading order (main part, then the appendices).
CHAPTERS = [
    "Innledning",
    "Forankring og involvering",
    *period_for_year(2024).areas,
    "Vurdering av måloppnåelse",
    "Avslutning",
    "Enhetsprofiler",
    "Tall og tabeller",
    "Metode og datagrunnlag",
]

UNITS = ("Bydel Alna", "Bydel Grorud", "Uteseksjonen")
TOTALS = {"total": 11, "started": 8, "not_started": 3}
AREAS = [(3, 3, 0), (3, 2, 1), (3, 2, 1), (2, 1, 1)]
NS = "Ikke igangsatt"

# Typed into cells by someone who means harm; the book must show each literally.
HOSTILE = {
    "script": '<script>alert("x")</script> <img src=x onerror=alert(1)>',
    "include": "```{include} /etc/passwd\n```",
    "raw": "{raw}`html` <b>fet</b> [klikk](javascript:alert(1)) {{ antall_tiltak }}",
    "latex": "% kommentar\n(maal)=\n50 % & $x$ ~ ^ \\ _ # {}",
}

MEASURES = {
    "Bydel Alna": [
        measure(
            0,
            "Trygghetsvandring",
            example="Ja",
            achieves=HOSTILE["script"],
            benefits=HOSTILE["include"],
        ),
        measure(
            1,
            "Informasjonsarbeid",
            example="Ja",
            achieves="Foreldre vet mer om rus | og om *hjelp* som finnes.",
            benefits="# Tidligere hjelp for de unge.",
        ),
        measure(
            1,
            "Foreldremøter om rus",
            status=NS,
            reason="Prioritering",
            example="Ja",
            explanation="Utsatt til neste skoleår.",
        ),
        measure(2, "Sinnemestring"),
    ],
    "Bydel Grorud": [
        measure(0, "Trygghetsvandring"),
        measure(
            2,
            "Tett oppfølging etter varetekt",
            example="Ja",
            achieves=HOSTILE["raw"],
            benefits="Ungdommen får én fast kontakt.",
        ),
        measure(
            2,
            "Kompetanseheving i gatemekling",
            status=NS,
            reason="Mangel på ressurser",
            example="Ja",
            explanation="Kurset ble for dyrt i år.",
        ),
        measure(3, "Nettvett for foreldre", status=NS, reason="Mangler kompetanse"),
    ],
    "Uteseksjonen": [
        measure(0, "Ungdomspanel"),
        measure(
            1,
            "Ungdomspanel Slottsparken",
            example="Ja",
            achieves="Unge blir hørt.",
            benefits="Tiltakene treffer bedre.",
        ),
        measure(
            3,
            "Digital oppsøkende tjeneste",
            example="Ja",
            achieves="Kontakt med unge på nett.",
            benefits="Hjelp der de unge er.",
        ),
    ],
}

ASSESSMENTS = {
    unit: [
        ("Måloppnåelse", f"{unit} er godt i gang med planen."),
        ("Hva har handlingsplanen bidratt til?", f"Bedre samordning i {unit}."),
        *([("Andre innspill", HOSTILE["latex"])] if unit == "Uteseksjonen" else []),
        ("Hvor aktivt brukes handlingsplanen?", "Den brukes i hvert SaLTo-møte."),
        ("Hvilke utfordringer har aktørene erfart?", f"Kapasitet, sier {unit}."),
    ]
    + ([] if unit == "Uteseksjonen" else [("Andre innspill", "")])
    for unit in UNITS
}


def write_fixture(folder: Path, year: int = 2024) -> Path:
    """Write the three workbooks into `folder` (named after the year) and return it."""
    for i, unit in enumerate(UNITS):
        answers = unit_answers(
            unit,
            year,
            **({"Handlingsplan behandlet av": "Ledergruppen"} if unit == "Uteseksjonen" else {}),
            **{"Om involveringen": f"{unit} laget planen sammen med skole og politi."},
        )
        write_workbook(
            folder / f"enhet-{i}.xlsx",
            unit=unit,
            year=year,
            measures=MEASURES[unit],
            answers=answers,
            assessment=ASSESSMENTS[unit],
        )
    return folder


def run_build(*args) -> subprocess.CompletedProcess:
    """`python -m salto_lib build ARGS`, as an analyst runs it, from the repository's root."""
    from salto_lib import paths

    return subprocess.run(
        [sys.executable, "-m", "salto_lib", "build", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=paths.ROOT,
        timeout=600,
    )


def written_substitutions(ds, work):
    """The substitutions as a build makes them, after writing the chart and the downloads."""
    layout = BuildLayout(work / "out", work, ds.year)
    layout.src.mkdir(parents=True, exist_ok=True)
    written = assemble.write_files(ds, layout, True)
    return layout, assemble.substitutions(ds, layout, written, True)
