"""Suppositions: figures a sentence imagines rather than reports.

"có 1 hay 10 trung tâm cũng không thể …" offers two numbers as alternatives only to
concede that neither matters: they count nothing. The resolver drops every candidate built
on one. A figure under "nếu" is kept: blind annotators of real articles count the real
figures that conditions mention ("nếu gần 200 ủy viên trung ương …", a salary one "có thể
nhận"), and telling an illustration from a condition needs more than the words around it.
"""

from __future__ import annotations

import regex as re

from newsfacts.extractors.context import Sentence, alternation, phrases
from newsfacts.text.numbers import Figure

_ALTERNATIVE = re.compile(rf"\s++(?:{alternation('alternative_joiners')})\s++", re.IGNORECASE)
CONCESSION_REACH = 80  # how far after an alternative pair its concession may stand


def is_supposed(s: Sentence, f: Figure) -> bool:
    """ "có 1 hay 10 trung tâm cũng không …": one of two alternatives conceded, not counted."""
    figures = s.figures
    k = next((j for j, g in enumerate(figures) if g.start == f.start), None)
    if k is None:
        return False
    pairs = [(figures[j], figures[j + 1]) for j in (k - 1, k) if j >= 0 and j + 1 < len(figures)]
    for first, second in pairs:
        if not _ALTERNATIVE.fullmatch(s.text, first.end, second.start):
            continue
        if phrases("concessive_alternatives").search(s, second.end, second.end + CONCESSION_REACH):
            return True
    return False
