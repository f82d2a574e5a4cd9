"""Figures of a processed corpus, from the JSON Lines records of ``newsfacts extract``.

Records are read as plain dicts, field by field, so that a report can be made
of output written by older or newer versions (extra fields, missing ones)
without failing on the whole file.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from newsfacts.fact_types import NAMES

FACT_TYPES: tuple[str, ...] = NAMES
_MONTH = re.compile(r"^(\d{4})-(\d{2})")


@dataclass(frozen=True, slots=True)
class FailedFile:
    """An input that produced no record, or a line of the facts or errors file that could not be read.

    ``line`` is set for the latter only, so that a caller can tell a damaged
    facts file from a run whose inputs failed.
    """

    path: str
    reason: str
    line: int | None = None


@dataclass(slots=True)
class ProgramTotals:
    """Course facts of one programme; sums are over facts as reported (a total and its parts both count).

    A course that gives no class (or learner) count is left out of that sum
    and counted in ``without_classes`` (``without_learners``), so that an
    unknown figure is never shown as zero.
    """

    courses: int = 0
    classes: int = 0
    learners: int = 0
    without_classes: int = 0
    without_learners: int = 0

    @property
    def classes_known(self) -> int | None:
        """The class sum, or None when no course of the programme gives a class count."""
        return None if self.without_classes == self.courses else self.classes

    @property
    def learners_known(self) -> int | None:
        """The learner sum, or None when no course of the programme gives a learner count."""
        return None if self.without_learners == self.courses else self.learners


@dataclass(slots=True)
class SubjectRates:
    """Rates that share a subject (compared case- and space-insensitively)."""

    label: str
    values: list[float] = field(default_factory=list)


@dataclass(slots=True)
class CorpusStats:
    """Everything the corpus report shows."""

    articles: int = 0
    articles_without_facts: int = 0
    facts_by_type: Counter[str] = field(default_factory=Counter)
    articles_by_type: Counter[str] = field(default_factory=Counter)
    programs: dict[str, ProgramTotals] = field(default_factory=lambda: defaultdict(ProgramTotals))
    rates: dict[str, SubjectRates] = field(default_factory=dict)
    targets_by_deadline: Counter[int | None] = field(default_factory=Counter)
    articles_by_month: Counter[str] = field(default_factory=Counter)
    undated: int = 0
    unreadable: list[FailedFile] = field(default_factory=list)

    @property
    def facts(self) -> int:
        return sum(self.facts_by_type.values())

    def add(self, record: dict) -> None:
        """Count one article record."""
        self.articles += 1
        facts = [f for f in record.get("facts") or () if isinstance(f, dict)]
        if not facts:
            self.articles_without_facts += 1
        types = Counter(str(f.get("type")) for f in facts)
        self.facts_by_type.update(types)
        self.articles_by_type.update(types.keys())
        for fact in facts:
            kind = fact.get("type")
            if kind == "course":
                self._add_course(fact)
            elif kind == "rate" and _is_number(fact.get("value")):
                self._add_rate(fact)
            elif kind == "target":
                deadline = fact.get("deadline")
                self.targets_by_deadline[deadline if isinstance(deadline, int) else None] += 1
        month = _MONTH.match(str(record.get("published") or ""))
        if month:
            self.articles_by_month[f"{month[1]}-{month[2]}"] += 1
        else:
            self.undated += 1

    def _add_course(self, fact: dict) -> None:
        totals = self.programs[str(fact.get("program") or "other")]
        totals.courses += 1
        if _is_number(fact.get("classes")):
            totals.classes += int(fact["classes"])
        else:
            totals.without_classes += 1
        if _is_number(fact.get("learners")):
            totals.learners += int(fact["learners"])
        else:
            totals.without_learners += 1

    def _add_rate(self, fact: dict) -> None:
        subject = " ".join(str(fact.get("subject") or "").split())
        key = subject.casefold() or "(no subject)"
        group = self.rates.setdefault(key, SubjectRates(subject or "(no subject)"))
        group.values.append(float(fact["value"]))

    def top_rates(self, n: int) -> list[SubjectRates]:
        """The ``n`` subjects with the most rates (ties by name)."""
        return sorted(self.rates.values(), key=lambda g: (-len(g.values), g.label.casefold()))[:n]

    def months(self) -> list[tuple[str, int]]:
        """Every month from the first to the last dated article, empty months included."""
        if not self.articles_by_month:
            return []
        first, last = min(self.articles_by_month), max(self.articles_by_month)
        year, month = int(first[:4]), int(first[5:])
        out = []
        while (key := f"{year:04d}-{month:02d}") <= last:
            out.append((key, self.articles_by_month.get(key, 0)))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return out


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def read_jsonl(path: Path) -> Iterator[tuple[int, dict | None, str]]:
    """(line number, object or None, problem) for each non-blank line of a JSON Lines file.

    Lines are decoded one by one, strictly: a line that is not UTF-8 is named
    as such rather than read as replacement characters.
    """
    with Path(path).open("rb") as fh:
        for number, raw in enumerate(fh, start=1):
            if number == 1:
                raw = raw.removeprefix(b"\xef\xbb\xbf")
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError:
                yield number, None, "not UTF-8 text"
                continue
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except (json.JSONDecodeError, RecursionError) as exc:
                yield number, None, f"not JSON: {getattr(exc, 'msg', 'nested too deeply')}"
                continue
            if isinstance(obj, dict):
                yield number, obj, ""
            else:
                yield number, None, f"a JSON {_json_kind(obj)}, not an object"


def _json_kind(value: object) -> str:
    if isinstance(value, list):
        return "array"
    if isinstance(value, str):
        return "string"
    return "number" if _is_number(value) else "literal"


def collect(facts_path: Path) -> CorpusStats:
    """Statistics of a facts file; lines that are not article records are listed, not fatal.

    An article record is a JSON object with a ``facts`` list; other fields
    are read when present, so output of older or newer versions still counts.
    """
    stats = CorpusStats()
    for number, record, problem in read_jsonl(facts_path):
        if record is not None and not isinstance(record.get("facts"), list):
            record, problem = None, 'a JSON object without a "facts" list'
        if record is None:
            stats.unreadable.append(FailedFile(f"{facts_path}:{number}", problem, number))
        else:
            stats.add(record)
    return stats


def read_failures(errors_path: Path) -> list[FailedFile]:
    """The ``{"path", "reason"}`` records of an ``extract --errors`` report (other fields ignored).

    A line that is no such record is listed too, with its line number set.
    """
    out = []
    for number, record, problem in read_jsonl(errors_path):
        if record is not None and "path" not in record:
            record, problem = None, 'a JSON object without a "path"'
        if record is None:
            out.append(FailedFile(f"{errors_path}:{number}", problem, number))
        else:
            out.append(FailedFile(str(record["path"]), str(record.get("reason", ""))))
    return out


def from_records(records: Iterable[dict]) -> CorpusStats:
    """Statistics of records already in memory (for callers that hold ``Article.model_dump()``s)."""
    stats = CorpusStats()
    for record in records:
        stats.add(record)
    return stats
