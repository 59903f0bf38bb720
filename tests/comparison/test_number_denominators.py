"""A rate or price is compared with its denominator ("5% a year" / ``ร้อยละ 5 ต่อ
เดือน``, "$600 a tonne" / ``600 ดอลลาร์ต่อกิโลกรัม``), and a share in per cent is not
the same number as points in the translation unless its sentence names a rate, yield
or share ("sales rose 2.5 per cent" / ``2.5 จุดเปอร์เซ็นต์``). Sentences written for
these tests."""

import pytest
from number_problems import number_problems


def _problems(en: str, th: str) -> list[tuple[str, ...]]:
    return [p[:3] for p in number_problems(en, th, embeddings=False)]


@pytest.mark.parametrize(("en", "th", "problem"), [
    ("Microloans charge 4-5% a year.", "สินเชื่อรายย่อยคิดดอกเบี้ยร้อยละ 4-5 ต่อเดือน",
     ("mismatch", "4-5%", "ร้อยละ 4-5")),
    ("Coffee beans fetch about $600 per tonne.", "เมล็ดกาแฟขายได้ราว 600 ดอลลาร์ต่อกิโลกรัม",
     ("mismatch", "$600", "600 ดอลลาร์")),
    ("Car sales rose 2.5 per cent in October.", "ยอดขายรถยนต์เพิ่มขึ้น 2.5 จุดเปอร์เซ็นต์ในเดือนตุลาคม",
     ("mismatch", "2.5 per cent", "2.5 จุดเปอร์เซ็นต์")),
])
def test_another_denominator_or_points_for_a_share_is_a_change(en, th, problem):
    assert _problems(en, th) == [problem]


@pytest.mark.parametrize(("en", "th"), [
    ("Microloans charge 4-5% a year.", "สินเชื่อรายย่อยคิดดอกเบี้ยร้อยละ 4-5 ต่อปี"),
    ("Coffee beans fetch about $600 a tonne.", "เมล็ดกาแฟขายได้ราว 600 ดอลลาร์ต่อตัน"),
    ("Coffee beans fetch about $600 a tonne.", "เมล็ดกาแฟขายได้ราว 600 ดอลลาร์"),
    ("The bank raised its policy rate by 0.25% on Monday.",
     "ธนาคารขึ้นอัตราดอกเบี้ยนโยบาย 0.25 จุดเปอร์เซ็นต์เมื่อวันจันทร์"),
    ("Sales fell 3% a year ago.", "ยอดขายลดลงร้อยละ 3 เมื่อปีก่อน"),
])
def test_the_same_rate_or_a_denominator_on_one_side_is_kept(en, th):
    assert _problems(en, th) == []
