"""A Thai sentence boundary never cuts a phrase that goes on after a space: a subject
from its future auxiliary จะ, a clause from its purpose clause (เพื่อ) or its
consequence (จึง), a verb from its complement after ว่า, or a titled given name from
the surname after it."""

import pytest
from thai_sents import thai_sents

from massmob_nlp.tokens import sentences as sent_mod
from massmob_nlp.tokens import thai_gap_words as gap_words
from massmob_nlp.tokens import words as tok_mod

# Our own sentences: each is one sentence with a space inside the phrase.
_ONE_SENTENCE = [
    # subject (with a number and unit) | จะ + predicate
    "ผู้ที่มีเงินเดือน 25,000 บาท จะต้องจ่ายภาษีเพิ่มอีกเดือนละ 300 บาท",
    "โรงเรียนในเขตเมืองกว่า 120 แห่ง จะปิดการเรียนการสอนในวันศุกร์นี้",
    # clause | purpose clause
    "คณะรัฐมนตรีอนุมัติงบประมาณ 1,200 ล้านบาท เพื่อช่วยเหลือชาวนาที่ประสบภัยแล้ง",
    "เทศบาลเลื่อนการปิดถนนออกไปอีกสองสัปดาห์ เพื่อให้ร้านค้าเตรียมตัว",
    # subject | consequence
    "ฝนตกหนักติดต่อกันสามวันในอำเภอริมแม่น้ำ จึงทำให้ถนนหลายสายถูกตัดขาด",
    # verb | complement
    "รายงานของกรมอุตุนิยมวิทยาระบุว่า อุณหภูมิในเดือนเมษายนจะสูงกว่าปกติ",
    # title + given name | surname
    "นางสาวมาลัย ศรีประเสริฐ วัย 47 ปี ขายผักในตลาดสดแห่งนี้มานานกว่า 20 ปี",
    "ชาวบ้านหลายคน รวมถึงนายประเสริฐ วงศ์ใหญ่ ผู้ใหญ่บ้าน เดินทางมาร่วมงาน",
]


@pytest.mark.parametrize("engine", tok_mod.THAI_SENTENCE_ENGINES)
@pytest.mark.parametrize("text", _ONE_SENTENCE)
def test_no_boundary_inside_a_continuing_phrase(engine, text):
    assert thai_sents(text, engine) == [text]


def _gaps(text):
    seq = sent_mod.with_spaces(tok_mod.thai_tokens(text, 0, len(text)))
    return seq, [k for k, (s, e) in enumerate(seq) if text[s:e].isspace()]


def test_splits_phrase_reads_the_words_around_the_gap():
    text = "นายสมบัติ ใจกว้าง กล่าวว่า ราคาข้าวจะสูงขึ้น"
    seq, gaps = _gaps(text)
    assert [gap_words.splits_phrase(text, seq, k) for k in gaps] == [True, False, True]


@pytest.mark.parametrize("text", [
    "กองทัพส่งทหาร 300 นาย ลงพื้นที่ช่วยเหลือผู้ประสบภัย",  # นาย after a number: a classifier
    "นายกรัฐมนตรี เดินทางถึงจังหวัดเชียงใหม่เมื่อเช้านี้",  # one word that starts with นาย
    "\"เราจะไม่ยอมแพ้\" นางมาลัยพูด",  # a verb of saying after the given name
])
def test_a_title_that_is_no_given_name_does_not_hold_the_gap(text):
    seq, gaps = _gaps(text)
    assert not any(gap_words.splits_phrase(text, seq, k) for k in gaps)


def test_the_idiom_jah_hen_dai_wa_may_open_a_sentence():
    text = "ราคาทองคำขึ้นมาแล้วสามเดือน จะเห็นได้ว่าผู้ลงทุนยังกังวล"
    seq, gaps = _gaps(text)
    assert not gap_words.splits_clause(text, seq, gaps[0])
    plain = "ราคาทองคำขึ้นมาแล้วสามเดือน จะทำให้ผู้ลงทุนกังวล"
    seq, gaps = _gaps(plain)
    assert gap_words.splits_clause(plain, seq, gaps[0])


def test_a_purpose_clause_after_a_closed_quote_may_open_a_sentence():
    text = "\"เราต้องรอฝนหยุดก่อน\" เพื่อความปลอดภัย ทุกคนต้องอยู่ในบ้าน"
    seq, gaps = _gaps(text)
    assert not gap_words.splits_clause(text, seq, gaps[0])
