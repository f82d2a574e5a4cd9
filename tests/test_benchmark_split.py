"""The throughput benchmark's ceiling figure: the time spent after figure finding."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

BENCHMARK = Path(__file__).resolve().parents[1] / "benchmarks" / "throughput.py"


@pytest.fixture(scope="module")
def throughput():
    spec = importlib.util.spec_from_file_location("throughput_benchmark", BENCHMARK)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("split", "engine"),
    [
        # every stage present: what remains after the four that read the text
        (
            {
                "normalize": 1.0,
                "segment": 2.0,
                "annotate": 1.5,
                "figures": 2.5,
                "extract: counts": 1.0,
                "extract: targets": 2.0,
                "resolve": 0.5,
                "records": 0.25,
                "rest": 0.25,
                "total": 11.0,
            },
            4.0,
        ),
        # a version without an annotation stage: the stages it has are taken away
        ({"normalize": 1.0, "segment": 1.0, "figures": 1.0, "extract: counts": 2.0, "total": 5.0}, 2.0),
    ],
)
def test_rule_engine_is_the_time_after_figure_finding(throughput, split, engine) -> None:
    assert throughput.rule_engine_seconds(split) == pytest.approx(engine)
