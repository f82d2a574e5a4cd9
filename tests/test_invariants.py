"""Properties that hold for any article: grounded spans, order, and invariance to encoding variants.

Articles are assembled at random from a pool of sentences written here, each
holding figures (facts and non-facts). The variants an article may arrive in
(NFD, CRLF line ends, a byte-order mark, old-style tone placement "hoà",
"uỷ") must give the same facts over the same characters.
"""

from __future__ import annotations

import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests._pages import page

import newsfacts

POOL = [
    "Năm 2023, toàn Đảng bộ kết nạp 150 đảng viên, tăng 20 đảng viên so với năm trước.",
    "Trung tâm mở 3 lớp trung cấp lý luận chính trị cho 208 học viên.",
    "Huyện ủy cử 12 đồng chí đi học cao cấp lý luận chính trị.",
    "Tỷ lệ cán bộ nữ trong cấp ủy đạt 20%, tăng gần 8% so với nhiệm kỳ trước.",
    "Qua kiểm tra, UBKT Huyện ủy kết luận 41 cấp ủy viên có vi phạm.",
    "Các cấp ủy đã kỷ luật 9 đảng viên (khiển trách 5, cảnh cáo 3, khai trừ 1).",
    "Xã có 12 tổ hòa giải với 86 hòa giải viên.",
    "Phấn đấu đến năm 2030 có 85% khu dân cư đạt chuẩn văn hóa.",
    "Hằng năm phấn đấu kết nạp từ 35 đến 40 đảng viên.",
    "Thực hiện Nghị quyết số 26-NQ/TW, huyện thành lập 6 tổ công tác.",
    "Đại hội nhiệm kỳ 2020-2025 bầu 33 đồng chí vào Ban Chấp hành.",
    "Có 50/54 TCCSĐ hoàn thành tốt nhiệm vụ, chiếm 92,6%.",
    "Kinh phí hỗ trợ là 2,5 tỷ đồng, bình quân 500.000 đồng/người.",
    "Qua sắp xếp, số phòng giảm từ 14 xuống còn 10 phòng.",
    "Ủy ban Kiểm tra đã giám sát 968 tổ chức đảng và 2.915 đảng viên.",
    "Hơn 98% cán bộ có trình độ lý luận chính trị, gần 14% có trình độ cao cấp.",
    "Chi bộ thôn 8 tổ chức sinh hoạt chuyên đề lúc 14h30 ngày 12/4.",
    "Xã hiến 15 ha đất, thu nhập tăng 1,4 lần so với năm 2020.",
    "Số vụ vi phạm giảm 4 trường hợp so với năm trước.",
    "Trường tuyển 245 học viên, chia thành 5 lớp.",
    "Mười lăm học viên đạt loại xuất sắc, chiếm 11,2%.",
    "Huyện có 8 xã, thị trấn có Chủ tịch Ủy ban nhân dân không là người địa phương.",
    "Năm 2025, Trung tâm sẽ mở 38 lớp bồi dưỡng cho cán bộ cơ sở.",
    "Hội nghị được tổ chức tới 168 điểm cầu với hơn 11.000 cán bộ, đảng viên tham dự.",
    "Toàn tỉnh có hơn 45 nghìn đảng viên, trong đó đảng viên nữ 17.412 đồng chí.",
    "Đồng chí Phó Chủ tịch Ủy ban Mặt trận nhấn mạnh việc giữ gìn sức khỏe cho 120 hội viên cao tuổi.",
    "Ban Thường vụ Tỉnh ủy giao chỉ tiêu kết nạp 3.000 đảng viên; đến nay đạt 36,2% chỉ tiêu.",
]

# Old-style tone placement, as some sites still print it.
OLD_TONE = {"òa": "oà", "óa": "oá", "ỏa": "oả", "õa": "oã", "ọa": "oạ", "ủy": "uỷ", "ùy": "uỳ", "úy": "uý",
            "ũy": "uỹ", "ụy": "uỵ", "òe": "oè", "óe": "oé", "ỏe": "oẻ", "Ủy": "Uỷ"}


def old_tone(s: str) -> str:
    for new, old in OLD_TONE.items():
        s = s.replace(new, old)
    return s


@st.composite
def articles(draw) -> str:
    picked = draw(st.lists(st.sampled_from(POOL), min_size=1, max_size=6))
    breaks = draw(st.lists(st.booleans(), min_size=len(picked), max_size=len(picked)))
    body = ""
    for sentence, new_paragraph in zip(picked, breaks, strict=True):
        body += ("\n\n" if new_paragraph and body else " " if body else "") + sentence
    return page(body)


def key(f) -> tuple:
    values = (f.classes, f.learners) if f.type == "course" else (f.value,)
    return (f.type, *values)


SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(articles())
def test_spans_are_grounded_sorted_and_disjoint(text):
    article = newsfacts.extract(text)
    last_end: dict[str, int] = {}
    last_start = -1
    for f in article.facts:
        s, e = f.span
        assert text[s:e] == f.text
        assert f.evidence_span is not None
        es, ee = f.evidence_span
        assert es <= s < e <= ee, (f.span, f.evidence_span)
        assert text[es:ee] == f.evidence, "evidence is exactly the text under evidence_span"
        assert s >= last_start, "facts are sorted by start"
        last_start = s
        assert s >= last_end.get(f.type, -1), f"overlapping {f.type} facts at {f.span}"
        last_end[f.type] = e


def _facts(text: str, fold=lambda s: s) -> list[tuple]:
    article = newsfacts.extract(text)
    return [(*key(f), fold(unicodedata.normalize("NFC", f.text))) for f in article.facts]


@SETTINGS
@given(articles())
def test_nfd_gives_the_same_facts(text):
    assert _facts(unicodedata.normalize("NFD", text)) == _facts(text)


@SETTINGS
@given(articles())
def test_crlf_gives_the_same_facts(text):
    crlf = text.replace("\n", "\r\n")
    assert _facts(crlf, lambda s: s.replace("\r\n", "\n")) == _facts(text)


@SETTINGS
@given(articles())
def test_byte_order_mark_gives_the_same_facts(text):
    with_bom = newsfacts.extract("\ufeff" + text)
    without = newsfacts.extract(text)
    assert [(*key(f), f.text) for f in with_bom.facts] == [(*key(f), f.text) for f in without.facts]
    assert [f.span[0] - 1 for f in with_bom.facts] == [f.span[0] for f in without.facts]
    assert with_bom.title == without.title and with_bom.published == without.published


@SETTINGS
@given(articles())
def test_old_tone_placement_gives_the_same_facts(text):
    assert _facts(old_tone(text)) == _facts(text, old_tone)
