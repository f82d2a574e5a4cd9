"""Rates: a percentage and what it is a percentage of.

"gần 90% cán bộ có trình độ đại học" names its subject after the figure;
"tỷ lệ nữ đạt 20%" and "..., chiếm 25,3%" name it before; "đạt 108,1% chỉ
tiêu" measures how far a plan was carried out, and its subject is that plan
together with the activity reported just before it.
"""

from __future__ import annotations

import regex as re

from newsfacts.extractors.context import (
    ArticleContext,
    Candidate,
    Sentence,
    alternation,
    figure_before,
    is_fact_figure,
    phrases,
)
from newsfacts.extractors.phrases import percent_subject, unit_after

CONDITION_REACH = 40
_HAS_BEFORE = re.compile(r"\bcó\s+$", re.IGNORECASE)
_BOUNDED = frozenset({"at_least", "less_than", "more_than", "at_most"})


_GROUP_FRAME = re.compile(rf"(?:\b(?:{alternation('units')})\s+(?:có\s+)?|\(\s*)$", re.IGNORECASE)
_MEASURED_GROUP = re.compile(
    rf"\b(?:{alternation('units')})\s+có\s+(?:{alternation('measure_nouns')})(?:\s+\p{{L}}+){{0,2}}\s+$",
    re.IGNORECASE,
)
_FROM = re.compile(r"từ\b", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"\btừ\s*+$", re.IGNORECASE)
_MONEY_AFTER = re.compile(r"\s*+(?:đồng|usd)\b", re.IGNORECASE)


def selects_group(s: Sentence, f) -> bool:
    """A bound written into a noun phrase defines which group is meant.

    "doanh nghiệp có từ 50 lao động trở lên", "hộ từ 3 lao động trở lên", "(từ 16.000
    người trở lên)", "chị có thu nhập từ 300 triệu đồng/năm trở lên", "hộ hội viên có
    thu nhập trên 1 tỷ đồng/năm": the figure is a threshold, not a quantity reported.
    Money right after a noun is a level ("thu nhập bình quân đầu người từ 140 triệu
    đồng/năm trở lên"), and so is a percentage ("phát triển hội viên từ 2% trở lên").
    """
    if f.kind != "quantity" or f.qualifier not in ("at_least", "more_than", "less_than"):
        return False
    lo = max(0, f.start - 60)
    if f.qualifier != "at_least":
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
    return not _MONEY_AFTER.match(s.text, f.end) and bool(_GROUP_FRAME.search(s.text, lo, lead_end))


COUNT_REACH = 50  # a threshold stands right after the counted noun phrase it narrows
THRESHOLD_WORDS = 4  # "14 dự án giải ngân dưới 30%", "3 xã có tỷ lệ đồng thuận dưới 80%"
_CLAUSE_MARK = re.compile(r"[,;:()]")


def _threshold_of_count(s: Sentence, f) -> bool:
    """A bounded share right after a counted noun phrase says which ones were counted:
    "có 14 dự án giải ngân dưới 30%", "chỉ 3 xã có tỷ lệ đồng thuận dưới 80%"."""
    if f.kind != "percent" or f.qualifier not in ("less_than", "more_than", "at_least"):
        return False
    g = figure_before(s, f.start)
    if g is None or g.kind != "quantity" or f.start - g.end > COUNT_REACH:
        return False
    counted = unit_after(s.text, g.end)
    if counted is None:
        return False
    between = s.text[counted[1] : f.start]
    if len(between.split()) > THRESHOLD_WORDS or _CLAUSE_MARK.search(between):
        return False
    return not phrases("rate_verbs").search(between)


def is_condition(s: Sentence, f) -> bool:
    """A bounded percentage after a condition cue selects a group ("cơ quan có tỷ lệ nữ từ 30% trở lên")."""
    if f.qualifier not in _BOUNDED:
        return False
    if selects_group(s, f):
        return True
    lo = max(0, f.start - CONDITION_REACH)
    if phrases("condition_cues").search(s.text, lo, f.start):
        return True
    if _threshold_of_count(s, f):
        return True
    # "trên 90% số người được lấy phiếu có trên 70% phiếu tín nhiệm cao": a share inside a subject
    earlier = [
        g
        for g in s.figures
        if g.kind == "percent" and g.end <= f.start and ";" not in s.text[g.end : f.start]
    ]
    return bool(earlier) and bool(_HAS_BEFORE.search(s.text, earlier[-1].end, f.start))


def extract_rates(s: Sentence, ctx: ArticleContext) -> list[Candidate]:
    out = []
    for f in s.figures:
        if f.kind != "percent" or not is_fact_figure(f) or is_condition(s, f):
            continue
        out.append(
            Candidate(
                type="rate",
                figures=(f,),
                start=f.start,
                end=f.end,
                fields={
                    "value": f.value,
                    "value_max": f.value_max,
                    "qualifier": f.qualifier,
                    "subject": percent_subject(s.text, f),
                    "change": None,
                },
                rule="percentage",
                sentence=s,
                priority=20,
            )
        )
    return out
