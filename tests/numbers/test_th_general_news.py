"""Thai numbers of general news and the English forms they must join: years after an
era marker, quarters, ``ที่`` inside compound words, very large money, juxtaposed
numerals ("two or three") (our own sentences)."""

from __future__ import annotations

import pytest

from massmob_nlp.numbers.table import find_numbers


def _keys(text: str, lang: str) -> list[str | None]:
    return [m.key for m in find_numbers(text, lang)]


@pytest.mark.parametrize("text,expected", [
    ("วัดนี้สร้างขึ้นเมื่อ พ.ศ. 2325 ในรัชกาลแรก", "year:1782"),
    ("เมืองเก่าแห่งนี้ถูกทิ้งร้างในปี พ.ศ. 1893", "year:1350"),
    ("พระราชบัญญัติฉบับนี้ออกเมื่อพุทธศักราช 2475", "year:1932"),
    ("ปราสาทถูกสร้างขึ้นราวปี ค.ศ. 833", "year:833"),
    ("คริสต์ศักราช 1066 เป็นปีที่อังกฤษถูกรุกราน", "year:1066"),
    ("สะพานไม้สร้างเสร็จในปี 2325 ตามบันทึก", "year:1782"),
    ("งานฉลองจัดขึ้นในปี 2567", "year:2024"),
])
def test_year_after_an_era_marker_whatever_its_size(text: str, expected: str) -> None:
    assert expected in _keys(text, "th")


def test_bare_number_without_marker_stays_a_count() -> None:
    assert _keys("ชาวบ้าน 2325 คนได้รับความช่วยเหลือ", "th") == ["cardinal:2325"]


@pytest.mark.parametrize("text,expected", [
    ("พิธีจัดขึ้นวันที่ 6 เมษายน 2325", "date:1782-04-06"),
    ("ตั้งแต่ 10 มีนาคม พ.ศ. 2325", "date:1782-03-10"),
    ("ระหว่าง พ.ศ. 2325 - 2330 มีการสร้างกำแพง", "year_range:1782-1787"),
])
def test_era_years_in_dates_and_ranges(text: str, expected: str) -> None:
    assert expected in _keys(text, "th")


@pytest.mark.parametrize("text,lang,expected", [
    ("ยอดขายไตรมาส 2/2568 สูงกว่าที่คาด", "th", ["ordinal:2", "year:2025"]),
    ("ผลประกอบการไตรมาสที่ 3 ปี 2567 ดีขึ้น", "th", ["ordinal:3", "year:2024"]),
    ("กำไรไตรมาส 4/67 ลดลง", "th", ["ordinal:4", "year:2024"]),
    ("exports grew in the second quarter of 2025", "en", ["ordinal:2", "year:2025"]),
    ("Q2 2025 earnings beat forecasts", "en", ["ordinal:2", "year:2025"]),
    ("the Q3/2024 report", "en", ["ordinal:3", "year:2024"]),
])
def test_quarters_read_as_ordinal_and_year_on_both_sides(text: str, lang: str,
                                                         expected: list[str]) -> None:
    assert _keys(text, lang) == expected


def test_slash_month_year_outside_a_quarter_stays_a_date() -> None:
    assert _keys("ภายในงวด 2/2568 ต้องชำระ", "th") == ["date:2025-02"]


def test_ordinal_before_a_year_phrase_is_no_length_of_time() -> None:
    assert _keys("นับเป็นครั้งที่ 3 ปีนี้", "th") == ["ordinal:3"]
    assert _keys("เมื่อ 3 ปีที่แล้ว", "th") == ["duration:3:year"]


@pytest.mark.parametrize("text,expected", [
    ("อุทยานมีพื้นที่ 540 ตารางกิโลเมตร", "cardinal:540"),
    ("ฟาร์มแห่งนี้มีเนื้อที่ 50 ไร่", "cardinal:50"),
    ("ตำรวจตรวจค้นสถานที่ 3 แห่ง", "cardinal:3"),
    ("ครูมีหน้าที่ 5 ประการ", "cardinal:5"),
    ("ครอบครัวได้รับที่ดิน 25 ไร่", "cardinal:25"),
    ("ในพื้นที่สามจังหวัดชายแดน", "cardinal:3"),
])
def test_ti_ending_a_compound_word_is_no_ordinal(text: str, expected: str) -> None:
    assert _keys(text, "th") == [expected]


@pytest.mark.parametrize("text,expected", [
    ("นักวิ่งเข้าเส้นชัยเป็นที่ 2", "ordinal:2"),
    ("ทีมเยือนรั้งที่ 5 ของตาราง", "ordinal:5"),
    ("หนังสือเล่มที่ 3 ของชุดนี้", "ordinal:3"),
    ("เธอคว้าที่สามในการแข่งขัน", "ordinal:3"),
])
def test_standalone_ti_is_still_an_ordinal(text: str, expected: str) -> None:
    assert _keys(text, "th") == [expected]


@pytest.mark.parametrize("text,lang,expected", [
    ("รัฐบาลตั้งงบ 1.7 พันล้านล้านด่อง", "th", "money:1700000000000000:VND"),
    ("the state budget of VND1.7 quadrillion", "en", "money:1700000000000000:VND"),
    ("a budget of 1.7 quadrillion dong", "en", "money:1700000000000000:VND"),
    ("หนี้สาธารณะแตะ 2 ล้านล้านบาท", "th", "money:2000000000000:THB"),
    ("บริษัทมีกำไร 1.5 ล้านล้านวอน", "th", "money:1500000000000:KRW"),
    ("the firm made W1.5tn last year", "en", "money:1500000000000:KRW"),
    ("a profit of 1.5 trillion won ($1.1bn)", "en", "money:1500000000000:KRW"),
    ("ค่าเข้าชม 500 เปโซ", "th", "money:500:PHP"),
    ("tickets cost 500 pesos", "en", "money:500:PHP"),
    ("ลงทุน 3 พันล้านดอลลาร์ไต้หวัน", "th", "money:3000000000:TWD"),
    ("an investment of NT$3bn", "en", "money:3000000000:TWD"),
    ("ค่าปรับ 10 ล้านฟรังก์", "th", "money:10000000:CHF"),
    ("a project worth RM2.5bn", "en", "money:2500000000:MYR"),
])
def test_large_money_and_more_currencies_join(text: str, lang: str, expected: str) -> None:
    assert expected in _keys(text, lang)


@pytest.mark.parametrize("text", ["Three million won the right to vote.",
                                  "He drives a BMW 3 series.", "Width W 40cm"])
def test_won_and_w_need_a_scale(text: str) -> None:
    assert not any((k or "").endswith(":KRW") for k in _keys(text, "en"))


@pytest.mark.parametrize("text,lang,expected", [
    ("เขาพักอยู่ที่นั่นสองสามวัน", "th", ["range:2-3"]),
    ("มีคนงานสามสี่คนได้รับบาดเจ็บ", "th", ["range:3-4"]),
    ("ตำรวจเรียกสอบสี่ห้าครั้ง", "th", ["range:4-5"]),
    ("ชาวบ้านสามสี่ร้อยคนมาชุมนุม", "th", ["range:300-400"]),
    ("He stayed there for two or three days.", "en", ["range:2-3"]),
    ("Three or four workers were hurt.", "en", ["range:3-4"]),
])
def test_two_or_three_is_one_range_on_both_sides(text: str, lang: str,
                                                 expected: list[str]) -> None:
    assert _keys(text, lang) == expected


@pytest.mark.parametrize("text,lang", [
    ("สามีภรรยาคู่นี้มีลูกสองคน", "th"),
    ("รถติดที่สามสี่แยกกลางเมือง", "th"),
    ("Voters chose between two or five seats.", "en"),
])
def test_no_range_without_consecutive_numerals(text: str, lang: str) -> None:
    assert not any((k or "").startswith("range:") for k in _keys(text, lang))


@pytest.mark.parametrize("text,vague", [
    ("ร้านค้าตั้งเรียงรายสองข้างทาง", True),
    ("บ้านเรือนสองฝั่งแม่น้ำถูกน้ำท่วม", True),
    ("ชาวบ้านสองฟากฝั่งออกมาต้อนรับ", True),
    ("สะพานใหม่เชื่อมสองฝั่ง", False),
])
def test_both_sides_of_a_road_or_river_is_vague(text: str, vague: bool) -> None:
    assert [m.vague for m in find_numbers(text, "th")] == [vague]


@pytest.mark.parametrize("text,expected", [
    ("ประชาชนหนึ่งในสามยังไม่มีงานทำ", ["fraction:1/3"]),
    ("หนึ่งในห้าของผู้ใหญ่สูบบุหรี่", ["fraction:1/5"]),
    ("สมาชิกสองในสามลงมติเห็นชอบ", ["fraction:2/3"]),
    ("เด็ก 1 ใน 4 ของประเทศมีน้ำหนักเกิน", ["fraction:1/4"]),
    ("ผู้ใหญ่ 3 ใน 10 คนตอบว่าไม่รู้", ["cardinal:3", "cardinal:10"]),
    ("เธอเป็นหนึ่งในผู้นำที่อายุน้อยที่สุด", ["cardinal:1"]),
    ("ไทยติดอันดับ 1 ใน 10 ของโลก", ["cardinal:1", "cardinal:10"]),
])
def test_thai_part_of_a_whole_is_a_fraction_unless_it_counts(text: str,
                                                            expected: list[str]) -> None:
    assert _keys(text, "th") == expected


def test_juxtaposed_numerals_are_vague_like_a_few() -> None:
    found = find_numbers("ราคาน้ำมันจะขึ้นในอีกสองสามวันข้างหน้า", "th")
    assert [(m.key, m.vague) for m in found] == [("range:2-3", True)]


@pytest.mark.parametrize("text,expected", [
    ("พระองค์ครองราชย์ตั้งแต่ปี 2325 ถึงปี 2352", "year_range:1782-1809"),
    ("โครงการดำเนินการระหว่างปี 2563 จนถึงปี 2565", "year_range:2020-2022"),
    ("อาคารถูกใช้งานตั้งแต่ ค.ศ. 2019 ถึง ค.ศ. 2021", "year_range:2019-2021"),
])
def test_year_range_with_the_year_word_repeated(text: str, expected: str) -> None:
    assert _keys(text, "th") == [expected]


@pytest.mark.parametrize("text,expected", [
    ("มีผู้บาดเจ็บสิบกว่าคน", ("cardinal:10", "over")),
    ("ชาวบ้านร้อยกว่าคนมารวมตัวกัน", ("cardinal:100", "over")),
    ("ค่าเช่าเดือนละสองพันกว่าบาท", ("money:2000:THB", "over")),
    ("โครงการใช้งบ 30 กว่าล้านบาท", ("money:30000000:THB", "over")),
    ("เขาทำงานที่นี่มาสามสิบกว่าปี", ("duration:30:year", "over")),
    ("ราคาขึ้นมา 20 กว่า%", ("percent:20", "over")),
])
def test_over_between_a_number_and_its_unit(text: str, expected: tuple[str, str]) -> None:
    assert [(m.key, m.qualifier) for m in find_numbers(text, "th")] == [expected]
