"""Minimal news pages and expectation rows for the table-driven extractor tests.

Every sentence here was written for these tests. A row is one phrasing and
the facts expected from it; ``page`` wraps the sentence into a page
(section label, headline, date line, body, byline) so that segmentation
treats it as article text. The date line says 04/03/2024: a year after 2024
in a sentence marks a plan.

Expectations are small dicts built with ``course``, ``count``, ``rate`` and
``target``. Key values are always checked; so are ``qualifier`` (default
"exact"), ``change`` (default none) for counts and rates and ``deadline``
(default none) for targets. ``unit``, ``program``, ``value_max`` and
``subject`` are checked when given (a tuple of spellings for ``unit`` accepts
any of them); ``subject`` as words that must all occur
in the predicted subject; ``at`` as text of the page the fact's span must
overlap.
"""

from __future__ import annotations

from typing import Any

import pytest

import newsfacts

SECTION = "Xây dựng Đảng"
TITLE = "Kết quả công tác xây dựng Đảng ở cơ sở"
DATE_LINE = "Thứ Hai, 04/03/2024"
BYLINE = "Minh An"
_UNSET = object()


def page(
    body: str,
    *,
    title: str = TITLE,
    date_line: str = DATE_LINE,
    section: str | None = SECTION,
    byline: str | None = BYLINE,
    footer: str = "",
) -> str:
    """A page: section label, headline, date line, the body (paragraphs split on blank lines), byline."""
    parts = [p for p in (section, title, date_line) if p is not None]
    parts.append(body.strip())
    if byline is not None:
        parts.append(byline)
    if footer:
        parts.append(footer.strip())
    return "\n\n".join(parts) + "\n"


def extract_page(body: str, **kw: Any) -> tuple[str, newsfacts.Article]:
    text = page(body, **kw)
    return text, newsfacts.extract(text)


# --- expectations -----------------------------------------------------------------


def course(classes: int | None, learners: int | None, program: str | None = None, **kw: Any) -> dict:
    return {"type": "course", "classes": classes, "learners": learners, "program": program, **kw}


def count(value: float, unit: str | None = None, **kw: Any) -> dict:
    return {"type": "count", "value": value, "unit": unit, **kw}


def rate(value: float, **kw: Any) -> dict:
    return {"type": "rate", "value": value, **kw}


def target(value: float, unit: str | None = None, deadline: int | None = None, **kw: Any) -> dict:
    return {"type": "target", "value": value, "unit": unit, "deadline": deadline, **kw}


def row(text: str, *facts: dict, xfail: str | None = None, id: str | None = None):
    """One table row: a sentence (or body) and every fact it must yield, in order."""
    marks = [pytest.mark.xfail(reason=xfail, strict=True)] if xfail else []
    return pytest.param(text, list(facts), marks=marks, id=id)


def ids(group: str, rows: list) -> list:
    """Give each row of a group an id like ``DEV_SET-07``."""
    out = []
    for i, r in enumerate(rows, 1):
        out.append(pytest.param(*r.values, marks=r.marks, id=r.id or f"{group}-{i:02d}"))
    return out


def _num_eq(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(float(a) - float(b)) < 1e-6


_NOT_IN_WORDS = str.maketrans({c: " " for c in ',"“”()'})  # a quoted name's words are words


def _words(s: str | None) -> set[str]:
    return set((s or "").lower().translate(_NOT_IN_WORDS).split())


def mismatches(fact: Any, want: dict, text: str) -> list[str]:
    """What differs between a predicted fact and an expectation (empty when it matches)."""
    got = fact.model_dump(mode="json")
    out = []
    if got["type"] != want["type"]:
        return [f"type {got['type']} != {want['type']}"]
    keys = ("classes", "learners") if want["type"] == "course" else ("value",)
    for k in keys:
        if not _num_eq(got.get(k), want.get(k)):
            out.append(f"{k} {got.get(k)} != {want.get(k)}")
    if want["type"] != "course" or "qualifier" in want:
        q = want.get("qualifier", "exact")
        if got.get("qualifier") != q:
            out.append(f"qualifier {got.get('qualifier')} != {q}")
    if want["type"] in ("count", "rate"):
        out += _change_mismatch(got.get("change"), want.get("change"))
    if want["type"] == "target" and not _num_eq(got.get("deadline"), want.get("deadline")):
        out.append(f"deadline {got.get('deadline')} != {want.get('deadline')}")
    for k in ("unit", "program", "value_max", "mode"):
        w = want.get(k)
        if w is None:
            continue
        g = got.get(k)
        if k == "value_max":
            ok = _num_eq(g, w)
        else:  # a tuple lists the acceptable spellings ("trường hợp", "trường hợp vi phạm")
            ok = (g or "").lower() in {a.lower() for a in ((w,) if isinstance(w, str) else w)}
        if not ok:
            out.append(f"{k} {g!r} != {w!r}")
    subject = want.get("subject")
    if subject:
        missing = _words(subject) - _words(got.get("subject"))
        if missing:
            out.append(f"subject {got.get('subject')!r} lacks {sorted(missing)}")
    exact = want.get("subject_is")
    if exact and (got.get("subject") or "").lower() != exact.lower():
        out.append(f"subject {got.get('subject')!r} != {exact!r}")
    for unwanted in want.get("subject_excludes", ()):
        if unwanted.lower() in (got.get("subject") or "").lower():
            out.append(f"subject {got.get('subject')!r} holds {unwanted!r}")
    at = want.get("at")
    if at:
        pos = text.find(at)
        assert pos >= 0, f"bad row: {at!r} is not in the page"
        s, e = got["span"]
        if min(e, pos + len(at)) <= max(s, pos):
            out.append(f"span {got['span']} ({got['text']!r}) misses {at!r}")
    return out


def _change_mismatch(got: dict | None, want: tuple | None) -> list[str]:
    if want is None:
        return [] if got is None else [f"change {got} != None"]
    if got is None:
        return [f"change None != {want}"]
    direction, value, *rest = want
    out = []
    if got["direction"] != direction or not _num_eq(got["value"], value):
        out.append(f"change {got['direction']} {got['value']} != {direction} {value}")
    if rest and got.get("qualifier", "exact") != rest[0]:
        out.append(f"change qualifier {got.get('qualifier')} != {rest[0]}")
    return out


def summary(facts: list) -> str:
    lines = []
    for f in facts:
        d = f.model_dump(mode="json", exclude={"evidence", "evidence_span", "rule"}, exclude_none=True)
        lines.append("    " + repr(d))
    return "\n".join(lines) or "    (no facts)"


def assert_facts(text: str, facts: list, expected: list[dict]) -> None:
    """Every expected fact, in order, and nothing else."""
    problems = []
    if len(facts) != len(expected):
        problems.append(f"{len(facts)} facts, want {len(expected)}")
    else:
        for i, (f, w) in enumerate(zip(facts, expected, strict=True)):
            problems += [f"fact {i}: {m}" for m in mismatches(f, w, text)]
    for f in facts:
        assert text[f.span[0]:f.span[1]] == f.text
    assert not problems, "\n".join(problems) + "\n  got:\n" + summary(facts)


def check_sentence(sentence: str, expected: list[dict], **kw: Any) -> None:
    text, article = extract_page(sentence, **kw)
    assert_facts(text, article.facts, expected)
