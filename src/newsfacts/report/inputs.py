"""Whether the files given to ``newsfacts report`` are what it reads, decided before any page is written.

A report of the wrong file (a CSV, a binary, an errors file given as facts)
would look like a run where everything failed; refusing it with the first
bad line named tells the user what they actually passed. A real facts file
may still have a few damaged lines (a run cut off mid-line): those are
listed on the page, as long as there are no more of them than article records. The rule is
stated to users in the help of ``newsfacts report``.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from newsfacts.report.corpus_stats import CorpusStats, FailedFile


class InputError(ValueError):
    """A file that is not what ``newsfacts report`` reads; the message names it and says why."""


def check_facts(path: Path, stats: CorpusStats, failures: Sequence[FailedFile]) -> None:
    """Raise :class:`InputError` unless ``stats`` (read from ``path``) came from a facts file."""
    if stats.articles == 0 and not stats.unreadable:
        if any(f.line is None for f in failures):
            return
        raise InputError(
            f"{path}: no article records (the file is empty); to report a run where every input "
            "failed, give its --errors file too"
        )
    _check(path, stats.articles, stats.unreadable, "an article record", "article records")


def check_failures(path: Path, failures: Sequence[FailedFile]) -> None:
    """Raise :class:`InputError` unless ``failures`` (read from ``path``) came from an errors file."""
    bad = [f for f in failures if f.line is not None]
    _check(path, len(failures) - len(bad), bad, "an error record", "error records")


def _check(path: Path, good: int, bad: Sequence[FailedFile], one: str, many: str) -> None:
    if not bad:
        return
    first = bad[0]
    if good == 0:
        raise InputError(
            f"{path}: line {first.line} is not {one} ({first.reason}), and no other line is either"
        )
    if len(bad) > good:
        raise InputError(
            f"{path}: {len(bad)} of {good + len(bad)} lines are not {many} "
            f"(first: line {first.line}, {first.reason})"
        )
