"""A word list as a regex: the one place where lexicon entries become patterns.

Every stage looks phrases up the same way: entries escaped, each once, the
longest first (so "cập nhật lúc" wins over "cập nhật" at the same place), on
word edges. What differs between stages is only what counts as a word
character, how the spaces inside an entry match, how case is treated and where
the phrase must stand; those are the options.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

import regex

Case = Literal["any", "exact", "capitals"]
At = Literal["anywhere", "here", "before", "start"]

WORD = r"\w"  # letters, digits, combining marks and the underscore
LETTER_OR_DIGIT = r"[\p{L}\p{N}]"
NEVER = r"(?!x)x"  # what an empty list matches: nothing

_TEMPLATES: dict[str, str] = {
    # a whole phrase anywhere, for search and finditer
    "anywhere": "(?<!{edge})(?:{body})(?!{edge})",
    # the phrase at the position given to match, after optional blanks
    "here": "{blank}*+(?:{body})(?!{edge})",
    # the phrase ending the text (or the endpos given to search), then only blanks
    "before": "(?<!{edge})(?:{body}){blank}*+\\Z",
    # the phrase opening the text
    "start": "^(?:{body})(?!{edge})",
}


def alternation(entries: Iterable[str], *, spaces: str | None = None, case: Case = "exact") -> str:
    """The entries as one alternation, each once, the longest first, for a larger pattern.

    ``spaces`` is the pattern a space between two words of an entry matches;
    ``None`` keeps the entry's own spaces, exactly. ``case``: ``"exact"`` leaves
    case to the flags of the enclosing pattern, ``"any"`` ignores it, and
    ``"capitals"`` keeps an entry written with a capital to that spelling ("Khóa"
    as a title) while the lowercase entries match in any case.
    """
    alts = []
    for entry in sorted(set(entries), key=lambda e: (-len(e), e)):
        pat = regex.escape(entry) if spaces is None else spaces.join(regex.escape(w) for w in entry.split())
        alts.append(f"(?i:{pat})" if case == "capitals" and not entry[:1].isupper() else pat)
    if not alts:
        return NEVER
    body = "|".join(alts)
    return f"(?i:{body})" if case == "any" else body


def matcher(
    entries: Iterable[str],
    *,
    at: At = "anywhere",
    case: Case = "any",
    spaces: str | None = None,
    edge: str = WORD,
    blank: str = r"\s",
) -> regex.Pattern[str]:
    """The entries compiled into one pattern that finds them where ``at`` says.

    ``edge`` is the character class no match may touch (``WORD`` or
    ``LETTER_OR_DIGIT``, or a class of its own such as "anything but a
    separator"); ``blank`` is what may stand between the phrase and the
    position of ``here`` and ``before``. A ``before`` pattern runs right to
    left, so a look-back costs the length of the phrase, not of the text
    before it: ``search(text, lo, pos)`` finds the phrase that ends at ``pos``.
    """
    if at not in _TEMPLATES:
        raise ValueError(f"matcher: at={at!r}, expected one of {', '.join(_TEMPLATES)}")
    flags = regex.IGNORECASE if case == "any" else 0
    body = alternation(entries, spaces=spaces, case="exact" if case == "any" else case)
    if at == "before":
        flags |= regex.REVERSE
    return regex.compile(_TEMPLATES[at].format(edge=edge, body=body, blank=blank), flags)
