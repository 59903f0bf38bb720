"""Forms of held-out news (session 22) that say one number two ways, and their limits:
a price per another unit of weight or area, a minute of stoppage time, a photo caption
moved into the body, first place said as "remains top", the story's year after a
quarter beside a year the join kept, a Thai แรก of a start or of a race won, an English
"first" said as เมื่อครั้ง. Sentences written for these tests."""

import pytest

from massmob_nlp import compare
from number_problems import number_problems


def _problems(en, th):
    return [p[:3] for p in number_problems(en, th, embeddings=False)]


def test_a_price_per_pound_is_no_price_per_kilogram():
    en = "Cocoa futures in New York climbed 1.2% to 3.15 dollars a pound on Monday."
    th = "สัญญาซื้อขายโกโก้ล่วงหน้าในนิวยอร์กเพิ่มขึ้น 1.2% เป็น 3.15 ดอลลาร์ต่อกิโลกรัมเมื่อวันจันทร์"
    assert ("mismatch", "3.15 dollars", "3.15 ดอลลาร์") in _problems(en, th)
    same = th.replace("ต่อกิโลกรัม", "ต่อปอนด์")
    assert _problems(en, same) == []


@pytest.mark.parametrize("unit,problem", [("ต่อตารางฟุต", False), ("ต่อตารางเมตร", True)])
def test_a_price_per_square_foot(unit, problem):
    en = "Flats at the Riverside tower sold for a median $1,840 psf last month."
    th = f"ห้องชุดในอาคารริเวอร์ไซด์ขายได้ที่ราคากลาง 1,840 ดอลลาร์{unit}เมื่อเดือนที่แล้ว"
    assert bool(_problems(en, th)) is problem


def test_a_minute_of_stoppage_time():
    en = "Osei headed the winner in the third minute of stoppage time."
    assert _problems(en, "โอเซย์โหม่งประตูชัยในนาทีที่ 90+3") == []
    assert _problems(en, "โอเซย์โหม่งประตูชัยในนาทีที่ 90+5") != []


def test_a_caption_moved_into_the_body():
    en = ("Harbour City beat Eastvale 2-1 on Saturday.\n\n"
          "Image caption: Okafor has scored nine goals in 12 games since joining for £15m\n\n"
          "The win lifts Harbour City to third in the table.")
    th = ("ฮาร์เบอร์ ซิตี้ ชนะอีสต์เวล 2-1 เมื่อวันเสาร์\n\n"
          "โอคาฟอร์ยิงไปแล้ว 9 ประตูจาก 12 นัด นับตั้งแต่ย้ายมาด้วยค่าตัว 15 ล้านปอนด์\n\n"
          "ชัยชนะครั้งนี้ทำให้ฮาร์เบอร์ ซิตี้ขึ้นไปอยู่อันดับ 3 ของตาราง")
    assert _problems(en, th) == []
    changed = th.replace("12 นัด", "21 นัด")
    assert ("added", "", "21") in _problems(en, changed)


def test_remains_top_is_first_place():
    en = "China remains top source of foreign students, the ministry said."
    th = "กระทรวงระบุว่าจีนยังคงเป็นแหล่งนักศึกษาต่างชาติอันดับ 1"
    assert _problems(en, th) == []
    assert _problems("China is ranked top 10 among sources, the ministry said.",
                     "กระทรวงระบุว่าจีนเป็นแหล่งอันดับ 1") != []


def test_the_story_year_after_a_quarter_beside_a_kept_year():
    en = ("Hotel occupancy in Da Nang reached 71% in the third quarter of 2026, the city said.\n\n"
          "Average room rates rose 9% in the third quarter, the highest since 2019.")
    th = ("เมืองดานังระบุว่าอัตราการเข้าพักโรงแรมในไตรมาส 3 ปี 2569 อยู่ที่ร้อยละ 71\n\n"
          "ราคาห้องพักเฉลี่ยในไตรมาส 3 ปี 2569 เพิ่มขึ้นร้อยละ 9 สูงสุดนับตั้งแต่ปี 2562")
    assert _problems(en, th) == []


@pytest.mark.parametrize("en,th", [
    ("The festival, which began in 2004, moved to Chiang Mai in 2012.",
     "เทศกาลนี้เริ่มจัดครั้งแรกในปี 2547 และย้ายไปจัดที่เชียงใหม่ในปี 2555"),
    ("Kenya's Ruth Chebet won the women's race in 2:19:40.",
     "รูธ เชเบต จากเคนยา เข้าเส้นชัยเป็นคนแรกในประเภทหญิงด้วยเวลา 2:19:40"),
    ("The bridge will cost VND9.6 trillion, up from VND7.2 trillion when it was first "
     "approved in 2019.",
     "สะพานจะใช้งบ 9.6 ล้านล้านด่ง เพิ่มจาก 7.2 ล้านล้านด่งเมื่อครั้งได้รับอนุมัติในปี 2562"),
])
def test_a_first_said_without_a_number(en, th):
    assert _problems(en, th) == []


def test_a_first_of_a_start_needs_the_english_start():
    en = "The festival moved to Chiang Mai in 2012."
    th = "เทศกาลนี้เริ่มจัดครั้งแรกที่เชียงใหม่ในปี 2555"
    assert ("added", "", "แรก") in _problems(en, th)


def test_rows_of_a_moved_caption_are_noted():
    en = ("Harbour City beat Eastvale 2-1 on Saturday.\n\n"
          "Image caption: Okafor has scored nine goals in 12 games since joining for £15m")
    th = ("ฮาร์เบอร์ ซิตี้ ชนะอีสต์เวล 2-1 เมื่อวันเสาร์\n\n"
          "โอคาฟอร์ยิงไปแล้ว 9 ประตูจาก 12 นัด")
    rows = compare(en, th, src_lang="en", tgt_lang="th", embeddings=False).numbers
    notes = set(rows.loc[rows["tgt_text"].fillna("") == "12", "note"])
    assert any("caption" in str(n) for n in notes)


def test_a_headline_month_and_the_day_of_it():
    en = "Hanoi raises bus fares from March 2027\n\nThe new fares take effect on March 1, 2027."
    th = "ฮานอยขึ้นค่ารถเมล์ มีผล 1 มี.ค. 2570\n\nค่าโดยสารใหม่มีผลตั้งแต่วันที่ 1 มีนาคม 2570"
    assert _problems(en, th) == []
    other = th.replace("1 มี.ค. 2570", "1 เม.ย. 2570")
    assert _problems(en, other) != []


def test_the_turn_is_nine_holes():
    en = "By the turn she led by four shots."
    assert _problems(en, "เมื่อจบ 9 หลุมแรกเธอนำอยู่ 4 สโตรก") == []
    assert ("added", "", "9") in _problems("She led by four shots.",
                                           "เมื่อจบ 9 หลุมแรกเธอนำอยู่ 4 สโตรก")


@pytest.mark.parametrize("th,problem", [
    ("อันดับสองคือแบรนด์ซันไรส์ ขายได้ 410 คัน", False),
    ("อันดับสามคือแบรนด์ซันไรส์ ขายได้ 410 คัน", True),
])
def test_followed_by_ranks_the_next(th, problem):
    en = "It was followed by the Sunrise brand, which sold 410 cars."
    assert bool(_problems(en, th)) is problem


@pytest.mark.parametrize("en,problem", [
    ("The line runs on metre-gauge track.", False),
    ("The line runs on standard track.", True),
])
def test_a_unit_named_alone_is_one(en, problem):
    th = "เส้นทางนี้ใช้รางขนาด 1 เมตร"
    assert bool(_problems(en, th)) is problem


def test_a_toll_per_kilometre_is_no_price_per_kilogram():
    en = "Drivers will pay about VND1,800 per kilometre on the new road."
    th = "ผู้ขับขี่จะต้องจ่ายราว 1,800 ด่งต่อกิโลเมตรบนถนนสายใหม่"
    assert _problems(en, th) == []
