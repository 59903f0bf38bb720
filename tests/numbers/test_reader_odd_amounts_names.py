"""Thai "X-odd" amounts (a bare scale word with กว่า after it) and a month word that is
part of a name ("Long March 5"), written for this file."""

from __future__ import annotations

import pytest

from massmob_nlp.numbers.table import find_numbers


@pytest.mark.parametrize(("text", "kind", "value", "unit"), [
    ("ค่าซ่อมรถครั้งนี้พันกว่าบาท", "money", 1000.0, "THB"),
    ("เขาเก็บเงินได้หมื่นกว่าบาทต่อเดือน", "money", 10000.0, "THB"),
    ("โครงการนี้ใช้งบร้อยกว่าล้านบาท", "money", 100_000_000.0, "THB"),
    ("ยอดขายโตขึ้นสิบกว่าเปอร์เซ็นต์", "percent", 10.0, "%"),
])
def test_thai_odd_amount_with_its_currency_or_percent(text: str, kind: str, value: float,
                                                      unit: str) -> None:
    (m,) = find_numbers(text, "th")
    assert (m.kind, m.value, m.unit, m.qualifier) == (kind, value, unit, "over")


def test_thai_odd_count_is_a_lower_bound_even_hedged_before() -> None:
    (m,) = find_numbers("มีเด็กมารอรับของขวัญราวสิบกว่าคน", "th")
    assert (m.key, m.qualifier) == ("cardinal:10", "over")
    (m,) = find_numbers("มีเด็กมารอรับของขวัญราว 15 คน", "th")
    assert m.qualifier == "about"


@pytest.mark.parametrize("text", [
    "The probe rode a Long March 5 rocket into orbit.",
    "Engineers said China's Long March 5 performed well.",
])
def test_month_word_inside_a_name_is_no_date(text: str) -> None:
    found = find_numbers(text, "en")
    assert [m.kind for m in found] == ["cardinal"] and found[0].text == "5"


@pytest.mark.parametrize("text", [
    "The rocket will fly on March 5.",
    "Officials said Friday March 5 would be a holiday.",
    "Voters go to the polls on Election Day March 5 in the state.",
    "China's March 5 launch was delayed.",
])
def test_month_day_after_a_weekday_or_lowercase_word_is_a_date(text: str) -> None:
    (m,) = find_numbers(text, "en")
    assert (m.kind, m.key) == ("date", "date:--03-05")


def _one(text: str, lang: str) -> tuple[str, str, str | None, bool]:
    (m,) = find_numbers(text, lang)
    return m.text, m.kind, m.key, m.vague


@pytest.mark.parametrize(("text", "lang", "want"), [
    ("ชาวบ้านลอยกระทงในคืนเพ็ญเดือนยี่", "th", ("เดือนยี่", "ordinal", "ordinal:2", False)),
    ("งานวัดจัดขึ้นทุกเดือนอ้ายของปี", "th", ("เดือนอ้าย", "ordinal", "ordinal:1", False)),
    ("สวนนี้ติดป้ายยี่ห้อดังไว้หน้าร้าน", "th", None),
])
def test_named_lunar_months(text: str, lang: str,
                            want: tuple[str, str, str, bool] | None) -> None:
    assert (find_numbers(text, lang) == []) if want is None else _one(text, lang) == want


def test_international_and_home_forms_of_a_phone_number_join() -> None:
    en = _one("Readers may call +66 2 555 7810 for tickets.", "en")
    th = _one("ผู้อ่านโทรจองบัตรได้ที่ 0 2555 7810", "th")
    assert en[2] == th[2] == "code:025557810"


def test_a_ticket_number_grouped_by_spaces_is_one_code_not_a_rank() -> None:
    found = find_numbers("The jackpot went to ticket number 315 962 this week.", "en")
    assert [(m.text, m.kind, m.key) for m in found] == [("315 962", "code", "code:315962")]
    (m,) = find_numbers("The single climbed to number 4 in the charts.", "en")
    assert m.key == "ordinal:4"


def test_second_before_a_plural_noun_of_rank_is_an_ordinal_not_seconds() -> None:
    found = find_numbers("The three second prizes were paid in cash.", "en")
    assert [(m.text, m.key) for m in found] == [("three", "cardinal:3"),
                                                ("second", "ordinal:2")]
    (m,) = find_numbers("The race was decided by a four second gap.", "en")
    assert m.key == "duration:4:second"


def test_sen_glued_to_the_next_thai_word_is_still_money() -> None:
    assert _one("ค่าโดยสารขึ้น 20 เซ็นตั้งแต่วันนี้", "th")[1:3] == ("money", "money:0.2:MYR")
    assert find_numbers("ทั้งสามฝ่ายเซ็นสัญญา 2 ฉบับ", "th")[0].kind != "money"


@pytest.mark.parametrize(("text", "lang", "key"), [
    ("Lorries queued for miles on Highway 14 after the crash.", "en", "code:14"),
    ("Buses now run along Route 7 every hour.", "en", "code:7"),
    ("รถบรรทุกติดยาวบนทางหลวง 14 หลังเกิดอุบัติเหตุ", "th", "code:14"),
])
def test_a_road_number_is_a_label(text: str, lang: str, key: str) -> None:
    assert _one(text, lang)[1:3] == ("code", key)


@pytest.mark.parametrize(("text", "lang", "label"), [
    ("The V.League restarts after the break.", "en", None),
    ("นักเรียนชั้น ม.3 ไปทัศนศึกษา", "th", "ม.3"),
    ("นักเรียนชั้นประถมศึกษาปีที่ 5 ไปทัศนศึกษา", "th", "ประถมศึกษาปีที่ 5"),
])
def test_thai_school_years_are_vague_and_no_roman_v_in_an_initial(text: str, lang: str,
                                                             label: str | None) -> None:
    found = find_numbers(text, lang)
    if label is None:
        assert found == []
    else:
        assert [(m.text, m.kind, m.vague) for m in found] == [(label, "ordinal", True)]


def test_fine_dust_name_is_vague_but_its_reading_is_not() -> None:
    found = find_numbers("PM10 in the valley reached 180 micrograms.", "en")
    assert [(m.key, m.vague) for m in found][:2] == [("code:10", True), ("cardinal:180", False)]


@pytest.mark.parametrize(("text", "lang"), [
    ("The ministry issued Bulletin No. 77/2025 on Friday.", "en"),
    ("กระทรวงออกประกาศฉบับที่ 77/2568 เมื่อวันศุกร์", "th"),
    ("ศาลรับฟ้องคดีหมายเลขดำที่ อ 77/2568 แล้ว", "th"),
])
def test_a_document_number_of_a_year_is_its_code_and_its_year(text: str, lang: str) -> None:
    assert [m.key for m in find_numbers(text, lang)] == ["code:77", "year:2025"]


def test_an_english_grade_stays_a_count_as_the_thai_transliteration() -> None:
    en = find_numbers("Pupils in grade 9 sat the test.", "en")
    th = find_numbers("นักเรียนเกรด 9 เข้าสอบ", "th")
    assert [(m.key, m.vague) for m in en] == [(m.key, m.vague) for m in th] == [
        ("cardinal:9", False)]


@pytest.mark.parametrize(("text", "lang"), [
    ("The holiday checks run from Dec 30 to Jan 3, 2027 on main roads.", "en"),
    ("ด่านตรวจตั้งแต่วันที่ 30 ธันวาคม 2569 ถึงวันที่ 3 มกราคม 2570 บนถนนสายหลัก", "th"),
])
def test_a_date_range_over_new_year_starts_the_year_before(text: str, lang: str) -> None:
    assert [m.key for m in find_numbers(text, lang)] == ["date:2026-12-30/2027-01-03"]
