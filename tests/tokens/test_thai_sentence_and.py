"""และ ("and") after a space joins a clause to the sentence before it: no Thai sentence
starts with it (tokens.thai_gap_words.NEVER_STARTS). Sentences written for these tests."""

from __future__ import annotations

import pytest
from thai_sents import thai_sents

from massmob_nlp.tokens import words as tok_mod


@pytest.mark.parametrize("engine", tok_mod.THAI_SENTENCE_ENGINES)
def test_and_never_starts_a_sentence(engine):
    text = ("สหกรณ์การเกษตรต้องลดพนักงาน 8 คนจากทั้งหมด 30 คน "
            "และปิดสาขาสามแห่งจากทั้งหมดเจ็ดแห่ง")
    sents = thai_sents(text, engine)
    assert not any(s.startswith("และ") for s in sents), sents


@pytest.mark.parametrize("engine", tok_mod.THAI_SENTENCE_ENGINES)
def test_a_new_sentence_after_and_clause_still_starts(engine):
    text = ("ร้านค้าปลีกในเชียงรายปิดตัวไป 14 แห่ง และเลิกจ้างพนักงานกว่า 200 คน "
            "อย่างไรก็ตาม หอการค้าจังหวัดคาดว่ายอดขายจะฟื้นตัวในไตรมาสหน้า")
    sents = thai_sents(text, engine)
    assert not any(s.startswith("และ") for s in sents), sents
    assert any(s.startswith("อย่างไรก็ตาม") for s in sents), sents
