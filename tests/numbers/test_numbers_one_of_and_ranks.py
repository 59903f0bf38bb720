"""Reading rules of English and Thai number words behind session-16 false alarms: "one
of N" / หนึ่งใน N, ศูนย์ as "centre", "number one" as a rank, a half after a unit of
time before หลัง ("after"), "N in 10 seconds" as tenths, the kinds of serve in tennis
(our own sentences)."""

from __future__ import annotations

import pytest

from massmob_nlp.numbers.table import find_numbers


def _read(text: str, lang: str) -> list[tuple[str, str | None, bool]]:
    return [(m.text, m.key, m.vague) for m in find_numbers(text, lang)]


@pytest.mark.parametrize("text", [
    "The bridge is one of 14 projects the ministry approved this year.",
    "She was one of three sisters who ran the shop.",
    "The win was one of the two upsets of the night.",
])
def test_english_one_of_a_counted_set_is_vague(text: str) -> None:
    ones = [r for r in _read(text, "en") if r[0].lower() == "one"]
    assert ones == [("one", "cardinal:1", True)]


def test_english_one_of_the_people_still_counts() -> None:
    assert _read("One of the drivers was arrested.", "en") == [("One", "cardinal:1", False)]


def test_thai_one_of_digits_is_one_of_a_set_not_a_fraction() -> None:
    got = _read("สะพานแห่งนี้เป็นหนึ่งใน 14 โครงการที่กระทรวงอนุมัติ", "th")
    assert got == [("หนึ่ง", "cardinal:1", True), ("14", "cardinal:14", False)]


@pytest.mark.parametrize("text,key", [
    ("ผู้สูงอายุหนึ่งใน 4 ของประเทศอยู่ลำพัง", "fraction:1/4"),
    ("แรงงานราว 1 ใน 5 ของทั้งหมดตกงาน", "fraction:1/5"),
    ("หนึ่งในสามของงบประมาณใช้ไปกับถนน", "fraction:1/3"),
])
def test_thai_shares_stay_fractions(text: str, key: str) -> None:
    assert [r[1] for r in _read(text, "th")] == [key]


def test_thai_centre_before_a_name_is_no_zero() -> None:
    assert _read("ผู้แทนจากศูนย์ประสานงาน และ ศูนย์ NDRC เข้าร่วมประชุม", "th") == []
    assert _read("จำนวนผู้ติดเชื้อรายใหม่ลดลงเป็นศูนย์ แล้ว", "th")[0][1] == "cardinal:0"


@pytest.mark.parametrize("text", [
    "Her ballad is tipped to be the Christmas number one this year.",
    "Who will be the summer number one?",
])
def test_number_in_words_is_a_rank(text: str) -> None:
    assert [r[1] for r in _read(text, "en")] == ["ordinal:1"]


def test_no_one_is_nobody() -> None:
    assert _read("No one was injured in the fire.", "en") == []


def test_thai_half_after_a_unit_before_after_clause() -> None:
    got = _read("โครงการจะเสร็จราวสามเดือนครึ่งหลังเริ่มก่อสร้าง", "th")
    assert [r[1] for r in got] == ["duration:3.5:month"]
    got = _read("เขายิงได้ใน 10 นาทีครึ่งหลัง", "th")  # the second half of a match
    assert [r[1] for r in got] == ["duration:10:minute"]


@pytest.mark.parametrize("text", [
    "รถคันนี้ช้ากว่าคู่แข่งราว 3 ใน 10 วินาทีต่อรอบ",
    "เขาตามหลังอยู่สามในสิบวินาที",
])
def test_thai_tenths_of_a_second(text: str) -> None:
    assert [r[1] for r in _read(text, "th")] == ["fraction:3/10"]


def test_thai_n_in_ten_before_a_classifier_stays_two_counts() -> None:
    assert [r[1] for r in _read("ผู้ป่วย 3 ใน 10 คนหายดี", "th")] == ["cardinal:3", "cardinal:10"]


def test_first_serve_is_no_rank() -> None:
    got = _read("She put 71 percent of her first serves in play.", "en")
    assert ("first", "ordinal:1", True) in got
    got = _read("He won the first set 6-4.", "en")
    assert ("first", "ordinal:1", False) in got


@pytest.mark.parametrize("text", [
    "เงินที่เหลือซื้อข้าวแกงไม่ได้สักจาน",
    "ทั้งหมู่บ้านไม่มีใครได้รับเงินชดเชยสักคน",
])
def test_thai_not_even_one_is_a_vague_one(text: str) -> None:
    assert [(r[1], r[2]) for r in _read(text, "th")] == [("cardinal:1", True)]


@pytest.mark.parametrize("text", ["รอสักครู่แล้วค่อยโทรมาใหม่", "เขาไม่ได้มาสัก 10 คน"])
def test_thai_sak_without_a_classifier_or_with_a_number_is_no_one(text: str) -> None:
    assert "cardinal:1" not in [r[1] for r in _read(text, "th")]


def test_english_not_even_one_is_vague() -> None:
    got = _read("His pension does not even pay for one week of rent.", "en")
    assert ("one week", "duration:1:week", True) in got or ("one", "cardinal:1", True) in got
    assert _read("He bought one bowl of noodles.", "en") == [("one", "cardinal:1", False)]


def test_thai_no_casualties_is_a_vague_zero() -> None:
    got = _read("เหตุไฟไหม้โกดังเมื่อคืนนี้ไม่มีผู้บาดเจ็บ", "th")
    assert got == [("ไม่มี", "cardinal:0", True)]
    assert _read("บ้านหลังนี้ไม่มีผู้อาศัยอยู่", "th") == []


@pytest.mark.parametrize("text,key", [
    ("Most of the buyers were in their 30s and 40s.", "range:30-40"),
    ("Hikers in their 50s or 60s were told to rest.", "range:50-60"),
    ("ผู้ซื้อส่วนใหญ่อยู่ในวัย 30-40 ปี", "range:30-40"),
])
def test_two_decades_of_ages_are_one_range(text: str, key: str) -> None:
    assert [r[1] for r in _read(text, "th" if "ผู้" in text else "en")] == [key]


def test_one_decade_of_ages_stays_its_ten_years() -> None:
    assert [r[1] for r in _read("She was in her 30s.", "en")] == ["range:30-39"]


@pytest.mark.parametrize("text", [
    "หุ้นบริษัทพลังงานแห่งนี้เข้าเทรดวันแรกปรับตัวขึ้น 12%",
    "บริษัทเตรียมการเสนอขายหุ้นต่อประชาชนครั้งแรก (IPO) ในปีหน้า",
])
def test_thai_market_terms_with_first_are_vague(text: str) -> None:
    firsts = [r for r in _read(text, "th") if r[0] == "แรก"]
    assert firsts == [("แรก", "ordinal:1", True)]


def test_thai_first_visit_still_counts() -> None:
    assert ("แรก", "ordinal:1", False) in _read("นายกฯ เยือนจีนครั้งแรกในรอบ 5 ปี", "th")


def test_thai_first_film_of_a_series_is_vague() -> None:
    got = _read("ภาคต่อของ Nightfall ภาคแรกทำรายได้ถล่มทลาย", "th")
    assert ("แรก", "ordinal:1", True) in got


@pytest.mark.parametrize("text,key", [
    ("Importers could draw penalties of $30–50 million.", "money:30000000-50000000:USD"),
    ("The sides drew 2-2 in the final.", "score:2-2"),
])
def test_a_currency_makes_an_amount_whatever_the_verb(text: str, key: str) -> None:
    assert [r[1] for r in _read(text, "en")] == [key]


@pytest.mark.parametrize("text", [
    "The visitors pulled one back late in the game.",
    "A zero-emission-zone rule starts in March.",
])
def test_english_idioms_with_number_words_are_vague(text: str) -> None:
    got = _read(text, "en")
    assert got and all(r[2] for r in got)


def test_thai_rank_before_a_spaced_word_stays_a_rank() -> None:
    got = _read("ทีมอันดับ 3 อย่างชลบุรี เอฟซี ก็ชนะเช่นกัน", "th")
    assert [r[1] for r in got] == ["ordinal:3"]


def test_the_second_car_of_a_team_is_no_rank() -> None:
    got = _read("Leclerc won, and Sainz was sixth in the second Ferrari.", "en")
    assert ("second", "ordinal:2", True) in got
    got = _read("Australia collapsed in the second Test on Friday.", "en")
    assert got == [("second", "ordinal:2", False)]
    got = _read("She served in the second Trump administration.", "en")
    assert got == [("second", "ordinal:2", False)]
    got = _read("Norris led, with Piastri fourth in the second McLaren after a slow stop.", "en")
    assert ("second", "ordinal:2", True) in got


@pytest.mark.parametrize("text,expected", [
    ("The striker, who is second in the scoring chart, was rested.", ["ordinal:2"]),
    ("The win lifts her from fifth to second in the world rankings.",
     ["ordinal:5", "ordinal:2"]),
    ("Saving was second nature to her.", []),
])
def test_second_as_a_place_in_a_table(text: str, expected: list[str]) -> None:
    assert [r[1] for r in _read(text, "en")] == expected
