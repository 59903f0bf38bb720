"""The name search's check before the Vietnamese syllable score (issue 13): a stretch
whose letters hold no table spelling of one of the name's syllables scores 0 without
its readings being cut, and the score is unchanged wherever it could count."""

from massmob_nlp.entities.names import vi_similarity
from massmob_nlp.entities.thai_search import (
    VI_SEARCH_MIN_SCORE,
    _vi_score,
    _vi_spellings,
    find_in_thai,
)

STRETCHES = ["เหงียน เติน ทัญ", "เหงียน ทัญ", "นาย เหงียน", "ทัญ เหงียน", "ตรัน ทัญ",
             "เจิ่น ทัญ", "ผู้ว่า ราชการ", "เดินทาง มา", "เหงียนทัญ", "ทัญ"]


def _plain(folded: str, thai: str) -> float:
    score = vi_similarity(folded, thai, VI_SEARCH_MIN_SCORE)
    return score if score is not None and score >= VI_SEARCH_MIN_SCORE else 0.0


def test_the_check_never_changes_the_score() -> None:
    scored = 0
    for folded in ("nguyen thanh", "tran thanh", "nguyen", "thanh"):
        for thai in STRETCHES:
            assert _vi_score(folded, thai) == _plain(folded, thai), (folded, thai)
            scored += _plain(folded, thai) > 0
    assert scored >= 4  # some stretches are the name


def test_each_syllable_has_its_table_spellings() -> None:
    spelled = _vi_spellings("nguyen thanh")
    assert spelled is not None and len(spelled) == 2
    assert "เหงียน" in spelled[0] and "ทัญ" in spelled[1]
    assert _vi_spellings("nguyen nguyen") is not None
    assert len(_vi_spellings("nguyen nguyen") or ()) == 1  # a syllable is checked once
    assert _vi_score("nguyen thanh", "เดินทาง มา") == 0.0


def test_a_vietnamese_name_is_still_found_in_a_sentence() -> None:
    text = "ผู้ว่า เหงียน ทัญ ลอง เดินทาง ไป ดู น้ำท่วม ที่ จังหวัด"
    edges = sorted({0, len(text), *(i for i, c in enumerate(text) if c == " "),
                    *(i + 1 for i, c in enumerate(text) if c == " ")})
    found = find_in_thai("Nguyen Thanh Long", text, edges)
    assert found is not None and text[found[0]:found[1]] == "เหงียน ทัญ ลอง"
