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
     ["money:14000:MMK", "money:16000:MMK"]),
    ("Tomatoes cost P80-P95 at the Divisoria market.", ["money:80:PHP", "money:95:PHP"]),
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
