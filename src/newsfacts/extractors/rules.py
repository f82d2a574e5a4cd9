"""Rules as declared records: an extractor is an ordered table of named rules and one engine.

A rule looks at one figure of a sentence and decides one of three things: it does not
apply (``None``: the next rule is tried), the figure is no fact of this type (``REJECT``:
the engine moves on to the next figure), or it produces facts (a ``Production``: the
candidates, and the figures they take, which later figures skip). The engine walks the
figures in order and, for each, the rules in order until one decides, so a rule may rely
on every earlier rule having declined that figure.

A rule's ``needs`` names lexicon tables of which the sentence must hold a phrase for the
rule to decide at all; the engine skips the rule when it holds none (asked once per
sentence and rule, when a figure first reaches the rule), so the table says which cues a
rule reads and the engine spares the work where they are absent. ``needs`` is a promise,
never a filter of its own: with it ignored the answers are the same
(``tests/test_rules_engine.py`` checks this on the corpus).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from newsfacts.extractors.context import ArticleContext, Candidate, Sentence, phrases, tables_ids
from newsfacts.extractors.indexed import sentence_hits
from newsfacts.text.numbers import Figure

T = TypeVar("T")


@dataclass(slots=True)
class Attempt:
    """One figure under the rules: what a rule reads, and values several rules share.

    ``figure`` starts as ``figures[index]``; a rule may replace it (a qualifier corrected
    by the unit after it) for the rules after it. ``candidates`` are the facts the
    sentence produced so far."""

    sentence: Sentence
    ctx: ArticleContext
    figures: list[Figure]
    index: int
    figure: Figure
    candidates: list[Candidate]
    values: dict[Callable[..., Any], Any] = field(default_factory=dict)

    def once(self, compute: Callable[[Attempt], T]) -> T:
        """``compute(self)``, computed once per figure however many rules ask for it."""
        values = self.values
        if compute in values:
            return values[compute]
        value = values[compute] = compute(self)
        return value

    @property
    def next_figure(self) -> Figure | None:
        """The figure after this one, if any."""
        k = self.index + 1
        return self.figures[k] if k < len(self.figures) else None


class Reject:
    """The decision that the figure is no fact of this type: no later rule is tried."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "REJECT"


REJECT = Reject()


@dataclass(frozen=True, slots=True)
class Production:
    """Candidates a rule produces and the indexes of the figures they take."""

    candidates: tuple[Candidate, ...]
    consumes: tuple[int, ...] = ()


Decision = Production | Reject | None


def produce(*candidates: Candidate, consumes: Iterable[int] = ()) -> Production:
    """A production of ``candidates`` that takes the figures at ``consumes``."""
    return Production(candidates, tuple(consumes))


@dataclass(frozen=True, slots=True)
class Rule:
    """A named rule: ``name`` goes into the ``rule`` field of what it produces (a rule that
    only rejects is named for what it turns away); ``needs`` are lexicon tables of which
    the sentence must hold a phrase for ``decide`` to decide anything."""

    name: str
    decide: Callable[[Attempt], Decision]
    needs: tuple[str, ...] = ()

    @property
    def summary(self) -> str:
        """What the rule does: the first paragraph of its decide function's docstring."""
        doc = (self.decide.__doc__ or "").strip()
        return " ".join(doc.split("\n\n", 1)[0].split())


def holds(sentence: Sentence, table: str) -> bool:
    """Whether the sentence holds a phrase of the lexicon table."""
    return phrases(table).occurs(sentence)


def holds_any(sentence: Sentence, tables: tuple[str, ...]) -> bool:
    """Whether the sentence holds a phrase of one of ``tables``: one look at the ids of the
    sentence's phrases where the index answers for all of them."""
    ids = tables_ids(tables)
    if ids is not None and (hits := sentence_hits(sentence)) is not None:
        return hits.holds(ids)
    return any(holds(sentence, t) for t in tables)


def apply_rules(
    rules: Sequence[Rule],
    sentence: Sentence,
    ctx: ArticleContext,
    figures: list[Figure],
    *,
    check_needs: bool = True,
) -> list[Candidate]:
    """The candidates ``rules`` produce from ``figures``: for each figure not taken by an
    earlier production, the rules in order until one decides. ``check_needs=False`` tries
    every rule whatever the sentence holds (to check that ``needs`` changes no answer)."""
    out: list[Candidate] = []
    if not figures:
        return out
    taken: set[int] = set()
    held: dict[tuple[str, ...], bool] = {}  # whether needs hold, asked when a figure first reaches them
    for i, f in enumerate(figures):
        if i in taken:
            continue
        attempt = Attempt(sentence, ctx, figures, i, f, out)
        for rule in rules:
            if rule.needs and check_needs:
                hold = held.get(rule.needs)
                if hold is None:
                    hold = held[rule.needs] = holds_any(sentence, rule.needs)
                if not hold:
                    continue
            decision = rule.decide(attempt)
            if decision is None:
                continue
            if type(decision) is Production:
                out.extend(decision.candidates)
                taken.update(decision.consumes)
            break
    return out
