"""The annotation index: one pass finds every lexicon phrase and digit run, on word boundaries.

Both engines (the Aho-Corasick automaton and the pure-Python matcher) run the
same tables and the same properties, so ``make test`` checks both wherever
pyahocorasick is installed (a core dependency). The figure finder's use of the
index is checked here too: its figure starts cover every place a figure can
begin, its cue look-backs answer as their patterns do, and a sentence's view
gives the figures the sentence alone gives.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsfacts import lexicon
from newsfacts.pipeline import Pipeline, default_pipeline
from newsfacts.text import annotate as ann
from newsfacts.text import numbers
from newsfacts.text.annotate import DIGITS, ENGINES, Annotation, Annotator, annotate, fold, vocabulary
from newsfacts.text.numbers import find_figures

ROOT = Path(__file__).resolve().parents[1]
VOCAB = vocabulary()
ANNOTATORS = {engine: Annotator(engine) for engine in ENGINES}
BOTH = pytest.mark.skipif(len(ENGINES) < 2, reason="pyahocorasick is not installed: one engine only")
WORD = regex.compile(r"[\p{L}\p{N}]")
SPACES = regex.compile(r"[ \t\u00a0]+")


def named(annotation: Annotation) -> list[tuple[str, tuple[str, ...]]]:
    """Each hit as (its text, the names of its tables)."""
    text = annotation.text
    return [(text[s:e], tuple(VOCAB.tables[t] for t in tables)) for s, e, _, tables in annotation]


def texts_of(annotation: Annotation) -> list[str]:
    return [text for text, _ in named(annotation)]


# --------------------------------------------------------------------------- what a hit is

HITS = [
    # (text, a hit that must be there (text, one of its tables) or None, a text that must not hit)
    ("Đảng bộ xã", ("Đảng bộ", "units"), None),
    ("ĐẢNG BỘ XÃ", ("ĐẢNG BỘ", "units"), None),  # capitals, Đ included
    ("đảng bộ xã", ("đảng bộ", "units"), None),
    ("hệ số bội chung", None, "bộ"),  # a phrase inside a longer word
    ("2tỷ đồng", ("2", "digits"), "tỷ"),  # a word glued to a digit has no boundary before it
    ("F5 và A+1", ("5", "digits"), None),  # digit runs keep the letters glued to them
    ("12.500,75", ("500", "digits"), "12.500,75"),  # runs of digits, not numerals
    ("từ 40 tuổi trở  lên", ("trở  lên", "qualifier_suffixes"), None),  # a run of spaces
    ("trở\u00a0lên và trở\tlên", ("trở\u00a0lên", "qualifier_suffixes"), None),
    ("trở\nlên", None, "trở\nlên"),  # a phrase never spans a line
    ("không vượt quá 5%", ("không vượt quá", "qualifiers"), None),
    ("không vượt quá 5%", ("vượt quá", "qualifiers"), None),  # nested phrases all hit
    ("không vượt quá 5%", ("không", "number_words"), None),
    ("8 h sáng", ("h", "non_units"), None),  # a one-character phrase alone
    ("nhà ông ghi", None, "h"),  # and inside words
    (">> Xem thêm", (">>", "footer_markers"), None),  # a phrase of punctuation
    ("a>> Xem", None, ">>"),
    ("theo dự thảo, 5", ("theo dự thảo,", "statute_markers"), None),  # ends in a comma
    ("TP.HCM", ("TP", "abbreviations"), None),
    ("năm2024", ("2024", "digits"), "năm"),
]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(("text", "present", "absent"), HITS)
def test_hits(engine, text, present, absent):
    hits = named(ANNOTATORS[engine](text))
    if present is not None:
        phrase, table = present
        assert any(t == phrase and table in tables for t, tables in hits), hits
    if absent is not None:
        assert absent not in [t for t, _ in hits], hits


@pytest.mark.parametrize("engine", ENGINES)
def test_a_phrase_of_several_tables_is_one_hit_with_all_of_them(engine):
    hits = named(ANNOTATORS[engine]("bộ"))
    assert len(hits) == 1, hits  # one hit, however many tables list the phrase
    phrase, tables = hits[0]
    assert phrase == "bộ" and {"classifiers", "units"} <= set(tables), hits


@pytest.mark.parametrize("engine", ENGINES)
def test_hits_are_sorted_with_integer_ids(engine):
    a = ANNOTATORS[engine]("Năm 2024, tỉnh kết nạp hơn 1.900 đảng viên, đạt 92,6% kế hoạch.")
    hits = list(a)
    assert hits == sorted(hits)
    assert all(isinstance(x, int) for s, e, p, tables in hits for x in (s, e, p, *tables))
    digits = [a.text[s:e] for s, e, p, _ in hits if p == DIGITS]
    assert digits == ["2024", "1", "900", "92", "6"]


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("ĐẢNG Bộ", "đảng bộ"),
        ("Hòa THỦY", "hòa thủy"),  # tone marks as written
        ("ſ", "s"),  # the long s folds as the patterns' case-insensitive matching does
        ("Straße", "straße"),  # ß would fold to two letters: it stays one
        ("İ", "İ"),  # its lowercase is two characters
        ("a\u0345b", "a\u0345b"),  # a combining mark that folds to a letter keeps word boundaries
    ],
)
def test_fold_keeps_offsets(text, folded):
    assert fold(text) == folded
    assert len(fold(text)) == len(text)


def test_folding_never_makes_or_unmakes_a_letter():
    """The premise of checking word boundaries on the folded text, over every code point."""
    moved = [
        hex(c)
        for c in range(sys.maxunicode + 1)
        if bool(WORD.match(chr(c))) != bool(WORD.match(fold(chr(c))))
    ]
    assert moved == []


# --------------------------------------------------------------------------- the vocabulary


def test_every_phrase_table_is_indexed():
    folder = Path(lexicon.__file__).parent
    names = {p.stem for p in folder.rglob("*") if p.suffix in (".txt", ".tsv")}
    without_phrases = {
        p.stem
        for p in folder.rglob("*.tsv")
        if not any(c in lexicon.table(p.stem)[0] for c in ann.PHRASE_COLUMNS)
    }
    assert without_phrases == {"tone_marks"}  # spelling rules, not words
    assert names >= ann.PATTERN_TABLES  # the exclusions name real tables
    assert set(VOCAB.tables[1:]) == names - ann.PATTERN_TABLES - without_phrases
    assert VOCAB.tables[DIGITS] == "digits"


@pytest.mark.parametrize(
    ("table", "phrase"),
    [
        ("number_words", "năm"),
        ("vague_heads", "vài"),
        ("qualifiers", "không vượt quá"),
        ("units", "đảng viên"),
        ("programs", "cao cấp lý luận chính trị"),
    ],
)
def test_phrase_ids(table, phrase):
    pid = VOCAB.phrase_id(phrase.upper())
    assert pid is not None and VOCAB.phrases[pid] == phrase
    assert pid in VOCAB.phrase_ids(table)
    assert VOCAB.table(table) in VOCAB.tables_of[pid]


def test_unknown_names():
    assert VOCAB.phrase_id("không có trong bảng nào") is None
    with pytest.raises(KeyError):
        VOCAB.table("no_such_table")
    with pytest.raises(ValueError, match="engine"):
        Annotator("no-such-engine")


# --------------------------------------------------------------------------- views


ARTICLE = "Năm 2023, huyện kết nạp 120 đảng viên.\nDự kiến đến năm 2025 đạt trên 95% kế hoạch."


def test_view_of_a_sentence():
    whole = annotate(ARTICLE)
    s = ARTICLE.index("Dự")
    view = whole.view(s, len(ARTICLE))
    assert all(s <= h[0] and h[1] <= len(ARTICLE) for h in view)
    assert texts_of(view) == texts_of(annotate(ARTICLE[s:]))
    assert view.text is ARTICLE  # offsets index the whole text
    with pytest.raises(ValueError):
        view.view(0, 5)  # outside the view


def test_view_cut_inside_a_word_sees_the_slice_alone():
    text = "tỉnhxã 15 tỉnh"
    assert texts_of(annotate(text)) == ["15", "tỉnh"]
    view = annotate(text).view(4, len(text))  # starts at "xã", glued to "tỉnh"
    assert texts_of(view) == ["xã", "15", "tỉnh"] == texts_of(annotate(text[4:]))


def test_select_and_ending_at():
    whole = annotate(ARTICLE)
    years = [ARTICLE[s:e] for s, e, *_ in whole.select(frozenset({DIGITS}))]
    assert years == ["2023", "120", "2025", "95"]
    k = ARTICLE.index(" 2025")
    assert [ARTICLE[s:e] for s, e, *_ in whole.ending_at(k)] == ["năm"]
    s = ARTICLE.index("Dự")
    assert whole.view(s, len(ARTICLE)).ending_at(ARTICLE.index(" 2023")) == []  # outside the view


# --------------------------------------------------------------------------- properties

LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
PIECES = st.one_of(
    st.sampled_from(VOCAB.phrases[1:]),
    st.sampled_from(VOCAB.phrases[1:]).map(str.upper),
    st.sampled_from(VOCAB.phrases[1:]).map(str.title),
    st.text(alphabet=LETTERS + LETTERS.upper(), min_size=1, max_size=6),
    st.text(alphabet="0123456789", min_size=1, max_size=5),
    st.sampled_from([" ", " ", " ", "  ", "\t", "\u00a0", "\n", ",", ".", "/", "-", "%", "(", ")", ">", ":"]),
)
TEXTS = st.lists(PIECES, max_size=40).map("".join)


def reference(text: str) -> list[tuple[int, int, int]]:
    """Every phrase occurrence found phrase by phrase with regex: a slow, independent count."""
    key = fold(text)
    out = []
    for pid, phrase in enumerate(VOCAB.phrases):
        if pid == DIGITS or phrase.split()[0] not in key:
            continue
        body = r"[ \t\u00a0]+".join(regex.escape(w) for w in phrase.split())
        pattern = rf"(?<![\p{{L}}\p{{N}}])(?:{body})(?![\p{{L}}\p{{N}}])"
        out += [(m.start(), m.end(), pid) for m in regex.finditer(pattern, key, overlapped=True)]
    out += [(m.start(), m.end(), DIGITS) for m in regex.finditer(r"[0-9]+", text)]
    return sorted(out)


@BOTH
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_both_engines_give_identical_hits(text):
    first, second = (list(ANNOTATORS[e](text)) for e in ENGINES)
    assert first == second


@pytest.mark.parametrize("engine", ENGINES)
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXTS)
def test_every_hit_is_its_phrase_on_word_boundaries(engine, text):
    hits = list(ANNOTATORS[engine](text))
    for s, e, pid, tables in hits:
        around = text[s - 1 : s] + text[e : e + 1]
        if pid == DIGITS:  # a whole run of digits, whatever letters touch it
            assert regex.fullmatch(r"[0-9]+", text[s:e]) and not regex.search(r"[0-9]", around)
            continue
        assert not WORD.search(around)
        assert fold(SPACES.sub(" ", text[s:e])) == VOCAB.phrases[pid]
        assert tables == VOCAB.tables_of[pid]
    assert [(s, e, pid) for s, e, pid, _ in hits] == reference(text)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXTS, cut=st.tuples(st.integers(0, 400), st.integers(0, 400)))
def test_a_view_is_the_slice_annotated_alone(text, cut):
    s, e = sorted(min(c, len(text)) for c in cut)
    view = annotate(text).view(s, e)
    alone = [(a + s, b + s, p, t) for a, b, p, t in annotate(text[s:e])]
    assert list(view) == alone


CUTS = st.integers(0, 900)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXTS.map(lambda t: f"{t} 1234567890123 {t}"), cut=st.tuples(CUTS, CUTS))
def test_ending_at_gives_every_hit_of_the_view_ending_there(text, cut):
    s, e = sorted(min(c, len(text)) for c in cut)
    view = annotate(text).view(s, e)
    for pos in range(len(text) + 1):
        expected = [h for h in view if h[1] == pos] if s <= pos <= e else []
        assert view.ending_at(pos) == expected, pos


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXTS.map(lambda t: f"{t} 1234567890123 {t}"), cut=st.tuples(CUTS, CUTS))
def test_starting_at_gives_every_hit_of_the_view_starting_there(text, cut):
    s, e = sorted(min(c, len(text)) for c in cut)
    view = annotate(text).view(s, e)
    for pos in range(len(text) + 1):
        assert view.starting_at(pos) == [h for h in view if h[0] == pos], pos


def test_forcing_the_pure_python_engine():
    code = "from newsfacts.text import annotate; print(annotate.ENGINE)"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "NEWSFACTS_PURE_PYTHON": "1"}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "python"
    env["NEWSFACTS_PURE_PYTHON"] = "0"
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ENGINES[0]


# --------------------------------------------------------------------------- the figure finder's use

FIGURE_TEXTS = st.lists(
    st.one_of(
        PIECES,
        st.sampled_from(
            [
                "ngày 15/11",
                "Điều 30",
                "số 05",
                "thứ 3",
                "khóa 73",
                "Quý IV/2024",
                "năm 2025",
                "hơn 1.900",
                "từ 40 đến 50",
                "trở lên",
                "hai mươi mốt",
                "vài trăm",
                "+84 912 345 678",
                "F5",
                "12A1",
                "2tỷ",
                "một trong ba",
            ]
        ),
    ),
    max_size=30,
).map("".join)


def assert_starts_cover_figures(text: str) -> None:
    starts = set(numbers._starts(text, annotate(text).select(numbers._figure_hits())))
    for p in range(len(text)):
        m = numbers._SCAN.match(text, p)
        if m is not None and m.end() > p:
            assert p in starts, (text, p, m)


@pytest.mark.parametrize(
    "text",
    [
        "gọi +84 912 345 678 hoặc 0912 345 678",  # a phone number opens with "+"
        "Quý IV/2024 và quý III-2023",  # letters, a slash or dash, then digits
        "lớp 12A1, mã F5, nhóm A+1, năm-5",  # letters glued to digits
        "2tỷ đồng, hai mươi mốt người, vài trăm hộ, Hai Bà Trưng",
        "ngày 15 tháng 11, 2024",
    ],
)
def test_figure_starts_cover_every_place_a_figure_can_begin(text):
    assert_starts_cover_figures(text)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(FIGURE_TEXTS)
def test_figure_starts_cover_random_text(text):
    assert_starts_cover_figures(text)


CUES = [
    numbers._DATE_CUE,
    numbers._DATE_NOUN,
    numbers._YEAR_CUE,
    numbers._DESIGNATOR,
    numbers._DOCUMENT,
    numbers._DOC_EXCEPTION,
    numbers._CODE_CUE,
    numbers._ORDINAL_CUE,
    numbers._ARTICLE_MOT,
    numbers._SLOGAN_OPENER,
    numbers._QUAL_BEFORE,
    numbers._TU_BEFORE,
]


def assert_cues_as_patterns(text: str, positions: list[int]) -> None:
    view = annotate(text)
    for pos in positions:
        before = numbers._Before(text, pos, view)
        for cue in CUES:
            expected = cue.pattern.search(text[max(0, pos - 48) : pos])
            got = before.cue(cue)
            assert (got and (got.span(), got.group())) == (expected and (expected.span(), expected.group()))


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("có số 05", numbers._DOCUMENT),
        ("có số05", numbers._DOCUMENT),  # glued: no word boundary after the phrase
        # the pattern reads 48 characters: a window starting inside a word ("ab|số") still matches
        ("ab" + "số" + " " * 46 + "05", numbers._DOCUMENT),
        ("abcd" + "hơn" + " " * 45 + "05", numbers._QUAL_BEFORE),
        ("ab" + "suýt" + " " * 20 + "soát" + " " * 20 + "05", numbers._QUAL_BEFORE),  # stretched by spaces
        ("xyz ngày" + " " * 60 + "05", None),  # spaces longer than the window
    ],
)
def test_cue_look_backs_at_the_window_edge(text, cue):
    pos = len(text) - 2
    if cue is not None:
        assert cue.pattern.search(text[max(0, pos - 48) : pos])  # the case the row is about
    assert_cues_as_patterns(text, [pos])


SPACED = st.lists(
    st.one_of(FIGURE_TEXTS, st.integers(1, 50).map(lambda n: " " * n)), max_size=6
).map("".join)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=SPACED, positions=st.lists(st.integers(0, 600), max_size=8))
def test_cue_look_backs_answer_as_their_patterns(text, positions):
    assert_cues_as_patterns(text, [min(p, len(text)) for p in positions] + [len(text)])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(head=FIGURE_TEXTS, sentence=FIGURE_TEXTS, tail=FIGURE_TEXTS)
def test_a_sentence_view_gives_the_figures_of_the_sentence_alone(head, sentence, tail):
    text = head + sentence + tail
    s, e = len(head), len(head) + len(sentence)
    viewed = find_figures(sentence, annotation=annotate(text).view(s, e))
    assert viewed == find_figures(sentence)


def test_an_annotation_of_another_span_is_refused():
    with pytest.raises(ValueError, match="another span"):
        find_figures("có 5 lớp", annotation=annotate("có 5 lớp học"))


def test_a_figure_finder_without_annotation_still_works():
    """A user's own finder may take the text only; the pipeline then passes no view."""
    calls = []

    def finder(text):
        calls.append(text)
        return find_figures(text)

    article = "Năm 2024, huyện mở 12 lớp bồi dưỡng cho 850 đảng viên, đạt 105% kế hoạch."
    mine = Pipeline(figure_finder=finder)(article)
    assert calls
    assert mine.model_dump() == default_pipeline()(article).model_dump()
