"""Suppositions: figures a sentence imagines rather than reports.

"có 1 hay 10 trung tâm cũng không thể …" offers two numbers as alternatives only to
concede that neither matters, and "cứ 1 bệnh nhân … nghĩa là mất đi 1 lao động" tells a
proportion: their figures count nothing. The resolver drops every candidate built
on one. A figure under "nếu" is kept: blind annotators of real articles count the real
figures that conditions mention ("nếu gần 200 ủy viên trung ương …", a salary one "có thể
nhận"), and telling an illustration from a condition needs more than the words around it.
"""

from __future__ import annotations

from itertools import pairwise

import regex as re

from newsfacts.extractors.context import Sentence, phrases
from newsfacts.text.numbers import ALTERNATIVE_LINK, Figure, conceded_after


def _conceded_starts(s: Sentence) -> frozenset[int]:
    """Starts of the figures of the sentence that a concession offers as alternatives, found
    once per sentence (most hold no alternative joiner at all)."""
    if "conceded" not in s.memo:
        starts: set[int] = set()
        for first, second in pairwise(s.figures):
            if ALTERNATIVE_LINK.fullmatch(s.text, first.end, second.start) and conceded_after(
                s.text, second.end
            ):
                starts.update((first.start, second.start))
        s.memo["conceded"] = frozenset(starts)
    return s.memo["conceded"]


_CLAUSE_END = re.compile(r"[,;:]")


def _proportion(s: Sentence) -> tuple[int, int] | None:
    """Where a proportion told as "for every N" lies ("cứ 1 bệnh nhân … nghĩa là mất đi 1 lao
    động"): from the figure right after a ratio opener to the end of its clause, found once
    per sentence ("Cứ 3 tháng một lần, chi bộ có 25 đảng viên …" ends at the comma)."""
    if "proportion" not in s.memo:
        span = None
        for m in phrases("ratio_openers").finditer(s):
            nxt = next((f for f in s.figures if f.start >= m.end()), None)
            if nxt is not None and not s.text[m.end() : nxt.start].strip():
                stop = _CLAUSE_END.search(s.text, nxt.end)
                span = (nxt.start, stop.start() if stop else len(s.text))
                break
        s.memo["proportion"] = span
    return s.memo["proportion"]


def is_supposed(s: Sentence, f: Figure) -> bool:
    """ "có 1 hay 10 trung tâm cũng không …": one of two alternatives conceded, not counted;
    "cứ 1 bệnh nhân … mất đi 1 lao động": a proportion, its figures count nothing."""
    proportion = _proportion(s)
    inside = proportion is not None and proportion[0] <= f.start < proportion[1]
    return inside or f.start in _conceded_starts(s)
