"""Every fact type is declared once (``newsfacts.fact_types``) and reaches every consumer.

Adding a type must not crash a run or drop its columns silently: each consumer
below is checked against the registry, so a type missing from one fails here.
"""

from __future__ import annotations

import typing

import pytest

from newsfacts import evaluate, fact_types, records, spacy_component
from newsfacts.extractors import resolve
from newsfacts.io import flat
from newsfacts.pipeline import DEFAULT_EXTRACTORS
from newsfacts.report import _html, corpus_stats

SPECS = fact_types.FACT_TYPES
NESTED = {"change"}  # flattened into change_* columns
PLACED = {"span", "evidence_span"}  # flattened into span_start / span_end, or the sentence


def test_names_are_unique_and_in_the_contract_order():
    assert fact_types.NAMES == ("course", "count", "rate", "target")
    assert len(set(fact_types.NAMES)) == len(SPECS)


@pytest.mark.parametrize("spec", SPECS, ids=lambda s: s.name)
def test_record_declares_its_type(spec):
    assert spec.name in set(records.FactType)
    assert spec.record.model_fields["type"].default == spec.name
    union = typing.get_args(typing.get_args(records.Fact)[0])
    assert spec.record in union, f"{spec.record.__name__} is missing from records.Fact"


@pytest.mark.parametrize("spec", SPECS, ids=lambda s: s.name)
def test_every_consumer_knows_the_type(spec):
    assert spec.extractor in DEFAULT_EXTRACTORS
    assert spec.name in resolve.PRIORITY
    assert spec.name in evaluate.TYPES
    assert spec.name in spacy_component.FACT_TYPES
    assert spec.name in corpus_stats.FACT_TYPES
    assert spec.name in _html.TYPE_COLOURS


@pytest.mark.parametrize("spec", SPECS, ids=lambda s: s.name)
def test_every_field_of_the_record_has_a_flat_column(spec):
    columns = {c.name for c in flat.COLUMNS}
    fields = set(spec.record.model_fields) - NESTED - PLACED
    assert fields <= columns, f"{spec.name}: no flat column for {sorted(fields - columns)}"


def test_priorities_rank_every_type_apart():
    priorities = [s.priority for s in SPECS]
    assert len(set(priorities)) == len(priorities), "two types would tie for one figure"
    assert [s.priority for s in sorted(SPECS, key=lambda s: -s.priority)] == sorted(priorities, reverse=True)
    # the strongest claim runs first
    assert DEFAULT_EXTRACTORS[0] is max(SPECS, key=lambda s: s.priority).extractor
