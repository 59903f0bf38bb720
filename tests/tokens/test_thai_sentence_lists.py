"""Thai sentence boundaries around relative ซึ่ง, example lists (อาทิ, ได้แก่, เป็นต้น)
and numbered list items."""

import pytest
from thai_sents import thai_sents

from massmob_nlp.tokens import sentences as sent_mod
from massmob_nlp.tokens import thai_gap_words as gap_words
from massmob_nlp.tokens import words as tok_mod

# Our own sentences: a clause, a space, then ซึ่ง and a predicate (verb, auxiliary,
# negation): a relative clause on the noun before it.
_RELATIVE = [
    "สหกรณ์ได้รับเงินอุดหนุนจากกระทรวงเกษตรเมื่อปีที่แล้ว ซึ่งจะนำไปซื้อเครื่องสีข้าวเครื่องใหม่",
    "ทีมนักวิจัยตีพิมพ์ผลการทดลองในวารสารต่างประเทศ ซึ่งประกอบด้วยข้อมูลจากผู้ป่วยหลายพันคน",
    "คณะกรรมการเลื่อนการประชุมออกไปอีกสองสัปดาห์ ซึ่งไม่มีใครคาดคิดมาก่อน",
]
# ซึ่ง and a new subject (pronoun, การ- noun): it may open a sentence.
_NEW_SUBJECT = [
    "ผมทำงานที่นี่มาสิบปีแล้ว ซึ่งเราก็รู้กันดีว่างานหนัก",
    "ชาวนาในหมู่บ้านปลูกข้าวปีละสองครั้ง ซึ่งการทำนาปรังต้องใช้น้ำมาก",
]
_EXAMPLES = [
    "ตลาดน้ำแห่งนี้ขายผลไม้ตามฤดูกาลหลายชนิด อาทิ มะม่วง ทุเรียน และมังคุด",
    "ชาวบ้านนำสินค้าพื้นเมืองมาวางขาย ได้แก่ ผ้าทอมือ เครื่องจักสาน",
    "ร้านค้ารับซื้อของเก่าทุกประเภท ทั้งขวดแก้ว กระดาษ เหล็ก เป็นต้น",
]


def _gap(text):
    seq = sent_mod.with_spaces(tok_mod.thai_tokens(text, 0, len(text)))
    return seq, next(k for k, (s, e) in enumerate(seq) if text[s:e] == " ")


@pytest.mark.parametrize("engine", tok_mod.THAI_SENTENCE_ENGINES)
@pytest.mark.parametrize("text", _RELATIVE)
def test_no_boundary_before_a_relative_predicate(engine, text):
    assert thai_sents(text, engine) == [text]


@pytest.mark.parametrize("engine", tok_mod.THAI_SENTENCE_ENGINES)
@pytest.mark.parametrize("text", _EXAMPLES)
def test_no_sentence_starts_with_an_example_list_word(engine, text):
    sents = thai_sents(text, engine)
    assert not any(s.startswith(tuple(gap_words.NEVER_STARTS)) for s in sents), sents
    if engine == "massmob":  # CRFCut also cuts between the items themselves
        assert sents == [text]


@pytest.mark.parametrize("text", _RELATIVE)
def test_relative_with_a_predicate_joins_the_clause_before(text):
    seq, gap = _gap(text)
    assert gap_words.splits_clause(text, seq, gap)


@pytest.mark.parametrize("text", _NEW_SUBJECT)
def test_relative_with_a_new_subject_may_start_a_sentence(text):
    seq, gap = _gap(text)
    assert not gap_words.splits_clause(text, seq, gap)


def test_opens_predicate_reads_the_word_after_the_first():
    assert gap_words.opens_predicate(["ซึ่ง", "เป็น", "ผู้นำ"])
    assert not gap_words.opens_predicate(["ซึ่ง", "เรา", "รู้"])
    assert not gap_words.opens_predicate(["ซึ่ง"])


@pytest.mark.parametrize("engine", tok_mod.THAI_SENTENCE_ENGINES)
@pytest.mark.parametrize("marker", [".", ")"])
def test_numbered_items_start_sentences_and_keep_their_marker(engine, marker):
    text = (f"ข้อเสนอของชาวบ้านมีสามข้อ 1{marker} ซ่อมถนนเข้าหมู่บ้าน "
            f"2{marker} ขุดลอกคลองส่งน้ำ 3{marker} สร้างศาลาริมทาง")
    assert thai_sents(text, engine) == [
        "ข้อเสนอของชาวบ้านมีสามข้อ", f"1{marker} ซ่อมถนนเข้าหมู่บ้าน",
        f"2{marker} ขุดลอกคลองส่งน้ำ", f"3{marker} สร้างศาลาริมทาง"]


def test_a_decimal_or_a_marker_inside_a_word_is_no_item():
    assert gap_words.ends_item_marker("ข้อ 2.", 6)
    assert gap_words.ends_item_marker("ราคา 12.", 8)
    assert not gap_words.ends_item_marker("ข้อที่2.", 8)
    assert not gap_words.ends_item_marker("ปี 2025.", 8)
