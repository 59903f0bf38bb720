"""Thai news clauses around numbers, contrasts and quotes (our own sentences):

* a clause closed by its verb's percentage or count, then a new subject and verb, is a
  sentence end (``ลดลง 4.5% | อินโดนีเซียยังคงเป็น...``);
* ส่วน + noun + bare number (a clause whose verb was left out) continues the sentence;
* ``"..." <speaker> กล่าว`` then a space ends the quote's sentence;
* a verbless piece before โดย / ซึ่ง / ส่วน joins the sentence before it.
"""

import pytest
from thai_sents import thai_sents

from massmob_nlp.tokens import sentences as sent_mod
from massmob_nlp.tokens import thai_clause_gaps as clause_gaps
from massmob_nlp.tokens import words as tok_mod

ENGINES = tok_mod.THAI_SENTENCE_ENGINES


def _seq(text):
    return sent_mod.with_spaces(tok_mod.thai_tokens(text, 0, len(text)))


def _gap_after(text, seq, word):
    """Index in seq of the first gap right after ``word`` (as written in text)."""
    end = text.index(word + " ") + len(word)
    return next(k for k, (s, e) in enumerate(seq) if s == end and text[s:e].isspace())


@pytest.mark.parametrize("engine", ENGINES)
def test_new_subject_after_a_percentage_opens_a_sentence(engine):
    text = "ยอดขายรถยนต์ในเดือนมีนาคมลดลง 4.5% อินโดนีเซียยังคงเป็นตลาดใหญ่ที่สุดในภูมิภาค"
    assert thai_sents(text, engine) == [
        "ยอดขายรถยนต์ในเดือนมีนาคมลดลง 4.5%", "อินโดนีเซียยังคงเป็นตลาดใหญ่ที่สุดในภูมิภาค"]


@pytest.mark.parametrize("engine", ENGINES)
def test_a_preposition_after_a_percentage_continues(engine):
    text = "ยอดขายรถยนต์ในเดือนมีนาคมลดลง 4.5% จากเดือนก่อนหน้า และลดลง 2% จากปีก่อน"
    assert thai_sents(text, engine) == [text]


def test_a_bare_count_is_not_a_closed_clause():
    text = "จำนวนประเทศที่ได้รับการยกเว้นวีซ่าเพิ่มขึ้นเป็น 16 ประเทศ โดยเพิ่มเดนมาร์ก"
    seq = _seq(text)
    assert not clause_gaps.closes_number_clause(text, seq, _gap_after(text, seq, "16"))


@pytest.mark.parametrize("engine", ENGINES)
def test_gapped_contrast_continues_the_sentence(engine):
    text = ("ญี่ปุ่นส่งออกรถยนต์ไปยุโรป 2.1 ล้านคันในปีที่แล้ว ส่วนเกาหลีใต้ 1.4 ล้านคัน")
    assert thai_sents(text, engine) == [text]


def test_contrast_with_its_own_verb_is_not_gapped():
    text = "กัปตันมีชั่วโมงบินรวม 12,000 ชั่วโมง ส่วนนักบินผู้ช่วย วัย 29 ปี มีชั่วโมงบิน 900 ชั่วโมง"
    seq = _seq(text)
    assert not clause_gaps.gapped_contrast(text, seq, _gap_after(text, seq, "ชั่วโมง"))
    other = "ราคาบ้านลดลง 3 ล้านบาท ส่วนเงินกู้ 1 ล้านบาท ยอดผ่อนจะลดลงราว 900 บาท"
    seq = _seq(other)
    assert not clause_gaps.gapped_contrast(other, seq, _gap_after(other, seq, "บาท"))


@pytest.mark.parametrize("engine", ENGINES)
def test_speaker_tag_ends_the_quote_sentence(engine):
    first = '"เราจะเปิดสะพานแห่งใหม่ได้ในเดือนหน้า" นายวิชัย สุขใจ นายกเทศมนตรีเมืองเชียงราย กล่าว'
    second = '"ค่าผ่านทางจะไม่เพิ่มขึ้นอย่างแน่นอน"'
    assert thai_sents(first + " " + second, engine) == [first, second]


def test_speaker_tag_then_a_preposition_continues():
    text = '"เราจะเปิดสะพานแห่งใหม่ได้ในเดือนหน้า" นายวิชัย สุขใจ กล่าว ในการประชุมสภาเทศบาล'
    seq = _seq(text)
    assert not clause_gaps.ends_attribution(text, seq, _gap_after(text, seq, "กล่าว"))
    plain = "นายวิชัย สุขใจ กล่าว ผู้ว่าราชการจังหวัดเห็นด้วย"  # no quote before
    seq = _seq(plain)
    assert not clause_gaps.ends_attribution(plain, seq, _gap_after(plain, seq, "กล่าว"))


def test_verbless_piece_before_โดย_joins_the_sentence_before():
    text = "สภาเทศบาลอนุมัติงบซ่อมถนนสายหลัก เมื่อวันที่ 3 มีนาคม โดยมีสมาชิกลงมติเห็นชอบ 20 เสียง"
    seq = _seq(text)
    first, second = _gap_after(text, seq, "สายหลัก"), _gap_after(text, seq, "มีนาคม")
    assert clause_gaps.join_verbless(text, seq, [first, second]) == [second]
    # the first piece of a paragraph is left alone
    assert clause_gaps.join_verbless(text, seq, [second]) == [second]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("otherwise", ["มิฉะนั้น", "ไม่เช่นนั้น"])
def test_otherwise_continues_the_sentence(engine, otherwise):
    text = (f'"ชาวสวนต้องการเงินกู้ดอกเบี้ยต่ำเพื่อซื้อปุ๋ยก่อนฤดูฝน {otherwise}'
            'ผลผลิตปีนี้จะลดลงอย่างมาก" นายสมศักดิ์ กล่าว')
    assert thai_sents(text, engine) == [text]
