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
