"""Numbers inside the names of things that translations write without the number: the
tenor of a central bank's policy rate and the type of diabetes (vague, still joined)."""

from __future__ import annotations

import pytest

from massmob_nlp.numbers.table import find_numbers


@pytest.mark.parametrize(("text", "word", "key"), [
    ("The central bank held its one-day repurchase rate at 2.5% on Thursday.", "one-day",
     "duration:1:day"),
    ("The PBOC lowered the seven-day reverse repo rate to 1.4%.", "seven-day",
     "duration:1:week"),
    ("It injected funds through 14-day repo operations.", "14-day", "duration:2:week"),
])
def test_policy_rate_tenor_is_vague(text: str, word: str, key: str) -> None:
    (m,) = [m for m in find_numbers(text, "en") if m.text == word]
    assert m.key == key and m.vague


def test_a_day_length_outside_a_rate_name_is_no_name() -> None:
    text = "Staff walked out in a one-day strike over the repo men's pay."
    (m,) = [m for m in find_numbers(text, "en") if m.kind == "duration"]
    assert m.text == "one-day" and not m.vague


@pytest.mark.parametrize(("text", "lang", "number"), [
    ("Cases of type 2 diabetes among teenagers have doubled.", "en", "2"),
    ("She has lived with Type 1 diabetes since she was nine.", "en", "1"),
    ("A type-2 diabetic needs regular eye checks.", "en", "2"),
    ("ผู้ป่วยเบาหวานชนิดที่ 2 ในจังหวัดเพิ่มขึ้นทุกปี", "th", "2"),
    ("เด็กที่เป็นเบาหวานประเภท 1 ต้องฉีดอินซูลินทุกวัน", "th", "1"),
])
def test_diabetes_type_is_a_vague_name(text: str, lang: str, number: str) -> None:
    found = [m for m in find_numbers(text, lang) if m.text.endswith(number)
             and m.key == f"cardinal:{number}"]
    assert len(found) == 1 and found[0].vague


def test_other_types_keep_their_number() -> None:
    found = find_numbers("The plant makes Type 2 cables for 40 clients.", "en")
    assert [(m.text, m.vague) for m in found] == [("2", False), ("40", False)]


@pytest.mark.parametrize("text", [
    "The two-leg final will be played in Hanoi and Jakarta next month.",
    "Their two-leg semi-final tie ended level on aggregate.",
])
def test_a_two_leg_tie_is_home_and_away(text: str) -> None:
    (m,) = [m for m in find_numbers(text, "en") if m.text.lower() == "two"]
    assert m.vague


def test_a_count_of_legs_stays_a_count() -> None:
    found = find_numbers("The table lost two legs in the move.", "en")
    assert [(m.text, m.vague) for m in found] == [("two", False)]


@pytest.mark.parametrize(("text", "lang", "digit"), [
    ("Chiang Rai were relegated from Thai League 1 last season.", "en", "1"),
    ("ลำปางเลื่อนชั้นสู่ไทยลีก 2 หลังชนะนัดสุดท้าย", "th", "2"),
    ("Persija finished fourth in Liga 1 and Lille third in Ligue 1.", "en", "1"),
    ("He rode in Moto2 before moving up to MotoGP.", "en", "2"),
])
def test_a_division_number_is_part_of_its_name(text: str, lang: str, digit: str) -> None:
    found = [m for m in find_numbers(text, lang) if m.text == digit]
    assert found and all(m.vague and m.key == f"code:{digit}" for m in found)


def test_a_count_after_a_league_word_stays_a_count() -> None:
    found = find_numbers("The league has 16 clubs and Thai League teams play 30 games.", "en")
    assert [(m.text, m.vague) for m in found] == [("16", False), ("30", False)]
