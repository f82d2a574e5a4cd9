"""What every extractor reads: a sentence, its figures, and phrase matchers built from the lexicon.

Extractors are plain functions ``(sentence, article) -> list[Candidate]``;
the resolver then keeps one fact per figure. Offsets in a sentence are
relative to its own text; ``Sentence.start`` places it in the working text.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

import regex as re

from newsfacts import lexicon
from newsfacts.extractors.indexed import (
    BLANK_REACH,
    UNKNOWN,
    Found,
    SentenceHits,
    indexable_entry,
    sentence_hits,
)
from newsfacts.text.annotate import Annotation, vocabulary
from newsfacts.text.numbers import Figure, Kind

FACT_KINDS = (Kind.quantity, Kind.percent)
WINDOW_BEFORE = 60  # how far back ``Phrases.ends_at`` reads


@dataclass(slots=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    block: int
    figures: list[Figure]
    evidence: str | None = None  # the original sentence, exactly as written; filled when first needed
    memo: dict[str, Any] = field(default_factory=dict)  # per-sentence work extractors share
    annotation: Annotation | None = None  # the article's annotation index, this sentence's view


@dataclass(slots=True)
class ArticleContext:
    """Article-wide facts extractors may consult (publication year, programme mentioned so far)."""

    title: str | None
    published_year: int | None
    sentences: list[Sentence] = field(default_factory=list)
    published: str | None = None  # the ISO date: a due day is planned when it falls after it


@dataclass(slots=True)
class Candidate:
    """A proposed fact: its type, the figures it owns, its span in the sentence, its fields."""

    type: str
    figures: tuple[Figure, ...]
    start: int
    end: int
    fields: dict[str, Any]
    rule: str
    sentence: Sentence
    through: Sentence | None = None  # the last sentence a fact told over two sentences reaches into


def figure_candidate(kind: str, s: Sentence, f: Figure, end: int, rule: str, **fields: Any) -> Candidate:
    """A candidate of one figure: the figure's value, upper end and qualifier, and the type's
    own fields (a unit, a subject, a change, a deadline)."""
    return Candidate(
        type=kind,
        figures=(f,),
        start=f.start,
        end=end,
        fields={"value": f.value, "value_max": f.value_max, "qualifier": f.qualifier, **fields},
        rule=rule,
        sentence=s,
    )


class Phrases:
    """A lexicon word list compiled into one case-insensitive regex of whole words, longest first.

    Each lookup takes the text or a ``Sentence``. Given a sentence, it answers from the
    sentence's annotation view where the index gives the regex's very answer (see
    ``indexed.py``), and runs the regex on the sentence's text where it cannot.
    """

    def __init__(self, entries: tuple[str, ...]):
        self.pattern = lexicon.matcher(entries)
        self.anchored = lexicon.matcher(entries, at="here")
        self.at_end = lexicon.matcher(entries, at="before")
        # how far a match may reach: the longest entry, some spaces before it and one
        # character after it for the word-boundary check (an unbounded match may make the
        # engine hunt a required literal to the end of a long text)
        self.reach = max((len(e) for e in entries), default=0) + BLANK_REACH
        self.ids = _phrase_ids(entries)

    def fullmatch_head(self, phrase: str) -> bool:
        """Whether ``phrase`` is exactly one of the entries."""
        return bool(self.anchored.fullmatch(phrase))

    def match_at(self, where: str | Sentence, pos: int) -> re.Match | Found | None:
        """The phrase starting at ``pos`` (after optional spaces)."""
        if type(where) is str:  # the hottest lookup: asked without ``_ask``'s indirection
            return self.anchored.match(where, pos, pos + self.reach)
        hits = sentence_hits(where) if self.ids else None  # type: ignore[arg-type]  # a Sentence here
        found = hits.match(self.ids, pos) if hits else UNKNOWN  # type: ignore[arg-type]  # ids known
        return self.anchored.match(where.text, pos, pos + self.reach) if found is UNKNOWN else found  # type: ignore[union-attr]

    def ends_at(self, where: str | Sentence, pos: int) -> re.Match | None:
        """The phrase ending at ``pos`` (before optional spaces). Always the regex: read right to
        left from ``pos``, it costs less than a lookup in the index."""
        text = where if type(where) is str else where.text  # type: ignore[union-attr]
        return self.at_end.search(text, max(0, pos - WINDOW_BEFORE), pos)

    def search(
        self, where: str | Sentence, pos: int = 0, endpos: int | None = None
    ) -> re.Match | Found | None:
        found, text = self._ask(where, SentenceHits.search, pos, endpos)
        if found is UNKNOWN:
            return self.pattern.search(text, pos, len(text) if endpos is None else endpos)
        return found

    def occurs(self, where: str | Sentence) -> bool:
        """Whether a phrase stands anywhere in the text (``search``'s answer, not where)."""
        if type(where) is not str and self.ids and (hits := sentence_hits(where)):  # type: ignore[arg-type]
            return hits.holds(self.ids)
        return self.pattern.search(text_of(where)) is not None

    def finditer(self, where: str | Sentence, pos: int = 0, endpos: int | None = None) -> Iterator:
        found, text = self._ask(where, SentenceHits.finditer, pos, endpos)
        if found is UNKNOWN:
            return self.pattern.finditer(text, pos, len(text) if endpos is None else endpos)
        return found

    def _ask(self, where: str | Sentence, question: Callable, *args: Any) -> tuple[Any, str]:
        """The index's answer to ``question`` about a sentence (UNKNOWN where it has none, and
        for a string), with the text the regex reads otherwise."""
        if type(where) is str:
            return UNKNOWN, where
        hits = self.ids and sentence_hits(where)  # type: ignore[arg-type]  # a Sentence here
        return (question(hits, self.ids, *args) if hits else UNKNOWN), where.text  # type: ignore[union-attr]


def _phrase_ids(entries: tuple[str, ...]) -> frozenset[int] | None:
    """The index's ids of the entries, or None when the index cannot stand in for their regex
    (an entry it does not hold, or one it would find elsewhere than the regex does)."""
    vocab = vocabulary()
    ids = set()
    for entry in entries:
        pid = vocab.phrase_id(entry) if indexable_entry(entry) else None
        if pid is None:
            return None
        ids.add(pid)
    return frozenset(ids) or None


def text_of(where: str | Sentence) -> str:
    """The text a lookup reads: the string itself, or the sentence's text."""
    return where if type(where) is str else where.text  # type: ignore[union-attr]


@cache
def phrases(name: str) -> Phrases:
    return Phrases(lexicon.words(name))


@cache
def tables_ids(names: tuple[str, ...]) -> frozenset[int] | None:
    """The index's ids of every phrase of the tables ``names`` (None: it cannot answer for them)."""
    return _phrase_ids(tuple(w for name in names for w in lexicon.words(name)))


def may_hold(s: Sentence, *names: str) -> bool:
    """Whether a phrase of the tables ``names`` may stand in the sentence, in any case and with
    any blanks between its words: False only when the index knows that none does.

    A structural pattern built on ``alternation`` of those tables can then be skipped in most
    sentences without running it. A line break inside a phrase ("mục\ntiêu") is no hit of the
    index while ``alternation``'s blanks match it, so a sentence holding one is always run.
    """
    ids = tables_ids(names)
    if ids is None:
        return True
    hits = sentence_hits(s)
    return hits is None or "\n" in s.text or hits.holds(ids)


@cache
def alternation(*names: str) -> str:
    """Lexicon word lists as one regex alternation, longest first, for structural patterns
    (several tables when a rule's words are the union of several meanings)."""
    return lexicon.alternation((w for name in names for w in lexicon.words(name)), spaces=r"\s+")


@cache
def alternation_of_table(name: str, column: str) -> str:
    """One column of a lexicon table as a regex alternation, like ``alternation``."""
    return lexicon.alternation((r[column] for r in lexicon.table(name)), spaces=r"\s+")


@cache
def phrase_table(name: str, key: str, value: str) -> tuple[Phrases, dict[str, str]]:
    rows = lexicon.table(name)
    mapping = {r[key].lower(): r[value] for r in rows}
    return Phrases(tuple(r[key] for r in rows)), mapping


def is_fact_figure(f: Figure) -> bool:
    return f.kind in FACT_KINDS and f.value is not None


def _start(f: Figure) -> int:
    return f.start


def figure_before(s: Sentence, pos: int) -> Figure | None:
    """The last figure of the sentence ending at or before ``pos``, found by bisection
    (a scan per figure would make long sentences quadratic)."""
    figs = s.figures
    k = bisect_left(figs, pos, key=_start)
    while k > 0:
        k -= 1
        if figs[k].end <= pos:
            return figs[k]
    return None


def figure_from(s: Sentence, pos: int) -> Figure | None:
    """The first fact figure of the sentence starting at or after ``pos``."""
    figs = s.figures
    k = bisect_left(figs, pos, key=_start)
    while k < len(figs):
        if is_fact_figure(figs[k]):
            return figs[k]
        k += 1
    return None


def figures_between(s: Sentence, lo: int, hi: int) -> list[Figure]:
    """The figures of the sentence starting in ``[lo, hi)``, found by bisection."""
    figs = s.figures
    k = bisect_left(figs, lo, key=_start)
    out = []
    while k < len(figs) and figs[k].start < hi:
        out.append(figs[k])
        k += 1
    return out


def clause_bounds(text: str, pos: int) -> tuple[int, int]:
    """The clause around ``pos``: between semicolons (or the sentence edges)."""
    s = text.rfind(";", 0, pos) + 1
    e = text.find(";", pos)
    return s, (len(text) if e < 0 else e)


@lru_cache(maxsize=32)
def paren_depths(text: str) -> tuple[int, ...]:
    """Parenthesis depth before each position of a sentence, computed once per sentence."""
    depths = [0]
    depth = 0
    for ch in text:
        if ch == "(":
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
        depths.append(depth)
    return tuple(depths)


def inside_parens(text: str, pos: int) -> bool:
    """Whether ``pos`` lies inside an open parenthesis of the sentence."""
    return paren_depths(text)[pos] > 0


_SPACE = re.compile(r"\s+")


def tidy(s: str) -> str:
    """A phrase for output: whitespace folded, edge punctuation removed, except the closing
    parenthesis of an aside the phrase opens ("Tổng sản phẩm trên địa bàn (GRDP)") and the
    closing quote of a name it quotes ('sẽ trả "hoa hồng"')."""
    out = _SPACE.sub(" ", s).strip(" ,;:.-–()\"'…")
    if out.count("(") > out.count(")") and s.rstrip(" ,;:.-–\"'…").endswith(")"):
        out += ")"
    if out.count('"') % 2 and s.rstrip(" ,;:.-–()'…").endswith('"'):
        out += '"'
    return out
