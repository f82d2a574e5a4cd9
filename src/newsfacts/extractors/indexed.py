"""Phrase lookups answered from a sentence's annotation view instead of a regex.

``Phrases`` (context.py) asks a sentence which phrase starts at a position
after optional blanks (``match_at``), where the first one stands (``search``)
and where they all stand (``finditer``). The article's annotation index
already holds every lexicon phrase of the sentence, so each question is a
bisect and a short walk there, and gives the very answer the phrase regex
gives, as a ``Found`` that reads like its match. (Which phrase ends at a
position, ``ends_at``, stays a regex read right to left: cheaper than a lookup.)

The index and the regex see words the same way only on some characters: the
regex's word edge is ``\\w`` (the underscore and combining marks included), the
index's is a letter or digit; the regex's space inside a phrase is one space,
the index's any run of spaces, tabs and no-break spaces; their case folding
differs outside the Latin script. A sentence holding any other character, or
two spaces in a row, is not answered here (``SentenceHits.of`` gives None), and
a question the index cannot answer exactly (a phrase glued to a letter before
the position, a window cut inside a word) gives ``UNKNOWN``: the caller runs
the regex then.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from typing import TYPE_CHECKING

import regex

from newsfacts.text.annotate import WORD_CHARS, fold

if TYPE_CHECKING:
    from newsfacts.extractors.context import Sentence
    from newsfacts.text.annotate import Annotation

__all__ = ["UNKNOWN", "Found", "SentenceHits", "indexable_entry", "sentence_hits"]

# Characters on which the index and the phrase regexes agree (word edge, blank, case), as
# a regex class: ASCII but the underscore, Latin-1 and Latin Extended-A letters (but the
# Turkish dotted and dotless i, which the regex matches to "i" and "I" in any case), the
# horned O and U and the Vietnamese block, and the typographic punctuation news uses.
# ``tests/test_indexed_lookup.py`` checks the claim.
PLAIN_CHARS = (
    r"\n\x20-\x5e\x60-\x7e\u00c0-\u012f\u0132-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9"
    r"\u2010-\u2027\u2030-\u203e"
)
_NOT_PLAIN = regex.compile(rf"[^{PLAIN_CHARS}]|  ")
_PLAIN_ENTRY = regex.compile(rf"[{PLAIN_CHARS}]+")
BLANKS = " \n"  # the characters of PLAIN_CHARS that the regexes' ``\s`` matches
BLANK_REACH = 12  # blanks ``match_at`` may skip: its regex reads the longest entry plus this many

UNKNOWN = object()  # the index cannot answer this question exactly: run the regex


def indexable_entry(entry: str) -> bool:
    """Whether the index finds ``entry`` exactly where its regex does: one space between its
    words, no blank at its edges, and each character plain or one without case ("²" in
    "m²": such an entry finds nothing in a plain sentence, by regex or by index)."""
    if not entry or "\n" in entry or " ".join(entry.split()) != entry:
        return False
    return _PLAIN_ENTRY.fullmatch(entry) is not None or all(
        _PLAIN_ENTRY.fullmatch(c) is not None or c == c.lower() == c.upper() == fold(c) for c in entry
    )


class Found:
    """A phrase found through the index, read like the ``regex.Match`` of the phrase regex."""

    __slots__ = ("_end", "_start", "string")

    def __init__(self, string: str, start: int, end: int):
        self.string = string
        self._start = start
        self._end = end

    def start(self, group: int = 0) -> int:
        self._only_whole(group)
        return self._start

    def end(self, group: int = 0) -> int:
        self._only_whole(group)
        return self._end

    def span(self, group: int = 0) -> tuple[int, int]:
        self._only_whole(group)
        return self._start, self._end

    def group(self, group: int = 0) -> str:
        self._only_whole(group)
        return self.string[self._start : self._end]

    def __getitem__(self, group: int) -> str:
        return self.group(group)

    def __repr__(self) -> str:
        return f"<Found span=({self._start}, {self._end}), match={self.group()!r}>"

    @staticmethod
    def _only_whole(group: int) -> None:
        if group != 0:
            raise IndexError("no such group: a phrase pattern has none")


class SentenceHits:
    """The hits of one sentence's view, read with sentence offsets."""

    __slots__ = ("annotation", "hi", "hits", "lo", "offset", "present", "starts", "text", "view_end")

    def __init__(self, text: str, annotation: Annotation, offset: int):
        self.text = text
        self.annotation = annotation
        self.offset = offset
        index = annotation.index
        self.hits = index.hits
        self.starts = index.starts
        self.lo = annotation.lo
        self.hi = annotation.hi
        self.view_end = annotation.end
        self.present: frozenset[int] | None = None  # the ids of the sentence's phrases, gathered once

    @classmethod
    def of(cls, s: Sentence) -> SentenceHits | None:
        """The sentence's hits, or None when it has no view or holds a character the index
        and the regexes see differently."""
        view = s.annotation
        if view is None or _NOT_PLAIN.search(s.text) is not None:
            return None
        if view.start != s.start or view.end != s.start + len(s.text):
            return None
        return cls(s.text, view, s.start)

    def match(self, ids: frozenset[int], pos: int) -> Found | object | None:
        """The longest phrase of ``ids`` starting at ``pos`` after optional blanks."""
        text = self.text
        n = len(text)
        if not 0 <= pos <= n:
            return UNKNOWN
        p = pos
        while p < n and text[p] in BLANKS:
            p += 1
        if p - pos >= BLANK_REACH or (p == pos and p > 0 and WORD_CHARS[text[p - 1]]):
            return UNKNOWN  # the regex's window may cut the phrase; the regex checks no edge before
        at = p + self.offset
        hits, starts, hi, limit = self.hits, self.starts, self.hi, self.view_end
        i = bisect_left(starts, at, self.lo, hi)
        best = -1
        while i < hi and starts[i] == at:
            hit = hits[i]
            if hit[2] in ids and hit[1] <= limit:
                best = hit[1]  # sorted by end: the last one is the longest
            i += 1
        return Found(text, pos, best - self.offset) if best >= 0 else None

    def search(self, ids: frozenset[int], pos: int, endpos: int | None) -> Found | object | None:
        """The first phrase of ``ids`` in ``[pos, endpos)``, the longest at its start."""
        text = self.text
        n = len(text)
        if endpos is None or endpos >= n:
            endpos = n
        elif endpos < 0 or (WORD_CHARS[text[endpos]] and endpos > 0 and text[endpos - 1] not in BLANKS):
            return UNKNOWN  # the regex sees the text end at endpos: a phrase may end there, in a word
        if not 0 <= pos <= endpos:
            return UNKNOWN
        if not self.holds(ids):
            return None  # most tables have no phrase in a sentence: no walk of its hits for them
        offset = self.offset
        at, limit = pos + offset, endpos + offset
        hits, hi = self.hits, self.hi
        i = bisect_left(self.starts, at, self.lo, hi)
        while i < hi:
            hit = hits[i]
            if hit[0] >= limit:
                return None
            if hit[2] in ids and hit[1] <= limit:
                start, end = hit[0], hit[1]
                i += 1
                while i < hi and (nxt := hits[i])[0] == start:
                    if nxt[2] in ids and nxt[1] <= limit:
                        end = nxt[1]
                    i += 1
                return Found(text, start - offset, end - offset)
            i += 1
        return None

    def holds(self, ids: frozenset[int]) -> bool:
        """Whether a phrase of ``ids`` stands anywhere in the sentence: ``search`` over the
        whole sentence, answered from the ids of its phrases, gathered once (a search for a
        table the sentence lacks walks all its hits)."""
        present = self.present
        if present is None:
            end = self.view_end  # every hit of hits[lo:hi] starts inside the view
            present = self.present = frozenset({h[2] for h in self.hits[self.lo : self.hi] if h[1] <= end})
        return not present.isdisjoint(ids)

    def finditer(self, ids: frozenset[int], pos: int, endpos: int | None) -> Iterator[Found] | object:
        """Every phrase of ``ids`` in ``[pos, endpos)``, left to right, none overlapping."""
        first = self.search(ids, pos, endpos)
        if first is UNKNOWN:
            return UNKNOWN
        return self._walk(first, ids, endpos)

    def _walk(self, found: object, ids: frozenset[int], endpos: int | None) -> Iterator[Found]:
        while isinstance(found, Found):
            yield found
            found = self.search(ids, found.end(), endpos)


_KEY = "indexed hits"  # where a sentence keeps its SentenceHits (or None) in its memo


def sentence_hits(s: Sentence) -> SentenceHits | None:
    """The sentence's hits, built on its first lookup."""
    memo = s.memo
    if _KEY in memo:
        return memo[_KEY]
    hits = memo[_KEY] = SentenceHits.of(s)
    return hits
