"""Courses: classes and learners of one training activity, with its programme.

One row per phrasing; every sentence was written for this table.
"""

from __future__ import annotations

import pytest
from tests._pages import check_sentence, count, course, ids, rate, row, target

# The contract's own examples and its rulings on courses.
CONTRACT = [
    row("Trung tâm Chính trị huyện mở 3 lớp trung cấp lý luận chính trị cho 208 học viên.",
        course(3, 208, "intermediate_political_theory", at="3 lớp")),
    row("Năm qua, Huyện ủy cử 20 cán bộ tham gia đào tạo lớp cao cấp lý luận chính trị.",
        course(None, 20, "advanced_political_theory", at="20 cán bộ")),
    # A total over several programmes is a course with program "other".
    row("Năm 2023, Trung tâm mở 42 lớp đào tạo, bồi dưỡng cho hơn 3.500 lượt học viên.",
        course(42, 3500, "other", qualifier="more_than")),
    # A planned course is a target.
    row("Năm 2025, Trung tâm sẽ mở 38 lớp bồi dưỡng cho cán bộ cơ sở.",
        target(38, "lớp", 2025)),
    row("Theo kế hoạch, tỉnh sẽ đào tạo 12.000 cán bộ trong giai đoạn 2026-2030.",
        target(12000, "cán bộ", 2030)),
    # Exam results are a count and a rate, not a course.
    row("Kết thúc khóa học, 27 học viên đạt loại giỏi, chiếm 21,8%.",
        count(27, "học viên"), rate(21.8)),
    # "một lớp" is one class.
    row("Trường Chính trị tỉnh mở một lớp cao cấp lý luận chính trị cho 90 học viên.",
        course(1, 90, "advanced_political_theory")),
    # "lớp học có 120 học viên": the number of classes is not written.
    row("Lớp bồi dưỡng đảng viên mới khai giảng sáng nay có 120 học viên.",
        course(None, 120, "new_party_members")),
    # Totals and their breakdowns are all facts.
    row("Năm nay nhà trường tuyển 180 học viên, chia thành 4 lớp trung cấp lý luận chính trị - hành chính.",
        course(4, 180, "intermediate_political_theory")),
]

# Constructions as they occur in the development set, rewritten.
DEV_SET = [
    row("Trung tâm Chính trị thị xã tổ chức 6 lớp bồi dưỡng nhận thức về Đảng cho 410 quần chúng ưu tú.",
        course(6, 410, "party_admission")),
    row("Đảng ủy mở ba lớp bồi dưỡng lý luận chính trị cho đảng viên mới với 164 học viên.",
        course(3, 164, "new_party_members")),
    row("Trung tâm đã mở 2 lớp sơ cấp lý luận chính trị với 130 học viên.",
        course(2, 130, "elementary_political_theory")),
    row("Trung tâm tổ chức 1 lớp bồi dưỡng, cập nhật kiến thức cho 60 đồng chí.",
        course(1, 60, "knowledge_update")),
    row("Trung tâm mở 5 lớp bồi dưỡng bí thư, phó bí thư chi bộ và cấp ủy viên cơ sở cho gần 700 học viên.",
        course(5, 700, "committee_members", qualifier="nearly")),
    row("Huyện mở 4 lớp bồi dưỡng nghiệp vụ công tác tổ chức cho 310 học viên.",
        course(4, 310, "professional_skills")),
    row("Trung tâm phối hợp mở 3 lớp bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 với 190 học "
        "viên.",
        course(3, 190, "other")),
    row("Ngoài ra, 11 lớp học tập, quán triệt nghị quyết của Trung ương được tổ chức cho 1.320 lượt cán bộ.",
        course(11, 1320, "resolution_study")),
    row("Trung tâm mở 1 lớp trung cấp lý luận chính trị hệ không tập trung K81 tại huyện cho 88 học viên.",
        course(1, 88, "intermediate_political_theory")),
    row("Huyện ủy đã cử 12 đồng chí đi học cao cấp lý luận chính trị.",
        course(None, 12, "advanced_political_theory")),
    row("Trong năm, huyện có 5 cán bộ đi đào tạo thạc sĩ.",
        course(None, 5, "higher_education")),
    row("Từ đầu năm, trường đã mở 16 lớp trung cấp lý luận chính trị với khoảng 720 học viên.",
        course(16, 720, "intermediate_political_theory", qualifier="approx")),
    row("Các cấp ủy tổ chức 215 lớp học tập, quán triệt Nghị quyết Hội nghị lần thứ 8 Ban Chấp hành Trung "
        "ương "
        "Đảng khóa XIII cho 21.530 cán bộ, đảng viên.",
        course(215, 21530, "resolution_study")),
    row("Trường phối hợp mở 1 lớp cử nhân chính trị hệ vừa làm vừa học cho 64 học viên.",
        course(1, 64, "higher_education")),
    row("Ban Tuyên giáo mở ba lớp bồi dưỡng nghiệp vụ công tác tuyên giáo cho hơn 250 học viên.",
        course(3, 250, "professional_skills", qualifier="more_than")),
    row("Huyện ủy mở 5 lớp Đảng ủy cơ sở cho 412 học viên.",
        course(5, 412, "committee_members")),
    row("Trung tâm mở 8 lớp đối tượng đảng cho 377 học viên.",
        course(8, 377, "party_admission")),
    row("Trung tâm mở 6 lớp đảng viên mới với 295 học viên.",
        course(6, 295, "new_party_members")),
    row("Huyện mở 2 lớp bồi dưỡng cập nhật kiến thức cho Bí thư Đảng ủy cơ sở cho 140 học viên.",
        course(2, 140, "knowledge_update")),
    row("Huyện ủy cử 9 đồng chí đi học lớp cao cấp lý luận chính trị.",
        course(None, 9, "advanced_political_theory")),
    row("Trong năm có 37 đồng chí học trung cấp lý luận chính trị - hành chính.",
        course(None, 37, "intermediate_political_theory")),
    row("Huyện ủy phối hợp mở 2 lớp bồi dưỡng chức danh bí thư, phó bí thư đảng ủy cơ sở cho 120 học viên.",
        course(2, 120, "committee_members")),
    row("Trung tâm mở 21 lớp bồi dưỡng nghiệp vụ công tác Đoàn thể cho 2.318 học viên.",
        course(21, 2318, "professional_skills")),
]

# Phrasings the development set lacks.
WRITTEN = [
    row("Trung tâm mở bốn lớp sơ cấp lý luận chính trị cho một trăm hai mươi học viên.",
        course(4, 120, "elementary_political_theory")),
    row("Năm nay, Thành ủy cử 7 cán bộ đi học tiến sĩ.",
        course(None, 7, "higher_education")),
    row("Đảng ủy xã phối hợp mở 1 lớp cảm tình đảng cho 45 quần chúng.",
        course(1, 45, "party_admission")),
    row("Trường mở 2 lớp cao cấp lý luận chính trị hệ tập trung cho 110 học viên.",
        course(2, 110, "advanced_political_theory", mode="tập trung")),
    row("Đảng ủy đã mở 3 lớp bồi dưỡng nhận thức về Đảng trong quý I.",
        course(3, None, "party_admission")),
    row("Trung tâm mở 12 lớp bồi dưỡng kỹ năng lãnh đạo, quản lý cho 960 lượt cán bộ.",
        course(12, 960, "professional_skills")),
    row("Tỉnh ủy tổ chức bồi dưỡng cập nhật kiến thức cho 85 cán bộ diện Ban Thường vụ quản lý.",
        course(None, 85, "knowledge_update")),
    row("Có 5 lớp trung cấp lý luận chính trị đang học tập với tổng số 260 học viên.",
        course(5, 260, "intermediate_political_theory")),
    row("Năm 2023, có 64 cán bộ, công chức được cử đi học đại học.",
        course(None, 64, "higher_education")),
    row("Trung tâm mở mười hai lớp bồi dưỡng đảng viên mới cho 603 học viên.",
        course(12, 603, "new_party_members")),
    row("Tháng 5, trường khai giảng 2 lớp trung cấp chính trị - hành chính với 98 học viên.",
        course(2, 98, "intermediate_political_theory")),
    row("Hơn 200 học viên theo học 3 lớp trung cấp lý luận chính trị tại huyện.",
        course(3, 200, "intermediate_political_theory", qualifier="more_than")),
    row("Huyện mở 7 lớp bồi dưỡng lý luận chính trị cho đảng viên mới và 4 lớp bồi dưỡng nhận thức về Đảng.",
        course(7, None, "new_party_members"), course(4, None, "party_admission")),
    row("Trường mở 3 lớp trung cấp lý luận chính trị với 150 học viên và 2 lớp sơ cấp lý luận chính trị với "
        "90 học viên.",
        course(3, 150, "intermediate_political_theory"), course(2, 90, "elementary_political_theory")),
    row("Năm 2023, huyện cử 14 đồng chí theo học lớp cao cấp lý luận chính trị tại Học viện.",
        course(None, 14, "advanced_political_theory")),
]

# Bugs found later: one row per reported case (constructions seen in real pages).
BUGS: list = [
    row("Trung tâm khai giảng lớp bồi dưỡng kỹ năng số với 65 học viên.",
        course(None, 65, "professional_skills")),
    row("Có 120 học viên tham dự lớp tập huấn nghiệp vụ công tác Đoàn.",
        course(None, 120, "professional_skills")),
    row("Hội nghị học tập, quán triệt nghị quyết được tổ chức trực tuyến, "
        "thu hút hơn 1.800 lượt cán bộ, đảng viên.",
        course(None, 1800, "resolution_study")),
    row("Trường có 25 lớp với 1.100 học sinh.",
        count(25, "lớp"), count(1100, "học sinh")),
    # Found measuring unseen articles: learners named by who they are, not as "học viên".
    row("Năm qua, Hội Nông dân huyện mở 4 lớp tập huấn kỹ thuật chăn nuôi cho 310 lượt hội viên.",
        course(4, 310, "other")),
    row("Trung tâm phối hợp tổ chức hai lớp bồi dưỡng nghiệp vụ cho 140 tuyên truyền viên và báo cáo viên "
        "cơ sở.",
        course(2, 140, "professional_skills")),
    row("Công đoàn mở 2 lớp nhận thức về Đảng, có 95 công nhân, người lao động theo học.",
        course(2, 95, "party_admission")),
    row("Huyện đoàn tổ chức 3 lớp tập huấn kỹ năng cho 150 đội trưởng, đội phó các đội hình tình nguyện.",
        course(3, 150, "professional_skills")),
    row("Năm 2024 đã tổ chức 5 lớp tập huấn cho 260 chi hội trưởng, tổ trưởng tổ dân phố.",
        course(5, 260, "other")),
    row("Phòng Tư pháp mở 2 lớp bồi dưỡng kiến thức pháp luật cho 75 hòa giải viên.",
        course(2, 75, "other")),
    # learners first, in the passive, with words saying which learners before the verb
    row("Đầu năm, 2.315 cán bộ, đảng viên chủ chốt của thị xã đã được học tập, quán triệt Nghị quyết "
        "Trung ương 10 khóa XIII.",
        course(None, 2315, "resolution_study")),
    # contract: "bí thư chi bộ" is a committee_members course, whatever the class is called
    row("Huyện ủy cử 23 bí thư chi bộ thôn dự lớp bồi dưỡng nghiệp vụ công tác đảng.",
        course(None, 23, "committee_members")),
    row("Huyện cử 12 cán bộ công đoàn cơ sở đi học lớp trung cấp lý luận chính trị.",
        course(None, 12, "intermediate_political_theory")),
    # a class with no number, a place, then "với N học viên"
    row("Huyện ủy mở lớp sơ cấp lý luận chính trị ngay tại xã vùng cao Nậm Chà, với 62 học viên.",
        course(None, 62, "elementary_political_theory")),
    # "đại học" is no study verb after a gap
    row("Huyện có 45 cán bộ trình độ đại học trở lên.",
        count(45, "cán bộ")),
    row("Tỉnh đoàn còn khai giảng lớp bồi dưỡng kỹ năng số cho đoàn viên dân tộc thiểu số tại xã Chiềng Sơ, "
        "huyện Điện Biên Đông, với 58 học viên.",
        course(None, 58, "professional_skills")),
    row("Trong tháng 5, 412 đảng viên của đảng bộ được quán triệt Chỉ thị số 35-CT/TW của Bộ Chính trị.",
        course(None, 412, "resolution_study")),
    # two unnumbered classes in one sentence: each takes the learners written after it
    row("Trung tâm mở lớp bồi dưỡng nhận thức về Đảng có 68 quần chúng ưu tú tham gia và lớp bồi dưỡng đảng "
        "viên mới có 52 đồng chí.",
        course(None, 68, "party_admission"), course(None, 52, "new_party_members")),
    # learners first, trained in classes named after the verb
    row("Gần 1.800 cán bộ, hội viên nòng cốt đã được tập huấn kỹ năng livestream bán hàng qua 14 lớp do Hội "
        "phối hợp tổ chức.",
        course(14, 1800, qualifier="nearly")),
    row("Hơn 1.100 cán bộ, đảng viên và người có uy tín trên địa bàn xã đã được học tập, quán triệt Kết luận "
        "số 65-KL/TW.",
        course(None, 1100, "resolution_study", qualifier="more_than")),
    row("Hội LHPN tỉnh cử 5 cán bộ Hội cấp huyện, cấp xã tham gia lớp trung cấp lý luận chính trị - hành "
        "chính.",
        course(None, 5, "intermediate_political_theory")),
    row("Năm 2024, 2 giảng viên được trường cử đi làm nghiên cứu sinh tại Học viện.",
        course(None, 2, "higher_education")),
    # an award to graduates, and a share of people, are no course
    row("Nhà trường trao giấy khen cho 15 học viên tốt nghiệp xuất sắc lớp trung cấp lý luận chính trị K70.",
        count(15, "học viên")),
    row("Năm 2024, 100% cán bộ, đảng viên, công chức, viên chức được học tập, quán triệt các nghị quyết.",
        rate(100)),
    # a part of the learners counted after a class is no second course
    row("Lớp học có 118 học viên là bí thư, phó bí thư các chi bộ thôn, khu phố, trong đó có 35 học viên "
        "là nữ, chiếm 29,7%.",
        course(None, 118), count(35, "học viên"), rate(29.7)),
    # fourth set of unseen articles
    row("Huyện mở một lớp bồi dưỡng nghiệp vụ công tác đảng cho 124 bí thư chi bộ.",
        course(1, 124, "committee_members")),
    row("Năm 2024 mở 26 lớp bồi dưỡng nghiệp vụ công tác Đảng cho 4.106 học viên.",
        course(26, 4106, "professional_skills")),
    row("Đảng ủy mở 6 lớp bồi dưỡng nhận thức về Đảng cho 1.042 sinh viên ưu tú.",
        course(6, 1042, "party_admission")),
    # found in review: a staff count described after it is no course
    row("Toàn huyện có 1.200 đảng viên, phần lớn các đồng chí đều đã tốt nghiệp đại học.",
        count(1200, "đảng viên")),
    row("Xã có 35 cán bộ, công chức, hầu hết đã tốt nghiệp đại học chính quy.",
        count(35, "cán bộ, công chức")),
    row("Xã hiện có 15 cán bộ, công chức, trong đó nhiều người chưa được đào tạo trình độ trung cấp lý luận "
        "chính trị.",
        count(15, "cán bộ, công chức")),
    # "một trong 12 bác sĩ" is one of twelve: a count of one (issue ruling on real news)
    row("Ông là một trong 12 bác sĩ của bệnh viện đã tốt nghiệp thạc sĩ tại nước ngoài.",
        count(1, "bác sĩ")),
    row("Hội LHPN tỉnh cử 14 đồng chí là lãnh đạo khoa, phòng đi học cao cấp lý luận chính trị.",
        course(None, 14, "advanced_political_theory")),
    # a school's classes with its teachers, "tầng lớp", and a class in another clause
    row("Trường có 25 lớp học với 48 giáo viên.",
        count(25, "lớp học"), count(48, "giáo viên")),
    row("Hội nghị thu hút đông đảo các tầng lớp nhân dân tham gia, trong đó có 200 cựu chiến binh.",
        count(200, "cựu chiến binh")),
    row("Sau khi dự lớp bồi dưỡng, các đồng chí về cơ sở tuyên truyền, vận động nhân dân, đến nay có 120 "
        "đảng viên đăng ký làm theo.",
        count(120, "đảng viên")),
    row("Phối hợp với Liên đoàn Lao động, các cơ sở đoàn mở 5 lớp tìm hiểu pháp luật lao động, có 410 công "
        "nhân, người lao động theo học.",
        course(5, 410)),
]

# Courses named by their learners alone (issue 12, real news): what they finished or
# started, a training verb with its learners as object, people sent to study.
LEARNERS_ALONE = [
    row("Sau 3 tháng học tập, 52 học viên đã hoàn thành chương trình bồi dưỡng.",
        course(None, 52, "other")),
    row("Kết thúc đợt học, 47 học viên hoàn thành khóa học và được cấp chứng chỉ.",
        course(None, 47, "other")),
    row("Có 36 cán bộ vừa hoàn thành chương trình trung cấp lý luận chính trị - hành chính.",
        course(None, 36, "intermediate_political_theory")),
    row("Ngày 2/3, 18 học viên bắt đầu khóa đào tạo kiểm lâm viên.",
        course(None, 18, "other")),
    row("Năm nay, 29 cán bộ đang theo học trung cấp lý luận chính trị.",
        course(None, 29, "intermediate_political_theory")),
    row("Qua 10 năm hoạt động, trường đã đào tạo 2.340 học viên.",
        course(None, 2340, "other")),
    row("Năm 2024, Trung tâm Chính trị huyện đào tạo, bồi dưỡng 1.480 lượt cán bộ, đảng viên.",
        course(None, 1480, "other")),
    row("Huyện ủy đã cử 37 cán bộ đi học theo Đề án đào tạo nguồn nhân lực của tỉnh.",
        course(None, 37, "other")),
    row("Trong năm, 1.350 đảng viên được bồi dưỡng lý luận chính trị.",
        course(None, 1350, "other")),
    row("Đầu năm, 420 hội viên nông dân đã được tập huấn.",
        course(None, 420)),
    row("Có 64 cán bộ tham gia tập huấn chuyển đổi số.",
        course(None, 64, "other")),
    row("Hội Nông dân tổ chức chương trình tập huấn cho 150 hội viên.",
        course(None, 150, "other")),
    # negatives: no people, no training, a plan's name, nurtured candidates, an allowance
    row("40 xã đã hoàn thành chương trình xây dựng nông thôn mới.",
        count(40, "xã")),
    row("Cô được một bài học về kỹ năng giao tiếp.", ),
    row("Chi bộ đã bồi dưỡng 25 quần chúng ưu tú để giới thiệu cho Đảng xem xét kết nạp.",
        count(25, "quần chúng ưu tú")),
    row("Cán bộ trực tiếp công dân được bồi dưỡng 150.000 đồng/ngày.",
        count(150_000, ("đồng/ngày", "đồng"))),
    row("Trung tâm mở lớp tiếp công dân. 12 cán bộ tiếp dân được bồi dưỡng 100.000 đồng/ngày.",
        count(12, "cán bộ"), count(100_000, ("đồng/ngày", "đồng"))),
    row("Trung tâm đã giúp hơn 9.000 lượt học viên đạt mục tiêu học tập cho bản thân.",
        count(9000, "lượt học viên", qualifier="more_than")),
    # a training proposed with its outlay is a plan: no course, and its figures are targets
    row("Sở đề xuất chi 8 tỷ đồng để cử 40 cán bộ đi đào tạo ở nước ngoài.",
        target(8_000_000_000, "đồng"), target(40, "cán bộ")),
]

# Learners named in the sentence after a class is opened (issue 12, real news): the next
# sentence's "Lớp học có N học viên", "N học viên tham gia lớp học", or N enrolled
# learners at the opening, are that class's learners, of its programme.
OPENED_CLASS = [
    # people added besides the classes' own learners are a course of their own
    row("Năm 2023, các đảng ủy tổ chức 214 lớp học tập nghị quyết tại hội trường. Ngoài đảng viên, có 5.240 "
        "lượt quần chúng tham gia học tập.",
        course(214, None, "resolution_study"), course(None, 5240, "resolution_study")),
    row("Năm 2023, huyện tổ chức 2 lớp bồi dưỡng đảng viên mới. Tham gia hai lớp học có 118 học viên.",
        course(2, 118, "new_party_members")),
    row("Sáng 12/3, Trung tâm Chính trị huyện khai giảng lớp sơ cấp lý luận chính trị. Lớp học có 74 học "
        "viên là cán bộ cơ sở.",
        course(None, 74, "elementary_political_theory")),
    row("Sáng 12/3, Trung tâm Chính trị huyện khai giảng lớp bồi dưỡng nhận thức về Đảng. 81 học viên tham "
        "gia lớp học.",
        course(None, 81, "party_admission")),
    row("Hội Nông dân khai giảng lớp tập huấn kỹ thuật nuôi ong. Có 45 hội viên tham gia lớp học.",
        course(None, 45, "other")),
    row("Ngày 9/10, Trường Chính trị tỉnh tổ chức lễ khai giảng lớp trung cấp lý luận chính trị - hành "
        "chính. Dự lễ có lãnh đạo Ban Tuyên giáo và 93 học viên là cán bộ các sở, ngành.",
        course(None, 93, "intermediate_political_theory")),
    row("Trung tâm bế giảng lớp cao cấp lý luận chính trị hệ không tập trung. Sau 18 tháng học tập, 110 học "
        "viên đã hoàn thành chương trình.",
        course(None, 110, "advanced_political_theory")),
    row("Trung tâm khai giảng lớp trung cấp lý luận chính trị, 68 học viên tham dự.",
        course(None, 68, "intermediate_political_theory")),
    row("Lớp bồi dưỡng nghiệp vụ có sự tham gia của 57 học viên.",
        course(None, 57, "professional_skills")),
    row("Năm nay, Trung tâm mở 3 lớp bồi dưỡng nhận thức về Đảng. Lớp bồi dưỡng tại xã Tân Lập có 58 "
        "học viên.",
        course(3, None, "party_admission"), course(None, 58, "party_admission")),
    row("Năm nay, Trung tâm mở 3 lớp bồi dưỡng nhận thức về Đảng. Lớp tập huấn kỹ thuật nuôi cá có 40 "
        "học viên.",
        course(3, None, "party_admission"), course(None, 40, "other")),
    # negatives: the class's learners were already given, or the learners are the organizers'
    row("Trung tâm khai giảng lớp sơ cấp lý luận chính trị cho 70 học viên. Trong đó, 25 học viên là nữ.",
        course(None, 70, "elementary_political_theory"), count(25, "học viên")),
    row("Ban tổ chức lớp học đã tiếp nhận hồ sơ. Năm nay trường nhận 64 học viên đến từ 20 quốc gia.",
        count(64, "học viên"), count(20, "quốc gia")),
]

# Programmes (issue 12, real news): a total over several programmes is "other"; learners
# a programme is made for make a general class theirs, unless they are of several kinds;
# a label does not leak to the next class; language classes for officials are skills.
PROGRAMS = [
    row("Năm 2024, Trung tâm mở 22 lớp trung cấp, sơ cấp lý luận chính trị và bồi dưỡng đảng viên mới "
        "cho 1.530 học viên.",
        course(22, 1530, "other")),
    row("Trường mở 5 lớp cao cấp và trung cấp lý luận chính trị với 340 học viên.",
        course(5, 340, "other")),
    row("Trung tâm mở 9 lớp bồi dưỡng nghiệp vụ và cập nhật kiến thức cho 620 cán bộ.",
        course(9, 620, "other")),
    row("Đảng ủy phường mở 2 lớp bồi dưỡng cho 130 quần chúng ưu tú.",
        course(2, 130, "party_admission")),
    row("Trung tâm mở 4 lớp bồi dưỡng lý luận chính trị cho 280 đảng viên mới.",
        course(4, 280, "new_party_members")),
    row("Trung tâm mở 3 lớp bồi dưỡng lý luận chính trị cho 240 đảng viên mới và quần chúng ưu tú.",
        course(3, 240, "other")),
    row("Trung tâm mở 2 lớp bồi dưỡng kỹ năng số cho 150 đảng viên mới.",
        course(2, 150, "professional_skills")),
    row("Đảng ủy mở 2 lớp bồi dưỡng kỹ năng tuyên truyền cho 140 bí thư chi bộ, trưởng thôn và tổ trưởng "
        "tổ dân phố.",
        course(2, 140, "professional_skills")),
    row("Huyện mở 3 lớp bồi dưỡng nghiệp vụ công tác đảng cho 190 bí thư, phó bí thư chi bộ và cấp ủy viên "
        "cơ sở.",
        course(3, 190, "committee_members")),
    row("Trường mở 3 lớp sơ cấp lý luận chính trị cho 210 học viên và 2 lớp bồi dưỡng kỹ năng lãnh đạo "
        "cho 130 cán bộ cơ sở.",
        course(3, 210, "elementary_political_theory"), course(2, 130, "professional_skills")),
    row("Huyện mở 2 lớp bồi dưỡng tiếng Ê Đê cho 70 cán bộ, công chức.",
        course(2, 70, "professional_skills")),
    row("Huyện ủy cử 6 đồng chí đi học cao cấp LLCT.",
        course(None, 6, "advanced_political_theory")),
    row("Trung tâm mở 12 lớp tập huấn sử dụng phần mềm quản lý đảng viên cho 840 cán bộ.",
        course(12, 840, "professional_skills")),
    row("Trung tâm mở 3 lớp tìm hiểu pháp luật về đất đai cho 260 người dân.",
        course(3, 260, "other")),
    row("Bộ Chỉ huy Quân sự mở 2 lớp bồi dưỡng kiến thức quốc phòng và an ninh cho 85 cán bộ đối tượng 3.",
        course(2, 85, "other")),
    row("Trung tâm mở 2 lớp dạy tiếng Khmer cho 65 cán bộ, chiến sĩ.",
        course(2, 65, "professional_skills")),
    row("Huyện ủy tổ chức 2 lớp bồi dưỡng chuyên đề học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí "
        "Minh cho 180 cán bộ chủ chốt.",
        course(2, 180, "resolution_study")),
    row("Trung tâm mở lớp bồi dưỡng cho 96 học viên là bí thư chi bộ.",
        course(None, 96, "committee_members")),
    row("Hội Nông dân mở 3 lớp tập huấn kỹ thuật chăn nuôi, qua đó giúp hội viên nâng cao kỹ năng sản xuất.",
        course(3, None, "other")),
    row("Huyện mở 4 lớp tập huấn công tác kiểm tra, giám sát cho 320 cán bộ.",
        course(4, 320, "professional_skills")),
    # a class with no description takes the programme of a course named before, not the
    # words of a count, a level or a title
    row("Năm 2024, Đảng bộ kết nạp 135 đảng viên mới. Trung tâm Chính trị huyện mở 27 lớp với 2.240 "
        "học viên.",
        count(135, "đảng viên mới"), course(27, 2240, "other")),
    row("Năm 2024, 97% cán bộ có trình độ đại học. Lớp học có 64 học viên.",
        rate(97), course(None, 64, "other")),
    row("Công tác đào tạo trung cấp lý luận chính trị được chú trọng. Năm 2024, Trường mở 19 lớp với 870 "
        "học viên.",
        course(19, 870, "intermediate_political_theory")),
    # "lớp học" + "tập": the class is "lớp" and "học tập ..." names what it studies
    row("Năm 2023, toàn tỉnh tổ chức 214 lớp học tập nghị quyết cho 35.600 cán bộ, đảng viên.",
        course(214, 35600, "resolution_study")),
    row("Năm 2023, các chi bộ mở 56 lớp học tập chuyên đề về tư tưởng Hồ Chí Minh cho 1.200 đảng viên.",
        course(56, 1200, "resolution_study")),
    row("Năm 2023, Trung tâm mở 5 lớp học tập trung cho 300 học viên.",
        course(5, 300, "other")),
    # a part of the classes told after "riêng …" keeps the programme named before, its people its learners
    row("Năm 2023, Tỉnh đoàn mở 26 lớp bồi dưỡng nhận thức về Đảng cho 2.318 đoàn viên ưu tú, riêng khối "
        "trường học có 11 lớp với 946 học sinh, sinh viên.",
        course(26, 2318, "party_admission"), course(11, 946, "party_admission")),
    row("Năm 2023, trường có 25 lớp học với 48 giáo viên.",
        count(25), count(48, "giáo viên")),
    # capacity and teachers' in-service training name a trade's own skills (found in a blind page set)
    row("Năm 2024, Sở mở 18 lớp bồi dưỡng giáo viên dạy môn Tiếng Anh cho 960 học viên.",
        course(18, 960, "professional_skills")),
    row("Năm 2024, huyện mở 6 lớp tập huấn nâng cao năng lực quản lý cho 420 cán bộ.",
        course(6, 420, "professional_skills")),
    row("Năm 2024, trung tâm mở 4 lớp bồi dưỡng năng lực số cho 300 công chức.",
        course(4, 300, "professional_skills")),
    row("Năm 2024, 12.000 giáo viên tham gia bồi dưỡng thường xuyên trực tuyến.",
        course(None, 12000, "professional_skills")),
    row("Năm 2024, trường mở 3 lớp bồi dưỡng nhà giáo cho 150 giáo viên mầm non.",
        course(3, 150, "professional_skills")),
]

# Not courses (issue 12, real news): an exam, a qualification that selects people, a size
# per class, the article "một".
NOT_COURSES = [
    row("Có 56 thí sinh tham dự kỳ thi tuyển công chức để chọn 12 người.",
        count(56, "thí sinh"), count(12, "người")),
    row("Thành phố đã tiếp nhận 320 người tốt nghiệp đại học chính quy trở lên.",
        count(320, "người")),
    row("Khóa học chia thành ba lớp, mỗi lớp khoảng 25 học viên.",  # the classes are the course's
        course(3, None, "other"), count(25, "học viên", qualifier="approx")),
    row("Mỗi lớp học có 30 học viên.",
        count(30, "học viên")),
    row("Bên trong một lớp học tiếng Anh của trung tâm.", ),
    row("Nhiều giáo viên chưa qua một lớp đào tạo bài bản.", ),
    row("Năm 2024, 12 cán bộ trẻ được bồi dưỡng, quy hoạch vào các chức danh chủ chốt.",
        count(12)),
]

# Found on invented pages of political training annotated blind: a total whose breakdown names
# several programmes takes none of them (nor the programme of a paragraph before); list items
# that name their programme share the training verb of the item before
BLIND_PAGES = [
    row("Về đào tạo, nhà trường mở 3 lớp đại học chính trị với 150 học viên.\n\nVề bồi dưỡng, nhà trường "
        "tổ chức 71 lớp với 7.499 lượt học viên, gồm: 12 lớp bồi dưỡng cập nhật kiến thức với 1.140 học "
        "viên; 23 lớp bồi dưỡng nghiệp vụ với 2.870 học viên.",
        course(3, 150, "higher_education"), course(71, 7499, "other"),
        course(12, 1140, "knowledge_update"), course(23, 2870, "professional_skills")),
    row("Năm 2023, trường mở 4 lớp trung cấp lý luận chính trị với 200 học viên, gồm: 3 lớp hệ tập trung và "
        "1 lớp hệ không tập trung.",
        course(4, 200, "intermediate_political_theory"), course(3, None, "intermediate_political_theory"),
        course(1, None, "intermediate_political_theory")),
    row("Giai đoạn 2021 - 2025, tỉnh đào tạo trung cấp lý luận chính trị cho 6.215 học viên, cao cấp lý luận "
        "chính trị cho 1.124 học viên.",
        course(None, 6215, "intermediate_political_theory"), course(None, 1124, "advanced_political_theory")),
    row("Năm 2023, huyện bồi dưỡng đảng viên mới cho 320 người, nhận thức về Đảng cho 410 quần chúng.",
        course(None, 320, "new_party_members"), course(None, 410, "party_admission")),
    row("Năm 2023, tỉnh kết nạp 300 đảng viên, cao cấp lý luận chính trị cho 20 người.",
        count(300, "đảng viên"), count(20, "người")),
    # learners who finished, picked out of a whole ("71/73") or recognised at the close, are a result
    row("Kết quả, 71/73 học viên đủ điều kiện được công nhận hoàn thành chương trình.",
        count(71, "học viên")),
    row("Kết thúc lớp tập huấn, Ban Tổ chức công nhận 406 học viên hoàn thành chương trình.",
        count(406, "học viên")),
    row("Sau 5 ngày học tập, 40 học viên đã hoàn thành chương trình.",
        course(None, 40, "other")),
    # learners of a breakdown told by their study mode alone study the programme named before
    row("Năm 2023, tỉnh cử 215 cán bộ đi học cao cấp lý luận chính trị. Trong đó, 48 đồng chí học hệ tập "
        "trung tại Học viện Chính trị khu vực II; 167 đồng chí học hệ không tập trung.",
        course(None, 215, "advanced_political_theory"), course(None, 48, "advanced_political_theory"),
        course(None, 167, "advanced_political_theory")),
    row("Năm 2023, 48 đồng chí học hệ tập trung tại Học viện Chính trị khu vực II.",
        count(48, "đồng chí")),
]

# Found on invented pages of labour and justice annotated blind: classes opened for people, people
# supported to study a programme
OPENED_FOR = [
    row("Năm 2024, Trung tâm phối hợp với Trường Cao đẳng mở 2 lớp vận hành máy CNC cho 64 lao động mất "
        "việc.",
        course(2, 64, "other")),
    row("Năm 2024, xã mở 3 lớp may công nghiệp cho 105 phụ nữ.", course(3, 105, "other")),
    row("Năm 2024, 26 công chức tư pháp cấp xã được hỗ trợ kinh phí học đại học luật hệ vừa làm vừa học.",
        course(None, 26, "higher_education")),
    # a topic of two nouns joined by a comma keeps the training verb before it
    row("Năm 2024, các doanh nghiệp đã kiểm định 12.480 máy; tổ chức huấn luyện an toàn, vệ sinh lao động "
        "cho 86.300 lượt người.",
        count(12480, "máy"), course(None, 86300, "other")),
    row("Năm 2024, huyện tập huấn phòng, chống thiên tai cho 500 người.", course(None, 500, "other")),
    row("Năm 2024, huyện bồi dưỡng cán bộ, trao học bổng cho 50 học sinh.", count(50, "học sinh")),
    # items repeating their head noun keep the training verb before them (found in a precision draw)
    row("Năm 2024, trung tâm đã đào tạo nghề lái xe hạng C, hạng B cho 555 thanh niên xuất ngũ.",
        course(None, 555, "other")),
    row("Năm 2024, trường đào tạo nghề may, nghề hàn, nghề điện dân dụng cho 120 lao động nông thôn.",
        course(None, 120, "other")),
    row("Năm 2024, huyện tập huấn cán bộ xã, cán bộ thôn cho 90 người.", course(None, 90, "other")),
    row("Năm 2024, huyện bồi dưỡng cán bộ xã, tặng quà cho 50 hộ nghèo.", count(50, "hộ nghèo")),
    # a breakdown of the learners of a course told in the sentence before, each item a course
    row("Năm 2024, các cơ sở giáo dục nghề nghiệp đã tuyển sinh, đào tạo cho 18.640 người, đạt 43,3% kế "
        "hoạch năm. Trong đó, trình độ cao đẳng 1.920 người, trung cấp 3.480 người, sơ cấp 13.240 người.",
        course(None, 18640, "other"), rate(43.3), course(None, 1920, "other"), course(None, 3480, "other"),
        course(None, 13240, "other")),
    row("Năm 2024, Trường mở 12 lớp trung cấp lý luận chính trị cho 860 học viên. Trong đó, có 210 học viên "
        "là nữ.",
        course(12, 860, "intermediate_political_theory"), count(210, "học viên")),
    row("Năm 2024, huyện kết nạp 120 đảng viên mới. Trong đó, nữ 45 người, đoàn viên 80 người.",
        count(120, "đảng viên mới"), count(45, "người"), count(80, "người")),
    # a body's members in the sentence after a course are no part of it (found on environment pages)
    row("Năm 2024, Tỉnh ủy tổ chức hội nghị học tập, quán triệt Nghị quyết cho hơn 600 cán bộ chủ chốt. Ban "
        "Chỉ đạo thực hiện Nghị quyết gồm 17 thành viên.",
        course(None, 600, "resolution_study", qualifier="more_than"), count(17, "thành viên")),
    # guards: a school's own classes, support with no programme named, pupils' study costs
    row("Năm 2024, trường mở 12 lớp cho 380 học sinh lớp 1.", count(12), count(380, "học sinh")),
    row("Năm 2024, có 436 người được hỗ trợ học nghề với các nghề hàn, điện dân dụng.", count(436, "người")),
    row("Năm 2024, 1.200 học sinh được hỗ trợ kinh phí học tập.", count(1200, "học sinh")),
]

# Parts of classes named before keep their programme (found scoring a blind page set on education)
PARTS_OF_CLASSES = [
    row("Năm 2024, Sở tổ chức 46 lớp bồi dưỡng chuyên môn, nghiệp vụ tập trung cho 11.820 lượt giáo viên. "
        "Trong số các lớp tập trung, có 9 lớp bồi dưỡng cán bộ quản lý trường học cho 1.240 hiệu trưởng.",
        course(46, 11820, "professional_skills"), course(9, 1240, "professional_skills")),
    row("Năm 2024, Sở tổ chức 46 lớp bồi dưỡng chuyên môn, nghiệp vụ cho 11.820 lượt giáo viên. 7 lớp còn "
        "lại tập trung vào công tác chủ nhiệm, tư vấn tâm lý học đường cho 2.470 giáo viên.",
        course(46, 11820, "professional_skills"), course(7, 2470, "professional_skills")),
    row("Năm 2024, Trường mở 12 lớp trung cấp lý luận chính trị cho 860 học viên, trong đó 9 lớp tại trường; "
        "3 lớp còn lại mở tại các xã cho 210 cán bộ.",
        course(12, 860, "intermediate_political_theory"), course(9, None, "intermediate_political_theory"),
        course(3, 210, "intermediate_political_theory")),
    # guards: a school's own classes are no course; a class of its own names its own training
    row("Năm 2024, trường có 30 phòng học; 5 lớp còn lại học nhờ nhà văn hóa với 150 học sinh.",
        count(30), count(5), count(150)),
    row("Năm 2024, Sở tổ chức 46 lớp bồi dưỡng chuyên môn, nghiệp vụ cho 11.820 lượt giáo viên. Năm 2024, "
        "huyện mở 9 lớp bồi dưỡng kiến thức quốc phòng cho 300 học viên.",
        course(46, 11820, "professional_skills"), course(9, 300, "other")),
]

# Found on invented pages of science and innovation annotated blind: topics of two joined by a
# comma, several in one object; passing as a result; where some of the learners study
BLIND_PAGES_TWO = [
    row("Năm 2024, Tỉnh ủy khai giảng lớp bồi dưỡng kiến thức, kỹ năng ứng dụng trí tuệ nhân tạo trong "
        "lãnh đạo, quản lý cho 120 cán bộ.",
        course(None, 120, "professional_skills")),
    row("Năm 2024, kết thúc khóa học gần nhất, có 112 học viên đạt yêu cầu.", count(112, "học viên")),
    row("Năm 2024, tỉnh đã cử 56 cán bộ đi đào tạo tiến sĩ, trong đó 11 người học ở nước ngoài.",
        course(None, 56, "higher_education"), course(None, 11, "higher_education")),
    # a course named by "khóa"; households trained in turns are learners (found on press and trade pages)
    row("Năm 2024, đơn vị đã cử 48 phóng viên tham gia các khóa bồi dưỡng kỹ năng báo chí đa phương tiện.",
        course(None, 48, "professional_skills")),
    row("Năm 2024, ngành thuế mở 126 lớp tập huấn, hướng dẫn sử dụng hóa đơn điện tử cho hơn 7.300 lượt hộ "
        "kinh doanh.",
        course(126, 7300, "professional_skills", qualifier="more_than")),
    # guard: households a loan reaches after "với" are no learners
    row("Năm 2024, dư nợ đạt 1.752 tỷ đồng với 32.417 hộ vay.",
        count(1_752_000_000_000, "đồng"), count(32417, "hộ")),
    # guards: an item naming its own programme keeps it; what became of some is no item
    row("Năm 2024, huyện cử 312 cán bộ đi đào tạo, bồi dưỡng, trong đó 9 đồng chí học cao cấp lý luận "
        "chính trị.",
        course(None, 312, "other"), course(None, 9, "advanced_political_theory")),
]

# managers and women named by their gender are learners (found on cooperative and women's union pages)
BLIND_PAGES_THREE = [
    row("Năm 2024, Liên minh tổ chức 8 lớp bồi dưỡng kỹ năng quản trị cho 320 giám đốc, phó giám đốc và kế "
        "toán HTX.",
        course(8, 320, "professional_skills")),
    row("Năm 2024, Hội mở lớp bồi dưỡng kỹ năng hoạt động cho 120 nữ đại biểu HĐND cấp xã.",
        course(None, 120, "professional_skills")),
    # staff who took a course online are its learners (found on insurance pages)
    row("Năm 2024, có 2.460 nhân viên thu và cộng tác viên đã tham gia khóa học trực tuyến về nghiệp vụ.",
        course(None, 2460, "professional_skills")),
]

# learners who finished, told as a share of their cohort, are a result; a bound inside a share's
# group names no learners (found on labour-export and traffic pages)
BLIND_PAGES_FOUR = [
    row("Năm 2023, 648 học viên hoàn thành khóa học ngoại ngữ, đạt 88%.", count(648, "học viên"), rate(88)),
    row("Đến năm 2027, phấn đấu 100% xã có ít nhất 2 cán bộ được bồi dưỡng nghiệp vụ.",
        target(100, "%", 2027)),
    # guards: finishers with a growth after them, and learners with no share
    row("Năm 2023, có 120 học viên hoàn thành lớp bồi dưỡng kỹ năng, tăng 15% so với năm 2022.",
        course(None, 120), rate(15)),
    row("Năm 2023, xã có 85% hộ dân; có hơn 20 cán bộ được bồi dưỡng nghiệp vụ.",
        rate(85), course(None, 20, qualifier="more_than")),
    # crews of fishing boats are learners (found on fisheries pages)
    row("Năm 2023, Chi cục mở 8 lớp tập huấn an toàn cho 586 thuyền trưởng, máy trưởng và thuyền viên.",
        course(8, 586)),
    # "dự hội nghị" attends as "tham dự hội nghị" does (found on anti-corruption pages)
    row("Năm 2023, hơn 3.800 cán bộ, đảng viên dự hội nghị quán triệt Chỉ thị số 27-CT/TW tại 102 điểm cầu.",
        course(None, 3800, "resolution_study", qualifier="more_than"), count(102, "điểm cầu")),
    # a workshop on a subject of one's work and management taught to firms are skills; the classes
    # the learners are divided into are the course's (found on industry, union and population pages)
    row("Năm 2023, Sở mở 3 lớp tập huấn về quy tắc xuất xứ cho 230 cán bộ doanh nghiệp.",
        course(3, 230, "professional_skills")),
    row("Năm 2023, Sở mở 14 lớp đào tạo khởi sự kinh doanh và quản trị doanh nghiệp cho 865 học viên.",
        course(14, 865, "professional_skills")),
    row("Năm 2023, Trung tâm mở khóa học có 120 học viên, chia thành 3 lớp học luân phiên.",
        course(3, 120)),
    row("Năm 2023, LĐLĐ tỉnh mở 5 lớp tập huấn nghiệp vụ cho 410 an toàn vệ sinh viên.",
        course(5, 410, "professional_skills")),
    # guards: farming techniques taught to farmers, and learners divided into groups
    row("Năm 2023, Hội mở 12 lớp tập huấn kỹ thuật trồng chè cho 350 lượt nông dân.",
        course(12, 350, "other")),
    row("Năm 2023, lớp bồi dưỡng có 120 học viên, chia thành 3 tổ thảo luận.",
        course(None, 120), count(3, "tổ")),
    # soldiers as learners, classes "dành cho" whom they are for, defence education, and the cohort
    # a breakdown is taken from (found on military-service pages)
    row("Năm 2023, Trường Quân sự tỉnh mở 4 lớp bồi dưỡng nghiệp vụ chỉ huy cho 186 sĩ quan dự bị.",
        course(4, 186, "professional_skills")),
    row("Năm 2023, có 742 quân nhân xuất ngũ đang theo học nghề tại các trường.", course(None, 742, "other")),
    row("Năm 2023, tỉnh tổ chức giáo dục quốc phòng và an ninh cho gần 31.400 học sinh, sinh viên.",
        course(None, 31400, "other", qualifier="nearly")),
    row("Năm 2023, Trường Quân sự tỉnh mở lớp tập huấn nghiệp vụ quân sự cho 390 cán bộ, gồm 2 lớp dành "
        "cho 260 chỉ huy trưởng và 1 lớp dành cho 130 chính trị viên.",
        course(None, 390, "professional_skills"), course(2, 260, "professional_skills"),
        course(1, 130, "professional_skills")),
    row("Trong số 390 cán bộ quân sự cấp xã tham gia tập huấn năm 2023, có 312 đồng chí có trình độ đại học.",
        count(390, "cán bộ"), count(312, "đồng chí")),
    # technology handed to farmers in classes is taught (found on study-promotion pages)
    row("Năm 2023, có 1.046 lớp chuyển giao khoa học kỹ thuật cho 48.500 lượt nông dân.",
        course(1046, 48500, "other")),
    # "trẻ" alone names children, learners of a training class (found on drowning-prevention pages)
    row("Năm 2023, các xã mở 326 lớp dạy bơi cho 7.540 trẻ.", course(326, 7540, "other")),
    # guard: people nurtured for admission who study a named programme take a course
    row("Năm 2023, có 45 quần chúng ưu tú được bồi dưỡng nhận thức về Đảng.",
        course(None, 45, "party_admission")),
]

# Found on invented pages annotated blind, fifth round.
BLIND_PAGES_FIVE = [
    # the next items of a breakdown of classes are courses as the first is, and a breakdown opening
    # the sentence after a course of classes breaks that course down (found on drowning-prevention pages)
    row("Năm 2023, huyện mở 12 lớp bồi dưỡng cho 1.240 học viên, trong đó 8 lớp do Trung tâm Chính trị "
        "tổ chức; 4 lớp do các đảng ủy xã tự tổ chức.",
        course(12, 1240), course(8, None), course(4, None)),
    row("Hè 2023, các xã tổ chức 96 lớp dạy bơi cho 2.310 em. Trong đó, 60 lớp do Huyện đoàn tổ chức, "
        "36 lớp do các trường tự mở.",
        course(96, 2310), course(60, None), course(36, None)),
    row("Năm 2023, Hội mở 15 lớp tập huấn cho 600 hội viên. Cụ thể, 9 lớp về trồng trọt và 6 lớp về chăn "
        "nuôi.",
        course(15, 600), course(9, None), course(6, None)),
    # guards: classrooms after the breakdown word, and classes after a breakdown of other things
    row("Năm 2023, huyện mở 12 lớp tập huấn cho 1.240 học viên. Trong đó, 8 phòng học được cải tạo, "
        "4 lớp học mới được xây.",
        course(12, 1240), count(8, "phòng học"), count(4, "lớp học mới")),
    row("Năm 2023, huyện có 30 trường. Trong đó, 12 lớp học xuống cấp.", count(30, "trường"),
        count(12, "lớp học")),
    # Party documents listed with a comma are one topic studied; heads of clubs are learners (found
    # on fire-safety and elderly-care pages)
    row("Năm 2023, các chi bộ tổ chức học tập, quán triệt các nghị quyết, chỉ thị của Đảng cho 164 đảng "
        "viên.",
        course(None, 164, "resolution_study")),
    row("Năm 2023, Hội mở 3 lớp tập huấn kỹ năng cho 140 chủ nhiệm câu lạc bộ.",
        course(3, 140, "professional_skills")),
    # the one-stop desk ("một cửa") is no number, and manners and conduct taught are one topic
    # (found on administrative-reform pages)
    row("Năm 2023, tỉnh cử 38 công chức một cửa cấp xã đi học trung cấp lý luận chính trị - hành chính.",
        course(None, 38, "intermediate_political_theory")),
    row("Năm 2023, Sở khai giảng lớp bồi dưỡng kỹ năng giao tiếp, ứng xử và nghiệp vụ tiếp nhận hồ sơ cho 95 "
        "công chức.",
        course(None, 95, "professional_skills")),
]

# Found on invented pages annotated blind, twenty-first round (law dissemination, sanitation,
# student Party members; phrasings our own): tradesmen are learners; the learners a training had,
# told with "với"; "mở thêm một lớp" opens one class. Guard: a launch ceremony's participants
BLIND_PAGES_SIX = [
    row("Năm 2023, Trung tâm tập huấn cho 24 thợ xây về kỹ thuật làm nhà tiêu hợp vệ sinh.",
        course(None, 24)),
    row("Năm 2023, Hội tập huấn cho 60 chủ trang trại.", course(None, 60)),
    row("Năm 2023, Hội tổ chức tập huấn trực tuyến về kỹ năng hòa giải với hơn 600 học viên tham gia.",
        course(None, 600, qualifier="more_than")),
    row("Tháng 9/2023, trường mở thêm một lớp cho 52 quần chúng ưu tú.", course(1, 52)),
    row("Lễ ra quân huấn luyện năm 2023 được tổ chức tại huyện với hơn 500 dân quân tham gia.",
        count(500, "dân quân", qualifier="more_than")),
    # in an article about studying a resolution, "với" after a counted body gives its members, who
    # attended nothing (found on community-learning pages); guard: "với" after the study names its learners
    row("Sáng 3/2/2024, Đảng ủy xã tổ chức hội nghị học tập, quán triệt Nghị quyết số 05-NQ/ĐU. Đảng bộ "
        "xã có 38 chi bộ trực thuộc với 1.287 đảng viên.",
        count(38, "chi bộ trực thuộc"), count(1287, "đảng viên")),
    row("Sáng 3/2/2024, Đảng ủy xã tổ chức hội nghị học tập, quán triệt Nghị quyết số 05-NQ/ĐU với 320 "
        "đảng viên tham dự.",
        course(None, 320, "resolution_study")),
]

ROWS = (
    ids("CONTRACT", CONTRACT) + ids("DEV_SET", DEV_SET) + ids("WRITTEN", WRITTEN) + ids("BUGS", BUGS)
    + ids("LEARNERS_ALONE", LEARNERS_ALONE) + ids("OPENED_CLASS", OPENED_CLASS) + ids("PROGRAMS", PROGRAMS)
    + ids("NOT_COURSES", NOT_COURSES) + ids("BLIND_PAGES", BLIND_PAGES)
    + ids("PARTS_OF_CLASSES", PARTS_OF_CLASSES) + ids("OPENED_FOR", OPENED_FOR)
    + ids("BLIND_PAGES_TWO", BLIND_PAGES_TWO) + ids("BLIND_PAGES_THREE", BLIND_PAGES_THREE)
    + ids("BLIND_PAGES_FOUR", BLIND_PAGES_FOUR) + ids("BLIND_PAGES_FIVE", BLIND_PAGES_FIVE)
    + ids("BLIND_PAGES_SIX", BLIND_PAGES_SIX)
)


@pytest.mark.parametrize(("sentence", "expected"), ROWS)
def test_course(sentence, expected):
    check_sentence(sentence, expected)
