"""Split a news page into metadata, article text and page furniture.

A scraped page is a header (site name, menus, breadcrumb, section label,
headline, date line, view counter), the article (lead, paragraphs, photo
captions, byline) and a footer (tags, related news, comment forms, contact
lines). Only the article yields sentences; the headline is metadata.

Everything here works on the normalized text; offsets are into it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex as re

from newsfacts import lexicon
from newsfacts.text.dates import find_date_line

HEAD_LINES = 15  # the headline and date line are among the first lines
SHORT_MARKER_LINE = 60  # footer markers that could open a sentence only count on lines this short


@dataclass(frozen=True, slots=True)
class Line:
    start: int
    end: int
    text: str  # stripped


@dataclass(frozen=True, slots=True)
class Block:
    """A run of article text: a paragraph or a caption (kind) with its span."""

    kind: str
    start: int
    end: int


@dataclass(slots=True)
class Segmented:
    title: str | None = None
    published: str | None = None
    category: str | None = None
    author: str | None = None
    # where the metadata stands in the text, so that it can be read from the original
    title_span: tuple[int, int] | None = None
    category_span: tuple[int, int] | None = None
    author_span: tuple[int, int] | None = None
    author_in_capitals: bool = False
    blocks: list[Block] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)


def _lines(text: str) -> list[Line]:
    out = []
    for m in re.finditer(r"[^\n]+", text):
        raw = m.group()
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            start = m.start() + lead
            out.append(Line(start, start + len(stripped), stripped))
    return out


def _prefix_pattern(entries: tuple[str, ...]) -> re.Pattern:
    alts = sorted((re.escape(e) for e in entries), key=len, reverse=True)
    return re.compile(r"^(?:" + "|".join(alts) + r")(?=$|[\s:.,(|\-])", re.IGNORECASE)


_FOOTER = _prefix_pattern(lexicon.words("footer_markers"))
_GLUED_FOOTER = re.compile(r"(?:TAG|Tags?|Từ khóa)\s*:\s*$")
_FURNITURE = re.compile("|".join(f"(?:{p})" for p in lexicon.words("boilerplate_lines")), re.IGNORECASE)
_SITE_NAME = _prefix_pattern(lexicon.words("site_name_markers"))
# arrows, angle brackets and bullets between spaces separate breadcrumb items; other symbols
# ("●", "*", "=", "…") also stand in kickers and date lines above a headline
_BREADCRUMB_SEP = re.compile(r"\s+(?:>>|::|[>»›/→•▸▶►❯·⟩▪‣≫➤◆◇〉▷❱⇒])\s+")
_BRACKETED = re.compile(r"^\[([^\[\]]{2,60})\]$")  # "[Nông thôn mới]"
_SECTION_LABEL = re.compile(
    r"^(?:" + "|".join(re.escape(w) for w in lexicon.words("section_label_prefixes")) + r")\s*:\s*",
    re.IGNORECASE,
)
MAX_BREADCRUMB_ITEMS = 3  # "Trang chủ | Tin tức | Cải cách hành chính"; a menu has more
# after the home item, dashes and bars separate breadcrumb items too ("Trang chủ - Chính trị - X")
_HOME = "|".join(re.escape(w) for w in lexicon.words("home_crumbs"))
_HOME_CRUMB = re.compile(rf"^(?:{_HOME})\s+([-–|])\s+", re.IGNORECASE)
_BAR_SEP = re.compile(r"\s+\|\s+")
_HOME_SEPARATORS = {"-": re.compile(r"\s+[-–]\s+"), "–": re.compile(r"\s+[-–]\s+"), "|": _BAR_SEP}
_MENU_SEP = re.compile(rf"{_BAR_SEP.pattern}|\S\s{{3,}}(?=\S)")  # "A | B", or items spaced apart
_WORD = re.compile(r"\w+")


def _is_footer_start(line: Line) -> bool:
    m = _FOOTER.match(line.text)
    if not m:
        return False
    after_marker = line.text[m.end() :].lstrip()
    return len(line.text) <= SHORT_MARKER_LINE or after_marker.startswith(":") or line.text.endswith(":")


MAX_FURNITURE_LINE = 200  # page furniture is short; article paragraphs are not checked


def _is_furniture(line: Line) -> bool:
    return len(line.text) <= MAX_FURNITURE_LINE and bool(_FURNITURE.fullmatch(line.text))


def _is_upper(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _is_title_like(line: Line) -> bool:
    t = line.text
    words = _WORD.findall(t)
    if len(words) < 4 or len(t) > 300 or t.count(" ") < 3:  # a URL slug has words but no spaces
        return False
    if _MENU_SEP.search(t) or (_BREADCRUMB_SEP.search(t) and t.lower().startswith("trang chủ")):
        return False
    if _SITE_NAME.match(t) and (_is_upper(t) or (len(words) <= 8 and "điện tử" in t.lower())):
        return False
    if _is_upper(t) and len(words) <= 10:
        return False
    return not _is_furniture(line)


def _category_from(line: Line, title: str) -> str | None:
    t = line.text
    bracketed = _BRACKETED.match(t)
    if bracketed:
        return bracketed.group(1).strip()
    label = _SECTION_LABEL.match(t)
    if label and len(t) > label.end():
        return t[label.end() :].strip()  # "Chuyên mục: Dân vận"
    home = _HOME_CRUMB.match(t)
    sep = _BREADCRUMB_SEP if _BREADCRUMB_SEP.search(t) else _HOME_SEPARATORS[home.group(1)] if home else None
    if sep is _BAR_SEP and len(sep.split(t)) > MAX_BREADCRUMB_ITEMS:
        sep = None  # "Trang chủ | Giới thiệu | Văn bản | Liên hệ" is a menu
    if sep is not None:
        if t.endswith(title):
            t = t[: -len(title)]  # "Trang chủ - Xây dựng Đảng - Nghệ An: X - Y" ends with the headline
        items = [i.strip() for i in sep.split(t) if i.strip() and not find_date_line(i.strip())]
        items = [i for i in items if i != title]
        return items[-1] if len(items) > 1 else None
    if _MENU_SEP.search(t) or find_date_line(t) or _is_furniture(line):
        return None
    words = _WORD.findall(t)
    if not words or len(words) > 7 or len(t) > 60:
        return None
    if " " not in t and ("." in t or "-" in t):  # a URL slug, not a printed label
        return None
    if _SITE_NAME.match(t) and (_is_upper(t) or len(words) > 3):
        return None
    if _is_upper(t) and len(words) > 4:
        return None
    return t


@dataclass(slots=True)
class _Header:
    title: int | None = None
    date: int | None = None
    published: str | None = None
    category: str | None = None


def _read_header(lines: list[Line]) -> _Header:
    head = lines[:HEAD_LINES]
    dates = [(i, find_date_line(ln.text)) for i, ln in enumerate(head)]
    dates = [(i, d) for i, d in dates if d]
    h = _Header()
    for i, iso in dates:
        j = i - 1
        while j >= 0 and _is_furniture(head[j]):
            j -= 1
        if j >= 0 and _is_title_like(head[j]):
            h.title, h.date, h.published = j, i, iso
            break
    if h.title is None:
        for j, ln in enumerate(head[:6]):
            if _is_title_like(ln) and not ln.text.endswith(".") and not find_date_line(ln.text):
                h.title = j
                break
        if dates:
            h.date, h.published = dates[0]
    if h.title is not None and h.title > 0:
        h.category = _category_from(head[h.title - 1], head[h.title].text)
    return h


def _body_range(lines: list[Line], header: _Header) -> tuple[int, int]:
    first = max(i for i in (header.title, header.date, -1) if i is not None) + 1
    last = len(lines)
    for k in range(first, len(lines)):
        if _is_footer_start(lines[k]):
            last = k
            break
    return first, last


# --- byline ------------------------------------------------------------------

_PREFIXES = sorted(lexicon.words("byline_prefixes"), key=len, reverse=True)
_AGENCY = _prefix_pattern(lexicon.words("agency_words"))
_PAREN_TAIL = re.compile(r"\s*\([^()]*\)\s*$")
_NAME_WORD = re.compile(r"^[\p{Lu}][\p{L}.'’]*$")  # "Ksor H'Yên", "T.LÊ"


def _strip_prefix(t: str) -> str:
    """The byline without its credit words; a credit alone ("Nhóm PV") is kept as printed."""
    low = t.lower()
    for p in _PREFIXES:
        if low.startswith(p):
            rest = t[len(p) :].lstrip(" :")
            return rest or t
    return t


MAX_BYLINE = 120  # a byline is a name and a credit, never a paragraph
_DASH = re.compile(r"\s*+[-–]\s++|\s++[-–]\s*+")
# an agency's abbreviation ("TTXVN"), not an initial and a name ("Q.HẢI")
_ABBREVIATION = re.compile(r"^(?!\p{Lu}\.\p{Lu}{2,}$)[\p{Lu}Đ.&]{2,8}\.?$")
_AGENCY_TAIL = re.compile(
    r"\s+(?:" + "|".join(re.escape(w) for w in lexicon.words("byline_agency_tails")) + r")(?:\s.*)?$",
    re.IGNORECASE,
)


_SITE_TAIL = re.compile(r"\s*/\s*[\w.-]+\.(?:vn|com|net|org|gov)\S*\s*$", re.IGNORECASE)
_WRAPPED = re.compile(r"^\s*\(([^()]{3,60})\)\s*$")
_CREDIT = re.compile(r"^\p{L}+(?:\s\p{L}+)?\s*:", re.IGNORECASE)
MAX_NAME_WORDS = 5


def _is_person(name: str) -> bool:
    """Two to five capitalized words: a person's name, not an agency or a phrase."""
    words = name.split()
    return 2 <= len(words) <= MAX_NAME_WORDS and all(_NAME_WORD.match(w) for w in words)


def _byline(text: str) -> tuple[int, int, bool] | bool | None:
    """Where the author's name stands in a byline line: (start, end, printed in capitals).

    None for a credit to an agency alone ("Theo Báo Y"); False when the line is no byline.
    """
    if len(text) > MAX_BYLINE:
        return False
    t = _GLUED_FOOTER.sub("", text).rstrip()
    wrapped = _WRAPPED.match(t)
    if wrapped:  # "(Điểu Lanh - Thị Hoa)": a byline printed in parentheses
        t = " " + wrapped.group(1) + " "
    stripped = t.strip()
    body = _strip_prefix(stripped)
    start = len(t) - len(t.lstrip()) + len(stripped) - len(body)
    end = start + len(body)
    while True:
        tail = _PAREN_TAIL.search(t, start, end)
        if not tail:
            break
        end = tail.start()
    while end > start and t[end - 1] in " .":
        end -= 1
    if t[start:end].lower().startswith("theo ") and _AGENCY.match(t[start + 5 : end].strip()):
        return None  # "Theo Báo Lào Cai", "Theo Tuổi Trẻ": a credit to an outlet alone
    for mark in (";", " | "):
        cut_at = t.find(mark, start, end)
        if cut_at > start and _CREDIT.match(t[cut_at + len(mark) : end].strip()):
            end = cut_at  # "Tin: Bảo Trâm; ảnh: Hữu Phúc", "Bài: X | Ảnh: Y": a photo credit
    site = _SITE_TAIL.search(t, start, end)
    if site and site.start() > start:
        end = site.start()  # "Thu Trà/baohanam.com.vn": the site is no part of the name
    cut = _AGENCY_TAIL.search(t, start, end)
    if cut and cut.start() > start:
        end = cut.start()
    name = t[start:end]
    if not name:
        return False
    if name.lower().startswith("theo "):
        rest = name[5:].strip()
        if _AGENCY.match(rest) or _is_upper(rest):
            return None
        if not _is_person(rest):
            return False
        start += len(name) - len(rest)  # "Theo Kim Thoa (Hội LHPN huyện)": a person is named
        name = rest
    last = start
    people_end = start
    for k, part in enumerate(_DASH.split(name)):
        p = part.strip()
        if k and (_AGENCY.match(p) or _ABBREVIATION.match(p) or _CREDIT.match(p)):
            break  # "Bài: Minh Châu - Ảnh: Ngọc Lan": the photo credit is not the author
        found = t.find(part, last, end)
        last = found + len(part)
        people_end = found + len(part.rstrip())
    end = people_end
    name = t[start:end]
    words = _DASH.sub(" ", name).split()
    if not words or len(words) > 6 or len(name) > 50:
        return False
    if not all(_NAME_WORD.match(w) for w in words) or any(c.isdigit() for c in name):
        return False
    if len(words) == 1 and not _is_upper(name):
        return False
    return start, end, _is_upper(name) and len(name) > 4


_NAME_PART = re.compile(r"[^.'’]+")  # "T.LÊ" → "T.Lê", "H'YÊN" → "H'Yên"


def recase_name(name: str) -> str:
    """A name printed in capitals, written as a name ("MINH HUỆ" → "Minh Huệ")."""
    return " ".join(_NAME_PART.sub(lambda m: m.group().capitalize(), w) for w in name.split(" "))


def byline_name(text: str) -> str | bool | None:
    """The author's name in a byline line; None for an agency-only credit; False if not a byline."""
    found = _byline(text)
    if found is None or found is False:
        return found
    start, end, upper = found
    name = _GLUED_FOOTER.sub("", text)[start:end]
    return recase_name(name) if upper else name


MAX_TRAILING_LINES = 2  # a unit, a phone or a web address may follow the byline


def _find_byline(
    lines: list[Line], first: int, last: int, text: str = ""
) -> tuple[tuple[int, int, bool] | None, set[int]]:
    """Scan back from the footer: the byline is the last article line, possibly followed by
    a source note, a unit, a place, a phone number or a web address. Returns the name's span
    in the text."""
    used: set[int] = set()
    k = last - 1
    trailing: list[int] = []
    while k >= first:
        line = lines[k]
        if _is_furniture(line):
            used.add(k)
        else:
            found = _byline(line.text)
            above = lines[k - 1].text if k > first else ""
            place = found and not trailing and _names_a_place(line.text[found[0] : found[1]], text)
            note = found is not False and not trailing and _WRAPPED.match(line.text)
            if (place or note) and _byline(above):
                # "Kim Ngân" / "Đăk Song": the place of the report; "Minh Anh" / "(TTXVN)": a note
                found = False
            if found is not False:
                used.add(k)
                used.update(trailing)
                if found is None:
                    return None, used
                s, e, upper = found
                return (line.start + s, line.start + e, upper), used
            if len(trailing) >= MAX_TRAILING_LINES or not _is_trailer(line):
                return None, used
            trailing.append(k)
        k -= 1
    return None, used


_PHOTO_CREDIT = re.compile(r"^(?:ảnh|photo|video)\s*:", re.IGNORECASE)
HEADER_BYLINE_LINES = 2  # a byline printed under the date line comes first in the body


def _header_byline(
    lines: list[Line], first: int, last: int, used: set[int]
) -> tuple[tuple[int, int, bool] | None, set[int]]:
    """A byline printed under the date ("Tác giả: Y Liên"): only with a credit word before
    the name, since a short first paragraph is no byline."""
    for k in range(first, min(first + HEADER_BYLINE_LINES, last)):
        line = lines[k]
        if _strip_prefix(line.text) == line.text or _PHOTO_CREDIT.match(line.text):
            continue  # no credit word, or a photo credit ("Ảnh: Ngọc Lan") under the date
        found = _byline(line.text)
        if found:
            s, e, upper = found
            return (line.start + s, line.start + e, upper), used | {k}
    return None, used


_PLACE_WORDS = "|".join(re.escape(w) for w in lexicon.words("place_words"))


def _names_a_place(name: str, text: str) -> bool:
    """Whether the article writes ``name`` after a word for an administrative unit."""
    if not text or not name:
        return False
    return re.search(rf"(?i:\b(?:{_PLACE_WORDS}))\s+{re.escape(name)}\b", text) is not None


def _is_trailer(line: Line) -> bool:
    """A short line with no sentence in it (an agency, a phone, a link) that may follow a byline."""
    return len(line.text) <= SHORT_MARKER_LINE and not _ENDS_SENTENCE_STRICT.search(line.text)


# --- paragraphs and sentences ---------------------------------------------------

_ENDS_SENTENCE_STRICT = re.compile(r"[.!?…]\s*$")
_ENDS_SENTENCE = re.compile(r"[.!?…:;\"')\]]$")
_STARTS_LOWER = re.compile(r"^[\p{Ll}]")
_ABBREV = frozenset(lexicon.words("abbreviations"))
_SPLIT = re.compile(r"(?<=[.!?…])[\"'”’)\]]*+\s++(?=[\"'“‘(\[\p{Lu}\d])")
_TOKEN_BEFORE = re.compile(r"(\S+)$")


def _paragraphs(lines: list[Line], idx: list[int]) -> list[Block]:
    blocks: list[Block] = []
    prev: Line | None = None
    for k in idx:
        ln = lines[k]
        if (
            prev is not None
            and blocks
            and not _ENDS_SENTENCE.search(prev.text)
            and _STARTS_LOWER.match(ln.text)
        ):
            b = blocks[-1]
            blocks[-1] = Block(b.kind, b.start, ln.end)
        else:
            kind = "paragraph" if _ENDS_SENTENCE.search(ln.text) or len(ln.text) > 200 else "caption"
            blocks.append(Block(kind, ln.start, ln.end))
        prev = ln
    return blocks


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans inside [start, end): breaks after . ! ? … before a capital, digit or quote.

    No break inside numbers (4.106), after abbreviations (TP., PGS.TS.), or
    where "…" continues with a lower-case word.
    """
    out = []
    s = start
    for m in _SPLIT.finditer(text, start, end):
        before = text[max(s, m.start() - 40) : m.start()].rstrip("\"'”’)]")
        tok = _TOKEN_BEFORE.search(before)
        word = tok.group(1).rstrip(".") if tok else ""
        if word in _ABBREV or word.split(".")[-1] in _ABBREV or (len(word) == 1 and word.isupper()):
            continue
        e = m.start() + len(m.group().rstrip())
        if text[s:e].strip():
            out.append((s, e))
        s = m.end()
    if text[s:end].strip():
        out.append((s, end))
    return out


def segment(text: str) -> Segmented:
    """Metadata, article blocks and sentences of a page given as normalized text."""
    lines = _lines(text)
    seg = Segmented()
    if not lines:
        return seg
    header = _read_header(lines)
    if header.title is not None:
        title = lines[header.title]
        seg.title, seg.title_span = title.text, (title.start, title.end)
        if header.category:
            label = lines[header.title - 1]
            at = label.start + label.text.rfind(header.category)
            seg.category, seg.category_span = header.category, (at, at + len(header.category))
    seg.published = header.published
    first, last = _body_range(lines, header)
    author, used = _find_byline(lines, first, last, text)
    if author is None and last - 1 not in used:
        author, used = _header_byline(lines, first, last, used)
    if author:
        start, end, upper = author
        seg.author_span, seg.author_in_capitals = (start, end), upper
        seg.author = recase_name(text[start:end]) if upper else text[start:end]
    body = [k for k in range(first, last) if k not in used and not _is_furniture(lines[k])]
    seg.blocks = _paragraphs(lines, body)
    for b in seg.blocks:
        seg.sentences.extend(split_sentences(text, b.start, b.end))
    return seg
