"""Courses split in two: the classes opened in one clause, their learners in the next.

"Trung tâm khai giảng 2 lớp bồi dưỡng đảng viên mới. Tham gia hai lớp học có 126 học viên",
"nhà trường mở 24 lớp; tổng số học viên là 1.346 người": the classes and the learners of one
activity are one course. Classes counted with no learners (a course, or a count of a class noun
such as "24 lớp") join the first fact after them that counts learners when it stands in the very
next sentence of their paragraph, or after a semicolon in their own sentence: a course that
counts no other number of classes, names no other programme and is no single class of several
("3 lớp …. Lớp bồi dưỡng tại xã A có 58 học viên"), or a count that a learners' lead opens ("số
học viên … là 1.988 người"). A count of classes joins only learners named as such. The joined
course runs from the classes to the learners, the sentences it spans its evidence, and keeps the
programme the classes were named with.
"""

from __future__ import annotations

from newsfacts.extractors.context import Candidate, phrases

UNNAMED_PROGRAMMES = (None, "other")
_COURSE_FIELDS = ("classes", "learners", "program", "qualifier", "organizer", "mode")


def _classes_counted(c: Candidate) -> int | None:
    """The number of classes a fact counts with no learners: a course's, or a count of a class noun."""
    if c.type == "course" and c.fields.get("learners") is None:
        return c.fields.get("classes")
    unit = c.fields.get("unit")
    if c.type == "count" and unit and phrases("class_nouns").fullmatch_head(unit) and c.fields.get("value"):
        value = c.fields["value"]
        return int(value) if float(value).is_integer() and c.fields.get("qualifier") == "exact" else None
    return None


def _next_part(classes: Candidate, later: Candidate) -> bool:
    """Whether ``later`` stands where the learners of ``classes`` are told: the next sentence of
    the paragraph, or after a semicolon in the same sentence."""
    s, t = classes.sentence, later.sentence
    if t is s:
        return ";" in s.text[classes.end : later.start]
    return t.index == s.index + 1 and t.block == s.block


def _learners_lead(c: Candidate) -> bool:
    """Whether a count's clause opens with a learners' lead ("số học viên các lớp … là 1.988 người")."""
    s = c.sentence
    clause = max(s.text.rfind(";", 0, c.start), s.text.rfind(",", 0, c.start)) + 1
    return phrases("learner_number_leads").search(s, clause, c.start) is not None


def _learners_of(classes: Candidate, counted: int, later: Candidate) -> bool:
    """Whether ``later`` counts the learners of the ``counted`` classes told just before."""
    if not _next_part(classes, later):
        return False
    if later.sentence is not classes.sentence and phrases("addition_openers").match_at(later.sentence, 0):
        return False  # "Ngoài đảng viên, có 5.240 lượt quần chúng … tham gia học tập": besides them
    if later.type == "count":
        return _learners_lead(later)
    if later.type != "course" or later.fields.get("learners") is None:
        return False
    if later.fields.get("classes") not in (None, counted):
        return False
    if classes.type == "count" and later.rule != "learners_of_opened_class":
        return False  # a count of classes joins only learners named as such
    own, named = later.fields.get("program"), classes.fields.get("program")
    if later.fields.get("classes") == counted:  # "Ba lớp có tổng số …"
        return True
    if counted != 1 and phrases("class_nouns").match_at(later.sentence, later.start) is not None:
        return False  # "3 lớp …. Lớp bồi dưỡng tại xã A có 58 học viên": one class of the three
    return own in UNNAMED_PROGRAMMES or named in UNNAMED_PROGRAMMES or own == named


def _joined(classes: Candidate, counted: int, learners: Candidate) -> Candidate:
    s = classes.sentence
    fields = {k: v for k, v in learners.fields.items() if k in _COURSE_FIELDS and v is not None}
    if classes.type == "course":
        told = {k: v for k, v in classes.fields.items() if k in ("organizer", "mode") and v is not None}
        fields.update(told)
    fields["classes"] = counted
    fields["learners"] = int(learners.fields["learners" if learners.type == "course" else "value"])
    fields["program"] = classes.fields.get("program") or learners.fields.get("program") or "other"
    fields.setdefault("qualifier", "exact")
    return Candidate(
        type="course",
        figures=classes.figures + learners.figures,
        start=classes.start,
        end=learners.sentence.start - s.start + learners.end,
        fields=fields,
        rule="classes_then_learners",
        sentence=s,
        through=learners.sentence if learners.sentence is not s else None,
    )


def join_split_courses(resolved: list[Candidate]) -> list[Candidate]:
    """The facts of an article, in order, with each course split in two made one."""
    out: list[Candidate] = []
    skip: set[int] = set()
    for i, c in enumerate(resolved):
        if i in skip:
            continue
        counted = _classes_counted(c)
        if counted is not None:
            later = next(
                (j for j in range(i + 1, len(resolved)) if resolved[j].type in ("course", "count")), None
            )
            if later is not None and _learners_of(c, counted, resolved[later]):
                out.append(_joined(c, counted, resolved[later]))
                skip.add(later)
                continue
        out.append(c)
    return out
