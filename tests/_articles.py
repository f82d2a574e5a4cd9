"""Hand-built records and small article files for the I/O and batch tests (sentences written here)."""

from __future__ import annotations

from pathlib import Path

from newsfacts.records import Article, Change, Count, Course, Rate, Target

TEXT_A = (
    "Trong năm, huyện mở 4 lớp bồi dưỡng kết nạp đảng cho 312 học viên. "
    "Tỷ lệ đảng viên trẻ đạt 21,5%, tăng gần 3% so với năm trước."
)
TEXT_B = "Đảng bộ xã phấn đấu đến năm 2027 kết nạp 45 đảng viên mới; hiện có 1.250 đảng viên."

ARTICLE_TEXTS = {
    "a.txt": "Huyện đã kết nạp 87 đảng viên mới trong sáu tháng đầu năm.\n",
    "b.txt": "Toàn tỉnh có 92,4% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ.\n",
    "sub/c.txt": "Thành ủy mở 2 lớp trung cấp lý luận chính trị cho 140 học viên.\n",
    "sub/d.txt": "Năm qua đã kiểm tra 36 tổ chức đảng và 118 đảng viên.\n",
}


def article_a(source: str = "news/a.txt") -> Article:
    return Article(
        source=source,
        title="Kết quả công tác xây dựng Đảng",
        published="2023-05-02",
        category="Xây dựng Đảng",
        author="Minh Châu",
        facts=[
            Course(
                span=(19, 63),
                evidence=TEXT_A[:68],
                text=TEXT_A[19:63],
                classes=4,
                learners=312,
                program="party_admission",
                rule="course.classes_learners",
            ),
            Rate(
                span=(92, 97),
                evidence=TEXT_A[68:],
                text=TEXT_A[92:97],
                value=21.5,
                subject="tỷ lệ đảng viên trẻ",
                change=Change(direction="increase", value=3, qualifier="nearly"),
            ),
        ],
    )


def article_b(source: str = "news/b.txt") -> Article:
    return Article(
        source=source,
        title=None,
        published=None,
        facts=[
            Target(
                span=(41, 54), evidence=TEXT_B, text=TEXT_B[41:54], value=45, unit="đảng viên", deadline=2027
            ),
            Count(
                span=(72, 87),
                evidence=TEXT_B,
                text=TEXT_B[72:87],
                value=1250,
                unit="đảng viên",
                qualifier="range",
                value_max=1300,
            ),
        ],
    )


def article_empty(source: str = "news/empty.txt") -> Article:
    return Article(source=source, title="Không có số liệu")


def write_articles(root: Path, texts: dict[str, str] = ARTICLE_TEXTS) -> list[Path]:
    """Write small article files under ``root``; returns their paths in sorted order."""
    paths = []
    for name, text in texts.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return sorted(paths)
