"""The run summary's throughput stays meaningful however slow the run was."""

from __future__ import annotations

import pytest

from newsfacts.cli._progress import speed


@pytest.mark.parametrize(
    ("articles", "seconds", "shown"),
    [
        (1, 2.5, "2.5 s/article"),  # one slow article: never "0 articles/s"
        (3, 10.0, "3.3 s/article"),
        (5, 2.0, "2.5 articles/s"),
        (1200, 10.0, "120 articles/s"),
        (150_000, 10.0, "15,000 articles/s"),
    ],
)
def test_speed_is_readable_at_every_scale(articles: int, seconds: float, shown: str) -> None:
    assert speed(articles, seconds) == shown
