"""Courses told over two sentences: the classes opened in one, their learners in the next.

"Trung tâm khai giảng 2 lớp bồi dưỡng đảng viên mới. Tham gia hai lớp học có 126 học viên":
the classes and the learners of one activity are one course. A course that counts classes and
no learners joins the first course of the very next sentence of its paragraph when that one
counts learners and no other number of classes, names no other programme and is no single class
of several ("3 lớp …. Lớp bồi dưỡng tại xã A có 58 học viên"); the joined course
runs from the classes to the learners, both sentences its evidence, and keeps the programme the
classes were named with.
"""

from __future__ import annotations

from newsfacts.extractors.context import Candidate, phrases

UNNAMED_PROGRAMMES = (None, "other")


def _classes_only(c: Candidate) -> bool:
    return c.type == "course" and c.fields.get("classes") is not None and c.fields.get("learners") is None


def _learners_of(classes: Candidate, later: Candidate) -> bool:
    """Whether ``later`` counts the learners of the classes counted in the sentence before."""
    s, t = classes.sentence, later.sentence
    if later.type != "course" or t.index != s.index + 1 or t.block != s.block:
        return False
    counted = classes.fields["classes"]
    if later.fields.get("learners") is None or later.fields.get("classes") not in (None, counted):
        return False
    own, named = later.fields.get("program"), classes.fields.get("program")
    same_classes = later.fields.get("classes") == counted  # "Ba lớp có tổng số …"
    if same_classes:
        return True
    if counted != 1 and phrases("class_nouns").match_at(t, later.start) is not None:
        return False  # "3 lớp …. Lớp bồi dưỡng tại xã A có 58 học viên": one class of the three
    return own in UNNAMED_PROGRAMMES or named in UNNAMED_PROGRAMMES or own == named


def _joined(classes: Candidate, learners: Candidate) -> Candidate:
    s = classes.sentence
    fields = {**classes.fields, **{k: v for k, v in learners.fields.items() if v is not None}}
    fields["classes"] = classes.fields["classes"]
    fields["program"] = classes.fields.get("program") or learners.fields.get("program")
    return Candidate(
        type="course",
        figures=classes.figures + learners.figures,
        start=classes.start,
        end=learners.sentence.start - s.start + learners.end,
        fields=fields,
        rule="classes_then_learners",
        sentence=s,
        through=learners.sentence,
    )


def join_two_sentence_courses(resolved: list[Candidate]) -> list[Candidate]:
    """The facts of an article, in order, with each course told over two sentences made one."""
    out: list[Candidate] = []
    skip: set[int] = set()
    for i, c in enumerate(resolved):
        if i in skip:
            continue
        if _classes_only(c):
            later = next((j for j in range(i + 1, len(resolved)) if resolved[j].type == "course"), None)
            if later is not None and _learners_of(c, resolved[later]):
                out.append(_joined(c, resolved[later]))
                skip.add(later)
                continue
        out.append(c)
    return out
