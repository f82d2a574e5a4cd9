"""Bytes → the article's original text, the string every fact span indexes.

Vietnamese news files arrive as UTF-8 (with or without a BOM), as UTF-16
saved by Windows tools, and, from older portals, as Windows-1258. Detection
is deliberately conservative: a file is read only when its encoding is clear,
and otherwise the caller gets a ``DecodeError`` that names the file and the
problem, never mojibake with plausible-looking offsets.

Standard library only, so that reading files needs nothing installed.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from os import PathLike

__all__ = ["DecodeError", "decode_bytes", "read_text"]

_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 first: its little-endian BOM starts with the UTF-16 one.
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# How much of a file the NUL-pattern and control-character heuristics look at.
_SAMPLE = 8192
# UTF-16 without a BOM: share of code units whose high byte is NUL (ASCII and
# Latin-1 characters), on one side, and the most tolerated on the other.
_UTF16_MIN_NUL_SHARE = 0.3
_UTF16_MAX_OTHER_NUL_SHARE = 0.02
# Valid UTF-8 with more C0 control characters than this share is not text.
_MAX_CONTROL_SHARE = 0.05
_TEXT_CONTROLS = frozenset("\t\n\v\f\r\x1b")

_TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"
_VIET_BASES = "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY"
_VIETNAMESE_LETTERS = frozenset(
    unicodedata.normalize("NFC", base + mark) for base in _VIET_BASES for mark in ("", *_TONE_MARKS)
) | frozenset("đĐ")
# Non-letters that Vietnamese text saved as Windows-1258 plausibly contains.
_CP1258_SYMBOLS = frozenset("“”‘’–—…•«»°±×÷²³½€₫§©®™·\u00a0\u00ad")
# A run of letters (kept as a token only when it holds a non-ASCII letter), or
# one non-ASCII character that is not a letter. Runs are matched whole, so a
# long run of ASCII letters costs one pass, not one pass per starting position.
_TOKEN = re.compile(r"(?P<word>[^\W\d_]+)|[^\x00-\x7f]")
# Vietnamese spells at most three non-ASCII letters in a row: Đ + ươ in Đường.
_MAX_NON_ASCII_RUN = 3
# Share of such words and characters that must look Vietnamese.
_CP1258_MIN_VIETNAMESE_SHARE = 0.8


class DecodeError(ValueError):
    """A file's bytes are not text in an encoding this library reads."""


def decode_bytes(data: bytes, encoding: str | None = None, source: str | None = None) -> str:
    """Decode an article file's bytes into its original text.

    With ``encoding``, decode strictly with it (a UTF-8 BOM is still dropped).
    Without, detect in this order: BOM (UTF-32, UTF-8, UTF-16), NUL bytes
    (UTF-16 without BOM when the NULs alternate, otherwise binary), valid
    UTF-8, then Windows-1258 when the result looks Vietnamese.

    Windows-1258 writes tone marks as separate combining characters
    (``ệ`` is ``ê`` + U+0323), so its text is composed to NFC: the combining
    form is an artefact of the code page, not of the author, and composing it
    makes the original text and its spans match those of the same article
    saved as UTF-8.
    """
    name = source if source is not None else "<bytes>"
    if encoding is not None:
        return _decode_as(data, encoding, name)
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom) :], codec, name)
    if not data:
        return ""
    if b"\x00" in data:
        codec = _utf16_without_bom(data)
        text = _strict(data, codec, name) if codec is not None else None
        if text is None or _mostly_controls(text):
            raise DecodeError(f"{name}: looks binary (NUL bytes), not text")
        return text
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        bad = data[err.start]
        problem = f"invalid byte 0x{bad:02x} at offset {err.start}"
    else:
        if _mostly_controls(text):
            raise DecodeError(f"{name}: looks binary (control characters), not text")
        return text
    text = _cp1258_if_vietnamese(data)
    if text is None:
        raise DecodeError(f"{name}: not UTF-8, UTF-16 or Windows-1258 text ({problem})")
    return text


def read_text(path: str | PathLike[str], encoding: str | None = None) -> str:
    """Read an article file as its original text; errors name ``path`` as given."""
    with open(path, "rb") as f:
        data = f.read()
    return decode_bytes(data, encoding=encoding, source=str(path))


def _decode_as(data: bytes, encoding: str, name: str) -> str:
    try:
        codec = codecs.lookup(encoding).name
    except LookupError:
        raise DecodeError(f"{name}: unknown encoding {encoding!r}") from None
    if codec == "utf-8":
        codec = "utf-8-sig"
    text = _strict(data, codec, name)
    return unicodedata.normalize("NFC", text) if codec == "cp1258" else text


def _strict(data: bytes, codec: str, name: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as err:
        raise DecodeError(f"{name}: not valid {codec} text ({err.reason} at offset {err.start})") from None


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` when NULs sit at alternating positions, else None."""
    sample = data[:_SAMPLE]
    if len(data) % 2 or len(sample) < 2:
        return None
    units = len(sample) // 2
    even = sample[0::2].count(0) / units
    odd = sample[1::2].count(0) / units
    if odd >= _UTF16_MIN_NUL_SHARE and even <= _UTF16_MAX_OTHER_NUL_SHARE:
        return "utf-16-le"
    if even >= _UTF16_MIN_NUL_SHARE and odd <= _UTF16_MAX_OTHER_NUL_SHARE:
        return "utf-16-be"
    return None


def _mostly_controls(text: str) -> bool:
    sample = text[:_SAMPLE]
    controls = sum(1 for c in sample if c < " " and c not in _TEXT_CONTROLS)
    return controls > _MAX_CONTROL_SHARE * len(sample)


def _cp1258_if_vietnamese(data: bytes) -> str | None:
    """Windows-1258 text composed to NFC, or None when it does not read as Vietnamese.

    Nearly every byte is defined in Windows-1258, so text in another legacy
    encoding (GBK, Latin-1, ...) decodes too, as mojibake. The result is kept
    only when its words with non-ASCII letters look Vietnamese: only
    Vietnamese letters, at most three of them in a row (Đường), no tone mark
    left uncomposed, no control characters, few unexpected symbols.
    """
    try:
        text = unicodedata.normalize("NFC", data.decode("cp1258"))
    except UnicodeDecodeError:
        return None
    if any(c < " " and c not in _TEXT_CONTROLS for c in text):
        return None
    vietnamese = foreign = 0
    for m in _TOKEN.finditer(text):
        token = m.group()
        if token.isascii() or token in _CP1258_SYMBOLS:
            continue
        if m.group("word") and _looks_vietnamese(token):
            vietnamese += 1
        else:
            foreign += 1
    if vietnamese == 0 or vietnamese < _CP1258_MIN_VIETNAMESE_SHARE * (vietnamese + foreign):
        return None
    return text


def _looks_vietnamese(word: str) -> bool:
    run = 0
    for c in word:
        if c < "\x80":
            run = 0
        elif c in _VIETNAMESE_LETTERS:
            run += 1
            if run > _MAX_NON_ASCII_RUN:
                return False
        else:
            return False
    return True
