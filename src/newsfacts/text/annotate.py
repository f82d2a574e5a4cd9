"""One pass over a text: every lexicon phrase and every digit run, as a sorted index of hits.

Rules ask questions such as "is a number word here?" or "does a cue end right
before this figure?". Answering each with its own regex scans the sentence
again and again; the index answers them with a lookup. ``annotate(text)``
finds, in one pass:

* every phrase of every lexicon table (each ``.txt`` word list and the
  ``phrase``/``word`` column of each ``.tsv`` table, number words included) on
  word boundaries: the characters around a hit are no letter or digit
  (``\\p{L}``/``\\p{N}``, as the patterns of ``numbers.py`` see them);
  matching ignores case (``str.casefold``, so "Đảng" and "đảng" both hit),
  keeps tone marks as written, and lets the single space between a phrase's
  words match any run of spaces, tabs and no-break spaces;
* every maximal run of ASCII digits, whatever touches it ("2tỷ", "F5" and
  "12A1" keep theirs: figures glue to letters).

Each hit is ``(start, end, phrase, tables)``: its span, the phrase's integer
id and the ids of every table listing that phrase (one hit, however many
tables share it). Digit runs have phrase id and table id ``DIGITS`` (0).
``Annotation.view(start, end)`` gives the hits inside one sentence with
bisect, exactly the hits ``annotate`` would find in that sentence alone.

Two engines give identical hits: an Aho-Corasick automaton (``pyahocorasick``)
and a pure-Python matcher. The first is used when the package imports; the
environment variable ``NEWSFACTS_PURE_PYTHON=1`` forces the second (read at
import time), and ``Annotator(engine=...)`` picks one explicitly.
"""

from __future__ import annotations

import os
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

import regex

from newsfacts import lexicon

__all__ = [
    "DIGITS",
    "ENGINE",
    "ENGINES",
    "WORD_CHARS",
    "Annotation",
    "Annotator",
    "Hit",
    "Vocabulary",
    "annotate",
    "fold",
    "vocabulary",
]

try:
    if os.environ.get("NEWSFACTS_PURE_PYTHON", "") not in ("", "0"):
        raise ImportError("NEWSFACTS_PURE_PYTHON forces the pure-Python matcher")
    import ahocorasick
except ImportError:
    ahocorasick = None

ENGINES: tuple[str, ...] = ("pyahocorasick", "python") if ahocorasick is not None else ("python",)
ENGINE: str = ENGINES[0]  # the engine ``annotate`` uses

DIGITS = 0  # phrase id and table id of digit runs
Hit = tuple[int, int, int, tuple[int, ...]]  # start, end, phrase id, table ids

# Tables whose entries are regular expressions, not phrases: they never appear in text as written.
PATTERN_TABLES = frozenset({"boilerplate_lines"})
PHRASE_COLUMNS = ("phrase", "word")  # the column of a .tsv table that holds its phrases

_DIGIT_RUN = re.compile(r"[0-9]+")
_SPACE_RUN = regex.compile(r"[ \t\u00a0]{2,}|[\t\u00a0]")
_WORD_CHAR = regex.compile(r"[\p{L}\p{N}]")


class _WordChars(dict):
    """``chars[c]``: whether ``c`` is a letter or digit, memoized (a dict lookup in the hot loop)."""

    def __missing__(self, char: str) -> bool:
        value = self[char] = _WORD_CHAR.match(char) is not None
        return value


WORD_CHARS = _WordChars()


# The one character whose folding is a letter while it is none (COMBINING GREEK YPOGEGRAMMENI
# folds to "ι"): it stays as it is, so word boundaries are the same in the text and its folding.
_FOLDS_INTO_LETTER = "\u0345"


def fold(text: str) -> str:
    """``text`` case-folded one character for one, so offsets and word boundaries do not move.

    A character whose full folding is longer ("ß" → "ss") folds to its
    lowercase when that is one character, else stays as it is.
    """
    folded = text.casefold()
    if len(folded) == len(text) and _FOLDS_INTO_LETTER not in text:
        return folded
    return "".join(map(_fold_char, text))


def _fold_char(char: str) -> str:
    if char == _FOLDS_INTO_LETTER:
        return char
    folded = char.casefold()
    if len(folded) == 1:
        return folded
    lower = char.lower()
    return lower if len(lower) == 1 else char


def _phrase_key(phrase: str) -> str:
    """How a phrase is looked up: folded, its words joined by single spaces."""
    return fold(" ".join(phrase.split()))


# --------------------------------------------------------------------------- the phrases


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """Every phrase of the lexicon with integer ids: what the index can hold."""

    tables: tuple[str, ...]  # table id -> name; id 0 is DIGITS
    phrases: tuple[str, ...]  # phrase id -> folded phrase; id 0 (digit runs) is ""
    tables_of: tuple[tuple[int, ...], ...]  # phrase id -> ids of the tables listing it

    @classmethod
    def of(cls, tables: dict[str, list[str]]) -> Vocabulary:
        """A vocabulary from table names and their entries."""
        names = ("digits", *sorted(tables))
        listed: dict[str, list[int]] = {}
        for tid, name in enumerate(names[1:], start=1):
            for entry in tables[name]:
                key = _phrase_key(entry)
                if key and tid not in listed.setdefault(key, []):
                    listed[key].append(tid)
        phrases = ("", *sorted(listed))
        tables_of = ((DIGITS,), *(tuple(listed[p]) for p in phrases[1:]))
        return cls(names, phrases, tables_of)

    def table(self, name: str) -> int:
        """The id of table ``name`` (its file name without extension)."""
        try:
            return self.tables.index(name)
        except ValueError:
            raise KeyError(f"no lexicon table {name!r} in the index") from None

    def phrase_ids(self, *names: str) -> frozenset[int]:
        """Ids of every phrase listed in any of the tables ``names``."""
        wanted = {self.table(n) for n in names}
        return frozenset(pid for pid, tids in enumerate(self.tables_of) if wanted.intersection(tids))

    def phrase_id(self, phrase: str) -> int | None:
        """The id of a phrase (any case, any spacing), or None when no table lists it."""
        key = _phrase_key(phrase)
        i = bisect_left(self.phrases, key, 1)
        return i if i < len(self.phrases) and self.phrases[i] == key else None


def _table_names() -> list[tuple[str, str]]:
    """(name, suffix) of every table in the lexicon package, its subfolders included."""
    found = []
    stack = [resources.files(lexicon.__name__)]
    while stack:
        for entry in stack.pop().iterdir():
            if entry.is_dir():
                stack.append(entry)
            elif entry.name.endswith((".txt", ".tsv")):
                stem, _, suffix = entry.name.rpartition(".")
                found.append((stem, suffix))
    return sorted(set(found))


@cache
def vocabulary() -> Vocabulary:
    """The phrases of every lexicon table, numbered once per process."""
    tables: dict[str, list[str]] = {}
    for name, suffix in _table_names():
        if name in PATTERN_TABLES:
            continue
        if suffix == "txt":
            tables[name] = list(lexicon.words(name))
            continue
        rows = lexicon.table(name)
        column = next((c for c in PHRASE_COLUMNS if rows and c in rows[0]), None)
        if column is not None:
            tables[name] = [row[column] for row in rows]
    return Vocabulary.of(tables)


# --------------------------------------------------------------------------- the engines


class _AhoCorasick:
    """Every phrase occurrence from one automaton pass, then the word-boundary check.

    Phrases of one character ("h", "đ") occur inside most words; an automaton would report
    each occurrence only for the check to reject it, so one regex finds them alone instead.
    """

    def __init__(self, vocab: Vocabulary):
        self.automaton = ahocorasick.Automaton()
        self.single: dict[str, tuple[int, tuple[int, ...]]] = {}
        for pid in range(1, len(vocab.phrases)):
            phrase = vocab.phrases[pid]
            if len(phrase) == 1:
                self.single[phrase] = (pid, vocab.tables_of[pid])
            else:
                self.automaton.add_word(phrase, (len(phrase) - 1, pid, vocab.tables_of[pid]))
        self.automaton.make_automaton()
        # Python's word characters are a subset of \p{L}\p{N}: this finds a superset, checked below
        chars = "".join(sorted(self.single)) or "\x00"
        self.lone = re.compile(rf"[{re.escape(chars)}](?<![^\W_].)(?![^\W_])")

    def __call__(self, key: str) -> list[Hit]:
        words = WORD_CHARS
        padded = key + " "  # padded[-1] and padded[len(key)] are no word character
        out = []
        for end, (back, pid, tids) in self.automaton.iter(key):
            start = end - back
            if words[padded[start - 1]] or words[padded[end + 1]]:
                continue
            out.append((start, end + 1, pid, tids))
        for m in self.lone.finditer(key):
            start = m.start()
            if not (words[padded[start - 1]] or words[padded[start + 1]]):
                out.append((start, start + 1, *self.single[m.group()]))
        return out


class _PurePython:
    """The same hits without the automaton: a walk down a trie of the phrases from every place
    a phrase may start (after a space, or after any other character that is no letter or digit).

    A trie node is ``(children by character, (phrase id, table ids) of the phrase ending there)``.
    """

    def __init__(self, vocab: Vocabulary):
        self.root: tuple[dict, tuple | None] = ({}, None)
        for pid in range(1, len(vocab.phrases)):
            phrase = vocab.phrases[pid]
            node: tuple[dict, Any] = self.root
            for i, char in enumerate(phrase, start=1):
                children = node[0]
                child = children.get(char)
                found = (pid, vocab.tables_of[pid]) if i == len(phrase) else None
                if child is None:
                    child = children[char] = ({}, found)
                elif found is not None:
                    child = children[char] = (child[0], found)
                node = child

    def __call__(self, key: str) -> list[Hit]:
        words = WORD_CHARS
        padded = key + "\n"  # no word character, and in no phrase: every walk stops there
        root = self.root[0]
        out: list[Hit] = []
        starts: list[int] = []
        pos = 0
        for piece in key.split(" "):
            if piece:
                if piece[0] in root:
                    starts.append(pos)
                if not piece.isalnum():
                    starts += [j for j in range(pos + 1, pos + len(piece)) if not words[key[j - 1]]]
            pos += len(piece) + 1
        for start in starts:
            children = root
            i = start
            while (node := children.get(padded[i])) is not None:
                i += 1
                children, found = node
                if found is not None and not words[padded[i]]:
                    out.append((start, i, *found))
        return out


# --------------------------------------------------------------------------- the index


@dataclass(slots=True)
class _Index:
    """The sorted hits of ``text[start:end]``, shared by every view of it."""

    text: str
    hits: list[Hit]
    starts: list[int]  # each hit's start, for bisect
    start: int
    end: int
    annotator: Annotator | None = None  # the one that found them: it annotates slices alone
    subsets: dict[frozenset[int], _Index] = field(default_factory=dict)  # built by ``select``
    longest: int = -1  # the longest hit's length, found by the first ``Annotation.ending_at``

    def reach(self) -> int:
        """How far before its end a hit may start: a hit ending at ``p`` starts at or after
        ``p - reach``, so a question about one end reads a few hits, not a table of them all."""
        if self.longest < 0:
            self.longest = max((e - s for s, e, _, _ in self.hits), default=0)
        return self.longest

    def word_edge(self, start: int, end: int) -> bool:
        """Whether a letter or digit of the text touches ``[start, end)`` from outside."""
        text = self.text
        return (start > self.start and WORD_CHARS[text[start - 1]]) or (
            end < self.end and WORD_CHARS[text[end]]
        )


@dataclass(frozen=True, slots=True)
class Annotation:
    """The hits inside ``[start, end)`` of a text, sorted by (start, end, phrase).

    Offsets index the whole text, also in a view of one sentence.
    """

    index: _Index
    start: int
    end: int
    lo: int  # index.hits[lo:hi] start inside [start, end); those ending after ``end`` are skipped
    hi: int

    @classmethod
    def of(
        cls,
        text: str,
        hits: list[Hit],
        start: int = 0,
        end: int | None = None,
        annotator: Annotator | None = None,
    ) -> Annotation:
        """An annotation of ``text[start:end]`` from its hits, sorted."""
        end = len(text) if end is None else end
        index = _Index(text, hits, [h[0] for h in hits], start, end, annotator)
        return cls(index, start, end, 0, len(hits))

    @property
    def text(self) -> str:
        return self.index.text

    def __iter__(self) -> Iterator[Hit]:
        end = self.end
        hits = self.index.hits
        for i in range(self.lo, self.hi):
            hit = hits[i]
            if hit[1] <= end:
                yield hit

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def view(self, start: int, end: int) -> Annotation:
        """The hits inside ``[start, end)``: those ``annotate(text[start:end])`` finds, moved by ``start``.

        Found with bisect. Where a letter or digit touches the span from
        outside, word boundaries there differ from the whole text's, so that
        slice is annotated alone.
        """
        if not self.start <= start <= end <= self.end:
            raise ValueError(f"view [{start}, {end}) outside [{self.start}, {self.end})")
        index = self.index
        if index.word_edge(start, end):
            annotator = index.annotator or default_annotator()
            hits = [(s + start, e + start, p, t) for s, e, p, t in annotator(index.text[start:end])]
            return Annotation.of(index.text, hits, start, end, annotator)
        return self._within(index, start, end)

    def select(self, phrases: frozenset[int]) -> Annotation:
        """The hits of these phrase ids only (``Vocabulary.phrase_ids``, ``DIGITS``), over the same span.

        The selection is made once per text and phrase set, so the views of
        every sentence share it.
        """
        index = self.index
        sub = index.subsets.get(phrases)
        if sub is None:
            hits = [h for h in index.hits if h[2] in phrases]
            sub = index.subsets[phrases] = _Index(
                index.text, hits, [h[0] for h in hits], index.start, index.end, index.annotator
            )
        return self._within(sub, self.start, self.end)

    def starting_at(self, start: int) -> list[Hit]:
        """The hits inside the view that start at ``start``, in order ("which phrase opens here?")."""
        index = self.index
        starts, hits = index.starts, index.hits
        i = bisect_left(starts, start, self.lo, self.hi)
        stop = bisect_right(starts, start, i, self.hi)
        return [h for h in hits[i:stop] if h[1] <= self.end]

    def ending_at(self, end: int) -> list[Hit]:
        """The hits inside the view that end at ``end``, in order ("which phrase ends right here?")."""
        if not self.start <= end <= self.end:
            return []
        index = self.index
        starts, hits = index.starts, index.hits
        i = bisect_left(starts, max(self.start, end - index.reach()))
        stop = bisect_left(starts, end, i)
        return [h for h in hits[i:stop] if h[1] == end]

    def _within(self, index: _Index, start: int, end: int) -> Annotation:
        lo = bisect_left(index.starts, start)
        return Annotation(index, start, end, lo, bisect_left(index.starts, end, lo))


class Annotator:
    """``annotator(text) -> Annotation`` with one engine ("pyahocorasick" or "python")."""

    def __init__(self, engine: str = ENGINE, vocab: Vocabulary | None = None):
        if engine not in ENGINES:
            raise ValueError(f"engine {engine!r} is not available here; choose one of {ENGINES}")
        self.engine = engine
        self.vocabulary = vocab or vocabulary()
        self._match = (_AhoCorasick if engine == "pyahocorasick" else _PurePython)(self.vocabulary)

    def __call__(self, text: str) -> Annotation:
        plain, shifts = _squeeze(text)
        hits = self._match(fold(plain))
        if shifts[0]:
            hits = [(_back(shifts, s), _back(shifts, e - 1) + 1, p, t) for s, e, p, t in hits]
        hits.extend((m.start(), m.end(), DIGITS, (DIGITS,)) for m in _DIGIT_RUN.finditer(text))
        hits.sort()
        return Annotation.of(text, hits, annotator=self)


def _squeeze(text: str) -> tuple[str, tuple[list[int], list[int]]]:
    """``text`` with each run of spaces, tabs and no-break spaces as one space, and where it
    shrank: the first squeezed position after each run and the characters removed up to it."""
    if "  " not in text and "\t" not in text and "\u00a0" not in text:
        return text, ([], [])
    anchors: list[int] = []
    removed: list[int] = []
    pieces: list[str] = []
    last = gone = 0
    for m in _SPACE_RUN.finditer(text):
        pieces += [text[last : m.start()], " "]
        anchors.append(m.start() + 1 - gone)
        gone += m.end() - m.start() - 1
        removed.append(gone)
        last = m.end()
    pieces.append(text[last:])
    return "".join(pieces), (anchors, removed)


def _back(shifts: tuple[list[int], list[int]], pos: int) -> int:
    """The position in the text of position ``pos`` of the squeezed text."""
    anchors, removed = shifts
    i = bisect_right(anchors, pos) - 1
    return pos if i < 0 else pos + removed[i]


@cache
def default_annotator() -> Annotator:
    """The annotator of ``ENGINE``, built once per process."""
    return Annotator()


def annotate(text: str) -> Annotation:
    """Every lexicon phrase and digit run of ``text`` (see the module docstring)."""
    return default_annotator()(text)
