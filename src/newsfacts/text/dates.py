"""Publication dates on a page's date line.

Vietnamese sites print the date in many ways: "Thứ Hai, 04/07/2022",
"04/07/2022 08:30", "Cập nhật: 10:30, 15/03/2023", "2023-11-26",
"2018-11-08T07:53:00.000Z", "Chủ nhật, 02 Tháng 2 2025 10:20", and a few
in the US order ("12/27/2024 12:00:00 AM"). A date line holds the date, a
time and a few date-line words (weekday, "cập nhật", time zone) and nothing
else; that is what tells it apart from a sentence that mentions a date.
"""

from __future__ import annotations

import datetime as _dt

import regex as re

from newsfacts import lexicon

_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?(?!\d)")
_DMY = re.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![\d/])")
_MONTH = lexicon.alternation(lexicon.words("month_nouns"))
_YEAR = lexicon.alternation(lexicon.words("year_cues"))
_WORDY = re.compile(
    rf"(?<!\d)(\d{{1,2}})\s+(?:{_MONTH})\s+(\d{{1,2}}),?\s+(?:(?:{_YEAR})\s+)?(\d{{4}})(?!\d)", re.IGNORECASE
)
_TIME = re.compile(r"(?<!\d)\d{1,2}\s*[:hg]\s*\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?(?!\d)")
_ZONE = re.compile(r"(?:GMT|UTC)\s*[+-]\s*\d{1,2}", re.IGNORECASE)
_FILLER = lexicon.matcher(lexicon.words("date_line_words"))
_PHONE = re.compile(  # a telephone number a site's header prints beside the date
    rf"(?:{lexicon.alternation(lexicon.words('phone_labels'))})\s*:?\s*[\d .]+", re.IGNORECASE
)
MAX_DATE_LINE = 90


def _iso(y: int, m: int, d: int) -> str | None:
    try:
        return _dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def parse_date(text: str) -> tuple[str, int, int] | None:
    """The first date in ``text`` as (ISO date, match start, match end), or None."""
    best = None
    for pat in (_ISO, _DMY, _WORDY):
        m = pat.search(text)
        if not m or (best and best[1] <= m.start()):
            continue
        if pat is _ISO:
            iso = _iso(int(m[1]), int(m[2]), int(m[3]))
        elif pat is _DMY:
            a, b, y = int(m[1]), int(m[3]), int(m[4])
            iso = _iso(y, b, a) if b <= 12 else _iso(y, a, b)  # day first unless the month slot is > 12
        else:
            iso = _iso(int(m[3]), int(m[2]), int(m[1]))
        if iso:
            best = (iso, m.start(), m.end())
    return best


def find_date_line(line: str) -> str | None:
    """The ISO date when ``line`` is a date line (date, time, weekday words only), else None."""
    if len(line) > MAX_DATE_LINE:
        return None
    found = parse_date(line)
    if not found:
        return None
    iso, s, e = found
    rest = line[:s] + " " + line[e:]
    rest = _ZONE.sub(" ", rest)
    rest = _TIME.sub(" ", rest)
    rest = _FILLER.sub(" ", rest)
    # A site header may carry today's date beside a hotline: that is still a date line
    # but the headline never precedes it, which is how the header reader skips it.
    rest = _PHONE.sub(" ", rest)
    leftover = re.sub(r"[\W\d_]+", "", rest)
    return iso if len(leftover) <= 3 else None


# what may stand between a byline and the date printed after it: a time, date-line words, separators
_DATE_LEAD = re.compile(rf"(?:{_TIME.pattern}|{_ZONE.pattern}|{_FILLER.pattern}|[\s,;|–—-])+$", re.IGNORECASE)
MAX_DATED_LINE = 200


def trailing_date(line: str) -> tuple[str, int] | None:
    """A date line printed at the end of other text, as a byline with its place and time
    ("Hoàng Hoài (Huyện Krông Nô) 10:14, 22/11/2022"): (ISO date, where the date part begins).

    None when ``line`` does not end with a date line or is nothing but one.
    """
    if len(line) > MAX_DATED_LINE:
        return None
    found = parse_date(line)
    if not found:
        return None
    iso, s, _ = found
    if not find_date_line(line[s:]):
        return None
    lead = _DATE_LEAD.search(line, 0, s)
    begin = lead.start() if lead else s
    return (iso, begin) if begin > 0 else None


def years_in(text: str) -> list[tuple[int, int]]:
    """Every four-digit year 1900-2100 in ``text`` as (year, offset)."""
    return [
        (int(m.group()), m.start())
        for m in re.finditer(r"(?<![\d.,])(?:19|20)\d\d(?![\d.,]\d)", text)
        if 1900 <= int(m.group()) <= 2100
    ]
