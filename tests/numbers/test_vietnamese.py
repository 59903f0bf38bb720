"""Vietnamese number forms (``numbers/vi.py``): the same keys as the English and Thai
readings, so a Vietnamese original joins its translations. Sentences written by us in
the style of Vietnamese state media."""

from __future__ import annotations

from decimal import Decimal

import pytest

import massmob_nlp as mm
from massmob_nlp.numbers.table import find_numbers
from massmob_nlp.numbers.vi_lexicon import parse_vi_number


def keys(text: str, lang: str = "vi") -> list[str | None]:
    return [m.key for m in find_numbers(text, lang)]


@pytest.mark.parametrize("raw, value", [
    ("1.234,5", "1234.5"), ("7,09", "7.09"), ("1.500", "1500"), ("2.500.000", "2500000"),
    ("7.5", "7.5"), ("1,234.5", "1234.5"), ("12", "12"), ("0,42", "0.42"),
    ("1,234,567", "1234567"),
])
def test_vietnamese_separators(raw: str, value: str) -> None:
    assert parse_vi_number(raw) == Decimal(value)


def test_money_magnitudes_and_percent_join_english_and_thai() -> None:
    vi = "Thành phố chi 55 triệu đồng; kim ngạch đạt 299,6 tỷ USD, tăng 15,4%."
    en = "The city spent 55 million dong; turnover reached $299.6 billion, up 15.4%."
    th = "เมืองใช้เงิน 55 ล้านดอง มูลค่าการค้า 2.996 แสนล้านดอลลาร์ เพิ่มขึ้น 15.4%"
    assert keys(vi) == keys(en, "en") == keys(th, "th") == [
        "money:55000000:VND", "money:299600000000:USD", "percent:15.4"]


def test_thousands_dot_is_no_decimal_in_vietnamese() -> None:
    assert keys("Hơn 2.500 người tham gia, 1.234,5 tỷ đồng.") == [
        "cardinal:2500", "money:1234500000000:VND"]
    # the same digits in an English paragraph stay a decimal
    assert keys("2.500 people", "en") == ["cardinal:2.5"]


def test_dates_are_day_first() -> None:
    assert keys("Hà Nội, ngày 2/9/2024. Sáng 2/9, lễ diễu binh bắt đầu.") == [
        "date:2024-09-02", "date:--09-02"]
    assert keys("Nghị định có hiệu lực từ ngày 1 tháng 1 năm 2025.") == [
        "date:2025-01-01"]
    assert keys("Tháng 12/2024, giá điện tăng.") == ["date:2024-12"]
    assert keys("On September 2, 2024", "en") == ["date:2024-09-02"]


def test_quarters_times_ordinals_and_bodies() -> None:
    assert keys("GDP quý III/2024 tăng 7,4%.") == ["ordinal:3", "year:2024", "percent:7.4"]
    assert keys("Lễ khai mạc lúc 14 giờ 30, kết thúc 16h45.") == ["time:14:30", "time:16:45"]
    assert keys("Quốc hội khóa XV họp kỳ thứ 8; Đại hội XIV của Đảng.") == [
        "ordinal:15", "ordinal:8", "ordinal:14"]


def test_codes_keep_the_shared_key() -> None:
    assert keys("Theo Nghị định 168/2024/NĐ-CP và Quy định 217-QĐ/TW.") == [
        "code:168/2024/ND-CP", "code:217-QD/TW"]


def test_durations_counts_in_words_and_vague_amounts() -> None:
    found = {m.text: (m.key, m.vague) for m in find_numbers(
        "Bị cáo lĩnh 3 năm tù; dự án kéo dài ba năm; hai mươi lăm người bị thương; "
        "hàng nghìn người dân và vài trăm hộ bị ảnh hưởng.", "vi")}
    assert found == {"3 năm": ("duration:3:year", False), "ba năm": ("duration:3:year", False),
                     "hai mươi lăm": ("cardinal:25", False),
                     "hàng nghìn": ("cardinal:1000", True), "vài trăm": ("cardinal:100", True)}
    assert keys("three years", "en") == ["duration:3:year"]


def test_number_words_that_are_no_counts() -> None:
    # thứ Hai is Monday, năm is "year" before a year, ba mẹ is "parents"
    assert keys("Thứ Hai tuần này, ba mẹ em đến thăm; năm 2023 trời mưa nhiều.") == [
        "year:2023"]


def test_qualifiers() -> None:
    quals = [(m.text, m.qualifier) for m in find_numbers(
        "Gần 1,7 triệu người, khoảng 200 hộ, hơn 50 xã; lãi suất cao hơn 1,2 điểm phần "
        "trăm; thặng dư ước đạt 21,4 tỷ USD.", "vi")]
    assert quals == [("1,7 triệu", "nearly"), ("200", "about"), ("50", "over"),
                     ("1,2 điểm phần trăm", None), ("21,4 tỷ USD", "about")]


def test_numbers_table_reads_a_vietnamese_paragraph_as_vietnamese() -> None:
    table = mm.numbers_table(
        "Thành phố Hồ Chí Minh đã chi 55 triệu đồng cho các trường học, tăng 7,09% "
        "so với năm trước.")
    assert table["lang"].tolist() == ["vi", "vi"]
    assert table["key"].tolist() == ["money:55000000:VND", "percent:7.09"]


def test_vietnamese_original_against_english_translation() -> None:
    vi = ("Kim ngạch xuất khẩu 9 tháng đạt 299,6 tỷ USD, tăng 15,4% so với cùng kỳ. "
          "Cả nước có hơn 1,2 triệu lao động có việc làm mới.")
    en = ("Exports in nine months reached US$299.6 billion, up 15.4% year on year. More "
          "than 1.2 million workers found new jobs.")
    c = mm.compare(vi, en, embeddings=False)
    statuses = dict(zip(c.numbers["src_text"], c.numbers["status"]))
    assert statuses == {"9 tháng": "format_only", "299,6 tỷ USD": "format_only",
                        "15,4%": "match", "1,2 triệu": "format_only"}


def test_dateline_month_alone_and_year_ranges() -> None:
    # the day/month of a dateline; "tháng 8" (August) with no year is no number, as the
    # English month name; a span of years is a year range
    assert keys("Đà Nẵng, 14/3 (TTXVN) - Thành phố đón khách quốc tế.") == ["date:--03-14"]
    assert keys("Cuối tháng 8, mưa lớn kéo dài trong giai đoạn 2021-2025.") == [
        "year_range:2021-2025"]
    assert keys("in the 2021-2025 period", "en") == ["year_range:2021-2025"]


def test_estimated_growth_and_or_more() -> None:
    quals = [(m.key, m.qualifier) for m in find_numbers(
        "Xuất khẩu ước tính tăng 6,2%; năm tới phải tăng 9% trở lên, lạm phát 4% trở xuống.",
        "vi")]
    assert quals == [("percent:6.2", "about"), ("percent:9", "at_least"),
                     ("percent:4", "at_most")]


def test_ranges_scale_both_ends() -> None:
    vi = "Dự kiến thu hút 5-6 tỷ USD, chỉ số ở vùng 1.720-1.750 điểm, lãi suất 20-25%."
    en = "It expects US$5-6 billion, the index in the 1,720-1,750 range, rates of 20-25%."
    assert keys(vi) == keys(en, "en") == [
        "money:5000000000-6000000000:USD", "range:1720-1750", "percent:20-25"]


def test_ordinals_in_words() -> None:
    assert keys("Lần đầu tiên chỉ số vượt mốc này; đây là năm thứ hai liên tiếp đội "
                "giành giải nhất, còn đội bạn về hạng nhì.") == [
        "ordinal:1", "ordinal:2", "ordinal:1", "ordinal:2"]
    # thứ Hai alone is Monday; Một before a counted noun is one
    assert keys("Thứ Hai, một lượng vàng tăng giá.") == ["cardinal:1"]


def vague_flags(text: str) -> list[tuple[str | None, bool]]:
    return [(m.key, m.vague) for m in find_numbers(text, "vi")]


def test_mot_is_a_count_after_a_change_and_the_article_otherwise() -> None:
    # "from two weeks down to one week", "only one day", "one more plant": counts
    assert vague_flags("Thời gian cấp phép rút từ hai tuần xuống còn một tuần.") == [
        ("duration:2:week", False), ("duration:1:week", False)]
    assert vague_flags("Chỉ một ngày sau, hãng mở thêm một nhà máy.") == [
        ("duration:1:day", False), ("cardinal:1", False)]
    # "a year ago", "from 2019 to a recent day": the article, as Thai classifier + หนึ่ง
    assert vague_flags("Một năm trước, tỉnh có một nhà máy.") == [
        ("duration:1:year", True), ("cardinal:1", True)]
    assert vague_flags("Từ năm 2019 đến một ngày gần đây.") == [
        ("year:2019", False), ("duration:1:day", True)]


def test_clock_times_ranks_multipliers_and_hyphenated_codes() -> None:
    # a dateline's clock time, "at 07:45"; a score stays two numbers
    assert keys("Thứ Sáu, 5/12/2025, 09:05 (GMT+7). Tàu rời ga lúc 07:45; tỷ số 3:1.") == [
        "date:2025-12-05", "time:09:05", "code:UTC+7", "time:07:45", "cardinal:3",
        "cardinal:1"]
    # "came third" (not Tuesday), "more than doubled", "three times", a disease code
    rows = [(m.key, m.qualifier) for m in find_numbers(
        "Hàn Quốc đứng thứ ba; lượng khách tăng hơn gấp đôi, doanh thu gấp ba lần "
        "so với trước dịch COVID-19. Vào thứ Ba, đoàn khởi hành.", "vi")]
    assert rows == [("ordinal:3", None), ("cardinal:2", "over"), ("cardinal:3", None),
                    ("code:19", None)]
    en = [(m.key, m.qualifier) for m in find_numbers(
        "South Korea came third; arrivals more than doubled, revenue tripled from "
        "before COVID-19.", "en")]
    assert en == rows


def test_qualifiers_quá_chưa_đầy_and_out_of() -> None:
    rows = [(m.key, m.qualifier) for m in find_numbers(
        "Không ai phải đi quá 15 km; lần tăng thứ hai trong chưa đầy năm tháng; "
        "Việt Nam xếp thứ 40 trên 120 nền kinh tế.", "vi")]
    assert rows == [("cardinal:15", "over"), ("ordinal:2", None),
                    ("duration:5:month", "under"), ("ordinal:40", None),
                    ("cardinal:120", None)]


@pytest.mark.parametrize(("text", "keys"), [
    # a market report names a session by its weekday: "on Tuesday", no rank
    ("VN-Index giảm 12,5 điểm trong phiên thứ ba, khi khối ngoại bán ròng 800 tỷ đồng.",
     ["cardinal:12.5", "money:800000000000:VND"]),
    ("Cổ phiếu ngân hàng giảm mạnh trong phiên sáng thứ sáu.", []),
    # a sequence stays a rank
    ("VN-Index tăng phiên thứ ba liên tiếp, lên 1.650 điểm.", ["ordinal:3", "cardinal:1650"]),
    ("Quốc hội bước vào phiên họp thứ ba, thảo luận về ngân sách.", ["ordinal:3"]),
])
def test_a_trading_session_named_by_its_weekday_is_no_rank(text, keys):
    assert mm.numbers_table(text, lang="vi")["key"].tolist() == keys


def test_percentage_points_are_points_in_all_three_languages() -> None:
    def units(text: str, lang: str) -> list[str | None]:
        return [m.unit for m in find_numbers(text, lang) if m.kind == "percent"]
    assert units("Lạm phát giảm 0,3 điểm phần trăm, còn 3,1%.", "vi") == ["pp", "%"]
    assert units("Inflation fell 0.3 percentage points to 3.1%.", "en") == ["pp", "%"]
    assert units("เงินเฟ้อลดลง 0.3 จุดเปอร์เซ็นต์ เหลือร้อยละ 3.1", "th") == ["pp", "%"]


@pytest.mark.parametrize("text, keys", [
    ("Cầu đóng từ 6 giờ đến 22 giờ ngày 14/3.", ["time:06:00", "time:22:00", "date:--03-14"]),
    ("Đoàn xe xuất phát 7 giờ 15 sáng mai.", ["time:07:15"]),
    ("Chuyến đi kéo dài 12 giờ.", ["duration:12:hour"]),
    ("Họ làm việc từ 8 đến 10 giờ mỗi ngày.", ["cardinal:8", "duration:10:hour"]),
])
def test_gio_is_a_clock_before_a_part_of_the_day_or_a_day(text: str, keys: list[str]) -> None:
    assert mm.numbers_table(text, lang="vi")["key"].tolist() == keys
