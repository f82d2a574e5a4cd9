"""One fact per figure.

Extractors propose candidates independently; here the strongest claim on
each figure wins (a target over a course, a course over a rate or a count),
figures marked as changes are joined to their level, and a change with no
level becomes a fact of its own.
"""

from __future__ import annotations

import regex as re

from newsfacts.extractors.change import ChangeMark, attach_changes, find_changes, names_its_number
from newsfacts.extractors.conditions import is_condition
from newsfacts.extractors.context import (
    Candidate,
    Sentence,
    alternation,
    figure_before,
    is_fact_figure,
    phrases,
)
from newsfacts.extractors.phrases import (
    clean_subject,
    compared_aside_subject,
    level_indicator_before,
    linked_clause_subject,
    noun_named_before,
    phrase_before,
    plan_share_indicator,
    second_change_subject,
    time_item_subject,
    unit_after,
)
from newsfacts.extractors.suppositions import is_supposed
from newsfacts.fact_types import PRIORITY


def _key(f) -> tuple[int, int]:
    return (f.start, f.end)


def resolve_sentence(s: Sentence, candidates: list[Candidate]) -> list[Candidate]:
    candidates = [
        c for c in candidates if not _whole_of_part(s, c) and not any(is_supposed(s, f) for f in c.figures)
    ]
    # "cao hơn 10%, như Điện Biên 11,54%; …": a bound that picks out the listed units is no change
    marks = [m for m in find_changes(s) if not (m.figure.kind == "percent" and is_condition(s, m.figure))]
    # "dự kiến là trên 7% (tăng 3,65% so với khóa 15)": a change right after a goal describes the goal
    goals = [c for c in candidates if c.type == "target"]
    described = {_key(m.figure) for m in marks if any(_describes(s, g, m) for g in goals)}
    if described:
        candidates = [c for c in candidates if not {_key(f) for f in c.figures} & described]
        marks = [m for m in marks if _key(m.figure) not in described]
    claimed: set[tuple[int, int]] = set()
    chosen: list[Candidate] = []
    ranked = sorted(candidates, key=lambda c: (-PRIORITY[c.type], c.start))
    change_keys = {_key(m.figure) for m in marks}
    for c in ranked:
        keys = {_key(f) for f in c.figures}
        if keys & claimed:
            continue
        if c.type in ("rate", "count") and keys & change_keys:
            continue
        claimed |= keys
        chosen.append(c)
    marks = [m for m in marks if _key(m.figure) not in claimed or _is_change_only(m, chosen)]
    levels = sorted((c for c in chosen if c.type in ("rate", "count")), key=lambda c: c.start)
    # a change with no level to join is a fact of its own: a percentage change, or one in percentage
    # points ("tỷ lệ hòa giải thành tăng 5,2 điểm phần trăm"), a rate; one in units a count. Points
    # after a rate of their own clause that took no change are that rate's, never a second rate
    chosen += [
        _standalone(s, mark, levels)
        for mark in attach_changes(marks, levels)
        if not (mark.points and _rate_in_clause(s, mark, levels))
    ]
    return sorted(chosen, key=lambda c: c.start)


_TARGET_THEN_CHANGE = re.compile(r"\s*+[(,]?\s*+")  # a change right after a target level describes it


def _describes(s: Sentence, goal: Candidate, mark: ChangeMark) -> bool:
    """Whether a change stands right after a goal's figure ("trên 7% (tăng 3,65% ...)")."""
    if goal.end > mark.cue_start or names_its_number(s.text, mark, [goal.fields.get("unit")]):
        return False
    return _TARGET_THEN_CHANGE.fullmatch(s.text, goal.end, mark.cue_start) is not None


_NEAR_PART = re.compile(r"[^\d;,]{0,40}")
_OUT_OF = re.compile(rf"(?:{alternation('out_of_words')})\s++\d", re.IGNORECASE)
_PART_BEFORE = re.compile(r"(?<![\d.,])\d[\d.]*+\s++$")
_OUT_OF_BEFORE = re.compile(rf"(?<![\d.,])\d[\d.]*+\s++(?:{alternation('out_of_words')})\s++$", re.IGNORECASE)


def _whole_of_part(s: Sentence, c: Candidate) -> bool:
    """ "63 trên tổng số 68 đảng bộ": the whole after a part is no fact, like "63/68"."""
    f = c.figures[0]
    if _OUT_OF.match(s.text, f.start) and _PART_BEFORE.search(s.text, max(0, f.start - 20), f.start):
        return True  # "54 trên 59 đại biểu": 54 out of 59, not "more than 59"
    if _OUT_OF_BEFORE.search(s.text, max(0, f.start - 30), f.start):
        return True  # "40 trong 70 người": 40 of the 70
    marker = phrases("whole_markers").ends_at(s, f.start)
    found = marker or phrases("among_words").ends_at(s, f.start)
    if found is None:
        return False
    part = figure_before(s, found.start())
    # the part is a quantity of this clause right before the marker ("63 trên tổng số 68"),
    # never a year or a date ("Năm 2024, trong tổng số 1.200 đảng viên …"); after "trong số"
    # the part counts the whole's own noun ("21 thí sinh trong số 44 thí sinh")
    if not (
        part
        and is_fact_figure(part)
        and part.kind == "quantity"
        and _NEAR_PART.fullmatch(s.text, part.end, found.start())
    ):
        return False
    return marker is not None or _same_noun_after(s, part.end, f.end)


def _same_noun_after(s: Sentence, part_end: int, whole_end: int) -> bool:
    """Whether the part and the whole are followed by the same counted noun."""
    part_unit, whole_unit = unit_after(s, part_end), unit_after(s, whole_end)
    return bool(part_unit and whole_unit and part_unit[0].lower() == whole_unit[0].lower())


def _is_change_only(mark: ChangeMark, chosen: list[Candidate]) -> bool:
    return not any(_key(mark.figure) in {_key(f) for f in c.figures} for c in chosen)


def _plan_share_subject(s: Sentence, mark: ChangeMark, levels: list[Candidate]) -> str | None:
    """The indicator of the share of a plan right before a growth, if there is one."""
    shares = [lv for lv in levels if lv.type == "rate" and lv.figures[0].end <= mark.cue_start]
    if not shares:
        return None
    share = shares[-1]
    return plan_share_indicator(s.text, share.figures[0].end, share.fields.get("subject"), mark.cue_start)


def _rate_in_clause(s: Sentence, mark: ChangeMark, levels: list[Candidate]) -> bool:
    """Whether a rate stands before the change in its clause (after the last ";" before it)."""
    opens = s.text.rfind(";", 0, mark.cue_start) + 1
    return any(c.type == "rate" and opens <= c.start < mark.cue_start for c in levels)


def _standalone(s: Sentence, mark: ChangeMark, levels: list[Candidate]) -> Candidate:
    f = mark.figure
    if mark.unit == "%" or mark.points:
        return Candidate(
            "rate",
            (f,),
            f.start,
            mark.unit_end if mark.points else f.end,
            {
                "value": f.value,
                "value_max": f.value_max,
                "qualifier": mark.qualifier,
                "subject": _plan_share_subject(s, mark, levels)
                or compared_aside_subject(s.text, mark.cue_start)
                or linked_clause_subject(s.text, mark.cue_start)
                or time_item_subject(s.text, mark.cue_start)
                or second_change_subject(s.text, mark.cue_start)
                or level_indicator_before(s.text, mark.cue_start)
                or clean_subject(phrase_before(s.text, mark.cue_start)),
                "change": None,
            },
            "change_alone",
            s,
        )
    return Candidate(
        "count",
        (f,),
        f.start,
        mark.unit_end,
        {
            "value": f.value,
            "value_max": f.value_max,
            "unit": mark.unit or noun_named_before(s.text, mark.cue_start),  # "Số vụ … giảm 12"
            "qualifier": mark.qualifier,
            "change": None,
        },
        "change_alone",
        s,
    )
