"""Language knowledge as data: cue words, units, programme names, boilerplate markers.

Every table is a UTF-8 text file in the folder of the stage that reads it
(``segment/``, ``numbers/``, ``course/``, ...; ``shared/`` when several stages
read it), so a linguist can extend it without reading the engine. Callers name
a table by its bare name (``words("units")``): the folder says who reads a
table, never how it is found, so a table can move without touching code, and a
name may exist only once. Two formats:

* ``NAME.txt``: one entry per line.
* ``NAME.tsv``: tab-separated columns; the first non-comment line is the header.

In both, blank lines and lines starting with ``#`` are ignored. A ``.txt`` line
``@include OTHER`` adds the entries of ``OTHER.txt``, so one list (the nouns
for people) serves several purposes without being copied. Entries are
NFC-normalized and use the new tone-mark placement (``hòa``, ``thủy``, ``ủy``),
like the working text the extractors read. ``matcher`` turns a list into a
regex (see ``newsfacts.lexicon.matcher``).
"""

from __future__ import annotations

import unicodedata
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable

from newsfacts.lexicon.matcher import LETTER_OR_DIGIT, WORD, alternation, matcher

__all__ = ["LETTER_OR_DIGIT", "WORD", "alternation", "catalogue", "matcher", "paths", "table", "words"]

SUFFIXES = (".txt", ".tsv")


def catalogue(root: Traversable) -> dict[str, tuple[str, Traversable]]:
    """Every table under ``root``, in any folder, by file name: its path from ``root`` and the file.

    A bare name found twice (``units.txt`` in two folders, or ``units.txt`` beside
    ``units.tsv``) is an error naming both paths: a caller could not tell which one it reads.
    """
    found: dict[str, tuple[str, Traversable]] = {}
    seen: dict[str, str] = {}  # bare name -> path
    pending = [("", root)]
    while pending:
        prefix, folder = pending.pop()
        for item in sorted(folder.iterdir(), key=lambda t: t.name):
            if item.is_dir() and not item.name.startswith(("_", ".")):
                pending.append((f"{prefix}{item.name}/", item))
            elif item.is_file() and item.name.endswith(SUFFIXES):
                path, stem = prefix + item.name, item.name.rsplit(".", 1)[0]
                if stem in seen:
                    first, second = sorted((seen[stem], path))
                    raise ValueError(f"lexicon: table {stem} is defined twice, in {first} and {second}")
                seen[stem] = path
                found[item.name] = (path, item)
    return found


@cache
def _files() -> dict[str, tuple[str, Traversable]]:
    return catalogue(resources.files(__package__))


def paths() -> dict[str, str]:
    """Each table's file name and its path in the lexicon folder ("units.txt": "shared/units.txt")."""
    return {name: path for name, (path, _) in sorted(_files().items())}


def _lines(name: str) -> list[str]:
    found = _files().get(name)
    if found is None:
        raise FileNotFoundError(name)
    raw = found[1].read_text(encoding="utf-8")
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
