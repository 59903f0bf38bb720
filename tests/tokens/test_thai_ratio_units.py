"""A Thai ratio unit after its number (``410 ส่วนในล้านส่วน`` "410 parts per million")
is no sentence start, though ส่วน alone may open a clause ("as for"):
tokens.thai_gap_words.splits_phrase. Sentences written for these tests."""

from __future__ import annotations

from massmob_nlp import analyze


def test_parts_per_million_stays_with_its_number():
    text = ("สถานีตรวจวัดรายงานว่า ค่าโอโซนในเขตอุตสาหกรรมสูงถึง 96 ส่วนในพันล้านส่วน (ppb) "
            "เมื่อวันจันทร์ สูงกว่าค่ามาตรฐานของกรมควบคุมมลพิษ")
    sents = list(analyze(text).sentences["text"])
    assert not any(s.startswith("ส่วนใน") for s in sents), sents

