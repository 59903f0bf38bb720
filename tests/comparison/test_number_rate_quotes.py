"""An exchange rate written as a bare number against the dollar in English and as baht
per dollar in Thai is one rate. Examples written for these tests."""

from number_problems import number_problems


def test_a_changed_rate_is_one_mismatch():
    en = "The baht closed at 34.20 against the US dollar on Friday."
    th = "เงินบาทปิดตลาดวันศุกร์ที่ 34.02 บาทต่อดอลลาร์สหรัฐ"
    assert [p[0] for p in number_problems(en, th)] == ["mismatch"]


def test_a_kept_rate_is_no_problem():
    en = "The currency traded at 31.80 per dollar in the morning."
    th = "ค่าเงินเคลื่อนไหวที่ 31.80 บาทต่อดอลลาร์ในช่วงเช้า"
    assert number_problems(en, th) == []
