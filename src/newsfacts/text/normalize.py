"""The normalized working copy of an article, with its way back to the original.

Extractors and cue tables see one spelling of everything: NFC, one tone-mark
placement (hòa, thủy, see ``lexicon/normalize/tone_marks.tsv``), plain spaces, newlines
and quotes, no invisible characters. Fact spans, however, must index the text
as decoded from the file, so every rewrite that changes lengths is recorded
and ``NormalizedText`` maps working offsets back to original ones.

Three steps run in order, each recorded as a list of edits only where it
changed something:

1. cleaning: CRLF → LF, invisible characters removed (lengths change), and
   one-for-one folds of odd spaces, lone CR and smart quotes (lengths do not);
2. NFC, grapheme by grapheme, only in words that are not NFC already;
3. tone-mark placement, rewriting two-letter nuclei in place.

An article that needs none of them (the usual case) costs three scans and
gets an identity map.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cache

import regex

from newsfacts.lexicon import table

__all__ = ["NormalizedText", "normalize"]

# Removed wherever they are: zero-width space, non-joiner and joiner,
# left-to-right and right-to-left marks, soft hyphen, word joiner, BOM.
_INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u00ad\u2060\ufeff"
_REMOVE = regex.compile(f"\r\n|[{_INVISIBLE}]+")

# One character for one: offsets do not move, so no edit is recorded.
_FOLD = {
    "\r": "\n",
    "\u2028": "\n",
    "\u2029": "\n",
    "\t": " ",
    "\u00a0": " ",
    "\u202f": " ",
    "\u3000": " ",
    "\u205f": " ",
    **{chr(c): " " for c in range(0x2000, 0x200B)},  # en quad … hair space, incl. figure space
    "“": '"',
    "”": '"',
    "„": '"',
    "‘": "'",
    "’": "'",
}
_FOLD_TABLE = str.maketrans(_FOLD)
_FOLDABLE = regex.compile("[" + regex.escape("".join(_FOLD)) + "]")
_ODD = regex.compile("[" + regex.escape("\r" + _INVISIBLE + "".join(_FOLD)) + "]")

_WORD = regex.compile(r"\S+")
_GRAPHEME = regex.compile(r"\X")


@dataclass(frozen=True, slots=True)
class _Edits:
    """Where one step replaced ``before[o_start:o_end]`` by ``after[t_start:t_end]``.

    Edits are sorted and disjoint; outside them the step copied text
    unchanged, so offsets only shift. A removal has ``t_start == t_end``.
    """

    t_starts: tuple[int, ...]
    t_ends: tuple[int, ...]
    o_starts: tuple[int, ...]
    o_ends: tuple[int, ...]

    @classmethod
    def of(cls, edits: list[tuple[int, int, int, int]]) -> _Edits:
        t_starts, t_ends, o_starts, o_ends = zip(*edits, strict=True)
        return cls(t_starts, t_ends, o_starts, o_ends)

    def start(self, i: int) -> int:
        """Offset before the step where the character at ``i`` begins (skips removals)."""
        k = bisect_right(self.t_ends, i)
        if k < len(self.t_starts) and self.t_starts[k] <= i:
            return self.o_starts[k]
        return i if k == 0 else i - self.t_ends[k - 1] + self.o_ends[k - 1]

    def end(self, j: int) -> int:
        """Offset before the step where the character at ``j - 1`` ends (``j >= 1``)."""
        k = bisect_right(self.t_ends, j - 1)
        if k < len(self.t_starts) and self.t_starts[k] <= j - 1:
            return self.o_ends[k]
        return j if k == 0 else j - self.t_ends[k - 1] + self.o_ends[k - 1]


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """An article's original text and the working copy the extractors read."""

    original: str
    text: str
    # Steps in the order they ran; only steps that changed lengths or
    # merged characters are kept, so an empty tuple is the identity map.
    _steps: tuple[_Edits, ...] = field(default=(), repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self._steps and len(self.text) != len(self.original):
            raise ValueError("a working text of another length needs the edits that made it; use normalize()")

    def to_original(self, i: int) -> int:
        """Where the working character at ``i`` begins in ``original``.

        Removed characters just before it are skipped. ``i == len(text)``
        maps to the end of the original after any trailing removals.
        """
        if not 0 <= i <= len(self.text):
            raise IndexError(f"offset {i} outside working text of length {len(self.text)}")
        for step in reversed(self._steps):
            i = step.start(i)
        return i

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """The original ``[start, end)`` of working ``text[start:end]``.

        The result covers every original character that produced the working
        characters (both halves of a CRLF, a letter and its combining marks,
        a whole rewritten tone nucleus) and none of the removed characters
        at its edges. An empty span stays empty.
        """
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span [{start}, {end}) outside working text of length {len(self.text)}")
        first = self.to_original(start)
        if start == end:
            return first, first
        for step in reversed(self._steps):
            end = step.end(end)
        return first, end


def normalize(original: str) -> NormalizedText:
    """The working copy of ``original`` and the map back to it."""
    steps = []
    text, edits = _clean(original)
    if edits:
        steps.append(_Edits.of(edits))
    text, edits = _compose(text)
    if edits:
        steps.append(_Edits.of(edits))
    text, edits = _place_tone_marks(text)
    if edits:
        steps.append(_Edits.of(edits))
    return NormalizedText(original, text, tuple(steps))


def _clean(s: str) -> tuple[str, list[tuple[int, int, int, int]]]:
    """CRLF → LF and invisible characters removed (edits), then one-for-one folds."""
    if _ODD.search(s) is None:
        return s, []
    parts: list[str] = []
    edits = []
    last = out = 0
    for m in _REMOVE.finditer(s):
        a, b = m.span()
        parts.append(s[last:a])
        out += a - last
        new = "\n" if m.group() == "\r\n" else ""
        parts.append(new)
        edits.append((out, out + len(new), a, b))
        out += len(new)
        last = b
    if edits:
        parts.append(s[last:])
        s = "".join(parts)
    if _FOLDABLE.search(s) is not None:
        s = s.translate(_FOLD_TABLE)
    return s, edits


def _compose(s: str) -> tuple[str, list[tuple[int, int, int, int]]]:
    """NFC, recording each grapheme that changed as one edit."""
    if unicodedata.is_normalized("NFC", s):
        return s, []
    parts: list[str] = []
    edits = []
    last = shift = 0
    for w in _WORD.finditer(s):
        if unicodedata.is_normalized("NFC", w.group()):
            continue
        for g in _GRAPHEME.finditer(s, w.start(), w.end()):
            new = unicodedata.normalize("NFC", g.group())
            if new == g.group():
                continue
            a, b = g.span()
            parts.append(s[last:a])
            parts.append(new)
            edits.append((a + shift, a + shift + len(new), a, b))
            shift += len(new) - (b - a)
            last = b
    parts.append(s[last:])
    out = "".join(parts)
    if out != unicodedata.normalize("NFC", s):
        # Composition across a word or grapheme boundary (not seen in
        # Vietnamese text): fall back to one edit over the whole string.
        out = unicodedata.normalize("NFC", s)
        return out, [(0, len(out), 0, len(s))]
    return out, edits


@cache
def _tone_rewrites() -> tuple[dict[str, str], re.Pattern[str], regex.Pattern[str]]:
    rows = table("tone_marks")
    rewrites = {row["old"]: row["new"] for row in rows}
    # Where two letters whose pair may be a row start: a cheap scan, the table decides. The
    # standard library scans a pair of classes some twice as fast as ``regex``; every start is
    # found, overlapping ones too, and ``_place_tone_marks`` keeps those ending a syllable.
    firsts = "".join(sorted({old[0] for old in rewrites}))
    lasts = "".join(sorted({old[1] for old in rewrites}))
    starts = re.compile(rf"(?=[{re.escape(firsts)}][{re.escape(lasts)}])", re.IGNORECASE)
    pair = regex.compile(rf"[{firsts}][{lasts}](?![\p{{L}}\p{{M}}])", regex.IGNORECASE)
    return rewrites, starts, pair


def _starts_no_nucleus(s: str, a: int) -> bool:
    """The "u" of "qu" and the "i" of "gi" belong to the consonant ("quá", "giũ")."""
    before = s[a - 1 : a].lower()
    return before == "q" or (before == "g" and s[a] in "iI")


def _place_tone_marks(s: str) -> tuple[str, list[tuple[int, int, int, int]]]:
    """Rewrite hoà-style nuclei to hòa style and tones typed on the wrong letter (dươí → dưới),
    keeping each letter's case.

    Lengths do not change, but the tone moves between the two letters, so
    each nucleus is recorded as one edit: both letters produced both.
    """
    rewrites, starts, pair = _tone_rewrites()
    parts: list[str] = []
    edits = []
    last = taken = 0
    for m in starts.finditer(s):
        a = m.start()
        if a < taken or pair.match(s, a) is None:
            continue  # inside the pair before, or no syllable ends with this pair
        b = taken = a + 2
        found = s[a:b]
        rewrite = rewrites.get(found.lower())
        if rewrite is None or _starts_no_nucleus(s, a):
            continue
        new = "".join(n.upper() if f.isupper() else n for f, n in zip(found, rewrite, strict=True))
        parts.append(s[last:a])
        parts.append(new)
        edits.append((a, b, a, b))
        last = b
    if not edits:
        return s, []
    parts.append(s[last:])
    return "".join(parts), edits
