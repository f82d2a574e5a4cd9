"""Decoding article files: which bytes become which text, and which are refused."""

from __future__ import annotations

import codecs
import os
import re
import unicodedata
from pathlib import Path

import pytest

from newsfacts.text.decode import DecodeError, decode_bytes, read_text

DEV = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"

SENTENCE = "Năm 2023, Đảng bộ huyện kết nạp 152 đảng viên mới, đạt 108% kế hoạch; “khỏe” và hòa hợp.\n"
TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"


def cp1258(text: str) -> bytes:
    """Encode as Windows-1258 does: base letters precomposed, tone marks combining.

    The code page has ê, ơ, ư, ă, đ ... but no ệ or ở, so each letter is split
    into its letter without tone (composed) followed by the tone mark.
    """
    out = []
    for ch in unicodedata.normalize("NFC", text):
        marks = [m for m in unicodedata.normalize("NFD", ch) if m in TONE_MARKS]
        base = "".join(m for m in unicodedata.normalize("NFD", ch) if m not in TONE_MARKS)
        out.append(unicodedata.normalize("NFC", base) + "".join(marks))
    return "".join(out).encode("cp1258")


OK_ROWS = [
    pytest.param(b"", None, "", id="empty"),
    pytest.param(SENTENCE.encode("utf-8"), None, SENTENCE, id="utf-8"),
    pytest.param(codecs.BOM_UTF8 + SENTENCE.encode("utf-8"), None, SENTENCE, id="utf-8-bom"),
    pytest.param(codecs.BOM_UTF8, None, "", id="utf-8-bom-only"),
    pytest.param(b"Chi bo 3\r\nso 12", None, "Chi bo 3\r\nso 12", id="ascii-crlf-kept"),
    pytest.param(SENTENCE.encode("utf-16"), None, SENTENCE, id="utf-16-native-bom"),
    pytest.param(codecs.BOM_UTF16_LE + SENTENCE.encode("utf-16-le"), None, SENTENCE, id="utf-16-le-bom"),
    pytest.param(codecs.BOM_UTF16_BE + SENTENCE.encode("utf-16-be"), None, SENTENCE, id="utf-16-be-bom"),
    pytest.param(codecs.BOM_UTF32_LE + SENTENCE.encode("utf-32-le"), None, SENTENCE, id="utf-32-le-bom"),
    pytest.param(codecs.BOM_UTF32_BE + SENTENCE.encode("utf-32-be"), None, SENTENCE, id="utf-32-be-bom"),
    pytest.param(SENTENCE.encode("utf-16-le"), None, SENTENCE, id="utf-16-le-no-bom"),
    pytest.param(SENTENCE.encode("utf-16-be"), None, SENTENCE, id="utf-16-be-no-bom"),
    pytest.param(cp1258(SENTENCE), None, SENTENCE, id="cp1258-composed-to-nfc"),
    pytest.param(cp1258("Ủy ban nhân dân xã\r\n"), None, "Ủy ban nhân dân xã\r\n", id="cp1258-upper-crlf"),
    pytest.param(SENTENCE.encode("utf-8"), "utf-8", SENTENCE, id="given-utf-8"),
    pytest.param(codecs.BOM_UTF8 + b"abc", "UTF8", "abc", id="given-utf-8-drops-bom"),
    pytest.param(cp1258(SENTENCE), "windows-1258", SENTENCE, id="given-cp1258"),
    pytest.param("Tổ".encode("utf-16-le"), "utf-16-le", "Tổ", id="given-utf-16-le"),
    pytest.param(b"caf\xe9", "latin-1", "café", id="given-latin-1"),
]


@pytest.mark.parametrize(("data", "encoding", "expected"), OK_ROWS)
def test_decodes(data: bytes, encoding: str | None, expected: str) -> None:
    assert decode_bytes(data, encoding=encoding, source="a.txt") == expected


BAD_ROWS = [
    pytest.param(b"Ng\xe0y 5/3 \x81\x8d\x9d", None, "invalid byte 0xe0 at offset 2", id="not-any"),
    pytest.param("中华人民共和国成立了".encode("gbk"), None, "not UTF-8, UTF-16 or Windows-1258", id="gbk"),
    pytest.param("Новости района".encode("cp1251"), None, "invalid byte 0xcd at offset 0", id="cp1251"),
    pytest.param(b"Gr\xfc\xdfe aus M\xfcnchen", None, "not UTF-8", id="german-latin-1"),
    pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01", None, "looks binary", id="png"),
    pytest.param(bytes(range(256)) * 4, None, "looks binary", id="all-bytes"),
    pytest.param(b"\x01\x02\x03\x04\x05\x06 abc", None, "looks binary", id="controls-no-nul"),
    pytest.param(b"".join(bytes([i, 0]) for i in range(1, 60)), None, "looks binary", id="int16-array"),
    pytest.param(b"Ch\xe1\xbb", "utf-8", "not valid utf-8", id="given-utf-8-truncated"),
    pytest.param(b"\x81", "cp1258", "not valid cp1258", id="given-cp1258-undefined"),
    pytest.param(b"abc", "no-such-codec", "unknown encoding", id="given-unknown"),
    pytest.param(codecs.BOM_UTF16_LE + b"\x00\xd8", None, "not valid utf-16-le", id="lone-surrogate"),
]


@pytest.mark.parametrize(("data", "encoding", "message"), BAD_ROWS)
def test_refuses(data: bytes, encoding: str | None, message: str) -> None:
    with pytest.raises(DecodeError) as caught:
        decode_bytes(data, encoding=encoding, source="articles/x.txt")
    assert str(caught.value).startswith("articles/x.txt: ")
    assert message in str(caught.value)


def test_error_is_value_error_and_names_unknown_source() -> None:
    with pytest.raises(ValueError, match=r"^<bytes>: looks binary"):
        decode_bytes(b"\x00\x01\x02")


def test_read_text_names_path(tmp_path: Path) -> None:
    good = tmp_path / "tin.txt"
    good.write_bytes(codecs.BOM_UTF8 + SENTENCE.replace("\n", "\r\n").encode("utf-8"))
    assert read_text(good) == SENTENCE.replace("\n", "\r\n")
    assert read_text(str(good), encoding="utf-8") == SENTENCE.replace("\n", "\r\n")
    bad = tmp_path / "hong.txt"
    bad.write_bytes(os.urandom(64) + b"\x00" * 8)
    with pytest.raises(DecodeError, match=f"^{re.escape(str(bad))}: looks binary"):
        read_text(bad)


def dev_articles() -> list[Path]:
    if not DEV.is_dir():
        pytest.skip(f"dev corpus not found at {DEV}")
    return sorted(DEV.glob("*.txt"))


@pytest.mark.parametrize("codec", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_dev_articles_round_trip(codec: str) -> None:
    for path in dev_articles():
        text = path.read_bytes().decode("utf-8")
        assert decode_bytes(text.encode(codec), source=path.name) == text, path.name


def test_dev_articles_as_cp1258() -> None:
    checked = 0
    for path in dev_articles():
        text = unicodedata.normalize("NFC", path.read_bytes().decode("utf-8"))
        try:
            data = cp1258(text)
        except UnicodeEncodeError:
            continue  # a character Windows-1258 cannot hold; the article never existed in it
        assert decode_bytes(data, source=path.name) == text, path.name
        checked += 1
    if checked == 0:
        pytest.skip("no dev article is representable in Windows-1258")
