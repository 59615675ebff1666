"""Edition texts are checked before notebooks run: no hand-typed number, no unknown key."""

from pathlib import Path

from salto_lib.edition import load_edition
from salto_lib.textcheck import check_text, check_texts

KEYS = {"aar", "antall_tiltak", "figur_omrader"}


def shown(problems) -> list[str]:
    return [str(p) for p in problems]


def test_a_number_typed_by_hand_is_named_with_file_and_line():
    text = "# Innledning\n\nRapporten gjelder {{ aar }}.\nDen gjelder 2025, og 12,5 % er i gang.\n"
    assert shown(check_text(text, Path("book/2025/innledning.md"), KEYS)) == [
        "book/2025/innledning.md:4: tallet «2025» er skrevet inn for hånd; bruk en nøkkel, "
        "f.eks. {{ antall_tiltak }}",
        "book/2025/innledning.md:4: tallet «12,5» er skrevet inn for hånd; bruk en nøkkel, "
        "f.eks. {{ antall_tiltak }}",
    ]


def test_substitutions_layout_lines_and_reference_targets_are_not_numbers_shown():
    text = (
        "(fig-2)=\n```{figure} figurer/a-1.svg\n:width: 80%\n```\n"
        "Se {numref}`fig-2` og {{ figur_omrader }}: {{ antall_tiltak }} tiltak.\n"
    )
    assert check_text(text, Path("a.md"), KEYS) == []


def test_a_key_typo_names_the_line_and_the_nearest_key():
    problems = check_text("Tekst\n{{ antal_tiltak }} og {{ helt_ukjent }}\n", Path("a.md"), KEYS)
    assert shown(problems) == [
        "a.md:2: ukjent nøkkel {{ antal_tiltak }} — mente du {{ antall_tiltak }}?",
        "a.md:2: ukjent nøkkel {{ helt_ukjent }}",
    ]


def test_the_reviewed_allowlist_lets_exactly_its_phrases_through(tmp_path):
    (tmp_path / "utgave.toml").write_text(
        '[[tall_godkjent]]\ntekst = "Lov om barnevern 2021"\ngrunn = "lovens navn"\n',
        encoding="utf-8",
    )
    allowed = [a.text for a in load_edition(tmp_path, 2024).allowed_numbers]
    assert allowed == ["Lov om barnevern 2021"]
    text = "Etter Lov om barnevern 2021 skal 17 enheter …\n"
    problems = check_texts([_write(tmp_path / "t.md", text)], tmp_path, KEYS, allowed)
    assert shown(problems) == [
        "t.md:1: tallet «17» er skrevet inn for hånd; bruk en nøkkel, f.eks. {{ antall_tiltak }}"
    ]


def test_the_bundled_texts_have_no_hand_typed_numbers():
    from salto_lib import paths

    files = sorted(p for p in paths.BOOK.rglob("*.md") if p.name != "README.md")
    assert len(files) > 20
    keys = {k for f in files for k in _keys(f)}  # the build checks keys against its own
    assert check_texts(files, paths.ROOT, keys) == []


def _keys(path: Path) -> set[str]:
    from salto_lib.textcheck import _KEY

    return set(_KEY.findall(path.read_text(encoding="utf-8")))


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path
