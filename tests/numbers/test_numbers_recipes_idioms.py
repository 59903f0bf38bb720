"""Twelves, idioms that hold a number word, a recipe's units and Thai manner words
(numbers/en_lexical.py, en_frames.py, units.py, th.py). Examples written for these tests."""

from __future__ import annotations

import pytest

from massmob_nlp.numbers.table import find_numbers


def _read(text: str, lang: str) -> dict[str, tuple[str | None, float | None, str | None, bool]]:
    return {m.text: (m.key, m.value, m.unit, m.vague) for m in find_numbers(text, lang)}


@pytest.mark.parametrize(("text", "span", "value"), [
    ("Police held about two dozen protesters overnight.", "two dozen", 24.0),
    ("The bakery sold 5 dozen rolls by noon.", "5 dozen", 60.0),
    ("She bought half a dozen eggs.", "half a dozen", 6.0),
])
def test_n_dozen_is_one_count(text: str, span: str, value: float) -> None:
    found = _read(text, "en")
    assert found[span][1] == value
    assert "dozen" not in found


@pytest.mark.parametrize(("text", "span"), [
    ("The quiet lanes feel a million miles from the main road.", "a million"),
    ("After the final whistle the coach was on cloud nine.", "nine"),
    ("The fishermen left the harbour before first light.", "first"),
    ("แผนที่ฉบับนี้วาดโดยนักเดินเรือรุ่นแรก", "แรก"),
    ("ใส่มะเขือเทศผ่าสี่ลงในหม้อ", "สี่"),
])
def test_a_number_word_inside_an_idiom_or_a_manner_is_vague(text: str, span: str) -> None:
    lang = "th" if any("\u0e00" <= c <= "\u0e7f" for c in text) else "en"
    assert _read(text, lang)[span][3] is True


@pytest.mark.parametrize(("text", "lang", "span", "unit"), [
    ("Stir in 3 tbsp soy sauce.", "en", "3", "tbsp"),
    ("Add 2 teaspoons of salt.", "en", "2", "tsp"),
    ("Pour in 2 cups of stock.", "en", "2", "cup"),
    ("Each bowl has 410kcal.", "en", "410", "kcal"),
    ("เติมซีอิ๊ว 3 ช้อนโต๊ะ", "th", "3", "tbsp"),
    ("ใส่เกลือ 2 ช้อนชา", "th", "2", "tsp"),
    ("หนึ่งจานให้พลังงาน 410 กิโลแคลอรี", "th", "410", "kcal"),
    ("ได้ 2 ถ้วยรางวัล", "th", "2", None),
])
def test_kitchen_units_and_food_energy(text: str, lang: str, span: str,
                                       unit: str | None) -> None:
    assert _read(text, lang)[span][2] == unit


@pytest.mark.parametrize(("text", "lang", "span", "unit"), [
    ("ใช้เนื้อหมูครึ่งกิโลกรัม", "th", "ครึ่ง", "kg"),
    ("เติมนมครึ่งลิตร", "th", "ครึ่ง", "L"),
    ("The village is half a mile from the river.", "en", "half a", "mi"),
])
def test_half_of_a_unit(text: str, lang: str, span: str, unit: str) -> None:
    _key, value, got, _ = _read(text, lang)[span]
    assert (value, got) == (0.5, unit)


@pytest.mark.parametrize(("text", "span", "key"), [
    ("He was jailed for 7 1/2 years.", "7 1/2 years", "duration:90:month"),
    ("The trail runs 4 3/4 miles.", "4 3/4", "cardinal:4.75"),
])
def test_a_whole_number_and_a_fraction_are_one_mixed_number(text: str, span: str,
                                                            key: str) -> None:
    found = _read(text, "en")
    assert found[span][0] == key
    assert "1/2" not in found and "3/4" not in found


@pytest.mark.parametrize(("text", "span", "qualifier"), [
    ("Nearly a quarter of the stalls were empty.", "a quarter", "nearly"),
    ("More than half of the seats went to the party.", "half", "over"),
])
def test_a_word_of_approximation_qualifies_a_fraction_word(text: str, span: str,
                                                           qualifier: str) -> None:
    assert {m.text: m.qualifier for m in find_numbers(text, "en")}[span] == qualifier


def test_an_apostrophe_inside_a_name_does_not_cut_its_code() -> None:
    found = _read("The Chang'e-9 lander and Xi'an-4 follow in 2031.", "en")
    assert found["Chang'e-9"][0] == "code:9"
    assert found["Xi'an-4"][0] == "code:4"


@pytest.mark.parametrize(("text", "span", "key"), [
    ("Sunday's games\n13.30 Leeds v Everton\n16.00 Chelsea v Wolves", "13.30", "time:13:30"),
    ("Live updates\n09.45\nThe ferry has docked safely.", "09.45", "time:09:45"),
])
def test_hh_dot_mm_opening_a_list_or_live_line_is_a_clock_time(text: str, span: str,
                                                               key: str) -> None:
    assert _read(text, "en")[span][0] == key


def test_a_decimal_alone_on_a_line_stays_a_decimal() -> None:
    assert _read("Unit price\n4.75\n", "en")["4.75"][0] == "cardinal:4.75"
