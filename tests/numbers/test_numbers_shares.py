"""Thai ``สองในสาม`` "two in three" is a share even when the next phrase, after a space,
starts with a classifier word (``ทีม``, ``พรรค``); glued to its classifier (``สองในสามคน``)
or in digits (``4 ใน 10 คน``) it stays two counts (our own sentences)."""

from __future__ import annotations

import pytest

from massmob_nlp.numbers.table import find_numbers


def _keys(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.key) for m in find_numbers(text, "th")]


@pytest.mark.parametrize("text,expected", [
    ("เมื่อตรวจไปแล้วเกือบสามในสี่ ทีมงานพบว่าข้อมูลถูกต้อง", [("สามในสี่", "fraction:3/4")]),
    ("ผลนับได้ราวหนึ่งในห้า พรรคฝ่ายค้านยังนำอยู่", [("หนึ่งในห้า", "fraction:1/5")]),
])
def test_thai_share_before_a_new_phrase(text: str, expected: list[tuple[str, str]]) -> None:
    assert _keys(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("สามในสี่คนไม่เห็นด้วย", [("สาม", "cardinal:3"), ("สี่", "cardinal:4")]),
    ("ผู้ป่วย 3 ใน 10 คน หายดีแล้ว", [("3", "cardinal:3"), ("10", "cardinal:10")]),
])
def test_thai_counts_before_their_classifier(text: str, expected: list[tuple[str, str]]) -> None:
    assert _keys(text) == expected


@pytest.mark.parametrize("text,vague", [
    ("ผู้สมัครอิสระได้คะแนนเสียงลำดับแรกร้อยละ 12", True),
    ("เมื่อนับคะแนนอันดับแรกครบแล้ว ผลยังสูสี", True),
    ("ทีมเยือนจบอันดับแรกของกลุ่ม", False),
])
def test_thai_primary_vote_first_is_a_term(text: str, vague: bool) -> None:
    firsts = [m for m in find_numbers(text, "th") if m.text == "แรก"]
    assert [m.vague for m in firsts] == [vague]


@pytest.mark.parametrize("text,vague", [
    ("The first results are expected after midnight.", True),
    ("Officials saw the first signs of recovery in May.", True),
    ("She won the first race of the season.", False),
])
def test_english_first_results_is_early_not_a_rank(text: str, vague: bool) -> None:
    firsts = [m for m in find_numbers(text, "en") if m.text.lower() == "first"]
    assert [m.vague for m in firsts] == [vague]
