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
