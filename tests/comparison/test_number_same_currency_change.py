"""A changed amount is paired with the amount of the same currency left in its
sentence, not with the translator's conversion into baht beside it, even when the
baht figure is nearer in value (``1.38 ล้านปอนด์`` for £13.8m, with ``(ราว 24 ล้านบาท)``
glossing another amount). Sentences written for these tests."""

from number_problems import number_problems

EN = ("The club's wage bill rose to £13.8 million, including the £520,000 paid to "
      "its new coach.")
TH = ("ค่าจ้างของสโมสรเพิ่มขึ้นเป็น 1.38 ล้านปอนด์ รวมถึง 5.2 แสนปอนด์ "
      "(ราว 24 ล้านบาท) ที่จ่ายให้โค้ชคนใหม่")


def _problems(en: str, th: str) -> list[tuple[str, ...]]:
    return [p[:3] for p in number_problems(en, th, embeddings=False)]


def test_a_changed_amount_pairs_with_its_own_currency():
    got = _problems(EN, TH)
    assert ("mismatch", "£13.8 million", "1.38 ล้านปอนด์") in got


def test_an_amount_changed_into_another_currency_is_still_one_change():
    th = TH.replace("1.38 ล้านปอนด์", "13.8 ล้านยูโร")
    assert ("mismatch", "£13.8 million", "13.8 ล้านยูโร") in _problems(EN, th)
