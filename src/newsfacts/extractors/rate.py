"""Rates: a percentage and what it is a percentage of.

"gần 90% cán bộ có trình độ đại học" names its subject after the figure;
"tỷ lệ nữ đạt 20%" and "..., chiếm 25,3%" name it before; "đạt 108,1% chỉ
tiêu" measures how far a plan was carried out, and its subject is that plan
together with the activity reported just before it.
"""

from __future__ import annotations

import regex as re

from newsfacts.extractors.context import ArticleContext, Candidate, Sentence, is_fact_figure, phrases
from newsfacts.extractors.phrases import percent_subject

CONDITION_REACH = 40
_HAS_BEFORE = re.compile(r"\bcó\s+$", re.IGNORECASE)
_BOUNDED = frozenset({"at_least", "less_than", "more_than", "at_most"})


def is_condition(s: Sentence, f) -> bool:
    """A bounded percentage after a condition cue selects a group ("cơ quan có tỷ lệ nữ từ 30% trở lên")."""
    if f.qualifier not in _BOUNDED:
        return False
    lo = max(0, f.start - CONDITION_REACH)
    if phrases("condition_cues").search(s.text, lo, f.start):
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
