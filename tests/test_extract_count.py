"""Counts: a figure and the discrete things it counts (people, bodies, places, documents, money).

One row per phrasing; every sentence was written for this table.
"""

from __future__ import annotations

import pytest
from tests._pages import check_sentence, count, ids, rate, row, target

# The contract's own examples and its rulings on counts.
CONTRACT = [
    row("Năm 2023, toàn Đảng bộ kết nạp 150 đảng viên.",
        count(150, "đảng viên", at="150 đảng viên")),
    row("Toàn huyện có 8 xã, thị trấn có cán bộ chủ chốt không là người địa phương.",
        count(8, "xã, thị trấn")),
    row("Tổng kinh phí thực hiện đề án là 2,5 tỷ đồng.",
        count(2_500_000_000, "đồng")),
    # A part of a whole is one count: the part.
    row("Hiện có 11/36 bí thư chi bộ đồng thời là trưởng thôn.",
        count(11, "bí thư chi bộ", at="11/36")),
    row("Nhiệm kỳ qua, huyện hoàn thành và vượt 19/22 chỉ tiêu chủ yếu.",
        count(19, "chỉ tiêu chủ yếu")),
    # Counted items of plans and programmes are counts, even after a plan verb.
    row("Nghị quyết Đại hội đề ra 16 chỉ tiêu chủ yếu và 3 khâu đột phá.",
        count(16, "chỉ tiêu chủ yếu"), count(3, "khâu đột phá")),
    row("Hội nghị được tổ chức trực tuyến tới 168 điểm cầu.",
        count(168, "điểm cầu")),
    row("Chương trình bồi dưỡng gồm 12 chuyên đề.",
        count(12, "chuyên đề")),
    row("Video tuyên truyền về nghị quyết thu hút hơn 1,2 triệu lượt xem.",
        count(1_200_000, "lượt xem", qualifier="more_than")),
    # Money: unit "đồng", "đồng/người", "đồng/tháng", value in đồng.
    row("Mỗi đảng viên mới được hỗ trợ 500.000 đồng/người.",
        count(500_000, "đồng/người")),
    row("Bí thư chi bộ thôn được hưởng phụ cấp 1,5 triệu đồng/tháng.",
        count(1_500_000, "đồng/tháng")),
    # The unit is the noun written with the figure; the group goes to the subject.
    row("Đảng bộ có 1.245 đảng viên, trong đó đảng viên nữ 412 đồng chí.",
        count(1245, "đảng viên"), count(412, "đồng chí")),
    row("Trong tổng số đảng viên của Đảng bộ, đảng viên nữ 530 đồng chí.",
        count(530, "đồng chí", subject="đảng viên nữ")),
]

# Constructions as they occur in the development set, rewritten.
DEV_SET = [
    row("Đảng bộ huyện có 47 tổ chức cơ sở đảng, gồm 21 đảng bộ cơ sở và 26 chi bộ cơ sở.",
        count(47, "tổ chức cơ sở đảng"), count(21, "đảng bộ cơ sở"), count(26, "chi bộ cơ sở")),
    row("Qua đánh giá, có 61/64 TCCSĐ được xếp loại hoàn thành tốt nhiệm vụ trở lên.",
        count(61, "TCCSĐ")),
    row("Năm qua, cấp ủy các cấp đã kiểm tra 845 tổ chức đảng và 3.120 đảng viên.",
        count(845, "tổ chức đảng"), count(3120, "đảng viên")),
    row("Các cấp ủy đã xử lý kỷ luật 7 tổ chức đảng (khiển trách 6, cảnh cáo 1).",
        count(7, "tổ chức đảng"), count(6, "tổ chức đảng bị khiển "
                                           "trách"), count(1, "tổ chức đảng bị cảnh cáo")),
    row("Qua kiểm tra, đã kiến nghị thu hồi hơn 2,3 tỷ đồng.",
        count(2_300_000_000, "đồng", qualifier="more_than")),
    row("Nhân dân đóng góp gần 12 tỷ đồng xây dựng nông thôn mới.",
        count(12_000_000_000, "đồng", qualifier="nearly")),
    row("Toàn tỉnh hiện có hơn 45 nghìn đảng viên.",
        count(45_000, "đảng viên", qualifier="more_than")),
    row("Qua rà soát, có 02 đồng chí chuyển sinh hoạt đảng.",
        count(2, "đồng chí")),
    row("Kết thúc khóa học, mười lăm học viên đạt loại xuất sắc.",
        count(15, "học viên")),
    row("Ban tổ chức khen thưởng hai mươi mốt học viên có thành tích cao.",
        count(21, "học viên")),
    row("Trong số 96 đảng viên mới kết nạp, có 51 đồng chí là đoàn viên thanh niên.",
        count(96, "đảng viên mới"), count(51, "đồng chí")),
    row("Thu nhập bình quân đầu người năm 2023 đạt 61,5 triệu đồng/năm.",
        count(61_500_000, "đồng/năm")),
    row("Sau sáp nhập, xã mới có trên 18.000 nhân khẩu.",
        count(18_000, "nhân khẩu", qualifier="more_than")),
    row("Đợt này có 7 đồng chí nhận Huy hiệu 70 năm tuổi Đảng.",
        count(7, "đồng chí")),
    row("Ban Chấp hành Đảng bộ xã khóa I gồm 31 đồng chí.",
        count(31, "đồng chí")),
    row("Đại hội bầu 11 đại biểu chính thức và 2 đại biểu dự khuyết đi dự Đại hội cấp trên.",
        count(11, "đại biểu chính thức"), count(2, "đại biểu dự khuyết")),
    row("Mặt trận xã đã vận động 19 hộ hiến đất làm đường.",
        count(19, "hộ")),
    row("Dịp này, huyện khen thưởng 84 tập thể, cá nhân tiêu biểu.",
        count(84, ("tập thể, cá nhân", "tập thể, cá nhân tiêu biểu"))),
    row("Ban Tuyên giáo đã cấp phát 3.200 cuốn tài liệu cho các chi bộ.",
        count(3200, "cuốn tài liệu")),
    row("Hội thi thu hút 28 đội thi đến từ các xã.",
        count(28, "đội thi")),
    row("Hằng năm, Ban Tiếp công dân tiếp 1.102 lượt công dân đến phản ánh.",
        count(1102, "lượt công dân")),
]

# Phrasings the development set lacks.
WRITTEN = [
    row("Buổi lễ có ngoài 400 người dự.",
        count(400, "người", qualifier="more_than")),
    row("Năm 2023, toàn tỉnh kết nạp vượt 3.000 đảng viên.",
        count(3000, "đảng viên", qualifier="more_than")),
    row("Đảng bộ có 1.020 đảng viên từ 30 năm tuổi Đảng trở lên.",
        count(1020, "đảng viên")),
    row("Mỗi chi bộ thôn có từ 15 đến 20 đảng viên.",
        count(15, "đảng viên", qualifier="range", value_max=20)),
    row("Tổng kinh phí xây dựng nhà văn hóa là 2 tỷ 500 triệu đồng.",
        count(2_500_000_000, "đồng")),
    row("Mỗi hộ được hỗ trợ 1,2 triệu đồng/người.",
        count(1_200_000, "đồng/người")),
    row("Chi bộ kết nạp ba mươi lăm đảng viên trong năm.",
        count(35, "đảng viên")),
    row("Toàn tỉnh có 16 nghìn hội viên cựu chiến binh.",
        count(16_000, "hội viên")),
    row("Năm qua, có chưa đến 10 trường hợp vi phạm phải xử lý.",
        count(10, ("trường hợp", "trường hợp vi phạm"), qualifier="less_than")),
    row("Xã đã hỗ trợ khoảng 1.500 hộ tiếp cận vốn vay.",
        count(1500, "hộ", qualifier="approx")),
    row("Huyện hiện còn gần 2.000 hộ nghèo.",
        count(2000, "hộ nghèo", qualifier="nearly")),
    row("Hội nghị có xấp xỉ 600 cán bộ, đảng viên tham gia.",
        count(600, "cán bộ, đảng viên", qualifier="approx")),
    row("Cấp ủy đã kỷ luật 12 đảng viên (khiển trách 8, cảnh cáo 3 và cách chức 1).",
        count(12, "đảng viên"), count(8, "đảng viên bị khiển trách"), count(3, "đảng viên bị cảnh cáo"),
        count(1, "đảng viên bị cách chức")),
    row("Tổng kinh phí hỗ trợ 350 triệu đồng.",
        count(350_000_000, "đồng")),
    row("Xã có 4/5 thôn đạt chuẩn văn hóa.",
        count(4, "thôn")),
    row("Có hơn 300 lượt đảng viên tham gia lao động công ích.",
        count(300, "lượt đảng viên", qualifier="more_than")),
    row("Đến nay, toàn huyện có 2.406 đảng viên sinh hoạt tại 97 chi bộ.",
        count(2406, "đảng viên"), count(97, "chi bộ")),
]

# Bugs found later: one row per reported case (constructions seen in real pages).
BUGS: list = [
    row("Trong năm, số phòng chuyên môn của huyện giảm từ 12 xuống còn 10.",
        count(12, "phòng chuyên môn của huyện"), count(10, "phòng chuyên môn của huyện")),
    row("Trường tuyển thêm 43 em, tương đương 1 lớp.",
        count(43, "em")),
    row("Mức hỗ trợ là 75 triệu đồng/1 bộ hài cốt.",
        count(75_000_000, ("đồng/bộ", "đồng/bộ hài cốt"))),
    row("Đoàn đã góp ý 7 dự thảo văn bản và trao 40 suất quà cho hộ nghèo.",
        count(7, ("dự thảo văn bản", "dự thảo")), count(40, "suất quà")),
    # Found measuring unseen articles: counted nouns outside the first lexicon.
    row("Lực lượng đoàn viên đã lắp đặt 980 bóng đèn năng lượng mặt trời và lập 152 tài khoản mạng xã hội.",
        count(980, "bóng đèn"), count(152, "tài khoản")),
    row("Khoảng 450 thiếu nhi tham gia 30 điểm vui chơi hè.",
        count(450, "thiếu nhi", qualifier="approx"), count(30, "điểm vui chơi")),
    row("Năm nay có 180 đội hình tình nguyện, nhiều hơn 12 đội hình so với năm trước.",
        count(180, "đội hình", change=("increase", 12))),
    row("Chiến dịch thu hút 9 trường đại học, cao đẳng tham gia.",
        count(9, "trường đại học, cao đẳng")),
    row("Số sinh viên tình nguyện tăng 8%, đạt 1.320 bạn.",
        count(1320, "bạn", change=("increase", 8, "exact", "%"))),
    row("Toàn huyện có ngót 2.100 hộ tham gia mô hình.",
        count(2100, "hộ", qualifier="nearly")),
    row("VFF gọi bổ sung bốn cầu thủ cho đội tuyển.",
        count(4, "cầu thủ")),
    # a lower bound inside a noun phrase selects a group: no fact
    row("Đến nay, 35 doanh nghiệp có từ 30 lao động trở lên đã thành lập tổ chức công đoàn.",
        count(35, "doanh nghiệp")),
    row('Hội đã xây dựng 28 "Mái ấm tình thương" cho hội viên nghèo.',
        count(28, "Mái ấm tình thương")),
    row("Ban biên soạn đã phát hành gần 250 trang tài liệu hướng dẫn.",
        count(250, "trang tài liệu", qualifier="nearly")),
    row("Huyện có 4 bãi chôn lấp rác và 2 nhà máy xử lý rác.",
        count(4, "bãi chôn lấp"), count(2, "nhà máy")),
    row("Địa phương đã giao 3 lô đất tái định cư cho các hộ.",
        count(3, "lô đất")),
    row("Đại biểu đã gửi 21 câu hỏi chất vấn; người có uy tín cung cấp 37 nguồn tin.",
        count(21, "câu hỏi"), count(37, "nguồn tin")),
    row("Năm nay, 58 chị được kết nạp vào Đảng; toàn huyện có 112 tổ tiết kiệm và vay vốn.",
        count(58, "chị"), count(112, "tổ tiết kiệm và vay vốn")),
    # thresholds that narrow what was counted are no facts
    row("Toàn huyện có 1.210 hội viên; không ít chị có thu nhập từ 250 triệu đồng/năm trở lên.",
        count(1210, "hội viên")),
    row("Đến nay, toàn tỉnh có 11 dự án giải ngân dưới 25%.",
        count(11, "dự án")),
    row("Chỉ có 2 xã có tỷ lệ đồng thuận dưới 85%.",
        count(2, "xã")),
    row("Số doanh nghiệp của hai thành phố này tiếp tục dẫn đầu với hơn 61% trong tổng số doanh nghiệp.",
        count(2, "thành phố"), rate(61, qualifier="more_than")),
    # third set of unseen articles: more counted nouns
    row("Huyện có 7 dân tộc cùng sinh sống; Hội có 186 chi hội, đã đăng 120 hình ảnh và góp ý 318 nội dung.",
        count(7, "dân tộc"), count(186, "chi hội"), count(120, "hình ảnh"), count(318, "nội dung")),
    row("Toàn huyện có 16 Ban Thanh tra nhân dân và 12 đảng bộ cấp huyện.",
        count(16, "Ban Thanh tra nhân dân"), count(12, "đảng bộ cấp huyện")),
    # a threshold on what each member has, after "NOUN có <measure>", narrows the group
    row("Số hộ hội viên có thu nhập trên 1 tỷ đồng/năm tăng 9% so với năm 2023.",
        rate(9)),
    row("Toàn huyện có hơn 300 hộ tham gia mô hình.",
        count(300, "hộ", qualifier="more_than")),
    # before and after, the counted noun heading the subject
    row("Sau hợp nhất, đầu mối cơ quan tham mưu, giúp việc của cấp ủy xã giảm từ 18 xuống còn 6.",
        count(18, "đầu mối"), count(6, "đầu mối"),
        xfail="a comma inside the subject: only the part right before the verb is read, so that "
              "'các hộ dân ..., thời gian ... giảm từ 15 xuống còn 7' counts no hộ dân"),
    row("Tỷ lệ hộ nghèo giảm từ 5 xuống còn 3."),
    # a range in a report, not a rule
    row("Mặt trận tổ chức các buổi tiếp xúc cử tri, mỗi buổi thu hút từ 70 đến 90 cử tri tham dự.",
        count(70, "cử tri", qualifier="range", value_max=90)),
    row("Nhân dân đã giao nộp 27 khẩu súng tự chế; tỉnh cấp phép 3 mỏ đất đắp.",
        count(27, "khẩu súng"), count(3, "mỏ đất")),
    row("Có 152 chủ nhà trọ đã ký cam kết; huyện có 64 tổ công nghệ số cộng đồng.",
        count(152, "chủ nhà trọ"), count(64, "tổ công nghệ số cộng đồng")),
    row("Mỗi căn nhà được hỗ trợ từ 40 đến 60 triệu đồng.",
        count(40_000_000, "đồng", qualifier="range", value_max=60_000_000)),
    row("Chỉ số cải cách hành chính của huyện xếp thứ 4/9 huyện, thị xã trong tỉnh."),
    # found in review: a place's own figure is reported, not a threshold
    row("Năm 2024, xã có thu nhập bình quân đầu người hơn 60 triệu đồng.",
        count(60_000_000, "đồng", qualifier="more_than")),
    row("Hợp tác xã có doanh thu trên 3 tỷ đồng mỗi năm.",
        count(3_000_000_000, "đồng", qualifier="more_than")),
    # before and after: only the subject right before the verb names what is counted
    row("Trong năm, các xã tích cực triển khai, tỷ lệ hộ nghèo giảm từ 5,2 xuống còn 3,1."),
    row("Nhờ cải cách thủ tục, các hộ dân yên tâm sản xuất, thời gian giải quyết hồ sơ giảm từ 15 xuống "
        "còn 7."),
    row("Sau sắp xếp, số đầu mối giảm; đầu mối cơ quan tham mưu giảm từ 20 xuống còn 7.",
        count(20, "đầu mối"), count(7, "đầu mối")),
    row("Các đầu mối trực thuộc giảm từ 15 xuống còn 9.",
        count(15, "đầu mối"), count(9, "đầu mối")),
    # an age written before the figure; a compound people noun
    row("Ở tuổi 60 chị vẫn tích cực tham gia công tác Hội."),
    row("Chuyên mục thu hút hơn 500 bạn đọc.",
        count(500, "bạn đọc", qualifier="more_than")),
    row("Nguồn quy hoạch gồm 52 đồng chí, trong đó cán bộ trẻ dưới 40 tuổi 19 đồng chí.",
        count(52, "đồng chí"), count(19, "đồng chí")),
    row("Huyện có 21 công an xã, thị trấn, 19 trưởng công an xã và 60 chùa Khmer.",
        count(21, "công an xã, thị trấn"), count(19, "trưởng công an xã"), count(60, "chùa")),
    # sixth set of unseen articles
    row("Huyện chi hơn 1,2 tỷ đồng mua 40 máy thu nhận sinh trắc học; Vietnam Airlines có 101 chiếc máy bay.",
        count(1_200_000_000, "đồng", qualifier="more_than"), count(40, "máy"), count(101, "chiếc máy bay")),
    row("Đoàn viên hướng dẫn 3 cụ già cài đặt ứng dụng; đại diện của 35 đảng ủy, chi bộ cơ sở dự hội nghị.",
        count(3, "cụ già"), count(35, "đảng ủy, chi bộ cơ sở")),
    row("Tỉnh có khoảng 300 phòng khám, nhà thuốc tư nhân và 5 trang trại bò sữa.",
        count(300, "phòng khám, nhà thuốc", qualifier="approx"), count(5, "trang trại")),
    row("Ủy ban Kiểm tra đã kiểm tra 12 chi bộ, phát hiện 3 chi bộ thu chưa đúng và yêu cầu truy thu gần 40 "
        "triệu đồng.",
        count(12, "chi bộ"), count(3, "chi bộ"), count(40_000_000, "đồng", qualifier="nearly")),
]

# Found on invented whole pages annotated blind: "một" among the figures of a group it is part
# of; a standard owned by the people counted; a group selected by a plural, its noun and "có";
# counted nouns of bodies and letters kept whole; "đối với" ending a classifier's noun
BLIND_PAGES = [
    row("Trong số đảng viên bị kỷ luật có một đồng chí thuộc diện Ban Thường vụ Tỉnh ủy quản lý và 12 đồng "
        "chí là cấp ủy viên cơ sở.",
        count(1, "đồng chí"), count(12, "đồng chí")),
    row("Trong số các nạn nhân có một cặp vợ chồng từ xã bên cạnh."),
    row("Trong số đó, có một người cho biết sẽ tiếp tục học."),
    row("Năm 2023, các cơ quan đã thẩm định tiêu chuẩn chính trị của hơn 4.600 nhân sự.",
        count(4600, "nhân sự", qualifier="more_than")),
    row("Cán bộ được bổ nhiệm phải bảo đảm tiêu chuẩn ít nhất 3 năm công tác."),
    row("Những nơi có từ 3 đơn thư trở lên phản ánh cùng một nội dung phải chủ động kiểm tra."),
    row("Toàn tỉnh hiện có 1.046 doanh nghiệp ngoài khu vực nhà nước có từ 30 lao động trở lên.",
        count(1046, "doanh nghiệp")),
    row("Năm 2023, trong 34 ban thường vụ tỉnh ủy, thành ủy, có 9 tập thể được xếp loại xuất sắc.",
        count(34, "ban thường vụ"), count(9, "tập thể")),
    row("Qua kiểm điểm, các tập thể đã chỉ ra 640 hạn chế, khuyết điểm.",
        count(640, "hạn chế, khuyết điểm")),
    row("Năm 2023, Hội đồng đã nhận 127 đơn, thư khiếu nại, tố cáo.",
        count(127, "đơn, thư khiếu nại, tố cáo")),
    row("Sau sắp xếp, cả nước còn 34 đảng bộ tỉnh, thành phố trực thuộc Trung ương.",
        count(34, "đảng bộ tỉnh, thành phố trực thuộc Trung ương")),
    row("Năm 2023, mỗi đảng ủy giám sát chuyên đề 2 cuộc đối với cấp ủy viên cùng cấp.",
        count(2, "cuộc")),
]

# Found on the third and fourth sets of invented pages: beds per ten thousand people, exam and
# clinic sites, "một" after an item with a long noun
BLIND_PAGES_TWO = [
    row("Năm 2023, toàn tỉnh có 11.460 giường bệnh, đạt 32,4 giường bệnh/vạn dân.",
        count(11460, "giường bệnh"), count(32.4, "giường bệnh/vạn dân")),
    row("Năm 2023, có 16.872 thí sinh dự thi tại 41 điểm thi; 135 trạm y tế với 412 điểm trạm.",
        count(16872, "thí sinh"), count(41, "điểm thi"), count(135), count(412, "điểm trạm")),
    row('Năm 2023, thôn duy trì 2 tổ tự quản về an ninh trật tự và một câu lạc bộ "Dân vận khéo".',
        count(2), count(1, "câu lạc bộ")),
    row("Năm 2023, toàn tỉnh có 135 trạm y tế xã, phường; tỉnh duy trì 318 cô đỡ thôn bản.",
        count(135, "trạm y tế"), count(318, "cô đỡ thôn bản")),
    row("Năm 2023, tỉnh trang bị 198 máy quét tài liệu; công trường có 960 máy móc, thiết bị hoạt động.",
        count(198, "máy quét tài liệu"), count(960, "máy móc, thiết bị")),
]

# Found judging a draw of party-news facts: money per a period or a thing written with spaces,
# a "1" or in words keeps its "/…" as the contract writes it
PRECISION_DRAWS = [
    row("Năm 2023, mỗi người được hỗ trợ 15 triệu / tháng.",
        count(15_000_000, "đồng/tháng")),
    row("Năm 2023, mỗi diễn viên được trả 40.000 đồng một ngày.",
        count(40_000, "đồng/ngày")),
    row("Năm 2023, phí là 10.000 đồng / 1 quyết định.",
        count(10_000, "đồng/quyết định")),
    row("Năm 2023, mỗi hộ được hỗ trợ 2 triệu đồng / tháng.",
        count(2_000_000, "đồng/tháng")),
    row("Năm 2023, huyện chi 5 tỷ đồng một năm cho 3 xã.",
        count(5_000_000_000, "đồng"), count(3, "xã")),
    # an amount converted aside is as approximate as the estimate it converts; the yuan is money
    row("Năm 2023, ước tính thu nhập của trung tâm là 3,5 triệu tệ / năm (510.000 USD).",
        count(3_500_000, "tệ/năm", qualifier="approx"), count(510_000, "USD", qualifier="approx")),
    row("Năm 2023, học phí là 4.500 tệ (650 USD) một năm.",
        count(4500, "tệ"), count(650, "USD")),
    row("Năm 2023, vốn đầu tư khoảng 200 triệu Euro (tương đương 300 triệu USD).",
        count(200_000_000, "Euro", qualifier="approx"), count(300_000_000, "USD")),
    row("Năm 2023, xã đẩy lùi 3 tệ nạn xã hội.", count(3, "tệ nạn")),
    # from the fifty-first draw: a classifier's noun stops before words pointing back; "lẫn" (as well
    # as) opens no counted noun
    row("Năm 2023, tỉnh chưa nhận được trả lời từ hai Bộ nêu trên.", count(2, "Bộ")),
    row("Năm 2023, trường chưa hoàn tất được kỳ 3 lẫn kỳ 4."),
]

# Found on invented pages of training and grassroots work annotated blind: work-days contributed
# are counted like money, "ngày" alone is a length; study sites named by "điểm"
BLIND_PAGES_THREE = [
    row("Năm 2023, nhân dân đóng góp 2,4 tỷ đồng và hơn 9.000 ngày công để làm đường giao thông.",
        count(2_400_000_000, "đồng"), count(9000, "ngày công", qualifier="more_than")),
    row("Năm 2023, mỗi đợt lao động kéo dài 10 ngày với 40 người tham gia.",
        count(40, "người")),
    row("Năm 2023, lớp học được tổ chức tại 3 điểm học ở các xã vùng cao.",
        count(3, "điểm học")),
    # a bound after a counted group and "có" says which ones are counted; so after "nào" ("whichever")
    row("Qua rà soát năm 2023, 9 chi bộ thôn có dưới 20 đảng viên, phần lớn tuổi cao.",
        count(9, "chi bộ thôn")),
    row("Năm 2023, toàn huyện có 12 xã có trên 1.000 hộ dân.",
        count(12, "xã")),
    row("Chi bộ nào có trên 100 đảng viên thì lập tổ đảng theo cụm dân cư."),
    row("Năm 2023, chi bộ thôn Đông có trên 100 đảng viên.",
        count(100, "đảng viên", qualifier="more_than")),
    row("Năm 2023, trong 19.000 người được xét nghiệm có hơn 10.000 người không có nơi cư trú ổn định.",
        count(19000, "người"), count(10000, "người", qualifier="more_than")),
    row("Năm 2023, ban có 65 biên chế và có hơn 10 cán bộ biệt phái.",
        count(65, "biên chế"), count(10, "cán bộ", qualifier="more_than")),
    # a breakdown in parentheses, each part a label and its figure: counts of the noun before
    row("Năm 2023, xã kết nạp 29 đảng viên là người dân tộc thiểu số (Ê Đê 22, Nùng 4, Tày 3).",
        count(29, "đảng viên"), count(22, "đảng viên"), count(4, "đảng viên"), count(3, "đảng viên")),
    row("Năm 2023, xã kết nạp 20 đảng viên (nam 12, nữ 8).",
        count(20, "đảng viên"), count(12, "đảng viên"), count(8, "đảng viên")),
    row("Năm 2023, kiểm tra phát hiện 17 cây gỗ gõ (thuộc nhóm 1) bị khai thác trái phép.",
        count(17, "cây")),
    row("Năm 2023, huyện có 12 xã đạt chuẩn (Tân Lập 3, Hòa Bình 40).",
        count(12, "xã")),
]

# Found on invented pages of People's Councils annotated blind: "điểm" after a place word counts
# sites, its kind kept when written; a step in a ranking is no count
BLIND_PAGES_FOUR = [
    row("Năm 2023, các tổ đại biểu tiếp xúc cử tri tại 126 điểm.",
        count(126, "điểm")),
    row("Năm 2023, hội nghị được tổ chức tại 74 điểm cầu trực tuyến.",
        count(74, ("điểm cầu", "điểm cầu trực tuyến"))),
    row("Năm 2023, xã bố trí 2 điểm tiếp nhận hồ sơ tại trụ sở cũ.",
        count(2, "điểm tiếp nhận hồ sơ")),
    row("Năm 2023, thí sinh đạt 27 điểm ở môn Toán."),
    row("Năm 2023, chỉ số PAR Index đạt 89,37 điểm, xếp thứ 8/34 tỉnh, thành phố, tăng 5 bậc."),
    row("Năm 2023, dự án đường Vành đai 4 đoạn qua tỉnh giải ngân 612 tỷ đồng.",
        count(612_000_000_000, "đồng")),
    # a bound naming the members of a bare group heading a rule picks the groups out; a report goes on
    row("Chi bộ có dưới 9 đảng viên chính thức chỉ bầu bí thư, không bầu chi ủy."),
    row("Theo hướng dẫn: chi bộ có từ 9 đảng viên chính thức trở lên thì bầu chi ủy.",),
    row("Năm 2023, xã có trên 100 đảng viên sinh hoạt tại 9 chi bộ.",
        count(100, "đảng viên", qualifier="more_than"), count(9, "chi bộ")),
    row("Xã có trên 100 đảng viên sinh hoạt tại 9 chi bộ.",
        count(100, "đảng viên", qualifier="more_than"), count(9, "chi bộ")),
]

# Found on invented pages of defence and digital work annotated blind: nouns the open class cut short
# ("xe chữa", "tồn") and capitalised counted nouns; a proposal's dossier names no plan
BLIND_PAGES_FIVE = [
    row("Năm 2023, tỉnh trang bị 5 xe chữa cháy, 3 xe cứu thương và 120 bình chữa cháy xách tay.",
        count(5, "xe chữa cháy"), count(3, "xe cứu thương"), count(120, "bình chữa cháy")),
    row("Năm 2023, công an thu giữ 2.400 viên ma túy tổng hợp; huyện khắc phục 97 tồn tại.",
        count(2400, "viên ma túy"), count(97, "tồn tại")),
    row("Năm 2023, tỉnh có 1.043 Bà mẹ Việt Nam Anh hùng, quy tập 46 hài cốt liệt sĩ.",
        count(1043, "Bà mẹ Việt Nam Anh hùng"), count(46, "hài cốt liệt sĩ")),
    row("Năm 2023, thành phố đã phê duyệt hồ sơ đề xuất cấp độ cho 112/116 hệ thống, đạt 96,6%.",
        count(112, "hệ thống"), rate(96.6)),
    row("Năm 2025, Sở đề xuất cấp 500 thẻ bảo hiểm y tế cho hộ nghèo.",
        target(500, "thẻ bảo hiểm y tế", 2025)),
]

# Found on invented pages of restructuring and mass mobilisation annotated blind: a rule's
# definition after "là", a plural group and what a rule says of it, a share of a group, what was
# done to a group's members, and what a counted group lacks pick members out; the highest case
# is reported
BLIND_PAGES_SIX = [
    row("Đối tượng được hỗ trợ là hộ có thu nhập dưới 2 triệu đồng/tháng và có trên 3 người phụ thuộc."),
    row("Tiêu chí xét chọn là các chi bộ có từ 20 đảng viên trở lên."),
    row("Năm 2023, những xã có trên 500 hộ nghèo được ưu tiên vốn."),
    row("Năm 2023, trong 40 xã, các xã vùng cao có hơn 2.000 hộ nghèo.",
        count(40, "xã"), count(2000, "hộ nghèo", qualifier="more_than")),
    row("Năm 2023, 36% cán bộ phải kiêm nhiệm từ ba việc trở lên.", rate(36)),
    row("Năm 2023, 14 hợp tác xã được hợp nhất từ ba hợp tác xã trở lên.", count(14, "hợp tác xã")),
    row("Năm 2023, có 7 thôn chưa đủ 3 đảng viên chính thức.", count(7, "thôn")),
    row("Năm 2023, xã mới huy động chưa đủ 40 tỷ đồng.",
        count(40_000_000_000, "đồng", qualifier="less_than")),
    row("Năm 2023, trường hợp cao nhất được bồi thường hơn 900 triệu đồng.",
        count(900_000_000, "đồng", qualifier="more_than")),
    row("Năm 2023, trường hợp có trên 3 con bị xử lý kỷ luật."),
]

# Found on invented pages of disaster relief annotated blind: what each member of a counted
# group suffered or gave, bounded, picks members out
BLIND_PAGES_SEVEN = [
    row("Năm 2023, 2.105 khách hàng bị thiệt hại trên 70% tài sản, tạm thời mất khả năng trả nợ.",
        count(2105, "khách hàng")),
    row("Năm 2023, có 214 doanh nghiệp tham gia ủng hộ, trong đó 17 doanh nghiệp ủng hộ từ 500 triệu đồng "
        "trở lên.",
        count(214, "doanh nghiệp"), count(17, "doanh nghiệp")),
    row("Năm 2023, 9 hộ kinh doanh đóng góp trên 100 triệu đồng.", count(9, "hộ")),
    # guards: a sum suffered or given, not each member's
    row("Năm 2023, có 415 vụ án tham nhũng với số tiền thiệt hại trên 6.740 tỉ đồng.",
        count(415, "vụ án"), count(6_740_000_000_000, "đồng", qualifier="more_than")),
    row("Năm 2023, tổng nguồn lực đạt hơn 2.870 tỷ đồng, trong đó nhân dân đóng góp trên 410 tỷ đồng.",
        count(2_870_000_000_000, "đồng", qualifier="more_than"),
        count(410_000_000_000, "đồng", qualifier="more_than")),
    row("Năm 2023, 12 doanh nghiệp ủng hộ 500 triệu đồng.",
        count(12, "doanh nghiệp"), count(500_000_000, "đồng")),
]

# Found on invented pages of culture and sport annotated blind: medals and orders written with a capital
BLIND_PAGES_EIGHT = [
    row("Năm 2023, các nghệ sĩ của nhà hát giành thêm 3 Huy chương Bạc cá nhân.",
        count(3, "Huy chương Bạc cá nhân")),
    row("Năm 2023, Chủ tịch nước tặng 2 Huân chương Độc lập và 4.260 Cờ thi đua.",
        count(2, "Huân chương"), count(4260, "Cờ thi đua")),
    row("Năm 2023, đoàn giành 12 huy chương vàng.", count(12, "huy chương vàng")),
    # the rate each member of a counted group has, bounded, picks them out (found on health pages)
    row("Năm 2023, có 86 xã, phường đạt tỷ lệ tiêm trên 95%.", count(86, "xã, phường")),
    row("Năm 2023, có 12/16 khoản thu đạt trên 25% dự toán.", count(12, "khoản thu"),
        rate(25, qualifier="more_than")),
]

# Found on invented pages of science and innovation annotated blind: counted nouns whose first
# syllable is also a function word; what each member of a counted group is valued at picks it out
BLIND_PAGES_NINE = [
    row("Năm 2023, thành phố có 8 không gian làm việc chung và 5 vườn ươm doanh nghiệp.",
        count(8, "không gian làm việc chung"), count(5, "vườn ươm doanh nghiệp")),
    row("Năm 2023, tỉnh có 3 chỉ dẫn địa lý và 58 nhãn hiệu chứng nhận.",
        count(3, "chỉ dẫn địa lý"), count(58, "nhãn hiệu")),
    row("Năm 2023, Cục đã cấp 702 văn bằng bảo hộ, trong đó có 9 bằng độc quyền sáng chế.",
        count(702, "văn bằng bảo hộ"), count(9, "bằng độc quyền sáng chế")),
    row("Năm 2023, có 12 doanh nghiệp khởi nghiệp được định giá trên 100 tỷ đồng.",
        count(12, "doanh nghiệp")),
    # found on public finance and transport pages: the capital of each project and the share each
    # owner disbursed pick them out
    row("Năm 2023, tỉnh thu hút 2 dự án có vốn đầu tư từ 100 triệu USD trở lên.", count(2, "dự án")),
    row("Năm 2023, 9 chủ đầu tư giải ngân dưới 20%, trong đó 3 đơn vị chưa giải ngân.",
        count(9, "chủ đầu tư"), count(3, "đơn vị")),
    # the trade of each firm picks them out; suppliers are one noun (found on trade pages)
    row("Năm 2023, 214 doanh nghiệp trong nước có kim ngạch từ 1 triệu USD trở lên.",
        count(214, "doanh nghiệp trong nước")),
    row("Năm 2023, ngành thuế phối hợp với 14 nhà cung cấp giải pháp.", count(14, "nhà cung cấp")),
    # a grassroots tax office is named by its number
    row("Năm 2023, Thuế cơ sở 3 tỉnh Ninh Bình tiếp nhận 260 hồ sơ mỗi ngày.", count(260, "hồ sơ")),
    # guards: a space of time and a word "chỉ" (only) after a figure stay out of the unit
    row("Năm 2023, có 40 doanh nghiệp chỉ hoạt động cầm chừng.", count(40, "doanh nghiệp")),
]

# found on pages about religious affairs, veterans and border areas (phrasings our own)
BLIND_PAGES_TEN = [
    # a lone "năm" before a counted noun is five
    row("Năm 2023, Hội tặng Bằng khen cho hai tập thể và năm cá nhân tiêu biểu.",
        count(2, "tập thể"), count(5, "cá nhân tiêu biểu")),
    row("Năm 2023, chi bộ nghiệp đoàn đã kết nạp năm ngư dân vào Đảng.", count(5, "ngư dân")),
    # guard: after a time word it stays "year"
    row("Trong 6 tháng đầu năm cơ quan này đã kiểm tra 598 đảng viên.", count(598, "đảng viên")),
    # places of worship and their people, listed with commas
    row("Năm 2023, toàn tỉnh có 1.037 cơ sở thờ tự, gồm 421 nhà thờ và 398 chùa, tịnh xá, tịnh thất.",
        count(1037, "cơ sở thờ tự"), count(421, "nhà thờ"), count(398, "chùa, tịnh xá, tịnh thất")),
    row("Năm 2023, các cấp tổ chức 126 buổi tiếp xúc, đối thoại với 1.260 chức sắc, chức việc.",
        count(126, "buổi tiếp xúc, đối thoại"), count(1260, "chức sắc, chức việc")),
    row("Năm 2023, tỉnh có 214 lễ hội, sự kiện tôn giáo, tăng 26 sự kiện so với năm 2022.",
        count(214, "lễ hội, sự kiện",
              change=("increase", 26))),
    # "điểm" names sites when its noun says what is done there, or when the list spelt it before
    row("Năm 2023, tỉnh bố trí 18 điểm trông giữ xe và 6 chốt y tế.",
        count(18, "điểm trông giữ xe"), count(6, "chốt y tế")),
    row("Năm 2023, hồ sơ được chấp thuận gồm 38 điểm nhóm Tin lành và 4 điểm của đạo Cao Đài.",
        count(38, "điểm nhóm"), count(4, "điểm")),
    # guard: a score stays a score
    row("Năm 2023, chỉ số PCI của tỉnh đạt 68 điểm, tăng 3 điểm so với năm 2022.", ),
    # the measure each member of a counted group has, or a threshold of what each did, picks them out
    row("Năm 2023, có 41 doanh nghiệp có doanh thu trên 50 tỷ đồng/năm.", count(41, "doanh nghiệp")),
    row("Năm 2023, trong 14 đồn có 9 đồn nhận đỡ đầu từ 20 em trở lên.", count(14, "đồn"), count(9, "đồn")),
    # guards: a level each reached is reported; a total of the group is reported
    row("Năm 2023, huyện có 4 xã đạt chuẩn, 4 xã còn lại đạt từ 14 tiêu chí trở lên.",
        count(4, "xã"), count(4, "xã"), count(14, "tiêu chí", qualifier="at_least")),
    row("Năm 2023, xã được đầu tư 64 công trình với tổng vốn hơn 118 tỷ đồng.",
        count(64, "công trình"), count(118_000_000_000, "đồng", qualifier="more_than")),
    # patrols, groups at sea, rooms and schools named by their kind; sea miles measure
    row("Năm 2023, các đồn tổ chức 412 lượt tuần tra song phương với 46 tổ đoàn kết trên biển.",
        count(412, "lượt tuần tra"), count(46, "tổ đoàn kết")),
    row("Năm 2023, tàu cá bị nạn cách bờ khoảng 120 hải lý được lai dắt về cảng.", ),
    row("Năm 2023, tỉnh xây 156 phòng ở bán trú và 9 trường phổ thông dân tộc bán trú.",
        count(156, "phòng ở"), count(9, "trường phổ thông dân tộc bán trú")),
    row("Năm 2023, Hội cấp 420 thẻ bảo hiểm y tế cho 1.126 hộ người có công.",
        count(420, "thẻ bảo hiểm y tế"), count(1126, "hộ người có công")),
    # a verb that only starts with a counted noun does not join a list of units
    row("Năm 2023, Hội có 250 hợp tác xã, giải quyết việc làm cho 2.000 lao động.",
        count(250, "hợp tác xã"), count(2000, "lao động")),
]

# found on pages about land, cooperatives, the women's union and energy (phrasings our own)
BLIND_PAGES_ELEVEN = [
    # stations, plants and turbines by their kind; power, energy and voltage measure
    row("Năm 2023, dự án lắp đặt 57 trạm biến áp phân phối với tổng dung lượng 5.475 kVA.",
        count(57, "trạm biến áp")),
    row("Năm 2023, tỉnh có 6.482 hệ thống điện mặt trời mái nhà, tổng công suất khoảng 742 MWp.",
        count(6482, "hệ thống điện mặt trời mái nhà")),
    row("Năm 2023, nhà máy lắp 30 tua-bin, mỗi tua-bin công suất 5 MW.", count(30, "tua-bin")),
    # a noun ending in a linking word ("mặt bằng") links nothing to the part after it
    row("Năm 2023, các xã đã bàn giao mặt bằng 131/146 vị trí móng cột.", count(131, "vị trí")),
    # the items a plan's list names are counted, its breakdown too
    row("Năm 2023, kế hoạch xác định danh mục 46 dự án nguồn điện và 72 dự án lưới điện, trong đó có 9 dự "
        "án trạm biến áp.",
        count(46, "dự án"), count(72, "dự án"), count(9, "dự án")),
    # a coined noun in quotes, lowercase, is what is counted; a capitalised one is a name
    row('Năm 2023, Hội có 214 "mẹ đỡ đầu" nhận nuôi 230 trẻ.', count(214, "mẹ đỡ đầu"), count(230, "trẻ")),
    row('Năm 2023, tỉnh có 3 "Tây" đến thăm.', ),
    row("Năm 2023, toàn tỉnh có 937 địa chỉ tin cậy và 13 khu, cụm công nghiệp.",
        count(937, "địa chỉ tin cậy"), count(13, "khu, cụm công nghiệp")),
    # a member of a named committee is one word (found in a precision draw)
    row("Năm 2023, có 12 Thành uỷ viên và 45 Tỉnh ủy viên được luân chuyển.",
        count(12, "Thành ủy viên"), count(45, "Tỉnh ủy viên")),
]

# found on pages about insurance, Party membership, sport and taxes (phrasings our own)
BLIND_PAGES_TWELVE = [
    # what an inspection demanded after its finding is a result
    row("Năm 2023, qua kiểm tra, phát hiện 1.317 lao động chưa được đóng bảo hiểm, yêu cầu truy đóng 19,6 tỷ "
        "đồng; xử phạt 27 đơn vị với tổng số tiền 1,85 tỷ đồng.",
        count(1317, "lao động"), count(19_600_000_000, "đồng"), count(27, "đơn vị"),
        count(1_850_000_000, "đồng")),
    # a bound on what each member of a class has, in a rule, and a bound of money in a count's noun
    row("Theo quy định, hộ kinh doanh có doanh thu năm từ 500 triệu đồng trở xuống không phải nộp thuế.", ),
    row("Năm 2023, số doanh nghiệp nợ thuế trên 1 tỷ đồng giảm từ 318 xuống còn 286 doanh nghiệp.",
        count(318, "doanh nghiệp"), count(286, "doanh nghiệp")),
    # guards: a named firm's revenue is reported; a count's noun capped is a cap
    row("Năm 2023, Công ty Hòa Phát có doanh thu trên 1.000 tỷ đồng.",
        count(1_000_000_000_000, "đồng", qualifier="more_than")),
    row("Năm 2023, Ban Thường vụ quy định số cấp phó của mỗi sở không quá 3 người.",
        target(3, "người", qualifier="at_most")),
    # grassroots tax offices counted; legal representatives; sports grounds and medals by kind
    row("Năm 2023, 9/12 Thuế cơ sở có số thu tăng; tỉnh tạm hoãn xuất cảnh 57 người đại diện theo pháp luật.",
        count(9, "Thuế cơ sở"), count(57, "người đại diện theo pháp luật")),
    row("Năm 2023, đoàn giành 47 huy chương vàng và 52 huy chương đồng; tỉnh có 36 sân vận động xã.",
        count(47, "huy chương vàng"), count(52, "huy chương đồng"), count(36, "sân vận động")),
    # a change followed by its before/after pair is the pair's end's
    row("Sau khi hợp nhất hai tỉnh, Đảng ủy đã giảm 13 chi bộ, từ 34 xuống còn 21 chi bộ trực thuộc.",
        count(2, "tỉnh", change=None), count(34, "chi bộ trực thuộc"),
        count(21, "chi bộ trực thuộc", change=("decrease", 13))),
    # changes told "respectively" go to the levels before them in order
    row("Năm 2023, Đảng ủy tiếp nhận 1.127 đảng viên và giới thiệu 864 đảng viên chuyển đi, tăng lần lượt "
        "15,2% và 9,8% so với năm 2022.",
        count(1127, "đảng viên", change=("increase", 15.2, "exact", "%")),
        count(864, "đảng viên", change=("increase", 9.8, "exact", "%"))),
    # guard: with no levels before they are shares of their own
    row("Phiên hôm nay, hai cổ phiếu này tăng lần lượt 0,75% và 0,61%.",
        count(2, "cổ phiếu"), rate(0.75), rate(0.61)),
    # the items a plan set, told as done, are counted
    row("Đánh giá giai đoạn 2021 - 2025, kế hoạch cho biết tỉnh đã hoàn thành 15/18 chỉ tiêu đề ra.",
        count(15, "chỉ tiêu")),
]

# found on pages about water, temporary houses and children (phrasings our own)
BLIND_PAGES_THIRTEEN = [
    # "điểm" after a whole number names places of the kind written after it
    row("Năm 2023, tỉnh bố trí 18 điểm cấp nước ngọt miễn phí và phát hiện 1.126 điểm rò rỉ.",
        count(18, "điểm cấp nước"), count(1126, "điểm rò rỉ")),
    # guards: scores after their verbs or before their words stay scores
    row("Năm 2023, đội đạt 27 điểm; thí sinh cần từ 26 điểm trở lên; đội giành 13 điểm sau 2 trận.",
        count(2, "trận")),
    # the change beside the points of sale is theirs (the contract: a change beside a level is its
    # change), though its noun alone would be a score
    row("Năm 2023, có 426 điểm bán, tăng 38 điểm so với năm 2022.",
        count(426, "điểm bán", change=("increase", 38))),
    # meters, pumps and water works by their kind; "đồng hồ" is no money
    row("Năm 2023, công ty thay 9.840 đồng hồ đo nước và vận hành 58 trạm bơm, 95 máy bơm dã chiến.",
        count(9840, "đồng hồ đo nước"), count(58, "trạm bơm"), count(95, "máy bơm")),
    row("Năm 2023, toàn tỉnh có 218 công trình cấp nước tập trung nông thôn.",
        count(218, "công trình cấp nước tập trung nông thôn")),
    # a grade of house written in words names no number
    row("Năm 2023, vợ chồng ông sống trong căn nhà cấp bốn, nuôi ba người con.", count(3, "người")),
    # the bottlenecks a plan names to remove are its counted items
    row("Để đạt mục tiêu đến năm 2030, tỉnh phải tháo gỡ 3 điểm nghẽn về hạ tầng giao thông.",
        count(3, "điểm nghẽn")),
    # the pay each job order offers picks the orders out (found on labour-export pages); guard: a
    # level of pay reported
    row("Năm 2023, lao động chỉ nhận các đơn hàng có mức lương từ 28 triệu đồng/tháng trở lên.", ),
    row("Năm 2023, mức lương bình quân của lao động đạt 28 triệu đồng/tháng.",
        count(28_000_000, "đồng/tháng")),
    # accidents, junctions and signs by their kind (found on traffic pages)
    row("Năm 2023, xảy ra 58 vụ tai nạn giao thông; tỉnh lắp camera tại 17 nút giao và 1.150 biển báo hiệu.",
        count(58, "vụ tai nạn giao thông"), count(17, "nút giao"), count(1150, "biển báo hiệu")),
    # a condition word that is the counted noun of the figure before it names the cases found, no
    # condition on the fines after it (found on traffic pages); guard: a clause opened by it
    row("Năm 2023, lực lượng phát hiện 683 trường hợp vi phạm, phạt tiền hơn 1,05 tỷ đồng.",
        count(683, "trường hợp vi phạm"), count(1_050_000_000, "đồng", qualifier="more_than")),
    row("Năm 2023, xử lý 1.240 trường hợp, tăng 85 trường hợp so với năm 2022; phạt tiền hơn 2,6 tỷ đồng.",
        count(1240, "trường hợp", change=("increase", 85)),
        count(2_600_000_000, "đồng", qualifier="more_than")),
    row("Theo quy định, trường hợp nợ thuế trên 500 triệu đồng thì bị công khai thông tin."),
    # "biên bản" ends in "bản" as a syllable only: the number after it counts what was written up
    row("Năm 2023, công an xã lập biên bản 318 trường hợp vi phạm.", count(318, "trường hợp vi phạm")),
]

# found on drug-control, fisheries and population pages
BLIND_PAGES_FOURTEEN = [
    # a figure between a condition cue and the bound: the cue named the group counted
    row("Năm 2023, Tòa án phạt tiền đối với 214 bị cáo với tổng số tiền hơn 4,6 tỷ đồng.",
        count(214, "bị cáo"), count(4_600_000_000, "đồng", qualifier="more_than")),
    # a number inside a model's quoted name names the model
    row('Năm 2023, chi bộ thực hiện mô hình "Mỗi đảng viên phụ trách 10 hộ ngư dân" với 31 đảng viên.',
        count(31, "đảng viên")),
    # people nurtured for admission to the Party, no class or programme named, are counted
    row("Năm 2023, chi bộ kết nạp 2 đảng viên; hiện có 3 quần chúng ưu tú đang được bồi dưỡng, tạo nguồn.",
        count(2, "đảng viên"), count(3, "quần chúng ưu tú")),
    # guards: a condition cue with the bound right after its noun
    row("Năm 2023, đối với doanh nghiệp có trên 50 lao động, xã cử 2 cán bộ theo dõi.", count(2, "cán bộ")),
    # newborns by their noun (found on population pages)
    row("Năm 2023, trạm y tế khám cho 5.912 trẻ sơ sinh.", count(5912, "trẻ sơ sinh")),
    # hot spots and slaughter points by their kind (found on mineral and livestock pages)
    row("Năm 2023, tỉnh còn 9 điểm nóng khai thác cát và khoảng 260 điểm giết mổ nhỏ lẻ.",
        count(9, "điểm nóng"), count(260, "điểm giết mổ", qualifier="approx")),
]

BLIND_PAGES_FIFTEEN = [
    # patients, medical machines and mobile teams by their kind (found on grassroots health pages)
    row("Năm 2023, trạm y tế xã đang quản lý 842 người bệnh mạn tính.", count(842, "người bệnh mạn tính")),
    row("Năm 2023, Sở Y tế cấp 75 máy siêu âm và 42 máy xét nghiệm sinh hóa cho trạm y tế.",
        count(75, "máy siêu âm"), count(42, "máy xét nghiệm sinh hóa")),
    row("Năm 2023, huyện lập 6 đội y tế lưu động.", count(6, "đội y tế lưu động")),
    # a dose and a laboratory value are measurements
    row("Năm 2023, 318 người được cấp thuốc, mỗi người 10 mg mỗi ngày.", count(318, "người")),
    row("Năm 2023, phát hiện 96 người có đường huyết trên 7 mmol/l.", count(96, "người")),
    # guard: a machine of no listed kind is counted as a machine
    row("Năm 2023, xã trang bị 12 máy cày.", count(12, "máy")),
    # a bare "điểm" after sites the sentence counted by their kind repeats those sites, no score: the
    # before/after pair and the change are counts of them (found on food-safety pages)
    row("Năm 2023, số điểm tập kết rác tự phát giảm từ 142 xuống còn 97 điểm.",
        count(142, "điểm"), count(97, "điểm")),
    row("Năm 2023, huyện có 64 điểm sinh hoạt cộng đồng, tăng 9 điểm so với năm 2022.",
        count(64, "điểm sinh hoạt", change=("increase", 9, "exact", None))),
    # guard: a score after a score
    row("Năm 2023, em đạt 27 điểm, tăng 3 điểm so với năm 2022."),
    # boarding houses, fire teams and lookout towers by their kind (found on fire-safety pages)
    row("Năm 2023, phường kiểm tra 318 nhà trọ và thành lập 46 tổ liên gia an toàn PCCC.",
        count(318, "nhà trọ"), count(46, "tổ liên gia an toàn PCCC")),
    # a number inside a title conferred is part of its name (found on elderly-care pages)
    row('Năm 2023, 86 gia đình được công nhận danh hiệu "Gia đình 3 thế hệ gương mẫu".',
        count(86, "gia đình")),
]

# Found on invented pages annotated blind, sixteenth round (vocational training, heritage,
# irrigation, land records).
BLIND_PAGES_SIXTEEN = [
    # places listed with their counts: a number after a name counts when its noun repeats the
    # noun counted before it; guard: a number after a name with no such noun is the name's
    row("Năm 2023, nhiều đình làng nhất là xã Tân Lập với 42 đình làng, xã Phú Mỹ 31 đình làng và xã An "
        "Hòa 27 đình làng.",
        count(42, "đình làng"), count(31, "đình làng"), count(27, "đình làng")),
    row("Năm 2023, đại diện khu Đồng Tâm 2 chia sẻ kinh nghiệm với 40 hộ.", count(40, "hộ")),
    # salinity in parts per thousand is a measurement
    row("Năm 2023, độ mặn tại cửa sông là 9,5‰, cao hơn năm 2022 khoảng 2‰; 16 xã bị ảnh hưởng.",
        count(16, "xã")),
    # kiosks and mass organisations by their kind
    row("Năm 2023, phường lắp 12 ki-ốt tra cứu và phối hợp với 5 đoàn thể chính trị - xã hội.",
        count(12, "ki-ốt"), count(5, "đoàn thể chính trị - xã hội")),
    # Heroic Mothers named with a capital, issues of a bulletin, languages; a road junction's "ba"
    # is no number (found on pages on people with merit and on grassroots information)
    row("Năm 2023, tỉnh còn 21 Mẹ đang sống, trong đó 15 Mẹ sống ở các xã.",
        count(21, "Mẹ"), count(15, "Mẹ")),
    row("Năm 2023, Sở phát hành 18 số bản tin bằng hai thứ tiếng.", count(18, "số bản tin"),
        count(2, "thứ tiếng")),
    row("Năm 2023, khu di tích Ngã ba Đồng Lộc đón 4.200 lượt khách.", count(4200, "lượt khách")),
    # groups picked out by the share each reached, listed with the verb left out or as a span, are
    # counts; the shares are their criteria (found on public-investment pages)
    row("Trong số 64 chủ đầu tư được giao kế hoạch vốn, có 12 đơn vị giải ngân trên 60%; 30 đơn vị đạt "
        "từ 30% đến 60%; 22 đơn vị dưới 30%.",
        count(64, "chủ đầu tư"), count(12, "đơn vị"), count(30, "đơn vị"), count(22, "đơn vị")),
]

# Found judging party-news output (the 54th draw): a supposition opening the sentence counts
# nothing before its consequence; guards: a supposition naming a past time contrasts real figures,
# and an amount told aside in it is real
PRECISION_DRAWS_TWO = [
    row("Nếu thí sinh trả lời sai 2 câu điểm liệt sẽ bị đánh trượt."),
    row("Nếu như trước đây cả xã chỉ có 4 chi bộ thì nay đã có 11 chi bộ.", count(4, "chi bộ"),
        count(11, "chi bộ")),
    row("Nếu năm 2020 huyện kết nạp 90 đảng viên thì năm 2023 kết nạp 130 đảng viên.",
        count(90, "đảng viên"), count(130, "đảng viên")),
    row("Nếu trừ các khoản ghi thu (2.400 tỷ đồng) thì thu ngân sách giảm nhẹ.",
        count(2_400_000_000_000, "đồng")),
]

# Found on invented pages annotated blind, seventeenth round (Party member management, teachers,
# dykes, e-commerce): the items of a breakdown written as labels and figures after its marker, to
# the clause's end, count the noun counted before as those in parentheses do; "Nhật Bản" is no
# village ("bản") before a number
BLIND_PAGES_SEVENTEEN = [
    row("Năm 2023, xã có 96 đảng viên làm việc ở nước ngoài, trong đó Hàn Quốc 41, Nhật Bản 33, Úc 22.",
        count(96, "đảng viên"), count(41, "đảng viên"), count(33, "đảng viên"), count(22, "đảng viên")),
    row("Năm 2023, huyện kết nạp 45 đảng viên, trong đó nữ 20, nam 25; 30 đảng viên là đoàn viên.",
        count(45, "đảng viên"), count(20, "đảng viên"), count(25, "đảng viên"), count(30, "đảng viên")),
    # guard: items adding up to more than the count are no breakdown of it
    row("Năm 2023, huyện có 12 đảng viên ở nước ngoài, trong đó Hàn Quốc 41, Nhật Bản 33.",
        count(12, "đảng viên")),
]

# Found judging party-news output (the 55th draw): a word of rank after a figure or its noun says
# which ones, never what is counted
PRECISION_DRAWS_THREE = [
    row("Trung tâm y tế cấp hai đầu tiên của huyện được khánh thành năm 2019."),
    row("Bốn chiếc đầu tiên sẽ được bàn giao cho xã trong tháng này.", count(4, "chiếc")),
    row("Hai chiếc cuối cùng về đến xã chiều qua.", count(2, "chiếc")),
    # guards: a rank word after a noun the tables or two words name leaves the noun as it is
    row("Huyện có 12 hợp tác xã đầu tiên đạt chuẩn kiểu mới.", count(12, "hợp tác xã")),
    row("Sáu chiếc xe đầu tiên đã lăn bánh trên tuyến mới.", count(6, "chiếc xe")),
    row("Bảy tổ cuối cùng hoàn thành việc kiện toàn.", count(7, "tổ")),
]

# Found on invented pages annotated blind, twenty-first round (law dissemination, sanitation,
# student Party members; phrasings our own): what is left, told as one after "chỉ còn" or "vẫn
# còn", is counted; a figure of a name in single quotation marks counts nothing
BLIND_PAGES_EIGHTEEN = [
    row("Đến nay, huyện chỉ còn một xã chưa có nhà văn hóa.", count(1, "xã")),
    row("Toàn xã vẫn còn một bãi rác chưa được xử lý.", count(1, "bãi rác")),
    row('Ông cho biết: "Xã đã xây dựng mô hình \'Tổ tự quản 3 tốt\' ở 12 thôn."', count(12, "thôn")),
    row("Chương trình ‘Mỗi tuần 2 buổi’ thu hút 300 hội viên.", count(300, "hội viên")),
    # guards: a vague part and a time left
    row("Vẫn còn một bộ phận cán bộ chưa gương mẫu."),
    row("Chỉ còn một tháng nữa là hết năm."),
    # a bound after a share, joined by a conjunction to a clause of its own, is counted; the groups a
    # share counts, listed with "và", keep their bound inside its subject (found reviewing the round)
    row("Năm 2023, kinh tế số chiếm 30% GRDP và có hơn 2.500 doanh nghiệp công nghệ số.",
        rate(30), count(2500, "doanh nghiệp", qualifier="more_than")),
    row("Năm 2023, 100% xã và thị trấn có ít nhất 2 cán bộ được bồi dưỡng.", rate(100)),
]

ROWS = ids("CONTRACT", CONTRACT) + ids("DEV_SET", DEV_SET) + ids("WRITTEN", WRITTEN) + ids("BUGS", BUGS)
ROWS += ids("BLIND_PAGES", BLIND_PAGES) + ids("BLIND_PAGES_TWO", BLIND_PAGES_TWO)
ROWS += ids("PRECISION_DRAWS", PRECISION_DRAWS) + ids("BLIND_PAGES_THREE", BLIND_PAGES_THREE)
ROWS += ids("BLIND_PAGES_FOUR", BLIND_PAGES_FOUR) + ids("BLIND_PAGES_FIVE", BLIND_PAGES_FIVE)
ROWS += ids("BLIND_PAGES_SIX", BLIND_PAGES_SIX) + ids("BLIND_PAGES_SEVEN", BLIND_PAGES_SEVEN)
ROWS += ids("BLIND_PAGES_EIGHT", BLIND_PAGES_EIGHT) + ids("BLIND_PAGES_NINE", BLIND_PAGES_NINE)
ROWS += ids("BLIND_PAGES_TEN", BLIND_PAGES_TEN) + ids("BLIND_PAGES_ELEVEN", BLIND_PAGES_ELEVEN)
ROWS += ids("BLIND_PAGES_TWELVE", BLIND_PAGES_TWELVE) + ids("BLIND_PAGES_THIRTEEN", BLIND_PAGES_THIRTEEN)
ROWS += ids("BLIND_PAGES_FOURTEEN", BLIND_PAGES_FOURTEEN) + ids("BLIND_PAGES_FIFTEEN", BLIND_PAGES_FIFTEEN)
ROWS += ids("BLIND_PAGES_SIXTEEN", BLIND_PAGES_SIXTEEN) + ids("PRECISION_DRAWS_TWO", PRECISION_DRAWS_TWO)
ROWS += ids("BLIND_PAGES_SEVENTEEN", BLIND_PAGES_SEVENTEEN)
ROWS += ids("PRECISION_DRAWS_THREE", PRECISION_DRAWS_THREE)
ROWS += ids("BLIND_PAGES_EIGHTEEN", BLIND_PAGES_EIGHTEEN)


@pytest.mark.parametrize(("sentence", "expected"), ROWS)
def test_count(sentence, expected):
    check_sentence(sentence, expected)
