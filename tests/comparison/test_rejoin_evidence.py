"""Two neighbouring paragraphs the aligner skipped (a ``1-0`` next to a ``0-1``) are
joined into one bead only on real shared evidence: two shared numbers or names, or one
that no other paragraph of either document holds; a year the whole article repeats is
not enough. Texts written for these tests (a harvest report and its Thai version)."""

from __future__ import annotations

import massmob_nlp as mm
from massmob_nlp.comparison.context import _shared_evidence

EN = "\n\n".join([
    "Rice harvest in 2024 beats forecasts",
    "Farmers in the north harvested 3,750 tonnes of rice in 2024, officials said.",
    "The ministry said the 2024 season was helped by late rains in the valley.",
    "Exports rose by 15% in 2024, the trade office said on Monday.",
])
TH = "\n\n".join([
    "ผลผลิตข้าวปี 2024 สูงกว่าที่คาด",
    "เกษตรกรภาคเหนือเก็บเกี่ยวข้าวได้ 3,750 ตัน",
    "ปี 2024 เป็นฤดูที่ดีของชาวนาในหุบเขา",
    "ในปี 2024 การส่งออกเพิ่มขึ้นร้อยละ 15",
])


def _pair():
    return mm.analyze(EN, lang="en"), mm.analyze(TH, lang="th")


def test_one_number_the_whole_article_repeats_is_no_evidence():
    en, th = _pair()
    assert not _shared_evidence(en, th, 2, 2)  # only 2024, written in every paragraph


def test_a_number_of_that_paragraph_alone_is_evidence():
    en, th = _pair()
    assert _shared_evidence(en, th, 1, 1)  # 3,750 is nowhere else


def test_two_shared_numbers_are_evidence():
    en, th = _pair()
    assert _shared_evidence(en, th, 3, 3)  # 2024 and 15%


def test_a_ticker_of_roman_letters_is_no_numeral_and_no_empty_value():
    from massmob_nlp.comparison.evidence import values_in_text
    found = values_in_text("Shares of the conglomerate (VIC) and of LC rose 2.4% under Part III")
    assert found == {2.4: "2.4", 3.0: "III"}
