"""The number join on Vietnamese state media in English and its Thai edition: a count
beside a range of money that already has its partner, a total restated as "all", a
one-unit length of time written with Thai ราย ("per"). Sentences written for these
tests."""

import pytest

from number_problems import number_problems


def _problems(en, th):
    return number_problems(en, th, embeddings=False)


@pytest.mark.parametrize("en,th", [
    # "all 12 points" restates the 12 points just given: Thai writes "until none left"
    ("Each licence carries 12 points. A driver who loses all 12 points must retake the test.",
     "ใบขับขี่แต่ละใบมี 12 คะแนน ผู้ขับขี่ที่ถูกตัดคะแนนจนหมดต้องสอบใหม่"),
    ("The league has 14 clubs. All 14 clubs have agreed to the new rules.",
     "ลีกมีสโมสร 14 ทีม ซึ่งทุกสโมสรตกลงตามกฎใหม่แล้ว"),
    # a one-day pass is a daily pass, a one-month card a monthly card
    ("A one-day pass costs VND40,000 and a three-day pass VND90,000.",
     "บัตรรายวันราคา 40,000 ดอง และบัตรสามวันราคา 90,000 ดอง"),
    ("Commuters can buy a one-month card for the bus network.",
     "ผู้โดยสารสามารถซื้อบัตรรายเดือนสำหรับเครือข่ายรถประจำทางได้"),
    # "one rai" of a cost per unit: Thai writes the distributive ไร่ละ
    ("Farmers spend about 6,000 baht to plant one rai of cassava.",
     "เกษตรกรใช้เงินลงทุนปลูกมันสำปะหลังไร่ละประมาณ 6,000 บาท"),
    ("Exporters were paid $520 for one tonne of rice.",
     "ผู้ส่งออกได้รับเงินตันละ 520 ดอลลาร์สำหรับข้าว"),
])
def test_kept_numbers_written_otherwise_are_not_problems(en, th):
    assert _problems(en, th) == []


@pytest.mark.parametrize("en,th", [
    # no earlier total: the 12 is lost, whatever the "all"
    ("A driver who loses all 12 points must retake the test.",
     "ผู้ขับขี่ที่ถูกตัดคะแนนจนหมดต้องสอบใหม่"),
    # the total before was changed, so the restated one is not kept
    ("Each licence carries 12 points. A driver who loses all 12 points must retake the test.",
     "ใบขับขี่แต่ละใบมี 10 คะแนน ผู้ขับขี่ที่ถูกตัดคะแนนจนหมดต้องสอบใหม่"),
    # "and" before an amount is no distributive: the one tonne is lost
    ("Exporters were paid $520 for one tonne of rice.",
     "ผู้ส่งออกได้รับเงินสำหรับข้าวและ 520 ดอลลาร์"),
    # a one-week pass is not a daily one
    ("A one-week pass costs VND150,000.", "บัตรรายวันราคา 150,000 ดอง"),
])
def test_lost_or_changed_numbers_are_still_problems(en, th):
    assert _problems(en, th) != []


def test_a_count_beside_a_joined_range_is_not_part_of_that_range():
    en = ("Riders who cause a crash face fines of VND10-14 million, and will have 10 "
          "points deducted from their licence.")
    th = ("ผู้ขับขี่ที่ก่อให้เกิดอุบัติเหตุจะถูกปรับ 10-14 ล้านดอง และถูกตัดคะแนนใบขับขี่ "
          "12 คะแนน")
    assert _problems(en, th) == [("mismatch", "10", "12")]


def test_a_count_inside_a_range_of_the_other_side_is_still_kept():
    en = "Tickets cost between £30 and £45 for the final."
    th = "ตั๋วนัดชิงชนะเลิศราคา 30-45 ปอนด์"
    assert _problems(en, th) == []


@pytest.mark.parametrize("en,th,problem", [
    # ทั้งสอง ("both") is no partner for "2 seasons": the 2 was changed to 3
    ("Both provinces met the target after 2 rounds of inspections.",
     "ทั้งสองจังหวัดบรรลุเป้าหมายหลังการตรวจสอบ 3 รอบ", ("mismatch", "2", "3")),
    # อันดับหนึ่ง ("top-ranked") is no partner for "1st": the rank was changed
    ("The top team finished 1st in the group for the second year.",
     "ทีมอันดับหนึ่งจบอันดับที่ 3 ของกลุ่มเป็นปีที่สอง", ("mismatch", "1st", "อันดับที่ 3")),
])
def test_a_vague_word_number_is_no_partner_for_digits(en, th, problem):
    assert problem in _problems(en, th)


@pytest.mark.parametrize("en,th", [
    ("The 2 suspects were detained in Da Nang on Friday.",
     "ผู้ต้องสงสัยทั้งสองถูกควบคุมตัวที่ดานังเมื่อวันศุกร์"),
    ("Both provinces reached the target in 2 years.",
     "ทั้งสองจังหวัดบรรลุเป้าหมายภายใน 2 ปี"),
])
def test_digits_written_as_a_vague_word_are_still_kept(en, th):
    assert _problems(en, th) == []


@pytest.mark.parametrize("en,th,kept", [
    ("Her lead of 40,000 votes over the runner-up is the widest in a decade.",
     "เธอทิ้งห่างอันดับสอง 40,000 คะแนน มากที่สุดในรอบทศวรรษ", True),
    ("The Hanoi club finished second in the V.League last season.",
     "สโมสรจากฮานอยได้รองแชมป์วีลีกเมื่อฤดูกาลที่แล้ว", True),
    # no runner-up in the English: the second place is added
    ("Her lead of 40,000 votes is the widest in a decade.",
     "เธอทิ้งห่างอันดับสอง 40,000 คะแนน มากที่สุดในรอบทศวรรษ", False),
])
def test_second_place_written_as_runner_up(en, th, kept):
    assert (_problems(en, th) == []) is kept


@pytest.mark.parametrize("en,th,kept", [
    # the Thai lunar date writes the day and the month; "Lunar New Year" is the month
    ("The first day of the Lunar New Year falls on February 17 this year.",
     "ปีนี้วันขึ้น 1 ค่ำ เดือน 1 ตามจันทรคติตรงกับวันที่ 17 กุมภาพันธ์", True),
    ("Markets close on the first day of Tết.", "ตลาดปิดในวันขึ้น 1 ค่ำ เดือน 1", True),
    # no New Year in the English: the month is added
    ("The first day of the festival falls on February 17 this year.",
     "ปีนี้วันขึ้น 1 ค่ำ เดือน 1 ตามจันทรคติตรงกับวันที่ 17 กุมภาพันธ์", False),
])
def test_the_first_lunar_month_written_as_lunar_new_year(en, th, kept):
    assert (_problems(en, th) == []) is kept
