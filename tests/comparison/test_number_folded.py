"""A paragraph the translator folded into another keeps its small numbers when its
distinctive ones landed there; a body number whose value a deck also gives is kept
once on the other side. Texts written for these tests."""

from number_problems import number_problems


def _problems(en, th):
    return [p[:3] for p in number_problems(en, th, embeddings=False)]


FOLD_EN = """Port workers end strike after pay deal

Dock workers at Laem Chabang returned to work on Friday after a four-day strike.

Union leaders met managers twice over the weekend before the offer of a 6.5% rise and a bonus of 12,400 baht was accepted.

The strike had left 230 ships waiting at anchor and cost exporters an estimated 1.8 billion baht.

Shipping lines said the backlog would take about ten days to clear."""

FOLD_TH = """คนงานท่าเรือยุติการนัดหยุดงานหลังตกลงค่าจ้างได้

คนงานท่าเรือแหลมฉบังกลับเข้าทำงานเมื่อวันศุกร์หลังนัดหยุดงานนาน 4 วัน

การนัดหยุดงานทำให้เรือ 230 ลำต้องจอดรอ และผู้ส่งออกเสียหายราว 1.8 พันล้านบาท ก่อนที่แกนนำสหภาพจะเจรจากับฝ่ายบริหารสองครั้งในช่วงสุดสัปดาห์ จนยอมรับข้อเสนอขึ้นค่าจ้างร้อยละ 6.5 และโบนัส 12,400 บาท

บริษัทเดินเรือระบุว่าต้องใช้เวลาราว 10 วันจึงจะเคลียร์งานค้างได้หมด"""


def test_a_folded_paragraph_keeps_its_small_numbers():
    assert _problems(FOLD_EN, FOLD_TH) == []


def test_a_small_number_dropped_from_a_folded_paragraph_is_missing():
    th = FOLD_TH.replace("เจรจากับฝ่ายบริหารสองครั้ง", "เจรจากับฝ่ายบริหาร")
    assert _problems(FOLD_EN, th) == [("missing", "twice", "")]


DECK_EN = """Rungrat wins Singapore Open

Thai world No 4 beats home favourite in Singapore

Rungrat Chaiyasit won the Singapore Open on Sunday, beating local hope Tan Wei Ming 21-18, 17-21, 21-16.

The 27-year-old, ranked fourth in the world, took home $95,000 in prize money."""

DECK_TH = """รุ่งรัตน์ คว้าแชมป์สิงคโปร์ โอเพ่น

รุ่งรัตน์ ชัยสิทธิ์ นักแบดมือ 4 ของโลก คว้าแชมป์สิงคโปร์ โอเพ่น เมื่อวันอาทิตย์ หลังเอาชนะตัน เหว่ย หมิง ความหวังเจ้าถิ่น 21-18, 17-21 และ 21-16

นักแบดวัย 27 ปีรับเงินรางวัล 95,000 ดอลลาร์"""


def test_a_deck_figure_given_once_in_the_other_body_is_no_loss():
    assert _problems(DECK_EN, DECK_TH) == []


def test_a_deck_figure_dropped_everywhere_is_still_missing():
    th = DECK_TH.replace("นักแบดมือ 4 ของโลก ", "")
    assert ("missing", "fourth", "") in _problems(DECK_EN, th)
