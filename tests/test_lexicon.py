"""The lexicon tables load, say what they are for, and are all documented."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsfacts import lexicon

LEXICON = Path(lexicon.__file__).parent
TABLES = sorted(p for p in LEXICON.iterdir() if p.suffix in (".txt", ".tsv"))
DOC = Path(__file__).resolve().parents[1] / "docs" / "lexicon.md"


@pytest.mark.parametrize("path", TABLES, ids=lambda p: p.name)
def test_table_loads_and_opens_with_a_comment(path: Path) -> None:
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("#"), f"{path.name} should open with a comment saying what it is for"
    rows = lexicon.table(path.stem) if path.suffix == ".tsv" else lexicon.words(path.stem)
    assert rows, f"{path.name} has no entries"


@pytest.mark.parametrize("path", TABLES, ids=lambda p: p.name)
def test_table_is_documented(path: Path) -> None:
    assert f"`{path.name}`" in DOC.read_text(encoding="utf-8")


def test_documentation_is_current() -> None:
    from newsfacts.lexicon.__main__ import page

    assert DOC.read_text(encoding="utf-8") == page(), "run: python -m newsfacts.lexicon > docs/lexicon.md"


def test_include_adds_the_other_table() -> None:
    people = set(lexicon.words("people_nouns"))
    assert people <= set(lexicon.words("units"))
    assert people <= set(lexicon.words("learner_nouns"))
    lists = [lexicon.words(path.stem) for path in TABLES if path.suffix == ".txt"]
    assert not any(w.startswith("@") for entries in lists for w in entries)


def test_pupils_are_counted_but_learn_in_no_course() -> None:
    # a school's "25 lớp với 1.100 học sinh" is no training course
    assert "học sinh" in lexicon.words("units")
    assert "học sinh" not in lexicon.words("learner_nouns")
