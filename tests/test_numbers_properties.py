"""Property checks of the number layer: round trips, span invariants, hostile input."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from newsfacts.text.numbers import Kind, find_figures, parse_number, spell_number

BIG = 10**12


def dotted(n: int) -> str:
    """Vietnamese dotted thousands: 1250000 → "1.250.000"."""
    return f"{n:,}".replace(",", ".")


@given(st.integers(min_value=0, max_value=BIG))
def test_dotted_thousands_round_trip(n: int) -> None:
    assert parse_number(dotted(n)) == n


@given(st.integers(min_value=0, max_value=BIG))
def test_words_round_trip(n: int) -> None:
    assert parse_number(spell_number(n)) == n


@given(st.integers(min_value=1, max_value=BIG))
def test_spelled_number_is_found_in_a_sentence(n: int) -> None:
    words = spell_number(n)
    sentence = f"Tỉnh có {words} người."
    figs = [f for f in find_figures(sentence) if f.kind is Kind.quantity]
    assert figs and figs[0].value == n and figs[0].in_words
    assert figs[0].text == words


@given(st.integers(min_value=0, max_value=10**9), st.text(alphabet="0123456789", min_size=1, max_size=4))
def test_decimal_comma_round_trip(whole: int, frac: str) -> None:
    expected = Decimal(f"{whole}.{frac}")
    got = parse_number(f"{dotted(whole)},{frac}")
    assert got == (int(expected) if expected == expected.to_integral_value() else float(expected))


@given(st.integers(min_value=0, max_value=BIG))
def test_dotted_number_in_sentence_is_one_quantity(n: int) -> None:
    sentence = f"Huyện có {dotted(n)} hội viên."
    figs = find_figures(sentence)
    kinds = [f.kind for f in figs]
    assert kinds == [Kind.quantity]
    assert figs[0].value == n


def _check_spans(text: str) -> None:
    figs = find_figures(text)
    last = 0
    for f in figs:
        assert 0 <= f.start <= f.num_start < f.end <= len(text)
        assert f.start >= last
        assert f.text == text[f.start : f.end]
        if f.value_max is not None:
            assert f.qualifier == "range"
        last = f.end


ALPHABET = "0123456789.,/-–:%+ hHKQĐNTWphầntrămmộthaibamươinghìntỷtriệugầnhơntừđếnthôn\n"


@settings(max_examples=300)
@given(st.text(alphabet=ALPHABET, max_size=200))
def test_spans_are_sorted_in_bounds_and_disjoint(text: str) -> None:
    _check_spans(text)


@given(st.text(max_size=200))
def test_never_raises_on_any_text(text: str) -> None:
    _check_spans(text)


@given(
    st.lists(
        st.sampled_from(
            [
                *(
                    "kết nạp",
                    "hơn",
                    "gần",
                    "từ",
                    "đến",
                    "trở lên",
                    "năm",
                    "một",
                    "số",
                    "ngày",
                    "%",
                    "-",
                    ", ",
                ),
                *(
                    "4.106",
                    "18,5",
                    "2020",
                    "19/5",
                    "50/54",
                    "26-NQ/TW",
                    "hai mươi mốt",
                    "tỷ",
                    "nghìn",
                    "K52A",
                ),
            ]
        ),
        max_size=40,
    )
)
def test_word_soup_keeps_invariants(parts: list[str]) -> None:
    _check_spans(" ".join(parts))


@settings(deadline=None, max_examples=5)
@given(st.sampled_from(["1.", "1,", "1", "%", "1/", "1-", "0.", "9 ", "1 - ", "từ 1 ", "một ", "hàng "]))
def test_long_hostile_runs_complete(unit: str) -> None:
    text = unit * (50_000 // len(unit))
    _check_spans(text)


def test_long_dotted_run_completes() -> None:
    text = "1." * 25_000 + "1"
    assert [f for f in find_figures(text) if f.kind is Kind.quantity] == []
    _check_spans("1,1" * 20_000 + "%" * 20_000)
