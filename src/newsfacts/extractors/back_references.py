"""Back references: a rate whose subject points back ("tỷ lệ này", "con số này") measures
the rate named just before it.

"Năm 2020, tỷ lệ hộ nghèo của huyện là 25%. Sau ba năm, đến cuối năm 2023 con số này còn
17,2%": the 17,2% is the poverty rate too. The pointer in the later subject is replaced by
the earlier rate's subject when that rate stands in the same sentence or the one before,
names its own subject and opens as the pointer asks (``rate_pointers.tsv``: "tỷ lệ này"
takes an earlier "tỷ lệ …", or a share of the group written right after its figure: "71% số
người được hỏi cho biết đã đi bầu. … năm 2014 tỷ lệ này chỉ còn 51%"); otherwise the subject
stays as written.
"""

from __future__ import annotations

from newsfacts.extractors.context import Candidate, phrase_table, tidy

BACK_REACH = 1  # the earlier rate stands in the same sentence or the one right before it
ANY = "*"
GROUP_SHARE = "%"  # in "opens": a share of the group named right after its figure
_POINTERS, _OPENS = phrase_table("rate_pointers", "phrase", "opens")


def _measures_share(c: Candidate) -> bool:
    """Rates and targets in percent: the facts whose subject names what a share measures."""
    return c.type == "rate" or (c.type == "target" and c.fields.get("unit") == "%")


def _group_share(c: Candidate) -> bool:
    """Whether a rate is a share of the group its subject names right after the figure ("71% số
    người được hỏi …"): a rate by what it is, though no "tỷ lệ" opens it; a change is none."""
    text, f, subject = c.sentence.text, c.figures[0], c.fields["subject"]
    return c.type == "rate" and c.rule == "percentage" and text[f.end :].lstrip().startswith(subject)


def _opens_as_asked(subject: str, opens: str) -> bool:
    """Whether the earlier subject opens as the pointer asks ("tỷ lệ này" wants a "tỷ lệ …")."""
    wanted = tuple(o.lower() for o in opens.split("|") if o != GROUP_SHARE)
    return opens == ANY or subject.lower().startswith(wanted)


def _takes_group_share(c: Candidate, earlier: Candidate, pointer: str, opens: str) -> bool:
    """Whether the pointer of ``c`` may take the earlier share of a group: the pointer asks for
    one, and no word the pointer opens with ("tỷ lệ") stands between them, which would name a
    nearer rate without a figure ("Tỷ lệ trả lương tháng 13 không đổi … thì tỷ lệ này …")."""
    wanted = opens.split("|")
    if GROUP_SHARE not in wanted or not _group_share(earlier):
        return False
    text = c.sentence.text.lower()
    lo = earlier.figures[0].end if earlier.sentence is c.sentence else 0
    hi = text.rfind(pointer.lower(), lo, c.figures[0].start)
    return hi >= 0 and not any(o.lower() in text[lo:hi] for o in wanted if o != GROUP_SHARE)


def name_back_references(candidates: list[Candidate]) -> list[Candidate]:
    """The candidates of an article, in order, with each pointing subject named."""
    earlier: Candidate | None = None  # the last rate that names its own subject
    for c in candidates:
        subject = c.fields.get("subject")
        if not _measures_share(c) or not subject:
            continue
        pointer = _POINTERS.search(subject)
        if pointer is None:
            earlier = c
            continue
        opens = _OPENS.get(pointer.group().strip().lower(), ANY)
        if earlier is None or c.sentence.index - earlier.sentence.index > BACK_REACH:
            continue
        named = earlier.fields["subject"]
        if _opens_as_asked(named, opens) or _takes_group_share(c, earlier, pointer.group().strip(), opens):
            c.fields["subject"] = tidy(f"{subject[: pointer.start()]} {named} {subject[pointer.end() :]}")
    return candidates
