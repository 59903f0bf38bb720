"""Ranks written ``No.3`` after ``ranked`` or before ``in the world`` / ``on the charts``
(an ordinal, not a code), and a Thai rank followed by a count of years in a row
(``อันดับสองสามปีซ้อน``: rank 2, three years), our own sentences."""

from __future__ import annotations

import pytest

from massmob_nlp.numbers.table import find_numbers


def _keys(text: str, lang: str) -> list[tuple[str, str]]:
    return [(m.text, m.key) for m in find_numbers(text, lang)]


@pytest.mark.parametrize("text,expected", [
    ("The veteran, ranked No.6 in the world, retired on Sunday.", [("No.6", "ordinal:6")]),
    ("She climbed back to No. 4 in the world rankings this week.", [("No. 4", "ordinal:4")]),
    ("The ballad stayed No 2 on the Billboard charts for a month.", [("No 2", "ordinal:2")]),
    ("He is now ranked No. 9 after the final.", [("No. 9", "ordinal:9")]),
    ("Danish No.1 cruises into the quarter-finals", [("No.1", "ordinal:1")]),
    ("The Vietnamese No 3 pulled out with a knee injury.", [("No 3", "ordinal:3")]),
])
def test_english_no_rank_is_an_ordinal(text: str, expected: list[tuple[str, str]]) -> None:
    assert _keys(text, "en") == expected


@pytest.mark.parametrize("text,expected", [
    ("Order No.3A was filed.", [("3A", "code:3")]),
    ("Decision No. 8 in the gazette took effect.", [("8", "code:8")]),
    ("Road No. 3 in the province is closed.", [("3", "code:3")]),
    ("Plan No. 6 was dropped.", [("6", "code:6")]),
])
def test_english_no_code_stays_a_code(text: str, expected: list[tuple[str, str]]) -> None:
    assert _keys(text, "en") == expected


@pytest.mark.parametrize("text,expected", [
    ("สโมสรนี้จบอันดับสองสามปีซ้อน", [("อันดับสอง", "ordinal:2"), ("สามปี", "duration:3:year")]),
    ("บริษัทครองอันดับหนึ่งห้าปีติดต่อกันจนถึงปี 2566",
     [("อันดับหนึ่ง", "ordinal:1"), ("ห้าปี", "duration:5:year"), ("2566", "year:2023")]),
])
def test_thai_rank_then_years_in_a_row(text: str, expected: list[tuple[str, str]]) -> None:
    assert _keys(text, "th") == expected


def test_thai_rank_then_terms_in_a_row() -> None:
    assert _keys("พรรคนี้ได้อันดับสองสามสมัยติดต่อกัน", "th") == [
        ("อันดับสอง", "ordinal:2"), ("สาม", "cardinal:3")]


@pytest.mark.parametrize("text,expected", [
    ("เขาจะกลับมาในอีกสองสามวัน", [("สองสาม", "range:2-3")]),
    ("ทีมรั้งอันดับสิบสองของตาราง", [("อันดับสิบสอง", "ordinal:12")]),
])
def test_thai_ranges_and_compound_ranks_unchanged(text: str,
                                                 expected: list[tuple[str, str]]) -> None:
    assert _keys(text, "th") == expected
