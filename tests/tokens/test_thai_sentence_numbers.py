"""A Thai sentence boundary never falls between a word and the number after it."""

import pytest

from massmob_nlp.tokens import words as tok_mod
from thai_sents import thai_sents

# Our own sentences: a verb (or counting word) followed by a space and its number.
_VERB_NUMBER = [
    "อัตราการว่างงานของอำเภอลดลงเหลือ 0.42",
    "ในปีนี้ จำนวนนักท่องเที่ยวที่มาเยือนเกาะเพิ่มขึ้นเป็น 3.5",
    "สหกรณ์การเกษตรมีสมาชิกใหม่ทั้งหมด 1,200",
    "ยอดขายผลไม้อบแห้งของหมู่บ้านรวม ๒๕๐",
]


_thai_sents = thai_sents


@pytest.mark.parametrize("engine", tok_mod.THAI_SENTENCE_ENGINES)
@pytest.mark.parametrize("text", _VERB_NUMBER,
                         ids=["decimal", "after_adverb", "thousands", "thai_digits"])
def test_no_boundary_between_a_word_and_its_number(engine, text):
    sents = _thai_sents(text, engine)
    assert not any(s[:1].isdigit() for s in sents), sents
    assert sents == [text]


@pytest.mark.parametrize("engine", tok_mod.THAI_SENTENCE_ENGINES)
def test_number_stays_with_its_verb_inside_a_longer_paragraph(engine):
    text = ("ทางจังหวัดประกาศผลการสำรวจเมื่อวันศุกร์ "
            "อัตราความยากจนของตำบลบนภูเขาลดลงเหลือ 2.7")
    sents = _thai_sents(text, engine)
    assert sents[-1].endswith("ลดลงเหลือ 2.7")
    assert "".join(s.replace(" ", "") for s in sents) == text.replace(" ", "")


def test_a_numbered_list_item_still_starts_a_sentence():
    from massmob_nlp.tokens.thai_gap_words import splits_number

    text = "ข้อเสนอมีดังนี้ 2. ปรับปรุงถนน"
    seq = tok_mod._thai_sentences.with_spaces(tok_mod.thai_tokens(text, 0, len(text)))
    gap = next(k for k, (s, e) in enumerate(seq) if text[s:e] == " ")
    assert not splits_number(text, seq, gap)
    verb = "ราคาลดลงเหลือ 20 บาท"
    seq = tok_mod._thai_sentences.with_spaces(tok_mod.thai_tokens(verb, 0, len(verb)))
    gap = next(k for k, (s, e) in enumerate(seq) if verb[s:e] == " ")
    assert splits_number(verb, seq, gap) and splits_number(verb, seq, gap - 1)
