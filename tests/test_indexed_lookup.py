"""Phrase lookups answered from a sentence's annotation view give the regex's very answers.

``Phrases.match_at``, ``search`` and ``finditer`` given a ``Sentence`` read its view of the
article's annotation index (extractors/indexed.py); given a string they run the regex.
Every case runs on both annotation engines and compares the two answers: same span, same
text, or both none. The cases name where the index and the regex see text differently
(underscore, combining marks, superscript digits, runs of spaces, tabs and no-break
spaces, letters glued before the position, windows cut inside a word, other scripts),
and each states whether the index answers it or hands it to the regex.
"""

from __future__ import annotations

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsfacts import lexicon
from newsfacts.extractors.context import Phrases, Sentence, alternation, may_hold, phrases
from newsfacts.extractors.indexed import (
    BLANKS,
    PLAIN_CHARS,
    UNKNOWN,
    Found,
    SentenceHits,
    indexable_entry,
    sentence_hits,
)
from newsfacts.pipeline import default_pipeline
from newsfacts.text.annotate import ENGINES, PATTERN_TABLES, Annotator, fold

ANNOTATORS = {engine: Annotator(engine) for engine in ENGINES}
PLAIN = [chr(c) for c in range(0x3000) if regex.fullmatch(f"[{PLAIN_CHARS}]", chr(c))]


def sentence(text: str, engine: str, lead: str = "") -> Sentence:
    """``text`` as a sentence of an article that starts with ``lead``, with its view."""
    whole = ANNOTATORS[engine](lead + text)
    start = len(lead)
    view = whole.view(start, start + len(text))
    return Sentence(0, start, start + len(text), text, 0, [], annotation=view)


def answer(m) -> tuple[int, int, str] | None:
    return None if m is None else (m.start(), m.end(), m.group())


def same_answers(p: Phrases, s: Sentence, method: str, *args) -> tuple:
    """The answer through the sentence and the regex's answer on its text."""
    if method == "finditer":
        return [answer(m) for m in p.finditer(s, *args)], [answer(m) for m in p.finditer(s.text, *args)]
    return answer(getattr(p, method)(s, *args)), answer(getattr(p, method)(s.text, *args))


# (text, table, method, arguments, whether the index answers the sentence)
CASES = [
    ("7.412 đảng viên mới", "units", "match_at", (5,), True),
    ("7.412 ĐẢNG VIÊN mới", "units", "match_at", (5,), True),  # capitals
    ("7.412 Đảng viên mới", "units", "match_at", (6,), True),  # no blank to skip
    ("7.412\nđảng viên mới", "units", "match_at", (5,), True),  # a line break is a blank
    ("7.412 đảng viênx", "units", "match_at", (5,), True),  # glued to a letter after: no phrase
    ("120 hộ gia đình", "units", "match_at", (3,), True),  # the longest entry wins
    ("120 hộ gia", "units", "match_at", (3,), True),  # a shorter one when the longer stops short
    ("120 hội viên", "units", "match_at", (3,), True),
    ("số 120đảng viên", "units", "match_at", (7,), True),  # glued to a digit before: the regex
    ("xđảng viên", "units", "match_at", (1,), True),  # inside a word: the regex, which checks no edge
    ("5" + "\n" * 11 + "đảng viên", "units", "match_at", (1,), True),  # 11 blanks: still in reach
    ("5" + "\n" * 12 + "đảng viên", "units", "match_at", (1,), True),  # 12: the regex's window
    ("5 đảng viên", "units", "match_at", (99,), True),  # past the end
    ("5 đảng_viên", "units", "match_at", (1,), False),  # the underscore is a word character only to \w
    ("5 đảng viên_", "units", "match_at", (1,), False),
    ("5 đảng  viên", "units", "match_at", (1,), False),  # two spaces: the index joins them
    ("5 đảng\tviên", "units", "match_at", (1,), False),
    ("5 đảng\u00a0viên", "units", "match_at", (1,), False),
    ("5 đảng viên\u0301", "units", "match_at", (1,), False),  # a combining mark after the phrase
    ("5 m² đất", "non_units", "match_at", (1,), False),  # "²" is a digit to the index, not to \w
    ("5 năm² nay", "non_units", "match_at", (1,), False),
    ("5 năm và 5 ΝΑΜ", "non_units", "match_at", (1,), False),  # another script: its own case folding
    ("phấn đấu đến năm 2025 kết nạp 100 đảng viên", "target_cues", "search", (), True),
    ("PHẤN ĐẤU kết nạp 100 đảng viên", "target_cues", "search", (), True),
    ("xphấn đấu kết nạp 100 đảng viên", "target_cues", "search", (), True),  # no edge before
    ("phấn đấu kết nạp 100 đảng viên", "target_cues", "search", (1,), True),  # pos inside the cue
    ("chỉ tiêu đặt mục tiêu là 100", "target_cues", "search", (0, 14), True),  # endpos inside a word
    ("chỉ tiêu đặt mục tiêu là 100", "target_cues", "search", (0, 21), True),  # endpos after a word
    ("chỉ tiêu đặt mục tiêu là 100", "target_cues", "search", (0, 99), True),
    ("chỉ tiêu đặt mục tiêu là 100", "target_cues", "search", (5, 2), True),  # pos after endpos
    ("phấn_đấu kết nạp", "target_cues", "search", (), False),
    ("phấn đấu 2025", "target_cues", "search", (0, 9), True),  # endpos at a figure after a blank
    ("phấn đấu2025", "target_cues", "search", (0, 8), True),  # a phrase glued to the figure at endpos
    ("phấn đấu2025", "target_cues", "finditer", (0, 8), True),
    ("phấn đấu, phấn đấu và đặt mục tiêu là 90%", "target_cues", "finditer", (), True),
    ("phấn đấu, phấn đấu và đặt mục tiêu là 90%", "target_cues", "finditer", (3,), True),
    ("phấn đấu, phấn đấu và đặt mục tiêu là 90%", "target_cues", "finditer", (0, 25), True),
    ("phấn đấu, phấn đấu và đặt mục tiêu là 90%", "target_cues", "finditer", (0, 27), True),
    ("phấn  đấu, phấn đấu", "target_cues", "finditer", (), False),
    ("đạt 90% và 5 đảng viên", "units", "finditer", (), True),
]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(("text", "table", "method", "args", "answered"), CASES)
def test_index_answers_as_the_regex(engine, text, table, method, args, answered):
    s = sentence(text, engine)
    assert (sentence_hits(s) is not None) is answered
    through_index, by_regex = same_answers(phrases(table), s, method, *args)
    assert through_index == by_regex


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "pos", "expected"),
    [
        ("7.412 đảng viên, mới", 5, (5, 15)),  # the span opens at pos: the blanks are in it
        ("120 hộ gia đình", 3, (3, 15)),
        ("120 hộix", 3, None),
        ("xđảng viên", 1, UNKNOWN),  # a letter before: the regex checks no edge there
        ("5" + "\n" * 12 + "đảng viên", 1, UNKNOWN),  # the regex's window may cut the phrase
        ("5 đảng viên", 99, UNKNOWN),
    ],
)
def test_a_plain_sentence_is_answered_by_the_index(engine, text, pos, expected):
    got = sentence_hits(sentence(text, engine)).match(phrases("units").ids, pos)
    assert (got if got is UNKNOWN or got is None else got.span()) == expected


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "pos", "endpos", "expected"),
    [
        ("kết nạp, phấn đấu 2025", 0, None, (9, 17)),
        ("kết nạp, phấn đấu 2025", 0, 18, (9, 17)),  # endpos at a digit after a blank: no phrase ends there
        ("kết nạp, phấn đấu2025", 0, 17, UNKNOWN),  # a phrase ends at endpos, glued to the figure
        ("kết nạp, phấn đấu 2025", 0, 12, UNKNOWN),  # endpos inside a word
        ("kết nạp, phấn đấu 2025", 0, 14, None),  # endpos after a blank: no phrase ends there
        ("kết nạp, phấn đấu 2025", 0, 11, UNKNOWN),
        ("kết nạp, phấn đấu 2025", 12, 5, UNKNOWN),  # pos after endpos
        ("kết nạp, phấn đấu 2025", 10, None, None),  # the index's edge before pos, as the regex's
    ],
)
def test_a_plain_sentence_is_searched_in_the_index(engine, text, pos, endpos, expected):
    got = sentence_hits(sentence(text, engine)).search(phrases("target_cues").ids, pos, endpos)
    assert (got if got is UNKNOWN or got is None else got.span()) == expected


@pytest.mark.parametrize("engine", ENGINES)
def test_a_sentence_inside_an_article_reads_its_own_offsets(engine):
    s = sentence("có 5 đảng viên", engine, lead="Năm 2024 kết nạp 7 hội viên. ")
    found = phrases("units").match_at(s, 4)
    assert isinstance(found, Found)
    assert (found.span(), found.group()) == ((4, 14), " đảng viên")
    assert [m.group() for m in phrases("units").finditer(s)] == ["đảng viên"]


@pytest.mark.parametrize("engine", ENGINES)
def test_a_sentence_without_a_view_or_with_another_span_runs_the_regex(engine):
    bare = Sentence(0, 0, 11, "5 đảng viên", 0, [])
    assert sentence_hits(bare) is None
    assert answer(phrases("units").match_at(bare, 1)) == (1, 11, " đảng viên")
    moved = sentence("5 đảng viên", engine, lead="ab ")
    moved.start = 0  # the view no longer covers the sentence's span
    assert SentenceHits.of(moved) is None


def test_found_reads_like_a_match():
    found = Found("5 đảng viên", 1, 11)
    assert (found.start(), found.end(), found.span(), found.group(), found[0]) == (
        1,
        11,
        (1, 11),
        " đảng viên",
        " đảng viên",
    )
    with pytest.raises(IndexError):
        found.group(1)


@pytest.mark.parametrize(
    ("entry", "indexable"),
    [
        ("đảng viên", True),
        ("PGS.TS", True),
        ("m²", True),  # "²" has no case: the entry finds nothing in a plain sentence either way
        ("đảng  viên", False),  # two spaces: the regex wants them, the index finds any run
        ("", False),
        ("đảng_viên", True),  # the underscore is plain inside an entry: an edge only outside it
        ("ΝΑΜ", False),  # capitals of another script fold their own way
    ],
)
def test_which_entries_the_index_holds_as_the_regex_finds_them(entry, indexable):
    assert indexable_entry(entry) is indexable


def test_a_table_with_an_entry_the_index_cannot_stand_for_runs_the_regex():
    p = Phrases(("đảng viên", "đảng  viên"))
    assert p.ids is None
    s = sentence("5 đảng viên", ENGINES[0])
    assert answer(p.match_at(s, 1)) == (1, 11, " đảng viên")


# --------------------------------------------------------------------------- the claim behind PLAIN_CHARS


def test_plain_characters_are_word_characters_alike_to_the_index_and_the_regex():
    word, letter_or_digit = regex.compile(r"\w"), regex.compile(r"[\p{L}\p{N}]")
    assert [c for c in PLAIN if bool(word.match(c)) != bool(letter_or_digit.match(c))] == []
    assert "_" not in PLAIN
    assert sorted(c for c in PLAIN if regex.match(r"\s", c)) == sorted(BLANKS)


def test_plain_letters_match_each_other_in_any_case_exactly_when_they_fold_alike():
    letters = [c for c in PLAIN if c.isalpha()]
    differ = [
        (a, b)
        for a in letters
        for b in letters
        if bool(regex.fullmatch(regex.escape(a), b, regex.IGNORECASE)) != (fold(a) == fold(b))
    ]
    assert differ == []
    assert all(fold(c) in PLAIN for c in PLAIN)  # folding keeps a plain text plain


def test_every_phrase_table_is_read_through_the_index():
    """Only tables with an entry the index cannot stand for fall back to their regex for good."""
    names = [n.removesuffix(".txt") for n in sorted(lexicon.paths()) if n.endswith(".txt")]
    txt = [n for n in names if n not in PATTERN_TABLES]
    assert [n for n in txt if phrases(n).ids is None] == []


# --------------------------------------------------------------------------- properties

PIECES = st.sampled_from(
    [
        "đảng viên",
        "Đảng Viên",
        "hộ gia đình",
        "hộ",
        "phấn đấu",
        "mục tiêu là",
        "năm",
        "m²",
        "tuổi",
        "2024",
        " ",
        "  ",
        "\n",
        "\t",
        "\u00a0",
        ",",
        ".",
        "_",
        "x",
        "\u0301",
        "%",
        "(",
    ]
)
TEXTS = st.lists(PIECES, max_size=14).map("".join)
TABLES = st.sampled_from(["units", "non_units", "target_cues", "classifiers", "attached_units"])


@pytest.mark.parametrize("engine", ENGINES)
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXTS, lead=st.sampled_from(["", "x", " ", "Năm 2024. "]), table=TABLES, data=st.data())
def test_any_lookup_through_a_sentence_is_the_regex_lookup(engine, text, lead, table, data):
    s = sentence(text, engine, lead)
    p = phrases(table)
    pos = data.draw(st.integers(0, len(text) + 1))
    endpos = data.draw(st.one_of(st.none(), st.integers(0, len(text) + 1)))
    for method, args in (("match_at", (pos,)), ("search", (pos, endpos)), ("finditer", (pos, endpos))):
        through_index, by_regex = same_answers(p, s, method, *args)
        assert through_index == by_regex, (method, args)


# the tables a structural pattern is built on, with "\s+" between the words of a phrase
GATED = st.sampled_from(
    [("units",), ("target_cues",), ("timed_goal_nouns", "goal_list_nouns"), ("goal_documents",)]
)


@pytest.mark.parametrize("engine", ENGINES)
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXTS, lead=st.sampled_from(["", "x", " ", "Năm 2024. "]), tables=GATED)
def test_a_sentence_said_to_hold_no_phrase_has_none_for_a_pattern_either(engine, text, lead, tables):
    s = sentence(text, engine, lead)
    pattern = regex.compile(rf"(?<![\w])(?:{alternation(*tables)})(?![\w])", regex.IGNORECASE)
    if pattern.search(text) is not None:
        assert may_hold(s, *tables)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    ("text", "tables", "expected"),
    [
        ("Mục tiêu năm 2026 là 100%.", ("timed_goal_nouns",), True),
        ("MỤC TIÊU năm 2026 là 100%.", ("timed_goal_nouns",), True),
        ("Năm 2026 xã đạt 100%.", ("timed_goal_nouns",), False),  # the index knows: none
        ("Xã có mục\ntiêu mới.", ("timed_goal_nouns",), True),  # a line break: the pattern decides
        ("Xã có mục  tiêu mới.", ("timed_goal_nouns",), True),  # two spaces: the index cannot tell
        ("Năm 2026 xã đạt 100%.", ("timed_goal_nouns", "goal_documents"), False),
        ("Năm 2026 xã đạt 100%.", ("timed_goal_nouns", "units"), True),  # "xã" is a counted noun
    ],
)
def test_whether_a_sentence_may_hold_a_phrase(engine, text, tables, expected):
    assert may_hold(sentence(text, engine), *tables) is expected


def test_the_pipeline_gives_each_sentence_its_view():
    pipe = default_pipeline()
    text = "Năm 2024, tỉnh kết nạp 1.900 đảng viên. Phấn đấu đạt 95% kế hoạch."
    sentences = pipe._sentences(text, pipe.segmenter(text))
    assert [s.annotation.start for s in sentences] == [s.start for s in sentences]
    assert [s.annotation.end for s in sentences] == [s.end for s in sentences]
    found = phrases("units").match_at(sentences[0], sentences[0].figures[-1].end)
    assert isinstance(found, Found) and found.group() == " đảng viên"
