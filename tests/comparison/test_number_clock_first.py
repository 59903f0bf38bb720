"""The number join on clock times (a 12-hour clock on one side) and on a Thai แรก fused
into a longer run of letters. Sentences written for these tests."""

import pytest

from number_problems import number_problems



def _problems(en, th):
    return number_problems(en, th, embeddings=False)


@pytest.mark.parametrize("en,th", [
    # a bare hour against a Thai clock word of the evening
    ("The library closes at ten every night.", "ห้องสมุดปิดตอนสี่ทุ่มทุกคืน"),
    ("We ate together at twelve-thirty.", "เรากินข้าวด้วยกันตอนเที่ยงครึ่ง"),
    ("The concert begins at eight o'clock.", "คอนเสิร์ตเริ่มเวลา 20.00 น."),
    # a transliterated name that holds the letters of แรก
    ("The prize went to the director Carl Bergdis.",
     "รางวัลตกเป็นของผู้กำกับ คาร์ล เบอร์แรกดิส"),
    # "first" written against a fused แรก
    ("It was the first flight of the new plane.", "นี่คือเที่ยวบินแรกของเครื่องบินลำใหม่"),
])
def test_kept_clock_times_and_fused_first_are_not_problems(en, th):
    assert _problems(en, th) == []


@pytest.mark.parametrize("en,th", [
    # another hour: 9 is not 22:00
    ("The library closes at nine every night.", "ห้องสมุดปิดตอนสี่ทุ่มทุกคืน"),
    ("We ate together at one-thirty.", "เรากินข้าวด้วยกันตอนเที่ยงครึ่ง"),
    # both sides fix the half of the day: 7 p.m. is not 07.00
    ("The bus leaves at 7 p.m.", "รถออกเวลา 07.00 น."),
    # "first" dropped from the translation
    ("It was the first flight of the new plane.", "นี่คือเที่ยวบินของเครื่องบินลำใหม่"),
    # "first" added after a known head noun (ครั้ง)
    ("It was his trip to Japan.", "นี่เป็นการเดินทางครั้งแรกของเขาไปญี่ปุ่น"),
])
def test_changed_clock_times_and_first_are_reported(en, th):
    assert _problems(en, th) != []


@pytest.mark.parametrize("en,th,kept", [
    ("The law needs a two-thirds majority.", "กฎหมายต้องได้เสียงข้างมากสองในสาม", True),
    ("The law needs a two-thirds majority.", "กฎหมายต้องได้เสียงข้างมากสามในสี่", False),
    ("A quarter of the staff work from home.", "หนึ่งในสี่ของพนักงานทำงานที่บ้าน", True),
    ("A third of the staff work from home.", "หนึ่งในสี่ของพนักงานทำงานที่บ้าน", False),
])
def test_fraction_written_as_two_counts(en, th, kept):
    assert (_problems(en, th) == []) is kept


@pytest.mark.parametrize("en,th,kept", [
    ("The dam took a decade to build.", "เขื่อนนี้ใช้เวลาสร้างสิบปี", True),
    ("The dam took a decade to build.", "เขื่อนนี้ใช้เวลาสร้างสิบห้าปี", False),
])
def test_a_decade_is_ten_years(en, th, kept):
    assert (_problems(en, th) == []) is kept


@pytest.mark.parametrize("th,kept", [
    ("คนขับรถหญิงวัยสี่สิบกว่าปีไม่ได้รับบาดเจ็บ", True),
    ("คนขับรถหญิงวัยหกสิบกว่าปีไม่ได้รับบาดเจ็บ", False),
])
def test_age_bracket_in_words(th, kept):
    assert (_problems("The driver, in her forties, was unhurt.", th) == []) is kept


@pytest.mark.parametrize("en,kept", [
    ("One day, a fisherman found a bottle.", True),  # "some day", left out
    ("For one day, a fisherman searched for the bottle.", False),  # a count, dropped
])
def test_story_one_day(en, kept):
    assert (_problems(en, "ชาวประมงพบขวดบนชายหาด") == []) is kept


@pytest.mark.parametrize("en,th,kept", [
    ("He is one of the top 5 chefs in the country.",
     "เขาเป็นหนึ่งในเชฟ 5 อันดับแรกของประเทศ", True),
    ("He is one of the top 5 chefs in the country.",
     "เขาเป็นหนึ่งในเชฟ 3 อันดับแรกของประเทศ", False),
    ("The museum reopens in the second half of the year.",
     "พิพิธภัณฑ์จะเปิดอีกครั้งในครึ่งหลังของปี", True),
    ("The museum reopens in the second half of the year.",
     "พิพิธภัณฑ์จะเปิดอีกครั้งในปีนี้", False),
])
def test_first_n_and_second_half(en, th, kept):
    assert (_problems(en, th) == []) is kept


@pytest.mark.parametrize("en,th,kept", [
    ("The price of rice doubled.", "ราคาข้าวเพิ่มขึ้นสองเท่า", True),
    ("The price of rice doubled.", "ราคาข้าวเพิ่มขึ้นสามเท่า", False),
    ("The firm tripled its sales.", "บริษัทเพิ่มยอดขายได้สามเท่า", True),
])
def test_verbs_of_multiplying(en, th, kept):
    assert (_problems(en, th) == []) is kept


@pytest.mark.parametrize("en,th,kept", [
    ("The ceremony starts at 12 noon.", "พิธีเริ่มตอนเที่ยงวัน", True),
    ("The ceremony starts at noon.", "พิธีเริ่มเวลา 12.00 น.", True),
    ("The ceremony starts at 11 o'clock.", "พิธีเริ่มตอนเที่ยง", False),
    # อาหารเที่ยง is "lunch": it does not write the 12 that the translation lost
    ("They had lunch with 12 ministers.", "พวกเขากินอาหารเที่ยงกับรัฐมนตรี", False),
])
def test_noon(en, th, kept):
    assert (_problems(en, th) == []) is kept


@pytest.mark.parametrize("en,th,kept", [
    ("Police arrested a suspect on Monday.", "ตำรวจจับกุมผู้ต้องสงสัย 1 รายเมื่อวันจันทร์", True),
    ("The talks lasted an hour.", "การเจรจาใช้เวลา ๑ ชั่วโมง", True),
    # a second paragraph: offsets into the whole text
    ("The city is quiet.\n\nA soldier was hurt in the blast.",
     "เมืองนี้เงียบสงบ\n\nทหาร 1 นายได้รับบาดเจ็บจากการระเบิด", True),
    # no article: the 1 is information the English does not give
    ("Police arrested suspects on Monday.", "ตำรวจจับกุมผู้ต้องสงสัย 1 รายเมื่อวันจันทร์", False),
    # a count changed: still reported
    ("The talks lasted two hours.", "การเจรจาใช้เวลา 1 ชั่วโมง", False),
])
def test_thai_one_with_a_classifier_for_an_article(en, th, kept):
    assert (_problems(en, th) == []) is kept


@pytest.mark.parametrize("th,kept", [
    ("สำนักงานเปิดตั้งแต่ 08.00-17.00 น.", True),
    ("สำนักงานเปิดตั้งแต่ 09.00-17.00 น.", False),
])
def test_two_times_against_one_time_range(th, kept):
    assert (_problems("Offices are open from 8am to 5pm.", th) == []) is kept


@pytest.mark.parametrize("th,expected", [
    ("ตลาดนัดเปิดทุกวันเสาร์ เวลา 7.30-11.00 น.", []),
    # one end of the range changed: a changed range, not "part of" the other range
    ("ตลาดนัดเปิดทุกวันเสาร์ เวลา 7.30-11.05 น.",
     [("mismatch", "7.30-11am", "7.30-11.05 น.", "07:30-11:00 → 07:30-11:05")]),
    ("ตลาดนัดเปิดทุกวันเสาร์ เวลา 7.00-11.00 น.",
     [("mismatch", "7.30-11am", "7.00-11.00 น.", "07:30-11:00 → 07:00-11:00")]),
])
def test_a_time_range_against_a_time_range(th, expected):
    assert number_problems("The flea market opens every Saturday from 7.30-11am.", th,
                           note=True, embeddings=False) == expected
