"""A Thai verb of reporting followed by ว่า ("reported that") right after a space needs
its subject before it and never opens a sentence (tokens.thai_gap_words.
REPORTING_VERBS, splits_clause). Sentences written for these tests."""

from __future__ import annotations

import pytest
from thai_sents import thai_sents

from massmob_nlp.tokens import words as tok_mod


@pytest.mark.parametrize("engine", tok_mod.THAI_SENTENCE_ENGINES)
@pytest.mark.parametrize("verb", ["รายงานว่า", "เผยว่า", "แถลงว่า"])
def test_reporting_verb_with_that_continues_its_subject(engine, verb):
    text = (f"สำนักข่าวประจำจังหวัดเชียงราย หน่วยงานของกรมประชาสัมพันธ์ {verb} "
            "ฝนที่ตกหนักตลอดสองวันทำให้ถนนสามสายในอำเภอเมืองถูกน้ำท่วม")
    sents = thai_sents(text, engine)
    assert not any(s.startswith(verb) for s in sents), sents


@pytest.mark.parametrize(("text", "splits"), [
    ("ถนนถูกน้ำท่วม รายงานว่าน้ำจะลด", True),
    ("ถนนถูกน้ำท่วม รายงานฉบับใหม่ระบุว่าน้ำจะลด", False),  # the noun "report"
])
def test_splits_clause_before_reporting_verb(text, splits):
    from massmob_nlp.tokens.sentences import with_spaces
    from massmob_nlp.tokens.thai_gap_words import splits_clause
    from massmob_nlp.tokens.words import thai_tokens

    seq = with_spaces(thai_tokens(text, 0, len(text)))
    gap = next(k for k, (s, e) in enumerate(seq) if text[s:e].isspace())
    assert splits_clause(text, seq, gap) is splits
