"""Every fact type, declared once: its record, its extractor, its claim on a figure, its colours.

The pipeline, the resolver, the scorer, the spaCy component and the pages all
read this table, so a new type (say, election results) is one row here, its
record in ``records.py`` (and the ``Fact`` union), its extractor module and its
cue table; ``tests/test_fact_types.py`` fails when a consumer misses a type.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from pydantic import BaseModel

from newsfacts.extractors.context import ArticleContext, Candidate, Sentence
from newsfacts.extractors.count import COUNT_RULES, extract_counts
from newsfacts.extractors.course import COURSE_RULES, extract_courses
from newsfacts.extractors.rate import RATE_RULES, extract_rates
from newsfacts.extractors.rules import Rule
from newsfacts.extractors.target import TARGET_RULES, extract_targets
from newsfacts.records import Count, Course, Rate, Target

Extractor = Callable[[Sentence, ArticleContext], list[Candidate]]


@dataclass(frozen=True, slots=True)
class FactTypeSpec:
    """One fact type. ``priority`` decides which type keeps a figure several extractors claim
    (a plan's figure is a target before it is a course, a course's before a rate or a count);
    ``colours`` are a strong colour for borders and bars and a light one behind text;
    ``rules`` is the ordered table of named rules the extractor runs (``extractors/rules.py``),
    empty for a type whose extractor is not written as one yet."""

    name: str
    record: type[BaseModel]
    extractor: Extractor
    priority: int
    colours: tuple[str, str]
    rules: tuple[Rule, ...] = ()


# In the contract's order, which is also the order of columns, legends and reports.
# Okabe-Ito colours: readable with the common colour-vision deficiencies.
FACT_TYPES: tuple[FactTypeSpec, ...] = (
    FactTypeSpec("course", Course, extract_courses, 30, ("#0072B2", "#d3e6f5"), COURSE_RULES),
    FactTypeSpec("count", Count, extract_counts, 10, ("#009E73", "#cdeee2"), COUNT_RULES),
    FactTypeSpec("rate", Rate, extract_rates, 20, ("#E69F00", "#fbe6b8"), RATE_RULES),
    FactTypeSpec("target", Target, extract_targets, 40, ("#CC79A7", "#f5d9e9"), TARGET_RULES),
)

NAMES: tuple[str, ...] = tuple(t.name for t in FACT_TYPES)
BY_NAME: dict[str, FactTypeSpec] = {t.name: t for t in FACT_TYPES}
RECORDS: dict[str, type[BaseModel]] = {t.name: t.record for t in FACT_TYPES}
PRIORITY: dict[str, int] = {t.name: t.priority for t in FACT_TYPES}
COLOURS: dict[str, tuple[str, str]] = {t.name: t.colours for t in FACT_TYPES}
RULES: dict[str, tuple[Rule, ...]] = {t.name: t.rules for t in FACT_TYPES}
# strongest claim first: the order extractors run in
EXTRACTORS: tuple[Extractor, ...] = tuple(t.extractor for t in sorted(FACT_TYPES, key=lambda t: -t.priority))
