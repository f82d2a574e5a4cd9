"""The lexicon tables load, say what they are for, sit in their stage's folder, are all documented,
and turn into matchers one way."""

from __future__ import annotations

import glob
import re
import tomllib
import zipfile
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newsfacts import lexicon
from newsfacts.lexicon import LETTER_OR_DIGIT, alternation, catalogue, matcher
from newsfacts.lexicon.__main__ import FOLDERS

ROOT = Path(__file__).resolve().parents[1]
LEXICON = Path(lexicon.__file__).parent
TABLES = sorted(p for p in LEXICON.rglob("*") if p.suffix in (".txt", ".tsv"))
DOC = ROOT / "docs" / "lexicon.md"


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


# --------------------------------------------------------------------------- the folders


@pytest.mark.parametrize("path", TABLES, ids=lambda p: p.name)
def test_table_is_found_by_its_bare_name_in_its_stage_folder(path: Path) -> None:
    where = path.relative_to(LEXICON)
    assert len(where.parts) == 2, f"{where}: put it in the folder of the stage that reads it"
    assert lexicon.paths()[path.name] == where.as_posix()


def test_every_described_folder_holds_tables() -> None:
    assert set(FOLDERS) <= {p.parent.name for p in TABLES}


def test_package_data_ships_every_table() -> None:
    """The wheel takes the files that pyproject's package-data globs select, as glob selects them."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    package = LEXICON.parent
    shipped = {
        Path(f)
        for pattern in project["tool"]["setuptools"]["package-data"]["newsfacts"]
        for f in glob.glob(pattern, root_dir=package, recursive=True)
    }
    assert {p.relative_to(package) for p in TABLES} <= shipped


def _tree(root: Path, files: dict[str, str]) -> Path:
    for name, body in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(f"# for a test\n{body}\n", encoding="utf-8")
    return root


@pytest.mark.parametrize(
    ("files", "name", "path"),
    [
        ({"count/a.txt": "x"}, "a.txt", "count/a.txt"),
        ({"count/a.txt": "x", "shared/b.tsv": "h\nv"}, "b.tsv", "shared/b.tsv"),
        ({"course/deep/c.txt": "x"}, "c.txt", "course/deep/c.txt"),  # any depth
        ({"d.txt": "x"}, "d.txt", "d.txt"),  # the top level too
    ],
)
def test_catalogue_finds_a_table_in_any_folder(tmp_path: Path, files, name, path) -> None:
    found = catalogue(_tree(tmp_path, files))
    assert found[name][0] == path
    assert found[name][1].read_text(encoding="utf-8") == (tmp_path / path).read_text(encoding="utf-8")


def test_catalogue_reads_a_zip_without_folder_entries(tmp_path: Path) -> None:
    """A wheel on a Spark worker's path is imported as a zip; its folders may exist only in file names."""
    archive = tmp_path / "newsfacts.zip"
    with zipfile.ZipFile(archive, "w") as z:
        for p in TABLES:
            z.write(p, p.relative_to(LEXICON.parent.parent).as_posix())
    with zipfile.ZipFile(archive) as z:
        found = catalogue(zipfile.Path(z, "newsfacts/lexicon/"))
        assert {name: path for name, (path, _) in found.items()} == lexicon.paths()
        units = (LEXICON / lexicon.paths()["units.txt"]).read_text(encoding="utf-8")
        assert found["units.txt"][1].read_text(encoding="utf-8") == units


def test_catalogue_skips_code_folders(tmp_path: Path) -> None:
    found = catalogue(_tree(tmp_path, {"__pycache__/a.txt": "x", ".hidden/b.txt": "x", "count/c.txt": "x"}))
    assert set(found) == {"c.txt"}


@pytest.mark.parametrize(
    ("files", "first", "second"),
    [
        ({"count/units.txt": "x", "shared/units.txt": "y"}, "count/units.txt", "shared/units.txt"),
        ({"target/cues.txt": "x", "target/cues.tsv": "h\nv"}, "target/cues.tsv", "target/cues.txt"),
        ({"cues.txt": "x", "course/deep/cues.txt": "y"}, "course/deep/cues.txt", "cues.txt"),
    ],
)
def test_a_name_found_twice_is_an_error_naming_both_paths(tmp_path: Path, files, first, second) -> None:
    with pytest.raises(ValueError, match=re.escape(f"defined twice, in {first} and {second}")):
        catalogue(_tree(tmp_path, files))


def test_loading_reads_the_file_in_its_folder_and_includes_across_folders(tmp_path, monkeypatch) -> None:
    root = _tree(
        tmp_path,
        {
            "course/learners.txt": "học viên\n@include people",
            "shared/people.txt": "người\n@include roles",
            "phrases/roles.txt": "cán bộ",
            "rate/verbs.tsv": "phrase\tkind\nđạt\treach",
        },
    )
    monkeypatch.setattr(lexicon, "_files", lambda: catalogue(root))
    assert lexicon.words.__wrapped__("learners") == ("học viên", "người", "cán bộ")
    assert lexicon.table.__wrapped__("verbs") == ({"phrase": "đạt", "kind": "reach"},)
    with pytest.raises(ValueError, match=r"no table nowhere\.txt"):
        lexicon.words.__wrapped__("nowhere")


def test_real_includes_cross_folders() -> None:
    assert (
        lexicon.paths()["open_unit_stops.txt"].rpartition("/")[0]
        != lexicon.paths()["gap_stop_words.txt"].rpartition("/")[0]
    )
    assert set(lexicon.words("gap_stop_words")) <= set(lexicon.words("open_unit_stops"))


# --------------------------------------------------------------------------- the matcher

CUES = ("cập nhật", "cập nhật lúc", "đảng viên", "ban", "Khóa")


@pytest.mark.parametrize(
    ("options", "text", "span"),
    [
        # a whole phrase, the longest first
        ({}, "Cập nhật lúc 10:05", (0, 12)),
        ({}, "đã cập nhật ngày 5", (3, 11)),
        ({}, "có 12 Đảng viên mới", (6, 15)),  # any case, Đ and đ alike
        # never a phrase inside a longer word
        ({}, "bàn bạc, bane, bans", None),
        ({}, "banh", None),
        ({}, "ĐẢNG VIÊNS", None),
        ({}, "thành viên ban tổ chức", (11, 14)),
        # the edge: \w counts the underscore, letters-or-digits does not
        ({}, "x_ban", None),
        ({"edge": LETTER_OR_DIGIT}, "x_ban", (2, 5)),
        ({"edge": LETTER_OR_DIGIT}, "3ban", None),
        # case
        ({"case": "exact"}, "Đảng viên", None),
        ({"case": "exact"}, "đảng viên", (0, 9)),
        ({"case": "capitals"}, "khóa học", None),  # "Khóa" as written: a title, not "khóa" (lock)
        ({"case": "capitals"}, "Khóa XIII", (0, 4)),
        ({"case": "capitals"}, "ĐẢNG VIÊN", (0, 9)),  # lowercase entries: any case
        # the spaces inside an entry
        ({}, "đảng  viên", None),
        ({"spaces": r"\s+"}, "đảng \t viên", (0, 11)),
        ({"spaces": r"[ \t\u00a0]++"}, "đảng\u00a0viên", (0, 9)),
    ],
)
def test_matcher_finds_whole_phrases(options, text: str, span) -> None:
    m = matcher(CUES, **options).search(text)
    assert (m.span() if m else None) == span


@pytest.mark.parametrize(
    ("at", "text", "pos", "span"),
    [
        ("here", "  đảng viên mới", 0, (0, 11)),  # after blanks, the blanks included
        ("here", "đảng viênx", 0, None),
        ("here", "các đảng viên", 0, None),  # not at the position
        ("before", "số đảng viên  ", 14, (3, 14)),  # ends the text, then blanks (in the match)
        ("before", "số đảng viên mới", 16, None),
        ("before", "số đảng viên mới", 12, (3, 12)),  # ends at the position
        ("before", "sốđảng viên", 11, None),  # inside a longer word
        ("before", "số đảng viên", 9, None),  # "đảng" alone is no entry
        ("before", "cập nhật lúc", 12, (0, 12)),  # the longest phrase ending there
        ("start", "Cập nhật: 5/3", 0, (0, 8)),
        ("start", "Cập nhật lúc 5 giờ", 0, (0, 12)),
        ("start", "Đã cập nhật", 0, None),
    ],
)
def test_matcher_where_the_phrase_stands(at, text: str, pos: int, span) -> None:
    pattern = matcher(CUES, at=at)
    m = pattern.search(text, 0, pos) if at == "before" else pattern.match(text, pos)
    assert (m.span() if m else None) == span


def test_matcher_start_needs_a_separator_or_the_end_after_the_phrase() -> None:
    prefix = matcher(("Tag", "Tags"), at="start", edge=r"[^\s:.,(|\-]")
    assert [bool(prefix.match(t)) for t in ("Tags: x", "Tag", "Tags-x", "Tagsx", "Tag/x")] == [
        True,
        True,
        True,
        False,
        False,
    ]


def test_matcher_of_no_entries_matches_nothing() -> None:
    for at in ("anywhere", "here", "before", "start"):
        assert matcher((), at=at).search("") is None
        assert matcher((), at=at).search("anything at all") is None
    assert regex.search(alternation(()), "x") is None


def test_matcher_rejects_an_unknown_position() -> None:
    with pytest.raises(ValueError, match="at='after'"):
        matcher(CUES, at="after")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("entries", "options", "expected"),
    [
        (("a", "a b", "a"), {}, r"a\ b|a"),  # each once, the longest first
        (("a b",), {"spaces": r"\s+"}, r"a\s+b"),
        (("x.y",), {}, r"x\.y"),  # escaped
        (("a", "B"), {"case": "any"}, "(?i:B|a)"),
        (("a", "Bc"), {"case": "capitals"}, "Bc|(?i:a)"),
    ],
)
def test_alternation_for_a_larger_pattern(entries, options, expected: str) -> None:
    assert alternation(entries, **options) == expected


def test_alternation_lets_the_enclosing_pattern_decide() -> None:
    cues = alternation(CUES, spaces=r"\s+")
    pattern = regex.compile(rf"(?<!\w)(?:{cues})\s+(\d+)", regex.IGNORECASE)
    assert pattern.search("có CẬP NHẬT  lúc 10").group(1) == "10"


LETTERS = "abđảê _.-"
SYLLABLES = ("a", "ab", "b", "đả", "Đả")
ENTRY = st.lists(st.sampled_from(SYLLABLES), min_size=1, max_size=3).map(" ".join)  # phrases share words


def _text_of(entries: list[str]) -> st.SearchStrategy[str]:
    """Text made of the entries themselves, letters and separators, so that phrases meet and overlap."""
    piece = st.one_of(st.sampled_from(entries), st.sampled_from(list(LETTERS)))
    return st.lists(piece, max_size=8).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.lists(ENTRY, min_size=1, max_size=5), st.data())
def test_before_reads_right_to_left_yet_finds_what_a_forward_search_finds(entries, data) -> None:
    """A ``before`` pattern runs in reverse; it must find the span a plain forward search finds."""
    text = data.draw(_text_of(entries))
    pos = data.draw(st.integers(0, len(text)))
    lo = data.draw(st.integers(0, pos))
    body = alternation(entries)
    forward = regex.compile(rf"(?<!\w)(?:{body})\s*+$", regex.IGNORECASE).search(text, lo, pos)
    backward = matcher(entries, at="before").search(text, lo, pos)
    assert (backward and backward.span()) == (forward and forward.span())


@settings(max_examples=300, deadline=None)
@given(st.lists(ENTRY, min_size=1, max_size=5), st.data())
def test_every_match_is_a_whole_entry_and_the_longest_there(entries, data) -> None:
    text = data.draw(_text_of(entries))
    for m in matcher(entries, edge=LETTER_OR_DIGIT).finditer(text):
        s, e = m.span()
        assert m.group().lower() in {x.lower() for x in entries}
        assert not (s and text[s - 1].isalnum()) and not (e < len(text) and text[e].isalnum())
        longer = [x for x in entries if len(x) > e - s and text[s : s + len(x)].lower() == x.lower()]
        assert not any(s + len(x) == len(text) or not text[s + len(x)].isalnum() for x in longer)
