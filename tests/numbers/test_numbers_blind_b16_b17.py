"""Reader rules from the blind batches b16 (encyclopedic) and b17 (wire pages), in our
own sentences: Can$ is the Canadian dollar, a modifier between a count and its unit of
time keeps the duration, two-legged ties and sequence adverbs hold no count, one-word
pence are money, a hyphened fraction before a comparative is a fraction, and Thai
``ที่สุดระดับหนึ่ง`` ("one of the most") is the one of English "one of the"."""

from __future__ import annotations

import pytest

from massmob_nlp.numbers.table import find_numbers


def _found(text: str, lang: str = "en") -> list[tuple[str, str | None, bool]]:
    return [(m.text, m.key, m.vague) for m in find_numbers(text, lang)]


@pytest.mark.parametrize("text,found", [
    ("Ottawa pledged a Can$40 million grant and Cdn$2 billion in loans.",
     [("Can$40 million", "money:40000000:CAD", False),
      ("Cdn$2 billion", "money:2000000000:CAD", False)]),
    ("The captain had logged 7,310 flying hours before the crash.",
     [("7,310 flying hours", "duration:7310:hour", False)]),
    ("Repairs took 2,400 man-hours and 15 sick days.",
     [("2,400 man-hours", "duration:100:day", False),
      ("15 sick days", "duration:15:day", False)]),
    ("The star is 40 light years away.", [("40", "cardinal:40", False)]),
    ("United reached the two-legged semi-final, winning 4-1 on aggregate.",
     [("two", "cardinal:2", True), ("4-1", "score:4-1", False)]),
    ("The workers first cleared the site and then poured 30 tonnes of concrete.",
     [("first", "ordinal:1", True), ("30", "cardinal:30", False)]),
    ("She was first elected in 2011.",
     [("first", "ordinal:1", False), ("2011", "year:2011", False)]),
    ("Entry cost sixpence in 1905, later ninepence.",
     [("sixpence", "money:0.06:GBP", False), ("1905", "year:1905", False),
      ("ninepence", "money:0.09:GBP", False)]),
    ("Output was one-fifth below its 2015 peak and a third as much as planned.",
     [("one-fifth", "fraction:1/5", False), ("2015", "year:2015", False),
      ("a third", "fraction:1/3", False)]),
])
def test_blind_batch_rules_en(text: str, found: list[tuple[str, str, bool]]) -> None:
    assert _found(text) == found


def test_thai_superlative_one_of() -> None:
    keys = [m.key for m in find_numbers("เป็นเขื่อนที่สูงที่สุดระดับหนึ่งของเอเชีย", "th")]
    assert keys == ["cardinal:1"]
    assert _found("มาตรการนี้ได้ผลในระดับหนึ่ง", "th") == []


@pytest.mark.parametrize("text,lang,found", [
    ("Only a few dozen of the birds remain, and several hundred nests.", "en",
     [("a few dozen", "cardinal:12", True), ("several hundred", "cardinal:100", True)]),
    ("นกชนิดนี้เหลืออยู่ไม่กี่สิบตัว", "th", [("ไม่กี่สิบ", "cardinal:10", True)]),
    ("A dozen eggs cost $3.", "en", [("A dozen", "cardinal:12", False),
                                     ("$3", "money:3:USD", False)]),
])
def test_a_few_dozen_is_vague(text: str, lang: str, found: list[tuple[str, str, bool]]) -> None:
    assert _found(text, lang) == found
