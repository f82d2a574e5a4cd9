"""Metadata is read from the original text: what the page prints, not the normalized copy."""

from __future__ import annotations

import unicodedata

import pytest

import newsfacts

PAGE = (
    "Xây dựng Đảng\n\n"
    "{title}\n\n"
    "Thứ Hai, 04/03/2024\n\n"
    "Huyện ủy tổ chức hội nghị tổng kết. Các đại biểu thảo luận.\n\n"
    "{byline}\n"
)


@pytest.mark.parametrize(
    ("title", "byline", "author"),
    [
        pytest.param("Uỷ ban Kiểm tra Huyện uỷ tổng kết năm", "Hoà Bình", "Hoà Bình", id="old-tone-marks"),
        pytest.param(
            "Hội nghị “Dân vận khéo” năm 2024 thành công", "Quang Minh", "Quang Minh", id="smart-quotes"
        ),
        pytest.param(
            "Khoá học bồi dưỡng cán bộ nữ năm nay khai mạc", "THUỲ LINH", "Thuỳ Linh", id="capitals-recased"
        ),
        pytest.param(
            "Toàn huyện ra quân thực hiện nhiệm vụ năm mới",
            "Vương Hợp- ĐTT.",
            "Vương Hợp",
            id="agency-abbrev",
        ),
        pytest.param(
            "Toàn huyện ra quân thực hiện nhiệm vụ năm mới", "Trí Song Đài TT", "Trí Song", id="agency-tail"
        ),
        # the writer's name closing the article, then a photo caption (issue 12, real news)
        pytest.param(
            "Uỷ ban Kiểm tra Huyện uỷ tổng kết năm",
            "Hoà An\n\nQuang cảnh hội nghị tổng kết.",
            "Hoà An",
            id="old-tone-marks-name-above-a-caption",
        ),
        pytest.param(
            "Khoá học bồi dưỡng cán bộ nữ năm nay khai mạc",
            "THUỲ LINH\n\nẢnh: Quang Hoà",
            "Thuỳ Linh",
            id="capitals-above-a-photo-credit",
        ),
        pytest.param(
            "Toàn huyện ra quân thực hiện nhiệm vụ năm mới",
            "Hoàng Hoài (Huyện Krông Nô) 10:14, 22/11/2022",
            "Hoàng Hoài",
            id="byline-with-place-and-time",
        ),
    ],
)
def test_metadata_is_as_printed(title: str, byline: str, author: str) -> None:
    article = newsfacts.extract(PAGE.format(title=title, byline=byline))
    assert article.title == title
    assert article.author == author
    assert article.category == "Xây dựng Đảng"


def test_nfd_page_gives_the_title_as_decoded() -> None:
    text = unicodedata.normalize(
        "NFD", PAGE.format(title="Hiệu quả công tác đào tạo ở cơ sở", byline="Minh An")
    )
    article = newsfacts.extract(text)
    assert article.title == unicodedata.normalize("NFD", "Hiệu quả công tác đào tạo ở cơ sở")


def test_byline_followed_by_unit_and_link() -> None:
    text = PAGE.format(
        title="Huyện ủy tổng kết công tác năm 2024 tại hội trường", byline="Tin, ảnh: Hoàng Hoài"
    )
    text += "\nBan Tuyên giáo Huyện ủy\n\nhttps://example.vn/tin-tuc\n"
    assert newsfacts.extract(text).author == "Hoàng Hoài"
