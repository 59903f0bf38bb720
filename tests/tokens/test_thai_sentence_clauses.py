"""A Thai sentence boundary never falls right before a word that ties the next clause
to the one before it (ทำให้ "causing", รวมถึง / รวมทั้ง "including")."""

import pytest

from massmob_nlp.tokens import sentences as sent_mod
from massmob_nlp.tokens import thai_gap_words as gap_words
from massmob_nlp.tokens import words as tok_mod
from thai_sents import thai_sents

# Our own sentences: a main clause, a space, then a clause opened by such a word.
_CLAUSES = [
    "โรงงานปิดสายการผลิตสองแห่งเมื่อเดือนที่แล้ว ทำให้พนักงานกว่าสามร้อยคนต้องหยุดงาน",
    "ฝนตกหนักต่อเนื่องตลอดทั้งคืนในจังหวัดทางภาคใต้ ทำให้ถนนหลายสายถูกน้ำท่วมสูง",
    "กระทรวงประกาศมาตรการช่วยเหลือเกษตรกรผู้ปลูกข้าว รวมถึงผู้เลี้ยงสัตว์ในพื้นที่ประสบภัยแล้ง",
    "เทศบาลจะซ่อมแซมสะพานไม้ข้ามคลองทั้งสามแห่ง รวมทั้งทางเดินริมน้ำหน้าตลาด",
]


_thai_sents = thai_sents


@pytest.mark.parametrize("engine", tok_mod.THAI_SENTENCE_ENGINES)
@pytest.mark.parametrize("text", _CLAUSES)
def test_no_boundary_before_a_clause_word(engine, text):
    sents = _thai_sents(text, engine)
    assert not any(s.startswith(tuple(gap_words.NEVER_STARTS)) for s in sents), sents
    assert sents == [text]


def test_splits_clause_looks_at_the_word_after_the_gap():
    text = "ตำรวจจับกุมผู้ต้องสงสัยได้ รวมถึงผู้ที่ให้ที่พักพิง"
    seq = sent_mod.with_spaces(tok_mod.thai_tokens(text, 0, len(text)))
    gap = next(k for k, (s, e) in enumerate(seq) if text[s:e] == " ")
    assert gap_words.splits_clause(text, seq, gap)
    assert gap_words.splits_clause(text, seq, gap - 1)
    assert not gap_words.splits_clause(text, seq, gap + 1)
    assert not gap_words.splits_clause(text, seq, len(seq) - 1)
    other = "ตำรวจจับกุมผู้ต้องสงสัยได้ ผู้ว่าราชการแถลงข่าว"
    seq = sent_mod.with_spaces(tok_mod.thai_tokens(other, 0, len(other)))
    gap = next(k for k, (s, e) in enumerate(seq) if other[s:e] == " ")
    assert not gap_words.splits_clause(other, seq, gap)


def test_crfcut_labels_keep_no_end_before_a_clause_word():
    text = _CLAUSES[0]
    seq = sent_mod.with_spaces(tok_mod.thai_tokens(text, 0, len(text)))
    labels, probs = sent_mod.crfcut(text, seq, marginals=True)
    gap = next(k for k, (s, e) in enumerate(seq) if text[s:e] == " ")
    assert labels[gap - 1] != "E" and labels[gap] != "E"
    assert len(probs) == len(seq)
