"""Conditions: bounded figures that say which group is meant, not how many there are.

"doanh nghiệp có từ 50 lao động trở lên", "cơ quan có tỷ lệ nữ từ 30% trở lên", "14 dự
án giải ngân dưới 30%": the figure narrows a noun phrase or a count. Counts, rates and
targets all skip such figures (contract: conditions that select a group are no facts).
"""

from __future__ import annotations

import regex as re

from newsfacts import lexicon
from newsfacts.extractors.context import (
    Phrases,
    Sentence,
    alternation,
    figure_before,
    phrase_table,
    phrases,
)
from newsfacts.extractors.phrases import (
    last_match,
    money_after,
    open_unit_after,
    qualifier_suffix_phrases,
    unit_after,
)
from newsfacts.text.numbers import Figure

CONDITION_REACH = 40
CRITERIA_REACH = 160  # a definition's head stands this close before its bounds
_HAS_BEFORE = re.compile(rf"\b(?:{alternation('has_verbs')})\s+$", re.IGNORECASE)
_BOUNDED = frozenset({"at_least", "less_than", "more_than", "at_most"})


GROUP_WORDS = 5  # "doanh nghiệp ngoài khu vực nhà nước có từ 30 lao động trở lên": the noun's words
_GROUP_FRAME = re.compile(
    rf"(?:\b(?:{alternation('units')})\s+(?:(?:{alternation('has_verbs')})\s+)?|\(\s*"
    rf"(?:(?:{alternation('has_verbs')})\s+)?"  # "(có từ 3 đảng viên chính thức trở lên)"
    # "những nơi có từ 3 đơn thư trở lên": a group named by a plural and its noun, then "có"
    rf"|\b(?:{alternation('plural_markers')})\s+\p{{L}}+\s+(?:{alternation('has_verbs')})\s+"
    # a counted noun and the words that say which, then "có"; not a duty ("mỗi xã phải có từ 2 …")
    rf"|\b(?:{alternation('units')})(?:\s+(?!(?:{alternation('modal_cues')})(?!\w))\p{{Ll}}+){{1,{GROUP_WORDS}}}?"
    rf"\s+(?:{alternation('has_verbs')})\s+"
    # a noun and what was done to its members ("sở được hợp nhất từ ba sở trở lên"): which ones
    rf"|\b(?:{alternation('units')})\s+(?:{alternation('member_participle_markers')})(?:\s+\p{{Ll}}+){{1,2}}\s+)$",
    re.IGNORECASE,
)
PLURAL_GROUP_WORDS = 4  # "Những lớp học ở vùng thấp có sĩ số trên 45 học sinh": where the group is
_MEASURED_GROUP = re.compile(
    rf"\b(?:{alternation('plural_markers')})\s+(?:{alternation('units')})(?:\s+\p{{L}}+){{0,{PLURAL_GROUP_WORDS}}}?"
    rf"\s+(?:{alternation('has_verbs')})\s+"
    rf"(?:{alternation('measure_nouns')})(?:\s+\p{{L}}+){{0,2}}\s+$",
    re.IGNORECASE,
)
MEASURED_GROUP_REACH = 50  # "doanh nghiệp có vốn đầu tư nước ngoài quy mô từ 1.000 lao động trở lên"
# a counted noun, the words that say which, then a measure of each member right before the bound
_MEASURE_OF_MEMBERS = re.compile(
    rf"\b(?:{alternation('units')})\b[^;:.()\d]{{0,{MEASURED_GROUP_REACH}}}?"
    rf"\s(?:{alternation('measure_nouns')})\s++$",
    re.IGNORECASE,
)
# a counted figure, its noun and the words that say which, then "có" ("9 chi bộ thôn có dưới 20 đảng
# viên", "12 xã có trên 1.000 hộ dân"), or a noun made "whichever" ("Chi bộ nào có trên 100 …"): the
# bound says which ones are counted or meant
_NOT_GROUP_WORD = rf"(?!(?:{alternation('list_conjunctions', 'clause_conjunctions')})(?!\w))"
_WHICH_WORDS = rf"(?:\s+{_NOT_GROUP_WORD}\p{{Ll}}+){{0,{GROUP_WORDS}}}?"  # the words that say which
_COUNTED_NOUN = rf"(?<![\d.,])\d(?:[\d.,]*\d)?\s++(?P<group>{alternation('units')}){_WHICH_WORDS}"
_HAS_AT_END = rf"\s+(?:{alternation('has_verbs')})\s+$"
_COUNTED_GROUP_HAS = re.compile(
    rf"(?:{_COUNTED_NOUN}|\b(?:{alternation('units')})\s+(?:{alternation('whichever_words')})){_HAS_AT_END}",
    re.IGNORECASE,
)
# what each member of a counted group suffered or gave right before the bound ("2.105 khách hàng
# bị thiệt hại trên 70% tài sản", "17 doanh nghiệp ủng hộ từ 500 triệu đồng trở lên":
# group_measure_verbs.txt); a share each reached is read as reported ("12/16 khoản thu đạt trên
# 25% dự toán")
# or a measure each member has ("41 doanh nghiệp có doanh thu trên 50 tỷ đồng/năm", "214 lễ hội
# có quy mô từ 500 người trở lên": measure_nouns.txt)
_TOTALS = frozenset(w.casefold() for w in lexicon.words("total_words"))
_MEMBER_MEASURES = [m for m in lexicon.words("measure_nouns") if m.split()[0].casefold() not in _TOTALS]
_MEASURE_VERB_BEFORE = re.compile(
    rf"(?<!\w)(?:{alternation('group_measure_verbs')}|(?:{alternation('has_verbs')})\s++"
    rf"(?:{lexicon.alternation(_MEMBER_MEASURES)}))\s+$",
    re.IGNORECASE,
)
_WHICH_ONLY = re.compile(rf"{_WHICH_WORDS}\s*+")


def _measured_group(s: Sentence, f: Figure, lo: int) -> bool:
    """Whether a counted group, the words that say which, and what each member suffered, gave or
    measures stand right before the bound: the group's number a counted figure of the sentence,
    its noun of the tables or not ("khách hàng"), nothing but lowercase words between the noun
    and the verb ("hơn 2.870 tỷ đồng, trong đó nhân dân đóng góp trên 410 tỷ đồng" reports both).
    A threshold written "từ … trở lên" says so of any verb ("9 đồn nhận đỡ đầu từ 20 em trở
    lên") but one of a level reached (`rate_verbs.txt`)."""
    verb = _MEASURE_VERB_BEFORE.search(s.text, lo, f.start)
    if verb is not None:
        words_end = verb.start()
    elif f.qualifier == "at_least" and _FROM.match(s.text, f.start) and not _level_verb_before(s, f):
        words_end = f.start
    else:
        return False
    g = figure_before(s, words_end)
    if g is None or g.kind != "quantity" or g.end < lo:
        return False
    noun = unit_after(s, g.end) or open_unit_after(s, g.end)
    if noun is None or (noun[1] >= words_end and verb is None):
        return False  # a threshold needs the verb its members did
    return _WHICH_ONLY.fullmatch(s.text, noun[1], words_end) is not None


def _level_verb_before(s: Sentence, f: Figure) -> bool:
    """A level reached is reported ("4 xã còn lại đạt từ 14 tiêu chí trở lên": `rate_verbs.txt`)."""
    return phrases("rate_verbs").ends_at(s, f.start) is not None


# a counted figure and its noun, then a bound of what each lacks ("12 ấp chưa đủ 3 đảng viên
# chính thức": lacking_qualifiers.txt): the bound says which ones are counted
_COUNTED_GROUP = re.compile(rf"{_COUNTED_NOUN}\s+$", re.IGNORECASE)
# a bare group noun heading the sentence or an item, then the bound, its noun and what a rule
# says of them ("Chi bộ có dưới 9 đảng viên chính thức chỉ bầu bí thư", "…; chi bộ dưới 30 đảng
# viên bầu 3 chi ủy viên": rule_predicates.txt): the groups the bound picks out
_GROUP_AT_HEAD = re.compile(
    rf"(?:^|[;:]\s*+)(?:{alternation('units')})(?:\s++(?:{alternation('has_verbs')}))?\s++$", re.IGNORECASE
)
_PREDICATE_NEXT = re.compile(
    rf"(?:\s++\p{{Ll}}++){{0,2}}?\s++(?:{alternation('rule_predicates')})(?!\w)", re.IGNORECASE
)
# a plural and a group noun, the words that say which, then "có" and the bound, and what a rule
# says of them ("những xã có trên 1.000 hộ nghèo được ưu tiên"): the bound picks out the groups meant
_PLURAL_GROUP_HAS = re.compile(
    rf"\b(?:{alternation('plural_markers')})\s+(?:{alternation('units')}){_WHICH_WORDS}{_HAS_AT_END}",
    re.IGNORECASE,
)
SHARE_GROUP_WORDS = 4  # "41% công chức phải kiêm nhiệm từ hai lĩnh vực trở lên": the share's own words
# a share of a group, then what its members do or have up to the bound: the bound says who is in it
_SHARE_OF_GROUP = re.compile(
    rf"\d\s*+%\s+(?:{alternation('units')})(?:\s+{_NOT_GROUP_WORD}\p{{Ll}}+){{1,{SHARE_GROUP_WORDS}}}?\s+$",
    re.IGNORECASE,
)
CRITERIA_WORDS = 8  # "Đối tượng phải sắp xếp là …": the words between the head and "là"
# what a rule applies to, defined after "là" ("Đối tượng phải sắp xếp là ấp có dưới 175 hộ gia
# đình"): every bound of the definition picks out its members (`criteria_heads.txt`)
_CRITERIA = re.compile(
    rf"(?<!\w)(?:{alternation('criteria_heads')})(?:\s++[^\s;.:]++){{0,{CRITERIA_WORDS}}}?\s++(?:{alternation('copulas')})\s[^;.:]*+$",
    re.IGNORECASE,
)
_FROM = re.compile(rf"(?:{alternation('from_words')})\b", re.IGNORECASE)
_FROM_BEFORE = re.compile(rf"\b(?:{alternation('from_words')})\s*+$", re.IGNORECASE)


def selects_group(s: Sentence, f: Figure) -> bool:
    """A bound written into a noun phrase defines which group is meant.

    "doanh nghiệp có từ 50 lao động trở lên", "hộ từ 3 lao động trở lên", "doanh nghiệp
    có vốn đầu tư nước ngoài quy mô từ 1.000 lao động trở lên", "(từ 16.000
    người trở lên)", "chị có thu nhập từ 300 triệu đồng/năm trở lên", "hộ hội viên có
    thu nhập trên 1 tỷ đồng/năm": the figure is a threshold, not a quantity reported.
    Money right after a noun is a level ("thu nhập bình quân đầu người từ 140 triệu
    đồng/năm trở lên"), and so is a percentage ("phát triển hội viên từ 2% trở lên").
    """
    if f.qualifier not in _BOUNDED:
        return False
    if _CRITERIA.search(s.text, max(0, f.start - CRITERIA_REACH), f.start):
        return True  # "Đối tượng … là các thôn có quy mô … dưới 50% tiêu chuẩn": a definition's bound
    lo = max(0, f.start - 60)
    if f.qualifier != "at_most" and _measured_group(s, f, lo):
        return True  # "2.105 khách hàng bị thiệt hại trên 70% tài sản": which customers, no share
    if f.kind == "percent" and _share_criterion(s, f):
        return True
    if _class_measure_rule(s, f):
        return True  # "hộ kinh doanh có doanh thu năm từ 500 triệu đồng trở xuống không phải nộp …"
    if _number_of_group(s, f):
        return True  # "Số doanh nghiệp nợ thuế trên 1 tỷ đồng giảm từ 318 xuống còn 286"
    if f.kind != "quantity":
        return False
    if phrases("lacking_qualifiers").match_at(s, f.start) and _COUNTED_GROUP.search(s.text, lo, f.start):
        return True
    if _PLURAL_GROUP_HAS.search(s.text, lo, f.start):
        found = unit_after(s, f.end)  # what a rule says of the groups follows their bound's noun
        if found is not None and _PREDICATE_NEXT.match(s.text, found[1]):
            return True  # "Các xã có trên 1.000 hộ nghèo được ưu tiên"; "các xã … có hơn 2.000 hộ" reports
    share_of_group = f.qualifier != "at_most" and _SHARE_OF_GROUP.search(s.text, lo, f.start)
    if share_of_group and not money_after(s.text, f.end):
        return True  # "64% hộ dân có thu nhập trên 4.500.000 đồng": money after a noun is a level
    head = _GROUP_AT_HEAD.search(s.text, lo, f.start) if f.qualifier != "at_most" else None
    counted = _COUNTED_GROUP_HAS.search(s.text, lo, f.start)
    if head is not None or counted is not None:
        found = unit_after(s, f.end)  # the bound's own noun
        if head is not None and found is not None and _PREDICATE_NEXT.match(s.text, found[1]):
            return True
        group = counted.group("group") if counted is not None else None
        # "trong 19.000 người … có hơn 10.000 người": the group's own noun, a part of it, not a measure
        if counted is not None and not (group and found is not None and found[0].lower() == group.lower()):
            return True
    if f.qualifier not in ("at_least", "at_most"):  # "từ … trở lên", "từ … trở xuống": a frame
        return bool(_MEASURED_GROUP.search(s.text, lo, f.start))
    if _FROM.match(s.text, f.start):
        lead_end = f.start
    elif before := _FROM_BEFORE.search(s.text, max(0, f.start - 8), f.start):
        lead_end = before.start()  # "từ 300 triệu đồng/năm trở lên": "từ" left out of the figure
    else:
        return False
    lo = max(0, lead_end - 60)
    if _MEASURED_GROUP.search(s.text, lo, lead_end):
        return True
    frame = _MEASURE_OF_MEMBERS.search(s.text, lo, lead_end)
    if frame is None and not money_after(s.text, f.end):
        frame = _GROUP_FRAME.search(s.text, lo, lead_end)
    return frame is not None and not _handed_to_each(s, frame.start())


_CLAUSE_OF_WORDS = re.compile(r"(?:^|[;:]\s*+)[^\d,;:.()]++$")


CLASS_REACH = 90  # from a clause's start to a bound on what each member of its class measures
_CLASS_MEASURE = re.compile(
    rf"(?:^|[,;:]\s*+)(?:(?:{alternation('plural_markers')})\s++)?(?:{alternation('units')})"
    rf"(?:\s++{_NOT_GROUP_WORD}\p{{Ll}}++){{0,{GROUP_WORDS}}}?\s++(?:{alternation('has_verbs')})\s++"
    rf"(?:{lexicon.alternation(_MEMBER_MEASURES)})(?:\s++\p{{Ll}}++){{0,2}}?\s++$",
    re.IGNORECASE,
)


def _class_measure_rule(s: Sentence, f: Figure) -> bool:
    """A bound on what each member of a class has, opening a clause and followed by what a rule
    says of them ("hộ kinh doanh có doanh thu năm từ 500 triệu đồng trở xuống không phải nộp
    thuế", "Doanh nghiệp có doanh thu trên 50 tỷ đồng/năm thuộc diện …": `rule_predicates.txt`):
    which ones the rule is about. A named firm's revenue is reported."""
    if not _CLASS_MEASURE.search(s.text, max(0, f.start - CLASS_REACH), f.start):
        return False
    found = unit_after(s, f.end)
    end = found[1] if found is not None else f.end
    suffix = qualifier_suffix_phrases().match_at(s, end)
    return _PREDICATE_NEXT.match(s.text, suffix.end() if suffix else end) is not None


NUMBER_OF_GROUP_WORDS = 4  # "Số doanh nghiệp nợ thuế trên 1 tỷ đồng": what the counted members did
_NUMBER_OF_GROUP = re.compile(
    rf"(?<!\w)(?:{alternation('number_of_words')})\s++(?:{alternation('units')})"
    rf"(?:\s++{_NOT_GROUP_WORD}\p{{Ll}}++){{1,{NUMBER_OF_GROUP_WORDS}}}?\s++$",
    re.IGNORECASE,
)


def _number_of_group(s: Sentence, f: Figure) -> bool:
    """A bound of money inside the noun a count names ("Số doanh nghiệp nợ thuế trên 1 tỷ đồng giảm
    từ 318 xuống còn 286", "số hộ có thu nhập trên 10 triệu đồng là 120"): which members are
    counted; a bound in the count's own noun caps the count ("số cấp phó không quá 3 người")."""
    if not money_after(s.text, f.end):
        return False  # "số cấp phó của mỗi sở không quá 3 người": a cap on the count itself
    if _NUMBER_OF_GROUP.search(s.text, max(0, f.start - CLASS_REACH), f.start) is None:
        return False
    # "số hộ nghèo còn dưới 500 hộ", "số vụ giảm trên 20 vụ": the count itself, reported
    return (
        not _level_verb_before(s, f)
        and phrase_table("change_cues", "phrase", "direction")[0].ends_at(s, f.start) is None
    )


def _share_criterion(s: Sentence, f: Figure) -> bool:
    """A share bounded "từ … trở lên" inside a clause of words that a rule's predicate follows
    ("Thương binh bị suy giảm khả năng lao động từ 81% trở lên được hưởng …"): which people the
    rule is about, no share reported."""
    if not _FROM.match(s.text, f.start):
        return False
    suffix = qualifier_suffix_phrases().match_at(s, f.end)
    if suffix is None or not _PREDICATE_NEXT.match(s.text, suffix.end()):
        return False
    return _CLAUSE_OF_WORDS.search(s.text, max(0, f.start - CRITERIA_REACH), f.start) is not None


DISTRIBUTIVE_REACH = 24  # "mỗi sở, ngành có từ 2 cán bộ nữ trở lên": the distributive word before the noun
_ITEM_BREAK = re.compile(r"[;:.]")


def distributes(s: Sentence, start: int, end: int) -> bool:
    """Whether a distributive word ("mỗi", "từng") between ``start`` and ``end`` hands a bound to
    each member, not a recurring time ("mỗi năm", "từng lần") that reports how often."""
    return any(
        not phrases("recurring_words").match_at(s, m.start())
        for m in phrases("distributive_words").finditer(s, start, end)
    )


def _handed_to_each(s: Sentence, frame_start: int) -> bool:
    """Whether a distributive word right before the group hands the bound to each member ("…;
    mỗi sở, ngành có từ 2 cán bộ nữ trở lên", "mỗi chi hội có quỹ từ 70 triệu đồng trở lên"): a
    quota, no group selected."""
    lo = max(0, frame_start - DISTRIBUTIVE_REACH)
    item = last_match(_ITEM_BREAK.finditer(s.text, lo, frame_start))
    return distributes(s, item.end() if item else lo, frame_start + 1)


COUNT_REACH = 50  # a threshold stands right after the counted noun phrase it narrows
THRESHOLD_WORDS = 4  # "14 dự án giải ngân dưới 30%", "3 xã có tỷ lệ đồng thuận dưới 80%"
VOTE_LEAD_WORDS = 2  # "trúng cử với số phiếu trên 90%": "với số phiếu" names the measure
FRAMED_MEASURE_WORDS = 12  # "có tỷ lệ người dân được lập hồ sơ sức khỏe điện tử đạt": a measure's words
FRAMED_MEASURE_REACH = 50  # and the characters they add to COUNT_REACH
_CLAUSE_MARK = re.compile(r"[,;:()]")


def _threshold_of_count(s: Sentence, f: Figure) -> bool:
    """A bounded share right after a counted noun phrase says which ones were counted:
    "có 14 dự án giải ngân dưới 30%", "chỉ 3 xã có tỷ lệ đồng thuận dưới 80%", the verb left out
    in a list of such groups ("…; 26 đơn vị dưới 30%"), a span of shares too ("41 đơn vị đạt từ 30%
    đến 60%")."""
    if f.kind != "percent" or f.qualifier not in ("less_than", "more_than", "at_least", "range"):
        return False
    g = figure_before(s, f.start)
    if g is None or g.kind != "quantity" or f.start - g.end > COUNT_REACH + FRAMED_MEASURE_REACH:
        return False
    counted = unit_after(s, g.end)
    if counted is None:
        return False
    # "4 xã còn lại dưới 90%": the rest of the groups listed, named with their noun (remainder_words.txt)
    rest = phrases("remainder_words").match_at(s, counted[1])
    between = s.text[rest.end() if rest is not None else counted[1] : f.start]
    # "có 24 đồng chí trúng cử với số phiếu trên 90%": the votes named before the bound take more words
    votes = phrases("vote_nouns").ends_at(between, len(between.rstrip())) is not None
    # "52 xã, phường có tỷ lệ người dân được lập hồ sơ sức khỏe điện tử đạt trên 90%": the rate each
    # has, named by a frame, may take a long description
    framed = phrases("rate_of_each_frames").match_at(between, 0) is not None
    if not framed and f.start - g.end > COUNT_REACH:
        return False
    reach = THRESHOLD_WORDS + (VOTE_LEAD_WORDS if votes else 0) + (FRAMED_MEASURE_WORDS if framed else 0)
    if len(between.split()) > reach or _CLAUSE_MARK.search(between):
        return False
    if not between.strip():
        return _listed_group(s, g)  # "…; 26 đơn vị dưới 30%": a group of a list, its verb left out
    if phrases("share_links").match_at(between, 0):
        return False  # "1.500 đảng viên trong đó hơn 30% là đoàn viên": a share of its own
    if framed:
        return True  # "86 xã, phường đạt tỷ lệ tiêm trên 95%": the rate each has picks them out
    # "41 đơn vị đạt từ 30% đến 60%": a span the rate each reached lies in picks them out
    return f.qualifier == "range" or not phrases("rate_verbs").search(between)


def _listed_group(s: Sentence, g: Figure) -> bool:
    """Whether the count opens an item after a semicolon or a breakdown's marker ("…; 26 đơn vị
    dưới 30%, trong đó 7 chủ đầu tư dưới 15%"): an item of a list of groups by their share."""
    head = s.text[: g.start].rstrip()
    return head.endswith(";") or phrases("breakdown_markers").ends_at(s, g.start) is not None


_OWNERSHIP = lexicon.table("ownership_frames")
_FIRM_BEFORE = Phrases(tuple(r["phrase"] for r in _OWNERSHIP))
_CAPITAL_AFTER = Phrases(tuple(r["after"] for r in _OWNERSHIP))


def _owned_kind(s: Sentence, f: Figure) -> bool:
    """ "DN 100% vốn Nhà nước": an owner's share naming a kind of firm selects a group."""
    return (
        f.kind == "percent"
        and _FIRM_BEFORE.ends_at(s, f.start) is not None
        and _CAPITAL_AFTER.match_at(s, f.end) is not None
    )


EXAMPLES_REACH = 60  # the first listed unit's figure stands this close after the bound
_EXAMPLES_AFTER = re.compile(
    rf"\s*+,?\s*+(?:(?:{alternation('example_list_openers')})\s++[^;.\d]{{1,40}}?"
    rf"|(?:{alternation('named_list_copulas')})\s++(?:\p{{Lu}}\S*+\s++){{1,4}})\d[\d.,]*+\s*+%"
)


def is_condition(s: Sentence, f: Figure) -> bool:
    """A bounded figure that says which group is meant rather than how many there are:
    after a condition cue ("cơ quan có tỷ lệ nữ từ 30% trở lên"), inside a noun phrase
    (``selects_group``), narrowing a count (``_threshold_of_count``) or inside the subject
    of another share ("trên 90% số người ... có trên 70% phiếu tín nhiệm cao")."""
    if _owned_kind(s, f):
        return True
    if f.qualifier == "range":
        return _threshold_of_count(s, f)  # "41 đơn vị đạt từ 30% đến 60%"
    if f.qualifier not in _BOUNDED:
        return False
    if f.kind == "percent" and _EXAMPLES_AFTER.match(s.text, f.end, f.end + EXAMPLES_REACH):
        return True  # "cao hơn 10%, như Điện Biên 11,54%; …": the bound the listed units pass
    if phrases("quorum_cues").ends_at(s, f.start) is not None:
        return True  # "chỉ được tiến hành khi có trên 50% tổng số hộ tham dự": a quorum
    if selects_group(s, f):
        return True
    lo = max(0, f.start - CONDITION_REACH)
    cue = phrases("condition_cues").search(s, lo, f.start)
    # "đối với mã này hơn 170.000 cổ phiếu": one thing named, no group selected; "tiêu chuẩn chính
    # trị của hơn 4.600 nhân sự": the figure counts whose standard it is
    if (
        cue is not None
        and not _cue_is_counted_noun(s, cue.start())
        and not _figure_between(s, cue.end(), f.start)
        and not _CLAUSE_END.search(s.text, cue.end(), f.start)
        and not phrases("demonstratives").search(s, cue.end(), f.start)
        and not phrases("superlative_words").match_at(s, cue.end())  # "trường hợp cao nhất": one case
        and not phrases("possessive_words").search(s, cue.end(), f.start)
    ):
        return True
    if _threshold_of_count(s, f):
        return True
    return inside_share_subject(s, f)


# the groups of a share named as a list ("100% xã, phường có …"): commas inside it join nouns
_GROUP_LIST = re.compile(
    rf"\s*+(?:{alternation('units')})(?:\s*+(?:,|{alternation('list_conjunctions')})\s*+(?:{alternation('units')}))++"
    rf"\s++(?:{alternation('has_verbs')})\s++$",
    re.IGNORECASE,
)


def inside_share_subject(s: Sentence, f: Figure) -> bool:
    """A bound inside the subject of a share before it ("trên 90% số người được lấy phiếu có trên
    70% phiếu tín nhiệm cao", "100% xã, phường có ít nhất 2 cán bộ được bồi dưỡng"): it says
    which members the share counts, no figure reported."""
    if f.qualifier not in _BOUNDED:
        return False
    earlier = _percent_before(s, f.start)
    if earlier is None:
        return False
    if _CLAUSE_MARK.search(s.text, earlier.end, f.start):
        # "(đạt 68% tổng số), trong đó có hơn 13 vạn người": another clause
        return _GROUP_LIST.match(s.text, earlier.end, f.start) is not None
    if not _HAS_BEFORE.search(s.text, earlier.end, f.start):
        return False
    if phrases("list_conjunctions").search(s, earlier.end, f.start) is None:
        return True
    # "chiếm 30% GRDP và có ít nhất 2.500 doanh nghiệp", "… và mỗi cơ quan có ít nhất 2 tác phẩm": a
    # clause of its own; "100% xã và thị trấn có ít nhất 2 cán bộ": the groups the share counts, listed
    return _GROUP_LIST.match(s.text, earlier.end, f.start) is not None


_CLAUSE_END = re.compile(r"[;:]")


def _cue_is_counted_noun(s: Sentence, start: int) -> bool:
    """A cue word right after a figure is that figure's counted noun ("683 trường hợp vi phạm,
    phạt tiền hơn 1,05 tỷ đồng": the cases found, then the fines), no condition on what follows."""
    g = figure_before(s, start)
    return g is not None and not s.text[g.end : start].strip()


def _figure_between(s: Sentence, lo: int, hi: int) -> bool:
    """Whether a figure stands between a condition cue and the bound ("phạt tiền đối với 214 bị
    cáo với tổng số tiền hơn 4,6 tỷ đồng"): the cue named the counted group, the bound is reported."""
    g = figure_before(s, hi)
    return g is not None and g.start >= lo


SHARE_REACH = 200  # a share whose subject holds another share stands this close to it


def _percent_before(s: Sentence, pos: int) -> Figure | None:
    """The last percentage of the sentence ending before ``pos``, within ``SHARE_REACH``."""
    g = figure_before(s, pos)
    while g is not None and g.kind != "percent" and g.start > pos - SHARE_REACH:
        g = figure_before(s, g.start)
    return g if g is not None and g.kind == "percent" else None
