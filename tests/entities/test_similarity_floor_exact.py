"""similarity_above with a floor gives name_similarity's score from the floor up and
None below it: the cut edit distances and skipped syllable readings change nothing."""

import pytest

from massmob_nlp.entities.similarity import name_similarity, similarity_above

PAIRS = [
    ("Nguyen Van Hung", "เหงียน วัน หุ่ง"),
    ("Hoang Long", "ฮว่าง ลาน"),
    ("Hat Yai", "หาดใหญ่"),
    ("Nakhon Sawan", "นครสวรรค์"),
    ("Jessica Parker", "เจสสิกา ปาร์กเกอร์"),
    ("Jessica Parker", "เจสสิกา ปาร์ก"),
    ("Daniel Kovac", "แดเนียล โควัค"),
    ("Somchai Boonmee", "สมชาย บุญมี"),
    ("Maria Lopez", "มาเรีย โลเปซ"),
    ("Maria Lopez", "มาริโอ ลูกัส"),
    ("Bangkok", "เชียงใหม่"),
    ("Tom Lee", "ทอม ลี"),
]


@pytest.mark.parametrize("latin,thai", PAIRS)
def test_floor_keeps_the_score_from_the_floor_up(latin: str, thai: str) -> None:
    exact = name_similarity(latin, thai)
    for floor in (0.0, 0.6, 0.8, 0.9):
        got = similarity_above(latin, thai, floor)
        assert got == (exact if exact >= floor else None)


def test_the_pairs_score_on_both_sides_of_the_matcher_floor() -> None:
    scores = [name_similarity(a, b) for a, b in PAIRS]
    assert sum(s >= 0.6 for s in scores) >= 4 and sum(s < 0.6 for s in scores) >= 2


def test_romanized_score_stops_at_the_first_word_that_falls_short() -> None:
    from massmob_nlp.entities.similarity import ROYIN_MIN_SCORE, _romanized_similarity

    assert _romanized_similarity("Somchai Boonmee", "สมชาย บุญมี") >= ROYIN_MIN_SCORE
    assert _romanized_similarity("Somsak Boonmee", "สมชาย บุญมี") == 0.0  # first word
    assert _romanized_similarity("Somchai Kaewmanee", "สมชาย บุญมี") == 0.0  # last word
