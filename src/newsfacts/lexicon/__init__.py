"""Language knowledge as data: cue words, units, programme names, boilerplate markers.

Every table is a UTF-8 text file beside this module, so a linguist can extend
it without reading the engine. Two formats:

* ``NAME.txt``: one entry per line.
* ``NAME.tsv``: tab-separated columns; the first non-comment line is the header.

In both, blank lines and lines starting with ``#`` are ignored. A ``.txt`` line
``@include OTHER`` adds the entries of ``OTHER.txt``, so one list (the nouns
for people) serves several purposes without being copied. Entries are
NFC-normalized and use the new tone-mark placement (``hòa``, ``thủy``, ``ủy``),
like the working text the extractors read.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from importlib import resources


def _lines(name: str) -> list[str]:
    raw = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    out = []
    for line in raw.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        out.append(unicodedata.normalize("NFC", line.rstrip("\r\n")))
    return out


@cache
def words(name: str) -> tuple[str, ...]:
    """Entries of ``NAME.txt``, stripped, in file order, with ``@include`` lines expanded."""
    return tuple(_expand(name, ()))


def _expand(name: str, including: tuple[str, ...]) -> list[str]:
    if name in including:
        chain = " → ".join((*including, name))
        raise ValueError(f"lexicon: @include loop {chain}")
    try:
        lines = _lines(f"{name}.txt")
    except FileNotFoundError:
        where = f" (included from {including[-1]}.txt)" if including else ""
        raise ValueError(f"lexicon: no table {name}.txt{where}") from None
    out: list[str] = []
    for line in lines:
        entry = line.strip()
        if entry.startswith("@include "):
            out.extend(_expand(entry.removeprefix("@include ").strip(), (*including, name)))
        else:
            out.append(entry)
    return out


@cache
def table(name: str) -> tuple[dict[str, str], ...]:
    """Rows of ``NAME.tsv`` as dicts keyed by the header; missing cells are ''."""
    lines = _lines(f"{name}.tsv")
    header = [h.strip() for h in lines[0].split("\t")]
    rows = []
    for line in lines[1:]:
        cells = [c.strip() for c in line.split("\t")]
        cells += [""] * (len(header) - len(cells))
        rows.append(dict(zip(header, cells, strict=False)))
    return tuple(rows)
