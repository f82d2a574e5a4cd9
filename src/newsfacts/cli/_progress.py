"""What ``newsfacts extract`` tells the user on stderr: a live progress bar and a closing summary."""

from __future__ import annotations

import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import IO

from newsfacts.batch import Failure, Outcome
from newsfacts.records import Article, FactType

SHOWN_FAILURES = 20


@dataclass
class Tally:
    """Running counts of one run, for the summary line."""

    articles: int = 0
    facts: Counter[str] = field(default_factory=Counter)
    failures: list[Failure] = field(default_factory=list)
    kept: int = 0
    started: float = field(default_factory=time.perf_counter)

    def add(self, outcome: Outcome) -> None:
        if isinstance(outcome, Article):
            self.articles += 1
            self.facts.update(f.type for f in outcome.facts)
        else:
            self.failures.append(outcome)

    def summary(self, *, interrupted: bool = False) -> str:
        seconds = time.perf_counter() - self.started
        by_type = ", ".join(f"{t.value} {self.facts[t.value]:,}" for t in FactType)
        rate = f", {speed(self.articles, seconds)}" if seconds > 0 and self.articles else ""
        lines = [
            f"{'interrupted: ' if interrupted else ''}{_n(self.articles, 'article')}, "
            f"{_n(sum(self.facts.values()), 'fact')} ({by_type}), {len(self.failures):,} failed"
            + (f", {self.kept:,} already in the output" if self.kept else "")
            + f"; {seconds:.1f} s{rate}"
        ]
        for failure in self.failures[:SHOWN_FAILURES]:
            where = f"{failure.path}:{failure.line}" if failure.line is not None else failure.path
            lines.append(f"  failed: {where}: {failure.reason}")
        if len(self.failures) > SHOWN_FAILURES:
            lines.append(f"  ... and {len(self.failures) - SHOWN_FAILURES:,} more")
        return "\n".join(lines)


class ProgressBar:
    """A rich progress bar over input files with article rate and ETA; silent unless stderr is a terminal."""

    def __init__(self, total_files: int, tally: Tally, stream: IO[str] | None = None) -> None:
        self.tally = tally
        self._articles = 0  # counted here: progress is reported before the tally sees a task's outcomes
        stream = stream or sys.stderr
        self._progress = None
        if stream.isatty():
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

            self._progress = Progress(
                TextColumn("[bold]extract"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("files · {task.fields[articles]:,} articles · {task.fields[rate]}"),
                TimeRemainingColumn(),
                console=Console(file=stream),
            )
            self._task = self._progress.add_task("extract", total=total_files, articles=0, rate="–")

    def __enter__(self) -> ProgressBar:
        if self._progress:
            self._progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._progress:
            self._progress.stop()

    def advance(self, files_done: int, outcomes: list[Outcome]) -> None:
        if self._progress:
            self._articles += sum(isinstance(o, Article) for o in outcomes)
            seconds = time.perf_counter() - self.tally.started
            rate = speed(self._articles, seconds) if seconds > 0 and self._articles else "–"
            self._progress.update(self._task, advance=files_done, articles=self._articles, rate=rate)


def speed(articles: int, seconds: float) -> str:
    """Throughput that stays readable when it is slow: "120 articles/s", "2.5 articles/s",
    or "3.2 s/article" when one article takes longer than a second (never "0 articles/s")."""
    per_second = articles / seconds
    if per_second >= 10:
        return f"{per_second:,.0f} articles/s"
    if per_second >= 1:
        return f"{per_second:.1f} articles/s"
    return f"{seconds / articles:,.1f} s/article"


def _n(count: int, noun: str) -> str:
    """ "1 article", "2,000 articles"."""
    return f"{count:,} {noun}{'' if count == 1 else 's'}"
