"""Impossible values are caught by the records, logged, listed in ``Article.rejected`` and never emitted.

Candidates are made by an extractor written here and run through a real
``Pipeline``, so the path from a candidate to a record (or to a rejection)
is the one every extractor takes.
"""

from __future__ import annotations

import logging
import math

import pytest

import newsfacts
from newsfacts import Pipeline
from newsfacts.extractors.context import ArticleContext, Candidate, Sentence

TEXT = "Năm 2023, huyện mở 3 lớp cho 45 học viên, đạt 12%."


def pipeline_proposing(kind: str, fields: dict, *, resolver: bool = False) -> Pipeline:
    """A pipeline whose only extractor proposes one candidate over the sentence's first figure."""

    def propose(s: Sentence, ctx: ArticleContext) -> list[Candidate]:
        f = s.figures[0]
        return [Candidate(kind, (f,), f.start, f.end, dict(fields), "test_rule", s)]

    if resolver:
        return Pipeline(extractors=[propose])
    return Pipeline(extractors=[propose], resolver=lambda s, candidates: candidates)


IMPOSSIBLE = [
    pytest.param("course", {"classes": 3, "learners": -45}, "learners is negative", id="negative-learners"),
    pytest.param("course", {"classes": -1, "learners": 45}, "classes is negative", id="negative-classes"),
    pytest.param("course", {"classes": 50, "learners": 45}, "more classes", id="more-classes-than-learners"),
    pytest.param(
        "course", {"classes": None, "learners": None}, "needs classes or learners", id="empty-course"
    ),
    pytest.param("rate", {"value": -12}, "percentage is negative", id="negative-percentage"),
    pytest.param("count", {"value": -3}, "count is negative", id="negative-count"),
    pytest.param("target", {"value": 12, "deadline": 1944}, "outside 1945-2100", id="deadline-before-1945"),
    pytest.param("target", {"value": 12, "deadline": 2101}, "outside 1945-2100", id="deadline-after-2100"),
    pytest.param("target", {"value": -1}, "target is negative", id="negative-target"),
    pytest.param("rate", {"value": math.inf}, "not a finite number", id="infinite-rate"),
    pytest.param("count", {"value": math.nan}, "not a finite number", id="nan-count"),
    pytest.param(
        "count", {"value": 20, "value_max": 10, "qualifier": "range"}, "below value", id="range-upside-down"
    ),
    pytest.param("count", {"value": 20, "qualifier": "range"}, "needs value_max", id="range-without-max"),
    pytest.param(
        "rate",
        {"value": 12, "change": {"direction": "increase", "value": -3}},
        "magnitude",
        id="negative-change",
    ),
]


@pytest.mark.parametrize("resolver", [False, True], ids=["no-resolver", "default-resolver"])
@pytest.mark.parametrize(("kind", "fields", "message"), IMPOSSIBLE)
def test_an_impossible_value_is_rejected_and_logged(
    kind: str, fields: dict, message: str, resolver: bool, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="newsfacts"):
        article = pipeline_proposing(kind, fields, resolver=resolver)(TEXT, source="in/a.txt")
    assert article.facts == []
    (reason,) = article.rejected
    assert reason.startswith(f"dropped {kind} at ")
    assert message in reason
    assert "'2023'" in reason  # the characters under the span, to find it in the text
    assert any("in/a.txt" in r.getMessage() and message in r.getMessage() for r in caplog.records)


@pytest.mark.parametrize(
    ("kind", "fields"),
    [
        ("course", {"classes": 3, "learners": 45}),
        ("course", {"classes": 0, "learners": 0}),
        ("rate", {"value": 0}),
        ("target", {"value": 12, "deadline": 1945}),
        ("target", {"value": 12, "deadline": 2100}),
        ("count", {"value": 10, "value_max": 10, "qualifier": "range"}),
    ],
)
def test_a_possible_value_is_emitted(kind: str, fields: dict) -> None:
    article = pipeline_proposing(kind, fields)(TEXT)
    assert article.rejected == []
    (fact,) = article.facts
    assert fact.type == kind and fact.text == "2023" and TEXT[slice(*fact.span)] == "2023"


def test_rejections_survive_the_json_record() -> None:
    article = pipeline_proposing("rate", {"value": -5})(TEXT)
    record = article.model_dump(mode="json")
    assert record["facts"] == [] and len(record["rejected"]) == 1


def test_a_percentage_too_long_for_a_float_is_not_emitted_as_null() -> None:
    """A figure of hundreds of digits overflows to infinity; JSON would write it as null."""
    article = newsfacts.extract("Tỷ lệ đảng viên trẻ đạt " + "9" * 400 + ",5%.")
    assert all(math.isfinite(f.value) for f in article.facts)
    assert '"value":null' not in article.model_dump_json()
