"""The Vietnamese syllable score's reading bound (names._assign_bound) skips only
readings that cannot change the score: the score is exact from ``floor`` up."""

import itertools
import math

import pytest

from massmob_nlp.entities import names as N

PAIRS = [
    ("nguyen van hung", "เหงียน วัน หุ่ง"),
    ("tran thi mai", "เจิ่น ถิ หม่าย"),
    ("le duc tho", "เล ดึ๊ก โถ"),
    ("hoang long", "ฮว่าง ลาน"),
    ("do muoi", "โด๋ เหมื่อย"),
    ("ha tinh", "ห่าติ๋ญ"),
    ("bac giang", "บั๊กซาง"),
    ("vinh phuc", "หวิญฟุก"),
    ("pham nhat vuong", "นายฝ่าม เญิ้ต เวือง"),
    ("dong nai", "ด่งนาย"),
    ("tom lee", "ทอม ลี"),
    ("an", "มหาวิทยาลัยเกษตรศาสตร์"),
]


def _exhaustive(latin: str, thai: str) -> float | None:
    lat = N.latin_syllables(latin)
    if lat is None:
        return None
    words = [w for w in N._THAI_SPLIT.split(N.thai_key(thai)) if w]
    best = 0.0
    for n, combo in enumerate(itertools.product(*[N._segmentations(w) for w in words])):
        if n >= 256:
            break
        th = [p for seg in combo for p in seg]
        penalty = 1.0
        while len(th) > len(lat) and not th[0][1]:
            th.pop(0)
            penalty *= 0.95
        exact, bound = N._assign(lat, th), N._assign_bound(lat, th)
        assert bound >= exact, (latin, thai, th)
        best = max(best, penalty * exact)
    return best


@pytest.mark.parametrize("latin,thai", PAIRS)
def test_bounded_score_is_exact_from_the_floor(latin: str, thai: str) -> None:
    exact = _exhaustive(latin, thai)
    assert exact is not None
    for floor in (-math.inf, 0.0, 0.6, 0.95):
        got = N.vi_similarity(latin, thai, floor)
        assert got is not None
        if exact >= floor:
            assert got == exact
        else:
            assert got < floor


def test_the_pairs_span_both_sides_of_the_floor() -> None:
    scores = [N.vi_similarity(a, b) or 0.0 for a, b in PAIRS]
    assert max(scores) >= 0.95 and min(scores) < 0.6


def test_a_table_hit_bounds_at_one_and_another_syllable_at_the_mismatch() -> None:
    key = N.thai_key("วัน")
    assert N._score_bound("van", key, True) == 1.0
    assert N._score_bound("hung", key, True) == N.MISMATCH
    assert N._score_bound("hung", N.thai_key("หุ่ง"), False) >= N.syllable_score(
        "hung", N.thai_key("หุ่ง"), False)
