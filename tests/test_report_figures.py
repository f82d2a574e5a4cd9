"""What the review pages say about figures: unknown counts, programme names, singular and plural."""

from __future__ import annotations

import html
import re

import pytest

from newsfacts.records import Article, Count, Course, Program, Rate
from newsfacts.report import render_article_page, render_corpus_report
from newsfacts.report.corpus_stats import from_records
from newsfacts.report.labels import program_label
from newsfacts.report.svg import Bar, Range, bar_chart, range_chart


def record(published: str | None, *facts: dict) -> dict:
    return {"source": "x.txt", "published": published, "facts": list(facts)}


def course(program: str, classes: int | None, learners: int | None) -> dict:
    return {"type": "course", "program": program, "classes": classes, "learners": learners}


def visible(page: str) -> str:
    """The text a reader sees: tooltips (``<title>`` and ``title=``), scripts and tags removed."""
    page = re.sub(r"<(title|style|script)\b[^>]*>.*?</\1>", " ", page, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", " ", page))


def bar_groups(page: str, chart_title: str) -> dict[str, str]:
    """The ``<g class="bar">`` elements of one chart, keyed by their tooltip."""
    svg = re.search(rf'<svg[^>]*aria-label="{re.escape(chart_title)}".*?</svg>', page, re.S)
    assert svg is not None, chart_title
    groups = re.finditer(r'<g class="bar"><title>([^<]*)</title>.*?</g>', svg[0])
    return {html.unescape(m[1]): m[0] for m in groups}


def programs_table(page: str) -> dict[str, list[str]]:
    section = re.search(r'<section id="programs".*?</section>', page, re.S)
    assert section is not None
    rows = re.findall(r"<tr>(.*?)</tr>", section[0], re.S)
    out = {}
    for row in rows[1:]:
        cells = [" ".join(visible(c).split()) for c in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)]
        out[cells[0]] = cells[1:]
    return out


# --- courses without a learner or class count ---------------------------------------------------

MIXED = [
    record(
        "2024-01-02",
        course("higher_education", 5, None),
        course("higher_education", 2, None),
        course("party_admission", 2, 100),
        course("party_admission", None, 30),
    )
]


def test_unknown_counts_are_kept_apart_in_the_figures() -> None:
    totals = from_records(MIXED).programs
    he, pa = totals["higher_education"], totals["party_admission"]
    assert (he.courses, he.classes, he.without_classes, he.without_learners) == (2, 7, 0, 2)
    assert (pa.courses, pa.learners, pa.without_learners, pa.without_classes) == (2, 130, 0, 1)
    assert he.learners_known is None and pa.learners_known == 130
    assert pa.classes_known == 2


def test_programme_with_no_learner_count_is_marked_unknown_not_zero() -> None:
    page = render_corpus_report(from_records(MIXED))
    learners = bar_groups(page, "Learners by programme")
    (he_tip,) = [t for t in learners if program_label("higher_education") in t]
    assert "unknown" in he_tip
    assert "<rect" not in learners[he_tip] and ">unknown<" in learners[he_tip]
    assert ">0<" not in learners[he_tip]
    table = programs_table(page)
    assert table[program_label("higher_education")] == ["2", "7", "unknown", "2"]
    assert table[program_label("party_admission")] == ["2", "2", "130", "0"]
    notes = " ".join(visible(page).split())
    left_out = "2 course facts without a learner count and 1 without a class count are left out of the sums"
    assert left_out in notes


def test_bar_chart_draws_unknown_values_as_a_mark() -> None:
    chart = bar_chart([Bar("a", 4), Bar("b", None)], title="t")
    assert chart.count("<rect") == 1 and ">unknown<" in chart
    only = bar_chart([Bar("b", None)], title="t")
    assert "<rect" not in only and ">unknown<" in only


# --- programme names ----------------------------------------------------------------------------

LABELS = {
    "advanced_political_theory": "cao cấp lý luận chính trị",
    "intermediate_political_theory": "trung cấp lý luận chính trị",
    "elementary_political_theory": "sơ cấp lý luận chính trị",
    "party_admission": "bồi dưỡng nhận thức về Đảng",
    "new_party_members": "đảng viên mới",
    "knowledge_update": "cập nhật kiến thức",
    "professional_skills": "nghiệp vụ, kỹ năng",
    "committee_members": "cấp ủy viên, bí thư chi bộ",
    "resolution_study": "học tập, quán triệt nghị quyết",
    "higher_education": "đại học, sau đại học",
    "other": "khác",
}


def test_every_programme_of_the_contract_has_a_label() -> None:
    assert {p.value: program_label(p.value) for p in Program} == LABELS
    assert program_label("some_future_programme") == "some future programme"


def test_report_shows_programme_labels_with_the_id_as_tooltip() -> None:
    records = [record("2024-01-02", *(course(p, 1, 10 + i) for i, p in enumerate(LABELS)))]
    page = render_corpus_report(from_records(records))
    seen = visible(page)
    for key, label in LABELS.items():
        assert key not in seen, key
        assert label in seen, label
        assert f'<td title="{key}">{html.escape(label)}</td>' in page
    learners = bar_groups(page, "Learners by programme")
    assert any(t.startswith(f"{LABELS['higher_education']} (higher_education)") for t in learners)


def test_article_page_shows_programme_labels() -> None:
    text = "Mở 2 lớp cao cấp lý luận chính trị cho 90 học viên."
    fact = Course(
        span=(3, 50),
        text=text[3:50],
        evidence=text,
        classes=2,
        learners=90,
        program="advanced_political_theory",
    )
    page = render_article_page(Article(facts=[fact]), text)
    assert '<td class="program" title="advanced_political_theory">cao cấp lý luận chính trị</td>' in page
    assert "advanced political theory" not in page


# --- singular and plural ------------------------------------------------------------------------


@pytest.mark.parametrize(("undated", "note"), [(1, "1 article without"), (2, "2 articles without")])
def test_undated_note_agrees_in_number(undated: int, note: str) -> None:
    page = render_corpus_report(from_records([record(None) for _ in range(undated)]))
    assert f"{note} a publication date" in page


def test_single_figures_are_singular() -> None:
    stats = from_records([record("2024-01-02", {"type": "rate", "value": 40, "subject": "tỷ lệ nữ"})])
    page = " ".join(visible(render_corpus_report(stats)).split())
    assert "1 article " in page and "1 fact " in page and "1 articles" not in page
    assert "top 1 of 1 subject," in page
    assert "1 rate," in range_chart([Range("a", 40, 40, 40, 1)], title="r")
    assert "1 rates" not in range_chart([Range("a", 40, 40, 40, 1)], title="r")


def test_article_page_counts_agree_in_number() -> None:
    text = "Mở 1 lớp cho 1 học viên; 40% đạt."
    one = Course(span=(3, 20), text=text[3:20], evidence=text, classes=1, learners=1)
    rate = Rate(span=(26, 29), text="40%", evidence=text, value=40)
    page = render_article_page(Article(facts=[one]), text)
    assert "<span>1 fact</span>" in page and "1 class, 1 learner<" in page
    page = render_article_page(Article(facts=[one, rate]), text)
    assert "<span>2 facts</span>" in page
    count = Count(span=(3, 8), text=text[3:8], evidence=text, value=1)
    assert "1 facts" not in render_article_page(Article(facts=[count]), text)
