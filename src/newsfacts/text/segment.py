"""Split a news page into metadata, article text and page furniture.

A scraped page is a header (site name, menus, breadcrumb, section label,
headline, date line, view counter), the article (lead, paragraphs, photo
captions, byline) and a footer (tags, related news, comment forms, contact
lines). Only the article yields sentences; the headline is metadata.

Everything here works on the normalized text; offsets are into it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

import regex as re

from newsfacts import lexicon
from newsfacts.text.dates import find_date_line, trailing_date

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
    """One of the entries opening the text, then its end or a separator (space, colon, dash, ...)."""
    return lexicon.matcher(entries, at="start", edge=r"[^\s:.,(|\-]")


_FOOTER = _prefix_pattern(lexicon.words("footer_markers"))
_FOOTER_SIGNS = tuple(lexicon.words("footer_signs"))
# a related-news list glued into a paragraph: its label opens a sentence ("Tin liên quan HPG: …")
_GLUED_RELATED = re.compile(
    rf"\s*+(?:{lexicon.alternation(lexicon.words('glued_related_markers'))})"
    rf"(?!\s++(?i:{lexicon.alternation(lexicon.words('related_marker_continuations'))})\b)\s"
)
_GLUED_FOOTER = re.compile(rf"(?:{lexicon.alternation(lexicon.words('glued_footer_markers'))})\s*:\s*$")
_FURNITURE = re.compile("|".join(f"(?:{p})" for p in lexicon.words("boilerplate_lines")), re.IGNORECASE)
_SITE_NAME = _prefix_pattern(lexicon.words("site_name_markers"))
_SITE_MOTTO = _prefix_pattern(lexicon.words("site_motto_openers"))
_NAME_DASH = re.compile(r"\s[-–—|]\s++")  # a site's name, a dash, then its motto on one line
# arrows, angle brackets and bullets between spaces separate breadcrumb items; other symbols
# ("●", "*", "=", "…") also stand in kickers and date lines above a headline
_BREADCRUMB_SEP = re.compile(r"\s+(?:>>|::|[>»›/→•▸▶►❯·⟩▪‣≫➤◆◇〉▷❱⇒])\s+")
_BRACKETED = re.compile(r"^\[([^\[\]]{2,60})\]$")  # "[Nông thôn mới]"
_SECTION_LABEL = re.compile(
    r"^(?:" + lexicon.alternation(lexicon.words("section_label_prefixes")) + r")\s*:\s*",
    re.IGNORECASE,
)
MAX_BREADCRUMB_ITEMS = 3  # "Trang chủ | Tin tức | Cải cách hành chính"; a menu has more
# after the home item, dashes and bars separate breadcrumb items too ("Trang chủ - Chính trị - X")
_HOME = lexicon.alternation(lexicon.words("home_crumbs"))
_HOME_CRUMB = re.compile(rf"^(?:{_HOME})\s+([-–|])\s+", re.IGNORECASE)
_HOME_FIRST = re.compile(_HOME, re.IGNORECASE)  # matched at the start of a line
_ONLINE_SITE = re.compile(lexicon.alternation(lexicon.words("online_site_words")), re.IGNORECASE)
_BAR_SEP = re.compile(r"\s+\|\s+")
_HOME_SEPARATORS = {"-": re.compile(r"\s+[-–]\s+"), "–": re.compile(r"\s+[-–]\s+"), "|": _BAR_SEP}
_MENU_SEP = re.compile(rf"{_BAR_SEP.pattern}|\S\s{{3,}}(?=\S)")  # "A | B", or items spaced apart
_CAPITAL_GAP = re.compile(r"\S {2}(?=\p{Lu})")  # "Thời sự  Chính trị  Kinh tế": two blanks, a capital
MENU_GAPS = 3  # a headline may hold one double blank by mistake; a menu holds one between each item


def _is_menu(t: str) -> bool:
    """Whether a line is a menu: items split by bars or wide blanks, or by two blanks before a
    capital between every item."""
    return _MENU_SEP.search(t) is not None or len(_CAPITAL_GAP.findall(t)) >= MENU_GAPS


_WORD = re.compile(r"\w+")
_PHOTO_WORDS = lexicon.alternation(lexicon.words("photo_credit_words"))
# "... - Ảnh: NAM TRẦN", "... (Ảnh: Hữu Thắng).", "... - Ảnh tư liệu": a caption ends with its credit
_CREDIT_TAIL = re.compile(rf"[-–(:]\s*(?:{_PHOTO_WORDS})\b[^()\-–]{{0,60}}\)?\.?$", re.IGNORECASE)
_CAPTION_OPENER = _prefix_pattern(lexicon.words("caption_openers"))


def _is_footer_start(line: Line) -> bool:
    if line.text.startswith(_FOOTER_SIGNS):
        return True  # "© Báo …": a sign opens no sentence, however long the line
    m = _FOOTER.match(line.text)
    if not m:
        return False
    after_marker = line.text[m.end() :].lstrip()
    return len(line.text) <= SHORT_MARKER_LINE or after_marker.startswith(":") or line.text.endswith(":")


MAX_FURNITURE_LINE = 200  # page furniture is short; article paragraphs are not checked


def _is_furniture(line: Line) -> bool:
    return len(line.text) <= MAX_FURNITURE_LINE and bool(_FURNITURE.fullmatch(line.text))


def _is_upper(s: str) -> bool:
    """Whether every letter is a capital (a letter without case is no capital). Most lines
    hold a small letter, which ``str.isupper`` finds at C speed before any letter is read here."""
    if not s.isupper():
        return False
    letters = [c for c in s if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _is_title_like(line: Line) -> bool:
    t = line.text
    words = _WORD.findall(t)
    if len(words) < 4 or len(t) > 300 or t.count(" ") < 3:  # a URL slug has words but no spaces
        return False
    if _is_menu(t) or (_BREADCRUMB_SEP.search(t) and (_HOME_FIRST.match(t) or _is_breadcrumb(line))):
        return False
    if _SITE_NAME.match(t) and (_is_upper(t) or (len(words) <= 8 and _ONLINE_SITE.search(t))):
        return False
    if _SITE_MOTTO.match(t) and not _ENDS_SENTENCE_STRICT.search(t):
        return False  # "Cơ quan Trung ương của Đảng Cộng sản Việt Nam": the site's motto
    if (dash := _NAME_DASH.search(t)) is not None and _SITE_MOTTO.match(t[dash.end() :]):
        return False  # "ĐỒNG THÁP ONLINE - Cơ quan của Đảng bộ …": the site's name and motto
    if _is_upper(t) and len(words) <= 10:
        return False
    if _CREDIT_TAIL.search(t):
        return False  # "Toàn cảnh hội nghị - Ảnh: Minh An" is a photo caption
    return not _is_furniture(line)


def _is_paragraph(line: Line) -> bool:
    """A line of running text: it ends a sentence and is longer than a label."""
    return (
        len(line.text) > SHORT_MARKER_LINE
        and bool(_ENDS_SENTENCE_STRICT.search(line.text))
        and not _is_upper(line.text)
    )


# "tin-tuc-su-kien.tin-chinh-tri-xa-hoi": hyphenated lower-case keys, dotted from the top section
# down, the last key hyphenated; a domain ("bao-an-thanh.vn") ends in none, a link has a slash
_SECTION_KEY = re.compile(r"(?:[\p{Ll}\d]++(?:-[\p{Ll}\d]++)*+\.)*+[\p{Ll}\d]++(?:-[\p{Ll}\d]++)++")


SECTION_PATH_WORDS = 4  # "CHÍNH TRỊ - XÂY DỰNG ĐẢNG": each part of a section and its subsection


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
    bar = [i.strip() for i in _BAR_SEP.split(t)]
    if len(bar) == 2 and all(0 < len(i.split()) <= SECTION_PATH_WORDS for i in bar) and not find_date_line(t):
        return bar[1]  # "Chính trị | Xây dựng Đảng": a section and its subsection, as a menu never is
    if _is_menu(t) or find_date_line(t) or _is_furniture(line):
        return None
    if " " not in t and ("." in t or "-" in t):  # a portal's section key, printed as it is
        return t if _SECTION_KEY.fullmatch(t) else None  # a domain or a link is no section
    words = _WORD.findall(t)
    if not words or len(words) > 7 or len(t) > 60:
        return None
    if _SITE_NAME.match(t) and (_is_upper(t) or len(words) > 3):
        return None
    if _is_upper(t) and len(words) > 4 and not _section_path(t):
        return None
    return t


def _section_path(t: str) -> bool:
    """A section and its subsection printed in capitals, joined by a spaced dash: a label, though
    a line in capitals that long is mostly a headline or a site's name."""
    parts = t.split(" - ")
    return len(parts) == 2 and all(0 < len(p.split()) <= SECTION_PATH_WORDS for p in parts)


@dataclass(slots=True)
class _Header:
    title: int | None = None
    date: int | None = None
    published: str | None = None
    category: str | None = None
    category_line: int | None = None
    byline: tuple[int, int, bool] | None = None  # a byline in the header, on line ``byline_line``
    byline_line: int | None = None


_DASH_BEFORE_CREDIT = re.compile(r"\s[-–—|]\s*+")
_DIGIT = re.compile(r"\d")


def _credit_after_date(text: str) -> tuple[str, int, int, bool] | None:
    """A byline after the date on its line, opened by a credit word ("12/8/2026 – Bài và ảnh: Minh
    Nguyệt"): the date, and where the name stands in the line."""
    if _DIGIT.search(text) is None:
        return None  # no date on the line: most header lines, asked once each
    for m in _DASH_BEFORE_CREDIT.finditer(text):
        rest = text[m.end() :]
        if _strip_prefix(rest.strip()) == rest.strip():
            continue  # no credit word: the date's own parts ("14/07/2026 - 09:30")
        iso = find_date_line(text[: m.start()])
        if not iso:
            return None  # a credit after anything but a date is some other line
        found = _byline(rest)
        if isinstance(found, tuple):
            return iso, m.end() + found[0], m.end() + found[1], found[2]
    return None


HEADER_DATED_BYLINE_LINES = 6  # a byline that carries the date stands under the headline, near the top


def _read_header(lines: list[Line]) -> _Header:
    head = lines[:HEAD_LINES]
    dates: list[tuple[int, str]] = []
    bylines: dict[int, tuple[int, int, bool]] = {}
    article_began = False  # a dated byline after a paragraph closes a short article
    for i, ln in enumerate(head):
        iso = find_date_line(ln.text)
        if not iso and i < HEADER_DATED_BYLINE_LINES and not article_began:
            dated = _dated_byline(ln.text) or _credit_after_date(ln.text)  # "Hoàng Hoài (Huyện X) 10:14,
            if dated:  # 22/11/2022" under the headline; "Thứ Ba, 14/07/2026 - Bài: Minh An"
                iso, bylines[i] = dated[0], dated[1:]
        if iso:
            dates.append((i, iso))
        article_began = article_began or _is_paragraph(ln)
    h = _Header()
    for i, iso in dates:
        j = _above(head, i)
        named = _byline(head[j].text) if j > 0 and i not in bylines else None
        if named:  # "Sáu tháng, toàn tỉnh …" / "Minh Khôi" / "Thứ Năm, 16/07/2026": the byline
            above = _above(head, j)  # between the headline and the date line
            if above >= 0 and _is_title_like(head[above]):
                h.title, h.date, h.published, h.byline, h.byline_line = above, i, iso, named, j
                break
            under = i + 1  # "Trang chủ / Chính trị / Xây dựng Đảng" / "PHẠM ĐỨC" / date line / headline
            if (
                above >= 0
                and _is_breadcrumb(head[above])
                and under < len(head)
                and _is_headline_under(head[under])
            ):
                h.title, h.date, h.published, h.byline, h.byline_line = under, i, iso, named, j
                break
        if j >= 0 and _is_title_like(head[j]):
            h.title, h.date, h.published = j, i, iso
            break
        under = i + 1  # "Chính trị › Phòng, chống tham nhũng" / date line / headline
        if j >= 0 and _is_breadcrumb(head[j]) and under < len(head) and _is_headline_under(head[under]):
            h.title, h.date, h.published = under, i, iso
            break
    if h.title is None:
        h.title = _headline_without_date(head)
        if dates:
            h.date, h.published = dates[0]
    if h.date is not None and h.date in bylines:
        h.byline, h.byline_line = bylines[h.date], h.date
    if h.title is not None and h.title > 0:
        label = h.title - 1
        if label == h.date and label > 0:  # "Chính trị › Phòng, chống tham nhũng" / date / headline
            label -= 1
        if label == h.byline_line and label > 0:  # breadcrumb / the author's name / date / headline
            label -= 1
        h.category, h.category_line = _category_from(head[label], head[h.title].text), label
    return h


def _is_headline_under(line: Line) -> bool:
    """A headline printed under the date line: title-like, and no sentence of the lead."""
    return _is_title_like(line) and not _is_paragraph(line)


def _above(head: list[Line], i: int) -> int:
    """The nearest line above line ``i`` that is no page furniture (-1 when none is)."""
    j = i - 1
    while j >= 0 and _is_furniture(head[j]):
        j -= 1
    return j


HEADLINE_LINES = 6


def _headline_without_date(head: list[Line]) -> int | None:
    """The headline of a page whose date line does not follow it: the first title-like line
    before the article begins. A caption ("Toàn cảnh hội nghị", "... - Ảnh: X") or a line
    after the first paragraph is never the headline: with none, the title is null."""
    for j, ln in enumerate(head[:HEADLINE_LINES]):
        if find_date_line(ln.text) or _is_furniture(ln):
            continue
        ends_with_stop = ln.text.endswith(".") and not _is_upper(ln.text)  # a capitals headline may end so
        if _is_title_like(ln) and not ends_with_stop and not _CAPTION_OPENER.match(ln.text):
            return j
        if _is_paragraph(ln):
            return None  # the article has begun
    return None


BREADCRUMB_ITEM_WORDS = 6  # "Chính trị › Phòng, chống tham nhũng": each item a short section name


def _is_breadcrumb(line: Line) -> bool:
    """A trail of section names ("Xây dựng Đảng › Công tác tổ chức"), never a headline, though
    a headline may stand under the date line below it."""
    items = _BREADCRUMB_SEP.split(line.text)
    return len(items) > 1 and all(0 < len(_WORD.findall(i)) <= BREADCRUMB_ITEM_WORDS for i in items)


_INLINE_LINK = _prefix_pattern(lexicon.words("inline_link_markers"))
LINK_HEADLINES = 2  # "Xem thêm:" on its own line lists one or two headlines
LINK_LOOKAHEAD = 2  # article text resumes within this many lines after an inline link
MAX_LINK_HEADLINE = 150


def _is_running_text(line: Line) -> bool:
    """A sentence of the article: longer than a label and closed by a full stop, which the
    headlines of a related-news list are not."""
    return len(line.text) > SHORT_MARKER_LINE and line.text.rstrip("\"'”’)").endswith((".", "…"))


def _is_link_headline(line: Line) -> bool:
    """A headline listed under "Xem thêm:": a few words, no full stop, no name line."""
    return (
        len(_WORD.findall(line.text)) >= 4
        and len(line.text) <= MAX_LINK_HEADLINE
        and not line.text.endswith(".")
        and _byline(line.text) is False
    )


def _inline_link(lines: list[Line], k: int, end: int) -> int | None:
    """Where a related-news link printed inside the article ends ("Xem thêm: <headline>",
    "Xem thêm tại đây.", "Xem thêm:" and one or two headlines), when article text (a byline
    or a paragraph) follows it; None when the marker opens the footer."""
    line = lines[k]
    marker = _INLINE_LINK.match(line.text)
    if not marker:
        return None
    j = k + 1
    if not line.text[marker.end() :].strip(" :"):
        while j < end and j - k <= LINK_HEADLINES and _is_link_headline(lines[j]):
            j += 1
    for n in range(j, min(j + LINK_LOOKAHEAD, end)):
        if _byline(lines[n].text) is not False or _is_running_text(lines[n]):
            return j
    return None


_LEAD_MARKER = "|".join(re.escape(m) for m in lexicon.words("lead_markers"))
# an outlet's lead mark after a word that ends no sentence, then the lead
_RELATED_CARD = re.compile(rf"(?<=[^\s.:])\s+(?:{_LEAD_MARKER})\s+[-–]\s+\p{{Lu}}")
CARD_HEADLINE_WORDS = 4  # a card's headline has a few words before the lead mark


def _is_related_card(line: Line) -> bool:
    """A related-news card printed inside the article: another story's headline and lead
    ("Khởi tố ông A TTO - Ông A bị khởi tố vì ..."), whose figures are that story's."""
    if " - " not in line.text and " – " not in line.text:
        return False  # a lead mark is followed by a dash: no pattern on the other lines
    card = _RELATED_CARD.search(line.text)
    return card is not None and len(line.text[: card.start()].split()) >= CARD_HEADLINE_WORDS


def _body_range(lines: list[Line], header: _Header) -> tuple[int, int, set[int]]:
    """First and past-the-last article line, and the inline related-news links inside."""
    first = max(i for i in (header.title, header.date, -1) if i is not None) + 1
    last = len(lines)
    links: set[int] = set()
    k = first
    while k < len(lines):
        if _is_footer_start(lines[k]):
            resume = _inline_link(lines, k, len(lines))
            if resume is None:
                last = k
                break
            links.update(range(k, resume))
            k = resume
            continue
        if _is_related_card(lines[k]):
            links.add(k)
        k += 1
    return first, last, links


# --- byline ------------------------------------------------------------------

_PREFIXES = sorted(lexicon.words("byline_prefixes"), key=len, reverse=True)
_AGENCY = _prefix_pattern(lexicon.words("agency_words"))
_CREDIT_WORDS = lexicon.alternation(lexicon.words("source_credit_words"))  # "Theo"
_CREDITED_TO = re.compile(rf"(?:{_CREDIT_WORDS}) ", re.IGNORECASE)
_PAREN_TAIL = re.compile(r"\s*\([^()]*\)\s*$")
_NAME_WORD = re.compile(r"^[\p{Lu}][\p{L}.'’]*$")  # "Ksor H'Yên", "T.LÊ"
_PHOTO_CREDIT = _prefix_pattern(lexicon.words("photo_credit_words"))
_CAPTION_TITLE = _prefix_pattern(lexicon.words("caption_titles"))


def _strip_prefix(t: str) -> str:
    """The byline without its credit words; a credit alone ("Nhóm PV") is kept as printed."""
    low = t.lower()
    for p in _PREFIXES:
        if low.startswith(p):
            rest = t[len(p) :].lstrip(" :")
            return rest or t
    return t


_CLAUSE_AFTER_COMMA = re.compile(r",\s++\p{Ll}")  # a credit names its source and ends there
MAX_BYLINE = 120  # a byline is a name and a credit, never a paragraph
_DASH = re.compile(r"\s*+[-–]\s++|\s++[-–]\s*+")
# an agency's abbreviation ("TTXVN"), not an initial and a name ("Q.HẢI")
_ABBREVIATION = re.compile(r"^(?!\p{Lu}\.\p{Lu}{2,}$)[\p{Lu}Đ.&]{2,8}\.?$")
_AGENCY_TAIL = re.compile(
    r"\s+(?:" + lexicon.alternation(lexicon.words("byline_agency_tails")) + r")(?:\s.*)?$",
    re.IGNORECASE,
)


_NAME_SUFFIX = re.compile(
    r"\s+(?:" + lexicon.alternation(lexicon.words("byline_suffixes")) + r")$", re.IGNORECASE
)
_SITE_TAIL = re.compile(r"\s*/\s*[\w.-]+\.(?:vn|com|net|org|gov)\S*\s*$", re.IGNORECASE)
_WRAPPED = re.compile(r"^\s*\(([^()]{3,60})\)\s*$")
_CREDIT = re.compile(r"^\p{L}+(?:\s\p{L}+)?\s*:", re.IGNORECASE)
MAX_NAME_WORDS = 5
MAX_SOURCE_WORDS = 6


_INITIAL_AND_NAME = re.compile(r"^\p{Lu}\p{Ll}?\.\p{Lu}\p{Ll}+$")  # "Nh.Thạch", "T.Lê"


def _is_person(name: str) -> bool:
    """Two to five capitalized words: a person's name, not an agency or a phrase."""
    words = name.split()
    return 2 <= len(words) <= MAX_NAME_WORDS and all(_NAME_WORD.match(w) for w in words)


def _is_source(rest: str) -> bool:
    """What "Theo" credits when it is no person: a short name of an outlet or a site
    ("Chinhphu.vn", "Đảng Cộng sản"), not the start of a sentence ("Theo kế hoạch, ...")."""
    words = rest.split()
    return (
        0 < len(words) <= MAX_SOURCE_WORDS
        and rest[:1].isupper()
        and not any(c.isdigit() or c in ",;:" for c in rest)
    )


def _is_agency_part(part: str) -> bool:
    return bool(_AGENCY.match(part) or _ABBREVIATION.match(part) or _is_upper(part))


def _byline(text: str) -> tuple[int, int, bool] | Literal[False] | None:
    """Where the author's name stands in a byline line: (start, end, printed in capitals).

    None for a credit to a source alone ("Theo Báo Y", "Theo TTXVN"); False when the line is
    no byline: a sentence, a photo credit ("Ảnh: X"), a caption naming the person shown ("Ông X").
    """
    if len(text) > MAX_BYLINE:
        return False
    t = _GLUED_FOOTER.sub("", text).rstrip()
    wrapped = _WRAPPED.match(t)
    if wrapped:  # "(Điểu Lanh - Thị Hoa)": a byline printed in parentheses
        t = " " + wrapped.group(1) + " "
    stripped = t.strip()
    body = _strip_prefix(stripped)
    if body == stripped and _PHOTO_CREDIT.match(stripped):
        return False  # "Ảnh: Ngọc Lan", "Ảnh Vietnamnet", "Đồ họa: X": who made the picture
    start = len(t) - len(t.lstrip()) + len(stripped) - len(body)
    end = start + len(body)
    if _CREDITED_TO.match(t, start, end) and _CLAUSE_AFTER_COMMA.search(t, start, end):
        return False  # "Theo Sở Nội vụ, toàn tỉnh có 120 cán bộ …": a sentence citing its source
    while True:
        tail = _PAREN_TAIL.search(t, start, end)
        if not tail:
            break
        end = tail.start()
    while end > start and t[end - 1] in " .":
        end -= 1
    suffix = _NAME_SUFFIX.search(t, start, end)
    if suffix and suffix.start() > start:
        end = suffix.start()  # "Hoàng Thùy - Nhật Minh ghi": the credit is no part of the name
    if (credit := _CREDITED_TO.match(t, start, end)) and _AGENCY.match(t[credit.end() : end].strip()):
        return None  # "Theo Báo Lào Cai", "Theo Tuổi Trẻ": a credit to an outlet alone
    for mark in (";", " | "):
        cut_at = t.find(mark, start, end)
        if cut_at > start and _CREDIT.match(t[cut_at + len(mark) : end].strip()):
            end = cut_at  # "Tin: Bảo Trâm; ảnh: Hữu Phúc", "Bài: X | Ảnh: Y": a photo credit
    site = _SITE_TAIL.search(t, start, end)
    if site and site.start() > start:
        end = site.start()  # "Thu Trà/baohanam.com.vn": the site is no part of the name
    slash = t.find("/", start, end)
    if slash > start and _is_agency_part(t[slash + 1 : end].strip()):
        end = len(t[:slash].rstrip())  # "Hoàng Thị Hoa / TTXVN": the agency is no part of the name
    cut = _AGENCY_TAIL.search(t, start, end)
    if cut and cut.start() > start:
        end = cut.start()
    name = t[start:end]
    if not name:
        return False
    if credit := _CREDITED_TO.match(name):
        rest = name[credit.end() :].strip()
        if _AGENCY.match(rest) or _is_upper(rest):
            return None
        if not _is_person(rest):
            return None if _is_source(rest) else False  # "Theo Chinhphu.vn": a site, no person
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
    if len(words) == 1 and not _is_upper(name) and not _INITIAL_AND_NAME.match(name):
        return False  # one word is a byline in capitals ("HTH") or as an initial and a name ("Nh.Thạch")
    if len(words) > 1 and _CAPTION_TITLE.match(name):
        return False  # "Ông Đinh La Thăng", "GS Chu Hảo": the person in the photo
    return start, end, _is_upper(name) and len(name) > 4


def _dated_byline(text: str) -> tuple[str, int, int, bool] | None:
    """A byline that carries its place and time ("Hoàng Hoài (Huyện X) 10:14, 22/11/2022"):
    (ISO date, start and end of the name, printed in capitals), or None."""
    dated = trailing_date(text)
    if not dated:
        return None
    iso, begin = dated
    found = _byline(text[:begin])
    if not found:
        return None
    return (iso, *found)


_NAME_PART = re.compile(r"[^.'’]+")  # "T.LÊ" → "T.Lê", "H'YÊN" → "H'Yên"


def recase_name(name: str) -> str:
    """A name printed in capitals, written as a name ("MINH HUỆ" → "Minh Huệ")."""
    return " ".join(_NAME_PART.sub(lambda m: m.group().capitalize(), w) for w in name.split(" "))


def byline_name(text: str) -> str | Literal[False] | None:
    """The author's name in a byline line; None for an agency-only credit; False if not a byline."""
    found = _byline(text)
    if found is None or found is False:
        return found
    start, end, upper = found
    name = _GLUED_FOOTER.sub("", text)[start:end]
    return recase_name(name) if upper else name


MAX_TRAILING_LINES = 2  # a unit, a phone or a web address may follow the byline
# photo captions, photo credits and notes that sites print under the byline, before the footer
MAX_LINES_UNDER_BYLINE = 6
MAX_CAPTION = 300  # a caption is one sentence; a longer line is article text, so the search stops
FULL_NAME_WORDS = 3
RIGHT_ALIGNED = 20  # spaces before a signature pushed to the right margin of a page
_SIGNATURE = re.compile(r"^\p{Lu}[\p{L}.'’]*\s+\p{L}[\p{L}.'’]*\.?$")  # a two-syllable pen name


@dataclass(slots=True)
class _Byline:
    span: tuple[int, int, bool] | None = None  # the name in the text
    used: set[int] = field(default_factory=set)  # lines that are no article text
    published: str | None = None  # the date printed with the byline


def _is_right_aligned_signature(line: Line, text: str) -> bool:
    """A short name pushed to the right margin closing a portal page ("Vương hợp."): a
    signature even when printed without capitals."""
    indent = line.start - (text.rfind("\n", 0, line.start) + 1)
    if indent < RIGHT_ALIGNED or not _SIGNATURE.match(line.text):
        return False
    return not (_AGENCY.match(line.text) or _CAPTION_TITLE.match(line.text) or _PHOTO_CREDIT.match(line.text))


def _written_above(name: str, text: str, before: int) -> bool:
    """Whether the article names this full name before the line: a person it is about (a
    caption of their photo, a signature of a quoted document), not its writer; a photo credit
    ("Ảnh: Lầu Bá Chứ") names the writer's own pictures."""
    if len(_DASH.sub(" ", name).split()) < FULL_NAME_WORDS:
        return False
    return any(
        not _CREDITED_BEFORE.search(text, max(0, m.start() - CREDIT_REACH), m.start())
        for m in re.compile(rf"(?<!\w){re.escape(name)}(?!\w)").finditer(text, 0, before)
    )


def _candidate(
    line: Line, text: str, last_line: bool
) -> tuple[tuple[int, int, bool] | Literal[False] | None, str | None]:
    """What a line offers as a byline (as ``_byline``), with the date printed beside it."""
    found = _byline(line.text)
    if found is False:
        dated = _dated_byline(line.text)
        if dated:
            return dated[1:], dated[0]
        if last_line and _is_right_aligned_signature(line, text):
            return (0, len(line.text.rstrip(".")), False), None
    return found, None


def _under_a_byline(line: Line, found: tuple[int, int, bool] | None, above: str, text: str) -> bool:
    """A place ("Đăk Song") or a note ("(TTXVN)", "(Theo Báo Y)") printed under the byline above."""
    if not _byline(above):
        return False
    return bool(_WRAPPED.match(line.text)) or (
        found is not None and _names_a_place(line.text[found[0] : found[1]], text)
    )


def _in_a_list(lines: list[Line], k: int, first: int) -> bool:
    """Whether the name line closes a list of names announced with a colon ("Ban Thường vụ gồm
    các đồng chí:" and one name a line), not a byline."""
    j = k - 1
    while j >= first and k - j <= MAX_LINES_UNDER_BYLINE and _byline(lines[j].text):
        j -= 1
    return j >= first and lines[j].text.endswith(":")


def _find_byline(
    lines: list[Line], first: int, last: int, text: str = "", skip: frozenset[int] = frozenset()
) -> _Byline:
    """Scan back from the footer for the byline: the last name line of the article. Under it a
    site may print a source note, a unit, a place, a phone number, a web address, or photo
    captions and credits (up to MAX_LINES_UNDER_BYLINE lines)."""
    out = _Byline()
    under: list[int] = []  # lines below the candidate, nearest last
    for k in range(last - 1, first - 1, -1):
        line = lines[k]
        if k in skip or _is_furniture(line):
            out.used.add(k)
            continue
        found, published = _candidate(line, text, not under)
        above = lines[k - 1].text if k > first else ""
        if found is not False and not under and _under_a_byline(line, found, above, text):
            found = False
        elif found and (
            _in_a_list(lines, k, first) or _written_above(line.text[found[0] : found[1]], text, line.start)
        ):
            found = False  # an item of a list of names, or a person the article is about
        if found is not False:
            out.used.add(k)
            if len(under) <= MAX_TRAILING_LINES and all(_is_trailer(lines[j]) for j in under):
                out.used.update(under)  # a unit, a phone, a link: no article text
            if found is not None:
                s, e, upper = found
                out.span, out.published = (line.start + s, line.start + e, upper), published
            return out
        if len(under) >= MAX_LINES_UNDER_BYLINE or len(line.text) > MAX_CAPTION:
            return out
        under.append(k)
    return out


HEADER_BYLINE_LINES = 2  # a byline printed under the date line comes first in the body


def _bare_name_under_date(lines: list[Line], k: int, last: int, text: str) -> tuple[int, int, bool] | None:
    """Where in its line a person's name, or the staff's credit ("PV"), stands alone on the line
    right under the date, a note in parentheses after it ("Hải Đăng (ghi)"), the article's text
    after it ("15.09.2026 | 07:00 / Hoàng Nam / Ba năm kể từ …"): no place the article names, and
    no one the article writes about, and whether it is printed in capitals; None when the line is
    no such name."""
    printed = lines[k].text.strip()
    credit = _byline(printed)  # "PV": the staff's credit, printed as a name is
    name = printed
    if isinstance(credit, tuple) and credit[1] < len(printed) and _PAREN_TAIL.fullmatch(printed, credit[1]):
        name = printed[credit[0] : credit[1]]  # "Hải Đăng (ghi)": the name, its note left out
    staff = isinstance(credit, tuple) and not credit[2] and _ABBREVIATION.match(name) is not None
    people = all(_is_person(part) for part in _DASH.split(name))  # "Hải Đăng - Minh Châu": two writers
    if k + 1 >= last or not (people or staff) or not _is_running_text(lines[k + 1]):
        return None
    # the same name elsewhere only as a photo credit ("Ảnh: Hoàng Nam"), the author's own
    mentions = [
        m.start()
        for m in re.finditer(re.escape(name), text)
        if m.start() != lines[k].start + lines[k].text.index(name)
    ]
    elsewhere = [at for at in mentions if not _CREDITED_BEFORE.search(text, max(0, at - CREDIT_REACH), at)]
    if _names_a_place(name, text) or elsewhere:
        return None
    at = lines[k].text.index(name)
    return at, at + len(name), isinstance(credit, tuple) and credit[2]


CREDIT_REACH = 16  # "Ảnh: Hoàng Nam": the photo credit word right before a name
_CREDITED_BEFORE = re.compile(rf"(?i:{lexicon.alternation(lexicon.words('photo_credit_words'))})\s*+:?\s*+$")


def _header_byline(lines: list[Line], first: int, last: int, text: str) -> _Byline:
    """A byline printed under the date ("Tác giả: Y Liên", "Hoàng Hoài (Huyện X) 10:14,
    22/11/2022"): with a credit word before the name or a date after it, or a name alone right
    under the date (``_bare_name_under_date``), since a short first paragraph is no byline."""
    for k in range(first, min(first + HEADER_BYLINE_LINES, last)):
        line = lines[k]
        if k == first and (bare := _bare_name_under_date(lines, k, last, text)) is not None:
            return _Byline((line.start + bare[0], line.start + bare[1], bare[2]), {k})
        dated = _dated_byline(line.text)
        if dated:
            s, e, upper = dated[1:]
            return _Byline((line.start + s, line.start + e, upper), {k}, dated[0])
        credited = _credit_after_date(line.text)  # "Cập nhật … 12/8/2026 – Bài và ảnh: Minh Nguyệt"
        if credited is not None:
            iso, s, e, upper = credited
            return _Byline((line.start + s, line.start + e, upper), {k}, iso)
        if _strip_prefix(line.text) == line.text and not _name_with_agency(line.text):
            continue  # no credit word: a short first paragraph or a photo credit ("Ảnh: Ngọc Lan")
        found = _byline(line.text)
        if found:
            s, e, upper = found
            return _Byline((line.start + s, line.start + e, upper), {k})
    return _Byline()


_NAME_THEN_ASIDE = re.compile(r"^\s*+(?P<name>[^()]+?)\s*+\((?P<aside>[^()]+)\)\s*+$")


def _name_with_agency(text: str) -> bool:
    """A person's name with an agency in parentheses ("Văn Toàn (TTXVN)") or after a dash ("Thanh
    Lê - Sở Nông nghiệp và Môi trường"): a byline under the date line though no credit word opens it."""
    m = _NAME_THEN_ASIDE.match(text)
    if m:
        return _is_person(m.group("name")) and _is_agency_part(m.group("aside").strip())
    parts = _DASH.split(text.strip(), maxsplit=1)
    return len(parts) == 2 and _is_person(parts[0].strip()) and _is_agency_part(parts[1].strip())


_PLACE_WORDS = lexicon.alternation(lexicon.words("place_words"))


_CAPS_AFTER_NAME = re.compile(r"(?<=\p{Ll})(?:\s+\p{Lu}{2,}+)+$")
GLUED_PARAGRAPH = 150  # a body printed as one line is long; a caption or a short line is not
# the end of the last sentence, then a short tail: a name, an agency note, a stray counter
_GLUED_TAIL = re.compile(r"[.!?…][\"”’)]?\s+(?P<tail>(?:(?!\.\s)[^!?…\n]){3,60}?)(?:\s+\d{1,3})?\s*$")


CREDITED_TAIL_REACH = 120
_CREDITED_NAME_END = re.compile(
    rf"(?<![\p{{L}}\d])(?P<tail>(?:\p{{Lu}}\p{{Ll}}++\s++){{1,3}}\p{{Lu}}\p{{Ll}}++\s++"
    rf"(?i:{_CREDIT_WORDS})\s[^.!?…\n]{{2,40}})$"
)


def _glued_byline(line: Line, text: str) -> tuple[tuple[int, int, bool], Line] | None:
    """A byline glued to the end of the last paragraph, where a site prints the body as one
    line ("... bà cho hay. Ngọc Tuyên", "... ./. T.M (TTXVN)", "... DUYÊN DUYÊN 0"): its span
    and the paragraph without it. Not a name the article writes before (its subject), nor a
    place."""
    if len(line.text) < GLUED_PARAGRAPH:
        return None
    glued = _GLUED_TAIL.search(line.text)
    found = _tail_byline(line, text, glued) if glued else None
    if found is None:
        # "... Danh mục cổ phiếu của HSC Phương Mai Theo Trí Thức Trẻ": a caption without a full
        # stop before the name; the outlet credited at the very end marks the name before it
        credited = _CREDITED_NAME_END.search(line.text, max(0, len(line.text) - CREDITED_TAIL_REACH))
        found = _tail_byline(line, text, credited) if credited else None
    return found


def _tail_byline(line: Line, text: str, m: re.Match) -> tuple[tuple[int, int, bool], Line] | None:
    """The byline in the tail ``m`` found at the end of ``line``, and the line without it."""
    tail = m.group("tail")
    credit = _CREDITED_TO.search(tail)
    if credit is not None and credit.start() > 0:
        tail = tail[: credit.start()].rstrip()  # "Minh Thư Theo Trí Thức Trẻ": the outlet credited
    found = _byline(tail)
    if not found:
        return None
    s, e, upper = found
    at = line.start + m.start("tail")
    name = tail[s:e]
    if not upper and (caps := _CAPS_AFTER_NAME.search(name)):
        name, e = name[: caps.start()], s + caps.start()  # "Thanh Hương PHẢN HỒI": a section label
    wrapped = tail.lstrip().startswith("(")  # "… 0,11%. (HTH)": initials printed in parentheses
    if len(name.split()) < 2 and "." not in name and (not wrapped or _AGENCY.match(name)):
        return None  # "TP. HCM", "Ảnh: V. DŨNG": a word after an abbreviation; "(TTXVN)": an agency
    if _named_before(name, text, at) or _names_a_place(name, text):
        return None  # a name or place the article writes before: what it is about
    rest = line.text[: m.start("tail")].rstrip()
    return (at + s, at + e, upper), Line(line.start, line.start + len(rest), rest)


_CREDIT_BEFORE = re.compile(rf"(?i:{_PHOTO_WORDS})\b[^.\n]{{0,12}}$")


def _named_before(name: str, text: str, at: int) -> bool:
    """Whether the article writes ``name`` before ``at`` other than as a photo credit ("Ảnh
    VGP/Từ Lương" names the writer who took the photo, not a person the article is about)."""
    for m in re.compile(rf"(?<!\w){re.escape(name)}(?!\w)").finditer(text, 0, at):
        if not _CREDIT_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            return True
    return False


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
        if header.category and header.category_line is not None:
            label = lines[header.category_line]
            at = label.start + label.text.rfind(header.category)
            seg.category, seg.category_span = header.category, (at, at + len(header.category))
    seg.published = header.published
    first, last, links = _body_range(lines, header)
    found = _find_byline(lines, first, last, text, frozenset(links))
    # a credit with no person at the end ("Theo Báo Y") leaves no byline to find at the top;
    # page furniture there (a view counter) says nothing of the author
    credited = any(not _is_furniture(lines[k]) for k in found.used)
    if found.span is None and not credited:
        under_date = _header_byline(lines, first, last, text)
        found.span, found.published = under_date.span, under_date.published
        found.used |= under_date.used
    if header.byline is not None:  # a byline with the date, or between the headline and the date
        s, e, upper = header.byline
        at = lines[header.byline_line].start  # type: ignore[index]  # set with the byline
        found.span = (at + s, at + e, upper)
    if found.span is None and header.byline is None and last > first:
        glued = _glued_byline(lines[last - 1], text)
        if glued is not None:  # "... bà cho hay. Ngọc Tuyên": the name ends the last paragraph
            found.span, lines[last - 1] = glued
    used = found.used | links
    if found.span:
        start, end, upper = found.span
        seg.author_span, seg.author_in_capitals = (start, end), upper
        seg.author = recase_name(text[start:end]) if upper else text[start:end]
    if seg.published is None:
        seg.published = found.published
    body = [k for k in range(first, last) if k not in used and not _is_furniture(lines[k])]
    seg.blocks = _paragraphs(lines, body)
    for b in seg.blocks:
        seg.sentences.extend(
            (s, e) for s, e in split_sentences(text, b.start, b.end) if not _GLUED_RELATED.match(text, s, e)
        )
    return seg
