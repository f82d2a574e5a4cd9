"""Fuzzing ``newsfacts.extract``: any text in, no exception, and every fact grounded in the input.

Hypothesis builds arbitrary Unicode, runs of digits and separators, mixed
scripts, control characters and Vietnamese-looking text with random figures
(sentences and words written here). Every fact must satisfy
``text == input[span]`` and sit inside its evidence span. The hostile
inputs of ``benchmarks/scaling.py`` are run here at a moderate size to show
that they finish; how their cost grows is measured by that benchmark, not by
tests (no wall-clock limits here).
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsfacts

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import scaling

ROOT = Path(__file__).resolve().parents[1]
CORPORA = (ROOT / "corpus", ROOT.parent / "shared" / "corpus")  # ../shared beside the clone, when present
FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

WORDS = [
    "đảng viên",
    "kết nạp",
    "mở",
    "lớp",
    "học viên",
    "trung cấp lý luận chính trị",
    "đạt",
    "tăng",
    "giảm",
    "gần",
    "khoảng",
    "hơn",
    "trên",
    "dưới",
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
    "cơ sở đảng",
    "chiếm",
    "so với",
    "cùng kỳ",
    "trong đó",
    "một",
    "hai",
    "mười",
    "mươi",
    "lăm",
    "trăm",
    "(",
    ")",
    ",",
    ".",
    ";",
    ":",
    "-",
    "–",
    "/",
    "\n",
    "\r\n",
    "\t",
    "Huyện ủy",
    "TP.",
    "Số",
]

figures = st.one_of(
    st.integers(min_value=-10, max_value=10**12).map(str),
    st.from_regex(r"[0-9]{1,3}(\.[0-9]{3}){0,4}(,[0-9]{1,3})?", fullmatch=True),
    st.from_regex(r"[0-9]{1,3}(,[0-9]{3}){0,3}(\.[0-9]{1,2})?", fullmatch=True),
    st.from_regex(r"[0-9]{1,2}[/.-][0-9]{1,2}([/.-][0-9]{2,4})?", fullmatch=True),
    st.from_regex(r"[0-9]{1,3}[,.]?[0-9]{0,2} ?%", fullmatch=True),
    st.sampled_from(["1945", "2025", "2030", "2100", "2101", "0", "00", "007", "9" * 25]),
)
vietnamese = st.lists(st.one_of(st.sampled_from(WORDS), figures), max_size=80).map(" ".join)
separators = st.lists(
    st.sampled_from(["1", "9", "0", ".", ",", "%", " ", "/", "-", "(", ")"]), max_size=400
).map("".join)
controls = st.text(alphabet=st.characters(max_codepoint=0x9F) | st.sampled_from("\u200b\ufeff\u2028"))
mixed_scripts = st.text(
    alphabet=st.sampled_from("aăâđêôơư ÀẢẠệỰ漢字한글Ωπабв١٢٣٤𝟙𝟚\u0301\u0323\u0309.,%0123456789 \n")
)


def check_grounded(text: str) -> newsfacts.Article:
    article = newsfacts.extract(text)
    for fact in article.facts:
        start, end = fact.span
        assert 0 <= start < end <= len(text)
        assert text[start:end] == fact.text
        if fact.evidence_span is not None:
            ev_start, ev_end = fact.evidence_span
            assert ev_start <= start and end <= ev_end
    return article


@pytest.fixture(autouse=True)
def _quiet() -> Iterator[None]:
    # random figures produce impossible candidates by design; their warnings are expected
    logging.getLogger("newsfacts").setLevel(logging.ERROR)
    yield
    logging.getLogger("newsfacts").setLevel(logging.NOTSET)


@FUZZ
@given(st.text())
def test_arbitrary_unicode(text: str) -> None:
    check_grounded(text)


@FUZZ
@given(vietnamese)
def test_vietnamese_looking_text_with_random_figures(text: str) -> None:
    check_grounded(text)


@FUZZ
@given(st.lists(vietnamese, min_size=1, max_size=6).map(". ".join))
def test_several_sentences(text: str) -> None:
    check_grounded(text)


@FUZZ
@given(separators)
def test_runs_of_digits_dots_commas_and_percent_signs(text: str) -> None:
    check_grounded(text)


@FUZZ
@given(controls)
def test_control_and_invisible_characters(text: str) -> None:
    check_grounded(text)


@FUZZ
@given(mixed_scripts)
def test_mixed_scripts_and_combining_marks(text: str) -> None:
    check_grounded(text)


@settings(max_examples=60, deadline=None)
@given(vietnamese, st.integers(min_value=200, max_value=4000))
def test_very_long_lines(sentence: str, width: int) -> None:
    line = (sentence.replace("\n", " ") + " ") * (width // max(len(sentence), 1) + 1)
    check_grounded(line[:width] + "\n" + "đạt 50%")


@pytest.mark.parametrize("name", sorted(scaling.GENERATORS))
def test_hostile_inputs_finish(name: str) -> None:
    """Every generator of the scaling benchmark, at 5,000 characters: completes and stays grounded."""
    check_grounded(scaling.GENERATORS[name](5_000))


def test_real_articles_stay_grounded() -> None:
    files = [p for folder in CORPORA if folder.is_dir() for p in sorted(folder.glob("*.txt"))]
    if not files:
        pytest.skip("no article corpus on this machine")
    for path in files:
        check_grounded(path.read_text(encoding="utf-8", errors="replace"))


def test_a_count_with_hundreds_of_digits() -> None:
    """A run of hundreds of digits is no quantity: nothing overflows, nothing is emitted for it."""
    check_grounded("Toàn tỉnh có " + "9" * 400 + " xã.")
    assert newsfacts.extract("Toàn tỉnh có " + "9" * 400 + " xã.").facts == []
