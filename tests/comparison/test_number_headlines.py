"""Two headlines that quote different facts of one story are no changed number when
each figure is in the other side's body; a headline figure found nowhere on the other
side is still reported. Texts written for these tests."""

from number_problems import number_problems

EN = """Storm to bring 120mm of rain to Hue

Tropical storm Kajiki will bring up to 120mm of rain to Hue and Da Nang on Thursday, forecasters said.

Gusts of 60-70km/h are expected along the coast, and fishing boats have been told to stay in port.

Schools in four coastal districts will close for two days."""

TH = """พายุถล่มเว้ ลมกระโชก {gust} กม./ชม.

นักพยากรณ์อากาศระบุว่าพายุโซนร้อนคาจิกิจะทำให้ฝนตกหนักสูงสุด 120 มม. ในเว้และดานังในวันพฤหัสบดี

คาดว่าจะมีลมกระโชก 60-70 กม./ชม. ตามแนวชายฝั่ง และเรือประมงได้รับคำสั่งให้จอดอยู่ในท่า

โรงเรียนในสี่อำเภอชายฝั่งจะปิดเป็นเวลาสองวัน"""


def _problems(en, th):
    return [p[:3] for p in number_problems(en, th, embeddings=False)]


def test_headlines_quoting_two_facts_of_the_body_are_no_change():
    assert _problems(EN, TH.format(gust="70")) == []


def test_a_headline_figure_found_nowhere_else_is_still_reported():
    # 120 is in the Thai body; the Thai headline's 90 is nowhere in the English
    assert _problems(EN, TH.format(gust="90")) == [("added", "", "90")]


EN_LOANS = """Bank approves {amount} of farm loans

The state farm bank approved 237.6 billion baht of loans to 41,000 growers on Tuesday, its president said.

The loans carry an interest rate of 3.5% for the first two years."""

TH_LOANS = """ธ.ก.ส. อนุมัติสินเชื่อเกษตรกร {amount}

ประธานธนาคารเปิดเผยว่า ธนาคารอนุมัติสินเชื่อ 237,600 ล้านบาทแก่เกษตรกร 41,000 รายเมื่อวันอังคาร

สินเชื่อดังกล่าวคิดดอกเบี้ยร้อยละ 3.5 ในช่วง 2 ปีแรก"""


def test_a_thai_headline_rounding_the_amount_without_its_currency_is_no_change():
    assert _problems(EN_LOANS.format(amount="237.6bn baht"),
                     TH_LOANS.format(amount="2.38 แสนล้าน")) == []


def test_a_thai_headline_amount_of_another_value_is_still_added():
    assert ("added", "", "2.83 แสนล้าน") in _problems(
        EN_LOANS.format(amount="237.6bn baht"), TH_LOANS.format(amount="2.83 แสนล้าน"))



def test_a_section_label_beaded_with_the_headline_leaves_the_headline_a_headline():
    # a 2-1 first bead: "Space" + the English headline, one Thai headline
    from types import SimpleNamespace

    import pandas as pd

    from massmob_nlp.comparison.number_implied import headline_paragraphs
    rows = [{"bead_id": 0, "src_ids": (4, 5), "tgt_ids": (3,),
             "src_text": "Space Japan's Hakuto lander heads for the Moon after H3 launch",
             "tgt_text": "ญี่ปุ่นส่งยานฮาคุโตะมุ่งหน้าดวงจันทร์"}]
    rows += [{"bead_id": b, "src_ids": (5 + b,), "tgt_ids": (3 + b,),
              "src_text": f"Body paragraph {b} of the story, with a full stop.",
              "tgt_text": f"ย่อหน้าที่ {b} ของข่าว"} for b in range(1, 9)]
    heads = headline_paragraphs(SimpleNamespace(para=pd.DataFrame(rows)))
    assert heads["src"] == {4, 5} and heads["tgt"] == {3}
