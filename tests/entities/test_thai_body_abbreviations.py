"""A Thai abbreviation (ธปท., ก.ล.ต.) of a body the translation spells out in
brackets, or of an English name of the source, is no name the translation added. All
sentences are invented for these tests."""

from __future__ import annotations

import massmob_nlp as mm
from massmob_nlp.entities import thai_abbreviations as ta


def test_letters_of_a_thai_name() -> None:
    assert ta.abbreviates("กลต", "คณะกรรมการกำกับหลักทรัพย์และตลาดหลักทรัพย์")
    assert ta.abbreviates("ททท", "การท่องเที่ยวแห่งประเทศไทย")
    assert not ta.abbreviates("ธปท", "กระทรวงการคลัง")


def test_bracket_after_the_name_it_shortens() -> None:
    text = "ล่าสุดสำนักงานการบินพลเรือนแห่งประเทศไทย (กพท.) สั่งตรวจเครื่องบิน 4 ลำ"
    at = text.index("กพท.")
    assert ta.glosses_before(text, at, at + 4)
    other = "ล่าสุดนายสมชาย ใจดี (กพท.) สั่งตรวจเครื่องบิน 4 ลำ"
    at = other.index("กพท.")
    assert not ta.glosses_before(other, at, at + 4)


def test_abbreviation_of_an_english_name() -> None:
    assert ta.abbreviates_english("ธปท.", "The Bank of Thailand left its rate at 1.5%.")
    assert ta.abbreviates_english("ก.ล.ต.", "the Securities and Exchange Commission said")
    assert ta.abbreviates_english("ททท.", "The Tourism Authority of Thailand expects 36 million")
    assert not ta.abbreviates_english("กพท.", "The Bank of Thailand left its rate at 1.5%.")


EN = """The Bank of Thailand kept its policy rate at 1.25% on Wednesday.

The central bank said exports would grow 2% this year, and it expects inflation \
of 0.5%."""

TH = """ธนาคารแห่งประเทศไทยคงอัตราดอกเบี้ยนโยบายไว้ที่ 1.25% เมื่อวันพุธ

ธปท. ระบุว่าการส่งออกจะขยายตัว 2% ในปีนี้ และคาดว่าเงินเฟ้อจะอยู่ที่ 0.5%"""


def test_central_bank_abbreviated_is_not_added() -> None:
    ents = mm.compare(EN, TH).entities
    added = set(ents.loc[ents["status"] == "added", "tgt_text"].astype(str))
    assert "ธปท." not in added


def test_thai_body_without_thai_in_its_thai_name() -> None:
    from word_edges import word_edges

    from massmob_nlp.entities.translated import find_translation

    text = "กรมอุตุนิยมวิทยาเตือนฝนตกหนัก"
    edges = word_edges(text, ["กรม", "อุตุนิยมวิทยา", "เตือน", "ฝน", "ตก", "หนัก"])
    hit = find_translation("Thai Meteorological Department", text, (0, len(text)), edges)
    assert hit is not None and text[hit[0]:hit[1]] == "กรมอุตุนิยมวิทยา"
