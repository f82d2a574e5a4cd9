"""Counts: a figure and the discrete things it counts.

The counted noun follows the figure ("7.412 đảng viên", "hơn 1,2 tỷ đồng",
"50/54 TCCSĐ": the part, not the whole). Breakdowns name the kind before
the figure ("(khiển trách 5, cảnh cáo 3)"), and a before/after pair names
it once for both ("từ 41 xuống còn 33 tổ chức").
"""

from __future__ import annotations

from dataclasses import replace

import regex as re

from newsfacts import lexicon
from newsfacts.extractors.conditions import is_condition
from newsfacts.extractors.context import (
    ArticleContext,
    Candidate,
    Sentence,
    alternation,
    alternation_of_table,
    figure_before,
    figure_candidate,
    inside_parens,
    is_fact_figure,
    phrase_table,
    phrases,
    text_of,
    tidy,
)
from newsfacts.extractors.phrases import (
    LOOKAHEAD,
    in_short_quote,
    last_match,
    money_after,
    non_unit_after,
    noun_named_before,
    noun_raised_to,
    one_speaker,
    open_unit_after,
    per_unit_end,
    per_unit_tail,
    qualifier_with_unit,
    short_quote,
    sited_points,
    unit_after,
)
from newsfacts.extractors.rules import REJECT, Attempt, Decision, Rule, apply_rules, produce
from newsfacts.text.numbers import ONE_OF, Figure, paired_prices

_TOWARDS = re.compile(rf"\s*(?:{alternation('pair_links')})\s*", re.IGNORECASE)  # between a pair's figures
_PASSIVE = lexicon.words("discipline_passives")[0]
_HOME_CURRENCY = lexicon.words("home_currency")[0]


def _count(s: Sentence, f: Figure, unit: str, end: int, rule: str) -> Candidate:
    return figure_candidate("count", s, f, end, rule, unit=unit, change=None)


_LIST_ITEM_END = re.compile(rf"\s*[,;)]|\s+(?:{alternation('list_conjunctions')})\b")
_COUNTED_SUBJECT = re.compile(
    rf"\b(?:{alternation('number_of_words')})(?:\s+(?:{alternation('quantity_nouns')}))??\s+([^;]{{3,80}}?)"
    rf"\s+(?:{alternation_of_table('change_cues', 'phrase')})\s+(?:{alternation('from_words')})\s*$",
    re.IGNORECASE,
)
# "tương đương 1 lớp" restates a figure (money converted aside)
_RESTATED = re.compile(rf"\b(?:{alternation('equivalence_words')})\s+$", re.IGNORECASE)
# a slash before a figure: right after a number it divides one ("45 / 50"), after a counted noun it
# joins two counts ("khởi tố 256 vụ / 593 bị can") unless the second is a base (_per_base)
_SLASH_BEFORE = re.compile(r"([\d%])?+\s*+/\s*+$")


def _whole_things(f: Figure, unit: str) -> bool:
    """Discrete things come in whole numbers: "86,3 khu dân cư" is a percentage with its sign lost;
    money and counts per so many people ("5,83 vụ/10.000 dân") may have decimals."""
    return isinstance(f.value, int) or float(f.value).is_integer() or money_after(unit, 0) or "/" in unit  # type: ignore[arg-type]


_SEGMENT_BREAK = re.compile(r"[,;:()]")
GROUP_REACH = 80


def _group_before(text: str, pos: int) -> str | None:
    """The group a count is of when it is named right before the figure ("đảng viên nữ 530 đồng chí")."""
    lo = max(0, pos - GROUP_REACH)
    breaks = [m.end() for m in _SEGMENT_BREAK.finditer(text, lo, pos)]
    if not breaks and lo > 0:
        return None  # a long clause names no group right before the figure
    phrase = text[breaks[-1] if breaks else 0 : pos].strip()
    if not phrase:
        return None
    m = phrases("units").match_at(phrase, 0)
    if not m or m.start() != 0:
        return None
    end = m.end()
    for _ in range(2):
        mod = phrases("unit_modifiers").match_at(phrase, end)
        if not mod:
            break
        end = mod.end()
    return phrase if end == len(phrase) else None


_CHANGE_FROM = re.compile(
    rf"\s(?:{alternation_of_table('change_cues', 'phrase')})\s+(?:{alternation('from_words')})\s*$",
    re.IGNORECASE,
)
SUBJECT_REACH = 160  # a subject heading a before/after pair is never further back
_DETERMINER = re.compile(rf"(?:{alternation('plural_markers')})\s+", re.IGNORECASE)


def _subject_unit(text: str, clause_start: int, pos: int) -> str | None:
    """The counted noun heading the subject of "X giảm từ 20 xuống còn 7" ("các đầu mối trực
    thuộc giảm từ 15 xuống còn 9" → "đầu mối"). Only the part of the clause right before the
    verb is the subject: "các xã tích cực triển khai, tỷ lệ hộ nghèo giảm từ ..." counts no xã."""
    cue = _CHANGE_FROM.search(text, max(clause_start, pos - 40), pos)
    if cue is None:
        return None
    lo = max(clause_start, cue.start() - SUBJECT_REACH)
    start = max(lo, text.rfind(",", lo, cue.start()) + 1)
    head = text[start : cue.start()]
    at = start + len(head) - len(head.lstrip())
    det = _DETERMINER.match(text, at, cue.start())
    at = det.end() if det else at
    m = phrases("units").match_at(text, at)
    return tidy(m.group()) if m and m.start() == at else None


def _parent_count(s: Sentence, figs: list[Figure], paren: int) -> tuple[Figure, tuple[str, int]] | None:
    """The last counted figure before a parenthesis, with its unit and where that ends."""
    for g in reversed([g for g in figs if g.end <= paren]):
        found = unit_after(s, g.end)
        if found:
            return g, found
    return None


def _parent_unit(s: Sentence, figs: list[Figure], paren: int) -> str | None:
    parent = _parent_count(s, figs, paren)
    return parent[1][0] if parent is not None else None


SHARED_RATIO = 10  # figures sharing one noun are of one size ("mua 18 và thuê 22 động cơ")
_SHARED_AFTER = re.compile(
    rf"\s++(?:{alternation('list_conjunctions')})\s++(?:\p{{Ll}}++\s++){{0,2}}?(?=\d)", re.IGNORECASE
)


def _shared_noun(s: Sentence, f: Figure) -> tuple[str, int, str] | None:
    """ "mua 18 và thuê 22 động cơ": a bare figure joined to the next one, whose noun both count."""
    joined = _SHARED_AFTER.match(s.text, f.end, f.end + LOOKAHEAD)
    g = next((g for g in s.figures if joined and g.start == joined.end()), None)
    if g is None or g.kind != f.kind or not g.text.strip().replace(".", "").isdigit():
        return None  # "36,65 - 37,15 và 34,15 - 37,40 triệu đồng": a scale word the first lacks
    if not f.value or not g.value or max(f.value, g.value) > SHARED_RATIO * min(f.value, g.value):
        return None  # "mức độ 2 và mở 1.930 tài khoản": a level, then another clause's count
    found = unit_after(s, g.end) or open_unit_after(s, g.end)
    return (found[0], f.end, "shared_noun") if found else None


CASUALTY_REACH = 3  # words of the person's description between the noun and what befell them


def _befalls(s: Sentence, unit_end: int) -> bool:
    """Whether what befalls people follows their noun closely ("học viên sĩ quan Mỹ thiệt mạng")."""
    words = s.text[unit_end : unit_end + 60].split()
    tail = " ".join(words[: CASUALTY_REACH + 2])
    match = phrases("befalling_verbs").search(tail)
    return match is not None and len(tail[: match.start()].split()) <= CASUALTY_REACH


_CURRENCY_SHORT, _CURRENCY_IN_FULL = phrase_table("currency_abbreviations", "phrase", "unit")
_SPACES_AROUND_SLASH = re.compile(r"\s*+/\s*+")


def _abbreviated_money(where: str | Sentence, f: Figure) -> tuple[str, int] | None:
    """ "500.000 đ", "50.000 VNĐ/kg": a currency written short is the money's unit in full
    ("đồng", "đồng/kg"), with its per-unit tail."""
    text = text_of(where)
    m = _CURRENCY_SHORT.match_at(where, f.end)
    if m is None:
        return None
    end = per_unit_end(where, m.end())
    tail = _SPACES_AROUND_SLASH.sub("/", text[m.end() : end])
    return _CURRENCY_IN_FULL[m.group().strip().lower()] + tail, end


MONEY_NOUN_REACH = 20  # "khoản tiền gần 20 triệu": a money noun this close before makes a bare sum money


_ASIDE = re.compile(r"\s*+\([^()]{1,40}\)")


def _unit_after_aside(where: str | Sentence, f: Figure) -> tuple[str, int, str] | None:
    """ "194/195 (chiếm 99,5%) ủy viên": the counted noun after a short aside in parentheses."""
    text = text_of(where)
    aside = _ASIDE.match(text, f.end)
    found = unit_after(where, aside.end()) if aside else None
    return (found[0], found[1], "unit_after_aside") if found else None


def _bare_money(where: str | Sentence, f: Figure) -> tuple[str, int, str] | None:
    """ "vốn 450 tỷ", "cho vay 4.700 tỉ": a sum whose currency goes without saying is in đồng."""
    if phrases("bare_money_scales").ends_at(where, f.end) and not unit_after(where, f.end):
        per, end = per_unit_tail(where, f.end)  # "15 triệu / tháng": in đồng a month
        return _HOME_CURRENCY + per, end, "bare_money"
    return None


def _open_unit(where: str | Sentence, f: Figure) -> tuple[str, int, str] | None:
    """A counted noun of no table ("12 trận", "45 binh sĩ"); "năm" in words is too often the year."""
    text = text_of(where)
    if f.in_words and phrases("year_cues").fullmatch_head(text[f.start : f.end]):
        return None
    if in_short_quote(text, f):
        return None  # "5 không, 3 sạch": a slogan's figures name, they do not count
    found = open_unit_after(where, f.end)
    if _NAME_BEFORE.search(text, max(0, f.start - 30), f.start) and not _noun_counted_before(where, f, found):
        return None  # "khu Đồng Tâm 2 chia sẻ": a number after a name is part of the name
    return (found[0], found[1], "open_unit") if found else None


def _noun_counted_before(where: str | Sentence, f: Figure, found: tuple[str, int] | None) -> bool:
    """Whether the noun after the figure is one an earlier figure of the sentence counts: an item
    of a list of places and their counts ("phường Hoa Lư với 87 di tích, xã Kim Sơn 64 di tích"),
    no number of a name."""
    if found is None or type(where) is str:
        return False
    noun = found[0].casefold()
    for g in where.figures:  # type: ignore[union-attr]
        if g.end > f.start:
            break
        earlier = unit_after(where, g.end) or open_unit_after(where, g.end)
        if earlier is not None and earlier[0].casefold() == noun:
            return True
    return False


_NAME_BEFORE = re.compile(r"(?<=\S\s)(?:\p{Lu}\p{Ll}*+|\p{Lu}{2,}+)\s++$")
_BEFORE_WHOLE = re.compile(
    rf"\s++(?:{alternation('whole_markers')}|{alternation('out_of_words')})\s++(?=\d)", re.IGNORECASE
)


def _whole_unit(text: str, f: Figure) -> tuple[str, int, str] | None:
    """ "63 trên tổng số 68 đảng bộ": the part counts the noun its whole names, like "63/68"."""
    m = _BEFORE_WHOLE.match(text, f.end, f.end + LOOKAHEAD)
    whole = _DIGITS.match(text, m.end()) if m else None
    found = (unit_after(text, whole.end()) or open_unit_after(text, whole.end())) if whole else None
    return (found[0], f.end, "part_of_whole") if found else None


_DIGITS = re.compile(r"[\d.,]++")
_NAMED = (
    rf"\b(?:{alternation('number_of_words')})\s++((?:\p{{L}}++\s++){{1,5}}?)"
    rf"(?:(?:{alternation('year_cues', 'month_nouns', 'quarter_nouns')})\s++[\d/]++\s++)?"
    rf"(?:{alternation('copulas')})\s"
)
_NAMED_BEFORE = re.compile(_NAMED + r"*+$", re.IGNORECASE)
_NAMED_EARLIER = re.compile(_NAMED, re.IGNORECASE)
_COPULA_AT_END = re.compile(rf"\s(?:{alternation('copulas')})\s*+$", re.IGNORECASE)
_AGAIN_IS = re.compile(
    rf",\s*+(?:\p{{L}}++\s++){{0,2}}[\d/]*+\s*+(?:{alternation('copulas')})\s*+$", re.IGNORECASE
)


def _counted_noun(m: re.Match | None) -> str | None:
    if m and (phrases("units").match_at(m.group(1), 0) or open_unit_after(" " + m.group(1), 0)):
        return tidy(m.group(1))
    return None


def _named_before(text: str, f: Figure) -> tuple[str, int, str] | None:
    """ "số vụ vi phạm là 412": the counted noun comes before the figure, after "số", before a
    copula or a move to a new level ("nâng tổng số tổ chức đảng … lên 27"); a later item of
    the same list ("…, năm 2023 là 950") counts the same noun."""
    noun = _counted_noun(_NAMED_BEFORE.search(text, max(0, f.start - 80), f.start))
    if noun is None and (copula := _COPULA_AT_END.search(text, max(0, f.start - 20), f.start)) is not None:
        noun = noun_named_before(text, copula.start() + 1)  # "số chi bộ không hoàn thành nhiệm vụ … là 6"
    if noun is None:
        noun = noun_raised_to(text, f)
    if noun is None:
        again = _AGAIN_IS.search(text, max(0, f.start - 40), f.start)
        if again:
            earlier = list(_NAMED_EARLIER.finditer(text, max(0, again.start() - 160), again.start()))
            noun = _counted_noun(earlier[-1] if earlier else None)
    return (noun, f.end, "named_before") if noun else None


def _one(f: Figure) -> bool:
    """Whether the figure is "một" written in words: a count only where it reports one."""
    return bool(f.in_words and f.value == 1 and f.value_max is None)


def _one_of(a: Attempt) -> Decision:
    """ "một trong ba đơn vị" (one of three units): a count of one of the whole's noun; the
    three are no count."""
    if not _one(a.figure):
        return None
    s, f, g = a.sentence, a.figure, a.next_figure
    one_of = ONE_OF.match(s.text, f.end)
    if not one_of or g is None or g.start != one_of.end():
        return None
    found = unit_after(s, g.end) or open_unit_after(s, g.end)
    return produce(_count(s, f, found[0], f.end, "one_of"), consumes=[a.index + 1]) if found else REJECT


def _some_of(a: Attempt) -> Decision:
    """ "ba trong số bốn Phó bí thư" (three of four): a count of the part, in the whole's noun,
    written in words as "một trong ba" is; the four are no count."""
    s, f, g = a.sentence, a.figure, a.next_figure
    if not f.in_words or g is None or f.value is None or g.value is None or not f.value < g.value:
        return None
    some_of = ONE_OF.match(s.text, f.end)
    if not some_of or g.start != some_of.end():
        return None
    found = unit_after(s, g.end) or open_unit_after(s, g.end)
    return produce(_count(s, f, found[0], f.end, "some_of"), consumes=[a.index + 1]) if found else None


_BREAKDOWN_OPENER = re.compile(rf"(?<![\w])(?:{alternation('breakdown_markers')})\s*+:?\s*+", re.IGNORECASE)
_ITEM_OPENS = re.compile(rf"(?:[;,]|\s(?:{alternation('list_conjunctions')}))\s*+$", re.IGNORECASE)


def _opens_item(text: str, figures: list[Figure], k: int, start: int) -> bool:
    """Whether ``figures[k]`` opens an item of a list that begins at ``start``, each item
    before it opened by a figure and closed by a separator ("một A; một B và hai C")."""
    while text[start : figures[k].start].strip():
        before = figures[k - 1] if k > 0 else None
        if before is None or before.start < start:
            return False
        if not _ITEM_OPENS.search(text, before.end, figures[k].start):
            return False
        k -= 1
    return True


def _breakdown_item(a: Attempt) -> bool:
    """ "giảm được 6 lãnh đạo gồm: một phó chánh văn phòng; một giám đốc …": a "một" opening
    an item of a total's breakdown (an opener after a figure) reports a figure, as after "trong
    đó có". The items may run on into the next sentence when the one before ends with ";" or
    opens them with ":"."""
    s, f = a.sentence, a.figure
    opener = last_match(_BREAKDOWN_OPENER.finditer(s.text, 0, f.start))
    if opener is not None and any(g.end <= opener.start() and not _one(g) for g in a.figures[: a.index]):
        return _opens_item(s.text, a.figures, a.index, opener.end())
    if s.index == 0:
        return False
    before = a.ctx.sentences[s.index - 1].text.rstrip()
    if not before.endswith((";", ":")) or not _opens_item(s.text, a.figures, a.index, 0):
        return False
    opener = last_match(_BREAKDOWN_OPENER.finditer(before))
    return opener is not None and any(ch.isdigit() for ch in before[: opener.start()])


LISTED_ONE_GAP = 40  # "2 tổ tự quản về an ninh trật tự và một câu lạc bộ": the item before "một", words only
# "10 đảng viên hoàn thành nhiệm vụ và có một đảng viên không hoàn thành": "có" may follow "và"
_JOINS_ITEMS_BEFORE = re.compile(
    rf"\s(?:{alternation('list_conjunctions')})(?:\s++(?:{alternation('has_verbs')}))?\s*+$", re.IGNORECASE
)
_JOINS_ITEMS_AFTER = re.compile(
    rf"\s*+(?:,|(?:{alternation('list_conjunctions')})(?!\w))\s*+$", re.IGNORECASE
)


def _listed_with_figures(a: Attempt, unit_end: int) -> bool:
    """Whether "một" is an item of a list whose item next to it is a figure that counts: "có 12
    xã và một thị trấn", "bổ nhiệm một Phó Thủ tướng và hai bộ trưởng" report one, as a digit
    would."""
    s, f, text = a.sentence, a.figure, a.sentence.text
    if a.index > 0:
        g = a.figures[a.index - 1]
        gap = text[g.end : f.start]
        if (
            is_fact_figure(g)
            and not _one(g)
            and len(gap) <= LISTED_ONE_GAP
            and not any(c.isdigit() for c in gap)
            and unit_after(s, g.end) is not None
            and _JOINS_ITEMS_BEFORE.search(gap)
        ):
            return True
    h = a.next_figure  # "theo hướng một tổ chức, một người …": a principle's "một" has no figure beside it
    return (
        h is not None
        and is_fact_figure(h)
        and not _one(h)
        and _JOINS_ITEMS_AFTER.fullmatch(text[unit_end : h.start]) is not None
    )


SAME_NOUN_ITEM_GAP = 100  # "hai trụ sở chuyển thành trường, một trụ sở làm trạm y tế": items' reach
_ITEM_SEPARATOR = re.compile(rf",|\s(?:{alternation('list_conjunctions')})\s", re.IGNORECASE)


def _item_beside_same_noun(a: Attempt, unit: str) -> bool:
    """Whether "một" heads an item of a list whose other item counts the same noun, each with its
    own words ("trao một giải Nhất, hai giải Nhì", "hai trụ sở chuyển thành trường mầm non, một
    trụ sở làm trạm y tế"): it reports one, as a digit would."""
    s, f, text = a.sentence, a.figure, a.sentence.text
    if one_speaker(s, f):
        return False  # "Một cán bộ xã cho biết, 3 cán bộ …": a speaker, no item
    clause = max(text.rfind(",", 0, f.start), text.rfind(";", 0, f.start)) + 1
    item_end = min((i for i in (text.find(",", f.end), text.find(";", f.end)) if i >= 0), default=len(text))
    if phrases("distributive_words").search(s, clause, item_end):
        return False  # "mỗi nơi đều có một trường", "một đáp án cho mỗi câu hỏi": one for each, no item
    for g in s.figures:
        if g is f or not is_fact_figure(g) or _one(g) or abs(g.start - f.start) > SAME_NOUN_ITEM_GAP:
            continue
        lo, hi = (g.end, f.start) if g.start < f.start else (f.end, g.start)
        between = text[lo:hi]
        other = unit_after(s, g.end) or open_unit_after(s, g.end)
        if (
            other is not None
            and other[0].lower() == unit.lower()
            and _ITEM_SEPARATOR.search(between)
            and not any(c.isdigit() or c in ".:" for c in between)
            and not phrases("contrast_conjunctions").search(between)  # "…, nhưng 2 quy định": no list
        ):
            return True
    return False


PARTITIVE_GROUP_WORDS = 8  # "Trong số đảng viên bị kỷ luật có một …": the group's words before "có"
_PARTITIVE_HAS = re.compile(
    rf"(?<!\w)(?:{alternation('partitive_openers')})(?:\s++[^\s,;.:]++){{1,{PARTITIVE_GROUP_WORDS}}}?,?"
    rf"\s++(?:{alternation('has_verbs')})\s++$",
    re.IGNORECASE,
)
PARTITIVE_REACH = 80  # the opener this close before "một"


def _part_of_counted_group(s: Sentence, f: Figure) -> bool:
    """ "một" after the group it is part of, among other figures ("Trong số đảng viên bị kỷ
    luật có một đồng chí thuộc diện …, 12 đồng chí là cấp ủy viên"); alone with its group
    ("Trong số các nạn nhân có một cặp vợ chồng …") it names who, as an article."""
    if not _PARTITIVE_HAS.search(s.text, max(0, f.start - PARTITIVE_REACH), f.start) or one_speaker(s, f):
        return False
    return any(g is not f and is_fact_figure(g) and not _one(g) for g in s.figures)


def _reported_one(a: Attempt) -> Decision:
    """ "một" that reports a figure: after a reporting cue ("trong đó có một trường hợp bị
    khai trừ") or a group it is part of ("Trong số đảng viên bị kỷ luật có một đồng chí"),
    before what befell someone ("Một học viên sĩ quan thiệt mạng"), or as an
    item of a list whose item beside it is a counted figure ("14 xã và một thị trấn", "một
    tập thể, 6 cá nhân"); any other "một" is the article "a" ("một người dân cho biết"), no
    fact."""
    if not _one(a.figure):
        return None
    s, f = a.sentence, a.figure
    found = unit_after(s, f.end)
    reported = found is not None and (
        _befalls(s, found[1])
        or phrases("one_reporting_cues").ends_at(s, f.start)
        or _part_of_counted_group(s, f)
        or _listed_with_figures(a, found[1])
        or _item_beside_same_noun(a, found[0])
    )
    if found is None and (noun := open_unit_after(s, f.end)) and _item_beside_same_noun(a, noun[0]):
        found, reported = noun, True  # "hai xe cho công an xã, một xe cho …": a noun of no table
    if not reported:
        if one_speaker(s, f) or not _breakdown_item(a):  # "gồm: một phó chánh văn phòng; …"
            return REJECT
        found = found or open_unit_after(s, f.end)  # the item names its own noun
    if found is None:
        return REJECT
    after = (
        ONE_OF.match(s.text, f.end) and a.next_figure is not None
    )  # "một trong ba đơn vị": the three are no count
    return produce(_count(s, f, found[0], found[1], "reported_one"), consumes=[a.index + 1] if after else [])


def _listed_points(a: Attempt) -> Decision:
    """The points a document or a list holds ("Điều 3 dự thảo gồm 9 điểm") or the sites a place
    word names ("tiếp xúc cử tri tại 126 điểm": `site_prepositions.txt`): a count, though the same
    noun after other figures is a score."""
    s, f = a.sentence, a.figure
    if f.value is None or not float(f.value).is_integer():
        return None  # "gồm 9,5 điểm" is a score
    if (sites := sited_points(s, f)) is not None:
        return produce(_count(s, f, sites[0], sites[1], "listed_points"))
    noun = phrases("point_nouns").match_at(s, f.end)
    if noun is None or not phrases("item_container_words").ends_at(s, f.start):
        return None
    kind = unit_after(s, f.end)  # "gồm 38 điểm nhóm Tin lành": the sites' kind
    found = kind if kind is not None and kind[1] > noun.end() else (noun.group().strip(), noun.end())
    return produce(_count(s, f, found[0], found[1], "listed_points"))


def _not_a_unit(a: Attempt) -> Decision:
    """Rejects a measurement, a duration or an age ("5 năm", "35 tuổi"): no count."""
    return REJECT if non_unit_after(a.sentence, a.figure.end) else None


def _per_base(a: Attempt) -> bool:
    """Whether a figure after a counted noun and a slash is no count of its own: the whole of a
    part written with its noun twice ("12 hộ / 40 hộ"), or the base of a rate ("5,83 vụ / 10.000
    dân", "75 triệu đồng/1 bộ hài cốt", "20 giờ thực hành / 2 người / xe"): one, a round hundred
    or more, or after a figure that counts nothing whole. Two nouns make two counts ("khởi tố 256
    vụ / 593 bị can")."""
    f, k = a.figure, a.index - 1
    value = f.value
    before_value = a.figures[k].value if k >= 0 else None
    if value is None or before_value is None:
        return True
    before, s = a.figures[k], a.sentence
    nouns = [phrases("units").match_at(s, end) for end in (f.end, before.end)]
    if all(nouns) and len({n.group().strip().lower() for n in nouns if n is not None}) == 1:
        return True  # one noun twice: a part and its whole
    digits = str(int(value)) if float(value).is_integer() else ""
    round_base = value == 1 or (value >= 100 and digits.rstrip("0") == "1")
    whole = float(before_value).is_integer() and not non_unit_after(s, before.end)
    return round_base or not whole


def _multiplied(a: Attempt) -> Decision:
    """Rejects a number in words after a word that multiplies ("gấp ba người thường"): a
    multiplier, no count."""
    f = a.figure
    return REJECT if f.in_words and phrases("multiplier_words").ends_at(a.sentence, f.start) else None


def _restated(a: Attempt) -> Decision:
    """Rejects a figure that restates or divides another ("43 em, tương đương 1 lớp", "bằng 1/6
    mức thu nhập"); money converted ("tương đương 300 triệu USD") counts."""
    s, f = a.sentence, a.figure
    slash = _SLASH_BEFORE.search(s.text, max(0, f.start - 25), f.start)
    after_number = slash is not None and slash.group(1) is not None
    restated = after_number or _RESTATED.search(s.text, max(0, f.start - 25), f.start) is not None
    if restated and not money_after(s.text, f.end):
        return REJECT
    if slash is not None and not after_number and _per_base(a):
        return REJECT  # "12 hộ / 40 hộ", "5,83 vụ / 10.000 dân": a whole or a rate's base, no count
    if f.denominator is not None and phrases("base_links").ends_at(s, f.start):
        # "chỉ bằng 1/6 mức thu nhập bình quân": a ratio, no part of a counted whole; a noun that
        # ends in the word links nothing ("bàn giao mặt bằng 131/146 vị trí")
        return None if phrases("nouns_ending_in_link_words").ends_at(s, f.start) else REJECT
    return None


def _abbreviated_money_rule(a: Attempt) -> Decision:
    """A sum in a currency written short ("500.000 đ", "50.000 VNĐ/kg"), unless a condition."""
    s, f = a.sentence, a.figure
    money = _abbreviated_money(s, f)
    if money is None:
        return None
    return REJECT if is_condition(s, f) else produce(_count(s, f, money[0], money[1], "abbreviated_money"))


def _unit(a: Attempt) -> tuple[str, int] | None:
    """The counted noun of the tables after the figure, and where it ends."""
    return unit_after(a.sentence, a.figure.end)


def _qualifier_with_unit(a: Attempt) -> Decision:
    """Never decides: corrects the figure's qualifier by the words around its unit, for the
    rules after it."""
    found, f, text = a.once(_unit), a.figure, a.sentence.text
    if found and qualifier_with_unit(f.qualifier, text, found[1]) != f.qualifier:
        a.figure = replace(f, qualifier=qualifier_with_unit(f.qualifier, text, found[1]))
    return None


# "4,12 triệu tệ / năm (600.000 USD)": an amount, its currency and period, then its conversion aside
_CONVERSION_OPENS = re.compile(
    rf"\s*+(?:{alternation('currencies', 'foreign_currencies')})(?:\s*+/\s*+\p{{L}}++)*+\s*+\(\s*+",
    re.IGNORECASE,
)


def _converted_estimate(a: Attempt) -> Decision:
    """Never decides: an amount converted aside is as approximate as the amount it converts ("ước
    tính … là 4,12 triệu tệ / năm (600.000 USD)"), for the rules after it. An aside that names the
    equivalence ("khoảng 200 triệu Euro (tương đương 300 triệu USD)") states it as exact."""
    f, text = a.figure, a.sentence.text
    if f.qualifier != "exact" or a.index == 0 or not money_after(text, f.end):
        return None
    g = a.figures[a.index - 1]
    if g.qualifier == "approx" and _CONVERSION_OPENS.fullmatch(text, g.end, f.start):
        a.figure = replace(f, qualifier="approx")
    return None


_OUT_OF_HEAD = re.compile(rf"(?:{alternation('out_of_words')})\s", re.IGNORECASE)
SHARE_WHOLE_WORDS = 6  # "42% học viên nữ trên 117 học viên": the share's noun between it and its whole


def _whole_of_a_share(a: Attempt) -> Decision:
    """Never decides: after a share and its noun, "trên" says "out of", not "more than"
    ("42% học viên nữ trên 117 học viên" counts 117 exactly), for the rules after it."""
    f, text = a.figure, a.sentence.text
    if f.qualifier != "more_than" or not _OUT_OF_HEAD.match(f.text):
        return None
    g = figure_before(a.sentence, f.start)
    if g is None or g.kind != "percent" or _SEGMENT_BREAK.search(text, g.end, f.start):
        return None
    found = a.once(_unit)
    between = text[g.end : f.start]
    if found and len(between.split()) <= SHARE_WHOLE_WORDS and _names_unit(between, found[0]):
        a.figure = replace(f, qualifier="exact")  # the share's noun again; "thu nhập trên 5 triệu" is a bound
    return None


def _names_unit(phrase: str, unit: str) -> bool:
    """Whether ``phrase`` holds the counted noun ``unit`` as a run of its words."""
    return f" {unit.lower()} " in f" {' '.join(phrase.lower().split())} "


def _condition(a: Attempt) -> Decision:
    """Rejects a bound that says which group is meant ("doanh nghiệp có từ 50 lao động trở lên")."""
    return REJECT if is_condition(a.sentence, a.figure) else None


def _fractional_things(a: Attempt) -> Decision:
    """Rejects discrete things in a fraction ("86,3 khu dân cư": a percentage, its sign lost)."""
    found = a.once(_unit)
    return REJECT if found and not _whole_things(a.figure, found[0]) else None


def _figure_unit(a: Attempt) -> Decision:
    """The figure and the counted noun after it ("7.412 đảng viên"), with a group named before."""
    if (found := a.once(_unit)) is None:
        return None
    s, f = a.sentence, a.figure
    c = _count(s, f, found[0], found[1], "figure_unit")
    group = _group_before(s.text, f.start)
    if group:
        c.fields["subject"] = group
    return produce(c)


_RANGE_LINK = re.compile(rf"\s*+(?:{alternation('range_links')})\s*+", re.IGNORECASE)


def _unit_range(a: Attempt) -> Decision:
    """A range written with its noun after each end ("từ gần 1,2 triệu đơn vị đến 1,6 triệu đơn
    vị", "được đẩy lên 18 triệu đồng đến hơn 20 triệu đồng"): one count from the first end to
    the second, the second no count of its own; a per-unit tail after the second ("… / m2") is
    both ends'. A noun of no table counts the range when both ends write it ("từ 600 tệ đến 1.000
    tệ")."""
    s, f, g = a.sentence, a.figure, a.next_figure
    if g is None:
        return None
    found: tuple[str, int] | None = a.once(_unit)
    open_noun = found is None
    if open_noun and _RANGE_LINK.search(s.text, f.end, g.start) is None:
        return None  # no link between the two figures: no range, whatever noun follows
    if open_noun and not a.once(_money_first) and (noun := _open_unit(s, f)) is not None:
        found = noun[:2]
    if found is None:
        return None
    link = _RANGE_LINK.match(s.text, found[1])
    if link is None or link.end() != g.start or g.value is None or f.value is None or g.value <= f.value:
        return None
    second = open_unit_after(s, g.end) if open_noun else unit_after(s, g.end)
    if second is None:
        return None
    unit, tail = found[0], second[0][len(found[0]) :].lstrip()
    if second[0].lower().startswith(unit.lower()) and tail.startswith("/"):
        unit = second[0]  # "18 triệu đồng đến hơn 20 triệu đồng / m2": the last end's tail is both ends'
    elif second[0].lower() != unit.lower():
        return None
    c = _count(s, f, unit, second[1], "unit_range")
    c.figures = (f, g)
    c.fields.update(value_max=g.value, qualifier="range")
    return produce(c)


def _breakdown_label(a: Attempt) -> Decision:
    """A list item named before its figure ("(khiển trách 5, cảnh cáo 3)"), of the noun
    counted before the parenthesis."""
    s, f, text = a.sentence, a.figure, a.sentence.text
    label = phrases("discipline_words").ends_at(s, f.start)
    if not label or not _LIST_ITEM_END.match(text, f.end):
        return None
    paren = text.rfind("(", 0, f.start)
    parent = _parent_unit(s, a.figures, paren) if paren >= 0 else None
    unit = f"{parent} {_PASSIVE} {label.group().strip()}" if parent else label.group().strip()
    c = _count(s, f, unit, f.end, "breakdown_label")
    c.start = label.start()
    return produce(c)


MAX_LABEL_WORDS = 4  # "Ê Đê 22", "nam 12", "khối doanh nghiệp 15": a short label before each figure
_LABELLED_ITEM = re.compile(rf"\s*+((?:[^\W\d_]++\s++){{1,{MAX_LABEL_WORDS}}}?)(\d++)\s*+(?=[,;).]|\Z)")
_LAST_ITEM_END = re.compile(r"\s*+(?:[.;]|\Z)")
_MARKER_LIST_OPEN = re.compile(r"\s*+:?")


def _labelled_list(text: str, s: Sentence, f: Figure) -> tuple[int, int, bool] | None:
    """Where the items of the list holding the figure start and where the list closes: inside
    parentheses ("(Ê Đê 22, Nùng 4)"), or after a breakdown's marker up to the clause's end ("…,
    trong đó Hàn Quốc 52, Nhật Bản 47.")."""
    paren = text.rfind("(", 0, f.start)
    if paren >= 0 and ")" not in text[paren : f.start]:
        close = text.find(")", f.end)
        return (paren + 1, close, True) if close >= 0 else None
    marker = last_match(phrases("breakdown_markers").finditer(s, 0, f.start))
    if marker is None or any(c in ";.()" for c in text[marker.end() : f.start]):
        return None
    end = _LAST_ITEM_END.search(text, f.end)
    opened = _MARKER_LIST_OPEN.match(text, marker.end()).end()
    return opened, end.start() if end is not None else len(text), False


def _labelled_items(a: Attempt) -> Decision:
    """The items of a breakdown in parentheses right after a count, or after its marker to the end of
    the clause, each a label and its figure ("29 đồng chí là người dân tộc thiểu số (Ê Đê 22, Nùng
    4, Tày 3)", "20 đảng viên (nam 12, nữ 8)", "138 đồng chí lao động ở nước ngoài, trong đó Hàn
    Quốc 52, Nhật Bản 47"): each a count of the noun counted before, when they add up to no more
    than it."""
    s, f, text = a.sentence, a.figure, a.sentence.text
    span = _labelled_list(text, s, f)
    if span is None or not (_LIST_ITEM_END.match(text, f.end) or _LAST_ITEM_END.match(text, f.end)):
        return None
    start, close, in_parens = span
    items = []
    pos = start
    while (m := _LABELLED_ITEM.match(text, pos)) is not None and m.end() <= close:
        items.append((m.start(2), int(m.group(2)), m.start(1)))
        pos = m.end() + 1
    label_start = next((label for start, _, label in items if start == f.start), None)
    if pos <= close or label_start is None or len(items) < 2:
        return None  # every piece of the aside a label and its figure, this one among them, two or more
    counted = _parent_count(s, a.figures, start)
    if counted is None:
        return None
    parent, unit = counted
    # the aside right after its count; a marker's list after the clause holding the count
    aside_apart = in_parens and "," in text[unit[1] : start]
    if parent.value is None or aside_apart or sum(v for _, v, _ in items) > parent.value:
        return None
    c = _count(s, f, unit[0], f.end, "labelled_items")
    c.start = label_start
    return produce(c)


def _before_after(a: Attempt) -> Decision:
    """A before/after pair naming its noun once ("từ 41 xuống còn 33 tổ chức", "số cơ quan
    ... giảm từ 9 xuống còn 6"); a pair of nothing counted is no count."""
    s, f, g, text = a.sentence, a.figure, a.next_figure, a.sentence.text
    if g is None or not _TOWARDS.fullmatch(text[f.end : g.start]):
        return None
    nxt = unit_after(s, g.end) or sited_points(s, g)  # "… từ 384 xuống còn 326 điểm": sites named before
    if nxt:
        return produce(_count(s, f, nxt[0], f.end, "before_after"))
    clause_start = text.rfind(";", 0, f.start) + 1
    counted = _COUNTED_SUBJECT.search(text, clause_start, f.start)
    unit = tidy(counted.group(1)) if counted else _subject_unit(text, clause_start, f.start)
    if unit and _whole_things(f, unit) and _whole_things(g, unit) and not non_unit_after(s, g.end):
        return produce(
            _count(s, f, unit, f.end, "before_after"),
            _count(s, g, unit, g.end, "before_after"),
            consumes=[a.index + 1],
        )
    return REJECT


def _counted(a: Attempt, noun: tuple[str, int, str] | None) -> Decision:
    """A count of ``noun`` (noun, end, rule) when the figure is whole, else no count."""
    if noun is None:
        return None
    return produce(_count(a.sentence, a.figure, *noun)) if _whole_things(a.figure, noun[0]) else REJECT


def _money_first(a: Attempt) -> bool:
    """Whether a bare sum is money before any open noun: a money noun right before it
    ("khoản tiền gần 20 triệu ký hợp đồng") or after it ("có 1.265 tỷ tiền ...")."""
    s, f = a.sentence, a.figure
    return bool(
        _bare_money(s, f)
        and (
            phrases("money_nouns").search(s, max(0, f.start - MONEY_NOUN_REACH), f.start)
            or phrases("money_nouns").match_at(s, f.end)
        )
    )


def _open_unit_rule(a: Attempt) -> Decision:
    """A counted noun of no table ("12 trận", "45 binh sĩ"), unless a bare sum is money first."""
    return None if a.once(_money_first) else _counted(a, _open_unit(a.sentence, a.figure))


def _bare_money_rule(a: Attempt) -> Decision:
    """A sum whose currency goes without saying ("vốn 450 tỷ"): in đồng."""
    return _counted(a, _bare_money(a.sentence, a.figure))


def _named_before_rule(a: Attempt) -> Decision:
    """The counted noun named before the figure, after "số" ("số vụ vi phạm là 412"); after a
    longer description, the noun that opens it ("số chi bộ không hoàn thành nhiệm vụ năm nay là 6")."""
    return _counted(a, _named_before(a.sentence.text, a.figure))


def _whole_unit_rule(a: Attempt) -> Decision:
    """A part counting the noun its whole names ("63 trên tổng số 68 đảng bộ")."""
    return _counted(a, _whole_unit(a.sentence.text, a.figure))


def _unit_after_aside_rule(a: Attempt) -> Decision:
    """The counted noun after a short aside ("194/195 (chiếm 99,5%) ủy viên")."""
    return _counted(a, _unit_after_aside(a.sentence, a.figure))


def _paired_price(a: Attempt) -> Decision:
    """The first of two prices labelled as a pair ("37,22 - 37,28 triệu đồng/lượng (mua vào -
    bán ra)"): a price in the unit of the second."""
    s, f, g = a.sentence, a.figure, a.next_figure
    if g is None or not paired_prices(s.text, f.end, g.num_start, g.end):
        return None
    found = unit_after(s, g.end)
    return _counted(a, (found[0], f.end, "paired_price") if found else None)


def _shared_noun_rule(a: Attempt) -> Decision:
    """A bare figure joined to the next, whose noun both count ("mua 18 và thuê 22 động cơ")."""
    return _counted(a, _shared_noun(a.sentence, a.figure))


_TIME_KINDS = frozenset({"year", "date", "period"})
_CONSEQUENCE = re.compile(rf",|\s(?:{alternation('hypothesis_consequences')})(?![\w])", re.IGNORECASE)


def _hypothetical(a: Attempt) -> Decision:
    """Rejects a figure of a supposition opening the sentence ("Nếu bài thi trả lời sai 1 câu thuộc
    dạng điểm liệt cũng sẽ bị đánh trượt": `hypothesis_openers.txt`), before its consequence: what
    would happen, no count."""
    s, f = a.sentence, a.figure
    opener = phrases("hypothesis_openers").match_at(s, 0)
    if opener is None:
        return None
    end = _CONSEQUENCE.search(s.text, opener.end())
    stop = end.start() if end is not None else len(s.text)
    if f.start >= stop:
        return None
    # "Nếu như năm 2015 chỉ có 20% … thì nay …": a time named in it makes the supposition a contrast
    # with the past, whose figures are real
    dated = any(g.kind in _TIME_KINDS and opener.end() <= g.start < stop for g in s.figures)
    if dated or phrases("contrast_times").search(s, opener.end(), stop):
        return None
    # "Nếu loại trừ các khoản ghi thu (38.400 tỷ đồng) thì …": an amount told aside is real
    return None if inside_parens(s.text, f.start) else REJECT


def _slogan(a: Attempt) -> Decision:
    """Rejects a figure of a short quote that is a name or a slogan: capitalised ('mô hình
    "Ngôi nhà 100 đồng"') or pairing figures ('"3 ca, 4 kíp"'); its figures count nothing. A
    quoted phrase of speech ('"sản xuất được 350 tiến sĩ" mỗi năm') still reports its figure."""
    quote = short_quote(a.sentence.text, a.figure)
    if quote is None:
        return None
    start, end = quote
    named = a.sentence.text[start + 1 : end - 1].lstrip()[:1].isupper()
    paired = sum(start <= g.start < end for g in a.figures) > 1
    return REJECT if named or paired else None


COUNT_RULES: tuple[Rule, ...] = (
    Rule("hypothetical", _hypothetical, needs=("hypothesis_openers",)),
    Rule("slogan", _slogan),
    Rule("one_of", _one_of),
    Rule("some_of", _some_of),
    Rule("reported_one", _reported_one),
    Rule("listed_points", _listed_points, needs=("item_container_words", "site_prepositions", "point_nouns")),
    Rule("not_a_unit", _not_a_unit),
    Rule("restated", _restated),
    Rule("multiplied", _multiplied, needs=("multiplier_words",)),
    Rule("abbreviated_money", _abbreviated_money_rule),
    Rule("qualifier_with_unit", _qualifier_with_unit),
    Rule("converted_estimate", _converted_estimate, needs=("currencies", "foreign_currencies")),
    Rule("whole_of_a_share", _whole_of_a_share, needs=("out_of_words",)),
    Rule("condition", _condition),
    Rule("fractional_things", _fractional_things),
    Rule("unit_range", _unit_range),
    Rule("figure_unit", _figure_unit),
    Rule("breakdown_label", _breakdown_label, needs=("discipline_words",)),
    Rule("labelled_items", _labelled_items),
    Rule("before_after", _before_after, needs=("pair_links",)),
    Rule("open_unit", _open_unit_rule),
    Rule("bare_money", _bare_money_rule, needs=("bare_money_scales",)),
    Rule("named_before", _named_before_rule, needs=("number_of_words",)),
    Rule("part_of_whole", _whole_unit_rule, needs=("whole_markers", "out_of_words")),
    Rule("unit_after_aside", _unit_after_aside_rule),
    Rule("shared_noun", _shared_noun_rule, needs=("list_conjunctions",)),
    Rule("paired_price", _paired_price, needs=("paired_price_labels",)),
)


def extract_counts(s: Sentence, ctx: ArticleContext) -> list[Candidate]:
    """The counts of a sentence: ``COUNT_RULES`` over its fact figures of quantity."""
    return apply_rules(
        COUNT_RULES, s, ctx, [f for f in s.figures if is_fact_figure(f) and f.kind == "quantity"]
    )
