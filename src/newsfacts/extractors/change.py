"""Changes: "tăng gần 8%", "giảm 4 trường hợp", and the level each one modifies.

A change verb right before a figure makes it a change, unless a level word
follows the verb ("giảm còn 2,8%" states the new level). The change joins
the nearest level of the same sentence and clause before it: a rate or a
count (a change counted in units joins only a count), skipping breakdowns
("(khiển trách 5, ...)", "trong đó ...") that hang off the level, and a
count when the change's own clause names what changed ("9/11 nhóm hàng tăng
giá, riêng nhóm giáo dục giảm 0,3%"). With no
level before it, a change joins the "after" figure of a before/after pair
that follows ("giảm 8 đầu mối, từ 41 xuống còn 33 tổ chức"); otherwise it
stands alone: a count of its own, or a rate whose change is null.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import lru_cache

import regex as re

from newsfacts.extractors.context import (
    Candidate,
    Sentence,
    alternation,
    alternation_of_table,
    inside_parens,
    is_fact_figure,
    phrase_table,
    phrases,
)
from newsfacts.extractors.phrases import (
    CLAUSE_MARK,
    LIST_JOIN,
    clean_subject,
    last_match,
    money_after,
    non_unit_after,
    open_unit_after,
    share_of_plan,
    sited_points,
    strip_edges,
    trim_subject,
    unit_after,
)
from newsfacts.text.numbers import Figure

_SPACES = re.compile(r"\s+")
_FIRST_WORD = re.compile(r"\S++")
_ROUNDINGS = frozenset({"approx", "nearly"})  # qualifiers that round a figure, no bound


def _qualifiers() -> dict[str, str]:
    """Each qualifier phrase's qualifier (`qualifiers.tsv`)."""
    return phrase_table("qualifiers", "phrase", "qualifier")[1]


_CUE_THEN_BASE = re.compile(
    rf"(?<![\w])(?:{alternation_of_table('change_cues', 'phrase')})\s+(?:{alternation('comparison_bases')})"
    rf"(?:\s+(?:19|20)\d\d)?\s+(?:(?:{alternation('copulas')})\s+)?$",
    re.IGNORECASE,
)
_LEVEL_VERB_BEFORE = re.compile(rf"\b(?:{alternation('level_after_change')})\s*+$", re.IGNORECASE)


@dataclass(slots=True)
class ChangeMark:
    figure: Figure
    direction: str
    unit: str | None
    unit_end: int
    cue_start: int
    qualifier: str
    points: bool = False  # "giảm 2,05 điểm phần trăm": a change in percentage points
    respective: bool = False  # "tăng lần lượt 15,2% và 9,8%": one of changes told in the levels' order

    def may_join(self, level_type: str) -> bool:
        """A percentage change joins any level, one in points only a rate, one in units a count."""
        if self.points:
            return level_type == "rate"
        return self.unit == "%" or level_type == "count"


def find_changes(s: Sentence) -> list[ChangeMark]:
    pat, directions = phrase_table("change_cues", "phrase", "direction")
    out = []
    for f in s.figures:
        if not is_fact_figure(f):
            continue
        qualifier = f.qualifier
        m = pat.at_end.search(s.text, max(0, f.start - 30), f.start)
        if not m and f.num_start > f.start:
            # "cao hơn 3%", "ít hơn 12 đơn": the comparative took "hơn" for a qualifier
            m = pat.at_end.search(s.text, max(0, f.num_start - 30), f.num_start)
            if m is not None and m.start() >= f.start:
                m = None  # "không thấp hơn 25.000 đồng/bữa": the qualifier holds the comparative, a bound
            qualifier = "exact"
            if not m:  # "cao hơn khoảng 11%": the rounding word after the comparative stays
                first = _FIRST_WORD.match(s.text, f.start)
                rounding = _SPACES.sub(" ", s.text[first.end() : f.num_start].strip().lower())
                if _qualifiers().get(rounding) in _ROUNDINGS:  # "thấp hơn mức không quá 1,5%": a cap
                    m = pat.at_end.search(s.text, max(0, first.end() - 30), first.end())
                    qualifier = _qualifiers()[rounding]
        if not m:
            based = _CUE_THEN_BASE.search(s.text, max(0, f.start - 60), f.start)
            m = pat.match_at(s, based.start()) if based else None
        if not m and f.kind != "percent" and _excess_over_plan(s, f):
            if non_unit_after(s, f.end):
                continue  # "vượt 675 ngàn tấn so với kế hoạch": a measurement
            found = unit_after(s, f.end) or open_unit_after(s, f.end)
            if found is not None:  # "đạt 633 nghìn tỷ đồng, vượt 102 nghìn tỷ đồng so với kế hoạch năm"
                out.append(ChangeMark(f, "increase", found[0], found[1], f.start, "exact"))
            continue
        if not m:  # "giảm nhẹ 0,3%", "tăng bình quân 7%/năm": an adverb between verb and figure
            adverb = phrases("change_adverbs").ends_at(s, f.start)
            if adverb is not None and phrases("respective_words").fullmatch_head(adverb.group().strip()):
                # "tiếp nhận 1.127 … và giới thiệu 864 …, tăng lần lượt 15,2% và 9,8%": the levels' in
                # order; with no levels ("hai cổ phiếu này tăng lần lượt 0,75% và 0,61%") each its own
                told = pat.at_end.search(s.text, max(0, adverb.start() - 30), adverb.start())
                if told is not None and f.kind == "percent":
                    cue = _SPACES.sub(" ", told.group().strip().lower())
                    out.append(
                        ChangeMark(f, directions[cue], "%", f.end, told.start(), qualifier, respective=True)
                    )
                continue
            m = pat.at_end.search(s.text, max(0, adverb.start() - 30), adverb.start()) if adverb else None
        if (
            not m
            and out
            and out[-1].respective
            and f.kind == "percent"
            and LIST_JOIN.fullmatch(s.text, out[-1].figure.end, f.start)
        ):
            out.append(replace(out[-1], figure=f, unit_end=f.end, qualifier=f.qualifier))
            continue
        if not m:
            shared = _shares_verb(s, f, out[-1]) if out else None
            if shared is not None:  # "tăng 13,5% về vụ và 32,8% về số bị can": one verb, two changes
                out.append(shared)
            continue
        if qualifier == "exact" and phrases("estimate_markers").ends_at(s, m.start()):
            qualifier = "approx"  # "ước tăng 9%"
        cue = _SPACES.sub(" ", m.group().strip().lower())
        unit: str | None
        if f.kind == "percent":
            unit, end = "%", f.end
        elif (points := phrases("percentage_points").match_at(s, f.end)) is not None:
            unit = points.group().strip()
            out.append(ChangeMark(f, directions[cue], unit, points.end(), m.start(), qualifier, points=True))
            continue
        elif non_unit_after(s, f.end):
            # "tăng 15 điểm" after "42 điểm bơi an toàn": the sites again, no score
            if (sites := sited_points(s, f)) is None:
                continue
            unit, end = sites
        else:
            found = unit_after(s, f.end) or open_unit_after(s, f.end)
            unit, end = (found[0], found[1]) if found else (None, f.end)
        out.append(ChangeMark(f, directions[cue], unit, end, m.start(), qualifier))
    return out


TOPIC_WORDS = 4  # "về số bị can": the words a change names its topic with
_TOPIC_THEN_JOINER = re.compile(
    rf"\s++(?:{alternation('change_topic_markers')})(?:\s++\p{{L}}++){{1,{TOPIC_WORDS}}}?"
    rf"\s++(?:{alternation('list_conjunctions')})\s++",
    re.IGNORECASE,
)


def _shares_verb(s: Sentence, f: Figure, before: ChangeMark) -> ChangeMark | None:
    """A second change with no verb of its own, joined to the one before by "và" while both name
    their topic ("tăng 13,5% về vụ và 32,8% về số bị can"): the same direction, for its own topic."""
    if f.kind != before.figure.kind or f.start <= before.figure.end:
        return None
    if not _TOPIC_THEN_JOINER.fullmatch(s.text, before.figure.end, f.start):
        return None
    if _CHANGE_TOPIC.match(s.text, f.end) is None:
        return None
    return ChangeMark(f, before.direction, before.unit, f.end, before.cue_start, f.qualifier)


_COMPARED_AFTER = re.compile(rf"[^,;.]{{0,30}}?\b(?:{alternation('comparison_words')})\b", re.IGNORECASE)


def _excess_over_plan(s: Sentence, f: Figure) -> bool:
    """ "vượt 102 nghìn tỷ đồng so với kế hoạch": an amount beyond a plan, written with its word."""
    said = phrases("excess_over_plan").match_at(s, f.start)
    return said is not None and said.end() <= f.num_start and bool(_COMPARED_AFTER.match(s.text, f.end))


def _eligible(level: Candidate, mark: ChangeMark, text: str) -> bool:
    if level.end > mark.cue_start or ";" in text[level.end : mark.cue_start]:
        return False
    if not mark.may_join(level.type):
        return False
    if (
        level.type == "count"
        and money_after(text, mark.figure.end)
        and not money_after(text, level.figures[0].end)
    ):
        return False  # "6 dự án … với số vốn tăng thêm hơn 1.500 tỷ đồng": money added, no more projects
    if inside_parens(text, level.start) and not inside_parens(text, mark.cue_start):
        return False
    if mark.unit == "%" and _own_subject_between(text, level.end, mark.cue_start):
        return False  # "có 9/11 nhóm hàng tăng giá, riêng nhóm giáo dục giảm 0,3%": the group's change
    if level.type == "rate":  # a percentage change belongs to the nearest percentage, breakdown or not,
        # but a share of a plan ("vượt 18% kế hoạch năm, tăng 26% so với năm 2017") measures no level
        # that grew: the growth is the total's before it, or a rate of its own
        return not share_of_plan(text, level.figures[0].end)
    if mark.unit == "%" and phrases("excess_over_plan").match_at(text, level.start) is not None:
        return False  # "đạt 626,8 ngàn tỷ, vượt 96 ngàn tỷ, …, tăng 26%": the total grew, not the excess
    item_start = text.rfind(";", 0, level.start) + 1  # a breakdown of an earlier item is not this one's
    brk = next((m for m in _breakdowns(text) if item_start <= m[0] and m[1] <= level.start), None)
    aside = text.rfind("(", 0, mark.cue_start)
    if brk and aside >= level.end and inside_parens(text, mark.cue_start):
        # "trong đó có 256 đảng viên bị kỷ luật … (tăng 21 trường hợp …)": the aside after the one
        # item of a breakdown is that item's change; after a list of items it is the total's
        lone = not any(c.isdigit() for c in text[brk[1] : level.start] + text[level.end : aside])
        if lone:
            return True
    if not brk or brk[0] <= (head := _head_before(text, brk[0])):
        return True
    if mark.unit == "%":
        return False
    if phrases("subset_markers").fullmatch_head(text[brk[0] : brk[1]]) and _lone_item(level, brk[1], mark):
        return True  # "81 điểm sạt lở, trong đó 19 điểm …, tăng 5 điểm": the one item told is what grew
    # "Ban Chấp hành … gồm 45 đồng chí, giảm 2 đồng chí": with no total counted before it, the marker
    # says what the body consists of, and its level takes a change counted in units
    return not any(is_fact_figure(g) and head <= g.start < brk[0] for g in level.sentence.figures)


_ITEM_RIGHT_AFTER = re.compile(rf"\s*+,?\s*+(?:(?:{alternation('has_verbs')})\s++)?\Z", re.IGNORECASE)


def _lone_item(level: Candidate, opened: int, mark: ChangeMark) -> bool:
    """Whether the level is the one item of a breakdown opened at ``opened`` that the change
    follows, its figure right after the marker ("trong đó có 9 bằng …"), with no other count
    between the marker and the change (a share of the item may stand between: "trong đó 7.215 hộ
    …, chiếm 73,3%, tăng 426 hộ"). An item labelled before its figure ("trong đó đúng hạn 597.102
    hồ sơ, giảm 1.026 hồ sơ") leaves the change to the total."""
    text, own = level.sentence.text, level.figures[0]
    if not _ITEM_RIGHT_AFTER.match(text[opened : own.start]):
        return False
    return not any(
        is_fact_figure(g) and g.kind != "percent" and opened <= g.start < mark.cue_start and g is not own
        for g in level.sentence.figures
    )


_CLAUSE_OPENS = re.compile(
    rf"[,;:]|\s(?:{alternation('copulas', 'list_conjunctions')}"
    rf"|{alternation('clause_conjunctions', 'contrast_conjunctions')})(?=\s)",
    re.IGNORECASE,
)


def _own_subject_between(text: str, level_end: int, cue_start: int) -> bool:
    """Whether a percentage change names what changed after the count before it, in a clause
    of its own ("có 9/11 nhóm hàng tăng giá, riêng nhóm giáo dục giảm 0,3%", "… là nhóm hàng
    ăn với mức tăng 1,01%"); a comparison, a time or another figure's clause names nothing
    ("…, so với cùng kỳ tăng 8%", "…, bằng 110% dự toán, tăng 12%")."""
    link = phrases("copulas").ends_at(text, cue_start)
    if link is not None and link.start() > level_end:
        cue_start = link.start()  # "…, duy nhất có nhóm hàng bưu chính là giảm 0,18%": the group before "là"
    opened = last_match(_CLAUSE_OPENS.finditer(text, level_end, cue_start))
    if opened is None:
        return False
    tail = text[opened.end() : cue_start].rstrip()
    if any(c.isdigit() for c in tail) or tail.endswith("("):
        return False  # "… xem xét, xử lý (giảm 14% so với cùng kỳ)": an aside on the clause before
    estimate = phrases("estimate_markers").ends_at(tail, len(tail))
    if estimate is not None:  # "…, ước tăng 8,3%"
        tail = tail[: estimate.start()]
    named = strip_edges(tail)
    if not named or phrases("not_subject_openers").match_at(named, 0):
        return False
    if phrases("figure_back_references").fullmatch_head(trim_subject(named) or ""):
        return False  # "…, tỷ lệ này đã tăng khoảng 3,65%": the share before, named again
    if phrases("equivalence_words").fullmatch_head(named):
        return False  # "…, tương đương tăng 2,78%"
    return clean_subject(named) is not None


@lru_cache(maxsize=32)
def _breakdowns(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of the breakdown markers of a sentence, found once per sentence."""
    return tuple(m.span() for m in phrases("breakdown_markers").finditer(text))


def _head_before(text: str, pos: int) -> int:
    """Start of the clause holding a breakdown marker: levels before it are heads."""
    return max(text.rfind(";", 0, pos), 0)


LEVEL_REACH = 24  # levels looked at before a change; the nearest eligible one is taken


_RIGHT_AFTER = re.compile(r"\s*+,?\s*+")  # only a comma between a count and its change
_CHANGE_TOPIC = re.compile(
    rf"\s++(?:{alternation('change_topic_markers')})\s++(?:(?:{alternation('number_of_words')})\s++)?(\p{{L}}++)",
    re.IGNORECASE,
)


def _nearest_level(before: list[Candidate], mark: ChangeMark, text: str) -> Candidate | None:
    """The nearest free level before a change; a percentage change prefers the nearest rate."""
    first = None
    free = [
        lv
        for lv in reversed(before[-LEVEL_REACH:])
        if lv.fields.get("change") is None and _eligible(lv, mark, text)
    ]
    if mark.unit and mark.unit != "%":  # "327 lượt công dân với 289 vụ việc, giảm 41 lượt": the same noun
        same = next((lv for lv in free if _same_noun(lv.fields.get("unit"), mark.unit)), None)
        if same is not None:
            return same
    topic = _CHANGE_TOPIC.match(text, mark.figure.end) or _NUMBER_NAMED.match(text, mark.figure.end)
    if topic is not None:  # "tăng 13,5% về vụ", "tăng 18,3% số vụ": that noun's
        named = next((lv for lv in free if _same_noun(lv.fields.get("unit"), topic.group(1))), None)
        if named is not None:
            return named
    if free and free[0].type == "count" and _RIGHT_AFTER.fullmatch(text, free[0].end, mark.cue_start):
        return free[0]  # "doanh thu đạt 11 ngàn tỷ đồng, tăng bình quân 23,9%/năm": the count just before
    for lv in free:
        if mark.unit != "%" or lv.type == "rate":
            return lv
        first = first or lv
    return first


def _same_noun(level_unit: str | None, change_unit: str) -> bool:
    """Whether a change counted in ``change_unit`` counts what the level counts."""
    return bool(level_unit) and (level_unit.lower() + " ").startswith(  # type: ignore[union-attr]
        change_unit.lower() + " "
    )


_NUMBER_NAMED = re.compile(rf"\s++(?:{alternation('number_of_words')})\s++(\p{{L}}++)", re.IGNORECASE)


def names_its_number(text: str, mark: ChangeMark, units: list[str | None]) -> bool:
    """Whether a percentage change names right after it a number that none of ``units`` counts
    ("tiết kiệm 1.500 tỷ đồng, giảm ít nhất 15% số hội nghị"): a share of its own, no change of a
    figure before or after it ("khởi tố 2.146 vụ án, …, tăng 18,3% số vụ" is the cases')."""
    if mark.unit != "%" or (named := _NUMBER_NAMED.match(text, mark.figure.end)) is None:
        return False
    return not any(_same_noun(unit, named.group(1)) for unit in units)


def _named_number(text: str, mark: ChangeMark) -> str | None:
    """The noun of the number a percentage change names after it ("giảm 21,6% số vụ": "vụ")."""
    named = _NUMBER_NAMED.match(text, mark.figure.end)
    return named.group(1) if named is not None else None


def _parallel_changes(marks: list[ChangeMark], levels: list[Candidate], text: str) -> dict[int, Candidate]:
    """Changes listed after a semicolon against a base, one for each level of the clause before, in
    its order and noun ("xảy ra 23 vụ …, làm chết 14 người, bị thương 19 người; so với cùng kỳ giảm 6
    vụ, giảm 5 người chết và giảm 8 người bị thương"; in shares naming their number, "giảm 21,6% số
    vụ, giảm 17,3% số người chết"): each the change of its level, by the id of
    the mark's figure; when they are not one for each, a change joins the one level counting its
    noun, if there is one (the contract: a change beside a level of the same thing is its change)."""
    groups: dict[int, list[ChangeMark]] = {}
    nouns: dict[int, str] = {}  # each change's noun: its unit, or the number a share names
    for mark in marks:
        clause = text.rfind(";", 0, mark.cue_start) + 1
        noun = mark.unit if mark.unit != "%" else _named_number(text, mark)
        if clause > 0 and noun:
            groups.setdefault(clause, []).append(mark)
            nouns[id(mark.figure)] = noun
    paired: dict[int, Candidate] = {}
    for clause, group in groups.items():
        if phrases("comparison_words").match_at(text, clause) is None:
            continue  # only a clause opening with its base ("so với cùng kỳ …") lists the changes before
        if any(clause <= lv.start < group[-1].cue_start for lv in levels):
            continue
        earlier = text.rfind(";", 0, clause - 1) + 1
        before = [lv for lv in levels if earlier <= lv.start < clause and lv.type == "count"]
        # one for each, or one for each of the first levels ("41 vụ, làm chết 29 người, bị thương 33
        # người; so với cùng kỳ giảm 5 vụ, giảm 4 người chết")
        if len(before) >= len(group) and all(
            lv.fields.get("change") is None and _same_noun(lv.fields.get("unit"), nouns[id(m.figure)])
            for lv, m in zip(before, group, strict=False)
        ):
            paired.update((id(m.figure), lv) for lv, m in zip(before, group, strict=False))
            continue
        for m in group:  # not one for each: a change joins the one level counting its noun, if one
            same = [
                lv
                for lv in before
                if lv.fields.get("change") is None and _same_noun(lv.fields.get("unit"), nouns[id(m.figure)])
            ]
            if len(same) == 1 and same[0] not in paired.values():
                paired[id(m.figure)] = same[0]
    return paired


def _respective_levels(marks: list[ChangeMark], levels: list[Candidate], text: str) -> dict[int, Candidate]:
    """Changes told "respectively" after the levels of their clause go to those levels in order
    ("tiếp nhận 1.127 đảng viên … và giới thiệu 864 đảng viên …, tăng lần lượt 15,2% và 9,8%")."""
    paired: dict[int, Candidate] = {}
    groups: dict[int, list[ChangeMark]] = {}  # the changes of one verb, in order
    for m in marks:
        if m.respective:
            groups.setdefault(m.cue_start, []).append(m)
    for cue, group in groups.items():
        clause = text.rfind(";", 0, cue) + 1
        before = [lv for lv in levels if clause <= lv.start and lv.end <= cue and group[0].may_join(lv.type)]
        if len(group) < 2 or len(before) < len(group):
            continue  # "hai cổ phiếu này tăng lần lượt 0,75% và 0,61%": no levels to hand them to
        for lv, m in zip(before[-len(group) :], group, strict=True):
            paired[id(m.figure)] = lv
    return paired


# a before/after pair right after a change: ", từ 34 xuống còn 21"
_PAIR_AFTER = re.compile(rf"\s*+,\s*+(?:{alternation('from_words')})\s", re.IGNORECASE)


def attach_changes(marks: list[ChangeMark], levels: list[Candidate]) -> list[ChangeMark]:
    """Join each change to its level (setting the level's ``change``); return the ones left alone."""
    alone = []
    starts = [lv.start for lv in levels]  # levels come sorted by start
    text = levels[0].sentence.text if levels else ""
    paired = _parallel_changes(marks, levels, text) if levels else {}
    paired.update(_respective_levels(marks, levels, text))
    units = [lv.fields.get("unit") for lv in levels]
    for mark in marks:
        if mark.respective and id(mark.figure) not in paired:
            alone.append(mark)  # "hai cổ phiếu này tăng lần lượt 0,75% và 0,61%": each its own share
            continue
        if id(mark.figure) not in paired and names_its_number(text, mark, units):
            alone.append(mark)
            continue
        clause = bisect_left(starts, text.rfind(";", 0, mark.cue_start) + 1)
        before = levels[clause : bisect_left(starts, mark.cue_start)]
        target = paired.get(id(mark.figure))
        if target is None and _PAIR_AFTER.match(text, mark.unit_end):
            target = _level_after(
                mark, levels, text
            )  # "giảm 13 chi bộ, từ 34 xuống còn 21 chi bộ": the pair's end
        if target is None:
            target = _nearest_level(before, mark, text) or _level_after(mark, levels, text)
        if target is None:
            alone.append(mark)
            continue
        change = {"direction": mark.direction, "value": mark.figure.value, "qualifier": mark.qualifier}
        if mark.unit and (mark.unit == "%") != (target.type == "rate"):
            change["unit"] = mark.unit
        target.fields["change"] = change
    return alone


def _level_after(mark: ChangeMark, levels: list[Candidate], text: str) -> Candidate | None:
    """A level stated after its change in the same clause ("tăng 5%, đạt 45%", "giảm 8 ..., xuống còn 33");
    a change in an aside ("(cùng kỳ tăng 8,25%)") compares the figure before it, never a later one, and
    a share of a plan after it is no level it moved."""
    if not levels or inside_parens(text, mark.cue_start):
        return None
    for lv in levels:
        if lv.start <= mark.figure.end or lv.fields.get("change") is not None:
            continue
        if ";" in text[mark.figure.end : lv.start]:
            return None
        if not mark.may_join(lv.type):
            continue
        opener = phrases("subject_openers").search(text, max(mark.figure.end, lv.start - 60), lv.start)
        if opener and not phrases("causative_verbs").search(text, mark.figure.end, opener.start()):
            return None  # "... giảm 18% so với cùng kỳ, tỷ lệ điều tra khám phá đạt 91,7%": another subject
        if lv.type == "rate" and share_of_plan(text, lv.end):
            return None  # "tăng 7,9% so với năm 2024, đạt 101,3% kế hoạch": the plan's share, no level
        verb = _LEVEL_VERB_BEFORE.search(text, mark.figure.end, lv.start)
        if verb:
            opened = last_match(CLAUSE_MARK.finditer(text, mark.figure.end, verb.start()))
            named = text[opened.end() : verb.start()] if opened is not None else ""
            same = any(phrases(t).match_at(named, 0) for t in ("level_after_change", "causative_verbs"))
            if clean_subject(named) and not same:  # "…, còn phổ biến ở mức", "…, nâng tổng số … lên"
                return None  # "Du lịch tăng 21,8%/năm, doanh thu đạt hơn 11 ngàn tỷ đồng": another subject
            return lv
    return None
