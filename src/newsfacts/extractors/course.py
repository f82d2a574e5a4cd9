"""Training courses: classes and learners of one activity, with its programme.

Three ways Vietnamese reports a course:

* classes, description, learners: "mở 3 lớp trung cấp lý luận chính trị cho
  208 học viên", "19 lớp với khoảng 870 học viên";
* learners, then classes: "245 học viên, chia thành 5 lớp";
* people sent to study: "cử 20 cán bộ tham gia đào tạo lớp cao cấp lý luận
  chính trị", "4 đồng chí học thạc sĩ", "6.418 lượt quần chúng tham gia học tập".
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

import regex as re

from newsfacts.extractors.context import (
    ArticleContext,
    Candidate,
    Sentence,
    alternation,
    figures_between,
    is_fact_figure,
    phrase_table,
    phrases,
)
from newsfacts.extractors.phrases import unit_after
from newsfacts.text.numbers import Figure

MAX_DESCRIPTION = 220
STUDY_WINDOW = 120
_BARE_DESCRIPTION = re.compile(r"^(?:[\s,]++|(?:hệ|khóa|lớp)\b|[\p{Lu}\d.\-/]++)*+$")
_SPLIT_INTO = re.compile(rf"\s*+,?+\s*+(?:{alternation('learners_to_classes')})\s*+$", re.IGNORECASE)


def find_program(text: str) -> tuple[str, int, int] | None:
    """The earliest programme phrase in ``text``: (programme, start, end)."""
    pat, mapping = phrase_table("programs", "phrase", "program")
    m = pat.search(text)
    return (mapping[m.group().lower()], m.start(), m.end()) if m else None


def find_mode(text: str) -> str | None:
    m = phrases("modes").search(text)
    return m.group() if m else None


def _class_figure(s: Sentence, f: Figure) -> int | None:
    """End of the class noun when ``f`` counts classes ("3 lớp"), else None."""
    m = phrases("class_nouns").match_at(s.text, f.end)
    return m.end() if m and is_fact_figure(f) else None


_TIMES = re.compile(rf"\s*+(?:{alternation('learner_counters')})(?=\s)", re.IGNORECASE)


def _noun_end(s: Sentence, f: Figure, *tables: str) -> int | None:
    """End of a noun from one of ``tables`` right after ``f`` (after "lượt" when written:
    "420 lượt hội viên"), else None. Only a number of people can be learners: "100% cán bộ
    ... được học tập" is a rate."""
    if f.kind != "quantity" or not is_fact_figure(f):
        return None
    times = _TIMES.match(s.text, f.end, f.end + 12)  # bounded: a required literal would scan on
    at = times.end() if times else f.end
    m = next((m for t in tables if (m := phrases(t).match_at(s.text, at))), None)
    return m.end() if m else None


def _learner_unit(s: Sentence, f: Figure) -> int | None:
    """End of a learners' noun after ``f`` ("208 học viên", "1.320 lượt cán bộ")."""
    return _noun_end(s, f, "learner_nouns")


def _people_unit(s: Sentence, f: Figure) -> int | None:
    """End of a noun for people named by role ("180 đội trưởng") or for pupils after ``f``."""
    return _noun_end(s, f, "people_nouns", "pupil_nouns")


def _names_training(description: str) -> bool:
    """Whether a class description names a training or a study programme."""
    return bool(phrases("training_words").search(description) or find_program(description))


def _people_of_training(s: Sentence, f: Figure, class_end: int) -> bool:
    """People named by role, or pupils, learn in a class of a training or study programme
    ("6 lớp tập huấn kỹ thuật cho 420 lượt hội viên", "6 lớp bồi dưỡng nhận thức về Đảng
    cho 1.042 sinh viên"), not in a school's own classes ("25 lớp học với 48 giáo viên")."""
    people_end = _people_unit(s, f)
    if people_end is None:
        return False
    studied = _study_after(s.text, people_end)  # "có 410 công nhân, người lao động theo học"
    return _names_training(s.text[class_end : f.start]) or studied is not None


def _program_for(description: str, s: Sentence, ctx: ArticleContext, upto: int) -> str:
    found = find_program(description)
    if found:
        return found[0]
    if _BARE_DESCRIPTION.match(description) or not phrases("training_words").search(description):
        inherited = last_program(ctx, s, upto)
        if inherited:
            return inherited
    return "other"


@lru_cache(maxsize=256)
def _program_mentions(text: str) -> tuple[tuple[int, str], ...]:
    """(offset, programme) of every programme phrase in a sentence, found once per sentence."""
    pat, mapping = phrase_table("programs", "phrase", "program")
    return tuple((m.start(), mapping[m.group().lower()]) for m in pat.finditer(text))


def last_program(ctx: ArticleContext, s: Sentence, upto: int) -> str | None:
    """The programme most recently named before ``upto`` in this sentence, the article so far or the title."""
    mentions = _program_mentions(s.text)
    k = bisect_left(mentions, (upto,))
    if k:
        return mentions[k - 1][1]
    for prev in reversed(ctx.sentences[: s.index]):
        if prev.block < s.block - 1:
            break
        if mentions := _program_mentions(prev.text):
            return mentions[-1][1]
    if ctx.title:
        hit = find_program(ctx.title)
        if hit:
            return hit[0]
    return None


_GENERAL_PROGRAMS = frozenset({"professional_skills", "other"})
LEARNER_PHRASE = 40  # how far after the learners' figure their description is read


def _program_of_learners(s: Sentence, learners: Figure | None, program: str) -> str:
    """A general course taught to committee members is a course for committee members
    ("lớp bồi dưỡng nghiệp vụ công tác đảng cho 124 bí thư chi bộ"), as the contract
    lists "bí thư chi bộ" under ``committee_members``."""
    if learners is None or program not in _GENERAL_PROGRAMS:
        return program
    found = find_program(s.text[learners.end : learners.end + LEARNER_PHRASE])
    return found[0] if found and found[0] == "committee_members" and found[1] <= 2 else program


def _course(s, figs, start, end, classes, learners, program, rule, description) -> Candidate:
    program = _program_of_learners(s, learners, program)
    qual_fig = learners or classes
    return Candidate(
        type="course",
        figures=tuple(f for f in figs if f is not None),
        start=start,
        end=end,
        fields={
            "classes": int(classes.value) if classes else None,
            "learners": int(learners.value) if learners else None,
            "program": program,
            "qualifier": qual_fig.qualifier if qual_fig.qualifier != "range" else "exact",
            "mode": find_mode(description),
        },
        rule=rule,
        sentence=s,
    )


CLASS_HAS_WORDS = 30  # a class's description and place before "với/có N học viên"
CLASS_HAS_REACH = 200
_TAKING_PART = re.compile(alternation("participation_verbs"), re.IGNORECASE)
_CLASS_HAS = re.compile(
    rf"\b(?:{alternation('class_nouns')})\s+((?:[^\s,;.]+,?\s+){{0,{CLASS_HAS_WORDS}}}?)(?:{alternation('class_link_words')})\s*$",
    re.IGNORECASE,
)
_ATTENDED = re.compile(rf"\b(?:{alternation('attendance_verbs')})\s+$", re.IGNORECASE)
_TRAINED_FOR = re.compile(r"[^,;.:]{0,80}\scho\s*$")


_DESCRIPTION_END = re.compile(r"[,;.:]|\s(?:và|cho|với|gồm|có)\s")
_MODE_WORDS = re.compile(r"\b(?i:hệ|khóa|lớp)\b|[\p{Lu}\d][\p{Lu}\d.\-/]*+")


def _only_mode(desc: str) -> bool:
    """A class description made of a study mode and a cohort code only ("hệ không tập trung K52B")."""
    head = _DESCRIPTION_END.split(desc, maxsplit=1)[0]
    head = phrases("modes").pattern.sub(" ", head)
    return not _MODE_WORDS.sub(" ", head).strip()


def _bare_class(window: str) -> bool:
    """A class named by nothing but its noun, mode and code ("lớp K24 hệ tập trung")."""
    rest = phrases("class_nouns").anchored.sub("", window, count=1)
    return bool(_BARE_DESCRIPTION.match(rest))


def _learners_between(s: Sentence, lo: int, hi: int) -> bool:
    """Whether learners are already counted between a class noun and a later figure."""
    return any(_learner_unit(s, g) is not None for g in figures_between(s, lo, hi))


PLACE_SEGMENT_WORDS = 4  # "tại xã Mường Lạn, huyện Sốp Cộp, với 64 học viên"


def _one_class_phrase(description: str) -> bool:
    """Whether the words between a class and its learners describe that class: after its
    first comma only short segments (places) may follow, not another clause."""
    return all(len(seg.split()) <= PLACE_SEGMENT_WORDS for seg in description.split(",")[1:])


def _direct_course(s: Sentence, ctx: ArticleContext, f: Figure, learner_end: int) -> Candidate | None:
    """Learners of a class named without a number of classes.

    "97 học viên lớp cao cấp lý luận chính trị", "Lớp bồi dưỡng đảng viên mới
    ... có 120 học viên", "bồi dưỡng cập nhật kiến thức cho 85 cán bộ".
    """
    text = s.text
    core = _learner_unit(s, f) is not None
    if not (core or _people_unit(s, f)) or phrases("result_phrases").match_at(text, learner_end):
        return None
    klass = phrases("class_nouns").match_at(text, learner_end)
    if klass:
        desc = text[klass.end() : klass.end() + 120].split(";")[0]
        found = find_program(desc)
        if found:
            end = klass.end() + found[2]
            return _course(s, (f,), f.start, end, None, f, found[0], "learners_of_class", desc)
    before = text[max(0, f.start - CLASS_HAS_REACH) : f.start]
    has = _CLASS_HAS.search(before)
    while has and (nearer := _CLASS_HAS.search(before, has.start() + 1)):
        has = nearer  # the class named nearest the learners ("lớp A có 73 ... và lớp B có 75 ...")
    if has and _learners_between(s, f.start - len(before) + has.start(), f.start):
        has = None  # "Lớp học có 126 học viên ..., trong đó có 37 học viên là nữ": a part of them
    if has and not _one_class_phrase(has.group(1)):
        has = None  # "Sau khi dự lớp bồi dưỡng, các đồng chí về cơ sở tuyên truyền, ... có 120 ..."
    if has and phrases("not_class_before").ends_at(before, has.start()):
        has = None  # "các tầng lớp nhân dân"
    if has and not core and not _names_training(has.group()):
        has = None  # people named by role learn only in a training class
    if has:
        found = find_program(has.group(1))
        program = found[0] if found else (last_program(ctx, s, f.start) or "other")
        start = f.start - len(before) + has.start()
        return _course(s, (f,), start, learner_end, None, f, program, "class_has_learners", has.group(1))
    attend = _ATTENDED.search(text, max(0, f.start - 40), f.start)
    if core and attend and last_program(ctx, s, f.start) == "resolution_study":
        return _course(s, (f,), f.start, learner_end, None, f, "resolution_study", "attended", "")
    clause = _TRAINED_FOR.search(text, max(0, f.start - 100), f.start)
    verb = None
    if clause:
        for m in phrases("training_verbs").finditer(text, clause.start(), f.start):
            verb = m
    if verb:
        desc = text[verb.start() : learner_end + 60].split(";")[0]
        found = find_program(desc)
        program = found[0] if found else (last_program(ctx, s, f.start) or "other")
        return _course(s, (f,), verb.start(), learner_end, None, f, program, "trained_for", desc)
    return None


_WORD = re.compile(r"(?:\s*+,)?\s++\p{L}++")
MAX_GAP_WORDS = 12


def _gap_ends(text: str, pos: int):
    """Ends of the first one to ``MAX_GAP_WORDS`` letter-only words after ``pos`` (commas may
    separate them: "6 cán bộ Hội cấp huyện, cấp xã tham gia lớp ...")."""
    for _ in range(MAX_GAP_WORDS):
        w = _WORD.match(text, pos)
        if w is None:
            return
        pos = w.end()
        yield pos


def _study_after(text: str, learner_end: int) -> re.Match | None:
    """The study verb after the learners, past a few words that say which learners.

    "20 cán bộ đi học ...", "19 bí thư chi bộ doanh nghiệp dự lớp ...", "1.146 cán bộ
    chủ chốt của huyện đã được học tập, quán triệt ...". After a gap only verbs of
    attending a class count (distant_study_verbs.txt), and words that open another
    statement about the people end the gap (gap_stop_words.txt).
    """
    study = phrases("study_verbs").match_at(text, learner_end)
    if study is not None:
        return study
    for end in _gap_ends(text, learner_end):
        if phrases("gap_stop_words").ends_at(text, end):
            return None  # "1.200 đảng viên, phần lớn ... đã tốt nghiệp": another statement
        study = phrases("distant_study_verbs").match_at(text, end)
        if study is not None:
            return study
    return None


_TRAINED_IN = re.compile(
    rf"\s(?:{alternation('class_link_words')}|{alternation('class_place_links')})\s*+$", re.IGNORECASE
)


def _classes_after_study(s: Sentence, g: Figure | None, study_end: int) -> int | None:
    """End of the classes the learners studied in, when the next figure ``g`` counts them
    ("2.000 hội viên đã được tập huấn kỹ năng bán hàng trực tuyến qua 16 lớp")."""
    if g is None:
        return None
    class_end = _class_figure(s, g)
    if class_end is None or g.start - study_end > MAX_DESCRIPTION or ";" in s.text[study_end : g.start]:
        return None
    if not _TRAINED_IN.search(s.text, max(study_end, g.start - 12), g.start):
        return None
    return class_end


def extract_courses(s: Sentence, ctx: ArticleContext) -> list[Candidate]:
    out: list[Candidate] = []
    figs = [f for f in s.figures if is_fact_figure(f)]
    used: set[int] = set()
    text = s.text
    for i, f in enumerate(figs):
        if i in used:
            continue
        class_end = _class_figure(s, f)
        if class_end is not None:
            # classes ... learners, before the next class count and the clause end
            learners = None
            for j in range(i + 1, len(figs)):
                g = figs[j]
                if _class_figure(s, g) is not None or ";" in text[f.end : g.start]:
                    break
                if g.start - class_end > MAX_DESCRIPTION:
                    break
                if _learner_unit(s, g) is not None or _people_of_training(s, g, class_end):
                    learners = (j, g)
                    break
            if learners:
                j, g = learners
                desc = text[class_end : g.start]
                program = _program_for(desc, s, ctx, f.start)
                out.append(
                    _course(
                        s,
                        (f, g),
                        f.start,
                        _learner_unit(s, g) or _people_unit(s, g) or g.end,
                        f,
                        g,
                        program,
                        "classes_learners",
                        desc,
                    )
                )
                used.update({i, j})
                continue
            desc = text[class_end : class_end + 120].split(";")[0]
            breakdown = out and phrases("breakdown_markers").search(text, out[-1].end, f.start)
            trained = _names_training(desc)
            # "60 lớp hệ tập trung" in an article about a programme: classes of that programme
            named_before = not trained and _only_mode(desc) and last_program(ctx, s, f.start)
            if trained or breakdown or named_before:
                if not trained:
                    desc = ""
                program = _program_for(desc, s, ctx, f.start)
                out.append(_course(s, (f,), f.start, class_end, f, None, program, "classes_only", desc))
                used.add(i)
            continue
        if f.kind != "quantity":
            continue  # a share of people ("100% cán bộ ... được học tập") is a rate
        found_unit = unit_after(text, f.end)
        learner_end = _learner_unit(s, f)
        if learner_end is None and found_unit is None:
            continue
        if learner_end is None or (found_unit and found_unit[1] > learner_end):
            learner_end = found_unit[1]
        direct = _direct_course(s, ctx, f, learner_end)
        if direct is not None:
            out.append(direct)
            used.add(i)
            continue
        # learners, then "chia thành 5 lớp"
        if i + 1 < len(figs):
            g = figs[i + 1]
            between = text[learner_end : g.start]
            if len(between) < 40 and _class_figure(s, g) is not None and _SPLIT_INTO.search(between):
                desc = text[_class_figure(s, g) : _class_figure(s, g) + 80]
                program = _program_for(desc, s, ctx, f.start)
                out.append(
                    _course(s, (f, g), f.start, _class_figure(s, g), g, f, program, "learners_classes", desc)
                )
                used.update({i, i + 1})
                continue
        # people sent to study a programme
        if phrases("result_phrases").match_at(text, learner_end):
            continue  # "12 học viên tốt nghiệp xuất sắc": an award, not attendance
        study = _study_after(text, learner_end)
        if study is None:
            continue
        g = figs[i + 1] if i + 1 < len(figs) else None
        nxt = g.start if g else len(text)
        window = text[study.end() : min(nxt, study.end() + STUDY_WINDOW)].split(";")[0]
        found = find_program(window)
        program = found[0] if found else None
        if program is None and (named := find_program(study.group())):
            program = named[0]  # "được quán triệt Chỉ thị ...": the verb names the programme
        if program is None and phrases("class_nouns").match_at(text, study.end()):
            program = last_program(ctx, s, f.start) if _bare_class(window) else "other"
        if program is None and _TAKING_PART.search(study.group()):
            inherited = last_program(ctx, s, f.start)
            program = inherited if inherited == "resolution_study" else None
        class_end = _classes_after_study(s, g, study.end())
        if class_end is not None:
            desc = text[study.start() : g.start] + text[class_end : class_end + 80]
            program = found[0] if found else _program_for(desc, s, ctx, f.start)
            out.append(_course(s, (f, g), f.start, class_end, g, f, program, "learners_study_classes", desc))
            used.update({i, i + 1})
            continue
        if program is None:
            continue
        end = study.end() + (found[2] if found else 0)
        out.append(
            _course(s, (f,), f.start, max(end, study.end()), None, f, program, "sent_to_study", window)
        )
        used.add(i)
    return out
