"""The same facts whatever the bytes: every development article re-encoded as NFD,
CRLF, UTF-8 with BOM, UTF-16 and Windows-1258 gives the facts of the original
(type, key values, and the same characters under the spans after NFC)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

import newsfacts
from newsfacts.text.decode import decode_bytes

DEV = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"
ARTICLES = sorted(DEV.glob("*.txt")) if DEV.is_dir() else []

TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def _cp1258(text: str) -> bytes:
    """Windows-1258 keeps letters such as ơ, ê whole and writes tone marks as combining characters."""
    out = []
    for ch in text:
        parts = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in parts if c in TONES)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONES))
        out.append(base + tones)
    return "".join(out).encode("cp1258")


VARIANTS = {
    "nfd": lambda t: unicodedata.normalize("NFD", t).encode("utf-8"),
    "crlf": lambda t: t.replace("\n", "\r\n").encode("utf-8"),
    "utf-8-bom": lambda t: t.encode("utf-8-sig"),
    "utf-16": lambda t: t.encode("utf-16"),
    "windows-1258": _cp1258,
}


def _key(fact) -> tuple:
    d = fact.model_dump()
    values = tuple(
        d.get(k) for k in ("value", "classes", "learners", "value_max", "qualifier", "unit", "deadline")
    )
    return (d["type"], values, unicodedata.normalize("NFC", fact.text).replace("\r\n", "\n"))


@pytest.mark.skipif(not ARTICLES, reason="../shared/corpus/dev is not beside the project")
@pytest.mark.parametrize("variant", sorted(VARIANTS))
@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_reencoded_article_gives_same_facts(path: Path, variant: str) -> None:
    original = path.read_text(encoding="utf-8")
    want = newsfacts.extract(original, source=path.name)
    text = decode_bytes(VARIANTS[variant](original), source=f"{path.name} as {variant}")
    got = newsfacts.extract(text, source=path.name)
    assert [_key(f) for f in got.facts] == [_key(f) for f in want.facts]
    for f in got.facts:
        assert text[f.span[0] : f.span[1]] == f.text
    for field in ("title", "published", "category", "author"):
        assert unicodedata.normalize("NFC", getattr(got, field) or "") == (getattr(want, field) or "")
