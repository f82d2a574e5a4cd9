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
    figure_candidate,
    is_fact_figure,
    phrases,
)
from newsfacts.extractors.phrases import percent_subject
from newsfacts.extractors.rules import REJECT, Attempt, Decision, Rule, apply_rules, produce


def _condition(a: Attempt) -> Decision:
    """Rejects a figure that says which group is meant ("cơ quan có tỷ lệ nữ từ 30% trở lên")."""
    return REJECT if is_condition(a.sentence, a.figure) else None


def _measurement(a: Attempt) -> Decision:
    """Rejects a measurement ("độ ẩm 85%"): not a rate."""
    s = a.sentence
    return REJECT if phrases("measured_quantities").ends_at(s, _before_verb(s.text, a.figure.start)) else None


def _percentage(a: Attempt) -> Decision:
    """A percentage and what it is a percentage of ("gần 90% cán bộ có trình độ đại học")."""
    s, f = a.sentence, a.figure
    return produce(
        figure_candidate("rate", s, f, f.end, "percentage", subject=percent_subject(s.text, f), change=None)
    )


RATE_RULES: tuple[Rule, ...] = (
    Rule("condition", _condition),
    Rule("measurement", _measurement, needs=("measured_quantities",)),
    Rule("percentage", _percentage),
)


def extract_rates(s: Sentence, ctx: ArticleContext) -> list[Candidate]:
    """The rates of a sentence: ``RATE_RULES`` over its fact figures of percentage."""
    return apply_rules(
        RATE_RULES, s, ctx, [f for f in s.figures if f.kind == "percent" and is_fact_figure(f)]
    )


_MEASURE_GAP = re.compile(rf"(?:\s++(?:{alternation('measure_gap_words')}))*+\s*+$")


def _before_verb(text: str, pos: int) -> int:
    """Where the words before a figure end once a linking word or "trung bình" is skipped."""
    m = _MEASURE_GAP.search(text, max(0, pos - 40), pos)
    return m.start() if m else pos
