"""Back references: a rate whose subject points back ("tỷ lệ này", "con số này") measures
the rate named just before it.

"Năm 2020, tỷ lệ hộ nghèo của huyện là 25%. Sau ba năm, đến cuối năm 2023 con số này còn
17,2%": the 17,2% is the poverty rate too. The pointer in the later subject is replaced by
the earlier rate's subject when that rate stands in the same sentence or the one before,
names its own subject and opens as the pointer asks (``rate_pointers.tsv``: "tỷ lệ này"
takes an earlier "tỷ lệ …" only); otherwise the subject stays as written.
"""

from __future__ import annotations

from newsfacts.extractors.context import Candidate, phrase_table, tidy

BACK_REACH = 1  # the earlier rate stands in the same sentence or the one right before it
ANY = "*"
_POINTERS, _OPENS = phrase_table("rate_pointers", "phrase", "opens")


def _measures_share(c: Candidate) -> bool:
    """Rates and targets in percent: the facts whose subject names what a share measures."""
    return c.type == "rate" or (c.type == "target" and c.fields.get("unit") == "%")


def _opens_as_asked(subject: str, opens: str) -> bool:
    """Whether the earlier subject opens as the pointer asks ("tỷ lệ này" wants a "tỷ lệ …")."""
    return opens == ANY or subject.lower().startswith(tuple(o.lower() for o in opens.split("|")))


def name_back_references(candidates: list[Candidate]) -> list[Candidate]:
    """The candidates of an article, in order, with each pointing subject named."""
    earlier: tuple[int, str] | None = None  # the sentence and subject of the last named rate
    for c in candidates:
        subject = c.fields.get("subject")
        if not _measures_share(c) or not subject:
            continue
        pointer = _POINTERS.search(subject)
        if pointer is None:
            earlier = (c.sentence.index, subject)
            continue
        opens = _OPENS.get(pointer.group().strip().lower(), ANY)
        if earlier is None or c.sentence.index - earlier[0] > BACK_REACH:
            continue
        named = earlier[1]
        if _opens_as_asked(named, opens):
            c.fields["subject"] = tidy(f"{subject[: pointer.start()]} {named} {subject[pointer.end() :]}")
    return candidates
