"""The last one of a counted group: "two judges ..., the third" / ``อีก 1 คน``. No problem
when the English counts the others; a Thai ``อีก 1`` with no such English, or an
ordinal after a count of another size, is still reported. Sentences written for these
tests."""

from number_problems import number_problems


def _problems(en: str, th: str) -> list[tuple[str, ...]]:
    return [p[:3] for p in number_problems(en, th, embeddings=False)]


def test_the_third_judge_is_the_thai_one_more():
    en = "Two referees gave the bout to the visitor, while the third scored it 58-56 for Lee."
    th = "ผู้ตัดสิน 2 คนให้ฝ่ายผู้มาเยือนชนะ ส่วนอีก 1 คนให้ลีชนะ 58-56"
    assert _problems(en, th) == []


def test_the_fourth_candidate_after_three_is_the_thai_one_more():
    en = "Three candidates withdrew on Monday and the fourth is expected to quit by 5pm."
    th = "ผู้สมัคร 3 คนถอนตัวเมื่อวันจันทร์ และคาดว่าอีก 1 คนจะถอนตัวภายในเวลา 17.00 น."
    assert _problems(en, th) == []


def test_a_thai_one_more_with_no_last_one_in_the_english_is_still_added():
    en = "Two referees gave the bout to the visitor and nobody scored it 58-56 for Lee."
    th = "ผู้ตัดสิน 2 คนให้ฝ่ายผู้มาเยือนชนะ ส่วนอีก 1 คนให้ลีชนะ 58-56"
    assert ("added", "", "1") in _problems(en, th)
