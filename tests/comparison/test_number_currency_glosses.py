"""An amount converted into another currency beside the amount it converts (``หรือราว
N บาท``, ``(ราว N บาท)``, "or about $N", "($N)") is a gloss: no number added, and no
partner for another amount. A gloss far from the amount's worth, or one the other side
writes in the same currency, is joined as before. Sentences written for these tests."""

import pytest
from number_problems import number_problems


def _problems(en: str, th: str) -> list[tuple[str, ...]]:
    return [p[:3] for p in number_problems(en, th, embeddings=False)]


@pytest.mark.parametrize(("en", "th"), [
    ("A bowl of noodles costs 12,000 rupiah at the stall.",
     "ก๋วยเตี๋ยวหนึ่งชามที่แผงราคา 12,000 รูเปียห์ หรือราว 25 บาท"),
    ("The fund will reach US$30 billion next year.",
     "กองทุนจะมีมูลค่า 3 หมื่นล้านดอลลาร์สหรัฐ หรือราว 1 ล้านล้านบาท ในปีหน้า"),
    ("The city paid 9 million euros for the bridge.",
     "เมืองจ่ายเงิน 9 ล้านยูโร (ราว 330 ล้านบาท) สำหรับสะพาน"),
    ("The dam cost VND40 billion, or about $1.5 million.",
     "เขื่อนนี้ใช้งบ 4 หมื่นล้านด่ง"),
])
def test_a_conversion_beside_a_kept_amount_is_no_problem(en, th):
    assert _problems(en, th) == []


def test_a_gloss_is_no_partner_of_a_changed_amount():
    got = _problems("The firm will invest 48 billion yen ($310 million) in a new plant.",
                    "บริษัทจะลงทุน 4.8 พันล้านเยน หรือราว 1 หมื่นล้านบาท ในโรงงานแห่งใหม่")
    assert got == [("mismatch", "48 billion yen", "4.8 พันล้านเยน")]


def test_a_gloss_is_no_partner_of_a_dropped_amount():
    got = _problems("The open offers US$1.5 million in prize money. The men's winner will "
                    "collect $150,000.",
                    "รายการนี้มีเงินรางวัลรวม 1.5 ล้านดอลลาร์สหรัฐ (ราว 50 ล้านบาท)")
    assert got == [("missing", "$150,000", "")]


@pytest.mark.parametrize(("en", "th", "problem"), [
    ("The deal is worth $5 million (170 million baht).",
     "ข้อตกลงนี้มีมูลค่า 5 ล้านดอลลาร์ (ราว 150 ล้านบาท)",
     ("mismatch", "170 million baht", "150 ล้านบาท")),
    ("The deal is worth $5 million.", "ข้อตกลงนี้มีมูลค่า 5 ล้านดอลลาร์ หรือราว 1.7 ล้านบาท",
     ("added", "", "1.7 ล้านบาท")),
])
def test_a_conversion_the_other_side_gives_or_far_off_is_still_checked(en, th, problem):
    assert problem in _problems(en, th)


def test_a_dropped_clause_loses_the_amount_and_its_gloss():
    from number_problems import number_problems
    en = ("The province will build 12 km of sea dykes at a cost of 2.6 trillion VND "
          "(about 98 million USD), officials said.")
    th = "เจ้าหน้าที่ระบุว่าจังหวัดจะสร้างเขื่อนกันคลื่นยาว 12 กม."
    got = [p[:3] for p in number_problems(en, th, embeddings=False)]
    assert ("missing", "2.6 trillion VND", "") in got and ("missing", "98 million USD", "") in got
