"""One-page overview of a processed corpus: what was found, where, when, and what failed.

Meant for the person who ran ``newsfacts extract`` over a crawl and wants to
see at a glance whether the output looks plausible (types, programmes,
subjects, years) and which files need attention.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from newsfacts.report._html import TYPE_COLOURS, count_of, esc, fmt_num, legend, page, plural
from newsfacts.report.corpus_stats import CorpusStats, FailedFile, ProgramTotals
from newsfacts.report.labels import program_label
from newsfacts.report.svg import Bar, Range, bar_chart, column_chart, range_chart

CSS = """
main{display:grid;grid-template-columns:repeat(auto-fit,minmax(560px,1fr));gap:16px;padding:16px 24px}
section{background:#fff;border:1px solid #dde1e6;border-radius:6px;padding:14px 16px;min-width:0}
section.wide{grid-column:1/-1}
.cards{display:flex;flex-wrap:wrap;gap:12px;padding:16px 24px 0}
.card{background:#fff;border:1px solid #dde1e6;border-radius:6px;padding:10px 16px;min-width:130px}
.card b{display:block;font-size:22px}
.card span{color:#56606b;font-size:13px}
.card.bad b{color:#b42318}
svg.chart{max-width:100%;height:auto;display:block;margin:4px 0 8px}
h3{font-size:14px;margin:10px 0 0;color:#3a434c}
.note{color:#56606b;font-size:12px;margin:4px 0 0}
.scroll{max-height:420px;overflow:auto}
"""

PROGRAM_COLOUR = TYPE_COLOURS["course"][0]


def render_corpus_report(
    stats: CorpusStats,
    failures: Sequence[FailedFile] = (),
    *,
    title: str = "newsfacts corpus report",
    source: str | None = None,
    top: int = 15,
) -> str:
    """The report page; ``failures`` are the files ``extract`` could not read."""
    failed = [*failures, *stats.unreadable]
    sub = f'<div class="meta"><span>{esc(source)}</span></div>' if source else ""
    body = (
        f"<header><h1>{esc(title)}</h1>{sub}{legend(stats.facts_by_type)}</header>"
        f"{_cards(stats, len(failed))}<main>"
        f"{_types(stats)}{_programs(stats)}{_rates(stats, top)}{_targets(stats)}{_months(stats)}"
        f"{_failures(failed)}</main>"
    )
    return page(title, body, css=CSS)


def _section(key: str, heading: str, inner: str, *, wide: bool = False) -> str:
    cls = ' class="wide"' if wide else ""
    return f'<section id="{key}"{cls}><h2>{esc(heading)}</h2>{inner}</section>'


def _cards(stats: CorpusStats, n_failed: int) -> str:
    by_type = ((f"{t} fact", stats.facts_by_type.get(t, 0)) for t in TYPE_COLOURS)
    bare = stats.articles_without_facts
    items = [
        (plural(stats.articles, "article"), stats.articles, ""),
        (plural(stats.facts, "fact"), stats.facts, ""),
        *((plural(n, label), n, "") for label, n in by_type),
        (f"{plural(bare, 'article')} without facts", bare, ""),
        (plural(n_failed, "failed file"), n_failed, " bad" if n_failed else ""),
    ]
    cards = "".join(
        f'<div class="card{cls}"><b>{fmt_num(n)}</b><span>{esc(label)}</span></div>'
        for label, n, cls in items
    )
    return f'<div class="cards">{cards}</div>'


def _types(stats: CorpusStats) -> str:
    types = [*TYPE_COLOURS, *sorted(set(stats.facts_by_type) - set(TYPE_COLOURS))]
    facts = [Bar(t, stats.facts_by_type.get(t, 0), TYPE_COLOURS.get(t, ("#888",))[0]) for t in types]
    articles = [Bar(t, stats.articles_by_type.get(t, 0), TYPE_COLOURS.get(t, ("#888",))[0]) for t in types]
    inner = (
        bar_chart(facts, title="Facts by type", label_width=90)
        + "<h3>Articles with at least one fact of each type</h3>"
        + bar_chart(articles, title="Articles by fact type", label_width=90)
    )
    return _section("types", "Facts by type", inner)


def _programs(stats: CorpusStats) -> str:
    rows = sorted(
        stats.programs.items(),
        key=lambda kv: (kv[1].learners_known is None, -kv[1].learners, program_label(kv[0])),
    )
    learners = [_program_bar(p, t.learners_known, PROGRAM_COLOUR) for p, t in rows]
    classes = [_program_bar(p, t.classes_known, "#56B4E9") for p, t in rows]
    table = "".join(
        f'<tr><td title="{esc(p)}">{esc(program_label(p))}</td><td class="num">{fmt_num(t.courses)}</td>'
        f"{_known_cell(t.classes_known)}{_known_cell(t.learners_known)}"
        f'<td class="num">{fmt_num(t.without_learners)}</td></tr>'
        for p, t in rows
    )
    inner = (
        "<h3>Learners</h3>"
        + bar_chart(learners, title="Learners by programme", label_width=220)
        + "<h3>Classes</h3>"
        + bar_chart(classes, title="Classes by programme", label_width=220)
        + "<table><thead><tr><th>programme</th><th>course facts</th><th>classes</th><th>learners</th>"
        f"<th>course facts without a learner count</th></tr></thead><tbody>{table}</tbody></table>"
        + '<p class="note">Sums over course facts as reported: where an article gives a total and its '
        "breakdown, both are counted.</p>" + _unknown_note(stats.programs.values())
    )
    return _section("programs", "Learners and classes by programme", inner)


def _program_bar(program: str, value: int | None, colour: str) -> Bar:
    """A bar named in words, with the programme id in its tooltip."""
    label = program_label(program)
    shown = "unknown" if value is None else fmt_num(value)
    return Bar(label, value, colour, tip=f"{label} ({program}): {shown}")


def _known_cell(value: int | None) -> str:
    return '<td class="num muted">unknown</td>' if value is None else f'<td class="num">{fmt_num(value)}</td>'


def _unknown_note(totals: Iterable[ProgramTotals]) -> str:
    """Says how many courses gave no count, so that the sums are read as covering the others only."""
    totals = list(totals)
    missing = [
        (n, what)
        for what, n in (
            ("learner", sum(t.without_learners for t in totals)),
            ("class", sum(t.without_classes for t in totals)),
        )
        if n
    ]
    if not missing:
        return ""
    (n, what), *rest = missing
    parts = [f"{count_of(n, 'course fact')} without a {what} count"]
    parts += [f"{fmt_num(n)} without a {what} count" for n, what in rest]
    verb = "is" if sum(n for n, _ in missing) == 1 else "are"
    return (
        f'<p class="note">{" and ".join(parts)} {verb} left out of the sums; a programme where no course '
        "gives the count is marked unknown.</p>"
    )


def _rates(stats: CorpusStats, top: int) -> str:
    groups = stats.top_rates(top)
    rows = [
        Range(g.label, min(g.values), sum(g.values) / len(g.values), max(g.values), len(g.values))
        for g in groups
    ]
    table = "".join(
        f'<tr><td>{esc(r.label)}</td><td class="num">{r.n}</td><td class="num">{fmt_num(r.low)}%</td>'
        f'<td class="num">{fmt_num(round(r.mean, 1))}%</td><td class="num">{fmt_num(r.high)}%</td></tr>'
        for r in rows
    )
    shown = f"top {len(rows)} of {count_of(len(stats.rates), 'subject')}" if stats.rates else "no rates"
    inner = (
        f'<p class="note">{esc(shown)}, by number of rates; line from lowest to highest, dot at the mean.</p>'
        + range_chart(rows, title=f"Rates by subject (top {top})")
        + '<div class="scroll"><table><thead><tr><th>subject</th><th>rates</th><th>lowest</th><th>mean</th>'
        f"<th>highest</th></tr></thead><tbody>{table}</tbody></table></div>"
    )
    return _section("rates", "Rates by subject", inner)


def _targets(stats: CorpusStats) -> str:
    years = sorted(y for y in stats.targets_by_deadline if y is not None)
    bars = [Bar(str(y), stats.targets_by_deadline[y], TYPE_COLOURS["target"][0]) for y in years]
    if None in stats.targets_by_deadline:
        bars.append(Bar("no year", stats.targets_by_deadline[None], "#b9a3b3"))
    return _section("targets", "Targets by deadline", column_chart(bars, title="Targets by deadline year"))


def _months(stats: CorpusStats) -> str:
    bars = [Bar(m, n, "#4e79a7") for m, n in stats.months()]
    note = f'<p class="note">{count_of(stats.undated, "article")} without a publication date.</p>'
    chart = column_chart(bars, title="Articles by month published", width=1100, max_labels=24)
    return _section("months", "Articles by month", chart + note, wide=True)


def _failures(failed: Sequence[FailedFile]) -> str:
    if not failed:
        return _section("failures", "Failed files", '<p class="note">None.</p>', wide=True)
    rows = "".join(f"<tr><td>{esc(f.path)}</td><td>{esc(f.reason)}</td></tr>" for f in failed)
    table = f"<table><thead><tr><th>file</th><th>reason</th></tr></thead><tbody>{rows}</tbody></table>"
    return _section(
        "failures", f"Failed files ({len(failed)})", f'<div class="scroll">{table}</div>', wide=True
    )
