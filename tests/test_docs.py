"""The repository documents itself: the generated documents in docs/ are up to date, the tallies
JSON follows its published schema, links between the documents resolve, and nothing refers to
files outside the repository."""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys

import jsonschema
import pytest

from salto_lib import paths, text
from salto_lib.period import period_for_year

DOCS = paths.ROOT / "docs"


def load_writer():
    spec = importlib.util.spec_from_file_location(
        "write_docs", paths.ROOT / "scripts/write_docs.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


WRITER = load_writer()


@pytest.mark.parametrize("name", sorted(WRITER.GENERATED))
def test_generated_doc_is_up_to_date(name):
    written = (DOCS / name).read_text(encoding="utf-8")
    assert written == WRITER.GENERATED[name](), f"docs/{name} er utdatert: kjør make docs"


def test_command_line_doc_names_every_command_and_option():
    doc = (DOCS / "kommandolinje.md").read_text(encoding="utf-8")
    for name, _, sub in WRITER._subcommands(WRITER.make_parser()):
        assert f"\n## {name}\n" in doc
        for action in sub._actions:
            for flag in action.option_strings:
                if flag not in ("-h", "--help"):
                    assert f"`{flag}" in doc, (name, flag)


def test_workbook_doc_lists_every_declared_label():
    doc = (DOCS / "arbeidsboka.md").read_text(encoding="utf-8")
    period = period_for_year(2024)
    for sheet in (period.unit_sheet, period.measure_sheet, period.assessment_sheet):
        assert f"**{sheet.name}**" in doc
        for field in sheet.fields:
            assert f"| {field.label} |" in doc


@pytest.fixture(scope="module")
def schema():
    schema = json.loads((DOCS / "tallies.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return schema


@pytest.fixture(scope="module")
def tallies_2024():
    run = subprocess.run(
        [sys.executable, "-m", "salto_lib", "tally", str(paths.DATA / "2024"), "--json"],
        cwd=paths.ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(run.stdout)


def test_tally_json_follows_the_schema(schema, tallies_2024):
    jsonschema.Draft202012Validator(schema).validate(tallies_2024)


def test_tally_json_follows_the_documented_order(tallies_2024):
    period = period_for_year(2024)
    assert [a["area"] for a in tallies_2024["areas"]] == list(period.areas)
    units = [u["unit"] for u in tallies_2024["units"]]
    assert units == sorted(units, key=text.sort_key) and len(units) == 17
    reasons = tallies_2024["reasons"]
    order = [(period.areas.index(r["area"]), period.reasons.index(r["reason"])) for r in reasons]
    assert order == sorted(order) and len(set(order)) == len(order)
    for row in tallies_2024["areas"] + tallies_2024["units"]:
        assert row["started"] + row["not_started"] == row["total"]


@pytest.mark.parametrize(
    "damage",
    [
        lambda t: t.pop("areas"),
        lambda t: t.update(total=-1),
        lambda t: t["units"][0].update(total="32"),
        lambda t: t["reasons"][0].update(count=0),
        lambda t: t["areas"][0].update(omraade="x"),
    ],
)
def test_schema_rejects_damaged_tallies(schema, tallies_2024, damage):
    damaged = json.loads(json.dumps(tallies_2024))
    damage(damaged)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(schema).validate(damaged)


def test_links_between_documents_resolve():
    documents = [paths.ROOT / "README.md", paths.ROOT / "data/README.md", *DOCS.glob("*.md")]
    for document in documents:
        for target in re.findall(r"\]\(([^)#:]+)(?:#[^)]*)?\)", document.read_text("utf-8")):
            assert (document.parent / target).exists(), f"{document.name}: {target}"


def test_nothing_refers_outside_the_repository():
    found = subprocess.run(
        ["git", "grep", "-n", "-e", "../shared", "-e", "SPEC §", "--", "."],
        cwd=paths.ROOT,
        capture_output=True,
        text=True,
    )
    if found.returncode not in (0, 1):
        pytest.skip(f"git grep gikk ikke: {found.stderr}")
    own = [line for line in found.stdout.splitlines() if not line.startswith("tests/test_docs.py")]
    assert own == [], "\n".join(own)
