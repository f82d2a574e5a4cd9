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
    is_fact_figure,
    phrase_table,
    phrases,
    text_of,
    tidy,
)
from newsfacts.extractors.phrases import (
    LOOKAHEAD,
    in_short_quote,
    money_after,
    non_unit_after,
    open_unit_after,
    per_unit_end,
    qualifier_with_unit,
    unit_after,
)
from newsfacts.text.numbers import ONE_OF, Figure

_TOWARDS = re.compile(rf"\s*(?:{alternation('pair_links')})\s*", re.IGNORECASE)  # between a pair's figures
_PASSIVE = lexicon.words("discipline_passives")[0]
_HOME_CURRENCY = lexicon.words("home_currency")[0]


def _count(s: Sentence, f: Figure, unit: str, end: int, rule: str) -> Candidate:
    return Candidate(
        type="count",
        figures=(f,),
        start=f.start,
        end=end,
        fields={
            "value": f.value,
            "value_max": f.value_max,
            "unit": unit,
            "qualifier": f.qualifier,
            "change": None,
        },
        rule=rule,
        sentence=s,
    )


_LIST_ITEM_END = re.compile(rf"\s*[,;)]|\s+(?:{alternation('list_conjunctions')})\b")
_COUNTED_SUBJECT = re.compile(
    rf"\b(?:{alternation('number_of_words')})(?:\s+(?:{alternation('quantity_nouns')}))??\s+([^;]{{3,80}}?)"
    rf"\s+(?:{alternation_of_table('change_cues', 'phrase')})\s+(?:{alternation('from_words')})\s*$",
    re.IGNORECASE,
)
# "tương đương 1 lớp" restates a figure; "75 triệu đồng/1 bộ" divides one (money aside)
_RESTATED = re.compile(rf"(?:\b(?:{alternation('equivalence_words')})\s+|/\s*)$", re.IGNORECASE)


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


def _parent_unit(s: Sentence, figs: list[Figure], paren: int) -> str | None:
    for g in reversed([g for g in figs if g.end <= paren]):
        found = unit_after(s, g.end)
        if found:
            return found[0]
    return None


def extract_counts(s: Sentence, ctx: ArticleContext) -> list[Candidate]:
    out = []
    text = s.text
    figs = [f for f in s.figures if is_fact_figure(f) and f.kind == "quantity"]
    skip: set[int] = set()
    for i, f in enumerate(figs):
        if f.start in skip:
            continue
        if f.in_words and f.value == 1:
            one = _reported_one(s, figs, i)
            if one is not None:
                out.append(one)
                if ONE_OF.match(text, f.end) and i + 1 < len(figs):
                    skip.add(figs[i + 1].start)  # "một trong ba đơn vị": the three are no count
            continue
        if non_unit_after(s, f.end):
            continue
        if _RESTATED.search(text, max(0, f.start - 25), f.start) and not money_after(text, f.end):
            continue  # "43 em, tương đương 1 lớp"; money converted ("tương đương 300 triệu USD") counts
        if (money := _abbreviated_money(s, f)) is not None:
            if not is_condition(s, f):
                out.append(_count(s, f, money[0], money[1], "abbreviated_money"))
            continue
        found = unit_after(s, f.end)
        if found and qualifier_with_unit(f.qualifier, text, found[1]) != f.qualifier:
            f = replace(f, qualifier=qualifier_with_unit(f.qualifier, text, found[1]))
        if is_condition(s, f):
            continue
        if found and not _whole_things(f, found[0]):
            continue
        if found:
            c = _count(s, f, found[0], found[1], "figure_unit")
            group = _group_before(text, f.start)
            if group:
                c.fields["subject"] = group
            out.append(c)
            continue
        label = phrases("discipline_words").ends_at(s, f.start)
        if label and _LIST_ITEM_END.match(text, f.end):
            paren = text.rfind("(", 0, f.start)
            parent = _parent_unit(s, figs, paren) if paren >= 0 else None
            unit = f"{parent} {_PASSIVE} {label.group().strip()}" if parent else label.group().strip()
            c = _count(s, f, unit, f.end, "breakdown_label")
            c.start = label.start()
            out.append(c)
            continue
        if i + 1 < len(figs) and _TOWARDS.fullmatch(text[f.end : figs[i + 1].start]):
            g = figs[i + 1]
            nxt = unit_after(s, g.end)
            if nxt:
                out.append(_count(s, f, nxt[0], f.end, "before_after"))
                continue
            clause_start = text.rfind(";", 0, f.start) + 1
            counted = _COUNTED_SUBJECT.search(text, clause_start, f.start)
            unit = tidy(counted.group(1)) if counted else _subject_unit(text, clause_start, f.start)
            whole = unit and _whole_things(f, unit) and _whole_things(g, unit)
            if whole and not non_unit_after(s, g.end):  # "số cơ quan ... giảm từ 9 xuống còn 6"
                out.append(_count(s, f, unit, f.end, "before_after"))  # type: ignore[arg-type]
                out.append(_count(s, g, unit, g.end, "before_after"))  # type: ignore[arg-type]
                skip.add(g.start)
            continue
        # "khoản tiền gần 20 triệu ký hợp đồng": after a money noun a bare sum is money before any open noun
        bare = _bare_money(s, f)
        money_first = bare and (
            phrases("money_nouns").search(s, max(0, f.start - MONEY_NOUN_REACH), f.start)
            or phrases("money_nouns").match_at(s, f.end)  # "có 1.265 tỷ tiền và tương đương tiền"
        )
        noun = (bare if money_first else None) or _open_unit(s, f) or bare
        noun = noun or _named_before(text, f) or _whole_unit(text, f) or _unit_after_aside(s, f)
        noun = noun or _shared_noun(s, f)
        if noun and _whole_things(f, noun[0]):
            out.append(_count(s, f, noun[0], noun[1], noun[2]))
    return out


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


def _reported_one(s: Sentence, figs: list[Figure], i: int) -> Candidate | None:
    """ "một" that reports a figure: after a reporting cue ("trong đó có một trường hợp bị
    khai trừ") or as "một trong ba đơn vị" (one of three units: a count of one). The
    article "a" ("một người dân cho biết") is no fact."""
    f, text = figs[i], s.text
    one_of = ONE_OF.match(text, f.end)
    if one_of and i + 1 < len(figs) and figs[i + 1].start == one_of.end():
        found = unit_after(s, figs[i + 1].end) or open_unit_after(s, figs[i + 1].end)
        return _count(s, f, found[0], f.end, "one_of") if found else None
    found = unit_after(s, f.end)
    if found and _befalls(s, found[1]):
        return _count(s, f, found[0], found[1], "reported_one")  # "Một học viên sĩ quan thiệt mạng"
    if not phrases("one_reporting_cues").ends_at(s, f.start):
        return None
    return _count(s, f, found[0], found[1], "reported_one") if found else None


CASUALTY_REACH = 3  # words of the person's description between the noun and what befell them


def _befalls(s: Sentence, unit_end: int) -> bool:
    """Whether what befalls people follows their noun closely ("học viên sĩ quan Mỹ thiệt mạng")."""
    words = s.text[unit_end : unit_end + 60].split()
    tail = " ".join(words[: CASUALTY_REACH + 2])
    match = phrases("casualty_verbs").search(tail)
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
        return _HOME_CURRENCY, f.end, "bare_money"
    return None


def _open_unit(where: str | Sentence, f: Figure) -> tuple[str, int, str] | None:
    """A counted noun of no table ("12 trận", "45 binh sĩ"); "năm" in words is too often the year."""
    text = text_of(where)
    if f.in_words and phrases("year_cues").fullmatch_head(text[f.start : f.end]):
        return None
    if in_short_quote(text, f):
        return None  # "5 không, 3 sạch": a slogan's figures name, they do not count
    if _NAME_BEFORE.search(text, max(0, f.start - 30), f.start):
        return None  # "khu Đồng Tâm 2 chia sẻ": a number after a name is part of the name
    found = open_unit_after(where, f.end)
    return (found[0], found[1], "open_unit") if found else None


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
_AGAIN_IS = re.compile(
    rf",\s*+(?:\p{{L}}++\s++){{0,2}}[\d/]*+\s*+(?:{alternation('copulas')})\s*+$", re.IGNORECASE
)


def _counted_noun(m: re.Match | None) -> str | None:
    if m and (phrases("units").match_at(m.group(1), 0) or open_unit_after(" " + m.group(1), 0)):
        return tidy(m.group(1))
    return None


def _named_before(text: str, f: Figure) -> tuple[str, int, str] | None:
    """ "số vụ vi phạm là 412": the counted noun comes before the figure, after "số"; a later
    item of the same list ("…, năm 2023 là 950") counts the same noun."""
    noun = _counted_noun(_NAMED_BEFORE.search(text, max(0, f.start - 80), f.start))
    if noun is None:
        again = _AGAIN_IS.search(text, max(0, f.start - 40), f.start)
        if again:
            earlier = list(_NAMED_EARLIER.finditer(text, max(0, again.start() - 160), again.start()))
            noun = _counted_noun(earlier[-1] if earlier else None)
    return (noun, f.end, "named_before") if noun else None
