"""How real published news writes its facts: one group per phenomenon, negatives included.

Every sentence was written for this table; each group names a way real
articles (national Party-building news, provincial and district portals)
write a kind of fact that the rules first missed or misread. Besides the
usual row checks, ``subject_excludes`` lists words that must not be part of
a subject (a cue, a base, a leftover of another figure, another item).
"""

from __future__ import annotations

import pytest
from tests._pages import assert_facts, count, course, extract_page, ids, rate, row, target

# 1. Subjects: the thing measured, never a verb, a cue alone, a base, a leftover or the next item.
SUBJECTS = [
    # the whole a level was reached over, at the head of the indicator ("toàn Đảng bộ", "toàn Đảng bộ
    # huyện", "toàn tỉnh"), is no part of what was measured
    row("Năm 2025, toàn Đảng bộ huyện đã kết nạp 186 đảng viên, đạt 112% chỉ tiêu.",
        count(186, "đảng viên"), rate(112, subject="kết nạp đảng viên", subject_excludes=["toàn", "bộ"]),
        id="SUBJECTS-whole-body-before-the-indicator"),
    row("Đến hết tháng 9, toàn tỉnh mới giải ngân 2.140 tỷ đồng, đạt 58% kế hoạch vốn.",
        count(2_140_000_000_000, "đồng"), rate(58, subject="giải ngân", subject_excludes=["toàn", "tỉnh"]),
        id="SUBJECTS-whole-province-before-the-indicator"),
    # a share alone in an aside right after a count measures the group counted, with what the words
    # after the aside say of it; after a bare counter ("người") the group named before stays
    row("Đến nay, toàn tỉnh có 98/124 xã (79%) đạt chuẩn nông thôn mới.",
        count(98, "xã"), rate(79, subject="xã đạt chuẩn nông thôn mới", subject_excludes=["toàn", "tỉnh"]),
        id="SUBJECTS-aside-share-after-a-count-and-its-description"),
    row("Trong đó, đại biểu được bầu tại đại hội cấp trên là 240 người (80%).",
        count(240, "người"), rate(80, subject="đại biểu được bầu"),
        id="SUBJECTS-aside-share-after-a-bare-counter-keeps-the-group-named-before"),
    # "theo …" after a share says by what measure, not what is measured; the agent before a goal cue
    # leaves a share's target too, and so does a due date written as a day ("trước ngày …")
    row("Năm 2026, huyện phấn đấu giảm tỷ lệ hộ nghèo từ 1,5% đến 2% theo chuẩn nghèo đa chiều.",
        target(1.5, "%", 2026, qualifier="range", value_max=2, subject="tỷ lệ hộ nghèo",
               subject_excludes=["chuẩn"]),
        id="SUBJECTS-by-what-measure-is-no-subject"),
    row("Đến năm 2027, huyện phấn đấu cán bộ người dân tộc thiểu số chiếm từ 40% trở lên.",
        target(40, "%", 2027, qualifier="at_least", subject="cán bộ người dân tộc thiểu số",
               subject_excludes=["phấn", "đấu"]),
        id="SUBJECTS-agent-before-a-goal-cue-leaves-a-share-target"),
    row("Ban Thường vụ yêu cầu các chi bộ hoàn thành 100% chỉ tiêu trước ngày 20/12/2026.",
        target(100, "%", 2026, subject="chỉ tiêu", subject_excludes=["20/12/2026", "ngày"]),
        id="SUBJECTS-due-day-is-no-part-of-a-share-target"),
    # who plans is no part of what is planned: after a goal cue with a deed of its own after it, the
    # agent before the cue leaves the target's subject; a passive or a preposition after the cue,
    # or a bare "sẽ", keeps the words before it (the amount planned)
    row("Năm 2025, Trung tâm Chính trị huyện Hoài Ân dự kiến mở 6 lớp sơ cấp lý luận chính trị.",
        target(6, "lớp", 2025, subject="mở lớp sơ cấp lý luận chính trị", subject_excludes=["Trung", "tâm"]),
        id="SUBJECTS-agent-before-a-goal-cue-leaves-the-target"),
    row("Năm 2026, Ban Thường vụ Huyện ủy phấn đấu kết nạp ít nhất 150 đảng viên mới.",
        target(150, "đảng viên mới", 2026, qualifier="at_least", subject="kết nạp đảng viên mới",
               subject_excludes=["Ban", "Thường"]),
        id="SUBJECTS-committee-before-phan-dau-leaves-the-target"),
    row("Giai đoạn II sẽ được bắt đầu từ năm 2026 với tổng kinh phí dự kiến cho giai đoạn này khoảng 10 "
        "triệu euro.",
        target(10_000_000, "euro", qualifier="approx", subject="tổng kinh phí giai đoạn này"),
        id="SUBJECTS-preposition-after-the-cue-keeps-the-amount"),
    # a place named by its kind and a proper name says where, not what was measured: it is no
    # part of the subject ("của tỉnh Kiên Giang", "huyện Yên Dũng thu …"), unless it is all there is
    row("Năm 2024, huyện Đông Anh thu ngân sách đạt 3.120 tỷ đồng, bằng 126% dự toán.",
        count(3120 * 10**9, "đồng"), rate(126, subject="thu ngân sách", subject_excludes=["Đông", "Anh"]),
        id="SUBJECTS-named-place-leading-the-indicator"),
    row("Tỷ lệ bao phủ bảo hiểm y tế của tỉnh Quảng Trị năm 2024 đạt 93,8%.",
        rate(93.8, subject="tỷ lệ bao phủ bảo hiểm y tế", subject_excludes=["Quảng", "Trị"]),
        id="SUBJECTS-named-place-after-of"),
    row("Xã Hòa Tiến đạt 100% chỉ tiêu.", rate(100, subject="Hòa Tiến"),
        id="SUBJECTS-named-place-alone-stays"),
    # "đạt" between an indicator and the amount it reached links them as "là" does: a "chiếm" share
    # after the amount is the indicator's; after a figure counting a noun of its own, that noun's
    row("Tổng thu ngân sách đạt 960 tỷ đồng, trong đó thu từ thuế đạt 410 tỷ đồng, chiếm 42,7%.",
        count(960 * 10**9, "đồng"), count(410 * 10**9, "đồng"),
        rate(42.7, subject="thu từ thuế", subject_excludes=["đạt"]),
        id="SUBJECTS-share-of-an-amount-reached"),
    row("Trong số 30 chỉ tiêu chủ yếu, thành phố đã đạt 27 chỉ tiêu, chiếm 90%.",
        count(30, "chỉ tiêu chủ yếu"), count(27, "chỉ tiêu"),
        rate(90, subject="chỉ tiêu", subject_excludes=["thành phố"]),
        id="SUBJECTS-share-of-a-noun-reached"),
    # a share after a part ("đã giải quyết 45 đơn, đạt 90%") whose whole was counted earlier in the
    # sentence (45 of 50 is 90%) measures the whole's noun and what was done to the part, whatever
    # clause stands between; when no earlier figure gives the share, the phrase before it stays
    row("Năm 2024, Ủy ban Kiểm tra tiếp nhận 50 đơn tố cáo đảng viên, đã xem xét, giải quyết 45 đơn, "
        "đạt 90%.",
        count(50, "đơn tố cáo"), count(45, "đơn"),
        rate(90, subject="đơn tố cáo đảng viên xem xét giải quyết", subject_excludes=["45"]),
        id="SUBJECTS-share-of-a-whole-counted-earlier"),
    row("Toàn tỉnh xảy ra 240 vụ cháy rừng, giảm 12 vụ so với năm trước; lực lượng chức năng đã xác minh, "
        "làm rõ nguyên nhân 228 vụ, đạt 95%.",
        count(240, ("vụ", "vụ cháy rừng"), change=("decrease", 12)), count(228, "vụ"),
        rate(95, subject="vụ cháy rừng xác minh làm rõ nguyên nhân", subject_excludes=["12", "năm"]),
        id="SUBJECTS-share-of-a-whole-before-another-clause"),
    row("Huyện có 64 hộ thuộc diện di dời khẩn cấp; đến nay đã bố trí tái định cư cho 48 hộ, đạt 75%.",
        count(64, "hộ"), count(48, "hộ"),
        rate(75, subject="hộ thuộc diện di dời khẩn cấp bố trí tái định cư"),
        id="SUBJECTS-share-of-a-whole-in-the-clause-before"),
    row("Xã có 300 hộ dân, đã vận động 120 hộ hiến đất làm đường, đạt 80% kế hoạch.",
        count(300, "hộ dân"), count(120, "hộ"), rate(80, subject="vận động hộ hiến đất làm đường"),
        id="SUBJECTS-share-of-a-plan-is-no-share-of-the-whole"),
    # a share alone in an aside after a name is that name's, a minus sign before it or not
    row("Giảm mạnh nhất là các mã như VHM (-4,2%), MWG (-3,5%) và FPT (-2,1%).",
        rate(4.2, subject="VHM"), rate(3.5, subject="MWG", subject_excludes=["VHM"]),
        rate(2.1, subject="FPT", subject_excludes=["MWG"]), id="SUBJECTS-signed-shares-in-asides"),
    # a plan's figure in an aside after the result ("(kế hoạch …)", "(chỉ tiêu …)") belongs to the
    # indicator that reached the result, never to the base alone
    row("Doanh thu của công ty đạt 820 tỷ đồng (kế hoạch 700 tỷ đồng).",
        count(820_000_000_000, "đồng"), target(700_000_000_000, "đồng", subject="Doanh thu của công ty"),
        id="SUBJECTS-plan-in-an-aside"),
    row("Năm 2023, huyện kết nạp 140 đảng viên (chỉ tiêu 120 đảng viên).",
        count(140, "đảng viên"), target(120, "đảng viên", 2023, subject="huyện kết nạp đảng viên"),
        id="SUBJECTS-quota-in-an-aside"),
    # an aside that is another figure with a word at most, or one the figure stands in, is no
    # part of a subject
    row("Số thu tiền sử dụng đất giảm so với năm trước (bằng 82%), trong khi thu từ dầu thô ước vượt "
        "16,2% so với dự toán.",
        rate(82),
        rate(16.2, subject="thu từ dầu thô", qualifier="more_than", subject_excludes=["bằng", "đất"]),
        id="SUBJECTS-other-figure-aside-dropped"),
    row("Có 45 học viên tốt nghiệp loại giỏi (tỉ lệ 83,3%).",
        count(45, "học viên"), rate(83.3, subject="học viên tốt nghiệp loại giỏi", subject_excludes=["tỉ"]),
        id="SUBJECTS-aside-the-share-stands-in"),
    # the next item of a list ("… và khóa XII là …") is not part of the one before
    row("Tỷ lệ nữ đại biểu khóa X là 26,2%; khóa XI là 27,31% và khóa XII là 25,76%.",
        rate(26.2), rate(27.31, subject="khóa XI"), rate(25.76, subject="khóa XII")),
    # an item that completes another share is no sibling of it
    row("Có 90% cơ quan đơn vị đạt văn hóa, đạt 101,5% nghị quyết.",
        rate(90, subject="cơ quan đơn vị đạt văn hóa"),
        rate(101.5, subject="cơ quan đơn vị đạt văn hóa so với nghị quyết")),
    # an adverb or half a compound before a change is no part of the subject; a grade is
    row("Giá vàng vừa tăng 3,7% trong tuần trước.", rate(3.7, subject="giá vàng")),
    row("Doanh thu thuần sụt giảm 14%.", rate(14, subject="doanh thu thuần")),
    row("Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên đạt trên 85%.",
        rate(85, qualifier="more_than", subject="tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên")),
    # a list of places after the indicator it measures: each item is that indicator in its place
    row("Tỷ lệ hộ nghèo các huyện: Mường Tè 25,3%, Sìn Hồ 20,1%.",
        rate(25.3, subject="tỷ lệ hộ nghèo Mường Tè"), rate(20.1, subject="tỷ lệ hộ nghèo Sìn Hồ")),
    row("Tỷ lệ cán bộ nữ ở một số tỉnh khá cao, như Bắc Giang 15,09%; Lâm Đồng 18,51%.",
        rate(15.09, subject="tỷ lệ cán bộ nữ Bắc Giang", subject_excludes=["cao", "như"]),
        rate(18.51, subject="tỷ lệ cán bộ nữ Lâm Đồng")),
    # a year's item in an aside breaks down the indicator before the aside
    row("Công tác điều tra, khám phá án đạt chỉ tiêu (năm 2022 đạt 70,5%; năm 2023 đạt 72,1%).",
        rate(70.5, subject="công tác điều tra, khám phá án năm 2022"),
        rate(72.1, subject="công tác điều tra, khám phá án năm 2023")),
    row("Tỷ lệ hộ nghèo giảm nhanh (năm 2022 còn 5,1%, năm 2023 còn 3,8%).",
        rate(5.1, subject="tỷ lệ hộ nghèo năm 2022"), rate(3.8, subject="tỷ lệ hộ nghèo năm 2023")),
    # a "chiếm" share counts the group its figure counts, with a modifier written before the figure;
    # a place that only has it, or an actor and its verb, adds nothing
    row("Trong đó nữ 12 đại biểu, chiếm 30,8%.", count(12, "đại biểu"), rate(30.8, subject="đại biểu nữ")),
    row("Toàn xã còn 45 hộ nghèo, chiếm 3,2%.", count(45, "hộ nghèo"), rate(3.2, subject="hộ nghèo")),
    # an item of a list of shares shares the indicator of the item before it
    row("Thu ngân sách đạt 108% dự toán, 112% so với cùng kỳ.",
        rate(108, subject="thu ngân sách"),
        rate(112, subject="thu ngân sách", subject_excludes=["108%", "dự"])),
    # a before/after pair of shares: both ends measure the indicator before "tăng từ"
    row("Tỷ trọng dịch vụ tăng từ 38,81% lên 41,72%; nông nghiệp giảm từ 20,5% xuống 17,9%.",
        rate(38.81, subject="tỷ trọng dịch vụ", subject_excludes=["từ", "lên"]),
        rate(41.72, subject="tỷ trọng dịch vụ"),
        rate(20.5, subject="nông nghiệp", subject_excludes=["từ", "xuống"]),
        rate(17.9, subject="nông nghiệp")),
    # another percentage ends the subject; a share of GDP measures the indicator before it
    row("Có 58,7% học viên đạt loại giỏi và 39,8% đạt loại khá.",
        rate(58.7, subject="học viên đạt loại giỏi", subject_excludes=["khá"]),
        rate(39.8, subject="đạt loại khá")),
    row("Bội chi ngân sách tăng từ 4,8% GDP lên 5,3% GDP.",
        rate(4.8, subject="bội chi ngân sách", subject_excludes=["từ", "lên"]),
        rate(5.3, subject="bội chi ngân sách", subject_excludes=["từ", "lên"])),
    # a share beyond a plan "so với kế hoạch" measures the indicator, never the other figure before it
    row("Doanh thu 6 tháng đạt 365,5 nghìn tỷ đồng, vượt 18,0% so với kế hoạch 6 tháng.",
        count(365_500_000_000_000, "đồng"),
        rate(18, qualifier="more_than", subject="doanh thu 6 tháng", subject_excludes=["365,5", "nghìn"])),
    # a share in an aside after a part of a whole is a share of the noun after the aside
    row("Qua bỏ phiếu, 194/195 (chiếm 99,5%) ủy viên đã đồng ý với tờ trình.",
        count(194, "ủy viên"), rate(99.5, subject_excludes=["qua", "bỏ", "phiếu"])),
    # after a figure, a comma ends the subject unless it joins another noun
    row("Liên quan đến thương vụ mua 95% cổ phần, rất nhiều cá nhân đã bị khởi tố.",
        rate(95, subject="cổ phần", subject_excludes=["nhiều", "cá", "nhân"])),
    row("Có 90% cán bộ, công chức có trình độ đại học.",
        rate(90, subject="cán bộ, công chức có trình độ đại học")),
    # a new statement about the share after a comma ends the subject
    row("Có hơn 7% nhân sự đề cử là cán bộ trẻ, tỷ lệ này đã tăng so với khóa trước.",
        rate(7, qualifier="more_than", subject_excludes=["tỷ", "lệ", "này"])),
    # a consequence ("nên", "vì vậy") and a comma before a name opening another clause end it
    row("Khoảng 70% học viên sử dụng ma túy tổng hợp nên tâm lý không ổn định.",
        rate(70, qualifier="approx", subject="học viên sử dụng ma túy tổng hợp", subject_excludes=["tâm"])),
    row("Sai phạm trong việc mua 80% cổ phần công ty X, Ban Thường vụ Tỉnh ủy đã kỷ luật ông A.",
        rate(80, subject="cổ phần công ty X", subject_excludes=["ban", "thường"])),
    row("Gần 90% cán bộ, CCVC của huyện có trình độ đại học.",
        rate(90, qualifier="nearly", subject="cán bộ, CCVC của huyện có trình độ đại học")),
    # an aside closing the indicator keeps its parenthesis
    row("Tổng sản phẩm trên địa bàn (GRDP) tăng bình quân 7,5% mỗi năm.",
        rate(7.5, subject="Tổng sản phẩm trên địa bàn (GRDP)")),
    row("Tỷ lệ hộ nghèo (theo chuẩn mới) giảm còn 3,2%.",
        rate(3.2, subject="Tỷ lệ hộ nghèo (theo chuẩn mới)")),
    # the ones a share applies to ("với", "đối với") or a base after an equivalence are no subject
    row("Mức phạt tối thiểu 8% với những người vi phạm hợp đồng là hợp lý.",
        target(8, "%", qualifier="at_least", subject="mức phạt", subject_excludes=["người", "vi"])),
    row("Năm nay tỷ lệ cán bộ được tuyển chọn qua thi tuyển đạt 25% đối với các sở, ngành.",
        rate(25, subject="tỷ lệ cán bộ được tuyển chọn qua thi tuyển", subject_excludes=["sở", "ngành"])),
    row("Người lao động phải trả khoản phí môi giới tương đương 30% tiền lương cho công ty.",
        rate(30, subject="khoản phí môi giới", subject_excludes=["lương", "công"])),
    # a share in parentheses after a change in points or money measures what changed
    row("Chốt phiên, chỉ số VN-Index đứng ở mức 502,13 điểm, tăng 0,56 điểm (0,11%).",
        rate(0.11, subject="chỉ số VN-Index", subject_excludes=["tăng"])),
    row("Chỉ số HNX30-Index giảm 0,86 điểm (-0,74%) xuống còn 115,08 điểm.",
        rate(0.74, subject="Chỉ số HNX30-Index")),
    # a target counted in the aside after an item measures that item; a money target's subject is
    # its indicator without the currency; the speaker of a plan and a bare verb are no subject
    row("Sở tuyển dụng 9 công chức theo chuyên ngành: kế toán (4 chỉ tiêu); xây dựng, giao thông "
        "(5 chỉ tiêu).",
        target(9, "công chức"), target(4, "chỉ tiêu", subject="kế toán"),
        target(5, "chỉ tiêu", subject="xây dựng, giao thông")),
    row("Phấn đấu đến năm 2030, thu ngân sách đạt trên 150 tỷ đồng.",
        target(150_000_000_000, "đồng", qualifier="more_than", deadline=2030, subject="thu ngân sách",
               subject_excludes=["đồng"])),
    row("Sở Nội vụ cho biết sẽ tuyển dụng 30 viên chức trong năm nay.",
        target(30, "viên chức", subject="tuyển dụng viên chức", subject_excludes=["sở", "nội", "biết"])),
    row("Trong nhiệm kỳ tới, Ban thường vụ Tỉnh ủy sẽ có không quá 15 người.",
        target(15, "người", qualifier="at_most", subject="Ban thường vụ Tỉnh ủy")),
    row("Theo thông báo, đoàn đại biểu của tỉnh sẽ gồm 45 người.",
        target(45, "người", subject="đoàn đại biểu của tỉnh")),
    # an amount beyond the plan between the indicator and its share leaves the indicator the subject
    row("Doanh thu năm 2023 đạt 520 tỷ đồng, vượt 40 tỷ đồng, vượt 8% kế hoạch năm.",
        count(520_000_000_000, "đồng"), count(40_000_000_000, "đồng", qualifier="more_than"),
        rate(8, qualifier="more_than", subject="doanh thu năm 2023")),
    # a share restated in an aside ("tức") measures what the share before it measures
    row("Lãi suất cho vay là 1,5%/tháng (tức 18%/năm).",
        rate(1.5, subject="lãi suất cho vay"), rate(18, subject="lãi suất cho vay")),
    # an indicator named before a share is what it measures, not the whole written after it
    row("Tỷ lệ lao động đã qua đào tạo nghề đạt 70% trong tổng số lao động của huyện.",
        rate(70, subject="tỷ lệ lao động đã qua đào tạo nghề")),
    # a share taken of a whole written after it is a share of the whole's noun
    row("Ông đánh giá việc giải quyết 85% trong tổng số hơn 2.000 kiến nghị là đáng ghi nhận.",
        rate(85, subject="kiến nghị", subject_excludes=["ông", "đánh"]),
        count(2000, "kiến nghị", qualifier="more_than")),
    # a consequence after a comma ends the subject
    row("Doanh nghiệp mua 95% cổ phần của công ty bạn, làm thất thoát lớn tài sản nhà nước.",
        rate(95, subject="cổ phần của công ty bạn", subject_excludes=["thất", "thoát"])),
    row("Ông được bầu làm bí thư với 100% số phiếu, thay cho ông Nam nghỉ hưu.",
        rate(100, subject="số phiếu", subject_excludes=["thay", "nghỉ"])),
    # "trong số đó" after a share: the share is of the group just named, the subject is what follows
    row("Huyện có 300 đảng viên trẻ, 40% trong số này là nữ.",
        count(300, "đảng viên trẻ"), rate(40, subject="nữ", subject_excludes=["trong", "số", "này"])),
    # a contrast ends the subject
    row("Tỷ lệ giải ngân đạt 62% kế hoạch vốn nhưng nhiều dự án vẫn chậm tiến độ.",
        rate(62, subject_excludes=["nhưng", "chậm"])),
    row("Năm 2024, thu ngân sách trên địa bàn huyện đạt 112% dự toán.",
        rate(112, subject="thu ngân sách", subject_excludes=["đạt"])),
    row("Diện tích gieo trồng vụ đông đạt 103% nghị quyết.",
        rate(103, subject="diện tích gieo trồng", subject_excludes=["đạt"])),
    row("Toàn xã còn 45 hộ nghèo, chiếm 3,2%.",
        count(45, "hộ nghèo"), rate(3.2, subject="hộ nghèo", subject_excludes=["chiếm", "còn"])),
    row("Số đảng viên nữ là 320 đồng chí, chiếm tỷ lệ 38,5%.",
        count(320, "đồng chí"), rate(38.5, subject="đảng viên nữ", subject_excludes=["chiếm", "tỷ"])),
    row("Thu ngân sách nhà nước đạt 520 tỷ đồng, bằng 108% dự toán.",
        count(520_000_000_000, "đồng"),
        rate(108, subject="thu ngân sách", subject_excludes=["đồng", "tỷ", "520", "bằng"])),
    row("Tỷ lệ nữ trong cấp ủy một số tỉnh còn thấp như Điện Biên 11,5%; Phú Yên 12,7%.",
        rate(11.5, subject="Điện Biên"), rate(12.7, subject_excludes=["11,5", "điện", "biên"])),
    row("“Hơn 80% người dân ủng hộ chủ trương sáp nhập thôn”, ông Hùng cho biết.",
        rate(80, qualifier="more_than", subject="người dân ủng hộ",
             subject_excludes=["ông", "hùng", "biết"])),
    row("Kết quả kiểm tra cho thấy 95% chi bộ thực hiện tốt quy chế; số còn lại cần chấn chỉnh.",
        rate(95, subject="chi bộ thực hiện tốt quy chế", subject_excludes=["còn", "lại", "chấn"])),
    row("Đến hết tháng 9, đã đạt 95%.",
        rate(95, subject_is="")),
    row("Sở đã cắt giảm 48 thủ tục hành chính, chiếm 31,2%.",
        count(48, "thủ tục hành chính"), rate(31.2, subject="thủ tục", subject_excludes=["sở", "cắt", "đã"])),
    row("Số cán bộ trong quy hoạch tăng, trong đó có 18,4% là cán bộ trẻ.",
        rate(18.4, subject="cán bộ trẻ", subject_excludes=["là"])),
    row("Số đảng viên người dân tộc Mông 1.120 đồng chí, chiếm 64,5%.",
        count(1120, "đồng chí"),
        rate(64.5, subject="đảng viên người dân tộc Mông", subject_excludes=["chí"])),
    row("Một số ngành tăng chậm lại (vận tải hành khách giảm 4,5%; bưu chính giảm 9%).",
        rate(4.5, subject="vận tải hành khách", subject_excludes=["ngành", "số"]),
        rate(9, subject="bưu chính", subject_excludes=["vận"]), id="SUBJECTS-inside-parentheses"),
    row("Trong khi đó, đầu tư nước ngoài giảm 28,4% so với cùng kỳ.",
        rate(28.4, subject="đầu tư nước ngoài"), id="SUBJECTS-dau-tu-is-no-time"),
    row("Đoàn có 38% thành viên nữ trên 120 thành viên đến từ nhiều nước.",
        rate(38, subject="thành viên nữ", subject_excludes=["120", "nước"]),
        count(120, "thành viên"),  # "trên" after the share and its noun: "out of", exact
        id="SUBJECTS-whole-after-share"),
    row("Tỷ lệ người dân hài lòng với dịch vụ y tế tuyến dưới đạt 85%.",
        rate(85, subject="tuyến dưới"), id="SUBJECTS-duoi-is-no-qualifier"),
    row("Toàn huyện có 1.250 đảng viên, trong đó nữ 420 đồng chí, chiếm 33,6%.",
        count(1250, "đảng viên"), count(420, "đồng chí"), rate(33.6, subject_is="nữ"),
        id="SUBJECTS-group-before-a-counter"),
    row("Tỷ lệ giải ngân vốn đầu tư công đạt 72,4%, cao nhất từ trước đến nay.",
        rate(72.4, subject="tỷ lệ giải ngân vốn đầu tư công", subject_excludes=["cao", "nhất"])),
    # an aside the share sits in ends its phrase
    row("Công ty liên doanh giữa Tổng công ty Hà Phát (nắm 65% vốn) và Công ty Minh Long ra đời năm 2005.",
        rate(65, subject_is="nắm vốn"), id="SUBJECTS-aside-ends-the-phrase"),
    row("Dự án có tổng vốn khoảng 12 triệu USD (trong đó 70% do Nhật Bản tài trợ) dưới sự giám sát của Bộ.",
        count(12_000_000, "USD", qualifier="approx"),
        rate(70, subject="Nhật Bản tài trợ", subject_excludes=["giám", "sát", "bộ"]),
        id="SUBJECTS-aside-agent"),
    # "thì" and "so với" open a clause of their own after a share
    row("Trong khi các trường công lập có tỷ lệ tốt nghiệp là 92 % thì các trường tư thục chỉ đạt 85%.",
        rate(92, subject="tỷ lệ tốt nghiệp", subject_excludes=["thì", "tư", "thục"]),
        rate(85, subject="trường tư thục", subject_excludes=["92", "thì", "nghiệp"]),
        id="SUBJECTS-thi-opens-a-clause"),
    # the base of a comparison measures what the compared share measures, at its own time
    row("Tỷ lệ hộ nghèo của huyện giảm còn 4,2% so với 6,8% của năm 2020.",
        rate(4.2, subject="tỷ lệ hộ nghèo", subject_excludes=["so", "với"]),
        rate(6.8, subject="tỷ lệ hộ nghèo năm 2020", subject_excludes=["so", "với"]),
        id="SUBJECTS-comparison-base-after-so-voi"),
    row("Năm nay có 55% hợp tác xã có lãi (so với 48% năm 2021).",
        rate(55, subject="hợp tác xã có lãi"), rate(48, subject="hợp tác xã có lãi năm 2021"),
        id="SUBJECTS-comparison-base-in-an-aside"),
    row("Tỷ lệ lạm phát tháng 5 ở mức 3,1%, thấp hơn so với dự báo trước đó là 3,4%.",
        rate(3.1, subject="tỷ lệ lạm phát"),
        rate(3.4, subject="tỷ lệ lạm phát dự báo", subject_excludes=["thấp", "so"]),
        id="SUBJECTS-comparison-base-a-forecast"),
    row("Số liệu cho thấy 20% hộ giàu được hưởng trợ cấp nhiều hơn so với 20% hộ nghèo.",
        rate(20, subject="hộ giàu", subject_excludes=["nghèo"]),
        rate(20, subject="hộ nghèo", subject_excludes=["giàu"]),
        id="SUBJECTS-comparison-base-with-its-own-noun"),
    row("Doanh thu tăng 10% so với cùng kỳ và 16% so với tháng trước.",
        rate(10, subject="doanh thu"), rate(16, subject_excludes=["cùng", "kỳ"]),
        id="SUBJECTS-two-bases-are-no-comparison-of-shares"),
    # both ends of a pair "từ X ... xuống Y" measure the indicator before it
    row("Tỷ lệ thất nghiệp giảm nhẹ từ mức 3,5% của quý I xuống 3,2%.",
        rate(3.5, subject="tỷ lệ thất nghiệp quý I", subject_excludes=["giảm", "nhẹ", "mức"]),
        rate(3.2, subject="tỷ lệ thất nghiệp", subject_excludes=["giảm", "nhẹ", "mức"]),
        id="SUBJECTS-pair-with-an-adverb"),
    row("Tỷ lệ đảng viên dự sinh hoạt tăng từ 81% năm 2021 lên 96% năm 2023.",
        rate(81, subject="tỷ lệ đảng viên dự sinh hoạt năm 2021"),
        rate(96, subject="tỷ lệ đảng viên dự sinh hoạt năm 2023"),
        id="SUBJECTS-pair-each-end-keeps-its-year"),
    row("Từ năm 2015 đến nay tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên đạt trên 88%.",
        rate(88, qualifier="more_than", subject="tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên"),
        id="SUBJECTS-tro-len-is-no-pair"),
    # a share joined by "với" to the clause before measures that clause's subject
    row("Tốc độ tăng doanh thu cao hơn tốc độ tăng chi phí, với mức tăng 9,2%.",
        rate(9.2, subject="tốc độ tăng doanh thu", subject_excludes=["chi", "phí", "với"]),
        id="SUBJECTS-with-after-a-comparison"),
    row("Nhóm ngân hàng dẫn đầu đà tăng, mạnh nhất là Vietcombank với 3,1%.",
        rate(3.1, subject_is="Vietcombank"), id="SUBJECTS-with-after-a-name"),
    row("Nhóm cổ phiếu ngân hàng tăng 1,8% nhờ Techcombank tăng 5,1% sau khi công bố lợi nhuận.",
        rate(1.8, subject="nhóm cổ phiếu ngân hàng"), rate(5.1, subject_is="Techcombank"),
        id="SUBJECTS-nho-opens-a-clause"),
    # the named item after "như" is what the share measures
    row("Các chỉ số khác cũng tăng điểm như Nikkei tăng 120 điểm, tương đương 0,6%.",
        rate(0.6, subject_is="Nikkei"), id="SUBJECTS-example-item"),
    # a clause conjunction or a verb that makes something change starts the subject after it
    row("Nếu như tháng trước giá tăng chủ yếu do học phí thì trong tháng này, CPI tăng 0,42%.",
        rate(0.42, subject_is="CPI"), id="SUBJECTS-thi-starts-the-clause"),
    row("Giá rau giảm, vì vậy chỉ số giá thực phẩm giảm 0,5%.",
        rate(0.5, subject_is="chỉ số giá thực phẩm"), id="SUBJECTS-vi-vay-starts-the-clause"),
    row("Lực cầu mạnh giúp VNM tăng 2,1% trong phiên chiều.",
        rate(2.1, subject_is="VNM"), id="SUBJECTS-giup-makes-the-change"),
    row("Nhu cầu xuất khẩu tăng khiến giá gạo tăng 4,5%.",
        rate(4.5, subject_is="giá gạo"), id="SUBJECTS-khien-makes-the-change"),
    row("Tỷ lệ lao động làm việc trong ngành nông nghiệp giảm 3%.",
        rate(3, subject="tỷ lệ lao động làm việc trong ngành nông nghiệp"),
        id="SUBJECTS-lam-viec-is-no-cause"),
    # shares written "respectively" go to the listed items in order
    row("Chỉ số giá vàng và chỉ số giá đô la Mỹ giảm so với tháng trước lần lượt 2,1% và 0,3%.",
        rate(2.1, subject_is="Chỉ số giá vàng"), rate(0.3, subject="đô la Mỹ", subject_excludes=["vàng"]),
        id="SUBJECTS-respectively-lan-luot"),
    row("Doanh thu và lợi nhuận của công ty tăng tương ứng 12% và 8%.",
        rate(12, subject_is="Doanh thu"), rate(8, subject="lợi nhuận", subject_excludes=["doanh"]),
        id="SUBJECTS-respectively-tuong-ung"),
    # the group a "chiếm" share counts starts after "đối với"
    row("Quy định này chỉ áp dụng đối với những hộ nông dân chiếm khoảng 60% dân số của xã.",
        rate(60, qualifier="approx", subject="hộ nông dân", subject_excludes=["quy", "định", "áp"]),
        id="SUBJECTS-group-after-doi-voi"),
    # a share alone in parentheses measures the noun phrase right before it
    row("Ông A được bầu với số phiếu rất cao (trên 96%).",
        rate(96, qualifier="more_than", subject_is="số phiếu rất cao"), id="SUBJECTS-aside-after-its-noun"),
    row("Kết quả lấy phiếu cho thấy ông B đạt mức tín nhiệm cao (92%).",
        rate(92, subject_is="mức tín nhiệm cao"), id="SUBJECTS-aside-after-a-verb"),
    row("Tăng mạnh nhất phải kể đến các mã như NLG (3,3%) và VSH (1,5%).",
        rate(3.3, subject_is="NLG"), rate(1.5, subject_is="VSH"), id="SUBJECTS-aside-after-an-example"),
    row("GRDP tăng 8,08% so với năm 2017, vượt kế hoạch đề ra (từ 7,3 – 7,5%).",
        rate(8.08, subject_is="GRDP"), target(7.3, value_max=7.5, unit="%", qualifier="range"),
        id="SUBJECTS-aside-after-a-plan-is-no-share-of-it"),
    # a verb and a cue alone name nothing: the group counted before the comma is measured
    row("Chi bộ có 1 đảng viên chính thức tán thành việc kết nạp, đạt tỉ lệ 100%.",
        count(1, "đảng viên chính thức"),
        rate(100, subject="đảng viên chính thức tán thành", subject_excludes=["đạt", "tỉ", "lệ"]),
        id="SUBJECTS-verb-and-cue-alone"),
    # a level's own figure and its linking verb are no part of its indicator
    row("Tổng doanh thu 9 tháng đạt 449 nghìn tỷ đồng, vượt 20,1% so với kế hoạch 9 tháng và bằng "
        "84,6% kế hoạch năm.",
        count(449_000_000_000_000, "đồng"),
        rate(20.1, qualifier="more_than", subject="tổng doanh thu 9 tháng"),
        rate(84.6, subject="tổng doanh thu 9 tháng", subject_excludes=["20,1%", "và", "bằng"]),
        id="SUBJECTS-sibling-share-after-va"),
    row("Tổng doanh thu 6 tháng đạt 200 nghìn tỷ đồng, bằng 52,1% kế hoạch 6 tháng, bằng 60% kế hoạch năm.",
        count(200_000_000_000_000, "đồng"), rate(52.1, subject="tổng doanh thu 6 tháng"),
        rate(60, subject="tổng doanh thu 6 tháng", subject_excludes=["52,1%"]),
        id="SUBJECTS-two-shares-of-plans"),
    # an item naming only its time measures the indicator of the clause before it, at that time
    row("Chi phí hoạt động của công ty trong quý 3 tăng 22% so với cùng kỳ, 9 tháng tăng 7% so với cùng kỳ.",
        rate(22, subject="chi phí hoạt động của công ty trong quý 3"),
        rate(7, subject="chi phí hoạt động 9 tháng", subject_excludes=["22%", "quý"]),
        id="SUBJECTS-time-item-after-a-change"),
    row("Doanh thu năm 2022 đạt 45%, năm 2023 đạt 52%.",
        rate(45, subject="doanh thu năm 2022"),
        rate(52, subject="doanh thu năm 2023", subject_excludes=["2022", "đạt"]),
        id="SUBJECTS-time-item-after-a-level"),
    row("Năm 2021 có 62% hộ dùng nước sạch, năm 2022 là 71% và năm 2023 là 80%.",
        rate(62, subject="hộ dùng nước sạch"),
        rate(71, subject="hộ dùng nước sạch năm 2022", subject_excludes=["62%", "Năm 2021"]),
        rate(80, subject="hộ dùng nước sạch năm 2023", subject_excludes=["62%", "71%", "2022"]),
        id="SUBJECTS-time-items-after-a-share-with-no-link"),
    # an item written as a label and its figure after an item with a figure: the label is the subject;
    # a restatement ("tương đương") or a place after the indicator is no such label
    row("Năm 2027, công ty dự kiến doanh thu đạt 500 tỷ đồng; lợi nhuận sau thuế đạt 50 tỷ đồng, cổ tức 15%.",
        target(500_000_000_000, "đồng", deadline=2027, subject="doanh thu"),
        target(50_000_000_000, "đồng", deadline=2027, subject="lợi nhuận sau thuế"),
        target(15, "%", deadline=2027, subject="cổ tức", subject_excludes=["lợi nhuận"]),
        id="SUBJECTS-label-item-of-a-plan"),
    row("Kết quả, doanh thu tăng 12%, lợi nhuận 8%.",
        rate(12, subject="doanh thu"), rate(8, subject="lợi nhuận", subject_excludes=["doanh thu"]),
        id="SUBJECTS-label-item-after-a-change"),
    row("Chỉ số Dow Jones tăng 75,46 điểm, tương đương 0,49%.",
        rate(0.49, subject="Dow Jones", subject_excludes=["tương đương"]),
        id="SUBJECTS-restated-figure-is-no-label"),
    row("Tỷ lệ cán bộ trẻ ở một số tỉnh còn thấp, như Điện Biên 11,54%, Phú Yên 10,7%.",
        rate(11.54, subject="tỷ lệ cán bộ trẻ Điện Biên"), rate(10.7, subject="tỷ lệ cán bộ trẻ Phú Yên"),
        id="SUBJECTS-place-items-keep-their-indicator"),
    # each labelled share of a list after an earlier one measures its own label
    row("Nợ công ở mức 45% GDP, dư nợ chính phủ là 38% GDP và dư nợ nước ngoài 32% GDP.",
        rate(45, subject="nợ công"), rate(38, subject="dư nợ chính phủ"),
        rate(32, subject="dư nợ nước ngoài", subject_excludes=["chính phủ"]),
        id="SUBJECTS-labelled-shares-of-gdp"),
    row("Thu ngân sách đạt 520 tỷ đồng, bằng 108% dự toán và chi ngân sách đạt 96% dự toán.",
        count(520_000_000_000, "đồng"), rate(108, subject="thu ngân sách"),
        rate(96, subject="chi ngân sách", subject_excludes=["bằng", "thu"]),
        id="SUBJECTS-second-share-of-plan"),
    row("Tỷ lệ hộ nghèo giảm còn 6,11%, giảm 1,66%, đạt 166% nghị quyết.",
        rate(6.11, subject="tỷ lệ hộ nghèo", change=("decrease", 1.66)), rate(166, subject="tỷ lệ hộ nghèo"),
        id="SUBJECTS-change-clause-is-no-new-item"),
    # a price as a share of its cost ("X% giá thành") measures the price; a topic marker opens no subject
    row("Giá bán điện hiện chỉ bằng 90% giá thành.", rate(90, subject="giá bán điện"),
        id="SUBJECTS-share-of-cost"),
    row("Liên quan đến giá bán than cho điện đã được điều chỉnh tăng 14%, từ mức 86% giá thành lên 100% "
        "giá thành.",
        rate(86, subject="giá bán than cho điện", subject_excludes=["liên quan"]),
        rate(100, subject="giá bán than cho điện", change=("increase", 14)),
        id="SUBJECTS-pair-of-cost-shares"),
    # an estimate or forecast word between the indicator and its figure is no part of the subject
    row("Với mức bội chi này, nợ công dự kiến 56,2% GDP.",
        rate(56.2, subject="nợ công", subject_excludes=["dự kiến"]),
        id="SUBJECTS-forecast-word-is-no-subject"),
    # "cùng kỳ" after a change is the base it is compared with ("so với" left out), never the subject
    row("Chi phí quản lý của ngân hàng trong quý 2 giảm 15% cùng kỳ năm trước, 6 tháng giảm 11% cùng kỳ.",
        rate(15, subject="chi phí quản lý của ngân hàng trong quý 2"),
        rate(11, subject="chi phí quản lý của ngân hàng 6 tháng", subject_excludes=["cùng kỳ"]),
        id="SUBJECTS-same-period-is-a-base"),
    row("Số vụ phạm pháp hình sự giảm 12%, năm 2024 giảm 9%.",
        rate(12, subject="số vụ phạm pháp hình sự"), rate(9, subject="số vụ phạm pháp hình sự năm 2024"),
        id="SUBJECTS-time-item-of-a-count"),
    row("Thu ngân sách đạt 520 tỷ đồng, 112% so với cùng kỳ.",
        count(520_000_000_000, "đồng"),
        rate(112, subject="thu ngân sách", subject_excludes=["đạt", "520", "tỷ"]),
        id="SUBJECTS-no-amount-of-the-level"),
    row("Chỉ số HNX-Index đứng ở mức 61,96 điểm, tăng 0,48 điểm (0,77%).",
        rate(0.77, subject_is="Chỉ số HNX-Index"), id="SUBJECTS-index-level-is-no-part"),
    row("Số đại biểu được bầu tại đại hội là 1.300 người, chiếm trên 86%.",
        count(1300, "người"),
        rate(86, qualifier="more_than", subject="đại biểu được bầu", subject_excludes=["1.300", "là"]),
        id="SUBJECTS-counted-group-without-its-figure"),
    row("Toàn tỉnh có 120 xã đạt chuẩn nông thôn mới, với tỷ lệ 85%.",
        count(120, "xã"), rate(85, subject="xã đạt chuẩn nông thôn mới", subject_excludes=["với", "tỷ"]),
        id="SUBJECTS-with-a-share-of-the-group-counted"),
    # an amount brought in after the group ("với số tiền", "với khoảng", "tương đương") is another
    # fact's: the phrase a share is of ends before it, and a thousands dot ends no phrase
    row("Hội đã tặng quà cho 75% hộ nghèo của xã với số tiền 500.000 đồng mỗi suất.",
        rate(75, subject_is="hộ nghèo của xã"), count(500_000, "đồng"),
        id="SUBJECTS-amount-brought-in-with-voi-so-tien"),
    row("Lợi nhuận trước thuế đạt 71% kế hoạch năm, với khoảng 1.250 tỷ đồng.",
        rate(71, subject="lợi nhuận trước thuế", subject_excludes=["khoảng", "1"]),
        count(1_250_000_000_000, "đồng", qualifier="approx"),
        id="SUBJECTS-amount-brought-in-with-bare-voi"),
    # a plan's share after a comma measures the whole deed after its past marker, when commas inside
    # the deed cut the phrase before the share short; not its change, not a share of its own item
    row("Năm 2025, huyện đã sửa chữa 46 nhà cho hộ nghèo, hộ gia đình chính sách, đạt 92% kế hoạch.",
        count(46, "nhà"),
        rate(92, subject_is="sửa chữa nhà cho hộ nghèo, hộ gia đình chính sách so với kế hoạch"),
        id="SUBJECTS-plan-share-of-a-deed-with-commas"),
    row("Năm 2025, hội đã phối hợp mở 12 lớp tập huấn cho 840 hội viên của 15 xã, thị trấn, "
        "đạt 110% kế hoạch.",
        {"type": "course", "classes": 12, "learners": 840}, count(15, "xã, thị trấn"),
        rate(110, subject_is="phối hợp mở lớp tập huấn cho hội viên của xã, thị trấn so với kế hoạch"),
        id="SUBJECTS-plan-share-of-training-with-commas"),
    row("Năm 2025, xã đã kết nạp 31 đảng viên, tăng 6 đảng viên so với năm 2024, đạt 124% chỉ tiêu.",
        count(31, "đảng viên", change=("increase", 6)),
        rate(124, subject_is="kết nạp đảng viên so với chỉ tiêu"),
        id="SUBJECTS-plan-share-of-a-deed-not-its-change"),
    row("Năm 2025, Sở đã cấp 920 giấy phép, giải ngân vốn sự nghiệp đạt 88,5% kế hoạch.",
        count(920, "giấy phép"), rate(88.5, subject_is="giải ngân vốn sự nghiệp so với kế hoạch"),
        id="SUBJECTS-plan-share-of-its-own-item"),
    # a share restating a change just counted measures the noun and its change, or the number the
    # clause names
    row("Năm 2023, huyện đã giảm 46 biên chế viên chức, tương đương 9,8%.",
        count(46, "biên chế"), rate(9.8, subject_is="biên chế viên chức giảm"),
        id="SUBJECTS-share-restating-a-change"),
    row("Sau sắp xếp, số tổ dân phố giảm 58 tổ, tương ứng 31%.",
        count(58, "tổ"), rate(31, subject_is="số tổ dân phố giảm"),
        id="SUBJECTS-share-restating-a-named-change"),
    row("Năm 2023, xã có 46 hộ nghèo, tương đương 4,1% số hộ.",
        count(46, "hộ nghèo"), rate(4.1, subject_excludes=["giảm", "tăng"]),
        id="SUBJECTS-share-of-a-level-no-change"),
    row("Có 64% hộ dân có thu nhập trên 4.500.000 đồng mỗi tháng.",
        rate(64, subject="hộ dân có thu nhập", subject_excludes=["4", "trên"]),
        count(4_500_000, "đồng/tháng", qualifier="more_than"),
        id="SUBJECTS-thousands-dot-ends-no-phrase"),
    row("Doanh thu của công ty giảm 12% so với 3.400 tỷ đồng của năm trước.",
        rate(12, subject="doanh thu của công ty"), count(3_400_000_000_000, "đồng"),
        id="SUBJECTS-so-voi-a-figure-is-a-base-not-an-amount"),
    # a photo credit closing a caption is no part of a subject
    row("Học phí các trường công lập sẽ tăng 8% từ năm học tới - Ảnh: Minh Anh",
        target(8, "%", subject="học phí các trường công lập", subject_excludes=["Ảnh", "Minh"]),
        id="SUBJECTS-photo-credit-after-a-dash"),
    row("Phụ cấp của công an xã sẽ tăng 300.000 đồng mỗi tháng - Ảnh minh họa",
        target(300_000, "đồng/tháng", subject="phụ cấp của công an xã", subject_excludes=["Ảnh", "tăng"]),
        id="SUBJECTS-verb-alone-after-the-cue-takes-the-clause-before"),
    # a plan's cue is no part of the indicator; an amount that restates a planned share is that indicator
    row("Bội chi ngân sách của tỉnh dự kiến 4,2%, tương đương khoảng 380.000 tỷ đồng.",
        target(4.2, "%", subject_is="Bội chi ngân sách của tỉnh"),
        target(380_000_000_000_000, "đồng", qualifier="approx", subject_is="Bội chi ngân sách của tỉnh"),
        id="SUBJECTS-restated-plan-and-no-closing-cue"),
    # a share or a change in an aside after a comparative of time measures the same indicator
    # then; after a comparative naming something else, that thing
    row("Tỷ lệ hộ nghèo của huyện giảm còn 3,2%, thấp hơn năm 2022 (4,1%).",
        rate(3.2, subject="tỷ lệ hộ nghèo của huyện"),
        rate(4.1, subject="tỷ lệ hộ nghèo của huyện năm 2022", subject_excludes=["thấp", "hơn"]),
        id="SUBJECTS-aside-after-a-comparative-of-time"),
    row("Kim ngạch xuất khẩu quý I đạt mức tăng 9,2%, cao hơn cùng kỳ năm trước (tăng 6,8%).",
        rate(9.2),
        rate(6.8, subject="kim ngạch xuất khẩu cùng kỳ năm trước", subject_excludes=["cao", "hơn"]),
        id="SUBJECTS-change-in-an-aside-after-a-comparative"),
    row("Chỉ số hài lòng của tỉnh đạt 71,2%, thấp hơn so với chỉ số chung của cả nước (80,9%).",
        rate(71.2), rate(80.9, subject="chỉ số chung của cả nước"),
        id="SUBJECTS-aside-after-a-comparative-of-another-thing"),
    # foreign money is money: its currency is the unit, no part of a target's subject
    row("Dự án sẽ được triển khai với kinh phí dự kiến khoảng 10 triệu Euro.",
        target(10_000_000, "Euro", qualifier="approx", subject="kinh phí", subject_excludes=["euro"]),
        id="SUBJECTS-target-in-foreign-money"),
    # the phrase that says when a target is due is its deadline, no part of its subject
    row("Huyện phấn đấu cấp nước sạch cho 95% hộ dân nông thôn vào cuối năm 2027.",
        target(95, "%", 2027, subject_is="hộ dân nông thôn"), id="SUBJECTS-target-without-its-due-date"),
    row("Mục tiêu của tỉnh là thu nhập bình quân đầu người đến năm 2030 đạt 120 triệu đồng/năm.",
        target(120_000_000, "đồng/năm", 2030, subject="thu nhập bình quân đầu người",
               subject_excludes=["2030", "đến"]),
        id="SUBJECTS-target-due-date-inside-the-lead"),
    row("Dự án sẽ được triển khai từ năm 2026 đến năm 2028 với tổng vốn 45 tỷ đồng.",
        target(45_000_000_000, "đồng", 2028, subject_excludes=["2026", "2028", "từ"]),
        id="SUBJECTS-target-without-its-period"),
    # a "chiếm" share right after a count is a share of the group counted, also when the whole
    # is written after it ("…, chiếm 8% tổng số đảng viên"): never the container that holds the
    # group ("Đảng bộ có …"), nor the words of an earlier clause; an amount counts no group
    row("Đảng bộ huyện hiện có 736 đảng viên đi làm ăn xa, chiếm gần 8% tổng số đảng viên.",
        count(736, "đảng viên"),
        rate(8, qualifier="nearly", subject_is="đảng viên đi làm ăn xa trong tổng số đảng viên"),
        id="SUBJECTS-share-of-a-count-with-its-whole"),
    row("Toàn xã còn 45 hộ nghèo, chiếm 3,2% trong tổng số hộ.",
        count(45, "hộ nghèo"), rate(3.2, subject_is="hộ nghèo trong tổng số hộ"),
        id="SUBJECTS-share-of-a-count-among-its-whole"),
    row("Chi hội có 1.480 hội viên, chiếm 72,5% tổng số phụ nữ trong thôn.",
        count(1480, "hội viên"), rate(72.5, subject="hội viên", subject_excludes=["chi", "có", "so"]),
        id="SUBJECTS-share-of-a-count-not-its-container"),
    row("Chi bộ có 25 đảng viên trẻ, chiếm 40%.",
        count(25, "đảng viên trẻ"), rate(40, subject_is="đảng viên trẻ"),
        id="SUBJECTS-share-of-a-count-not-its-container-alone"),
    row("Tỉnh thu ngân sách được 520 tỷ đồng, chiếm 52% tổng thu của cả vùng.",
        count(520_000_000_000, "đồng"), rate(52, subject="thu ngân sách", subject_excludes=["520", "đồng"]),
        id="SUBJECTS-share-of-an-amount-is-the-indicator"),
    row("Sáng nay mã này khớp 300.000 cổ phiếu thì khối ngoại mua tới 250.000 cổ phiếu, chiếm 83% "
        "giao dịch.",
        count(300_000, "cổ phiếu"), count(250_000, "cổ phiếu"),
        rate(83, subject="khối ngoại mua", subject_excludes=["300.000", "khớp", "thì", "phiếu"]),
        id="SUBJECTS-share-of-a-count-in-its-own-clause"),
    row("Năm qua phát hiện 2.400 vụ vi phạm, trong đó buôn lậu gần 300 vụ (chiếm 12,5%).",
        count(2400, "vụ vi phạm"), count(300, "vụ", qualifier="nearly"),
        rate(12.5, subject_is="buôn lậu"), id="SUBJECTS-share-of-cases-is-the-offence"),
    # a cause after a linked figure ("là 3,5% do …", "đạt 92% nhờ …", "giảm xuống 0,2% do …")
    # names no subject: what is measured stands before the verb; after a bare share in a
    # breakdown "do" names the agent of the part ("trong đó 89% do … tài trợ")
    row("Tỷ lệ hộ nghèo toàn huyện là 3,5% do nhiều hộ tái nghèo sau lũ.",
        rate(3.5, subject="tỷ lệ hộ nghèo", subject_excludes=["do", "tái", "lũ"]),
        id="SUBJECTS-cause-after-a-copula"),
    row("Tỷ lệ tham gia bảo hiểm y tế đạt 92% nhờ sự vào cuộc của cả hệ thống chính trị.",
        rate(92, subject="tỷ lệ tham gia bảo hiểm y tế", subject_excludes=["nhờ", "cuộc"]),
        id="SUBJECTS-cause-after-dat"),
    row("Nhóm nhà ở là nhóm duy nhất giảm xuống 0,2% do giá điện giảm.",
        rate(0.2, subject="nhóm nhà ở", subject_excludes=["do", "điện"]),
        id="SUBJECTS-cause-after-a-fall"),
    row("Dự án có tổng vốn 7 triệu USD, trong đó 89% do Ngân hàng Thế giới tài trợ.",
        count(7_000_000, "USD"), rate(89, subject="Ngân hàng Thế giới tài trợ"),
        id="SUBJECTS-agent-after-a-bare-share"),
    # a rate named before the verb of its figure is the subject; the noun after the figure is its
    # base ("là 4,2% vốn điều lệ"), and so is the next sentence run on without its full stop;
    # a "còn" that opens the clause ("…, còn 70% …") links nothing named before it
    row("Tỷ lệ sở hữu của quỹ tương ứng là 4,2% vốn điều lệ.",
        rate(4.2, subject_is="tỷ lệ sở hữu của quỹ"), id="SUBJECTS-named-rate-before-a-base"),
    row("Toàn tỉnh có 95% xã đạt chuẩn nông thôn mới, tỷ lệ hộ nghèo năm 2024 còn 2,15% Công tác "
        "xây dựng Đảng được quan tâm.",
        rate(95, subject="xã đạt chuẩn nông thôn mới"),
        rate(2.15, subject="tỷ lệ hộ nghèo năm 2024", subject_excludes=["công", "tác"]),
        id="SUBJECTS-named-rate-before-a-run-on-sentence"),
    row("Hiện chỉ có 30% hợp tác xã có lãi, còn 70% hợp tác xã hoạt động cầm chừng.",
        rate(30, subject="hợp tác xã có lãi"),
        rate(70, subject="hợp tác xã hoạt động cầm chừng", subject_excludes=["lãi"]),
        id="SUBJECTS-con-opening-the-clause-links-nothing"),
    # the share in an aside after an amount beyond a plan measures the indicator that reached
    # the level, like a change's share ("tăng 0,56 điểm (0,11%)")
    row("Sản lượng than 9 tháng đạt 30,2 triệu tấn, vượt 1,1 triệu tấn (vượt 3,8%) so với kế hoạch.",
        rate(3.8, qualifier="more_than", subject="sản lượng than 9 tháng", subject_excludes=["1,1", "tấn"]),
        id="SUBJECTS-share-of-an-excess-in-an-aside"),
    # a comma item opened by a verb of handling cases is an action, not another noun of a list
    # after the share
    row("Cuộc họp bàn về việc công ty mẹ mua 60% vốn của công ty con, xem xét, xử lý trách nhiệm "
        "của các cá nhân liên quan.",
        rate(60, subject="vốn của công ty con", subject_excludes=["xem", "xử", "cá"]),
        id="SUBJECTS-handling-verb-ends-the-noun-list"),
    # a speaker and the verb that reports what follows ("… cho biết", "… cho rằng") are no part
    # of the subject before a figure, nor a concession opening its clause ("dù", "mặc dù");
    # a noun spelled like a speech verb stays ("đồng ý với đề nghị của …")
    row("Năm ngoái, Hội Luật gia tỉnh cho biết số hội viên tham gia tư vấn pháp luật chỉ chiếm khoảng "
        "42% tổng số hội viên.",
        rate(42, qualifier="approx", subject="số hội viên tham gia tư vấn pháp luật",
             subject_excludes=["hội luật gia", "biết"]),
        id="SUBJECTS-speaker-before-the-subject"),
    row("Lãnh đạo Sở giải thích, mức phạt 15% nhằm bù đắp chi phí đào tạo.",
        target(15, "%", subject_is="mức phạt"), id="SUBJECTS-speaker-and-comma-before-the-subject"),
    row("Chủ tịch tỉnh cho rằng dù kinh tế tỉnh quý I tăng 6,9% nhưng vẫn còn nhiều thách thức.",
        rate(6.9, subject_is="kinh tế tỉnh quý I"), id="SUBJECTS-speaker-and-concession-before-the-subject"),
    # a clause of time ("… khi …") has its own subject: what stands before "khi" is not it
    row("Thị trường chững lại khi giá cổ phiếu ngân hàng giảm 3,5%.",
        rate(3.5, subject_is="giá cổ phiếu ngân hàng"), id="SUBJECTS-clause-of-time"),
    row("Dư luận bất ngờ khi nhiều thí sinh đạt điểm từ 9 trở lên, chiếm 4,7% số thí sinh cả nước.",
        rate(4.7, subject="thí sinh đạt điểm", subject_excludes=["dư", "luận", "khi"]),
        id="SUBJECTS-clause-of-time-before-a-share"),
    # a group written after its share is cut to a noun phrase's length, but never inside a
    # word: a phrase a few words longer stays whole, and a cut falls before the preposition
    # whose object it would sever
    row("Hiện nay, có 95% thủ tục hành chính của cấp xã được tiếp nhận, giải quyết trên môi trường "
        "điện tử.",
        rate(95, subject_is="thủ tục hành chính của cấp xã được tiếp nhận, giải quyết trên môi trường "
                            "điện tử"),
        id="SUBJECTS-long-group-after-the-share-whole"),
    row("Có tới 43% người bệnh hoặc người nhà bệnh nhân đã phải chi tiền bồi dưỡng thêm cho cán bộ y tế ở "
        "bệnh viện tuyến huyện.",
        rate(43, subject="người bệnh hoặc người nhà bệnh nhân đã phải chi tiền bồi dưỡng thêm",
             subject_excludes=["cho", "cán"]),
        id="SUBJECTS-long-group-after-the-share-cut-before-a-preposition"),
    # an amount restated after a link word ("…, tương đương 173.000 đồng") measures the
    # indicator of the clause before it, without that clause's change; never the link word
    row("Dịp Tết, tiền ăn của mỗi học viên sẽ được tăng thêm 3 lần so với ngày thường, tương đương "
        "120.000 đồng / người / ngày.",
        target(120_000, "đồng/người/ngày", subject="tiền ăn của mỗi học viên",
               subject_excludes=["tương", "đương", "tăng", "3"]),
        id="SUBJECTS-target-restated-after-a-link-word"),
    # a noun ending in a linking verb's word ("mặt bằng") keeps it at the end of a subject
    row("Nhóm ý kiến về giải phóng mặt bằng chiếm khoảng 40%.",
        rate(40, qualifier="approx", subject_is="nhóm ý kiến về giải phóng mặt bằng"),
        id="SUBJECTS-noun-ending-in-a-link-word"),
    # a share that restates the fraction just before it (28/30 is 93,3%) measures the group the
    # fraction counts; a place before "có" holds the group, "chỉ" says how many, not which
    row("Đến cuối năm, có 28/30 chi bộ hoàn thành kế hoạch kiểm tra, giám sát năm, đạt 93,3%.",
        count(28, "chi bộ"),
        rate(93.3, subject="chi bộ hoàn thành kế hoạch kiểm tra", subject_excludes=["cuối", "năm"]),
        id="SUBJECTS-share-restating-a-fraction"),
    row("Toàn huyện có 25 xã đạt chuẩn nông thôn mới, chiếm 83,3%.",
        count(25, "xã"), rate(83.3, subject_is="xã đạt chuẩn nông thôn mới"),
        id="SUBJECTS-share-of-a-count-after-a-place"),
    row("Trong 530 doanh nghiệp, chỉ 41 doanh nghiệp có tổ chức đảng, chiếm chưa đến 8%.",
        count(530, "doanh nghiệp"), count(41, "doanh nghiệp"),
        rate(8, qualifier="less_than", subject="doanh nghiệp có tổ chức đảng", subject_excludes=["chỉ"]),
        id="SUBJECTS-share-of-a-count-after-chi"),
    # a subject that points back to the rate named just before ("con số này", "tỷ lệ này") is
    # that rate's; "tỷ lệ này" takes a "tỷ lệ …" or a share of a group named after its figure,
    # never a change, a rate two sentences away, or one behind a nearer "tỷ lệ" with no figure
    row("Năm 2021, tỷ lệ hộ nghèo của xã là 22%. Đến cuối năm 2023 con số này giảm còn 9,5%.",
        rate(22, subject_is="tỷ lệ hộ nghèo của xã"),
        rate(9.5, subject="tỷ lệ hộ nghèo của xã", subject_excludes=["con số này"]),
        id="SUBJECTS-pointer-to-the-rate-before"),
    row("Khoảng 70% người được hỏi hài lòng. Ở nhóm trẻ, tỷ lệ này chỉ là 55%.",
        rate(70, qualifier="approx", subject="người được hỏi hài lòng"),
        rate(55, subject="người được hỏi hài lòng", subject_excludes=["này"]),
        id="SUBJECTS-pointer-to-a-share-of-a-group"),
    row("Năm 2011, 71% số người được hỏi cho biết đã đi bầu. Nhưng năm 2014 tỷ lệ này chỉ còn 51%.",
        rate(71, subject="số người được hỏi cho biết đã đi bầu"),
        rate(51, subject="số người được hỏi cho biết đã đi bầu", subject_excludes=["này"]),
        id="SUBJECTS-pointer-to-a-share-of-a-group-the-sentence-before"),
    row("Năm 2020, 60% hộ dân dùng nước sạch, đến năm 2024 tỷ lệ này là 85%.",
        rate(60, subject="hộ dân dùng nước sạch"), rate(85, subject="hộ dân dùng nước sạch"),
        id="SUBJECTS-pointer-to-a-share-of-a-group-in-the-same-sentence"),
    row("Doanh thu năm 2023 tăng 8%. Năm 2024 tỷ lệ này là 10%.",
        rate(8, subject="Doanh thu"), rate(10, subject_is="tỷ lệ này"),
        id="SUBJECTS-pointer-kept-after-a-change"),
    row("Có 3% công ty trả thêm lương tháng thứ 14. Tỷ lệ trả lương tháng 13 không đổi nhưng ở công ty "
        "trong nước thì tỷ lệ này đã giảm 15%.",
        rate(3, subject="công ty trả thêm lương tháng thứ 14"), rate(15, subject_excludes=["14"]),
        id="SUBJECTS-pointer-kept-behind-a-nearer-rate-without-figure"),
    row("Năm 2020, 60% hộ dân dùng nước sạch. Năm 2022, doanh thu tăng 5%. Đến năm 2024 tỷ lệ này là 85%.",
        rate(60, subject="hộ dân dùng nước sạch"), rate(5, subject="doanh thu"),
        rate(85, subject_excludes=["hộ dân"]), id="SUBJECTS-pointer-kept-two-sentences-away"),
    # a breakdown marker ("trong đó") opens the group a "chiếm" share counts; the whole it is
    # a share of (written after the share, or counted just before the marker) follows "trong"
    row("Cơ cấu doanh thu năm 2024 thay đổi nhiều, trong đó nhóm doanh nghiệp nhà nước chiếm tỷ lệ 41% "
        "tổng doanh thu toàn khối.",
        rate(41, subject_is="nhóm doanh nghiệp nhà nước trong tổng doanh thu toàn khối"),
        id="SUBJECTS-share-group-after-a-breakdown-marker"),
    row("Tổng số hộ được vay vốn tăng mạnh, trong đó hộ cận nghèo chiếm 35%.",
        rate(35, subject_is="hộ cận nghèo"), id="SUBJECTS-share-group-after-trong-do"),
    row("Năm nay huyện kết nạp 260 đảng viên mới, trong đó đoàn viên chiếm gần 70%.",
        count(260, "đảng viên mới"), rate(70, qualifier="nearly", subject_is="đoàn viên trong đảng viên mới"),
        id="SUBJECTS-share-group-of-the-whole-counted-before"),
    row("Người dân tộc Mông chiếm khoảng 62% dân số toàn huyện.",
        rate(62, qualifier="approx", subject_is="người dân tộc Mông trong dân số toàn huyện"),
        id="SUBJECTS-share-group-then-its-whole"),
    # items "label là N%" of a list after a colon measure the indicator named before the colon
    row("Qua các nhiệm kỳ, số nữ đại biểu trong Hội đồng nhân dân luôn đạt tỷ lệ khá: khóa X là 24,5%; "
        "khóa XI là 26,1% và khóa XII là 27%.",
        rate(24.5, subject="số nữ đại biểu khóa X"), rate(26.1, subject="số nữ đại biểu khóa XI"),
        rate(27, subject="số nữ đại biểu khóa XII", subject_excludes=["luôn", "đạt"]),
        id="SUBJECTS-copula-items-after-a-colon"),
    # a time span opened after a comma ends the noun after a share
    row("Từ 5% nữ cán bộ chủ chốt năm 2010, cho tới những năm gần đây, số nữ cán bộ đã tăng nhiều.",
        rate(5, subject_is="nữ cán bộ chủ chốt năm 2010"), id="SUBJECTS-share-before-a-time-span"),
    # a percentage change whose clause names its own subject is no change of the share before it
    row("Nhiệm kỳ này có 24,4% đại biểu nữ, tỷ lệ nữ đại biểu tái cử tăng 13,98%.",
        rate(24.4, subject="đại biểu nữ", change=None), rate(13.98, subject="tỷ lệ nữ đại biểu tái cử"),
        id="SUBJECTS-change-with-its-own-subject-after-a-share"),
    row("Có hơn 7% nhân sự đề cử là cán bộ trẻ, tỷ lệ này đã tăng khoảng 3,65% so với khóa trước.",
        rate(7, qualifier="more_than", change=("increase", 3.65)),
        id="SUBJECTS-change-of-the-share-named-again"),
    # a share after "bằng" measures the indicator before it, as a share of the base after it
    row("Mã này khớp lệnh gần 900.000 cổ phiếu, chỉ bằng khoảng 75% so với phiên trước.",
        count(900_000, "cổ phiếu", qualifier="nearly"),
        rate(75, qualifier="approx", subject="khớp lệnh so với phiên trước"),
        id="SUBJECTS-share-of-a-base-after-bang"),
    row("Lợi nhuận chưa phân phối là 120 tỷ đồng, bằng 31% vốn điều lệ.",
        count(120_000_000_000, "đồng"), rate(31, subject="lợi nhuận chưa phân phối"),
        id="SUBJECTS-share-of-capital-after-bang"),
    # a source named before the indicator and closed by its acronym is no part of the subject
    row("Theo khảo sát gần đây của Công ty chứng khoán ABC (ABCS) sản lượng xi măng bán ra trong tháng 9 "
        "tăng 12% so với cùng kỳ.",
        rate(12, subject="sản lượng xi măng bán ra", subject_excludes=["theo", "khảo", "sát", "abcs"]),
        id="SUBJECTS-source-before-the-indicator"),
    # "trong khi" (whereas) opens a clause of its own: its change is not the share's before it
    row("Sản lượng tăng 16% so với tháng 8 trong khi mức trung bình của toàn ngành giảm 4%.",
        rate(16, change=None), rate(4, subject_is="mức trung bình của toàn ngành"),
        id="SUBJECTS-whereas-opens-its-own-clause"),
    # a predicate about the figure ("cho thấy", "thực sự là") names nothing it measures
    row("Tỷ lệ nộp thuế của doanh nghiệp hai tỉnh lần lượt chiếm 28,4% và 21,6% cho thấy nơi đây hội tụ "
        "nhiều doanh nghiệp lớn.",
        count(2, "tỉnh"), rate(28.4, subject="tỷ lệ nộp thuế"),
        rate(21.6, subject="tỷ lệ nộp thuế", subject_excludes=["thấy", "hội", "tụ"]),
        id="SUBJECTS-second-share-before-a-predicate"),
    # the ceiling named by its noun is a cap, a target, since a comma before the noun no longer
    # reads as a figure that reached it
    row("Theo ông, mức trần 5,3% là không đủ.",
        target(5.3, "%", subject="mức trần", subject_excludes=["không", "đủ"]),
        id="SUBJECTS-judgement-after-the-share"),
    row("Con số hộ khá giả 18,8% thực sự là mức đáng mừng của xã.",
        rate(18.8, subject="hộ khá giả", subject_excludes=["thực", "sự", "mừng"]),
        id="SUBJECTS-predicate-after-the-share"),
    # a list item before its share in parentheses ends at the colon or semicolon before it
    row("Tăng trưởng nhờ các ngành: Dệt may (24,5%); Điện tử (19,2%); Chế biến gỗ, lâm sản (11%).",
        rate(24.5, subject_is="Dệt may"), rate(19.2, subject_is="Điện tử"),
        rate(11, subject_is="Chế biến gỗ, lâm sản"), id="SUBJECTS-listed-items-with-asides"),
    # a verb that moves its object to a new level ("nâng X lên", "làm giảm X xuống còn"): the
    # object is what the figure measures, not who moves it; a change with no object keeps its own
    row("Năm 2023, huyện đã nâng tỷ lệ hộ dùng nước sạch lên 98,5%.",
        rate(98.5, subject_is="tỷ lệ hộ dùng nước sạch"), id="SUBJECTS-nang-moves-its-object"),
    row("Đợt bán này làm giảm tỷ lệ sở hữu của quỹ xuống còn 4,2%.",
        rate(4.2, subject_is="tỷ lệ sở hữu của quỹ"), id="SUBJECTS-lam-giam-moves-its-object"),
    row("Bộ Tài chính đề xuất nâng mức thuế suất từ 8% lên 10%.",
        target(8, "%", subject_is="mức thuế suất"), target(10, "%", subject_is="mức thuế suất"),
        id="SUBJECTS-proposed-move-of-a-pair"),
    row("Hợp tác xã lên kế hoạch mở rộng đàn bò sữa lên 500 con vào năm 2026.",
        target(500, "con", 2026, subject="đàn bò sữa", subject_excludes=["mở", "rộng"]),
        id="SUBJECTS-planned-move-of-a-count"),
    row("Nhờ đó, xã nâng tốc độ tăng trưởng kinh tế lên 7,5%.",
        rate(7.5, subject_is="tốc độ tăng trưởng kinh tế"), id="SUBJECTS-first-moving-verb-keeps-its-object"),
    row("Tỷ lệ lao động qua đào tạo được nâng lên 70%.",
        rate(70, subject_is="Tỷ lệ lao động qua đào tạo"), id="SUBJECTS-level-moved-in-the-passive"),
    row("Tỷ lệ hộ nghèo của xã tăng lên 8%.",
        rate(8, subject_is="Tỷ lệ hộ nghèo của xã"), id="SUBJECTS-change-without-object"),
    row("Phấn đấu có thêm 2 xã đạt chuẩn nông thôn mới nâng cao.",
        target(2, "xã", subject="xã đạt chuẩn nông thôn mới nâng cao"),
        id="SUBJECTS-nang-cao-names-a-standard"),
    # "trong đó" after a figure, with no comma, opens the breakdown: the part it names is the subject;
    # with no figure before it, "trong đó có …" is a relative clause of the noun
    row("Tổng đàn gia súc tăng 4% trong đó đàn bò tăng 6%.",
        rate(4, subject_is="Tổng đàn gia súc"), rate(6, subject_is="đàn bò"),
        id="SUBJECTS-breakdown-without-comma"),
    row("Giá nhóm đồ uống tăng cao nhất (tăng 1,2%) trong đó bia tăng 2,5%.",
        rate(1.2), rate(2.5, subject_is="bia"), id="SUBJECTS-breakdown-after-an-aside"),
    row("Tỷ lệ hộ gia đình trong đó có người cao tuổi là 20%.",
        rate(20, subject="tỷ lệ hộ gia đình trong đó có người cao tuổi"), id="SUBJECTS-trong-do-as-relative"),
    # a verb that keeps or ensures a measure takes the named measure as its object: the subject
    # starts at the measure, not at who keeps it; "đạt tỷ lệ" names no measure after it, and the
    # votes "với số phiếu" measures are those of the election the clause before names
    row("Huyện duy trì tỷ lệ trẻ em trong độ tuổi đến trường đạt 100%.",
        rate(100, subject_is="tỷ lệ trẻ em trong độ tuổi đến trường"), id="SUBJECTS-kept-measure"),
    row("Đại hội đánh giá phương án nhân sự được chuẩn bị kỹ, bảo đảm tỷ lệ cán bộ trẻ trên 10%.",
        rate(10, qualifier="more_than", subject_is="tỷ lệ cán bộ trẻ"), id="SUBJECTS-ensured-measure"),
    row("Đồng chí Lê Văn Nam được bầu giữ chức Bí thư Huyện ủy với số phiếu 97,8%.",
        rate(97.8, subject="bầu giữ chức Bí thư Huyện ủy số phiếu"),
        id="SUBJECTS-votes-of-the-election-before"),
    row("Xã đạt tỷ lệ 96,4%.", rate(96.4, subject_is="Xã"), id="SUBJECTS-dat-ty-le-names-no-measure"),
    # market reports move an index with verbs of their own ("ghi thêm", "nhích", "cộng thêm") and time it
    # by the clock ("lúc 10:15"): neither is part of what moved; "cộng thêm" before a share adds one
    row("Phiên chiều, chỉ số VNX Allshare ghi thêm 5,2 điểm (0,8%).",
        rate(0.8, subject_is="chỉ số VNX Allshare"), id="SUBJECTS-ghi-them-moves-an-index"),
    row("Chốt phiên, giá cà phê nhích 1,5% so với hôm qua.",
        rate(1.5, subject_is="giá cà phê"), id="SUBJECTS-nhich-moves-a-price"),
    row("Chỉ số Nikkei cộng thêm 0,9% trong phiên.",
        rate(0.9, subject_is="Chỉ số Nikkei"), id="SUBJECTS-cong-them-moves-an-index"),
    row("Trên sàn Hà Nội, chỉ số HNX-Index lúc 10:15 đứng ở mức 230 điểm, tăng 1,1 điểm (0,48%).",
        rate(0.48, subject_is="chỉ số HNX-Index"), id="SUBJECTS-clock-time-is-no-part"),
    row("Chỉ tiêu tuyển sinh lên đến gần 93%, cộng thêm khoảng 5% số học sinh bỏ học.",
        target(93, "%", qualifier="nearly", subject_is="Chỉ tiêu tuyển sinh", change=None),
        rate(5, qualifier="approx", subject_is="số học sinh bỏ học"), id="SUBJECTS-cong-them-adds-a-share"),
    # a time adverbial at the head of the clause, with no comma after it, says when, not what is
    # measured; a time after the indicator belongs to it, and a time alone names nothing
    row("Năm 2023 thu ngân sách toàn huyện đạt 98% dự toán.",
        rate(98, subject="thu ngân sách toàn huyện", subject_excludes=["năm"]),
        id="SUBJECTS-year-at-the-head"),
    row("Từ năm 2020 đến nay tỷ lệ đảng viên hoàn thành tốt nhiệm vụ đạt trên 90%.",
        rate(90, qualifier="more_than", subject_is="tỷ lệ đảng viên hoàn thành tốt nhiệm vụ"),
        id="SUBJECTS-period-up-to-now-at-the-head"),
    row("Đến cuối tháng 6 huyện mới giải ngân được 45% kế hoạch vốn.",
        rate(45, subject="giải ngân", subject_excludes=["cuối", "tháng"]),
        id="SUBJECTS-month-end-at-the-head"),
    row("Tỷ lệ hộ nghèo năm 2023 còn 3,1%.", rate(3.1, subject_is="Tỷ lệ hộ nghèo năm 2023"),
        id="SUBJECTS-year-after-the-indicator"),
    row("Năm 2023 đạt 98% kế hoạch.", rate(98, subject_is=""), id="SUBJECTS-year-alone-names-nothing"),
    row("Phong trào được đẩy mạnh, hàng năm tỷ lệ gia đình văn hóa của xã đạt trên 90%.",
        rate(90, qualifier="more_than", subject_is="tỷ lệ gia đình văn hóa của xã"),
        id="SUBJECTS-recurrence-at-the-head"),
    # an amount beyond a plan or a change in units may hold a decimal comma ("vượt 1,8 tỷ đồng") or
    # restate its share with a link word ("(tương đương 4,4%)"): the share still measures the indicator;
    # a change clause joined to another by "và" is not skipped as one
    row("Thu ngân sách năm 2023 đạt 12,4 tỷ đồng, vượt 1,8 tỷ đồng, vượt 17% dự toán.",
        count(12_400_000_000, "đồng"), count(1_800_000_000, "đồng", qualifier="more_than"),
        rate(17, qualifier="more_than", subject="Thu ngân sách"),
        id="SUBJECTS-decimal-amount-beyond-the-plan"),
    row("Chi thường xuyên ước đạt 980 tỷ đồng, giảm 45 tỷ đồng (tương đương 4,4%) so với dự toán.",
        count(980_000_000_000, "đồng", qualifier="approx", change=("decrease", 45_000_000_000)),
        rate(4.4, subject_is="Chi thường xuyên"), id="SUBJECTS-change-restated-with-a-link-word"),
    row("Xã cắt, giảm một số khoản chi và nâng mức chi cho giáo dục từ 18,5% lên 20%.",
        rate(18.5, subject_is="mức chi cho giáo dục"), rate(20, subject_is="mức chi cho giáo dục"),
        id="SUBJECTS-change-clause-joined-to-another"),
    # "tỷ trọng" opens a share's indicator as "tỷ lệ" does; an opener right after a linking verb
    # ("chiếm tỷ trọng", "là thu nhập …") is the verb's object, so it opens no later figure's subject
    row("Hiện tỷ trọng trong GRDP của khu vực kinh tế tư nhân, bao gồm cả kinh tế cá thể duy trì "
        "khoảng 41%.",
        rate(41, qualifier="approx", subject="tỷ trọng trong GRDP của khu vực kinh tế tư nhân"),
        id="SUBJECTS-ty-trong-opens-the-indicator"),
    row("Ngành dịch vụ tiếp tục là ngành chiếm tỷ trọng lớn nhất, chiếm 52,3% tổng giá trị sản xuất.",
        rate(52.3, subject="Ngành dịch vụ"), id="SUBJECTS-opener-after-its-verb"),
    row("Mục tiêu đến năm 2030 là thu nhập bình quân đầu người từ 90 triệu đồng/năm trở lên, lao động "
        "có việc làm thường xuyên chiếm trên 95%.",
        target(90_000_000, "đồng/năm", 2030, qualifier="at_least"),
        target(95, "%", 2030, qualifier="more_than", subject_is="lao động có việc làm thường xuyên"),
        id="SUBJECTS-opener-after-la-opens-no-later-item"),
    # a list of places after the indicator they measure may open with "là" or a superlative ("cao
    # nhất là X đạt N%"): each item is the indicator of that place
    row("Nhiều đảng bộ có tỷ lệ cấp ủy viên nữ cao hơn 20% là Bắc Giang 21,5%, Lào Cai 22%; cao nhất là "
        "Hà Nội đạt 28,3%.",
        rate(21.5, subject_is="tỷ lệ cấp ủy viên nữ Bắc Giang"),
        rate(22, subject_is="tỷ lệ cấp ủy viên nữ Lào Cai"),
        rate(28.3, subject_is="tỷ lệ cấp ủy viên nữ Hà Nội"),
        id="SUBJECTS-places-after-la-and-a-superlative"),
    # "về" names the dimension a figure is given in; the subject is what follows it
    row("Số thanh niên nhập ngũ đạt sức khỏe loại 1 là 20%; về trình độ văn hóa trung học phổ thông là 45%.",
        rate(20), rate(45, subject_is="trình độ văn hóa trung học phổ thông"),
        id="SUBJECTS-ve-names-the-dimension"),
    # a comma inside an aside that closes before the figure ends no clause; an aside that held
    # another figure goes whole, a comma outside it still ends the clause before the subject
    row("Tỷ lệ đảng viên trẻ (dưới 30 tuổi, theo số liệu của Ban Tổ chức) chiếm 25%.",
        rate(25, subject="tỷ lệ đảng viên trẻ"), id="SUBJECTS-comma-inside-a-closed-aside"),
    row("Mức tín nhiệm (bỏ phiếu kín của cấp ủy, Ban giám đốc) đạt 100%.",
        rate(100, subject="mức tín nhiệm"), id="SUBJECTS-comma-inside-an-aside-after-the-noun"),
    row("Kết quả giám định cho thấy anh Nguyễn Văn A (SN 1980, trú tại thôn 3, xã B) thương tật 12%, "
        "chị Lê Thị C (SN 1985, trú tại thôn 5, xã B) thương tật 30%.",
        rate(12, subject_is="anh Nguyễn Văn A thương tật"), rate(30, subject_is="chị Lê Thị C thương tật"),
        id="SUBJECTS-description-aside-with-figures-goes-whole"),
    row("Tỷ lệ hộ nghèo (năm 2020 là 5,2%, năm 2021 là 4,1%) giảm còn 3%.",
        rate(5.2), rate(4.1), rate(3, subject_is="Tỷ lệ hộ nghèo"), id="SUBJECTS-aside-of-other-shares"),
    row("Năm 2023 (theo báo cáo, số liệu sơ bộ), tỷ lệ hộ nghèo còn 2,5%.",
        rate(2.5, subject_is="tỷ lệ hộ nghèo"), id="SUBJECTS-comma-after-an-aside-still-ends-the-clause"),
    # a share whose own words only say where or when it holds measures the indicator of the share
    # before it; a place named keeps its own words, and with no share before nothing is borrowed
    row("Nhiều thôn tỷ lệ hộ dùng nước sạch vẫn dưới 50%, cá biệt chỉ đạt 30%.",
        rate(50, qualifier="less_than"),
        rate(30, subject="tỷ lệ hộ dùng nước sạch", subject_excludes=["cá", "dưới"]),
        id="SUBJECTS-scope-only-share-borrows-the-indicator"),
    row("Tỷ lệ lao động qua đào tạo ở các xã miền núi chỉ khoảng 40%, có nơi chưa đến 25%.",
        rate(40, qualifier="approx"),
        rate(25, qualifier="less_than", subject="tỷ lệ lao động qua đào tạo ở các xã miền núi"),
        id="SUBJECTS-co-noi-borrows-the-indicator"),
    row("Giá thịt lợn hơi tăng 15%, có thời điểm tăng tới 30%.",
        rate(15, subject="giá thịt lợn hơi"), rate(30, subject="giá thịt lợn hơi", subject_excludes=["thời"]),
        id="SUBJECTS-a-time-alone-borrows-the-indicator"),
    row("Tỷ lệ hộ nghèo toàn huyện còn 3,2%, riêng xã Tà Xùa còn 12%.",
        rate(3.2), rate(12, subject_is="xã Tà Xùa"), id="SUBJECTS-a-place-named-keeps-its-words"),
    row("Có nơi đạt 100%.", rate(100, subject_excludes=["tỷ"]), id="SUBJECTS-nothing-to-borrow"),
    # a qualifier a range did not take in is the figure's, not the subject's
    row("Nhiều nơi tỷ lệ nghèo vẫn còn trên 50%, cá biệt còn trên 60 – 70%.",
        rate(50, qualifier="more_than"),
        rate(60, qualifier="range", subject="tỷ lệ nghèo", subject_excludes=["trên", "cá"]),
        id="SUBJECTS-qualifier-before-a-range"),
    # a time adverbial alone after a figure says when it holds: the subject is before the figure,
    # and the time opens a pair as "từ" does (the object moved ends at its level now)
    row("Chính phủ đặt vấn đề nâng bội chi ngân sách 4,8% hiện nay lên 5,3% GDP trong năm 2025.",
        rate(4.8, subject_is="bội chi ngân sách hiện nay"),
        target(5.3, "%", 2025, subject="bội chi ngân sách", subject_excludes=["Chính", "nâng"]),
        id="SUBJECTS-time-alone-after-a-figure"),
    row("Huyện phấn đấu nâng độ che phủ rừng 40% hiện nay lên 45%.",
        rate(40, subject="độ che phủ rừng"), target(45, "%", subject_is="độ che phủ rừng"),
        id="SUBJECTS-time-alone-opens-a-pair"),
    row("Tỷ lệ hộ nghèo chỉ còn 2,1% hiện nay.", rate(2.1, subject="tỷ lệ hộ nghèo"),
        id="SUBJECTS-time-alone-at-the-end"),
    row("Trung tâm có 29 bảo vệ túc trực 100% người ban ngày và 50% ban đêm.",
        count(29, "bảo vệ"), rate(100), rate(50, subject="bảo vệ túc trực ban đêm"),
        id="SUBJECTS-time-of-day-alone-after-a-share"),
    # a quoted name at a subject's end keeps its closing quote; an opener inside an aside closed
    # before the figure restates the indicator, it does not start the subject
    row('Người vay sẽ trả "hoa hồng" là 15% mỗi tháng.', rate(15, subject_is='Người vay sẽ trả "hoa hồng"'),
        id="SUBJECTS-quoted-name-keeps-its-closing-quote"),
    row("Chỉ số hài lòng về sự phục vụ hành chính năm 2022 (chỉ số SIPAS năm 2022) của tỉnh đạt 85,2%.",
        rate(85.2, subject="chỉ số hài lòng về sự phục vụ hành chính"), id="SUBJECTS-opener-inside-an-aside"),
    # a subject after its figure cut to a noun phrase's length never ends on a preposition
    row("Khoảng 43% người bệnh hoặc người nhà bệnh nhân đã phải chi trả tiền bồi dưỡng thêm cho cán bộ "
        "y tế tại các bệnh viện tuyến tỉnh.",
        rate(43, qualifier="approx", subject="người bệnh", subject_excludes=["cho"]),
        id="SUBJECTS-no-preposition-at-a-cut"),
    # a verb whose object is a share of a whole keeps its place in the subject: the share is what
    # it takes or gives, never the whole alone; without such a verb the group after the figure stays
    row("Ngành công thương đóng góp đến gần 70% ngân sách nhà nước.",
        rate(70, qualifier="nearly", subject_is="đóng góp ngân sách nhà nước"),
        id="SUBJECTS-share-contributed"),
    row("Năm 2011 thành phố đóng góp hơn 27% ngân sách, năm 2014 tăng lên 30%.",
        rate(27, qualifier="more_than", subject="đóng góp ngân sách"),
        rate(30, subject="đóng góp ngân sách năm 2014"), id="SUBJECTS-share-contributed-then-a-year"),
    row("Theo quyết định, ông A được hưởng 85% lương ngạch chuyên viên.",
        rate(85, subject="hưởng lương ngạch chuyên viên"), id="SUBJECTS-share-received"),
    row("Công ty mẹ nắm giữ 51% vốn điều lệ của công ty con.",
        rate(51, subject="nắm giữ vốn điều lệ"), id="SUBJECTS-stake-held"),
    row("Việc công ty nhận chuyển nhượng 95% cổ phần công ty X không thuộc lĩnh vực bí mật nhà nước.",
        rate(95, subject_is="nhận chuyển nhượng cổ phần công ty X"),
        id="SUBJECTS-share-taken-ends-before-the-predicate"),
    row("Giá mua 95% cổ phần của công ty X đã thấp hơn so với định giá.",
        rate(95, subject_is="mua cổ phần của công ty X"), id="SUBJECTS-share-bought-ends-before-da"),
    row("Công ty đã tham gia góp vốn 20% tại ngân hàng X.", rate(20, subject_is="góp vốn tại ngân hàng X"),
        id="SUBJECTS-capital-contributed-where"),
    row("Doanh nghiệp phải nộp 30% tiền sử dụng đất trước khi giao đất.",
        rate(30, subject="nộp tiền sử dụng đất"), id="SUBJECTS-share-paid"),
    row("Có 90% cán bộ có trình độ đại học.", rate(90, subject_is="cán bộ có trình độ đại học"),
        id="SUBJECTS-group-after-a-figure-without-a-taking-verb"),
    # a change in an aside headed by the earlier time it holds for measures the indicator of the
    # share before the aside, at that time
    row("Tổng sản phẩm trên địa bàn (GRDP) ước tăng 7,2% (cùng kỳ năm trước tăng 6,5%).",
        rate(7.2, qualifier="approx"),
        rate(6.5, subject_is="Tổng sản phẩm trên địa bàn (GRDP) cùng kỳ năm trước"),
        id="SUBJECTS-earlier-time-heading-an-aside"),
    # an indicator set off by a comma before its level and change ("X, đạt …, tăng …") is what the
    # change measures; a share's group is never looked for across that comma
    row("Kim ngạch xuất khẩu của tỉnh, đạt hơn 2,1 tỷ USD, ước tăng 9,4% (cùng kỳ tăng 7,8%).",
        count(2_100_000_000, "USD", qualifier="more_than", change=("increase", 9.4, "approx")),
        rate(7.8, subject_is="Kim ngạch xuất khẩu của tỉnh cùng kỳ"),
        id="SUBJECTS-indicator-before-a-comma-and-its-level"),
    row("Sản lượng lúa, đạt 1,2 triệu tấn, vượt 5%.",
        rate(5, qualifier="more_than", subject="sản lượng lúa", subject_excludes=["tấn"]),
        id="SUBJECTS-indicator-before-a-comma-and-its-level-beyond"),
    # a year's item in an aside after a change breaks down what the copula or the speech verb
    # introduces, never the speaker or the topic that names it
    row("Ông Nguyễn Văn B cho biết một vấn đề đáng lo ngại hiện nay là tình trạng thanh niên bỏ học tăng "
        "(năm 2022 là 12%).",
        rate(12, subject_is="tình trạng thanh niên bỏ học năm 2022"),
        id="SUBJECTS-yearly-aside-after-a-copula"),
    row("Bà C cho biết tỷ lệ học sinh bỏ học giảm mạnh (năm 2023 là 3,5%, năm 2024 là 2,1%).",
        rate(3.5, subject_is="tỷ lệ học sinh bỏ học năm 2023"),
        rate(2.1, subject_is="tỷ lệ học sinh bỏ học năm 2024"),
        id="SUBJECTS-yearly-aside-after-a-speech-verb"),
    row("Công tác giải quyết đơn thư hằng năm đạt chỉ tiêu, năm sau cao hơn năm trước (năm 2022 đạt "
        "90,5%).",
        rate(90.5, subject_is="Công tác giải quyết đơn thư hằng năm năm 2022"),
        id="SUBJECTS-yearly-aside-first-link-stays"),
    # a target whose own words after its cue only say when ("dự kiến cả năm đạt …") measures the
    # indicator before the cue, at that time; "năm nay" keeps its "nay"
    row("Các chỉ tiêu năm 2024 như sau: tổng doanh thu của Tổng công ty dự kiến cả năm đạt 12.500 tỷ đồng.",
        target(12_500_000_000_000, "đồng", 2024, subject_is="tổng doanh thu của Tổng công ty cả năm"),
        id="SUBJECTS-time-only-after-a-cue"),
    row("Lợi nhuận của ngân hàng dự kiến năm nay đạt 900 tỷ đồng.",
        target(900_000_000_000, "đồng", subject_is="Lợi nhuận của ngân hàng năm nay"),
        id="SUBJECTS-this-year-after-a-cue"),
    row("Tỷ lệ hộ nghèo hiện nay là 2,8%.", rate(2.8, subject_is="Tỷ lệ hộ nghèo"),
        id="SUBJECTS-now-is-no-part-of-a-subject"),
    # a share followed by no noun, only by what its members do or are, is a share of the group named
    # before its "có", doing that; a noun after the share, or only a time before "có", leaves it be
    row("Số hộ được hỗ trợ vay vốn có tới 80% đã thoát nghèo.",
        rate(80, subject_is="Số hộ được hỗ trợ vay vốn đã thoát nghèo"),
        id="SUBJECTS-group-before-has-doing"),
    row("Trong số các trường được khảo sát, có 30% chưa có phòng thí nghiệm.",
        rate(30, subject_is="các trường được khảo sát chưa có phòng thí nghiệm"),
        id="SUBJECTS-group-among-before-has-doing"),
    row("Đánh giá về tiêu chí giảng viên đạt chuẩn trình độ có đến hơn 40% chưa đạt yêu cầu.",
        rate(40, qualifier="more_than", subject="tiêu chí giảng viên đạt chuẩn trình độ chưa đạt yêu cầu"),
        id="SUBJECTS-criterion-before-has-doing"),
    row("Về tiêu chí nhà ở, có 25% hộ chưa đạt chuẩn.",
        rate(25, subject_is="hộ chưa đạt chuẩn"), id="SUBJECTS-noun-after-the-share-stays"),
    row("Năm 2023, có 90% được đánh giá hoàn thành tốt nhiệm vụ.",
        rate(90, subject_is="được đánh giá hoàn thành tốt nhiệm vụ"),
        id="SUBJECTS-time-before-has-names-no-group"),
    # a multiple of the sum a verb takes ("bồi hoàn gấp 500% …") measures what is taken, not the sum
    row("Người vi phạm cam kết phải bồi hoàn gấp 300% số tiền đã nhận.",
        target(300, "%", subject="bồi hoàn", subject_excludes=["nhận"]),
        id="SUBJECTS-multiple-of-a-sum-taken"),
    # a quoted name right before the share is whole however short; an inclusion after it names nothing
    row("Quảng cáo hứa hẹn nhiều điều như: không thu thêm phí, \"bao đậu\" 100%.",
        rate(100, subject_is="bao đậu"), id="SUBJECTS-quoted-item-of-a-list"),
    row("Chương trình \"Tết vì người nghèo\" đạt 120% kế hoạch.",
        rate(120, subject="Chương trình Tết vì người nghèo"), id="SUBJECTS-quoted-name-inside-a-subject"),
    row("Nhiều người tìm đến vì được hứa \"bao đậu\" 100% kể cả người không biết chữ.",
        rate(100, subject="bao đậu", subject_excludes=["chữ", "kể"]), id="SUBJECTS-inclusion-names-nothing"),
    # a second change against another base ("… so với tháng trước và tăng …% so với cùng kỳ") measures
    # the indicator of the first, not the first change's words; a new noun before the cue is its own
    row("Chỉ số giá tiêu dùng tháng 9 đã tăng 0,6% so với tháng trước và tăng 3,2% so với cùng kỳ năm trước.",
        rate(0.6, subject_is="Chỉ số giá tiêu dùng tháng 9"),
        rate(3.2, subject_is="Chỉ số giá tiêu dùng tháng 9"),
        id="SUBJECTS-second-change-after-and"),
    row("Kim ngạch xuất khẩu tăng 5% so với tháng trước, tăng 12% so với cùng kỳ.",
        rate(5, subject_is="Kim ngạch xuất khẩu"), rate(12, subject_is="Kim ngạch xuất khẩu"),
        id="SUBJECTS-second-change-after-a-comma"),
    row("Doanh thu tăng 5% và lợi nhuận tăng 12%.",
        rate(5, subject_is="Doanh thu"), rate(12, subject_is="lợi nhuận"),
        id="SUBJECTS-change-of-a-new-noun"),
    # a speech verb whose words the noun phrase's bound cuts to one or two ("… cho rằng công việc") ends
    # the group; what was said, kept whole, is what the share measures
    row("Có 64,4% học viên của đề án đào tạo cán bộ ở nước ngoài cho rằng công việc được bố trí không phù "
        "hợp với chuyên môn.",
        rate(64.4, subject="học viên của đề án đào tạo cán bộ ở nước ngoài", subject_excludes=["rằng"]),
        id="SUBJECTS-speech-verb-after-the-group"),
    row("Có 71% số người được hỏi cho biết đã đi bầu đại biểu Hội đồng nhân dân các cấp.",
        rate(71, subject="số người được hỏi cho biết đã đi bầu"), id="SUBJECTS-what-was-said-kept-whole"),
    # a group longer than a noun phrase is cut before "về", not right after it
    row("Đến năm 2026, 100% cán bộ, công chức, viên chức được tuyên truyền, phổ biến, giáo dục pháp luật về "
        "phòng, chống tham nhũng.",
        target(100, "%", 2026, subject="cán bộ, công chức, viên chức được tuyên truyền",
               subject_excludes=["về"]),
        id="SUBJECTS-long-group-cut-before-about"),
    # a fine in a headline with its condition after it is the fine for that act, not the condition
    row("Phạt đến 8 triệu đồng nếu đổ phế thải xây dựng ra đường.",
        target(8_000_000, "đồng", qualifier="at_most", subject_is="Phạt đổ phế thải xây dựng ra đường"),
        id="SUBJECTS-fine-for-the-act-its-condition-names"),
    # an age band inside a group bounds it: its figures stay in the subject
    row("Số trưởng phòng, phó trưởng phòng của huyện, độ tuổi từ 30 đến 40 chiếm tỷ lệ trên 35%.",
        rate(35, qualifier="more_than", subject="trưởng phòng độ tuổi từ 30 đến 40"),
        id="SUBJECTS-age-band-in-a-group"),
    row("Độ tuổi sử dụng rượu bia từ 18-30 chiếm đến 70% số người được khảo sát.",
        rate(70, subject="độ tuổi sử dụng rượu bia từ 18-30"), id="SUBJECTS-age-band-of-a-habit"),
    # a later share of a list of deadlines lends its group to the one before it, a range as well
    row("Đến hết năm 2026 có 50% đến 60%, đến hết năm 2028 có 70% đến 80% hộ dân được phổ biến pháp luật.",
        target(50, "%", 2026, qualifier="range", value_max=60, subject="hộ dân được phổ biến pháp luật"),
        target(70, "%", 2028, qualifier="range", value_max=80, subject="hộ dân được phổ biến pháp luật"),
        id="SUBJECTS-later-range-lends-its-group"),
    # a group longer than a noun phrase is cut before a relative "có" whose words the bound cuts
    row("Đến năm 2026, 100% giáo trình giảng dạy thuộc các hệ đào tạo chính quy, tại chức, bồi dưỡng có nội "
        "dung về phòng, chống tham nhũng và đạo đức công vụ.",
        target(100, "%", 2026, subject="giáo trình giảng dạy", subject_excludes=["có", "nội"]),
        id="SUBJECTS-long-group-cut-before-has"),
    # a topic set off before a list of names ("Với chức danh …, A, B không quá 3 người") names what
    # the quota counts; counted nouns that commas join after "các" stay together in a quota's lead
    row("Với chức danh Phó chủ tịch, UBND thành phố Hà Nội, UBND TP HCM không quá 5 người; các tỉnh, thành "
        "phố còn lại không quá 4 người.",
        target(5, "người", qualifier="at_most",
               subject_is="chức danh Phó chủ tịch, UBND thành phố Hà Nội, UBND TP HCM"),
        target(4, "người", qualifier="at_most", subject_is="các tỉnh, thành phố còn lại"),
        id="SUBJECTS-topic-before-names-and-joined-nouns"),
    # a share of the cases a verb handles ("giải quyết 82% trong tổng số … phản ánh") measures the cases
    # handled, not the cases alone; a rate named before its verb keeps its own words
    row("Đoàn kiểm tra đánh giá việc giải quyết 85% trong tổng số hơn 400 đơn thư là kết quả tích cực.",
        rate(85, subject_is="giải quyết đơn thư"), count(400, "đơn thư", qualifier="more_than"),
        id="SUBJECTS-share-of-the-cases-handled"),
    row("Năm 2024, huyện đã giải quyết 95% đơn thư khiếu nại.",
        rate(95, subject_is="giải quyết đơn thư khiếu nại"), id="SUBJECTS-share-handled-of-a-group"),
    row("Tỷ lệ giải quyết đơn thư đạt 95%.", rate(95, subject_is="Tỷ lệ giải quyết đơn thư"),
        id="SUBJECTS-handling-rate-named"),
    # a share of votes after an election its clause reports measures the votes for it, from its verb on
    row("Hội nghị lần thứ nhất Ban Chấp hành Đảng bộ huyện đã bầu ông Trần Văn D giữ chức Bí thư Huyện ủy "
        "với số phiếu 100%.",
        rate(100, subject_is="số phiếu bầu ông Trần Văn D giữ chức Bí thư Huyện ủy"),
        id="SUBJECTS-votes-for-an-election"),
    row("Bà E trúng cử với số phiếu đạt 96%.", rate(96, subject_is="số phiếu trúng cử"),
        id="SUBJECTS-votes-for-the-elected"),
    # an amount a plan is carried out with ("… sẽ được thực hiện … với kinh phí …") measures that amount
    # for what the clause before the cue plans, or for the counted object its verb plans
    row("Giai đoạn 3 của Dự án sẽ được thực hiện từ năm 2026 đến năm 2030 với kinh phí dự kiến khoảng 20 "
        "triệu USD.",
        target(20_000_000, "USD", 2030, qualifier="approx", subject_is="kinh phí Giai đoạn 3 của Dự án"),
        id="SUBJECTS-amount-a-plan-is-carried-out-with"),
    row("Tỉnh sẽ xây thêm 3 trường học mới với tổng vốn đầu tư khoảng 150 tỷ đồng.",
        target(3, ("trường học", "trường học mới")),
        target(150_000_000_000, "đồng", qualifier="approx", subject_is="tổng vốn đầu tư 3 trường học mới"),
        id="SUBJECTS-amount-for-the-counted-object"),
    # a number that names a thing ("thôn 8", "Giai đoạn 2") stays in a subject
    row("Tỷ lệ hộ nghèo của thôn 8 giảm còn 3%.", rate(3, subject_is="Tỷ lệ hộ nghèo của thôn 8"),
        id="SUBJECTS-designator-number-stays"),
    # a one-word opener ("số", as in "các con số") before a colon opens no subject after it
    row("Kết quả thể hiện qua các con số như: thu ngân sách trên địa bàn đạt 104% dự toán.",
        rate(104, subject="thu ngân sách trên địa bàn", subject_excludes=["con", "như"]),
        id="SUBJECTS-one-word-opener-before-a-colon"),
    # after the group a share counts, a comma before a clause of its own (its subject, then "cũng",
    # "vẫn", "đều" and a verb) ends the subject; a list of counted nouns does not
    row("Các khoản này đều được hơn 90% người dân biểu quyết thống nhất, hội đồng nhân dân xã cũng ra "
        "nghị quyết thực hiện.",
        rate(90, qualifier="more_than", subject_is="người dân biểu quyết thống nhất"),
        id="SUBJECTS-comma-then-a-clause-with-cung"),
    row("Có 85% hộ dân tham gia đóng góp, nhiều thôn vẫn chưa hoàn thành kế hoạch.",
        rate(85, subject_is="hộ dân tham gia đóng góp"), id="SUBJECTS-comma-then-a-clause-with-van"),
    row("Có 90% cán bộ, công chức đều có trình độ đại học.",
        rate(90, subject="cán bộ, công chức có trình độ đại học"), id="SUBJECTS-list-before-deu-stays"),
    # an opener right after "là" heads the clause that reaches the figure ("Điểm đáng chú ý là tỷ lệ
    # …"); after its own figure and a comma it opens no later one
    row("Điểm đáng chú ý là tỷ lệ hộ nghèo của huyện giảm còn 3,2%.",
        rate(3.2, subject_is="tỷ lệ hộ nghèo của huyện"), id="SUBJECTS-opener-after-a-topic-copula"),
    row("Hậu quả là tỷ lệ bệnh nhân bị di chứng lên tới 90%.",
        rate(90, subject_is="tỷ lệ bệnh nhân bị di chứng"), id="SUBJECTS-opener-after-hau-qua-la"),
    # a word that singles out the next item ("đặc biệt", "nhất là") names nothing measured, and a
    # level judged in words against a base before a change is the level's, not the indicator's
    row("Hầu hết chỉ tiêu đều đảm bảo tiến độ, đặc biệt thu ngân sách đạt khá so với dự toán và tăng "
        "22,4% so cùng kỳ.",
        rate(22.4, subject_is="thu ngân sách"), id="SUBJECTS-level-judged-in-words-then-a-change"),
    row("Nhiều ngành tăng trưởng khá, nhất là doanh thu du lịch tăng 18%.",
        rate(18, subject_is="doanh thu du lịch"), id="SUBJECTS-nhat-la-singles-out"),
    row("Thu ngân sách đạt 112% so với dự toán.", rate(112, subject="thu ngân sách"),
        id="SUBJECTS-level-with-its-figure-stays"),
    # names listed "respectively" after a noun share it ("đảng viên Dân chủ và Cộng hoà"); common
    # nouns listed stand alone ("doanh thu và lợi nhuận")
    row("Sai số đối với đảng viên Dân chủ và Cộng hoà lần lượt là 5,1% và 5,5%.",
        rate(5.1, subject="sai số đối với đảng viên Dân chủ"),
        rate(5.5, subject="sai số đối với đảng viên Cộng hòa"), id="SUBJECTS-respective-names-share-a-noun"),
    row("Tỷ lệ hộ nghèo của huyện Mường Tè và Sìn Hồ lần lượt là 25,3% và 20,1%.",
        rate(25.3, subject="tỷ lệ hộ nghèo của huyện Mường Tè"),
        rate(20.1, subject_is="Tỷ lệ hộ nghèo của huyện Sìn Hồ"),
        id="SUBJECTS-respective-places-share-a-noun"),
    row("Doanh thu và lợi nhuận của công ty tăng tương ứng 12% và 8%.",
        rate(12), rate(8, subject_excludes=["doanh"]), id="SUBJECTS-respective-common-nouns-stand-alone"),
    # a counter that says only how many ("người", "đồng chí") adds nothing to a quota's subject that
    # names the group or the body, nor does the verb of the body's size; words after it stay
    row("Số lượng ủy viên ban thường vụ các huyện ủy không quá 11 người; các đảng ủy trực thuộc từ 9 "
        "đến 11 người.",
        target(11, "người", qualifier="at_most", subject_is="Số lượng ủy viên ban thường vụ các huyện ủy"),
        target(9, "người", qualifier="range", value_max=11, subject_is="các đảng ủy trực thuộc"),
        id="SUBJECTS-counter-adds-nothing"),
    row("Theo hướng dẫn, ban chấp hành đảng bộ phường có không quá 13 đồng chí.",
        target(13, "đồng chí", qualifier="at_most", subject_is="ban chấp hành đảng bộ phường"),
        id="SUBJECTS-counter-after-a-body-size"),
    row("Mỗi đoàn giám sát có không quá 6 người.",
        target(6, "người", qualifier="at_most", subject_is="Mỗi đoàn giám sát"),
        id="SUBJECTS-counter-after-has"),
    row("Công ty sẽ tuyển dụng 20 người biết tiếng Anh.",
        target(20, "người", subject_is="tuyển dụng người biết tiếng Anh"),
        id="SUBJECTS-counter-with-words-after"),
    row("Mỗi xã có ít nhất 1 cán bộ chủ chốt là nữ.",
        target(1, "cán bộ chủ chốt", qualifier="at_least", subject="cán bộ chủ chốt là nữ"),
        id="SUBJECTS-named-noun-is-no-counter"),
    # an indicator named before proper names that commas join is the quota's, not the last name's
    row("Số lượng thành viên Ban thường vụ Tỉnh ủy Lào Cai, Tỉnh ủy Yên Bái, Tỉnh ủy Hà Giang không quá "
        "15 người.",
        target(15, "người", qualifier="at_most", subject_is="Số lượng thành viên Ban thường vụ Tỉnh ủy Lào "
               "Cai, Tỉnh ủy Yên Bái, Tỉnh ủy Hà Giang"),
        id="SUBJECTS-indicator-over-joined-names"),
    row("Số phó giám đốc Sở Tư pháp, Sở Nội vụ, Sở Y tế không quá 3 người.",
        target(3, "người", qualifier="at_most", subject_is="Số phó giám đốc Sở Tư pháp, Sở Nội vụ, Sở Y tế"),
        id="SUBJECTS-indicator-over-joined-offices"),
    row("Trong tổng số cán bộ, công chức cấp xã, mỗi xã có ít nhất 2 cán bộ chủ chốt là nữ.",
        target(2, "cán bộ chủ chốt", qualifier="at_least", subject_excludes=["tổng", "công chức"]),
        id="SUBJECTS-no-indicator-over-common-nouns"),
    # "đồng" opening a noun for people ("đồng chí") is no currency: the noun stays in the subject (the
    # agent before "phấn đấu" does not)
    row("Năm 2025, chi bộ phấn đấu kết nạp 3 đồng chí vào Đảng.",
        target(3, "đồng chí", 2025, subject_is="kết nạp đồng chí vào Đảng"),
        id="SUBJECTS-comrades-are-no-money"),
    # "chiếm tỷ trọng" is "chiếm": the group before it as a share of the whole after it; a second
    # share after "và" is the same group's unless a group is named anew before its verb
    row("Hằng năm, doanh nghiệp nộp ngân sách chiếm tỷ trọng 12% tổng thu ngân sách của tỉnh.",
        rate(12, subject="doanh nghiệp nộp ngân sách tổng thu ngân sách",
             subject_excludes=["chiếm", "trọng"]),
        id="SUBJECTS-share-by-weight"),
    row("Mỗi năm, ngành dầu khí nộp ngân sách chiếm 10% tổng thu ngân sách cả nước và chiếm 17% tổng thu "
        "ngân sách Trung ương.",
        rate(10, subject="ngành dầu khí nộp ngân sách"),
        rate(17, subject="ngành dầu khí nộp ngân sách Trung ương", subject_excludes=["chiếm", "nước"]),
        id="SUBJECTS-second-share-of-the-same-group"),
    row("Nông nghiệp chiếm 30% GRDP và công nghiệp chiếm 45%.",
        rate(30, subject="nông nghiệp"), rate(45, subject_is="công nghiệp"),
        id="SUBJECTS-second-share-of-a-group-named-anew"),
    # a comma between two counted nouns after "các" joins one set, it ends no clause
    row("Đóng góp GRDP của các tỉnh, thành phố ven biển chiếm 65% GDP cả nước.",
        rate(65, subject="đóng góp GRDP của các tỉnh, thành phố ven biển"), id="SUBJECTS-comma-joins-a-set"),
    row("Ở các tỉnh, tỷ lệ hộ nghèo chiếm 5%.",
        rate(5, subject_is="tỷ lệ hộ nghèo"), id="SUBJECTS-comma-after-a-place-ends-a-clause"),
    # a count restated as a share through "tương đương tỷ lệ" leaves the link out of the group
    row("Tại kỳ họp, 52/55 đại biểu tán thành việc miễn nhiệm tương đương tỷ lệ 94,5%.",
        count(52, "đại biểu"), rate(94.5, subject_is="đại biểu tán thành việc miễn nhiệm"),
        id="SUBJECTS-count-restated-as-a-share"),
    row("Năm 2024, 300 hộ được vay vốn tương ứng tỷ lệ 40%.",
        count(300, "hộ"), rate(40, subject="hộ được vay vốn", subject_excludes=["tương", "ứng"]),
        id="SUBJECTS-count-restated-as-a-share-tuong-ung"),
    # a predicate of size ("chiếm đa số") between a group and its count is no part of the group
    row("Số vụ vi phạm về đất đai chiếm đa số với 58 vụ (chiếm 41%), còn lại là các vụ khác.",
        count(58, "vụ"), rate(41, subject_is="vụ vi phạm về đất đai"),
        id="SUBJECTS-majority-predicate-left-out"),
    # a share after a count that opens a breakdown ("trong đó 44 nữ (chiếm 7,2%)") is that part
    # among the whole counted before the marker, as "trong đó nữ chiếm 7,2%" names it
    row("Năm qua, tỉnh bổ nhiệm 320 cán bộ, trong đó 56 nữ (chiếm 17,5%).",
        count(320, "cán bộ"), count(56, "nữ"), rate(17.5, subject_is="nữ trong cán bộ"),
        id="SUBJECTS-share-of-a-count-opening-a-breakdown"),
    row("Huyện kết nạp 150 đảng viên, trong đó 90 đoàn viên, chiếm 60%.",
        count(150, "đảng viên"), count(90, "đoàn viên"), rate(60, subject_is="đoàn viên trong đảng viên"),
        id="SUBJECTS-share-of-a-count-opening-a-breakdown-after-a-comma"),
    row("Toàn xã còn 45 hộ nghèo, chiếm 3,2%.",  # no breakdown: the group alone
        count(45, "hộ nghèo"), rate(3.2, subject_is="hộ nghèo"),
        id="SUBJECTS-share-of-a-count-without-breakdown"),
    # a bare change verb where a verb stands (after a cue, an auxiliary, "việc") moves the object
    # after it, which the figure measures; not "tỷ lệ tăng …" nor a word it opens ("tăng trưởng")
    row("Bộ dự kiến tăng số câu hỏi sát hạch từ 450 lên 500 câu.",
        count(450, "câu"), target(500, "câu", subject_is="số câu hỏi sát hạch"),
        id="SUBJECTS-object-of-a-bare-rise-after-a-cue"),
    row("Về nguyên tắc, tôi ủng hộ việc tăng bội chi lên 5,3% GDP.",
        target(5.3, "%", subject="bội chi", subject_excludes=["việc", "tăng"]),
        id="SUBJECTS-object-of-a-bare-rise-after-viec"),
    row("Huyện phấn đấu giảm tỷ lệ hộ nghèo xuống dưới 3% vào năm 2026.",
        target(3, "%", 2026, qualifier="less_than", subject_is="tỷ lệ hộ nghèo"),
        id="SUBJECTS-object-of-a-bare-fall-after-a-cue"),
    row("Năm 2023, xã đã hạ tỷ lệ trẻ suy dinh dưỡng xuống còn 8%.",
        rate(8, subject_is="tỷ lệ trẻ suy dinh dưỡng"), id="SUBJECTS-object-of-a-bare-lowering-after-da"),
    row("Tỷ lệ tăng dân số tự nhiên giảm từ 1,2% xuống 1%.",
        rate(1.2, subject_is="Tỷ lệ tăng dân số tự nhiên"), rate(1, subject_is="Tỷ lệ tăng dân số tự nhiên"),
        id="SUBJECTS-bare-rise-inside-a-subject-moves-nothing"),
    row("Năm 2025, tỉnh phấn đấu tăng trưởng kinh tế từ 6% lên 7%.",
        rate(6), target(7, "%", 2025, subject="tăng trưởng kinh tế"), id="SUBJECTS-growth-is-no-bare-rise"),
    row("Chính phủ đề nghị giảm một số khoản chi và nâng mức bội chi từ 4,8% GDP lên 5,3% GDP.",
        target(4.8, "%", subject="mức bội chi"),
        target(5.3, "%", subject="mức bội chi", subject_excludes=["khoản chi", "giảm"]),
        id="SUBJECTS-later-verb-after-va-moves-its-own-object"),
    # "và" before a noun that points back ("và nhu cầu này …") opens a clause of its own: the group
    # after a share ends before it; a counted noun with a demonstrative stays in the list
    row("Khảo sát cho thấy gần 70% thanh niên muốn học nghề và nhu cầu này ngày càng tăng.",
        rate(70, qualifier="nearly", subject_is="thanh niên muốn học nghề"),
        id="SUBJECTS-group-ends-before-a-pointing-clause"),
    row("Năm nay có 70% học sinh và sinh viên này tham gia hoạt động tình nguyện.",
        rate(70, subject="học sinh và sinh viên này"), id="SUBJECTS-demonstrative-inside-a-list-stays"),
    # a subject never ends inside a quotation it opens; a quote that opens the phrase loses its mark
    row('Năm 2026, thành phố sẽ lập 3 đoàn kiểm tra việc thực hiện nghị quyết "Về xây dựng tổ chức cơ sở '
        'đảng trong sạch, vững mạnh, củng cố cơ sở đảng yếu kém".',
        target(3, "đoàn kiểm tra", 2026, subject="lập đoàn kiểm tra việc thực hiện nghị quyết",
               subject_excludes=['"', "trong sạch"]),
        id="SUBJECTS-no-open-quotation-at-the-end"),
    row('"Khoảng 60% học viên sử dụng ma túy đá", ông Hùng cho biết.',
        rate(60, qualifier="approx", subject_is="học viên sử dụng ma túy đá"),
        id="SUBJECTS-quote-opening-the-speech"),
    # a word whose last syllable is also a filler ("bị", "chỉ", "hiện", "mức") stays whole at a
    # subject's end; a change verb of two syllables goes whole ("gia tăng", "suy giảm")
    row("Năm 2026, huyện dự kiến chi 2 tỷ đồng để mua sắm trang thiết bị.",
        target(2_000_000_000, "đồng", 2026, subject="mua sắm trang thiết bị"),
        id="SUBJECTS-word-ending-in-bi"),
    row("Năm 2026, huyện dự kiến chi 1 tỷ đồng cho công tác chuẩn bị.",
        target(1_000_000_000, "đồng", 2026, subject="công tác chuẩn bị"),
        id="SUBJECTS-preparation-stays-whole"),
    row("Năm 2026, trường dự kiến chi 300 triệu đồng để cấp chứng chỉ.",
        target(300_000_000, "đồng", 2026, subject="cấp chứng chỉ"), id="SUBJECTS-word-ending-in-chi"),
    row("Năm 2026, tỉnh dự kiến chi 5 tỷ đồng cho các vụ vi phạm được phát hiện.",
        target(5_000_000_000, "đồng", 2026, subject="vụ vi phạm được phát hiện"),
        id="SUBJECTS-word-ending-in-hien"),
    row("Năm 2026, tỉnh dự kiến hỗ trợ 2 tỷ đồng để nâng định mức.",
        target(2_000_000_000, "đồng", 2026, subject="nâng định mức"), id="SUBJECTS-word-ending-in-muc"),
    row("Tỷ lệ thất nghiệp gia tăng 2% so với năm trước.",
        rate(2, subject_is="Tỷ lệ thất nghiệp"), id="SUBJECTS-two-syllable-rise-goes-whole"),
    row("Số ca mắc sốt xuất huyết suy giảm 15% so với cùng kỳ.",
        rate(15, subject_is="Số ca mắc sốt xuất huyết"), id="SUBJECTS-two-syllable-fall-goes-whole"),
    # a level named before "là" is what a share of a base measures ("mức X là N% Y"), not the base
    row("Người học bỏ dở khóa học phải bồi hoàn, mức bồi hoàn là 100% kinh phí đào tạo.",
        rate(100, subject_is="mức bồi hoàn"), id="SUBJECTS-level-named-before-is"),
    row("Mức đóng bảo hiểm y tế của người lao động là 4,5% tiền lương tháng.",
        rate(4.5, subject_is="Mức đóng bảo hiểm y tế của người lao động"), id="SUBJECTS-contribution-level"),
    row("Tỷ lệ sở hữu của nhà đầu tư nước ngoài là 49% vốn điều lệ.",
        rate(49, subject_is="Tỷ lệ sở hữu của nhà đầu tư nước ngoài"), id="SUBJECTS-rate-named-before-is"),
    row("Năm nay, 70% học phí do ngân sách tỉnh chi trả.",  # no level named: the share of the fee
        rate(70, subject="học phí"), id="SUBJECTS-no-level-the-noun-after"),
    # a cap "không (được) vượt quá N% Y" measures what stands before it against the base Y
    row("Chi phí quản lý không được vượt quá 10% tổng kinh phí của dự án.",
        target(10, "%", qualifier="at_most", subject="Chi phí quản lý so với tổng kinh phí của dự án"),
        id="SUBJECTS-capped-cost-against-its-base"),
    row("Theo quy định, dư nợ cho vay không vượt quá 70% giá trị tài sản bảo đảm.",
        target(70, "%", qualifier="at_most", subject="dư nợ cho vay so với giá trị tài sản bảo đảm"),
        id="SUBJECTS-capped-loan-against-its-base"),
    row("Số ứng cử viên dư không quá 30% so với số lượng cần bầu.",
        target(30, "%", qualifier="at_most", subject_is="Số ứng cử viên dư so với số lượng cần bầu"),
        id="SUBJECTS-capped-surplus-against-its-base"),
    # a verb taking the share keeps the share its own ("được sử dụng không quá 70% quỹ")
    row("Các huyện thiếu vốn được sử dụng không quá 50% quỹ dự phòng để khắc phục thiên tai.",
        target(50, "%", qualifier="at_most", subject="sử dụng quỹ dự phòng"),
        id="SUBJECTS-cap-on-a-share-used"),
    # a plan's share measures the deed, not who did it
    row("Năm 2023, tỉnh đã giải quyết việc làm cho 25.000 lao động, đạt 104% kế hoạch năm.",
        count(25_000, "lao động"), rate(104, subject="giải quyết việc làm", subject_excludes=["tỉnh"]),
        id="SUBJECTS-plan-share-without-its-doer"),
]

# 2. Deadlines: a year at the head of a list serves every item; a base year or a past period is none.
DEADLINES = [
    # a year inside a middle item of a list (not at its head) is no deadline of the items after it;
    # a year heading the list serves every item
    row("Huyện phấn đấu kết nạp 300 đảng viên; hoàn thành quy hoạch cán bộ giai đoạn 2025-2030; mở 12 lớp "
        "bồi dưỡng.",
        target(300, "đảng viên", 2030), target(12, "lớp", None), id="DEADLINES-year-inside-a-middle-item"),
    row("Năm 2026, huyện phấn đấu kết nạp 300 đảng viên; mở 12 lớp bồi dưỡng.",
        target(300, "đảng viên", 2026), target(12, "lớp", 2026), id="DEADLINES-year-heading-the-items"),
    # a "Trong đó" list of goals takes the year of the sentence naming those goals before it
    row("Kết quả năm 2023 là tiền đề để năm 2025 huyện thực hiện các chỉ tiêu Nghị quyết đã đề ra. "
        "Trong đó huyện phấn đấu đạt các chỉ tiêu chủ yếu: thu ngân sách đạt trên 106 tỷ đồng; "
        "tỷ lệ hộ gia đình văn hóa đạt trên 81%.",
        target(106_000_000_000, "đồng", deadline=2025, qualifier="more_than"),
        target(81, "%", deadline=2025, qualifier="more_than")),
    row("Năm 2022, huyện hoàn thành các chỉ tiêu đề ra. Trong đó, thu ngân sách đạt 120 tỷ đồng.",
        count(120_000_000_000, "đồng")),
    row("Phấn đấu đến năm 2030: 100% xã đạt chuẩn nông thôn mới nâng cao; trên 90% hộ dân dùng nước sạch.",
        target(100, "%", deadline=2030, subject="xã đạt chuẩn nông thôn mới"),
        target(90, "%", deadline=2030, qualifier="more_than", subject="hộ dân dùng nước sạch")),
    row("Mục tiêu đến năm 2028: tỷ lệ hộ nghèo giảm hằng năm 1,5%; 100% thôn có nhà văn hóa đạt chuẩn.",
        target(1.5, "%", deadline=2028, subject="hộ nghèo"),
        target(100, "%", deadline=2028, subject="thôn có nhà văn hóa")),
    row("Phấn đấu mỗi năm kết nạp ít nhất 60 đảng viên, nhiều hơn bình quân nhiệm kỳ 2015-2020.",
        target(60, "đảng viên", qualifier="at_least")),
    row("Giai đoạn 2016-2020, huyện đã kết nạp 1.200 đảng viên mới.",
        count(1200, ("đảng viên", "đảng viên mới"))),
    # a roadmap: milestones of two years, each heading its figure (the page is dated 2024)
    row("Đến hết năm 2027 có 70%, đến hết năm 2030 có 95% hộ dân được phổ biến pháp luật.",
        target(70, "%", deadline=2027, subject="hộ dân được phổ biến pháp luật"),
        target(95, "%", deadline=2030, subject="hộ dân được phổ biến pháp luật")),
    row("Đến hết năm 2018 có 60%, đến hết năm 2020 có 85% hộ dân dùng nước sạch.",  # both before 2024
        rate(60), rate(85, subject="hộ dân dùng nước sạch")),
    row("Đến năm 2020 có 50 xã đạt chuẩn, đến năm 2023 đã có 80 xã đạt chuẩn.",
        count(50, "xã"), count(80, "xã")),
    # a plan naming a figure per year: the year right before each figure is its own, even after
    # "từ"; a year after "và" opens the next item; the first end of a pair keeps the plan's year
    row("Theo kế hoạch, nhà máy dự kiến đi vào hoạt động từ năm 2027 với 60% công suất, năm 2028 là 85% "
        "và đến năm 2030 đạt 100% công suất.",
        target(60, "%", deadline=2027, subject="công suất"),
        target(85, "%", deadline=2028, subject="công suất năm 2028"),
        target(100, "%", deadline=2030, subject="công suất")),
    row("Huyện phấn đấu năm 2026 có 70% xã đạt chuẩn nông thôn mới, năm 2027 là 85% và năm 2028 là 100%.",
        target(70, "%", deadline=2026, subject="xã đạt chuẩn nông thôn mới"),
        target(85, "%", deadline=2027, subject="xã đạt chuẩn nông thôn mới năm 2027"),
        target(100, "%", deadline=2028, subject="xã đạt chuẩn nông thôn mới năm 2028")),
    row("Phấn đấu tăng tỷ lệ che phủ rừng từ năm 2020 là 30% lên 45% vào năm 2030.",
        target(30, "%", deadline=2030), target(45, "%", deadline=2030)),
    row("Tỉnh dự kiến nâng số xã đạt chuẩn lên 40 xã vào năm 2027 và 60 xã vào năm 2030.",
        target(40, "xã", deadline=2027), target(60, "xã", deadline=2030)),
    # "mục tiêu" followed by a time opens a goal ("Mục tiêu đến năm 2030, …", "với mục tiêu trong
    # 4 năm (2009 - 2012), …"); as a purpose or an achieved goal it opens none
    row("Mục tiêu đến năm 2030, 100% xã đạt chuẩn nông thôn mới.",
        target(100, "%", deadline=2030, subject="xã đạt chuẩn nông thôn mới")),
    row("Chính phủ ban hành chính sách hỗ trợ nhà ở với mục tiêu trong 4 năm (2009 - 2012), hỗ trợ về "
        "nhà ở cho khoảng 500.000 hộ nghèo.",
        target(500_000, "hộ nghèo", deadline=2012, qualifier="approx")),
    row("Nguồn lực dành cho mục tiêu giảm nghèo là 542.000 tỷ đồng.", count(542_000_000_000_000, "đồng")),
    row("Năm 2023, huyện đã đạt mục tiêu năm 2023 với 120 đảng viên mới.",
        count(120, ("đảng viên", "đảng viên mới"))),
    # a sentence opened by the scheme or roadmap it reports states its goals
    row("Theo Đề án, đến năm 2030, 100% trường học có phòng học bộ môn.",
        target(100, "%", deadline=2030, subject="trường học có phòng học bộ môn")),
    row("Theo lộ trình, năm 2026 tỉnh giảm 5% biên chế.", target(5, "%", deadline=2026, subject="biên chế")),
    # a line under a bullet explains its item; the bullets after it stay items of the plan
    row("Từ năm 2024 đến năm 2027, Bộ tiến hành bồi dưỡng giáo viên. Cụ thể, Bộ sẽ:\n\n"
        "- Bồi dưỡng chương trình mới cho 20.000 giáo viên tiểu học.\n\n"
        "Việc bồi dưỡng được thực hiện qua hình thức trực tuyến.\n\n"
        "- Bồi dưỡng năng lực cho 300 giảng viên chủ chốt.",
        target(20_000, "giáo viên", deadline=2027),
        target(300, ("giảng viên", "giảng viên chủ chốt"), deadline=2027)),
    row("Năm 2023, huyện đã triển khai các nhiệm vụ sau:\n\n"  # a list of results, not of goals
        "- Mở lớp bồi dưỡng cho 120 đảng viên mới.\n\nViệc bồi dưỡng do Trung tâm Chính trị đảm nhận.\n\n"
        "- Kết nạp 85 đảng viên.",
        course(None, 120, "new_party_members"), count(85, "đảng viên")),
]

# 3. Target or not: plans without "phấn đấu" are targets; a cue that states no goal, a result
# against an estimate, a re-mention and a past result are not.
TARGET_OR_NOT = [
    # a count whose bound is named with its noun before the copula ("Số lượng … tối đa là 3 người")
    # is a rule's cap or floor, a target with that qualifier; a named level ("mức lương tối thiểu")
    # or a duration is none
    row("Theo quy định mới, số lượng phó chủ tịch ủy ban nhân dân xã tối đa là 2 người.",
        target(2, "người", qualifier="at_most"), id="TARGET_OR_NOT-named-cap-before-the-copula"),
    row("Số học viên tối thiểu để mở một lớp bồi dưỡng là 25 người.",
        target(25, "người", qualifier="at_least"), id="TARGET_OR_NOT-named-floor-before-the-copula"),
    row("Thời gian học tối thiểu là 5 ngày.", id="TARGET_OR_NOT-named-floor-of-a-duration-is-no-fact"),
    # goals named with their time and listed after a colon ("các mục tiêu chủ yếu của năm 2026: …")
    # are targets of that year; a goal-setting document's verb ("Nghị quyết … xác định …") with the
    # goal's figure right after it states goals, the same verb after an inspection reports a finding;
    # "đã đề ra" describing the plan reports nothing done, so the items after it stay goals
    row("Hội nghị thống nhất các mục tiêu chủ yếu của năm 2026: tăng trưởng GRDP từ 9% trở lên; giải quyết "
        "việc làm cho 25.000 lao động.",
        target(9, "%", 2026, qualifier="at_least"), target(25000, "lao động", 2026),
        id="TARGET_OR_NOT-goals-listed-after-their-time"),
    row("Hội nghị thống nhất các mục tiêu chủ yếu của năm 2026: tăng trưởng GRDP từ 9% trở lên.\n\nSau sắp "
        "xếp, toàn tỉnh còn 65 xã, phường.",
        target(9, "%", 2026, qualifier="at_least"), count(65, "xã, phường"),
        id="TARGET_OR_NOT-goals-listed-in-place-leave-the-next-paragraph-reported"),
    row("Nghị quyết Đại hội xác định mỗi năm kết nạp từ 900 đảng viên trở lên.",
        target(900, "đảng viên", qualifier="at_least"), id="TARGET_OR_NOT-resolution-states-a-goal"),
    row("Nghị quyết Đại hội nhiệm kỳ trước đã xác định mỗi năm kết nạp từ 700 đảng viên trở lên.",
        count(700, "đảng viên", qualifier="at_least"), id="TARGET_OR_NOT-resolution-past-verb-reports"),
    row("Qua kiểm tra, đoàn xác định 14 trường hợp vi phạm.", count(14, ("trường hợp vi phạm", "trường hợp")),
        id="TARGET_OR_NOT-inspection-finding-is-no-goal"),
    row("Năm 2026, Ủy ban Kiểm tra đặt mục tiêu hoàn thành 100% chương trình kiểm tra đã đề ra; giải quyết "
        "ít nhất 90% đơn thư.",
        target(100, "%", 2026), target(90, "%", 2026, qualifier="at_least"),
        id="TARGET_OR_NOT-plan-described-as-set-reports-nothing-done"),
    # a plan noun heading the sentence with its time and a comma ("Kế hoạch năm 2026, …") opens the
    # sentence's goals; the same noun as a base ("so với kế hoạch 9 tháng") or a plan done ("Kế
    # hoạch năm 2023, huyện đã kết nạp …") opens none
    row("Kế hoạch năm 2024, Đảng bộ huyện kết nạp 140 đảng viên mới và thành lập 3 chi bộ.",
        target(140, "đảng viên mới", 2024), target(3, "chi bộ", 2024),
        id="TARGET_OR_NOT-plan-noun-heading-the-goals"),
    row("Chỉ tiêu năm 2024, toàn tỉnh giải quyết việc làm cho 32.000 lao động.",
        target(32000, "lao động", 2024), id="TARGET_OR_NOT-quota-noun-heading-the-goals"),
    row("Kế hoạch năm 2023, huyện đã kết nạp 120 đảng viên.", count(120, "đảng viên"),
        id="TARGET_OR_NOT-plan-noun-heading-a-result"),
    # the two ends of a spread ("ít nhất …, nhiều nhất …") are ruled as its floor is: bounds on what
    # each member gets make quotas; a recurring time ("từng lần", "hàng tháng") reports how much was paid
    row("Hàng tháng hoặc từng lần vi phạm, các doanh nghiệp nộp cho các đối tượng số tiền ít nhất 2 triệu "
        "đồng / tháng, nhiều nhất 15 triệu đồng / tháng.",
        count(2_000_000, "đồng/tháng", qualifier="at_least"),
        count(15_000_000, "đồng/tháng", qualifier="at_most"),
        id="TARGET_OR_NOT-spread-paid-each-time"),
    row("Mỗi hộ được hỗ trợ ít nhất 2 triệu đồng, nhiều nhất 15 triệu đồng.",
        target(2_000_000, "đồng", qualifier="at_least"), target(15_000_000, "đồng", qualifier="at_most"),
        id="TARGET_OR_NOT-spread-handed-to-each"),
    # a clause after "sau khi" reports an earlier event: its figures are no plan of the cue before it
    row("Thường trực Huyện ủy yêu cầu dừng dự án sau khi cơ quan chức năng xác định khu đất có giá hơn "
        "120 tỷ đồng.",
        count(120_000_000_000, "đồng", qualifier="more_than"), id="TARGET_OR_NOT-earlier-event-after-a-cue"),
    row("Sau khi sáp nhập, tỉnh phấn đấu đến năm 2025 kết nạp 500 đảng viên.",
        target(500, "đảng viên", 2025), id="TARGET_OR_NOT-earlier-event-before-a-cue"),
    # a plan noun that a copula names ("Chỉ tiêu năm 2025 giao cho … là kết nạp 12 đảng viên") states
    # the goal however long the noun's description; its subject is what follows the copula
    row("Chỉ tiêu năm 2026 tỉnh giao cho Đảng bộ phường là kết nạp 15 đảng viên.",
        target(15, "đảng viên", 2026, subject_is="kết nạp đảng viên"), id="TARGET_OR_NOT-plan-noun-copula"),
    row("Mục tiêu của hợp tác xã trong năm nay là giữ tỷ lệ nợ quá hạn dưới mức 1%.",
        target(1, "%", qualifier="less_than", subject="tỷ lệ nợ quá hạn",
               subject_excludes=["Mục tiêu", "dưới"]),
        id="TARGET_OR_NOT-goal-named-by-a-copula"),
    row("Kế hoạch năm nay của Huyện ủy đã hoàn thành, kết quả là 30 đảng viên được kết nạp.",
        count(30, "đảng viên"), id="TARGET_OR_NOT-plan-done-then-a-copula"),
    # the bodies a quota stated before goes to ("giao chỉ tiêu kết nạp 180 đảng viên mới cho 36 tổ chức")
    # are there, a count; the quota is the plan; a goal's beneficiaries with no quota before stay its own
    row("Năm 2026, Thành ủy giao chỉ tiêu kết nạp 420 đảng viên mới cho 52 tổ chức cơ sở đảng.",
        target(420, "đảng viên mới", 2026), count(52, "tổ chức cơ sở đảng"),
        id="TARGET_OR_NOT-quota-handed-to-bodies"),
    row("Đề án có mục tiêu trong 3 năm (2026 - 2028) hỗ trợ nhà ở cho khoảng 2.000 hộ nghèo.",
        target(2000, "hộ nghèo", 2028, qualifier="approx"), id="TARGET_OR_NOT-beneficiaries-of-a-goal"),
    # a period still to come heads the goals of its list that no cue or year reaches ("Các chỉ tiêu
    # chủ yếu … giai đoạn 2026 - 2030 gồm: hằng năm có trên 90% …; đến năm 2028, …")
    row("Các chỉ tiêu chủ yếu giai đoạn 2026 - 2030 gồm: hằng năm có trên 85% chi bộ hoàn thành tốt nhiệm "
        "vụ; đến năm 2028, 100% chi bộ có cấp ủy.",
        target(85, "%", 2030, qualifier="more_than"), target(100, "%", 2028),
        id="TARGET_OR_NOT-coming-period-heads-its-goals"),
    # a lower bound a body binds itself to keep ("bảo đảm … không dưới 20%") is a quota; kept, a rate
    row("Đảng ủy chỉ đạo rà soát quy hoạch, bảo đảm tỷ lệ cán bộ nữ không dưới 25%.",
        target(25, "%", qualifier="at_least", subject="tỷ lệ cán bộ nữ"), id="TARGET_OR_NOT-ensured-bound"),
    row("Mỗi xã phải đảm bảo có ít nhất 2 cán bộ chuyên trách.",
        target(2, "cán bộ chuyên trách", qualifier="at_least"),
        id="TARGET_OR_NOT-ensured-floor-with-a-modal"),
    row("Năm qua, huyện đã bảo đảm tỷ lệ cán bộ nữ trên 20%.",
        rate(20, qualifier="more_than", subject="tỷ lệ cán bộ nữ"), id="TARGET_OR_NOT-ensured-level-kept"),
    # an obligation asking for the full number a rule sets ("cần … đủ 52 người") is a quota; done, a count
    row("Các địa phương cần hoàn tất việc kiện toàn đủ 52 người theo quy định.",
        target(52, "người", deadline=None), id="TARGET_OR_NOT-full-number-asked"),
    row("Năm qua, xã đã bố trí đủ 3 cán bộ chuyên trách.", count(3, ("cán bộ", "cán bộ chuyên trách")),
        id="TARGET_OR_NOT-full-number-done"),
    # a target's subject opens with no "với" and ends with no link
    row("Từ quý 3-2019, Bộ sẽ tăng bộ câu hỏi sát hạch lý thuyết lái xe từ 450 câu hiện nay lên "
        "600 câu.",
        count(450, "câu"),
        target(600, "câu", 2019, subject="bộ câu hỏi sát hạch",
               subject_excludes=["450", "hiện", "nay", "từ"]),
        id="TARGET_OR_NOT-subject-without-the-start-of-its-pair"),
    row("Đến năm 2025, số vụ tảo hôn trên địa bàn phải giảm xuống dưới 5 vụ.",
        target(5, "vụ", 2025, qualifier="less_than", subject_is="số vụ tảo hôn trên địa bàn"),
        id="TARGET_OR_NOT-subject-without-its-modal-or-noun-again"),
    row("Huyện phấn đấu nâng số xã đạt chuẩn từ 12 xã lên 20 xã vào năm 2025.",
        count(12, "xã"),
        target(20, "xã", 2025, subject_is="số xã đạt chuẩn"),  # what is moved, not the verb
        id="TARGET_OR_NOT-noun-named-in-the-subject-once"),
    row("Từ năm 2025, học phí sẽ là: 90 USD với người mới học; 150 USD với người đã có căn bản.",
        target(90, "USD", subject="học phí"),
        target(150, "USD", subject="người đã có căn bản", subject_excludes=["với"]),
        id="TARGET_OR_NOT-subject-opens-with-no-voi"),
    # a recurring goal right after a plan's goal sentence is a goal too, with no year of its own
    row("Theo Đề án, đến hết năm 2030, 100% trường học có nội dung giáo dục pháp luật. Hằng năm, 100% "
        "giáo viên được tập huấn.",
        target(100, "%", deadline=2030), target(100, "%", subject="giáo viên được tập huấn")),
    row("Năm 2023, huyện kết nạp 120 đảng viên. Hằng năm, 100% chi bộ tổ chức sinh hoạt chuyên đề.",
        count(120, "đảng viên"), rate(100)),  # after a result, a habit
    # a goal sentence naming its goals in the plural, then a paragraph of them (no year carried
    # beyond the paragraph); a paragraph after one naming no goals reports
    row("Theo đó, phấn đấu đến năm 2030 đạt các mục tiêu cơ bản về phát triển kinh tế biển.\n\n"
        "Đóng góp của kinh tế biển chiếm khoảng 10% GDP; các tỉnh ven biển chiếm 65-70% GDP.",
        target(10, "%", qualifier="approx"), target(65, "%", qualifier="range", value_max=70)),
    row("Theo đó, phấn đấu đến năm 2030 phát triển mạnh kinh tế biển.\n\n"
        "Năm 2023, kinh tế biển chiếm 8% GDP.", rate(8)),
    # a contrast turns from the plan to what happened instead
    row("Ban đầu dự kiến có 60 học viên tham gia khóa học nhưng ngày khai mạc chỉ còn 50 học viên.",
        target(60, "học viên", subject_excludes=["nhưng", "khai", "mạc"]), count(50, "học viên")),
    row("Phấn đấu đến năm 2030 có 90% xã đạt chuẩn, nhưng hiện nay mới có 60% xã đạt chuẩn.",
        target(90, "%", deadline=2030, subject="xã đạt chuẩn", subject_excludes=["nhưng", "hiện"]),
        rate(60, subject="xã đạt chuẩn")),
    row("Huyện dự kiến mở 5 lớp nhưng sẽ mở thêm 2 lớp nếu đủ học viên.",  # a new cue after the contrast
        target(5, "lớp"), target(2, "lớp")),
    # the plan restated in parentheses, even when it was beaten
    row("Năm 2023, tổng sản phẩm tăng 8,1% so với năm 2022, vượt kế hoạch đề ra (từ 7,3 – 7,5%).",
        rate(8.1), target(7.3, "%", deadline=2023, qualifier="range", value_max=7.5)),
    row("Huyện kết nạp 230 đảng viên (đạt 115% kế hoạch).", count(230, "đảng viên"), rate(115)),
    # the next item of a rule's list is the same rule, unless it reports what was done
    row("Quy định nêu rõ, ban chỉ đạo cấp tỉnh không quá 15 người; cấp huyện từ 9 đến 11 người.",
        target(15, "người", qualifier="at_most"), target(9, "người", qualifier="range", value_max=11)),
    row("Mỗi tổ không quá 5 người; năm qua các tổ đã có từ 3 đến 4 người.",
        target(5, "người", qualifier="at_most"), count(3, "người", qualifier="range", value_max=4)),
    # a bound written once covers the list of a quota
    row("Mỗi nhóm phải đạt tối thiểu 60 bài giảng, 40 bài viết và 15 bộ phim.",
        target(60, ("bài", "bài giảng"), qualifier="at_least"), target(40, "bài viết", qualifier="at_least"),
        target(15, "bộ phim", qualifier="at_least")),
    row("Mỗi chi bộ phải có ít nhất 5 đảng viên tham gia họp định kỳ, 2 người vắng.",
        target(5, "đảng viên", qualifier="at_least"), count(2, "người")),
    # the rate a rule or a contract sets for a penalty or a reimbursement
    row("Dự thảo quy định mức phạt tối thiểu 12% với người vi phạm hợp đồng.",
        target(12, "%", qualifier="at_least")),
    row("Các bên thỏa thuận phạt với mức không dưới 8% khoản kinh phí bồi hoàn.",
        target(8, "%", qualifier="at_least")),
    row("Người tự ý bỏ học phải bồi hoàn gấp 300% số tiền đã nhận.", target(300, "%")),
    row("Năm 2023, tỷ lệ xử phạt đạt 95%.", rate(95, subject="tỷ lệ xử phạt")),
    # a purpose clause opening the sentence states a goal; the main clause what was done
    row("Nhằm nâng tỷ lệ hộ dùng nước sạch lên 97%, huyện đã đầu tư 20 tỷ đồng.",
        target(97, "%"), count(20_000_000_000, "đồng")),
    row("Để đạt kết quả này, huyện đã kết nạp 120 đảng viên.", count(120, "đảng viên")),
    # a prohibition on going past a figure caps it
    row("Học viên không được nghỉ quá ba buổi trong mỗi khóa học.", target(3, "buổi", qualifier="at_most")),
    row("Mỗi người không được giữ quá 2 chức danh.", target(2, "chức danh", qualifier="at_most")),
    # a cap written around its verb ("không được nghỉ quá ba buổi") measures who does what it
    # bounds, without the prohibition or the excess word; a rule's content starts after the
    # phrase that says it is a rule ("với quy định", "theo quy định"), not in the clause before
    row("Học viên nộp tiền cọc và được nhận lại cuối khóa với quy định không được vắng quá 4 buổi.",
        target(4, "buổi", qualifier="at_most", subject="vắng buổi",
               subject_excludes=["nhận lại", "quy định", "không được", "quá"]),
        id="SUBJECTS-split-cap-after-a-rule-marker"),
    row("Theo quy định, mỗi đảng viên không được kiêm nhiệm quá 3 chức vụ.",
        target(3, "chức vụ", qualifier="at_most", subject="đảng viên kiêm nhiệm chức vụ",
               subject_excludes=["không được", "quá", "quy định"]),
        id="SUBJECTS-split-cap-its-actor-and-verb"),
    # "được giao" gives a quota when the figure follows it, a task when a verb does
    row("Năm 2024, huyện được giao 120 biên chế.", target(120, "biên chế", deadline=2024)),
    row("Đến năm 2025 sẽ tăng ngân hàng câu hỏi sát hạch lên 600 câu.", target(600, "câu", deadline=2025)),
    # a lone "một" in a plan is the article "a", unless a verb adds or opens one
    row("Hội nghị bàn về sự cần thiết phải ban hành một nghị quyết mới về kinh tế tư nhân."),
    row("Năm 2025 huyện sẽ tổ chức một lớp bồi dưỡng cho 40 đảng viên.",
        target(1, "lớp", deadline=2025), target(40, "đảng viên", deadline=2025)),
    row("Mỗi chi bộ phải có ít nhất một đảng viên trẻ.", target(1, "đảng viên trẻ", qualifier="at_least")),
    # after a weak "sẽ", people who are so now ("đang …") are no plan
    row("Cuối năm học trường sẽ họp phụ huynh, gần 800 học viên đang theo học phải có mặt.",
        course(None, 800, "other", qualifier="nearly")),
    row("Năm tới, trường sẽ tuyển 300 học viên.", target(300, "học viên")),
    # what a plan starts from is what is, not a goal
    row("Tổng cục dự kiến tăng số câu hỏi sát hạch từ 450 lên 500 câu.",
        count(450, "câu"), target(500, "câu")),
    row("Phấn đấu nâng tỷ lệ hộ dùng nước sạch từ 85% lên 95%.", rate(85), target(95, "%")),
    row("Bộ sẽ tăng bộ câu hỏi sát hạch từ 450 câu hiện nay lên 600 câu.",
        count(450, "câu"), target(600, "câu")),
    row("Năm tới, Bộ sẽ tăng ngân hàng câu hỏi từ 1.200 câu (hiện có) lên 1.500 câu.",
        count(1200, "câu"), target(1500, "câu")),
    # "đã" before a verb that makes a plan reports the planning; each figure takes the year written
    # right after it; the present base of a plan and a forecast are no goals
    row("Hãng hàng không đã lên kế hoạch nâng đội bay lên 90 chiếc máy bay vào năm 2027 và 120 chiếc "
        "vào năm 2030 so với số máy bay hiện có là 70 chiếc.",
        target(90, ("chiếc máy bay", "chiếc"), deadline=2027), target(120, "chiếc", deadline=2030),
        count(70, "chiếc")),
    row("Số việc làm mới được dự báo sẽ tăng lên 150.000 việc làm, tỷ lệ thất nghiệp ở mức 6,8%.",
        count(150_000, ("việc làm",)), rate(6.8)),
    row("Theo khảo sát, nhiều người được hỏi nói sẽ ủng hộ, chưa đầy 40% tin kết quả là công bằng.",
        rate(40, qualifier="less_than")),  # a poll's answers
    # a tense marker of another verb does not report an intake; a planned intake's breakdown is planned
    row("Theo thông báo vừa được đăng tải, công ty muốn tuyển dụng 500 lao động. Trong đó, 420 công nhân "
        "may và 80 kỹ thuật viên.",
        target(500, "lao động"), target(420, "công nhân"), target(80, "kỹ thuật viên")),
    row("Công ty vừa tuyển dụng 500 lao động.", count(500, "lao động")),
    # an intake announces its people; the fields a school enrols in are counted
    row("Viện thông báo tuyển sinh 6 ngành đào tạo thạc sĩ.", count(6, ("ngành", "ngành đào tạo"))),
    # a re-mention is no goal, even after a cue; "mức cao nhất" bounds a reward from above
    row("Nhóm thứ ba không bắt buộc phải giữ chức vụ như hai nhóm trên, nhưng phải nằm trong quy hoạch.",
        count(2, "nhóm")),
    row("Tỉnh sẽ thưởng người tố giác tham nhũng với mức cao nhất 20 triệu đồng.",
        target(20_000_000, "đồng", qualifier="at_most")),
    row("Cô được giao hướng dẫn 44 học viên, gồm 29 học viên ngành Luật.",
        count(44, "học viên"), count(29, "học viên")),
    row("Ông vừa được giao nhiệm vụ làm Trưởng ban chỉ đạo gồm 12 thành viên.", count(12, "thành viên")),
    row("Năm 2025, Trung tâm Chính trị huyện dự kiến mở 5 lớp trung cấp lý luận chính trị.",
        target(5, "lớp", deadline=2025)),
    row("Năm 2025, nhà trường tuyển sinh khoảng 900 học viên hệ trung cấp.",
        target(900, "học viên", deadline=2025, qualifier="approx")),
    row("Nghị quyết đề ra bình quân hằng năm phát triển 1.500 đảng viên mới.",
        target(1500, ("đảng viên", "đảng viên mới"))),
    row("Theo dự thảo, Ủy ban nhân dân cấp xã có 2 phó chủ tịch.",
        target(2, "phó chủ tịch")),
    # a fine "up to" a sum, or a bracket of fines, is set by a rule; one fine imposed is a count
    row("Từ tháng 3, người điều khiển xe chở hàng không che chắn bị phạt đến 8 triệu đồng.",
        target(8_000_000, "đồng", qualifier="at_most")),
    row("Hành vi xả rác nơi công cộng bị phạt tiền từ 1 đến 3 triệu đồng.",
        target(1_000_000, "đồng", qualifier="range", value_max=3_000_000)),
    row("Công ty bị phạt 40 triệu đồng vì vi phạm quy định.", count(40_000_000, "đồng")),
    # an amount or a share that a law, a draft or a regulation grants is set by it: a target
    row("Theo dự thảo thông tư, người làm công tác tiếp dân được hưởng bồi dưỡng 90.000 đồng/ngày.",
        target(90_000, ("đồng/ngày", "đồng / ngày"))),
    row("Bộ vừa lấy ý kiến dự thảo Nghị định về chế độ trực. Theo đó, cán bộ trực đêm được hưởng "
        "thêm 60.000 đồng/đêm.",
        target(60_000, ("đồng/đêm", "đồng / đêm"))),
    row("Theo quy định, trẻ em dưới 6 tuổi được thanh toán 100% chi phí khám bệnh.", target(100, "%")),
    row("Thuê bao trả sau không được vượt quá 40% tổng giá trị dịch vụ.",  # a prohibition caps
        target(40, "%", qualifier="at_most")),
    row("Năm qua, 40 hộ nghèo được hỗ trợ 5 triệu đồng để sửa nhà.",  # granted, but by no rule
        count(40, "hộ nghèo"), count(5_000_000, "đồng")),
    row("Bộ Chính trị yêu cầu các cơ quan giảm khoảng 5% biên chế.",
        target(5, "%", qualifier="approx")),
    row("Tại hội nghị, Bộ Chính trị trình dự kiến thành lập 6 tiểu ban giúp việc.",
        target(6, "tiểu ban"), id="TARGET_OR_NOT-plan-open-noun"),
    row("Sở thông báo tuyển dụng 12 công chức theo chuyên ngành: luật (5 chỉ tiêu); kế toán (3 chỉ "
        "tiêu).",
        target(12, "công chức"), target(5, "chỉ tiêu"), target(3, "chỉ tiêu"),
        id="TARGET_OR_NOT-intake-quota"),
    row("Năm học tới, trường tuyển sinh 500 chỉ tiêu đại học chính quy.", target(500, "chỉ tiêu"),
        id="TARGET_OR_NOT-intake-places"),
    row("Trường dự kiến tuyển sinh 1.200 chỉ tiêu cho hệ đào tạo từ xa.", target(1200, "chỉ tiêu"),
        id="TARGET_OR_NOT-planned-intake-places"),
    row("Năm 2023, trường tuyển sinh 850 chỉ tiêu hệ vừa làm vừa học.", count(850, "chỉ tiêu"),
        id="TARGET_OR_NOT-dated-intake-places"),
    row("Nghị quyết đại hội đề ra 18 chỉ tiêu chủ yếu.", count(18, "chỉ tiêu chủ yếu"),
        id="TARGET_OR_NOT-plan-items-no-intake"),
    row("Đại hội sẽ có 450 đại biểu chính thức, đại diện cho hơn 52.000 đảng viên của tỉnh.",
        target(450, "đại biểu chính thức"), count(52_000, "đảng viên", qualifier="more_than"),
        id="TARGET_OR_NOT-represented-group-exists-now"),
    row("Hội nghị dự kiến mời 120 khách, thay mặt cho 35 hợp tác xã trong huyện.",
        target(120, "khách"), count(35, "hợp tác xã"),
        id="TARGET_OR_NOT-represented-group-thay-mat"),
    row("Dự kiến bầu 9 đại biểu đại diện cho khối doanh nghiệp và 6 đại biểu của khối xã.",
        target(9, "đại biểu"), target(6, "đại biểu"),
        id="TARGET_OR_NOT-representatives-planned-then-a-new-item"),
    row("Đảng ủy làm tốt nhiệm vụ chính trị được giao, do đó đạt được những kết quả quan trọng, đó là: "
        "95% đảng viên hoàn thành tốt nhiệm vụ.",
        rate(95, subject="đảng viên hoàn thành tốt nhiệm vụ"), id="TARGET_OR_NOT-results-announced"),
    row("Chi bộ phấn đấu năm 2026 có 100% đảng viên hoàn thành tốt nhiệm vụ; kết quả đạt được năm 2025 "
        "là 92% đảng viên hoàn thành tốt nhiệm vụ.",
        target(100, "%", 2026), rate(92), id="TARGET_OR_NOT-results-after-a-goal"),
    row("Các thí sinh sẽ trải qua 4 vòng thi.", count(4, "vòng thi"),
        id="TARGET_OR_NOT-descriptive-se"),
    row("Năm 2023, nhà trường tuyển dụng 14 giáo viên.", count(14, "giáo viên"),
        id="TARGET_OR_NOT-dated-intake"),
    row("Theo kế hoạch, Ban sẽ đối diện một hình thức kỷ luật nặng.", id="TARGET_OR_NOT-se-article-mot"),
    row("Đến năm 2027, huyện sẽ có 100% xã đạt chuẩn nông thôn mới.", target(100, "%", deadline=2027),
        id="TARGET_OR_NOT-se-with-year"),
    row("Trường vừa tuyển sinh 120 học viên hệ trung cấp.", count(120, "học viên"),
        id="TARGET_OR_NOT-intake-done"),
    row("Thời gian tới, huyện sẽ nâng tỷ lệ hộ dùng nước sạch lên 95%.", target(95, "%"),
        id="TARGET_OR_NOT-se-raise-share"),
    row("Theo thỏa thuận, người vay sẽ trả hoa hồng là 12% mỗi tháng.", rate(12),
        id="TARGET_OR_NOT-se-describes"),
    row("Với người có khả năng chi trả, học phí sẽ dao động trong khoảng 3-9 USD/tháng.",
        count(3, "USD/tháng", qualifier="range", value_max=9), id="TARGET_OR_NOT-se-describes-a-price"),
    row("Mỗi tuần, học viên sẽ tự liên hệ với giáo viên, sau khoảng 6 buổi học thì được thi.",
        count(6, "buổi", qualifier="approx"), id="TARGET_OR_NOT-se-describes-a-procedure"),
    row("Hiện nhu cầu đào tạo 300 cán bộ của tỉnh rất lớn.", count(300, "cán bộ"),
        id="TARGET_OR_NOT-training-need"),
    row("Giáo viên yêu cầu học viên nộp phạt 200.000 đồng.", count(200_000, "đồng"),
        id="TARGET_OR_NOT-demanded-fine"),
    row("Các bộ, ngành giảm tối thiểu 10% biên chế so với năm 2015.",
        target(10, "%", qualifier="at_least"), id="TARGET_OR_NOT-directive-bound-cut"),
    row("Năm qua, các bộ đã giảm ít nhất 10% biên chế so với năm 2015.",
        rate(10, qualifier="at_least"), id="TARGET_OR_NOT-reported-bound-cut"),
    row("Ban Thường vụ yêu cầu kiểm điểm việc bổ nhiệm 12 cán bộ không đúng quy trình.",
        count(12, "cán bộ")),
    row("Chương trình mục tiêu quốc gia giảm nghèo bền vững đã hỗ trợ 320 hộ làm nhà ở.",
        count(320, "hộ")),
    row("Cơ quan điều tra đã đề nghị truy tố 4 người trên.",
        count(4, "người")),
    row("Thực hiện Nghị quyết, đến nay huyện đã đạt nhiều kết quả quan trọng, 100% đảng viên đăng ký "
        "làm theo gương Bác.",
        rate(100, subject="đảng viên đăng ký")),
    # a body that proposes, backs or approves a change still to be made sets its figures as plans
    # (the start of its before/after pair too: the figure changed was set, a ceiling or a budget);
    # the body and its verb are no part of the subject
    row("Bộ Tài chính đề nghị tăng chi thường xuyên 3,5% so với dự toán năm trước.",
        target(3.5, "%", subject="tăng chi thường xuyên", subject_excludes=["bộ", "nghị"]),
        id="TARGET_OR_NOT-proposed-raise"),
    row("Ủy ban Kinh tế nhất trí nâng trần nợ công từ 60 lên 65% GDP.",
        target(60, "%", subject="trần nợ công"), target(65, "%", subject="trần nợ công",
                                                       subject_excludes=["ủy", "nhất", "trí"]),
        id="TARGET_OR_NOT-approved-change-of-a-ceiling"),
    row("Nhiều đại biểu ủng hộ việc giảm thuế giá trị gia tăng xuống 8%.",
        target(8, "%", subject="thuế giá trị gia tăng", subject_excludes=["đại", "biểu", "ủng"]),
        id="TARGET_OR_NOT-backed-cut"),
    row("Hội đồng tiền lương đề xuất với Chính phủ về việc nâng lương tối thiểu vùng lên 4,96 triệu "
        "đồng/tháng.",
        target(4_960_000, "đồng/tháng", subject="lương tối thiểu vùng"),
        id="TARGET_OR_NOT-proposal-to-the-government"),
    row("Sở kiến nghị giảm 20% phí thẩm định hồ sơ.", target(20, "%"), id="TARGET_OR_NOT-recommended-cut"),
    # a petition or a proposal as a noun, a proposal made before, one refused: no plan
    row("So với kỳ trước, số kiến nghị tồn đọng giảm 35 kiến nghị.", count(35, "kiến nghị"),
        id="TARGET_OR_NOT-petitions-counted"),
    row("Các đề xuất giảm 10% chi phí đều được ghi nhận.", rate(10), id="TARGET_OR_NOT-proposals-as-a-noun"),
    row("Năm 2022, tỉnh đã đề nghị tăng 15 biên chế giáo viên.", count(15, "biên chế"),
        id="TARGET_OR_NOT-proposal-made-before"),
    row("Đại biểu không đồng ý tăng học phí lên 12%.", rate(12), id="TARGET_OR_NOT-proposal-refused"),
    row("Vốn Chương trình mục tiêu quốc gia giảm nghèo bền vững chiếm 35%.", rate(35),
        id="TARGET_OR_NOT-programme-name-is-no-proposal"),
    row("Dự toán được Quốc hội quyết định với mức phấn đấu cao; miễn thuế làm giảm thu 1.600 tỷ đồng.",
        count(1_600_000_000_000, "đồng"), id="TARGET_OR_NOT-how-ambitious-a-plan-was"),
    # a budget drawn up for a coming year, a ceiling set by a legislature and a permission asked for
    # a level are plans
    row("Chính phủ xây dựng dự toán thu ngân sách năm 2027 là 2,1 triệu tỷ đồng.",
        target(2_100_000_000_000_000, "đồng", 2027, subject="thu ngân sách"),
        id="TARGET_OR_NOT-budget-drawn-up"),
    row("Vay nợ không được vượt quá trần nợ công đến năm 2030 là 60% GDP.",
        target(60, "%", 2030), id="TARGET_OR_NOT-ceiling-set"),
    row("Ủy ban đề nghị Quốc hội cho phép bội chi năm 2027 là 4% GDP.",
        target(4, "%", 2027, subject="bội chi"), id="TARGET_OR_NOT-permission-asked-for-a-level"),
    # a request that is the purpose of an act reported as done was made: its exact figures are
    # counts; a bound it sets stays a quota, and a goal striven for stays a goal
    row("Ông B đã nhận danh sách bài thi để yêu cầu 3 giám khảo nâng điểm cho 16 thí sinh.",
        count(3, "giám khảo"), count(16, "thí sinh"), id="TARGET_OR_NOT-request-of-a-done-act"),
    row("Huyện ủy đã họp để yêu cầu các xã kết nạp ít nhất 5 đảng viên mỗi năm.",
        target(5, "đảng viên", qualifier="at_least"), id="TARGET_OR_NOT-quota-requested-by-a-done-act"),
    row("Huyện yêu cầu các xã kết nạp 5 đảng viên trong năm 2026.",
        target(5, "đảng viên", 2026), id="TARGET_OR_NOT-request-not-done"),
    # a change that must be made ("phải", "cần phải" before a change verb and its figure) is a plan;
    # its subject is what must change. Not after a cause ("khiến … phải giảm"), not done ("đã phải"),
    # and not without a figure of its own (the sentence then announces no goals)
    row("Về lâu dài, tỷ lệ nợ công cần phải hạ xuống 50-55% GDP.",
        target(50, "%", qualifier="range", subject="tỷ lệ nợ công", subject_excludes=["cần", "phải", "hạ"]),
        id="TARGET_OR_NOT-required-cut"),
    row("Theo ông, mức lương này không đủ mà phải lên tới 6 triệu đồng/tháng.",
        target(6_000_000, "đồng/tháng"), id="TARGET_OR_NOT-required-raise"),
    row("Mưa lũ khiến nhiều doanh nghiệp phải giảm 20% lao động.", rate(20),
        id="TARGET_OR_NOT-caused-cut-is-a-result"),
    row("Giá xăng đã phải tăng 5% trong tháng qua.", rate(5), id="TARGET_OR_NOT-required-change-done"),
    row("Nhiều khoản chi phải cắt giảm, nhưng chi cho giảm nghèo vẫn tăng. Cụ thể, năm 2023 chi "
        "120.000 tỷ đồng.",
        count(120_000_000_000_000, "đồng"), id="TARGET_OR_NOT-required-cut-without-a-figure"),
    # with no other cue, the period ahead named without a year ("trong thời gian tới") plans the
    # shares after it; the things it names are there already ("với 12 trường hợp … còn lại")
    row("Trong thời gian tới, kim ngạch xuất khẩu tăng bình quân 6 – 7% mỗi năm.",
        target(6, "%", qualifier="range", value_max=7, subject="kim ngạch xuất khẩu"),
        id="TARGET_OR_NOT-share-in-the-period-ahead"),
    row("Thời gian tới, với 12 trường hợp vi phạm còn lại, sở xử lý dứt điểm.",
        count(12, ("trường hợp", "trường hợp vi phạm")), id="TARGET_OR_NOT-things-named-in-the-period-ahead"),
    # what a proposal asks for may follow "theo đó," after the proposal's own words; a past marker
    # in the clause that describes what is to change ("mức bội chi đã được Quốc hội quyết định")
    # makes no change done; a change after a contrast was made
    row("Chính phủ đề nghị Quốc hội ban hành nghị quyết điều chỉnh dự toán ngân sách năm nay, theo đó, cắt, "
        "giảm một số khoản chi và nâng mức bội chi từ 4% lên 4,5% GDP.",
        target(4, "%"), target(4.5, "%"), id="TARGET_OR_NOT-change-asked-after-theo-do"),
    row("Bộ đề nghị nâng mức trần nợ đã được Quốc hội quyết định từ 60% lên 65% GDP.",
        target(60, "%"), target(65, "%"), id="TARGET_OR_NOT-past-in-the-changed-object"),
    row("Bộ đề nghị tăng lương, nhưng quỹ lương đã tăng 5% năm qua.",
        rate(5, subject="quỹ lương", subject_excludes=["nhưng"]), id="TARGET_OR_NOT-change-after-a-contrast"),
    # an outlay asked for or needed ("đề xuất chi …", "cần cấp ngay …"): a verb that commits money,
    # people or places right after the cue, its figure a word or two after it, is a plan; not
    # when the cue was done ("đã đề nghị"), negated, or the verb starts a noun ("đề nghị chi bộ")
    row("Sở Nội vụ đề xuất chi hơn 6 tỷ đồng để cử 40 cán bộ đi đào tạo ở nước ngoài.",
        target(6_000_000_000, "đồng", qualifier="more_than"), target(40, "cán bộ"),
        id="TARGET_OR_NOT-outlay-proposed"),
    row("Theo bà Lan, trước mắt cần cấp ngay 2 tỷ đồng để sửa chữa nhà ở cho học viên.",
        target(2_000_000_000, "đồng"), id="TARGET_OR_NOT-outlay-needed"),
    row("Huyện cần tuyển thêm 15 giáo viên mầm non cho năm học tới.",
        target(15, ("giáo viên", "giáo viên mầm non")), id="TARGET_OR_NOT-hiring-needed"),
    row("Năm ngoái, gia đình ông phải chi 20 triệu đồng để chữa bệnh.",
        count(20_000_000, "đồng"), id="TARGET_OR_NOT-outlay-that-had-to-be-made"),
    row("Tháng trước, Sở đã đề nghị cấp 2 tỷ đồng cho dự án.",
        count(2_000_000_000, "đồng"), id="TARGET_OR_NOT-outlay-asked-before"),
    row("Xã không cần tuyển thêm 10 giáo viên.", count(10, "giáo viên"),
        id="TARGET_OR_NOT-outlay-not-needed"),
    row("Đoàn kiểm tra đề nghị chi bộ kiểm điểm 3 đảng viên.", count(3, "đảng viên"),
        id="TARGET_OR_NOT-party-cell-is-no-outlay"),
    # the two ends of a spread ("ít nhất A …, nhiều nhất B …", one unit) are ruled as the lower
    # end is: what was paid or seen when nothing rules the lower end, a quota when something does
    row("Các hộ đã nộp cho cán bộ xã số tiền ít nhất 2 triệu đồng, nhiều nhất 15 triệu đồng.",
        count(2_000_000, "đồng", qualifier="at_least"), count(15_000_000, "đồng", qualifier="at_most"),
        id="TARGET_OR_NOT-spread-of-amounts-paid"),
    row("Mỗi tổ phải có ít nhất 5 người, không quá 9 người.",
        target(5, "người", qualifier="at_least"), target(9, "người", qualifier="at_most"),
        id="TARGET_OR_NOT-spread-set-by-a-rule"),
    row("Số tiền bị can nhận ít nhất 3 triệu đồng, còn cán bộ xã được nhận tối đa 2 triệu đồng.",
        count(3_000_000, "đồng", qualifier="at_least"), target(2_000_000, "đồng", qualifier="at_most"),
        id="TARGET_OR_NOT-cap-after-another-clause-is-no-spread"),
    # a target's subject: an aside closed right before the figure names nothing it measures, "thì"
    # opens the clause that says what, a purpose opener is no part of it, and a quoted name keeps
    # the conjunction it holds
    row("Từ quý 3 năm nay sẽ tăng số câu hỏi sát hạch từ 450 câu (hiện nay) lên 600 câu.",
        count(450, "câu"),
        target(600, "câu", subject="số câu hỏi sát hạch", subject_excludes=["hiện", "nay"]),
        id="TARGET_OR_NOT-aside-before-the-level-names-nothing"),
    row("Theo kế hoạch của Ban tổ chức thì đoàn đại biểu của tỉnh sẽ gồm 45 người.",
        target(45, "người", subject="đoàn đại biểu của tỉnh", subject_excludes=["ban", "thì", "kế"]),
        id="TARGET_OR_NOT-thi-opens-the-subject-clause"),
    row("Để kinh tế biển chiếm 12% GRDP, tỉnh cần nhiều giải pháp đột phá.",
        target(12, "%", subject="kinh tế biển", subject_excludes=["để"]),
        id="TARGET_OR_NOT-purpose-is-no-subject"),
    row('Năm 2025, Hội phấn đấu vận động Quỹ "Vì người nghèo" đạt 3 tỷ đồng.',
        target(3_000_000_000, "đồng", 2025, subject="vận động Quỹ người nghèo"),
        id="TARGET_OR_NOT-quoted-name-keeps-vi"),
    # items of a list share the verb before the first: a later item's subject is that verb and its own
    # noun, not the earlier item (its time included); a year or a recurrence at the head says when
    row("Phấn đấu năm 2026 kết nạp 80 đảng viên và 25 đoàn viên ưu tú.",
        target(80, "đảng viên", 2026, subject_is="kết nạp đảng viên"),
        target(25, "đoàn viên ưu tú", 2026, subject_is="kết nạp đoàn viên ưu tú"),
        id="TARGET_OR_NOT-later-item-shares-the-verb"),
    row("Hãng dự kiến nâng đội bay lên 60 chiếc vào năm 2026 và 90 chiếc vào năm 2030.",
        target(60, "chiếc", 2026, subject="đội bay"),
        target(90, "chiếc", 2030, subject="đội bay", subject_excludes=["60", "lên"]),
        id="TARGET_OR_NOT-later-item-after-a-timed-item"),
    row("Mỗi năm mỗi chi bộ kết nạp ít nhất 2 đảng viên.",
        target(2, "đảng viên", qualifier="at_least", subject="mỗi chi bộ kết nạp đảng viên",
               subject_excludes=["năm"]), id="TARGET_OR_NOT-recurrence-is-no-subject"),
    # a qualifier before a range the figure does not take in ("khoảng 30, 40 người") is the figure's
    row("Năm nay huyện sẽ có chỉ tiêu khoảng 30, 40 người vào viên chức.",
        target(30, "người", qualifier="range", subject="chỉ tiêu", subject_excludes=["khoảng"]),
        id="TARGET_OR_NOT-qualifier-before-a-range-is-no-subject"),
    # the figure's own frame "từ … trở lên" is its qualifier, not part of what it measures; a
    # threshold that bounds the group another figure counts ("đạt điểm Văn từ 9 trở lên") stays whole
    row("Mục tiêu đến năm 2030 là thu nhập bình quân đầu người từ 150 triệu đồng/năm trở lên.",
        target(150_000_000, "đồng/năm", 2030, qualifier="at_least",
               subject_is="thu nhập bình quân đầu người"),
        id="TARGET_OR_NOT-own-frame-is-no-subject"),
    row("Năm 2025 huyện phấn đấu thu ngân sách trên địa bàn đạt 500 tỷ đồng trở lên.",
        target(500_000_000_000, "đồng", 2025, qualifier="at_least", subject="thu ngân sách trên địa bàn",
               subject_excludes=["trở", "lên"]),
        id="TARGET_OR_NOT-own-suffix-is-no-subject"),
    row("Có 30 thí sinh đạt điểm Văn từ 9 trở lên, chiếm 2,1% cả tỉnh.",
        count(30, "thí sinh"),
        rate(2.1, subject="thí sinh đạt điểm Văn từ 9 trở lên"),
        id="TARGET_OR_NOT-threshold-of-the-group-stays"),
    # the threshold selects the group (a condition, no count: the contract's "cơ quan có tỷ lệ nữ từ 30%
    # trở lên")
    row("Có 35% hộ có thu nhập từ 100 triệu đồng trở lên.",
        rate(35, subject_is="hộ có thu nhập từ 100 triệu đồng trở lên"),
        id="SUBJECTS-money-threshold-of-the-group-stays"),
    # a plan noun named right before its figure is the target's subject; the result measured
    # against the plan before it is another figure's ("giải ngân 320 tỷ đồng trong …")
    row("Đến nay huyện mới giải ngân 320 tỷ đồng trong kế hoạch vốn 500 tỷ đồng.",
        count(320_000_000_000, "đồng"), target(500_000_000_000, "đồng", subject_is="kế hoạch vốn"),
        id="TARGET_OR_NOT-plan-named-before-its-figure"),
    row("Đến cuối tháng 10, Sở Xây dựng chỉ giải ngân được 58% trong kế hoạch vốn 4.500 tỷ đồng.",
        rate(58), target(4_500_000_000_000, "đồng", subject_is="kế hoạch vốn"),
        id="TARGET_OR_NOT-plan-named-after-a-share"),
    row("Năm 2025, huyện phấn đấu kết nạp 120 đảng viên và 30 đoàn viên ưu tú.",
        target(120, "đảng viên", 2025), target(30, "đoàn viên ưu tú", 2025, subject="kết nạp"),
        id="TARGET_OR_NOT-no-plan-noun-items-share-the-verb"),
    # who takes part in an expected event ("với sự tham gia của …") is what the figure counts
    row("Đại hội dự kiến được tổ chức tại Hội trường thành phố với sự tham gia của 450 đại biểu thuộc "
        "Đảng bộ thành phố.",
        target(450, "đại biểu", subject_is="đại biểu thuộc Đảng bộ thành phố", subject_excludes=["trường"]),
        id="TARGET_OR_NOT-participants-of-an-expected-event"),
    # after "sẽ" alone, who will take part in an event is the event's make-up, no goal; the learners
    # of classes "sẽ" plans stay planned
    row("Đại hội sẽ được tổ chức tại Hội trường thành phố với sự tham gia của 450 đại biểu thuộc "
        "Đảng bộ thành phố.",
        count(450, "đại biểu"), id="TARGET_OR_NOT-participants-of-a-scheduled-event"),
    row("Hội nghị sẽ diễn ra trong hai ngày với sự tham dự của hơn 500 đại biểu đến từ các tỉnh.",
        count(500, "đại biểu", qualifier="more_than"), id="TARGET_OR_NOT-participants-after-a-duration"),
    row("Năm 2025, huyện sẽ mở 38 lớp với sự tham gia của 2.000 học viên.",
        target(38, "lớp", 2025), target(2000, "học viên", 2025),
        id="TARGET_OR_NOT-participants-of-planned-classes"),
    # a bare "với" names who takes part where an attendance word follows the noun
    row("Đại hội đại biểu Đảng bộ huyện lần thứ XX sẽ diễn ra từ 13 đến 15/10 với 245 đại biểu được "
        "triệu tập.", count(245, "đại biểu"), id="TARGET_OR_NOT-delegates-summoned-to-a-scheduled-event"),
    row("Giải việt dã sẽ khai mạc vào sáng 20/10 với hơn 500 vận động viên về dự.",
        count(500, "vận động viên", qualifier="more_than"), id="TARGET_OR_NOT-athletes-attending"),
    row("Năm 2027, huyện sẽ tổ chức hội thao với 300 vận động viên.",
        target(300, "vận động viên", 2027), id="TARGET_OR_NOT-planned-size-of-an-event"),
    row("Năm 2027, dự án sẽ được triển khai với tổng vốn 200 tỷ đồng.",
        target(200_000_000_000, "đồng", 2027), id="TARGET_OR_NOT-planned-money-after-voi"),
    # a vacancy foreseen after "sẽ" is no post to fill
    row("Thành phố cũng sẽ khuyết hai Phó chủ tịch vì nghỉ hưu.", count(2, "Phó chủ tịch"),
        id="TARGET_OR_NOT-vacancy-foreseen"),
    row("Nhiệm kỳ tới, huyện sẽ khuyết 3 ủy viên ban thường vụ do đến tuổi nghỉ hưu.", count(3, "ủy viên"),
        id="TARGET_OR_NOT-vacancy-foreseen-for-a-term"),
    # a bound written bare at the end of an item takes the noun of the parallel item just before
    # it with the same bound ("…không quá 3 người; các tỉnh … không quá 2."); another bound does not
    row("Số phó chủ tịch ở thành phố không quá 4 người, các huyện không quá 3.",
        target(4, "người", qualifier="at_most"), target(3, "người", qualifier="at_most", subject="các huyện"),
        id="TARGET_OR_NOT-noun-left-out-of-a-parallel-bound"),
    row("Mỗi xã có ít nhất 2 cán bộ nữ, mỗi thôn ít nhất 1.",
        target(2, "cán bộ nữ", qualifier="at_least"), target(1, "cán bộ nữ", qualifier="at_least"),
        id="TARGET_OR_NOT-noun-left-out-of-a-parallel-floor"),
    row("Số phó chủ tịch ở thành phố không quá 4 người, các huyện ít nhất 2.",
        target(4, "người", qualifier="at_most"), id="TARGET_OR_NOT-another-bound-borrows-no-noun"),
    # the duties of a body or an event listed after "có nhiệm vụ" are what it is to do; a handling
    # verb of one duty ("kiểm điểm") does not reach the items after ";" (a request's still does)
    row("Đại hội có nhiệm vụ kiểm điểm việc thực hiện nghị quyết nhiệm kỳ qua; bầu 45 người vào Ban chấp "
        "hành khóa mới; bầu 12 đại biểu đi dự đại hội cấp trên.",
        target(45, "người"), target(12, "đại biểu"), id="TARGET_OR_NOT-duties-of-a-congress"),
    row("Tổ công tác có nhiệm vụ kiểm tra 12 xã trong quý IV.", target(12, "xã"),
        id="TARGET_OR_NOT-duty-of-a-team"),
    row("Tỉnh ủy yêu cầu kiểm điểm việc bổ nhiệm 12 cán bộ.", count(12, "cán bộ"),
        id="TARGET_OR_NOT-request-to-review-handles-cases"),
    # the term that names the event ("Đại hội … nhiệm kỳ 2025-2030") is no year its participants are
    # planned for; a term a deadline word leads stays one ("đến hết nhiệm kỳ 2020-2025")
    row("Đại hội Đảng bộ tỉnh lần thứ 18 nhiệm kỳ 2025-2030 dự kiến được tổ chức vào tháng 10 với sự tham "
        "gia của 350 đại biểu.",
        target(350, "đại biểu", None), id="DEADLINES-term-naming-the-event-of-participants"),
    row("Đến hết nhiệm kỳ 2020-2025, huyện phấn đấu kết nạp 500 đảng viên.",
        target(500, "đảng viên", 2025), id="DEADLINES-term-led-by-a-deadline-word"),
    # an earlier item with its own figure, then "và" or a purpose word before the target's own verb:
    # the target's subject starts with that verb ("… chi hơn 10 tỉ đồng để cử 80 cán bộ …")
    row("Thành phố đề xuất chi hơn 10 tỉ đồng để cử 80 cán bộ đi đào tạo tại nước ngoài.",
        target(10_000_000_000, "đồng", qualifier="more_than"),
        target(80, "cán bộ", subject_is="cử cán bộ đi đào tạo tại nước ngoài"),
        id="TARGET_OR_NOT-item-after-a-purpose-word"),
    row("Trước mắt cần cấp ngay 3 tỷ đồng và xây mới 10 phòng ở cho học viên.",
        target(3_000_000_000, "đồng", subject_excludes=["ngay"]),
        target(10, "phòng ở", subject="xây mới phòng ở", subject_excludes=["tỷ", "ngay"]),
        id="TARGET_OR_NOT-item-after-an-earlier-item-and-va"),
    # an adverb or a linking verb alone after the cue names nothing: the clause before names the plan
    row("Tỉnh cần cấp ngay 3 tỷ đồng để sửa chữa trường học.",
        target(3_000_000_000, "đồng", subject="cấp để sửa chữa trường học", subject_excludes=["ngay"]),
        id="TARGET_OR_NOT-adverb-after-an-outlay-verb"),
    # a near-term time opens no subject; the verb that asks for an outlay names nothing alone
    row("Trước mắt cần cấp ngay 3 tỷ đồng để sửa chữa trường học.",
        target(3_000_000_000, "đồng", subject="cấp để sửa chữa trường học",
               subject_excludes=["Trước", "mắt"]),
        id="TARGET_OR_NOT-near-term-time-before-an-outlay"),
    row("Trước mắt cần cấp ngay 3 tỷ đồng và cho xây mới 10 phòng ở cho học viên.",
        target(3_000_000_000, "đồng", subject_excludes=["Trước", "mắt", "cần", "cấp"]), target(10, "phòng ở"),
        id="TARGET_OR_NOT-outlay-verb-alone-is-no-subject"),
    row("Huyện cần cấp luôn 500 triệu đồng để mua sắm trang thiết bị.",
        target(500_000_000, "đồng", subject="cấp để mua sắm trang thiết bị", subject_excludes=["luôn"]),
        id="TARGET_OR_NOT-another-adverb-after-an-outlay-verb"),
    row("Sau khi hoàn thành dự án, số lượt khách sẽ tăng lên đến 5.000 lượt.",
        target(5000, "lượt", subject="số lượt khách", subject_excludes=["tăng", "lên"]),
        id="TARGET_OR_NOT-rise-to-a-level-after-the-indicator"),
    # "đã" inside the group a share counts ("lao động đã qua đào tạo") reports no completed act, so
    # the goal still reaches the figure; a "đã" that reports one still ends it
    row("Đến năm 2030, huyện phấn đấu tỷ lệ lao động đã qua đào tạo nghề đạt 75%.",
        target(75, "%", 2030, subject="tỷ lệ lao động đã qua đào tạo nghề"),
        id="TARGET_OR_NOT-da-inside-a-trained-group"),
    row("Huyện phấn đấu giảm nghèo nhanh, năm 2023 đã đạt tỷ lệ lao động qua đào tạo 68%.",
        rate(68), id="TARGET_OR_NOT-da-reporting-a-result-ends-the-goal"),
    # a size ("… sẽ có không quá 15 người", "… sẽ gồm 25 người") measures the body before its verb;
    # a goal of what one has ("phấn đấu có 200 thạc sĩ") keeps what is counted
    row("Theo quy định, Ban thường vụ Tỉnh ủy sẽ có không quá 15 người.",
        target(15, "người", qualifier="at_most", subject_is="Ban thường vụ Tỉnh ủy"),
        id="TARGET_OR_NOT-size-of-a-body"),
    row("Đoàn công tác của tỉnh sẽ gồm 25 người.",
        target(25, "người", subject_is="Đoàn công tác của tỉnh"), id="TARGET_OR_NOT-body-made-of"),
    row("Đến năm 2030, tỉnh phấn đấu có 200 thạc sĩ chuyên ngành nông nghiệp.",
        target(200, "thạc sĩ", 2030, subject="thạc sĩ chuyên ngành nông nghiệp"),
        id="TARGET_OR_NOT-goal-of-what-one-has"),
    # the goals a body fixes, listed after "xác định các chỉ tiêu:"; "xác định" alone reports a finding
    row("Đảng ủy xác định các chỉ tiêu: kết nạp 90 đảng viên; tỷ lệ đảng viên trong dân quân tự vệ đạt "
        "trên 25%.",
        target(90, "đảng viên"),
        target(25, qualifier="more_than", subject="tỷ lệ đảng viên trong dân quân tự vệ"),
        id="TARGET_OR_NOT-goals-a-body-fixes-after-a-colon"),
    row("Chi bộ xác định chỉ tiêu kết nạp 3 đảng viên.", target(3, "đảng viên"),
        id="TARGET_OR_NOT-quota-a-body-fixes"),
    row("Qua kiểm tra, Ủy ban xác định 12 trường hợp vi phạm.",
        count(12, ("trường hợp", "trường hợp vi phạm")),
        id="TARGET_OR_NOT-finding-is-no-goal"),
    # a total a plan moves to a new level, its noun named after "số"
    row("Đến năm 2030, phấn đấu nâng tổng số hợp tác xã lên 50.", target(50, "hợp tác xã", 2030),
        id="TARGET_OR_NOT-total-raised-by-a-plan"),
    # a budget estimate is a plan's figure; a base compared with is none
    row("Dự toán thu ngân sách năm 2024 HĐND tỉnh giao là 18.200 tỷ đồng.",
        target(18_200_000_000_000, "đồng", 2024), id="TARGET_OR_NOT-budget-estimate"),
    row("Dự toán pháp lệnh năm 2024 Bộ Tài chính giao cho thành phố là 59.150 tỷ đồng.",
        target(59_150_000_000_000, "đồng", 2024), id="TARGET_OR_NOT-budget-estimate-named-at-length"),
    row("Thu ngân sách năm 2023 đạt 19.400 tỷ đồng, tăng 6% so với dự toán Trung ương giao và bằng 104% "
        "dự toán HĐND tỉnh giao.",
        count(19_400_000_000_000, "đồng", change=("increase", 6)), rate(104),
        id="TARGET_OR_NOT-estimate-compared-with-is-a-base"),
    # a level a later year dates, a plan named with a later year, a plan's amount for a period to come
    row("Tổng chi ngân sách địa phương năm 2025 là 31.500 tỷ đồng, trong đó chi thường xuyên "
        "20.100 tỷ đồng.",
        target(31_500_000_000_000, "đồng", 2025), target(20_100_000_000_000, "đồng", 2025),
        id="TARGET_OR_NOT-level-dated-by-a-later-year"),
    row("Tổng chi ngân sách địa phương năm 2023 là 31.500 tỷ đồng.", count(31_500_000_000_000, "đồng"),
        id="TARGET_OR_NOT-level-dated-by-a-past-year"),
    row("Nghị quyết về dự toán năm 2025 xác định tổng thu ngân sách trên địa bàn là 18.900 tỷ đồng.",
        target(18_900_000_000_000, "đồng", 2025), id="TARGET_OR_NOT-plan-named-with-a-later-year"),
    row("HĐND tỉnh thông qua kế hoạch đầu tư công trung hạn giai đoạn 2024 - 2028 với tổng vốn "
        "32.000 tỷ đồng.",
        target(32_000_000_000_000, "đồng", 2028), id="TARGET_OR_NOT-capital-of-a-plan-for-a-period"),
    row("Trong tổng vốn giai đoạn 2024 - 2028, tỉnh dành 9.000 tỷ đồng cho giao thông.",
        target(9_000_000_000_000, "đồng", 2028), id="TARGET_OR_NOT-part-of-a-capital-for-a-period"),
    row("Nghị quyết về kế hoạch đầu tư công giai đoạn 2024 - 2028 nhận được 48/50 phiếu tán thành.",
        count(48, "phiếu"), id="TARGET_OR_NOT-vote-on-a-plan-for-a-period"),
    # what a rule obliges, after "Theo quy định,"
    row("Theo quy định, chủ đầu tư dự án nhà ở thương mại phải dành 20% quỹ đất ở để xây dựng nhà ở xã hội.",
        target(20, "%"), id="TARGET_OR_NOT-share-a-rule-obliges"),
    row("Theo quy định, mỗi chi bộ phải kết nạp 2 đảng viên mỗi năm.", target(2, "đảng viên"),
        id="TARGET_OR_NOT-count-a-rule-obliges"),
    row("Năm 2023, huyện phải thi hành kỷ luật 4 tổ chức đảng.", count(4, "tổ chức đảng"),
        id="TARGET_OR_NOT-obliged-by-no-rule"),
    # a plan restated in parentheses after who set it, its figure a change or after a base
    row("Năm 2023, tỷ lệ hộ nghèo giảm 1,8%, vượt chỉ tiêu HĐND huyện giao (giảm 1,5%).",
        rate(1.8), target(1.5, "%", 2023), id="TARGET_OR_NOT-plan-restated-after-its-setter"),
    row("Tuy nhiên, so với chỉ tiêu Chính phủ giao năm 2023 (92%), tỉnh mới đạt 98% kế hoạch.",
        target(92, "%", 2023), rate(98), id="TARGET_OR_NOT-plan-restated-after-a-base"),
    # a guidance sets sizes as a rule does
    row("Theo hướng dẫn của Trung ương, ủy ban kiểm tra đảng ủy xã có từ 3 đến 5 ủy viên.",
        target(3, "ủy viên", qualifier="range", value_max=5), id="TARGET_OR_NOT-size-a-guidance-sets"),
    row("Theo hướng dẫn của cán bộ, 1.200 hộ đã kê khai trực tuyến.", count(1_200, "hộ"),
        id="TARGET_OR_NOT-guidance-followed-is-no-rule"),
    # a level's cap named with the level ("mức … tối đa … là")
    row("Theo quy định hiện hành, mức vay tối đa đối với hộ nghèo là 100 triệu đồng/hộ.",
        target(100_000_000, "đồng/hộ", qualifier="at_most"), id="TARGET_OR_NOT-level-cap-named"),
    row("Năm 2023, mức vay bình quân là 60 triệu đồng/hộ.", count(60_000_000, "đồng/hộ"),
        id="TARGET_OR_NOT-level-named-without-a-bound"),
    # what the counted had to do, reported; a modal with its change still plans
    row("Năm 2023, 6 dự án phải điều chỉnh tổng mức đầu tư với số vốn tăng thêm hơn "
        "1.500 tỷ đồng.",
        count(6, "dự án"), count(1_500_000_000_000, "đồng", qualifier="more_than"),
        id="TARGET_OR_NOT-what-the-counted-had-to-do"),
    row("Bội chi ngân sách cần phải hạ xuống 4%.", target(4, "%"),
        id="TARGET_OR_NOT-change-a-modal-requires"),
    # a number in words with a scale counts a noun of no table in a plan
    row("Công ty đặt mục tiêu phát triển một triệu khách hàng mới trong năm 2025.",
        target(1_000_000, "khách hàng", 2025), id="TARGET_OR_NOT-scaled-number-in-words-with-an-open-noun"),
    # a body's size approved before it is elected; a plan noun reaches no figure past a contrast
    row("Ban Thường vụ Thành ủy đã phê duyệt số lượng Ban Chấp hành Đảng bộ phường khóa mới là 27 đồng "
        "chí, Ban Thường vụ 9 đồng chí.",
        target(27, "đồng chí"), target(9, "đồng chí"), id="TARGET_OR_NOT-size-of-a-body-approved"),
    row("Bệnh viện có 850 giường bệnh kế hoạch nhưng thực kê 918 giường.",
        count(850, "giường bệnh"), count(918, "giường"), id="TARGET_OR_NOT-plan-noun-before-a-contrast"),
    # a floor a distributive word hands to each member is a quota, not a group selected
    row("Mục tiêu đến năm 2030: tỷ lệ cán bộ nữ đạt từ 30% trở lên; mỗi sở, ngành có từ 2 cán bộ nữ trở "
        "lên trong quy hoạch.",
        target(30, "%", 2030, qualifier="at_least"), target(2, "cán bộ nữ", 2030, qualifier="at_least"),
        id="TARGET_OR_NOT-floor-handed-to-each-in-a-list"),
    row("Toàn tỉnh có 1.200 hộ có từ 3 lao động trở lên.", count(1_200, "hộ"),
        id="TARGET_OR_NOT-floor-selecting-counted-households"),
    # a year opening the sentence is no count before the plan noun that follows it
    row("Năm 2023, chỉ tiêu kết nạp đảng viên của huyện là 120 người.", target(120, "người", 2023),
        id="TARGET_OR_NOT-plan-noun-after-an-opening-year"),
    # what a rule marker opens states the rule, though a clause before it reports
    row("Ban Thường vụ đã giao số lượng cho 118 cơ sở, quy định mỗi chi đoàn giới thiệu ít nhất 2 đoàn viên "
        "ưu tú.",
        count(118, "cơ sở"), target(2, "đoàn viên ưu tú", qualifier="at_least"),
        id="TARGET_OR_NOT-rule-after-a-reported-clause"),
    row("Năm 2023, mỗi chi bộ đã tổ chức ít nhất 4 buổi sinh hoạt chuyên đề.",
        count(4, "buổi", qualifier="at_least"), id="TARGET_OR_NOT-floor-reported-per-member"),
    # the quota "được giao" names is the one measured against, no cue for what follows; a result
    # reported after "kết quả có" is no plan; a document named at length with its period opens its
    # goals after a colon; a share of a group whose bound says who is in it keeps no bound
    row("Năm 2023, xã kết nạp 23 đảng viên, bằng 115% chỉ tiêu được giao; 100% chi bộ được xếp loại "
        "hoàn thành nhiệm vụ.",
        count(23, "đảng viên"), rate(115), rate(100), id="TARGET_OR_NOT-quota-assigned-before"),
    row("Năm 2023, huyện được giao kế hoạch 6 xã đạt chuẩn, kết quả có 7 xã được công nhận.",
        target(6, "xã", 2023), count(7, "xã"), id="TARGET_OR_NOT-result-after-the-plan"),
    row("Chương trình hành động thực hiện nghị quyết, giai đoạn 2024 - 2028 của huyện nêu rõ: 100% thôn "
        "có nhà văn hóa; 90% hộ dùng nước sạch.",
        target(100, "%", 2028), target(90, "%", 2028), id="TARGET_OR_NOT-goals-of-a-long-named-document"),
    row("Đề án đào tạo, bồi dưỡng cán bộ cơ sở giai đoạn 2024 - 2028 của huyện xác định: 100% cán bộ cơ "
        "sở được bồi dưỡng; 60% có trình độ trung cấp lý luận chính trị trở lên.",
        target(100, "%", 2028), target(60, "%", 2028), id="TARGET_OR_NOT-goals-of-a-project-named-at-length"),
    row("Đảng ủy xã phấn đấu đến năm 2025 thành lập chi bộ tại 100% HTX có từ 3 đảng viên trở lên.",
        target(100, "%", 2025), id="TARGET_OR_NOT-share-of-a-group-keeps-no-bound"),
    row("Năm 2023, Ban Chỉ đạo 389 tỉnh đã xử lý 412 vụ vi phạm.", count(412, "vụ vi phạm"),
        id="TARGET_OR_NOT-a-body-named-by-its-number"),
]

# 4. Courses named by their learners alone, and programs by what the class teaches and to whom.
COURSES = [
    # a vocational level names a training, so the learners after its description are the class's
    row("Năm 2023, hội mở 9 lớp sơ cấp nghề may, đan lát cho 260 nông dân.",
        {"type": "course", "classes": 9, "learners": 260, "program": "other"},
        id="COURSES-vocational-level-names-a-training"),
    # a training given "for" learners, then "qua N lớp", is one course of those classes; "toàn bộ"
    # between "cho" and the figure leaves them its learners; a duration after them is no class
    row("Năm 2025, huyện đã tập huấn nghiệp vụ cho 260 cán bộ Mặt trận qua 5 lớp.",
        course(5, 260), id="COURSES-trained-for-then-the-classes"),
    row("Xã đã bồi dưỡng kỹ năng số cho toàn bộ 38 cán bộ, công chức.",
        course(None, 38), id="COURSES-trained-for-all-of-them"),
    row("Trung tâm đã tập huấn cho 120 cán bộ trong 3 ngày.", course(None, 120),
        id="COURSES-trained-for-then-a-duration"),
    # classes, then their learners after a semicolon in the same sentence, are one course, whether
    # the learners are a course of their own or a count a learners' lead opens; a school's classes
    # and its pupils stay counts
    row("Năm nay, trường mở 16 lớp bồi dưỡng kiến thức quốc phòng, an ninh; tổng số học viên là 912 người.",
        course(16, 912), id="COURSES-classes-then-learners-after-a-semicolon"),
    row("Huyện mở 12 lớp bồi dưỡng đảng viên mới; số học viên các lớp là 604 người.",
        course(12, 604, "new_party_members"), id="COURSES-classes-then-a-learners-count-after-a-semicolon"),
    row("Trường có 24 lớp học; số học sinh là 850 em.", count(24, "lớp học"), count(850, "em"),
        id="COURSES-a-school-s-classes-and-pupils-stay-counts"),
    row("Trung tâm mở 48 lớp dạy nghề cho 1.395 lao động, trong đó 812 người thuộc hộ nghèo.",
        course(48, 1395), count(812, "người"), id="COURSES-breakdown-item-by-the-group-it-belongs-to"),
    # the people listed after the learners' figure say who they are, not what the class opened the
    # sentence before teaches: "Lớp học có 86 học viên là … bí thư chi bộ" keeps the class's programme
    row("Trung tâm Chính trị huyện bế giảng lớp sơ cấp lý luận chính trị năm 2024. Lớp học có 72 học viên "
        "là cán bộ, công chức cấp xã và bí thư, phó bí thư chi bộ.",
        course(None, 72, "elementary_political_theory"),
        id="COURSES-learners-kind-after-the-figure-keeps-the-class-programme"),
    # an item of a breakdown of learners told by who they are ("… là nữ") is a count of them, not a
    # course (an item named by its own kind of learner stays one: test_extract_course.py)
    row("Năm 2024, huyện cử 52 cán bộ đi học trung cấp lý luận chính trị, trong đó có 17 đồng chí là nữ.",
        course(None, 52, "intermediate_political_theory"), count(17, "đồng chí"),
        id="COURSES-breakdown-item-told-by-who-they-are-is-a-count"),
    # the attendees of a study event named before their figure ("Tham dự hội nghị có …", "… tham gia
    # học tập là …") are its learners when the article studies a resolution; a conference of another
    # kind has delegates, no learners
    row("Sáng 9/5, Thành ủy tổ chức hội nghị học tập, quán triệt Nghị quyết Đại hội Đảng bộ tỉnh. Tham dự "
        "hội nghị có hơn 900 cán bộ, đảng viên chủ chốt.",
        course(None, 900, "resolution_study", qualifier="more_than"),
        id="COURSES-attendees-after-the-study-conference"),
    row("Các chi bộ đã tổ chức học tập, quán triệt Nghị quyết Trung ương 8. Tổng số đảng viên tham gia học "
        "tập là 2.415 đồng chí, đạt 97,2%.",
        course(None, 2415, "resolution_study"), rate(97.2),
        id="COURSES-learners-named-before-with-a-study-verb"),
    row("Huyện ủy tổ chức hội nghị sơ kết công tác 6 tháng. Tham dự hội nghị có 180 đại biểu.",
        count(180, "đại biểu"), id="COURSES-attendees-of-another-conference-are-no-learners"),
    # the classes opened in one sentence and their learners in the next are one course, its span
    # over both; a course of another programme, or learners two sentences on, stay apart
    row("Sáng 5/3, Huyện ủy Tam Nông khai giảng 2 lớp bồi dưỡng đảng viên mới. Tham gia hai lớp học có "
        "118 đảng viên mới của 31 chi, đảng bộ cơ sở.",
        course(2, 118, "new_party_members", at="Tham gia hai lớp"), count(31, "chi, đảng bộ cơ sở"),
        id="COURSES-classes-then-learners-in-the-next-sentence"),
    row("Trung tâm Chính trị huyện mở một lớp bồi dưỡng nhận thức về Đảng. Các học viên gồm 64 quần chúng "
        "ưu tú đang công tác tại các doanh nghiệp.",
        course(1, 64, "party_admission"), id="COURSES-one-class-then-its-learners"),
    row("Trung tâm Chính trị thị xã khai giảng 3 lớp sơ cấp lý luận chính trị. Cùng dịp này, tỉnh cử 25 cán "
        "bộ đi học cao cấp lý luận chính trị.",
        course(3, None, "elementary_political_theory"), course(None, 25, "advanced_political_theory"),
        id="COURSES-next-sentence-of-another-programme-stays-apart"),
    row("Huyện khai giảng 2 lớp trung cấp lý luận chính trị. Thời gian học kéo dài 18 tháng. Tổng số học "
        "viên là 96 đồng chí.",
        course(2, None, "intermediate_political_theory"), count(96, "đồng chí"),
        id="COURSES-learners-two-sentences-on-stay-apart"),
    # a training verb closing a list of verbs that hold or care for people shares their object:
    # the people a place holds, no course; after other verbs it still trains them
    row("Trung tâm bảo trợ xã hội của tỉnh hiện quản lý, chăm sóc, dạy nghề cho 320 học viên.",
        count(320, "học viên"), id="COURSES-people-held-no-learners"),
    row("Trung tâm đã mở lớp, dạy nghề cho 120 học viên.", course(None, 120),
        id="COURSES-training-after-other-verbs"),
    # the number of learners named before the figure ("Số học viên của lớp là 62 người"), right
    # after a class is opened, gives that class's learners; with no class opened it is a count
    row("Trung tâm khai giảng lớp sơ cấp lý luận chính trị. Số học viên của lớp là 62 người.",
        course(None, 62, "elementary_political_theory"), id="COURSES-number-of-learners-named-before"),
    row("Huyện khai giảng lớp bồi dưỡng đảng viên mới. Sĩ số lớp là 45 người.",
        course(None, 45, "new_party_members"), id="COURSES-class-size-named-before"),
    row("Số học viên của trường hiện là 620 người.", count(620, "người"),
        id="COURSES-number-of-learners-without-a-class"),
    # a class that took place, its verb after it ("một lớp … diễn ra tại …"), is opened as after
    # "khai giảng": the learners the next sentence numbers are its own
    row("Trước đó, một lớp tập huấn tương tự cũng diễn ra tại Hà Nội. Số lượng học viên cũng chỉ được "
        "23 người.",
        course(None, 23), id="COURSES-learners-of-a-class-that-took-place"),
    row("Sáng nay, lớp bồi dưỡng nghiệp vụ được tổ chức tại hội trường huyện. Số học viên của lớp là 40 "
        "người.",
        course(None, 40), id="COURSES-learners-of-a-class-held"),
    row("Những lớp học cũng được mở vào buổi tối, để một học viên có thể vừa làm vừa theo học.",
        id="COURSES-classes-held-in-the-evening-count-no-one"),
    # a breakdown of a total by class, each class named then its learners with no verb ("…, trong đó
    # lớp cảm tình Đảng 70 quần chúng ưu tú"), gives each class its course; a stratum is no class
    row("Trung tâm bế giảng 2 lớp với tổng số 130 học viên, trong đó lớp cảm tình Đảng 70 quần chúng ưu tú "
        "và lớp đảng viên mới 60 học viên.",
        course(2, 130, "other"), course(None, 70, "party_admission"), course(None, 60, "new_party_members"),
        id="COURSES-breakdown-by-class"),
    row("Xã có 30 hộ, trong đó lớp người cao tuổi 20 người.", count(30, "hộ"), count(20, "người"),
        id="COURSES-a-stratum-is-no-class"),
    # the programme named by a study verb and its object together ("tham gia học tập nghị quyết")
    row("Toàn huyện có 4.210 cán bộ, đảng viên tham gia học tập nghị quyết.",
        course(None, 4210, "resolution_study"), id="COURSES-studying-a-resolution"),
    # a class opened with its number ("khai giảng một lớp …"), then its learners opening the next
    # sentence ("Các học viên gồm …"): that class's learners, one course with it
    row("Huyện ủy khai giảng một lớp bồi dưỡng đảng viên mới. Các học viên gồm 45 đảng viên được kết nạp "
        "trong năm.",
        course(1, 45, "new_party_members"),
        id="COURSES-learners-open-the-sentence-after-a-numbered-class"),
    # learners "of the class" ("89 học viên của lớp là …") are its course's, however far back the class
    # was opened; a result they reached keeps them a count (contract: exam results are counts)
    row("Trường khai giảng lớp cao cấp lý luận chính trị tại tỉnh. Đây là lớp thứ hai mở tại địa phương. "
        "64 học viên của lớp đều là cán bộ chủ chốt.",
        course(None, 64, "advanced_political_theory"), id="COURSES-learners-of-the-class"),
    row("Kết thúc khóa học, 25 học viên của lớp được xếp loại khá.", count(25, "học viên"),
        id="COURSES-learners-of-the-class-with-a-result"),
    # a class that draws its learners ("lớp … thu hút 120 đảng viên") names them as "với" does
    row("Huyện mở lớp bồi dưỡng lý luận chính trị thu hút 120 đảng viên tham gia.",
        course(None, 120), id="COURSES-class-draws-its-learners"),
    row("Trung tâm tổ chức lớp học ngắn hạn, thu hút thêm 60 đoàn viên.",
        course(None, 60), id="COURSES-class-draws-more-learners"),
    # learners described at length before they study ("… đã được bổ nhiệm từ phó trưởng phòng trở
    # lên đang theo học …"): a long relative clause still leads to the study verb; a word that
    # opens another statement about them ("trong đó nhiều người") still ends the gap
    row("Hiện có 25 cán bộ của Sở Tài chính và Sở Kế hoạch đã được bổ nhiệm từ phó trưởng phòng trở "
        "lên đang theo học trung cấp lý luận chính trị.",
        course(None, 25, "intermediate_political_theory"), id="COURSES-learners-described-at-length"),
    row("Huyện có 40 cán bộ trẻ được quy hoạch vào các chức danh chủ chốt, trong đó nhiều người đang theo "
        "học trung cấp lý luận chính trị.",
        count(40, "cán bộ trẻ"), id="COURSES-another-statement-ends-the-gap"),
    # learners who take part in a course of training ("tham gia khóa bồi dưỡng", "khóa huấn luyện")
    row("Có 13 học viên tham gia khóa bồi dưỡng kiến thức quốc phòng.", course(None, 13)),
    row("Năm nay, 13 học viên Việt Nam đã tham gia khóa huấn luyện sĩ quan hậu cần tại Nga.",
        course(None, 13)),
    row("Sau 5 ngày học tập, 40 học viên đã hoàn thành chương trình bồi dưỡng.",
        course(None, 40)),
    row("Hiện có 25 cán bộ đang theo học cao cấp lý luận chính trị.",
        course(None, 25, "advanced_political_theory")),
    row("Năm 2024, Trung tâm mở 18 lớp trung cấp, sơ cấp lý luận chính trị và bồi dưỡng đảng viên mới "
        "cho 1.250 học viên.",
        course(18, 1250, "other")),
    row("Đảng ủy xã mở 3 lớp bồi dưỡng cho 180 quần chúng ưu tú.",
        course(3, 180, "party_admission")),
    row("Trung tâm tổ chức 2 lớp bồi dưỡng lý luận chính trị cho 90 đảng viên mới.",
        course(2, 90, "new_party_members")),
    row("Năm qua, Trường mở 2 lớp trung cấp lý luận chính trị cho 120 học viên và 3 lớp bồi dưỡng "
        "kỹ năng tuyên truyền cho 200 cán bộ cơ sở.",
        course(2, 120, "intermediate_political_theory"), course(3, 200, "professional_skills")),
    row("Bộ Chỉ huy Quân sự tỉnh tổ chức 1 lớp bồi dưỡng kiến thức quốc phòng, an ninh cho 60 cán bộ "
        "đối tượng 4.",
        course(1, 60)),
    # learners with a verb that says they attend a course: a course even when its programme is unnamed
    row("Năm học này có 420 học viên theo học các lớp buổi tối của trung tâm.", course(None, 420, "other")),
    row("Khoảng 150 sinh viên đã và đang theo học chương trình liên kết với trường bạn.",
        course(None, 150, "other", qualifier="approx")),
    row("Ba cán bộ xã dùng bằng giả để đi học.", count(3, ("cán bộ", "cán bộ xã"))),  # a purpose, no course
    # military training is training; the items of a breakdown of a course's learners are courses
    row("Năm qua, huyện đã huấn luyện cho 940 dân quân tự vệ, gồm 610 dân quân cơ động và 330 dân quân "
        "tại chỗ.",
        course(None, 940, "other"), course(None, 610, "other"), course(None, 330, "other"),
        id="COURSES-breakdown-of-trained-people"),
    row("Trường đã tổ chức 4 lớp bồi dưỡng cho 300 học viên, trong đó có 25 người đã được đề bạt.",
        course(4, 300), count(25, "người"), id="COURSES-what-became-of-some-is-no-item"),
    row("Đơn vị huấn luyện cho 120 chiến sĩ mới, trong đó 15 chiến sĩ đạt loại giỏi.",
        course(None, 120, "other"), count(15, "chiến sĩ"), id="COURSES-result-in-a-breakdown-is-a-count"),
    # learners picked out of a cohort ("trong số N học viên") report how some of it fared: a result
    row("Trong số 52 học viên khóa 9, có 47 học viên hoàn thành chương trình đúng thời hạn.",
        count(52, "học viên"), count(47, "học viên"), id="COURSES-part-of-a-cohort-is-a-result"),
    row("Trong số 30 đảng viên của chi bộ, 6 đảng viên đang theo học cao cấp lý luận chính trị.",
        count(30, "đảng viên"), course(None, 6, "advanced_political_theory"),
        id="COURSES-part-of-a-cohort-still-studying-is-a-course"),
    row("Lớp khai giảng ngày 3/3 với 60 học viên; sau 2 tháng, 58 học viên đã hoàn thành chương trình.",
        course(None, 60), course(None, 58), id="COURSES-completion-without-a-cohort-is-a-course"),
    row("Một học viên có thể vừa làm vừa theo học."),  # an ability of "a" learner, no figure
    row("Năm qua, 120 lao động nông thôn được học nghề may.", course(None, 120, "other")),
    row("Thành phố đã cử 240 nhân lực của đề án đi đào tạo sau đại học.", course(None, 240)),
    # training outside Party schools: driving, nursing abroad, a centre's learners
    row("Có 42 học viên thuộc xã Ea Tam (Krông Năng) tham dự học lái xe trong 9 khóa đào tạo.",
        course(9, 42, "other")),
    row("Năm 2019, tỉnh đã đưa được 150 điều dưỡng viên sang học tại Nhật Bản.", course(None, 150, "other")),
    row("Trung tâm dạy nghề lái xe Bình Minh có 23 học viên, trường trung cấp nghề Tây Sơn có 17 học viên.",
        course(None, 23, "other"), course(None, 17, "other")),
    row("Trung tâm có 5 học viên đạt loại giỏi.", count(5, "học viên")),  # a result, no course
    row("Nghe tin có lớp miễn phí, bà cùng hai người bạn đăng ký tham gia học.",  # signed up, no course
        count(2, ("người", "người bạn"))),
    # a scheme's number in the words between the learners and their study verb
    row("Tỉnh đã cử 85 cán bộ Đề án 165 đi đào tạo sau đại học ở nước ngoài.",
        course(None, 85, "higher_education")),
    row("Năm nay, 30 cán bộ Chương trình 135 đi học tại Hàn Quốc.", course(None, 30, "other")),
    # the classes a course is divided into are that course's; a district's communes are not
    row("Khóa tập huấn tin học được chia thành ba lớp theo trình độ.", course(3, None, "other")),
    row("Ban tổ chức cho biết khóa học phân chia thành 4 lớp cơ bản và nâng cao.",
        course(4, None, "other")),
    row("Huyện được chia thành 12 xã và 1 thị trấn.", count(12, "xã"), count(1, "thị trấn")),
    # a reason, or what the people are, names no course they attend
    row("Chi bộ có 24 đảng viên, trong đó 9 đảng viên là sinh viên đang theo học.",
        count(24, "đảng viên"), count(9, "đảng viên"), id="COURSES-students-are-what-they-are"),
    row("Năm 2023, 2 đảng viên được miễn sinh hoạt do đang đi học dài hạn ở nước ngoài.",
        count(2, "đảng viên"), id="COURSES-study-as-a-reason"),
    row("Năm 2023, 25 cán bộ là bí thư chi bộ đã theo học lớp trung cấp lý luận chính trị.",
        course(None, 25, "intermediate_political_theory"), id="COURSES-learners-described-then-their-class"),
    # the items of a total trained, told by their level before their people, past its plan's share
    row("Năm 2023, các cơ sở giáo dục nghề nghiệp đã tuyển sinh, đào tạo cho 12.400 người, đạt 102% kế "
        "hoạch; trong đó trình độ cao đẳng 1.100 người, trung cấp 2.300 người, sơ cấp và đào tạo dưới "
        "3 tháng 9.000 người.",
        course(None, 12_400, "other"), rate(102), course(None, 1_100, "other"), course(None, 2_300, "other"),
        course(None, 9_000, "other"), id="COURSES-breakdown-by-level-after-a-plan-share"),
    row("Năm 2023, Sở mở 2 lớp bồi dưỡng nghiệp vụ quản lý cho 168 hiệu trưởng, phó hiệu trưởng.",
        course(2, 168), id="COURSES-school-heads-as-learners"),
]

# 5. Counts on national news: the noun written with a figure is its unit, whatever it is.
COUNTS = [
    # "một" as an item of a list whose item beside it is a counted figure reports one, as a digit
    # would; a principle's parallel "một" ("một tổ chức, một người …") and an article after a clause
    # with a figure report nothing
    row("Toàn huyện có 14 xã và một thị trấn.", count(14, "xã"), count(1, "thị trấn"),
        id="COUNTS-one-listed-after-a-figure"),
    row("Hội nghị biểu dương một tập thể, 6 cá nhân và 2 gia đình tiêu biểu.",
        count(1, "tập thể"), count(6, "cá nhân"), count(2, ("gia đình", "gia đình tiêu biểu")),
        id="COUNTS-one-listed-before-a-figure"),
    row("Do còn nợ 5 triệu đồng tiền quỹ, một gia đình ở thôn Đông bị nêu tên trong cuộc họp.",
        count(5_000_000, "đồng"), id="COUNTS-one-after-a-clause-is-an-article"),
    row("Tổng số đại biểu Quốc hội đăng ký chất vấn Bộ trưởng Bộ Giáo dục và Đào tạo là 38.",
        count(38, "đại biểu"), id="COUNTS-named-before-with-a-name-in-the-description"),
    # "số <noun> … là N": a longer description between the counted noun and the copula, a time
    # with its figures included, still counts the noun that opens it; a number that names or
    # ranks (a phone number, a place in a ranking) counts nothing
    row("Số chi bộ xếp loại không hoàn thành nhiệm vụ năm nay là 6.", count(6, "chi bộ"),
        id="COUNTS-named-before-with-a-long-description"),
    row("Theo báo cáo, số đảng viên được kết nạp trong 6 tháng đầu năm 2024 là 152, đạt 61% chỉ tiêu.",
        count(152, "đảng viên"), rate(61), id="COUNTS-named-before-with-a-time"),
    row("Tổng số ủy viên Ban Thường vụ huyện ủy đã được bầu là 126.", count(126, "ủy viên"),
        id="COUNTS-named-before-after-tong-so"),
    row("Số thứ tự của xã trong bảng xếp hạng năm nay là 3.", id="COUNTS-named-before-rank-is-no-count"),
    # the points a document or a list holds ("gồm 9 điểm") are counted; "điểm" after other
    # figures is a score
    row("Chương 2 của dự thảo gồm 7 điểm, quy định trách nhiệm của người đứng đầu.", count(7, "điểm"),
        id="COUNTS-points-a-document-holds"),
    row("Các vi phạm của đơn vị gói gọn trong 5 điểm, chủ yếu về thu chi.", count(5, "điểm"),
        id="COUNTS-points-a-list-holds"),
    row("Năm nay, 22 thí sinh của tỉnh đạt từ 27 điểm trở lên.", count(22, "thí sinh"),
        id="COUNTS-score-is-no-point-count"),
    # after a counted noun, a slash joins two counts ("khởi tố 12 vụ / 25 bị can"); after a number
    # it writes a part of a whole, and before one, a round base or after a figure that counts nothing
    # whole, it is a rate per base. A change naming its noun ("tăng 10% về vụ") is that noun's
    row("Công an tỉnh đã khởi tố 12 vụ/25 bị can về tội đánh bạc, truy tố 9 vụ án / 21 bị can.",
        count(12, "vụ"), count(25, "bị can"), count(9, "vụ án"), count(21, "bị can"),
        id="COUNTS-cases-and-defendants"),
    row("Học viên được học 20 giờ thực hành / 2 người / xe; lệ phí là 20.000 đồng / 1 hồ sơ.",
        count(20_000, "đồng/hồ sơ"), id="COUNTS-rate-per-base-after-a-slash"),
    row("Năm nay, các địa phương khởi tố 40 vụ án / 95 bị can (tăng 10% về vụ so với năm trước).",
        count(40, "vụ án", change=("increase", 10)),
        count(95, "bị can"), id="COUNTS-change-naming-its-noun"),
    # a range with its noun after each end needs no "từ" before it ("lên 18 triệu đồng đến hơn 20
    # triệu đồng"); with two nouns, or ends that fall, it is two figures
    row("Giá thuê mặt bằng được đẩy lên 12 triệu đồng đến hơn 15 triệu đồng mỗi tháng.",
        count(12_000_000, "đồng/tháng", qualifier="range", value_max=15_000_000),
        id="COUNTS-unit-range-without-from"),
    row("Đoàn đã thăm 30 hộ đến 40 người dân trong xã.", count(30, "hộ"), count(40, "người dân"),
        id="COUNTS-two-nouns-are-no-range"),
    # "một" opening an item of a total's breakdown ("gồm: một …; một …") reports a figure, as after
    # "trong đó có"; the items may run on past a ";" into the next paragraph. A "một" after a
    # breakdown opener that opens no item ("theo hướng một tổ chức, một người") stays an article
    row("Năm qua, huyện giảm được 5 lãnh đạo cấp phòng gồm: một chánh văn phòng; một phó giám đốc "
        "Trung tâm văn hóa và ba trưởng phòng.",
        count(5, "lãnh đạo"), count(1, "chánh văn phòng"), count(1, "phó giám đốc"), count(3, "trưởng phòng"),
        id="COUNTS-one-as-a-breakdown-item"),
    row("Sau sắp xếp, tỉnh giảm 4 lãnh đạo sở gồm:\n\nMột phó giám đốc Sở Xây dựng; một chánh văn phòng "
        "Sở Y tế; hai phó giám đốc Sở Tài chính.",
        count(4, "lãnh đạo"), count(1, "phó giám đốc"), count(1, "chánh văn phòng"), count(2, "phó giám đốc"),
        id="COUNTS-breakdown-items-run-on"),
    row("Ban sẽ thực hiện 8 nhiệm vụ, trong đó sắp xếp bộ máy theo hướng một tổ chức, một người có thể "
        "đảm nhiệm nhiều việc.",
        count(8, "nhiệm vụ"), id="COUNTS-one-after-a-breakdown-opener-opening-no-item"),
    # after a share and its noun, "trên" before the whole says "out of": the whole is exact
    row("Năm nay trường tuyển được 42% học viên nữ trên 117 học viên.",
        rate(42, subject="học viên nữ"), count(117, "học viên"), id="COUNTS-whole-of-a-share-is-exact"),
    row("Có 80% người dân trong xã có thu nhập trên 5 triệu đồng mỗi tháng.",
        rate(80), count(5_000_000, "đồng/tháng", qualifier="more_than"),
        id="COUNTS-bound-after-a-share-stays-more-than"),
    # two prices joined by a dash and labelled as buying and selling are two counts, the scale
    # written once serving both; a dash without such a label is a range
    row("Công ty niêm yết giá vàng 37,22 - 37,28 triệu đồng/lượng (mua vào - bán ra).",
        count(37_220_000, "đồng/lượng"), count(37_280_000, "đồng/lượng"),
        id="COUNTS-buying-and-selling-price"),
    row("Giá vàng SJC ở mức 74,25 – 76,31 triệu đồng/lượng (mua vào – bán ra), giảm 200.000 đồng/lượng.",
        count(74_250_000, "đồng/lượng"), count(76_310_000, "đồng/lượng", change=("decrease", 200_000)),
        id="COUNTS-price-pair-then-change"),
    row("Giá lúa dao động 7.200 - 7.500 đồng/kg.",
        count(7200, "đồng/kg", qualifier="range", value_max=7500), id="COUNTS-unlabelled-dash-is-a-range"),
    # "ba trong số bốn X" counts three of the whole's noun, as "một trong ba" counts one; "một"
    # after "trong" is the article "a"
    row("Có đến ba trong số bốn Phó bí thư đều từng là Bí thư Thành đoàn.", count(3, "Phó bí thư"),
        id="COUNTS-some-of-in-words"),
    row("Mục tiêu là trong một tổ chức đảng phải có đủ cán bộ trẻ.", id="COUNTS-article-after-trong"),
    # "A X trong số B X": the whole after a part counting its own noun is no fact, like "A/B"
    row("Có 21 thí sinh trong số 44 thí sinh đạt điểm 8 trở lên.", count(21, "thí sinh"),
        id="COUNTS-whole-after-among-is-no-fact"),
    row("Có 5 người trong số 20 cán bộ được khen thưởng.", count(5, "người"), count(20, "cán bộ"),
        id="COUNTS-among-another-noun-keeps-the-whole"),
    # a match result between two names is a score, no range and no count
    row("Kết quả bảng F: Arsenal 1 - 2 Borussia Dortmund, Marseille 1 - 2 SSC Napoli.",
        id="NOT_FACTS-match-scores"),
    # "N lần" counts occurrences, unless it multiplies ("gấp", a change, a level of a multiple),
    # is a fraction, a one-off ("trợ cấp một lần") or "lần lượt" after a number
    row("Bí thư thị trấn đã tự ý đi nước ngoài 4 lần trong bốn năm qua.", count(4, "lần")),
    row("Trung tâm đã điều động lực lượng cứu nạn 193 lần.", count(193, "lần")),
    row("Ông đã hai lần ký quyết định bổ nhiệm trái quy định.", count(2, "lần")),
    row("Đảng ủy đã họp 3 lần để bàn về công tác nhân sự.", count(3, "lần")),  # meetings: events
    row("Năm nay, số lần xuất quân cứu nạn đã tăng lên 215 lần.", count(215, "lần")),
    row("Năng suất lao động tăng gấp 2 lần so với năm 2020."),
    row("Trong 5 năm, doanh thu tăng 1,4 lần."),
    row("Mức bồi thường giảm xuống còn 2 lần giá đất."),
    row("Người lao động được hưởng trợ cấp một lần."),
    row("Tổng điểm chênh lệch giữa hai lần chấm là 23 điểm."),
    row("Các vị trí còn lại trong top 10 lần lượt là Hà Nội, Huế."),
    # people of a criminal case are counted nouns; "bản" ending "cơ bản" designates nothing
    row("Từ đó, cơ quan điều tra đã khởi tố 4 bị can gồm ông A và ông B.", count(4, "bị can")),
    row("Tòa án đã xét xử 12 bị cáo trong vụ án.", count(12, "bị cáo")),
    row("Ban Bí thư đã giới thiệu nội dung cơ bản 4 chuyên đề.", count(4, "chuyên đề")),
    row("Giải bóng đá thanh niên diễn ra 12 trận.", count(12, "trận")),
    row("Kết quả kiểm phiếu có 300 phiếu tán thành.", count(300, ("phiếu", "phiếu tán thành"))),
    row("Đơn vị đã điều động 45 binh sĩ tham gia giúp dân.", count(45, "binh sĩ")),
    row("Năm nay, số vụ vi phạm là 412.", count(412, ("vụ vi phạm", "vụ"))),
    row("Trong đó có một trường hợp bị khai trừ ra khỏi Đảng.", count(1, "trường hợp")),
    row("Hai đơn vị được tặng cờ thi đua của tỉnh.", count(2, "đơn vị")),
    row("Tổng vốn đầu tư của dự án là 450 tỷ.", count(450_000_000_000)),
    row("Công ty có 1.265 tỷ tiền và tương đương tiền.", count(1_265_000_000_000, "đồng"),
        id="COUNTS-money-noun-after-the-sum"),
    row("Ngoài ra còn hơn 100 tỷ đầu tư vào các cổ phiếu chưa niêm yết.",
        count(100_000_000_000, "đồng", qualifier="more_than"), id="COUNTS-a-verb-after-a-bare-sum"),
    row("Ông bị kỷ luật vì phê duyệt cho vay 2.500 tỉ liên quan vụ án tại ngân hàng.",
        count(2_500_000_000_000, "đồng"), id="COUNTS-relating-verb-after-a-bare-sum"),
    row("Thư viện nhận thêm 200 đầu sách mới.", count(200, "đầu sách"), id="COUNTS-dau-sach-stays-a-noun"),
    # a comma list of nouns is one unit, until an item has a figure of its own
    row("Hội nghị có 140 cán bộ, chiến sĩ tham dự.", count(140, "cán bộ, chiến sĩ")),
    row("Xã Tân Lập có 12 hộ, thôn Đông có 7 hộ được hỗ trợ.", count(12, "hộ"), count(7, "hộ")),
    # a bound that picks out the units listed after it is no figure
    row("Tỷ lệ cán bộ trẻ ở một số nơi cao hơn 10%, như Điện Biên 11,54%; Quảng Nam 10,71%.",
        rate(11.54), rate(10.71, subject="Quảng Nam")),
    row("Tỷ lệ hộ nghèo là 3%, cao hơn 1% so với năm trước.", rate(3, change=("increase", 1))),
    # trades of three syllables and nouns whose second syllable is a function word
    row("Năm qua tỉnh có 600 huấn luyện viên và 400 vận động viên đạt chuẩn.",
        count(600, "huấn luyện viên"), count(400, "vận động viên")),
    row("Ông chỉ ra 3 lý do chính.", count(3, "lý do")),
    row("Ông Hà cùng 3 thuộc cấp bị khởi tố.", count(3, "thuộc cấp")),
    # a count per so many people keeps its denominator, like money per person; a part of a whole
    # written with spaces is no such count
    row("Năm 2023 có 4,84 vụ / 10.000 dân, giảm 0,99 vụ / 10.000 dân so với năm 2022.",
        count(4.84, "vụ/10.000 dân", change=("decrease", 0.99))),
    row("Tội phạm hình sự giảm còn 1,2 vụ/10.000 dân.", count(1.2, "vụ/10.000 dân")),
    # a money noun before a bare sum makes it money, whatever word follows
    row("Riêng khoản tiền gần 20 triệu ký hợp đồng vinh danh thì phải hoàn trả.",
        count(20_000_000, "đồng", qualifier="nearly")),
    row("Xã trồng mới 5 triệu cây giống.", count(5_000_000, ("cây", "cây giống"))),
    # a currency written short is the money's unit in full, per-unit tail kept
    row("Mỗi suất quà trị giá 500.000 đ.", count(500_000, "đồng")),
    row("Xã hỗ trợ 2 triệu đ/tháng cho mỗi hộ nghèo.", count(2_000_000, "đồng/tháng")),
    row("Giá thu mua ổn định ở mức 50.000 VNĐ/kg.", count(50_000, "đồng/kg")),
    row("Chi phí 600.000 đ thông qua tài khoản của trung tâm.", count(600_000, "đồng")),
    row("Điểm đ khoản 1 Điều 5 quy định rõ việc này."),  # a list letter, no currency
    row("Hai nước đã ký thỏa thuận vay 500 tỷ nhân dân tệ.",
        count(2, "nước"), count(500_000_000_000, "nhân dân tệ")),
    row("Cổ phiếu được bán với giá 32.500 đồng/cổ phiếu.", count(32_500, "đồng/cổ phiếu")),
    # a price per area keeps its "/m2" ("/ha" is a word already); a range's last end lends its tail
    # to both ends
    row("Công ty bán đất với giá 1,29 triệu đồng / m2.", count(1_290_000, "đồng/m2"),
        id="COUNTS-price-per-square-metre"),
    row("Giá thuê mặt bằng 250.000 đồng/m2/tháng.", count(250_000, "đồng/m2/tháng"),
        id="COUNTS-price-per-square-metre-and-month"),
    row("Giá đất được đẩy lên 18 triệu đồng đến hơn 20 triệu đồng / m2.",
        count(18_000_000, "đồng/m2", value_max=20_000_000, qualifier="range"),
        id="COUNTS-range-lends-its-tail"),
    row("Giá đất được đẩy lên 18 triệu đồng đến hơn 20 triệu đồng.",
        count(18_000_000, "đồng", value_max=20_000_000, qualifier="range"), id="COUNTS-range-without-tail"),
    # a noun of no table written after both ends counts one range, like a listed one
    row("Mức phạt từ 600 tệ đến 1.000 tệ đối với mỗi trường hợp vi phạm.",
        count(600, "tệ", value_max=1000, qualifier="range"), id="COUNTS-range-of-an-open-noun"),
    row("Mỗi phiên chợ bán từ 300 bao gạo đến 500 bao gạo.",
        count(300, "bao gạo", value_max=500, qualifier="range"), id="COUNTS-range-of-an-open-two-word-noun"),
    row("Số tổ tăng từ 4 tổ lên 6 tổ.", count(4, "tổ"), count(6, "tổ"), id="COUNTS-change-levels-no-range"),
    # a word that only ends in an ordinal cue ranks nothing: "hòa giải" is to mediate, not a prize
    row("Năm qua, các tổ đã hòa giải 128 vụ việc ở cơ sở.", count(128, "vụ việc"),
        id="COUNTS-hoa-giai-is-no-prize"),
    row("Đội xã Tân Lập đoạt giải 3 toàn đoàn.", id="COUNTS-a-prize-still-ranks"),
    # people counted right after a designator noun: the figure counts, it names no place
    row("Mỗi tổ 5 người, thay phiên trực đêm.", count(5, "người"), id="COUNTS-team-of-people"),
    row("Già làng có 65 người; trưởng thôn, làng 40 người.", count(65, "người"), count(40, "người"),
        id="COUNTS-people-after-a-village-word"),
    row("Thôn 8 có 120 hộ.", count(120, "hộ"), id="COUNTS-village-number-still-names"),
    # "linh", "lẻ" link number words only between number words: after a figure they open a noun
    row("Giáo phận có 57 linh mục đang phục vụ.", count(57, "linh mục"), id="COUNTS-linh-opens-a-noun"),
    row("Xã có một trăm linh năm hộ nghèo.", count(105, "hộ nghèo"), id="COUNTS-linh-still-links-words"),
    # "một" heading an item of a list whose other item counts the same noun reports one
    row("Ban tổ chức trao một giải Nhất, hai giải Nhì cho các đội.",
        count(1, "giải"), count(2, "giải"), id="COUNTS-one-prize-beside-two"),
    row("Ba xe được điều chuyển: hai xe cho công an xã, một xe cho ban chỉ huy quân sự.",
        count(3, "xe"), count(2, "xe"), count(1, "xe"), id="COUNTS-one-item-after-a-counted-item"),
    row("Một cán bộ xã cho biết, 3 cán bộ đã được điều động.", count(3, "cán bộ"),
        id="COUNTS-one-speaker-no-item"),
    row("Có 12 trường như thế, mỗi huyện đều có một trường.", count(12, "trường"),
        id="COUNTS-one-for-each-no-item"),
    # "được giao cho" a recipient hands over what was named before it: no quota for the sentence
    row("Có 90 cơ sở được giao cho địa phương quản lý; 41 cơ sở đã bán đấu giá.",
        count(90, "cơ sở"), count(41, "cơ sở"), id="COUNTS-handed-over-no-quota"),
    row("Tuổi đời 60 chị vẫn làm tổ trưởng.", id="COUNTS-an-age-before-a-pronoun-counts-nobody"),
    # a trade or role written with "nhà" counts people, not houses
    row("Có khoảng 750 nhà báo trong và ngoài nước đăng ký đưa tin về Đại hội.",
        count(750, "nhà báo", qualifier="approx"), id="COUNTS-nha-bao-are-people"),
    row("Hội thảo thu hút 45 nhà đầu tư và 30 nhà khoa học.",
        count(45, "nhà đầu tư"), count(30, "nhà khoa học"), id="COUNTS-nha-trades"),
    row("Xã đã xây 12 nhà tình nghĩa và 3 nhà văn hóa.",
        count(12, "nhà tình nghĩa"), count(3, "nhà văn hóa"), id="COUNTS-nha-buildings-stay"),
    row("Đến nay mới có 12 hộ / 40 hộ được cấp giấy chứng nhận.", count(12, "hộ")),
    row("Có 68 tỉnh uỷ, thành uỷ, đảng uỷ trực thuộc Trung ương tham gia.",
        count(68, ("tỉnh ủy, thành ủy, đảng ủy", "tỉnh ủy, thành ủy, đảng ủy trực thuộc",
                   "tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương"))),
    # a list of counted nouns closed by "và" is one unit when no figure and no clause of its own
    # follows the last noun
    row("Đoàn kiểm tra đã làm việc với 24 cấp ủy và tổ chức đảng cơ sở.",
        count(24, ("cấp ủy và tổ chức đảng", "cấp ủy và tổ chức đảng cơ sở")),
        id="COUNTS-units-joined-by-va"),
    row("Tỉnh kết nạp 450 đảng viên và huyện đã tổ chức trao quyết định tại cơ sở.",
        count(450, "đảng viên"), id="COUNTS-va-opening-a-clause-joins-no-unit"),
    row("Nghị quyết nêu 12 chỉ tiêu và kế hoạch đầu tư công năm 2023 với tổng vốn 310 tỷ đồng.",
        count(12, "chỉ tiêu"), count(310_000_000_000, "đồng"),
        id="COUNTS-va-item-with-its-own-figure-joins-no-unit"),
    row("Huyện là một trong ba đơn vị dẫn đầu phong trào thi đua của tỉnh.", count(1, "đơn vị")),
    row("Đến nay, 63 trên tổng số 68 đảng bộ đã tổ chức xong đại hội.",
        count(63, "đảng bộ"), id="COUNTS-part-of-written-whole"),
    # the part before "trong" and a figure counts the whole's noun, like "40/70 người"
    row("Có 40 trong 70 người tham gia chuyến đi không có tên trong danh sách.", count(40, "người")),
    row("Tuyến đường sắt có 3 nhà ga ngầm và 11 nhà ga trên cao.", count(3, "nhà ga"), count(11, "nhà ga")),
    row("Học viện có 7 phó giáo sư và 17 tiến sĩ.", count(7, "phó giáo sư"), count(17, "tiến sĩ")),
    # an acronym completes an open noun; a destination is counted ("điểm đến"), not scored
    row("Hội đã giải quyết chế độ cho hơn 12 vạn cựu TNXP.",
        count(120_000, "cựu TNXP", qualifier="more_than")),
    # a two-word modifier after a classifier's noun or an open noun is never cut in half, nor a
    # per-unit noun after the slash
    row("Năm qua, tỉnh thu hồi 6 khu đất quốc phòng và đón 2 triệu lượt khách quốc tế.",
        count(6, "khu đất quốc phòng"), count(2_000_000, "lượt khách quốc tế"),
        id="COUNTS-modifier-kept-whole-after-a-classifier"),
    row("Đại hội có đại diện của tám đảng chính trị nước bạn.",
        count(8, "đảng chính trị"), id="COUNTS-modifier-kept-whole-after-an-open-noun"),
    row("Cổ đông lớn bán ra với giá 21.500 đồng / cổ phần.",
        count(21_500, "đồng/cổ phần"), id="COUNTS-per-share-noun-kept-whole"),
    # "tăng trưởng" (growth) beside a total is its change, like "tăng"
    row("Năm qua tỉnh đón hơn 2 triệu lượt khách, tăng trưởng bình quân 15,5% / năm.",
        count(2_000_000, "lượt khách", qualifier="more_than",
              change=("increase", 15.5)),
        id="COUNTS-growth-beside-a-total-is-its-change"),
    row("Hãng bay đến 18 điểm đến nội địa và 25 điểm đến quốc tế.",
        count(18, "điểm đến nội địa"), count(25, "điểm đến quốc tế")),
    # a bound after a share's clause has ended is no condition of that share
    row("Tỉnh giải quyết chế độ cho 2.000 người (đạt 60% tổng số), trong đó có hơn 1.200 người hưởng "
        "chế độ một lần.",
        count(2000, "người"), rate(60, subject_excludes=[]), count(1200, "người", qualifier="more_than")),
    # a comma before a noun with a figure of its own ends the counted noun
    row("Mỗi giáo sư hướng dẫn 10 nghiên cứu sinh, phó giáo sư hướng dẫn 8 nghiên cứu sinh.",
        count(10, "nghiên cứu sinh"), count(8, "nghiên cứu sinh")),
    # a quoted slogan's figures count and plan nothing
    row('Huyện tiếp tục xây dựng "xã 3 không", đồng thời sẽ xây mới 4 trường học.',
        target(4, "trường học")),
    row("Đoàn đã kiểm tra 18 trong số 20 địa điểm được báo cáo.", count(18, "địa điểm")),
    # two figures joined by "và" share the noun written after the second, when of one size
    row("Hãng đã ký hợp đồng mua 12 và thuê 16 động cơ máy bay.",
        count(12, ("động cơ máy bay", "động cơ")), count(16, ("động cơ máy bay", "động cơ"))),
    row("Người dân kích hoạt 420 tài khoản mức độ 2 và mở 190 tài khoản thanh toán.",
        count(420, "tài khoản"), count(190, ("tài khoản", "tài khoản thanh toán"))),
    # a currency glued to the sum keeps its per-unit tail; money converted is money again
    row("Cước gọi tổng đài là 2.500đ/phút.", count(2500, "đồng/phút")),
    row("Tổng vốn đầu tư 150 triệu euro, tương đương 170 triệu USD.",
        count(150_000_000, "euro"), count(170_000_000, "USD")),
    row("Lớp học có 43 em, tương đương 1 lớp chuẩn.", count(43, "em")),  # a restated figure is none
    # people named by courtesy or kinship, and a modal, end the counted noun before a verb
    row("Ủy ban kiểm tra yêu cầu hai ông rút kinh nghiệm sâu sắc.", count(2, "ông")),
    row("Thành phố xác định ba khâu cần tập trung tháo gỡ.", count(3, "khâu")),
    # a street number is no figure, even as a range; nor is a troupe's code before a verb of motion
    row("Dịp đoàn 3-15 sang Lào biểu diễn, nhà hát được tặng bằng khen."),
    # "trên" after "căn cứ", "dựa" is a preposition: the figure is exact
    row("Quyết định căn cứ trên hai tờ trình của Sở Nội vụ.", count(2, "tờ trình")),
    row("Huyện có trên 200 hộ nghèo.", count(200, "hộ nghèo", qualifier="more_than")),
    row("Đoàn đến trụ sở công ty tại số 45-47 đường Lê Lợi để làm việc."),
    # a word pointing back ends the counted noun
    row("Đoàn kiểm tra đã làm việc với hai sở nêu trên trong tuần qua.", count(2, "sở")),
    row("Hai nhóm trên địa bàn xã hoạt động hiệu quả.", count(2, "nhóm")),
    row("Khảo sát cho thấy 7 trong 10 hội viên hài lòng với dịch vụ.", count(7, "hội viên")),
    row("Hơn 300 đảng viên trong 15 chi bộ đã đăng ký làm theo gương Bác.",  # not a part of a whole
        count(300, "đảng viên", qualifier="more_than"), count(15, "chi bộ")),
    row("Tổng công ty góp 203 tỉ đồng, Công ty Thành Nam góp 50 tỉ đồng.",
        count(203_000_000_000, "đồng"), count(50_000_000_000, "đồng")),
    # found by a review of the rules on invented sentences
    row("Mỗi hộ nhận 3 triệu đồng/tháng giúp gia đình ổn định.", count(3_000_000, "đồng/tháng"),
        id="COUNTS-per-unit-one-word"),
    row("Huyện có 1,2 triệu dân.", count(1_200_000, "dân"), id="COUNTS-scale-before-open-noun"),
    row("Chương trình đã trao tặng 10 nghìn suất quà.", count(10_000, "suất quà"),
        id="COUNTS-suat-after-a-scale"),
    row("Năm 2024, trong tổng số 1.200 đảng viên của Đảng bộ có 300 đảng viên nữ.",
        count(1200, "đảng viên"), count(300, "đảng viên nữ"), id="COUNTS-whole-after-a-year"),
    row("Tỉnh là một trong 5 địa phương dẫn đầu.", count(1, "địa phương"), id="COUNTS-one-of-open-noun"),
    row("Đội 3 làm nhiệm vụ tại khu vực cửa khẩu.", id="COUNTS-team-name"),
    row("Giai đoạn 2 triển khai chậm so với kế hoạch.", id="COUNTS-stage-name"),
    row("Sau hơn 2 thập kỷ, diện mạo quê hương đã đổi thay.", id="COUNTS-decades"),
    row("Tuy nhiên, vẫn còn một bộ phận cán bộ, đảng viên suy thoái.", id="COUNTS-mot-bo-phan"),
    # a noun pointed at ("mã này") after "đối với" is one thing, so the bound after it selects no group
    row("Hôm nay khối ngoại mua ròng đối với mã này hơn 170.000 cổ phiếu.",
        count(170_000, "cổ phiếu", qualifier="more_than"), id="COUNTS-bound-after-a-thing-pointed-at"),
    row("Chính sách áp dụng đối với những doanh nghiệp có trên 50 lao động.",
        id="COUNTS-bound-selecting-a-group-after-doi-voi"),
    # a change in an aside right after a breakdown item is that item's change
    row("Đã kỷ luật 900 đảng viên; trong đó có 256 đảng viên bị kỷ luật do tham nhũng, cố ý làm trái "
        "(tăng 21 trường hợp so với cùng kỳ).",
        count(900, "đảng viên"), count(256, "đảng viên", change=("increase", 21)),
        id="COUNTS-change-in-an-aside-after-a-breakdown-item"),
    # a range written with its noun after each end is one count; two levels at two times are two
    row("Các mã có giao dịch thỏa thuận lớn nhất, từ gần 1,2 triệu cổ phiếu đến 1,6 triệu cổ phiếu.",
        count(1_200_000, "cổ phiếu", qualifier="range", value_max=1_600_000),
        id="COUNTS-range-with-its-noun-twice"),
    row("Số hộ nghèo giảm từ 15 hộ năm 2020 đến 9 hộ năm 2024.", count(15, "hộ"), count(9, "hộ"),
        id="COUNTS-two-levels-not-a-range"),
    # "hai" after "giữa" or "quan hệ" names a pair already known; "thăm hai nước" counts
    row("Thương mại hai chiều giữa hai nước đã tăng mạnh.", id="COUNTS-between-the-two"),
    row("Hai bên nỗ lực cải thiện quan hệ hai nước.", id="COUNTS-relations-of-the-two"),
    row("Đoàn đã thăm hai nước và ký 5 văn bản hợp tác.", count(2, "nước"), count(5, "văn bản"),
        id="COUNTS-two-countries-visited"),
    row("Độ rộng của 2 sàn rất tích cực.", count(2, "sàn"), id="COUNTS-noun-before-rat"),
    # centres are counted nouns, so a plan after "sẽ" takes them; a model named by its number
    # ("liên kết giữa ba nhà") counts nothing
    row("Tỉnh hi vọng sẽ mở thêm từ 6 đến 12 trung tâm trong 5 năm tới.",
        target(6, "trung tâm", qualifier="range", value_max=12), id="COUNTS-centres-planned"),
    row("Dự án tăng cường mối liên kết giữa ba nhà: nhà nghiên cứu, nhà doanh nghiệp và nhà quản lý.",
        id="COUNTS-three-houses-model"),
    # a fraction after "bằng" is a ratio, no part of a counted whole
    row("Thu nhập của hộ nghèo chỉ bằng 1/5 mức thu nhập bình quân của tỉnh.",
        id="COUNTS-fraction-as-a-ratio"),
    row("Huyện có 11/36 xã đạt chuẩn nông thôn mới.", count(11, "xã"), id="COUNTS-part-of-a-whole-stays"),
    # phases are periods, and a quarter is a date: neither is counted
    row("Khu liên hợp đã hoạt động đồng bộ cả hai giai đoạn.", id="COUNTS-phases-are-periods"),
    row("Chính vì vậy, trong quý 3 công ty đã hoàn nhập khoản dự phòng 164 tỷ đồng.",
        count(164_000_000_000, "đồng"), id="COUNTS-quarter-is-a-date"),
    # countries and territories counted; an adverb of degree after the noun is no part of it
    row("Sản phẩm của huyện đã xuất khẩu sang 32 quốc gia và vùng lãnh thổ.",
        count(32, "quốc gia và vùng lãnh thổ"), id="COUNTS-countries-and-territories"),
    row("Đoàn đã làm việc với 5 nước ngày càng quan tâm đến dự án.", count(5, "nước"),
        id="COUNTS-noun-before-an-adverb-of-degree"),
    # party committees are counted bodies ("12 cấp ủy cấp dưới", "15 cấp ủy, tổ chức đảng trực thuộc")
    row("Ủy ban Kiểm tra Huyện ủy kiểm tra 9 cấp ủy cấp dưới và 21 tổ chức đảng.",
        count(9, "cấp ủy cấp dưới"), count(21, "tổ chức đảng"), id="COUNTS-party-committees"),
    # "một" before people who then suffer discipline or arrest reports one, as before a casualty
    row("Qua kiểm tra có 6 đơn tố cáo đúng và một trường hợp bị kỷ luật khiển trách.",
        count(6, "đơn tố cáo"), count(1, "trường hợp"), id="COUNTS-one-case-disciplined"),
    # districts, towns and wards joined by commas are one unit ("huyện, thị xã, thành phố", "quận, huyện")
    row("Tỉnh có 8/10 huyện, thị xã, thành phố hoàn thành nhiệm vụ thu ngân sách.",
        count(8, "huyện, thị xã, thành phố"), id="COUNTS-districts-and-towns-joined"),
    row("Thành phố có 12 quận, huyện tổ chức đại hội điểm.", count(12, "quận, huyện"),
        id="COUNTS-urban-and-rural-districts"),
    # a noun of one syllable and a compound of two that qualifies it ("pano cảnh báo", "giấy chứng
    # nhận", "chức vô địch") is one noun of three: the two-word limit never cuts the compound
    row("Công an huyện lắp đặt 120 pano cảnh báo tại các điểm đen giao thông.",
        count(120, "pano cảnh báo"), id="COUNTS-compound-after-a-noun-of-one-syllable"),
    row("Xã đã cấp 35 giấy chứng nhận quyền sử dụng đất cho người dân.",
        count(35, "giấy chứng nhận"), id="COUNTS-compound-document"),
    row("Đội tuyển của tỉnh giành 3 chức vô địch quốc gia.", count(3, "chức vô địch"),
        id="COUNTS-compound-title"),
    row("Trong đợt này có 60 sổ tiết kiệm được trao cho hộ nghèo.", count(60, "sổ tiết kiệm"),
        id="COUNTS-compound-passbook"),
    row("Đoàn có 4 thượng nghị sĩ Hoa Kỳ.", count(4, "thượng nghị sĩ"), id="COUNTS-three-syllable-person"),
    # an adverb of time or manner after the noun ("ngay", "luôn") is no part of it
    row("Học sinh phải theo học hơn 12 môn ngay từ bậc tiểu học.",
        count(12, "môn", qualifier="more_than"), id="COUNTS-noun-before-ngay"),
    row("Mỗi xã chọn 3 nhóm luôn đi đầu trong phong trào để nhân rộng.", target(3, "nhóm", None),
        id="COUNTS-noun-before-luon"),
    # a classifier ("nhóm", "lô", "ngôi") takes the words after it as a counted noun does: never a
    # function word, an adverb or a verb
    row("Học viên được chia thành 4 nhóm cùng nhau thảo luận chuyên đề.", count(4, "nhóm"),
        id="COUNTS-classifier-before-an-adverb"),
    row("Xã bàn giao 9 lô còn lại cho các hộ dân tái định cư.", count(9, "lô"),
        id="COUNTS-classifier-before-con-lai"),
    row("Dự án phải di dời 210 ngôi mộ phải hoàn thành trước tháng 6.", count(210, "ngôi mộ"),
        id="COUNTS-classifier-noun-before-a-modal"),
    # negatives: what the contract excludes keeps its noun out of the open class
    row("Cầu dài 120 mét, rộng 12 mét.", ),
    row("Ông năm nay 65 tuổi và đã có 40 năm tuổi Đảng.", ),
    row("Trong 3 tháng, đội công tác làm việc liên tục.", ),
    row("Bộ máy được sắp xếp theo hướng một tổ chức, một người có thể đảm nhiệm nhiều việc.",
        id="COUNTS-parallel-mot"),
    row("Ông bị xem xét vì lạm dụng quyền hạn được giao khi chỉ có 3 hộ dân canh tác trên khu đất.",
        count(3, "hộ dân"), id="COUNTS-assigned-powers-no-plan"),
    # a re-mention is still a fact (contract: repeated mentions are each a fact)
    row("Cơ quan điều tra đã triệu tập 2 người này để làm rõ.", count(2, "người"), id="COUNTS-re-mention"),
    row("Kết quả có 54 trên 59 đại biểu tán thành.", count(54, "đại biểu"), id="COUNTS-out-of"),
    row("Việc bán đất trái với điều 3 và điều 6 của quy chế.", id="COUNTS-lowercase-article"),
    row("Ba Thứ trưởng đã bị xem xét kỷ luật.", count(3, "Thứ trưởng"), id="COUNTS-capitalized-title"),
    row("Giải ba cá nhân trở lên tại kỳ thi học sinh giỏi được cộng điểm.", id="COUNTS-prize-rank"),
    row("Công trình thoát nước ở ngõ 202 phố Trung Lăng có sai phạm.", id="COUNTS-street-address"),
    # "có" after "và" still joins "một" to the counted item before it
    row("Năm 2023, 8 đảng viên hoàn thành nhiệm vụ và có một đảng viên không hoàn thành nhiệm vụ.",
        count(8, "đảng viên"), count(1, "đảng viên"), id="COUNTS-one-listed-after-va-co"),
    # a total moved to a new level, its noun named after "số"
    row("Trong quý I, huyện thành lập thêm 3 chi bộ, nâng tổng số tổ chức cơ sở đảng của huyện "
        "lên 64.",
        count(3, "chi bộ"), count(64, "tổ chức cơ sở đảng"), id="COUNTS-total-raised-to-a-bare-level"),
    row("Xã đã giảm số hộ nghèo xuống còn 12.", count(12, "hộ nghèo"),
        id="COUNTS-total-lowered-to-a-bare-level"),
    # commanders, whose first syllable alone is the adverb "only"
    row("Toàn tỉnh có 96 chỉ huy trưởng quân sự cấp xã là đảng viên.", count(96, "chỉ huy trưởng"),
        id="COUNTS-commanders"),
    row("Năm nay chỉ 3 xã đạt chuẩn.", count(3, "xã"), id="COUNTS-only-before-a-figure"),
    # sites named by "điểm" and their kind; "điểm" alone is a score
    row("Toàn tỉnh còn 27 điểm đen về tai nạn giao thông; đã xử lý 9 điểm đen.",
        count(27, "điểm đen"), count(9, "điểm đen"), id="COUNTS-sites-named-by-diem"),
    row("Thí sinh đạt 27 điểm.", id="COUNTS-diem-alone-is-a-score"),
]

# 6. Changes: each to its own level; a growth rate beside a total; adverbs; an estimate.
CHANGES = [
    # a change counted alone names its noun after "số" before the change verb ("Số tổ chức đảng bị kỷ
    # luật giảm 2"): that noun is its unit
    row("So với năm trước, số chi bộ được xếp loại hoàn thành xuất sắc nhiệm vụ tăng 14.",
        count(14, "chi bộ"), id="CHANGES-alone-names-its-noun-after-so"),
    row("Số đảng viên bị xử lý kỷ luật giảm 6 so với cùng kỳ.", count(6, "đảng viên"),
        id="CHANGES-alone-after-a-passive-description"),
    # a change in percentage points ("điểm phần trăm", "điểm %") is the change of the rate before it,
    # never a count or a score; with no rate to join it is a rate of its own, as a percentage change
    # is (three blind annotators of the twenty-first round read it so)
    row("Đến cuối năm, tỷ lệ hộ nghèo của tỉnh còn 2,4%, giảm 1,15 điểm phần trăm so với năm trước.",
        rate(2.4, subject="tỷ lệ hộ nghèo", change=("decrease", 1.15)), id="CHANGES-points-after-a-rate"),
    row("Tỷ lệ người dân tham gia bảo hiểm y tế đạt 94,2%, tăng 0,8 điểm % so với cùng kỳ.",
        rate(94.2, change=("increase", 0.8)), id="CHANGES-points-written-with-the-sign"),
    row("Tỷ lệ thất nghiệp khu vực thành thị là 2,6%, giảm 0,3 điểm phần trăm; cả tỉnh có 1.240 lao động "
        "mất việc, tăng 85 người.",
        rate(2.6, change=("decrease", 0.3)), count(1240, "lao động", change=("increase", 85)),
        id="CHANGES-points-then-a-count-in-units"),
    row("So với đầu nhiệm kỳ, tỷ lệ đảng viên là người dân tộc thiểu số tăng 1,4 điểm phần trăm.",
        rate(1.4, subject="tỷ lệ đảng viên là người dân tộc thiểu số", change=None),
        id="CHANGES-points-with-no-rate-is-a-rate"),
    row("Năm 2024, giải ngân đạt 63,4% kế hoạch, cao hơn cùng kỳ khoảng 5,2 điểm phần trăm.",
        rate(63.4), id="CHANGES-points-after-a-rate-of-their-clause-are-no-second-rate"),
    # "gồm" saying what a body consists of, with no total counted before it, opens no breakdown: its
    # level takes the change counted in units after it; after a total it is an item's
    row("Ban Chấp hành Đảng bộ xã khóa mới gồm 15 đồng chí, giảm 2 đồng chí so với khóa trước.",
        count(15, "đồng chí", change=("decrease", 2)), id="CHANGES-size-after-gom"),
    row("Toàn huyện có 320 đảng viên, gồm 120 đảng viên nữ, tăng 15 đảng viên so với năm trước.",
        count(320, "đảng viên", change=("increase", 15)),
        count(120, "đảng viên nữ", change=None), id="CHANGES-total-before-gom-keeps-the-change"),
    # a change before a price range "lên mức A - B" is that range's ("mức" then a price is no designator)
    row("Gạo jasmine tăng thêm 10 - 15 USD lên mức 545 - 555 USD/tấn.",
        count(545, "USD/tấn", qualifier="range", value_max=555, change=("increase", 10)),
        id="CHANGES-change-before-a-price-range"),
    # a market price's change before the level it closes at ("chốt ở", "đóng cửa ở") is that level's
    row("Phiên hôm qua, giá dầu thô tăng 1,8 USD/thùng, chốt ở 82,4 USD/thùng.",
        count(82.4, "USD/thùng", change=("increase", 1.8)), id="CHANGES-closing-level-after-change"),
    row("Giá vàng thế giới giảm 15 USD/ounce, chốt phiên tại 1.950 USD/ounce.",
        count(1950, "USD/ounce", change=("decrease", 15)), id="CHANGES-closing-session-level"),
    row("Giá cà phê tăng 200 đồng/kg, đóng cửa ở 45.600 đồng/kg.",
        count(45600, "đồng/kg", change=("increase", 200)), id="CHANGES-closing-price-level"),
    # a change after a measured level whose indicator is named after the verb measures that indicator
    row("Năm 2024, nhà máy đạt sản lượng điện 1.250 triệu kWh, tăng 6,2% so với năm trước.",
        rate(6.2, subject="sản lượng điện", subject_excludes=["1.250", "kWh", "đạt"]),
        id="CHANGES-indicator-between-verb-and-measurement"),
    row("Công ty cho biết, thép xây dựng đã đạt sản lượng tiêu thụ 491.578 tấn, tăng 7,6% so với cùng kỳ.",
        rate(7.6, subject="sản lượng tiêu thụ", subject_excludes=["491", "tấn"]),
        id="CHANGES-indicator-of-a-tonnage"),
    row("Sản lượng lúa cả năm đạt 1,2 triệu tấn, tăng 3% so với năm 2023.",
        rate(3, subject="sản lượng lúa cả năm", subject_excludes=["tấn"]),
        id="CHANGES-indicator-before-verb"),
    # a percentage change whose clause names what changed after a count is that thing's, not the
    # count's; a comparison, an estimate, an equivalence or an aside on the clause names nothing
    row("Trong 9 tháng, có 9/11 nhóm hàng tăng giá, riêng nhóm giáo dục giảm 0,3%.",
        count(9, "nhóm hàng", change=None), rate(0.3, subject="nhóm giáo dục", subject_excludes=["riêng"]),
        id="CHANGES-the-named-item-changed-not-the-count"),
    row("Có 7/10 nhóm ngành tăng so với tháng trước, trong đó 2 nhóm tăng mạnh là nhóm may mặc với mức "
        "tăng 1,2% và nhóm đồ uống với mức tăng 0,9%.",
        count(7, "nhóm ngành", change=None), count(2, "nhóm", change=None),
        rate(1.2, subject="nhóm may mặc"), rate(0.9, subject="nhóm đồ uống"),
        id="CHANGES-items-named-after-a-copula"),
    row("Trong 10 tháng, có 10/11 nhóm hàng tăng giá, duy nhất có nhóm hàng bưu chính viễn thông là "
        "giảm 0,18%.",
        count(10, "nhóm hàng", change=None),
        rate(0.18, subject="nhóm hàng bưu chính viễn thông", subject_excludes=["duy nhất", "có"]),
        id="CHANGES-the-one-item-named-before-a-copula"),
    row("Cả xã có 320 hộ nuôi bò, trong đó hộ nuôi bò sữa tăng 5%.",
        count(320, "hộ", change=None), rate(5, subject="hộ nuôi bò sữa"), id="CHANGES-a-breakdown-changed"),
    row("Năm nay có 138 công ty niêm yết báo lãi, theo đó lợi nhuận các công ty này tăng 5,5%.",
        count(138, ("công ty", "công ty niêm yết"), change=None),
        rate(5.5, subject="lợi nhuận các công ty này"),
        id="CHANGES-what-the-counted-ones-earned"),
    row("Toàn tỉnh có 1.500 doanh nghiệp thành lập mới, tăng 10% so với năm trước.",
        count(1500, "doanh nghiệp", change=("increase", 10)), id="CHANGES-description-then-change"),
    row("Tổng số đảng viên là 4.106 người, so với năm 2020 tăng 8%.",
        count(4106, "người", change=("increase", 8)), id="CHANGES-comparison-then-change"),
    row("Tổng sản phẩm trên địa bàn đạt hơn 2,1 triệu tỷ đồng, ước tăng 7,4%.",
        count(2_100_000_000_000_000, "đồng", qualifier="more_than", change=("increase", 7.4)),
        id="CHANGES-estimate-then-change"),
    row("Giá cổ phiếu tăng từ 21.500 đồng lên 22.300 đồng, tương đương tăng 3,72%.",
        count(21500, "đồng", change=None), count(22300, "đồng", change=("increase", 3.72)),
        id="CHANGES-equivalence-then-change"),
    row("Năm 2024, toàn tỉnh có 52 trường hợp bị xử lý, trong đó 40 người bị xử lý kỷ luật, 12 trường "
        "hợp đang được xem xét, xử lý (giảm 9% so với năm trước).",
        count(52, "trường hợp", change=("decrease", 9)), count(40, "người", change=None),
        count(12, "trường hợp", change=None), id="CHANGES-aside-on-the-clause-before"),
    # a share of a plan is no level that grows: the growth after it is the total's before it, or a
    # rate of its own with the share's indicator; a share of a whole keeps its change
    row("Doanh thu năm 2024 đạt 1.250 tỷ đồng, vượt 12% kế hoạch năm, tăng 18% so với năm 2023.",
        count(1_250_000_000_000, "đồng", change=("increase", 18)),
        rate(12, qualifier="more_than", change=None), id="CHANGES-growth-of-the-total-not-of-the-plan-share"),
    row("Tổng thu ngân sách đạt 980 tỷ đồng, vượt 75 tỷ đồng, bằng 108% dự toán, tăng 9% so với cùng kỳ.",
        count(980_000_000_000, "đồng", change=("increase", 9)),
        count(75_000_000_000, "đồng", qualifier="more_than", change=None), rate(108, change=None),
        id="CHANGES-growth-of-the-total-not-of-the-excess"),
    row("Thu ngân sách của huyện bằng 112% dự toán, tăng 15% so với cùng kỳ.",
        rate(112, change=None), rate(15, subject="thu ngân sách của huyện", subject_excludes=["dự", "toán"]),
        id="CHANGES-growth-after-a-plan-share-alone"),
    row("Tỷ lệ cán bộ nữ đạt 41,3% tổng số cán bộ, tăng 5,2% so với nhiệm kỳ trước.",
        rate(41.3, change=("increase", 5.2)), id="CHANGES-share-of-a-whole-keeps-its-change"),
    # a change right after a goal describes the goal: no fact of its own (a target has no change)
    row("Tỷ lệ cán bộ trẻ dự kiến được bầu là trên 8% (tăng 2,5% so với khóa trước).",
        target(8, "%", qualifier="more_than")),
    # an amount beyond the plan, after the level, is the level's change; a share beyond it a rate
    row("Năm 2023, doanh thu của tổng công ty đạt 420 tỷ đồng, vượt 35 tỷ đồng so với kế hoạch năm.",
        count(420_000_000_000, "đồng", change=("increase", 35_000_000_000))),
    # a change before the level it leads to ("giảm 2,5% xuống mức ...") is that level's
    row("Chốt phiên, cổ phiếu ABC giảm 3,5% xuống mức 12.400 đồng/cổ phiếu.",
        count(12_400, ("đồng/cổ phiếu", "đồng / cổ phiếu"), change=("decrease", 3.5))),
    # a growth rate right after a total is the total's change, even after an earlier share
    row("Du lịch tăng trưởng 21,8%/năm, doanh thu đạt hơn 11 ngàn tỷ đồng, tăng bình quân 23,9%/năm.",
        rate(21.8), count(11_000_000_000_000, "đồng", qualifier="more_than", change=("increase", 23.9))),
    # a level after a change belongs to it only in the same clause: after a comma a new subject
    # ("…, doanh thu toàn ngành đạt …") states a level of its own
    row("Du lịch tăng 18%, doanh thu toàn ngành đạt hơn 9.000 tỷ đồng.",
        rate(18, subject_is="du lịch"), count(9_000_000_000_000, "đồng", qualifier="more_than"),
        id="CHANGES-level-of-another-subject-after-a-comma"),
    # a change in an aside compares the figure before it, never a later one
    row("GRDP đạt 1,33 triệu tỉ đồng, ước tăng 8,3% (cùng kỳ tăng 8,25%), vốn đầu tư nước ngoài "
        "đạt 7,07 tỉ đô la Mỹ.",
        count(1_330_000_000_000_000, "đồng", change=("increase", 8.3)), rate(8.25),
        count(7_070_000_000, "đô la Mỹ", change=None)),
    row("Số đảng viên mới năm 2022 là 800 (tăng 10%), năm 2023 là 950 (tăng 12%).",
        count(800, change=("increase", 10)), count(950, change=("increase", 12))),
    row("Tổng thu ngân sách đạt 500 tỷ đồng, tăng bình quân 7%/năm.",
        count(500_000_000_000, "đồng", change=("increase", 7))),
    row("Tỷ lệ hộ nghèo còn 2,1%, giảm nhẹ 0,3% so với năm trước.",
        rate(2.1, subject="tỷ lệ hộ nghèo", change=("decrease", 0.3))),
    row("Tổng sản phẩm trên địa bàn tỉnh ước tăng 9% so với cùng kỳ.",
        rate(9, qualifier="approx")),
    # more adverbs between the verb and its figure: the figure stays the change, the adverb no subject
    row("Giai đoạn 2019 - 2023, quỹ khuyến học của xã đạt 850 triệu đồng, tăng đều 12%/năm.",
        count(850_000_000, "đồng", change=("increase", 12)), id="CHANGES-adverb-deu"),
    row("Dân số của thị xã giảm cơ học 3,4% so với năm 2022 do lao động đi làm ăn xa.",
        rate(3.4, subject_is="dân số của thị xã"), id="CHANGES-adverb-co-hoc"),
    row("Dân số toàn tỉnh tăng tự nhiên 0,9% so với năm trước.",
        rate(0.9, subject_is="dân số toàn tỉnh"), id="CHANGES-adverb-tu-nhien"),
    # money added is no change of a count of other things
    row("Năm 2023, 6 dự án đã điều chỉnh tổng mức đầu tư với số vốn tăng thêm hơn 1.500 tỷ đồng.",
        count(6, "dự án"), count(1_500_000_000_000, "đồng", qualifier="more_than"),
        id="CHANGES-money-added-beside-a-count"),
    row("Năm 2023, huyện thu 500 tỷ đồng, tăng 20 tỷ đồng so với năm trước.",
        count(500_000_000_000, "đồng", change=("increase", 20_000_000_000)), id="CHANGES-money-beside-money"),
]

# 7. Not facts: measurements, numbers inside names, scores.
NOT_FACTS = [
    # a number in words after "gấp" is a multiplier ("gấp ba người thường"); in digits it may be
    # the object of "urgently" ("tuyển gấp 50 công nhân")
    row("Tân bí thư phải làm việc gấp đôi, gấp ba người thường.", id="NOT_FACTS-multiplier-in-words"),
    row("Năm qua, công ty đã tuyển gấp 50 công nhân cho dây chuyền mới.", count(50, "công nhân"),
        id="NOT_FACTS-urgently-is-no-multiplier"),
    # a related-news list glued into a paragraph: the sentence its label opens holds other stories'
    # headlines; "Tin liên quan đến …" opens a sentence of the article
    row("Công ty đã nhận lại khoản tiền 264 tỷ đồng. Tin liên quan ABC: 9 tháng lãi ròng 325 tỷ đồng, "
        "EPS đạt 4.180 đồng/cp. Quý 3, công ty đạt 4.194,8 tỷ đồng doanh thu.",
        count(264_000_000_000, "đồng"), count(4_194_800_000_000, "đồng"), id="NOT_FACTS-glued-related-list"),
    row("Tin liên quan đến vụ án, cơ quan điều tra đã khởi tố 5 bị can.", count(5, "bị can"),
        id="NOT_FACTS-tin-lien-quan-den-is-text"),
    # a proportion told as "for every N" ("cứ 1 bệnh nhân … mất đi 1 lao động"): its figures count
    # nothing, up to the end of its clause
    row("Theo các bác sĩ, cứ 1 bệnh nhân tai biến nặng nghĩa là gia đình mất đi 1 lao động chính."),
    row("Ở xã này, cứ 10 hộ thì có 3 hộ vay vốn ưu đãi."),
    row("Cứ 3 tháng một lần, chi bộ có 25 đảng viên họp kiểm điểm.", count(25, "đảng viên"),
        id="NOT_FACTS-frequency-then-a-count"),
    # scale words with no number before them name a thing ("tuyến đường nghìn tỉ"); "hôm" is a day
    row("Bốn tuyến đường nghìn tỉ ở khu đô thị mới đã thông xe.", count(4, "tuyến đường"),
        id="NOT_FACTS-scale-words-alone"),
    row("Ba hôm trước, Ban giám đốc đã báo cáo Tỉnh ủy.", id="NOT_FACTS-hom-is-a-day"),
    row("Ngay sau Hội nghị trung ương 14 kết thúc, trên mạng xuất hiện thông tin.",
        id="NOT_FACTS-plenum-number-in-lower-case"),
    # "một" before a person who speaks is the article
    row("Một học viên lớp văn bằng 2 cho biết: em không học lớp này.", id="NOT_FACTS-one-speaker"),
    row("Một học viên lớp hệ chính quy văn bằng 2 Khoa Luật kinh tế ngoài giờ tại Hải Phòng cho biết: em "
        "sẽ học tiếp.", id="NOT_FACTS-one-speaker-named-at-length"),
    row("Một học viên lớp cao cấp lý luận chính trị đã bị kỷ luật.",
        course(None, 1, "advanced_political_theory"), id="NOT_FACTS-one-learner-who-does-not-speak"),
    # a bound followed by "là" and named units with their own figures picks those units out
    row("Các huyện có tỷ lệ hộ nghèo trên 20% là Mường Nhé 31,2% và Nậm Pồ 28%.",
        rate(31.2), rate(28, subject="Nậm Pồ"), id="NOT_FACTS-bound-of-a-named-list"),
    row("Trong số đại biểu dự đại hội, hơn 30% là nữ, 15% là người dân tộc thiểu số.",
        rate(30, qualifier="more_than", subject="nữ"), rate(15, subject="người dân tộc thiểu số"),
        id="NOT_FACTS-bound-with-la-says-what-the-share-is"),
    row("Độ ẩm không khí trung bình 85%, nhiệt độ 28 độ C."),
    row("Mỗi máy có bộ nhớ 256 GB."),
    row("Đội tuyển U.23 Việt Nam đã về nước."),
    row("Mô hình liên kết 4 nhà được nhân rộng ở các xã."),
    row("Điểm chuẩn năm nay là 21,5 điểm."),
    # a floor is numbered; a semester is a duration
    row("Phòng làm việc của ông ở tầng ba trụ sở ủy ban luôn mở cửa."),
    row("Hai học kỳ đầu, trung tâm tổ chức thi vào cuối khóa."),
    row("Trường tổ chức 3 học kì mỗi năm."),  # the spelling with "i" too
    row("Học phần này có thời lượng 45 tiết."),  # class periods are a duration
    # credits measure a course's length; sessions per day or week are a timetable
    row("Chương trình đào tạo gồm 27 tín chỉ và 3 thể loại bài tập.", count(3, "thể loại")),
    row("Học phần lý luận dạy học có 3 tín chỉ."),
    row("Chi bộ quán triệt quy định 19 điều đảng viên không được làm."),  # a rule's name
    # a rice grade named by its share of broken grains; its price "ở mức" is money, not a level's number
    row("Giá gạo 5% tấm xuất khẩu ở mức 410 USD/tấn.", count(410, "USD/tấn")),
    row("Nhà chức trách nâng cảnh báo lũ lên mức 3."),
    row("Phần lớn các trường áp dụng bán trú 2 buổi/ngày."),
    row("Nhà văn hóa mở lớp năng khiếu 3 buổi / tuần cho thiếu nhi."),
    row("Đoàn thanh niên tổ chức 4 buổi sinh hoạt chuyên đề.",
        count(4, ("buổi", "buổi sinh hoạt chuyên đề"))),
    # a related-news card printed inside the article: another story's headline and lead
    row("Năm 2023, huyện kết nạp 85 đảng viên mới.\n\n"
        "Khởi tố nguyên giám đốc công ty cấp nước tỉnh TTO - Ông Trần Văn A bị khởi tố vì gây "
        "thất thoát 120 tỉ đồng.\n\nHuyện ủy tổ chức 3 hội nghị chuyên đề.",
        count(85, "đảng viên mới"), count(3, ("hội nghị", "hội nghị chuyên đề"))),
    row("Chiếc ôtô 4 chỗ va chạm với xe 16 chỗ trên quốc lộ."),  # a vehicle's type
    row("Theo quy định thì một cuộc thanh tra sẽ kéo dài 3 tháng."),  # "một" of a general statement
    # "một" before people who then suffer a casualty reports one; before a speaker it is "a"
    row("Một chiến sĩ biên phòng hy sinh và 3 người bị thương trong vụ sạt lở.",
        count(1, "chiến sĩ"), count(3, "người")),
    row("Một người dân trong xóm cho biết vụ việc xảy ra lúc rạng sáng."),
    row("Đoàn công tác làm việc với Trung đoàn Không quân 917 về quy trình bay."),  # a unit's name
    # conceded alternatives imagine their figures; figures a condition mentions are counted
    row("Có 1 hay 10 trung tâm cũng không thay đổi được cách nghĩ ấy."),
    row("Có 2 hay 3 trung tâm cũng không thay đổi được cách nghĩ ấy.", id="NOT_FACTS-conceded-neighbours"),
    # neighbouring alternatives before their noun are one range: the low end is the value
    row("Theo hướng dẫn, mỗi chi bộ đã giới thiệu 2 hoặc 3 quần chúng ưu tú cho Đảng ủy xã.",
        count(2, "quần chúng ưu tú", qualifier="range", value_max=3), id="COUNTS-alternatives-range"),
    row("Khi đó, một hoặc hai đại diện của mỗi đảng được giữ ghế trong hội đồng.",
        count(1, "đại diện", qualifier="range", value_max=2), id="COUNTS-alternatives-range-in-words"),
    # "lần lượt" (respectively) hands each share to its own item, never to a count before it
    row("Hai cổ phiếu này tăng lần lượt 0,75% và 0,61%.",
        count(2, "cổ phiếu", change=None), rate(0.75), rate(0.61), id="CHANGES-respectively-no-level"),
    row("Với những xã không đạt trên 50% tiêu chí về dân số, tỉnh sẽ sáp nhập.",),  # a topic's bound
    row("Tỉnh chỉ được phê duyệt các dự án có tổng mức đầu tư dưới 800 tỉ đồng."),  # picks out projects
    row("Nếu xét riêng nhóm doanh nghiệp mới, tỷ lệ vốn nước ngoài chiếm hơn 45%.",
        rate(45, qualifier="more_than")),
    row("Nếu như năm 2015 toàn huyện mới có 20 xã đạt chuẩn thì đến nay đã có 80 xã.",
        count(20, "xã"), count(80, "xã")),
    row("Nếu bình quân giai đoạn 2016-2020 mỗi năm chi 900 tỷ đồng thì nay tăng lên 1.200 tỷ đồng.",
        count(900_000_000_000, "đồng"), count(1_200_000_000_000, "đồng")),
    row("Dù phụ được gắn bên hông ba lô của chiến sĩ."),  # a backpack is no three
    row("Một tấm gương sống có giá trị hơn cả trăm bài diễn văn."),  # "cả trăm": as many as, vague
    row("Trung ương xin ý kiến về thoái vốn tại doanh nghiệp 100% vốn nhà nước."),  # a kind of firm
    row("Chi bộ thực hiện nghiêm chỉ thị 05 về học tập và làm theo tư tưởng, đạo đức Hồ Chí Minh."),
    row("Huyện ủy đã ban hành 3 chỉ thị và 2 công văn hướng dẫn.", count(3, "chỉ thị"), count(2, "công văn")),
    # a fraction told roughly is a proportion, no part of a counted whole; the contract has no fact
    # for it (a judge of party-news output: "gần 2/3 học viên")
    row("Đại diện trung tâm cho biết gần 2/3 học viên là người địa phương.", id="NOT_FACTS-rough-fraction"),
    row("Số xã có điểm bưu điện văn hóa chiếm khoảng 1/5 tổng số xã.",
        id="NOT_FACTS-rough-fraction-of-a-whole"),
    row("Toàn tỉnh có gần 20/26 xã hoàn thành chỉ tiêu.", count(20, "xã", qualifier="nearly"),
        id="NOT_FACTS-rough-part-of-a-larger-whole-counts"),
    row("Hai phần ba số đại biểu tán thành phương án sáp nhập.", id="NOT_FACTS-fraction-in-words"),
    # a kinship group names people already known; a ripe time is no nine
    row("Hai vợ chồng anh Tuấn nuôi 200 con gà.", count(200, ("con", "con gà"))),
    row("Ba anh em tôi cùng nhập ngũ."),
    row("Thời cơ đã chín mùi."),
    row("Xã có 12 cặp vợ chồng tổ chức cưới theo nếp sống mới.", count(12, "cặp vợ chồng")),
    # sessions as a length of time
    row("Lớp bồi dưỡng diễn ra trong 3 buổi tại hội trường xã.", id="NOT_FACTS-sessions-as-a-length"),
    row("Hội nghị kéo dài hai buổi.", id="NOT_FACTS-sessions-a-meeting-lasts"),
    row("Năm 2023, Hội tổ chức 3 buổi đối thoại với hội viên.", count(3, "buổi đối thoại"),
        id="NOT_FACTS-sessions-held-are-counted"),
    # a name or a slogan in a short quote; a quoted phrase of speech still reports its figure
    row('Hội Phụ nữ xã duy trì mô hình "Hũ gạo 500 đồng" với 45 hội viên tham gia.', count(45, "hội viên"),
        id="NOT_FACTS-figure-in-a-quoted-name"),
    row('Các đội thi công "2 ca, 3 kíp" để kịp tiến độ.', id="NOT_FACTS-figures-of-a-quoted-slogan"),
    row('Trường từng tuyên bố "đào tạo được 500 thạc sĩ" mỗi năm.', count(500, "thạc sĩ"),
        id="NOT_FACTS-figure-of-quoted-speech"),
    # a measure of each member after the group names which group is meant
    row("Đến năm 2030, 100% hợp tác xã quy mô từ 30 thành viên trở lên có chi bộ.",
        target(100, "%", 2030, subject="hợp tác xã"), id="NOT_FACTS-size-that-selects-a-group"),
    row("Năm 2023, quy mô đào tạo của trường đạt từ 1.000 học viên trở lên.",
        count(1000, "học viên", qualifier="at_least"), id="NOT_FACTS-size-reached-is-counted"),
    row("Năm 2023, thu nhập bình quân đầu người của xã đạt từ 140 triệu đồng/năm trở lên.",
        count(140_000_000, "đồng/năm", qualifier="at_least"), id="NOT_FACTS-income-level-reached-is-counted"),
    # a figure inside a quoted title of a plan names it
    row('Thực hiện Đề án "Đầu tư xây dựng ít nhất 1 triệu căn hộ nhà ở xã hội", tỉnh đã hoàn thành '
        '4.200 căn hộ.',
        count(4_200, "căn hộ"), id="NOT_FACTS-figure-in-a-quoted-title"),
    row('Năm 2023, ông A là bị cáo của vụ án "Tham ô tài sản" và "vụ án gây thiệt hại 800 tỷ đồng tại PVN".',
        id="NOT_FACTS-figure-in-a-quoted-case-opened-by-its-noun"),
    row('Năm 2023, vụ án gây thiệt hại 800 tỷ đồng được đưa ra xét xử.',
        count(800_000_000_000, "đồng"), id="NOT_FACTS-damage-of-a-case-unquoted-is-counted"),
    # a threshold on a measure of each member picks out the group counted; a quota per member stays
    row("Có 312/1.248 chi hội có quỹ từ 100 triệu đồng trở lên.", count(312, "chi hội"),
        id="NOT_FACTS-fund-threshold-of-counted-branches"),
    row("Đối với 48 người có biến động tài sản, thu nhập từ 1 tỷ đồng trở lên, Thanh tra tỉnh đã yêu cầu "
        "giải trình.", count(48, "người"), id="NOT_FACTS-threshold-after-a-listed-measure"),
    row("Đến năm 2030, phấn đấu mỗi chi hội có quỹ từ 70 triệu đồng trở lên.",
        target(70_000_000, "đồng", 2030, qualifier="at_least"), id="NOT_FACTS-floor-handed-to-each-member"),
    row("Những lớp học ở vùng thấp có sĩ số trên 45 học sinh được ưu tiên bố trí thêm phòng học.",
        id="NOT_FACTS-class-size-selecting-classes"),
]

# 8. Spacing before the percent sign.
SPACING = [
    row("Tỷ lệ hộ nghèo giảm còn 2,5  %.", rate(2.5, subject="tỷ lệ hộ nghèo")),
    row("Tỷ lệ thu gom rác thải đạt 98\u00a0%.", rate(98, subject="tỷ lệ thu gom rác thải")),
]

ROWS = (
    ids("SUBJECTS", SUBJECTS) + ids("DEADLINES", DEADLINES) + ids("TARGET_OR_NOT", TARGET_OR_NOT)
    + ids("COURSES", COURSES) + ids("COUNTS", COUNTS) + ids("CHANGES", CHANGES)
    + ids("NOT_FACTS", NOT_FACTS) + ids("SPACING", SPACING)
)


def _syllables(s: str | None) -> set[str]:
    return {w.strip(",;:.()") for w in (s or "").lower().split()}


@pytest.mark.parametrize(("sentence", "expected"), ROWS)
def test_real_news_phrasing(sentence: str, expected: list[dict]) -> None:
    text, article = extract_page(sentence)
    assert_facts(text, article.facts, expected)
    for fact, want in zip(article.facts, expected, strict=True):
        subject = fact.model_dump().get("subject")
        excluded = [w.lower() for w in want.get("subject_excludes", ())]
        words = " ".join(w.strip(",;:.()") for w in (subject or "").lower().split())
        leaked = _syllables(subject) & {w for w in excluded if " " not in w}
        leaked |= {w for w in excluded if " " in w and f" {w} " in f" {words} "}  # a phrase of several
        assert not leaked, f"subject {subject!r} holds {sorted(leaked)}"
        if want.get("subject_is") == "":
            assert not subject, f"subject {subject!r}, want none"


def test_evidence_is_exactly_the_text_under_its_span() -> None:
    """Portal pages keep odd spacing; a consumer finds the fact inside its evidence by offsets."""
    body = "Năm 2024,  toàn huyện\tkết nạp   128 đảng viên mới,  đạt 112%  chỉ tiêu."
    text, article = extract_page(body)
    assert article.facts
    for fact in article.facts:
        start, end = fact.evidence_span
        assert fact.evidence == text[start:end]
        assert fact.evidence[fact.span[0] - start : fact.span[1] - start] == fact.text
