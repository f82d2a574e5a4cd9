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


def test_include_lines_are_expanded() -> None:
    lists = [lexicon.words(path.stem) for path in TABLES if path.suffix == ".txt"]
    assert not any(w.startswith("@") for entries in lists for w in entries)
    assert "tuyên truyền viên" in lexicon.words("units")  # from people_nouns.txt


def test_include_loop_and_missing_table_are_named(monkeypatch) -> None:
    tables = {"a.txt": ["x", "@include b"], "b.txt": ["@include a"], "c.txt": ["@include nowhere"]}

    def fake_lines(name: str) -> list[str]:
        if name not in tables:
            raise FileNotFoundError(name)
        return tables[name]

    monkeypatch.setattr(lexicon, "_lines", fake_lines)
    with pytest.raises(ValueError, match="loop a → b → a"):
        lexicon._expand("a", ())
    with pytest.raises(ValueError, match=r"no table nowhere.txt \(included from c.txt\)"):
        lexicon._expand("c", ())
