"""Lengths of time in several units (a jail term, an age), clock hours with a part of
the day in words, halves and quarters of an hour, race positions (our own sentences)."""

from __future__ import annotations

import pytest

from massmob_nlp.numbers.table import find_numbers


def _keys(text: str, lang: str) -> list[str]:
    return [m.key for m in find_numbers(text, lang) if m.key is not None]


@pytest.mark.parametrize("text,lang", [
    ("ศาลพิพากษาจำคุกจำเลย 3 ปี 4 เดือน 20 วัน", "th"),
    ("ศาลพิพากษาจำคุกจำเลยสามปีสี่เดือนยี่สิบวัน", "th"),
    ("The court jailed the defendant for three years, four months and 20 days.", "en"),
    ("The court jailed the defendant for 3 years, 4 months and 20 days.", "en"),
])
def test_years_months_and_days_are_one_length_of_time(text: str, lang: str) -> None:
    assert _keys(text, lang) == ["duration:40:month+20:day"]


def test_years_and_months_keep_their_key() -> None:
    assert _keys("The boy was 2 years and 5 months old.", "en") == ["duration:29:month"]
    assert _keys("เด็กชายอายุ 2 ปี 5 เดือน", "th") == ["duration:29:month"]


def test_many_days_after_a_year_are_no_part_of_it() -> None:
    assert _keys("The work ran a year, 45 days late.", "en") == ["duration:45:day"]


def test_a_sentence_end_splits_two_lengths() -> None:
    assert _keys("He served 2 years. 15 days later he left.", "en") == [
        "duration:2:year", "duration:15:day"]


@pytest.mark.parametrize("text,key", [
    ("The ferry docked at 8.45 in the evening.", "time:20:45"),
    ("Voting closes at 6 in the evening.", "time:18:00"),
    ("The blast was heard at around eleven at night.", "time:23:00"),
    ("He left home at 7 in the morning.", "time:07:00"),
    ("Talks resumed at 2 in the afternoon.", "time:14:00"),
])
def test_an_hour_with_its_part_of_the_day(text: str, key: str) -> None:
    assert _keys(text, "en") == [key]


def test_a_curfew_from_night_to_morning() -> None:
    assert _keys("A curfew runs from 9 at night to 6 in the morning.", "en") == [
        "time:21:00-06:00"]


@pytest.mark.parametrize("text", [
    "The home side scored 3 in the afternoon session.",
    "The shares gained 1.75 in the afternoon.",
])
def test_a_count_before_a_part_of_the_day_is_no_time(text: str) -> None:
    assert not any(k.startswith("time:") for k in _keys(text, "en"))


@pytest.mark.parametrize("text,key", [
    ("Rescuers reached the village after a half-hour climb.", "duration:30:minute"),
    ("The minister spoke for half an hour.", "duration:30:minute"),
    ("The bus comes every quarter of an hour.", "duration:15:minute"),
    ("The drill took three quarters of an hour.", "duration:45:minute"),
    ("ทีมกู้ภัยเดินขึ้นเขาราวครึ่งชั่วโมง", "duration:30:minute"),
    ("รถเมล์มาทุก 15 นาที", "duration:15:minute"),
])
def test_parts_of_an_hour(text: str, key: str) -> None:
    lang = "en" if text.isascii() else "th"
    assert _keys(text, lang) == [key]


def test_a_stretch_of_a_match_is_no_length() -> None:
    assert _keys("They scored in the opening half-hour.", "en") == []
    assert _keys("Fans left at the half-hour mark.", "en") == []


@pytest.mark.parametrize("text,key", [
    ("Leclerc crossed the line P3 after he started from P7.", None),
    ("Alonso qualified P2 in Monaco.", "ordinal:2"),
    ("The rookie finished in P9.", "ordinal:9"),
    ("He dropped to P12 after his stop.", "ordinal:12"),
])
def test_race_positions(text: str, key: str | None) -> None:
    keys = _keys(text, "en")
    if key is None:
        assert "ordinal:7" in keys
    else:
        assert keys == [key]


def test_a_lab_grade_stays_a_code() -> None:
    assert _keys("The virus is studied in P4 laboratories.", "en") == ["code:4"]


@pytest.mark.parametrize("text,key", [
    ("ศาลสั่งจำคุกจำเลย 3 ปี 4 เดือน กับอีก 20 วัน", "duration:40:month+20:day"),
    ("ศาลสั่งจำคุกจำเลย 1 ปีกับอีก 6 เดือน", "duration:18:month"),
    ("เขาทำงานที่นี่ 3 ปี และ 2 เดือน", "duration:38:month"),
])
def test_thai_parts_of_a_length_joined_by_a_word(text: str, key: str) -> None:
    assert _keys(text, "th") == [key]
