"""Targets: goals, plans and quotas, with the year they are due.

A target cue ("phấn đấu", "mục tiêu", "chỉ tiêu", "sẽ", "yêu cầu") makes the
figures after it in its sentence targets; so does a deadline after the
publication year ("đến năm 2030, thu nhập ... đạt trên 95 triệu đồng"). A
figure that says how far a target was reached ("đạt 115% chỉ tiêu") is not
a target: the cue word there is the object of the percentage. Caps in rules
("không quá 4 người") and sizes in laws and drafts ("Theo dự thảo, ... có 2 phó chủ
tịch") are targets without a deadline.

A sentence ending in a colon that sets goals announces a list: the lines after it
(bullets, items ending in ";", short lines) are targets, and a year written once at its
head is the deadline of every item that names none, recurring items included; so is a
year heading a list of items in one sentence. A year that is the base of a comparison
("so với nhiệm kỳ 2015-2020") or the period of a reported result ("giai đoạn 2016-2020
đã ...") is no deadline.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import replace
from typing import NamedTuple

import regex as re

from newsfacts import lexicon
from newsfacts.extractors.conditions import distributes, inside_share_subject, selects_group
from newsfacts.extractors.context import (
    ArticleContext,
    Candidate,
    Phrases,
    Sentence,
    alternation,
    alternation_of_table,
    clause_bounds,
    figure_before,
    figure_candidate,
    figure_from,
    figures_between,
    inside_parens,
    is_fact_figure,
    may_hold,
    phrase_table,
    phrases,
    tidy,
)
from newsfacts.extractors.indexed import Found
from newsfacts.extractors.phrases import (
    CREDIT_AFTER_DASH,
    MAX_JOINED,
    article_one,
    clean_subject,
    counted_noun_ending_at,
    holds_other_figure,
    in_short_quote,
    indicator_before,
    item_start,
    joins_nouns,
    last_match,
    money_after,
    moved_object_start,
    non_unit_after,
    noun_raised_to,
    open_unit_after,
    pair_follows,
    pair_start,
    percent_subject,
    qualifier_phrases,
    qualifier_suffix_phrases,
    qualifier_with_unit,
    refers_back,
    restated_indicator,
    share_of_plan,
    sited_points,
    starts_pair,
    strip_edges,
    trim_subject,
    unit_after,
    without_time_lead,
)
from newsfacts.extractors.rules import REJECT, Attempt, Decision, Rule, apply_rules, produce
from newsfacts.text.dates import years_in
from newsfacts.text.numbers import Figure, Kind

_ACHIEVED_BEFORE = re.compile(
    rf"(?:%|\b(?:{alternation('achievement_verbs')})|(?<![\d.,])(?!(?:19|20)\d\d[\s,]*$)\d[\d.,/]*)\s*$",
    re.IGNORECASE,
)
_DOCUMENT_AFTER = re.compile(rf"\s*(?:{alternation('document_number_markers')})\b", re.IGNORECASE)
_BENEFICIARY_BEFORE = re.compile(rf"\b(?:{alternation('recipient_prepositions')})\s*$", re.IGNORECASE)
_FUTURE = re.compile(
    rf"\b(?:{alternation('future_phrases')})\s+(?:(?:{alternation('year_cues')})\s+"
    rf"|(?:{alternation('quarter_nouns')})\s+[IVX]+/|(?:{alternation('month_nouns')})\s+\d{{1,2}}/)?((?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# a span of years ("giai đoạn 2026 - 2030"): its start, then its end


def _year_span(nouns: str) -> str:
    """A noun of the table ``nouns`` and the two years of its span ("giai đoạn 2026 - 2030")."""
    return rf"(?:{alternation(nouns)})\s++(?P<start>(?:19|20)\d\d)\s*+[-–]\s*+(?P<end>(?:19|20)\d\d)(?!\d)"


_PERIOD_SPAN = _year_span("period_nouns")
_FUTURE_PERIOD = re.compile(rf"\b{_PERIOD_SPAN}", re.IGNORECASE)
_RELATIVE_CUE = re.compile(rf"\b({alternation('relative_cue_nouns')})((?:\s+\S+){{0,3}})\s+$", re.IGNORECASE)
_PAST_BETWEEN = re.compile(rf"\b(?:{alternation('past_markers')})\b", re.IGNORECASE)
_DATE_NOUNS = alternation("day_nouns", "month_nouns", "quarter_nouns")
_DEADLINE_BEFORE = re.compile(  # "đến hết tháng 9/2025", "trong tháng 8 và tháng 9/2025"
    rf"\b(?:{alternation('future_phrases')})(?:\s+(?:{_DATE_NOUNS}))?"
    rf"(?:\s+[\dIVX]{{1,4}}\s+(?:{alternation('date_links')}|[-–])\s+(?:{_DATE_NOUNS}))?\s*+$",
    re.IGNORECASE,
)
_PART_OF = re.compile(rf"\s*+,?\s*+(?:{alternation('quota_part_markers')})\s*+", re.IGNORECASE)
_ENTITLED_BEFORE = re.compile(
    rf"(?<![\w])(?:{alternation('entitlement_verbs')})(?:\s++\p{{Ll}}++){{0,3}}\s++$", re.IGNORECASE
)  # "được hưởng bồi dưỡng 120.000 đồng/ngày"
_SIZE_VERB_BEFORE = re.compile(rf"\b(?:{alternation('size_verbs')})\s*+$", re.IGNORECASE)  # "mỗi tổ có ..."
# "chủ đầu tư … phải dành 20% tổng diện tích đất ở": what a rule obliges, a verb or two after the modal
_OBLIGED_BEFORE = re.compile(
    rf"(?<![\w])(?:{alternation('modal_cues')})(?:\s++\p{{Ll}}++){{1,2}}\s++$", re.IGNORECASE
)
_DUE_PERIOD_BEFORE = re.compile(rf"\b(?:{alternation('deadline_periods')})\s*+$", re.IGNORECASE)
_PAST_BEFORE = re.compile(rf"\b(?:{alternation('past_markers')})\s+$", re.IGNORECASE)
PAST_REACH = 20  # "đã yêu cầu", "đã được bầu": a past marker this close before a verb reports it done


def _past_right_before(text: str, pos: int) -> bool:
    """Whether a past marker ends right before ``pos`` ("đã yêu cầu …": the verb reports a deed)."""
    return _PAST_BEFORE.search(text, max(0, pos - PAST_REACH), pos) is not None


_BASELINE = re.compile(rf"\b(?:{alternation('baseline_phrases')})\s+$", re.IGNORECASE)
# "so với nhiệm kỳ 2015-2020", "cao hơn bình quân giai đoạn 2016-2020", "so với nhiệm kỳ hiện
# nay (2015 - 2020)": a few words of the base between the comparison and its year
_COMPARED = re.compile(
    rf"(?<![\w])(?:{alternation('comparison_heads')})"
    rf"(?:\s++(?!(?:{alternation('future_phrases')})(?![\w]))\p{{L}}++){{0,4}}\s*+\(?\s*+$",
    re.IGNORECASE,
)
_END_BEFORE = re.compile(  # "đến năm 2030", "đến hết nhiệm kỳ 2020-2025", "trong giai đoạn 2026-2030"
    rf"\b(?:{alternation('future_phrases')})"
    rf"(?:\s+(?:{alternation('year_cues')}|{alternation('term_nouns')}|{alternation('period_nouns')}))?\s*+$",
    re.IGNORECASE,
)
_TERM_NOUN_BEFORE = re.compile(rf"\b(?:{alternation('term_nouns')})\s*+$", re.IGNORECASE)
_HEADS_LIST = re.compile(r"\s*+:")  # "đến năm 2030: 100% xã ...; ...": the year heads a list
_YEAR_OPENER = re.compile(  # "Năm 2025, nhà trường tuyển sinh ...", "...; năm 2026 ..."
    rf"(?:^[\W_]*+|;\s*+)(?:(?:{alternation('future_phrases')})\s+)?(?:{alternation('year_cues')})\s+"
    r"((?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# "Nhiệm kỳ 2027 - 2032, Đại hội thông qua 10 chỉ tiêu chủ yếu, trong đó: …": a term still to come
# opening the sentence frames all of it, as a later year does
_TERM_OPENER = re.compile(rf"^[\W_]*+{_year_span('term_nouns')}\s*+,", re.IGNORECASE)
DATED_LEVEL_WORDS = 4  # "Tổng chi ngân sách địa phương năm 2027 của tỉnh là 43.280 tỷ đồng"
# a level dated by its year, stated with a copula ("… năm 2027 là 43.280 tỷ đồng")
_DATED_LEVEL = re.compile(
    rf"\b(?:{alternation('year_cues')})\s++((?:19|20)\d\d)(?!\d)(?:\s++[^\s\d,;:.]++){{0,{DATED_LEVEL_WORDS}}}?"
    rf"\s++(?:{alternation('copulas')})\s++(?=\d)",
    re.IGNORECASE,
)
# a plan named with a later year ("Nghị quyết về dự toán năm 2027 xác định tổng thu … là 26.400 tỷ
# đồng"): the figures after it are that plan's
PLAN_NAME_WORDS = 7  # "kế hoạch phát triển kinh tế - xã hội năm 2027", "dự toán ngân sách năm 2027"
# "Hội thảo kiến nghị đến năm 2030: 100% doanh nghiệp …": a deadline still to come heading a list of goals
_DEADLINE_HEADS_LIST = re.compile(
    rf"\b(?:{alternation('future_phrases')})\s+(?:(?:{alternation('year_cues')})\s+)?((?:19|20)\d\d)\s*+:",
    re.IGNORECASE,
)
_PLAN_OF_YEAR = re.compile(
    rf"\b(?:{alternation('target_nouns')})(?:\s++(?:[^\s\d,;:.()]++)){{0,{PLAN_NAME_WORDS}}}?"
    rf"\s++(?:{alternation('year_cues')})\s++((?:19|20)\d\d)(?!\d)",
    re.IGNORECASE,
)
PLAN_PERIOD_WORDS = 6  # "kế hoạch đầu tư công trung hạn giai đoạn 2026 - 2030 với tổng vốn …"
# the amount of a plan for a period still running or to come: named after the plan ("kế hoạch
# đầu tư công trung hạn giai đoạn 2026 - 2030 với tổng vốn … 58.700 tỷ đồng") or dated by the
# period itself ("Trong tổng vốn giai đoạn 2026 - 2030, tỉnh dành 12.500 tỷ đồng cho …")
_AMOUNT_OF_PERIOD = re.compile(
    rf"\b(?:{alternation('target_nouns')})(?:\s++[^\s\d,;:.]++){{0,{PLAN_PERIOD_WORDS}}}?\s++{_PERIOD_SPAN}"
    rf"\s++(?:{alternation('measure_links')})\s++(?P<amount>{alternation('planned_amount_nouns')})(?!\w)"
    rf"|\b(?P<amount>{alternation('planned_amount_nouns')})\s++{_PERIOD_SPAN}",
    re.IGNORECASE,
)
_BULLET = re.compile(r"^\s*+(?:[-–—+•*·●▪◦]|\(?(?:[a-zđ]|\d{1,2})[.)])(?:\s|$)")
_ENDS_WITH_COLON = re.compile(r":\s*+$")
_ENDS_ITEM = re.compile(r"[;,]\s*+$")
_CLOSED = re.compile(r"[.;,!?…]\s*+$")
_CLAUSE_AFTER = re.compile(r"[;:]|[,.](?!\d)")  # a decimal comma or a thousands dot ends no clause
_CONTINUATION = re.compile(rf"^\s*(?:{alternation('continuation_openers')})\b", re.IGNORECASE)
TOPIC_WORDS = 6  # "Về môi trường, …", "Về xây dựng Đảng, …": an area named in a few words, then a comma
_TOPIC_OPENER = re.compile(
    rf"^\s*+(?:{alternation('topic_openers')})(?:\s++[^\s\d,;:.]++){{1,{TOPIC_WORDS}}},", re.IGNORECASE
)
_PUNCT = re.compile(r"[,;:.()]")
_CONTRAST = re.compile(rf"(?<![\w])(?:{alternation('contrast_conjunctions')})(?![\w])", re.IGNORECASE)
_TAIL_END = re.compile(
    rf"[,;:(]|{CREDIT_AFTER_DASH}|\s+(?:{alternation('list_conjunctions')})\s+|\s+(?:{alternation('comparison_words')})"
    rf"|\s+(?:{alternation('contrast_conjunctions')})(?![\w])"
)
# a list item, then an aside that opens with the figure: "luật (4 chỉ tiêu)", "Tây Ninh (10.000 con bò)"
_ITEM_BEFORE_ASIDE = re.compile(
    rf"(?:^|[:;]|(?<=[:;][^:;()]*+),|\)\s*+,|\s(?:{alternation('item_openers')}))\s*+([^:;()\d]{{2,60}}?)\s*+\(\s*+$",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
# a counted figure, no year, and the word after it ("đầu tư thêm 4 trang trại mới")
_COUNTED_OBJECT = re.compile(r"(?<![\d.,])(?!(?:19|20)\d\d(?![\d.,]))\d[\d.,]*+\s++\p{L}")
_LEAD_SPLIT = re.compile(rf"[,;(]|(?<![\w])(?:{alternation('contrast_conjunctions')})(?![\w])")
# quotes around a name that may hold a clause conjunction ('Quỹ "Vì người nghèo"')
_QUOTE_MARKS = re.compile(r"[\"“”]")
_PERIOD_END = re.compile(r"(?:19|20)\d\d\s*[-–]\s*$")
_PERIOD_TAIL = re.compile(r"\s*[-–]\s*((?:19|20)\d\d)")
_COLON_AFTER_YEAR = re.compile(rf"(?:{_PERIOD_TAIL.pattern})?+\s*+:")  # "2030:", "2026 - 2030:"


def _heads_list(text: str, year_pos: int) -> bool:
    """Whether the year at ``year_pos`` (or the period it opens) is followed by a colon: it heads
    the list of items written after it."""
    return _COLON_AFTER_YEAR.match(text, year_pos + 4) is not None


NOUN_REACH_WORDS = 6
NOUN_COPULA_REACH_WORDS = 16  # a plan noun's description before "là", and the goal after it up to the figure


def _achieved(s: Sentence, m: re.Match) -> bool:
    """Whether a cue noun is the object of an achievement ("đạt 108% chỉ tiêu", "Kế hoạch số 86")."""
    return bool(
        _ACHIEVED_BEFORE.search(s.text[max(0, m.start() - 25) : m.start()])
        or _DOCUMENT_AFTER.match(s.text, m.end(), m.end() + 8)
    )


def _in_fixed_phrase(s: Sentence, m: re.Match) -> bool:
    """Whether a cue word lies inside a phrase that states no goal ("đạt yêu cầu")."""
    return any(
        p.start() <= m.start() and m.end() <= p.end()
        for p in phrases("not_target_phrases").finditer(s, max(0, m.start() - 40), m.end() + 40)
    )


def _asked_in_done_act(s: Sentence, f: Figure) -> bool:
    """Whether an exact figure follows a request that opens the purpose of an act the sentence
    reports as done ("Bà A đã thực hiện chỉ đạo …, tiếp nhận danh sách … để yêu cầu 3 tổ trưởng
    chấm nâng điểm cho 18 thí sinh"): what was asked was asked; a bound stays a quota."""
    if f.qualifier != "exact":
        return False
    cue = _cue_before(s, f.start)
    if cue is None:
        return False
    start, end = cue
    if not phrases("request_verbs").fullmatch_head(s.text[start:end]):
        return False
    purpose = phrases("purpose_openers").ends_at(s, start)
    return purpose is not None and _PAST_BETWEEN.search(s.text, 0, purpose.start()) is not None


def _proposed_before(s: Sentence, pos: int) -> bool:
    """Whether a proposed change ("đề xuất … nâng mức bội chi") stands before ``pos``: the figure
    it changes was set too (a ceiling, a budget, a tax rate), so the start of its before/after
    pair ("từ 4,8 lên 5,3% GDP") is a plan as much as the end."""
    _cues(s)
    return any(end <= pos for end in s.memo["proposals"])


def _cue_before(s: Sentence, pos: int) -> tuple[int, int] | None:
    """The span of the last verbal target cue ending before ``pos``, if any."""
    cues = _cues(s)
    k = bisect_right([end for _, end in cues], pos)
    return cues[k - 1] if k else None


def _cue_positions(s: Sentence) -> list[int]:
    """Where verbal target cues end in the sentence: their reach is the rest of the sentence."""
    return [end for _, end in _cues(s)]


def _cues(s: Sentence) -> list[tuple[int, int]]:
    """Spans of the verbal target cues of the sentence, found once per sentence.

    A cue right after a past marker ("đã yêu cầu hoàn trả ...") reports a completed act.
    """
    if "cues" not in s.memo:
        s.memo["cues"] = _find_cues(s)
    return s.memo["cues"]


_GOAL_TIME = (
    rf"(?:(?:{alternation('future_phrases')})\s++)?"
    rf"(?:(?:{alternation('year_cues')})\s++(?:19|20)\d\d|(?:{alternation('period_nouns')})\s++(?:19|20)\d\d"
    rf"|\d+\s++(?:{alternation('time_periods')}))"
)
GOAL_OWNER_WORDS = 4  # "Mục tiêu của xã là đến hết năm 2026, …": whose goal, before its copula and time
_TIMED_GOAL = re.compile(
    rf"(?<![\w])(?:{alternation('timed_goal_nouns')})"
    rf"(?:(?:\s++(?:{alternation('possessive_words')})(?:\s++[^\s\d,;:.]++){{1,{GOAL_OWNER_WORDS}}}?)?"
    rf"\s++(?:{alternation('copulas')}))?\s++(?={_GOAL_TIME})",
    re.IGNORECASE,
)
GOAL_LIST_WORDS = 3  # "các mục tiêu chủ yếu của năm 2026:": the words between the goal noun and its time
# "… thống nhất các mục tiêu chủ yếu của năm 2026: tốc độ tăng trưởng GDP từ 10% trở lên; …": goals
# named with their time, listed after a colon
_GOALS_LISTED = re.compile(
    rf"(?<![\w])(?:{alternation('timed_goal_nouns', 'goal_list_nouns')})"
    rf"(?:\s++[^\s\d,;:.]++){{0,{GOAL_LIST_WORDS}}}?"
    rf"(?:\s++(?:{alternation('possessive_words')}))?\s++{_GOAL_TIME}\s*+:",
    re.IGNORECASE,
)
GOAL_DOCUMENT_WORDS = 4  # "Nghị quyết Đại hội xác định …": the document's name before its verb
DOCUMENT_GOAL_REACH = 30  # "… xác định mỗi năm kết nạp từ 2.800 …": the goal's figure right after the verb
LISTING_DOCUMENT_WORDS = 20  # "Đề án đào tạo, bồi dưỡng … giai đoạn 2026 - 2030 của thành phố xác định:"


def _document_verb(name_word: str, words: int, after: str) -> re.Pattern:
    """A goal-setting document, at most ``words`` words of its name (each of ``name_word``), then
    its verb ("xác định") and what must follow the verb."""
    return re.compile(
        rf"(?<![\w])(?:{alternation('goal_documents')})(?:\s++{name_word}++){{0,{words}}}?"
        rf"\s++(?P<verb>{alternation('goal_document_verbs')}){after}",
        re.IGNORECASE,
    )


# a short name, no figure or comma in it, and the goal right after the verb
_DOCUMENT_STATES = _document_verb(r"[^\s\d,;:.]", GOAL_DOCUMENT_WORDS, r"(?![\w])")
# a name at length, with its period, whose verb opens a list of goals after a colon
_DOCUMENT_LISTS = _document_verb(r"[^\s;:.]", LISTING_DOCUMENT_WORDS, r"\s*+:")
# "Kế hoạch năm 2026, huyện kết nạp …": a plan noun heading the sentence with its time and a comma
_PLAN_HEAD = re.compile(rf"^\s*+(?:{alternation('plan_head_nouns')})\s++{_GOAL_TIME}\s*+,", re.IGNORECASE)
# "Theo kế hoạch, mỗi tỉnh chọn 3 giáo viên …": a plan named as the source of what follows
PLAN_OPENER_WORDS = 6  # "Theo kế hoạch của Ủy ban nhân dân tỉnh, …": whose plan, before the comma
_PLAN_OPENER = re.compile(
    rf"^\s*+(?:{alternation('plan_openers')})"
    rf"(?:\s++(?:{alternation('possessive_words')})(?:\s++[^\s,;:.]++){{1,{PLAN_OPENER_WORDS}}})?\s*+,",
    re.IGNORECASE,
)


PROPOSAL_GAP_WORDS = 5  # "đề xuất với Quốc hội về việc tăng …": the body asked, "về việc"
_CHANGE_PROPOSED = re.compile(  # after a verb that proposes: the body asked, then the change
    rf"(?:\s++[^\s\d,;:.()]++){{0,{PROPOSAL_GAP_WORDS}}}?\s++(?:{alternation('proposed_change_verbs')})(?![\w])",
    re.IGNORECASE,
)
_OUTLAY_GAP = re.compile(r"(?:\s++[^\s\d,;:.()\"“”]++){0,2}+\s*+")  # "cấp ngay 3 tỷ đồng": a word or two
ADDRESSEE_WORDS = 4  # "đề xuất Trung ương hỗ trợ …", "đề nghị Bộ Tài chính bố trí …": the body asked
_OUTLAY = re.compile(
    rf"(?:(?-i:\s++\p{{Lu}}\p{{L}}*+)(?:\s++\p{{L}}++){{0,{ADDRESSEE_WORDS - 1}}}?)?\s++"
    rf"(?:{alternation('provision_verbs')})(?![\w])",
    re.IGNORECASE,
)


def _planned_by_opener(s: Sentence) -> tuple[int, int] | None:
    """The span of a plan named as the source of what follows ("Theo kế hoạch, mỗi tỉnh chọn 3
    giáo viên …"), unless a past marker reports it done or a copula before the first figure states
    the plan's make-up as a level ("Theo kế hoạch, tổng biên chế … năm 2025 là 2.186 biên chế")."""
    opener = _PLAN_OPENER.match(s.text)
    if opener is None or _PAST_BETWEEN.search(s.text, opener.end()):
        return None
    first = next((f for f in s.figures if is_fact_figure(f) and f.start >= opener.end()), None)
    if first is not None and phrases("copulas").search(s, opener.end(), first.start) is not None:
        return None
    return opener.start(), opener.end()


def _asks_now(s: Sentence, cue_start: int) -> bool:
    """Whether a verb that proposes or a need asks now: not after a past marker ("đã đề nghị
    cấp …" was asked) or a negation ("không cần tuyển …"), and not as a noun ("số kiến nghị")."""
    lead = s.text[max(0, cue_start - 20) : cue_start]
    if _PAST_BEFORE.search(lead) or _NEGATED.search(lead):
        return False
    return phrases("proposal_noun_markers").ends_at(s, cue_start) is None


def _outlay_asked(s: Sentence, cue: re.Match | Found) -> int | None:
    """Where an outlay asked for or needed ends ("đề xuất chi hơn 10 tỷ đồng", "cần cấp ngay 3 tỷ
    đồng", "đề xuất Trung ương hỗ trợ khoảng 45 tỷ đồng"): a verb that commits resources right
    after the cue or the body asked, its figure a word or two after it, so "đề nghị chi bộ …",
    "kiến nghị của cử tri" and "đề nghị cấp ủy …" ask for none."""
    text = s.text
    if cue.start() > 0 and text[cue.start()].isupper():
        return None  # "… ở Cần Thơ đã đầu tư …": a place's name, no need
    act = _OUTLAY.match(text, cue.end())
    if act is None:
        return None
    if not _asks_now(s, cue.start()):
        return None
    gap = _OUTLAY_GAP.match(text, act.end())
    own = figures_between(s, act.end(), gap.end() + 1)
    if not own or not is_fact_figure(own[0]) or non_unit_after(s, own[0].end):
        return None  # "hỗ trợ 418 tấn gạo": a measure asked for plans no figure after it
    return act.end()


_CHANGE_IN_CONTENT = re.compile(  # after "theo đó,": a few words, commas or "/" between them, then the change
    rf"(?:[\s,/]++[^\s\d,;:.()/]++){{0,{PROPOSAL_GAP_WORDS}}}?[\s,/]++(?:{alternation('proposed_change_verbs')})(?![\w])",
    re.IGNORECASE,
)
MODAL_CAUSE_REACH = 40  # "khiến nhiều doanh nghiệp phải giảm …": a cause this close makes the change a result
_CHANGE_REQUIRED = re.compile(  # after "phải", "cần": the change that must be made ("cần phải hạ …")
    rf"(?:\s++(?:{alternation('modal_cues')}))?\s++(?:{alternation('proposed_change_verbs')}|{alternation('pair_links')})"
    rf"(?![\w])",
    re.IGNORECASE,
)


def _find_cues(s: Sentence) -> list[tuple[int, int]]:
    text = s.text
    out = []
    # "Mục tiêu đến năm 2030, …": a goal and its time; "các mục tiêu … của năm 2026: …": its list follows
    goals = may_hold(s, "timed_goal_nouns", "goal_list_nouns")  # most sentences hold no goal noun
    for m in (*_TIMED_GOAL.finditer(text), *_GOALS_LISTED.finditer(text)) if goals else ():
        if not _achieved(s, m) and not _in_fixed_phrase(s, m):
            out.append((m.start(), m.end()))
    if (head := _PLAN_HEAD.match(text)) is not None:  # "Kế hoạch năm 2026, …": the plan's goals follow
        out.append((head.start(), head.end()))
    if (opener := _planned_by_opener(s)) is not None:  # "Theo kế hoạch, mỗi tỉnh chọn 3 giáo viên …"
        out.append(opener)
    documents = may_hold(s, "goal_documents") and may_hold(s, "goal_document_verbs")
    for m in (*_DOCUMENT_STATES.finditer(text), *_DOCUMENT_LISTS.finditer(text)) if documents else ():
        # "Nghị quyết … xác định"
        verb = m.start("verb")
        stated = figures_between(s, m.end(), m.end() + DOCUMENT_GOAL_REACH)  # its goal's figure, near
        if stated and not _PAST_BEFORE.search(text, max(0, verb - 30), verb):
            out.append((m.start(), m.end()))
    proposals = []
    for m in phrases("proposal_verbs").finditer(s):  # "Chính phủ đề nghị tăng chi 2,9%": a change proposed
        if _in_fixed_phrase(s, m):
            continue  # "đã phê duyệt hồ sơ đề xuất cấp độ cho 112/116 hệ thống": a document's name
        change = _CHANGE_PROPOSED.match(text, m.end())
        if change is None:  # "đề nghị Quốc hội ban hành nghị quyết …, theo đó, cắt, giảm … và nâng …"
            content = phrases("proposal_content_openers").search(s, m.end())
            change = _CHANGE_IN_CONTENT.match(text, content.end()) if content is not None else None
        if change and _asks_now(s, m.start()):
            proposals.append(change.end())
            out.append((m.start(), change.end()))
    s.memo["proposals"] = proposals
    for m in phrases("modal_cues").finditer(s):  # "bội chi cần phải hạ xuống 4-4,5%": a change required
        change = _CHANGE_REQUIRED.match(text, m.end())
        cause_from = max(0, m.start() - MODAL_CAUSE_REACH)
        caused = phrases("change_making_verbs").search(s, cause_from, m.start())  # "khiến … phải giảm"
        if not change or caused or _past_right_before(text, m.start()):
            continue
        if counted_noun_ending_at(text, m.start()) is not None:
            continue  # "6 dự án phải điều chỉnh tổng mức đầu tư …": what those counted had to do
        stop = _CLAUSE_AFTER.search(text, change.end())  # the change's own figure, in its clause
        own = figures_between(s, change.end(), stop.start() if stop else len(text))
        if any(is_fact_figure(g) for g in own):
            out.append((m.start(), change.end()))
    for name in ("proposal_verbs", "need_cues"):  # "trước mắt cần cấp ngay 3 tỷ đồng": an outlay asked
        for m in phrases(name).finditer(s):
            if not _in_fixed_phrase(s, m) and (end := _outlay_asked(s, m)) is not None:
                out.append((m.start(), end))
    condition = phrases("conditional_markers").search(s)  # once: a cue after it states no plan
    for m in phrases("target_cues").finditer(s):
        if _in_fixed_phrase(s, m):
            continue
        past = _PAST_BEFORE.search(text, max(0, m.start() - PAST_REACH), m.start())
        if past and (made := phrases("plan_making_verbs").match_at(s, past.end())) and made.end() >= m.end():
            past = None  # "đã lên kế hoạch ...": the plan was made, its figures are still to come
        if past or (condition is not None and condition.start() < m.start()) or _request_told_done(s, m):
            continue
        if _describes_whole(s, m):
            continue  # "Trong số 86 chủ đầu tư được giao kế hoạch vốn, có 19 đơn vị …": who the whole is
        if phrases("relative_cues").fullmatch_head(m.group()) and _relative(text, m.start(), m.end()):
            continue  # "chỉ tiêu Đại hội đề ra": the quota that was set
        if phrases("weak_target_cues").fullmatch_head(m.group()) and phrases("described_after_se").match_at(
            s, m.end()
        ):
            continue  # "sẽ trả hoa hồng là 15%", "sẽ trải qua 4 vòng thi": what will happen, no goal
        weak = phrases("weak_target_cues").fullmatch_head(m.group())
        if weak and phrases("forecast_markers").search(s, max(0, m.start() - FORECAST_REACH), m.start()):
            continue  # "được dự báo sẽ tăng lên 180.000 việc làm": a forecast, no goal
        if weak and phrases("poll_markers").search(s, 0, m.start()):
            continue  # "người được hỏi nói sẽ công nhận ...": a poll's answer, no goal
        out.append((m.start(), m.end()))
    return out


def _describes_whole(s: Sentence, m: re.Match | Found) -> bool:
    """Whether the cue stands in the phrase naming the whole a breakdown is taken from ("Trong số 86
    chủ đầu tư được giao kế hoạch vốn, …": `among_words.txt`), no clause mark before it: it says who
    the whole is, it plans nothing."""
    among = last_match(phrases("among_words").finditer(s, 0, m.start()))
    return among is not None and not any(c in ",;:." for c in s.text[among.end() : m.start()])


def _request_told_done(s: Sentence, m: re.Match | Found) -> bool:
    """Whether a request (`request_verbs.txt`) was made, a past marker before another verb governing
    it: it opens an item after a semicolon in a list of acts whose first item is told as done
    ("Công an tỉnh đã xác minh …; yêu cầu 187 trường hợp gỡ bỏ bài viết; xử phạt 42 trường hợp"), or
    it is what a request told as done asked for, in the same clause ("Sở đã đề nghị cơ quan chức năng
    yêu cầu Facebook … gỡ 396 nội dung"), or it befell the one asked ("bị … yêu cầu chuyển 1,2 tỷ đồng":
    `adversity_passives.txt`), or it follows an inspection's finding in an earlier clause
    (`finding_verbs.txt`). Goals set after a semicolon ("…; phấn đấu …") keep theirs."""
    if not phrases("request_verbs").fullmatch_head(m.group()):
        return False
    text = s.text
    semi = text.rfind(";", 0, m.start())
    if semi >= 0 and not text[semi + 1 : m.start()].strip():
        end = text.find(";", m.end())
        item = text[m.end() : end if end >= 0 else len(text)]
        if _YEAR_BEFORE.search(item) or phrases("future_phrases").search(item):
            return False  # "…; yêu cầu các xã kết nạp 120 đảng viên trong năm 2025": asked for a time to come
        return _past_between(s, 0, text.find(";"))
    if _found_before(s, m):
        return True  # "phát hiện 1.317 lao động …, yêu cầu truy đóng 19,6 tỷ đồng": what was demanded
    clause = item_start(text, 0, m.start(), ",;:.")
    if _befell(s, clause, m.start()):
        return True  # "bà H. bị đối tượng … gọi điện yêu cầu chuyển 1,2 tỷ đồng": a request made to her
    asked = last_match(phrases("request_verbs").finditer(s, clause, m.start()))
    return asked is not None and _past_right_before(text, asked.start())


def _found_before(s: Sentence, m: re.Match | Found) -> bool:
    """Whether an inspection's finding stands before the request, a comma between them ("Qua đó,
    phát hiện 1.317 lao động chưa được đóng BHXH, yêu cầu truy đóng 19,6 tỷ đồng")."""
    finding = last_match(phrases("finding_verbs").finditer(s, 0, m.start()))
    return finding is not None and "," in s.text[finding.end() : m.start()]


def _befell(s: Sentence, lo: int, hi: int) -> bool:
    """Whether a word of adversity stands in ``[lo, hi)``, not inside a word of its own ("thiết bị",
    "bị can": `not_adversity_words.txt`)."""
    hits = list(phrases("adversity_passives").finditer(s, lo, hi))
    if not hits:  # most clauses: no word of adversity, no words of their own to look for
        return False
    own = [(w.start(), w.end()) for w in phrases("not_adversity_words").finditer(s, max(0, lo - 8), hi + 8)]
    return any(not any(a <= b.start() and b.end() <= z for a, z in own) for b in hits)


FORECAST_REACH = 30  # "được dự báo sẽ ...": a forecast word this close before a weak cue
_YEAR_BEFORE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_INTAKE = re.compile(
    rf"(?<![\w])(?:{alternation('intake_cues')})\s++(?:(?:{alternation('intake_gap_words')})\s++)?$",
    re.IGNORECASE,
)


def _subject_of_weak_cue(s: Sentence, first: int, cue_end: int) -> bool:
    """Whether the first figure heads the subject a weak cue ("sẽ") predicates of, in one clause with
    no other figure between ("100% thôn, tổ dân phố sẽ được kiện toàn …"): in a sentence due after
    the publication, the subject's figure is what is planned."""
    cue = next(((a, b) for a, b in _cues(s) if b == cue_end), None)
    if cue is None or not phrases("weak_target_cues").fullmatch_head(s.text[cue[0] : cue[1]]):
        return False
    figures = [f for f in s.figures if first <= f.start < cue[0]]
    if len(figures) != 1 or any(c in ";:.()" for c in s.text[first : cue[0]]):
        return False
    return not s.text[: cue[0]].rstrip().endswith(",")  # "Tỉnh có 120 xã, sẽ xây …": a clause of its own


def _weak_cue_ends(s: Sentence) -> list[int]:
    """Where the sentence's weak cues ("sẽ") end: a scope opened there plans only table nouns."""
    return [end for start, end in _cues(s) if phrases("weak_target_cues").fullmatch_head(s.text[start:end])]


def _share_of_quota(s: Sentence, f: Figure, targets: list[Candidate]) -> bool:
    """ "tuyển dụng 15 công chức: luật (4 chỉ tiêu); …": a quota's share in parentheses after it."""
    if not targets or not inside_parens(s.text, f.start):
        return False
    return bool(phrases("plan_items").match_at(s, f.end))


INTAKE_TENSE_REACH = 24  # "đã hoàn thành tuyển dụng": a tense marker a few words before the verb
INTAKE_YEAR_REACH = 300  # a year this far before an intake dates it; bounded for long sentences


def _intake(s: Sentence, f: Figure, published_year: int | None = None) -> bool:
    """ "tuyển dụng 15 công chức", "tuyển sinh khoảng 900 học viên": an intake announced is a
    plan, unless a year before it or a past marker dates it ("Năm 2023, trường tuyển sinh 850").
    Places of a quota ("Năm 2026, trường tuyển sinh 6.250 chỉ tiêu": `quota_places.txt`) are
    planned in the year of the page or later: only an earlier year dates them."""
    if "intake" not in s.memo:  # most sentences hold no intake verb: one substring test each
        s.memo["intake"] = any(w in s.text.lower() for w in lexicon.words("intake_cues"))
    if not s.memo["intake"]:
        return False
    m = _INTAKE.search(s.text, max(0, f.start - 40), f.start)
    if m is None:
        return False
    years = [
        int(y.group())
        for y in _YEAR_BEFORE.finditer(s.text, max(0, m.start() - INTAKE_YEAR_REACH), m.start())
    ]
    if years and not (
        published_year is not None
        and min(years) >= published_year
        and phrases("quota_places").match_at(s, f.end) is not None
    ):
        return False
    if phrases("intake_offers").match_at(s, f.end):
        return False  # "tuyển sinh 5 ngành thạc sĩ": what a school offers, not how many it takes
    lo = max(0, m.start() - INTAKE_YEAR_REACH)
    # "Kết quả, tỉnh tuyển dụng", "nhiệm kỳ qua"; "vừa tuyển sinh", "đã hoàn thành tuyển dụng": done
    if phrases("intake_tense_markers").search(s, max(0, m.start() - INTAKE_TENSE_REACH), m.start()):
        return False
    return not phrases("intake_reports").search(s, lo, m.start())


_COLON_NEXT = re.compile(r"\s*+:")


def _relative(text: str, cue_start: int, cue_end: int) -> bool:
    """Whether "đề ra"/"đặt ra" describes a plan noun before it ("chỉ tiêu Đại hội đề ra");
    a document right before the cue is its agent instead ("Nghị quyết đề ra ..."), and so is a
    plan whose cue opens a list with a colon ("kế hoạch đặt ra: hoàn thành …; cấp …")."""
    rel = _RELATIVE_CUE.search(text, max(0, cue_start - 60), cue_start)
    if rel is None or _COLON_NEXT.match(text, cue_end):
        return False
    return bool(rel.group(2).strip()) or not phrases("goal_setting_agents").fullmatch_head(rel.group(1))


PLAN_ASIDE_WORDS = 6  # "vượt chỉ tiêu HĐND tỉnh giao (giảm 2,5%)": who set the plan, and when
# a plan noun, the words saying who set it and its year, then its figure in parentheses, a change
# verb first when the plan is a change ("(giảm 2,5%)")
_PLAN_IN_PARENS = re.compile(
    rf"(?<![\w])(?:{alternation('target_nouns')})(?:\s++[^\s\d,;:.()]++|\s++(?:19|20)\d\d){{0,{PLAN_ASIDE_WORDS}}}?"
    rf"\s*+\(\s*+(?:(?:{alternation_of_table('change_cues', 'phrase')})\s++)?$",
    re.IGNORECASE,
)


# "vượt chỉ tiêu năm 2025 là 93,5%": a plan noun, its year, the copula, then the plan's figure
_PLAN_NAMED_LEVEL = re.compile(
    rf"(?<![\w])(?:{alternation('target_nouns')})(?:\s++(?:{alternation('year_cues')})\s++(?:19|20)\d\d)?"
    rf"(?:\s++(?:{alternation('plan_setting_verbs')}))?\s++(?:{alternation('copulas')})\s++$",
    re.IGNORECASE,
)


def _restated_plans(s: Sentence) -> frozenset[int]:
    """Starts of figures restating a plan, in parentheses ("vượt kế hoạch đề ra (từ 7,3 – 7,5%)")
    or after a copula ("vượt chỉ tiêu năm 2025 là 93,5%"), found once per sentence (targets and
    their deadlines both ask)."""
    if "restated" not in s.memo:
        text = s.text
        aside = "(" in text
        named = phrases("target_nouns").occurs(s)  # most sentences hold no plan noun: the index says so
        s.memo["restated"] = frozenset(
            f.start
            for f in s.figures
            if (aside and _PLAN_IN_PARENS.search(text, max(0, f.start - 40), f.start))
            or (named and _PLAN_NAMED_LEVEL.search(text, max(0, f.start - 40), f.start))
        )
    return s.memo["restated"]


def _noun_targets(s: Sentence) -> set[int]:
    """Starts of figures inside the noun phrase of a target noun ("chỉ tiêu kết nạp 200 đảng viên"),
    and of figures in parentheses restating a plan ("vượt kế hoạch đề ra (từ 7,3 – 7,5%)")."""
    out = set(_restated_plans(s))
    for m in phrases("target_nouns").finditer(s):
        if _in_fixed_phrase(s, m):
            continue
        if _achieved(s, m):
            if (value := _plan_value_after(s, m)) is not None:
                out.add(value)  # "thấp hơn mục tiêu 45%": the plan's own figure, named after it
            continue
        nxt = figure_from(s, m.end())
        if nxt is None:
            continue
        between = s.text[m.end() : nxt.start]
        if _PUNCT.search(between) or _CONTRAST.search(between):
            continue  # "850 giường bệnh kế hoạch nhưng thực kê 918 giường": what is, against the plan
        if len(between.split()) <= NOUN_REACH_WORDS or _named_by_copula(s, m.end(), nxt.start):
            out.add(nxt.start)
    return out


PLAN_TO_RESULT = 2  # a plan's figure and the result measured against it are of one size
MEASURE_HEAD_REACH = 25  # "…, thấp hơn mục tiêu 45%": the words measuring a result against a plan
_MEASURED_AGAINST = re.compile(
    rf"(?:%|\b(?:{alternation('comparison_words', 'comparatives')})|\b(?:{alternation('negations')})\s++"
    rf"(?:{alternation('achievement_verbs')}))\s*+$",
    re.IGNORECASE,
)


def _plan_value_after(s: Sentence, m: re.Match | Found) -> int | None:
    """The start of a plan's own figure written right after its noun where a result is measured
    against the plan ("tỷ lệ che phủ rừng đạt 44,2%, thấp hơn mục tiêu 45%", "bằng 75% mục tiêu
    1.500 doanh nghiệp", "chưa đạt mục tiêu 90%"); None after a plain achievement verb, whose
    figure after the plan is by how much ("vượt kế hoạch 12%")."""
    nxt = figure_from(s, m.end())
    if nxt is None or s.text[m.end() : nxt.start].strip() or nxt.value is None:
        return None
    against = _measured_against(s.text, m.start())
    if against is None:
        return None
    # the result measured stands before, of the plan's kind and size: "thu cao hơn dự toán 230 tỷ
    # đồng" says by how much, "thất thu so với dự toán trên 63.000 tỷ đồng" how much was lost
    level = next((g for g in reversed(figures_between(s, 0, against)) if g.kind == nxt.kind), None)
    if level is None or not level.value:
        return None
    if not 1 / PLAN_TO_RESULT <= nxt.value / level.value <= PLAN_TO_RESULT:
        return None
    return nxt.start


def _measured_against(text: str, noun_start: int) -> int | None:
    """Where the words measuring a result against the plan noun at ``noun_start`` begin, or None."""
    lo = max(0, noun_start - MEASURE_HEAD_REACH)
    head = _MEASURED_AGAINST.search(text[lo:noun_start])
    return lo + head.start() if head is not None else None


def _named_by_copula(s: Sentence, noun_end: int, figure_start: int) -> bool:
    """Whether a copula says what the plan noun is and the figure stands in what it says ("Chỉ
    tiêu năm 2025 giao cho Đảng bộ xã là kết nạp 12 đảng viên"), however long the noun's
    description before the copula."""
    copula = phrases("copulas").search(s, noun_end, figure_start)
    if copula is None:
        return False
    before, after = s.text[noun_end : copula.start()], s.text[copula.end() : figure_start]
    return len(before.split()) <= NOUN_COPULA_REACH_WORDS and len(after.split()) <= NOUN_COPULA_REACH_WORDS


def is_future_sentence(s: Sentence, ctx: ArticleContext) -> bool:
    """A deadline, or a span of years starting, after the publication year; or a day a thing
    is due by after the publication date ("giải quyết 100% đơn thư trước ngày 31/12/2026" on
    a page of July 2026)."""
    if ctx.published_year is None:
        return False
    if any(int(m.group(1)) > ctx.published_year for m in _FUTURE.finditer(s.text)):
        return True
    if any(_period_ahead(s.text, m, ctx.published_year) for m in _FUTURE_PERIOD.finditer(s.text)):
        return True
    return _due_after_publication(s, ctx) or _year_end_ahead(s, ctx)


YEAR_END_REVIEWS_FROM = 11  # the month from which pages review the year that is ending
_YEAR_END = re.compile(
    rf"(?<![\w])(?:{alternation('year_end_phrases')})\s++((?:19|20)\d\d)(?!\d)", re.IGNORECASE
)


def _year_end_ahead(s: Sentence, ctx: ArticleContext) -> bool:
    """Whether the sentence sets the end of the publication year as a time things are due, on a
    page published before that year is reviewed ("Đến hết năm 2026, 100% chi bộ buôn có cấp ủy
    viên là người dân tộc thiểu số" in July 2026); in December it reports the year's results."""
    published = ctx.published
    if not published or len(published) < 7 or ctx.published_year is None:
        return False
    if str(ctx.published_year) not in s.text:
        return False  # most sentences write no year at all
    if int(published[5:7]) >= YEAR_END_REVIEWS_FROM:
        return False
    return any(int(m.group(1)) == ctx.published_year for m in _YEAR_END.finditer(s.text))


_CLAUSE_HEAD = re.compile(rf"(?:^|[,;:])\s*+(?:(?:{alternation('period_lead_words')})\s++)?$", re.IGNORECASE)


def _period_ahead(text: str, m: re.Match, published_year: int) -> bool:
    """A span of years starting after the publication year; or one starting in it and ending
    later that heads its clause ("Trong giai đoạn 2026 - 2030, tổ chức bồi dưỡng cho khoảng 100
    nghìn bí thư chi bộ" on a page of 2026 plans), not one naming a plan ("Nghị quyết về kế hoạch
    đầu tư công giai đoạn 2026 - 2030 nhận được 70/71 phiếu" reports a vote)."""
    start, end = int(m.group(1)), int(m.group(2))
    if start > published_year:
        return True
    head = _CLAUSE_HEAD.search(text, max(0, m.start() - 12), m.start())
    return start == published_year and end > published_year and head is not None


_DUE_DAY = re.compile(
    rf"(?<![\w])(?:{alternation('due_day_words')})\s++(?:(?:{alternation('day_nouns')})\s++)?"
    r"(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)(?!\d)",
    re.IGNORECASE,
)


def _due_after_publication(s: Sentence, ctx: ArticleContext) -> bool:
    """Whether a day the sentence says a thing is due by ("trước ngày 31/12/2026") falls after
    the publication date: "đến ngày 15/11/2024, … đã tổ chức 412 lớp" on a later page reports."""
    if not ctx.published or "/" not in s.text:
        return False
    for m in _DUE_DAY.finditer(s.text):
        day, month, year = (int(g) for g in m.groups())
        if f"{year:04d}-{month:02d}-{day:02d}" > ctx.published[:10]:
            return True
    return False


_MILESTONE = re.compile(
    rf"(?<![\w])(?:{alternation('milestone_phrases')})\s+(?:(?:{alternation('year_cues')})\s+)?((?:19|20)\d\d)(?!\d)"
    rf"\s*+,?\s*+(?:(?:{alternation('has_verbs')})\s+)?"
    r"(?=[\d])",
    re.IGNORECASE,
)


def _roadmap(s: Sentence, ctx: ArticleContext) -> bool:
    """Milestones of two or more years, each heading a figure ("Đến hết năm 2019 có 90%, đến
    hết năm 2021 có 100% ..."), in an undated article or one published before the last."""
    if not may_hold(s, "milestone_phrases"):
        return False
    years = {int(m.group(1)) for m in _MILESTONE.finditer(s.text)}
    if len(years) < 2:
        return False
    return ctx.published_year is None or max(years) > ctx.published_year


def _future_openers(s: Sentence, ctx: ArticleContext) -> list[int]:
    """Starts of clauses opened by a year after the publication year ("Năm 2025, nhà trường
    tuyển sinh ...", "...; năm 2026 kết nạp ..."), and of levels such a year dates ("Tổng chi
    ngân sách địa phương năm 2027 là 43.280 tỷ đồng" on a page of 2026): what they say is
    planned. Found once per sentence, and only where it writes a year after the publication's."""
    if "future_openers" in s.memo:
        return s.memo["future_openers"]
    year = ctx.published_year
    out: list[int] = []
    if year is not None and any(int(m.group()) > year for m in _YEAR_BEFORE.finditer(s.text)):
        out = [
            *_after_publication(_YEAR_OPENER, s, ctx),
            *_after_publication(_TERM_OPENER, s, ctx),
            *(_level_start(s, at) for at in _after_publication(_DATED_LEVEL, s, ctx)),
            *_after_publication(_PLAN_OF_YEAR, s, ctx),
            *_after_publication(_DEADLINE_HEADS_LIST, s, ctx),
            *_after_publication(_AMOUNT_OF_PERIOD, s, ctx, year="end", at="amount"),
        ]
    s.memo["future_openers"] = out
    return out


_ITEM_OPENING = re.compile(r"[;:]\s*+")


def _level_start(s: Sentence, pos: int) -> int:
    """Where the level a year at ``pos`` dates begins: after the figure before it in its item of
    the sentence ("Năm 2026, thu đạt 24.860 tỷ đồng, tổng chi năm 2027 là …"), else at the item's
    start (a comma inside the indicator, "giao cho các bộ, ngành năm 2026", cuts nothing)."""
    mark = last_match(_ITEM_OPENING.finditer(s.text, 0, pos))
    start = mark.end() if mark is not None else 0
    ends = [g.end for g in s.figures if is_fact_figure(g) and start <= g.end <= pos]
    return max(ends) if ends else start


def _after_publication(
    pattern: re.Pattern, s: Sentence, ctx: ArticleContext, year: int | str = 1, at: int | str = 0
) -> list[int]:
    """Starts (of group ``at``) of the matches of ``pattern`` whose year (group ``year``) is after
    the publication year: a clause opened by a later year, a period still to come ("giai đoạn
    2026 - 2030"), a plan's amount for it."""
    if ctx.published_year is None:
        return []
    return [m.start(at) for m in pattern.finditer(s.text) if int(m.group(year)) > ctx.published_year]


def _own_scope(s: Sentence, ctx: ArticleContext) -> int | None:
    """Where the sentence's own words make its figures targets: the first cue or clause opened
    by a later year, or the whole sentence when it names a deadline after the publication year."""
    if "own_scope" in s.memo:
        return s.memo["own_scope"]
    starts = [*_cue_positions(s), *_future_openers(s, ctx)]
    first = next((f.start for f in s.figures if is_fact_figure(f)), None)
    if first is not None and (not starts or min(starts) > first):
        # "Các chỉ tiêu chủ yếu … giai đoạn 2026 - 2030 gồm: hằng năm có trên 90% …; đến năm 2028, …":
        # a period still to come heads the goals that no cue or year reaches
        starts += [p for p in _after_publication(_FUTURE_PERIOD, s, ctx) if p < first]
        if starts and _subject_of_weak_cue(s, first, min(starts)) and is_future_sentence(s, ctx):
            starts.append(first)  # "100% thôn … sẽ được kiện toàn … trước ngày 31/3/2027": the plan's subject
    scope = min(starts) if starts else (0 if is_future_sentence(s, ctx) or _roadmap(s, ctx) else None)
    if scope is None:
        scope = _without_year(s, "term_end_phrases")  # "Đến cuối nhiệm kỳ, 100% bí thư chi bộ …"
    if scope is None:
        scope = _term_end_ahead(s, ctx)  # "Đến hết nhiệm kỳ 2025 - 2030, 100% thôn …" on a page of 2026
    if scope is None:
        scope = _without_year(s, "from_now_phrases")  # "Từ nay đến hết tháng 12, … cần thu thêm …"
    if scope is None:
        scope = _dated_pledge(s, ctx)  # "Sở cam kết đến tháng 12/2026 tuyển đủ 418 chỉ tiêu"
    if scope is None and (ahead := _without_year(s, "coming_period_phrases")) is not None:
        scope = ahead  # "trong thời gian tới, xuất khẩu tăng bình quân 7 – 8%": shares planned
        s.memo["ahead_only"] = True
    s.memo["own_scope"] = scope
    return scope


_YEAR_NEXT = re.compile(r"\s*+\(?\s*+(?:19|20)\d\d(?!\d)")


def _dated_pledge(s: Sentence, ctx: ArticleContext) -> int | None:
    """Where a pledge starts whose sentence writes a year it is due, the publication year or later
    ("cam kết giải quyết xong ít nhất 30 kiến nghị trước kỳ họp cuối năm 2026"), or None."""
    pledge = phrases("pledge_cues").search(s)
    if pledge is None or ctx.published_year is None:
        return None
    due = (int(m.group()) for m in _YEAR_BEFORE.finditer(s.text, pledge.end()))
    return pledge.start() if any(year >= ctx.published_year for year in due) else None


def _term_end_ahead(s: Sentence, ctx: ArticleContext) -> int | None:
    """Where the end of a term still to come starts ("đến hết nhiệm kỳ 2025 - 2030" on a page of
    2026): the year decides what ``_without_year`` leaves, as "đến năm 2030" does."""
    if ctx.published_year is None:
        return None
    for m in phrases("term_end_phrases").finditer(s):
        year = _YEAR_NEXT.match(s.text, m.end())
        if year is None:
            continue
        tail = _PERIOD_TAIL.match(s.text, year.end())  # "2025 - 2030": the term's end
        if int(tail.group(1) if tail else year.group()[-4:]) > ctx.published_year:
            return m.start()
    return None


def _without_year(s: Sentence, table: str) -> int | None:
    """Where a phrase of ``table`` naming a time ahead with no year starts ("trong thời gian
    tới", "đến cuối nhiệm kỳ"); with a year after it ("đến hết nhiệm kỳ 2015 - 2020") the year
    decides, and a word of the past after it ("đến cuối nhiệm kỳ trước") makes it no plan."""
    for m in phrases(table).finditer(s):
        if not _YEAR_NEXT.match(s.text, m.end()) and not phrases("period_past_words").match_at(s, m.end()):
            return m.start()
    return None


def target_scope(s: Sentence, ctx: ArticleContext) -> int | None:
    """The offset from which the sentence's figures are targets, or None.

    An item of a list of goals is a target as a whole; otherwise an explicit
    cue, or a clause opened by a later year, opens the scope where it stands;
    without one, a deadline after the publication year makes the whole
    sentence a plan.
    """
    if _announcer(s, ctx) is not None:
        # an item of a list: the whole sentence, or its own cue when that comes before every figure
        # ("Trong đó, chi bộ phấn đấu đến năm 2027 …": the agent before the cue is no part of a goal)
        own = _own_scope(s, ctx)
        first = next((f.start for f in s.figures if is_fact_figure(f)), None)
        return own if own is not None and first is not None and own <= first else 0
    return _own_scope(s, ctx)


LIST_REACH = 40  # sentences looked back over for the one announcing a list
ITEM_CHARS = 160  # a line of a list written without bullets is no longer than this
PARAGRAPH_REACH = 8  # sentences of the same paragraph looked back over for its goals


def _announces(a: Sentence, ctx: ArticleContext, heading: bool = True) -> bool:
    """Whether a sentence sets goals that the items after it list: a target cue or a later
    deadline, with nothing reported after it; a heading ending in a colon may also name the
    plan ("Một số chỉ tiêu chủ yếu ... nhiệm kỳ 2015-2020:") or a rule ("Theo Thông tư ...,
    chế độ bồi dưỡng như sau:"), or be an item of such a list itself ("- Về kinh tế:")."""
    key = "announces" if heading else "announces_goal"
    if key in a.memo:
        return a.memo[key]
    scope = _own_scope(a, ctx)
    if scope is None:  # "Nokia muốn tuyển dụng 700 lao động. Trong đó, 600 công nhân ...": a planned intake
        scope = next(
            (f.start for f in a.figures if is_fact_figure(f) and _intake(a, f, ctx.published_year)), None
        )
    if scope is None and heading:
        noun = next(
            (
                m
                for m in phrases("target_nouns").finditer(a)
                if not _achieved(a, m) and not _in_fixed_phrase(a, m)
            ),
            None,
        )
        statute = phrases("statute_markers").search(a)
        found = noun or statute
        scope = found.start() if found is not None else None
    out = scope is not None and not _past_between(a, scope, len(a.text))
    out = out or (heading and _announcer(a, ctx) is not None)
    a.memo[key] = out
    return out


def _announcer(s: Sentence, ctx: ArticleContext) -> Sentence | None:
    """The sentence announcing the list that ``s`` is an item of, or None: a goal sentence
    of the same paragraph that a "Trong đó, ...", "Cụ thể, ..." continues, or the head of a
    list of paragraphs (``_list_announcer``)."""
    if "announcer" in s.memo:
        return s.memo["announcer"]
    out = None
    if s.index > 0 and _CONTINUATION.match(s.text):
        prev = ctx.sentences[s.index - 1]
        if prev.block == s.block and _announces(prev, ctx, heading=False):
            out = prev
            if phrases("recurring_words").match_at(s, 0):
                s.memo["goals_named_before"] = True  # "Hàng năm, 100% …": recurring, no year of the list
        elif prev.block == s.block and _names_goal_list(prev) and _sets_goals(s, ctx):
            out = prev  # "… năm 2019 thực hiện các chỉ tiêu … Trong đó phấn đấu …: A; B": its year heads them
    elif s.index > 0 and _TOPIC_OPENER.match(s.text):
        out = _area_before(s, ctx)  # "Về xã hội, phấn đấu …. Về môi trường, 100% …": the next area
    if out is None:
        out = _list_announcer(s, ctx)
    if out is None and s.index > 0:
        # "… phấn đấu đến năm 2030 đạt các mục tiêu cơ bản …" then a paragraph of those goals
        prev = ctx.sentences[s.index - 1]
        if prev.block != s.block and _first_of_block(s, ctx) and _names_goals(prev, ctx):
            out = prev
            s.memo["goals_named_before"] = True
    s.memo["announcer"] = out
    return out


def _area_before(s: Sentence, ctx: ArticleContext) -> Sentence | None:
    """The goal sentence a sentence opened by an area of the plan continues: the sentence before
    it in its paragraph, opened by an area too, setting goals or listing them; none when ``s``
    reports what was done."""
    prev = ctx.sentences[s.index - 1]
    if prev.block != s.block or not _TOPIC_OPENER.match(prev.text) or _past_between(s, 0, len(s.text)):
        return None
    head = _announcer(prev, ctx)
    return head if head is not None else (prev if _announces(prev, ctx, heading=False) else None)


def _names_goal_list(s: Sentence) -> bool:
    """Whether the sentence names goals in the plural ("thực hiện các chỉ tiêu …") or counts the
    items of a plan ("Kế hoạch 5 năm … được thông qua với 20 chỉ tiêu chủ yếu")."""
    if phrases("goal_list_nouns").search(s.text):
        return True
    return any(is_fact_figure(f) and phrases("plan_items").match_at(s, f.end) for f in s.figures)


def _sets_goals(s: Sentence, ctx: ArticleContext) -> bool:
    """Whether the sentence's own words set goals (a cue, a later year), reporting nothing after."""
    scope = _own_scope(s, ctx)
    return scope is not None and not _past_between(s, scope, len(s.text))


def _first_of_block(s: Sentence, ctx: ArticleContext) -> bool:
    return s.index == 0 or ctx.sentences[s.index - 1].block != s.block


def _names_goals(a: Sentence, ctx: ArticleContext) -> bool:
    """A goal sentence naming its goals in the plural ("đạt các mục tiêu cơ bản ...") that does not
    list them itself ("… các mục tiêu chủ yếu của năm 2026: tốc độ tăng trưởng GDP từ 10% …")."""
    named = phrases("goal_list_nouns").search(a)
    if named is None or any(is_fact_figure(g) for g in figures_between(a, named.end(), len(a.text))):
        return False
    return _announces(a, ctx, heading=False)


def _between_bullets(cur: Sentence, prev: Sentence, ctx: ArticleContext) -> bool:
    """Whether ``cur`` stands between two bullets, explaining the item of the one before it
    ("- Bồi dưỡng ... cho 28.000 giáo viên. / Việc bồi dưỡng được thực hiện trực tuyến. / - ...")."""
    after = ctx.sentences[cur.index + 1] if cur.index + 1 < len(ctx.sentences) else None
    return bool(_BULLET.match(prev.text) and after is not None and _BULLET.match(after.text))


def _list_announcer(s: Sentence, ctx: ArticleContext) -> Sentence | None:
    """The goal sentence ending in a colon whose list holds the paragraph of ``s``.

    Its items are the paragraph right after it, then each paragraph that opens
    with a bullet, follows one ending in ";" or ",", stands between two bullets (a
    line that explains an item), or is a short line after a short line; the list
    never runs past a paragraph that is none of these.
    """
    if "list_announcer" in s.memo:
        return s.memo["list_announcer"]
    out = None
    cur = s
    for _ in range(LIST_REACH):
        if cur.index == 0:
            break
        prev = ctx.sentences[cur.index - 1]
        same = prev.block == cur.block
        if not same and _ENDS_WITH_COLON.search(prev.text):
            out = prev if _announces(prev, ctx) else None
            break
        # short lines of a list: one newline apart, each closed by punctuation (else a heading)
        short = (
            cur.start - prev.end == 1
            and len(cur.text) <= ITEM_CHARS
            and len(prev.text) <= ITEM_CHARS
            and _CLOSED.search(cur.text)
        )
        explains = _between_bullets(cur, prev, ctx)
        if not (same or short or _BULLET.match(cur.text) or explains or _ENDS_ITEM.search(prev.text)):
            break
        if "list_announcer" in prev.memo:
            out = prev.memo["list_announcer"]  # an earlier sentence of the same list, already placed
            break
        cur = prev  # another sentence of the same item, or the item before
    s.memo["list_announcer"] = out
    return out


def _list_year(s: Sentence, ctx: ArticleContext) -> int | None:
    """The year written at the head of the list ``s`` is an item of, or None."""
    a = _announcer(s, ctx)
    if a is None or s.memo.get("goals_named_before"):
        return None  # a year never heads goals beyond its paragraph (contract: deadlines)
    if "head_year" not in a.memo:
        _, years = _year_candidates(a)
        own = next((y.year for y in reversed(years) if not y.base and not _reported_year(a, y)), None)
        a.memo["head_year"] = own if own is not None else _list_year(a, ctx)
    return a.memo["head_year"]


def _goal_paragraph(s: Sentence, ctx: ArticleContext) -> bool:
    """Whether an earlier sentence of the paragraph sets goals: its bounds are quotas too
    ("Huyện ủy đề ra mục tiêu năm 2025 kết nạp 200 đảng viên. Các xã kết nạp ít nhất ...")."""
    k = s.index - 1
    while k >= max(0, s.index - PARAGRAPH_REACH) and ctx.sentences[k].block == s.block:
        prev = ctx.sentences[k]
        scope = _own_scope(prev, ctx)
        if scope is not None and not _past_between(prev, scope, len(prev.text)):
            return True
        k -= 1
    return False


def _beneficiary(text: str, f: Figure, since: int) -> bool:
    """After "cho", a figure counts who receives a quota ("phân bổ chỉ tiêu cho 38 tổ chức"),
    unless the plan trains them ("kế hoạch bồi dưỡng ... cho 9.500 cán bộ", "sẽ mở thêm 28 lớp cho
    khoảng 2.000 cán bộ": the learners of the classes planned) or gives them what it is about
    ("giải quyết việc làm cho trên 20.000 lao động": `benefit_nouns.txt`)."""
    if not _BENEFICIARY_BEFORE.search(text[max(0, f.start - 8) : f.start]):
        return False
    trains = phrases("training_words").search(text, since, f.start)
    return not (
        trains
        or phrases("class_nouns").search(text, since, f.start)
        or phrases("benefit_nouns").search(text, since, f.start)
    )


QUOTA_REACH = 200  # how far before a bound its "mỗi ..." or obligation may stand
QUOTA_HANDED_REACH = 80  # how far before the bodies that receive it a quota's noun may stand


_FORBIDDEN_EXCESS = re.compile(  # the prohibition and the excess word around the capped verb, at the end
    rf"(?<![\w])(?:{alternation('prohibitions')})\s++(?P<capped>\p{{L}}++(?:\s++\p{{L}}++){{0,2}}?)\s++"
    rf"(?:{alternation('excess_words')})\s*+$",
    re.IGNORECASE,
)


def _forbidden_excess(s: Sentence, f: Figure) -> bool:
    """ "không được nghỉ quá ba buổi": a prohibition on going past a figure caps it."""
    return f.qualifier == "exact" and bool(_FORBIDDEN_EXCESS.search(s.text, max(0, f.start - 50), f.start))


_LIST_GAP = re.compile(  # the rest of the item's noun (two words at most), then "," or "và"
    rf"(?:\s++\p{{L}}++){{0,2}}?(?:\s*+,|\s++(?:{alternation('list_conjunctions')}))\s++"
)


def _next_item_bound(s: Sentence, after: int, f: Figure) -> bool:
    """A bounded figure in the item right after a rule's item (after one ";"), reporting nothing
    done ("đã"): the same rule."""
    if f.qualifier not in ("range", "at_most", "at_least") or s.text.count(";", after, f.start) != 1:
        return False
    return not _past_between(s, after, f.start)


_PENALTY_BEFORE = re.compile(
    rf"(?<![\w])(?:{alternation('penalty_words')})(?:\s++(?:{alternation('penalty_links')}))?\s*+$",
    re.IGNORECASE,
)


_PURPOSE_OPENER = re.compile(rf"^[\W_]*+(?:{alternation('purpose_openers')})(?![\w])", re.IGNORECASE)


def _in_purpose_clause(s: Sentence, f: Figure) -> bool:
    """ "Để kinh tế thuần biển chiếm 10% GDP, …": a figure of the opening purpose clause is a goal."""
    opener = _PURPOSE_OPENER.match(s.text)
    if opener is None or "," in s.text[opener.end() : f.start]:
        return False
    return not _past_between(s, opener.end(), f.start)


def _penalty_share(s: Sentence, f: Figure) -> bool:
    """ "mức phạt tối thiểu 10%", "phải bồi hoàn 50% chi phí": the rate a rule or contract sets;
    so is a bracket of fines ("bị phạt tiền từ 5 đến 10 triệu đồng"), where one fine imposed
    ("bị phạt 20 triệu đồng") is a count."""
    if f.kind != "percent" and f.qualifier != "range":
        return False
    return bool(_PENALTY_BEFORE.search(s.text, max(0, f.start - 30), f.start))


def _quota(s: Sentence, f: Figure) -> bool:
    """A cap ("không quá 4 người", "tối đa 3 chức danh"), or a bound that an obligation or
    "mỗi ..." imposes ("phải có ít nhất 1 người", "mỗi chi bộ ... ít nhất một chương trình")."""
    if f.qualifier == "at_most":
        return True
    clause_start = max(s.text.rfind(";", max(0, f.start - QUOTA_REACH), f.start) + 1, f.start - QUOTA_REACH)
    lead = max(0, f.start - QUOTA_REACH)
    if f.qualifier in ("exact", "range") and _allocated_each(s, f, clause_start):
        return True  # "Mỗi tỉnh, thành phố chọn 2 chi bộ …": what a rule hands each unit
    if f.qualifier == "range":  # "mỗi Ban Thanh tra nhân dân có từ 5 đến 11 thành viên": a size rule
        if not _SIZE_VERB_BEFORE.search(s.text, max(0, f.start - 12), f.start):
            return False  # "mỗi buổi thu hút từ 80 đến 100 cử tri" reports what happened
        ruled = phrases("rule_markers").search(s, lead, f.start) or phrases("modal_cues").search(
            s, lead, f.start
        )
        if not ruled:
            return False  # "Mỗi chi bộ thôn có từ 15 đến 20 đảng viên" reports a size
        return distributes(s, clause_start, f.start)  # "mỗi năm, huyện có từ 150 đến 180 ...": yearly
    if phrases("full_quota_words").ends_at(s, f.start) and phrases("modal_cues").search(s, lead, f.start):
        return True  # "cần hoàn tất việc kiện toàn đủ 52 người theo quy định": the full number asked
    if f.kind == "percent" and f.qualifier == "exact" and _obliged_whole(s, f, lead):
        return True  # "Các đảng ủy phải bảo đảm 100% chi bộ tổ chức thảo luận …": a rule for all
    if f.qualifier not in ("at_least", "less_than"):
        return False  # "trên", "hơn" report levels ("bảo đảm tỷ lệ đổi mới trên 30%": a plan's make-up)
    if _ensured(s, clause_start, f.start):
        return True  # "bảo đảm tỷ lệ cán bộ nữ không dưới 20%": a lower bound to be kept, a quota
    if f.qualifier == "at_least" and _floor_per_period(s, f, clause_start):
        return True  # "hằng năm … chủ trì ít nhất 2 cuộc giám sát": a floor set for every year
    if f.qualifier == "at_least" and phrases("rule_markers").search(s, lead, f.start):
        return True  # "Theo thỏa ước nhóm, tiền ăn giữa ca không thấp hơn 25.000 đồng/bữa": a rule's floor
    if f.kind == "percent" and phrase_table("change_cues", "phrase", "direction")[0].ends_at(s, f.start):
        return True  # "giảm tối thiểu 10% biên chế": a directive to cut by a share
    least_share = f.kind == "percent" and f.qualifier == "at_least"  # "chiếm dưới 0,15%" reports a level
    if least_share and phrases("share_verbs").ends_at(s, f.start) and not _dated_or_past(s, clause_start, f):
        return True  # "Đại biểu … chuyên trách chiếm ít nhất 35% tổng số đại biểu": a rule's least share
    # "mỗi chi bộ … ít nhất một chương trình" distributes a bound; "từng lần vi phạm, … ít nhất
    # 1 triệu đồng" reports how often it happened
    return bool(phrases("modal_cues").search(s, lead, f.start)) or distributes(s, clause_start, f.start)


_EACH_AT_HEAD = re.compile(rf"(?:^|[;:,]\s*+)(?:{alternation('distributive_words')})\s", re.IGNORECASE)


def _allocated_each(s: Sentence, f: Figure, clause_start: int) -> bool:
    """Whether a distributive word heads the clause and an allocation verb stands right before the
    figure ("Mỗi tỉnh, thành phố chọn 2 chi bộ", "Mỗi chức danh quy hoạch từ 2 đến 4 cán bộ":
    `allocation_verbs.txt`): what a rule hands each unit."""
    verb = phrases("allocation_verbs").ends_at(s, f.start)
    if verb is None:
        return False
    head = _EACH_AT_HEAD.search(s.text, max(0, clause_start - 2), verb.start())
    return head is not None and not any(c.isdigit() for c in s.text[head.end() : verb.start()])


def _obliged_whole(s: Sentence, f: Figure, lead: int) -> bool:
    """Whether an obligation asks that a share be ensured right before it ("phải bảo đảm 100% chi bộ
    …": `modal_cues.txt`, `ensuring_verbs.txt`)."""
    ensured = phrases("ensuring_verbs").ends_at(s, f.start)
    return ensured is not None and phrases("modal_cues").search(s, lead, ensured.start()) is not None


def _floor_per_period(s: Sentence, f: Figure, clause_start: int) -> bool:
    """Whether a period the bound is set for stands before it in its clause ("hằng năm … ít nhất 2
    cuộc giám sát"), with no year or past marker dating it ("Từ năm 2020 đến nay, hằng năm …
    kết nạp từ 10 đảng viên trở lên" reports) and no occasion it was counted per ("Hàng tháng
    hoặc từng lần vi phạm, … ít nhất 1 triệu đồng" reports what was paid)."""
    lo = max(0, f.start - QUOTA_REACH)
    periodic = phrases("periodic_words").search(s, lo, f.start)
    if periodic is None or _dated_or_past(s, min(clause_start, periodic.start()), f):
        return False
    return phrases("occasion_words").search(s, lo, f.start) is None


def _dated_or_past(s: Sentence, start: int, f: Figure) -> bool:
    """Whether a year or a past marker in the clause before ``f`` makes its bound a level
    reached ("Năm 2023, số đảng viên trẻ chiếm ít nhất 30%"), not a rule."""
    return bool(_YEAR_BEFORE.search(s.text, start, f.start) or _PAST_BETWEEN.search(s.text, start, f.start))


def _ensured(s: Sentence, start: int, end: int) -> bool:
    """Whether a verb that binds to keep a level ("bảo đảm", "đảm bảo") stands in the bound's
    clause, not after a past marker ("đã bảo đảm … ít nhất …" reports a level kept)."""
    verb = phrases("ensuring_verbs").search(s, start, end)
    return verb is not None and not _past_right_before(s.text, verb.start())


OBLIGATION_REACH = 60  # how far after a share its obligation may stand
_NEGATED = re.compile(rf"\b(?:{alternation('negations')})\s+$", re.IGNORECASE)


def _obliged_share(s: Sentence, f: Figure) -> bool:
    """A share that an obligation right after it imposes ("100% bí thư chi bộ mới phải
    được bồi dưỡng", "ít nhất 80% ... phải có"): a requirement, unless the sentence
    reports what was done ("đã")."""
    if f.kind != "percent" or not (f.value == 100 or f.qualifier == "at_least"):
        return False  # a rule asks for all or at least a share; "40% hộ dân phải được hỗ trợ" reports
    lo, hi = clause_bounds(s.text, f.start)
    if _past_between(s, max(lo, f.start - OBLIGATION_REACH), min(hi, f.end + OBLIGATION_REACH)):
        return False
    for m in phrases("obligation_phrases").finditer(s, f.end, min(hi, f.end + OBLIGATION_REACH)):
        negated = _NEGATED.search(s.text, max(0, m.start() - 12), m.start())
        if not negated and "," not in s.text[f.end : m.start()]:
            return True
    return False


_PER_PERIOD = re.compile(rf"\s*+/\s*+(?:{alternation('time_periods')})\b", re.IGNORECASE)
FREQUENCY_REACH = 80  # how far from "N lần" its period ("mỗi tháng") may stand


def _frequency(s: Sentence, f: Figure) -> tuple[str, int] | None:
    """The unit of a frequency quota ("ít nhất hai lần mỗi tháng"): a bounded figure of
    "lần" with a period that recurs in its clause."""
    m = phrases("frequency_nouns").match_at(s, f.end)
    if m is None:
        return None
    per = _PER_PERIOD.match(s.text, m.end(), m.end() + 12)
    if per:  # "tối thiểu 2 lần/năm": the period is written with the unit
        return f"{m.group().strip()}{per.group().strip()}", per.end()
    lo, hi = clause_bounds(s.text, f.start)
    lo, hi = max(lo, f.start - FREQUENCY_REACH), min(hi, m.end() + FREQUENCY_REACH)
    periodic = phrases("distributive_words").search(s, lo, hi) or phrases("recurring_words").search(s, lo, hi)
    return (m.group().strip(), m.end()) if periodic else None


class _Year(NamedTuple):
    year: int
    pos: int
    base: bool  # the base of a comparison ("so với năm 2021", "so với nhiệm kỳ 2015-2020")
    end: bool  # where a plan runs to: after a deadline word, the end of a span, or heading a list
    opens: bool = False  # opens the sentence ("Năm 2025, ..."): the time frame of all of it
    term: bool = False  # a term named in passing ("đại hội ... nhiệm kỳ 2025-2030"): a name after a figure


def _year_candidates(s: Sentence) -> tuple[list[int], list[_Year]]:
    """Years of the sentence that may be deadlines, found once per sentence: (positions,
    years). Years inside document numbers, codes and dates are left out, unless a deadline
    phrase introduces the date ("đến hết tháng 9/2023")."""
    if "years" in s.memo:
        return s.memo["years"]
    text = s.text
    documents = [
        (g.start, g.end)
        for g in s.figures
        if g.kind in ("document", "code", "phone")
        or (
            g.kind == "date"
            and not _DEADLINE_BEFORE.search(text, max(0, g.start - 25), g.start)
            and not _DUE_PERIOD_BEFORE.search(text, max(0, g.start - 25), g.start)
        )
    ]
    found: list[_Year] = []
    opener = _YEAR_OPENER.match(text)
    for y, pos in years_in(text):
        if any(a <= pos < b for a, b in documents):
            continue
        if _LAW_NAME_YEAR.search(text, max(0, pos - LAW_NAME_REACH), pos):
            continue  # "Luật Hợp tác xã năm 2023": the year names the law, it dates no plan
        if found and found[-1].pos >= pos - 12 and _PERIOD_END.search(text, max(0, pos - 8), pos):
            # "2015-2020": the span's end, a base only after a comparison ("từ năm 2018 - 2020" ends
            # in 2020), a term named in passing ("nhiệm kỳ 2015-2020") unless a deadline word leads
            start = found[-1]
            compared = _COMPARED.search(text, max(0, start.pos - 60), start.pos) is not None
            named = not start.end and bool(_TERM_NOUN_BEFORE.search(text, max(0, start.pos - 20), start.pos))
            if named:
                found[-1] = start._replace(term=True)
            found.append(_Year(y, pos, compared, True, term=named))
            continue
        base = bool(
            _BASELINE.search(text[max(0, pos - 30) : pos]) or _COMPARED.search(text, max(0, pos - 60), pos)
        )
        heads = _HEADS_LIST.match(text, pos + 4, pos + 8) is not None
        end = heads or bool(_END_BEFORE.search(text, max(0, pos - 30), pos))
        found.append(_Year(y, pos, base, end, opens=opener is not None and opener.start(1) == pos))
    s.memo["years"] = ([y.pos for y in found], found)
    return s.memo["years"]


LAW_NAME_WORDS = 8  # "Luật Tín ngưỡng, tôn giáo năm 2016": the words of a law's name before its year
LAW_NAME_REACH = 80
_LAW_NAME_YEAR = re.compile(
    rf"(?<![\w])(?:{alternation('statute_nouns')})(?:,?\s++\p{{L}}++){{1,{LAW_NAME_WORDS}}}?"
    rf"\s++(?:{alternation('year_cues')})\s++$"
)


def _reported_year(s: Sentence, y: _Year) -> bool:
    """A year whose own clause reports what was done ("giai đoạn 2016-2020 đã kết nạp ...")."""
    stop = _CLAUSE_AFTER.search(s.text, y.pos + 4, y.pos + 60)
    end = stop.start() if stop else min(len(s.text), y.pos + 60)
    # "năm 2019 thực hiện các chỉ tiêu Đại hội đã đề ra": a past marker of a relative clause
    # that describes a plan noun reports nothing
    relative = phrases("relative_cues")
    return any(
        y.pos <= m < end and not relative.match_at(s.text, _PAST_BETWEEN.match(s.text, m).end())
        for m in _past_marks(s)
    )


def _report_before(s: Sentence, lo: int, f: Figure) -> bool:
    """Whether a past marker that speaks of the target (``_past_marks_on_way``) and a figure
    after it stand between ``lo`` and the target: a result reported between a year and a target
    ("Giai đoạn 2016-2020 đã kết nạp 1.200 đảng viên, phấn đấu thời gian tới ..."), so the year
    is that result's, not the target's."""
    first = _past_marks_on_way(s, lo, f)[:1]
    return any(is_fact_figure(g) for m in first for g in figures_between(s, m, f.start))


BASE_ASIDE_GAP = 12  # "so với năm 2021 (đạt 450 tỷ đồng)": an aside this close after a base year is about it


def _aside_of(y: _Year, paren: int) -> bool:
    """Whether the aside opened at ``paren`` follows the year ``y`` closely enough to be about it."""
    return 0 <= paren - y.pos <= BASE_ASIDE_GAP


def deadline(s: Sentence, f: Figure, head: int | None = None) -> int | None:
    """The year tied to the target: the nearest written before it, else the first after, else
    ``head``, the year at the head of its list. A recurring target ("hằng năm") has none
    unless a year ends its plan ("đến năm 2030", "giai đoạn 2026-2030") or heads its list."""
    text = s.text
    paren = text.rfind("(", max(0, f.start - 200), f.start) if inside_parens(text, f.start) else -1
    if paren >= 0 and f.start in _restated_plans(s):
        paren = -1  # "so với năm 2017, vượt kế hoạch đề ra (7,5%)": the plan restated, no aside on 2017
    positions, years = _year_candidates(s)
    k = bisect_left(positions, f.start)
    own = _OWN_YEAR_AFTER.match(text, f.end, f.end + OWN_YEAR_REACH)
    if own and phrases("list_conjunctions").search(s, f.end, own.start(1)):
        own = None  # "năm 2027 là 85% và năm 2028 là 100%": the year after "và" opens the next item
    if own and k > 0 and (y := next((y for y in years[k:] if y.pos == own.start(1)), None)) and not y.base:
        return y.year  # "lên 101 chiếc vào năm 2015 và 150 chiếc vào năm 2020": each figure's own year
    item_year = _year_of_item(s, f, positions, years)
    if item_year is not None:
        return item_year
    item = text.rfind(";", 0, f.start) + 1  # the item of a list the figure belongs to
    # a baseline year ("so với năm 2021") is no deadline, unless an aside refers to it
    before = next(
        (years[j] for j in range(k - 1, -1, -1) if not years[j].base or _aside_of(years[j], paren)), None
    )
    first_item_end = text.find(";")
    if before is not None and first_item_end < before.pos < item - 1 and not _heads_list(text, before.pos):
        # "Đại hội có nhiệm vụ …; Quyết định … năm 2015-2020; …; Chọn 75 người …": a year inside an
        # earlier item of the list, not at its head, is that item's own; one before a colon heads
        # the items after it ("… 12 chỉ tiêu chủ yếu; trong đó, đến năm 2030: …; 100% hộ …; …")
        before = None
    if before is not None and before.term and years[0].opens:
        before = years[0]  # "Năm 2025, năm diễn ra đại hội nhiệm kỳ 2025-2030, ... phấn đấu ...": 2025
    elif before is not None and before.term and phrases("participant_leads").ends_at(s, f.start) is not None:
        # "Đại hội … nhiệm kỳ 2015-2020, sẽ được tổ chức … với sự tham gia của 450 đại biểu": the
        # term names the event its participants attend, no year their number is planned for
        before = None
    if before is not None and not _report_before(s, before.pos, f):
        # "Năm 2025, mỗi năm ..." recurs; "đến năm 2030, hằng năm ..." ends in 2030; a year heading
        # the list ("Năm 2026, ... kết nạp 12 đảng viên; mỗi năm giảm 2% ...") serves every item
        recurs = before.pos >= item and phrases("recurring_words").search(s, before.pos, f.start)
        return None if recurs and not before.end else before.year
    if phrases("recurring_words").search(s, max(item, f.start - 200), f.start):
        return head
    later = (years[j] for j in range(k, len(years)))
    after = next(
        (
            y
            for y in later
            if y.pos >= f.end
            and (not y.base or _aside_of(y, paren))
            and not y.term
            and not _reported_year(s, y)
            and not (";" in text[f.end : y.pos] and text[y.pos - 1 : y.pos] == "/")  # a later item's due day
        ),
        None,
    )
    if after is not None:
        tail = _PERIOD_TAIL.match(text, after.pos + 4, after.pos + 12)
        return int(tail.group(1)) if tail else after.year
    return head


_YEAR_ITEM_BEFORE = re.compile(
    rf"(?<![\w])(?:{alternation('year_cues')})\s++((?:19|20)\d\d)\s++(?:(?:{alternation('year_item_links')})\s++)?$",
    re.IGNORECASE,
)
YEAR_ITEM_REACH = 20


def _year_of_item(s: Sentence, f: Figure, positions: list[int], years: list[_Year]) -> int | None:
    """A plan that names a figure per year ("từ năm 2027 với 60% công suất, năm 2028 là 85%"):
    the year right before the figure is its own, even after "từ", unless it is the base of a
    comparison or the first end of a pair ("từ năm 2020 là 30% lên 50%")."""
    text = s.text
    item = _YEAR_ITEM_BEFORE.search(text, max(0, f.start - YEAR_ITEM_REACH), f.start)
    if item is None:
        return None
    pos = item.start(1)
    j = bisect_left(positions, pos)
    if j == len(positions) or positions[j] != pos:
        return None  # a year inside a date or a document number
    if _COMPARED.search(text, max(0, pos - 60), pos) or pair_follows(text, f):
        return None
    return years[j].year


OWN_YEAR_REACH = 40  # "150 chiếc vào năm 2020": a year written right after the figure and its noun
_OWN_YEAR_AFTER = re.compile(
    rf"[^,;:.()\d]{{0,30}}?\s(?:(?:{alternation('future_phrases')})\s+)?(?i:{alternation('year_cues')})"
    r"\s+((?:19|20)\d\d)(?!\d)"
)
LEAD_REACH = 160  # a target's subject starts no further back than this


_PLAN_IN_ASIDE = re.compile(rf"\(\s*+(?:{alternation('achievement_objects')})\s*+:?\s*+$", re.IGNORECASE)


def _without_end(phrase: str, words: Phrases) -> str:
    """``phrase`` without one of ``words`` at its end."""
    found = words.ends_at(phrase, len(phrase))
    return phrase[: found.start()] if found is not None else phrase


def _lead_clause(window: str) -> str:
    """The clause of a target's figure within the words before it: after the last clause break,
    or before an aside closed right before the figure ("tăng bộ câu hỏi từ 450 câu (hiện nay) lên
    600 câu": the aside names nothing the figure measures)."""
    pieces = _LEAD_SPLIT.split(window)
    lead = pieces[-1]
    closed = lead.rfind(")")
    named_after = len(strip_edges(lead[closed + 1 :]).split()) > 1
    if closed >= 0 and len(pieces) > 1 and not named_after and ")" not in pieces[-2]:
        lead = f"{pieces[-2]} {lead[closed + 1 :]}"
    # a conjunction opening a clause of its own ("Theo thông báo của trung ương thì đoàn đại biểu này sẽ
    # gồm 61 người"), unless a quoted name holds it
    openings = list(phrases("clause_conjunctions").finditer(lead))
    for k in range(len(openings) - 1, -1, -1):  # by index: mypyc cannot reverse a list of untyped matches
        opened = openings[k]
        if len(_QUOTE_MARKS.findall(lead, 0, opened.start())) % 2 == 0 and strip_edges(lead[opened.end() :]):
            return lead[opened.end() :]
    return lead


MAX_LIST_NAME_WORDS = 5  # a name of a list that commas join ("Thành ủy TP HCM", "Tỉnh ủy Nghệ An")


def _indicator_over_names(window: str, lead: str) -> str:
    """The lead from an indicator named before a list of short names that commas join, when the
    lead is the list's last name ("số lượng thành viên Ban thường vụ Thành ủy Hà Nội, Thành ủy TP
    HCM, Tỉnh ủy Nghệ An không quá 17 người": the members' number, not "Tỉnh ủy Nghệ An"), or
    from a topic set off before the names ("Với chức danh Phó bí thư, …"); else the lead as it
    is."""
    head = window[: len(window) - len(lead)]
    if not window.endswith(lead) or not head.rstrip().endswith(",") or not _short_name(lead):
        return lead
    pieces = head.rstrip()[:-1].split(",")
    for k in range(len(pieces) - 1, max(-1, len(pieces) - 1 - MAX_JOINED), -1):
        piece = pieces[k]
        topic = phrases("topic_markers").match_at(piece, 0)
        if topic is not None and strip_edges(piece[topic.end() :]) and not _LIST_BREAK.search(piece):
            # "Với chức danh Phó bí thư, Thành ủy Hà Nội, Thành ủy TP HCM không quá 3 người"
            return ",".join([piece[topic.end() :], *pieces[k + 1 :], lead])
        opener = last_match(phrases("subject_openers").finditer(piece))
        if opener is not None:
            named = piece[opener.start() :]
            if _LIST_BREAK.search(named) or phrases("clause_markers").search(named):
                return lead
            return ",".join([named, *pieces[k + 1 :], lead])
        if not _short_name(piece):
            return lead
    return lead


_LIST_BREAK = re.compile(r"[;:()\d]")


def _with_joined_nouns(window: str, lead: str) -> str:
    """The lead with the nouns that commas join to its first after "các" ("các tỉnh, thành ủy còn
    lại không quá 2 người": the provinces' and cities' committees, not "thành ủy còn lại")."""
    for _ in range(MAX_JOINED):
        head = window[: len(window) - len(lead)].rstrip()
        if not window.endswith(lead) or not head.endswith(",") or not joins_nouns(window, len(head) - 1):
            break
        previous = _LEAD_SPLIT.split(head[:-1])[-1]
        lead = window[len(head) - 1 - len(previous) :]
    return lead


def _short_name(piece: str) -> bool:
    """Whether a comma's piece is a short proper name of a list: a few words, the first written
    with a capital, no figure, no clause ("Thành ủy TP HCM"; not "mỗi xã có")."""
    words = piece.split()
    return (
        0 < len(words) <= MAX_LIST_NAME_WORDS
        and words[0][:1].isupper()
        and not _LIST_BREAK.search(piece)
        and not phrases("clause_markers").search(piece)
        and not phrases("target_cues").search(piece)
    )


def _indicator_before_cue(text: str, f: Figure, scope: int, words: str, first: bool = False) -> str:
    """When a target's own words after its cue only say when ("Tổng doanh thu toàn Tập đoàn dự
    kiến cả năm đạt 633 nghìn tỷ đồng") or name the amount ("… với kinh phí"), the indicator
    before the cue with those words after it (or before it, ``first``)."""
    named = _lead_clause(text[max(0, f.start - LEAD_REACH) : scope]).rpartition(":")[2]
    named = strip_edges(phrases("target_cues").pattern.sub(" ", named))
    if not named or holds_other_figure(named):
        return words
    return f"{words} {named}" if first else f"{named} {words}"


def _subject(s: Sentence, f: Figure, unit_end: int | None, scope: int) -> str | None:
    """What a target measures. A share's is read like a rate's; a counted target's is the item
    an aside counts ("luật (4 chỉ tiêu)"), else the words of its clause before it (the clause
    before a bare cue, the item after a colon, never the speaker), its noun unless it is money,
    and the words after it up to the clause's end."""
    text = s.text
    if unit_end is None:  # a percentage; "Bội chi dự kiến 5,3%": the indicator, not the cue
        share = _without_proposer(_without_closing_cue(percent_subject(text, f)))
        return _plan_content(_after_agent(share) if share else share)
    item = _ITEM_BEFORE_ASIDE.search(text, max(0, f.start - LEAD_REACH), f.start)
    if item:  # "luật (4 chỉ tiêu); tài chính (3 chỉ tiêu)": the item the aside counts
        return tidy(item.group(1))
    plan_aside = _PLAN_IN_ASIDE.search(text, max(0, f.start - LEAD_REACH), f.start)
    if plan_aside:  # "lợi nhuận đạt 47,1 ngàn tỷ đồng (kế hoạch 19,1 ngàn tỷ đồng)": the indicator's plan
        return clean_subject(indicator_before(text, plan_aside.start())) or None
    window = text[max(scope, 0, f.start - LEAD_REACH) : f.start]
    lead = _with_joined_nouns(window, _indicator_over_names(window, _lead_clause(window)))
    cues = phrases("target_cues").pattern
    cleaned = strip_edges(cues.sub(" ", lead))
    change_cues = phrase_table("change_cues", "phrase", "direction")[0]
    if phrases("equivalence_words").fullmatch_head(cleaned):
        # "tiền ăn … sẽ được tăng thêm 5 lần so với ngày thường, tương đương 173.000 đồng / người /
        # ngày": the amount restates the indicator of the clause before, not the link word
        restated = restated_indicator(text, f.start - len(lead))
        if restated:
            return restated
    alone = phrases("size_verbs").fullmatch_head(cleaned) or change_cues.fullmatch_head(cleaned)
    body_sized = False
    # "cần cấp ngay 3 tỷ đồng": an adverb after the cue's verb is no lead of its own
    filler = bool(cleaned) and trim_subject(cleaned) is None
    if not cleaned or alone or filler:
        # "… sẽ gồm 61 người", "Mức bồi dưỡng … sẽ tăng 20.000 đồng": the verb alone
        # "Ban thường vụ Thành ủy Hà Nội và TP HCM sẽ có không quá 17 người": the clause before the cue
        # the clause right before, unless it holds another figure
        near = _lead_clause(text[max(0, f.start - LEAD_REACH) : f.start].rstrip(" ,;("))
        if strip_edges(cues.sub(" ", near)) and not _DIGIT.search(near):
            lead = trim_subject(cues.sub(" ", near)) or ""  # "… sẽ tăng": without the verb
            sized = phrases("size_verbs").ends_at(lead, len(lead))
            goal = any(not phrases("weak_target_cues").fullmatch_head(c.group()) for c in cues.finditer(near))
            if sized is not None and not goal:  # "… sẽ gồm 61 người": the body whose size it is, not its verb
                # ("Việt Nam phấn đấu có 400 cử nhân" is a goal of what it has, not its size)
                lead = trim_subject(lead[: sized.start()]) or ""
                body_sized = bool(lead)
    _, colon, item_after = lead.rpartition(":")
    if colon and item_after.strip():
        lead = item_after  # "phấn đấu: thu nhập bình quân đạt ...": the item after the colon
    said = next(reversed(list(phrases("speech_verbs").finditer(lead))), None)
    if said is not None and lead[said.end() :].strip():
        lead = lead[said.end() :]  # "Ủy ban cho biết tuyển dụng 15 công chức": not the speaker
    ruled = last_match(phrases("rule_markers").finditer(lead))
    if ruled is not None and strip_edges(lead[ruled.end() :]):
        lead = lead[ruled.end() :]  # "… nhận lại tiền với quy định không được nghỉ quá": the rule's content
    split_cap = _FORBIDDEN_EXCESS.search(lead)
    if split_cap is not None:  # "học viên không được nghỉ quá ba buổi": who does what the cap bounds
        lead = f"{lead[: split_cap.start()]} {split_cap.group('capped')}"
    pair = pair_start(lead)
    if pair:  # "tăng bộ câu hỏi từ 450 câu (hiện nay) lên 600 câu": the start of the pair is what is
        lead = lead[: pair.start()]
    moved = moved_object_start(lead, 0, len(lead), at_level=pair is not None)
    if moved is not None:  # "mở rộng đội bay của mình lên 101 chiếc": what is moved, not the move
        lead = lead[moved:]
    earlier = _EARLIER_ITEM_AT_END.search(lead)
    if earlier:  # "kết nạp 120 đảng viên và 30 đoàn viên ưu tú": the verb both items share, not the first
        lead = lead[: earlier.start()]
    done = last_match(_EARLIER_ITEM_BEFORE.finditer(lead))
    if done is not None and strip_edges(lead[done.end() :]) and holds_other_figure(lead[: done.end()]):
        lead = lead[done.end() :]  # "đề xuất chi hơn 10 tỉ đồng để cử 80 cán bộ": the item after the other
    named = last_match(phrases("target_nouns").finditer(lead))
    plan = lead[named.start() :] if named is not None else ""
    if plan and _names_its_figure(plan) and holds_other_figure(lead[: -len(plan)]):
        lead = plan  # "giải ngân được 58% trong kế hoạch vốn 4.500 tỷ đồng": the plan named, not the result
    if phrases("participant_leads").ends_at(lead, len(lead)) is not None:
        lead = ""  # "… sẽ được tổ chức … với sự tham gia của 450 đại biểu …": who takes part, not the event
    lead = _after_agent(lead)
    lead = phrases("pledge_cues").pattern.sub(" ", phrases("target_cues").pattern.sub(" ", lead))
    lead = without_time_lead(strip_edges(lead))
    if scope > 0 and phrases("time_only_phrases").fullmatch_head(lead):
        lead = _indicator_before_cue(text, f, scope, lead)
    amount = phrases("planned_amount_nouns").ends_at(lead, len(lead))
    linked = phrases("measure_links").ends_at(lead, amount.start()) if amount is not None else None
    if scope > 0 and amount is not None and linked is not None:
        # "Giai đoạn II của Chương trình sẽ được thực hiện … với kinh phí dự kiến khoảng 10 triệu
        # Euro": the amount for what the clause before the cue plans, not the verb; "sẽ đầu tư thêm 4
        # trang trại mới với tổng vốn đầu tư …": for the counted object the verb plans
        counted = _COUNTED_OBJECT.search(lead, 0, linked.start())
        if counted is not None:
            return trim_subject(f"{amount.group().strip()} {lead[counted.start() : linked.start()]}")
        return trim_subject(_indicator_before_cue(text, f, scope, amount.group().strip(), first=True))
    # "chỉ tiêu khoảng 70, 80 người": the qualifier is the figure's, not the subject's
    lead = _without_end(lead, qualifier_phrases())
    tail = _TAIL_END.split(text[unit_end : unit_end + 80])[0]
    graded = qualifier_suffix_phrases().match_at(tail, 0)
    if graded:  # "thu nhập bình quân đầu người từ 140 triệu đồng/năm trở lên": the figure's qualifier
        tail = tail[graded.end() :]
        lead = _without_end(lead, phrases("from_words"))
    money = money_after(text, f.end) or _FOREIGN_MONEY.match(text, f.end)
    # "thu ngân sách đạt 106 tỷ đồng", "10 triệu Euro": money names no unit in a subject, nor a body's size
    unit = "" if money or body_sized else text[f.end : unit_end]
    if unit.strip() and set(unit.lower().split()) <= set(lead.lower().split()):
        unit = ""  # "nâng số xã đạt chuẩn từ 12 lên 20 xã": the noun is named already
    penalty = phrases("penalty_words").match_at(text, f.start)
    condition = phrases("conditional_markers").match_at(tail, 0)
    if penalty is not None and condition is not None and not strip_edges(lead):
        # "Phạt đến 10 triệu đồng nếu chở hàng hóa không che chắn": the fine for that act, not "nếu …"
        return trim_subject(f"{penalty.group()} {tail[condition.end() :]}")
    counter = phrases("generic_counters").fullmatch_head(text[f.end : unit_end].strip())
    if counter and strip_edges(lead) and not strip_edges(tail):
        unit = ""  # "số ủy viên ban thường vụ … không quá 11 người": the counter says only how many
        body = _without_end(lead, phrases("size_verbs"))  # "ban chấp hành … có không quá 15 đồng chí"
        lead = body if strip_edges(body) else lead
    if filler and not strip_edges(unit) and not strip_edges(tail) and _only_asks(lead):
        return None  # "Trước mắt cần cấp ngay 3 tỷ đồng và …": the verb that asks, nothing named
    return _plan_content(trim_subject(f"{lead} {unit} {tail}"))


_LINKS_ALONE = ("size_verbs", "rate_verbs", "copulas")  # "dự kiến đạt", "sẽ có": no deed of their own


def _after_agent(lead: str) -> str:
    """What is planned, without who plans it: the words after the last goal cue when they name a
    deed of their own ("Trung tâm Chính trị thành phố dự kiến mở … lớp đào tạo" → "mở … lớp đào
    tạo"); a cue with a bare verb, a passive or a preposition after it leaves the lead as it is
    ("Thu ngân sách dự kiến đạt", "tổng kinh phí dự kiến cho giai đoạn này"), and so does "sẽ"."""
    cue = last_match(phrases("target_cues").finditer(lead))
    if cue is None or cue.start() == 0 or phrases("weak_target_cues").fullmatch_head(cue.group().strip()):
        return lead  # "… sẽ …": a future, whose subject may be its own clause's
    deed = strip_edges(lead[cue.end() :])
    if trim_subject(deed) is None or any(phrases(t).fullmatch_head(deed) for t in _LINKS_ALONE):
        return lead
    return lead if phrases("deed_openers_not").match_at(deed, 0) else deed


def _plan_content(subject: str | None) -> str | None:
    """What a copula says a plan noun is ("Mục tiêu của ngân hàng năm nay là kiểm soát nợ xấu",
    "Chỉ tiêu năm 2025 giao cho Đảng bộ xã là kết nạp đảng viên"): the goal, not the noun
    that names it; a subject with nothing after the copula stays whole."""
    if not subject or (named := phrases("target_nouns").search(subject)) is None:
        return subject
    copula = last_match(phrases("copulas").finditer(subject, named.end()))
    if copula is None:
        return subject
    content = trim_subject(
        _without_end(without_time_lead(strip_edges(subject[copula.end() :])), qualifier_phrases())
    )
    if not content or not _without_due_date(content):
        return subject  # "… mục tiêu đề ra là đến năm 2015 chỉ 4,5%": a due date alone names no goal
    return content


def _only_asks(lead: str) -> bool:
    """Whether a lead holds nothing but a time, a need and the verb that commits resources
    ("Trước mắt cần cấp"): it names nothing an amount is for."""
    asked = phrases("need_cues").pattern.sub(" ", without_time_lead(lead))
    return not strip_edges(phrases("provision_verbs").pattern.sub(" ", asked))


# an earlier item of a list, its figure, noun and time, right before the target's own figure ("lên 60
# chiếc vào năm 2026 và 90 chiếc …"); a year alone is no item ("vào năm 2015 và …" has no noun after it)
_ITEM_WORD = r"\s++(?:[^\s\d,;:()]++|(?:19|20)\d\d(?![\d.,]))"
_EARLIER_ITEM_AT_END = re.compile(
    rf"(?:(?:{alternation_of_table('qualifiers', 'phrase')})\s++)?\d[\d.,]*+(?:{_ITEM_WORD}){{1,8}}?"
    rf"(?:\s*+,|\s++(?:{alternation('list_conjunctions')}))\s*+$",
    re.IGNORECASE,
)
# an earlier item with its own figure, then a conjunction or a purpose word that opens the
# target's own item with its verb ("cấp ngay 3 tỷ đồng và cho chỉ định thầu xây mới 10 phòng")
_EARLIER_ITEM_BEFORE = re.compile(
    rf"\d[\d.,]*+%?(?:{_ITEM_WORD}){{0,4}}?"
    rf"\s++(?:{alternation('list_conjunctions', 'purpose_openers')})\s++(?=\S)",
    re.IGNORECASE,
)
_FOREIGN_MONEY = re.compile(rf"\s*+(?:{alternation('foreign_currencies')})(?![\w])", re.IGNORECASE)
_DUE_PHRASE = re.compile(
    rf"(?<![\w])(?:(?:{alternation('from_words')})\s++(?:{alternation('year_cues')})\s++(?:19|20)\d\d\s++)?"
    rf"(?:{alternation('future_phrases')})(?:\s++(?:{alternation('period_edges')}))?"
    rf"\s++(?:(?:{alternation('year_cues')})\s++(?:19|20)\d\d"  # "vào cuối năm 2027", "trước ngày 15/12/2026"
    rf"|(?:{alternation('day_nouns')})\s++\d{{1,2}}/\d{{1,2}}/(?:19|20)\d\d)(?![\w])",
    re.IGNORECASE,
)


def _names_its_figure(phrase: str) -> bool:
    """Whether a plan noun and the words after it name the figure right after them: a few
    words with no clause mark ("kế hoạch vốn")."""
    return len(phrase.split()) <= NOUN_REACH_WORDS and not _PUNCT.search(phrase)


def _without_due_date(subject: str | None) -> str | None:
    """A subject without the phrase that says when it is due ("hộ dân vào cuối năm 2020" →
    "hộ dân"): the year is the target's deadline, not what it measures."""
    if not subject or _DUE_PHRASE.search(subject) is None:
        return subject
    return trim_subject(_DUE_PHRASE.sub(" ", subject)) or None


def _without_proposer(subject: str | None) -> str | None:
    """A proposed or required change's subject without who proposes it ("Chính phủ đề nghị tăng
    chi" → "tăng chi") or the modal that requires it: no part of what is measured."""
    if not subject:
        return subject
    for modal in phrases("modal_cues").finditer(subject):
        required = _CHANGE_REQUIRED.match(subject, modal.end())
        if required:  # "cần phải hạ bội chi", "tỷ lệ nợ công cần phải hạ": what must change
            subject = trim_subject(f"{subject[: modal.start()]} {subject[required.end() :]}") or subject
            break
    proposed = last_match(phrases("proposal_verbs").finditer(subject))
    if proposed is None or not _CHANGE_PROPOSED.match(subject, proposed.end()):
        return subject
    return trim_subject(subject[proposed.end() :]) or subject


def _without_closing_cue(subject: str | None) -> str | None:
    """A subject without the target cues it ends with ("bội chi dự kiến" → "bội chi")."""
    while subject and (cue := phrases("target_cues").ends_at(subject, len(subject))) is not None:
        subject = trim_subject(subject[: cue.start()])
    return subject


def _plan_level_subject(s: Sentence, f: Figure) -> str | None:
    """The indicator whose plan a copula restates after it was passed ("Tỷ lệ dân số tham gia bảo
    hiểm y tế đạt 94,6%, vượt chỉ tiêu năm 2025 là 93,5%" → "Tỷ lệ dân số tham gia bảo hiểm y tế"),
    or None."""
    named = _PLAN_NAMED_LEVEL.search(s.text, max(0, f.start - 40), f.start)
    excess = phrases("excess_over_plan").ends_at(s, named.start()) if named is not None else None
    if excess is not None:
        return clean_subject(indicator_before(s.text, excess.start())) or None
    noun = phrases("target_nouns").ends_at(s, f.start)  # "…, thấp hơn mục tiêu 45%": its own figure
    against = _measured_against(s.text, noun.start()) if noun is not None else None
    if against is None:  # "(chỉ tiêu năm 2023 là 3.000 đảng viên)": the plan named alone
        return None
    indicator = indicator_before(s.text, against)
    return clean_subject(indicator) or None


def _restated_subject(s: Sentence, f: Figure, out: list[Candidate]) -> str | None:
    """The subject of the target that ``f`` restates in other terms ("bội chi 5,3% tương
    đương khoảng 224.000 tỷ đồng": the deficit again, in money)."""
    same = phrases("equivalence_words").ends_at(s, f.start)
    if same is None or not out or s.text[out[-1].end : same.start()].strip(" ,"):
        return None
    return out[-1].fields["subject"]


def _reported(s: Sentence, f: Figure) -> bool:
    """Whether the clause of ``f`` reports what was done ("Năm qua, mỗi tháng ... ít nhất 2
    lần", "mỗi chi bộ đã tổ chức ... ít nhất 4 lần"); what a rule marker opens states the rule."""
    lo = max(s.text.rfind(";", 0, f.start) + 1, f.start - QUOTA_REACH)
    ruled = last_match(phrases("rule_markers").finditer(s, lo, f.start))
    if ruled is not None:  # "đã giao …, quy định mỗi chi đoàn giới thiệu ít nhất 2 …": the rule's
        lo = ruled.end()
    return _past_between(s, lo, f.start) or bool(phrases("report_time_phrases").search(s, lo, f.start))


def _past_marks(s: Sentence) -> list[int]:
    """Starts of the past markers ("đã") of the sentence, found once per sentence; "đã" before
    a verb that makes a plan ("đã lên kế hoạch") reports the planning, not a result, and one
    that describes a group ("lao động đã qua đào tạo") reports nothing."""
    if "past" not in s.memo:
        made = phrases("plan_making_verbs")
        described = phrases("past_marker_collocations")  # "lao động đã qua đào tạo": a group, no act
        relative = phrases("relative_cues")  # "chương trình … đã đề ra": the plan described, no act
        s.memo["past"] = [
            m.start()
            for m in _PAST_BETWEEN.finditer(s.text)
            if not made.match_at(s, m.end())
            and not described.match_at(s, m.start())
            and not relative.match_at(s, m.end())
        ]
    return s.memo["past"]


def _past_in_proposed_object(s: Sentence, scope: int, f: Figure) -> bool:
    """Whether every past marker before ``f`` stands after a proposed change's verb, in its
    clause ("đề nghị … nâng mức bội chi đã được Quốc hội quyết định từ 4,8% lên 5,3% GDP"):
    a clause that describes what is to change, not a change made."""
    _cues(s)
    verbs = [end for end in s.memo["proposals"] if scope <= end <= f.start]
    if not verbs or _CLAUSE_AFTER.search(s.text, verbs[-1], f.start):
        return False
    return not _past_between(s, scope, verbs[-1])


def _turned_from_plan(s: Sentence, scope: int, f: Figure) -> bool:
    """Whether a contrast ("nhưng", "song") stands between the last target cue before ``f`` (or
    the scope's start) and ``f``: what follows it happened instead of the plan."""
    last = max((end for _, end in _cues(s) if end <= f.start), default=scope)
    return phrases("contrast_conjunctions").search(s, max(scope, last), f.start) is not None


def _represented(s: Sentence, f: Figure) -> bool:
    """Whether ``f`` counts whom a plan's people stand for ("sẽ có 1.510 đại biểu, đại diện cho
    hơn 4,5 triệu đảng viên"): that group exists now, whatever the plan."""
    return phrases("representation_words").ends_at(s, f.start) is not None


PRESENT_BASE_REACH = 50  # "so với số máy bay hiện có là 82 chiếc": the base a plan is set against


def _present_base(s: Sentence, f: Figure) -> bool:
    """Whether ``f`` is what there is now, named as the base of a plan ("lên 150 chiếc vào năm 2020
    so với số máy bay hiện có là 82 chiếc"): a count, not a goal."""
    lo = max(0, f.start - PRESENT_BASE_REACH)
    base = next(reversed(list(phrases("comparison_words").finditer(s, lo, f.start))), None)
    if base is None or _CLAUSE_AFTER.search(s.text, base.start(), f.start):
        return False  # "so với hiện nay; hằng năm tỷ lệ hộ nghèo giảm 4-5%": another item's base
    return phrases("current_words").search(s, base.end(), f.start) is not None


def _last_cue_start(s: Sentence, scope: int, f: Figure) -> int:
    """Where the last cue before the figure starts, the scope's start if none: a cue after a past
    marker plans again ("đấu giá 12 khu đất đã thu hồi, dự kiến thu khoảng 1.500 tỷ đồng")."""
    return max([scope, *(start for start, _ in _cues(s) if start < f.start)])


def _past_marks_on_way(s: Sentence, lo: int, f: Figure) -> list[int]:
    """The past markers between ``lo`` and the figure that speak of it: in a list of goals after
    a colon ("mục tiêu đến năm 2030: …; 100% xã …") those before the colon and those of the
    figure's own item, since a past participle in an earlier item ("điều lệ đã được công nhận")
    describes that item's noun and reports nothing of the next one."""
    marks = _past_marks(s)
    on_way = marks[bisect_left(marks, lo) : bisect_left(marks, f.start)]
    colon = s.text.find(":", lo, f.start)
    if not on_way:
        return on_way
    if colon < 0:
        return [m for m in on_way if not _describes_earlier_item(s, m, f)]
    item = item_start(s.text, colon + 1, f.start, ";")
    return [m for m in on_way if m < colon or m >= item]


def _describes_earlier_item(s: Sentence, mark: int, f: Figure) -> bool:
    """Whether a past marker stands in an earlier item of a list split by semicolons, after that
    item's figure ("phấn đấu giải quyết trên 95% số vụ án đã thụ lý; tổ chức ít nhất 30 phiên
    tòa"): a participle of that item's noun, which reports nothing of the next item."""
    text = s.text
    if text.find(";", mark, f.start) < 0:
        return False  # the figure's own item
    if _BREAKDOWN_OPENS.match(text, item_start(text, 0, f.start, ";")):
        return False  # "…; trong đó 4 đồng chí đang theo học …": a part of the earlier item
    start = item_start(text, 0, mark, ";")
    # a year before the marker dates the act it reports; an amount's noun is what it describes
    return any(start <= g.end <= mark and is_fact_figure(g) for g in s.figures)


_BREAKDOWN_OPENS = re.compile(rf"\s*+(?:{alternation('breakdown_markers')})(?!\w)", re.IGNORECASE)


def _past_between(s: Sentence, lo: int, hi: int) -> bool:
    """Whether a past marker ("đã") stands in ``[lo, hi)``."""
    marks = _past_marks(s)
    k = bisect_left(marks, lo)
    return k < len(marks) and marks[k] < hi


STATUTE_LEAD = 12  # a law, draft or regulation frames the sentence when named at its start ("Cũng theo ...")


_STATUTE_NOUN = re.compile(rf"(?<![\w])(?:{alternation('statute_nouns')})(?![\w])")  # with its case
_STATUTE_REFERRER = re.compile(rf"^[\W_]*+(?:{alternation('statute_referrers')})(?![\w])", re.IGNORECASE)


def _statute(s: Sentence, f: Figure, ctx: ArticleContext) -> bool:
    """A size, a cut or an obligation that a law, draft or regulation sets ("Theo dự thảo, Ủy ban
    nhân dân cấp xã có 2 phó chủ tịch", "Nghị định quy định giảm 10% biên chế", "Theo quy định,
    chủ đầu tư … phải dành 20% tổng diện tích đất ở"), also in a sentence
    that refers to one named just before ("... dự thảo Nghị định ... Theo đó, ... có 2 ...")."""
    text = s.text
    if f.kind == "percent":
        pat, _ = phrase_table("change_cues", "phrase", "direction")
        ruled = pat.at_end.search(text, max(0, f.start - 30), f.start)
    else:
        ruled = _SIZE_VERB_BEFORE.search(text, max(0, f.start - 12), f.start)
    if not ruled:
        ruled = _ENTITLED_BEFORE.search(text, max(0, f.start - 60), f.start)  # an amount it grants
    if not ruled:
        ruled = _OBLIGED_BEFORE.search(text, max(0, f.start - 30), f.start)  # what it obliges
    if not ruled:
        return False
    m = phrases("statute_markers").search(s, 0, min(f.start, STATUTE_LEAD + 30))
    if m is not None and m.start() <= STATUTE_LEAD:
        return not _past_between(s, m.start(), f.start)
    if s.index == 0 or not _STATUTE_REFERRER.match(text):
        return False
    return bool(_STATUTE_NOUN.search(ctx.sentences[s.index - 1].text)) and not _past_between(s, 0, f.start)


HANDLING_WORDS = 4  # words between a cue and the verb it governs ("sẽ thông tin đến ...")
REQUEST_HANDLING_WORDS = 16  # after "yêu cầu" the one asked comes first ("yêu cầu lãnh đạo Sở ... kiểm điểm")


_OF_BASE = re.compile(rf"\s*+(?:(?:{alternation('comparison_words')})\s+)?", re.IGNORECASE)


def _estimated_share(s: Sentence, f: Figure, ctx: ArticleContext) -> bool:
    """A share of a plan or an estimate after a cue that estimates ("Huyện dự kiến thu ngân
    sách đạt 520 tỷ đồng, vượt 3% dự toán"): the expected degree of completion, a rate,
    unless the sentence speaks of a later year ("Năm 2026, ... dự kiến hoàn thành 100% kế
    hoạch" is a plan)."""
    if f.kind != "percent" or _future_openers(s, ctx) or is_future_sentence(s, ctx):
        return False
    base = _OF_BASE.match(s.text, f.end, f.end + 12)
    if not phrases("achievement_objects").match_at(s, base.end() if base else f.end):
        return False
    cue = _cue_before(s, f.start)
    return cue is not None and bool(phrases("estimate_cues").fullmatch_head(s.text[cue[0] : cue[1]]))


HANDLING_REACH = 120  # a handling verb stands right after its cue: a bounded search per figure


def _handled(s: Sentence, f: Figure) -> bool:
    """Whether the cue before a count asks to handle cases already known or names who is
    asked, rather than setting a goal: "yêu cầu kiểm điểm việc bổ nhiệm 12 cán bộ", "sẽ
    xem xét, kỷ luật 5 đảng viên", "yêu cầu 6 cơ quan vào cuộc". A share stays a goal
    ("yêu cầu xử lý dứt điểm 100% đơn thư"), and so does a floor ("phấn đấu thu hồi ít nhất 1.500 tỷ
    đồng tiền nợ": no case known counts "at least")."""
    if f.kind == "percent" or f.qualifier == "at_least":
        return False
    cue = _cue_before(s, f.start)
    if cue is None:
        return False
    start, end = cue
    asks = phrases("request_verbs").fullmatch_head(s.text[start:end])
    verb = phrases("handling_verbs").search(s, end, min(f.start, end + HANDLING_REACH))
    reach = REQUEST_HANDLING_WORDS if asks else HANDLING_WORDS
    # a duty's verb handles its own item only ("Đại hội có nhiệm vụ kiểm điểm …; Chọn 75 người …");
    # a request's reaches the items after it ("yêu cầu khởi kiện …, tuyên buộc …; tuyên buộc …")
    own_item = verb is not None and (asks or ";" not in s.text[verb.end() : f.start])
    if verb is not None and own_item and len(s.text[end : verb.start()].split()) <= reach:
        return True
    return bool(asks and (not s.text[end : f.start].strip() or _ADDRESSEES.fullmatch(s.text, end, f.start)))


ADDRESSEE_CHARS = 40  # "yêu cầu các sở, ngành và 129 xã, phường …": the groups asked before the figure
_ADDRESSEES = re.compile(
    rf"\s++(?:{alternation('plural_markers')})\s++[^\d;:.()]{{1,{ADDRESSEE_CHARS}}}?"
    rf"\s(?:{alternation('list_conjunctions')})\s++",
    re.IGNORECASE,
)


class _Plan:
    """What the figures of a sentence are read against, found once per call of
    ``extract_targets``: where its plan's scope opens, the figures a target noun names, the
    year heading the list it is an item of, and whether a weak cue ("sẽ") opens the scope;
    whether the paragraph set goals before is asked once, when a figure first needs it."""

    def __init__(self, s: Sentence, ctx: ArticleContext) -> None:
        self.s = s
        self.ctx = ctx
        self.scope: int | None = target_scope(s, ctx)
        self.nominal: set[int] = _noun_targets(s)
        self.head: int | None = _list_year(s, ctx)
        # "sẽ" also describes what will happen ("thí sinh sẽ trải qua 4 vòng thi"): after it only
        # the nouns of the tables make a plan
        self.weak: bool = self.scope is not None and any(end == self.scope for end in _weak_cue_ends(s))
        self._goals: bool | None = None

    def goals(self) -> bool:
        """Whether an earlier sentence of the paragraph sets goals (``_goal_paragraph``)."""
        if self._goals is None:
            self._goals = _goal_paragraph(self.s, self.ctx)
        return self._goals


_PLAN = "target.plan"


def _plan(a: Attempt) -> _Plan:
    """The plan of the attempt's sentence, as ``extract_targets`` found it."""
    plan: _Plan | None = a.sentence.memo.get(_PLAN)
    if plan is None:
        plan = a.sentence.memo[_PLAN] = _Plan(a.sentence, a.ctx)
    return plan


def _bounded(f: Figure) -> bool:
    return f.qualifier in ("at_least", "at_most")


class _Ruling(NamedTuple):
    """Whether a figure out of a plan's scope is set by a rule, and by which kind."""

    quota: bool  # a cap, a quota, a statute's size or a penalty: produced as a quota
    statute: bool  # a size or a cut a law, draft or regulation sets
    penalty: bool  # a share or a bracket of fines a rule sets
    listed: bool  # a later item of the list a quota's bound covers


_NOT_RULED = _Ruling(False, False, False, False)


# Values several target rules read, computed once per figure (``Attempt.once``). Those that
# decide what the figure is read the figure as capped (``_capped``), before the rules
# correct its qualifier further.


def _capped(a: Attempt) -> Figure:
    """The figure, capped where a prohibition forbids going past it ("không được nghỉ quá ba buổi")."""
    f = a.figures[a.index]
    return replace(f, qualifier="at_most") if _forbidden_excess(a.sentence, f) else f


def _intake_at(a: Attempt) -> bool:
    """Whether the figure is an intake announced (``_intake``)."""
    return _intake(a.sentence, a.once(_capped), a.ctx.published_year)


def _reported_clause_between(s: Sentence, scope: int, f: Figure) -> bool:
    """Whether a clause reporting an earlier event opens between a plan's cue and the figure with
    no cue of its own ("yêu cầu đàm phán lại … sau khi Sở … xác định khu đất có giá hơn 574 tỷ
    đồng")."""
    opened = last_match(phrases("reported_clause_openers").finditer(s, scope, f.start))
    present = last_match(
        m for m in phrases("present_clause_openers").finditer(s, scope, f.start) if _opens_clause(s, m, f)
    )
    if opened is None or (present is not None and present.start() > opened.start()):
        opened = present
    return opened is not None and not any(opened.end() <= c < f.start for c in _cue_positions(s))


def _performance_clause(s: Sentence, scope: int, f: Figure) -> bool:
    """Whether the figure stands in a clause after a semicolon that reports how far the plan
    stated before it was carried out, with no cue of its own ("được giao dự toán 312 tỷ đồng;
    thực hiện chi 298,5 tỷ đồng, đạt 95,7% dự toán, trong đó …"): the share of the plan reached
    marks the clause as done."""
    text = s.text
    semi = text.rfind(";", scope, f.start)
    if semi < 0 or ":" in text[:semi]:
        return False  # "Phấn đấu đến năm 2030: …; giao quân đạt 100% chỉ tiêu": an item of a list of goals
    end = text.find(";", f.end)
    end = len(text) if end < 0 else end
    if any(semi < c < end for c in _cue_positions(s)):
        return False
    return any(g.kind == "percent" and semi < g.start < end and share_of_plan(text, g.end) for g in s.figures)


def _opens_clause(s: Sentence, m: re.Match | Found, f: Figure) -> bool:
    """Whether a phrase opens a clause that holds the figure: right after a comma, a semicolon
    or an opening bracket ("…, hiện có …", "(hiện là 3,4%)"), not inside a longer word group
    ("thực hiện có hiệu quả"), and the clause not closed before the figure ("từ 1.200 câu (hiện
    có) lên 1.500 câu", "…, hiện có 112 người; năm 2025 tuyển …")."""
    text = s.text
    closed = text.find(")", m.end(), f.start) >= 0 or text.find(";", m.end(), f.start) >= 0
    return not closed and text[: m.start()].rstrip().endswith((",", ";", "("))


def _in_scope(a: Attempt) -> bool:
    """Whether the figure is in a plan's scope: after the scope opens, with nothing done, no
    contrast, no pair's start, no base or group represented on the way (or in an opening
    purpose clause), and neither cases handled nor an estimated share; or an intake, or a
    share of a quota just stated ("tuyển dụng 15 công chức: luật (4 chỉ tiêu)")."""
    s, f, scope = a.sentence, a.once(_capped), _plan(a).scope
    inside = (
        scope is not None
        and f.start >= scope
        and not (
            _past_marks_on_way(s, _last_cue_start(s, scope, f), f)
            and not _past_in_proposed_object(s, scope, f)
        )
        and not (f.kind != "percent" and s.memo.get("ahead_only"))  # "thời gian tới, hai đơn vị …" exist
        and not _turned_from_plan(s, scope, f)
        and not (starts_pair(s.text, f) and not _proposed_before(s, f.start))
        and not _present_base(s, f)
        and not _represented(s, f)
        and not _reported_clause_between(s, scope, f)
        and not _performance_clause(s, scope, f)
    )
    inside = (inside or _in_purpose_clause(s, f)) and not _handled(s, f) and not _estimated_share(s, f, a.ctx)
    inside = inside and not _asked_in_done_act(s, f)
    return inside or a.once(_intake_at) or _share_of_quota(s, f, a.candidates)


def _reports(a: Attempt) -> bool:
    """Whether a bounded figure, or one out of a plan's scope, reports what was done
    ("mỗi chi bộ đã ... ít nhất 4 lần")."""
    f = a.once(_capped)
    return (_bounded(f) or not a.once(_in_scope)) and _reported(a.sentence, f)


def _frequency_at(a: Attempt) -> tuple[str, int] | None:
    """The unit of a bounded frequency that reports nothing ("ít nhất một lần mỗi tháng")."""
    f = a.once(_capped)
    return _frequency(a.sentence, f) if _bounded(f) and not a.once(_reports) else None


SPREAD_GAP = 3  # the comma and spaces between one bound's unit and the next bound


def _spread_floor(a: Attempt) -> Figure | None:
    """The lower bound that an upper bound closes ("số tiền ít nhất 1 triệu đồng/tháng,
    nhiều nhất 28 triệu đồng/tháng"): the two ends of one spread, written with one unit."""
    f, k = a.figure, a.index - 1
    if f.qualifier != "at_most" or k < 0 or a.figures[k].qualifier != "at_least":
        return None
    floor, s = a.figures[k], a.sentence
    found, mine = unit_after(s, floor.end), unit_after(s, f.end)
    if found is None or mine is None or found[0].casefold() != mine[0].casefold():
        return None
    gap = s.text[found[1] : f.start]
    return floor if len(gap) <= SPREAD_GAP and gap.strip() == "," else None


def _ruling(a: Attempt) -> _Ruling:
    """How a rule sets a figure out of a plan's scope: a cap or a bound an obligation imposes,
    a frequency, a statute, a penalty, a part or the next item of the quota before it, or a
    bound in a paragraph that set goals before."""
    if a.once(_in_scope):
        return _NOT_RULED
    s, f, out, text, plan = a.sentence, a.once(_capped), a.candidates, a.sentence.text, _plan(a)
    reported = a.once(_reports)
    nominal = f.start in plan.nominal
    statute = not nominal and _statute(s, f, a.ctx)
    penalty = _penalty_share(s, f)
    floor = _spread_floor(a)  # the two ends of a spread are ruled alike, as its lower end is
    bound = f if floor is None else floor
    rule = not nominal and (_quota(s, bound) or _obliged_share(s, f) or penalty)
    quota = bool(rule and not (reported and f.qualifier != "at_most")) or a.once(_frequency_at) is not None
    last = out[-1] if out and out[-1].rule == "quota" else None
    # "phải có ít nhất 5 thành viên, trong đó có 1 đoàn viên": part of the quota before it
    part = last is not None and _PART_OF.fullmatch(text, last.end, f.start) is not None
    # "… không quá 17 người; các tỉnh ủy còn lại từ 13 đến 15 người": the next item of a rule
    parallel = last is not None and _next_item_bound(s, last.end, f)
    # "đạt tối thiểu 75 bài giảng, 75 bài viết và 20 quyển sách": the bound covers the list
    listed = last is not None and _LIST_GAP.fullmatch(text, last.end, f.start) is not None
    quota = quota or part or parallel or listed or statute
    if _bounded(f) and not quota and not reported and not nominal:
        quota = plan.goals()  # "... mục tiêu năm 2025 kết nạp 200 đảng viên. Các xã kết nạp ít nhất 4 ..."
    return _Ruling(quota, statute, penalty, listed)


SCALED_WORDS = 1000  # a number in words this large holds a scale word ("một triệu"): no article


def _unit(a: Attempt) -> tuple[str, int] | None:
    """The unit of a counted figure and where it ends: a frequency's, a noun of the tables,
    else a noun of no table after a cue that plans (not after "sẽ", not for "một" in words)."""
    s, f = a.sentence, a.figure
    found = a.once(_frequency_at) or unit_after(s, f.end) or sited_points(s, f)
    # a small number in words ("một", "hai cô nàng") takes no noun of no table; "một triệu khách hàng" does
    small_word = f.in_words and f.qualifier == "exact" and f.value is not None and f.value < SCALED_WORDS
    if not found and not _plan(a).weak and not small_word:
        found = open_unit_after(s, f.end)
    if found is None and (raised := noun_raised_to(s.text, f)) is not None:
        return raised, f.end  # "phấn đấu nâng tổng số hợp tác xã lên 50"
    return found or _elided_unit(s, f)


_ITEM_END = re.compile(r"\s*+(?:[,;.]|$)")


def _elided_unit(s: Sentence, f: Figure) -> tuple[str, int] | None:
    """The unit of a bound written bare at the end of its item, from the parallel item just
    before it with the same bound ("… Thành uỷ TP HCM không quá 3 người; các tỉnh, thành uỷ còn
    lại … không quá 2."): the noun the item before gave is left out, not absent."""
    if f.qualifier == "exact" or f.kind == "percent" or not _ITEM_END.match(s.text, f.end):
        return None
    earlier = figures_between(s, 0, f.start)
    if not earlier:
        return None
    g = earlier[-1]
    text = s.text
    same_bound = text[g.start : g.num_start].strip().lower() == text[f.start : f.num_start].strip().lower()
    if not same_bound or not _ITEM_BREAK.search(text, g.end, f.start):
        return None
    unit = unit_after(s, g.end)
    return (unit[0], f.end) if unit else None


_ITEM_BREAK = re.compile(r"[,;]")


def _target(a: Attempt, rule: str) -> Candidate:
    """The target of the figure: its unit, its deadline (none for what a rule caps or a law
    or a penalty sets) and its subject."""
    s, f, plan, ruling = a.sentence, a.figure, _plan(a), a.once(_ruling)
    unit = "%"
    unit_end: int | None = None
    if f.kind != "percent" and (found := a.once(_unit)) is not None:
        unit, unit_end = found
    end = f.end if unit_end is None else unit_end
    ruled = ruling.statute or ruling.penalty or (ruling.quota and f.qualifier == "at_most")
    subject = _restated_subject(s, f, a.candidates) or _plan_level_subject(s, f)
    subject = subject or _without_due_date(_subject(s, f, unit_end, plan.scope or 0))
    subject = subject or _second_cap_subject(a)
    due = None if ruled else deadline(s, f, plan.head)
    return figure_candidate("target", s, f, end, rule, unit=unit, deadline=due, subject=subject or None)


SECOND_CAP_GAP = 80  # the first cap's words, then "nhưng" or a comma, then the second cap
_SECOND_CAP_LINK = re.compile(
    rf"[^;:.\d]{{0,{SECOND_CAP_GAP}}}?(?:,|\s(?:{alternation('contrast_conjunctions')}))\s*+$", re.IGNORECASE
)


def _second_cap_subject(a: Attempt) -> str | None:
    """The subject of a cap that bounds the one just before it ("được hỗ trợ tối đa 70% chi phí
    thiết kế bao bì, nhãn hiệu nhưng không quá 50 triệu đồng"): the same support, in money."""
    last = a.candidates[-1] if a.candidates else None
    if last is None or last.type != "target" or a.figure.qualifier != "at_most":
        return None
    if not _SECOND_CAP_LINK.fullmatch(a.sentence.text, last.end, a.figure.start):
        return None
    return last.fields.get("subject")


def _slogan(a: Attempt) -> Decision:
    """Rejects a figure of a short quote ("thành phố 4 an"): a slogan's figure plans nothing."""
    return REJECT if in_short_quote(a.sentence.text, a.figure) else None


def _forbidden_excess_rule(a: Attempt) -> Decision:
    """Never decides: caps a figure a prohibition forbids going past ("không được nghỉ quá ba
    buổi"), for the rules after it."""
    a.figure = a.once(_capped)
    return None


def _inside_share_subject(a: Attempt) -> Decision:
    """Rejects a bound inside the subject of a share before it ("100% lớp 12 có ít nhất một quần
    chúng ưu tú được giới thiệu …"): it says which members the goal's share counts, no goal."""
    return REJECT if inside_share_subject(a.sentence, a.figure) else None


def _not_planned(a: Attempt) -> Decision:
    """Rejects a figure neither in a plan's scope, nor set by a rule, nor named by a target
    noun ("chỉ tiêu kết nạp 200 đảng viên")."""
    if a.once(_in_scope) or a.once(_ruling).quota or a.figure.start in _plan(a).nominal:
        return None
    return REJECT


NAMED_BOUND_WORDS = 16  # "Số học viên tối thiểu để mở một lớp là 20 người": the words around the bound
NAMED_BOUND_REACH = 120
_SPACES = re.compile(r"\s+")
_NAMED_BOUND = re.compile(  # "Số học viên tối thiểu … là 20 người", "mức vay tối đa đối với hộ nghèo là …"
    rf"(?<![\w])(?:{alternation('number_of_words', 'level_words')})"
    rf"\s++(?:[^\s\d,;:.]++\s++){{1,{NAMED_BOUND_WORDS}}}?"
    rf"(?P<bound>{alternation('named_bound_words')})"
    rf"(?:\s++[^\s\d,;:.]++){{0,{NAMED_BOUND_WORDS}}}?"
    rf"\s++(?:{alternation('copulas')})\s*+$",
    re.IGNORECASE,
)


def _named_bound(a: Attempt) -> Decision:
    """A count whose bound is named with its noun before the copula ("Số lượng phó chủ tịch tối đa
    là 3 người", "số học viên tối thiểu để mở một lớp là 20 người"): a rule's cap or floor, a
    target with that qualifier."""
    s, f = a.sentence, a.figure
    if f.qualifier != "exact" or f.kind == "percent":
        return None
    named = _NAMED_BOUND.search(s.text, max(0, f.start - NAMED_BOUND_REACH), f.start)
    if named is None or a.once(_unit) is None:
        return None
    _, qualifiers = phrase_table("qualifiers", "phrase", "qualifier")
    a.figure = replace(f, qualifier=qualifiers[_SPACES.sub(" ", named.group("bound").lower())])
    return produce(_target(a, "named_bound"))


SEAT_QUOTA_REACH = 30  # "số đại biểu được bầu là 12 người": the verb, a copula, then the seats
_SEAT_QUOTA = re.compile(
    rf"(?<![\w])(?:{alternation('seat_quota_verbs')})(?:\s++(?:{alternation('copulas')}))?\s*+$",
    re.IGNORECASE,
)


def _seat_quota(a: Attempt) -> Decision:
    """The seats a body is to fill, right after the verb of electing them ("chi bộ cơ sở được bầu 2
    đại biểu", "để bầu 85 đại biểu": `seat_quota_verbs.txt`): a quota, unless a past marker reports
    the vote."""
    s, f = a.sentence, a.figure
    if f.kind == "percent" or a.once(_unit) is None:
        return None
    lead = _SEAT_QUOTA.search(s.text, max(0, f.start - SEAT_QUOTA_REACH), f.start)
    if lead is None or _past_right_before(s.text, lead.start()):
        return None
    return produce(_target(a, "seat_quota"))


def _listed_bound(a: Attempt) -> Decision:
    """Never decides: an exact figure listed after a quota's bound takes that bound ("đạt tối
    thiểu 75 bài giảng, 75 bài viết và 20 quyển sách"), for the rules after it."""
    f = a.figure
    if a.once(_ruling).listed and f.qualifier == "exact":
        a.figure = replace(f, qualifier=a.candidates[-1].fields["qualifier"])
    return None


def _beneficiary_rule(a: Attempt) -> Decision:
    """Rejects who receives a quota a target noun names ("phân bổ chỉ tiêu cho 38 tổ chức"),
    out of a plan's scope, unless the plan trains them."""
    f = a.figure
    if f.start not in _plan(a).nominal or a.once(_in_scope):
        return REJECT if _quota_handed_to(a.sentence, f) else None
    return REJECT if _beneficiary(a.sentence.text, f, max(0, f.start - 60)) else None


def _quota_handed_to(s: Sentence, f: Figure) -> bool:
    """Whether the figure counts who a quota stated before it goes to ("giao chỉ tiêu kết nạp 180
    đảng viên mới cho 36 tổ chức cơ sở đảng"): the bodies are there, a count; the quota is the plan."""
    if not _BENEFICIARY_BEFORE.search(s.text[max(0, f.start - 8) : f.start]):
        return False  # no "cho" right before the figure: asked of nearly every target, decided here
    noun = last_match(phrases("target_nouns").finditer(s, max(0, f.start - QUOTA_HANDED_REACH), f.start))
    if noun is None:
        return False
    between = figures_between(s, noun.end(), f.start)
    if not any(is_fact_figure(g) and not non_unit_after(s, g.end) for g in between):
        return False  # "mục tiêu trong 4 năm …, hỗ trợ … cho khoảng 500.000 hộ nghèo": no quota before
    return _beneficiary(s.text, f, noun.end())


def _article_one(a: Attempt) -> Decision:
    """Rejects a lone "một" that is the article "a" ("phải ban hành một nghị quyết mới"), unless
    a rule or a target noun sets it: no goal of one."""
    f = a.figure
    if f.qualifier != "exact" or not article_one(a.sentence, f, "one_counting_verbs"):
        return None
    return None if a.once(_ruling).quota or f.start in _plan(a).nominal else REJECT


def _points_goal(a: Attempt) -> Decision:
    """A change in percentage points a plan sets ("tỷ lệ hộ nghèo giảm thêm 0,3 điểm phần trăm",
    "giảm bình quân 0,25 - 0,3 điểm phần trăm mỗi năm"): a target in "%"; reported, it is the
    change of the rate before it."""
    s, f = a.sentence, a.figure
    if f.kind == "percent" or (points := phrases("percentage_points").match_at(s, f.end)) is None:
        return None
    a.figure = replace(f, end=points.end(), kind=Kind.percent)  # read as a share: "%", its subject before it
    goal = _target(a, "points_goal")
    a.figure = f
    return produce(replace(goal, figures=(f,)))


def _not_a_unit(a: Attempt) -> Decision:
    """Rejects a count of a measurement, a duration or an age ("5 năm", "35 tuổi"), unless of
    a frequency quota."""
    f = a.figure
    if f.kind == "percent" or a.once(_frequency_at) is not None or sited_points(a.sentence, f) is not None:
        return None  # "tổ chức ở 96 điểm": sites, no score
    return REJECT if non_unit_after(a.sentence, f.end) else None


def _no_unit(a: Attempt) -> Decision:
    """Rejects a count with no unit after it."""
    return REJECT if a.figure.kind != "percent" and a.once(_unit) is None else None


def _qualifier_with_unit(a: Attempt) -> Decision:
    """Never decides: corrects a count's qualifier by the words around its unit, for the
    rules after it."""
    f = a.figure
    if f.kind != "percent" and (found := a.once(_unit)) is not None:
        qualifier = qualifier_with_unit(f.qualifier, a.sentence.text, found[1])
        if qualifier != f.qualifier:
            a.figure = replace(f, qualifier=qualifier)
    return None


_REPORTED = frozenset({"exact", "approx", "nearly", "more_than"})  # "đề ra hơn 15.000 giải pháp"


def _plan_items(a: Attempt) -> Decision:
    """Rejects the items a plan counts ("đề ra 18 chỉ tiêu"): a count; the places of an intake
    ("tuyển sinh 1.200 chỉ tiêu"), a share of the quota just stated ("tuyển dụng 15 công chức:
    luật (4 chỉ tiêu)") and items after a verb that carries them out ("phấn đấu hoàn thành 15 đề
    án": `plan_output_verbs.txt`) are what is planned."""
    s, f = a.sentence, a.figure
    if f.kind == "percent" or f.qualifier not in _REPORTED:
        return None  # "ít nhất 2 tiêu chí": a bound asked of a plan, a target
    if _listed_items(s, f):
        return REJECT  # "xác định danh mục 46 dự án nguồn điện và 72 dự án lưới điện"
    if not phrases("plan_items").match_at(s, f.end):
        # "xác định … 27 dự án trọng điểm, trong đó có 9 dự án hạ tầng …": the items' breakdown
        return REJECT if _breaks_down_plan_items(s, f) else None
    output = phrases("plan_output_verbs").ends_at(s, f.start)
    if output is not None and not _past_right_before(s.text, output.start()):
        return None  # "phấn đấu hoàn thành 15 đề án": the items to be carried out; "đã hoàn thành" counts
    part_of_quota = a.once(_intake_at) or (bool(a.candidates) and inside_parens(s.text, f.start))
    return None if part_of_quota else REJECT


PLAN_LIST_REACH = 80  # from a list's noun to the last item it counts


def _listed_items(s: Sentence, f: Figure) -> bool:
    """Whether the figure counts the items of a plan's list (`item_list_nouns.txt`): right after
    the list's noun, or a later item of the same kind joined to the first ("danh mục 46 dự án
    nguồn điện và 72 dự án lưới điện")."""
    noun = last_match(phrases("item_list_nouns").finditer(s, max(0, f.start - PLAN_LIST_REACH), f.start))
    if noun is None or ";" in s.text[noun.end() : f.start]:
        return False
    first = next((g for g in s.figures if g.start >= noun.end()), None)
    if first is None or s.text[noun.end() : first.start].strip():
        return False  # the list's noun names no figure right after it
    if first.start == f.start:
        return True
    mine, theirs = unit_after(s, f.end), unit_after(s, first.end)
    if mine is None or theirs is None:
        return False
    return mine[0].split()[0].lower() == theirs[0].split()[0].lower()  # "46 dự án …, 72 dự án …"


PLAN_ITEMS_BREAKDOWN_REACH = 120  # from a breakdown's marker to the last of its items


def _breaks_down_plan_items(s: Sentence, f: Figure) -> bool:
    """Whether the figure is an item of the breakdown of a plan's counted items ("Nghị quyết xác
    định … 27 dự án trọng điểm, trong đó có 9 dự án hạ tầng giao thông, 6 dự án chống ngập"):
    counted like them."""
    marker = last_match(
        phrases("breakdown_markers").finditer(s, max(0, f.start - PLAN_ITEMS_BREAKDOWN_REACH), f.start)
    )
    if marker is None or ";" in s.text[marker.end() : f.start]:
        return False
    head = figure_before(s, marker.start())
    if head is None:
        return False
    found = phrases("plan_items").match_at(s, head.end)
    item = found.group() if found is not None else None
    if item is None and _listed_items(s, head) and (listed := unit_after(s, head.end)) is not None:
        item = listed[0]  # "danh mục … 72 dự án lưới điện, trong đó có 9 dự án …"
    own = unit_after(s, f.end)
    # the same noun as the items ("9 dự án" of "27 dự án trọng điểm"); "10 chỉ tiêu; trong đó, …: kết
    # nạp 500 đảng viên" lists what each item is, the goals themselves
    if item is None or own is None:
        return False
    return own[0].split()[0].lower() == item.split()[0].lower()


def _votes(a: Attempt) -> Decision:
    """Rejects votes cast ("được thông qua với 80/82 đại biểu có mặt tán thành", "nhận 76 phiếu
    tán thành, 3 phiếu không tán thành"): how a body voted on a plan is a count, whatever year
    the plan is for."""
    s, f = a.sentence, a.figure
    if f.kind == "percent":
        return None
    found = a.once(_unit)
    if found is None:
        return None
    if phrases("vote_nouns").fullmatch_head(found[0].lower()) or phrases("vote_words").match_at(s, found[1]):
        return REJECT
    return None


def _refers_back(a: Attempt) -> Decision:
    """Rejects a count whose noun points back ("yêu cầu 4 người trên ..."): named before, no goal."""
    if a.figure.kind == "percent" or (found := a.once(_unit)) is None:
        return None
    return REJECT if refers_back(a.sentence, found[1]) else None


def _present_now(a: Attempt) -> Decision:
    """Rejects, after a weak cue ("sẽ"), a count of what is now ("… sẽ tổ chức họp, gần 800
    học viên đang theo học …"), unless a rule sets it."""
    if a.figure.kind == "percent" or not _plan(a).weak or a.once(_ruling).quota:
        return None
    found = a.once(_unit)
    return REJECT if found is not None and phrases("present_markers").match_at(a.sentence, found[1]) else None


PRICE_REACH = 120  # "với học phí dao động từ 600 tệ (90 USD) … đến 1.000 tệ (150 USD)": both ends and asides


def _price_described(a: Attempt) -> Decision:
    """Rejects, after a weak cue ("sẽ"), money a price noun introduces in its clause after the cue
    ("… sẽ tổ chức lớp học ngắn hạn, … với học phí dao động từ 600 tệ … đến 1.000 tệ":
    `price_nouns.txt`): the price described, no goal; a price the cue sets ("học phí sẽ là: 90 USD")
    stays planned."""
    s, f = a.sentence, a.figure
    if f.kind == "percent" or not _plan(a).weak or a.once(_ruling).quota:
        return None
    if not (money_after(s.text, f.end) or phrases("foreign_currencies").match_at(s, f.end) is not None):
        return None
    # the price comes after the cue ("sẽ tổ chức …, với học phí …"); "học phí sẽ là: 90 USD" sets it
    lo = max(item_start(s.text, max(0, f.start - PRICE_REACH), f.start, ";"), _plan(a).scope or 0)
    return REJECT if phrases("price_nouns").search(s, lo, f.start) is not None else None


def _attendance(a: Attempt) -> Decision:
    """Rejects, after a weak cue ("sẽ"), who takes part in an event ("Đại hội … sẽ được tổ chức
    … với sự tham gia của 450 đại biểu"): the event's make-up, no goal; the learners of classes
    the cue plans ("sẽ mở 38 lớp với sự tham gia của 2.000 học viên") stay planned."""
    s, f = a.sentence, a.figure
    plan = _plan(a)
    if f.kind == "percent" or not plan.weak or plan.scope is None or a.once(_ruling).quota:
        return None
    lead = phrases("participant_leads").ends_at(s, f.start) or _summoned_link(a)
    planned = (g for g in s.figures if plan.scope <= g.start < lead.start()) if lead is not None else ()
    if lead is None or any(is_fact_figure(g) and not non_unit_after(s, g.end) for g in planned):
        return None  # "trong hai ngày" says how long, no planned figure
    return REJECT


def _summoned_link(a: Attempt) -> re.Match | Found | None:
    """The bare link before people an event gathers ("… sẽ diễn ra … với 445 đại biểu được
    triệu tập"): "với" right before the figure, an attendance word right after its noun."""
    s = a.sentence
    link = phrases("participant_links").ends_at(s, a.figure.start)
    if link is None or (found := a.once(_unit)) is None:
        return None
    return link if phrases("attendance_participles").match_at(s, found[1]) is not None else None


def _selects_group(a: Attempt) -> Decision:
    """Rejects a bound written into a noun phrase ("doanh nghiệp có từ 50 lao động trở lên"):
    it says which group is meant."""
    return REJECT if selects_group(a.sentence, a.figure) else None


def _quota_rule(a: Attempt) -> Decision:
    """A target a rule sets: a cap ("không quá 4 người"), a quota, a statute's size or a
    penalty, without a deadline where it caps or a law or a penalty sets it."""
    return produce(_target(a, "quota")) if a.once(_ruling).quota else None


def _target_cue(a: Attempt) -> Decision:
    """A target of a plan's scope or a target noun ("phấn đấu đến năm 2030 ... đạt trên 95
    triệu đồng"), with its deadline."""
    return produce(_target(a, "target_cue"))


TARGET_RULES: tuple[Rule, ...] = (
    Rule("slogan", _slogan),
    Rule("forbidden_excess", _forbidden_excess_rule),
    Rule("inside_share_subject", _inside_share_subject),
    Rule("named_bound", _named_bound, needs=("named_bound_words",)),
    Rule("seat_quota", _seat_quota, needs=("seat_quota_verbs",)),
    Rule("not_planned", _not_planned),
    Rule("listed_bound", _listed_bound),
    Rule("beneficiary", _beneficiary_rule),
    Rule("article_one", _article_one),
    Rule("points_goal", _points_goal, needs=("percentage_points",)),
    Rule("not_a_unit", _not_a_unit),
    Rule("no_unit", _no_unit),
    Rule("qualifier_with_unit", _qualifier_with_unit),
    Rule("plan_items", _plan_items, needs=("plan_items", "item_list_nouns")),
    Rule("votes", _votes, needs=("vote_words", "vote_nouns")),
    Rule("refers_back", _refers_back),
    Rule("present_now", _present_now, needs=("present_markers",)),
    Rule("price_described", _price_described, needs=("price_nouns",)),
    Rule("attendance", _attendance, needs=("participant_leads", "participant_links")),
    Rule("selects_group", _selects_group),
    Rule("quota", _quota_rule),
    Rule("target_cue", _target_cue),
)


def extract_targets(s: Sentence, ctx: ArticleContext) -> list[Candidate]:
    """The targets of a sentence: ``TARGET_RULES`` over its fact figures, read against the
    sentence's plan (``_Plan``), found anew for each call."""
    figures = [f for f in s.figures if is_fact_figure(f)]
    if not figures:  # nothing to read against a plan: a later sentence finds what it needs itself
        return []
    s.memo[_PLAN] = _Plan(s, ctx)
    return apply_rules(TARGET_RULES, s, ctx, figures)
