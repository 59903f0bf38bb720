"""Number forms met in the third batch of whole articles (rice, airlines, crypto,
earthquakes, golf, elections; our own sentences): codes that keep their letters,
phone numbers with a trunk zero, elliptic millions, leaderboard scores to par,
a fraction of a percentage point, Thai qualifiers around a distributive or a record,
a Thai run-off, counts of strokes."""

from __future__ import annotations

import pytest

from massmob_nlp.numbers.codes import code_key
from massmob_nlp.numbers.table import find_numbers


def _read(text: str, lang: str) -> list[tuple[str, str | None, bool, str | None]]:
    return [(m.text, m.key, m.vague, m.qualifier) for m in find_numbers(text, lang)]


def _keys(text: str, lang: str) -> list[str | None]:
    return [m.key for m in find_numbers(text, lang)]


# ------------------------------------------------------------------ codes
@pytest.mark.parametrize("text,expected", [
    ("Emissions of NO2 fell while CH4 rose.", ["code:NO2", "code:CH4"]),
    ("The plant burns coal and releases SO2.", ["code:SO2"]),
    ("A new strain of H7N9 was found on the farm.", ["code:H7N9"]),
    ("The airline flies the A350neo-family jets.", ["code:A350NEO"]),
])
def test_codes_glued_to_letters_keep_the_letters(text: str, expected: list[str]) -> None:
    assert _keys(text, "en") == expected


def test_two_formulas_with_the_same_digits_differ() -> None:
    assert _keys("ก๊าซ CO2 และ SO2", "th") == ["code:CO2", "code:SO2"]


@pytest.mark.parametrize("name,key", [
    ("Covid-19", "code:19"), ("โควิด-19", "code:19"), ("B-52", "code:52"),
    ("F1", "code:1"), ("G7", "code:7"), ("MH370", "code:MH370"),
])
def test_hyphenated_words_thai_names_and_one_letter_stay_digits(name: str, key: str) -> None:
    assert code_key(name) == key


# ------------------------------------------------------------------ phones
@pytest.mark.parametrize("text,key", [
    ("ผู้ที่สงสัยติดต่อศูนย์ช่วยเหลือของธนาคารได้ที่ 0800 222 3141", "code:08002223141"),
    ("ข้อมูลเพิ่มเติมของกรมอุตุนิยมวิทยาอยู่ที่ 02 399 4012", "code:023994012"),
    ("Readers with questions can reach the desk on 0300 555 0199 today.",
     "code:03005550199"),
])
def test_trunk_zero_groups_are_one_phone_number_without_a_phone_word(text: str,
                                                                     key: str) -> None:
    assert _keys(text, "th" if "ข" in text else "en") == [key]


def test_counts_in_groups_are_not_phones() -> None:
    assert _keys("ผู้ประสบภัย 120 340 และ 560 คน", "th") == [
        "cardinal:120", "cardinal:340", "cardinal:560"]


# ------------------------------------------------------------------ elliptic millions
def test_bare_m_after_a_count_in_millions_is_millions() -> None:
    text = ("Exports reached 4.2 million tonnes last year and 3.9m in 2021, "
            "and may hit 5.1m.")
    assert _keys(text, "en") == ["cardinal:4200000", "cardinal:3900000", "year:2021",
                                 "cardinal:5100000"]


@pytest.mark.parametrize("text", [
    "She cleared 1.9m in the high jump, and 2 million people watched.",
    "The new sea wall, 3.5m high, cost 2 million pounds to build in 2019.",
])
def test_bare_m_stays_a_length_where_lengths_are_spoken_of(text: str) -> None:
    assert "cardinal:1900000" not in _keys(text, "en")
    assert "cardinal:3500000" not in _keys(text, "en")


# ------------------------------------------------------------------ golf, rates
@pytest.mark.parametrize("text,key", [
    ("Rahm was tied for fifth on six under with two others.", "cardinal:-6"),
    ("Lowry finished at 2 over after a closing 74.", "cardinal:2"),
])
def test_leaderboard_score_to_par_without_par(text: str, key: str) -> None:
    assert key in _keys(text, "en")


@pytest.mark.parametrize("text", [
    "Entry is free for children aged six and under.",
    "Sales on 10 over the weekend were slow.",
    "Tickets at 12 under the old scheme cost less.",
])
def test_under_and_over_outside_a_leaderboard_are_no_score(text: str) -> None:
    assert not any(k is not None and k.startswith("cardinal:-") for k in _keys(text, "en"))


@pytest.mark.parametrize("text,key", [
    ("เขาจบอันดับห้าร่วมที่หกอันเดอร์พาร์", "cardinal:-6"),
    ("โรสจบที่สองโอเวอร์พาร์หลังทำ 75", "cardinal:2"),
])
def test_thai_score_to_par_in_words_and_the_at_before_it(text: str, key: str) -> None:
    keys = _keys(text, "th")
    assert key in keys
    assert "ordinal:6" not in keys and "ordinal:2" not in keys


def test_three_quarters_of_a_percentage_point() -> None:
    assert _keys("The bank raised rates by three-quarters of a percentage point.",
                 "en") == ["percent:0.75"]


# ------------------------------------------------------------------ Thai qualifiers
@pytest.mark.parametrize("text,qual", [
    ("ผู้ป่วยต้องพบแพทย์อย่างน้อยปีละ 2 ครั้ง", "at_least"),
    ("ด่านนี้มีรถผ่านราววันละ 4,000 คัน", "about"),
    ("โรงงานผลิตได้ไม่เกินเดือนละ 300 ตัน", "at_most"),
])
def test_a_qualifier_before_a_distributive_qualifies_the_number(text: str,
                                                                 qual: str) -> None:
    assert _read(text, "th")[0][3] == qual


def test_a_record_high_is_no_at_most() -> None:
    (m,) = _read("ยอดขายยังต่ำกว่าสถิติสูงสุด 12.4 ล้านคัน", "th")
    assert m[1] == "cardinal:12400000" and m[3] is None
    (m,) = _read("ค่าปรับสูงสุด 5,000 บาท", "th")
    assert m[3] == "at_most"


# ------------------------------------------------------------------ one, rounds, strokes
def test_only_one_is_a_count_but_the_only_one_is_not() -> None:
    assert _keys("The ministry approved only one new licence this year.", "en")[0] \
        == "cardinal:1"
    assert _keys("She was the only one in the team to finish.", "en") == []


@pytest.mark.parametrize("text", [
    "Mensah began the day one shot behind the leader.",
    "United ended the season one point clear of City.",
])
def test_one_after_a_stretch_of_play_counts(text: str) -> None:
    (m,) = _read(text, "en")
    assert m[1] == "cardinal:1" and not m[2]


def test_one_standing_for_a_noun_stays_vague() -> None:
    (m,) = _read("They wanted a bigger one.", "en")
    assert m[2]


def test_thai_run_off_is_a_vague_second_round() -> None:
    m = _read("ผู้สมัครสองคนแรกจะเข้าสู่การเลือกตั้งรอบสองในเดือนหน้า", "th")[-1]
    assert m[:3] == ("รอบสอง", "ordinal:2", True)


@pytest.mark.parametrize("text", ["เขานำอยู่หนึ่งสโตรกก่อนหลุมสุดท้าย",
                                  "ทีมเยือนยิงได้หนึ่งประตูในครึ่งหลัง"])
def test_one_before_a_sports_unit_is_a_count(text: str) -> None:
    assert _read(text, "th")[0][1:3] == ("cardinal:1", False)


# ------------------------------------------------------------------ pence, manners of one
@pytest.mark.parametrize("text,key", [
    ("Its shares closed 3.1% lower at 1,262p on Friday.", "money:12.62:GBP"),
    ("The board kept the payout at 24.5p a share.", "money:0.245:GBP"),
    ("A loaf now costs 20 pence more.", "money:0.2:GBP"),
    ("ราคาหุ้นปิดที่ 1,262 เพนซ์", "money:12.62:GBP"),
    ("ปันผลหุ้นละ 24.5 เพนนี", "money:0.245:GBP"),
])
def test_pence_are_money_in_pounds(text: str, key: str) -> None:
    assert key in _keys(text, "th" if "ห" in text else "en")


@pytest.mark.parametrize("text", ["The clip was posted in 1080p.",
                                  "Turnout rose 3pp on the last vote."])
def test_video_lines_and_percentage_points_are_no_pence(text: str) -> None:
    assert not any(k is not None and k.startswith("money") for k in _keys(text, "en"))


@pytest.mark.parametrize("text", ["Volunteers checked the nests one by one.",
                                  "The ministers resigned one after another.",
                                  "Visitors are let in one at a time."])
def test_one_as_a_manner_is_no_count(text: str) -> None:
    assert _keys(text, "en") == []


def test_a_decimal_before_million_after_at_is_no_clock_time() -> None:
    assert _keys("Unemployment stood at 1.48 million in May.", "en")[0] == "cardinal:1480000"


@pytest.mark.parametrize("text", ["กระทรวงได้รับงบประมาณ 3.1 หมื่นล้านบาท",
                                  "ค่าจ้างขั้นต่ำ 370 บาทต่อวัน"])
def test_a_noun_ending_in_a_qualifier_word_is_no_qualifier(text: str) -> None:
    assert _read(text, "th")[0][3] is None


def test_the_qualifier_word_alone_still_qualifies() -> None:
    assert _read("ใช้เงินประมาณ 3.1 หมื่นล้านบาท", "th")[0][3] == "about"


@pytest.mark.parametrize("text,key", [
    ("A magnitude-6.9 earthquake struck the coast.", "cardinal:6.9"),
    ("Forecasters issued a category-3 warning.", "cardinal:3"),
])
def test_a_measure_word_and_hyphen_before_a_number_is_no_name(text: str, key: str) -> None:
    assert _keys(text, "en") == [key]
