"""Vietnamese numbers: find every figure in a text, say what kind it is, normalize it.

``find_figures`` turns "kết nạp hơn 1.900 đảng viên, đạt 92,6%" into typed
``Figure`` spans (a quantity 1900 qualified ``more_than``, a percent 92.6).
Extractors decide what a figure means; this layer only decides what a figure
*is*: a quantity or percent that may be a fact, or a date, year, period,
time, document number, designator, code, ordinal, phone number or vague
amount that never is.

Digit conventions
-----------------
Vietnamese writes ``4.106`` (dotted thousands) and ``18,5`` (decimal comma).
Some sources use the English convention (``1,250,000``, ``3.5%``). Each
numeral is read by its shape:

* unambiguous shapes decide alone: ``1.250.000`` and ``1.250,5`` are
  Vietnamese; ``1,250,000``, ``1,250.5`` and a dot followed by one, two or
  four-plus digits (``3.5``, ``12.75``) are English;
* the two ambiguous shapes, one separator followed by exactly three digits
  (``4.106``, ``1,250``), follow the text's convention: English only when the
  text holds more unambiguous English numerals than Vietnamese ones
  (``find_figures(..., convention="en")`` forces it). By default ``4.106`` is
  4106 and ``1,250`` is 1.25.
* a comma followed by a space is punctuation ("khiển trách 5, cảnh cáo 3");
  leading zeros are dropped (``02`` → 2); ``N.0`` ("4.0") is a code.

Kinds
-----
The shape of the numeral and the words just before it decide the kind; the
word lists live in ``newsfacts/lexicon`` (``designator_nouns.txt``,
``document_nouns.txt``, ``date_cues.txt``, ``qualifiers.tsv`` ...). Numbers in
words are read strictly: "năm" is five only before mươi/trăm/nghìn… or after
linh/lẻ (else it is "year"), "tư", "mốt", "lăm" only inside a number, and a
lone "một" is dropped where it is the article ("một số", "là một ...").

Every pattern uses possessive quantifiers and is compiled once. The text's
annotation (``text/annotate.py``: every lexicon phrase and digit run, found
in one pass) says where a figure may start and which cue words stand before
it, so the patterns run only there and the cost stays linear on hostile
input.
"""

from __future__ import annotations

import dataclasses
import itertools
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from functools import cache, lru_cache
from typing import Literal

import regex

from newsfacts import lexicon
from newsfacts.text.annotate import DIGITS, WORD_CHARS, Annotation, annotate, vocabulary

__all__ = ["Figure", "Kind", "find_figures", "parse_number", "spell_number"]

Convention = Literal["vi", "en"]


class Kind(StrEnum):
    """What a numeral is; only ``quantity`` and ``percent`` can become facts."""

    quantity = "quantity"
    percent = "percent"
    date = "date"
    year = "year"
    period = "period"
    time = "time"
    document = "document"
    designator = "designator"
    code = "code"
    ordinal = "ordinal"
    phone = "phone"
    vague = "vague"
    score = "score"  # a match result between two names: "Arsenal 1 - 2 Borussia Dortmund"
    fraction = "fraction"  # a proportion told as a fraction: "hai phần ba", "gần 2/3 học viên"


@dataclass(frozen=True, slots=True)
class Figure:
    """One figure: its span in the text, its kind and its normalized value."""

    start: int
    end: int
    num_start: int
    kind: Kind
    value: float | int | None
    value_max: float | int | None = None
    qualifier: str = "exact"
    denominator: float | int | None = None
    in_words: bool = False
    text: str = ""


# --------------------------------------------------------------------------- lexicon

_SP = r"[ \t\u00a0]"
_L = r"(?<![\p{L}\p{N}])"  # left word boundary
_R = r"(?![\p{L}\p{N}])"  # right word boundary


def _alt(phrases: list[str] | tuple[str, ...], *, cased: bool = False) -> str:
    """Alternation of phrases, longest first, words joined by any run of spaces.

    With ``cased``, an entry with a capital first letter matches only that
    spelling and all-lowercase entries match any case.
    """
    out = []
    for p in sorted(set(phrases), key=len, reverse=True):
        pat = f"{_SP}++".join(regex.escape(w) for w in p.split())
        out.append(pat if cased and p[:1].isupper() else f"(?i:{pat})")
    return "|".join(out)


@dataclass(frozen=True, slots=True)
class _Cue:
    """Phrases written right before a figure ("ngày 15", "Điều 30"): the pattern says which one,
    and the sentence's annotation says where none can be, so the pattern runs only where one may
    (see ``_Before``)."""

    pattern: regex.Pattern[str]  # searched in reverse over the characters before a position
    phrases: frozenset[int] | None  # their ids in the annotation's vocabulary; None: always search
    longest: int  # characters of the longest phrase, its words one space apart

    @classmethod
    def of(cls, pattern: regex.Pattern[str], phrases: list[str] | tuple[str, ...], table: str | None) -> _Cue:
        ids = vocabulary().phrase_ids(table) if table else _ids_of(phrases)
        return cls(pattern, ids, max(len(" ".join(p.split())) for p in phrases))


def _ids_of(phrases: list[str] | tuple[str, ...]) -> frozenset[int] | None:
    """The vocabulary's ids of these phrases, or None if one is in no table."""
    ids = [vocabulary().phrase_id(p) for p in phrases]
    return None if None in ids else frozenset(i for i in ids if i is not None)


def _ends_with(table: str, *, cased: bool = False) -> _Cue:
    """A cue for "one of the table's phrases, then only spaces, then the end"."""
    phrases = lexicon.words(table)
    pattern = regex.compile(rf"{_L}(?:{_alt(phrases, cased=cased)}){_SP}*+\Z", regex.REVERSE)
    return _Cue.of(pattern, phrases, table)


_WORDS = {r["word"]: r for r in lexicon.table("number_words")}
_ROLE = {w: r["role"] for w, r in _WORDS.items()}
_WVAL = {w: Decimal(r["value"]) for w, r in _WORDS.items()}
_SCALES = {w: v for w, v in _WVAL.items() if _ROLE[w] == "scale"}
NUMBER_WORDS: frozenset[str] = frozenset(_WORDS)  # for extractors: no number word is a counted noun
# "linh", "lẻ": a zero tens digit only between number words ("một trăm linh năm"); after a figure
# they open a noun ("42 linh mục")
LINK_WORDS: frozenset[str] = frozenset(w for w, role in _ROLE.items() if role == "link")
SCALE_WORDS: tuple[str, ...] = tuple(sorted(_SCALES, key=len, reverse=True))
_DIGITS = {w: int(v) for w, v in _WVAL.items() if _ROLE[w] == "digit"}
_AFTER_MUOI = {"mốt": 1, "một": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "lăm": 5, "nhăm": 5}
_AFTER_MUOI |= {"sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9}
_AFTER_MUOI_10 = {k: v for k, v in _AFTER_MUOI.items() if k != "mốt"}
_AFTER_LINK = {w: v for w, v in _DIGITS.items() if v} | {"tư": 4, "mốt": 1}

_QUALIFIERS = {r["phrase"].lower(): r["qualifier"] for r in lexicon.table("qualifiers")}
_SUFFIX_QUALIFIERS = {r["phrase"].lower(): r["qualifier"] for r in lexicon.table("qualifier_suffixes")}
_VAGUE = {r["word"]: r["needs_scale"] == "yes" for r in lexicon.table("vague_heads")}

_QUAL_BEFORE = _Cue.of(
    regex.compile(rf"{_L}({_alt(tuple(_QUALIFIERS))}){_SP}++\Z", regex.REVERSE),
    tuple(_QUALIFIERS),
    "qualifiers",
)
_BOUNDS = frozenset({"at_most", "at_least", "less_than", "more_than"})  # qualifiers that set a limit
_TU = "từ"
_TU_BEFORE = _Cue.of(regex.compile(rf"{_L}(?i:{_TU}){_SP}++\Z", regex.REVERSE), (_TU,), None)
_DATE_CUE = _ends_with("date_cues")
_DATE_NOUN = _ends_with("date_nouns")
_YEAR_CUE = _ends_with("year_cues")
_DESIGNATOR = _ends_with("designator_nouns", cased=True)
_PREPOSITION_VERB = _ends_with("preposition_verbs")
_MONEY_NEXT = regex.compile(  # "mức 420 USD/tấn", "mức 360 - 370 USD/tấn": a price, the range's too
    rf"(?:{_SP}*+[-–]{_SP}*+\d[\d.,]*+)?{_SP}*+(?:{_alt(tuple(_SCALES))}{_SP}++)?(?i:{_alt(lexicon.words('currencies'))}){_R}"
)
_DOCUMENT = _ends_with("document_nouns", cased=True)
_DOC_EXCEPTION = _ends_with("document_exceptions")
_DESIGNATOR_EXCEPTION = _ends_with("designator_exceptions")
_QUAL_EXCEPTION = _ends_with("qualifier_exceptions")
_CODE_CUE = _ends_with("code_nouns")
_ORDINAL_CUE = _ends_with("ordinal_cues")
_ORDINAL_EXCEPTION = _ends_with("ordinal_exceptions")
_AGE_NOUN = _ends_with("age_nouns")
_ARTICLE_MOT = _ends_with("article_mot_before")
_PAIR_REFERENCE = _ends_with("pair_reference_before")
_SLOGAN_OPENER = _ends_with("slogan_openers")
_NAMED_NUMBER = regex.compile(rf"{_L}(?:{_alt(lexicon.words('named_number_phrases'))}){_R}")
_NOT_NUMBER = regex.compile(rf"(?:{_alt(lexicon.words('not_number_phrases'))}){_R}")
# a word whose last syllable is a number word ("đòn bẩy": a lever, no seven)
_NOT_NUMBER_COMPOUND = lexicon.matcher(lexicon.words("not_number_compounds"), at="before")
COMPOUND_REACH = 20  # how far before a number word a word it ends ("đòn bẩy") may start
_UNIT_SUFFIX = regex.compile("|".join(regex.escape(u) for u in lexicon.words("attached_units")))

# --------------------------------------------------------------------------- patterns

_DIGNUM = r"[0-9]++(?:[.,][0-9]++)*+"


def _scale_alternation(words: list[str]) -> str:
    """Scale words, each unless the syllable after it makes a compound of another meaning
    ("tỷ lệ", "tỷ suất", "triệu phú"); "10 nghìn suất quà" keeps its scale."""
    tails: dict[str, set[str]] = {}
    for compound in lexicon.words("scale_word_compounds"):
        head, tail = compound.lower().split(maxsplit=1)
        tails.setdefault(head, set()).add(tail)
    alts = []
    for w in sorted(words, key=len, reverse=True):
        not_after = tails.get(w.lower())
        guard = rf"(?!{_SP}++(?:{'|'.join(sorted(not_after))}){_R})" if not_after else ""
        alts.append(rf"{regex.escape(w)}{_R}{guard}")
    return rf"(?i:{'|'.join(alts)})"


_SCALE_WORD = _scale_alternation([*_SCALES, "trăm"])
_NUM_WORD = _scale_alternation(list(_WORDS))
_VAGUE_WORD = rf"(?i:{'|'.join(sorted(_VAGUE, key=len, reverse=True))}){_R}"

_SCAN = regex.compile(
    rf"""
    (?P<phone>(?<![\p{{L}}\p{{N}}.,])
        (?:(?:\+84{_SP}?+|0)[0-9]{{2,3}}(?:[ .][0-9]{{3,4}}){{2}}|0[0-9]{{9,10}})
        (?![\p{{L}}\p{{N}}]|[.,][0-9]))
    |(?P<ldate>{_L}[0-9]{{1,2}}{_SP}++(?i:tháng){_SP}++[0-9]{{1,2}},?{_SP}++[0-9]{{4}}{_R})
    |(?P<quarter>{_L}[IVX]{{1,4}}[/-][0-9]{{4}}{_R})
    |(?P<mixed>{_L}{_DIGNUM}(?:{_SP}*+{_SCALE_WORD})++
        (?:{_SP}++{_DIGNUM}(?:{_SP}++{_SCALE_WORD})++)*+(?:{_SP}++(?i:rưỡi){_R})?+)
    |(?P<chunk>{_L}[0-9][\p{{L}}\p{{N}}]*+(?:[.,/:+\-][\p{{L}}\p{{N}}]++)*+)
    |(?P<code>{_L}\p{{L}}++[+\-]?+[0-9][\p{{L}}\p{{N}}]*+(?:[.,/:+\-][\p{{L}}\p{{N}}]++)*+)
    |(?P<vague>{_L}{_VAGUE_WORD}(?:{_SP}++{_SCALE_WORD})*+)
    |(?P<words>{_L}{_NUM_WORD}(?:{_SP}++{_NUM_WORD})*+)
    """,
    regex.VERBOSE,
)

# Where a figure can start, read off the article's annotation (text/annotate.py), so the
# full alternation above runs only there: at a digit run, at the letters glued before one
# ("F5", "IV/2024", "A+1"), at a "+" before one ("+84"), and at a number word or vague head.
# Every place where _SCAN can match is one of them (each alternative opens with one).
_LETTERS_BEFORE = regex.compile(r"(?r)\p{L}++")
_SIGNS = "+-/"


@cache
def _figure_hits() -> frozenset[int]:
    """The phrase ids a figure may open with: digit runs, number words, vague heads."""
    return vocabulary().phrase_ids("number_words", "vague_heads") | {DIGITS}


_VN_THOUSANDS = regex.compile(r"[0-9]{1,3}+(?:\.[0-9]{3})++(?:,[0-9]++)?+")
_EN_THOUSANDS = regex.compile(r"[0-9]{1,3}+(?:,[0-9]{3})++(?:\.[0-9]++)?+")
_PLAIN_DEC = regex.compile(r"([0-9]++)(?:([.,])([0-9]++))?+")
_TIME = regex.compile(r"([0-9]{1,2})(?::([0-9]{2})){1,2}|([0-9]{1,2})[hH]([0-9]{2})?+")
_DOC_SHAPE = regex.compile(r"[0-9]++(?:/[0-9]++)*+[/\-]\p{Lu}[\p{L}\p{N}]*+(?:[./\-][\p{L}\p{N}]++)*+")
_DATE3 = regex.compile(r"([0-9]{1,2})([/.\-])([0-9]{1,2})\2([0-9]{4})")
_ISO = regex.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})")
_MONTH_YEAR = regex.compile(r"([0-9]{1,4})([/\-])([0-9]{4})")
_PAIR = regex.compile(rf"({_DIGNUM})([/\-])({_DIGNUM})")
_NUM_UNIT = regex.compile(rf"({_DIGNUM})(\p{{L}}[\p{{L}}\p{{N}}]*+)(?:/\p{{L}}++)*+")  # "3.000đ/phút" too
_NUM_PREFIX = regex.compile(rf"{_DIGNUM}")

_DIGIT_DOT_ZERO = regex.compile(r"[0-9]\.0")
_DAY_DOT_MONTH = regex.compile(r"([0-9]{1,2})\.([0-9]{1,2})")
_SEP_LETTER = regex.compile(r"[.,]\p{L}")
_ANY_LETTER = regex.compile(r"\p{L}")
_NEXT_CAPITAL = regex.compile(rf"{_SP}++(\p{{Lu}})")
# a title of two words or more written with a capital ("Ba Thứ trưởng", "Hai Phó Chủ tịch")
_TITLE_AFTER = regex.compile(
    rf"{_SP}++(?:{_alt(tuple(w for w in lexicon.words('people_nouns') if ' ' in w))}){_R}"
)
_SPACES = regex.compile(rf"{_SP}++")
# "trưởng thôn, làng 402 người", "mỗi tổ 3 người": people counted after a designator noun
_PEOPLE_AFTER = regex.compile(rf"{_SP}++(?i:{_alt(lexicon.words('people_nouns'))}){_R}")

_PERCENT_AFTER = regex.compile(rf"{_SP}*+%|{_SP}++(?i:phần{_SP}++trăm){_R}")
_DENOMINATOR_WORDS = tuple(w for w, r in _ROLE.items() if r in ("digit", "variant", "ten") and _WVAL[w] >= 2)
# "hai phần ba", "một phần tư": a fraction in words, the link word then a denominator of ten or less
_FRACTION_AFTER = regex.compile(
    rf"{_SP}++(?i:{_alt(lexicon.words('fraction_links'))}){_SP}++"
    rf"(?P<den>(?i:{_alt(_DENOMINATOR_WORDS)})|10|[2-9]){_R}"
)
_NEXT_IS_WORD = regex.compile(rf"{_SP}*+\p{{L}}")
ALTERNATIVE_LINK = regex.compile(rf"{_SP}++(?i:{_alt(lexicon.words('alternative_joiners'))}){_SP}++")
CONCESSION_REACH = 80  # how far after two alternatives a concession may stand ("… cũng không …")
_CONCESSION_AFTER = regex.compile(
    rf"[^,;.]{{0,{CONCESSION_REACH}}}?{_L}(?i:{_alt(lexicon.words('concessive_alternatives'))}){_R}"
)
_CONNECTOR = regex.compile(rf"{_SP}*+([-–—]){_SP}*+|{_SP}++((?i:đến|tới)){_SP}++")
_SUFFIX_QUAL = regex.compile(  # "từ 10%/năm trở lên", "từ 140 triệu đồng/năm trở lên": per a period too
    rf"((?:{_SP}*+/{_SP}*+\p{{L}}++)?(?:{_SP}++(?!(?i:trở){_R})[\"'“”(]?+\p{{L}}++(?:/\p{{L}}++)?[\"'“”)]?+){{0,8}}?){_SP}++"
    rf"({_alt(tuple(_SUFFIX_QUALIFIERS))}){_R}"
)
_EN_EVIDENCE = regex.compile(  # the digit first, then the look-behind: the engine skips to digits fast
    r"(?=[0-9])(?<![0-9.,])(?:[0-9]{1,3}+(?:,[0-9]{3})++\.[0-9]++|[0-9]{1,3}+(?:,[0-9]{3}){2,}+"
    r"|[0-9]++\.(?!0(?![0-9]))[0-9]{1,2}+|[0-9]++\.[0-9]{4,}+)(?![0-9]|[.,][0-9])"
)
# "ngày 21.10" is a date, not "21.10" written in English
_DATE_WORD_BEFORE = regex.compile(rf"(?i:{_alt(lexicon.words('date_nouns'))}){_SP}++\Z")
_VN_EVIDENCE = regex.compile(
    r"(?=[0-9])(?<![0-9.,])(?:[0-9]{1,3}+(?:\.[0-9]{3}){2,}+(?:,[0-9]++)?+|[0-9]{1,3}+\.[0-9]{3},[0-9]++"
    r"|[0-9]++,[0-9]{1,2}+|[0-9]++,[0-9]{4,}+)(?![0-9]|[.,][0-9])"
)
_SENTENCE_OPENERS = set(".!?…:;\n\"“”'‘’([{-–—•*>|")


# --------------------------------------------------------------------------- values


MAX_DIGITS = 30  # beyond this a run of digits is no quantity (and converting it costs quadratic time)


def _num(d: Decimal) -> int | float:
    """A Decimal as int when integral, else float."""
    if len(d.as_tuple().digits) > MAX_DIGITS:
        raise ValueError("too many digits for a quantity")
    return int(d) if d == d.to_integral_value() else float(d)


def _digits_value(s: str, convention: Convention) -> Decimal | None:
    """Value of one digit numeral (no spaces), or None if it is not one."""
    if m := _VN_THOUSANDS.fullmatch(s):
        if convention == "en" and s.count(".") == 1 and "," not in s:
            return Decimal(s)
        return Decimal(s.replace(".", "").replace(",", "."))
    if (m := _EN_THOUSANDS.fullmatch(s)) and (s.count(",") > 1 or "." in s or convention == "en"):
        return Decimal(s.replace(",", ""))
    if m := _PLAIN_DEC.fullmatch(s):
        return Decimal(f"{m.group(1)}.{m.group(3)}" if m.group(2) else m.group(1))
    return None


_GLUED_SCALE = regex.compile(r"([0-9])(\p{L})")


def _tokens(s: str, convention: Convention) -> list[Decimal | str] | None:
    """Split a numeral phrase into digit values and lowercase number words."""
    out: list[Decimal | str] = []
    for tok in _GLUED_SCALE.sub(r"\1 \2", s).split():  # "2tỷ" is "2 tỷ"
        low = tok.lower()
        if low in _WORDS:
            out.append(low)
        elif (v := _digits_value(tok, convention)) is not None:
            out.append(v)
        else:
            return None
    return out


def _tens(toks: list, k: int, strict: bool) -> tuple[Decimal, int] | None:
    """mười [unit] | digit mươi [unit]: a value 10-99 starting at toks[k]."""
    n = len(toks)
    t = toks[k] if k < n else None
    nxt = toks[k + 1] if k + 1 < n else None
    if t == "mười":
        units = _AFTER_MUOI_10 if strict else {**_AFTER_MUOI_10, "năm": 5}
        if isinstance(nxt, str) and nxt in units:
            return Decimal(10 + units[nxt]), k + 2
        return Decimal(10), k + 1
    if isinstance(t, str) and _DIGITS.get(t, 0) >= 1 and nxt == "mươi" and t != "một":
        val = Decimal(_DIGITS[t] * 10)
        u = toks[k + 2] if k + 2 < n else None
        units = _AFTER_MUOI if strict else {**_AFTER_MUOI, "năm": 5}
        if isinstance(u, str) and u in units:
            return val + units[u], k + 3
        return val, k + 2
    return None


def _group(toks: list, j: int, strict: bool, after_scale: bool) -> tuple[Decimal, int] | None:
    """A value below one thousand (or one digit numeral) starting at toks[j]."""
    n = len(toks)
    t = toks[j]
    nxt = toks[j + 1] if j + 1 < n else None
    if isinstance(t, Decimal):
        if nxt == "trăm":
            return t * 100, j + 2
        return t, j + 1
    if _ROLE.get(t) == "half_of":  # "nửa triệu": half of the scale read next; alone, no number
        return (_WVAL[t], j + 1) if not after_scale and isinstance(nxt, str) and nxt in _SCALES else None
    hundreds = None
    if t in _DIGITS and nxt == "trăm" and (t != "không" or after_scale or not strict):
        hundreds, k = _DIGITS[t], j + 2
    elif t == "trăm" and not after_scale:
        hundreds, k = 1, j + 1
    if hundreds is not None:
        val = Decimal(hundreds * 100)
        if k < n and isinstance(toks[k], str) and _ROLE.get(toks[k]) == "link":
            u = toks[k + 1] if k + 1 < n else None
            if isinstance(u, str) and u in _AFTER_LINK:
                return val + _AFTER_LINK[u], k + 2
            return val, k
        if r := _tens(toks, k, strict):
            return val + r[0], r[1]
        if k < n and toks[k] == "rưỡi":
            return val + 50, k + 1
        return val, k
    if after_scale and isinstance(t, str) and _ROLE.get(t) == "link":
        if isinstance(nxt, str) and nxt in _AFTER_LINK:
            return Decimal(_AFTER_LINK[nxt]), j + 2
        return None
    if r := _tens(toks, j, strict):
        return r
    if t in _DIGITS and (t != "không" or not strict):
        if strict and t == "năm" and not (isinstance(nxt, str) and nxt in _SCALES):
            return None  # a lone "năm" is "year"
        return Decimal(_DIGITS[t]), j + 1
    if t in ("nghìn", "ngàn") and not after_scale:
        return Decimal(1), j  # "nghìn" alone is one thousand; the scale is read next
    return None


def _parse_tokens(toks: list, i: int, strict: bool) -> tuple[Decimal, int] | None:
    """The longest number starting at toks[i], as (value, index after it)."""
    n = len(toks)
    result = Decimal(0)
    j = i
    after_scale = False
    while j < n:
        g = _group(toks, j, strict, after_scale)
        if g is None:
            break
        gval, k = g
        if not (k < n and isinstance(toks[k], str) and toks[k] in _SCALES):
            if after_scale and k == j:
                break
            return result + gval, k
        last = Decimal(1)
        first = True
        while k < n and isinstance(toks[k], str) and toks[k] in _SCALES:
            s = _SCALES[toks[k]]
            add = gval if first else Decimal(0)
            result = (result + add) * s if result < s else result + add * s
            last, first, k = s, False, k + 1
        if k < n and toks[k] == "rưỡi":
            return result + last / 2, k + 1
        j, after_scale = k, True
    return (result, j) if after_scale else None


def parse_number(s: str, *, convention: Convention = "vi") -> float | int | None:
    """Value of one numeral string, or None if it is not one.

    Accepts digits in either convention ("4.106", "18,5", "1,250,000"), words
    ("hai mươi mốt", "một trăm linh năm", "năm") and mixes ("16 nghìn",
    "1,2 triệu", "2 tỷ 500 triệu"). Qualifiers and units are not numerals:
    "hơn 61 nghìn" gives None. Words are read leniently here (a lone "năm" is 5);
    ``find_figures`` is stricter because running text is ambiguous.
    """
    toks = _tokens(s.strip(), convention) if s and s.strip() else None
    if not toks:
        return None
    if len(toks) == 1 and isinstance(toks[0], Decimal):
        return _num(toks[0])
    if len(toks) == 1 and toks[0] == "không":
        return 0
    r = _parse_tokens(toks, 0, strict=False)
    if r is None or r[1] != len(toks):
        return None
    return _num(r[0])


# --------------------------------------------------------------------------- speller

_DIGIT_NAMES = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")


def _spell_below_1000(n: int, full: bool) -> list[str]:
    """Words for 0 < n < 1000; ``full`` writes "không trăm" / "linh" after a higher group."""
    h, t, u = n // 100, n // 10 % 10, n % 10
    out: list[str] = []
    if h or full:
        out += [_DIGIT_NAMES[h], "trăm"]
    if t == 0:
        if u:
            out += (["linh"] if out else []) + [_DIGIT_NAMES[u]]
    elif t == 1:
        out.append("mười")
        if u:
            out.append("lăm" if u == 5 else _DIGIT_NAMES[u])
    else:
        out += [_DIGIT_NAMES[t], "mươi"]
        if u:
            out.append({1: "mốt", 4: "tư", 5: "lăm"}.get(u, _DIGIT_NAMES[u]))
    return out


def spell_number(n: int) -> str:
    """Write a non-negative integer in Vietnamese words: 105 → "một trăm linh năm".

    Groups of three digits take nghìn, triệu, tỷ; beyond that the tỷ count is
    itself spelled ("một nghìn tỷ" = 10**12). ``parse_number`` reads it back.
    """
    if n < 0:
        raise ValueError("spell_number takes a non-negative integer")
    if n == 0:
        return "không"
    if n >= 10**9:
        head, rest = divmod(n, 10**9)
        words = [spell_number(head), "tỷ"]
        if rest:
            words.append(_spell_rest(rest, 10**9))
        return " ".join(words)
    return _spell_rest(n, 0)


def _spell_rest(n: int, higher: int) -> str:
    """Spell n < 10**9 that follows a higher group (``higher`` > 0) or stands alone."""
    out: list[str] = []
    full = bool(higher)
    for scale, name in ((10**6, "triệu"), (10**3, "nghìn"), (1, "")):
        g = n // scale % 1000
        if g:
            out += _spell_below_1000(g, full)
            if name:
                out.append(name)
            full = True
    return " ".join(out)


# --------------------------------------------------------------------------- scanning


@dataclass(slots=True)
class _Fig:
    """A figure under construction."""

    start: int
    end: int
    num_start: int
    kind: Kind
    value: Decimal | None = None
    value_max: Decimal | None = None
    qualifier: str = "exact"
    denominator: Decimal | None = None
    in_words: bool = False
    plain: bool = False  # an undotted integer whose kind the words before it may change


_LOOK_BACK = 48  # characters a cue's pattern reads before a position


def _before(text: str, pos: int, width: int = _LOOK_BACK) -> str:
    return text[max(0, pos - width) : pos]


class _Before:
    """What is written right before one position of a sentence, for the cues asked about it.

    A cue's pattern reads the 48 characters before the position and needs
    one of its phrases to end where the spaces before the position begin.
    The sentence's annotation holds every phrase ending there that starts on
    a word boundary, so the pattern runs only when one of the cue's phrases
    is among them, or when the annotation cannot tell: the pattern sees a
    word boundary where its window starts, which may be inside a word, and a
    phrase glued to the position (no space between) fails the annotation's
    word boundary.
    """

    __slots__ = ("ending", "k", "pos", "spaced", "text", "view", "w", "window")

    def __init__(self, text: str, pos: int, view: Annotation):
        w = max(0, pos - _LOOK_BACK)
        k = pos
        while k > w and text[k - 1] in " \t\u00a0":
            k -= 1
        self.text, self.pos, self.view, self.w, self.k = text, pos, view, w, k
        self.ending: set[int] | None = None  # ids of the phrases ending at k inside the window
        self.spaced: bool | None = None  # whether the window holds a run of spaces
        self.window: str | None = None

    def cue(self, cue: _Cue) -> regex.Match[str] | None:
        """The cue's phrase written right before the position, as its pattern finds it."""
        if cue.phrases is not None and not self._may_match(cue.phrases, cue.longest):
            return None
        if self.window is None:
            self.window = self.text[self.w : self.pos]
        return cue.pattern.search(self.window)

    def _may_match(self, phrases: frozenset[int], longest: int) -> bool:
        if self.k == self.pos:
            return True
        if self.ending is None:
            off, w = self.view.start, self.w
            self.ending = {pid for s, _, pid, _ in self.view.ending_at(off + self.k) if s >= off + w}
        if not phrases.isdisjoint(self.ending):
            return True
        if not self.w or not WORD_CHARS[self.text[self.w - 1]]:  # the window starts on a boundary
            return False
        # a phrase filling the window up to k: as long as the span, or shorter if it held space runs
        if self.k - self.w <= longest:
            return True
        if self.spaced is None:
            text, w, k = self.text, self.w, self.k
            self.spaced = any(text.find(sp, w, k) >= 0 for sp in ("  ", "\t", "\u00a0"))
        return self.spaced


def _ordinal_cue(before: _Before) -> bool:
    """Whether a word that ranks what follows stands before ("giải 3", "lần thứ 2"), not a word
    it only ends ("hòa giải 346 vụ việc": mediated 346 cases)."""
    return bool(before.cue(_ORDINAL_CUE)) and not before.cue(_ORDINAL_EXCEPTION)


def _cue(cue: _Cue, text: str, pos: int, view: Annotation) -> regex.Match[str] | None:
    """The cue's phrase written right before ``pos`` (spaces between); ``view`` annotates ``text``."""
    return _Before(text, pos, view).cue(cue)


def _convention(text: str, view: Annotation | None = None) -> Convention:
    if view is not None and not _digits_then_separator(text, view):
        return "vi"  # every unambiguous numeral has a digit after its "." or ","
    dated = _DATE_WORD_BEFORE.search
    en = sum(1 for m in _EN_EVIDENCE.finditer(text) if not dated(text, max(0, m.start() - 8), m.start()))
    if not en:
        return "vi"
    vn = sum(1 for _ in _VN_EVIDENCE.finditer(text))
    return "en" if en > vn else "vi"


def _is_year(v: Decimal | None, raw: str) -> bool:
    return v is not None and len(raw) == 4 and raw.isdigit() and 1900 <= v <= 2100


def _plausible_dm(d: Decimal, m: Decimal) -> bool:
    return 1 <= d <= 31 and 1 <= m <= 12 and d == int(d) and m == int(m)


_TOKEN_BEFORE = regex.compile(r"(?<![\p{L}\d])(\p{L}{2,4})\s++$")
_REGISTRATION_AFTER = regex.compile(rf"\s++(?:{_alt(lexicon.words('registration_suffixes'))})(?![\p{{L}}\d])")


def _registration(text: str, start: int, end: int) -> bool:
    """Whether an integer stands between a province's abbreviation and the code closing a
    registration number ("tàu cá QNg 95567 TS", "BĐ 97123 TS": `registration_suffixes.txt`): an
    identifier, no figure."""
    if _REGISTRATION_AFTER.match(text, end) is None:  # asked of every integer: the anchored test first
        return False
    before = _TOKEN_BEFORE.search(text, max(0, start - 6), start)
    return before is not None and sum(c.isupper() for c in before.group(1)) >= 2


def _classify_plain(text: str, f: _Fig, raw: str, view: Annotation) -> None:
    """Re-kind an undotted integer by the words written right before it."""
    s = f.num_start
    after = text[f.end : f.end + 1]
    if after == "%":
        return
    before = _Before(text, s, view)
    if _ordinal_cue(before):
        f.kind = Kind.ordinal
    elif _registration(text, s, f.end):
        f.kind = Kind.code
    elif _is_year(f.value, raw):
        if before.cue(_QUAL_BEFORE) and not before.cue(_YEAR_CUE):
            return
        f.kind = Kind.year
    elif (
        before.cue(_DESIGNATOR)
        and not before.cue(_DESIGNATOR_EXCEPTION)
        and not _MONEY_NEXT.match(text, f.end)
        and not (_PEOPLE_AFTER.match(text, f.end) and not before.cue(_AGE_NOUN))  # "Ở tuổi 60 chị …"
    ):
        f.kind = Kind.designator  # "mức 3", "thôn 8"; "ở mức 420 USD/tấn" is a price; "cơ bản 4" is none
    elif before.cue(_CODE_CUE):
        f.kind = Kind.code
    elif before.cue(_DOCUMENT) and not before.cue(_DOC_EXCEPTION):
        f.kind = Kind.document
    elif before.cue(_DATE_NOUN) and f.value is not None and 1 <= f.value <= 31:
        f.kind, f.value = Kind.date, None
    elif before.cue(_YEAR_CUE) and raw.isdigit() and len(raw) in (3, 4):
        f.kind = Kind.year


def _pair(text: str, f: _Fig, a: Decimal, sep: str, b: Decimal, view: Annotation) -> _Fig | None:
    """Kind of "X/Y" or "X-Y": date, part of a whole, range, or nothing."""
    dm = _plausible_dm(a, b)
    before = _Before(text, f.num_start, view)
    if before.cue(_DOCUMENT) and not before.cue(_DOC_EXCEPTION) and sep == "/":
        f.kind = Kind.document
        return f
    if before.cue(_DATE_CUE) and dm:
        f.kind = Kind.date
        return f
    if sep == "-" and before.cue(_DOCUMENT) and not before.cue(_DOC_EXCEPTION):
        f.kind = Kind.document  # "số 120-122 đường ...": a street number, like "số 120"
        return f
    if sep == "-":
        if _is_year(a, str(a)) and _is_year(b, str(b)) and a < b <= a + 100:
            f.kind, f.value, f.value_max, f.qualifier = Kind.period, a, b, "range"
        elif a < b:
            f.kind, f.value, f.value_max, f.qualifier = Kind.quantity, a, b, "range"
        elif dm:
            f.kind = Kind.date
        else:
            return None
        return f
    if a > b:
        if dm:
            f.kind = Kind.date
            return f
        f.kind = Kind.document
        return f
    if not _NEXT_IS_WORD.match(text, f.end) and dm:
        f.kind = Kind.date
        return f
    if _ordinal_cue(before):  # "xếp thứ 3/9 huyện": a rank among a whole
        f.kind, f.value = Kind.ordinal, a
        return f
    f.kind, f.value, f.denominator = Kind.quantity, a, b
    return f


def _from_chunk(text: str, m: regex.Match[str], conv: Convention, view: Annotation) -> _Fig | None:
    """Kind and value of a digit-led token such as 4.106, 18,5, 19/5, 26-NQ/TW, 8h30, 12A1."""
    s, e = m.span()
    raw = m.group()
    f = _Fig(s, e, s, Kind.quantity)
    if raw.isascii() and raw.isdigit():  # the usual "2024", "15": no shape below but the plain one fits
        f.value, f.plain = Decimal(raw), True
        return f
    if tm := _TIME.fullmatch(raw):
        hour = int(tm.group(1) or tm.group(3))
        mins = [int(x) for x in tm.captures(2)] + ([int(tm.group(4))] if tm.group(4) else [])
        if hour <= 24 and all(x < 60 for x in mins):
            f.kind = Kind.time
            return f
        return None
    dot = _DAY_DOT_MONTH.fullmatch(raw)
    dated = dot and _plausible_dm(Decimal(dot.group(1)), Decimal(dot.group(2)))
    if dated and _Before(text, s, view).cue(_DATE_CUE):
        f.kind = Kind.date  # "ngày 21.10", "sáng 5.3": a date written with a dot
        return f
    if "/" not in raw and "-" not in raw:
        return _undivided_chunk(f, raw, conv)
    if _DOC_SHAPE.fullmatch(raw):
        f.kind = Kind.document
        return f
    if dm := _DATE3.fullmatch(raw):
        d, mo = Decimal(dm.group(1)), Decimal(dm.group(3))
        f.kind = Kind.date if _plausible_dm(d, mo) or _plausible_dm(mo, d) else Kind.document
        return f
    if _ISO.fullmatch(raw):
        f.kind = Kind.date
        return f
    if my := _MONTH_YEAR.fullmatch(raw):
        a, y = int(my.group(1)), int(my.group(3))
        if 1900 <= y <= 2100 and 1 <= a <= 12 and len(my.group(1)) <= 2:
            f.kind = Kind.date
            return f
        if my.group(2) == "-" and 1900 <= a <= 2100 and a < y <= a + 100:
            f.kind, f.value, f.value_max, f.qualifier = Kind.period, Decimal(a), Decimal(y), "range"
            return f
        if my.group(2) == "/" and 1900 <= y <= 2100:
            f.kind = Kind.document
            return f
    if pm := _PAIR.fullmatch(raw):
        left, right = _digits_value(pm.group(1), conv), _digits_value(pm.group(3), conv)
        if left is None or right is None:
            return None
        f.value = left
        return _pair(text, f, left, pm.group(2), right, view)
    return _undivided_chunk(f, raw, conv)


def _undivided_chunk(f: _Fig, raw: str, conv: Convention) -> _Fig | None:
    """A chunk that is no date, document number, time, period or pair: a number, a number with
    its unit glued on, a code, or a number with punctuation glued after it."""
    s = f.start
    if dm := _DATE3.fullmatch(raw):  # "19.5.2024": dots only
        d, mo = Decimal(dm.group(1)), Decimal(dm.group(3))
        f.kind = Kind.date if _plausible_dm(d, mo) or _plausible_dm(mo, d) else Kind.document
        return f
    if _DIGIT_DOT_ZERO.fullmatch(raw):
        f.kind = Kind.code
        return f
    if (v := _digits_value(raw, conv)) is not None:
        f.value = v
        f.plain = raw.isdigit()
        return f
    if um := _NUM_UNIT.fullmatch(raw):
        v = _digits_value(um.group(1), conv)
        if v is not None and _UNIT_SUFFIX.fullmatch(um.group(2)):
            f.value, f.end = v, s + um.end(1)
            return f
        f.kind = Kind.code
        return f
    # glued punctuation ("2024.Sau"): keep the leading numeral
    if (pm := _NUM_PREFIX.match(raw)) and _SEP_LETTER.match(raw, pm.end()):
        end = pm.end()
        while raw[end - 1] in ".,":
            end -= 1
        v = _digits_value(raw[:end], conv)
        if v is not None:
            f.value, f.end = v, s + end
            f.plain = raw[:end].isdigit()
            return f
    if _ANY_LETTER.search(raw):
        f.kind = Kind.code
        return f
    return None


def _at_sentence_start(text: str, pos: int) -> bool:
    head = _before(text, pos).rstrip(" \t\u00a0")
    return not head or head[-1] in _SENTENCE_OPENERS


_TOKEN = regex.compile(r"\S++")


def _from_words(text: str, m: regex.Match[str], view: Annotation) -> list[_Fig]:
    """Numbers in a run of number words ("hai mươi mốt", "mười năm" → 10)."""
    run = m.group()
    spans = [(t.start(), t.end()) for t in _TOKEN.finditer(run)]
    base = m.start()
    toks: list = [run[a:b].lower() for a, b in spans]
    out: list[_Fig] = []
    i = 0
    while i < len(toks):
        r = _parse_tokens(toks, i, strict=True)
        if r is None:
            s, e = base + spans[i][0], base + spans[i][1]
            five = i == 0 and toks[i] == _FIVE and _five_of_nouns(text, s, e, view)
            if five and _keep_words(text, s, e, toks[i : i + 1], view):
                out.append(_Fig(s, e, s, Kind.quantity, Decimal(5), in_words=True))
            i += 1
            continue
        val, j = r
        s, e = base + spans[i][0], base + spans[j - 1][1]
        if _keep_words(text, s, e, toks[i:j], view):
            out.append(_Fig(s, e, s, Kind.quantity, val, in_words=True))
        i = j
    return out


_FIVE = next(w for w, r in _WORDS.items() if r["role"] == "digit" and r["value"] == "5")  # also "year"
_YEAR_LEAD = _ends_with("year_leads")
_YEAR_COMPOUND = lexicon.matcher(lexicon.words("year_compounds"), at="here")
_NUMBER_BEFORE = regex.compile(rf"(?:\d|{_L}(?:{_alt(list(_WORDS))})){_SP}*+\Z", regex.REVERSE)
_UNIT_IDS = vocabulary().phrase_ids("units")


def _five_of_nouns(text: str, s: int, e: int, view: Annotation) -> bool:
    """Whether a lone "năm" counts five of the noun after it ("hai tập thể và năm cá nhân",
    "kết nạp năm ngư dân"): a counted noun follows, and no word before it makes it a time
    ("đầu năm cơ quan", "mỗi năm cơ sở", "3 năm tiến sĩ"), nor does a kind of year open there
    ("năm học")."""
    gap = _SPACES.match(text, e)
    if gap is None or not any(h[2] in _UNIT_IDS for h in view.starting_at(view.start + gap.end())):
        return False
    if _YEAR_COMPOUND.match(text, s) is not None or _cue(_YEAR_LEAD, text, s, view) is not None:
        return False
    return _NUMBER_BEFORE.search(text, max(0, s - 12), s) is None


_OPENING_DIGITS = sorted(
    (w for w, r in _WORDS.items() if r["role"] in ("digit", "ten")), key=len, reverse=True
)
# "một trong ba đơn vị": one of a number of things counts one
# ends where the number of the whole begins, so that extractors find that figure by its start
ONE_OF = regex.compile(rf"{_SP}++trong(?:{_SP}++số)?{_SP}++(?=\d|(?i:{'|'.join(_OPENING_DIGITS)}){_R})")


_PARALLEL_MOT_AFTER = regex.compile(rf"[^,;.\d]{{1,30}},{_SP}*+(?i:một){_R}")
_PARALLEL_MOT_BEFORE = regex.compile(rf"{_L}(?i:một){_R}[^,;.\d]{{1,30}},{_SP}*+\Z")


_NEXT_WORD = regex.compile(rf"(?:{_SP}*+%)?+{_SP}++(\p{{L}}++)")  # "5% tấm": after the sign too


def _words_after_numbers(phrases: tuple[str, ...]) -> frozenset[str]:
    """The word after the number in each named phrase: a cheap test before the phrase search."""
    out: set[str] = set()
    for phrase in phrases:
        words = phrase.lower().split()
        out.update(b for a, b in itertools.pairwise(words) if a[:1].isdigit() or a in _WORDS)
    return frozenset(out)


_NAMED_NEXT = _words_after_numbers(lexicon.words("named_number_phrases"))
NAMED_REACH = 40


TITLE_REACH = 200  # a quoted title holding a figure is no longer than this on either side
_OPENING_QUOTES = '"“'
_CLOSING_QUOTES = '"”'
_TITLE_NOUN_BEFORE = lexicon.matcher(lexicon.words("title_nouns"), at="before")
_TITLE_NOUN_OPENING = lexicon.matcher(lexicon.words("title_nouns"), at="here")


def _in_quoted_title(text: str, f: _Fig) -> bool:
    """Whether the figure sits inside a quoted title right after a plan's or a document's noun
    ('Đề án "Đầu tư xây dựng ít nhất 1 triệu căn hộ nhà ở xã hội …"'): part of a name."""
    lo = max(0, f.start - TITLE_REACH)
    opening = max(text.rfind(q, lo, f.start) for q in _OPENING_QUOTES)
    if opening < 0 or opening + 1 >= len(text) or not text[opening + 1].isalnum():
        return False  # no quote opens before the figure, or the one before closes
    hi = min(len(text), f.end + TITLE_REACH)
    if all(text.find(q, f.end, hi) < 0 for q in _CLOSING_QUOTES):
        return False
    # the noun before the quote, or opening it ('và "vụ án gây thiệt hại 800 tỷ đồng tại PVN"')
    if _TITLE_NOUN_OPENING.match(text, opening + 1) is not None:
        return True
    return _TITLE_NOUN_BEFORE.search(text, max(0, opening - 40), opening) is not None


def _in_named_phrase(text: str, f: _Fig) -> bool:
    """Whether the figure sits inside a named phrase ("liên kết 4 nhà", "5 không, 3 sạch")."""
    nxt = _NEXT_WORD.match(text, f.end, f.end + NAMED_REACH)
    if nxt is None or nxt.group(1).lower() not in _NAMED_NEXT:
        return False
    lo, hi = max(0, f.num_start - NAMED_REACH), f.end + NAMED_REACH
    return any(m.start() <= f.num_start and f.end <= m.end() for m in _NAMED_NUMBER.finditer(text, lo, hi))


def _parallel_mot(text: str, s: int, e: int, view: Annotation) -> bool:
    """ "theo hướng một tổ chức, một người …": a principle's parallel "một" (after a word that
    announces a principle), not "kỷ luật một tổ chức đảng, một đảng viên"."""
    if _PARALLEL_MOT_AFTER.match(text, e):
        return bool(_cue(_SLOGAN_OPENER, text, s, view))
    first = _PARALLEL_MOT_BEFORE.search(text, max(0, s - 40), s)
    return bool(first and _cue(_SLOGAN_OPENER, text, first.start(), view))


_SCALE_ONLY = frozenset(SCALE_WORDS)


def _keep_words(text: str, s: int, e: int, toks: list[str], view: Annotation) -> bool:
    """False where number words are an article, part of an idiom, or a name."""
    before = _Before(text, s, view)
    if _ordinal_cue(before):
        return True
    if _PERCENT_AFTER.match(text, e):
        return True
    if _NOT_NUMBER.match(text, s) or _NOT_NUMBER_COMPOUND.search(text, max(0, s - COMPOUND_REACH), e):
        return False
    if all(t in _SCALE_ONLY for t in toks):
        return False  # "tuyến đường nghìn tỉ": scale words with no number before them name, not count
    if len(toks) > 1 and _ROLE.get(toks[0]) == "hundred" and all(t in _SCALE_ONLY for t in toks[1:]):
        return False  # "tài sản trăm tỷ": "hundreds of billions", a size named, no figure
    if toks == ["một"] and before.cue(_ARTICLE_MOT) and not ONE_OF.match(text, e):
        return False  # "là một địa phương" is "a"; "là một trong ba đơn vị" counts one
    if len(toks) == 1 and _DIGITS.get(toks[0]) == 2 and before.cue(_PAIR_REFERENCE):
        return False  # "giữa hai nước", "quan hệ hai nước": the pair already known, no figure
    if toks == ["một"] and _parallel_mot(text, s, e, view):
        return False  # "một tổ chức, một người": a principle's parallel "một", no figure
    word = text[s:e].split()[0]
    if word[:1].isupper() and not word.isupper():
        if not _at_sentence_start(text, s):
            return False  # "quận Ba Đình", "đồng chí Hai"
        nxt = _NEXT_CAPITAL.match(text, pos=e)
        if nxt and not _TITLE_AFTER.match(text, e):
            return False  # "Hai Bà Trưng"; "Ba Thứ trưởng" counts people by a title
    return True


def _from_vague(m: regex.Match[str]) -> _Fig | None:
    head = m.group().split()[0].lower()
    if _VAGUE.get(head) and len(m.group().split()) < 2:
        return None
    return _Fig(m.start(), m.end(), m.start(), Kind.vague, in_words=True)


def _digits_then_separator(text: str, view: Annotation) -> bool:
    """Whether a digit run of the sentence is followed by "." or "," and a digit."""
    off, n = view.start, len(text)
    for _, end, pid, _ in view:
        e = end - off
        if pid == DIGITS and e + 1 < n and text[e] in ".," and "0" <= text[e + 1] <= "9":
            return True
    return False


def _starts(text: str, view: Annotation) -> list[int]:
    """Every place in ``text`` where a figure may begin, sorted (see ``_LETTERS_BEFORE``)."""
    off = view.start
    out = []
    for start, _, pid, _ in view:
        p = start - off
        out.append(p)
        if pid == DIGITS and p:
            q = p - 1 if text[p - 1] in _SIGNS else p
            if q < p and text[q] == "+":
                out.append(q)
            if q and WORD_CHARS[text[q - 1]] and (m := _LETTERS_BEFORE.match(text, 0, q)):
                out.append(m.start())
    return sorted(set(out))


def _matches(text: str, starts: list[int]):
    """``_SCAN.finditer(text)``, tried only where a figure may begin (``_starts``)."""
    last_end = 0
    for p in starts:
        if p < last_end:
            continue
        m = _SCAN.match(text, p)
        if m is not None and m.end() > p:
            last_end = m.end()
            yield m


def _scan(text: str, conv: Convention, starts: list[int], view: Annotation) -> list[_Fig]:
    """First pass: one figure per numeral, with its kind from shape and the words before it."""
    figs: list[_Fig] = []
    for m in _matches(text, starts):
        group = m.lastgroup
        s, e = m.span()
        if group == "phone":
            figs.append(_Fig(s, e, s, Kind.phone))
        elif group in ("ldate", "quarter"):
            figs.append(_Fig(s, e, s, Kind.date))
        elif group == "code":
            figs.append(_Fig(s, e, s, Kind.code))
        elif group == "vague":
            if f := _from_vague(m):
                figs.append(f)
        elif group == "mixed":
            toks = _tokens(m.group(), conv)
            r = _parse_tokens(toks, 0, strict=False) if toks else None
            if r is not None:
                figs.append(_Fig(s, e, s, Kind.quantity, r[0]))
        elif group == "chunk":
            f = _from_chunk(text, m, conv, view)
            if f is None:
                continue
            if f.plain:
                _classify_plain(text, f, text[f.num_start : f.end], view)
            elif f.qualifier == "range" and f.kind is Kind.quantity:
                _scale_glued_range(text, f)
            figs.append(f)
        elif group == "words":
            for f in _from_words(text, m, view):
                before = _Before(text, f.num_start, view)
                if _ordinal_cue(before):
                    f.kind = Kind.ordinal
                elif before.cue(_DATE_NOUN) and f.value is not None and f.value <= 31:
                    f.kind, f.value = Kind.date, None
                elif before.cue(_DESIGNATOR) and not before.cue(_DESIGNATOR_EXCEPTION):
                    f.kind = Kind.designator  # "căn nhà cấp bốn": a grade, as "nhà cấp 4" is
                figs.append(f)
    for f in figs:
        if f.kind is Kind.quantity and (p := _PERCENT_AFTER.match(text, f.end)):
            f.kind, f.end = Kind.percent, p.end()
        elif f.kind is Kind.quantity and f.value is not None and (q := _FRACTION_AFTER.match(text, f.end)):
            den = q.group("den").lower()
            f.kind, f.end = Kind.fraction, q.end()  # "hai phần ba số xã": two thirds, a proportion
            f.denominator = _WVAL[den] if den in _WVAL else Decimal(den)
    return figs


PAIR_LABEL_REACH = 40  # the unit and the label after the second of two paired prices
_PAIR_LABEL = regex.compile(
    rf"[^\d();\n]{{0,{PAIR_LABEL_REACH}}}?\({_SP}*+(?i:{_alt(lexicon.words('paired_price_labels'))}){_SP}*+\)"
)


def paired_prices(text: str, a_end: int, b_start: int, b_end: int) -> bool:
    """Whether two figures joined by a dash are two prices labelled as such ("37,22 - 37,28 triệu
    đồng/lượng (mua vào - bán ra)"): the first is a price of its own, not a range's low end."""
    dash = _CONNECTOR.match(text, a_end, b_start)
    return bool(dash and dash.group(1) and dash.end() == b_start and _PAIR_LABEL.match(text, b_end))


def _merge_pairs(text: str, figs: list[_Fig], view: Annotation) -> list[_Fig]:
    """Join "A - B" / "từ A đến B" into a range and "2020 - 2025" into a period; two prices
    labelled as a pair stay two figures, the scale word written once serving both."""
    out: list[_Fig] = []
    i = 0
    while i < len(figs):
        a = figs[i]
        b = figs[i + 1] if i + 1 < len(figs) else None
        if b is not None and a.kind is Kind.quantity and paired_prices(text, a.end, b.num_start, b.end):
            a.value = _shared_scale(text, a, b)
            out.append(a)
            i += 1
            continue
        merged = _join(text, a, b, view) if b is not None else None
        if merged is not None:
            out.append(merged)
            i += 2
        else:
            out.append(a)
            i += 1
    return out


_SPACED_SLASH = regex.compile(rf"{_SP}*+/{_SP}*+")


def _spaced_part(text: str, a: _Fig, b: _Fig) -> _Fig | None:
    """ "26 /30 chỉ tiêu": a part of a whole written with spaces around the slash."""
    c = _SPACED_SLASH.match(text, a.end, b.num_start)  # bounded, or the engine hunts "/" to the end
    if c is None or c.end() != b.num_start or c.group() == "/":
        return None
    if a.kind is not Kind.quantity or b.kind is not Kind.quantity or a.in_words or b.in_words:
        return None
    if a.value is None or b.value is None or a.value > b.value or a.value_max or b.value_max:
        return None
    if a.value != int(a.value) or b.value != int(b.value) or not _NEXT_IS_WORD.match(text, b.end):
        return None
    return _Fig(
        a.start, b.end, a.num_start, Kind.quantity, a.value, qualifier=a.qualifier, denominator=b.value
    )


_COMMA_PAIR = regex.compile(rf"{_SP}*+,{_SP}++")


def _approximate_pair(text: str, a: _Fig, b: _Fig, view: Annotation) -> bool:
    """ "khoảng 70, 80 người": two round figures after an approximation, the second a little
    larger and followed by its noun, are the ends of one rough range; so are two figures one
    step apart with no approximation written ("60, 70 học viên", "5, 6 hộ")."""
    comma = _COMMA_PAIR.match(text, a.end, b.num_start)
    if comma is None or comma.end() != b.num_start:
        return False
    if a.kind is not Kind.quantity or b.kind is not Kind.quantity:
        return False
    if a.value is None or b.value is None or a.in_words != b.in_words or not a.value < b.value <= 2 * a.value:
        return False
    if a.value != int(a.value) or b.value != int(b.value) or not _NEXT_IS_WORD.match(text, b.end):
        return False
    if not a.in_words and b.value - a.value == _step(int(a.value)):
        return True  # digits only: "set một, hai tay vợt" is set one, then two players
    q = _Before(text, a.num_start, view).cue(_QUAL_BEFORE)
    return q is not None and _QUALIFIERS[_SPACES.sub(" ", q.group(1).lower())] == "approx"


def _alternative_pair(text: str, a: _Fig, b: _Fig) -> bool:
    """ "2 hoặc 3 đảng viên", "một hay hai đại diện": two neighbouring figures offered as
    alternatives before their noun are the ends of one range (the second at most twice the
    first); figures far apart ("1 hay 10 trung tâm") or conceded ("… cũng không …") are not."""
    link = ALTERNATIVE_LINK.match(text, a.end, b.num_start)
    if link is None or link.end() != b.num_start:
        return False
    if a.kind is not Kind.quantity and a.kind is not b.kind:
        return False  # "5 hoặc 6%" shares the sign; "5% hoặc 6" is no range
    if b.kind not in (Kind.quantity, Kind.percent) or a.in_words != b.in_words:
        return False
    if a.value is None or b.value is None or a.value_max or b.value_max or a.denominator or b.denominator:
        return False
    if not a.value < b.value <= 2 * a.value or not _NEXT_IS_WORD.match(text, b.end):
        return False
    return not conceded_after(text, b.end)


def conceded_after(text: str, pos: int) -> bool:
    """Whether a concession follows two alternatives ending at ``pos`` in their clause ("có 1 hay 10
    trung tâm cũng không …": whatever the number): neither figure is one reported."""
    return _CONCESSION_AFTER.match(text, pos) is not None


def _day_before_date(text: str, a: _Fig) -> bool:
    """Whether a figure linked to a date can be the first day of its span: a plain number of
    one or two digits up to 31 ("từ 13 đến 15/10", "3 - 5/8/2026")."""
    digits = text[a.num_start : a.end]
    return a.kind is Kind.quantity and digits.isdigit() and len(digits) <= 2 and 1 <= int(digits) <= 31


def _step(n: int) -> int:
    """The place of a whole number's last non-zero digit: 60 → 10, 5 → 1, 300 → 100."""
    step = 1
    while n and n % (step * 10) == 0:
        step *= 10
    return step


def _qualifier_between(text: str, start: int, end: int) -> bool:
    """Whether only a qualifier stands between a range's link and its upper end ("từ 15% tới
    trên 30%", "từ 120 đến gần 200 hộ"): the range's high end, however bounded."""
    gap = _SPACES.sub(" ", text[start:end].strip().lower())
    return gap in _QUALIFIERS


SCORE_MAX = 20  # goals, sets or games: a score's numbers are small
_SCORE_BEFORE = regex.compile(r"(?:\p{Lu}[\p{L}\d.]*+|\d++)\s++$")
_SCORE_AFTER = regex.compile(r"\s++\p{Lu}")


def _match_score(text: str, a: _Fig, b: _Fig) -> bool:
    """Whether "A - B" stands between two names as a match result ("Marseille 1 - 2 SSC Napoli",
    "Schalke 04 0 - 3 Chelsea"): a score, no range (contract: scores are no facts)."""
    plain = text[a.num_start : a.end].isdigit() and text[b.num_start : b.end].isdigit()
    if not plain or a.kind is not Kind.quantity or b.kind is not Kind.quantity:
        return False  # digits alone: no scale word, no number word, no decimal
    if max(int(text[a.num_start : a.end]), int(text[b.num_start : b.end])) > SCORE_MAX:
        return False
    named_before = _SCORE_BEFORE.search(text, max(0, a.num_start - 40), a.num_start)
    return bool(named_before and _SCORE_AFTER.match(text, b.end))


def _join(text: str, a: _Fig, b: _Fig, view: Annotation) -> _Fig | None:
    if (part := _spaced_part(text, a, b)) is not None:
        return part
    c = _CONNECTOR.match(text, a.end)
    if c is None and (_approximate_pair(text, a, b, view) or _alternative_pair(text, a, b)):
        return _Fig(a.start, b.end, a.num_start, b.kind, a.value, b.value, "range", in_words=a.in_words)
    if c is None or (c.end() != b.num_start and not _qualifier_between(text, c.end(), b.num_start)):
        return None
    if b.kind is Kind.date and _day_before_date(text, a):
        return _Fig(a.start, b.end, a.num_start, Kind.date)  # "từ 13 đến 15/10": days of one month
    dash = c.group(1) is not None
    if dash and _match_score(text, a, b):
        return _Fig(a.start, b.end, a.num_start, Kind.score, a.value, b.value)
    if a.kind is Kind.year and b.kind is Kind.year and dash:
        if a.value is not None and b.value is not None and a.value < b.value <= a.value + 100:
            return _Fig(a.start, b.end, a.num_start, Kind.period, a.value, b.value, "range")
        return None
    # "ở mức 88 - 90%": a level word before the low end of a range of shares names no level
    low_kind = Kind.quantity if a.kind is Kind.designator and b.kind is Kind.percent else a.kind
    if low_kind not in (Kind.quantity, Kind.percent) or b.kind not in (Kind.quantity, Kind.percent):
        return None
    if a.kind is Kind.percent and b.kind is not Kind.percent:
        return None
    if a.value_max is not None or b.value_max is not None or a.denominator or b.denominator:
        return None
    if a.value is None or b.value is None or not a.value < b.value:
        return None
    if a.in_words != b.in_words:
        return None
    low = _shared_scale(text, a, b)
    start = a.start
    if t := _cue(_TU_BEFORE, text, a.num_start, view):
        start = a.num_start - (len(t.string) - t.start())
    return _Fig(start, b.end, a.num_start, b.kind, low, b.value, "range", in_words=a.in_words)


_SCALE_NAMES = "|".join(sorted(_SCALES, key=len, reverse=True))
_ENDS_IN_SCALE = regex.compile(rf"{_SP}*+(?P<scale>{_SCALE_NAMES})\Z", regex.I)


_SCALE_AFTER = regex.compile(rf"{_SP}++(?P<scale>{_scale_alternation(list(_SCALES))})")


def _scale_glued_range(text: str, f: _Fig) -> None:
    """Scale both ends of a range written with a glued dash by the scale word after it ("7-8 triệu
    đồng" is 7 to 8 million, as "7 - 8 triệu" is)."""
    m = _SCALE_AFTER.match(text, f.end)
    if m is None or f.value is None or f.value_max is None:
        return
    scale = Decimal(_SCALES[m.group("scale").lower()])
    f.value, f.value_max, f.end = f.value * scale, f.value_max * scale, m.end()


def _shared_scale(text: str, a: _Fig, b: _Fig) -> Decimal | None:
    """The low end of "từ 50 đến 70 triệu": the scale word written once serves both ends."""
    if a.kind is not Kind.quantity or _ENDS_IN_SCALE.search(text[a.num_start : a.end]):
        return a.value
    m = _ENDS_IN_SCALE.search(text[b.num_start : b.end])
    if m is None:
        return a.value
    scaled = a.value * Decimal(_SCALES[m.group("scale").lower()])  # type: ignore[operator]  # both known
    return scaled if scaled < b.value else a.value  # type: ignore[operator]


ESTIMATE_REACH = 100  # how far before the figure an estimate verb may open its clause
_ESTIMATE_OPENERS = lexicon.words("estimate_openers")
_ESTIMATED = regex.compile(
    rf"{_L}(?:{_alt(_ESTIMATE_OPENERS)}),?{_SP}[^;:.!?()\d\n]{{1,{ESTIMATE_REACH}}}?{_SP}"
    rf"(?:{_alt(lexicon.words('copulas'))}){_SP}*+\Z",
    regex.IGNORECASE,
)


@lru_cache(maxsize=64)
def _holds_estimate_opener(text: str) -> bool:
    """Whether ``text`` holds an estimate verb at all: asked once per sentence, not per figure."""
    low = text.lower()
    return any(w in low for w in _ESTIMATE_OPENERS)


def _estimated_after_copula(text: str, start: int) -> bool:
    """Whether an estimate verb opens the clause whose copula stands right before ``start``
    ("ước tính tổng thu nhập … là 4,12 triệu tệ")."""
    if not _holds_estimate_opener(text):
        return False  # most sentences have no estimate verb
    return _ESTIMATED.search(text, max(0, start - ESTIMATE_REACH - 20), start) is not None


def _qualify(text: str, f: _Fig, view: Annotation) -> None:
    """Attach a qualifier written before ("gần 90%") or after ("từ 40 năm trở lên") the figure."""
    if f.kind not in (Kind.quantity, Kind.percent) or f.qualifier != "exact":
        return
    before = _Before(text, f.num_start, view)
    if (q := before.cue(_QUAL_BEFORE)) and not before.cue(_QUAL_EXCEPTION):
        phrase = _SPACES.sub(" ", q.group(1).lower())
        start = f.num_start - (len(q.string) - q.start())
        if phrase == "trên" and _Before(text, start, view).cue(_PREPOSITION_VERB):
            return  # "căn cứ trên hai tờ trình": a preposition, the figure is exact
        if not (phrase == "vượt" and f.denominator is not None):  # "vượt 14/16 chỉ tiêu": the verb
            f.qualifier = _QUALIFIERS[phrase]
            f.start = start
            outer = _Before(text, start, view).cue(_QUAL_BEFORE)
            bound = _QUALIFIERS[_SPACES.sub(" ", outer.group(1).lower())] if outer else None
            if outer is not None and bound in _BOUNDS:  # "tối đa khoảng 20": the bound
                f.qualifier = bound
                f.start = start - (len(outer.string) - outer.start())
        return
    tu = before.cue(_TU_BEFORE)
    sm = _SUFFIX_QUAL.match(text[f.end : f.end + 200])  # a slice: the engine would hunt "trở" to the end
    if sm is None:
        if _estimated_after_copula(text, f.num_start):
            f.qualifier = "approx"
        return
    gap = len(sm.group(1).split())
    if gap <= (8 if tu else 1):
        f.qualifier = _SUFFIX_QUALIFIERS[_SPACES.sub(" ", sm.group(2).lower())]
        if tu:
            f.start = f.num_start - (len(tu.string) - tu.start())


def find_figures(
    text: str, *, convention: Convention | None = None, annotation: Annotation | None = None
) -> list[Figure]:
    """Every figure in ``text`` (a sentence or a whole article), sorted by start, non-overlapping.

    ``convention`` forces how "4.106" / "1,250" are read ("vi" or "en"); by
    default it is inferred from the text's unambiguous numerals. ``annotation``
    is the view of ``text`` in its article's annotation (``Annotation.view``),
    so the article is read once; without it ``text`` is annotated here.
    """
    if annotation is None:
        view = annotate(text)
    elif annotation.end - annotation.start != len(text):
        raise ValueError("the annotation covers another span than the text")
    else:
        view = annotation
    openers = view.select(_figure_hits())
    starts = _starts(text, openers)
    if not starts:
        return []  # no digit and no number word: no figure
    conv = convention or _convention(text, openers)
    figs = _merge_pairs(text, _scan(text, conv, starts, view), view)
    out: list[Figure] = []
    last_end = -1
    quoted = any(q in text for q in _OPENING_QUOTES)  # a quoted title needs a quotation mark
    for f in sorted(figs, key=lambda x: x.start):
        _qualify(text, f, view)
        if f.start < last_end:
            continue
        last_end = f.end
        if f.kind in (Kind.quantity, Kind.percent) and (
            _in_named_phrase(text, f) or (quoted and _in_quoted_title(text, f))
        ):
            f.kind = Kind.designator  # "mô hình liên kết 4 nhà", 'Đề án "… 1 triệu căn hộ …"': part of a name
        if _vague_fraction(f):
            f.kind = Kind.fraction
        out.append(
            Figure(
                start=f.start,
                end=f.end,
                num_start=f.num_start,
                kind=f.kind,
                value=_value(f),
                value_max=None if f.value_max is None else _num(f.value_max),
                qualifier=f.qualifier,
                denominator=None if f.denominator is None else _num(f.denominator),
                in_words=f.in_words,
                text=text[f.start : f.end],
            )
        )
    return _shared_percent(text, out, view)


FRACTION_DENOMINATORS = 10  # "2/3", "1/6", "3/10": how proportions are told; "20/26 xã" counts a whole
_ROUGH = frozenset({"approx", "nearly", "more_than", "less_than"})


def _vague_fraction(f: _Fig) -> bool:
    """Whether "X/Y" with a rough qualifier tells a proportion ("gần 2/3 học viên", "hơn 1/3 số
    xã"): nobody is nearly two of three, so it counts no part of a whole (the contract has no
    fact for a fraction)."""
    d = f.denominator
    return (
        f.kind is Kind.quantity
        and d is not None
        and f.qualifier in _ROUGH
        and f.value is not None
        and 1 < d <= FRACTION_DENOMINATORS
        and f.value < d
    )


_PAIR_LINK = regex.compile(rf"{_SP}++(?i:{_alt(lexicon.words('pair_links'))}){_SP}++\Z")


def _shared_percent(text: str, out: list[Figure], view: Annotation) -> list[Figure]:
    """The first end of a before/after pair written without its percent sign ("từ 4,8 lên
    5,3% GDP", "giảm từ 12 xuống 9,5%") is a percentage too: the second end's sign is both's."""
    for i in range(len(out) - 1):
        f, g = out[i], out[i + 1]
        if (
            f.kind is Kind.quantity
            and g.kind is Kind.percent
            and not f.in_words
            and _PAIR_LINK.search(text[f.end : g.start])
            and _Before(text, f.start, view).cue(_TU_BEFORE)
        ):
            out[i] = dataclasses.replace(f, kind=Kind.percent)
    return out


def _value(f: _Fig) -> int | float | None:
    if f.value is None or f.kind in (Kind.date, Kind.time, Kind.document, Kind.code, Kind.phone, Kind.vague):
        return None
    try:
        return _num(f.value)
    except (InvalidOperation, ValueError):
        return None
