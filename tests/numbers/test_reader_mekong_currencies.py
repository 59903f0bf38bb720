"""Currencies of Myanmar, Cambodia and Laos (and the region's other currencies in
Vietnamese), and Vietnamese negative numbers, in our own sentences: the kyat ``K``/``Ks``/
``MMK``/``kyats``/``จ๊าด``, the riel ``KHR``/``៛``/``riels``, the kip ``LAK``/``₭``,
``âm 5 độ`` / ``-5 độ C``."""

from __future__ import annotations

import pytest

from massmob_nlp.numbers.table import find_numbers


def _keys(text: str, lang: str) -> list[str | None]:
    return [m.key for m in find_numbers(text, lang) if not m.vague]


# ---------------------------------------------------------------- kyat, riel, kip
@pytest.mark.parametrize("text,keys", [
    ("The junta approved a K750 billion loan for the power grid.",
     ["money:750000000000:MMK"]),
    ("Cooking oil now costs K8,500 a viss in Mandalay markets.", ["money:8500:MMK"]),
    ("Each household in Myanmar was paid K30 per day of work.", ["money:30:MMK"]),
    ("Traders were fined Ks 200,000 each and the firm Ks1.5 million.",
     ["money:200000:MMK", "money:1500000:MMK"]),
    ("The central bank sold MMK1.2 trillion in bonds.", ["money:1200000000000:MMK"]),
    ("A sack of rice rose to 95,000 kyats last week.", ["money:95000:MMK"]),
    ("Phnom Penh bus fares stay at 1,500 riels, about KHR 1,500 a ride.",
     ["money:1500:KHR", "money:1500:KHR"]),
    ("A bowl of noodles sells for ៛6,000 near the market.", ["money:6000:KHR"]),
    ("The Lao government paid LAK 2.5 billion and ₭40,000 per family.",
     ["money:2500000000:LAK", "money:40000:LAK"]),
    ("Vendors charge 20,000 kips a kilo.", ["money:20000:LAK"]),
    ("In Myanmar a viss of pork costs K14,000-K16,000 this month.",
     ["money:14000-16000:MMK"]),
    ("Tomatoes cost P80-P95 at the Divisoria market.", ["money:80-95:PHP"]),
])
def test_mekong_money_en(text: str, keys: list[str]) -> None:
    assert _keys(text, "en") == keys


@pytest.mark.parametrize("text", [
    "The K9 unit searched 12 cars at the checkpoint.",
    "She climbed K2 in 2019 without oxygen.",
    "The bill covers K-12 schools across the state.",
])
def test_bare_k_without_money_context_is_no_kyat(text: str) -> None:
    assert not any(k and k.endswith(":MMK") for k in _keys(text, "en"))


@pytest.mark.parametrize("text,keys", [
    ("รัฐบาลทหารอนุมัติเงินกู้ 7.5 แสนล้านจ๊าด", ["money:750000000000:MMK"]),
    ("น้ำมันพืชราคา 8,500 จ๊าดต่อวิส", ["money:8500:MMK"]),
    ("ธนาคารกลางขายพันธบัตร 1.2 ล้านล้านจั๊ต", ["money:1200000000000:MMK"]),
    ("ค่าโดยสารรถเมล์ในพนมเปญยังคงอยู่ที่ 1,500 เรียล", ["money:1500:KHR"]),
    ("รัฐบาลจ่าย 4 หมื่นกีบต่อครอบครัว", ["money:40000:LAK"]),
    ("ทุนสำรอง 15 ล้านล้านรูเปีย", ["money:15000000000000:IDR"]),
])
def test_mekong_money_th(text: str, keys: list[str]) -> None:
    assert _keys(text, "th") == keys


@pytest.mark.parametrize("text,keys", [
    ("Myanmar dự kiến vay 750 tỷ kyat.", ["money:750000000000:MMK"]),
    ("Malaysia chi 1,2 tỷ ringgit cho đường sắt.", ["money:1200000000:MYR"]),
    ("Indonesia dành 15.000 tỷ rupiah cho trợ cấp.", ["money:15000000000000:IDR"]),
    ("Philippines cấp 300 triệu peso cho nông dân.", ["money:300000000:PHP"]),
])
def test_region_money_vi(text: str, keys: list[str]) -> None:
    assert _keys(text, "vi") == keys


# ---------------------------------------------------------------- Vietnamese signs
@pytest.mark.parametrize("text,keys", [
    ("Nhiệt độ ở Sa Pa xuống -3 độ C sáng nay.", ["cardinal:-3"]),
    ("Đỉnh Fansipan có lúc âm 4 độ.", ["cardinal:-4"]),
    ("Năm đó kinh tế tăng trưởng âm 0,7%.", ["percent:-0.7"]),
    ("Lạm phát tháng trước ở mức -0,2%.", ["percent:-0.2"]),
    ("Chỉ số giảm 1,4% so với tuần trước.", ["percent:1.4"]),  # a fall, as "fell 1.4%"
    ("Đội mua thêm 12 chiếc Su-30 và 5-6 tỷ USD vũ khí.",
     ["code:30", "money:5000000000-6000000000:USD"]),
    ("Anh ấy phát âm 5 lần.", ["cardinal:5"]),  # âm "sound": no sign
])
def test_vietnamese_minus(text: str, keys: list[str]) -> None:
    assert [k for k in _keys(text, "vi") if not k.startswith("cardinal:12")] == keys


def test_roman_value_of_empty_match_is_zero_not_a_crash() -> None:
    from massmob_nlp.numbers.en import roman_value
    assert (roman_value(""), roman_value("XIV"), roman_value("IX")) == (0, 14, 9)


@pytest.mark.parametrize("text", ["Vingroup (VIC) rose 2.4%.", "Cổ phiếu VIC tăng 2,4%."])
def test_stock_ticker_of_roman_letters_is_no_number(text: str) -> None:
    assert [k for k in _keys(text, "en" if "rose" in text else "vi")] == ["percent:2.4"]


# ---------------------------------------------------------------- date spans
@pytest.mark.parametrize("text,lang,keys", [
    ("Hội chợ diễn ra từ ngày 12 đến 15/10 tại Cần Thơ.", "vi", ["date:--10-12/--10-15"]),
    ("Kỳ thi kéo dài ngày 4-6/6/2026.", "vi", ["date:2026-06-04/2026-06-06"]),
    ("Triển lãm mở cửa từ ngày 3/8 đến 9/8.", "vi", ["date:--08-03/--08-09"]),
    ("Dự án chạy từ năm 2021 đến năm 2024.", "vi", ["year_range:2021-2024"]),
    ("Mùa mưa kéo dài từ tháng 5 đến tháng 10/2026.", "vi", ["date:2026-05/2026-10"]),
    ("Đợt tiêm diễn ra ngày 2/3 và 9/3.", "vi", ["date:--03-02", "date:--03-09"]),
    ("The fair runs from October 12 to October 15 in Can Tho.", "en",
     ["date:--10-12/--10-15"]),
    ("Voting is open between March 3 and March 9.", "en", ["date:--03-03/--03-09"]),
    ("The final was postponed from March 3 to March 9.", "en",
     ["date:--03-03", "date:--03-09"]),
    ("งานจัดขึ้นตั้งแต่วันที่ 12 ตุลาคม ถึงวันที่ 15 ตุลาคม", "th", ["date:--10-12/--10-15"]),
])
def test_date_spans(text: str, lang: str, keys: list[str]) -> None:
    assert _keys(text, lang) == keys


# ---------------------------------------------------------------- Vietnamese words
@pytest.mark.parametrize("text,keys", [
    ("Ba thị trường lớn nhất chiếm 60% kim ngạch.", ["cardinal:3", "percent:60"]),
    ("Ba mẹ em đều làm nông.", []),
    ("Cậu bé đeo ba lô đến trường.", []),
    ("Trụ sở đặt tại quận Ba Đình.", []),
    ("Đây là di sản thế giới thứ tám của tỉnh.", ["ordinal:8"]),
    ("Ông tái đắc cử nhiệm kỳ thứ hai.", ["ordinal:2"]),
    ("Giải đấu lần thứ mười một thu hút đông khán giả.", ["ordinal:11"]),
    ("Họ gặp nhau vào thứ hai tuần sau.", []),
    ("Buổi lễ diễn ra thứ bảy, 8/11.", ["date:--11-08"]),
])
def test_vietnamese_counts_and_ordinals(text: str, keys: list[str]) -> None:
    assert _keys(text, "vi") == keys


# ---------------------------------------------------------------- lunar dates
@pytest.mark.parametrize("text,lang,keys", [
    ("Lễ hội khai mạc mùng 6 tháng Giêng.", "vi", ["ordinal:6", "ordinal:1"]),
    ("Giỗ Tổ vào mồng 10 tháng 3 âm lịch.", "vi", ["ordinal:10", "ordinal:3"]),
    ("Chợ phiên họp ngày 23 tháng Chạp.", "vi", ["ordinal:23", "ordinal:12"]),
    ("Quốc khánh mùng 2 tháng 9 năm 1945.", "vi", ["date:1945-09-02"]),
    ("Hội nghị khai mạc ngày 10 tháng Hai.", "vi", ["date:--02-10"]),
    ("The festival opens on the 6th day of the first lunar month.", "en",
     ["ordinal:6", "ordinal:1"]),
    ("งานเปิดวันที่ 6 เดือนอ้ายตามปฏิทินจันทรคติ", "th", ["ordinal:6", "ordinal:1"]),
    ("ชาวบ้านไหว้บรรพบุรุษวันที่ 23 เดือนสิบสอง", "th", ["ordinal:23", "ordinal:12"]),
    ("สัญญามีอายุ 10 เดือน", "th", ["duration:10:month"]),
])
def test_lunar_day_and_month_are_ranks(text: str, lang: str, keys: list[str]) -> None:
    assert _keys(text, lang) == keys


@pytest.mark.parametrize("text,key", [
    ("He hopes for at least 68 healthy years.", "duration:68:year"),
    ("The talks need two more weeks.", "duration:2:week"),
    ("It took five long years.", "duration:5:year"),
    ("The star is 3 light years away.", "cardinal:3"),
    ("The clinic saw 68 healthy people.", "cardinal:68"),
])
def test_adjective_between_number_and_time_unit(text: str, key: str) -> None:
    assert _keys(text, "en") == [key]


@pytest.mark.parametrize("text,keys", [
    ("Tân sinh viên năm nhất nhập học tuần này.", ["ordinal:1"]),
    ("Em là học sinh năm ba.", ["ordinal:3"]),
    ("Xe phải kiểm định mỗi năm một lần.", ["cardinal:1"]),
    ("Tôi có một lần gặp ông.", []),  # một: the article
])
def test_vietnamese_class_year_and_once_a_year(text: str, keys: list[str]) -> None:
    assert _keys(text, "vi") == keys


@pytest.mark.parametrize("text,keys", [
    ("Inflation eased to 21.5pc in May, down from 30pc.", ["percent:21.5", "percent:30"]),
    ("Exports fell 4 pc and imports 2.2 pct.", ["percent:4", "percent:2.2"]),
    ("The shop sells a 12-pc cutlery set.", ["cardinal:12"]),
])
def test_pc_after_a_number_is_per_cent(text: str, keys: list[str]) -> None:
    assert _keys(text, "en") == keys


def test_bare_k_amount_in_a_text_of_kyat_amounts() -> None:
    assert _keys("Diesel rose to K3,200 a litre; every K50 rise hits farmers.", "en") == [
        "money:3200:MMK", "money:50:MMK"]


@pytest.mark.parametrize("text,lang,row", [
    ("ค่าเงินยังอยู่เหนือ 2,100 จ๊าดต่อดอลลาร์", "th", ("2,100 จ๊าด", "over")),
    ("รัฐให้วีซ่าแก่คณะตั้งแต่สิบคนขึ้นไป", "th", ("สิบ", "at_least")),
    ("โรงแรมเก็บราวคืนละ 30 ดอลลาร์", "th", ("30 ดอลลาร์", "about")),
    ("The U-23 football team flew home.", "en", ("U-23", "at_most")),
    ("ทีมชาติไทย U23 ลงสนามคืนนี้", "th", ("U23", "at_most")),
])
def test_thai_hedges_and_age_classes(text: str, lang: str, row: tuple[str, str]) -> None:
    assert [(m.text, m.qualifier) for m in find_numbers(text, lang)] == [row]


def test_north_is_no_qualifier() -> None:
    assert [m.qualifier for m in find_numbers("ฝนตกหนักในภาคเหนือ 5 จังหวัด", "th")] == [None]
