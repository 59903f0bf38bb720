"""A Thai sentence-initial time adverbial (ต่อมา, ต่อมาในปี 2558, เมื่อวันที่ 5 มี.ค.)
opens the clause after it: a boundary after it moves before it
(tokens.thai_clause_gaps.move_to_adverbial). Sentences written for these tests."""

from __future__ import annotations

import pytest
from thai_sents import thai_sents

from massmob_nlp.tokens import words as tok_mod
from massmob_nlp.tokens.thai_clause_gaps import _TIME_ADVERBIAL


@pytest.mark.parametrize("engine", tok_mod.THAI_SENTENCE_ENGINES)
def test_later_in_year_opens_the_next_sentence(engine):
    text = ("นายสมชายได้รับแต่งตั้งเป็นผู้อำนวยการโรงพยาบาลประจำจังหวัดในปี 2549 "
            "ต่อมาในปี 2556 เขาได้รับรางวัลแพทย์ดีเด่นแห่งชาติ")
    sents = thai_sents(text, engine)
    assert not any(s.endswith("2556") for s in sents), sents
    assert any(s.startswith("ต่อมาในปี 2556 เขาได้รับ") for s in sents), sents


@pytest.mark.parametrize("text", [
    "ต่อมาในปี 2558", "ต่อมา", "เมื่อปี 2562", "เมื่อวันที่ 5 มี.ค. 2567",
    "ในวันที่ 12 มีนาคม", "จากนั้นในเดือน 3"])
def test_time_adverbials(text):
    assert _TIME_ADVERBIAL.search(" " + text)


@pytest.mark.parametrize("text", [
    "วันขึ้นปีใหม่ปี 2555",  # the end of a noun phrase, not an adverbial chunk
    "ในปี 2558 เธอ",         # the adverbial with its clause
    "มีผู้เสียชีวิต 12",
])
def test_not_time_adverbials(text):
    assert not _TIME_ADVERBIAL.search(" " + text)


@pytest.mark.parametrize("engine", tok_mod.THAI_SENTENCE_ENGINES)
def test_however_after_a_space_starts_a_sentence(engine):
    text = ("ยอดส่งออกข้าวในไตรมาสแรกเพิ่มขึ้นร้อยละ 12 "
            "อย่างไรก็ตาม ราคาข้าวหอมมะลิลดลงเล็กน้อยจากปีก่อน")
    sents = thai_sents(text, engine)
    assert any(s.startswith("อย่างไรก็ตาม") for s in sents), sents


def test_however_after_that_opens_the_reported_clause():
    # our gap model (CRFCut cuts at nearly every space by itself)
    text = "ผู้จัดการกล่าวว่า อย่างไรก็ตาม บริษัทจะไม่ปลดพนักงานแม้แต่คนเดียว"
    sents = thai_sents(text, "massmob")
    assert not any(s.startswith("อย่างไรก็ตาม") for s in sents), sents


@pytest.mark.parametrize("engine", tok_mod.THAI_SENTENCE_ENGINES)
def test_earlier_opening_a_paragraph_is_no_sentence(engine):
    text = ("ก่อนหน้านั้น นายกเทศมนตรีได้เปิดสะพานข้ามแม่น้ำแห่งใหม่ "
            "ซึ่งใช้งบประมาณ 85 ล้านบาท")
    sents = thai_sents(text, engine)
    assert sents[0].startswith("ก่อนหน้านั้น นายกเทศมนตรี"), sents


@pytest.mark.parametrize("engine", tok_mod.THAI_SENTENCE_ENGINES)
def test_speaker_stays_with_the_quote_before_him(engine):
    text = ('"เราจะซ่อมถนนสายนี้ให้เสร็จภายในเดือนหน้า" นายประยูร ทองดี นายกเทศมนตรี '
            'กล่าวในการประชุมสภา "งบประมาณ 12 ล้านบาทได้รับอนุมัติแล้ว"')
    sents = thai_sents(text, engine)
    assert "นายประยูร" in sents[0], sents
    assert not any(s.startswith(("นายประยูร", "ทองดี", "กล่าว")) for s in sents), sents


def test_move_to_attribution_moves_the_end_after_the_speaker():
    from massmob_nlp.tokens.sentences import with_spaces
    from massmob_nlp.tokens.thai_clause_gaps import move_to_attribution
    from massmob_nlp.tokens.words import thai_tokens

    text = '"ฝนยังไม่หยุด" นายสมชาย กล่าว "เราต้องรอ"'
    seq = with_spaces(thai_tokens(text, 0, len(text)))
    after_quote = next(k for k, (s, e) in enumerate(seq) if s == text.index('" ') + 1)
    before_quote = next(k for k, (s, e) in enumerate(seq) if e == text.rindex(' "') + 1)
    assert move_to_attribution(text, seq, [after_quote]) == [before_quote]
    # at the paragraph's end the speaker closes the sentence: no end is left
    text = '"ฝนยังไม่หยุด" นายสมชาย กล่าว'
    seq = with_spaces(thai_tokens(text, 0, len(text)))
    after_quote = next(k for k, (s, e) in enumerate(seq) if s == text.index('" ') + 1)
    assert move_to_attribution(text, seq, [after_quote]) == []


@pytest.mark.parametrize("text", [
    "ตลอดสามสัปดาห์", "ช่วง 2 เดือนแรก", "ตีห้าครึ่ง", "เที่ยงวัน", "เช้าวันรุ่งขึ้น"])
def test_fronted_lengths_and_times_of_day(text):
    assert _TIME_ADVERBIAL.search(" " + text)


@pytest.mark.parametrize("text", [
    "ตลอดสามสัปดาห์ที่ผ่านมา",  # "over the past three weeks" closes its clause
    "ใช้เวลาสามสัปดาห์",
])
def test_not_fronted_lengths(text):
    assert not _TIME_ADVERBIAL.search(" " + text)


@pytest.mark.parametrize("engine", tok_mod.THAI_SENTENCE_ENGINES)
def test_fronted_length_of_time_opens_the_next_sentence(engine):
    text = ("ขนมปังก้อนแรกแข็งเกินไป ตลอดสามสัปดาห์ "
            "ฉันลองอบขนมปังตามสูตรของร้านเก่าแก่ในเมืองถึงเก้าสูตร")
    sents = thai_sents(text, engine)
    assert not any(s.endswith("สัปดาห์") for s in sents), sents
    assert any(s.startswith("ตลอดสามสัปดาห์ ฉันลอง") for s in sents), sents
