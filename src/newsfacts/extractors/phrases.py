"""Noun phrases around a figure: the unit counted after it, the subject of a rate.

Vietnamese puts the counted noun right after the figure ("7.412 đảng viên"),
and the thing a percentage is of either after it ("90% cán bộ có trình độ
đại học") or before a linking verb ("tỷ lệ nữ đạt 20%").
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

import regex as re

from newsfacts import lexicon
from newsfacts.extractors.context import (
    Phrases,
    Sentence,
    alternation,
    alternation_of_table,
    paren_depths,
    phrase_table,
    phrases,
    text_of,
    tidy,
)
from newsfacts.text.numbers import LINK_WORDS, NUMBER_WORDS, SCALE_WORDS

_ACRONYM = re.compile(r"\s*+(\p{Lu}{2,}+\p{L}*+)(?![\w])")
_RATIO = re.compile(r"\s*/\s*\d")
# a round population after the slash: "/ 10.000 dân", "/100.000 người", "/vạn dân"
_PER_POPULATION = re.compile(
    rf"\s*+/\s*+((?:100|10|1)(?:[.,]000)*+|(?i:{alternation('population_scales')}))\s++"
    rf"((?i:{alternation('population_nouns')}))(?![\w])"
)
_MONEY = re.compile(rf"\s*+(?:{alternation('currencies')})\b", re.IGNORECASE)
# "/tháng", "/m2": a word, or an area; "/ 1 quyết định": per one of a noun
_PER_WORD = re.compile(r"[ \t]*+/[ \t]*+(?:1[ \t]++)?(\p{L}++[23²³]?+)(?![\w])")
_PER_SPACING = re.compile(r"\s*+/\s*+(?:1\s++)?")  # "đồng / 1 quyết định" is written "đồng/quyết định"
_PER_PERIOD = re.compile(  # "40.000 đồng một ngày": money paid per a period, written in words
    rf"[ \t]++(?:{alternation('per_period_words')})[ \t]++((?:{alternation('schedule_periods')}))(?![\w])",
    re.IGNORECASE,
)
_WORD_AT = re.compile(r"\s*+([\p{L}]++)")
# "," or "và" between two items of a list
LIST_JOIN = re.compile(rf",\s*+|\s++(?:{alternation('list_conjunctions')})\s++", re.IGNORECASE)
_CLAUSE_REST = re.compile(r"[^,;:.()]*+")  # the rest of an item's clause
_NEAR_FIGURE = re.compile(r"(?:\s++\p{L}++){1,3}\s++\d")  # "phó giáo sư hướng dẫn 9 …": its own figure
_FIGURE_IN_ITEM = re.compile(rf"[^,;:.()\d]*?\s(?:{alternation('item_figure_verbs')})\s++\d")
ITEM_REACH = 80  # how far an item joined by a comma is read for a figure of its own
_QUOTED_NAME = re.compile(r"\s*+[\"“]([^\"”]{2,60})[\"”]")
COINED_WORDS = 4
_COINED_NOUN = re.compile(rf"\p{{Ll}}++(?:\s\p{{Ll}}++){{0,{COINED_WORDS - 1}}}")
MAX_MODIFIERS = 2
MAX_JOINED = 4  # nouns joined by commas into one unit
# Matches right after a figure look this far ahead at most: the regex engine may hunt a
# pattern's required literal ("trở lên", "/") to the end of a long text otherwise.
LOOKAHEAD = 40
_DIGIT_NEXT = re.compile(r"\s*+\d")
_AND = re.compile(rf"\s+(?:{alternation('list_conjunctions')})\s+")
_NOT_JOINED = frozenset(w.lower() for w in lexicon.words("not_joined_units"))
_SCORE_FOLLOWERS = frozenset(w.lower() for w in lexicon.words("score_followers"))


_ONE_WORDS = tuple(
    r["word"] for r in lexicon.table("number_words") if r["role"] == "digit" and r["value"] == "1"
)
ONE = re.compile(lexicon.alternation(_ONE_WORDS), re.IGNORECASE)  # the digit word for one


def last_match(found: Iterable[re.Match]) -> re.Match | None:
    """The last of a run of matches ("the last 'từ' before the figure"), or None."""
    last = None
    for last in found:  # noqa: B007 - the loop keeps the last one
        pass
    return last


def article_one(s: Sentence, f, counting_verbs: str) -> bool:
    """A lone "một" is the article "a" ("bên trong một lớp học", "ban hành một nghị quyết mới")
    unless a verb of the table ``counting_verbs`` stands right before it ("mở một lớp") or a
    cue reports it ("trong đó có một lớp")."""
    if not (f.in_words and ONE.fullmatch(s.text[f.num_start : f.end].strip())):
        return False
    counted = phrases(counting_verbs).ends_at(s, f.start) or phrases("one_reporting_cues").ends_at(s, f.start)
    return counted is None


SPEAKER_REACH = 120  # a speech verb this close after "Một học viên …" makes the "một" an article


def one_speaker(s: Sentence, f) -> bool:
    """ "Một học viên lớp văn bằng 2 … cho biết": a lone "một" before the person who speaks is
    the article "a" (the contract's "một người dân cho biết"), not a figure."""
    if not (f.in_words and ONE.fullmatch(s.text[f.num_start : f.end].strip())):
        return False
    clause_end = _CLAUSE_END.search(s.text, f.end, f.end + SPEAKER_REACH)
    end = clause_end.start() if clause_end else min(len(s.text), f.end + SPEAKER_REACH)
    return phrases("speech_verbs").search(s, f.end, end) is not None


_CLAUSE_END = re.compile(r"[,;.:]")


def money_after(text: str, pos: int) -> bool:
    """Whether a currency word follows ``pos`` ("300 triệu đồng"), not the head of a longer
    noun for people ("30 đồng chí")."""
    money = _MONEY.match(text, pos, pos + LOOKAHEAD)
    if money is None:
        return False
    person = phrases("people_nouns").match_at(text, pos)
    return person is None or person.end() <= money.end()


def unit_after(where: str | Sentence, pos: int) -> tuple[str, int] | None:
    """The counted noun right after ``pos`` and where it ends, or None when there is none.

    Every extractor asks it of the same figures: a sentence keeps the answers."""
    if type(where) is str:
        return _unit_after(where, pos)
    known: dict[int, tuple[str, int] | None] = _answers(where, "unit_after")  # type: ignore[arg-type]
    if pos not in known:
        known[pos] = _unit_after(where, pos)
    return known[pos]


def _answers(s: Sentence, question: str) -> dict:
    """The answers a sentence keeps for ``question``, by position."""
    known = s.memo.get(question)
    if known is None:
        known = s.memo[question] = {}
    return known


def _unit_after(where: str | Sentence, pos: int) -> tuple[str, int] | None:
    text = text_of(where)
    if non_unit_after(where, pos):
        return None
    m = phrases("units").match_at(where, pos) or _ACRONYM.match(text, pos)
    quoted = None if m else _QUOTED_NAME.match(text, pos, pos + LOOKAHEAD + 60)
    if quoted and (phrases("units").match_at(quoted.group(1), 0) or _COINED_NOUN.fullmatch(quoted.group(1))):
        # 35 "Mái ấm tình thương": the quoted name is the unit; 214 "mẹ đỡ đầu", 5 "điểm nghẽn": a
        # coined noun in quotes, lowercase, is what is counted
        return tidy(quoted.group(1)), quoted.end()
    if not m:
        return None
    end = m.end()
    head = text[pos:end].strip()
    if phrases("classifiers").fullmatch_head(head):
        nxt = phrases("units").match_at(where, end)
        if nxt:
            end = nxt.end()
        else:
            for _ in range(2):
                w = _WORD_AT.match(text, end)
                if not w or phrases("open_unit_stops").match_at(where, end) or non_unit_after(where, end):
                    break
                if refers_back(where, end):
                    break  # "hai Bộ nêu trên": the ones already named
                if end > m.end() and phrases("unit_modifiers").match_at(where, end):
                    break  # "khu đất quốc phòng": the modifier is taken whole below
                end = w.end()
    for _ in range(MAX_JOINED):  # "68 tỉnh ủy, thành ủy, đảng ủy", "15 cấp ủy và tổ chức đảng": the list
        j = LIST_JOIN.match(text, end)
        other = phrases("units").match_at(where, j.end()) if j else None
        if not other or other.group().strip().lower() in _NOT_JOINED or money_after(head, 0):
            break  # "50 tỉ đồng, Công ty …": money ends its unit
        if other.group().strip()[:1].isupper():
            break  # "…, Công ty X": a name opens the next item
        if _DIGIT_NEXT.match(text, other.end(), other.end() + LOOKAHEAD):
            break
        if _FIGURE_IN_ITEM.match(text, other.end(), other.end() + ITEM_REACH) or _NEAR_FIGURE.match(
            text, other.end(), other.end() + ITEM_REACH
        ):
            break  # "11 học viên, trường cao đẳng … có 8 học viên": the next item has its own figure
        if "," not in j.group():  # "và" closes the list, unless the item after it is a clause of its own
            rest = _CLAUSE_REST.match(text, other.end())
            if any(c.isdigit() for c in rest.group()) or phrases("verb_markers").match_at(where, other.end()):
                break  # "18 chỉ tiêu và kế hoạch đầu tư công năm 2024 với tổng vốn …", "… và huyện đã …"
            end = other.end()
            break
        end = other.end()
    for _ in range(MAX_MODIFIERS):
        mod = phrases("unit_modifiers").match_at(where, end)
        if not mod:
            break
        end = mod.end()
    per_population = _PER_POPULATION.match(text, end, end + LOOKAHEAD)
    if per_population:  # "5,83 vụ / 10.000 dân": a count per so many people keeps its denominator
        denominator = f"{per_population.group(1)} {per_population.group(2)}"
        return f"{tidy(text[pos:end])}/{denominator}", per_population.end()
    if _RATIO.match(text, end, end + LOOKAHEAD) and not money_after(head, 0):
        return None  # "1,2 điểm / 10" is a ratio, not a count; "75 triệu đồng/1 bộ" is money
    end = per_unit_end(where, end)
    unit = tidy(text[pos:end])
    if "/" in unit:
        unit = _PER_SPACING.sub("/", unit)
    elif (period := _PER_PERIOD.match(text, end, end + LOOKAHEAD)) and money_after(head, 0):
        unit, end = f"{unit}/{period.group(1).lower()}", period.end()
    return (unit or head), end


def noun_opening(description: str) -> str | None:
    """The counted noun that opens a description of what is counted ("chi bộ không hoàn thành
    nhiệm vụ năm nay" counts "chi bộ"): the rest says which ones, not what."""
    described = " " + description
    found = unit_after(described, 0) or open_unit_after(described, 0)
    return tidy(described[: found[1]]) if found else None


NAMED_DESCRIPTION_WORDS = 16  # "Tổng số đại biểu … chất vấn Bộ trưởng Bộ Tài chính là 42": a long description
NAMED_DESCRIPTION_REACH = 100
_NUMBER_OF_BEFORE = re.compile(
    rf"\b(?:{alternation('number_of_words')})\s++((?:[\p{{L}}\d/]++\s++){{1,{NAMED_DESCRIPTION_WORDS}}}?)$",
    re.IGNORECASE,
)


def noun_named_before(text: str, pos: int) -> str | None:
    """The counted noun a clause names after "số" and describes up to ``pos``, a time with its
    figures included ("Số tổ chức đảng bị kỷ luật giảm 2": a change of "tổ chức đảng"; "số chi bộ
    không hoàn thành nhiệm vụ năm nay là 6": a count of "chi bộ")."""
    named = _NUMBER_OF_BEFORE.search(text, max(0, pos - NAMED_DESCRIPTION_REACH), pos)
    return noun_opening(named.group(1)) if named else None


def _per_period(where: str | Sentence, pos: int) -> bool:
    """Whether "/" and a period of a timetable follow ``pos`` ("/ngày", "/ tuần")."""
    per = _PER_WORD.match(text_of(where), pos, pos + LOOKAHEAD)
    return bool(per and phrases("schedule_periods").fullmatch_head(per.group(1)))


_OPEN_WORD = re.compile(r"[ \t]++(\p{Ll}++)(?![\w])")
OPEN_UNIT_WORDS = 2  # Vietnamese nouns are mostly one or two syllables: "trận", "binh sĩ"


def open_unit_after(where: str | Sentence, pos: int) -> tuple[str, int] | None:
    """The counted noun after ``pos`` when no unit table names it ("12 trận", "45 binh sĩ").

    Counted nouns are an open class: the lowercase words right after a figure are its
    unit unless a function word or verb comes first, or the figure measures, lasts or
    ages ("5 năm", "30 km"). A proper name ("thôn 8 Tân Lập") is no unit.
    """
    text = text_of(where)
    if non_unit_after(where, pos):
        return None
    stops = phrases("open_unit_stops")
    end = pos
    if phrases("open_unit_first_stops").match_at(where, pos):
        return None
    for _ in range(OPEN_UNIT_WORDS):
        w = _OPEN_WORD.match(text, end, end + LOOKAHEAD)
        if not w and end > pos and (acronym := _ACRONYM.match(text, end, end + LOOKAHEAD)):
            end = acronym.end()  # "28 vạn cựu TNXP": an acronym completes the noun
            break
        if not w or stops.match_at(where, end) or _number_word(text, w):
            break
        if end > pos and refers_back(where, end):
            break  # "hai nhóm trên, ...": the word points back, it is no part of the noun
        if end > pos and (modifier := phrases("unit_modifiers").match_at(where, end)):
            end = modifier.end()  # "tám đảng chính trị": a two-word modifier is never cut in half
            break
        end = w.end()
        known = phrases("units").match_at(where, end)
        if known:  # "đại dự án", "nữ cán bộ": a known noun after the first word completes it
            end = known.end()
            break
        if phrases("person_heads").fullmatch_head(text[pos:end].strip()):
            break  # "hai ông rút kinh nghiệm": a verb follows the people
    if end == pos or end - pos < 3:  # "100 k": a lone letter is an abbreviation, not a noun
        return None
    return tidy(text[pos:end]), end


def _number_word(text: str, w: re.Match) -> bool:
    """Whether the word ``w`` is a number word here: a link word ("linh", "lẻ") only before
    another number word, so "42 linh mục" counts priests."""
    word = w.group(1)
    if word not in LINK_WORDS:
        return word in NUMBER_WORDS
    nxt = _OPEN_WORD.match(text, w.end(), w.end() + LOOKAHEAD)
    return nxt is not None and nxt.group(1) in NUMBER_WORDS


def per_unit_end(where: str | Sentence, pos: int) -> int:
    """Where a per-unit tail ends ("đồng/người/tháng", "đồng/cổ phiếu", "đồng/m2"): each "/" and
    the word after it, or the table noun it opens ("đồng/tháng giúp …" ends at "tháng")."""
    text = text_of(where)
    stops = phrases("open_unit_stops")
    while (per := _PER_WORD.match(text, pos, pos + LOOKAHEAD)) and not stops.match_at(where, per.start(1)):
        known = phrases("units").match_at(where, per.start(1))  # "đồng/cổ phiếu", "đồng/người lao động"
        pos = known.end() if known and known.end() > per.end() else per.end()
    return pos


def per_unit_tail(where: str | Sentence, pos: int) -> tuple[str, int]:
    """The per-unit tail after ``pos`` as the contract writes it, no spaces around "/" and no
    "1" after it ("15 triệu / tháng" → "/tháng", "/ 1 quyết định" → "/quyết định"), and its end."""
    end = per_unit_end(where, pos)
    return (_PER_SPACING.sub("/", text_of(where)[pos:end].strip()) if end > pos else ""), end


def refers_back(where: str | Sentence, unit_end: int) -> bool:
    """Whether the counted noun is followed by a word pointing back ("4 người trên", "15
    đảng viên này"): a re-mention of ones already named."""
    text = text_of(where)
    pat, placement = phrase_table("back_references", "phrase", "where")
    m = pat.match_at(where, unit_end)
    if m is None:
        return False
    if placement[" ".join(m.group().split()).lower()] != "clause_end":
        return True
    rest = text[m.end() : m.end() + 2].lstrip()
    return not rest or rest[0] in ",.;:)!?"


_AT_LEAST_SUFFIXES = tuple(
    r["phrase"] for r in lexicon.table("qualifier_suffixes") if r["qualifier"] == "at_least"
)
_AT_LEAST_AFTER = re.compile(rf"\s*+(?:{lexicon.alternation(_AT_LEAST_SUFFIXES)})\b", re.IGNORECASE)


def qualifier_with_unit(qualifier: str, text: str, unit_end: int) -> str:
    """ "3 đảng viên chính thức trở lên": "trở lên" after the unit bounds the figure from below."""
    if qualifier == "exact" and _AT_LEAST_AFTER.match(text, unit_end, unit_end + LOOKAHEAD):
        return "at_least"
    return qualifier


def sited_points(where: str | Sentence, f) -> tuple[str, int] | None:
    """The sites a place word names with "điểm" ("tiếp xúc cử tri tại 126 điểm", "tổ chức ở 96
    điểm": `site_prepositions.txt`) as (noun, end); elsewhere "điểm" after a figure is a score."""
    noun = phrases("point_nouns").match_at(where, f.end)
    if noun is None:
        return None
    sited = phrases("site_prepositions").ends_at(where, f.start) is not None
    of_a_kind = not sited and _site_of_a_kind(where, f, noun.end())
    if (
        not sited
        and not of_a_kind
        and not _sites_listed_before(where, f, noun.group())
        and not _sites_named_before(where, f, noun.group())
    ):
        return None
    kind = unit_after(where, f.end) or open_unit_after(where, f.end)  # "tại 41 điểm thi", "… điểm vui chơi"
    if kind is not None and kind[1] > noun.end():
        return kind
    if of_a_kind and (words := _KIND_WORDS.match(text_of(where), noun.end())) is not None:
        return tidy(text_of(where)[f.end : words.end()]), words.end()  # "18 điểm cấp nước": its kind
    return noun.group().strip(), noun.end()


_LIST_GAP = re.compile(r"[^;:.()\d]*+")  # what stands between two items of one list
_NEXT_LOWER = re.compile(r"\s++(\p{Ll}++)")
KIND_WORDS = 2  # "điểm cấp nước", "điểm rò rỉ": the words naming a site's kind
_KIND_WORDS = re.compile(
    rf"(?:\s++(?!(?:{alternation('list_conjunctions')})(?!\w))\p{{Ll}}++){{1,{KIND_WORDS}}}", re.IGNORECASE
)


def _site_of_a_kind(where: str | Sentence, f, noun_end: int) -> bool:
    """Whether "điểm" after a whole number names places of a kind written after it ("bố trí 18
    điểm cấp nước ngọt", "lắp 42 điểm đo áp lực", "phát hiện 1.126 điểm rò rỉ"): neither the word
    before the figure makes it a score ("đạt 27 điểm", "với 4 điểm": `score_leads.txt`) nor the
    word after ("27 điểm trở lên", "5 điểm liền": `score_followers.txt`)."""
    if f.value is None or not float(f.value).is_integer() or f.qualifier != "exact":
        return False
    text = text_of(where)
    kind = _NEXT_LOWER.match(text, noun_end)
    if kind is None or kind.group(1).lower() in _SCORE_FOLLOWERS:
        return False
    return phrases("score_leads").ends_at(where, f.start) is None


def _sites_listed_before(where: str | Sentence, f, noun: str) -> bool:
    """Whether the item before the figure counts sites named by the same point noun ("38 điểm
    nhóm Tin lành, 9 điểm sinh hoạt … và 4 điểm của đạo Cao Đài"): the list's last item leaves
    out what the others spell."""
    if type(where) is str or phrases("score_leads").ends_at(where, f.start) is not None:
        return False  # "426 điểm bán, tăng 38 điểm so với …": a change, no site
    before = [g for g in where.figures if g.end <= f.start]  # type: ignore[union-attr]
    if not before:
        return False
    found = unit_after(where, before[-1].end)
    head = noun.strip().casefold()
    if found is None or not found[0].casefold().startswith(head + " "):
        return False
    return _LIST_GAP.match(where.text, found[1]).end() >= f.start  # type: ignore[union-attr]


def _sites_named_before(where: str | Sentence, f, noun: str) -> bool:
    """Whether the point noun after a whole figure repeats sites the sentence counted by their
    kind before it ("số điểm giết mổ nhỏ lẻ giảm 58 điểm, từ 384 xuống còn 326 điểm", "công nhận 42
    điểm bơi an toàn …, tăng 15 điểm"): the bare noun points back to them, no score."""
    if type(where) is str or f.value is None or not float(f.value).is_integer():
        return False
    text, head = where.text, noun.strip().casefold()  # type: ignore[union-attr]
    for m in phrases("point_nouns").finditer(where, 0, f.start):
        kind = _NEXT_LOWER.match(text, m.end())
        if m.group().strip().casefold() != head or kind is None or kind.group(1).lower() in _SCORE_FOLLOWERS:
            continue
        counted = phrases("number_of_words").ends_at(where, m.start()) is not None or any(
            g.end <= m.start() and not text[g.end : m.start()].strip()
            for g in where.figures  # type: ignore[union-attr]
        )
        if counted:
            return True
    return False


def non_unit_after(where: str | Sentence, pos: int) -> bool:
    """Whether a measurement, duration or age noun follows ``pos`` ("5 năm", "35 tuổi"), a
    multiplier ("tăng 1,4 lần"), or sessions of a timetable ("bán trú 2 buổi/ngày") or as a
    length ("trong 2 buổi")."""
    if type(where) is str:
        return _non_unit_after(where, pos)
    known: dict[int, bool] = _answers(where, "non_unit_after")  # type: ignore[arg-type]
    if pos not in known:
        known[pos] = _non_unit_after(where, pos)
    return known[pos]


def _non_unit_after(where: str | Sentence, pos: int) -> bool:
    if phrases("non_units").match_at(where, pos) and not phrases("units").match_at(where, pos):
        return True
    if phrases("times_nouns").match_at(where, pos) and _multiplied(text_of(where), pos):
        return True
    session = phrases("session_nouns").match_at(where, pos)
    if session is None:
        return False
    if _per_period(where, session.end()):
        return True
    text = text_of(where)  # "Mỗi lớp học trong 2 buổi": how long, not sessions counted
    number = _NUMBER_BEFORE.search(text, max(0, pos - 24), pos)
    return number is not None and phrases("session_duration_leads").ends_at(text, number.start()) is not None


_NUMBER_BEFORE = re.compile(r"(?:\d[\d.,]*+|\p{L}++)\s*+$")
_ONE = frozenset(_ONE_WORDS) | {"1"}  # "một lần", "1 lần": once, a one-off
MULTIPLIER_REACH = 16  # "tăng gần 3 lần": a multiplying word this close before the number


TIMES_COUNT_REACH = 160  # "số lần bay … tăng lên đến 14.805 lần": the count named this close before


def _multiplied(text: str, pos: int) -> bool:
    """Whether "N lần" ending at ``pos`` counts no occurrences: a multiplier ("gấp 3 lần", "tăng
    1,4 lần"), a fraction, a one-off ("trợ cấp một lần") or "lần lượt" after a number."""
    number = _NUMBER_BEFORE.search(text, max(0, pos - 24), pos)
    if number is None or "," in number.group() or phrases("not_times_phrases").match_at(text, pos):
        return True
    if number.group().strip().lower() in _ONE or phrases("times_frame_words").ends_at(text, number.start()):
        return True  # "trợ cấp một lần": a one-off; "giữa hai lần chấm": the occasions compared
    clause = max(text.rfind(c, 0, number.start()) for c in ",;:.") + 1
    if phrases("distributive_words").search(text, clause, number.start()):
        return True  # "mỗi chi bộ … ít nhất 4 lần", "mỗi tháng … 2 lần": a frequency, no count
    lo, start = max(0, number.start() - MULTIPLIER_REACH), number.start()
    if phrases("level_after_change").ends_at(text, start):
        # "số lần bay sẽ tăng lên đến 14.805 lần": the level a count of occurrences reached;
        # "giảm mức bồi thường xuống còn 2 lần": a multiple
        return not phrases("times_count_nouns").search(text, max(0, start - TIMES_COUNT_REACH), start)
    cues = phrase_table("change_cues", "phrase", "direction")[0]
    return bool(phrases("multiplier_cues").search(text, lo, start) or cues.search(text, lo, start))


# "… tăng 10.000-20.000 đồng/ngày - Ảnh tư liệu": a photo credit closing a caption is no phrase's part
CREDIT_AFTER_DASH = rf"\s[-–—]\s*+(?i:{alternation('photo_credit_words')})(?![\w])"
# "so với 120 tỷ đồng": the words before the last of a comparison word, where "với" brings in
# the base of a comparison, not an amount
_COMPARING = "|".join(re.escape(w.rsplit(" ", 1)[0]) for w in lexicon.words("comparison_words") if " " in w)
# The phrase after a figure ends at a clause mark (a dot between digits groups thousands,
# "150.000", and ends nothing; a decimal point, "6.0", does), at a photo credit, at an amount
# brought in after it ("với số tiền 150.000 đồng"), at a contrast ("xã đạt chuẩn, nhưng hiện
# nay ...") or a consequence ("... nên ..."), at a comma before a name that opens another
# clause ("95% cổ phần AVG, Ban Bí thư nhận thấy"), and before another percentage with at
# most one word before it ("58,7% đạt loại giỏi và 39,8% đạt loại khá", "4,8% GDP lên 5,3%
# GDP"); a decimal comma ends nothing.
_GROUP_HAS_BOUND = (
    rf"(?:{alternation('units')})\s++(?:{alternation('has_verbs')})\s++"
    rf"(?:{alternation_of_table('qualifiers', 'phrase')})\s"
)
# a comma before a counted noun, "có" and a bound joins the group's nouns ("100% xã, phường có ít
# nhất 2 cán bộ …"): the bound says which, part of the phrase, no next item
_STOP_AFTER = re.compile(
    rf"[;(]|\.(?!\d{{3}}(?!\d))|{CREDIT_AFTER_DASH}|\s+(?:{alternation('list_conjunctions')})\s+(?=\S+\s+\d)"
    # "… mong muốn đi du học và nhu cầu này ngày càng gia tăng": a clause whose subject points back
    rf"|\s+(?:{alternation('list_conjunctions')})\s++(?=(?:{alternation('back_pointing_nouns')})\s++(?:{alternation('demonstratives')})(?![\w]))"
    rf"|(?<!(?<![\w])(?:{_COMPARING}))\s+(?:{alternation('amount_leads')})\s++(?=(?:\p{{L}}++\s++)?\d)|(?<!\d),\s*+(?=(?:{alternation('comma_clause_openers')}|"
    rf"[\d]|[\p{{L}}\s]{{0,20}}\d(?!\d*+\p{{L}})|(?-i:\p{{Lu}}\p{{Ll}})))(?!{_GROUP_HAS_BOUND})|,?\s+(?:{alternation('contrast_conjunctions')})(?![\w])"
    rf"|,?\s+(?:{alternation('consequence_conjunctions')})(?![\w])"
    r"|\s++(?=(?:[^\s,;]++\s++)?+\d[\d.,]*+\s*+%)",
    re.IGNORECASE,
)


_PER_LEAD = re.compile(r"\s*/\s*\p{L}+")
_PUNCT_NEXT = re.compile(r"\s*[,;.:)]")


def phrase_after(text: str, pos: int, limit: int = 160) -> str:
    """The phrase after ``pos`` up to the end of its clause ("/năm" after a figure is skipped)."""
    per = _PER_LEAD.match(text, pos, pos + LOOKAHEAD)
    if per:
        pos = per.end()
    if _PUNCT_NEXT.match(text, pos, pos + LOOKAHEAD):
        return ""
    end = min(len(text), pos + limit)
    m = _STOP_AFTER.search(text, pos, end)
    end = m.start() if m else end
    close = text.find(")", pos, end)
    if close >= 0 and "(" not in text[pos:close]:  # "(nắm 80% vốn) và TIE": the aside ends the phrase
        end = close
    quote = _QUOTE_END.search(text, pos, end)
    if quote:  # "“Hơn 80% người dân ủng hộ”, ông Hùng cho biết": the quote ends the phrase
        end = quote.start()
    tag = _SPEECH_TAG.search(text, pos, end)
    if tag:
        end = tag.start()
    whole = _WHOLE_NEXT.search(text, pos, end)
    if whole:  # "42% học viên nữ trên 117 học viên": the whole is another figure's
        end = whole.start()
    return _bounded(tidy(text[pos:end]))


_WHOLE_NEXT = re.compile(
    rf"\s(?:{alternation('whole_markers')}|{alternation('out_of_words')}|{alternation('among_words')})\s++\d",
    re.IGNORECASE,
)


_QUOTE_END = re.compile(r"[”\"»]")
_SPEECH_TAG = re.compile(rf",\s*+(?:{alternation('speech_tag_openers')})\s", re.IGNORECASE)
MAX_FOLLOW_WORDS = 16  # subjects after a figure are noun phrases, not whole clauses


def _bounded(phrase: str) -> str:
    """A phrase after a figure, cut to a noun phrase's length (commas inside are kept:
    "cán bộ, công chức, viên chức" is one group), before the last preposition or conjunction
    within that length so that no word is cut in two."""
    words = phrase.split()
    if len(words) <= MAX_FOLLOW_WORDS + SEVERED_WORDS:
        return phrase  # "… trên môi trường điện tử": a few words more end the phrase whole
    kept = " ".join(words[:MAX_FOLLOW_WORDS])
    said = last_match(phrases("speaker_verbs").finditer(kept))
    if said is not None and len(kept[said.end() :].split()) <= SEVERED_WORDS and kept[: said.start()].strip():
        return kept[: said.start()].rstrip(" ,;")  # "64,4% học viên … cho rằng [công việc …]": said, cut
    cuts = (m for m in _CUT_WORD.finditer(kept) if not phrases("speaker_verbs").match_at(kept, m.start() + 1))
    cut = last_match(cuts)
    if cut is not None and len(kept[cut.end() :].split()) <= SEVERED_WORDS:
        return kept[: cut.start()].rstrip(" ,;")
    return kept


SEVERED_WORDS = 2  # at most this many words after the last preposition are cut off with it
_CUT_WORD = re.compile(rf"\s(?:{alternation('phrase_cut_words')})(?=\s|$)", re.IGNORECASE)


_CLAUSE_BREAK = re.compile(
    rf"[;:]|,\s|\s(?:{alternation('clause_conjunctions', 'contrast_conjunctions')})\s", re.IGNORECASE
)
_CAUSATIVE = re.compile(rf"(?<![\w])(?:{alternation('change_making_verbs')})\s++(?=\S)", re.IGNORECASE)


PHRASE_REACH = 300  # a subject is never further back than this
MAX_LEAD_WORDS = 5  # words before a subject opener that still belong to the subject


_DIGIT_NEXT = re.compile(r"\s*+\d")


def joins_nouns(text: str, comma: int) -> bool:
    """Whether the comma at ``comma`` joins two nouns of one set ("các tỉnh, thành phố ven biển"):
    a plural marker and a counted noun before it, another counted noun right after it."""
    noun = phrases("units").ends_at(text, comma)
    if noun is None or phrases("plural_markers").ends_at(text, noun.start()) is None:
        return False
    return phrases("units").match_at(text, comma + 1) is not None


def phrase_before(text: str, pos: int, min_words: int = 3) -> str:
    """The phrase before ``pos`` back to a clause break, reaching further for a short one.

    A subject opener ("tỷ lệ", "chỉ số") in the sentence before ``pos`` marks
    where the phrase starts when it is near.
    """
    start = 0 if pos <= PHRASE_REACH else text.find(" ", pos - PHRASE_REACH, pos) + 1  # a whole word
    depths = paren_depths(text)
    breaks: list[int] = [  # a comma inside an aside closed before ``pos`` ends no clause of its own:
        m.end()  # "Tỷ lệ đảng viên trẻ (dưới 30 tuổi, theo số liệu …) chiếm 25%"
        for m in _CLAUSE_BREAK.finditer(text, max(0, pos - PHRASE_REACH), pos)
        if depths[m.end()] <= depths[pos] and not (text[m.start()] == "," and joins_nouns(text, m.start()))
    ]
    opened = text.rfind("(", max(0, pos - PHRASE_REACH), pos)
    inside = opened > text.rfind(")", max(0, pos - PHRASE_REACH), pos)  # "(vận tải giảm 5,5%"
    if inside:
        breaks = sorted([*breaks, opened + 1])
    for b in reversed(breaks):
        # a quoted name is whole however short ("không phát sinh chi phí, "bao đậu" 100%")
        quoted = _QUOTED_NAME.match(text, b, pos)
        whole_quote = quoted is not None and not text[quoted.end() : pos].strip()
        if len(strip_edges(text[b:pos]).split()) >= min_words or whole_quote:
            start = b
            break
    lo = max(opened + 1 if inside else 0, pos - 120)  # never before an open parenthesis the figure sits in
    opener = last_match(
        m
        for m in phrases("subject_openers").finditer(text, lo, pos)
        if not _DIGIT_NEXT.match(text, m.end())
        and (phrases("rate_verbs").ends_at(text, m.start()) is None or _topic_after_copula(text, m, pos))
        and depths[m.start()] <= depths[pos]  # "chỉ số hài lòng … (chỉ số SIPAS năm 2017) của TP. HCM"
    )  # "Quy định số 01-QĐ/TW": "số" before a digit numbers a document, it opens no indicator; "ngành
    # chiếm tỉ trọng … lớn nhất, chiếm 61,8%": after its verb the noun is the verb's, not the subject's
    # never back across "trong khi", "nhưng": the clause after the contrast has its own subject
    crossed = (
        opener is not None
        and (
            ";" in text[opener.start() : pos]
            or phrases("contrast_conjunctions").search(text, opener.end(), pos)
            # "các con số biết nói như: tổng sản phẩm …": a one-word opener ("số") opens no list after a colon
            or (" " not in opener.group().strip() and ":" in text[opener.end() : pos])
        )
    )
    if opener is not None and opener.start() < start and not crossed:
        start = opener.start()
    elif (
        opener is not None
        and " " in opener.group().strip()  # "tỷ lệ", not "số" (also the end of "thiểu số")
        and len(text[start : opener.start()].split()) > MAX_LEAD_WORDS
        and strip_edges(text[opener.end() : pos])  # "đạt tỷ lệ 96,4%": the opener is the verb's
    ):
        start = opener.start()  # "Huyện ủy đặt mục tiêu ... đưa tỷ lệ hộ nghèo xuống": the rate's own noun
    elif (
        opener is not None
        and not crossed
        and (
            phrases("measure_keeping_verbs").ends_at(text, opener.start()) is not None
            or _topic_after_copula(text, opener, pos)
        )
        and strip_edges(text[opener.end() : pos])
    ):
        start = opener.start()  # "duy trì tỷ lệ trẻ em …": the measure kept; "… là tỷ lệ …": the topic
    caused = last_match(_CAUSATIVE.finditer(text, start, pos))
    if caused is not None:  # "Lực cầu giúp VNM tăng 2,1%": what is made to change, not the cause
        start = caused.end()
    # "Tổng đàn gia súc tăng 4% trong đó đàn bò tăng 6%": the part the breakdown of a figure names
    # (the marker stays for callers that read it; with no figure before, "hộ trong đó có …" is a relative)
    breakdown = last_match(phrases("breakdown_markers").finditer(text, start, pos))
    broken_down = breakdown is not None and _ANY_DIGIT.search(text, start, breakdown.start()) is not None
    if breakdown is not None and broken_down and strip_edges(text[breakdown.end() : pos]):
        start = breakdown.start()
    moved = moved_object_start(text, start, pos)
    if moved is not None:  # "huyện đã nâng tỷ lệ hộ dùng nước sạch lên 98,5%": what moves, not who
        start = moved
    said = last_match(phrases("speaker_verbs").finditer(text, start, pos))
    if said is not None and strip_edges(text[said.end() : pos]):
        start = said.end()  # "Liên đoàn luật sư cho biết số luật sư … chiếm 37%": not the speaker
    return text[start:pos]


def _topic_after_copula(text: str, opener: re.Match, pos: int) -> bool:
    """Whether an opener right after "là" heads the clause that reaches the figure ("Điểm đáng chú
    ý là tỷ lệ hộ nghèo giảm còn 3,2%"): no clause mark or other figure between; "mục tiêu là thu
    nhập … 90 triệu đồng, lao động … chiếm 95%" names the opener's own figure first."""
    return phrases("copulas").ends_at(text, opener.start()) is not None and not _CLAUSE_OR_FIGURE.search(
        text, opener.end(), pos
    )


_CLAUSE_OR_FIGURE = re.compile(r"[\d,;:()]")
_OWN_LEVEL = re.compile(  # the level an object stands at now, before the level it moves to
    rf"(?:\s(?:{alternation('from_words')})(?:\s++(?:{alternation('level_words')}))?)?\s++\d[\d.,]*+\s*+%"
    rf"(?:\s++(?:{alternation('time_only_phrases')}))?\s*+$",
    re.IGNORECASE,
)


def moved_object_start(text: str, start: int, pos: int, at_level: bool = False) -> int | None:
    """Where the object of a verb that moves its level starts, between ``start`` and ``pos``.

    "làm giảm sở hữu xuống còn 6,95%", "mở rộng đội bay lên 101 chiếc": the verb's object,
    closed by a level word before the figure (or right at ``pos``), is what the figure
    measures. The first such verb wins, so "nâng tốc độ tăng trưởng lên 7%" keeps its object
    whole; an object with a figure or a clause mark in it is none ("đưa 30 hộ ra khỏi …").
    """
    links = phrases("level_move_links")
    verbs = _level_moving_verbs(text, start, pos)
    for verb in verbs:
        link = links.search(text, verb.end(), pos)
        end = link.start() if link is not None else None
        if end is None and (at_level or links.match_at(text, pos) is not None):
            end = pos  # the level word stands right at ``pos`` (or stood, before the caller cut it)
        if end is None:
            continue
        obj = text[verb.end() : end]
        joined = phrases("list_conjunctions").search(obj)
        if joined is not None and any(verb.end() + joined.end() <= v.start() < end for v in verbs):
            continue  # "giảm một số khoản chi và nâng mức bội chi … lên": the later verb's object
        own = _OWN_LEVEL.search(obj)  # "nâng bội chi ngân sách 4,8% hiện nay lên 5,3%": the object
        if own is not None:  # ends where its level now is written
            obj = obj[: own.start()]
        if strip_edges(obj) and not _CLAUSE_OR_FIGURE.search(obj):
            return verb.end()
    return None


def _level_moving_verbs(text: str, start: int, pos: int) -> list[re.Match]:
    """The verbs that move a level between ``start`` and ``pos``, in order: those that are only
    verbs, and a bare change verb ("tăng", "giảm", "hạ") where a verb stands, at the head or
    after a verb marker ("sẽ tăng bộ câu hỏi …"), but not "tỷ lệ tăng …" or "tăng trưởng"."""
    found = list(phrases("level_moving_verbs").finditer(text, start, pos))
    for bare in phrases("bare_level_moving_verbs").finditer(text, start, pos):
        if any(v.start() <= bare.start() < v.end() for v in found):
            continue  # "làm tăng", "cắt giảm": part of a verb already found
        if phrases("change_verb_compounds").match_at(text, bare.start()) is not None:
            continue
        if not text[start : bare.start()].strip() or phrases("verb_markers").ends_at(text, bare.start()):
            found.append(bare)
    return sorted(found, key=lambda v: v.start())


_FIGURE_AT_HEAD = r"[\d.,/]*+\s*+%\s*+|[\d.,/]++\s*+"  # "1580 …", "% gia đình …": another figure's
_LEAD_FILLER = re.compile(
    rf"^(?:(?:{alternation('subject_lead_fillers')})(?:\s+|$)|{_FIGURE_AT_HEAD})",
    re.IGNORECASE,
)


# a source named before the indicator, closed by its acronym: "Theo nghiên cứu của Công ty chứng
# khoán Bản Việt (VCSC) sản lượng bán ra …" (a comma would have ended it as a clause)
_SOURCE_LEAD = re.compile(
    rf"^(?:{alternation('source_credit_words')})\s[^,;()]{{1,120}}\([^()]{{1,30}}\)\s++", re.IGNORECASE
)


def strip_links_after(phrase: str) -> str:
    """Drop linking verbs at the end of a phrase ("cổ phần của AVG là" → "cổ phần của AVG")."""
    p = tidy(phrase)
    verbs = phrases("rate_verbs")
    for _ in range(3):
        m = verbs.ends_at(p, len(p))
        if not m or phrases("qualifier_suffixes_kept").ends_at(p, len(p)):
            break  # "hoàn thành tốt nhiệm vụ trở lên": a grade, not a linking verb
        if phrases("nouns_ending_in_change_words").ends_at(p, len(p)):
            break  # "thuế giá trị gia tăng": a noun, not a verb of change
        if phrases("nouns_ending_in_link_words").ends_at(p, len(p)):
            break  # "giải phóng mặt bằng": a noun, not the linking verb "bằng"
        p = tidy(p[: m.start()])
    return p


def strip_edges(phrase: str) -> str:
    """Drop linking verbs and figures at the edges of a subject phrase."""
    p = _SOURCE_LEAD.sub("", strip_links_after(phrase))
    while True:
        stripped = _LEAD_FILLER.sub("", p)
        if stripped == p:
            return tidy(p)
        p = stripped


_NOUN_HEADS_OF_CHANGE_WORDS = "|".join(  # "giá trị gia" of "giá trị gia tăng"
    re.escape(p.rsplit(" ", 1)[0]) for p in lexicon.words("nouns_ending_in_change_words")
)
_CHANGE_INSIDE = re.compile(
    rf"(?<!(?<![\w])(?:{_NOUN_HEADS_OF_CHANGE_WORDS}))"
    rf"\s(?:{alternation_of_table('change_cues', 'phrase')})\s+(?:\S+\s+)?\d",
    re.IGNORECASE,
)
_ACTIVITY_TAIL = re.compile(r"[,;]\s*(?:\p{L}+\s*){0,2}$")
# "…, tăng 5%", "…, so với …", "…, vượt 96 ngàn tỷ đồng": a clause about the level before it
_CHANGE_CLAUSE = re.compile(
    rf"\s*(?:{alternation_of_table('change_cues', 'phrase')}|{alternation('comparison_words')}"
    rf"|{alternation('excess_over_plan')})\b",
    re.IGNORECASE,
)


_AFTER_ASIDE = re.compile(r"\s*+\)\s*+")
_PART_BEFORE_ASIDE = re.compile(r"\d[\d.,]*+(?:\s*+/\s*+\d[\d.,]*+)?+\s*+\(\s*+$")
_LIST_COMMA = re.compile(r",\s*+")


def _noun_list_only(follow: str) -> str:
    """The phrase after a figure up to a comma that opens a clause of its own: "95% cổ phần AVG,
    rất nhiều cá nhân đã bị khởi tố" ends at the comma; "90% cán bộ, công chức được tuyên
    truyền" keeps its list (a counted noun opens the segment after the comma)."""
    for m in _LIST_COMMA.finditer(follow):
        if phrases("units").match_at(follow, m.end()) or _comma_inside_noun(follow, m.start()):
            continue
        segment = follow[m.end() :].split(",")[0]
        if phrases("clause_markers").search(segment) or phrases("comma_clause_openers").match_at(segment, 0):
            return follow[: m.start()]
    return follow


def _comma_inside_noun(phrase: str, comma: int) -> bool:
    """Whether the comma at ``comma`` stands inside one counted noun written with a comma
    ("100% cán bộ lãnh đạo, quản lý cấp xã được bồi dưỡng": `people_nouns.txt`)."""
    return any(m.start() < comma < m.end() for m in phrases("units").finditer(phrase, 0, comma + LOOKAHEAD))


def qualifier_phrases() -> Phrases:
    """The qualifiers' matcher ("khoảng", "trên", "gần" …: shared/qualifiers.tsv)."""
    return phrase_table("qualifiers", "phrase", "qualifier")[0]


def qualifier_suffix_phrases() -> Phrases:
    """The matcher of qualifiers written after a figure ("trở lên", "trở xuống")."""
    return phrase_table("qualifier_suffixes", "phrase", "qualifier")[0]


def _group_before_predicate(text: str, share_start: int, follow: str) -> str | None:
    """A share followed by no noun, only by what its members do or are ("… có đến hơn 43% chưa
    đạt yêu cầu", "Số hộ được hỗ trợ vay vốn có tới 80% đã thoát nghèo"), is a share of the group
    named before its "có", doing that; None when no "có" stands right before the share."""
    predicate = phrases("clause_markers").match_at(follow, 0) or phrases("negations").match_at(follow, 0)
    if predicate is None:
        return None
    head = text[:share_start].rstrip()
    gap = phrases("share_taking_gap_words").ends_at(head, len(head))
    has = phrases("has_verbs").ends_at(head, gap.start() if gap is not None else len(head))
    if has is None:
        return None
    group = clean_subject(phrase_before(text, has.start()))
    among = phrases("among_words").match_at(group, 0) if group else None
    if group and among is not None:
        group = group[among.end() :]  # "Trong số các trường được khảo sát, có 30% …": the schools
    return tidy(f"{group} {follow}") if group and group.strip() else None


VOTE_NOUN_WORDS = 5  # "số phiếu", "tỷ lệ phiếu tán thành": the votes' noun before the share
_VOTE_SHARE = re.compile(
    rf"(?<![\w])(?:{alternation('measure_links')})\s++((?:{alternation('subject_openers')})"
    rf"(?:\s++[^\s\d,;:()%]++){{1,{VOTE_NOUN_WORDS}}}?)\s*+(?:(?:{alternation('rate_verbs')})\s*+)?$",
    re.IGNORECASE,
)


def _vote_share_subject(text: str, pos: int) -> str | None:
    """A share of votes after an election its clause reports ("Hội nghị bầu ông A tái cử giữ chức
    Bí thư Tỉnh ủy với số phiếu 100%"): the votes' noun and the election from its verb on."""
    linked = _VOTE_SHARE.search(text, max(0, pos - PHRASE_REACH), pos)
    if linked is None:
        return None
    clause = last_match(CLAUSE_MARK.finditer(text, max(0, linked.start() - PHRASE_REACH), linked.start()))
    elected = phrases("election_verbs").search(text, clause.end() if clause else 0, linked.start())
    votes = trim_subject(linked.group(1))
    if elected is None or not votes:
        return None
    return tidy(f"{votes} {text[elected.start() : linked.start()]}")


def percent_subject(text: str, f) -> str | None:
    """What a percentage is of: the phrase after it, or the one before its linking verb.

    "thu ngân sách đạt 112% dự toán" measures how far an indicator reached a plan
    or base: the subject is the indicator, never the base; "còn 45 hộ nghèo, chiếm
    3,2%" is a share of the group just counted; "A chiếm X% B" is A as a share of B.
    """
    restated = _RESTATED_SHARE.search(text, max(0, f.start - RESTATED_REACH), f.start)
    if restated:  # "15%/tháng trên tổng số tiền vay (tức 180%/năm)": the share before, per year
        return percent_subject(text, _Span(restated.start(1), restated.end(1)))
    if (changed_noun := _restated_change(text, f.start)) is not None:
        return changed_noun  # "giảm 1.248 biên chế công chức, tương đương 14,6%": the change, in percent
    aside = _CHANGE_ASIDE.search(text, max(0, f.start - CHANGE_ASIDE_REACH), f.start)
    if aside and (changed := clean_subject(indicator_before(text, aside.start()))):
        return changed  # "VN-Index đứng ở mức 502,13 điểm, tăng 0,56 điểm (0,11%)": the index's
    named = phrases("subject_openers").search(text, max(0, f.start - INDICATOR_REACH), f.start)
    vote = _vote_share_subject(text, f.start)
    if vote:  # "bầu ông A giữ chức Bí thư Tỉnh ủy với số phiếu 100%": the votes for that election
        return vote
    aside = _aside_share_subject(text, f)
    if aside:  # "với số phiếu rất cao (trên 96%)": the share of the noun phrase before the aside
        return aside
    respective = _respective_item(text, f)
    if respective:  # "Doanh thu và lợi nhuận tăng tương ứng 12% và 8%": each item its share
        return respective
    after = phrase_after(text, f.end)
    cause = after and phrases("cause_or_agent_words").match_at(after, 0)
    if cause and phrases("rate_verbs").ends_at(text, f.start):
        after = ""  # "là 6,3% do tính chất đặc thù của ngành": a cause; what is measured stands before
    when = _POSSESSED_TIME.match(after)  # "7,3% của tháng Tám", "78% năm 2022": when, not what
    own_time = when.group(1) if when else ""
    if not when and after and phrases("time_only_phrases").fullmatch_head(after):
        own_time, after = after, ""  # "bội chi ngân sách 4,8% hiện nay lên 5,3%": when, not what
    named_after = after and not when and not phrases("not_subject_openers").match_at(after, 0)
    base_of = None if named_after else _compared_base_subject(text, f, own_time)
    if base_of:  # "giảm còn 60% so với 68% của năm 2012": the base of what the 60% measures
        return base_of
    if (when or not after) and starts_pair(text, f):
        # "Tỷ lệ thất nghiệp giảm nhẹ từ mức 3,5% của quý I xuống 3,2%": both ends measure the indicator
        indicator = clean_subject(_before_pair(text, f.start))
        return tidy(f"{indicator} {own_time}") if indicator else None
    later = None if after else _LATER_SHARE.match(text, f.end, f.end + LATER_SHARE_REACH)
    if later:  # "đến hết năm 2019 có 75%, đến hết năm 2021 có 90% người lao động": the later item's group
        return percent_subject(text, _Span(later.start(1), later.end(1)))
    whole = None if named else _share_of_whole(text, f.end)
    if whole:  # "82% trong tổng số hơn 3.000 phản ánh": a share of those, handled as the verb says
        taken = _share_taking_verb(text, f.start)
        return tidy(f"{taken} {whole}") if taken else whole
    follow = _noun_list_only(after)
    share = _SHARE_VERB.search(text, max(0, f.start - 30), f.start)
    fraction = None if follow else (_restated_fraction(text, f) or _share_of_earlier_whole(text, f))
    if fraction:  # "có 35/37 tổ chức cơ sở đảng hoàn thành kế hoạch kiểm tra, …, đạt 94,6%"
        return fraction
    told_after = _group_told_after_aside(text, f, share.start()) if share and follow else None
    if told_after:  # "Có 2.946 chi bộ, chiếm 88% tổng số chi bộ, thường xuyên đưa tài liệu …"
        return told_after
    # "vận động 126 hộ gia đình đăng ký …, đạt 84% số hộ của tổ dân phố": reached like a "chiếm" share
    of_whole = follow and not share and phrases("number_of_words").match_at(follow, 0)
    taker = share or (phrases("achievement_verbs").ends_at(text, f.start) if of_whole else None)
    if taker and follow and (group := _group_counted_just_before(text, taker.start())):
        # "có 736 đảng viên đi làm ăn xa, chiếm 8% tổng số đảng viên": the group, among the whole
        whole = trim_subject(_AND.split(follow)[0].split(",")[0])
        among = whole and whole.lower().startswith(f"{_AMONG} ")  # "chiếm 3,2% trong tổng số hộ"
        return tidy(f"{group} {whole}" if among else f"{group} {_AMONG} {whole}") if whole else group
    those = phrases("share_of_those_markers").match_at(follow, 0) if follow else None
    if those and follow[those.end() :].strip():  # "80% trong số đó có việc làm": what the share is
        return clean_subject(follow[those.end() :])
    compared = phrases("comparison_heads").match_at(follow, 0) if follow else None
    if compared and phrases("achievement_objects").match_at(follow, compared.end()):
        follow = follow[compared.end() :].strip()  # "vượt 18% so với kế hoạch": the plan is the base
    # a whole amount after "chiếm" is read as the share's whole below ("chiếm 9-11% tổng thu ngân sách");
    # one allotted to a purpose ("dành không dưới 0,5% tổng chi thường xuyên … cho công tác …") as a group
    whole_amount = bool(follow) and phrases("share_wholes").match_at(follow, 0) is not None
    allotted = whole_amount and phrases("allotted_purposes").search(follow.split(",")[0]) is not None
    read_below = allotted or (whole_amount and share is not None)
    if follow and phrases("achievement_objects").match_at(follow, 0) and not read_below:
        indicator = clean_subject(indicator_before(text, f.start))
        if phrases("plan_bases").match_at(follow, 0):  # "Tỉnh đã giải quyết …, đạt 87,2% kế hoạch"
            indicator = _deed_with_commas(text, f.start) or _without_doer(indicator)
        base_words = _AND.split(follow)[0].split(",")[0].split()[:MAX_BASE_WORDS]
        base = trim_subject(_drop_figures(" ".join(base_words)))  # "mục tiêu 1.500 doanh nghiệp": no figure
        return f"{indicator} {_COMPARED_WITH} {base}" if indicator else None  # the base alone is no subject
    # a share of a base after a link ("khớp lệnh 850.000 cổ phiếu, chỉ bằng khoảng 80% so với khối
    # lượng phiên trước") or a cap written into the figure ("Chi phí quản lý không được vượt quá 10%
    # tổng kinh phí"): the indicator before it, as a share of the base after it
    link = phrases("base_links").ends_at(text, f.start) if follow else None
    measured = clean_subject(indicator_before(text, link.start())) if link is not None else None
    if link is not None and measured and phrases("equivalence_words").fullmatch_head(link.group().strip()):
        return measured  # "khoản hoa hồng tương đương 40% tiền công": the commission, restated
    measured = measured or (_capped_measure(text, f) if follow else None)
    if measured:
        base = trim_subject(_AND.split(follow[compared.end() :] if compared else follow)[0].split(",")[0])
        return f"{measured} {_COMPARED_WITH} {base}" if base else measured
    if share and not follow and (aside_end := _AFTER_ASIDE.match(text, f.end, f.end + LOOKAHEAD)):
        named = clean_subject(phrase_after(text, aside_end.end()))  # "194/195 (chiếm 99,5%) ủy viên …"
        if named and _PART_BEFORE_ASIDE.search(text, max(0, share.start() - 30), share.start()):
            return named
    if share and not follow and _OPENS_SEGMENT.search(text, max(0, share.start() - 3), share.start()):
        group = counted_group_before(text, share.start())  # "…, chiếm 3,2%": the group just counted
        whole = _whole_of_breakdown(text, share.start()) if group else None
        if group and whole and whole.lower() not in group.lower():
            return tidy(f"{group} {_AMONG} {whole}")  # "611 cán bộ, trong đó 44 nữ (chiếm 7,2%)"
        if group:
            return group
    lead_end = share.start() if share else f.start
    loose = None if share else qualifier_phrases().ends_at(text, lead_end)
    if loose is not None:  # "còn trên 60 – 70%": a range keeps no qualifier, yet the word is the figure's
        lead_end = loose.start()
    sibling = _SIBLING_SHARE.search(text, max(0, lead_end - PHRASE_REACH), lead_end)
    if sibling:  # "đạt 108% dự toán, 112% so với cùng kỳ": the indicator before the item before
        lead_end = sibling.start()
    before: str | None
    before = phrase_before(text, lead_end)
    earlier = _EARLIER_SHARE.search(before) if share else None
    if earlier is not None and strip_edges(earlier.group("own")):
        before = earlier.group("own")  # "Nông nghiệp chiếm 30% GRDP và công nghiệp chiếm 45%": its own group
    elif earlier is not None and strip_edges(before[: earlier.start()]):
        before = before[: earlier.start()]  # "X chiếm 9-11% A và chiếm 17% B": both shares are X's
    if share:  # "…, trong đó hộ cận nghèo chiếm 35%": the group the breakdown opens
        opened = last_match(phrases("breakdown_markers").finditer(before))
        if opened is not None and before[opened.end() :].strip():
            whole = counted_noun_ending_at(text, lead_end - len(before) + opened.start())
            before = before[opened.end() :]
            if whole and not follow:  # "kết nạp 300 đảng viên mới, trong đó sinh viên chiếm 80%"
                before = f"{before} {_AMONG} {whole}"
    pair = pair_start(before)
    if pair:  # "giảm nhẹ từ mức 3,5% của quý I xuống 3,2%": the indicator before the pair
        before = before[: pair.start()]
    change = _CHANGE_INSIDE.search(before)
    if change:  # "tỷ lệ X tăng 5% so với năm trước, đạt 45%": the subject stops at the change
        before = before[: change.start()]
    level_first = not share and _LEVEL_ALONE.fullmatch(before) is not None
    # "tổng sản phẩm (GRDP), đạt hơn 1,33 triệu tỉ đồng, ước tăng 8,3%": the indicator before the
    # comma reached the level and changed
    before = clean_subject(indicator_before(text, lead_end) if level_first else before)
    if before and _CUE_ALONE.fullmatch(before):  # "…, đạt tỉ lệ 100%": a verb and a cue name nothing
        before = (counted_group_before(text, lead_end - len(before)) if share is None else None) or None
    if when:
        follow = ""
    if follow and not share and (indicator := _named_indicator(text, f.start)):
        return indicator  # "Tỷ lệ sở hữu tương ứng là 6,95% vốn": the rate named, the base after it
    if follow and not share and (doing := _group_before_predicate(text, lead_end, follow)):
        return doing  # "Số hộ được hỗ trợ có tới 80% đã thoát nghèo": the group, doing what it does
    if follow and not phrases("not_subject_openers").match_at(follow, 0):
        if share and before:  # "áp dụng đối với những hộ nông dân chiếm 60% dân số": the group,
            whole = trim_subject(_AND.split(follow)[0].split(",")[0])
            return tidy(f"{_OBJECT_OF.split(before)[-1]} {_AMONG} {whole}")  # not the whole it is a share of
        # "cổ phần của AVG là …", a table's next cells ("1580 …"): no linking verb, no figure at its edges
        whole = strip_links_after(_LEADING_FIGURES.sub("", follow))
        taken = _share_taking_verb(text, f.start) if whole else None
        if not taken:
            return whole or None
        # "đóng góp gần 70% ngân sách": the contribution; the object's noun phrase ends where the
        # sentence's own predicate starts ("nhận chuyển nhượng 95% cổ phần AVG không thuộc …")
        predicate = phrases("clause_markers").search(whole) or phrases("negations").search(whole)
        return tidy(f"{taken} {whole[: predicate.start()] if predicate else whole}")
    named_is = _IS.sub("", follow) if follow and _IS.match(follow) else ""
    if named_is and not phrases("negations").match_at(named_is, 0):  # "trong đó có 7,06% là cán bộ trẻ"
        return clean_subject(named_is)  # ("5,3% là không đủ": a judgement, no group)
    found = (
        _yearly_item_subject(text, f.start)
        or _place_item_subject(text, f.start)
        or _colon_item_subject(text, f.start)
        or (None if follow else _label_item_subject(text, f.start))
        or linked_clause_subject(text, f.start)
        or time_item_subject(text, lead_end)
        or _scope_only_item(text, lead_end, before)
        or _example_item(before)
        or before
    )
    return tidy(f"{found} {own_time}") if found else own_time or None


def _share_taking_verb(text: str, pos: int) -> str | None:
    """The verb right before a figure whose object is a share of the whole after it ("đóng góp
    đến gần 70% ngân sách", "được hưởng 85% lương"), words that stress the size skipped."""
    gap = phrases("share_taking_gap_words").ends_at(text, pos)
    verb = phrases("share_taking_verbs").ends_at(text, gap.start() if gap else pos)
    return verb.group().strip() if verb else None


def _capped_measure(text: str, f) -> str | None:
    """What a cap written into a share's figure measures ("Chi phí quản lý không được vượt quá
    10% …" → "Chi phí quản lý"): the noun phrase before the cap, unless a verb takes the share
    ("được sử dụng không quá 70% Quỹ …": the use, read as any share taken) or the phrase is only
    a topic ("Đối với thuê bao trả trước không được vượt quá 20% …": what is capped is named
    elsewhere)."""
    if not phrases("cap_links").fullmatch_head(text[f.start : getattr(f, "num_start", f.start)].strip()):
        return None
    if _share_taking_verb(text, f.start):
        return None
    measured = clean_subject(indicator_before(text, f.start))
    return None if not measured or phrases("topic_markers").match_at(measured, 0) else measured


def _named_indicator(text: str, pos: int) -> str | None:
    """The rate or level a clause names before the linking verb of its figure ("Tỷ lệ nữ đại biểu
    là 30% …" → "Tỷ lệ nữ đại biểu", "mức bồi hoàn là 100% kinh phí" → "mức bồi hoàn"), or None
    when no verb links them or the opener names nothing."""
    linked = phrases("rate_verbs").ends_at(text, pos)
    if linked is None:
        return None
    lo = max(0, linked.start() - PHRASE_REACH)
    clause = last_match(CLAUSE_MARK.finditer(text, lo, linked.start()))
    indicator = clean_subject(text[clause.end() if clause else lo : linked.start()])
    if not indicator:
        return None
    opener = phrases("subject_openers").match_at(indicator, 0)
    opener = opener or phrases("level_words").match_at(indicator, 0)  # "mức bồi hoàn là 100% …"
    return indicator if opener is not None and indicator[opener.end() :].strip() else None


_WHOLE_AFTER = re.compile(
    rf"\s*+(?:{alternation('whole_markers')}|{alternation('among_words')})\s++(?:\p{{Ll}}++\s++)?(\d[\d.,]*+)",
    re.IGNORECASE,
)


class _Span(NamedTuple):
    start: int
    end: int


LATER_SHARE_REACH = 60
# a milestone's share with nothing after it, then the next milestone's: "có 75%, đến hết năm 2021 có 90%"
_LATER_SHARE = re.compile(  # the later share may be a range ("…, đến hết năm 2021 có 70% đến 85% người dân")
    r"\s*+,\s*+[^,;:%()\d]{0,25}?(?:19|20)\d\d[^,;:%()\d]{1,12}?\s"
    rf"(\d[\d.,]*+\s*+%(?:\s*+(?:{alternation('range_links')})\s*+\d[\d.,]*+\s*+%)?)(?=\s++\p{{L}})",
    re.IGNORECASE,
)
RESTATED_REACH = 80
# a share, then an aside restating it: "15% / tháng trên tổng số tiền vay (tức "
_RESTATED_SHARE = re.compile(
    rf"(\d[\d.,]*+\s*+%)[^()%]{{0,60}}\(\s*+(?:{alternation('restating_words')})\s++$", re.IGNORECASE
)
CHANGE_ASIDE_REACH = 50
# a change in units, then its share in parentheses: "giảm 1,92 điểm (-0,38%)", "tăng 100 đồng (+20 %)",
# "giảm 63.630 tỷ đồng (tương đương 7,8%)"; an amount beyond a plan: "vượt 71 nghìn tấn (vượt 11,2%)"
_CHANGE_ASIDE = re.compile(
    rf"(?<![\w])(?:{alternation_of_table('change_cues', 'phrase')}|{alternation('excess_over_plan')})"
    r"\s++[\d.,]++\s*+(?:\p{L}++\s*+){1,3}"
    rf"\(\s*+(?:(?:{alternation('equivalence_words')})\s++)?[+\-–]?\s*+$",
    re.IGNORECASE,
)
INDICATOR_REACH = 80  # an indicator named this close before a share is what it measures


def _share_of_whole(text: str, pos: int) -> str | None:
    """The noun of the whole a share is taken from, when it follows the share ("82% trong
    tổng số hơn 3.000 phản ánh" → "phản ánh")."""
    whole = _WHOLE_AFTER.match(text, pos, pos + LOOKAHEAD + 30)
    found = (unit_after(text, whole.end(1)) or open_unit_after(text, whole.end(1))) if whole else None
    return found[0] if found else None


_PLACE_ITEM = re.compile(
    rf"(?:^|[,;:]|(?<=\s)(?i:{alternation('example_list_openers', 'superlative_item_leads')}))\s*+"
    rf"((?:\p{{Lu}}\p{{L}}*+\s++){{0,3}}\p{{Lu}}\p{{L}}*+)\s*+(?:(?i:{alternation('rate_verbs')})\s*+)?$"
)
_INDICATOR_END = re.compile(
    rf"[,;:(]|\s(?:{alternation('indicator_ends')}|{alternation('rate_verbs')})(?![\w])", re.IGNORECASE
)


def _place_item_subject(text: str, pos: int) -> str | None:
    """An item of a list of places after the indicator it measures: "Tỷ lệ hộ nghèo các huyện:
    Mường Tè 25,3%, Sìn Hồ 20,1%" → "tỷ lệ hộ nghèo Sìn Hồ"."""
    item = _PLACE_ITEM.search(text, max(0, pos - 60), pos)
    if item is None:
        return None
    head = phrases("indicator_heads").search(text, 0, item.start(1))
    if head is None:
        return None
    end = _INDICATOR_END.search(text, head.end(), item.start(1))
    indicator = clean_subject(text[head.start() : end.start() if end else item.start(1)])
    return f"{indicator} {item.group(1)}" if indicator else None


_COPULA_ITEM = re.compile(  # "…: Quốc hội khóa X là 26,2%; khóa XI là 27,31% và khóa XII là …"
    rf"(?:[;:,]|\s(?:{alternation('list_conjunctions')}))\s*+((?:[^\s\d,;:.()]++\s++){{1,4}}?)"
    rf"(?:{alternation('copulas')})\s*+$",
    re.IGNORECASE,
)


def _colon_item_subject(text: str, pos: int) -> str | None:
    """An item "label là N%" of a list after a colon that follows the indicator it measures:
    "số nữ đại biểu luôn đạt tỷ lệ cao: Quốc hội khóa X là 26,2%; khóa XI là 27,31%" →
    "số nữ đại biểu khóa XI"."""
    item = _COPULA_ITEM.search(text, max(0, pos - 60), pos)
    if item is None:
        return None
    colon = text.rfind(":", max(0, item.start(1) - PHRASE_REACH), item.start(1))
    if colon < 0 or "." in text[colon : item.start(1)]:
        return None
    lo = max(0, colon - PHRASE_REACH)
    lead = text[max(text.rfind(",", lo, colon), text.rfind(";", lo, colon), lo - 1) + 1 : colon]
    head = phrases("subject_openers").search(lead)  # the first: "số nữ đại biểu … đạt tỷ lệ cao"
    if head is None:
        return None
    end = _INDICATOR_END.search(lead, head.end())
    indicator = clean_subject(lead[head.start() : end.start() if end else len(lead)])
    label = clean_subject(item.group(1))
    return tidy(f"{indicator} {label}") if indicator and label else None


_LABEL_ITEM = re.compile(r"[,;]\s*+((?:\p{L}++\s++){1,4})$")
_ITEM_HAS_FIGURE = re.compile(r"\d[^,;]*+$")


def _label_item_subject(text: str, pos: int) -> str | None:
    """An item of a list written as label and figure, no verb between: "lợi nhuận sau thuế đạt
    1.200 tỷ đồng, cổ tức 20%" → "cổ tức"; "doanh thu tăng 12%, lợi nhuận 8%" → "lợi nhuận".
    The item before holds a figure; a label with a verb, a cue or a qualifier is no label."""
    item = _LABEL_ITEM.search(text, max(0, pos - 40), pos)
    if item is None or not _ITEM_HAS_FIGURE.search(text, max(0, item.start() - 60), item.start()):
        return None
    label = tidy(item.group(1))
    if trim_subject(label) != label or _TIME_ONLY.match(label) or _MAIN_LINK.search(" " + label):
        return None
    if phrases("not_subject_openers").match_at(label, 0) or _LEAD_FILLER.match(label):
        return None
    if phrases("equivalence_words").fullmatch_head(label):
        return None  # "…, tương đương 0,24%": the figure restated, no label
    return label


_YEAR_ITEM = re.compile(
    rf"[(;,]\s*+((?:{alternation('year_cues')})\s++(?:19|20)\d\d)\s++\S++\s*+$", re.IGNORECASE
)
_MAIN_LINK = re.compile(
    rf"\s(?:{alternation('rate_verbs')}|{alternation_of_table('change_cues', 'phrase')})(?![\w])",
    re.IGNORECASE,
)


def _yearly_item_subject(text: str, pos: int) -> str | None:
    """A year's item in an aside after the indicator it breaks down: "Công tác điều tra, khám
    phá hàng năm đạt chỉ tiêu (năm 2016 đạt 70,75%, …; năm 2017 đạt 72,03%)" → "Công tác điều
    tra, khám phá hàng năm năm 2016", when the item names nothing but its year."""
    item = _YEAR_ITEM.search(text, max(0, pos - 40), pos)
    aside = text.rfind("(", 0, pos)
    if item is None or aside < 0 or text.find(")", aside, pos) >= 0:
        return None
    links = list(_MAIN_LINK.finditer(text, 0, aside))
    link = links[0] if links else None
    start = 0
    if link is not None and len(links) > 1 and phrases("copulas").fullmatch_head(link.group().strip()):
        # "một điểm đáng quan tâm hiện nay là tình trạng … tăng (năm 2018 là 34%)": what the
        # copula names, up to its own link
        start, link = link.end(), links[1]
    lead = text[start : link.start()] if link is not None else phrase_before(text, aside)
    said = last_match(phrases("speaker_verbs").finditer(lead))
    if said is not None and strip_edges(lead[said.end() :]):
        lead = lead[said.end() :]  # "Bà A cho biết tình trạng … tăng (…)": not the speaker
    indicator = clean_subject(lead)
    return f"{indicator} {item.group(1)}" if indicator else None


_OPENS_SEGMENT = re.compile(r"(?:^|[,;:(])\s*+$")
MAX_BASE_WORDS = 6  # "kế hoạch đào tạo năm 2024": the plan named after the figure, briefly
_AMONG = lexicon.words("whole_links")[0]  # how a share names the whole it was taken from
_COMPARED_WITH = lexicon.words("comparison_words")[0]  # how a share of a plan names its base
PLAN_SHARE_GAP = 40  # the plan's words and a comma between a share of a plan and a growth after it


def share_of_plan(text: str, end: int) -> bool:
    """Whether the share ending at ``end`` measures a plan ("vượt 18% kế hoạch năm", "vượt 20,1% so
    với kế hoạch 9 tháng"): no level that grows."""
    head = phrases("comparison_heads").match_at(text, end)
    return phrases("plan_bases").match_at(text, head.end() if head else end) is not None


def plan_share_indicator(text: str, share_end: int, subject: str | None, cue_start: int) -> str | None:
    """A growth right after a share of a plan ("Vinacomin bán được 28,2 triệu tấn, bằng 66% kế
    hoạch năm, tăng 2%") is the indicator's: the share's subject without its plan."""
    if not subject or cue_start - share_end > PLAN_SHARE_GAP or not share_of_plan(text, share_end):
        return None
    if _ANY_DIGIT.search(text, share_end, cue_start) or ";" in text[share_end:cue_start]:
        return None
    return clean_subject(subject.split(f" {_COMPARED_WITH} ")[0])


_IS = re.compile(rf"^(?:{alternation('copulas')})\s++", re.IGNORECASE)
_SHARE_VERB = re.compile(rf"\b(?:{alternation('share_verbs')})\s*+$", re.IGNORECASE)
# an earlier share, its verb, figure and whole, then "và" and the words of the share's own group
# before its verb: none when both shares are one group's ("PVN nộp ngân sách chiếm 9-11% tổng thu
# và chiếm 17% …"), else the group named anew ("… chiếm 30% GRDP và công nghiệp chiếm 45%")
_EARLIER_SHARE = re.compile(
    rf"(?<![\w])(?:{alternation('share_verbs')})\s++\d[^;:()]*?\s(?:{alternation('list_conjunctions')})"
    r"\s++(?P<own>[^\d;:()]*+)$",
    re.IGNORECASE,
)
_MONEY_WORDS = lexicon.alternation(SCALE_WORDS)
_PER_TAIL = r"(?:\s*+/\s*+\p{L}++)*+"  # money per a unit goes with it ("50 tỷ đồng/năm")
_FIGURE_TOKENS = re.compile(
    rf"(?:\b(?:{alternation_of_table('qualifiers', 'phrase')})\s+)?(?<![\p{{L}}\d.,])\d[\d.,/]*+%?"
    rf"(?:(?:\s*+(?:{_MONEY_WORDS})\b)++(?:\s*+(?:{alternation('currencies')})\b{_PER_TAIL})?"
    rf"|\s*+(?:{alternation('currencies')})\b{_PER_TAIL}(?!\s++\p{{Ll}}))?",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?:19|20)\d\d")
DESIGNATOR_REACH = 30  # the noun that a number right after it names ("Hội nghị Trung ương 5")
_DESIGNATED = re.compile(rf"(?<![\w])(?:{alternation('designator_nouns')})\s++$", re.IGNORECASE)
AGE_BAND_REACH = 50  # an age noun, a few words of what it is the age of, the band's first end
# an age noun, perhaps a few words saying of what ("độ tuổi sử dụng ma túy từ 18-35"), then the
# band before the figure
_AGE_BAND_BEFORE = re.compile(
    rf"(?<![\w])(?:{alternation('age_nouns')})(?:(?:\s++[^\s\d,;:()]++){{0,4}}?\s++(?:{alternation('from_words')}))?"
    rf"(?:\s*+(?:{alternation('from_words', 'range_links')}|\d++))*+\s*+$",
    re.IGNORECASE,
)
_TIME_NOUN_BEFORE = re.compile(rf"(?<![\w])(?:{alternation('time_periods')})\s++$", re.IGNORECASE)


def _drop_figures(phrase: str) -> str:
    """A phrase without the figures of other facts ("thu ngân sách đạt 520 tỷ đồng" leaves no
    "tỷ đồng", "giảm bình quân 0,25 - 0,3 điểm phần trăm" no points), an aside that held one and
    a word at most going whole ("(-2,6%)", "(tăng 3,5%)", "(bằng 82%)"); ages, durations and
    years stay ("cán bộ dưới 40 tuổi", "năm 2024")."""
    if "(" in phrase:
        phrase = _ASIDE_GROUP.sub(_without_bare_aside, phrase)
    return _figures_kept(_POINTS_FIGURE.sub(" ", phrase))


_POINTS_FIGURE = re.compile(  # "0,25 - 0,3 điểm phần trăm": a change in points, figures and words
    rf"(?<![\p{{L}}\d.,])\d[\d.,]*+(?:\s*+[-–]\s*+\d[\d.,]*+)?\s*+(?:{alternation('percentage_points')})(?![\w])",
    re.IGNORECASE,
)


def _without_bare_aside(m: re.Match) -> str:
    """An aside that held another figure goes whole when it is that figure with a word at most
    ("(tăng 3,5%)") or a description in parts that says nothing without its figures ("(SN 1980,
    trú tại thôn 3, xã B)"); a short one keeps what it says of the name before ("(nắm vốn)")."""
    kept = _figures_kept(m.group())
    if kept == m.group():
        return kept
    in_parts = CLAUSE_MARK.search(m.group(), 1, len(m.group()) - 1) is not None  # inside its parentheses
    return " " if len(_WORDS_IN.findall(kept)) <= 1 or in_parts else kept


def holds_other_figure(phrase: str) -> bool:
    """Whether a phrase holds the figure of another fact (not an age, a year or a threshold)."""
    return _figures_kept(phrase) != phrase


def _figures_kept(phrase: str) -> str:
    """The phrase with only the figures that name no other fact: ages, durations, years."""

    def keep_or_drop(m: re.Match) -> str:
        kept = non_unit_after(phrase, m.end()) or _YEAR.fullmatch(m.group().strip())
        kept = kept or _TIME_NOUN_BEFORE.search(phrase, max(0, m.start() - 12), m.start())  # "quý 3"
        # "điểm Toán từ 9 trở lên": a figure closed by "trở lên" bounds the group, it counts nothing
        kept = kept or qualifier_suffix_phrases().match_at(phrase, m.end())
        # "độ tuổi từ 30 đến 40": an age band bounds the group too
        kept = kept or _AGE_BAND_BEFORE.search(phrase, max(0, m.start() - AGE_BAND_REACH), m.start())
        # "Giai đoạn 2 của Chương trình", "thôn 8": a number that names a thing counts nothing
        lo = max(0, m.start() - DESIGNATOR_REACH)
        named = m.group().isdigit() and _DESIGNATED.search(phrase, lo, m.start())
        return m.group() if kept or named else " "

    return _FIGURE_TOKENS.sub(keep_or_drop, phrase)


_ASIDE_GROUP = re.compile(r"\([^()]*+\)")
_WORDS_IN = re.compile(r"\p{L}++")


_LINKED_FIGURE = re.compile(rf"\s(?:{alternation('rate_verbs')})\s++(?:\p{{L}}+\s++)?\d", re.IGNORECASE)
# a clause that is a level alone, its linking verb, figure and a few words of unit, perhaps with
# the change after it ("đạt hơn 1,33 triệu tỉ đồng, ước tăng"): the indicator that reached it
# stands before the comma before it
_LEVEL_ALONE = re.compile(
    rf"\s*+(?:{alternation('rate_verbs')})\s++(?:\p{{L}}+\s++)?\d[\d.,]*+(?:\s*+[^\s\d,;:.()]++){{0,4}}[\s,]*+"
    rf"(?:(?:\p{{L}}++\s++)?(?:{alternation_of_table('change_cues', 'phrase')})\s*+)?",  # ", ước tăng"
    re.IGNORECASE,
)
_LEVEL_JUDGED = re.compile(  # a level judged in words against a base ("đạt khá so với dự toán")
    rf"\s(?:{alternation('rate_verbs')})\s++(?:\p{{L}}++\s++){{1,2}}?(?:{alternation('comparison_words')})\s",
    re.IGNORECASE,
)
# the level closing the phrase before a change, its indicator between the linking verb and the figure
_NAMED_LEVEL_AT_END = re.compile(
    rf"\s(?:{alternation('rate_verbs')})\s++((?:\p{{L}}++\s++){{2,5}})\d[\d.,]*+(?:\s++[^\s\d,;]++){{0,3}}[\s,]*+$",
    re.IGNORECASE,
)


_PAIR_START = re.compile(
    rf"(?:\s(?:{alternation_of_table('change_cues', 'phrase')})(?:\s++(?:{alternation('change_adverbs')}))?)?"
    rf"\s+(?P<start>{alternation('from_words')})"
    rf"\s++(?:[^,;]|(?<=\d),(?=\d))*?\d"
    rf"(?:[^,;]|(?<=\d),(?=\d))*?\s(?:{alternation('pair_links')})\s*+$",
    re.IGNORECASE,
)


_SIBLING_SHARE = re.compile(
    rf"(?:\s(?:{alternation_of_table('qualifiers', 'phrase')}))?\s+\d[\d.,]*+\s*+%"
    rf"(?:[^,;%\d]|\d(?![\d.,]*+\s*+%))*?"
    rf"(?:,|\s(?:{alternation('list_conjunctions')})\s++(?:(?:{alternation('rate_verbs')})\s*+)?)\s*+$",
    re.IGNORECASE,
)


def pair_start(phrase: str) -> re.Match | None:
    """Where a pair "từ X lên/xuống" ends ``phrase`` ("tăng từ 4,8% GDP lên"); "từ năm 2009 … trở
    lên" is a grade, no pair."""
    if phrases("qualifier_suffixes_kept").ends_at(phrase.rstrip(), len(phrase.rstrip())):
        return None
    found = _PAIR_START.search(phrase)
    while found is not None and (later := _PAIR_START.search(phrase, found.start("start"))) is not None:
        if later.start("start") == found.start("start"):
            break
        found = later  # "từ quý 3-2019 sẽ tăng … từ 450 lên": the pair is the last "từ"'s
    return found


# two shares of plans in a row: "bằng 52,1% kế hoạch 6 tháng, bằng 60% kế hoạch năm"
_SIBLING_PLAN_SHARE = re.compile(
    rf"(?:\s(?:{alternation_of_table('qualifiers', 'phrase')}))?\s+\d[\d.,]*+\s*+%\s*+"
    rf"(?:(?:{alternation('comparison_words')})\s++)?(?:{alternation('achievement_objects')})(?![\w])[^,;%]*+,\s*+"
    rf"(?:{alternation('rate_verbs')})\s*+$",
    re.IGNORECASE,
)


def _last_clause_comma(text: str) -> int:
    """Where the comma that ends the last clause stands, when a comma ends it (-1 otherwise):
    "vượt 47,5 tỷ đồng" holds a decimal comma, which ends none, and after a semicolon, a colon
    or a parenthesis another item begins."""
    found = last_match(CLAUSE_MARK.finditer(text))
    return found.start() if found is not None and found.group() == "," else -1


DOER_WORDS = 8  # "Tỉnh đã", "Ban Thường vụ Đảng ủy phường Hòa Bình đã": who did it, before the past marker


def _without_doer(indicator: str | None) -> str | None:
    """The deed without who did it ("Tỉnh đã giải quyết việc làm cho lao động" → "giải quyết
    việc làm cho lao động"): a plan's share measures the deed; a past marker with nothing after
    it leaves the indicator as it is."""
    if not indicator:
        return indicator
    past = phrases("doer_end_markers").search(indicator)
    if past is None:
        return indicator
    deed = strip_edges(indicator[past.end() :])
    doer_words = len(indicator[: past.start()].split())
    return deed if deed and 1 <= doer_words <= DOER_WORDS else indicator


def item_start(text: str, lo: int, pos: int, marks: str = ";:") -> int:
    """Where the item of a list or the part of a sentence holding ``pos`` starts: after the last
    of ``marks`` (a semicolon or a colon; add "," and "." for a clause) in ``[lo, pos)``, else at
    ``lo``."""
    return max(lo - 1, *(text.rfind(mark, lo, pos) for mark in marks)) + 1


_DEED_CUT = re.compile(  # what ends a deed's words: a share restating it, a breakdown of its figure
    rf",\s*+(?:(?:{alternation('equivalence_words', 'breakdown_markers')})(?!\w)|[^,;]*?\d[\d.,]*+\s*+%)",
    re.IGNORECASE,
)


def _deed_with_commas(text: str, pos: int) -> str | None:
    """What was done, when commas inside it cut the phrase before a plan's share short: the
    clause after its past marker, figures dropped ("các sở, ngành đã phối hợp mở 58 lớp bồi
    dưỡng cho 6.214 lượt cán bộ, công chức của 99 xã, phường, đạt 103,6% kế hoạch" → "phối hợp
    mở lớp bồi dưỡng cho lượt cán bộ, công chức của xã, phường"), up to a share restating it, a
    breakdown or a change ("giảm 1.248 biên chế công chức, tương đương 14,6%, đạt 146% kế hoạch")."""
    lo = max(0, pos - PHRASE_REACH)
    start = item_start(text, lo, pos)
    clause = text[start:pos].rstrip()
    head = _ACTIVITY_TAIL.sub("", clause)
    if head == clause:
        return None  # "…, giải ngân vốn đầu tư công đạt 96,7% kế hoạch": the share's own indicator
    past = last_match(phrases("doer_end_markers").finditer(head))
    if past is None:
        return None
    deed = head[past.end() :]
    if "," not in deed or not any(c.isdigit() for c in deed):
        return None  # "đã kết nạp 112 đảng viên": the phrase before the share is the deed already
    if (cut := _DEED_CUT.search(deed)) is not None:
        deed = deed[: cut.start()]
    comma = deed.find(",")
    while comma >= 0:  # "kết nạp 150 đảng viên, tăng 20 đảng viên so với năm 2023": its change, cut
        if _CHANGE_CLAUSE.match(deed, comma + 1):
            deed = deed[:comma]
            break
        comma = deed.find(",", comma + 1)
    return clean_subject(_drop_figures(deed))


_CHANGED_COUNT = re.compile(  # a change verb, its figure and the counted noun, then ", tương đương"
    rf"(?<![\w])(?P<verb>{alternation_of_table('change_cues', 'phrase')})\s++"
    rf"(?:(?:{alternation_of_table('qualifiers', 'phrase')})\s++)?\d[\d.,]*+$",
    re.IGNORECASE,
)


def _restated_change(text: str, pos: int) -> str | None:
    """What a share restating a change just counted measures: the noun and its change ("toàn tỉnh
    đã giảm 1.248 biên chế công chức, tương đương 14,6%" → "biên chế công chức giảm")."""
    link = phrases("equivalence_words").ends_at(text, pos)
    if link is None:
        return None
    before = text[: link.start()].rstrip()
    if not before.endswith(","):
        return None
    before = before[:-1].rstrip()
    figure = last_match(_DIGIT_RUN_BEFORE.finditer(before, max(0, len(before) - PHRASE_REACH)))
    if figure is None or unit_after(before, figure.end()) is None:
        return None
    noun = before[figure.end() :]  # the counted noun and the words that say which, up to the comma
    if any(c.isdigit() or c in ",;:()" for c in noun) or len(noun.split()) > RESTATED_NOUN_WORDS:
        return None
    change = _CHANGED_COUNT.search(before, max(0, figure.start() - PHRASE_REACH), figure.end())
    if change is None:
        return None
    start = item_start(before, 0, change.start())
    number = last_match(phrases("number_of_words").finditer(before, start, change.start()))
    # the number the clause names, at its head ("Số ấp, khu vực giảm …") or after an opener's comma
    # ("Sau sắp xếp, số tổ dân phố giảm …")
    if number is not None and (
        not before[start : number.start()].strip() or before[: number.start()].rstrip().endswith(",")
    ):
        return tidy(f"{before[number.start() : change.start()].strip()} {change.group('verb')}")
    return tidy(f"{noun} {change.group('verb')}")


RESTATED_NOUN_WORDS = 6  # "biên chế công chức": the counted noun a restated change names


_DIGIT_RUN_BEFORE = re.compile(r"(?<![\d.,])\d(?:[\d.,]*\d)?(?![\d])")  # "1.248", not "2025," with its comma


def _activity_cut(raw: str) -> str:
    """``raw`` without the word or two after its last comma ("Thu ngân sách đạt 520 tỷ đồng, bằng":
    the link to the share), unless only a time stands before that comma ("Năm 2024, nợ thuế": the
    indicator itself)."""
    tail = _ACTIVITY_TAIL.search(raw)
    if tail is None:
        return raw
    before = raw[: tail.start()]
    lead = _TIME_LEAD.match(f"{before} _")  # the lead wants a word after it
    return raw if lead is not None and lead.end() > len(before) else before


def indicator_before(text: str, pos: int) -> str:
    """The indicator that reached a plan ("Thu ngân sách đạt 520 tỷ đồng, bằng 108% dự toán"
    → "Thu ngân sách"; "kết nạp 230 đảng viên, đạt 115% chỉ tiêu" → "kết nạp đảng viên")."""
    raw = text[max(0, pos - PHRASE_REACH) : pos]  # bounded
    sibling = _SIBLING_SHARE.search(raw) or _SIBLING_PLAN_SHARE.search(raw)
    if sibling:  # "đóng góp gần 70% ngân sách, hơn 80% GDP": the item before shares the indicator
        raw = raw[: sibling.start()]
    head = _activity_cut(raw.rstrip())
    while (cut := _last_clause_comma(head)) > 0 and _CHANGE_CLAUSE.match(head, cut + 1):
        if phrases("list_conjunctions").search(head, cut + 1) is not None:
            break  # ", giảm một số khoản chi và nâng mức bội chi …": "và" joins a clause of its own
        head = head[:cut].rstrip()  # a change clause between the indicator and its share
    pair = pair_start(head)
    if pair:  # "Bội chi tăng từ 4,8% GDP lên": the later end's indicator is before the pair
        head = head[: pair.start()]
    phrase = phrase_before(head, len(head))
    rest = head[: len(head) - len(phrase)].rstrip()
    if _LEVEL_ALONE.fullmatch(phrase) and rest.endswith(","):
        phrase = phrase_before(rest, len(rest) - 1)  # "Sản lượng lúa, đạt 1,2 triệu tấn, vượt 5%"
    moved = moved_object_start(phrase, 0, len(phrase), at_level=True) if pair else None
    if moved is not None:  # "nâng mức bội chi từ 4,8% GDP lên": what is moved, the pair's "từ" cut off
        phrase = phrase[moved:]
    later = _EARLIER_ITEM.match(phrase)
    rest = phrase[later.end() :] if later else ""
    if strip_edges(rest) and not any(c.isdigit() for c in rest):
        phrase = rest  # "… là 38% GDP và dư nợ nước ngoài": the last item's label, not an earlier one
    linked = _LINKED_FIGURE.search(phrase)
    if linked:  # "X đạt 520 tỷ đồng": the indicator is what comes before the linking verb
        phrase = phrase[: linked.start()]
    return _drop_figures(phrase)


def restated_indicator(text: str, pos: int) -> str | None:
    """What an amount restated after a link word measures: the indicator of the clause before,
    without its change ("tiền ăn … sẽ được tăng thêm 5 lần so với ngày thường, tương đương …"
    → "tiền ăn …")."""
    phrase = indicator_before(text, pos)
    change = _CHANGE_INSIDE.search(phrase)
    return clean_subject(phrase[: change.start()] if change else phrase)


# an earlier item of a list, up to its figure, a few words of its noun and the comma or "và" after
_EARLIER_ITEM = re.compile(
    rf"^.*\d[\d.,]*+\s*+%?(?:\s++[^\s\d,;]++){{0,3}}?\s*+(?:[;,]|(?<=\s)(?:{alternation('list_conjunctions')})(?![\w]))\s*+",
    re.IGNORECASE | re.DOTALL,
)


_LINKING_END = re.compile(rf"\s(?:{alternation('group_figure_links', 'level_links')})\s*+$", re.IGNORECASE)


_NOUN_ITEM = re.compile(r",\s*+([^\d,;:()]+?)\s*+(?=,|$)")


def _listed_end(tail: str, cut: int) -> int:
    """Where the noun after a figure ends when counted nouns are listed after it by commas
    ("1.027 người thuộc hộ nghèo, hộ cận nghèo, chiếm 43,9%": one group); ``cut`` is the first
    comma or parenthesis, and an item that is no counted noun ends the list there."""
    end = cut
    for m in _NOUN_ITEM.finditer(tail, cut):
        if m.start() != end or not phrases("units").match_at(m.group(1), 0):
            break
        end = m.end(1)
    return end


def counted_group_before(text: str, pos: int) -> str | None:
    """The group a "chiếm" share counts: the noun after the figure just before it ("còn 45 hộ
    nghèo, chiếm 3,2%" → "hộ nghèo"), or the group named before that figure ("Số đảng viên
    nữ là 320 đồng chí", "đảng viên người dân tộc thiểu số 2.703 đồng chí, chiếm 91,8%")."""
    lo = max(0, pos - PHRASE_REACH)  # the group is near its share: a bounded look-back
    head = text[:pos].rstrip(" ,")
    if head.endswith(")") and (opened := head.rfind("(", lo)) >= 0:
        pos = opened  # "29 đồng chí là người dân tộc thiểu số (Ê Đê 22, …), chiếm 50,9%": not the aside's
    start = item_start(text, lo, pos)
    g = None
    for m in _FIGURE_TOKENS.finditer(text, start, pos):
        g = m if not non_unit_after(text, m.end()) else g
    if g is None:
        return None
    tail = text[g.end() : pos]
    cut = re.search(r"[(,]", tail)
    tail = clean_subject(tail[: _listed_end(tail, cut.start()) if cut else len(tail)]) or ""
    lead_start = max(text.rfind(",", start, g.start()) + 1, start)
    breaks = last_match(_CLAUSE_BREAK.finditer(text, lead_start, g.start()))
    if breaks is not None:  # "… khớp 257.100 đơn vị thì nhà đầu tư nước ngoài mua tới 810 đơn vị"
        lead_start = breaks.end()
    raw_lead = " " + text[lead_start : g.start()]
    linked = _LINKING_END.search(raw_lead)
    lead = _LEAD_OPENERS.sub("", (raw_lead[: linked.start()] if linked else raw_lead).strip())
    # the group is named before the figure: "Số đảng viên nữ là 320", "đảng viên nữ 131 đồng chí"
    # (a whole noun phrase, not "Bộ đã cắt giảm 675 điều kiện")
    named = (linked and _COUNTED_LEAD.match(lead)) or _is_noun_phrase(_COUNTED_LEAD.sub("", lead))
    # a predicate of size before the link is no part of the group ("… chiếm đa số với 191 người")
    group = (trim_subject(_COUNTED_LEAD.sub("", lead)) or "") if named else ""
    generic = not tail or phrases("generic_counters").fullmatch_head(tail)
    if group and (generic or group.lower().startswith(tail.lower())):
        return group  # "Số đảng viên nữ là 320 đồng chí", "Số hộ … là 4.500 hộ": nothing to add
    link_word = linked.group().strip() if linked else ""
    if tail and not generic and phrases("level_links").fullmatch_head(link_word):
        return tail  # "huyện đã đạt 22 chỉ tiêu, chiếm 84,61%": the noun the level counts
    held = linked and phrases("container_links").fullmatch_head(link_word)
    place = held and not _TIME_ONLY.match(lead)  # "năm 2017 có 41 đảng viên": a time, kept below
    if place and tail and (_described(tail) or not group):
        return tail  # "Đảng bộ có 1.200 đảng viên nữ", "Toàn huyện có 25 xã": the container holds the group
    if generic and lead.strip():
        return tidy(_COUNTED_LEAD.sub("", lead)) or None  # "trong đó nữ 420 đồng chí" → "nữ"
    rest = tidy(_COUNTED_LEAD.sub("", lead))
    describes = rest and not phrases("group_lead_stops").ends_at(rest, len(rest))
    acts = phrases("past_markers").search(rest) if rest else None
    if not group and describes and not acts and len(rest.split()) <= MAX_GROUP_LEAD_WORDS:
        # "trong đó nữ 10 đại biểu" → "đại biểu nữ"; an actor and its verb ("Sở đã cắt giảm") are not
        # the group
        return tidy(f"{tail} {rest}") or None
    return tidy(f"{group} {tail}") or None


CLAUSE_MARK = re.compile(r",(?!\d)|[;:()]")  # a decimal comma ends no clause


ASIDE_BASE_WORDS = 8  # "…, chiếm 88% tổng số chi bộ, …": the whole named inside the aside
_TOLD_AFTER = re.compile(r"[^,;:.()\d]{1,80}?,\s*+(\p{Ll}[^,;:.()\d]*+)(?=[;:.]|$)")


def _group_told_after_aside(text: str, f, share_start: int) -> str | None:
    """A bare count after "có", a "chiếm" share between commas, then what the counted do: the share
    measures the counted with that ("Có 2.946 chi bộ, chiếm 88% tổng số chi bộ, thường xuyên
    đưa tài liệu lên ứng dụng" → "chi bộ thường xuyên đưa tài liệu lên ứng dụng"). Not when the
    words after the aside open a clause or a new group ("…, các chi bộ còn lại …")."""
    comma = text.rfind(",", max(0, share_start - 3), share_start)
    if comma < 0:
        return None
    last = last_match(_FIGURE_TOKENS.finditer(text, max(0, comma - 40), comma))
    if last is None or last.group().endswith("%"):
        return None
    found = unit_after(text, last.end())
    if found is None or text[found[1] : comma].strip():
        return None  # "có 736 đảng viên đi làm ăn xa, chiếm 8%": the group is told before the share
    bound = qualifier_phrases().ends_at(text, last.start())  # "có hơn 300 hộ"
    if not phrases("has_verbs").ends_at(text, bound.start() if bound else last.start()):
        return None  # "kết nạp 120 đảng viên, chiếm 30%, vượt chỉ tiêu": the words after tell of the act
    told = _TOLD_AFTER.match(text, f.end)
    if told is None or len(text[f.end : told.start(1)].split()) > ASIDE_BASE_WORDS:
        return None
    rest = told.group(1).strip()
    if phrases("comma_clause_openers").match_at(rest, 0):
        return None  # "…, tăng 12 hộ": a statement of its own
    if phrases("plural_markers").match_at(rest, 0) or phrases("units").match_at(rest, 0):
        return None  # "…, các chi bộ còn lại chưa thực hiện": another group
    return tidy(f"{found[0]} {rest}")


def _group_counted_just_before(text: str, share_start: int) -> str | None:
    """The group of a "chiếm" share that opens a clause right after a count ("còn 45 hộ nghèo,
    chiếm 3,2% tổng số hộ" → "hộ nghèo"), or None when the clause before counts nothing."""
    opened = _OPENS_SEGMENT.search(text, max(0, share_start - 3), share_start)
    mark = opened.start() if opened is not None else -1  # the comma or parenthesis before "chiếm"
    if mark < 0 or text[mark] in ";:":
        return None
    lo = max(0, mark - PHRASE_REACH)
    start = item_start(text, lo, mark)
    last = last_match(_FIGURE_TOKENS.finditer(text, start, mark))
    if last is None or last.group().endswith("%") or non_unit_after(text, last.end()):
        return None
    if _MONEY.search(last.group()) or money_after(text, last.end()):
        return None  # "thu 77.000 tỷ đồng, chiếm 52,6% tổng thu": an amount, no group
    if phrases("foreign_currencies").match_at(text, last.end()) or not unit_after(text, last.end()):
        return None  # "7,07 tỉ đô la Mỹ", "đạt điểm từ 9 trở lên": no counted group
    if CLAUSE_MARK.search(text, last.end(), mark):
        return None  # the count stands in an earlier clause
    group = counted_group_before(text, share_start)
    return group if group and _described(group) else None


_FRACTION = re.compile(r"(?<![\d.,/])(\d[\d.]*+)\s*+/\s*+(\d[\d.]*+)(?![\d/])")
FRACTION_ROUNDING = 0.6  # a share restating a fraction is rounded to a unit or a tenth


def _restated_fraction(text: str, f) -> str | None:
    """The group a fraction counts when the share after it restates it ("có 35/37 tổ chức cơ sở
    đảng hoàn thành kế hoạch kiểm tra, giám sát năm, đạt 94,6%": 35/37 is 94,6%), or None."""
    value = getattr(f, "value", None)
    if value is None:
        return None
    lo = max(0, f.start - PHRASE_REACH)
    lo = max(lo, text.rfind(";", lo, f.start) + 1)
    if text.find("/", lo, f.start) < 0:
        return None  # no fraction before the share (most shares)
    found = last_match(_FRACTION.finditer(text, lo, f.start))
    if found is None or _FIGURE_TOKENS.search(text, found.end(), f.start):
        return None  # no fraction, or another figure stands between it and the share
    part, whole = (int(g.replace(".", "")) for g in found.groups())
    if whole == 0 or abs(part / whole * 100 - value) > FRACTION_ROUNDING:
        return None
    opening = last_match(CLAUSE_MARK.finditer(text, found.end(), f.start))
    group = counted_group_before(text, opening.start() if opening else f.start)
    if not group:
        return None
    noun = phrases("units").match_at(group, 0)
    if noun is not None and not group[noun.end() :].strip():
        return None  # "đã giải quyết 318/356 đơn": the noun alone says less than the clause
    return group


_PLAIN_COUNT = re.compile(r"(?<![\p{L}\d.,/])\d{1,3}(?:\.\d{3})*+(?![\d.,/%])")


def _plain_value(token: str) -> int:
    return int(token.replace(".", ""))


def _share_of_earlier_whole(text: str, f) -> str | None:
    """What a share of a part measures when the whole was counted earlier in the sentence
    ("tiếp nhận 325 đơn thư kiến nghị, phản ánh, đã giải quyết 318 đơn, đạt 97,8%": 318 of 325
    is 97,8%): the whole's noun and what was done to the part ("đơn thư kiến nghị, phản ánh,
    đã giải quyết"), the part's own noun adding nothing. The arithmetic decides which earlier
    figure is the whole."""
    value = getattr(f, "value", None)
    link = phrases("part_share_links").ends_at(text, f.start)
    if value is None or link is None or not text[: link.start()].rstrip().endswith(","):
        return None
    comma = len(text[: link.start()].rstrip()) - 1
    lo = max(0, f.start - PHRASE_REACH)
    part = last_match(_PLAIN_COUNT.finditer(text, lo, comma))
    part_unit = unit_after(text, part.end()) if part else None
    if part is None or part_unit is None or text[part_unit[1] : comma].strip():
        return None  # the share follows no part counted in its own noun
    done = _plain_value(part.group())
    wholes: list[re.Match] = list(_PLAIN_COUNT.finditer(text, lo, part.start()))
    for whole in wholes[::-1]:  # the nearest first
        total = _plain_value(whole.group())
        if total <= done or abs(done / total * 100 - value) > FRACTION_ROUNDING:
            continue
        if not (unit_after(text, whole.end()) or open_unit_after(text, whole.end())):
            return None
        between = text[whole.end() : part.start()]
        cut = max(between.rfind(";"), _clause_end_after_digits(between))
        if cut < 0:  # "1.096 tin báo, tố giác …, điều tra làm rõ": the noun runs into the deed
            return tidy(between) or None
        noun, deed = between[:cut], between[cut + 1 :]  # another clause between the two
        if any(c.isdigit() for c in noun):  # "612 vụ phạm tội …, giảm 8,2% so với năm 2023"
            noun = noun[: _clause_start_before_digits(noun)]
        return tidy(f"{noun} {strip_edges(deed)}") or None
    return None


def _clause_end_after_digits(phrase: str) -> int:
    """Where the clause holding the last digit of ``phrase`` ends (-1 if none does)."""
    digits = [i for i, c in enumerate(phrase) if c.isdigit()]
    mark = CLAUSE_MARK.search(phrase, digits[-1]) if digits else None
    return mark.start() if mark else -1


def _clause_start_before_digits(phrase: str) -> int:
    """Where the clause holding the first digit of ``phrase`` starts."""
    first = next(i for i, c in enumerate(phrase) if c.isdigit())
    mark = last_match(CLAUSE_MARK.finditer(phrase, 0, first))
    return mark.start() if mark else 0


def _described(group: str) -> bool:
    """Whether a counted group names a group ("hộ nghèo", "đảng viên đi làm ăn xa"), not a bare
    one-word counter ("hộ") nor a generic one with a clause ("đồng chí là nữ", "người")."""
    noun = phrases("units").match_at(group, 0)
    generic = noun is not None and phrases("generic_counters").fullmatch_head(noun.group().strip())
    return len(group.split()) > 1 and not generic


def counted_noun_ending_at(text: str, pos: int) -> str | None:
    """The counted noun of a figure whose clause ends right at ``pos`` ("kết nạp 300 đảng viên
    mới, trong đó …" → "đảng viên mới"): the whole a breakdown after it divides."""
    last = last_match(_FIGURE_TOKENS.finditer(text, max(0, pos - PHRASE_REACH), pos))
    unit = unit_after(text, last.end()) if last else None
    if last is None or unit is None or text[unit[1] : pos].strip(" ,"):
        return None
    return tidy(text[last.end() : unit[1]])


def _whole_of_breakdown(text: str, pos: int) -> str | None:
    """The whole a breakdown divides when the count a share follows opens that breakdown ("bổ
    nhiệm 611 cán bộ, trong đó 44 nữ (chiếm 7,2%)" → "cán bộ"), as "trong đó nữ chiếm 7,2%"
    would name it; None when the marker opens no count right before the share."""
    marker = last_match(phrases("breakdown_markers").finditer(text, max(0, pos - PHRASE_REACH), pos))
    if marker is None:
        return None
    between = text[marker.end() : pos]
    if not _OPENING_COUNT.match(between) or len(_FIGURE_TOKENS.findall(between)) != 1:
        return None
    return counted_noun_ending_at(text, marker.start())


_OPENING_COUNT = re.compile(r"\s*+:?\s*+\d[^;:]*+$")
MAX_GROUP_LEAD_WORDS = 2  # words before a counted figure that still describe its group ("nữ")


def level_indicator_before(text: str, cue_start: int) -> str | None:
    """What a change measures when the level just before it names its indicator between the
    linking verb and the figure ("nhà máy đạt sản lượng điện 1.250 triệu kWh, tăng 6,2%" →
    "sản lượng điện"): the level is a measurement, no fact of its own, and its figure is no
    part of the subject."""
    named = _NAMED_LEVEL_AT_END.search(phrase_before(text, cue_start))
    return trim_subject(named.group(1)) if named else None


# an earlier change of the same indicator right before a change's cue: its cue, figure, the
# base it is compared with, then a comma or "và" ("tăng 1,5% so với tháng trước và tăng 17,9%")
_EARLIER_CHANGE_OF_SAME = re.compile(
    rf"\s(?:{alternation_of_table('change_cues', 'phrase')})\s++(?:\p{{L}}++\s++)?\d[\d.,]*+\s*+%?"
    rf"(?:\s++(?:{alternation('comparison_words')})(?:\s++[^\s,;:()]++)*?)?(?:\s*+,|\s++(?:{alternation('list_conjunctions')}))\s*+$",
    re.IGNORECASE,
)


# a change in counted things right before a parenthesis that restates it as a share ("số vụ
# giảm 9 vụ (giảm 13,4%)"): its cue, figure and noun, then the opening parenthesis
_RESTATED_CHANGE = re.compile(
    rf"\s(?:{alternation_of_table('change_cues', 'phrase')})\s++\d[\d.,]*+(?:\s++\p{{Ll}}++){{1,3}}"
    r"\s*+\(\s*+$",
    re.IGNORECASE,
)


def second_change_subject(text: str, cue_start: int) -> str | None:
    """A second change of the indicator whose change was just given, against another base
    ("Tổng mức bán lẻ … tăng 1,5% so với tháng trước và tăng 17,9% so với cùng kỳ") or as a
    share in parentheses ("số vụ giảm 9 vụ (giảm 13,4%)"): that indicator, not the first
    change's words."""
    lo = max(0, cue_start - PHRASE_REACH)
    earlier = _EARLIER_CHANGE_OF_SAME.search(text, lo, cue_start)
    earlier = earlier or _RESTATED_CHANGE.search(text, lo, cue_start)
    if earlier is None:
        return None
    phrase = phrase_before(text, earlier.start())
    return clean_subject(phrase[base.end() :] if (base := _BASE_IN_FRONT.match(phrase)) else phrase)


# the base of a comparison put in front of the indicator ("So với cùng kỳ năm 2025, số vụ …")
_BASE_IN_FRONT = re.compile(rf"(?:{alternation('comparison_words')})\s[^,;:]*+,\s*+(?=\S)", re.IGNORECASE)


def _is_noun_phrase(phrase: str) -> bool:
    """Whether ``phrase`` names a group: it opens with a counted noun and holds no auxiliary
    or verb of a clause ("đảng viên người dân tộc thiểu số", not "Bộ đã cắt giảm")."""
    if not phrases("units").match_at(phrase, 0):
        return False
    return not (_CLAUSE_WORD.search(phrase) or _CHANGE_INSIDE.search(phrase + " 0"))


_CLAUSE_WORD = re.compile(rf"\s(?:{alternation('subject_tail_fillers')})\s", re.IGNORECASE)


_LEAD_OPENERS = re.compile(rf"^(?:{alternation('group_lead_openers')})(?:\s+|$)", re.IGNORECASE)
_COUNTED_LEAD = re.compile(
    rf"^(?:{alternation('number_of_words')})(?:\s+(?:{alternation('quantity_nouns')}))?\s+", re.IGNORECASE
)


_TAIL_FILLERS = re.compile(rf"\s(?:{alternation('subject_tail_fillers')})\s*+$", re.IGNORECASE)
_TIME_ONLY = re.compile(rf"^(?:{alternation('time_openers')})\b", re.IGNORECASE)
_OTHER_ITEM = re.compile(  # "…; Phú Yên", "khóa XI là 27,31% và khóa XII": the item before is not ours
    rf"^.*\d[\d.,]*+\s*+%?\s*+(?:[;,]|(?<=\s)(?:{alternation('list_conjunctions')}|{alternation('clause_conjunctions')})"
    r"(?![\w]))\s*+",
    re.DOTALL,
)
MAX_TIME_WORDS = 5
# a time adverbial at a subject's head, with no comma after it: "Năm 2023 thu ngân sách …", "đến cuối
# tháng 10 Sở … giải ngân", "từ năm 2009 đến nay tỷ lệ đảng viên …", "đến nay tỷ lệ …", "hàng năm tỷ lệ …"
_PERIOD_NUMBER = r"[\dIVX]++(?:\s*+[/\-–]\s*+[\dIVX]++)*+"
_TIME_LEAD = re.compile(
    rf"^(?:(?:(?:{alternation('time_lead_words')})\s++)?(?:(?:{alternation('period_edges')})\s++)?"
    rf"(?:{alternation('year_cues', 'month_nouns', 'quarter_nouns', 'period_nouns')})\s++{_PERIOD_NUMBER}"
    rf"(?:\s++(?:{alternation('up_to_now_phrases')}))?"
    rf"|(?:{alternation('up_to_now_phrases', 'recurring_words', 'near_term_phrases')}))\s++(?=\S)",
    re.IGNORECASE,
)


# a qualifier frame emptied of its figure: "đạt điểm Toán từ 9 trở lên" without the 9
_EMPTY_FRAME = re.compile(
    rf"(?<![\w])(?:{alternation('from_words')})\s++"
    rf"(?:{alternation_of_table('qualifier_suffixes', 'phrase')})(?![\w])",
    re.IGNORECASE,
)


def _without_open_quote(phrase: str) -> str:
    """A phrase without a quotation it opens but does not close ("thực hiện nghị quyết số 15 "Về
    xây dựng tổ chức cơ sở…" cut by the phrase's bound): a quoted title is whole or left out;
    a mark that opens the phrase itself goes alone."""
    if phrase.count('"') % 2:
        phrase = _cut_at_quote(phrase, phrase.rfind('"'))
    if phrase.count("“") > phrase.count("”"):
        phrase = _cut_at_quote(phrase, phrase.rfind("“"))
    return phrase


def _cut_at_quote(phrase: str, opened: int) -> str:
    """The phrase before the quotation mark at ``opened``; when the mark opens the phrase, it
    opens the speech the phrase stands in, and only the mark goes."""
    return phrase[opened + 1 :] if not phrase[:opened].strip() else phrase[:opened]


def trim_subject(phrase: str) -> str | None:
    """A subject without linking verbs, auxiliaries, fillers or a dangling "với" at its edges
    ("chứng cứ có giá trị với", "hỗ trợ kinh phí lên đến"), nor a qualifier frame emptied of its
    figure ("người đạt điểm Toán từ trở lên")."""
    p = tidy(_EMPTY_FRAME.sub(" ", _without_open_quote(phrase)))
    for _ in range(3):
        p = strip_edges(p)
        if phrases("nouns_ending_in_filler_words").ends_at(p, len(p)):
            break  # "thuế giá trị gia tăng", "trang thiết bị", "… năm nay": its last word is no filler
        stripped = _TAIL_FILLERS.sub("", " " + p).strip()
        if stripped == p:
            break
        p = stripped
    return p or None


UNCLOSED_ASIDE_WORDS = 3  # an aside opened this close to the end, never closed, held the figure
_UNCLOSED_ASIDE = re.compile(rf"\s*+\([^()]*+$(?<=\((?:\s*+[^\s()]++){{0,{UNCLOSED_ASIDE_WORDS}}}\s*+)")


def without_time_lead(phrase: str) -> str:
    """A phrase without the time adverbial at its head ("năm 2025 kết nạp đảng viên" → "kết nạp
    đảng viên"), when something follows it."""
    lead = _TIME_LEAD.match(phrase)
    return strip_edges(phrase[lead.end() :]) if lead else phrase


def clean_subject(phrase: str, *, keep_place: bool = False) -> str | None:
    """A subject as the contract wants it: no linking verb, auxiliary or cue at its end, no
    leftover of another figure or list item before it, not a time adverbial alone, and no named
    place unless ``keep_place`` (items told apart by their places: "của huyện A và B lần lượt …")."""
    p = phrase
    if "(" in p:  # "Tỷ lệ hộ nghèo (năm 2020 là 5,2%, …) giảm còn 3%": the aside's figures are its own
        p = _ASIDE_GROUP.sub(_without_bare_aside, p)
    p = _OTHER_ITEM.sub("", p)  # "như Điện Biên 11,5%; Phú Yên": the item before is not ours
    # "Thu ngân sách đạt 520 tỷ đồng", "… đạt khá so với dự toán": the indicator, not its level
    linked = _LINKED_FIGURE.search(p) or _LEVEL_JUDGED.search(p)
    p = trim_subject(p[: linked.start()] if linked else _drop_figures(p)) or ""
    if opened := _UNCLOSED_ASIDE.search(p):  # "giảm (tương đương": the aside the figure stands in
        p = trim_subject(p[: opened.start()]) or ""
    if "," not in p:  # "Năm 2023 thu ngân sách …": when, not what
        p = without_time_lead(p)
    if not p or (_TIME_ONLY.match(p) and len(p.split()) <= MAX_TIME_WORDS and "," not in p):
        return None
    if "," in p and _TIME_ONLY.match(p):  # "Đến hết tháng 9, Bộ": drop the time adverbial
        p = strip_edges(p[p.index(",") + 1 :])
    return (p if keep_place else _without_named_place(p)) or None


# a place named by its kind and a proper name ("huyện Yên Dũng", "tỉnh Bà Rịa - Vũng Tàu")
_PROPER_NAME = r"\p{Lu}[\p{L}\-]*+(?:\s++(?:-\s++)?\p{Lu}[\p{L}\-]*+)*+(?![\w])"  # "Bà Rịa - Vũng Tàu"
_PLACE_WORD = rf"(?i:{alternation('place_words')})"
_NAMED_PLACE = rf"{_PLACE_WORD}\.?\s++{_PROPER_NAME}"  # "huyện Yên Dũng", "TP. HCM"
_PAST_AFTER_LEAD = rf"(?:(?i:{alternation('past_markers')})\s++)?"
_PLACE_OF = re.compile(rf"\s++(?i:{alternation('possessive_words')})\s++{_NAMED_PLACE}")
_PLACE_LEAD = re.compile(rf"^{_NAMED_PLACE}\s++{_PAST_AFTER_LEAD}(?=\p{{L}})")  # "huyện Yên Dũng thu …"
# "toàn tỉnh", "toàn tỉnh Nam Định", "toàn Đảng bộ huyện", "toàn Đảng bộ tỉnh Gia Lai": the whole, at the head
_SCOPE_LEAD = re.compile(
    rf"^(?i:{alternation('place_lead_words')})\s++(?:{_PLACE_WORD}|(?i:{alternation('scope_lead_nouns')}))"
    rf"(?:\s++{_NAMED_PLACE}|\s++{_PLACE_WORD}(?![\w])|\s++{_PROPER_NAME})?\s++{_PAST_AFTER_LEAD}"
    rf"(?=\p{{L}}++\s++\p{{L}})"  # a deed of two words at least follows
)


def _without_named_place(subject: str) -> str:
    """A subject without the named place that says where ("vốn đầu tư công của tỉnh Kiên Giang
    ước giải ngân", "huyện Yên Dũng thu ngân sách"), or the whole a level was reached over at its
    head ("toàn Đảng bộ kết nạp đảng viên"): what was measured is the same anywhere. A place
    that is all the subject names stays."""
    bare = _SCOPE_LEAD.sub("", subject)
    if any(c.isupper() for c in bare[1:]):  # a proper name: perhaps a named place
        bare = _PLACE_LEAD.sub("", _PLACE_OF.sub("", bare))
    return bare if bare.strip() else subject


# double or single quotation marks, curly or straight: a name in single ones often sits inside
# quoted speech ('"… phấn đấu 100% thôn xây dựng mô hình \'Tổ hòa giải 4 tốt\'."')
_QUOTE_OPEN = re.compile(r"[“‘\"'][^“”‘’\"']{0,40}$")
_QUOTE_CLOSE = re.compile(r"[^“”‘’\"']{0,40}[”’\"']")
QUOTE_WORDS = 6  # a quoted phrase this short is a name or a slogan, not speech


_QUOTE_MARKS = ("“", "”", '"', "‘", "’", "'")


def short_quote(text: str, f) -> tuple[int, int] | None:
    """The span, quotation marks included, of the short quoted phrase ``f`` sits in."""
    before = text[max(0, f.start - 40) : f.start]
    if not any(mark in before for mark in _QUOTE_MARKS):
        return None  # most figures have no quotation mark before them: no pattern run
    opening = _QUOTE_OPEN.search(text, max(0, f.start - 40), f.start)
    closing = _QUOTE_CLOSE.match(text, f.end, f.end + 41)
    if opening is None or closing is None or len(text[opening.start() : closing.end()].split()) > QUOTE_WORDS:
        return None
    mark = text[opening.start()]
    if mark in "\"'" and text.count(mark, 0, opening.start()) % 2:
        return None  # '"Gia đình học tập"; 80% dòng họ đạt "…"': that mark closes the quote before
    return opening.start(), closing.end()


RAISED_WORDS = 14  # "nâng tổng số tổ chức đảng trong doanh nghiệp ngoài khu vực nhà nước lên 27"
_RAISED_TO = re.compile(
    rf"\b(?:{alternation('number_of_words')})\s++((?:\p{{L}}++\s++){{1,{RAISED_WORDS}}}?)"
    rf"(?:{alternation('pair_links')})\s*+$",
    re.IGNORECASE,
)
RAISED_REACH = 100


def noun_raised_to(text: str, f) -> str | None:
    """The noun a total moved to a new level counts, named after "số" ("nâng tổng số tổ chức
    đảng trong doanh nghiệp … lên 27"): the table noun that opens the description."""
    m = _RAISED_TO.search(text, max(0, f.start - RAISED_REACH), f.start)
    unit = phrases("units").match_at(m.group(1), 0) if m else None
    return tidy(unit.group()) if unit else None


def in_short_quote(text: str, f) -> bool:
    """Whether ``f`` sits in a short quoted phrase ("5 không, 3 sạch", "thành phố 4 an"): a
    name or a slogan, whose figures count nothing."""
    return short_quote(text, f) is not None


_PERCENT = re.compile(r"\d[\d.,]*+\s*+%")
_SENTENCE_MARK = re.compile(r"[;:.]\s")
COMPARED_REACH = 120  # the compared share stands this close before "so với"
_COMPARED_BASE = re.compile(
    rf"(?<![\w])(?:{alternation('comparison_words')})\s++((?:[^\s\d,;:()%]++\s++){{0,5}}?)"
    rf"(?:(?:{alternation('copulas')})\s++)?(?:{alternation_of_table('qualifiers', 'phrase')}\s++)?$",
    re.IGNORECASE,
)
_POSSESSED_TIME = re.compile(
    rf"^(?:(?:{alternation('possessive_words')})\s++)?((?:{alternation('time_periods')})(?![\w]).*)$",
    re.IGNORECASE | re.DOTALL,
)


def _earlier_share_subject(text: str, pos: int) -> str | None:
    """The subject of the last percentage before ``pos`` in the same clause run (no sentence
    mark between): what a base or a comparative compares at another time."""
    earlier = last_match(_PERCENT.finditer(text, max(0, pos - COMPARED_REACH), pos))
    if earlier is None or _SENTENCE_MARK.search(text, earlier.end(), pos):
        return None
    qualified = qualifier_phrases().ends_at(text, earlier.start())
    start = earlier.start() if qualified is None else qualified.start()  # "vẫn dưới 50%": the figure's
    return percent_subject(text, _Span(start, earlier.end()))


def _compared_base_subject(text: str, f, own_time: str) -> str | None:
    """The base a share is compared with measures what the share does, at another time: "số doanh
    nghiệp tuyển thêm giảm còn 60% so với 68% của năm 2012" → "… tuyển thêm năm 2012"; "thấp hơn
    so với dự báo trước đó là 7,3%" → the indicator and "dự báo trước đó"."""
    base = _COMPARED_BASE.search(text, max(0, f.start - 60), f.start)
    if base is None or _AND.search(f" {base.group(1)}"):
        return None  # "tăng 10% so với cùng kỳ và 16% so với tháng 8": the 16% is a change of its own
    measured = _earlier_share_subject(text, base.start())
    if not measured:
        return None
    own = tidy(base.group(1))
    return tidy(f"{measured} {own} {own_time}")


_PAIR_HEAD = re.compile(
    rf"(?<![\w])(?:{alternation('from_words')})(?:\s++(?:{alternation('level_words')}))?\s++$", re.IGNORECASE
)
# the other end of the pair: "… (của quý I) xuống 3,2%", "câu (hiện nay) lên 600"
_TOWARDS_AFTER = re.compile(rf"[^,;:\d]{{0,30}}?\s(?:{alternation('pair_links')})\s++\d", re.IGNORECASE)


def pair_follows(text: str, f) -> bool:
    """Whether the other end of a pair follows ``f`` ("30% lên 45%", "3,5% của quý I xuống 3,2%")."""
    return _TOWARDS_AFTER.match(text, f.end, f.end + 60) is not None


def starts_pair(text: str, f) -> bool:
    """Whether ``f`` is the first end of a pair ("từ (mức) 450 câu hiện nay lên 600 câu"): what is,
    measured like the other end."""
    if not pair_follows(text, f):
        return False
    head = _PAIR_HEAD.search(text, max(0, f.start - 40), f.start)
    # "nâng bội chi 4,8% hiện nay lên 5,3%": the time of the level now opens the pair as "từ" does
    return head is not None or phrases("time_only_phrases").match_at(text, f.end) is not None


_CHANGE_BEFORE_PAIR = re.compile(
    rf"\s(?:{alternation_of_table('change_cues', 'phrase')})"
    rf"(?:\s++(?:{alternation('change_adverbs')}))?\s*+$",
    re.IGNORECASE,
)


def _before_pair(text: str, pos: int) -> str:
    """The indicator before the start of a pair ("Tỷ lệ thất nghiệp giảm nhẹ từ mức"), without
    its change cue."""
    head = _PAIR_HEAD.search(text, max(0, pos - 40), pos)
    at = head.start() if head else pos
    lead = phrase_before(text, at)
    moved = moved_object_start(text, at - len(lead), at, at_level=True)
    if moved is not None:  # "Huyện nâng độ che phủ rừng từ 40% lên 45%": what moves, not who
        lead = text[moved:at]
    cue = _CHANGE_BEFORE_PAIR.search(lead)
    return lead[: cue.start()] if cue else lead


_LINKED_FIGURE_BEFORE = re.compile(
    rf"(?:,\s*+|\s++)(?:{alternation('figure_links')})(?:\s++(?:{alternation('level_words')}))?"
    rf"(?:\s++(?:{alternation_of_table('qualifiers', 'phrase')}))?\s*+$",
    re.IGNORECASE,
)
_NAME_RUN = r"((?:\p{Lu}[\p{L}\d&.-]*+\s*+){1,4})$"  # "Dow Jones", "VN30-Index", "S&P 500"
_NAME_AFTER_COPULA = re.compile(rf"\s(?i:{alternation('copulas')})\s++{_NAME_RUN}")
_ANY_DIGIT = re.compile(r"\d[\d.,]*+")
_COMPARATIVE = re.compile(rf"\s(?:{alternation('comparatives')})(?![\w])", re.IGNORECASE)


def linked_clause_subject(text: str, pos: int) -> str | None:
    """A share joined by "với" to the clause before it measures that clause's subject: "mạnh nhất
    là Dow Jones với 0,75%" → "Dow Jones"; "tỷ lệ tăng lương cao hơn lạm phát, với mức tăng
    11,3%" → "tỷ lệ tăng lương" (what is compared, not what it is compared with)."""
    link = _LINKED_FIGURE_BEFORE.search(text, max(0, pos - 40), pos)
    if link is None:
        return None
    lo = max(0, link.start() - PHRASE_REACH)
    opened = max((m.end() for m in _CLAUSE_BREAK.finditer(text, lo, link.start())), default=lo)
    clause = text[opened : link.start()]  # the whole clause, not from its last "tỷ lệ"
    if not clause.strip() or any(unit_after(clause, m.end()) for m in _ANY_DIGIT.finditer(clause)):
        return None  # "120 xã đạt chuẩn, với tỷ lệ 85%": the group counted is read elsewhere
    named = _NAME_AFTER_COPULA.search(clause)
    if named:
        return tidy(named.group(1))
    compared = _COMPARATIVE.search(clause)
    return clean_subject(clause[: compared.start()] if compared else clause)


_EXAMPLE_ITEM = re.compile(rf"\s(?i:{alternation('example_list_openers')})\s++{_NAME_RUN}")


def _example_item(before: str | None) -> str | None:
    """The named item after "như" that a share measures ("các chỉ số khác cũng tăng như Nikkei
    tăng 120 điểm, tương đương 0,6%" → "Nikkei")."""
    item = _EXAMPLE_ITEM.search(before) if before else None
    return tidy(item.group(1)) if item else None


_OBJECT_OF = re.compile(rf"(?<![\w])(?:{alternation('object_prepositions')})\s++", re.IGNORECASE)
_RESPECTIVE = re.compile(
    rf"(?<![\w])(?:{alternation('respective_words')})\s++(?:(?:{alternation('copulas')})\s++)?"
    rf"((?:\d[\d.,]*+\s*+%\s*+(?:,|(?:{alternation('list_conjunctions')}))\s*+)*+)$",
    re.IGNORECASE,
)
_LIST_ITEM_SPLIT = re.compile(rf",\s*+|\s++(?:{alternation('list_conjunctions')})\s++", re.IGNORECASE)
_LIST_AFTER = re.compile(
    rf"\s*+(?:,|(?:{alternation('list_conjunctions')}))\s*+\d[\d.,]*+\s*+%", re.IGNORECASE
)


def _respective_item(text: str, f) -> str | None:
    """The item a share stands for in a list written "respectively" ("Chỉ số giá vàng và đô la
    Mỹ giảm lần lượt 2,1% và 0,3%" → "đô la Mỹ" for the second), when the items and the shares
    are as many."""
    found = _RESPECTIVE.search(text, max(0, f.start - 80), f.start)
    if found is None:
        return None
    k = len(_PERCENT.findall(found.group(1)))
    total = k + 1
    pos = f.end
    while (more := _LIST_AFTER.match(text, pos, pos + LOOKAHEAD)) is not None:
        total, pos = total + 1, more.end()
    lead = phrase_before(text, found.start())
    link = _MAIN_LINK.search(lead)
    items = [tidy(i) for i in _LIST_ITEM_SPLIT.split(lead[: link.start()] if link else lead) if i.strip()]
    if len(items) != total or total < 2:
        return None
    return clean_subject(f"{_head_of_named(items[0], items[k]) if k else ''} {items[k]}", keep_place=True)


def _head_of_named(first: str, name: str) -> str:
    """The words before the name that ends the first item, when a later item is a name as long
    ("đảng viên Dân chủ và Cộng hoà" → "đảng viên" for "Cộng hoà"; "huyện Mường Tè và Sìn Hồ"):
    names listed after a noun share it; a common noun ("lợi nhuận") stands alone."""
    words, n = first.split(), len(name.split())
    named = name[:1].isupper() and len(words) > n and words[-n][:1].isupper()
    return " ".join(words[:-n]) if named and not words[-n - 1][:1].isupper() else ""


_LEADING_FIGURES = re.compile(rf"^(?:{_FIGURE_AT_HEAD})")
_CUE_ALONE = re.compile(
    rf"(?:(?:{alternation('rate_verbs')}|{alternation('subject_openers')})(?:\s++|$))++", re.IGNORECASE
)
_ALONE_IN_ASIDE = re.compile(  # a sign may stand before the share: "DHG (-1,7%), CTG (-1,4%)"
    rf"(?<![\d%])\s*+\(\s*+[-+\u2212]?+\s*+(?:(?:{alternation_of_table('qualifiers', 'phrase')})\s++)?$",
    re.IGNORECASE,
)
_ASIDE_CLOSE = re.compile(r"\s*+\)")
_LAST_LINK = re.compile(
    rf"^.*(?<![\w])(?:{alternation('figure_links')}|{alternation('rate_verbs')})\s++",
    re.IGNORECASE | re.DOTALL,
)
_NEXT_LISTED = re.compile(
    rf"%\s*+\)\s*+(?:,|(?:{alternation('list_conjunctions')})(?![\w]))\s*+([^()\d]+)$", re.IGNORECASE
)
ASIDE_NOUN_WORDS = 4  # a figure this close before the aside is what the share is of


def _aside_share_subject(text: str, f) -> str | None:
    """A share alone in parentheses after a noun phrase measures that noun phrase: "với số phiếu
    rất cao (trên 96%)" → "số phiếu rất cao", "đạt mức tín nhiệm cao (92%)" → "mức tín nhiệm cao";
    after a count, the group counted and what the words after the aside say of it ("có 6.102/8.147
    xã (74,9%) đạt chuẩn nông thôn mới" → "xã đạt chuẩn nông thôn mới")."""
    opened = _ALONE_IN_ASIDE.search(text, max(0, f.start - 30), f.start)
    closed = _ASIDE_CLOSE.match(text, f.end, f.end + LOOKAHEAD) if opened is not None else None
    if opened is None or closed is None:
        return None
    counted = counted_noun_ending_at(text, opened.start())
    if counted is not None and not phrases("generic_counters").fullmatch_head(counted):
        # "có 6.102/8.147 xã (74,9%) đạt chuẩn nông thôn mới": the group counted (not "người", "đơn vị")
        rest = phrase_after(text, closed.end())  # with what the words after the aside say of it
        return tidy(f"{counted} {rest}") if rest else counted
    lead = phrase_before(text, opened.start())
    item = _ITEM_OPENED.search(lead)
    if item and lead[item.end() :].strip():  # "các ngành: Dệt may (24,5%); Điện tử (19,2%)": one item
        lead = lead[item.end() :]
    listed = _NEXT_LISTED.search(lead)
    if listed:  # "như NLG (3,3%) và VSH (1,5%)": the item after the one before
        return clean_subject(listed.group(1))
    compared = compared_aside_subject(text, opened.end())
    if compared is not None:  # "giảm còn 3,2%, thấp hơn năm 2022 (4,1%)": the same, then
        return compared
    if not lead.strip() or _ANY_DIGIT.search(" ".join(lead.split()[-ASIDE_NOUN_WORDS:])):
        return None  # "tăng từ 3,11 triệu (0,37%)": the share of the figure before, read elsewhere
    noun = _LAST_LINK.sub("", lead)
    if phrases("achievement_objects").search(noun):
        return None  # "vượt kế hoạch đề ra (từ 7,3 – 7,5%)": the plan's own figure, no noun phrase's share
    return _example_item(lead) or clean_subject(noun)


_ITEM_OPENED = re.compile(r"[;:](?=[^;:]*+$)")  # the last colon or semicolon: a list item starts after it
_ASIDE_OPEN_BEFORE = re.compile(r"\(\s*+$")


def compared_aside_subject(text: str, pos: int) -> str | None:
    """What a share or a change in an aside after a comparative measures: the indicator of the
    share before it, at the time the comparative names ("kinh tế TP quý 1-2018 đạt mức tăng
    7,64%, cao hơn cùng kỳ năm ngoái (tăng 7,46%)" → "kinh tế TP … cùng kỳ năm ngoái").
    ``pos`` is where the aside's content starts."""
    opened = _ASIDE_OPEN_BEFORE.search(text, max(0, pos - 5), pos)
    if opened is None:
        return _timed_aside_subject(text, pos)
    last = phrase_before(text, opened.start()).rsplit(",", 1)[-1]
    compared = phrases("comparatives").match_at(last, 0)
    if compared is None or not phrases("compared_times").match_at(last, compared.end()):
        return None
    measured = _earlier_share_subject(text, opened.start())
    return tidy(f"{measured} {last[compared.end() :]}") if measured else None


ASIDE_TIME_WORDS = 4  # "(cùng kỳ năm trước tăng 6,5%)": the earlier time heads the aside


def _timed_aside_subject(text: str, pos: int) -> str | None:
    """A change in an aside headed by the earlier time it holds for ("ước tăng 7,2% (cùng kỳ năm
    trước tăng 6,5%)") measures the indicator of the share before the aside, at that time."""
    opened = text.rfind("(", max(0, pos - PHRASE_REACH), pos)
    head = text[opened + 1 : pos].strip() if opened >= 0 else ""
    if not head or ")" in head or len(head.split()) > ASIDE_TIME_WORDS:
        return None
    if not phrases("compared_times").match_at(head, 0) or _ANY_DIGIT.search(head):
        return None
    measured = _earlier_share_subject(text, opened)
    return tidy(f"{measured} {head}") if measured else None


_TIME_PHRASE = (  # "9 tháng", "quý 3", "năm 2023", "6 tháng đầu năm"
    rf"(?:\d++\s++)?(?:{alternation('time_periods')})(?:\s++[\d/]++)?(?:\s++(?:{alternation('time_openers')}))?"
)
_TIME_ITEM = re.compile(
    rf"(?:[,;]|\s(?:{alternation('list_conjunctions')}))\s*+({_TIME_PHRASE})"
    rf"(?:\s++(?:{alternation('rate_verbs')}))?\s*+$",
    re.IGNORECASE,
)


def _scope_only_item(text: str, pos: int, before: str | None) -> str | None:
    """A share whose own words only say where or when it holds ("…, cá biệt còn trên 60%",
    "có nơi chỉ đạt 30%") measures the indicator of the share before it in the sentence."""
    if not before or not phrases("scope_only_leads").fullmatch_head(before):
        return None
    return _earlier_share_subject(text, pos)


def time_item_subject(text: str, pos: int) -> str | None:
    """An item that names only its time measures the indicator of the clause before it: "Chi phí
    hoạt động trong quý 3 tăng 22%, 9 tháng tăng 7%" → "Chi phí hoạt động … 9 tháng"; "Doanh thu
    năm 2022 đạt 45%, năm 2023 đạt 52%" → "Doanh thu năm 2023"."""
    item = _TIME_ITEM.search(text, max(0, pos - 40), pos)
    if item is None:
        return None
    lead = text[max(0, item.start() - PHRASE_REACH) : item.start()]
    # the last figure of the clause before and the verb or cue that links it
    # what the share before measured, at another time ("… có 70% xã đạt chuẩn, năm 2027 là 85% và
    # năm 2028 là 100%"), else the phrase before the last linked figure of the clause before
    head = _earlier_share_subject(text, item.start())
    if not head:
        linked = last_match(_LINKED_LEVEL.finditer(lead))
        head = phrase_before(lead, linked.start()) if linked else phrase_before(lead, len(lead))
    indicator = clean_subject(_TIME_AT_END.sub("", head))
    return tidy(f"{indicator} {item.group(1)}") if indicator else None


_LINKED_LEVEL = re.compile(  # a linking verb or change cue and its figure: "tăng 22%", "đạt 45%"
    rf"{_MAIN_LINK.pattern}(?:\s++(?:{alternation('change_adverbs')}))?\s++\d", re.IGNORECASE
)
_TIME_AT_END = re.compile(
    rf"\s++(?:(?:{alternation('time_openers')}|{alternation('possessive_words')})\s++)?"
    rf"{_TIME_PHRASE}\s*+$",
    re.IGNORECASE,
)
