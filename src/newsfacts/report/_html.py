"""Pieces shared by the review pages: escaping, number formats, type colours, the page shell.

Pages are single self-contained files (inline CSS and JS, no network
assets), so that a reviewer can open them from disk or mail them around.
"""

from __future__ import annotations

import html
from collections.abc import Mapping

from newsfacts.fact_types import COLOURS

# strong for borders and bars, light for backgrounds behind text (declared with each type)
TYPE_COLOURS: Mapping[str, tuple[str, str]] = COLOURS
FACT_TYPES: tuple[str, ...] = tuple(TYPE_COLOURS)
NBSP_THIN = "\u202f"

BASE_CSS = """
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:#1d232a;
background:#f6f7f9}
header{padding:16px 24px;background:#fff;border-bottom:1px solid #dde1e6}
h1{font-size:20px;margin:0 0 4px}
h2{font-size:16px;margin:0 0 10px}
.meta{color:#56606b;font-size:13px}
.meta span+span:before{content:" · "}
.legend{display:flex;flex-wrap:wrap;gap:12px;margin-top:8px;font-size:13px}
.swatch{display:inline-block;width:12px;height:12px;border-radius:2px;margin-right:4px;vertical-align:-1px}
table{border-collapse:collapse;width:100%;font-size:13px}
th,td{text-align:left;padding:4px 6px;border-bottom:1px solid #e6e9ed;vertical-align:top}
th{position:sticky;top:0;background:#eef1f4;font-weight:600}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.muted{color:#8a939c}
.tag{display:inline-block;padding:0 6px;border-radius:3px;color:#fff;font-size:12px;font-weight:600}
"""


def esc(value: object) -> str:
    """Text or attribute value, escaped (quotes too, so it is safe in either place)."""
    return html.escape("" if value is None else str(value), quote=True)


def fmt_num(value: float | int | None) -> str:
    """A normalized figure for reading: thin-space thousands (unambiguous in Vietnamese and English)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        return f"{value:,}".replace(",", NBSP_THIN)
    whole, _, frac = f"{value:.6f}".rstrip("0").partition(".")
    return f"{int(whole):,}".replace(",", NBSP_THIN) + (f".{frac}" if frac else "")


def plural(n: float | None, singular: str, plural_form: str | None = None) -> str:
    """The noun that agrees with ``n``: ``singular`` for exactly one, else ``plural_form`` (or + "s")."""
    return singular if n == 1 else (plural_form or singular + "s")


def count_of(n: float, singular: str, plural_form: str | None = None) -> str:
    """ "1 article", "2 articles", "1 234 facts": a figure and the noun that agrees with it."""
    return f"{fmt_num(n)} {plural(n, singular, plural_form)}"


def type_css() -> str:
    """One rule per fact type for highlights, tags and swatches."""
    rules = []
    for name, (strong, light) in TYPE_COLOURS.items():
        rules.append(
            f"mark.f-{name}{{background:{light};border-bottom:2px solid {strong}}}"
            f".t-{name}{{background:{strong}}}"
        )
    return "\n".join(rules)


def legend(counts: Mapping[str, int] | None = None) -> str:
    """Colour key of the fact types, with counts when given."""
    items = []
    for name, (strong, _light) in TYPE_COLOURS.items():
        n = f" ({counts.get(name, 0)})" if counts is not None else ""
        items.append(
            f'<span class="legend-item" data-type="{name}">'
            f'<span class="swatch" style="background:{strong}"></span>{name}{n}</span>'
        )
    return f'<div class="legend" aria-label="fact types">{"".join(items)}</div>'


def page(title: str, body: str, *, css: str = "", script: str = "") -> str:
    """A complete HTML document; ``title`` is escaped here, ``body``, ``css`` and ``script`` are trusted."""
    js = f"<script>{script}</script>" if script else ""
    return (
        "<!DOCTYPE html>\n"
        '<html lang="vi"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(title)}</title><style>{BASE_CSS}{type_css()}{css}</style></head>"
        f"<body>{body}{js}</body></html>\n"
    )
