"""Number forms of Singaporean, Malaysian, Australian and Indian English papers and their
Thai translations (our own sentences): ``RM2.7bil``, ``lakh crore``, Indian digit groups,
stock-index names, words that say "first" without the number, contract months."""

from __future__ import annotations

import pytest

from massmob_nlp.numbers.table import find_numbers


def _mentions(text: str, lang: str) -> list[tuple[str, str | None, bool]]:
    return [(m.text, m.key, m.vague) for m in find_numbers(text, lang)]


def _keys(text: str, lang: str) -> list[str | None]:
    return [m.key for m in find_numbers(text, lang) if not m.vague]


# ---------------------------------------------------------------- bil, mil, crore
@pytest.mark.parametrize("text,key", [
    ("The council approved a RM1.35bil development plan on Tuesday.", "money:1350000000:MYR"),
    ("Contractors were paid RM48mil for the new bridge.", "money:48000000:MYR"),
    ("The state will spend ₹2.35 lakh crore on roads this year.", "money:2350000000000:INR"),
    ("Arrears stood at ₹3,04,512 crore in March.", "money:3045120000000:INR"),
    ("The city has 1,24,50,000 residents, the census says.", "cardinal:12450000"),
])
def test_asian_scales_and_digit_groups(text: str, key: str) -> None:
    assert _keys(text, "en") == [key]


def test_bare_mil_is_no_million() -> None:
    assert _keys("The coating is 40 mil thick.", "en") == ["cardinal:40"]


@pytest.mark.parametrize("text,key", [
    ("รัฐบาลกลางจัดสรรเงิน 2,500 โครร์รูปีให้รัฐนี้", "money:25000000000:INR"),
    ("หนี้ของรัฐแตะ 8.6 แสนโครร์รูปี", "money:8600000000000:INR"),
])
def test_thai_crore(text: str, key: str) -> None:
    assert _keys(text, "th") == [key]


# ---------------------------------------------------------------- stock indices
@pytest.mark.parametrize("text,code", [
    ("The S&P/ASX 200 slipped 0.4 per cent by the close.", "code:200"),
    ("London's FTSE 100 hit a record on Friday.", "code:100"),
    ("ดัชนี Nikkei 225 ของญี่ปุ่นปิดบวก", "code:225"),
])
def test_stock_index_names_are_vague_codes(text: str, code: str) -> None:
    lang = "th" if "ดัชนี" in text else "en"
    assert [(k, v) for _, k, v in _mentions(text, lang) if k == code] == [(code, True)]
    assert "cardinal:" + code[5:] not in _keys(text, lang)


def test_index_points_stay_numbers() -> None:
    keys = _keys("The Nikkei 225 fell 312 points and the SET 1.2 per cent.", "en")
    assert keys == ["cardinal:312", "percent:1.2"]


# ---------------------------------------------------------------- lexical firsts
@pytest.mark.parametrize("text,word", [
    ("The opener struck a maiden Test century at Lord's.", "maiden"),
    ("The 19-year-old debutant took two wickets.", "debutant"),
    ("Rain washed out the opening session.", "opening"),
    ("The inaugural race drew 4,000 runners.", "inaugural"),
])
def test_words_that_say_first_are_vague_firsts(text: str, word: str) -> None:
    assert (word, "ordinal:1", True) in _mentions(text, "en")


@pytest.mark.parametrize("text", [
    "She kept her maiden name after the wedding.",
    "The opening ceremony starts at 7pm.",
])
def test_maiden_name_and_opening_ceremony_are_no_first(text: str) -> None:
    assert "ordinal:1" not in [k for _, k, _ in _mentions(text, "en")]


def test_contract_month_is_vague() -> None:
    text = "The benchmark third-month March 2026 contract rose 1.1 per cent."
    assert ("third", "ordinal:3", True) in _mentions(text, "en")
    assert "ordinal:3" in _keys("Their third-quarter profit fell 5 per cent.", "en")


# ---------------------------------------------------------------- hyphenated scales
@pytest.mark.parametrize("text,key", [
    ("The probe ends a 2.3-billion-kilometre trip next year.", "cardinal:2300000000"),
    ("Farmers expect a 4.5-million-tonne crop.", "cardinal:4500000"),
    ("The firm signed a $7-billion deal with Hanoi.", "money:7000000000:USD"),
    ("Seoul approved a 12-billion-won subsidy.", "money:12000000000:KRW"),
    ("Delhi unveiled a 450-crore-rupee scheme.", "money:4500000000:INR"),
])
def test_hyphenated_scale_words(text: str, key: str) -> None:
    assert _keys(text, "en") == [key]


def test_hyphenated_won_after_a_score_is_no_money() -> None:
    assert _keys("They won 3-1 at home.", "en") == ["score:3-1"]


# ---------------------------------------------------------------- Thai lunar ranks in words
@pytest.mark.parametrize("text,mention", [
    ("งานบุญจัดในคืนวันขึ้นสิบห้าค่ำ", ("ขึ้นสิบห้าค่ำ", "ordinal:15")),
    ("ชาวบ้านทำบุญวันแรมแปดค่ำ", ("แรมแปดค่ำ", "ordinal:8")),
    ("ประเพณีนี้ตรงกับเดือนสิบสองตามจันทรคติ", ("เดือนสิบสอง", "ordinal:12")),
])
def test_thai_lunar_day_and_month_in_words_are_ranks(text: str, mention: tuple[str, str]) -> None:
    assert mention in [(t, k) for t, k, _ in _mentions(text, "th")]


def test_thai_month_count_in_words_stays_a_length() -> None:
    keys = _keys("เขาพักรักษาตัวหนึ่งเดือนสิบสองวัน", "th")
    assert "ordinal:12" not in keys and keys == ["duration:1:month+12:day"]


# ---------------------------------------------------------------- Thai rate points
@pytest.mark.parametrize("text,key", [
    ("อัตราเงินเฟ้อทั่วไปลดลง 0.4 จุด มาอยู่ที่ 1.9%", "percent:0.4"),
    ("ธนาคารกลางปรับขึ้นอัตราดอกเบี้ยนโยบาย 0.25 จุด", "percent:0.25"),
    ("สัดส่วนผู้สูงอายุเพิ่มขึ้น 1.5 จุด เป็นร้อยละ 20.1", "percent:1.5"),
])
def test_thai_points_of_a_rate_are_percentage_points(text: str, key: str) -> None:
    assert key in _keys(text, "th")


@pytest.mark.parametrize("text,key", [
    ("ดัชนีหุ้นไทยปิดเพิ่มขึ้น 8.5 จุด หรือ 0.6%", "cardinal:8.5"),
    ("ดัชนีความเชื่อมั่นผู้บริโภคลดลง 1.7 จุด", "cardinal:1.7"),
    ("เทศบาลเพิ่มจุดจอดรถเพิ่มขึ้น 6 จุด ลดความแออัดลง 15%", "cardinal:6"),
])
def test_thai_index_points_and_places_stay_counts(text: str, key: str) -> None:
    assert key in _keys(text, "th")


# ---------------------------------------------------------------- pounds as a weight
def test_pounds_converted_to_kilograms_are_a_weight() -> None:
    keys = _keys("The capsule carries 4,200 pounds (1,900 kilograms) of cargo.", "en")
    assert keys == ["cardinal:4200", "cardinal:1900"]


def test_pounds_converted_to_dollars_stay_money() -> None:
    assert "money:900:GBP" in _keys("She paid 900 pounds (about $1,150) for the ticket.", "en")


# ---------------------------------------------------------------- won, tln, chart places
@pytest.mark.parametrize("text,key", [
    ("The stock ended at 41,250 won on Friday.", "money:41250:KRW"),
    ("Each family gets 300,000 won each month.", "money:300000:KRW"),
    ("About 2.4 trillion won will go to farmers.", "money:2400000000000:KRW"),
    ("Cabinet backs 9.6 tln-won package", "money:9600000000000:KRW"),
])
def test_korean_won_after_digits(text: str, key: str) -> None:
    assert _keys(text, "en") == [key]


@pytest.mark.parametrize("text", [
    "Of the 14 candidates, 9 won in the first round.",
    "Park, 31, won the final on Sunday.",
])
def test_won_the_verb_stays_a_count(text: str) -> None:
    assert not any(k and k.endswith(":KRW") for k in _keys(text, "en"))


def test_chart_place_after_at_is_a_rank() -> None:
    assert "ordinal:2" in _keys("Her single entered the chart at No. 2 last week.", "en")
    assert "ordinal:10" not in _keys("Ministers met at No 10 on Monday.", "en")


def test_the_verb_debut_is_no_first() -> None:
    assert _keys("The film debuted at the top of the box office.", "en") == []
    assert ("debut", "ordinal:1", True) in _mentions("He took a wicket on debut.", "en")


# ---------------------------------------------------------------- wire tags, in full
@pytest.mark.parametrize("text", [
    "(3rd LD) Seoul raises growth forecast to 2.1 pct",
    "(ATTN: UPDATES with reaction in paras 7-9) Parliament passes budget",
])
def test_wire_version_tags_hold_no_number(text: str) -> None:
    keys = _keys(text, "en")
    assert "ordinal:3" not in keys and "range:7-9" not in keys


def test_an_ordinal_in_other_brackets_stays() -> None:
    assert "ordinal:2" in _keys("Output rose 3.1 per cent (2nd quarter).", "en")


def test_thai_in_full_is_a_vague_hundred_percent() -> None:
    assert ("เต็มจำนวน", "percent:100", True) in _mentions("รัฐคืนค่าธรรมเนียมเต็มจำนวน", "th")


# ---------------------------------------------------------------- change then level, in money
def test_money_change_then_level_is_no_range() -> None:
    keys = _keys("The toll rose by S$0.50 to S$4.50 on Monday.", "en")
    assert keys == ["money:0.5:SGD", "money:4.5:SGD"]
    assert _keys("Tickets cost from $40 to $90.", "en") == ["money:40-90:USD"]


# ---------------------------------------------------------------- Rs., sen
@pytest.mark.parametrize("text,key", [
    ("The ministry sanctioned Rs. 750 crore for the dam.", "money:7500000000:INR"),
    ("Diesel will cost 15 sen more from Wednesday.", "money:0.15:MYR"),
])
def test_rupees_with_a_point_and_ringgit_cents(text: str, key: str) -> None:
    assert _keys(text, "en") == [key]


def test_thai_sen_and_centimetres() -> None:
    assert _keys("ค่าโดยสารขึ้น 30 เซ็น", "th") == ["money:0.3:MYR"]
    assert _keys("ฝนตกสะสม 30 เซนติเมตร", "th") != ["money:0.3:MYR"]
