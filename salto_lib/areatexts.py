"""The secretariat's text of each priority area: `book/<year>/omrader/<area>.md`, in `##` sections.

Each area chapter (`notebooks/omrade.ipynb`) places the sections where the published report has
them: the introduction under the chapter heading, the two questions of x.2 (what the focus has
meant; results for the target group) and, when written, the city-wide measures at the end of
x.2, and the narrative of x.4.1 before the reasons chart. Each section reaches the chapter as a
substitution of its own (`omrade_innledning` …), so a changed text needs no notebook run.

The sections are checked before any notebook runs (`check_area_texts`): a missing file names the
file to write, a missing, empty or unknown section names the file and line, and a file that no
area of the plan period uses is a warning.

>>> s, problems = parse_sections("## Innledning\\nTekst.\\n\\n## Ukjent\\nX\\n", "a.md")
>>> s["innledning"], problems[0]  # doctest: +ELLIPSIS
('Tekst.', 'a.md:4: ukjent avsnitt «## Ukjent»; kjente: Innledning, Hva satsingen har betydd, ...')
"""

from __future__ import annotations

import re
from pathlib import Path

from salto_lib import text

FOLDER = "omrader"
# heading in the file → (key, required, where the chapter shows it)
SECTIONS = {
    "Innledning": ("innledning", True, "under kapitteloverskriften: hvorfor området prioriteres"),
    "Hva satsingen har betydd": ("betydning", True, "x.2: hva satsingen på området har betydd"),
    "Resultater for målgruppen": ("malgruppe", True, "x.2: resultater for målgruppen"),
    "Byomfattende tiltak": ("byomfattende", False, "x.2, til slutt: byomfattende tiltak"),
    "Årsaker": ("arsaker", True, "x.4.1: fortelling om årsakene, før figuren"),
}
PREFIX = "omrade_"  # the substitution of a section: omrade_<key>
_HEADING = re.compile(r"^##\s+(.+?)\s*$")


def area_file(folder: Path, area: str) -> Path:
    """`<folder>/omrader/<slug>.md` (e.g. `rus-blant-unge.md`)."""
    return folder / FOLDER / f"{text.slug(area)}.md"


def parse_sections(source: str, shown: str | Path) -> tuple[dict[str, str], list[str]]:
    """{section key: its text} and the problems (`shown:line: …`) of one area text."""
    known = {text.fold(h): v[0] for h, v in SECTIONS.items()}
    sections: dict[str, list[str]] = {}
    lines_at: dict[str, int] = {}
    problems, current = [], None
    for number, line in enumerate(source.splitlines(), start=1):
        m = _HEADING.match(line)
        if m:
            key = known.get(text.fold(m.group(1)))
            if key is None:
                problems.append(
                    f"{shown}:{number}: ukjent avsnitt «## {m.group(1)}»; kjente: "
                    + ", ".join(SECTIONS)
                )
            elif key in sections:
                problems.append(f"{shown}:{number}: avsnittet «## {m.group(1)}» står to ganger")
            current = key or ""  # the text under an unknown heading is left out
            if key and key not in sections:
                sections[key], lines_at[key] = [], number
            continue
        if current:
            sections[current].append(line)
        elif current is None and line.strip() and not line.startswith("# "):
            problems.append(f"{shown}:{number}: teksten står før første avsnitt (## Innledning)")
            current = ""  # reported once
    for heading, (key, required, _) in SECTIONS.items():
        body = "\n".join(sections.get(key, [])).strip()
        if required and key not in sections:
            problems.append(f"{shown}:1: avsnittet «## {heading}» mangler")
        elif required and not body:
            problems.append(f"{shown}:{lines_at[key]}: avsnittet «## {heading}» er tomt")
    return {k: "\n".join(v).strip() for k, v in sections.items()}, problems


def area_substitutions(folder: Path, area: str) -> dict[str, str]:
    """The per-chapter substitutions of one area's text (every section, empty when absent)."""
    path = area_file(folder, area)
    found = parse_sections(path.read_text(encoding="utf-8"), path)[0] if path.is_file() else {}
    return {PREFIX + key: found.get(key, "") + "\n" for key, _, _ in SECTIONS.values()}


def check_area_texts(folder: Path, areas, shown) -> tuple[list[str], list[str]]:
    """Errors (missing files and sections) and warnings (files no area uses) of an edition.

    `shown(path)` is how a path is named in a message (relative to the repository)."""
    errors = []
    wanted = {area_file(folder, a): a for a in areas}
    for path, area in wanted.items():
        if not path.is_file():
            errors.append(
                f"{shown(path)}: mangler — skriv teksten for «{area}» med avsnittene "
                + ", ".join(f"## {h}" for h, v in SECTIONS.items() if v[1])
                + " (se book/README.md)"
            )
            continue
        errors += parse_sections(path.read_text(encoding="utf-8"), shown(path))[1]
    warnings = [
        f"{shown(p)}: brukes ikke — ingen innsatsområde i planperioden heter slik "
        f"(områdene: {', '.join(text.slug(a) + '.md' for a in areas)})"
        for p in sorted((folder / FOLDER).glob("*.md"))
        if p not in wanted
    ]
    return errors, warnings
