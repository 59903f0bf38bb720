"""A fronted Thai "if" clause (หาก / ถ้า) and the space after it end no sentence; the
main clause follows (our own examples)."""

from __future__ import annotations

import pytest

from massmob_nlp.tokens.sentences import with_spaces
from massmob_nlp.tokens.thai_clause_gaps import join_conditional
from massmob_nlp.tokens.words import thai_tokens


def _ends_kept(text: str, after: str) -> list[int]:
    """The ends join_conditional keeps of one end put at the space after ``after``."""
    seq = with_spaces(thai_tokens(text, 0, len(text)))
    at = text.index(after) + len(after)
    gap = next(k for k, (s, e) in enumerate(seq) if s == at and text[s:e].isspace())
    return join_conditional(text, seq, [gap])


@pytest.mark.parametrize(("text", "after"), [
    ("นักวิชาการระบุว่า หากราคาน้ำมันยังสูงต่อเนื่อง เงินเฟ้อปีหน้าอาจเกินร้อยละ 3",
     "ต่อเนื่อง"),
    ("หากฝนตกหนักติดต่อกันอีกสองวัน เขื่อนหลายแห่งต้องเร่งระบายน้ำ", "สองวัน"),
    ("แต่ถ้าผู้ป่วยมีไข้สูงเกินสามวัน แพทย์แนะนำให้ไปโรงพยาบาลทันที", "สามวัน"),
])
def test_a_fronted_if_clause_is_joined_to_its_main_clause(text: str, after: str) -> None:
    assert _ends_kept(text, after) == []


@pytest.mark.parametrize(("text", "after"), [
    # the if clause follows its main clause: the sentence ends after it
    ("เทศบาลพร้อมแจกน้ำดื่มฟรี หากเกิดน้ำท่วมรุนแรง ประชาชนต่างพอใจ", "รุนแรง"),
    # the main clause is glued to the if clause already (ก็)
    ("ถ้าฝนตกก็จะเลื่อนงานออกไป ผู้จัดงานแจ้งผู้ซื้อบัตรแล้ว", "ออกไป"),
    # a discourse adverb opens the next sentence
    ("หากผู้ใช้ลืมรหัสผ่านบ่อยครั้ง ทั้งนี้ระบบจะให้ตั้งรหัสใหม่", "บ่อยครั้ง"),
])
def test_other_ends_after_an_if_clause_stay(text: str, after: str) -> None:
    assert len(_ends_kept(text, after)) == 1
