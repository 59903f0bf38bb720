"""Number words that are no count in running news text: the generic pronoun "one",
"one" standing for a noun, "ground zero", ordinal idioms and titles, and Thai
"early on" / "runner-up" phrases. They are vague: never reported alone, still joined
by key when the other side has the same number (our own sentences)."""

from __future__ import annotations

import pytest

from massmob_nlp.numbers.table import find_numbers


def _read(text: str, lang: str) -> list[tuple[str, bool]]:
    return [(m.text, m.vague) for m in find_numbers(text, lang)]


@pytest.mark.parametrize("text,lang,expected", [
    ("One can only guess what the minister meant.", "en", [("One", True)]),
    ("One doesn't expect such a crowd on a Monday.", "en", [("One", True)]),
    ("The new bridge replaces an old one.", "en", [("one", True)]),
    ("Her voice is a calm one in a noisy debate.", "en", [("one", True)]),
    ("The city centre was ground zero for the protests.", "en", [("zero", True)]),
    ("The country aims for net zero by 2050.", "en", [("zero", True), ("2050", False)]),
    ("The police promised zero tolerance.", "en", [("zero", True)]),
    ("On one level, the reform is a success.", "en", [("one", True)]),
    ("The two leaders held one-on-one talks.", "en", [("two", False), ("one", True)]),
    ("At one point, the crowd rushed the gates.", "en", [("one", True)]),
    ("The audit was done by a third-party firm.", "en", [("third", True)]),
    ("The First Lady opened the school.", "en", [("First", True)]),
    ("Reporters saw the damage first-hand.", "en", [("first", True)]),
    ("ในช่วงแรกๆ ของการระบาด ผู้คนตื่นตระหนก", "th", [("แรก", True)]),
    ("ในระยะแรกรัฐบาลยังลังเล", "th", [("แรก", True)]),
    ("กรรมการประกาศให้รองอันดับหนึ่งเป็นผู้ชนะ", "th", [("อันดับหนึ่ง", True)]),
])
def test_idioms_are_vague(text, lang, expected):
    assert _read(text, lang) == expected


@pytest.mark.parametrize("text,lang,expected", [
    ("One of the ministers resigned.", "en", [("One", False)]),
    ("Two were killed and one may lose his sight.", "en", [("Two", False), ("one", False)]),
    ("One person died in the fire.", "en", [("One", False)]),
    ("The firm has zero debt.", "en", [("zero", False)]),
    ("Fears of a third world war grew.", "en", [("third", False)]),
    ("It was the first time the team won.", "en", [("first", False)]),
    ("เขาได้อันดับหนึ่งของการแข่งขัน", "th", [("อันดับหนึ่ง", False)]),
    ("นี่เป็นครั้งแรกที่ทีมชนะ", "th", [("แรก", False)]),
])
def test_counts_stay_counts(text, lang, expected):
    assert _read(text, lang) == expected


@pytest.mark.parametrize("text,expected", [
    # "first" as "for the first time" is a number a translation can lose
    ("The two leaders first met in Hanoi in 2015.",
     [("two", False), ("first", False), ("2015", False)]),
    ("Buyers want a cheap car but rarely find one.", [("one", True)]),
    ("She found one in the attic and two in the barn.", [("one", False), ("two", False)]),
])
def test_adverb_first_and_one_after_a_verb(text, expected):
    assert _read(text, "en") == expected


@pytest.mark.parametrize("text,expected", [
    ("ผู้ชมหลักหมื่นคนแห่มาชมขบวนแห่", [("หลักหมื่น", True)]),  # tens of thousands
    ("รัฐบาลประสบความสำเร็จในระดับหนึ่ง", []),                   # to some extent
    ("ผู้ต้องขังได้รับอิสระได้ระดับหนึ่ง", []),
])
def test_thai_vague_orders_of_magnitude_and_to_some_extent(text, expected):
    assert _read(text, "th") == expected


@pytest.mark.parametrize("text,expected", [
    ("Rice exports rose threefold.", [("threefold", False)]),
    ("Prices jumped tenfold in a year.", [("tenfold", False)]),
])
def test_fold_is_a_count_of_times(text, expected):
    assert _read(text, "en") == expected
