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
