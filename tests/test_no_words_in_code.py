"""Vietnamese words live in the lexicon tables, never in code.

Every string constant of ``src/newsfacts`` outside ``lexicon/`` (regexes, compared strings,
sets, the text an f-string writes) is free of Vietnamese words, so a linguist finds every cue
word in a table and extends it without reading the engine. Docstrings and comments may quote
Vietnamese freely. A few strings are Vietnamese text rather than cue words; they are listed
below with the reason, and the list may not hold an entry that no longer matches.
"""

from __future__ import annotations

import ast
import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsfacts
from newsfacts import lexicon

PACKAGE = Path(newsfacts.__file__).parent
LEXICON = PACKAGE / "lexicon"
SOURCES = sorted(p for p in PACKAGE.rglob("*.py") if LEXICON not in p.parents)

# Syllables of cue words written without marks. "so" and "do" are left out: they are English
# words too, and the Vietnamese phrases holding them have marked neighbours ("so với").
UNACCENTED = frozenset({"trong", "cho", "theo", "qua", "con", "hay", "tin", "sao", "ban"})

# Files whose strings may still hold Vietnamese words, and why.
ALLOWED_FILES = {
    "text/numbers.py": "the number grammar, whose words move to the numbers/ tables next",
}
# Strings that are Vietnamese text, not cue words: (file, how the string opens) and why.
ALLOWED_STRINGS = {
    ("text/decode.py", "aăâeêioôơuưy"): "the alphabet's vowels, to tell Vietnamese from mis-decoded bytes",
    ("text/decode.py", "đĐ"): "the letter đ of the alphabet, for the same",
    ("server/app.py", "Huyện mở 2 lớp"): "the article the service warms up on",
    ("server/models.py", "Năm 2024, huyện"): "the example request in the API documentation",
}

_VIETNAMESE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323\u0306\u0302\u031b")  # tones, breve, hat, horn
_CHAR_CLASS = re.compile(r"\[[^\]\s]*\]")  # a regex character class holds letters, not words: "[a-zđ]"
_ESCAPE = re.compile(r"\\[pPN]\{[^}]*\}|\\[A-Za-z]")  # "\p{Lu}", "\s", "\b"
_LETTERS = re.compile(r"[^\W\d_]+")


def _vietnamese_letter(c: str) -> bool:
    if c in "đĐ":
        return True
    base, *marks = unicodedata.normalize("NFD", c)
    return base.lower() in "aeiouy" and bool(marks) and set(marks) <= _VIETNAMESE_MARKS


def vietnamese_words(s: str) -> list[str]:
    """The Vietnamese words of a string: words with a Vietnamese letter, and unmarked cue syllables."""
    s = _ESCAPE.sub(" ", _CHAR_CLASS.sub(" ", s))
    return [
        w
        for w in _LETTERS.findall(s)
        if any(_vietnamese_letter(c) for c in w) or (w.isascii() and w.lower() in UNACCENTED)
    ]


def _documentation(tree: ast.AST) -> set[int]:
    """The string constants that document (docstrings, attribute docstrings): the bare string statements."""
    return {
        id(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Expr)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
    }


def words_in_code(source: str) -> list[tuple[int, str, list[str]]]:
    """(line, string, its Vietnamese words) of each string constant of ``source`` that documents nothing."""
    tree = ast.parse(source)
    docs = _documentation(tree)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs:
            words = vietnamese_words(node.value)
            if words:
                found.append((node.lineno, node.value, words))
    return sorted(found)


def _allowed(rel: str, string: str) -> bool:
    return rel in ALLOWED_FILES or any(f == rel and string.startswith(o) for f, o in ALLOWED_STRINGS)


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_no_vietnamese_word_in_code(path: Path) -> None:
    rel = path.relative_to(PACKAGE).as_posix()
    found = [
        f"{rel}:{line}: {' '.join(words)}"
        for line, string, words in words_in_code(path.read_text(encoding="utf-8"))
        if not _allowed(rel, string)
    ]
    assert not found, "move these words to a lexicon table (docs/architecture.md):\n" + "\n".join(found)


@pytest.mark.parametrize("rel", sorted(ALLOWED_FILES))
def test_an_allowed_file_still_needs_it(rel: str) -> None:
    assert words_in_code((PACKAGE / rel).read_text(encoding="utf-8")), (
        f"{rel} is clean: drop it from ALLOWED_FILES"
    )


@pytest.mark.parametrize(("rel", "opening"), sorted(ALLOWED_STRINGS))
def test_an_allowed_string_still_exists(rel: str, opening: str) -> None:
    strings = [string for _, string, _ in words_in_code((PACKAGE / rel).read_text(encoding="utf-8"))]
    assert any(s.startswith(opening) for s in strings), f"no string of {rel} opens with {opening!r} any more"


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ('P = re.compile(r"\\bcó\\s+$")', ["có"]),  # a regex
        ('S = frozenset({"trong", "x"})', ["trong"]),  # an unmarked syllable in a set
        ('U = f"{a} bị {b}"', ["bị"]),  # what an f-string writes
        ('if m.group().lower() in ("đề ra", "x"):\n    pass', ["đề"]),  # a comparison
        ('def f():\n    """Why "một" is read."""\n    return "một"', ["một"]),  # the docstring is exempt
        ('X = 1\n"""Rows per batch, từ ... """', []),  # an attribute docstring
        ("Y = 2  # a comment with và", []),
        ('B = re.compile(r"^\\(?(?:[a-zđ]|\\d)[.)]")', []),  # a letter in a character class
        ('A = re.compile(r"^[\\p{Lu}Đ.&]{2,8}$")', []),
        ('M = "quoted so that the shell does not expand it"', []),  # English
        ('E = re.compile(r"\\p{L}+\\s\\b")', []),
        ('T = "TRONG"', ["TRONG"]),  # any case
    ],
)
def test_the_check_finds_words_only_where_code_holds_them(source: str, expected: list[str]) -> None:
    assert [w for _, _, words in words_in_code(source) for w in words] == expected


_MARKED_ENTRIES = sorted(
    {
        word
        for name in lexicon.paths()
        if name.endswith(".txt")
        for entry in lexicon.words(name.removesuffix(".txt"))
        for word in entry.split()
        if word.isalpha() and any(_vietnamese_letter(c) for c in word)
    }
)


@given(
    word=st.sampled_from(_MARKED_ENTRIES),
    template=st.sampled_from([r"\b{}\s+$", r"^(?:{}|x)\s", r"\s*+{}\b", "{}", r"[,;]|\s(?:{})\s"]),
)
def test_any_marked_lexicon_word_written_in_a_pattern_is_found(word: str, template: str) -> None:
    pattern = template.format(word)
    assert word in vietnamese_words(pattern)
    assert [w for _, _, words in words_in_code(f"P = re.compile({pattern!r})") for w in words] == [word]
