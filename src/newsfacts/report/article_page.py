"""One article for review: its text with every fact highlighted, and a table of the facts beside it.

A reviewer reads the highlighted text to see what was found and what was
missed, and clicks a table row to jump to (and flash) the sentence that
states the fact, to check its fields against the words.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from newsfacts.records import Article, Change, Count, Course, Rate, Target
from newsfacts.report._html import count_of, esc, fmt_num, legend, page, plural
from newsfacts.report.labels import program_label

CSS = """
/* The facts get what their table needs, at most 40% (up to 540px on narrower screens, never past 48%);
   the text gets the rest. */
main{display:grid;grid-template-columns:minmax(0,1fr) fit-content(max(40%,min(540px,48%)));gap:16px;
padding:16px 24px}
.text,.facts{background:#fff;border:1px solid #dde1e6;border-radius:6px}
.text{padding:16px 20px;white-space:pre-wrap;overflow-wrap:anywhere;line-height:1.7}
.facts{max-height:calc(100vh - 32px);overflow:auto;position:sticky;top:16px;align-self:start}
mark{color:inherit;border-radius:2px;padding:0 1px;cursor:pointer}
mark mark{border-bottom-style:dashed}
.ev.flash{animation:ev 2.4s ease-out}
mark.flash{animation:mk 2.4s ease-out}
@keyframes ev{0%,40%{background:#fff59d}100%{background:transparent}}
@keyframes mk{0%,50%{outline:3px solid #d62728;outline-offset:1px}100%{outline:3px solid transparent}}
.facts table{font-size:12.5px}
.facts th,.facts td{padding:4px 5px}
.facts td{overflow-wrap:break-word}
.facts td.subject{min-width:100px} /* a subject keeps room for a phrase, whatever the fonts */
.facts td.value{white-space:normal}
.facts .qualifier{color:#56606b;white-space:nowrap}
.facts th{white-space:nowrap}
.tag{white-space:nowrap}
tbody tr{cursor:pointer}
tbody tr:hover{background:#f3f6fa}
tbody tr.selected{background:#fff8d6}
tbody tr:focus{outline:2px solid #0072B2;outline-offset:-2px}
.rejected{margin:0 24px 24px;padding:12px 16px;background:#fff;border:1px solid #dde1e6;border-radius:6px;
font-size:13px}
@media (max-width:1000px){main{grid-template-columns:1fr}.facts{position:static;max-height:none}}
"""

SCRIPT = """
(function(){
  function marks(n){return document.querySelectorAll('mark[data-fact="'+n+'"]');}
  function select(n){
    document.querySelectorAll('tbody tr.selected').forEach(function(r){r.classList.remove('selected');});
    var row=document.getElementById('row-'+n); if(row){row.classList.add('selected');}
    return row;
  }
  function flash(el){el.classList.remove('flash'); void el.offsetWidth; el.classList.add('flash');}
  function show(n){
    var ms=marks(n); if(!ms.length){return;}
    ms[0].scrollIntoView({behavior:'smooth',block:'center'});
    var ev=document.querySelector('.ev[data-ev="'+ms[0].dataset.ev+'"]'); if(ev){flash(ev);}
    ms.forEach(flash); select(n);
  }
  document.querySelectorAll('tbody tr[data-fact]').forEach(function(row){
    row.addEventListener('click',function(){show(row.dataset.fact);});
    row.addEventListener('keydown',function(e){
      if(e.key==='Enter'||e.key===' '){e.preventDefault();show(row.dataset.fact);}
    });
  });
  document.querySelectorAll('mark[data-fact]').forEach(function(m){
    m.addEventListener('click',function(e){
      e.stopPropagation(); var row=select(m.dataset.fact);
      if(row){row.scrollIntoView({behavior:'smooth',block:'nearest'});} flash(m);
    });
  });
  var h=location.hash.match(/^#fact-(\\d+)$/); if(h){show(h[1]);}
})();
"""

# Table columns; those after the first three are shown only when some fact of the article fills them.
# The value cell carries the qualifier ("at most 4"), so that nine fields fit in the narrow column.
COLUMNS = ("#", "type", "value", "unit", "subject", "program", "change", "deadline")
ALWAYS_SHOWN = 3


@dataclass(frozen=True, slots=True)
class _Interval:
    """A stretch of text wrapped in one element: a fact's highlight or its evidence sentence."""

    start: int
    end: int
    tag: str
    first: str  # attributes of the first piece (carries the id)
    rest: str  # attributes of the pieces reopened after a crossing interval closed
    rank: int  # outer first when two start together with the same end


def render_article_page(article: Article, text: str, *, title: str | None = None) -> str:
    """The review page of one article; ``text`` is the text its spans index."""
    heading = title or article.title or article.source or "Article"
    counts = Counter(f.type for f in article.facts)
    meta = [
        ("source", article.source),
        ("published", article.published),
        ("category", article.category),
        ("author", article.author),
    ]
    meta_html = "".join(f'<span class="m-{k}">{esc(k)}: {esc(v)}</span>' for k, v in meta if v)
    body = (
        f'<header><h1>{esc(heading)}</h1><div class="meta">{meta_html}'
        f"<span>{count_of(len(article.facts), 'fact')}</span></div>{legend(counts)}</header>"
        f'<main><article class="text" id="text">{highlight(text, article)}</article>'
        f'<section class="facts" aria-label="facts">{facts_table(article)}</section></main>'
        f"{_rejected(article.rejected)}"
    )
    return page(f"{heading} – newsfacts", body, css=CSS, script=SCRIPT)


def highlight(text: str, article: Article) -> str:
    """The text, escaped, with one ``<mark id="fact-N">`` per fact inside its evidence sentence."""
    evidence: dict[tuple[int, int], int] = {}
    intervals = []
    for n, fact in enumerate(article.facts, start=1):
        ev = fact.evidence_span
        ev_attr = ""
        if ev is not None and ev[0] <= fact.span[0] and fact.span[1] <= ev[1]:
            ev_id = evidence.setdefault(tuple(ev), len(evidence) + 1)
            ev_attr = f' data-ev="{ev_id}"'
        common = f'class="f-{fact.type}" data-fact="{n}" data-type="{fact.type}"{ev_attr}'
        tip = f' title="{n}. {esc(fact.type)}: {esc(_qualified(fact))}"'
        intervals.append(
            _Interval(fact.span[0], fact.span[1], "mark", f'id="fact-{n}" {common}{tip}', common, 1)
        )
    for (start, end), ev_id in evidence.items():
        attrs = f'class="ev" data-ev="{ev_id}"'
        intervals.append(_Interval(start, end, "span", f'id="ev-{ev_id}" {attrs}', attrs, 0))
    return nest(text, intervals)


def nest(text: str, intervals: Sequence[_Interval]) -> str:
    """Escaped ``text`` with each interval wrapped in its element, always well nested.

    Where two intervals cross, the inner one is closed at the outer one's end
    and reopened after it (the reopened piece has no id), so each interval has
    exactly one element with its ``first`` attributes.
    """
    size = len(text)
    kept = [iv for iv in intervals if 0 <= iv.start < iv.end <= size]
    starts: dict[int, list[_Interval]] = defaultdict(list)
    for iv in kept:
        starts[iv.start].append(iv)
    bounds = sorted({0, size} | {iv.start for iv in kept} | {iv.end for iv in kept})
    out: list[str] = []
    stack: list[_Interval] = []
    prev = 0
    for pos in bounds:
        out.append(esc(text[prev:pos]))
        prev = pos
        if any(iv.end == pos for iv in stack):
            reopen = []
            while any(iv.end == pos for iv in stack):
                iv = stack.pop()
                out.append(f"</{iv.tag}>")
                if iv.end != pos:
                    reopen.append(iv)
            for iv in reversed(reopen):
                out.append(f"<{iv.tag} {iv.rest}>")
                stack.append(iv)
        for iv in sorted(starts.get(pos, ()), key=lambda i: (-i.end, i.rank)):
            out.append(f"<{iv.tag} {iv.first}>")
            stack.append(iv)
    return "".join(out)


def _field(fact: object):
    """Reader of optional fields: not every fact type has every column."""
    return lambda name: getattr(fact, name, None)


def facts_table(article: Article) -> str:
    """One row per fact, in text order; a row's ``data-fact`` names its highlight.

    Columns that no fact of the article fills are left out, and cells wrap,
    so that the table needs little width and the text keeps most of it.
    """
    cells = [_cells(n, fact) for n, fact in enumerate(article.facts, start=1)]
    keep = [i for i in range(len(COLUMNS)) if i < ALWAYS_SHOWN or any(row[i][1] for row in cells)]
    head = "".join(f"<th>{esc(COLUMNS[i])}</th>" for i in keep)
    rows = [
        f'<tr id="row-{n}" data-fact="{n}" tabindex="0" title="{esc(fact.text)}">'
        + "".join(f"<td{row[i][0]}>{row[i][1]}</td>" for i in keep)
        + "</tr>"
        for n, (fact, row) in enumerate(zip(article.facts, cells, strict=True), start=1)
    ]
    if not rows:
        rows.append(f'<tr><td colspan="{len(keep)}" class="muted">No facts found.</td></tr>')
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def _cells(n: int, fact: Course | Count | Rate | Target) -> list[tuple[str, str]]:
    """(attributes, escaped content) of each column's cell for one fact; '' where it has nothing."""
    get = _field(fact)
    program = get("program")
    return [
        (' class="num"', str(n)),
        ("", f'<span class="tag t-{esc(fact.type)}">{esc(fact.type)}</span>'),
        (' class="num value"', _value_cell(fact)),
        ("", esc(get("unit"))),
        (' class="subject"', esc(get("subject"))),
        (f' class="program" title="{esc(program)}"', esc(program_label(program))) if program else ("", ""),
        ("", esc(_change(get("change")))),
        (' class="num"', esc(get("deadline"))),
    ]


def _value(fact: Course | Count | Rate | Target) -> str:
    """The key figures: the classes and learners a course gives, value (or range) otherwise."""
    if isinstance(fact, Course):
        parts = [
            f"{fmt_num(n)} {plural(n, one, many)}"
            for n, one, many in ((fact.classes, "class", "classes"), (fact.learners, "learner", "learners"))
            if n is not None
        ]
        return ", ".join(parts)
    shown = fmt_num(fact.value)
    if fact.value_max is not None:
        shown += f"–{fmt_num(fact.value_max)}"
    return shown + ("%" if isinstance(fact, Rate) else "")


def _qualifier(fact: Course | Count | Rate | Target) -> str:
    """The qualifier as words ("at most"); none for an exact value or a range, which shows as low–high."""
    qualifier = str(getattr(fact, "qualifier", "exact"))
    return "" if qualifier in ("exact", "range") else qualifier.replace("_", " ")


def _qualified(fact: Course | Count | Rate | Target) -> str:
    """ "at most 4", "24.3%": the value as a reader says it."""
    return " ".join(filter(None, (_qualifier(fact), _value(fact))))


def _value_cell(fact: Course | Count | Rate | Target) -> str:
    qualifier = _qualifier(fact)
    words = f'<span class="qualifier">{esc(qualifier)}</span> ' if qualifier else ""
    return words + esc(_value(fact))


def _change(change: Change | None) -> str:
    """ "↑ 8 (nearly)": direction, size, unit and qualifier of a change."""
    if change is None:
        return ""
    arrow = "↑" if str(change.direction) == "increase" else "↓"
    unit = f" {change.unit}" if change.unit else ""
    qualifier = "" if str(change.qualifier) == "exact" else f" ({change.qualifier})"
    return f"{arrow} {fmt_num(change.value)}{unit}{qualifier}"


def _rejected(rejected: list[str]) -> str:
    if not rejected:
        return ""
    items = "".join(f"<li>{esc(r)}</li>" for r in rejected)
    heading = f"<h2>Dropped candidates ({len(rejected)})</h2>"
    return f'<section class="rejected">{heading}<ul>{items}</ul></section>'
