"""English "top seed", "top-ranked", "the top spot" name first place with no number;
Thai writes it ``มือวางอันดับ 1``, ``อันดับหนึ่ง``. A Thai rank other than one, or a
rank one where the English says nothing of the top, is still reported. Sentences
written for these tests."""

import pytest
from number_problems import number_problems


def _problems(en: str, th: str) -> list[tuple[str, ...]]:
    return [p[:3] for p in number_problems(en, th, embeddings=False)]


@pytest.mark.parametrize("en", [
    "Top seed Ana Costa of Brazil won 24 of her 30 matches this year.",
    "Top-seeded Ana Costa of Brazil won 24 of her 30 matches this year.",
    "Ana Costa of Brazil, the top-ranked player, won 24 of her 30 matches this year.",
])
def test_top_seed_is_thai_rank_one(en):
    th = "อานา คอสตา มือวางอันดับ 1 จากบราซิล ชนะ 24 จาก 30 นัดในปีนี้"
    assert _problems(en, th) == []


def test_a_thai_rank_two_for_top_seed_is_still_added():
    en = "Top seed Ana Costa of Brazil won 24 of her 30 matches this year."
    th = "อานา คอสตา มือวางอันดับ 2 จากบราซิล ชนะ 24 จาก 30 นัดในปีนี้"
    assert ("added", "", "อันดับ 2") in _problems(en, th)


def test_a_thai_rank_one_with_no_top_in_the_english_is_still_added():
    en = "Ana Costa of Brazil won 24 of her 30 matches this year."
    th = "อานา คอสตา มือวางอันดับ 1 จากบราซิล ชนะ 24 จาก 30 นัดในปีนี้"
    assert ("added", "", "อันดับ 1") in _problems(en, th)


def test_a_pair_beating_the_top_seeds_is_thai_rank_one():
    en = "The Dutch pair beat the top seeds in three sets to reach a 4th final."
    th = "คู่จากเนเธอร์แลนด์เอาชนะมือวางอันดับ 1 ได้ใน 3 เซต เข้าชิงเป็นครั้งที่ 4"
    assert _problems(en, th) == []
