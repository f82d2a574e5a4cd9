"""The rule engine (``extractors/rules.py``) and the rule tables declared with it.

The engine's semantics are checked with tiny made-up rules; the tables are checked for
unique names, existing cue tables, a ``needs`` that never changes an answer, and rule
fields, over the project's written articles, that name rules of their type's table.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest

import newsfacts
from newsfacts import fact_types, lexicon
from newsfacts.extractors import count, course, rate, rules, target
from newsfacts.extractors.context import ArticleContext, Candidate, Sentence, phrases
from newsfacts.extractors.rules import REJECT, Attempt, Rule, apply_rules, produce
from newsfacts.pipeline import Pipeline
from newsfacts.text.numbers import Figure, Kind

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
ARTICLES = sorted(p for p in CORPUS.rglob("*.txt") if p.name != "README.txt")
TABLES = {name: spec.rules for name, spec in fact_types.BY_NAME.items() if spec.rules}
# Facts the resolver makes, not an extractor: a change with no level to join ("giảm 8 đơn vị").
RESOLVER_RULES = {"change_alone"}
RULE_MODULES = (course, count, rate, target)  # the extractors whose apply_rules the needs test replaces

# A sentence of made-up words: the engine reads figures and phrases, never their meaning.
TEXT = "a 1 b 2 c 3 d 4"


def _sentence(text: str = TEXT) -> Sentence:
    figures = [
        Figure(start=i, end=i + 1, num_start=i, kind=Kind.quantity, value=int(ch), text=ch)
        for i, ch in enumerate(text)
        if ch.isdigit()
    ]
    return Sentence(index=0, start=0, end=len(text), text=text, block=0, figures=figures)


def _candidate(a: Attempt, rule: str) -> Candidate:
    f = a.figure
    return Candidate("count", (f,), f.start, f.end, {"value": f.value}, rule, a.sentence)


def _run(table: tuple[Rule, ...], text: str = TEXT) -> list[tuple[str, int]]:
    s = _sentence(text)
    out = apply_rules(table, s, ArticleContext(title=None, published_year=None), s.figures)
    return [(c.rule, c.fields["value"]) for c in out]


def _always(name: str):
    def decide(a: Attempt):
        return produce(_candidate(a, name))

    return Rule(name, decide)


def test_the_first_rule_that_decides_wins():
    declines = Rule("declines", lambda a: None)
    even = Rule("even", lambda a: produce(_candidate(a, "even")) if a.figure.value % 2 == 0 else None)
    table = (declines, even, _always("other"))
    assert _run(table) == [("other", 1), ("even", 2), ("other", 3), ("even", 4)]


def test_a_rejection_stops_the_figure():
    odd_rejected = Rule("odd_rejected", lambda a: REJECT if a.figure.value % 2 else None)
    assert _run((odd_rejected, _always("any"))) == [("any", 2), ("any", 4)]


def test_no_rule_deciding_gives_no_fact():
    assert _run((Rule("declines", lambda a: None),)) == []


def test_consumed_figures_are_skipped():
    def pair(a: Attempt):
        g = a.next_figure
        return produce(_candidate(a, "pair"), consumes=[a.index + 1]) if g is not None else None

    # 1 takes 2, 3 takes 4: neither 2 nor 4 is tried
    assert _run((Rule("pair", pair), _always("alone"))) == [("pair", 1), ("pair", 3)]


@pytest.fixture
def one_cue_table():
    """A lexicon table name and one of its phrases, and a word that is in no table."""
    name = "class_nouns"
    return name, lexicon.words(name)[0], "zzqx"


def test_needs_skips_a_rule_when_the_sentence_holds_none_of_its_tables(one_cue_table):
    table, phrase, nonsense = one_cue_table
    needy = Rule("needy", lambda a: produce(_candidate(a, "needy")), needs=("units", table))
    fallback = _always("fallback")
    assert _run((needy, fallback), f"{nonsense} 1 {nonsense}") == [("fallback", 1)]
    assert _run((needy, fallback), f"{phrase} 1 {nonsense}") == [("needy", 1)]
    s = _sentence(f"{nonsense} 1 {nonsense}")
    out = apply_rules((needy, fallback), s, ArticleContext(None, None), s.figures, check_needs=False)
    assert [c.rule for c in out] == ["needy"]


def test_a_rule_may_replace_the_figure_for_the_rules_after_it():
    def doubled(a: Attempt):
        a.figure = Figure(a.figure.start, a.figure.end, a.figure.num_start, Kind.quantity, a.figure.value * 2)
        return None

    assert _run((Rule("doubled", doubled), _always("any")), "x 3") == [("any", 6)]


def test_shared_values_are_computed_once_per_figure():
    calls: list[int] = []

    def value(a: Attempt) -> int:
        calls.append(a.index)
        return a.index

    reads = (
        Rule("first", lambda a: None if a.once(value) >= 0 else REJECT),
        Rule("second", lambda a: a.once(value) and None),
    )
    _run(reads)
    assert calls == [0, 1, 2, 3]


@pytest.mark.parametrize("name", sorted(TABLES))
def test_rule_names_are_unique(name):
    names = [r.name for r in TABLES[name]]
    assert len(names) == len(set(names)), sorted(n for n in names if names.count(n) > 1)


@pytest.mark.parametrize("name", sorted(TABLES))
def test_every_need_is_a_lexicon_table(name):
    tables = {p.rsplit(".", 1)[0] for p in lexicon.paths()}
    missing = {t for r in TABLES[name] for t in r.needs} - tables
    assert not missing, missing
    for r in TABLES[name]:
        assert all(lexicon.words(t) for t in r.needs), r.name


@pytest.mark.parametrize("name", sorted(TABLES))
def test_every_rule_says_what_it_does(name):
    assert all(r.summary for r in TABLES[name]), [r.name for r in TABLES[name] if not r.summary]


def test_the_registry_declares_the_tables():
    assert fact_types.BY_NAME["course"].rules is course.COURSE_RULES
    assert fact_types.BY_NAME["count"].rules is count.COUNT_RULES
    assert fact_types.BY_NAME["rate"].rules is rate.RATE_RULES
    assert fact_types.BY_NAME["target"].rules is target.TARGET_RULES


@pytest.fixture(scope="module")
def corpus_facts():
    assert len(ARTICLES) >= 50
    return [fact for path in ARTICLES for fact in newsfacts.extract_file(path).facts]


@pytest.mark.parametrize("name", sorted(TABLES))
def test_every_fact_names_a_rule_of_its_table(name, corpus_facts):
    names = {r.name for r in TABLES[name]}
    facts = [f for f in corpus_facts if f.type == name]
    assert facts, f"no {name} fact in the corpus"
    assert {f.rule for f in facts} <= names | RESOLVER_RULES, sorted({f.rule for f in facts} - names)
    assert {f.rule for f in facts} & names


def _candidates(monkeypatch: pytest.MonkeyPatch | None) -> list[tuple]:
    """Every candidate of the types written as rules (before the resolver) of the corpus articles."""
    if monkeypatch is not None:  # every rule tried, whatever the sentence holds
        for module in RULE_MODULES:
            monkeypatch.setattr(module, "apply_rules", partial(rules.apply_rules, check_needs=False))
    seen: list[tuple] = []

    def recording(extract):
        def run(s: Sentence, ctx: ArticleContext) -> list[Candidate]:
            out = extract(s, ctx)
            seen.extend(
                (s.start, c.type, c.rule, c.start, c.end, repr(sorted(c.fields.items()))) for c in out
            )
            return out

        return run

    pipeline = Pipeline(
        extractors=tuple(recording(spec.extractor) for spec in fact_types.FACT_TYPES if spec.rules)
    )
    for path in ARTICLES:
        pipeline(path.read_text(encoding="utf-8"), source=str(path))
    return seen


def test_the_needs_check_covers_every_table():
    modules = {spec.extractor.__module__ for spec in fact_types.FACT_TYPES if spec.rules}
    assert modules == {m.__name__ for m in RULE_MODULES}


def test_needs_changes_no_answer(monkeypatch):
    """``needs`` only spares work: with every rule tried the candidates are the same."""
    with_needs = _candidates(None)
    assert with_needs
    assert _candidates(monkeypatch) == with_needs


@pytest.mark.parametrize(
    ("name", "heading"),
    [
        ("course", "Course rules, in order:"),
        ("count", "Count rules, in order:"),
        ("rate", "Rate rules, in order:"),
        ("target", "Target rules, in order:"),
    ],
)
def test_the_architecture_lists_each_table_in_order(name, heading):
    doc = (Path(__file__).resolve().parents[1] / "docs" / "architecture.md").read_text(encoding="utf-8")
    listed = doc.split(heading, 1)[1].split("\n\n", 2)[1]
    rows = [line.split("|")[2].strip(" `") for line in listed.splitlines()[2:]]
    assert rows == [r.name for r in TABLES[name]]


def test_needs_are_answered_as_the_regex_answers():
    """The index's answer to "does the sentence hold a phrase of these tables" is the regex's."""
    needs = {r.needs for table in TABLES.values() for r in table if r.needs}
    sentences: list[Sentence] = []

    def keep(s: Sentence, ctx: ArticleContext) -> list[Candidate]:
        sentences.append(s)
        return []

    pipeline = Pipeline(extractors=(keep,))
    for path in ARTICLES:
        pipeline(path.read_text(encoding="utf-8"))
    assert sentences
    for s in sentences:
        for tables in needs:
            by_regex = [phrases(t).pattern.search(s.text) is not None for t in tables]
            assert [rules.holds(s, t) for t in tables] == by_regex, (s.text, tables)
            assert rules.holds_any(s, tables) == any(by_regex), (s.text, tables)
