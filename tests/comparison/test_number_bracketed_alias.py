"""A name followed by its short form in brackets that repeats its number ("the 12th
Asian Para Games (Para Games 12)") is one mention: a translation that names it once
loses nothing. A different number in the brackets is still reported. Sentences
written for these tests."""

from number_problems import number_problems

EN = ("Myanmar will host the 12th ASEAN Para Games (Para Games 12) in Yangon, with "
      "1,400 athletes expected.")
TH = "เมียนมาจะเป็นเจ้าภาพอาเซียนพาราเกมส์ครั้งที่ 12 ที่ย่างกุ้ง โดยคาดว่าจะมีนักกีฬา 1,400 คน"


def _problems(en: str, th: str) -> list[tuple[str, ...]]:
    return [p[:3] for p in number_problems(en, th, embeddings=False)]


def test_a_short_name_in_brackets_repeating_the_number_is_no_loss():
    assert _problems(EN, TH) == []


def test_another_number_in_the_brackets_is_still_missing():
    en = EN.replace("(Para Games 12)", "(the 9th held in Myanmar)")
    assert _problems(en, TH) == [("missing", "9th", "")]
