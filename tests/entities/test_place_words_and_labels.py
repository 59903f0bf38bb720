"""A Thai place word before a name says it is a place: an English ``PERSON`` for the
same name is the recognizer's mistake. Examples invented for these tests."""

import pytest

from massmob_nlp.entities.similarity import said_a_place
from massmob_nlp.entities.table import match_pairs


@pytest.mark.parametrize("thai,paired", [
    ("จ.อุบลราชธานี", True),
    ("จังหวัดอุบลราชธานี", True),
    ("อุบลราชธานี", False),  # no place word: a close transliteration is still needed
])
def test_a_person_label_yields_to_a_thai_place_word(thai, paired):
    rows = match_pairs([("Ubon Ratchathani", "PERSON", None)], [(thai, "LOC", None)])
    assert bool(rows) is paired


@pytest.mark.parametrize("thai,expected", [
    ("จ.ตาก", True), ("เมืองแอดิเลด", True), ("จ.ส.อ.สมชาย ใจดี", False),
    ("สมชาย ใจดี", False), ("จันทบุรี", False),
])
def test_said_a_place(thai, expected):
    assert said_a_place("Somchai", thai) is expected


def test_nai_after_a_number_counts_officers():
    from massmob_nlp.entities.thai_split import split_person_spans

    text = "มีตำรวจกว่า 300 นายเฝ้าระวังตลอดคืน และนายสมชาย ใจดี กล่าว"
    start = text.index("นายเฝ้า")
    spans = [(start, start + len("นายเฝ้าระวัง"), "PERSON", 0.9),
             (text.index("นายสมชาย"), text.index(" กล่าว"), "PERSON", 0.9)]
    assert [text[s:e] for s, e, *_ in split_person_spans(text, spans)] == ["นายสมชาย ใจดี"]


@pytest.mark.parametrize("latin,thai,close", [
    ("Reuters", "สำนักข่าวรอยเตอร์", True),
    ("Space.com", "สเปซดอตคอม", True),
    ("Reuters", "สำนักข่าวเอพี", False),
])
def test_an_outlet_is_scored_without_its_kind_and_domain(latin, thai, close):
    from massmob_nlp.entities import MIN_MATCH_SCORE, name_similarity

    assert (name_similarity(latin, thai) >= MIN_MATCH_SCORE) is close
