"""Small inline-SVG charts for the corpus report: bars, columns, and ranges.

Generated as text, so the report needs no JavaScript library and no network;
every label is escaped, long ones are shortened with the full text in a
tooltip (``<title>``).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from newsfacts.report._html import count_of, esc, fmt_num

DEFAULT_COLOUR = "#4e79a7"
UNKNOWN = "unknown"
CHAR_WIDTH = 9.0  # px per character: a wide font (DejaVu Sans, Verdana) at 14 px
LINE_HEIGHT = 14  # px a label's glyphs take across its baseline
LABEL_GAP = 14  # px from the axis to where a slanted label ends
FONT = 'font-size="12" fill="#1d232a"'


@dataclass(frozen=True, slots=True)
class Bar:
    """One bar or column: its label, value, colour and an optional tooltip.

    A bar whose value is None is unknown: drawn as a written mark, never as
    a bar of zero length.
    """

    label: str
    value: float | None
    colour: str = DEFAULT_COLOUR
    tip: str = ""


@dataclass(frozen=True, slots=True)
class Range:
    """One row of a range chart: lowest, mean and highest of ``n`` values."""

    label: str
    low: float
    mean: float
    high: float
    n: int


def nice_max(value: float) -> float:
    """A round axis end at or above ``value`` (1, 2, 2.5 or 5 times a power of ten)."""
    if value <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(value))
    return next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= value)


def clip(label: str, limit: int) -> str:
    """``label`` cut to ``limit`` characters with an ellipsis."""
    return label if len(label) <= limit else label[: limit - 1].rstrip() + "…"


def _svg(width: int, height: int, title: str, inner: str, kind: str) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart chart-{kind}" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="img" aria-label="{esc(title)}">'
        f"<title>{esc(title)}</title>{inner}</svg>"
    )


def _empty(width: int, title: str, kind: str) -> str:
    return _svg(width, 40, title, f'<text x="8" y="24" {FONT} fill-opacity=".6">no data</text>', kind)


def bar_chart(bars: Sequence[Bar], *, title: str, width: int = 560, label_width: int = 190) -> str:
    """Horizontal bars, one row per item, value written at the end of each bar."""
    if not bars:
        return _empty(width, title, "bars")
    row, top = 24, 6
    plot = width - label_width - 70
    top_value = nice_max(max((b.value for b in bars if b.value is not None), default=0))
    parts = []
    for i, bar in enumerate(bars):
        y = top + i * row
        shown = UNKNOWN if bar.value is None else fmt_num(bar.value)
        tip = esc(bar.tip or f"{bar.label}: {shown}")
        label = (
            f'<text x="{label_width - 8}" y="{y + 15}" text-anchor="end" {FONT}>'
            f"{esc(clip(bar.label, label_width // 7))}</text>"
        )
        if bar.value is None:
            figure = f'<text x="{label_width + 6}" y="{y + 15}" {FONT} font-style="italic" fill-opacity=".6">'
            parts.append(f'<g class="bar"><title>{tip}</title>{label}{figure}{UNKNOWN}</text></g>')
            continue
        length = plot * bar.value / top_value
        parts.append(
            f'<g class="bar"><title>{tip}</title>{label}'
            f'<rect x="{label_width}" y="{y + 3}" width="{length:.1f}" height="{row - 8}" rx="2" '
            f'fill="{esc(bar.colour)}"/>'
            f'<text x="{label_width + length + 6:.1f}" y="{y + 15}" {FONT}>{esc(shown)}</text></g>'
        )
    height = top * 2 + row * len(bars)
    axis = f'<line x1="{label_width}" y1="{top}" x2="{label_width}" y2="{height - top}" stroke="#9aa3ad"/>'
    return _svg(width, height, title, axis + "".join(parts), "bars")


def ticks(top: float, *, integer: bool = False) -> tuple[float, float]:
    """Axis end and step for about four gridlines (step 1, 2 or 5 times a power of ten)."""
    raw = max(top, 1e-9) / 4
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    if integer:
        step = max(step, 1.0)
    return step * max(1, math.ceil(top / step)), step


def text_width(text: str) -> float:
    """Room to leave for ``text`` in a chart: wide enough for a wide font at up to 14 px.

    SVG cannot measure text, so margins are set from this estimate; it is
    generous so that a wider font than the page asks for (a fallback font, a
    minimum font size) still fits.
    """
    return len(text) * CHAR_WIDTH


def column_chart(
    bars: Sequence[Bar], *, title: str, width: int = 560, height: int = 220, max_labels: int = 16
) -> str:
    """Vertical columns along a category axis (years, months); every value must be known.

    At most ``max_labels`` category labels are written (every k-th, slanted
    when crowded); each column's tooltip names it. ``height`` is that of a
    chart with upright labels; slanted ones get more room below. The margins
    are set from the longest labels, so that none is cut at the chart's edge.
    """
    if not bars:
        return _empty(width, title, "columns")
    every = math.ceil(len(bars) / max_labels)
    slant = len(bars) / every > 8
    integer = all(float(b.value).is_integer() for b in bars)
    top_value, step = ticks(max(b.value for b in bars), integer=integer)
    tick_values = [step * k for k in range(round(top_value / step) + 1)]
    labels = [clip(b.label, 12) for b in bars]
    longest = max(text_width(label) for label in labels[::every])
    # A slanted label ends at its column and runs down and left by its length at 45°, plus a line height.
    reach = (longest + LINE_HEIGHT) * math.sqrt(0.5) if slant else longest / 2
    right, top = 10, 16
    left = max(text_width(fmt_num(v)) for v in tick_values) + 10
    narrowest_step = (width - right - max(left, reach + 4)) / len(bars)
    left = max(left, reach + 4 - narrowest_step / 2)
    bottom = round(LABEL_GAP + reach + 6) if slant else 26
    plot_w, plot_h = width - left - right, height - top - 26
    height = top + plot_h + bottom
    step_w = plot_w / len(bars)
    base = top + plot_h
    parts = []
    for v in tick_values:
        y = base - plot_h * v / top_value
        parts.append(
            f'<line x1="{left:.1f}" y1="{y:.1f}" x2="{width - right}" y2="{y:.1f}" stroke="#e1e5ea"/>'
            f'<text x="{left - 6:.1f}" y="{y + 4:.1f}" text-anchor="end" {FONT}>{esc(fmt_num(v))}</text>'
        )
    for i, bar in enumerate(bars):
        h = plot_h * bar.value / top_value
        x = left + i * step_w + step_w * 0.15
        cx = left + i * step_w + step_w / 2
        label = esc(labels[i])
        text = ""
        if i % every == 0:
            text = (
                f'<text x="{cx:.1f}" y="{base + LABEL_GAP}" text-anchor="end" {FONT} '
                f'transform="rotate(-45 {cx:.1f} {base + LABEL_GAP})">{label}</text>'
                if slant
                else f'<text x="{cx:.1f}" y="{base + 16}" text-anchor="middle" {FONT}>{label}</text>'
            )
        tip = esc(bar.tip or f"{bar.label}: {fmt_num(bar.value)}")
        parts.append(
            f'<g class="column"><title>{tip}</title>'
            f'<rect x="{x:.1f}" y="{base - h:.1f}" width="{step_w * 0.7:.1f}" height="{h:.1f}" '
            f'fill="{esc(bar.colour)}"/>{text}</g>'
        )
    return _svg(width, height, title, "".join(parts), "columns")


def range_chart(
    rows: Sequence[Range], *, title: str, width: int = 560, label_width: int = 210, domain: float = 100.0
) -> str:
    """Per row a line from lowest to highest value and a dot at the mean, on a 0..domain axis."""
    if not rows:
        return _empty(width, title, "ranges")
    row, top, axis_h = 24, 6, 22
    domain = max(domain, nice_max(max(r.high for r in rows)))
    plot = width - label_width - 50

    def x(v: float) -> float:
        return label_width + plot * v / domain

    height = top + row * len(rows) + axis_h
    base = top + row * len(rows)
    parts = []
    for k in range(5):
        v = domain * k / 4
        parts.append(
            f'<line x1="{x(v):.1f}" y1="{top}" x2="{x(v):.1f}" y2="{base}" stroke="#e1e5ea"/>'
            f'<text x="{x(v):.1f}" y="{base + 15}" text-anchor="middle" {FONT}>{esc(fmt_num(v))}%</text>'
        )
    for i, r in enumerate(rows):
        y = top + i * row + row / 2
        tip = esc(
            f"{r.label}: {count_of(r.n, 'rate')}, {fmt_num(r.low)}–{fmt_num(r.high)}%, "
            f"mean {fmt_num(round(r.mean, 1))}%"
        )
        parts.append(
            f'<g class="range"><title>{tip}</title>'
            f'<text x="{label_width - 8}" y="{y + 4:.1f}" text-anchor="end" {FONT}>'
            f"{esc(clip(r.label, label_width // 7))}</text>"
            f'<line x1="{x(r.low):.1f}" y1="{y:.1f}" x2="{x(r.high):.1f}" y2="{y:.1f}" stroke="#E69F00" '
            f'stroke-width="4" stroke-linecap="round"/>'
            f'<circle cx="{x(r.mean):.1f}" cy="{y:.1f}" r="5" fill="#a05a00"/>'
            f'<text x="{width - 6}" y="{y + 4:.1f}" text-anchor="end" {FONT} fill-opacity=".7">'
            f"n={r.n}</text></g>"
        )
    return _svg(width, height, title, "".join(parts), "ranges")
