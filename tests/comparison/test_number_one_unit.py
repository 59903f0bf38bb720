"""English names one unit with an article or "every"/"per" ("a pound buys", "10p in
every pound", "a basis point is"); Thai writes the one as a number (``1 ปอนด์``, ``ทุก
1 ปอนด์``, ``หนึ่งจุดพื้นฐาน``). That Thai one adds nothing; a Thai one of another unit,
or a bigger amount, is still added. Sentences written for these tests."""

import pytest
from number_problems import number_problems


def _problems(en: str, th: str) -> list[tuple[str, ...]]:
    return [p[:3] for p in number_problems(en, th, embeddings=False)]


@pytest.mark.parametrize(("en", "th"), [
    ("A euro now buys about 38 baht, against 41 baht in 2022.",
     "ปัจจุบันเงิน 1 ยูโรแลกได้ราว 38 บาท เทียบกับ 41 บาทในปี 2022"),
    ("The levy takes 7p from every pound a shopper spends.",
     "ภาษีนี้เก็บ 7 เพนนีจากทุก 1 ปอนด์ที่ผู้ซื้อใช้จ่าย"),
    ("Growers earn $2 for each dollar of seed they buy.",
     "ผู้ปลูกได้ 2 ดอลลาร์ต่อ 1 ดอลลาร์ของเมล็ดพันธุ์ที่ซื้อ"),
    ("A basis point is a small step, and the bank cut by 50 basis points.",
     "หนึ่งจุดพื้นฐานเป็นก้าวเล็ก ๆ และธนาคารลดดอกเบี้ย 50 จุดพื้นฐาน"),
    ("The fee was raised by a tenth of a percentage point last year.",
     "ค่าธรรมเนียมถูกปรับขึ้นหนึ่งในสิบของหนึ่งเปอร์เซ็นต์เมื่อปีที่แล้ว"),
    ("Rates rose by a percentage point in May.",
     "อัตราดอกเบี้ยขึ้นหนึ่งเปอร์เซ็นต์ในเดือนพฤษภาคม"),
])
def test_a_thai_one_for_an_english_article_adds_nothing(en, th):
    assert _problems(en, th) == []


def test_a_thai_one_of_another_currency_is_still_added():
    assert _problems("A euro now buys about 38 baht.",
                     "ปัจจุบันเงิน 1 ดอลลาร์แลกได้ราว 38 บาท") == [("added", "", "1 ดอลลาร์")]


def test_a_thai_amount_above_one_is_still_added():
    assert _problems("A euro now buys about 38 baht.",
                     "ปัจจุบันเงิน 2 ยูโรแลกได้ราว 38 บาท") == [("added", "", "2 ยูโร")]


def test_a_thai_share_above_one_for_an_article_is_still_added():
    assert _problems("The fee was raised by a tenth of a percentage point last year.",
                     "ค่าธรรมเนียมถูกปรับขึ้นหนึ่งในสิบของสองเปอร์เซ็นต์เมื่อปีที่แล้ว") == [
        ("added", "", "สองเปอร์เซ็นต์")]
