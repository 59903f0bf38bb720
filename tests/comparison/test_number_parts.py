"""A number is a part of a mention of the other side only as a whole number written
there (a range end, a date part), never as the integer part of a decimal or the first
group of a thousands number. Sentences written for these tests."""

import pytest

from number_problems import number_problems


def _problems(en, th):
    return number_problems(en, th, embeddings=False)


@pytest.mark.parametrize("en,th,expected", [
    ("Inflation held at 3% in June.", "เงินเฟ้อทรงตัวที่ร้อยละ 3.6 ในเดือนมิถุนายน",
     [("mismatch", "3%", "ร้อยละ 3.6")]),
    ("The donors pledged no more than 1% of their budgets.",
     "ผู้บริจาคให้คำมั่นไม่เกินร้อยละ 1.5 ของงบประมาณ", [("mismatch", "1%", "ร้อยละ 1.5")]),
    ("The river rose 4 metres overnight.", "แม่น้ำสูงขึ้น 4.2 เมตรในชั่วข้ามคืน",
     [("mismatch", "4", "4.2")]),
])
def test_the_integer_part_of_a_decimal_is_a_changed_number(en, th, expected):
    assert _problems(en, th) == expected


@pytest.mark.parametrize("en,th", [
    ("Tickets cost up to 5,000 baht.", "บัตรราคา 3,000-5,000 บาท"),
    ("Fares rose to 45 baht on 1 March.", "ค่าโดยสารขึ้นเป็น 45 บาทเมื่อ 1 มีนาคม"),
    # one amount cut at its first digit groups, the same to 0.1%
    ("Bank credit reached VND2.418 quadrillion by June.",
     "สินเชื่อธนาคารแตะ 2,418,377 พันล้านดองภายในเดือนมิถุนายน"),
])
def test_a_whole_number_inside_a_range_or_date_is_still_a_part(en, th):
    assert _problems(en, th) == []
