"""Counts English writes in words that Thai says without a number ("once a week" /
``สัปดาห์ละครั้ง``, "in straight games" / ``2 เกมรวด``, "one of the officials said"),
the "one" of "one in 30" / ``1 ใน 30``, and two lengths of time in two units each
(``8 years and three months`` / ``8 ปี 6 เดือน``), which are one length changed, not
one a part of the other. Sentences written for these tests."""

import pytest
from number_problems import number_problems


def _problems(en: str, th: str) -> list[tuple[str, ...]]:
    return [p[:3] for p in number_problems(en, th, embeddings=False)]


@pytest.mark.parametrize(("en", "th"), [
    ("Wash the toys at least once a week.", "ล้างของเล่นอย่างน้อยสัปดาห์ละครั้ง"),
    ("The plan was delayed, one of the officials said.",
     "แหล่งข่าวระบุว่าแผนดังกล่าวล่าช้าออกไป"),
    ("She beat the world champion in straight games on Friday.",
     "เธอเอาชนะแชมป์โลกได้ 2 เกมรวดเมื่อวันศุกร์"),
    ("Heart disease now affects about 2.1 million Thais, or roughly one in 30 adults.",
     "โรคหัวใจส่งผลต่อคนไทยราว 2.1 ล้านคน หรือประมาณ 1 ใน 30 ของผู้ใหญ่"),
])
def test_a_count_said_without_a_number_is_no_problem(en, th):
    assert _problems(en, th) == []


def test_once_with_no_thai_rate_is_still_missing():
    assert _problems("Wash the toys at least once a week.", "ล้างของเล่นให้สะอาดเป็นประจำ") == [
        ("missing", "once", "")]


def test_two_lengths_in_two_units_each_are_one_length_changed():
    assert _problems("He was jailed for 8 years and three months.",
                     "เขาถูกจำคุก 8 ปี 6 เดือน") == [
        ("mismatch", "8 years and three months", "8 ปี 6 เดือน")]
