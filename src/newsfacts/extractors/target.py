"""Targets: goals, plans and quotas, with the year they are due.

A target cue ("phấn đấu", "mục tiêu", "chỉ tiêu", "sẽ", "yêu cầu") makes the
figures after it in its sentence targets; so does a deadline after the
publication year ("đến năm 2030, thu nhập ... đạt trên 95 triệu đồng"). A
figure that says how far a target was reached ("đạt 115% chỉ tiêu") is not
a target: the cue word there is the object of the percentage. Caps in rules
("không quá 4 người") are targets without a deadline.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

import regex as re

from newsfacts.extractors.conditions import selects_group
from newsfacts.extractors.context import (
    ArticleContext,
    Candidate,
    Sentence,
    alternation,
    clause_bounds,
    figure_from,
    inside_parens,
    is_fact_figure,
    phrases,
    tidy,
)
from newsfacts.extractors.phrases import (
    non_unit_after,
    percent_subject,
    qualifier_with_unit,
    strip_edges,
    unit_after,
)
from newsfacts.text.dates import years_in
from newsfacts.text.numbers import Figure

_ACHIEVED_BEFORE = re.compile(
    rf"(?:%|\b(?:{alternation('achievement_verbs')})|(?<![\d.,])(?!(?:19|20)\d\d\s*$)[\d.,/]+)\s*$",
    re.IGNORECASE,
)
_DOCUMENT_AFTER = re.compile(r"\s*số\b", re.IGNORECASE)
_BENEFICIARY_BEFORE = re.compile(rf"\b(?:{alternation('recipient_prepositions')})\s*$", re.IGNORECASE)
_FUTURE = re.compile(
    rf"\b(?:{alternation('future_phrases')})\s+(?:năm\s+|quý\s+[IVX]+/|tháng\s+\d{{1,2}}/)?((?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_FUTURE_PERIOD = re.compile(
    rf"\b(?:{alternation('period_nouns')})\s+((?:19|20)\d\d)\s*[-–]\s*(?:19|20)\d\d\b", re.IGNORECASE
)
_RELATIVE_CUE = re.compile(rf"\b(?:{alternation('relative_cue_nouns')})(?:\s+\S+){{0,3}}\s+$", re.IGNORECASE)
_PAST_BETWEEN = re.compile(rf"\b(?:{alternation('past_markers')})\b", re.IGNORECASE)
_DEADLINE_BEFORE = re.compile(
    rf"\b(?:{alternation('future_phrases')})(?:\s+(?:ngày|tháng|quý))?\s*+$", re.IGNORECASE
)
_PART_OF = re.compile(r"\s*+,?\s*+trong\s+đó(?:\s+có)?\s*+", re.IGNORECASE)
_SIZE_VERB_BEFORE = re.compile(r"\b(?:có|gồm)\s*+$", re.IGNORECASE)  # "mỗi tổ có từ 5 đến 9 ..."
_DUE_PERIOD_BEFORE = re.compile(rf"\b(?:{alternation('deadline_periods')})\s*+$", re.IGNORECASE)
_PAST_BEFORE = re.compile(rf"\b(?:{alternation('past_markers')})\s+$", re.IGNORECASE)
_BASELINE = re.compile(rf"\b(?:{alternation('baseline_phrases')})\s+$", re.IGNORECASE)
_CONTINUATION = re.compile(rf"^\s*(?:{alternation('continuation_openers')})\b", re.IGNORECASE)
_PUNCT = re.compile(r"[,;:.()]")
_CLAUSE_PUNCT = re.compile(r"[,;(]")
_TAIL_END = re.compile(r"[,;(]|\s+và\s+|\s+so với")
_PERIOD_END = re.compile(r"(?:19|20)\d\d\s*[-–]\s*$")
_PERIOD_TAIL = re.compile(r"\s*[-–]\s*((?:19|20)\d\d)")


NOUN_REACH_WORDS = 6


def _achieved(s: Sentence, m: re.Match) -> bool:
    """Whether a cue noun is the object of an achievement ("đạt 108% chỉ tiêu", "Kế hoạch số 86")."""
    return bool(
        _ACHIEVED_BEFORE.search(s.text[max(0, m.start() - 25) : m.start()])
        or _DOCUMENT_AFTER.match(s.text, m.end(), m.end() + 8)
    )


def _in_fixed_phrase(s: Sentence, m: re.Match) -> bool:
    """Whether a cue word lies inside a phrase that states no goal ("đạt yêu cầu")."""
    return any(
        p.start() <= m.start() and m.end() <= p.end()
        for p in phrases("not_target_phrases").finditer(s.text, max(0, m.start() - 40), m.end() + 40)
    )


def _cue_positions(s: Sentence) -> list[int]:
    """Where verbal target cues end in the sentence: their reach is the rest of the sentence.

    A cue right after a past marker ("đã yêu cầu hoàn trả ...") reports a completed act.
    """
    text = s.text
    out = []
    condition = phrases("conditional_markers").search(text)  # once: a cue after it states no plan
    for m in phrases("target_cues").finditer(text):
        if _in_fixed_phrase(s, m):
            continue
        if _PAST_BEFORE.search(text, max(0, m.start() - 20), m.start()) or (
            condition is not None and condition.start() < m.start()
        ):
            continue
        if _RELATIVE_CUE.search(text, max(0, m.start() - 60), m.start()) and m.group().lower() in (
            "đề ra",
            "đặt ra",
        ):
            continue  # "chỉ tiêu Đại hội đề ra": the quota that was set
        out.append(m.end())
    return out


def _noun_targets(s: Sentence) -> set[int]:
    """Starts of figures inside the noun phrase of a target noun ("chỉ tiêu kết nạp 200 đảng viên")."""
    out = set()
    for m in phrases("target_nouns").finditer(s.text):
        if _achieved(s, m) or _in_fixed_phrase(s, m):
            continue
        nxt = figure_from(s, m.end())
        if nxt is None:
            continue
        between = s.text[m.end() : nxt.start]
        if not _PUNCT.search(between) and len(between.split()) <= NOUN_REACH_WORDS:
            out.add(nxt.start)
    return out


def is_future_sentence(s: Sentence, ctx: ArticleContext) -> bool:
    """A deadline, or a span of years starting, after the publication year."""
    if ctx.published_year is None:
        return False
    if any(int(m.group(1)) > ctx.published_year for m in _FUTURE.finditer(s.text)):
        return True
    return any(int(m.group(1)) > ctx.published_year for m in _FUTURE_PERIOD.finditer(s.text))


def target_scope(s: Sentence, ctx: ArticleContext) -> int | None:
    """The offset from which the sentence's figures are targets, or None.

    An explicit cue opens the scope where it stands; without one, a deadline
    after the publication year, or a "Trong đó, ..." that continues a plan,
    makes the whole sentence a plan.
    """
    cues = _cue_positions(s)
    if cues:
        return cues[0]
    if is_future_sentence(s, ctx):
        return 0
    if s.index > 0 and _CONTINUATION.match(s.text):
        prev = ctx.sentences[s.index - 1]
        if prev.block == s.block and (is_future_sentence(prev, ctx) or _cue_positions(prev)):
            return 0
    return None


def _beneficiary(text: str, f: Figure, since: int) -> bool:
    """After "cho", a figure counts who receives a quota ("phân bổ chỉ tiêu cho 38 tổ chức"),
    unless the plan trains them ("kế hoạch bồi dưỡng ... cho 9.500 cán bộ")."""
    if not _BENEFICIARY_BEFORE.search(text[max(0, f.start - 8) : f.start]):
        return False
    return not phrases("training_words").search(text, since, f.start)


QUOTA_REACH = 200  # how far before a bound its "mỗi ..." or obligation may stand


def _quota(s: Sentence, f: Figure) -> bool:
    """A cap ("không quá 4 người", "tối đa 3 chức danh"), or a bound that an obligation or
    "mỗi ..." imposes ("phải có ít nhất 1 người", "mỗi chi bộ ... ít nhất một chương trình")."""
    if f.qualifier == "at_most":
        return True
    clause_start = max(s.text.rfind(";", max(0, f.start - QUOTA_REACH), f.start) + 1, f.start - QUOTA_REACH)
    lead = max(0, f.start - QUOTA_REACH)
    if f.qualifier == "range":  # "mỗi Ban Thanh tra nhân dân có từ 5 đến 11 thành viên": a size rule
        if not _SIZE_VERB_BEFORE.search(s.text, max(0, f.start - 12), f.start):
            return False  # "mỗi buổi thu hút từ 80 đến 100 cử tri" reports what happened
        ruled = phrases("rule_markers").search(s.text, lead, f.start) or phrases("modal_cues").search(
            s.text, lead, f.start
        )
        if not ruled:
            return False  # "Mỗi chi bộ thôn có từ 15 đến 20 đảng viên" reports a size
        return any(  # "mỗi năm, huyện có từ 150 đến 180 ..." reports a yearly figure instead
            not phrases("recurring_words").match_at(s.text, m.start())
            for m in phrases("distributive_words").finditer(s.text, clause_start, f.start)
        )
    if f.qualifier not in ("at_least", "less_than"):
        return False
    return bool(
        phrases("modal_cues").search(s.text, lead, f.start)
        or phrases("distributive_words").search(s.text, clause_start, f.start)
    )


OBLIGATION_REACH = 60  # how far after a share its obligation may stand
_NEGATED = re.compile(rf"\b(?:{alternation('negations')})\s+$", re.IGNORECASE)


def _obliged_share(s: Sentence, f: Figure) -> bool:
    """A share that an obligation right after it imposes ("100% bí thư chi bộ mới phải
    được bồi dưỡng", "ít nhất 80% ... phải có"): a requirement, unless the sentence
    reports what was done ("đã")."""
    if f.kind != "percent" or not (f.value == 100 or f.qualifier == "at_least"):
        return False  # a rule asks for all or at least a share; "40% hộ dân phải được hỗ trợ" reports
    lo, hi = clause_bounds(s.text, f.start)
    if _past_between(s, max(lo, f.start - OBLIGATION_REACH), min(hi, f.end + OBLIGATION_REACH)):
        return False
    for m in phrases("obligation_phrases").finditer(s.text, f.end, min(hi, f.end + OBLIGATION_REACH)):
        negated = _NEGATED.search(s.text, max(0, m.start() - 12), m.start())
        if not negated and "," not in s.text[f.end : m.start()]:
            return True
    return False


_PER_PERIOD = re.compile(rf"\s*+/\s*+(?:{alternation('time_periods')})\b", re.IGNORECASE)
FREQUENCY_REACH = 80  # how far from "N lần" its period ("mỗi tháng") may stand


def _frequency(s: Sentence, f: Figure) -> tuple[str, int] | None:
    """The unit of a frequency quota ("ít nhất hai lần mỗi tháng"): a bounded figure of
    "lần" with a period that recurs in its clause."""
    m = phrases("frequency_nouns").match_at(s.text, f.end)
    if m is None:
        return None
    per = _PER_PERIOD.match(s.text, m.end(), m.end() + 12)
    if per:  # "tối thiểu 2 lần/năm": the period is written with the unit
        return f"{m.group().strip()}{per.group().strip()}", per.end()
    lo, hi = clause_bounds(s.text, f.start)
    lo, hi = max(lo, f.start - FREQUENCY_REACH), min(hi, m.end() + FREQUENCY_REACH)
    periodic = phrases("distributive_words").search(s.text, lo, hi) or phrases("recurring_words").search(
        s.text, lo, hi
    )
    return (m.group().strip(), m.end()) if periodic else None


def _year_candidates(s: Sentence) -> tuple[list[int], list[tuple[int, int, bool]]]:
    """Years of the sentence that may be deadlines, found once per sentence: (positions,
    [(year, position, is_baseline)]). Years inside document numbers, codes and dates are
    left out, unless a deadline phrase introduces the date ("đến hết tháng 9/2023")."""
    if "years" in s.memo:
        return s.memo["years"]
    text = s.text
    documents = [
        (g.start, g.end)
        for g in s.figures
        if g.kind in ("document", "code", "phone")
        or (
            g.kind == "date"
            and not _DEADLINE_BEFORE.search(text, max(0, g.start - 25), g.start)
            and not _DUE_PERIOD_BEFORE.search(text, max(0, g.start - 25), g.start)
        )
    ]
    found = [
        (y, pos, bool(_BASELINE.search(text[max(0, pos - 30) : pos])))
        for y, pos in years_in(text)
        if not any(a <= pos < b for a, b in documents)
    ]
    s.memo["years"] = ([pos for _, pos, _ in found], found)
    return s.memo["years"]


def deadline(s: Sentence, f: Figure) -> int | None:
    """The year tied to the target: the nearest written before it, else the first after; None if recurring."""
    text = s.text
    paren = text.rfind("(", max(0, f.start - 200), f.start) if inside_parens(text, f.start) else -1
    positions, years = _year_candidates(s)
    k = bisect_left(positions, f.start)
    # a baseline year ("so với năm 2021") is no deadline, unless an aside refers to it
    before = next((years[j] for j in range(k - 1, -1, -1) if not years[j][2] or years[j][1] < paren), None)
    if before is not None:
        y, pos, _ = before
        recurs = phrases("recurring_words").search(text, pos, f.start)
        if recurs and not _PERIOD_END.search(text, max(0, pos - 8), pos):
            return None  # "năm 2025, mỗi năm ..." recurs; "giai đoạn 2026-2030, mỗi năm ..." ends in 2030
        return y
    if phrases("recurring_words").search(text, max(text.rfind(";", 0, f.start) + 1, f.start - 200), f.start):
        return None
    later = (years[j] for j in range(k, len(years)))
    after = next((c for c in later if c[1] >= f.end and (not c[2] or c[1] < paren)), None)
    if after is not None:
        y, pos, _ = after
        tail = _PERIOD_TAIL.match(text, pos + 4, pos + 12)
        return int(tail.group(1)) if tail else y
    return None


LEAD_REACH = 160  # a target's subject starts no further back than this


def _subject(s: Sentence, f: Figure, unit_end: int | None, scope: int) -> str | None:
    text = s.text
    if unit_end is None:  # a percentage
        return percent_subject(text, f)
    lead = _CLAUSE_PUNCT.split(text[max(scope, 0, f.start - LEAD_REACH) : f.start])[-1]
    lead = strip_edges(phrases("target_cues").pattern.sub(" ", lead))
    tail = _TAIL_END.split(text[unit_end : unit_end + 80])[0]
    return tidy(f"{lead} {text[f.end : unit_end]} {tail}")


def _reported(s: Sentence, f: Figure) -> bool:
    """Whether the clause of ``f`` reports what was done ("Năm qua, mỗi tháng ... ít nhất 2
    lần", "mỗi chi bộ đã tổ chức ... ít nhất 4 lần")."""
    lo = max(s.text.rfind(";", 0, f.start) + 1, f.start - QUOTA_REACH)
    return _past_between(s, lo, f.start) or bool(phrases("report_time_phrases").search(s.text, lo, f.start))


def _past_between(s: Sentence, lo: int, hi: int) -> bool:
    """Whether a past marker ("đã") stands in ``[lo, hi)``; markers found once per sentence."""
    if "past" not in s.memo:
        s.memo["past"] = [m.start() for m in _PAST_BETWEEN.finditer(s.text)]
    marks = s.memo["past"]
    k = bisect_left(marks, lo)
    return k < len(marks) and marks[k] < hi


def extract_targets(s: Sentence, ctx: ArticleContext) -> list[Candidate]:
    scope = target_scope(s, ctx)
    nominal = _noun_targets(s)
    out = []
    text = s.text
    for f in s.figures:
        if not is_fact_figure(f):
            continue
        in_scope = scope is not None and f.start >= scope and not _past_between(s, scope, f.start)
        bounded = f.qualifier in ("at_least", "at_most")
        reported = (bounded or not in_scope) and _reported(s, f)  # "mỗi chi bộ đã ... ít nhất 4 lần"
        frequency = _frequency(s, f) if bounded and not reported else None  # "ít nhất một lần mỗi tháng"
        quota = False
        if not in_scope:
            rule = f.start not in nominal and (_quota(s, f) or _obliged_share(s, f))
            quota = bool(rule and not (reported and f.qualifier != "at_most")) or frequency is not None
            # "phải có ít nhất 5 thành viên, trong đó có 1 đoàn viên": part of the quota before it
            part = out and out[-1].rule == "quota" and _PART_OF.fullmatch(text, out[-1].end, f.start)
            quota = quota or bool(part)
        if not (in_scope or quota or f.start in nominal):
            continue
        if f.start in nominal and not in_scope and _beneficiary(text, f, max(0, f.start - 60)):
            continue
        if f.kind == "percent":
            unit, unit_end = "%", None
        else:
            found = frequency
            if found is None and non_unit_after(text, f.end):
                continue
            found = found or unit_after(text, f.end)
            if not found:
                continue
            unit, unit_end = found
            f = replace(f, qualifier=qualifier_with_unit(f.qualifier, text, unit_end))
            if phrases("plan_items").match_at(text, f.end) and f.qualifier == "exact":
                continue  # "đề ra 18 chỉ tiêu": the items a plan counts are a count
        if selects_group(s, f):
            continue
        end = f.end if unit_end is None else unit_end
        out.append(
            Candidate(
                type="target",
                figures=(f,),
                start=f.start,
                end=end,
                fields={
                    "value": f.value,
                    "value_max": f.value_max,
                    "unit": unit,
                    "deadline": None if quota and f.qualifier == "at_most" else deadline(s, f),
                    "subject": _subject(s, f, unit_end, scope or 0) or None,
                    "qualifier": f.qualifier,
                },
                rule="quota" if quota else "target_cue",
                sentence=s,
                priority=40,
            )
        )
    return out
