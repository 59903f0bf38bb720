"""ตาม + the rule it follows (ตามกฎหมาย..., ตามมติ..., ตามกำหนดการ) after a space opens
the clause after it ("under Thai law, ..."): a boundary after it moves before it
(tokens.thai_clause_gaps.move_to_adverbial, _BASIS_ADVERBIAL); ตามข้อมูลของ / ตามรายงานของ
("according to") are left alone. Sentences written for these tests."""

from __future__ import annotations

import pytest
from thai_sents import thai_sents

from massmob_nlp.tokens import words as tok_mod
from massmob_nlp.tokens.thai_clause_gaps import _BASIS_ADVERBIAL


@pytest.mark.parametrize("engine", tok_mod.THAI_SENTENCE_ENGINES)
def test_under_the_law_opens_the_next_sentence(engine):
    text = ("บริษัทประกาศว่าจะเลิกจ้างพนักงานในโรงงานลำพูนทั้งหมด ตามกฎหมายแรงงานไทย "
            "ลูกจ้างที่ทำงานเกินหนึ่งปีต้องได้รับค่าชดเชยไม่น้อยกว่าเก้าสิบวัน")
    sents = thai_sents(text, engine)
    assert not any(s.endswith("ตามกฎหมายแรงงานไทย") for s in sents), sents


@pytest.mark.parametrize("text", [
    "ตามกฎหมายกัมพูชา", "ตามมติคณะรัฐมนตรี", "ตามพ.ร.บ.ควบคุมอาคาร", "ตามกำหนดการ"])
def test_basis_adverbials(text):
    assert _BASIS_ADVERBIAL.search("ก " + text)


@pytest.mark.parametrize("text", [
    "ตามข้อมูลของกระทรวงพาณิชย์",  # according to: ends a sentence as often as it opens one
    "ตามด้วยญี่ปุ่น",                 # followed by
    "เป็นไปตามกฎหมาย",               # inside its clause, no space before ตาม
])
def test_not_basis_adverbials(text):
    assert not _BASIS_ADVERBIAL.search("ก " + text)


@pytest.mark.parametrize("engine", tok_mod.THAI_SENTENCE_ENGINES)
def test_under_the_rule_at_the_paragraph_end_stays(engine):
    text = ("ร้านค้าที่ขายสุราให้ผู้มีอายุต่ำกว่า 20 ปีจะถูกปรับไม่เกิน 20,000 บาท "
            "ตามพระราชบัญญัติควบคุมเครื่องดื่มแอลกอฮอล์")
    sents = thai_sents(text, engine)
    assert not any(s.startswith("ตามพระราชบัญญัติ") for s in sents), sents
