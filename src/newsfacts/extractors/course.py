"""Training courses: classes and learners of one activity, with its programme.

Three ways Vietnamese reports a course:

* classes, description, learners: "mở 3 lớp trung cấp lý luận chính trị cho
  208 học viên", "19 lớp với khoảng 870 học viên";
* learners, then classes: "245 học viên, chia thành 5 lớp";
* people sent to study: "cử 20 cán bộ tham gia đào tạo lớp cao cấp lý luận
  chính trị", "4 đồng chí học thạc sĩ", "6.418 lượt quần chúng tham gia học tập";
* learners alone (real news): what they finished or received ("40 học viên đã hoàn
  thành chương trình bồi dưỡng", "1.200 đảng viên được bồi dưỡng lý luận chính trị"),
  a training verb with its learners as object ("trường đã đào tạo 1.125 học viên"), and
  learners named right after a class is opened ("Trung tâm khai giảng lớp sơ cấp lý
  luận chính trị. Lớp học có 62 học viên") take that class's programme.

A class's programme is what its description names; several programmes named together
make a total ("other"), and a general class taught to the people a programme is made
for ("cho 180 quần chúng ưu tú") is theirs (learner_programs.tsv).
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from typing import cast

import regex as re

from newsfacts.extractors.conditions import inside_share_subject
from newsfacts.extractors.context import (
    ArticleContext,
    Candidate,
    Sentence,
    alternation,
    alternation_of_table,
    figure_before,
    figures_between,
    is_fact_figure,
    phrase_table,
    phrases,
    text_of,
)
from newsfacts.extractors.indexed import Found
from newsfacts.extractors.phrases import ONE, article_one, item_start, last_match, one_speaker, unit_after
from newsfacts.extractors.rules import REJECT, Attempt, Decision, Rule, apply_rules, produce
from newsfacts.text.numbers import Figure

MAX_DESCRIPTION = 220
STUDY_WINDOW = 120
_BARE_DESCRIPTION = re.compile(rf"^(?:[\s,]++|(?:{alternation('bare_class_words')})\b|[\p{{Lu}}\d.\-/]++)*+$")
_SPLIT_INTO = re.compile(rf"\s*+,?+\s*+(?:{alternation('learners_to_classes')})\s*+$", re.IGNORECASE)


NOT_A_PROGRAM = "-"  # programs.tsv rows that hold a programme's words in a name ("trường đại học")


def find_program(text: str) -> tuple[str, int, int] | None:
    """The earliest programme phrase in ``text``: (programme, start, end)."""
    pat, mapping = phrase_table("programs", "phrase", "program")
    for m in pat.finditer(text):
        program = mapping[m.group().lower()]
        if program != NOT_A_PROGRAM:
            return program, m.start(), m.end()
    return None


_RECIPIENTS = re.compile(rf"\s(?:{alternation('recipient_words')})\s", re.IGNORECASE)


def program_of_description(description: str) -> tuple[str, int, int] | None:
    """The programme a class description names: (programme, start, end) of its earliest
    phrase, or ``other`` when the words before its recipients name several programmes ("18
    lớp trung cấp, sơ cấp lý luận chính trị và bồi dưỡng đảng viên mới": a total over them,
    while "bồi dưỡng cập nhật kiến thức cho bí thư đảng ủy cơ sở" is one programme for
    those people, and "... và 4 lớp nhận thức về Đảng" is the next class)."""
    stop = phrases("description_stops").search(description)
    if stop is not None:  # ", qua đó giúp hội viên nâng cao kỹ năng ...": what it led to
        description = description[: stop.start()]
    own = phrases("class_nouns").match_at(description, 0)  # "đi học lớp cao cấp ...": its own noun
    later = phrases("class_nouns").search(description, own.end() if own else 0)
    if later is not None:  # the next class ("... và 4 lớp nhận thức về Đảng") is not this one
        description = description[: later.start()]
    found = find_program(description)
    if found is None:
        return None
    cut = _RECIPIENTS.search(description)
    head = description[: cut.start()] if cut else description
    if len({p for _, p in _program_mentions(head)}) > 1:
        return ("other", found[1], found[2])
    return found


def find_mode(text: str) -> str | None:
    m = phrases("modes").search(text)
    return m.group() if m else None


def _class_figure(s: Sentence, f: Figure) -> int | None:
    """End of the class noun when ``f`` counts classes ("3 lớp"), else None."""
    m = phrases("class_nouns").match_at(s, f.end)
    return _class_noun_end(s.text, m.start(), m.end()) if m and is_fact_figure(f) else None


def _class_noun_end(text: str, start: int, end: int) -> int:
    """``end``, or the end of a shorter class noun where the longer one's last syllable
    begins a word that reaches past it ("214 lớp học tập nghị quyết": "lớp" + "học tập")."""
    breakers = phrases("class_noun_breakers")
    for i in range(start + 1, end):
        if text[i - 1] == " " and (word := breakers.match_at(text, i)) and word.end() > end:
            shorter = phrases("class_nouns").anchored.match(text, start, i - 1)
            if shorter is not None:
                return shorter.end()
    return end


_TIMES = re.compile(rf"\s*+(?:{alternation('learner_counters')})(?=\s)", re.IGNORECASE)


def _noun_end(s: Sentence, f: Figure, *tables: str) -> int | None:
    """End of a noun from one of ``tables`` right after ``f`` (after "lượt" when written:
    "420 lượt hội viên"), else None. Only a number of people can be learners: "100% cán bộ
    ... được học tập" is a rate."""
    if f.kind != "quantity" or not is_fact_figure(f):
        return None
    times = _TIMES.match(s.text, f.end, f.end + 12)  # bounded: a required literal would scan on
    at = times.end() if times else f.end
    m = next((m for t in tables if (m := phrases(t).match_at(s, at))), None)
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
    studied = _study_after(s, people_end)  # "có 410 công nhân, người lao động theo học"
    return _names_training(s.text[class_end : f.start]) or studied is not None


# "Trong số các lớp tập trung, có 18 lớp …": a sentence opened by the classes named before, whose
# classes are parts of them
_PART_OF_CLASSES = re.compile(
    rf"^\s*+(?:{alternation('partitive_openers')})\s++(?:(?:{alternation('plural_markers')})\s++|\d[\d.]*+\s++)?"
    rf"(?:{alternation('class_nouns')})(?!\w)",
    re.IGNORECASE,
)


def _program_for(description: str, s: Sentence, ctx: ArticleContext, upto: int) -> str:
    """The programme a class's description names, else the one of the course named before when
    the description is bare or names no training, or when the sentence opens with the classes
    named before ("Trong số các lớp tập trung, có 9 lớp bồi dưỡng cán bộ quản lý …": parts of
    them, of their programme), else ``other``."""
    found = program_of_description(description)
    if found:
        return found[0]
    part = _PART_OF_CLASSES.match(s.text) is not None
    if part or _BARE_DESCRIPTION.match(description) or not phrases("training_words").search(description):
        inherited = last_program(ctx, s, upto)
        if inherited:
            return inherited
    return "other"


@lru_cache(maxsize=256)
def _program_mentions(text: str) -> tuple[tuple[int, str], ...]:
    """(offset, programme) of every programme phrase in a sentence, found once per sentence."""
    pat, mapping = phrase_table("programs", "phrase", "program")
    found = ((m.start(), mapping[m.group().lower()]) for m in pat.finditer(text))
    return tuple((at, program) for at, program in found if program != NOT_A_PROGRAM)


MENTION_CONTEXT = 60  # how far before a programme phrase a class or a training is looked for
_PART_END = re.compile(r"[.;]")


@lru_cache(maxsize=256)
def _course_mentions(text: str) -> tuple[tuple[int, str], ...]:
    """The programme phrases of a sentence that name a course: after a class, a training
    word, a study verb or a word such as "chương trình" ("đào tạo trung cấp lý luận chính
    trị", "lớp ... cho đảng viên mới"), or a study of resolutions itself ("học tập, quán
    triệt"). A programme's words
    that count people ("kết nạp 120 đảng viên mới", "45 bí thư chi bộ"), state a level
    ("có trình độ đại học") or a title ("ông A, Bí thư Chi bộ") name no course to inherit."""
    out = []
    for at, program in _program_mentions(text):
        before = text[max(0, at - MENTION_CONTEXT) : at]
        parts = _PART_END.split(before)
        before = parts[-1]
        if program == "resolution_study" or any(
            phrases(t).search(before)
            for t in ("class_nouns", "training_words", "study_verbs", "program_context_words")
        ):
            out.append((at, program))
    return tuple(out)


def last_program(ctx: ArticleContext, s: Sentence, upto: int) -> str | None:
    """The programme of the course most recently named before ``upto`` in this sentence, the
    article so far or the title."""
    mentions = _course_mentions(s.text)
    k = bisect_left(mentions, (upto,))
    if k:
        return mentions[k - 1][1]
    for prev in reversed(ctx.sentences[: s.index]):
        if prev.block < s.block - 1:
            break
        if mentions := _course_mentions(prev.text):
            return mentions[-1][1]
    if ctx.title and (mentions := _course_mentions(ctx.title)):
        return mentions[0][1]
    return None


LEARNER_PHRASE = 40  # how far after the learners' figure their description is read
MAX_LEARNER_KINDS = 4  # "bí thư, phó bí thư chi bộ và cấp ủy viên cơ sở": kinds of people listed
_ALSO = re.compile(rf"\s*+(?:,|{alternation('learner_list_joiners')})\s*+", re.IGNORECASE)


def _learners_program(s: Sentence, learners: Figure) -> tuple[str, frozenset[str]] | None:
    """The programme the learners make (learner_programs.tsv) and the programmes it
    replaces, unless the learners listed are of several kinds ("cho 156 bí thư, phó bí
    thư chi bộ, tổ trưởng tổ đảng và trưởng khu phố": no one programme)."""
    pat, programs = phrase_table("learner_programs", "phrase", "program")
    _, replaces = phrase_table("learner_programs", "phrase", "replaces")
    text = s.text
    m = pat.match_at(s, learners.end)
    if m is None and (noun_end := _learner_unit(s, learners)) is not None:
        copula = phrases("learner_copulas").match_at(s, noun_end)  # "96 học viên là bí thư chi bộ"
        m = pat.match_at(s, copula.end()) if copula else None
    if m is None:
        return None
    key = m.group().strip().lower()
    program = programs[key]
    end = m.end()
    for _ in range(MAX_LEARNER_KINDS):
        also = _ALSO.match(text, end)
        if also is None:
            break
        more = pat.match_at(s, also.end())
        if more is not None and programs[more.group().strip().lower()] == program:
            end = more.end()
            continue
        if phrases("people_nouns").match_at(s, also.end()) or phrases("learner_nouns").match_at(
            s, also.end()
        ):
            return None  # learners of another kind too
        break
    return program, frozenset(p.strip() for p in replaces[key].split(","))


def _program_of_learners(s: Sentence, learners: Figure | None, program: str) -> str:
    """A general course taught to the people a programme is made for is that programme
    ("lớp bồi dưỡng nghiệp vụ công tác đảng cho 124 bí thư chi bộ" → committee_members,
    "3 lớp bồi dưỡng cho 180 quần chúng ưu tú" → party_admission), as the contract lists
    "bí thư chi bộ", "đảng viên mới" and the people admitted under their programmes."""
    if learners is None:
        return program
    made = _learners_program(s, learners)
    return made[0] if made and program in made[1] else program


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
    rf"\b(?:{alternation('class_nouns')})\s+((?:[^\s,;.]+,?\s+){{0,{CLASS_HAS_WORDS}}}?)\(?(?:{alternation('class_link_words')})\s*$",
    re.IGNORECASE,
)
CLASS_ITEM_WORDS = 6  # a class named in a breakdown by a few words, then its learners
# "…, trong đó lớp nhận thức về Đảng 98 quần chúng ưu tú, lớp đảng viên mới 76 học viên"
_ITEM_OPENER = rf"(?:[,;:]|\s(?:{alternation('breakdown_markers', 'list_conjunctions')}))"
_CLASS_ITEM = re.compile(
    rf"(?<={_ITEM_OPENER}\s++)(?:{alternation('class_nouns')})"
    rf"\s++((?:[^\s,;:.()\d]++\s++){{1,{CLASS_ITEM_WORDS}}})$",
    re.IGNORECASE,
)
_EACH_CLASS = re.compile(
    rf"(?<!\w)(?:{alternation('distributive_words')})\s+(?:{alternation('class_nouns')})(?!\w)", re.IGNORECASE
)
_ATTENDED = re.compile(
    rf"\b(?:{alternation('attendance_verbs')})\s+$"
    rf"|\b(?:{alternation('participation_verbs')})\s++(?:{alternation('attended_events')})\s++"
    rf"(?:{alternation('attendee_links')})\s++$",
    re.IGNORECASE,
)
_TRAINED_FOR = re.compile(
    rf"[^,;.:]{{0,80}}\s(?:{alternation('learner_prepositions')})(?:\s++(?:{alternation('learner_totality_words')}))?\s*$"
)


_DESCRIPTION_END = re.compile(rf"[,;.:]|\s(?:{alternation('class_link_words', 'list_conjunctions')})\s")
_MODE_WORDS = re.compile(rf"\b(?i:{alternation('bare_class_words')})\b|[\p{{Lu}}\d][\p{{Lu}}\d.\-/]*+")


def _only_mode(desc: str) -> bool:
    """A class description made of a study mode and a cohort code only ("hệ không tập trung K52B")."""
    head = _DESCRIPTION_END.split(desc, maxsplit=1)[0]
    head = phrases("modes").pattern.sub(" ", head)
    return not _MODE_WORDS.sub(" ", head).strip()


_PLACE_OR_CLAUSE = re.compile(rf"[,;.:(]|\s(?:{alternation('class_place_links')})\s", re.IGNORECASE)


def _generic_class(description: str) -> bool:
    """Whether a class is named by training words alone, before its place ("Lớp bồi dưỡng
    tại xã A"): a class already reported, not a new kind of training."""
    stop = _PLACE_OR_CLAUSE.search(description)
    head = description[: stop.start()] if stop else description
    return bool(_BARE_DESCRIPTION.match(phrases("training_words").pattern.sub(" ", head)))


def _learners_between(s: Sentence, lo: int, hi: int) -> bool:
    """Whether learners are already counted between a class noun and a later figure."""
    return any(_learner_unit(s, g) is not None for g in figures_between(s, lo, hi))


PLACE_SEGMENT_WORDS = 4  # "tại xã Mường Lạn, huyện Sốp Cộp, với 64 học viên"


def _one_class_phrase(description: str) -> bool:
    """Whether the words between a class and its learners describe that class: after its
    first comma only short segments (places) may follow, not another clause."""
    return all(len(seg.split()) <= PLACE_SEGMENT_WORDS for seg in description.split(",")[1:])


def _direct_possible(a: Attempt) -> bool:
    """Whether the learners may be those of a class named without a number of classes:
    people ("97 học viên", "85 cán bộ"), not what they achieved ("12 học viên tốt nghiệp
    xuất sắc"), and not the article before a speaker ("Một học viên lớp … cho biết")."""
    s, f = a.sentence, a.figure
    if not (a.once(_core_learners) or a.once(_people_end) is not None):
        return False
    if phrases("result_phrases").match_at(s, _people(a)):
        return False
    return not one_speaker(s, f)


def _learners_of_class(a: Attempt) -> Decision:
    """Learners of a class named right after them: "97 học viên lớp cao cấp lý luận chính trị"."""
    if not a.once(_direct_possible):
        return None
    s, f = a.sentence, a.figure
    klass = phrases("class_nouns").match_at(s, _people(a))
    if klass is None:
        return None
    desc = s.text[klass.end() : klass.end() + 120].split(";")[0]
    found = find_program(desc)
    if found is None:
        return None
    end = klass.end() + found[2]
    return produce(
        _course(s, (f,), f.start, end, None, f, found[0], "learners_of_class", desc), consumes=[a.index]
    )


def _class_has(a: Attempt) -> tuple[re.Match, str] | None:
    """The class named before the learners that has them ("Lớp bồi dưỡng đảng viên mới ... có
    120 học viên"), with the text read before them; None when no class has them."""
    s, f = a.sentence, a.figure
    before = s.text[max(0, f.start - CLASS_HAS_REACH) : f.start]
    has = _CLASS_HAS.search(before)
    while has and (nearer := _CLASS_HAS.search(before, has.start() + 1)):
        has = nearer  # the class named nearest the learners ("lớp A có 73 ... và lớp B có 75 ...")
    if has is None and a.once(_core_learners):
        has = _CLASS_ITEM.search(before)  # "…, trong đó lớp đảng viên mới 76 học viên": a breakdown's item
        if has and not _taught_item(s, f, has.group(1)):
            has = None  # "trong đó lớp người cao tuổi 20 người": a stratum, no class
    if has and _learners_between(s, f.start - len(before) + has.start(), f.start):
        has = None  # "Lớp học có 126 học viên ..., trong đó có 37 học viên là nữ": a part of them
    if has and not _one_class_phrase(has.group(1)):
        has = None  # "Sau khi dự lớp bồi dưỡng, các đồng chí về cơ sở tuyên truyền, ... có 120 ..."
    if has and phrases("not_class_before").ends_at(before, has.start()):
        has = None  # "các tầng lớp nhân dân"
    if has and phrases("distributive_words").ends_at(before, has.start()):
        has = None  # "Mỗi lớp học có 10 học viên": a size per class
    if has and not a.once(_core_learners) and not _names_training(has.group()):
        has = None  # people named by role learn only in a training class
    return (has, before) if has else None


def _taught_item(s: Sentence, f: Figure, description: str) -> bool:
    """Whether a breakdown's item names a class that teaches: a programme, training words, or
    learners enrolled in it ("lớp nghiệp vụ 41 học viên")."""
    return bool(
        program_of_description(description)
        or _names_training(description)
        or phrases("enrolled_nouns").match_at(s, f.end)
    )


def _class_has_learners(a: Attempt) -> Decision:
    """Learners a class named before them has: "Lớp bồi dưỡng đảng viên mới ... có 120 học viên"."""
    if not a.once(_direct_possible) or (class_has := a.once(_class_has)) is None:
        return None
    s, ctx, f = a.sentence, a.ctx, a.figure
    has, before = class_has
    found = program_of_description(has.group(1))
    if found:
        program = found[0]
    elif has.re is _CLASS_ITEM:
        program = "other"  # "…, lớp sơ cấp 80 học viên": a class named by its own words, no neighbour's
    elif _names_training(has.group(1)) and not _generic_class(has.group(1)):
        program = "other"  # "Lớp tập huấn kỹ thuật trồng cà phê có 62 học viên"
    else:  # "Lớp học có 62 học viên", "Lớp bồi dưỡng tại xã A có ...": the class named before
        program = opened_class(s, ctx, f.start) or last_program(ctx, s, f.start) or "other"
    start = f.start - len(before) + has.start()
    learner_end = a.once(_learner_end)
    split = _split_after(a, learner_end)
    if split is not None:  # "Khóa học có 120 học viên, chia thành 3 lớp": the classes it is divided into
        classes, end = split
        words = has.group(1)
        candidate = _course(s, (classes, f), start, end, classes, f, program, "class_has_learners", words)
        return produce(candidate, consumes=[a.index, a.index + 1])
    candidate = _course(s, (f,), start, learner_end, None, f, program, "class_has_learners", has.group(1))
    return produce(candidate, consumes=[a.index])


_SPLIT_NEXT = re.compile(rf"\s*+,?\s*+(?:{alternation('class_split_verbs')})\s++$", re.IGNORECASE)


def _split_after(a: Attempt, learner_end: int | None) -> tuple[Figure, int] | None:
    """The classes the learners are divided into right after them, and where their noun ends."""
    g = a.next_figure
    if learner_end is None or g is None or g.kind != "quantity":
        return None
    if not _SPLIT_NEXT.fullmatch(a.sentence.text, learner_end, g.start):
        return None
    noun = phrases("class_nouns").match_at(a.sentence, _BLANKS.match(a.sentence.text, g.end).end())
    return (g, noun.end()) if noun is not None else None


_BLANKS = re.compile(r"\s*+")


def _attended(a: Attempt) -> Decision:
    """Learners who attended, in an article about studying resolutions: "... có 300 đảng viên tham dự",
    "Tham dự hội nghị có gần 1.350 cán bộ", "… tham gia học tập là 6.842 cán bộ, đảng viên"."""
    if not a.once(_direct_possible) or not a.once(_core_learners):
        return None
    s, f = a.sentence, a.figure
    attend = _ATTENDED.search(s.text, max(0, f.start - 50), f.start)
    if not attend or last_program(a.ctx, s, f.start) != "resolution_study":
        return None
    if _sized_by(s, attend.start()):
        return None  # "Đảng bộ xã có 38 chi bộ trực thuộc với 1.287 đảng viên": their members, no attendance
    learner_end = a.once(_learner_end)
    return produce(
        _course(s, (f,), f.start, learner_end, None, f, "resolution_study", "attended", ""),
        consumes=[a.index],
    )


_SIZE_GAP = re.compile(r"[^,;:.()\d]*+")  # the counted noun between a figure and the "với" sizing it


def _sized_by(s: Sentence, link: int) -> bool:
    """Whether the link word at ``link`` ("với") follows a counted figure of its own clause ("38 chi
    bộ trực thuộc với …"): the people after it are the members of what was counted."""
    g = figure_before(s, link)
    return g is not None and is_fact_figure(g) and _SIZE_GAP.fullmatch(s.text, g.end, link) is not None


def _clause_training_verb(a: Attempt) -> re.Match | Found | None:
    """The last training verb of the clause that trains "for" the learners ("mở lớp bồi
    dưỡng ... cho 85 cán bộ")."""
    s, f = a.sentence, a.figure
    clause = _TRAINED_FOR.search(s.text, max(0, f.start - 100), f.start)
    verb = None
    if clause:
        for m in phrases("training_verbs").finditer(s, clause.start(), f.start):
            verb = m
        if verb is None and (joined := _item_joined_across(s, clause.start())) is not None:
            verb = last_match(
                phrases("training_verbs").finditer(s, item_start(s.text, 0, joined, ",;:."), joined)
            )
    return verb


PAIRED_TOPIC_REACH = 30  # the words of a topic of two around the comma that joins them


def _paired_topic_across(s: Sentence, clause_start: int) -> int | None:
    """Where a topic of two nouns starts whose comma opened the clause ("huấn luyện an toàn,
    vệ sinh lao động cho 86.300 lượt người": `paired_topics.txt`), or None: the comma joins
    the topic, it ends no clause ("bồi dưỡng cán bộ, trao học bổng cho 50 học sinh" does)."""
    comma = s.text.rfind(",", max(0, clause_start - 2), clause_start)
    if comma < 0:
        return None
    lo = max(0, comma - PAIRED_TOPIC_REACH)
    pair = next(
        (
            m
            for m in phrases("paired_topics").finditer(s, lo, comma + PAIRED_TOPIC_REACH)
            if m.start() < comma < m.end()
        ),
        None,
    )
    return pair.start() if pair is not None else None


JOINED_ITEMS = 4  # commas inside one object looked past ("kiến thức, kỹ năng … lãnh đạo, quản lý")


def _item_joined_across(s: Sentence, clause_start: int) -> int | None:
    """Where the object starts whose commas opened the clause: topics of two or lists of items
    repeating their head noun ("bồi dưỡng kiến thức, kỹ năng ứng dụng AI trong lãnh đạo, quản lý
    cho 120 cán bộ"), or None when the comma before the clause joins none."""
    joined = None
    for _ in range(JOINED_ITEMS):
        at = _paired_topic_across(s, clause_start)
        if at is None:
            at = _repeated_head_across(s.text, clause_start)
        if at is None:
            break
        joined, clause_start = at, item_start(s.text, 0, at, ",;:.")
    return joined


_FIRST_WORD = re.compile(r"\s*+(\p{L}++)")


def _repeated_head_across(text: str, clause_start: int) -> int | None:
    """Where the item before starts when the comma that opened the clause joins two items of one
    head noun ("đào tạo nghề may, nghề hàn cho 120 lao động", "lái xe hạng C, hạng B cho 555 thanh
    niên"), or None: that comma ends no clause (``_item_joined_across`` walks a longer list)."""
    comma = text.rfind(",", max(0, clause_start - 2), clause_start)
    head = _FIRST_WORD.match(text, comma + 1) if comma >= 0 else None
    if head is None:
        return None
    item = text[max(0, comma - PAIRED_TOPIC_REACH) : comma]
    at = item.rfind(head.group(1) + " ")
    if at < 0 or (at > 0 and item[at - 1] != " ") or any(c in ",;:.()" or c.isdigit() for c in item[at:]):
        return None
    return comma - len(item) + at


CUSTODY_REACH = 60  # how far before a training verb a list of verbs sharing its object is read


def _held_in_custody(text: str, verb_start: int) -> bool:
    """Whether the training verb closes a comma list of verbs that hold or care for people
    ("hiện quản lý, điều trị bệnh, dạy nghề cho hơn 650 học viên"): they share the object, the
    people a place holds."""
    head = text[max(0, verb_start - CUSTODY_REACH) : verb_start].rstrip()
    if not head.endswith(","):
        return False
    clause = _LIST_CLAUSE_START.split(head)[-1]
    return phrases("custody_verbs").search(clause) is not None


_LIST_CLAUSE_START = re.compile(r"[;:]|\.(?!\d)")  # "6.215" holds no full stop


def _trained_for(a: Attempt) -> Decision:
    """Learners a training is given for: "bồi dưỡng cập nhật kiến thức cho 85 cán bộ"; "toàn bộ"
    between "cho" and the figure leaves them its learners, and "qua N lớp" after them gives the
    classes they were trained in ("tập huấn cho 320 cán bộ qua 4 lớp")."""
    if not a.once(_direct_possible) or (verb := a.once(_clause_training_verb)) is None:
        return None
    s, f = a.sentence, a.figure
    if phrases("aim_nouns").ends_at(s, verb.start()):
        return None  # "mục tiêu học tập ... cho 100.000 học viên": a noun phrase, no training
    if _held_in_custody(s.text, verb.start()):
        return None
    learner_end = _people(a)
    desc = s.text[verb.start() : learner_end + 60].split(";")[0]
    found = program_of_description(desc)
    program = found[0] if found else (last_program(a.ctx, s, f.start) or "other")
    g = a.next_figure  # "tập huấn cho 320 cán bộ qua 4 lớp": the classes they were trained in
    if (class_end := _classes_after_study(s, g, learner_end)) is not None:
        candidate = _course(s, (f, g), verb.start(), class_end, g, f, program, "trained_for", desc)
        return produce(candidate, consumes=[a.index, a.index + 1])
    return produce(
        _course(s, (f,), verb.start(), learner_end, None, f, program, "trained_for", desc), consumes=[a.index]
    )


SHARED_VERB_REACH = 120  # how far before a list item the training verb it shares is looked for
_ITEM_HEAD = re.compile(rf",\s*+(?:(?:{alternation('list_conjunctions')})\s++)?$", re.IGNORECASE)


def _item_sharing_training(a: Attempt) -> Decision:
    """Learners of a list item that names its programme and shares the training verb of the item
    before it ("đào tạo trung cấp lý luận chính trị cho 6.215 học viên, cao cấp lý luận chính trị
    cho 1.124 học viên"): a course of the programme the item names."""
    if not a.once(_direct_possible):
        return None
    s, f, text = a.sentence, a.figure, a.sentence.text
    clause = _TRAINED_FOR.search(text, max(0, f.start - 100), f.start)
    head = _ITEM_HEAD.search(text, max(0, clause.start() - 8), clause.start()) if clause else None
    if clause is None or head is None:
        return None
    item = text[clause.start() : f.start]
    found = program_of_description(item)
    if found is None or item[: found[1]].strip():
        return None  # the item opens with its programme, no verb of its own
    before = text[max(0, head.start() - SHARED_VERB_REACH) : head.start()]
    if phrases("training_verbs").search(_LIST_CLAUSE_START.split(before)[-1]) is None:
        return None
    learner_end = _people(a)
    start = clause.start() + found[1]
    candidate = _course(s, (f,), start, learner_end, None, f, found[0], "item_sharing_training", item)
    return produce(candidate, consumes=[a.index])


def _trained_directly_rule(a: Attempt) -> Decision:
    """Learners as the direct object of a training verb: "trường đã đào tạo 1.125 học viên".

    Not when the clause trains them "for" something a noun phrase names (the training verb
    of ``trained_for`` after an aim: "mục tiêu học tập ... cho 100.000 học viên")."""
    if not a.once(_direct_possible) or a.once(_clause_training_verb) is not None:
        return None
    candidate = _trained_directly(a.sentence, a.figure, _people(a))
    return produce(candidate, consumes=[a.index]) if candidate else None


UNREALIZED_REACH = 40  # words right before the training verb that make it a need or a wish


def _trained_directly(s: Sentence, f: Figure, learner_end: int) -> Candidate | None:
    """Learners as the direct object of a training verb: "trường đã đào tạo 1.125 học viên",
    "đào tạo, bồi dưỡng 1.250 lượt cán bộ". Not in the name or aim of a plan ("Đề án đào
    tạo 100 thạc sĩ"), nor people nurtured for admission ("bồi dưỡng 25 quần chúng ưu tú")."""
    text = s.text
    verb = phrases("training_verbs").ends_at(s, f.start)
    if verb is None or phrases("plan_nouns_before_training").ends_at(s, verb.start()):
        return None
    if phrases("unrealized_training").search(s, max(0, verb.start() - UNREALIZED_REACH), verb.start()):
        return None  # "nhu cầu đào tạo 300 cán bộ", "chưa thể đào tạo 50 học viên": no course yet
    if phrases("nurtured_nouns").match_at(s, f.end):
        return None
    found = find_program(text[verb.start() : f.start])
    after = find_program(text[learner_end : learner_end + LEARNER_PHRASE])
    if found is None and after is not None and after[1] <= 2:
        found = after  # "đào tạo 1.200 học viên trung cấp lý luận chính trị"
    program = found[0] if found else "other"
    return _course(s, (f,), verb.start(), learner_end, None, f, program, "trained_directly", "")


# a gap word may sit in parentheses: "35 học viên thuộc huyện Ia Grai (Gia Lai) tham dự học"
_WORD = re.compile(r"(?:\s*+,)?\s++\(?+\p{L}++\)?+")
MAX_GAP_WORDS = 20  # a relative clause may describe the learners ("… đã được bổ nhiệm từ … trở lên")


_NAME_NUMBER = re.compile(r"\s++\d++(?=[\s,)])")  # the number of a named scheme: "Đề án 922"


def _gap_ends(text: str, pos: int):
    """Ends of the first one to ``MAX_GAP_WORDS`` letter-only words after ``pos`` (commas may
    separate them: "6 cán bộ Hội cấp huyện, cấp xã tham gia lớp ..."); a number right after a
    capitalised word of the gap belongs to a name and is a word of the gap ("616 cán bộ Đề án 922 đi học")."""
    capital = False
    for _ in range(MAX_GAP_WORDS):
        w = _WORD.match(text, pos)
        if w is None:
            w = _NAME_NUMBER.match(text, pos) if capital else None
            if w is None:
                return
            capital = False
        else:
            capital = capital or w.group().lstrip(" ,(")[:1].isupper()
        pos = w.end()
        yield pos


def _study_after(where: str | Sentence, learner_end: int) -> re.Match | Found | None:
    """The study verb after the learners, past a few words that say which learners.

    "20 cán bộ đi học ...", "19 bí thư chi bộ doanh nghiệp dự lớp ...", "1.146 cán bộ
    chủ chốt của huyện đã được học tập, quán triệt ...". After a gap only verbs of
    attending a class count (distant_study_verbs.txt), and words that open another
    statement about the people end the gap (gap_stop_words.txt).
    """
    text = text_of(where)
    study = phrases("study_verbs").match_at(where, learner_end)
    if study is not None:
        return study
    for end in _gap_ends(text, learner_end):
        if phrases("gap_stop_words").ends_at(where, end):
            return None  # "1.200 đảng viên, phần lớn ... đã tốt nghiệp": another statement
        study = phrases("distant_study_verbs").match_at(where, end)
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


HAPPENING_REACH = 60  # how far after a class noun the verb saying it took place may stand
_NUMBER_WORD = rf"(?:{alternation_of_table('number_words', 'word')})"  # "khai giảng hai lớp": how many opened
_OPENED = re.compile(  # a class opened ("khai giảng lớp …", "khai giảng một lớp …"), or a sentence about one
    rf"(?:^\s*+|(?<!\w)(?:{alternation('class_opening_verbs')})\s+(?:(?:\d++|{_NUMBER_WORD})\s++)?)"
    rf"(?:{alternation('class_nouns')})(?!\w)"
    # a class that took place, its verb after it: "một lớp tập huấn tương tự cũng diễn ra tại Hà Nội"
    rf"|(?<!\w)(?:{alternation('class_nouns')})(?=[^.;:]{{0,{HAPPENING_REACH}}}?\s(?:{alternation('class_happening_verbs')})(?!\w))",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(rf"[;.:]|\s(?:{alternation('class_link_words', 'recipient_words')})\s")
OPENED_DESCRIPTION = 120


_DIGIT_ON = re.compile(r"\d.*+", re.DOTALL)  # from a description's first figure on


def _openings(s: Sentence, ctx: ArticleContext) -> list[tuple[int, str, int]]:
    """Every class opened in ``s`` ("khai giảng lớp trung cấp lý luận chính trị"): where its
    noun ends, its programme and where its description ends; found once per sentence."""
    found = s.memo.get("course.openings")
    if found is not None:
        return found
    found = []
    for m in _OPENED.finditer(s.text):
        if phrases("not_opening_before").ends_at(s, m.start()):
            continue  # "ban tổ chức lớp học" names the organizers
        rest = s.text[m.end() : m.end() + OPENED_DESCRIPTION]
        stop = _CLAUSE_END.search(rest)
        desc = rest[: stop.start()] if stop else rest
        # the words after the learners' figure say who they are, not what the class teaches ("Lớp học
        # có 86 học viên là … bí thư chi bộ thôn"): only the programme they make, in _course, may count
        named = program_of_description(_DIGIT_ON.sub("", rest.split(";")[0]))
        if named and (named[1] < len(desc) or not _names_training(desc)):
            program = named[0]  # named in it, or for its recipients ("lớp ... cho đảng viên mới")
        elif _names_training(desc) and not _generic_class(desc):
            program = "other"
        else:
            program = last_program(ctx, s, m.start()) or "other"
        found.append((m.end(), program, m.end() + len(desc)))
    s.memo["course.openings"] = found
    return found


def _opened_in(s: Sentence, ctx: ArticleContext, upto: int) -> tuple[str, int] | None:
    """The programme of the last class opened in ``s`` before ``upto`` and where its
    description ends; None when no class is opened there."""
    openings = _openings(s, ctx)
    k = bisect_left(openings, (upto + 1,)) if openings else 0
    return (openings[k - 1][1], openings[k - 1][2]) if k else None


def opened_class(s: Sentence, ctx: ArticleContext, upto: int) -> str | None:
    """The programme of a class opened just before ``upto``: earlier in this sentence or in
    the sentence before, when that sentence does not already give the class's learners
    ("Trung tâm khai giảng lớp sơ cấp lý luận chính trị. Lớp học có 62 học viên")."""
    here = _opened_in(s, ctx, upto)
    if here is not None:
        return here[0]
    if s.index == 0:
        return None
    prev = ctx.sentences[s.index - 1]
    if prev.block < s.block - 1:
        return None
    if "course.opened" not in prev.memo:
        found = _opened_in(prev, ctx, len(prev.text))
        if found is not None and any(
            _learner_unit(prev, g) is not None or _people_unit(prev, g) is not None
            for g in figures_between(prev, found[1], len(prev.text))
        ):
            found = None  # "khai giảng lớp ... với 62 học viên. Trong đó, 20 học viên là nữ"
        prev.memo["course.opened"] = found
    found = prev.memo["course.opened"]
    return found[0] if found else None


def _class_after_verb(text: str, study: re.Match) -> int | None:
    """End of the class the study verb names ("tham gia lớp học", "dự lớp", "tham gia
    lớp" + "học"), else None."""
    nouns = phrases("class_nouns")
    tail = nouns.ends_at(text, study.end())
    klass = nouns.match_at(text, tail.start()) if tail else nouns.match_at(text, study.end())
    return klass.end() if klass else None


_REST_HEAD_END = re.compile(rf"[,;.:(]|\s(?:{alternation('class_name_stops')})\s")


def _bare_rest(text: str, start: int, end: int) -> bool:
    """Whether a class named after a study verb is named by nothing but its noun, mode and
    code up to the clause's next words ("62 học viên tham gia lớp học do Trung tâm mở")."""
    rest = text[start:end]
    stop = _REST_HEAD_END.search(rest)
    return bool(_BARE_DESCRIPTION.match(rest[: stop.start()] if stop else rest))


def _study_window(text: str, study_end: int, end: int) -> str | None:
    """The words after a study verb that may name the programme: up to the next figure, a
    semicolon or a purpose ("để", "nhằm"); None when they name an exam or a contest, not
    a course, or a qualification that selects people ("... đại học trở lên")."""
    window = text[study_end : min(end, study_end + STUDY_WINDOW)].split(";")[0]
    objects = phrases("not_study_objects")
    if objects.match_at(window.lstrip(" ,"), 0) or phrases("qualification_markers").search(window):
        return None
    stop = phrases("study_window_stops").search(window)
    return window[: stop.start()] if stop else window


LEARNER_NUMBER_REACH = 60  # how far before a figure the words naming a number of learners open its clause
_LEARNER_NUMBER = re.compile(
    rf"(?:^|[,;:.]\s*+)(?:{alternation('learner_number_leads')})(?:\s++[^\s,;:.\d]++){{0,5}}\s++$",
    re.IGNORECASE,
)
PART_REACH = 120  # how far before enrolled learners a breakdown or other learners make them a part


_OF_THE_CLASS = re.compile(  # learners "of the class": "89 học viên của lớp là cán bộ …"
    rf"\s++(?:{alternation('possessive_words')})\s++(?:{alternation('class_nouns')})(?!\w)", re.IGNORECASE
)


RESULT_REACH = 60  # how far after learners of a class a result they reached may stand


def _of_the_class(s: Sentence, learner_end: int) -> bool:
    """Learners "of the class" ("89 học viên của lớp là cán bộ …"), unless the clause reports a
    result they reached ("25 học viên của lớp đạt loại giỏi": a count, contract)."""
    of = _OF_THE_CLASS.match(s.text, learner_end)
    return of is not None and phrases("result_phrases").search(s, of.end(), of.end() + RESULT_REACH) is None


def _enrolled_course(s: Sentence, ctx: ArticleContext, f: Figure, learner_end: int) -> Candidate | None:
    """Enrolled learners ("84 học viên") right after a class is opened, with no verb: that
    class's learners ("... khai giảng lớp trung cấp lý luận chính trị. Đến dự có lãnh đạo
    huyện và 84 học viên"), unless they are a part of learners counted before them."""
    named = _LEARNER_NUMBER.search(s.text, max(0, f.start - LEARNER_NUMBER_REACH), f.start)
    if not phrases("enrolled_nouns").match_at(s, f.end) and named is None:
        return None  # "… 84 học viên", or "Số lượng học viên cũng chỉ được 23 người"
    program = opened_class(s, ctx, f.start)
    if program is None and _of_the_class(s, learner_end):
        program = last_program(ctx, s, f.start) or "other"  # "89 học viên của lớp là …": the class's own
    if program is None:
        return None
    near = max(0, f.start - PART_REACH)
    lead = named.start() if named is not None else f.start  # "Các học viên gồm 72 …": its own "gồm"
    if phrases("breakdown_markers").search(s, near, lead) or _learners_between(s, near, f.start):
        return None  # "Trong đó, 25 học viên là nữ": a part of learners counted before
    if _EACH_CLASS.search(s.text, near, f.start):
        return None  # "chia thành ba lớp, mỗi lớp khoảng 25 học viên": a size per class
    return _course(s, (f,), f.start, learner_end, None, f, program, "learners_of_opened_class", "")


_INSTITUTION_HAS = re.compile(
    rf"(?<![\w])(?:{alternation('training_institutions')})(?![\w])[^,;:.]{{0,80}}?\s(?:{alternation('institution_has_verbs')})\s*+$",
    re.IGNORECASE,
)
_CLAUSE_START = re.compile(r"[,;:.][^,;:.]*+$")


def _institution_course(s: Sentence, ctx: ArticleContext, f: Figure, learner_end: int) -> Candidate | None:
    """Learners a school or centre has ("trung tâm ... Nam Triệu có 11 học viên"): its course's."""
    if not phrases("enrolled_nouns").match_at(s, f.end):
        return None
    lo = max(0, f.start - 120)
    clause = _CLAUSE_START.search(s.text, lo, f.start)
    if not _INSTITUTION_HAS.search(s.text, clause.start() if clause else lo, f.start):
        return None
    program = opened_class(s, ctx, f.start) or last_program(ctx, s, f.start) or "other"
    return _course(s, (f,), f.start, learner_end, None, f, program, "learners_of_institution", "")


COHORT_REACH = 60  # how far before its part a cohort ("trong số 33 học viên") may be named


def _part_of_cohort(s: Sentence, figs: list[Figure], i: int) -> bool:
    """Whether the learners ``figs[i]`` are picked out of learners named before them with
    "trong số" ("Trong số 33 học viên khóa 22 có 28 học viên hoàn thành …"): when they
    finished, what became of some of a cohort is a result, like an exam's, not a course."""
    f = figs[i]
    for g in reversed(figs[:i]):
        if f.start - g.end > COHORT_REACH:
            return False
        if phrases("among_words").ends_at(s, g.start) and _learner_unit(s, g) is not None:
            return True
    return False


SPLIT_REACH = 80  # how far before the split verb its course may be named


def _split_course(s: Sentence, f: Figure) -> bool:
    """Whether ``f`` counts the classes a course named before it is divided into ("khóa
    học phân chia thành bốn lớp"): the classes of that course."""
    verb = phrases("class_split_verbs").ends_at(s, f.start)
    if verb is None:
        return False
    lo = max(0, verb.start() - SPLIT_REACH)
    clause = _CLAUSE_START.search(s.text, lo, verb.start())
    start = clause.start() if clause else lo
    if clause and not s.text[clause.start() + 1 : verb.start()].strip():
        # "Khóa học có 120 học viên, chia thành 3 lớp": the verb opens its clause, the course before
        earlier = _CLAUSE_START.search(s.text, lo, clause.start())
        start = earlier.start() if earlier else lo
    return phrases("class_nouns").search(s, start, verb.start()) is not None


# Values several course rules read, computed once per figure (``Attempt.once``).


def _class_end(a: Attempt) -> int | None:
    """End of the class noun when the figure counts classes ("3 lớp")."""
    return _class_figure(a.sentence, a.figure)


def _core_learners(a: Attempt) -> bool:
    """Whether a learners' noun follows the figure ("208 học viên")."""
    return _learner_unit(a.sentence, a.figure) is not None


def _people_end(a: Attempt) -> int | None:
    """End of a noun for people named by role, or for pupils, after the figure."""
    return _people_unit(a.sentence, a.figure)


def _learner_end(a: Attempt) -> int | None:
    """End of the figure's people: the learners' noun, or the longer unit after the figure."""
    s, f = a.sentence, a.figure
    found_unit = unit_after(s, f.end)
    learner_end = _learner_unit(s, f)
    if learner_end is None or (found_unit and found_unit[1] > learner_end):
        return found_unit[1] if found_unit else None
    return learner_end


def _people(a: Attempt) -> int:
    """End of the figure's people, for the rules after ``no_people_noun`` (which turns away
    a figure without them)."""
    return cast(int, a.once(_learner_end))


def _study(a: Attempt) -> re.Match | Found | None:
    """The study verb after the learners ("20 cán bộ đi học ...")."""
    return _study_after(a.sentence, _people(a))


def _verb(a: Attempt) -> re.Match | Found:
    """The study verb, for the rules after ``no_study_verb`` (which turns away people no
    study verb follows)."""
    return cast("re.Match | Found", a.once(_study))


def _sent(a: Attempt) -> re.Match | None:
    """The verb of sending right before the learners ("cử 20 cán bộ")."""
    return phrases("sending_verbs").ends_at(a.sentence, a.figure.start)


def _window(a: Attempt) -> str | None:
    """The words after the study verb that may name the programme (``_study_window``)."""
    g = a.next_figure
    return _study_window(a.sentence.text, _verb(a).end(), g.start if g else len(a.sentence.text))


def _words(a: Attempt) -> str:
    """The words after the study verb, for the rules after ``exam_not_course`` (which turns
    away a study with none)."""
    return cast(str, a.once(_window))


def _window_program(a: Attempt) -> tuple[str, int, int] | None:
    """The programme the words after the study verb name."""
    return program_of_description(_words(a))


def _verb_class_end(a: Attempt) -> int | None:
    """End of the class the study verb names ("tham gia lớp học")."""
    return _class_after_verb(a.sentence.text, _verb(a))


def _named_program(a: Attempt) -> str | None:
    """The programme the study names: after the verb, in the verb itself ("được quán triệt
    Chỉ thị ..."), or by the class the verb names."""
    s, ctx, f = a.sentence, a.ctx, a.figure
    found = a.once(_window_program)
    if found:
        return found[0]
    study = _verb(a)
    # in the verb ("được quán triệt Chỉ thị …"), or by the verb and its object together ("tham gia
    # học tập nghị quyết")
    if named := find_program(f"{study.group().strip()} {_words(a).strip()}"):
        return named[0]
    klass_end = a.once(_verb_class_end)
    if klass_end is None:
        return None
    if _bare_rest(s.text, klass_end, study.end() + len(_words(a))):
        return opened_class(s, ctx, f.start) or last_program(ctx, s, f.start) or "other"
    return "other"


def _course_verb_program(a: Attempt) -> str | None:
    """A verb that itself says a course ("40 học viên đã hoàn thành chương trình bồi dưỡng",
    "300 hội viên được tập huấn"): the class just opened or the programme before."""
    s, ctx, f = a.sentence, a.ctx, a.figure
    if not phrases("course_verbs").fullmatch_head(_verb(a).group()):
        return None
    window = _words(a)
    if _names_training(window):
        return "other"
    return opened_class(s, ctx, f.start) or _program_for(window, s, ctx, f.start)


def _taking_part_program(a: Attempt) -> str | None:
    """Taking part, in an article about studying resolutions: that study."""
    if not _TAKING_PART.search(_verb(a).group()):
        return None
    inherited = last_program(a.ctx, a.sentence, a.figure.start)
    return inherited if inherited == "resolution_study" else None


def _bare_window_program(a: Attempt) -> str | None:
    """A verb with nothing after it studies the class just opened ("khai giảng lớp ..., 68
    học viên tham dự")."""
    if not _BARE_DESCRIPTION.match(_words(a)):
        return None
    return opened_class(a.sentence, a.ctx, a.figure.start)


def _mode_window_program(a: Attempt) -> str | None:
    """A study named by its mode alone, before its place ("Trong đó, 48 đồng chí học hệ tập trung
    tại Học viện …"): the programme named before, whose learners these are in that mode."""
    head = _PLACE_OR_CLAUSE.split(_words(a), maxsplit=1)[0]
    if not phrases("modes").search(head) or not _only_mode(head):
        return None
    return last_program(a.ctx, a.sentence, a.figure.start)


def _sent_program(a: Attempt) -> str | None:
    """People sent to study ("cử 616 học viên đi học theo Đề án ..."): a programme unnamed."""
    return "other" if a.once(_sent) else None


def _attending_program(a: Attempt) -> str | None:
    """A verb of attending a course ("300 học viên đã theo học ..."): a programme unnamed."""
    naming = phrases("study_verbs_naming_a_course").fullmatch_head(_verb(a).group())
    return "other" if naming and not ONE.fullmatch(a.figure.text.strip()) else None


_PROGRAM_STEPS = (
    _named_program,
    _course_verb_program,
    _taking_part_program,
    _bare_window_program,
    _mode_window_program,
    _sent_program,
    _attending_program,
)


def _studied_program(a: Attempt) -> str | None:
    """The programme the learners study: the first of ``_PROGRAM_STEPS`` that names one."""
    for step in _PROGRAM_STEPS:
        if (program := a.once(step)) is not None:
            return program
    return None


# The course rules, in the order they are tried on a figure.


_LINK_ONLY = re.compile(rf"\s*+(?:(?:{alternation('class_link_words')})\s++)?")  # "11 lớp với 946 …"


def _classes_learners(a: Attempt) -> Decision:
    """Classes, their description, then their learners: "mở 3 lớp ... cho 208 học viên"."""
    if (class_end := a.once(_class_end)) is None:
        return None
    s, f, figs, text = a.sentence, a.figure, a.figures, a.sentence.text
    # "7 lớp còn lại tập trung vào …": the rest of the classes named before (remainder_words.txt)
    rest = phrases("remainder_words").match_at(s, class_end) is not None
    # "mở 2 lớp vận hành máy CNC cho 64 lao động": classes opened for people (class_opening_verbs.txt)
    opened = phrases("class_opening_verbs").ends_at(s, f.start) is not None
    # the learners, before the next class count and the clause end
    for j in range(a.index + 1, len(figs)):
        g = figs[j]
        if _class_figure(s, g) is not None or ";" in text[f.end : g.start]:
            return None
        if g.start - class_end > MAX_DESCRIPTION or _EACH_CLASS.search(text, class_end, g.start):
            return None  # "bốn lớp, mỗi lớp khoảng 20 học viên": a size per class, not the learners
        linked_only = _LINK_ONLY.fullmatch(text, class_end, g.start) is not None
        inherited = (
            (linked_only or rest) and _people_unit(s, g) is not None and last_program(a.ctx, s, f.start)
        )
        # "riêng khối trường học có 11 lớp với 946 học sinh", "7 lớp còn lại … cho 2.470 giáo viên":
        # classes of the programme named before; classes opened with words of what they teach, for
        # people ("trường mở 12 lớp cho 380 học sinh" names nothing taught: a school's own classes)
        taught = opened and len(text[class_end : g.start].split()) > 1  # more words than "cho"
        opened_for = taught and phrases("learner_prepositions").ends_at(s, g.start) and _people_unit(s, g)
        if _learner_unit(s, g) is not None or _people_of_training(s, g, class_end) or inherited or opened_for:
            desc = text[class_end : g.start]
            program = _program_for(desc, s, a.ctx, f.start)
            end = _learner_unit(s, g) or _people_unit(s, g) or g.end
            if program_of_description(desc) is None and _total_of_programs(s, end):
                program = "other"  # "tổ chức 71 lớp với 7.499 lượt học viên, gồm: 12 lớp …; 23 lớp …"
            return produce(
                _course(s, (f, g), f.start, end, f, g, program, "classes_learners", desc),
                consumes=[a.index, j],
            )
    return None


BREAKDOWN_REACH = 12  # characters between a total and the word opening its breakdown (", gồm:")


def _total_of_programs(s: Sentence, end: int) -> bool:
    """Whether a breakdown opens right after a course ending at ``end`` and its items name two
    programmes or more: the course is their total, a course of no one programme."""
    opened = phrases("breakdown_markers").search(s, end, min(len(s.text), end + BREAKDOWN_REACH))
    if opened is None or any(c.isalnum() for c in s.text[end : opened.start()]):
        return False
    return len({program for at, program in _course_mentions(s.text) if at >= opened.end()}) >= 2


def _class_description(a: Attempt) -> str:
    """The words after the class noun, up to a semicolon."""
    class_end = cast(int, a.once(_class_end))  # known: only the class rules read it
    return a.sentence.text[class_end : class_end + 120].split(";")[0]


_LAST_CLASS_ITEM = "course.class_item"  # the last item of a breakdown of classes in the sentence
# "8 lớp do các xã tổ chức; 4 lớp do …": the next item, right after the separator ending the one before
_NEXT_CLASS_ITEM = re.compile(
    rf"[^.:]{{0,{MAX_DESCRIPTION}}}?(?:[,;]|\s(?:{alternation('learner_list_joiners')}))\s*+\Z", re.IGNORECASE
)


def _breakdown(a: Attempt) -> bool:
    """Whether the classes are an item of a breakdown of a course: behind the word opening it
    after a course of the sentence ("trong đó"), first in a sentence opening with that word after
    a course of classes in the sentence before ("… 218 lớp … Trong đó, 126 lớp do …"), or the
    next item of such a breakdown ("…; 92 lớp do …")."""
    out, s, f = a.candidates, a.sentence, a.figure
    if out:
        last = out[-1]
        if phrases("breakdown_markers").search(s, last.end, f.start):
            return True
        listed = last is s.memo.get(_LAST_CLASS_ITEM)
        return listed and _NEXT_CLASS_ITEM.match(s.text, last.end, f.start) is not None
    before = _course_of_sentence_before(a)
    return (
        before is not None
        and before.fields.get("classes") is not None
        and _BREAKDOWN_LEADS.match(s.text[: f.start]) is not None
    )


def _article_class(a: Attempt) -> Decision:
    """Rejects "một lớp" as an article ("bên trong một lớp học", "chưa qua một lớp đào tạo")."""
    if a.once(_class_end) is None:
        return None
    if article_one(a.sentence, a.figure, "class_opening_verbs") and not a.once(_breakdown):
        return REJECT
    return None


def _classes_only(a: Attempt) -> Decision:
    """Classes without learners, of a training or a breakdown, or of the programme named
    before ("60 lớp hệ tập trung") or of a course divided into them; other classes are none."""
    if (class_end := a.once(_class_end)) is None:
        return None
    s, ctx, f = a.sentence, a.ctx, a.figure
    desc = a.once(_class_description)
    breakdown = a.once(_breakdown)
    trained = _names_training(desc)
    # "60 lớp hệ tập trung" in an article about a programme: classes of that programme
    named_before = not trained and _only_mode(desc) and last_program(ctx, s, f.start)
    if not (trained or breakdown or named_before or _split_course(s, f)):
        return REJECT
    if not trained:
        desc = ""
    program = _program_for(desc, s, ctx, f.start)
    course = _course(s, (f,), f.start, class_end, f, None, program, "classes_only", desc)
    if breakdown:
        s.memo[_LAST_CLASS_ITEM] = course
    return produce(course, consumes=[a.index])


def _share_of_people(a: Attempt) -> Decision:
    """Rejects a share ("100% cán bộ ... được học tập"): a rate, not a course."""
    return REJECT if a.figure.kind != "quantity" else None


def _whole_of_breakdown(a: Attempt) -> Decision:
    """Rejects learners named as the whole a breakdown is taken from ("Trong số 390 cán bộ tham gia
    tập huấn, có 312 đồng chí …", "Trong số 586 học viên, …"): the cohort told again, a count."""
    return REJECT if phrases("among_words").ends_at(a.sentence, a.figure.start) is not None else None


def _inside_share_subject(a: Attempt) -> Decision:
    """Rejects a bound inside a share's subject ("100% xã có ít nhất 2 cán bộ được bồi dưỡng"):
    it says which communes the share counts, no learners reported."""
    return REJECT if inside_share_subject(a.sentence, a.figure) else None


def _no_people_noun(a: Attempt) -> Decision:
    """Rejects a figure with no learners' noun and no unit after it."""
    return REJECT if a.once(_learner_end) is None else None


BREAKDOWN_GAP = 60  # characters between a course's learners and the first item of their breakdown
ITEM_LABEL_WORDS = 4  # "trong đó trình độ cao đẳng 3.210 người": the item's kind before its people
_BREAKDOWN_MARKER = rf"(?<![\w])(?:{alternation('breakdown_markers')})(?![\w])"
_ITEM_LABEL = rf"\s*+[:,]?\s*+(?:\p{{L}}++\s++){{0,{ITEM_LABEL_WORDS}}}\Z"
_BREAKDOWN_OPENS = re.compile(rf"[^;.]*?(?::|;?\s*+{_BREAKDOWN_MARKER}){_ITEM_LABEL}", re.IGNORECASE)
# "Trong đó, trình độ cao đẳng 1.920 người": a sentence opening with the breakdown of the course before
_BREAKDOWN_LEADS = re.compile(rf"\s*+{_BREAKDOWN_MARKER}{_ITEM_LABEL}", re.IGNORECASE)
ITEM_WORDS = 3  # words of an item's kind after its people ("1.203 người dự bị hạng 1")
_ITEM_ENDS = re.compile(
    rf"(?:\s++[\p{{L}}\d]++){{0,{ITEM_WORDS}}}?(?:\s*+[,;.:)]|\s++(?:{alternation('learner_list_joiners')})(?![\w])|\s*+\Z)",
    re.IGNORECASE,
)
ITEM_LABEL_CHARS = 50  # ", sơ cấp và đào tạo thường xuyên dưới 3 tháng 29.345 người": the next item's kind
_NEXT_ITEM = re.compile(
    rf"[^;.:]{{0,30}}?(?:,|\s(?:{alternation('learner_list_joiners')}))[^,;.:]{{0,{ITEM_LABEL_CHARS}}}\Z",
    re.IGNORECASE,
)


def _learners_in_breakdown(a: Attempt) -> Decision:
    """The items of a breakdown of a course's learners, each a course of the same programme:
    "huấn luyện cho 1.189 dân quân tự vệ, dự bị động viên: với 1.203 người dự bị hạng 1 và
    3.726 người dự bị hạng 2" (the contract: totals and their breakdowns are all facts); an item
    told by who they are ("trong đó có 38 đồng chí là nữ") is a count."""
    # the course before, past a share of its plan ("đào tạo cho 38.460 người, đạt 48,1% kế hoạch; trong
    # đó …"), or ending the sentence before one that opens the breakdown ("… 18.640 người. Trong đó, …")
    before = next((c for c in reversed(a.candidates) if c.type == "course"), None)
    gap_start = before.end if before is not None else 0
    opens = _BREAKDOWN_OPENS  # the sentence before's course: this sentence must open with the marker
    if before is None:
        before, opens = _course_of_sentence_before(a), _BREAKDOWN_LEADS
    if before is None or before.fields.get("learners") is None or gap_start > a.figure.start:
        return None
    gap = a.sentence.text[gap_start : a.figure.start]
    opened = len(gap) <= BREAKDOWN_GAP and opens.match(gap)
    listed = before.rule == "learners_in_breakdown" and _NEXT_ITEM.match(gap)
    if not (opened or listed):
        return None
    s, f = a.sentence, a.figure
    if not _ITEM_ENDS.match(s.text, _people(a)) and not _studies_where(s, _people(a)):
        return None  # "trong đó có 113 người đã trở thành ủy viên …": what became of them, no item
    if phrases("learner_copulas").match_at(s, _people(a)) is not None:
        return None  # "trong đó có 38 đồng chí là nữ": who some of them are, a count
    program = before.fields["program"]
    item = _course(s, (f,), f.start, _people(a), None, f, program, "learners_in_breakdown", "")
    return produce(item, consumes=[a.index])


_PUNCTUATION = re.compile(r"[,;.:()]")


def _studies_where(s: Sentence, people_end: int) -> bool:
    """Whether the item's people study on with no programme of their own ("trong đó 11 người học ở
    nước ngoài": where some of them study, still an item of the course; "9 đồng chí học cao cấp lý
    luận chính trị" names its own programme, a course of that programme)."""
    study = phrases("study_verbs").match_at(s, people_end)
    if study is None:
        return False
    rest = s.text[study.end() : study.end() + BREAKDOWN_GAP]
    return program_of_description(_PUNCTUATION.split(rest, 1)[0]) is None


_COURSES = "course.courses"  # the course candidates of a sentence, for a breakdown in the next one


def _course_of_sentence_before(a: Attempt) -> Candidate | None:
    """The last course of the sentence before, in the same paragraph, when this one opens with
    the breakdown of its learners ("Trong đó, trình độ cao đẳng 1.920 người, …")."""
    s = a.sentence
    if s.index == 0:
        return None
    prev = a.ctx.sentences[s.index - 1]
    if prev.block != s.block:
        return None
    courses = prev.memo.get(_COURSES) or []
    return courses[-1] if courses else None


def _learners_classes(a: Attempt) -> Decision:
    """Learners, then the classes they are divided into: "245 học viên, chia thành 5 lớp"."""
    g = a.next_figure
    if g is None:
        return None
    s, f, text = a.sentence, a.figure, a.sentence.text
    between = text[a.once(_learner_end) : g.start]
    if len(between) >= 40 or (class_end := _class_figure(s, g)) is None or not _SPLIT_INTO.search(between):
        return None
    desc = text[class_end : class_end + 80]
    program = _program_for(desc, s, a.ctx, f.start)
    return produce(
        _course(s, (f, g), f.start, class_end, g, f, program, "learners_classes", desc),
        consumes=[a.index, a.index + 1],
    )


def _result_not_attendance(a: Attempt) -> Decision:
    """Rejects what learners achieved ("12 học viên tốt nghiệp xuất sắc"): an award, not attendance."""
    return REJECT if phrases("result_phrases").match_at(a.sentence, _people(a)) else None


def _not_people(a: Attempt) -> Decision:
    """Rejects what is not people: only people study ("một bài học ..." is no learner)."""
    return REJECT if not a.once(_core_learners) and a.once(_people_end) is None else None


def _signed_up_only(a: Attempt) -> Decision:
    """Rejects people who signed up to study ("ba người bạn đăng ký tham gia học"): no course reported."""
    study = a.once(_study)
    return (
        REJECT
        if study is not None and phrases("registration_words").ends_at(a.sentence, study.start())
        else None
    )


def _learners_of_opened_class(a: Attempt) -> Decision:
    """Enrolled learners, with no verb, right after a class is opened: that class's learners."""
    if a.once(_study) is not None:
        return None
    candidate = _enrolled_course(a.sentence, a.ctx, a.figure, _people(a))
    return produce(candidate, consumes=[a.index]) if candidate else None


def _learners_of_institution(a: Attempt) -> Decision:
    """Learners a school or centre has, with no verb ("trung tâm ... có 11 học viên")."""
    if a.once(_study) is not None:
        return None
    candidate = _institution_course(a.sentence, a.ctx, a.figure, _people(a))
    return produce(candidate, consumes=[a.index]) if candidate else None


def _no_study_verb(a: Attempt) -> Decision:
    """Rejects people no study verb follows: no course is said."""
    return REJECT if a.once(_study) is None else None


def _cohort_result(a: Attempt) -> Decision:
    """Rejects learners of a cohort who finished: a result, not a course ("Trong số 33 học viên,
    28 học viên hoàn thành …", "71/73 học viên đủ điều kiện … hoàn thành chương trình", "Ban Tổ
    chức công nhận 406 học viên hoàn thành chương trình": `recognition_verbs.txt`)."""
    finished = phrases("completion_verbs").search(_verb(a).group())
    if not finished:
        return None
    s, f = a.sentence, a.figure
    picked = f.denominator is not None or phrases("recognition_verbs").ends_at(s, f.start) is not None
    return REJECT if picked or _part_of_cohort(s, a.figures, a.index) or _share_told_after(a) else None


SHARE_TOLD_REACH = 60  # "648 học viên hoàn thành khóa học, đạt 88%": the finishers' share this close after


def _share_told_after(a: Attempt) -> bool:
    """Whether the learners who finished are given as a share of their cohort in the same clause
    ("Kết quả, 648 học viên hoàn thành khóa học, đạt 88%"): how many of a cohort did, a result."""
    g = a.next_figure
    if g is None or g.kind != "percent" or g.start - a.figure.end > SHARE_TOLD_REACH:
        return False
    s = a.sentence
    told = phrases("rate_verbs").ends_at(s, g.start) is not None  # "tăng 15%" is a growth, no share
    return told and _CLAUSE_BREAK.search(s.text, a.figure.end, g.start) is None


_CLAUSE_BREAK = re.compile(r"[;:()]")


def _aim_of_proposal(a: Attempt) -> Decision:
    """Rejects people a proposal would send ("(chi 8 tỷ đồng) để cử 40 cán bộ đi đào tạo"): an aim."""
    sent = a.once(_sent)
    return REJECT if sent and phrases("study_window_stops").ends_at(a.sentence, sent.start()) else None


def _exam_not_course(a: Attempt) -> Decision:
    """Rejects people who sit an exam or a contest ("56 thí sinh tham dự kỳ thi ..."), not a course."""
    return REJECT if a.once(_window) is None else None


def _figure_is_object(a: Attempt) -> Decision:
    """Rejects a verb whose object is the next figure ("được bồi dưỡng 100.000 đồng/ngày")."""
    g = a.next_figure
    if a.once(_named_program) is not None or g is None:
        return None
    return REJECT if not a.sentence.text[_verb(a).end() : g.start].strip() else None


def _learners_study_classes(a: Attempt) -> Decision:
    """Learners who studied in classes counted next: "2.000 hội viên đã được tập huấn ... qua 16 lớp"."""
    s, f, g, study = a.sentence, a.figure, a.next_figure, _verb(a)
    if g is None or (class_end := _classes_after_study(s, g, study.end())) is None:
        return None
    text = s.text
    desc = text[study.start() : g.start] + text[class_end : class_end + 80]
    found = a.once(_window_program)
    program = found[0] if found else _program_for(desc, s, a.ctx, f.start)
    candidate = _course(s, (f, g), f.start, class_end, g, f, program, "learners_study_classes", desc)
    return produce(candidate, consumes=[a.index, a.index + 1])


def _nurtured_for_admission(a: Attempt) -> bool:
    """Whether the people are nurtured for admission to the Party ("hiện có 3 quần chúng ưu tú
    đang được bồi dưỡng, xem xét kết nạp": `nurtured_nouns.txt`), the study verb naming neither a
    class nor a programme after it: no course."""
    if not phrases("nurtured_nouns").match_at(a.sentence, a.figure.end):
        return False
    return a.once(_window_program) is None and a.once(_verb_class_end) is None


def _sent_to_study(a: Attempt) -> Decision:
    """People who study a programme ("cử 20 cán bộ tham gia đào tạo lớp cao cấp lý luận
    chính trị"); without a programme they are no course."""
    program = a.once(_studied_program)
    if program is None or _nurtured_for_admission(a):
        return REJECT
    s, f, study, found = a.sentence, a.figure, _verb(a), a.once(_window_program)
    end = max(study.end() + (found[2] if found else 0), a.once(_verb_class_end) or 0)
    return produce(
        _course(s, (f,), f.start, end, None, f, program, "sent_to_study", _words(a)), consumes=[a.index]
    )


COURSE_RULES: tuple[Rule, ...] = (
    Rule("classes_learners", _classes_learners, needs=("class_nouns",)),
    Rule("article_class", _article_class, needs=("class_nouns",)),
    Rule("classes_only", _classes_only, needs=("class_nouns",)),
    Rule("share_of_people", _share_of_people),
    Rule("inside_share_subject", _inside_share_subject),
    Rule("whole_of_breakdown", _whole_of_breakdown),
    Rule("no_people_noun", _no_people_noun),
    Rule("learners_of_class", _learners_of_class, needs=("class_nouns",)),
    Rule("class_has_learners", _class_has_learners, needs=("class_nouns",)),
    Rule("attended", _attended, needs=("attendance_verbs", "attended_events")),
    Rule("trained_for", _trained_for, needs=("training_verbs",)),
    Rule("trained_directly", _trained_directly_rule, needs=("training_verbs",)),
    Rule("item_sharing_training", _item_sharing_training, needs=("training_verbs",)),
    Rule("learners_classes", _learners_classes, needs=("class_nouns",)),
    Rule("result_not_attendance", _result_not_attendance, needs=("result_phrases",)),
    Rule("not_people", _not_people),
    Rule("learners_in_breakdown", _learners_in_breakdown),
    Rule("signed_up_only", _signed_up_only, needs=("registration_words",)),
    Rule(
        "learners_of_opened_class",
        _learners_of_opened_class,
        needs=("enrolled_nouns", "learner_number_leads"),
    ),
    Rule("learners_of_institution", _learners_of_institution, needs=("enrolled_nouns",)),
    Rule("no_study_verb", _no_study_verb),
    Rule("cohort_result", _cohort_result, needs=("completion_verbs",)),
    Rule("aim_of_proposal", _aim_of_proposal, needs=("sending_verbs",)),
    Rule("exam_not_course", _exam_not_course),
    Rule("figure_is_object", _figure_is_object),
    Rule("learners_study_classes", _learners_study_classes, needs=("class_nouns",)),
    Rule("sent_to_study", _sent_to_study),
)


def extract_courses(s: Sentence, ctx: ArticleContext) -> list[Candidate]:
    """The courses of a sentence: ``COURSE_RULES`` over its fact figures (kept in its memo for
    the breakdown a next sentence may open)."""
    s.memo.pop(_LAST_CLASS_ITEM, None)
    found = apply_rules(COURSE_RULES, s, ctx, [f for f in s.figures if is_fact_figure(f)])
    s.memo[_COURSES] = [c for c in found if c.type == "course"]
    return found
