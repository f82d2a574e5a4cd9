"""Coverage-guided fuzzing of ``newsfacts.extract`` and the file decoder with atheris.

Run by hand (atheris is not a project dependency: ``pip install atheris``):

    python benchmarks/fuzz_atheris.py -max_total_time=300 -max_len=4096 [CORPUS_DIR]
    python benchmarks/fuzz_atheris.py -runs=100000

Each input is used twice: as bytes, through ``decode_bytes`` (which may refuse
them with ``DecodeError``, the only exception allowed), and as text (the bytes
decoded as UTF-8 with replacement, or as Vietnamese-looking text built from
them), through ``newsfacts.extract``. Any exception, a fact whose ``text`` is
not ``input[span]``, or an evidence span that does not hold the fact is a
crash that libFuzzer reports with the input that caused it (saved as
``crash-*``). Give a corpus folder to keep the interesting inputs between runs;
the project's ``corpus/`` articles make good seeds.
"""

from __future__ import annotations

import logging
import sys

import atheris

with atheris.instrument_imports():
    import newsfacts
    from newsfacts.text.decode import DecodeError, decode_bytes

logging.disable(logging.WARNING)  # dropped candidates are expected on random figures

_WORDS = (
    "đảng viên",
    "kết nạp",
    "lớp",
    "học viên",
    "trung cấp lý luận chính trị",
    "đạt",
    "tăng",
    "giảm",
    "gần",
    "khoảng",
    "hơn",
    "từ",
    "đến",
    "năm",
    "phấn đấu",
    "đến năm",
    "%",
    "phần trăm",
    "nghìn",
    "triệu",
    "tỷ đồng",
    "xã, thị trấn",
    "chi bộ",
    "(",
    ")",
    ",",
    ".",
    ";",
    "\n",
    "một",
    "hai",
    "mươi",
)


def _vietnamese(fdp: atheris.FuzzedDataProvider) -> str:
    parts = []
    for _ in range(fdp.ConsumeIntInRange(0, 60)):
        if fdp.ConsumeBool():
            parts.append(_WORDS[fdp.ConsumeIntInRange(0, len(_WORDS) - 1)])
        else:
            parts.append(fdp.ConsumeUnicodeNoSurrogates(fdp.ConsumeIntInRange(0, 8)) or "1.000,5")
    return " ".join(parts)


def _check(text: str) -> None:
    article = newsfacts.extract(text)
    for fact in article.facts:
        start, end = fact.span
        if text[start:end] != fact.text:
            raise AssertionError(f"span {fact.span} holds {text[start:end]!r}, fact says {fact.text!r}")
        if fact.evidence_span is not None:
            es, ee = fact.evidence_span
            if not es <= start < end <= ee:
                raise AssertionError(f"evidence span {fact.evidence_span} does not hold {fact.span}")


def test_one_input(data: bytes) -> None:
    try:
        decoded = decode_bytes(data)
    except DecodeError:
        decoded = None
    if decoded is not None:
        _check(decoded)
    fdp = atheris.FuzzedDataProvider(data)
    _check(_vietnamese(fdp) if fdp.ConsumeBool() else data.decode("utf-8", "replace"))


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
