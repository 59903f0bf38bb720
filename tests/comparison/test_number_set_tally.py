"""A Thai tally of sets before the set scores (``ชนะ 2-1 เซต 6-3, 6-7 (4), 7-5``)
counts the scores after it, tie-break points in brackets included; the English gives
the scores alone, so the tally adds nothing. A tally the scores do not add up to is
still added. Sentences written for these tests."""

from number_problems import number_problems

EN = "Nakamura beat Lindqvist 6-3 6-7(4) 7-5 in the Hua Hin final on Sunday."
TH = "นากามูระเอาชนะลินด์ควิสต์ 2-1 เซต 6-3, 6-7 (4), 7-5 ในนัดชิงที่หัวหินเมื่อวันอาทิตย์"


def _problems(en: str, th: str) -> list[tuple[str, ...]]:
    return [p[:3] for p in number_problems(en, th, embeddings=False)]


def test_a_set_tally_before_scores_with_a_tie_break_adds_nothing():
    assert _problems(EN, TH) == []


def test_a_tally_the_scores_do_not_count_is_still_added():
    th = TH.replace("2-1 เซต 6-3, 6-7 (4), 7-5", "2-1 เซต 6-3, 7-5")
    en = EN.replace("6-3 6-7(4) 7-5", "6-3 7-5")
    assert ("added", "", "2-1") in _problems(en, th)
