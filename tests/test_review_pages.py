"""Review pages (``newsfacts show`` / ``newsfacts report``): HTML unit tests and a real headless browser.

Browser tests need a Chromium binary (Debian: ``apt-get install -y chromium``);
without one they are skipped, saying so. ``NEWSFACTS_CHROMIUM`` names another binary.
"""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import struct
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from tests._browser import CHROMIUM, HEADLESS_FLAGS, needs_browser
from typer.testing import CliRunner

import newsfacts
from newsfacts.cli import app
from newsfacts.records import Article, Change, Count, Course, Rate, Target
from newsfacts.report import render_article_page, render_corpus_report
from newsfacts.report.article_page import _Interval, highlight, nest
from newsfacts.report.corpus_stats import FailedFile, collect, from_records, read_failures
from newsfacts.report.svg import Bar, Range, bar_chart, column_chart, nice_max, range_chart, ticks

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
ARTICLES = sorted(CORPUS.glob("*.txt"))
needs_corpus = pytest.mark.skipif(not ARTICLES, reason="the project corpus has no articles")

# Sentences written for these tests, with markup-like characters to check escaping.
TRICKY = 'Huyện <b>A</b> & "B" kết nạp 57 đảng viên; tỷ lệ đạt 40%.\n<script>alert(1)</script>'


def tricky_article() -> Article:
    start = TRICKY.index("57")
    rate = TRICKY.index("40%")
    sentence_end = TRICKY.index("\n")
    return Article(
        source='news/<x>"a".txt',
        title="<i>Tiêu đề</i> & co",
        published="2024-05-01",
        facts=[
            Count(
                span=(start, start + 12),
                text=TRICKY[start : start + 12],
                evidence=TRICKY[:sentence_end],
                evidence_span=(0, sentence_end),
                value=57,
                unit="đảng viên",
                subject='<img src=x onerror="alert(2)">',
            ),
            Rate(
                span=(rate, rate + 3),
                text="40%",
                evidence=TRICKY[:sentence_end],
                evidence_span=(0, sentence_end),
                value=40,
                subject="tỷ lệ <đạt>",
                change=Change(direction="increase", value=3, qualifier="nearly"),
            ),
        ],
    )


def text_of(article_html: str) -> str:
    """The characters inside ``<article class="text">``, tags removed and entities decoded."""
    inner = re.search(r'<article class="text" id="text">(.*?)</article>', article_html, re.S)
    assert inner is not None
    return html.unescape(re.sub(r"<[^>]+>", "", inner[1]))


class _Balance(HTMLParser):
    """Checks that elements are well nested and collects the text of each ``mark`` by id."""

    VOID = frozenset({"meta", "col", "br", "img", "link", "input", "hr"})

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[tuple[str, str | None]] = []
        self.marks: dict[str, str] = {}
        self.errors: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in self.VOID and not tag.endswith("/"):
            self.stack.append((tag, dict(attrs).get("id")))
            if tag == "mark" and dict(attrs).get("id"):
                self.marks[dict(attrs)["id"]] = ""

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        pass

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1][0] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1] if self.stack else 'nothing'}")
            return
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        for tag, ident in self.stack:
            if tag == "mark" and ident:
                self.marks[ident] += data


def parse(page: str) -> _Balance:
    parser = _Balance()
    parser.feed(page)
    parser.close()
    return parser


@pytest.fixture(scope="module")
def corpus_articles() -> list[tuple[Path, str, Article]]:
    return [(p, p.read_text(encoding="utf-8"), newsfacts.extract_file(p)) for p in ARTICLES]


@pytest.fixture(scope="module")
def facts_file(tmp_path_factory: pytest.TempPathFactory, corpus_articles) -> Path:
    path = tmp_path_factory.mktemp("facts") / "facts.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for _, _, article in corpus_articles:
            fh.write(article.model_dump_json() + "\n")
    return path


# --- article page: HTML ---------------------------------------------------------------------


def test_article_page_escapes_text_metadata_and_fields() -> None:
    page = render_article_page(tricky_article(), TRICKY)
    assert "<script>alert(1)" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<b>A</b>" not in page and "&lt;b&gt;A&lt;/b&gt;" in page
    assert "<i>Tiêu đề</i>" not in page and "&lt;i&gt;Tiêu đề&lt;/i&gt;" in page
    assert "<img" not in page and "&lt;img src=x onerror=&quot;alert(2)&quot;&gt;" in page
    assert "news/&lt;x&gt;&quot;a&quot;.txt" in page
    assert text_of(page) == TRICKY
    assert parse(page).errors == []


def test_article_page_one_highlight_and_one_row_per_fact() -> None:
    article = tricky_article()
    page = render_article_page(article, TRICKY)
    assert page.count('<mark id="fact-') == 2
    assert page.count('<tr id="row-') == 2
    marks = parse(page).marks
    assert marks == {"fact-1": "57 đảng viên", "fact-2": "40%"}
    assert "↑ 3 (nearly)" in page  # the rate's change in the table


@needs_corpus
def test_corpus_article_pages(corpus_articles) -> None:
    for path, text, article in corpus_articles:
        page = render_article_page(article, text)
        n = len(article.facts)
        assert page.count('<mark id="fact-') == n, path.name
        assert page.count('<tr id="row-') == n, path.name
        assert len(re.findall(r'<tr id="row-\d+" data-fact="\d+"', page)) == n
        checked = parse(page)
        assert checked.errors == [], path.name
        for i, fact in enumerate(article.facts, start=1):
            assert checked.marks[f"fact-{i}"] == fact.text, (path.name, i)
        assert text_of(page) == text, path.name


def test_page_is_self_contained() -> None:
    page = render_article_page(tricky_article(), TRICKY)
    report = render_corpus_report(from_records([tricky_article().model_dump(mode="json")]))
    for doc in (page, report):
        assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", doc)
        assert "<link" not in doc and "@import" not in doc and "url(" not in doc
        assert "<script src" not in doc


def test_crossing_intervals_nest_and_keep_one_id_each() -> None:
    text = "abcdefghij"
    intervals = [
        _Interval(1, 6, "mark", 'id="a"', 'class="cont"', 1),
        _Interval(4, 9, "mark", 'id="b"', 'class="cont"', 1),
        _Interval(0, 10, "span", 'id="s"', "", 0),
        _Interval(3, 3, "mark", 'id="empty"', "", 1),
    ]
    out = nest(text, intervals)
    assert html.unescape(re.sub(r"<[^>]+>", "", out)) == text
    assert [out.count(f'id="{k}"') for k in ("a", "b", "s", "empty")] == [1, 1, 1, 0]
    wrapped = parse(f"<div>{out}</div>")
    assert wrapped.errors == [] and wrapped.stack == []
    assert wrapped.marks["a"] == "bcdef"
    assert wrapped.marks["b"] == "ef"  # split where "a" closes; only its first piece has the id


def test_facts_outside_their_sentence_still_highlight() -> None:
    article = tricky_article()
    odd = article.facts[0].model_copy(update={"evidence_span": (40, 50)})
    page = highlight(TRICKY, article.model_copy(update={"facts": [odd]}))
    assert page.count('<mark id="fact-1"') == 1 and 'class="ev"' not in page


def test_course_and_target_cells() -> None:
    text = "Mở 2 lớp cho 90 học viên; đến năm 2030 đạt 20 đến 25 thôn."
    course = Course(
        span=(3, 24), text=text[3:24], evidence=text, classes=2, learners=90, program="knowledge_update"
    )
    target = Target(
        span=(43, 58),
        text=text[43:58],
        evidence=text,
        value=20,
        value_max=25,
        qualifier="range",
        unit="thôn",
        deadline=2030,
    )
    page = render_article_page(Article(facts=[course, target]), text)
    assert "2 classes, 90 learners" in page
    assert '<td class="program" title="knowledge_update">cập nhật kiến thức</td>' in page
    assert "20–25" in page and ">2030<" in page


def header_cells(page: str) -> list[str]:
    head = re.search(r"<thead><tr>(.*?)</tr></thead>", page, re.S)
    assert head is not None
    return [html.unescape(h) for h in re.findall(r"<th>(.*?)</th>", head[1])]


def fact_rows(page: str) -> list[str]:
    return re.findall(r'<tr id="row-\d+".*?</tr>', page, re.S)


def test_columns_empty_for_every_fact_are_dropped() -> None:
    text = "Huyện kết nạp 57 đảng viên và 12 tổ chức."
    facts = [
        Count(span=(14, 26), text=text[14:26], evidence=text, value=57, unit="đảng viên"),
        Count(span=(30, 40), text=text[30:40], evidence=text, value=12, unit="tổ chức"),
    ]
    page = render_article_page(Article(facts=facts), text)
    assert header_cells(page) == ["#", "type", "value", "unit"]
    assert all(row.count("<td") == 4 for row in fact_rows(page))
    # a column that one fact fills is kept for all
    page = render_article_page(tricky_article(), TRICKY)
    assert header_cells(page) == ["#", "type", "value", "unit", "subject", "change"]
    assert all(row.count("<td") == 6 for row in fact_rows(page))


def test_value_cell_carries_the_qualifier() -> None:
    text = "Mỗi chi bộ kết nạp ít nhất 2 đảng viên, khoảng 40%."
    facts = [
        Count(
            span=(19, 38), text=text[19:38], evidence=text, value=2, unit="đảng viên", qualifier="at_least"
        ),
        Rate(span=(40, 50), text=text[40:50], evidence=text, value=40, qualifier="approx"),
    ]
    page = render_article_page(Article(facts=facts), text)
    cells = re.findall(r'<td class="num value">(.*?)</td>', page)
    assert cells == ['<span class="qualifier">at least</span> 2', '<span class="qualifier">approx</span> 40%']
    assert 'title="1. count: at least 2"' in page


def test_article_without_facts_keeps_a_readable_table() -> None:
    page = render_article_page(Article(facts=[]), "Không có số liệu.")
    assert header_cells(page) == ["#", "type", "value"]
    assert '<td colspan="3" class="muted">No facts found.</td>' in page


# --- corpus report: HTML and figures --------------------------------------------------------------


def record(published: str | None, *facts: dict) -> dict:
    return {"source": "x.txt", "published": published, "facts": list(facts)}


def test_stats_from_records() -> None:
    stats = from_records(
        [
            record(
                "2023-01-15",
                {"type": "course", "program": "party_admission", "classes": 2, "learners": 100},
                {"type": "course", "program": "party_admission", "classes": None, "learners": 30},
                {"type": "rate", "value": 40, "subject": "Tỷ lệ  nữ"},
                {"type": "target", "value": 5, "deadline": 2025},
            ),
            record(
                "2023-04-02T08:00:00",
                {"type": "rate", "value": 60.5, "subject": "tỷ lệ nữ"},
                {"type": "target", "value": 1, "deadline": None},
            ),
            record(None),
        ]
    )
    assert (stats.articles, stats.facts, stats.articles_without_facts) == (3, 6, 1)
    assert stats.facts_by_type == {"course": 2, "rate": 2, "target": 2}
    totals = stats.programs["party_admission"]
    assert (totals.courses, totals.classes, totals.learners) == (2, 2, 130)
    (group,) = stats.top_rates(5)
    assert group.label == "Tỷ lệ nữ" and group.values == [40.0, 60.5]
    assert stats.targets_by_deadline == {2025: 1, None: 1}
    assert stats.months() == [("2023-01", 1), ("2023-02", 0), ("2023-03", 0), ("2023-04", 1)]
    assert stats.undated == 1


def test_unreadable_lines_and_error_report(tmp_path: Path) -> None:
    facts = tmp_path / "facts.jsonl"
    facts.write_text(json.dumps(record("2024-02-01")) + "\n{broken\n\n[1, 2]\n", encoding="utf-8")
    errors = tmp_path / "errors.jsonl"
    errors.write_text(
        json.dumps({"path": "a/b.html", "reason": "no main text", "line": None, "extra": 1}) + "\n",
        encoding="utf-8",
    )
    stats = collect(facts)
    assert stats.articles == 1
    assert [f.path for f in stats.unreadable] == [f"{facts}:2", f"{facts}:4"]
    assert [(f.path, f.reason) for f in read_failures(errors)] == [("a/b.html", "no main text")]


def test_report_escapes_and_lists_failures() -> None:
    stats = from_records([tricky_article().model_dump(mode="json")])
    failures = [FailedFile("<img src=x onerror=alert(3)>.html", "bad & <worse>")]
    page = render_corpus_report(stats, failures, title="<Báo cáo>")
    assert "<img" not in page and "&lt;img src=x onerror=alert(3)&gt;.html" in page
    assert "bad &amp; &lt;worse&gt;" in page
    assert "<title>&lt;Báo cáo&gt;</title>" in page
    assert "tỷ lệ &lt;đạt&gt;" in page  # the rate subject, in the chart and the table
    assert "Failed files (1)" in page
    assert parse(page).errors == []


@needs_corpus
def test_corpus_report_sections(facts_file: Path, corpus_articles) -> None:
    stats = collect(facts_file)
    page = render_corpus_report(stats, top=5)
    assert stats.articles == len(corpus_articles)
    assert stats.facts == sum(len(a.facts) for _, _, a in corpus_articles)
    for section in ("types", "programs", "rates", "targets", "months", "failures"):
        assert f'<section id="{section}"' in page
    assert page.count("<svg") == 7
    assert page.count('<g class="range">') == min(5, len(stats.rates))
    assert parse(page).errors == []


def test_chart_helpers() -> None:
    assert [nice_max(v) for v in (0, 0.7, 7, 26, 107, 5338)] == [1, 1, 10, 50, 200, 10000]
    assert ticks(1, integer=True) == (1, 1) and ticks(10, integer=True) == (10, 5)
    top, step = ticks(0.3)
    assert top >= 0.3 and step == pytest.approx(0.1)
    for chart in (bar_chart([], title="t"), column_chart([], title="t"), range_chart([], title="t")):
        assert "no data" in chart and chart.startswith("<svg")
    bars = bar_chart([Bar("<a>", 3), Bar("b" * 80, 5)], title="x & y")
    assert "&lt;a&gt;" in bars and 'aria-label="x &amp; y"' in bars and "…" in bars
    cols = column_chart([Bar(f"2024-{m:02d}", m) for m in range(1, 13)] * 3, title="m", max_labels=12)
    assert cols.count("<rect") == 36 and cols.count("rotate(-45") == 12
    ranges = range_chart([Range("a", 10, 20, 130, 3)], title="r")
    assert "n=3" in ranges and "150%" in ranges


# --- command line ---------------------------------------------------------------------------


def test_show_command_writes_a_page(tmp_path: Path) -> None:
    src = tmp_path / "bai.txt"
    src.write_text(TRICKY, encoding="utf-8")
    out = tmp_path / "out" / "bai.html"
    result = CliRunner().invoke(app, ["show", str(src), "-o", str(out)], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    page = out.read_text(encoding="utf-8")
    assert text_of(page) == TRICKY
    assert page.count('<mark id="fact-') == len(newsfacts.extract(TRICKY).facts)


def test_show_and_report_refuse_missing_files(tmp_path: Path) -> None:
    for command in ("show", "report"):
        result = CliRunner().invoke(app, [command, str(tmp_path / "none.txt")])
        assert result.exit_code == 2 and "no such file" in result.stderr


@needs_corpus
def test_report_command_with_errors(tmp_path: Path, facts_file: Path) -> None:
    errors = tmp_path / "errors.jsonl"
    errors.write_text(json.dumps({"path": "crawl/x.html", "reason": "no main text"}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["report", str(facts_file), "--errors", str(errors), "--top", "3"])
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("<!DOCTYPE html>")
    assert "crawl/x.html" in result.stdout and "Failed files (1)" in result.stdout


# --- headless browser -----------------------------------------------------------------------




def chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    profile = tmp_path / f"profile-{len(list(tmp_path.glob('profile-*')))}"
    command = [
        CHROMIUM or "chromium",
        *HEADLESS_FLAGS,
        f"--user-data-dir={profile}",
        *args,
    ]
    return subprocess.run(command, capture_output=True, text=True, timeout=180, check=True)


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory, facts_file: Path) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("pages")
    article = ARTICLES[0]
    runner = CliRunner()
    for args in (
        ["show", str(article), "-o", str(out / "article.html")],
        ["report", str(facts_file), "-o", str(out / "report.html")],
    ):
        assert runner.invoke(app, args, catch_exceptions=False).exit_code == 0
    return {"article": out / "article.html", "report": out / "report.html", "source": article}


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


@needs_browser
@needs_corpus
def test_article_page_in_browser(tmp_path: Path, pages: dict[str, Path]) -> None:
    facts = newsfacts.extract_file(pages["source"]).facts
    # The page's script follows #fact-N on load: flashes that fact and selects its row.
    dom = chromium(tmp_path, "--dump-dom", pages["article"].as_uri() + "#fact-2").stdout
    assert len(re.findall(r'<mark id="fact-\d+"', dom)) == len(facts)
    assert len(re.findall(r'<tr id="row-\d+"', dom)) == len(facts)
    for fact in facts:
        assert f'data-type="{fact.type}"' in dom
    assert re.search(r'<mark id="fact-2"[^>]*class="[^"]*\bflash\b', dom)
    assert re.search(r'<tr id="row-2"[^>]*class="selected"', dom)


@needs_browser
@needs_corpus
def test_report_in_browser(tmp_path: Path, pages: dict[str, Path]) -> None:
    dom = chromium(tmp_path, "--dump-dom", pages["report"].as_uri()).stdout
    assert len(re.findall(r"<svg[^>]*class=\"chart", dom)) == 7
    assert len(re.findall(r"<rect", dom)) >= 10
    assert '<g class="range">' in dom and '<g class="column">' in dom


@needs_browser
@needs_corpus
@pytest.mark.parametrize("name", ["article", "report"])
def test_screenshots(tmp_path: Path, pages: dict[str, Path], name: str) -> None:
    shot = tmp_path / f"{name}.png"
    chromium(tmp_path, f"--screenshot={shot}", "--window-size=1280,2000", pages[name].as_uri())
    assert shot.exists()
    assert png_size(shot) == (1280, 2000)
    assert shot.stat().st_size > 50_000  # a blank or error page compresses to a few kB
    keep = os.environ.get("NEWSFACTS_SCREENSHOTS")
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        shutil.copy(shot, Path(keep) / shot.name)


def measure(tmp_path: Path, page: str, script: str, *, css: str = "") -> object:
    """What ``script`` computes in ``page`` laid out at 1400×1000; it must set ``result``."""
    path = tmp_path / f"measured-{len(list(tmp_path.glob('measured-*')))}.html"
    probe = (
        f"<style>{css}</style><script>(function(){{var result;{script}"
        "document.body.setAttribute('data-measured',JSON.stringify(result));})();</script></body>"
    )
    path.write_text(page.replace("</body>", probe), encoding="utf-8")
    dom = chromium(tmp_path, "--window-size=1400,1000", "--dump-dom", path.as_uri()).stdout
    found = re.search(r'data-measured="([^"]*)"', dom)
    assert found is not None, dom[-500:]
    return json.loads(html.unescape(found[1]))


# Every <text> of every chart that sticks out of its <svg>, with by how much (left, right, top, bottom).
TEXT_OUTSIDE = """
result=[];
document.querySelectorAll('svg.chart').forEach(function(svg){
  var b=svg.getBoundingClientRect();
  svg.querySelectorAll('text').forEach(function(t){
    var r=t.getBoundingClientRect();
    var out=[b.left-r.left,r.right-b.right,b.top-r.top,r.bottom-b.bottom].map(Math.round);
    if(Math.max.apply(null,out)>0){result.push(svg.getAttribute('aria-label')+': '+t.textContent+' '+out);}
  });
});
"""


@needs_browser
@pytest.mark.parametrize(
    "font",
    ["", "svg text{font-size:14px;font-family:'DejaVu Sans',Verdana,sans-serif}"],
    ids=["page-font", "wide-font"],
)
def test_chart_labels_stay_inside_their_chart(tmp_path: Path, font: str) -> None:
    """Month and axis labels are not cut at the chart's edge, even in a wider font than the page asks for."""
    records = [record(f"{y}-{m:02d}-01") for y in range(2018, 2025) for m in range(1, 13)][10:]
    records += [record("2018-11-02")] * 12_000
    targets = ({"type": "target", "value": 1, "deadline": y} for y in (2025, 2030))
    records.append(record("2020-01-01", *targets))
    outside = measure(tmp_path, render_corpus_report(from_records(records)), TEXT_OUTSIDE, css=font)
    assert outside == []


@needs_browser
@needs_corpus
def test_article_text_gets_most_of_the_width(tmp_path: Path, pages: dict[str, Path]) -> None:
    """The text is the larger column, and every column of the facts table shows without scrolling sideways."""
    widths = measure(
        tmp_path,
        pages["article"].read_text(encoding="utf-8"),
        "var f=document.querySelector('.facts');"
        "result={text:document.querySelector('.text').getBoundingClientRect().width,"
        "facts:f.getBoundingClientRect().width,overflow:f.scrollWidth-f.clientWidth,"
        "columns:[].map.call(f.querySelectorAll('th'),function(th){"
        "return [th.textContent,th.getBoundingClientRect().width];})};",
    )
    assert widths["text"] / (widths["text"] + widths["facts"]) >= 0.58, widths
    assert widths["overflow"] <= 0, widths
    assert dict(widths["columns"]).get("subject", 100) >= 100, widths
