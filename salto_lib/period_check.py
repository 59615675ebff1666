"""Check a plan-period declaration before it is used: TOML syntax, then the schema, then the
rules a schema cannot say (no key twice in a sheet). Every finding names the key and the line.

The schema is `config/plan_period.schema.json`; editors that understand JSON Schema can use it
too. TOML parsers give no line numbers for values, so `line_of` finds a key's line in the text.

>>> line_of('name = "x"\\n[workbook]\\nfields = [\\n  { key = "a" },\\n  { key = "b" },\\n]\\n',
...         ["workbook", "fields", 1, "key"])
5
"""

from __future__ import annotations

import json
import re
import tomllib
from functools import cache

from jsonschema import Draft202012Validator

from salto_lib import paths, text

SCHEMA = paths.ROOT / "config" / "plan_period.schema.json"

_TYPES = {
    "string": "tekst i anførselstegn",
    "integer": "et heltall",
    "boolean": "true eller false",
    "array": "en liste [ … ]",
    "object": "en tabell { … }",
}


@cache
def _validator() -> Draft202012Validator:
    return Draft202012Validator(json.loads(SCHEMA.read_text(encoding="utf-8")))


def key_path(path) -> str:
    """`workbook.unit_sheet.fields[2].kind`: where a value sits, as the TOML file spells it."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def syntax_finding(exc: tomllib.TOMLDecodeError) -> tuple[int | None, str]:
    """(line, Norwegian message) for a TOML syntax error."""
    found = re.search(r"\(at line (\d+), column \d+\)", str(exc))
    detail = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc))
    line = int(found.group(1)) if found else None
    return line, (
        "filen er ikke gyldig TOML. Sjekk anførselstegn, komma, klammer og «=» på linjen "
        f"(teknisk: {detail})"
    )


def schema_findings(raw: dict, source: str) -> list[tuple[int | None, str]]:
    """(line, Norwegian message) for every way `raw` breaks the schema or the rules beside it."""
    findings = []
    for error in _validator().iter_errors(raw):
        path = list(error.absolute_path)
        if error.validator == "additionalProperties":
            known = error.schema.get("properties", {})
            path += [next(k for k in error.instance if k not in known)]
        where = key_path(path) or "filen"
        findings.append((line_of(source, path), f"{where}: {_explain(error)}"))
    if not findings:
        findings = _rule_findings(raw, source)
    return sorted(findings, key=lambda f: (f[0] or 0, f[1]))


def _explain(error) -> str:
    """The schema error in Norwegian words (jsonschema's own messages are English)."""
    kind, want, value = error.validator, error.validator_value, error.instance
    if kind == "required":  # one error per missing key; the message is "'key' is a …"
        missing = re.match(r"'(.*)' is a required property", error.message)
        return f"mangler «{missing.group(1) if missing else ', '.join(want)}»"
    if kind == "additionalProperties":
        known = list(error.schema.get("properties", {}))
        extra = [k for k in value if k not in known]
        hints = [h for k in extra if (h := text.suggest(k, known))]
        return (
            "ukjent nøkkel"
            + (" (også " + ", ".join(f"«{k}»" for k in extra[1:]) + ")" if extra[1:] else "")
            + (f"; mente du «{hints[0]}»?" if hints else "")
            + " Tillatt: "
            + ", ".join(known)
        )
    if kind == "type":
        return f"skal være {_TYPES.get(want, want)}, ikke «{value}»"
    if kind in ("enum", "const"):
        allowed = want if kind == "enum" else [want]
        hint = text.suggest(str(value), allowed) if isinstance(value, str) else None
        return (
            f"«{value}» er ikke tillatt her. Tillatt: "
            + ", ".join(f"«{a}»" for a in allowed)
            + (f" (mente du «{hint}»?)" if hint else "")
        )
    if kind == "pattern":
        return f"«{value}» kan bare ha små bokstaver a–z, sifre og _ (og begynne med en bokstav)"
    if kind == "minLength":
        return "kan ikke være tom"
    if kind == "minItems":
        return f"listen må ha minst {want} verdi(er)"
    if kind == "maxItems":
        return f"listen kan ha høyst {want} verdier"
    if kind == "uniqueItems":
        seen = [v for i, v in enumerate(value) if v in value[:i]]
        return f"«{seen[0]}» står to ganger i listen" if seen else "en verdi står to ganger"
    if kind in ("minimum", "maximum"):
        return f"«{value}» er utenfor det tillatte området"
    if kind == "contains":
        wanted = {k: v["const"] for k, v in want["properties"].items()}
        what = ", ".join(f'{k} = "{v}"' for k, v in wanted.items())
        return f"skal ha nøyaktig ett felt med {what}"
    if kind == "oneOf":
        return "skal ha enten «label» eller «header» (én av dem)"
    if kind == "not":
        return '«values» hører bare til felt med kind = "choice"'
    return error.message  # a rule added to the schema later, before its words are added here


def _rule_findings(raw: dict, source: str) -> list[tuple[int | None, str]]:
    """What the schema cannot say: keys, labels and book keys are unique."""
    findings = []
    wb = raw["workbook"]
    book_keys: dict[str, str] = {}
    for sheet, fields_key in (
        ("unit_sheet", "fields"),
        ("measure_sheet", "columns"),
        ("assessment_sheet", "fields"),
    ):
        keys: set[str] = set()
        labels: set[str] = set()
        for i, f in enumerate(wb[sheet][fields_key]):
            path = ["workbook", sheet, fields_key, i]
            label = f.get("label") or f["header"]
            if f["key"] in keys:
                findings.append(
                    (
                        line_of(source, path),
                        f"{key_path(path)}: key «{f['key']}» står to ganger i arket",
                    )
                )
            if text.fold(label) in labels:
                findings.append(
                    (
                        line_of(source, path),
                        f"{key_path(path)}: «{label}» står to "
                        "ganger i arket (etter at store/små bokstaver og mellomrom er "
                        "sett bort fra)",
                    )
                )
            keys.add(f["key"])
            labels.add(text.fold(label))
            if sheet == "measure_sheet":
                continue
            for name in _book_names(f):
                if name in book_keys:
                    findings.append(
                        (
                            line_of(source, path),
                            f"{key_path(path)}: navnet «{name}» "
                            f"i boka brukes også av {book_keys[name]}",
                        )
                    )
                book_keys[name] = key_path(path)
    return findings


def value_key(prefix: str, value: str) -> str:
    """The book's name for one value of a choice field.

    >>> value_key("forankring", "Bydelens ledergruppe")
    'forankring_bydelens_ledergruppe'
    """
    return f"{prefix}_{text.slug(value).replace('-', '_')}"


def _book_names(f: dict) -> list[str]:
    base = f.get("book_key", f["key"])
    if f["kind"] == "choice":
        return [value_key(base, v) for v in f["values"]]
    return [base] if f["kind"] in ("yesno", "text") else []


# -- finding a key's line ----------------------------------------------------------------------

_HEADER = re.compile(r"^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?\s*(#.*)?$")


def _headers(lines: list[str]) -> list[tuple[int, list]]:
    """(line index, path) of every table header; `[[a]]` headers count as a's elements."""
    found, counts = [], {}
    for i, line in enumerate(lines):
        if not (m := _HEADER.match(line)):
            continue
        parts = [p.strip().strip('"') for p in m.group(2).split(".")]
        names, full = [], []
        for j, part in enumerate(parts):
            names.append(part)
            full.append(part)
            name = tuple(names)
            if m.group(1) == "[[" and j == len(parts) - 1:
                counts[name] = counts.get(name, 0) + 1
            if name in counts:  # an array of tables: its latest element
                full.append(counts[name] - 1)
        found.append((i, full))
    return found


def line_of(source: str, path: list) -> int | None:
    """The line (1-based) where the value at `path` is written, or where the nearest enclosing
    table or element is when the value itself is missing; None when not even that is found.

    Covers what plan-period files use: `[table]` and `[[array of tables]]` headers,
    `key = value` lines, and arrays of inline tables across lines.

    >>> line_of('[[fields]]\\nkey = "a"\\n[[fields]]\\nkind = "x"\\n', ["fields", 1, "kind"])
    4
    """
    lines = source.splitlines()
    # The longest header that starts the path; the keys before any header otherwise.
    start, end, rest = 0, len(lines), list(path)
    headers = _headers(lines)
    best = None
    for i, parts in headers:
        if parts == list(path[: len(parts)]) and (best is None or len(parts) > len(best[1])):
            best = (i, parts)
    if best is not None:
        start = best[0]
        rest = list(path[len(best[1]) :])
        end = next((i for i, _ in headers if i > start), len(lines))
    elif headers:
        end = headers[0][0]
    offset = sum(len(ln) + 1 for ln in lines[:start])
    section = "\n".join(lines[start:end])
    found = 0 if best is not None else None
    pos = 0
    for part in rest:
        if isinstance(part, int):
            span = _element(section, pos, part)
        else:
            span = _key(section, pos, part, at_line_start=found is None or pos == 0)
        if span is None:
            break
        pos, found = span, span
    if found is None:
        return start + 1 if best is not None else None
    return source.count("\n", 0, offset + found) + 1


def _key(section: str, pos: int, key: str, at_line_start: bool) -> int | None:
    """Position of the value of `key = …` at or after `pos`."""
    pattern = (
        rf"(?m)^\s*{re.escape(key)}\s*=\s*"
        if at_line_start
        else (rf"(?<![\w-]){re.escape(key)}\s*=\s*")
    )
    m = re.compile(pattern).search(section, pos)
    return m.end() if m else None


def _element(section: str, pos: int, index: int) -> int | None:
    """Position of element `index` of the array that starts at `pos` (after skipping blanks)."""
    i = section.find("[", pos)
    if i < 0:
        return None
    depth, count, i, quote = 0, 0, i + 1, None
    expect = True  # the next non-blank character starts an element
    while i < len(section):
        c = section[i]
        if quote:
            if c == "\\" and quote == '"':
                i += 1
            elif c == quote:
                quote = None
        elif c == "#":
            i = section.find("\n", i)
            if i < 0:
                return None
            continue
        elif c in " \t\r\n":
            pass
        elif depth == 0 and c == "]":
            return None
        elif depth == 0 and c == ",":
            expect = True
        else:
            if expect and depth == 0:
                if count == index:
                    return i
                count += 1
                expect = False
            if c in "[{":
                depth += 1
            elif c in "]}":
                depth -= 1
            elif c in "\"'":
                quote = c
        i += 1
    return None
