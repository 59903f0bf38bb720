"""Join rules of session 26 on Vietnamese and Thai news pairs: a range of days whose
year only the Thai writes, "one of" a group a superlative picks, a count of the
numbers listed right after it, the small numbers of a clause the translator moved.
Sentences written for these tests."""

from number_problems import number_problems


def _problems(en: str, th: str) -> list[tuple[str, ...]]:
    return [p[:3] for p in number_problems(en, th, embeddings=False)]


# ------------------------------------------------------- a range of days, year added
def test_a_range_of_days_with_the_year_added_is_kept():
    en = "The festival ran from March 3 to 9 and drew 12,000 visitors to the old town."
    th = "เทศกาลจัดขึ้นระหว่างวันที่ 3-9 มีนาคม 2570 มีผู้เข้าชมเมืองเก่า 12,000 คน"
    assert _problems(en, th) == []


def test_a_range_of_days_joins_its_own_sentence_before_a_later_restatement():
    # the Thai lead adds the year; a later Thai sentence restates the days: the lead's
    # range is the partner, the restatement is the number the translator added
    en = ("The festival ran from March 3 to 9 and drew 12,000 visitors to the old town."
          "\n\nThe streets were full all week, the mayor said.")
    th = ("เทศกาลจัดขึ้นระหว่างวันที่ 3-9 มีนาคม 2570 มีผู้เข้าชมเมืองเก่า 12,000 คน"
          "\n\nนายกเทศมนตรีกล่าวว่าตลอดวันที่ 3-9 มีนาคม ถนนเต็มไปด้วยผู้คน")
    assert _problems(en, th) == [("added", "", "3-9 มีนาคม")]


def test_a_range_of_days_with_another_last_day_is_still_reported():
    en = "The festival ran from March 3 to 9 and drew 12,000 visitors to the old town."
    th = "เทศกาลจัดขึ้นระหว่างวันที่ 3-8 มีนาคม 2570 มีผู้เข้าชมเมืองเก่า 12,000 คน"
    assert _problems(en, th) != []


# ------------------------------------------------------- one of a superlative's group
def test_one_of_the_busiest_is_no_count_when_the_thai_names_the_group():
    en = ("The port handled 4.1 million containers last year, making it one of the "
          "region's busiest.")
    th = "ท่าเรือรองรับตู้สินค้า 4.1 ล้านตู้เมื่อปีที่แล้ว ติดกลุ่มท่าเรือที่พลุกพล่านที่สุดในภูมิภาค"
    assert _problems(en, th) == []


def test_one_of_a_worst_performing_group_is_no_count():
    en = "The peso fell 2.5% this year, one of Asia's worst-performing currencies."
    th = "ปีนี้เงินเปโซอ่อนค่าลง 2.5% ติดกลุ่มสกุลเงินที่แย่ที่สุดในเอเชีย"
    assert _problems(en, th) == []


# ------------------------------------------------------- a count of the list after it
def test_a_thai_count_of_the_rounds_listed_after_it_is_no_number_added():
    en = "Nakhon opened with rounds of 67 and 71 before a 66 on Saturday."
    th = "นครเปิดสองวันแรกด้วยสกอร์ 67 และ 71 ก่อนจะทำ 66 ในวันเสาร์"
    assert _problems(en, th) == []


def test_a_thai_count_of_the_sets_listed_after_it_is_no_number_added():
    en = "Thailand lost 22-25, 21-25 before winning 25-20, 25-23, 15-11 in the final."
    th = "ไทยแพ้ 22-25 และ 21-25 ก่อนจะชนะสามเซตติดกัน 25-20, 25-23 และ 15-11 ในนัดชิง"
    assert _problems(en, th) == []


def test_a_count_that_is_not_the_length_of_its_list_is_still_added():
    en = "Nakhon opened with rounds of 67 and 71 before a 66 on Saturday."
    th = "นครเปิดสามวันแรกด้วยสกอร์ 67 และ 71 ก่อนจะทำ 66 ในวันเสาร์"
    assert ("added", "", "สามวัน") in _problems(en, th)


# ------------------------------------------------------- a moved clause's small numbers
_EN_MOVED = """The new plant in Rayong will start production in 2028, the company said on Monday.

Some 5,000 workers are on site, building the 12-storey office block and a 1,800-bed dormitory.

The company expects to export 60% of its output to Japan and the rest to Vietnam.

A second plant in Chonburi, costing 9 billion baht, is planned for 2031."""
_TH_MOVED = """บริษัทแถลงเมื่อวันจันทร์ว่าโรงงานแห่งใหม่ในระยองจะเริ่มผลิตในปี 2571

บริษัทคาดว่าจะส่งออกผลผลิตร้อยละ 60 ไปยังญี่ปุ่น ที่เหลือส่งไปเวียดนาม

โรงงานแห่งที่สองในชลบุรี มูลค่า 9 พันล้านบาท มีแผนจะสร้างในปี 2574 {clause}"""


def test_the_small_number_of_a_moved_clause_moves_with_its_neighbour():
    th = _TH_MOVED.format(clause="ส่วนอาคารสำนักงานสูง 12 ชั้นและหอพัก 1,800 เตียงกำลังเร่งก่อสร้าง")
    assert _problems(_EN_MOVED, th) == [("missing", "5,000", "")]


def test_a_small_number_far_from_the_moved_one_is_still_reported():
    th = _TH_MOVED.format(clause="ส่วนหอพัก 1,800 เตียงกำลังเร่งก่อสร้าง โดยมีแผนจะจ้างพนักงานเพิ่มอีกราว"
                                 "หลายร้อยคนภายในสิ้นปี และอาคาร 12 ชั้น")
    assert ("missing", "12", "") in _problems(_EN_MOVED, th)


# ------------------------------------------------------- changed pairs, closest first
def test_the_changed_share_is_the_one_with_the_same_digits_not_the_first():
    en = ("Each state bank got an additional 2 percentage points, bringing its quota to 16 "
          "per cent, and Alpha Bank's quota was raised to 31.5 per cent.")
    th = "ธนาคารของรัฐได้โควตาเป็นร้อยละ 16 ส่วนโควตาของธนาคารอัลฟาปรับขึ้นเป็นร้อยละ 35.1"
    assert _problems(en, th) == [("mismatch", "31.5 per cent", "ร้อยละ 35.1"),
                                 ("missing", "2 percentage points", "")]


def test_a_thai_one_for_every_is_no_number_added():
    en = "The buyer will issue 2.15 new shares for every Delta share held."
    th = "ผู้ซื้อจะออกหุ้นใหม่ 2.15 หุ้น ต่อหุ้นเดลต้าทุก 1 หุ้น"
    assert _problems(en, th) == []
