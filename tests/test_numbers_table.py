"""Table-driven checks of the Vietnamese number layer, one row per phrasing.

Rows are grouped by origin: CONTRACT (constructions named in the facts
contract and the layer's interface), DEV_SET (constructions met in the
annotated development articles, rewritten as new sentences), WRITTEN (further
phrasings) and NEGATIVE (things that must not become a quantity, or must not
be split or merged wrongly). Each row lists the figures it expects, by their
text; other figures in the sentence are not checked unless a row says so.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from newsfacts.text.numbers import Figure, Kind, find_figures

ANY = object()


@dataclass(frozen=True)
class Exp:
    """One expected figure, found by its exact text."""

    text: str
    kind: Kind
    value: object = ANY
    qualifier: str = "exact"
    value_max: object = None
    denominator: object = None
    in_words: object = ANY


@dataclass(frozen=True)
class NoFact:
    """No quantity or percent may overlap the first occurrence of ``text``."""

    text: str


def q(text: str, value: object, qualifier: str = "exact", **kw: object) -> Exp:
    return Exp(text, Kind.quantity, value, qualifier, **kw)


def pct(text: str, value: object, qualifier: str = "exact", **kw: object) -> Exp:
    return Exp(text, Kind.percent, value, qualifier, **kw)


def rng(text: str, lo: object, hi: object, kind: Kind = Kind.quantity) -> Exp:
    return Exp(text, kind, lo, "range", value_max=hi)


def part(text: str, value: object, whole: object, qualifier: str = "exact") -> Exp:
    return Exp(text, Kind.quantity, value, qualifier, denominator=whole)


def w(text: str, value: object, qualifier: str = "exact") -> Exp:
    return Exp(text, Kind.quantity, value, qualifier, in_words=True)


def k(text: str, kind: Kind, value: object = ANY) -> Exp:
    return Exp(text, kind, value, "range" if kind is Kind.period else "exact", value_max=ANY)


def xf(sentence: str, expected: list, reason: str) -> object:
    return pytest.param(sentence, expected, marks=pytest.mark.xfail(reason=reason, strict=True))


D, Y, P, T = Kind.date, Kind.year, Kind.period, Kind.time
DOC, DES, CODE, ORD, PHONE, VAGUE = (
    Kind.document,
    Kind.designator,
    Kind.code,
    Kind.ordinal,
    Kind.phone,
    Kind.vague,
)


def check(sentence: str, expected: list) -> None:
    figs = find_figures(sentence)
    shown = [(f.text, f.kind.value, f.value, f.qualifier, f.value_max, f.denominator) for f in figs]
    for exp in expected:
        if isinstance(exp, NoFact):
            s = sentence.index(exp.text)
            e = s + len(exp.text)
            bad = [f for f in figs if f.kind in (Kind.quantity, Kind.percent) and f.start < e and s < f.end]
            assert not bad, f"{exp.text!r} must not be a fact figure; got {shown}"
            continue
        hits = [f for f in figs if f.text == exp.text]
        assert hits, f"no figure {exp.text!r}; got {shown}"
        f = hits[0]
        assert f.kind is exp.kind, (exp, shown)
        if exp.value is not ANY:
            assert f.value == exp.value and type(f.value) is type(exp.value), (exp, shown)
        assert f.qualifier == exp.qualifier, (exp, shown)
        if exp.value_max is not ANY:
            assert f.value_max == exp.value_max, (exp, shown)
        assert f.denominator == exp.denominator, (exp, shown)
        if exp.in_words is not ANY:
            assert f.in_words is exp.in_words, (exp, shown)
        assert sentence[f.start : f.end] == f.text
        assert f.start <= f.num_start < f.end


# --------------------------------------------------------------------------- CONTRACT

CONTRACT = [
    ("Hội có 4.106 hội viên.", [q("4.106", 4106)]),
    ("Tỷ lệ hộ nghèo còn 18,5% vào cuối năm.", [pct("18,5%", 18.5)]),
    ("Xã có 16 nghìn nhân khẩu.", [q("16 nghìn", 16000)]),
    ("Tổng kinh phí hỗ trợ là 2,5 tỷ đồng.", [q("2,5 tỷ", 2500000000)]),
    ("Công trình cần 2 tỷ 500 triệu đồng.", [q("2 tỷ 500 triệu", 2500000000)]),
    ("Lớp có hai mươi mốt học viên nữ.", [w("hai mươi mốt", 21)]),
    ("Tỉnh cấp một trăm linh năm thẻ.", [w("một trăm linh năm", 105)]),
    ("Đội có mười lăm thành viên.", [w("mười lăm", 15)]),
    ("Xã có ba mươi tư thôn.", [w("ba mươi tư", 34)]),
    ("Huyện có 1,2 triệu lượt khách.", [q("1,2 triệu", 1200000)]),
    ("Tỉnh có hơn 61 nghìn hội viên.", [q("hơn 61 nghìn", 61000, "more_than")]),
    ("Chỉ số đạt 89,6 phần trăm.", [pct("89,6 phần trăm", 89.6)]),
    ("Tăng trưởng bình quân 9 - 10%/năm.", [rng("9 - 10%", 9, 10, Kind.percent)]),
    ("Kết nạp từ 20 đến 25 đoàn viên.", [rng("từ 20 đến 25", 20, 25)]),
    ("Tỷ lệ đạt 20-25% mỗi năm.", [rng("20-25%", 20, 25, Kind.percent)]),
    ("Tỷ lệ đạt 20 – 25% mỗi năm.", [rng("20 – 25%", 20, 25, Kind.percent)]),
    ("Mỗi năm kết nạp từ 30 đến 36 đảng viên.", [rng("từ 30 đến 36", 30, 36)]),
    ("Gần 90% cán bộ có bằng đại học.", [pct("Gần 90%", 90, "nearly")]),
    ("Có khoảng 30 người dự họp.", [q("khoảng 30", 30, "approx")]),
    ("Tỷ lệ xấp xỉ 12% dân số.", [pct("xấp xỉ 12%", 12, "approx")]),
    ("Giá trị ước 400 triệu đồng.", [q("ước 400 triệu", 400000000, "approx")]),
    ("Sản lượng ước đạt 950 tấn.", [q("ước đạt 950", 950, "approx")]),
    ("Kinh phí ước tính 3 tỷ đồng.", [q("ước tính 3 tỷ", 3000000000, "approx")]),
    ("Có chừng 50 hộ tham gia.", [q("chừng 50", 50, "approx")]),
    ("Mỗi buổi có trên dưới 200 người.", [q("trên dưới 200", 200, "approx")]),
    ("Đã có hơn 1.500 lượt người.", [q("hơn 1.500", 1500, "more_than")]),
    ("Tỷ lệ đạt trên 60%.", [pct("trên 60%", 60, "more_than")]),
    ("Ngoài 20 người của xã còn có khách.", [q("Ngoài 20", 20, "more_than")]),
    ("Dư nợ nước ngoài 32% GDP.", [pct("32%", 32)]),  # "ngoài" ends "nước ngoài": no qualifier
    ("Thu ngân sách vượt 5% dự toán.", [pct("vượt 5%", 5, "more_than")]),
    ("Mỗi chi bộ có ít nhất 3 đảng viên.", [q("ít nhất 3", 3, "at_least")]),
    ("Tinh giản tối thiểu 10% biên chế.", [pct("tối thiểu 10%", 10, "at_least")]),
    ("Đơn vị có tỷ lệ nữ từ 25% trở lên.", [pct("từ 25%", 25, "at_least")]),
    ("Tỷ lệ hộ nghèo dưới 2%.", [pct("dưới 2%", 2, "less_than")]),
    ("Số vi phạm chiếm chưa đến 1%.", [pct("chưa đến 1%", 1, "less_than")]),
    ("Mỗi đơn vị tối đa 4 người.", [q("tối đa 4", 4, "at_most")]),
    ("Mỗi người giữ không quá 2 chức danh.", [q("không quá 2", 2, "at_most")]),
    ("Trường mở 5 lớp cho 190 học viên.", [q("5", 5), q("190", 190)]),
    ("Toàn huyện kết nạp 150 đảng viên.", [q("150", 150)]),
    ("Có 8 xã, thị trấn đạt chuẩn.", [q("8", 8)]),
    ("Trong đó có 9/31 bí thư là nữ.", [part("9/31", 9, 31)]),
    ("Huyện đạt 17/20 chỉ tiêu đề ra.", [part("17/20", 17, 20)]),
    ("Trang tin có hơn 3,4 triệu lượt truy cập.", [q("hơn 3,4 triệu", 3400000, "more_than")]),
    ("Doanh thu tăng 2,3 lần.", [q("2,3", 2.3)]),
    ("Trường mở một lớp bồi dưỡng.", [w("một", 1)]),
    ("Giảm từ 21 xuống còn 16 phòng.", [q("21", 21), q("16", 16)]),
    ("Tỷ lệ nữ đạt 22%, tăng gần 6% so với trước.", [pct("22%", 22), pct("gần 6%", 6, "nearly")]),
    ("Lương 4,5 triệu đồng/tháng.", [q("4,5 triệu", 4500000)]),
    ("Nhiệm kỳ 2020-2025 đã kết thúc.", [k("2020-2025", P, 2020)]),
    ("Giai đoạn 2026 - 2030 có nhiều thách thức.", [k("2026 - 2030", P, 2026)]),
    ("Phong trào (1930 - 1931) lan rộng.", [k("1930 - 1931", P, 1930)]),
    ("Đến năm 2030 đạt chuẩn.", [k("2030", Y, 2030)]),
    ("Con số 2024 là năm bản lề.", [k("2024", Y, 2024)]),
    ("Nghị quyết số 26-NQ/TW đã được ban hành.", [k("26-NQ/TW", DOC)]),
    ("Theo Quy định 124-QĐ/TW của Bộ Chính trị.", [k("124-QĐ/TW", DOC)]),
    ("Theo Nghị định số 29/2023/NĐ-CP.", [k("29/2023/NĐ-CP", DOC)]),
    ("Văn bản số 05 đã gửi các xã.", [k("05", DOC)]),
    ("Thực hiện Chỉ thị 05 của Bộ Chính trị.", [k("05", DOC)]),
    ("Theo Điều 30 của Điều lệ.", [k("30", DOC)]),
    ("Giấy phép 436/GP-BTTTT.", [k("436/GP-BTTTT", DOC)]),
    ("Khai giảng lớp K52A.", [k("K52A", CODE)]),
    ("Bế giảng lớp K74B.21 tại trường.", [k("K74B.21", CODE)]),
    ("Học viên khóa 73 tốt nghiệp.", [k("73", CODE)]),
    ("Giờ đăng 14:05 GMT+7.", [k("GMT+7", CODE), k("14:05", T)]),
    ("Đại dịch COVID-19 đã qua.", [k("COVID-19", CODE)]),
    ("Đây là lần thứ 3 hội thi được tổ chức.", [k("3", ORD, 3)]),
    ("Đây là khóa thứ 52 của trường.", [k("52", ORD, 52)]),
    ("Lớp thứ 3 khai giảng hôm qua.", [k("3", ORD, 3)]),
    ("Đường dây nóng: 0220.3852.559.", [k("0220.3852.559", PHONE)]),
    ("Gọi số 0912 345 678 để báo tin.", [k("0912 345 678", PHONE)]),
    ("Họp lúc 08:30 tại hội trường.", [k("08:30", T)]),
    ("Cập nhật 07:31:10 hôm nay.", [k("07:31:10", T)]),
    ("Khai mạc lúc 8h30 sáng.", [k("8h30", T)]),
    ("Bắt đầu lúc 10h tại xã.", [k("10h", T)]),
    ("Ký ngày 04/07/2022 tại tỉnh.", [k("04/07/2022", D)]),
    ("Ban hành ngày 4/10/2023.", [k("4/10/2023", D)]),
    ("Vào Đảng ngày 12-3-1948.", [k("12-3-1948", D)]),
    ("Tính đến tháng 5/2021.", [k("5/2021", D)]),
    ("Hoàn thành trước ngày 15/11.", [k("15/11", D)]),
    ("Sáng 2/2, thành ủy tổ chức lễ.", [k("2/2", D)]),
    ("Trao huy hiệu đợt 19/5.", [k("19/5", D)]),
    ("Triển khai nhiệm vụ quý IV/2024.", [k("IV/2024", D)]),
    ("Năm 2024 là năm bản lề.", [k("2024", Y, 2024)]),
    ("Cán bộ ở thôn 8 rất nhiệt tình.", [k("8", DES, 8)]),
    ("Khu phố 3 có chi bộ mạnh.", [k("3", DES, 3)]),
    ("Đảng bộ phường 1 kết nạp thêm.", [k("1", DES, 1)]),
    ("Lớp dành cho đối tượng 4.", [k("4", DES, 4)]),
    ("Hội nghị Trung ương 5 khóa XIII.", [k("5", DES, 5)]),
    ("Cơn bão số 3 gây thiệt hại.", [k("3", DES, 3)]),
    ("Người dân bản 3 góp công làm đường.", [k("3", DES, 3)]),
    ("Hội nghị giới thiệu nội dung cơ bản 4 chuyên đề.", [k("4", Kind.quantity, 4)]),
    ("Bảng F: Marseille 1 - 2 SSC Napoli.", [k("1 - 2", Kind.score, 1)]),  # a match result, no range
    ("Schalke 04 0 - 3 Chelsea.", [k("04", Kind.quantity, 4), k("0 - 3", Kind.score, 0)]),
    ("Mỗi tổ có 3 - 5 Hội viên.", [rng("3 - 5", 3, 5)]),  # after a lowercase word: a range
    ("Giá gạo tăng lên mức 360 - 370 USD/tấn.", [rng("360 - 370", 360, 370)]),  # a price's range, no level
    # a level word before a range of shares names no level (found in a blind page set)
    ("Tỷ lệ biết chữ trong độ tuổi 15 - 60 mới ở mức 88 - 90%.",
     [k("15", Kind.designator), rng("88 - 90%", 88, 90, Kind.percent)]),
    ("Lãi suất ở mức 6 - 7%/năm.", [rng("6 - 7%", 6, 7, Kind.percent)]),
    ("Hộ nghèo ở mức 3 theo chuẩn mới.", [k("3", DES, 3)]),
    ("Em là học sinh lớp 12A1.", [k("12A1", CODE)]),
    ("Có hàng trăm hộ tham gia.", [k("hàng trăm", VAGUE, None)]),
    ("Hàng nghìn người đến dự.", [k("Hàng nghìn", VAGUE, None)]),
    ("Chỉ còn vài hộ chưa đóng góp.", [k("vài", VAGUE, None)]),
    ("Có mấy chục người chờ.", [k("mấy chục", VAGUE, None)]),
    ("Cán bộ dưới 35 tuổi được ưu tiên.", [q("dưới 35", 35, "less_than")]),
    ("Xã còn không đủ 5 cán bộ chuyên trách.", [q("không đủ 5", 5, "less_than")]),
    ("Thu ngân sách ước thực hiện 812 tỷ đồng.", [q("ước thực hiện 812 tỷ", 812_000_000_000, "approx")]),
    ("Có 12 chuyên đề và 16 chỉ tiêu chủ yếu.", [q("12", 12), q("16", 16)]),
    ("Tổ chức tại 168 điểm cầu.", [q("168", 168)]),
    # a slogan's numbers name its parts (named_number_phrases.txt), they count nothing
    ("Khẩu hiệu 5 không, 3 sạch.", [k("5", DES, 5), k("3", DES, 3)]),
    ("Mô hình liên kết 4 nhà được nhân rộng.", [k("4", DES, 4)]),
    ("Xã có 4 nhà văn hóa.", [q("4", 4)]),
]

# --------------------------------------------------------------------------- DEV_SET

DEV_SET = [
    ("Qua xếp loại, có 47/52 chi bộ hoàn thành tốt.", [part("47/52", 47, 52)]),
    ("Tỷ lệ đạt 91,4%, tăng 2,6% so với năm trước.", [pct("91,4%", 91.4), pct("2,6%", 2.6)]),
    ("Tính đến ngày 31/12/2023, huyện có 61 cơ sở.", [k("31/12/2023", D), q("61", 61)]),
    ("Theo Quy định số 132-QĐ/TW ngày 8/10/2023.", [k("132-QĐ/TW", DOC), k("8/10/2023", D)]),
    ("Nghị quyết Hội nghị Trung ương 4 khóa XII.", [k("4", DES, 4)]),
    ("Có 318/325 chi bộ được đánh giá.", [part("318/325", 318, 325)]),
    ("Riêng 5 chi bộ mới thành lập (chưa đủ 6 tháng).", [q("5", 5), q("chưa đủ 6", 6, "less_than")]),
    ("Tỷ lệ không hoàn thành giảm 0,4% so với năm trước.", [pct("0,4%", 0.4)]),
    ("Kỷ luật 7 đảng viên (khiển trách 4, cảnh cáo 2, khai trừ 1).", [q("4", 4), q("2", 2), q("1", 1)]),
    ("Khen 30 đảng viên xuất sắc 5 năm liền (2019 - 2023).", [q("5", 5), k("2019 - 2023", P, 2019)]),
    ("Phấn đấu ít nhất 85% chi bộ đạt tốt.", [pct("ít nhất 85%", 85, "at_least")]),
    ("Tính đến cuối tháng 7/2023, đã kết nạp 98 đảng viên.", [k("7/2023", D), q("98", 98)]),
    ("Hoàn thành chậm nhất trong tháng 11-2024.", [k("11-2024", D)]),
    ("Rà soát nguồn ngay từ tháng 2.", [k("2", D)]),
    ("Ưu tiên đoàn viên dưới 30 tuổi.", [q("dưới 30", 30, "less_than")]),
    ("Thị xã kết nạp 121 đảng viên, đạt 121% chỉ tiêu.", [q("121", 121), pct("121%", 121)]),
    ("Mở hai lớp cho đảng viên mới với 84 học viên.", [w("hai", 2), q("84", 84)]),
    ("Tuổi bình quân là 27,9 tuổi.", [q("27,9", 27.9)]),
    ("Có 29/31 cơ sở đảng đã kết nạp.", [part("29/31", 29, 31)]),
    ("Đảng bộ phường 3 kết nạp 9 đảng viên.", [k("3", DES, 3), q("9", 9)]),
    ("Thực hiện Hướng dẫn số 12-HD/BTCTW.", [k("12-HD/BTCTW", DOC)]),
    ("Phấn đấu kết nạp ít nhất 140 đảng viên.", [q("ít nhất 140", 140, "at_least")]),
    ("Đào tạo cho hơn 3.200 lượt học viên.", [q("hơn 3.200", 3200, "more_than")]),
    (
        "Cập nhật lúc 15:20, Thứ Sáu, 20/12/2024 (GMT+7).",
        [k("15:20", T), k("20/12/2024", D), k("GMT+7", CODE)],
    ),
    ("Sáng 18/12, trung tâm tổ chức hội nghị.", [k("18/12", D)]),
    ("Bồi dưỡng cho gần 1.000 học viên.", [q("gần 1.000", 1000, "nearly")]),
    ("Lớp quốc phòng cho đối tượng 3 với 120 học viên.", [k("3", DES, 3), q("120", 120)]),
    ("Chuyên đề về Hội nghị lần thứ 8 Ban Chấp hành.", [k("8", ORD, 8)]),
    ("Mở lớp trung cấp hệ không tập trung K75.", [k("K75", CODE)]),
    ("Học tại Học viện Chính trị khu vực II.", [NoFact("khu vực II")]),
    ("Có mười hai học viên đạt loại giỏi.", [w("mười hai", 12)]),
    ("Trung tâm đạt chuẩn mức 2.", [k("2", DES, 2)]),
    ("Theo Quy định số 208-QĐ/TW ngày 25/11/2019.", [k("208-QĐ/TW", DOC), k("25/11/2019", D)]),
    ("Năm tới mở từ 30 đến 34 lớp.", [rng("từ 30 đến 34", 30, 34)]),
    ("Bồi dưỡng trong vòng 12 tháng.", [q("12", 12)]),
    ("Điện thoại: 0238.3844.777.", [k("0238.3844.777", PHONE)]),
    ("Khóa học 2025 - 2026 có 5 lớp.", [k("2025 - 2026", P, 2025), q("5", 5)]),
    ("Điều kiện là nam dưới 45 tuổi.", [q("dưới 45", 45, "less_than")]),
    ("K52A là khóa thứ 52 của trường.", [k("K52A", CODE), k("52", ORD, 52)]),
    ("Theo Quyết định số 1386-QĐ/HVCTQG ngày 7/3/2025.", [k("1386-QĐ/HVCTQG", DOC), k("7/3/2025", D)]),
    ("Khai giảng 17 lớp với khoảng 790 học viên.", [q("17", 17), q("khoảng 790", 790, "approx")]),
    ("Đạt gần 70% kế hoạch năm.", [pct("gần 70%", 70, "nearly")]),
    ("Lượt xem: 2.045", [q("2.045", 2045)]),
    ("Triển khai nhiệm vụ quý III/2024.", [k("III/2024", D)]),
    ("Theo Điều 32 Điều lệ Đảng.", [k("32", DOC, None)]),
    ("Thực hiện Nghị quyết số 18-NQ/TW về bộ máy.", [k("18-NQ/TW", DOC)]),
    ("Kiến nghị thu hồi hơn 3,1 tỷ đồng.", [q("hơn 3,1 tỷ", 3100000000, "more_than")]),
    ("Trong đó có 03 đồng chí diện tỉnh quản lý.", [q("03", 3)]),
    ("Số bị kỷ luật chiếm chưa đến 0,3%.", [pct("chưa đến 0,3%", 0.3, "less_than")]),
    ("Thời hạn giải quyết tối đa 60 ngày.", [q("tối đa 60", 60, "at_most")]),
    ("Tỷ lệ hoàn thành ước đạt 85%.", [pct("ước đạt 85%", 85, "approx")]),
    ("Theo Chỉ thị số 35-CT/TW về đại hội.", [k("35-CT/TW", DOC)]),
    ("Ngày đăng: 14/10/2023", [k("14/10/2023", D)]),
    ("Kỷ niệm 94 năm Ngày truyền thống (15/10/1930 - 15/10/2024).", [k("15/10/1930", D), k("15/10/2024", D)]),
    ("Hội thi lần thứ 4 có 28 đội tham gia.", [k("4", ORD, 4), q("28", 28)]),
    ("Nhân dân đóng góp gần 12 tỷ đồng.", [q("gần 12 tỷ", 12000000000, "nearly")]),
    ("Tổng kinh phí 1,75 tỷ đồng.", [q("1,75 tỷ", 1750000000)]),
    ("Tỷ lệ hộ nghèo giảm còn 1,08%.", [pct("1,08%", 1.08)]),
    (
        "Mức hài lòng đạt 91,2 phần trăm, tăng gần 3%.",
        [pct("91,2 phần trăm", 91.2), pct("gần 3%", 3, "nearly")],
    ),
    ("Bài báo đăng trên số 115 ngày 10/10/1949.", [k("115", DOC), k("10/10/1949", D)]),
    ("Thực hiện Nghị quyết Trung ương 7 khóa XI.", [k("7", DES, 7)]),
    ("Mỗi xã xây dựng ít nhất 4 mô hình mới.", [q("ít nhất 4", 4, "at_least")]),
    ("Hoàn thành đại hội nhiệm kỳ 2022-2025.", [k("2022-2025", P, 2022)]),
    ("Thứ hai - 19/05/2025 09:12", [k("hai", ORD, 2), k("19/05/2025", D), k("09:12", T)]),
    ("Kỷ niệm 134 năm Ngày sinh (19/5/1890 - 19/5/2024).", [q("134", 134), k("19/5/1890", D)]),
    ("Gần 8 năm thực hiện Chỉ thị số 05-CT/TW.", [q("Gần 8", 8, "nearly"), k("05-CT/TW", DOC)]),
    ("Tiếp tục thực hiện Chỉ thị 05 ở cơ sở.", [k("05", DOC)]),
    ("Ông đã 80 tuổi, có hơn 55 năm tuổi Đảng.", [q("80", 80), q("hơn 55", 55, "more_than")]),
    ("Vận động 17 hộ chuyển đổi cây trồng.", [q("17", 17)]),
    ("Đại hội lần thứ I, nhiệm kỳ 2025 - 2030.", [k("2025 - 2030", P, 2025), NoFact("thứ I")]),
    ("Hotline: 0210.3846.000", [k("0210.3846.000", PHONE)]),
    ("Ngày 27/7, Đảng bộ xã tổ chức đại hội.", [k("27/7", D)]),
    ("Đại diện cho hơn 2.100 đảng viên.", [q("hơn 2.100", 2100, "more_than")]),
    ("Xã mới có trên 31.000 nhân khẩu.", [q("trên 31.000", 31000, "more_than")]),
    ("Do tác động của dịch Covid-19 kéo dài.", [k("Covid-19", CODE)]),
    ("Hoàn thành và vượt 15/17 chỉ tiêu chủ yếu.", [part("15/17", 15, 17)]),
    ("Thu nhập đạt 61,5 triệu đồng/năm.", [q("61,5 triệu", 61500000)]),
    ("Tốc độ tăng bình quân 8 - 9%/năm.", [rng("8 - 9%", 8, 9, Kind.percent)]),
    (
        "Đến năm 2030 thu nhập đạt trên 90 triệu đồng/năm.",
        [k("2030", Y), q("trên 90 triệu", 90000000, "more_than")],
    ),
    ("Chuẩn nghèo giai đoạn 2026 - 2030.", [k("2026 - 2030", P, 2026)]),
    ("Tỷ lệ hộ nghèo giảm xuống dưới 1,2%.", [pct("dưới 1,2%", 1.2, "less_than")]),
    ("Hằng năm có từ 85% chi bộ trở lên hoàn thành tốt.", [pct("từ 85%", 85, "at_least")]),
    ("Tỷ lệ đảng viên vi phạm không quá 2%.", [pct("không quá 2%", 2, "at_most")]),
    ("Mỗi năm kết nạp từ 25 đến 30 đảng viên mới.", [rng("từ 25 đến 30", 25, 30)]),
    ("Trao 54 Huy hiệu Đảng đợt 2/9.", [q("54", 54), k("2/9", D)]),
    ("Chủ nhật, 09 Tháng 3 2025 08:15", [k("09 Tháng 3 2025", D), k("08:15", T)]),
    ("1.845 lượt xem", [q("1.845", 1845)]),
    ("Từ ngày 6/1 đến ngày 7/2/1930 diễn ra hội nghị.", [k("6/1", D), k("7/2/1930", D)]),
    ("Đại hội III quyết định lấy ngày 3/2 hằng năm.", [k("3/2", D), NoFact("III")]),
    ("Phong trào 1936 - 1939 phát triển mạnh.", [k("1936 - 1939", P, 1936)]),
    ("Thắng lợi của Cách mạng Tháng Tám năm 1945.", [k("1945", Y, 1945), NoFact("Tám")]),
    ("Từ Đại hội VI (tháng 12/1986), Đảng khởi xướng đổi mới.", [k("12/1986", D)]),
    ("Chi bộ ra đời từ đầu thập niên 1930.", [k("1930", Y)]),
    ("Trao Huy hiệu 60 năm, 55 năm và 50 năm tuổi Đảng.", [q("60", 60), q("55", 55), q("50", 50)]),
    ("Giấy phép số 512/GP-BTTTT", [k("512/GP-BTTTT", DOC)]),
    ("12/27/2024 12:00:00 AM GMT+7", [k("12/27/2024", D), k("12:00:00", T)]),
    ("Giảm 6 đầu mối, từ 38 xuống còn 32 tổ chức cơ sở đảng.", [q("6", 6), q("38", 38), q("32", 32)]),
    ("Hợp nhất 88 chi bộ thôn thành 64 chi bộ.", [q("88", 88), q("64", 64)]),
    ("Cán bộ trẻ (dưới 40 tuổi) chiếm 19,7%.", [q("dưới 40", 40, "less_than"), pct("19,7%", 19.7)]),
    ("Cán bộ dân tộc thiểu số chiếm khoảng 31%.", [pct("khoảng 31%", 31, "approx")]),
    ("Bế giảng lớp bồi dưỡng đảng viên mới khóa 3 năm 2024.", [k("3", CODE), k("2024", Y)]),
    ("ĐT: 0207.3822.999", [k("0207.3822.999", PHONE)]),
    ("Vào Đảng ngày 15-4-1950.", [k("15-4-1950", D)]),
    (
        "Số đảng viên có tuổi Đảng từ 50 năm trở lên chiếm khoảng 3,8%.",
        [q("từ 50", 50, "at_least"), pct("khoảng 3,8%", 3.8, "approx")],
    ),
    ("Đảng viên người dân tộc chiếm xấp xỉ 9%.", [pct("xấp xỉ 9%", 9, "approx")]),
    ("(chỉ tiêu năm 2024 là 2.500 đảng viên)", [k("2024", Y), q("2.500", 2500)]),
    (
        "Phấn đấu đến hết tháng 8/2024 đạt tối thiểu 70% chỉ tiêu.",
        [k("8/2024", D), pct("tối thiểu 70%", 70, "at_least")],
    ),
    ("Hoàn thành trước ngày 30/11/2024.", [k("30/11/2024", D)]),
    ("Theo Quy định số 54-QĐ/TW ngày 12-5-2017 của Ban Bí thư.", [k("54-QĐ/TW", DOC), k("12-5-2017", D)]),
    ("Học tập cho 41.305/42.010 cán bộ, đảng viên.", [part("41.305/42.010", 41305, 42010)]),
    ("Bài viết thu hút hơn 2,3 triệu lượt xem.", [q("hơn 2,3 triệu", 2300000, "more_than")]),
    ("Có hai mươi ba học viên được khen.", [w("hai mươi ba", 23)]),
    ("Phấn đấu đến hết quý II/2025 đạt trên 97%.", [k("II/2025", D), pct("trên 97%", 97, "more_than")]),
    ("Khai giảng lớp trung cấp K50 tại huyện.", [k("K50", CODE)]),
    ("Bí thư là Chủ tịch UBND tại 3 xã, thị trấn.", [q("3", 3)]),
    ("Hiện nay gần 85% cán bộ có trình độ đại học.", [pct("gần 85%", 85, "nearly")]),
    ("Khen thưởng 5 năm 2016-2021.", [q("5", 5), k("2016-2021", P, 2016)]),
    ("Từ năm 2019 đến tháng 6/2022, huyện cử 25 cán bộ.", [k("2019", Y), k("6/2022", D), q("25", 25)]),
    ("Thứ Hai, 11/07/2022", [k("Hai", ORD, 2), k("11/07/2022", D)]),
    ("Tỷ lệ tuổi trẻ đạt 17,5%, tăng 4,8%.", [pct("17,5%", 17.5), pct("4,8%", 4.8)]),
    ("Với tổng số 6.903 đảng viên.", [q("6.903", 6903)]),
    ("Trong số 108 đảng viên mới có 60 đoàn viên.", [q("108", 108), q("60", 60)]),
    ("Bình luận (0)", [q("0", 0)]),
    ("Em là học sinh lớp 11A2 trường huyện.", [k("11A2", CODE)]),
    ("Năm 2025 trường được giao chỉ tiêu 1.200 học viên.", [k("2025", Y), q("1.200", 1200)]),
]

# --------------------------------------------------------------------------- WRITTEN

WRITTEN = [
    # an estimate verb opening the clause makes the figure after its copula approximate
    ("Ước tính tổng thu nhập một năm từ tiền học, tiền ăn của cơ sở là 4,12 triệu tệ.",
     [q("4,12 triệu", 4_120_000, "approx")]),
    ("Theo ước tính, doanh thu năm nay là 200 tỷ đồng.", [q("200 tỷ", 200_000_000_000, "approx")]),
    ("Ước tính có 300 người, trong đó số đảng viên là 50 người.", [q("300", 300), q("50", 50)]),
    ("Công ước có 150 quốc gia tham gia, số nước đã phê chuẩn là 120.", [q("150", 150), q("120", 120)]),
    # a scale word written once serves both ends of a range (found measuring unseen articles)
    ("Mỗi nhà được hỗ trợ từ 50 đến 70 triệu đồng.", [rng("từ 50 đến 70 triệu", 50_000_000, 70_000_000)]),
    ("Giá vàng ở mức 37,22 - 37,28 triệu đồng/lượng.", [rng("37,22 - 37,28 triệu", 37_220_000, 37_280_000)]),
    ("Cần từ 1,5 đến 2 tỷ đồng.", [rng("từ 1,5 đến 2 tỷ", 1_500_000_000, 2_000_000_000)]),
    ("Mức thưởng từ 500 nghìn đến 1 triệu đồng.", [rng("từ 500 nghìn đến 1 triệu", 500_000, 1_000_000)]),
    ("Mỗi chi bộ có từ 35 đến 40 đảng viên.", [rng("từ 35 đến 40", 35, 40)]),
    # a range written with a glued dash takes the scale word after it as the spaced one does
    # (found on vocational and social-credit pages annotated blind); guard: "tỷ lệ" is no scale
    ("Thu nhập đạt 7-8 triệu đồng/người/tháng.", [rng("7-8 triệu", 7_000_000, 8_000_000)]),
    ("Khoảng 2-3 nghìn người dự lễ hội.", [rng("2-3 nghìn", 2000, 3000)]),
    ("Có 2-3 tỷ lệ được so sánh.", [rng("2-3", 2, 3)]),
    # "Nhật Bản" ends in the northern word for a village, but designates nothing (found on member
    # management pages); guard: a village's number stays its name
    ("Lao động gồm: Hàn Quốc 52, Nhật Bản 47.", [q("52", 52), q("47", 47)]),
    ("Bản 4 có 30 hộ.", [k("4", Kind.designator), q("30", 30)]),
    # the upper end may carry its own bound ("tới trên", "đến hơn"): still one range (found judging
    # party-news output)
    ("Hệ số suy giảm từ 15% tới trên 30%.", [rng("từ 15% tới trên 30%", 15, 30, Kind.percent)]),
    ("Số hộ tham gia từ 120 đến gần 200 hộ.", [rng("từ 120 đến gần 200", 120, 200)]),
    ("Kết nạp 25 đảng viên, đến hơn 40 đảng viên.", [q("25", 25), q("hơn 40", 40, "more_than")]),
    # two round figures after "khoảng", the second a little larger, are a rough range (found judging
    # party-news output); without the approximation, or with words between, they stay two figures
    ("Mỗi buổi có khoảng 70, 80 người tham dự.", [rng("70, 80", 70, 80)]),
    ("Chừng 5, 6 hộ còn khó khăn.", [rng("5, 6", 5, 6)]),
    ("Năm 2023 có khoảng 70, năm 2024 có 80 người.", [k("2023", Kind.year), q("khoảng 70", 70, "approx"),
                                                     k("2024", Kind.year), q("80", 80)]),
    # two figures one step apart need no approximation: "60, 70 học viên" is "sixty or seventy"
    # (found judging party-news output); further apart they are two figures
    ("Lớp đã quá tải khi có đến 60, 70 học viên theo học.", [rng("60, 70", 60, 70)]),
    ("Mỗi thôn có 2, 3 hộ chưa đăng ký.", [rng("2, 3", 2, 3)]),
    ("Các đoàn có 300, 400 người tham gia.", [rng("300, 400", 300, 400)]),
    # two neighbouring figures offered as alternatives ("2 hoặc 3", "một hay hai") are one range
    # (found judging party-news output); far apart, or conceded, they stay two figures
    ("Mỗi chi bộ giới thiệu 2 hoặc 3 quần chúng.", [rng("2 hoặc 3", 2, 3)]),
    ("Xã chọn 10 hay 15 hộ làm điểm.", [rng("10 hay 15", 10, 15)]),
    ("Lãi suất giảm 5 hoặc 6% tùy kỳ hạn.", [rng("5 hoặc 6%", 5, 6, Kind.percent)]),
    (
        "Mỗi xã cử một hoặc hai đại diện.",
        [Exp("một hoặc hai", Kind.quantity, 1, "range", value_max=2, in_words=True)],
    ),
    ("Có 1 hay 10 trung tâm cũng vậy.", [q("1", 1), q("10", 10)]),
    ("Có 2 hay 3 trung tâm cũng không khác.", [q("2", 2), q("3", 3)]),
    ("Đội có 3 hoặc 2 người.", [q("3", 3), q("2", 2)]),
    # the first day of a span written before a date is a day too (found judging party-news output)
    ("Đại hội diễn ra từ 13 đến 15/10.", [k("13 đến 15/10", D)]),
    ("Lớp học từ 3 - 5/8/2026.", [k("3 - 5/8/2026", D)]),
    ("Kết nạp 5, 6 người mỗi năm.", [rng("5, 6", 5, 6)]),
    ("Trong hiệp một, hai tay vợt giằng co.", [q("hai", 2)]),
    ("Hai xã có 12, 25 hộ nghèo.", [q("12", 12), q("25", 25)]),
    ("Ba lớp có 40, 45 học viên.", [q("40", 40), q("45", 45)]),
    # a fraction with a rough qualifier tells a proportion, no part of a counted whole (found judging
    # party-news output: "gần 2/3 học viên"); a part of a larger whole stays one, qualifier or not
    ("Gần 2/3 học viên là người địa phương.", [Exp("Gần 2/3", Kind.fraction, 2, "nearly", denominator=3)]),
    ("Chiếm khoảng 1/6 dân số cả nước.", [Exp("khoảng 1/6", Kind.fraction, 1, "approx", denominator=6)]),
    ("Huyện có gần 20/26 xã đạt chuẩn.", [part("gần 20/26", 20, 26, "nearly")]),
    # a fraction in words ("hai phần ba") is a proportion too, never a count of "phần"
    ("Có hai phần ba số xã đạt chuẩn.", [Exp("hai phần ba", Kind.fraction, 2, "exact", denominator=3)]),
    ("Một phần tư số hộ đã có nước sạch.", [NoFact("Một phần tư")]),
    ("Ba phần tư số hộ đã có nước sạch.", [Exp("Ba phần tư", Kind.fraction, 3, "exact", denominator=4)]),
    ("Giảm 3 phần 5 so với trước.", [Exp("3 phần 5", Kind.fraction, 3, "exact", denominator=5)]),
    ("Có 2 phần quà được trao.", [q("2", 2)]),
    ("Gần như 100% hộ dân dùng điện.", [pct("Gần như 100%", 100, "nearly")]),
    # a bound written with "mức" between it and the figure ("dưới mức 3%") bounds it all the same
    # (found in real general news)
    ("Nợ xấu được kiểm soát dưới mức 3%.", [pct("dưới mức 3%", 3, "less_than")]),
    ("Tỷ lệ này đều chiếm trên mức 5%.", [pct("trên mức 5%", 5, "more_than")]),
    ("Lạm phát ở mức 4%.", [pct("4%", 4)]),
    ("Có 4/6 dự án chậm tiến độ.", [part("4/6", 4, 6)]),
    # a rank among a whole is an ordinal
    ("Huyện xếp thứ 3/9 huyện, thị xã.", [k("3/9", ORD, 3)]),
    ("Dự án có 1.250.000 lượt người hưởng lợi.", [q("1.250.000", 1250000)]),
    ("Giá trị đạt 1.250,5 triệu đồng.", [q("1.250,5 triệu", 1250500000)]),
    ("Tổng vốn 1,250,000 USD được giải ngân.", [q("1,250,000", 1250000)]),
    ("Growth was 3.5% per year.", [pct("3.5%", 3.5)]),
    ("Tổng cộng 1,250,000 và 2,500 người.", [q("2,500", 2500)]),
    ("Chi 12,75 triệu đồng cho mỗi hộ.", [q("12,75 triệu", 12750000)]),
    ("Có 0,5% hộ tái nghèo.", [pct("0,5%", 0.5)]),
    ("Xã có 07 thôn đạt chuẩn.", [q("07", 7)]),
    ("Tỉnh có 125.430 đảng viên.", [q("125.430", 125430)]),
    ("Ngân sách 3 nghìn tỷ đồng.", [q("3 nghìn tỷ", 3000000000000)]),
    ("Huyện chi 5 trăm triệu đồng.", [q("5 trăm triệu", 500000000)]),
    ("Hỗ trợ 1 triệu 200 nghìn đồng mỗi người.", [q("1 triệu 200 nghìn", 1200000)]),
    ("Quỹ có 2 tỷ rưỡi đồng.", [q("2 tỷ rưỡi", 2500000000)]),
    ("Thu 3 chục triệu đồng.", [q("3 chục triệu", 30000000)]),
    ("Đóng góp 5 vạn đồng.", [q("5 vạn", 50000)]),
    ("Có 1 ngàn người tham gia.", [q("1 ngàn", 1000)]),
    ("Tăng 1,5 tỉ đồng so với năm trước.", [q("1,5 tỉ", 1500000000)]),
    ("Có năm trăm người dự.", [w("năm trăm", 500)]),
    ("Có năm mươi hai hộ nghèo.", [w("năm mươi hai", 52)]),
    ("Có một trăm năm mươi học viên.", [w("một trăm năm mươi", 150)]),
    ("Có hai nghìn không trăm linh năm người.", [w("hai nghìn không trăm linh năm", 2005)]),
    ("Đạt ba triệu rưỡi lượt xem.", [w("ba triệu rưỡi", 3500000)]),
    # "nửa" before a scale word is half of it (found in real general news: "nửa triệu euro"); alone
    # it is a fraction, no number
    ("Đức viện trợ nửa triệu euro.", [w("nửa triệu", 500000)]),
    ("Huyện chi nửa tỷ đồng sửa trường.", [w("nửa tỷ", 500000000)]),
    ("Thu hút hơn nửa triệu lượt khách.", [w("hơn nửa triệu", 500000, "more_than")]),
    ("Hơn nửa số đảng viên là nữ.", [NoFact("nửa")]),
    ("Tổng cộng mười một chi bộ.", [w("mười một", 11)]),
    ("Có hai mươi lăm đoàn viên.", [w("hai mươi lăm", 25)]),
    ("Có hai mươi nhăm đoàn viên.", [w("hai mươi nhăm", 25)]),
    ("Có bốn mươi mốt thôn.", [w("bốn mươi mốt", 41)]),
    ("Có ba trăm lẻ bảy hộ.", [w("ba trăm lẻ bảy", 307)]),
    ("Có một nghìn hai trăm đảng viên.", [w("một nghìn hai trăm", 1200)]),
    ("Có bảy vạn người.", [w("bảy vạn", 70000)]),
    ("Có sáu chục hộ.", [w("sáu chục", 60)]),
    ("Có chín mươi chín người.", [w("chín mươi chín", 99)]),
    ("Mở bốn lớp cho tám mươi học viên.", [w("bốn", 4), w("tám mươi", 80)]),
    ("Cử ba đồng chí đi học.", [w("ba", 3)]),
    ("Có một đồng chí được khen.", [w("một", 1)]),
    ("Hai lớp đã bế giảng.", [w("Hai", 2)]),
    ("Tỷ lệ đạt hai mươi phần trăm.", [Exp("hai mươi phần trăm", Kind.percent, 20, in_words=True)]),
    ("Có hơn hai mươi hộ tham gia.", [w("hơn hai mươi", 20, "more_than")]),
    (
        "Mỗi tổ từ hai đến ba người.",
        [Exp("từ hai đến ba", Kind.quantity, 2, "range", value_max=3, in_words=True)],
    ),
    ("Mỗi tổ có 3-5 người.", [rng("3-5", 3, 5)]),
    ("Mỗi tổ có 3 - 5 người.", [rng("3 - 5", 3, 5)]),
    ("Tăng 20% - 25% so với năm trước.", [rng("20% - 25%", 20, 25, Kind.percent)]),
    ("Tăng từ 15% đến 20% mỗi năm.", [rng("từ 15% đến 20%", 15, 20, Kind.percent)]),
    ("Kết nạp 40 tới 50 đoàn viên.", [rng("40 tới 50", 40, 50)]),
    ("Mỗi lớp 30 đến 35 học viên.", [rng("30 đến 35", 30, 35)]),
    ("Tăng 20 — 30 phần trăm.", [rng("20 — 30 phần trăm", 20, 30, Kind.percent)]),
    ("Đảng viên 40 tuổi trở lên được miễn.", [q("40", 40, "at_least")]),
    ("Đạt 30% trở lên là đạt yêu cầu.", [pct("30%", 30, "at_least")]),
    ("Có từ 3 năm công tác trở lên.", [q("từ 3", 3, "at_least")]),
    ("Người từ 60 tuổi trở xuống được tham gia.", [q("từ 60", 60, "at_most")]),
    ("Từ 5 đảng viên chính thức trở lên thì lập chi bộ.", [q("Từ 5", 5, "at_least")]),
    ("Số lượng không vượt quá 15 người.", [q("không vượt quá 15", 15, "at_most")]),
    ("Số vụ vượt quá 20 vụ.", [q("vượt quá 20", 20, "more_than")]),
    ("Mức chưa tới 5 triệu đồng.", [q("chưa tới 5 triệu", 5000000, "less_than")]),
    ("Có không đến 10 người vắng.", [q("không đến 10", 10, "less_than")]),
    ("Giữ nhiều nhất 2 nhiệm kỳ.", [q("nhiều nhất 2", 2, "at_most")]),
    ("Khoảng chừng 40 hộ tham gia.", [q("Khoảng chừng 40", 40, "approx")]),
    ("Hơn 2/3 số xã đạt chuẩn.", [Exp("Hơn 2/3", Kind.fraction, 2, "more_than", denominator=3)]),
    ("Đạt 3/4 số chỉ tiêu.", [part("3/4", 3, 4)]),
    ("Tăng 2,5 lần so với trước.", [q("2,5", 2.5)]),
    ("Vườn rộng 5km và 500.000đ phí.", [q("5", 5), q("500.000", 500000)]),
    ("Lắp 12m2 pin mặt trời.", [q("12", 12)]),
    ("Thu 750.000 đồng/người.", [q("750.000", 750000)]),
    ("Có 3 xã; 4 thị trấn.", [q("3", 3), q("4", 4)]),
    ("Đạt 100%.", [pct("100%", 100)]),
    ("Đạt 99 %.", [pct("99 %", 99)]),
    ("Năm nay xã có 2.024 hộ.", [q("2.024", 2024)]),
    ("Có gần 2000 học viên dự thi.", [q("gần 2000", 2000, "nearly")]),
    ("Năm học 2024-2025 khai giảng đúng hẹn.", [k("2024-2025", P, 2024)]),
    ("Vào năm 938 có trận Bạch Đằng.", [k("938", Y, 938)]),
    ("Ngày 2023-11-26 có cuộc họp.", [k("2023-11-26", D)]),
    ("Họp ngày 15.11.2023 tại xã.", [k("15.11.2023", D)]),
    ("Chiều 25-8, huyện tổ chức hội nghị.", [k("25-8", D)]),
    ("Dịp 2-9 năm nay có lễ lớn.", [k("2-9", D)]),
    ("Tối 30/4 có bắn pháo hoa.", [k("30/4", D)]),
    ("Trưa 1/5 đoàn đến thăm.", [k("1/5", D)]),
    ("Đêm 31/12 mọi người đón năm mới.", [k("31/12", D)]),
    ("Hôm 9/11 có mưa lớn.", [k("9/11", D)]),
    ("Sự kiện ngày 15 tháng này.", [k("15", D)]),
    ("Họp vào ngày mười lăm.", [k("mười lăm", D)]),
    ("Đến tháng mười hoàn thành.", [k("mười", D)]),
    ("Ngày 20/11 là ngày nhà giáo.", [k("20/11", D)]),
    ("Lễ kỷ niệm 30/4 diễn ra long trọng.", [k("30/4", D)]),
    ("Khai mạc lúc 7h tại hội trường.", [k("7h", T)]),
    ("Thời gian 13:45:30 hôm nay.", [k("13:45:30", T)]),
    ("Tổ dân phố 5 có chi bộ mạnh.", [k("5", DES, 5)]),
    ("Xóm 2 có nhiều hộ khá.", [k("2", DES, 2)]),
    ("Ấp 4 đạt chuẩn văn hóa.", [k("4", DES, 4)]),
    ("Sư đoàn 312 thăm địa phương.", [k("312", DES, 312)]),
    ("Quân khu 4 tổ chức diễn tập.", [k("4", DES, 4)]),
    ("Học sinh lớp 9 tham gia.", [k("9", DES, 9)]),
    ("Theo Khoản 2 Điều 5 luật này.", [k("2", DOC), k("5", DOC)]),
    ("Xem Chương 3 của giáo trình.", [k("3", DOC)]),
    ("Theo Thông tư 12/2023/TT-BNV.", [k("12/2023/TT-BNV", DOC)]),
    ("Theo Quyết định 120/2023 của tỉnh.", [k("120/2023", DOC)]),
    ("Mã số 4521 của hồ sơ.", [k("4521", CODE)]),
    ("Đây là lần 2 đơn vị đạt giải.", [k("2", ORD, 2)]),
    ("Hôm nay là thứ tư.", [NoFact("tư")]),
    ("Có hàng chục nghìn người xem.", [k("hàng chục nghìn", VAGUE, None)]),
    ("Có vài trăm hộ đăng ký.", [k("vài trăm", VAGUE, None)]),
    ("Mấy năm nay xã đổi mới.", [k("Mấy", VAGUE, None)]),
    ("Có dăm người đến muộn.", [k("dăm", VAGUE, None)]),
    ("Hàng triệu lượt xem trong tuần.", [k("Hàng triệu", VAGUE, None)]),
    ("Gọi 0987654321 để đăng ký.", [k("0987654321", PHONE)]),
    ("Số máy 028 3822 1234 của ban.", [k("028 3822 1234", PHONE)]),
    ("Công nghệ 5G phủ sóng toàn xã.", [k("5G", CODE)]),
    ("Vắc xin ngừa H5N1 đã có.", [k("H5N1", CODE)]),
    ("Theo giờ UTC+7 tại Hà Nội.", [k("UTC+7", CODE)]),
    ("Có 5 lớp, 3 tổ và 2 đội.", [q("5", 5), q("3", 3), q("2", 2)]),
    ("Có 12 người.Sau đó thêm 3 người.", [q("12", 12), q("3", 3)]),
    ("Xã có 2.400 hộ, tăng 120 hộ.", [q("2.400", 2400), q("120", 120)]),
    ("Có 10 người (chiếm 5,5%) vắng mặt.", [q("10", 10), pct("5,5%", 5.5)]),
    ("«Có 45 người» dự lớp.", [q("45", 45)]),
    ("Có 42 đảng viên.", [Exp("42", Kind.quantity, 42, in_words=False)]),
    ("Tỷ lệ một phần trăm là rất thấp.", [Exp("một phần trăm", Kind.percent, 1, in_words=True)]),
    ("Khối có tổng số 120 đảng viên.", [q("120", 120)]),
    ("Con số 45 là rất ấn tượng.", [q("45", 45)]),
    ("Chỉ số 78 điểm là cao.", [q("78", 78)]),
    ("Thống kê hệ số 2,34 lương.", [q("2,34", 2.34)]),
    ("Mức hỗ trợ 2 triệu đồng/người.", [q("2 triệu", 2000000)]),
    ("Cấp 200 thẻ bảo hiểm y tế.", [q("200", 200)]),
    xf(
        "Kết luận 19 tổ chức có vi phạm.",
        [q("19", 19)],
        "a capitalized document noun at sentence start is read as a document, not the verb",
    ),
    xf(
        "Hướng dẫn 50 hộ làm kinh tế.",
        [q("50", 50)],
        "a capitalized document noun at sentence start is read as a document, not the verb",
    ),
    ("Đoàn đã kết luận 19 tổ chức có vi phạm.", [q("19", 19)]),
    ("Cán bộ hướng dẫn 50 hộ làm kinh tế.", [q("50", 50)]),
    ("Xã có 25 nghìn 300 người.", [q("25 nghìn", 25000), q("300", 300)]),
    # seen in real pages: a part of a whole with spaces around the slash
    ("Huyện hoàn thành 26 /30 chỉ tiêu chủ yếu.", [part("26 /30", 26, 30)]),
    ("Có 12 / 15 xã đạt chuẩn.", [part("12 / 15", 12, 15)]),
    ("Tổng kinh phí 2tỷ 992 triệu đồng.", [q("2tỷ 992 triệu", 2_992_000_000)]),
    # the first end of a before/after pair shares the percent sign written after the second
    ("Trần bội chi được nâng từ 4,8 lên 5,3% GDP.", [pct("4,8", 4.8), pct("5,3%", 5.3)]),
    ("Tỷ lệ hộ nghèo giảm từ 6 xuống còn 4,5%.", [pct("6", 6), pct("4,5%", 4.5)]),
    ("Lãi suất cho vay tăng từ 7 lên 8,2%/năm.", [pct("7", 7), pct("8,2%", 8.2)]),
    ("Số xã giảm từ 12 xuống 9 xã, bằng 75%.", [q("12", 12), q("9", 9), pct("75%", 75)]),
    ("Nhiệt độ tăng từ 30 lên 35 độ, độ ẩm 80%.", [q("30", 30), q("35", 35)]),
    # a quarter of the year is a date, with or without its year
    ("Trong quý 3 công ty lãi lớn.", [k("3", D)]),
    ("Trong quý 3/2024 công ty lãi lớn.", [k("3/2024", D)]),
    # a bound before a rounding word keeps the bound: the figure is a limit, however rounded
    ("Mỗi lớp tối đa khoảng 20 học viên.", [q("tối đa khoảng 20", 20, "at_most")]),
    ("Mỗi tổ có ít nhất khoảng 5 thành viên.", [q("ít nhất khoảng 5", 5, "at_least")]),
    ("Tỷ lệ nợ xấu dưới khoảng 3%.", [pct("dưới khoảng 3%", 3, "less_than")]),
    ("Xã có khoảng gần 300 hộ.", [q("gần 300", 300, "nearly")]),
]

# --------------------------------------------------------------------------- NEGATIVE

NEGATIVE = [
    ("Một số đảng viên còn hạn chế.", [NoFact("Một số")]),
    ("Đây là một trong những điểm sáng.", [NoFact("một trong")]),
    ("Cần làm một cách quyết liệt.", [NoFact("một cách")]),
    ("Kết luận đúng một phần 3 trường hợp.", [NoFact("một phần"), q("3", 3)]),
    ("Huyện là một địa phương khó khăn.", [NoFact("một địa")]),
    ("Như một người anh lớn.", [NoFact("một người")]),
    ("Một vài chi bộ chưa họp.", [NoFact("Một vài"), k("vài", VAGUE, None)]),
    ("Mỗi một tổ phải báo cáo.", [NoFact("một tổ")]),
    ("Cùng một lúc có hai việc.", [NoFact("một lúc")]),
    ("Một mình ông gánh vác.", [NoFact("Một mình")]),
    ("Ba mẹ em đều là đảng viên.", [NoFact("Ba mẹ")]),
    ("Thời cơ đã chín muồi.", [NoFact("chín")]),
    # ripe, not nine (found in a precision draw: "để không bị 'chín ép'")
    ("Cán bộ trẻ phải được rèn luyện để không bị 'chín ép'.", [NoFact("chín")]),
    ("Lúa chín rộ trên khắp cánh đồng.", [NoFact("chín")]),
    ("Những quả cà phê chín đỏ được hái bằng tay.", [NoFact("chín")]),
    ("Cánh đồng lúa chín vàng.", [NoFact("chín")]),
    ("Vườn vải chín mọng đón khách.", [NoFact("chín")]),
    ("Xã kết nạp chín đảng viên, chín hộ thoát nghèo.", [w("chín", 9), w("chín", 9)]),
    # a word whose last syllable is spelled as a number word (found in a precision draw)
    ("Xây dựng Đảng là một đòn bẩy quan trọng.", [NoFact("bẩy")]),
    ("Vốn là đòn bẩy tăng trưởng.", [NoFact("bẩy")]),
    ("Xã có bẩy thôn đạt chuẩn.", [w("bẩy", 7)]),
    ("Vì lợi ích mười năm trồng cây.", [w("mười", 10), NoFact("năm trồng")]),
    ("Vì lợi ích trăm năm trồng người.", [w("trăm", 100), NoFact("năm trồng")]),
    ("Đã hai mươi năm gắn bó.", [w("hai mươi", 20), NoFact("năm gắn")]),
    ("Năm nay xã đạt chuẩn.", [NoFact("Năm")]),
    ("THỨ NĂM, 16/01/2025", [NoFact("NĂM"), k("16/01/2025", D)]),
    ("Hàng năm đều tổ chức hội thi.", [NoFact("Hàng năm")]),
    ("Hàng hóa được lưu thông.", [NoFact("Hàng")]),
    ("Không ai vắng mặt.", [NoFact("Không")]),
    ("Không một ai bỏ cuộc.", [NoFact("một ai")]),
    ("Tiêu chuẩn tư cách đảng viên.", [NoFact("tư")]),
    ("Ngày mốt sẽ họp.", [NoFact("mốt")]),
    ("Học viên ở quận Ba Đình.", [NoFact("Ba")]),
    ("Đường Hai Bà Trưng được mở rộng.", [NoFact("Hai")]),
    ("Khu di tích Ba Vì rất đẹp.", [NoFact("Ba")]),
    ("Cách mạng Tháng Tám thành công.", [NoFact("Tám")]),
    ("Nhiệm kỳ 2020 - 2025 thành công.", [k("2020 - 2025", P, 2020), NoFact("2020")]),
    # "trăm" before a scale word with nothing before it names a size ("hundreds of billions")
    ("Vụ án tài sản trăm tỷ của cựu giám đốc được xét xử.", [NoFact("trăm tỷ")]),
    ("Nhiều dự án nghìn tỷ bị bỏ hoang.", [NoFact("nghìn tỷ")]),
    ("Công ty có vốn một trăm tỷ đồng.", [w("một trăm tỷ", 100_000_000_000)]),
    ("Ba trăm triệu đồng đã được trao.", [w("Ba trăm triệu", 300_000_000)]),
    # a student's year of study is an ordinal
    ("Anh là sinh viên năm 3 trường kiến trúc.", [k("3", ORD, 3)]),
    ("Em là học sinh năm 2 của trường.", [k("2", ORD, 2)]),
    ("Có 3 sinh viên năm 2 đạt giải.", [q("3", 3), k("2", ORD, 2)]),
    ("Giai đoạn 2021–2025 có nhiều đổi mới.", [k("2021–2025", P, 2021)]),
    ("Năm 2024 xã về đích.", [k("2024", Y), NoFact("2024")]),
    ("Từ 2015 đến 2020 huyện phát triển.", [k("2015", Y), k("2020", Y)]),
    ("Ngày 15/11/2024 tổ chức đại hội.", [NoFact("15/11/2024")]),
    ("Họp ngày 15/11 tại xã.", [NoFact("15/11")]),
    ("Huy hiệu trao dịp 3/2.", [NoFact("3/2")]),
    ("Lễ kỷ niệm 19/5 tổ chức trang trọng.", [NoFact("19/5")]),
    ("Đến 15/10 phải xong.", [k("15/10", D)]),
    ("Năm 2023 có 24/7 trực ban.", [NoFact("24/7")]),
    ("Thực hiện Nghị quyết số 18-NQ/TW.", [NoFact("18-NQ/TW"), NoFact("18")]),
    ("Theo Kết luận số 21-KL/TW.", [NoFact("21-KL/TW")]),
    ("Theo Kế hoạch số 86-KH/TU.", [NoFact("86")]),
    ("Thực hiện Chỉ thị 05 của Trung ương.", [NoFact("05")]),
    ("Theo Điều 30 Điều lệ Đảng.", [NoFact("30")]),
    ("Quy định tại Mục 4 của văn bản.", [NoFact("4")]),
    ("Theo Nghị định 29/2023/NĐ-CP.", [NoFact("29")]),
    ("Giấy phép số 23/GP-BTTTT.", [NoFact("23")]),
    ("Báo Sự thật số 120 đăng bài.", [NoFact("120")]),
    ("Học viên khóa 73 tốt nghiệp.", [NoFact("73")]),
    ("Lớp K52B hệ không tập trung.", [NoFact("K52B")]),
    ("Bế giảng lớp K74B.21.", [NoFact("74"), NoFact("21")]),
    ("Giờ GMT+7 là giờ Việt Nam.", [NoFact("7")]),
    ("Đại dịch COVID-19 kéo dài.", [NoFact("19")]),
    ("Đại hội XIII của Đảng.", [NoFact("XIII")]),
    ("Hội nghị lần thứ 10 Ban Chấp hành.", [NoFact("10")]),
    ("Đây là khóa thứ 52 của trường.", [NoFact("52")]),
    ("Liên hệ 0220.3852.559 để biết thêm.", [NoFact("0220.3852.559")]),
    ("Hotline 0912 345 678.", [NoFact("0912")]),
    ("Cập nhật lúc 08:30.", [NoFact("08:30")]),
    ("Khai mạc 8h30 sáng nay.", [NoFact("8h30")]),
    ("Cán bộ ở thôn 8 rất nhiệt tình.", [NoFact("8")]),
    ("Khu phố 3 có chi bộ mạnh.", [NoFact("3")]),
    ("Đảng bộ phường 1 rất mạnh.", [NoFact("1")]),
    ("Lớp cho đối tượng 4 khai giảng.", [NoFact("4")]),
    ("Hội nghị Trung ương 5 khóa XIII.", [NoFact("5")]),
    ("Cơn bão số 3 đi qua.", [NoFact("3")]),
    ("Học tại Học viện Chính trị khu vực 1.", [NoFact("1")]),
    ("Em học lớp 12A1.", [NoFact("12A1")]),
    ("Có hàng trăm người tham gia.", [NoFact("hàng trăm")]),
    ("Có vài người tham gia.", [NoFact("vài")]),
    ("Có mấy chục hộ đăng ký.", [NoFact("mấy chục")]),
    ("Tính đến tháng 8/2024 đã đạt.", [NoFact("8/2024")]),
    ("Hạn chót là tháng 10-2024.", [NoFact("10-2024")]),
    ("Chuẩn bị cho quý I/2025.", [NoFact("I/2025")]),
    ("Sinh năm 1945 tại xã.", [NoFact("1945")]),
    ("Cách mạng công nghiệp 4.0 tác động mạnh.", [NoFact("4.0")]),
    ("Dòng 1.1.1.1 là số mục.", [NoFact("1.1.1.1")]),
    # must not be merged or split wrongly
    ("Khiển trách 5, cảnh cáo 3, khai trừ 1.", [q("5", 5), q("3", 3), q("1", 1)]),
    ("Kỷ luật 9 đảng viên (khiển trách 5, cảnh cáo 3).", [q("9", 9), q("5", 5), q("3", 3)]),
    ("Giảm từ 41 xuống còn 33 tổ chức.", [q("41", 41), q("33", 33)]),
    ("Tỷ số 3 - 1 nghiêng về đội nhà.", [q("3", 3), q("1", 1)]),
    ("Hòa 2 - 2 sau trận đấu.", [q("2", 2)]),
    ("Ngày 15/10/1930 - 15/10/2023 là 93 năm.", [k("15/10/1930", D), k("15/10/2023", D), q("93", 93)]),
    ("Trao 2 tỷ 500 triệu đồng.", [q("2 tỷ 500 triệu", 2500000000)]),
    ("Có 1.250.000 người.", [q("1.250.000", 1250000)]),
    ("Tỷ lệ 18,5% được giữ vững.", [pct("18,5%", 18.5)]),
    ("Có 50/54 TCCSĐ đạt.", [part("50/54", 50, 54)]),
    ("Từ 20 trở đi là đạt.", [q("20", 20)]),
    ("Có từ 15 hộ.", [q("15", 15)]),
    ("Chi bộ có 389 chi bộ hoàn thành tốt nhiệm vụ trở lên.", [q("389", 389)]),
    ("Tổng số 7.412 đảng viên.", [q("7.412", 7412)]),
    ("Trong số 112 đảng viên có 64 đoàn viên.", [q("112", 112), q("64", 64)]),
    ("Vượt 14/16 chỉ tiêu chủ yếu.", [part("14/16", 14, 16)]),
    ("Đạt 98,5%, tăng 1,2%.", [pct("98,5%", 98.5), pct("1,2%", 1.2)]),
    ("Tăng trưởng 7,5% năm 2024.", [pct("7,5%", 7.5), k("2024", Y)]),
    ("Có 3 xã. 4 thôn đạt chuẩn.", [q("3", 3), q("4", 4)]),
    ("Các năm 2022, 2023 đều đạt.", [k("2022", Y), k("2023", Y)]),
    ("Khóa học 2025 - 2026 khai giảng.", [NoFact("2025")]),
    ("Dân số 95.000 người.", [q("95.000", 95000)]),
    ("Có 2 - 3 tổ hỗ trợ.", [rng("2 - 3", 2, 3)]),
    xf(
        "Tối thiểu phải có 5 người.",
        [q("5", 5, "at_least")],
        "a qualifier separated from the figure by a verb is not seen",
    ),
    ("Có một nghìn năm trăm người dự.", [w("một nghìn năm trăm", 1500)]),
    ("Dịp 2/9 vừa qua có lễ.", [k("2/9", D)]),
    xf(
        "Có 1 250 000 người tham gia.",
        [q("1 250 000", 1250000)],
        "space-grouped thousands are not joined; they read as three numbers",
    ),
    xf(
        "Tăng 1 tỷ 2 so với năm trước.",
        [q("1 tỷ 2", 1200000000)],
        "colloquial '1 tỷ 2' (= 1,2 tỷ) is read as 1 tỷ and a separate 2",
    ),
    ("Lễ 2/9 vừa qua rất vui.", [k("2/9", D)]),
    xf(
        "Trường số 1 có 500 học sinh.",
        [k("1", DES, 1)],
        "'số N' after an institution noun is read as a document number (still not a quantity)",
    ),
    ("Ông năm nay năm mươi tuổi, có năm người con.", [w("năm mươi", 50), w("năm", 5)]),
    # a lone "năm" before a counted noun is five, unless a word before it makes it a time
    ("Tặng Bằng khen cho hai tập thể và năm cá nhân.", [w("hai", 2), w("năm", 5)]),
    ("Năm 2025 chi bộ đã kết nạp năm ngư dân vào Đảng.", [k("2025", Y, 2025), w("năm", 5)]),
    ("Đoàn kiểm tra công tác cán bộ tại năm đơn vị.", [w("năm", 5)]),
    ("Năm vụ kiện còn lại đã được hòa giải.", [w("Năm", 5)]),
    ("Trong 6 tháng đầu năm cơ quan này đã kiểm tra 598 đảng viên.", [q("6", 6), q("598", 598)]),
    ("Mỗi năm cơ sở này thu hút khoảng 300 người.", [q("khoảng 300", 300, "approx")]),
    ("Sang năm Hội nghị Trung ương sẽ bàn.", []),
    ("Ông học 3 năm tiến sĩ ở nước ngoài.", [q("3", 3)]),
    ("Khóa XII, năm bản lề, có ý nghĩa quan trọng.", []),
    ("Năm học sinh giỏi được tuyên dương vào cuối kỳ.", []),
    ("Qua hai năm tổ chức, giải thu hút nhiều tác phẩm.", [w("hai", 2)]),
]


def _ids(rows: list) -> list[str]:
    out = []
    for i, r in enumerate(rows):
        sentence = r.values[0] if hasattr(r, "values") else r[0]
        out.append(f"{i:03d}-{sentence[:40]}")
    return out


@pytest.mark.parametrize(("sentence", "expected"), CONTRACT, ids=_ids(CONTRACT))
def test_contract(sentence: str, expected: list) -> None:
    check(sentence, expected)


@pytest.mark.parametrize(("sentence", "expected"), DEV_SET, ids=_ids(DEV_SET))
def test_dev_set(sentence: str, expected: list) -> None:
    check(sentence, expected)


@pytest.mark.parametrize(("sentence", "expected"), WRITTEN, ids=_ids(WRITTEN))
def test_written(sentence: str, expected: list) -> None:
    check(sentence, expected)


@pytest.mark.parametrize(("sentence", "expected"), NEGATIVE, ids=_ids(NEGATIVE))
def test_negative(sentence: str, expected: list) -> None:
    check(sentence, expected)


def test_table_size() -> None:
    assert len(CONTRACT) + len(DEV_SET) + len(WRITTEN) + len(NEGATIVE) >= 300
    assert len(NEGATIVE) >= 80


def test_figure_is_frozen() -> None:
    f = find_figures("Có 5 lớp.")[0]
    assert isinstance(f, Figure)
    with pytest.raises(AttributeError):
        f.value = 6  # type: ignore[misc]
