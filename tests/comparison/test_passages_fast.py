"""The shortcuts of the comparison's passage and name checks give what the plain
computations give: folding only the chars that fold, and name scores that skip
difflib's ratio when its upper bounds already decide."""

from __future__ import annotations

import difflib

from hypothesis import given, settings
from hypothesis import strategies as st

from massmob_nlp.entities.gazetteer import fold, fold_char
from massmob_nlp.entities.similarity import _bigrams, _name_key, similarity_above
from massmob_nlp.entities.table import MIN_MATCH_SCORE, name_similarity


def _plain_fold(text: str) -> str:
    return "".join(map(fold_char, text))


def _plain_generic(a: str, b: str) -> float:
    """The generic name score computed in full (difflib ratio and bigram Jaccard)."""
    x, y = _name_key(a), _name_key(b)
    if not x or not y:
        return 0.0
    ratio = difflib.SequenceMatcher(None, x, y, autojunk=False).ratio()
    bx, by = _bigrams(x), _bigrams(y)
    return max(ratio, len(bx & by) / len(bx | by))


def test_fold_equals_folding_each_char_over_the_whole_bmp():
    chars = "".join(chr(i) for i in range(0x10000) if not 0xD800 <= i < 0xE000)
    assert fold(chars) == _plain_fold(chars)


@given(st.text(alphabet="aAđĐẫÉé’‘ʼ–—xก่ำ Ωß-'", max_size=30))
@settings(max_examples=200, deadline=None)
def test_fold_equals_folding_each_char(text):
    assert fold(text) == _plain_fold(text)
    assert len(fold(text)) == len(text)


_NAME = st.text(alphabet="abnghiouy ĐđÀạ-", min_size=0, max_size=14)


@given(_NAME, _NAME, st.sampled_from([-1.0, 0.0, 0.3, 0.5, MIN_MATCH_SCORE, 0.75, 1.0]))
@settings(max_examples=400, deadline=None)
def test_latin_score_above_a_floor_is_the_full_score(a, b, floor):
    full = _plain_generic(a, b)
    assert name_similarity(a, b) == full
    assert similarity_above(a, b, floor) == (full if full >= floor else None)


def test_score_at_exactly_the_floor_is_kept():
    a, b = "Lamberton", "Lambretta"
    full = _plain_generic(a, b)
    assert similarity_above(a, b, full) == full
    assert similarity_above(a, b, full + 1e-9) is None


def test_thai_and_latin_names_score_as_name_similarity():
    pairs = [("Nguyen Van An", "เหงียน วัน อาน"), ("Vientiane", "เวียงจันทน์"),
             ("Hanoi", "สภาประชาชนเมือง"), ("Tran Thi Mai", "ตรัน ถิ มาย")]
    for a, b in pairs:
        score = name_similarity(a, b)
        for floor in (0.0, 0.4, MIN_MATCH_SCORE, 0.9):
            assert similarity_above(a, b, floor) == (score if score >= floor else None)
            assert similarity_above(b, a, floor) == similarity_above(a, b, floor)
