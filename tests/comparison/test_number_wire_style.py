"""The number join on US wire and Asian business news: English words that hold a
number the translation writes otherwise (best-of-seven, a divided court, first
officer, half a percentage point), a Thai date glossing a weekday, and the two ends
of a range of amounts written with Thai scale words. Sentences written for these
tests."""

import pytest

from number_problems import number_problems


def _problems(en, th):
    return number_problems(en, th, embeddings=False)


@pytest.mark.parametrize("en,th", [
    # the wins a series needs, for "best-of-N"
    ("The Lakers open a best-of-seven series against Denver on Sunday.",
     "เลเกอร์สจะพบเดนเวอร์ในซีรีส์ระบบชนะ 4 ใน 7 เกม ในวันอาทิตย์"),
    ("She won the best-of-three final in under an hour.",
     "เธอชนะรอบชิงชนะเลิศแบบ 2 ใน 3 เซตในเวลาไม่ถึงชั่วโมง"),
    # "divided" written as "split into two sides"
    ("A divided city council approved the new budget on Tuesday.",
     "สภาเมืองซึ่งแตกออกเป็นสองฝ่ายอนุมัติงบประมาณใหม่เมื่อวันอังคาร"),
    # a Thai date in brackets after the weekday
    ("The committee met on Friday to discuss the plan.",
     "คณะกรรมการประชุมเมื่อวันศุกร์ (12 ก.ค.) เพื่อหารือแผนดังกล่าว"),
    # "first" in the name of a post
    ("The first officer had flown the route many times.",
     "นักบินผู้ช่วยเคยบินเส้นทางนี้มาแล้วหลายครั้ง"),
    # half a percentage point in words
    ("The bank cut its main rate by half a percentage point.",
     "ธนาคารลดอัตราดอกเบี้ยหลักลงครึ่งจุดเปอร์เซ็นต์"),
    ("The central bank raised its rate by half a point.",
     "ธนาคารกลางขึ้นอัตราดอกเบี้ยครึ่งจุด"),
    # both ends of a range, one of them written with หมื่นล้าน
    ("Losses are put at between $6 billion and $11 billion.",
     "คาดว่าความเสียหายอยู่ระหว่าง 6,000 ล้าน ถึง 1.1 หมื่นล้านดอลลาร์"),
    # US degrees with no scale are Fahrenheit: the translator gives Celsius
    ("Highs in Phoenix reached 112 degrees on Sunday.",
     "อุณหภูมิสูงสุดในฟีนิกซ์เมื่อวันอาทิตย์แตะ 44 องศาเซลเซียส"),
])
def test_kept_numbers_written_otherwise_are_not_problems(en, th):
    assert _problems(en, th) == []


@pytest.mark.parametrize("en,th", [
    # a series of another length
    ("The Lakers open a best-of-five series against Denver on Sunday.",
     "เลเกอร์สจะพบเดนเวอร์ในซีรีส์ระบบชนะ 4 ใน 7 เกม ในวันอาทิตย์"),
    # no "divided" in the English: the two sides are added
    ("The city council approved the new budget on Tuesday.",
     "สภาเมืองซึ่งแตกออกเป็นสองฝ่ายอนุมัติงบประมาณใหม่เมื่อวันอังคาร"),
    # a date added with no weekday in the English
    ("The committee met to discuss the plan.",
     "คณะกรรมการประชุมเมื่อวันศุกร์ (12 ก.ค.) เพื่อหารือแผนดังกล่าว"),
    # "first" as a rank, dropped
    ("The first flight leaves at dawn.", "เที่ยวบินออกตอนรุ่งสาง"),
    # a quarter of a point is not half
    ("The bank cut its main rate by a quarter of a percentage point.",
     "ธนาคารลดอัตราดอกเบี้ยหลักลงครึ่งจุดเปอร์เซ็นต์"),
    ("The central bank raised its rate by a quarter point.",
     "ธนาคารกลางขึ้นอัตราดอกเบี้ยครึ่งจุด"),
    # 112 degrees Fahrenheit is not 48 Celsius
    ("Highs in Phoenix reached 112 degrees on Sunday.",
     "อุณหภูมิสูงสุดในฟีนิกซ์เมื่อวันอาทิตย์แตะ 48 องศาเซลเซียส"),
    # one end of the range changed
    ("Losses are put at between $6 billion and $11 billion.",
     "คาดว่าความเสียหายอยู่ระหว่าง 6,000 ล้าน ถึง 1.4 หมื่นล้านดอลลาร์"),
])
def test_changed_or_added_numbers_are_still_problems(en, th):
    assert _problems(en, th) != []



def test_two_years_changed_in_place_are_not_two_moves():
    en = ("In 2015, the band released its first live album.\n\n"
          "The singer later moved to Berlin with her family.\n\n"
          "The group toured Asia in 2016 with a new drummer.")
    th = ("ในปี 2016 วงได้ออกอัลบั้มแสดงสดชุดแรก\n\n"
          "ต่อมานักร้องย้ายไปอยู่เบอร์ลินกับครอบครัว\n\n"
          "วงออกทัวร์เอเชียในปี 2015 พร้อมมือกลองคนใหม่")
    problems = _problems(en, th)
    assert ("mismatch", "2015", "2016") in problems
    assert ("mismatch", "2016", "2015") in problems


def test_a_thai_date_gloss_of_a_weekday_named_in_the_next_english_sentence():
    # the "4" joined to "four" is no part of "24 พ.ย."
    en = ("\"We will open the bridge in March,\" the minister said on Tuesday. He added "
          "that four lanes would carry 90,000 cars a day.")
    th = ("\"เราจะเปิดสะพานในเดือนมีนาคม\" รัฐมนตรีกล่าวเมื่อวันอังคาร (24 พ.ย.) และระบุว่า "
          "4 ช่องจราจรจะรองรับรถได้วันละ 90,000 คัน")
    assert [p[:3] for p in number_problems(en, th, embeddings=False)] == []


def test_a_thai_date_gloss_of_another_weekday_is_still_added():
    en = ("\"We will open the bridge in March,\" the minister said on Monday. He added "
          "that four lanes would carry 90,000 cars a day.")
    th = ("\"เราจะเปิดสะพานในเดือนมีนาคม\" รัฐมนตรีกล่าวเมื่อวันอังคาร (24 พ.ย.) และระบุว่า "
          "4 ช่องจราจรจะรองรับรถได้วันละ 90,000 คัน")
    assert ("added", "", "24 พ.ย.") in [p[:3] for p in number_problems(en, th,
                                                                       embeddings=False)]
