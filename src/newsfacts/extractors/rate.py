"""Rates: a percentage and what it is a percentage of.

"gần 90% cán bộ có trình độ đại học" names its subject after the figure;
"tỷ lệ nữ đạt 20%" and "..., chiếm 25,3%" name it before; "đạt 108,1% chỉ
tiêu" measures how far a plan was carried out, and its subject is that plan
together with the activity reported just before it.
"""

from __future__ import annotations

import regex as re

from newsfacts.extractors.conditions import is_condition
from newsfacts.extractors.context import (
    ArticleContext,
    Candidate,
    Sentence,
    alternation,
    is_fact_figure,
    phrases,
)
from newsfacts.extractors.phrases import percent_subject


def extract_rates(s: Sentence, ctx: ArticleContext) -> list[Candidate]:
    out = []
    for f in s.figures:
        if f.kind != "percent" or not is_fact_figure(f) or is_condition(s, f):
            continue
        if phrases("measured_quantities").ends_at(s, _before_verb(s.text, f.start)):
            continue  # "độ ẩm 85%": a measurement, not a rate
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
            )
        )
    return out


_MEASURE_GAP = re.compile(rf"(?:\s++(?:{alternation('measure_gap_words')}))*+\s*+$")


def _before_verb(text: str, pos: int) -> int:
    """Where the words before a figure end once a linking word or "trung bình" is skipped."""
    m = _MEASURE_GAP.search(text, max(0, pos - 40), pos)
    return m.start() if m else pos
