"""The number join on international wire news and long reads (war tolls, UN votes,
space probes, obituaries, climate reports): a range restated in another unit in
brackets, a Buddhist-Era decade for a Common-Era one, "twin" and "a quarter" written
as Thai numbers, an adverbial "first" written as เริ่ม, and a range written in words
with one end changed. Sentences written for these tests."""

import pytest
from number_problems import number_problems


def _problems(en, th):
    return number_problems(en, th, embeddings=False)


@pytest.mark.parametrize("en,th", [
    # a range in brackets restating a range in another unit, dropped
    ("The lake lies 20 to 30 miles (32 to 48 kilometres) east of the capital.",
     "ทะเลสาบอยู่ห่างจากเมืองหลวงไปทางตะวันออก 32 ถึง 48 กิโลเมตร"),
    ("The ice sheet is 2 to 3 kilometres (1.2 to 1.9 miles) thick in places.",
     "แผ่นน้ำแข็งบางแห่งหนา 2 ถึง 3 กิโลเมตร"),
    # a Buddhist-Era decade for the Common-Era decade it overlaps
    ("The factory closed in the early 1980s.",
     "โรงงานปิดตัวลงในช่วงต้นทศวรรษ 2520"),
    ("Sales of vinyl records collapsed in the 1990s.",
     "ยอดขายแผ่นเสียงไวนิลดิ่งลงในทศวรรษ 2530"),
    # "twin" is two
    ("The rescue team flew in on a twin-engine helicopter.",
     "ทีมกู้ภัยเดินทางมาด้วยเฮลิคอปเตอร์สองเครื่องยนต์"),
    ("The hospital delivered twins on Christmas morning.",
     "โรงพยาบาลทำคลอดทารกแฝดสองคนในเช้าวันคริสต์มาส"),
    # "a quarter" written as หนึ่งในสี่
    ("Roughly a quarter of the harvest was lost to the floods.",
     "ผลผลิตราวหนึ่งในสี่เสียหายจากน้ำท่วม"),
    # "first" as an adverb, written with เริ่ม
    ("The tax, first introduced in 1994, raises little money.",
     "ภาษีดังกล่าวซึ่งเริ่มใช้ในปี 2537 เก็บรายได้ได้ไม่มากนัก"),
    ("The festival was first held in a village hall.",
     "เทศกาลนี้เริ่มจัดขึ้นที่ศาลาประชาคมของหมู่บ้าน"),
    # a range in words kept
    ("Talks could resume within two to three weeks.",
     "การเจรจาอาจกลับมาเริ่มใหม่ภายในสองถึงสามสัปดาห์"),
])
def test_kept_numbers_written_otherwise_are_not_problems(en, th):
    assert _problems(en, th) == []


@pytest.mark.parametrize("en,th", [
    # a range with no bracket: the other unit is not a restatement
    ("The lake lies 20 to 30 miles east of the capital.",
     "ทะเลสาบอยู่ห่างจากเมืองหลวงไปทางตะวันออก 20 ถึง 40 ไมล์"),
    # a Buddhist-Era decade that shares no year with the English one
    ("The factory closed in the early 1960s.",
     "โรงงานปิดตัวลงในช่วงต้นทศวรรษ 2520"),
    # no "twin" in the English: the two is added
    ("The rescue team flew in on a helicopter.",
     "ทีมกู้ภัยเดินทางมาด้วยเฮลิคอปเตอร์สองลำ"),
    # a third is not a quarter
    ("Roughly a third of the harvest was lost to the floods.",
     "ผลผลิตราวหนึ่งในสี่เสียหายจากน้ำท่วม"),
    # "first" as a rank, with เริ่ม elsewhere in the Thai
    ("The first train leaves when the storm ends.",
     "รถไฟจะเริ่มออกเมื่อพายุสงบ"),
])
def test_changed_or_added_numbers_are_still_problems(en, th):
    assert _problems(en, th) != []


def test_one_end_of_a_range_in_words_changed_is_a_mismatch():
    problems = _problems("Doctors may prescribe a course spread over six to ten weeks.",
                         "แพทย์อาจสั่งยาโดยแบ่งให้ในช่วงหกถึงแปดสัปดาห์")
    assert [p[0] for p in problems] == ["mismatch"]


@pytest.mark.parametrize("en,th", [
    # a foreign clock time the translator also gives in Thai time
    ("The verdict will be read at 09:30 GMT on Monday.",
     "ศาลจะอ่านคำตัดสินในวันจันทร์ เวลา 09.30 น. GMT (16.30 น. ตามเวลาประเทศไทย)"),
    ("The match starts at 8pm local time.",
     "การแข่งขันจะเริ่มเวลา 20.00 น. ตามเวลาท้องถิ่น (ตรงกับ 02.00 น. ของวันรุ่งขึ้นตามเวลาไทย)"),
    # "the first half" written as the half alone
    ("Profits doubled in the first half.", "กำไรครึ่งปีเพิ่มขึ้นเท่าตัว"),
    ("Exports grew 8% in the first half of the year.",
     "การส่งออกในช่วงครึ่งปีขยายตัว 8%"),
])
def test_translator_glosses_are_not_problems(en, th):
    assert _problems(en, th) == []


@pytest.mark.parametrize("en,th", [
    # Thai time that is not the same instant
    ("The verdict will be read at 09:30 GMT on Monday.",
     "ศาลจะอ่านคำตัดสินในวันจันทร์ เวลา 09.30 น. GMT (18.30 น. ตามเวลาประเทศไทย)"),
    # no foreign zone in the English: a second Thai time is another time
    ("The match starts at 8pm.",
     "การแข่งขันจะเริ่มเวลา 20.00 น. และจบเวลา 22.00 น. ตามเวลาไทย"),
    # the second half is not the first
    ("Profits doubled in the first half.", "กำไรครึ่งปีหลังเพิ่มขึ้นเท่าตัว"),
    ("Profits doubled in the second half.", "กำไรครึ่งปีเพิ่มขึ้นเท่าตัว"),
])
def test_other_times_and_halves_are_still_problems(en, th):
    assert _problems(en, th) != []


def test_a_rank_in_words_is_no_part_of_a_score():
    problems = _problems("City won 4-2 on Sunday to claim their fifth title.",
                         "ซิตี้ชนะ 4-2 เมื่อวันอาทิตย์ คว้าแชมป์สมัยที่สี่")
    assert problems == [("mismatch", "fifth", "สมัยที่สี่")]


@pytest.mark.parametrize("en,th", [
    ("The ministry will spend ₹52,318 crore on new highways.",
     "กระทรวงจะใช้งบ 5.23 แสนล้านรูปีสร้างทางหลวงสายใหม่"),
    ("Quarterly revenue came in at $18.47 billion.",
     "รายได้รายไตรมาสอยู่ที่ 1.85 หมื่นล้านดอลลาร์"),
    ("The census counted 2,481,906 residents.", "สำมะโนนับผู้อยู่อาศัยได้ 2.48 ล้านคน"),
])
def test_an_amount_rounded_to_a_thai_scale_word_is_kept(en, th):
    assert _problems(en, th) == []


@pytest.mark.parametrize("en,th", [
    # not the English value rounded: digits swapped or another last digit
    ("Quarterly revenue came in at $18.47 billion.",
     "รายได้รายไตรมาสอยู่ที่ 1.84 หมื่นล้านดอลลาร์"),
    ("The budget is RM300.6 billion.", "งบประมาณอยู่ที่ 3.06 แสนล้านริงกิต"),
    ("The census counted 2,481,906 residents.", "สำมะโนนับผู้อยู่อาศัยได้ 2.84 ล้านคน"),
])
def test_an_amount_that_is_not_the_rounded_value_is_a_mismatch(en, th):
    assert [p[0] for p in _problems(en, th)] == ["mismatch"]


@pytest.mark.parametrize("th,kept", [
    ("ผู้มีสิทธิเลือกตั้งราว 33% สนับสนุนเขา", True),
    ("ผู้มีสิทธิเลือกตั้งราว 33.3% สนับสนุนเขา", True),
    ("ผู้มีสิทธิเลือกตั้งราว 30% สนับสนุนเขา", False),
    ("ผู้มีสิทธิเลือกตั้งราว 34% สนับสนุนเขา", False),
])
def test_a_fraction_as_a_rounded_percentage(th, kept):
    problems = _problems("About a third of voters backed him.", th)
    assert (problems == []) is kept


@pytest.mark.parametrize("th,kept", [
    ("การหยุดยิงมีผลเมื่อเวลา 07.00 น. วันอาทิตย์ตามเวลาไทย", True),
    ("การหยุดยิงมีผลเมื่อเวลา 07.00 น. ของวันรุ่งขึ้นตามเวลาประเทศไทย", True),
    ("การหยุดยิงมีผลเมื่อเวลา 08.00 น. วันอาทิตย์ตามเวลาไทย", False),
])
def test_a_clock_time_in_thai_time_after_its_day(th, kept):
    problems = _problems("The ceasefire took effect at 00:00 GMT on Sunday.", th)
    assert (problems == []) is kept


@pytest.mark.parametrize("en,th,kept", [
    # the English time has the dateline's zone; the translator glosses it in Thai time
    ("The missile was fired from near the capital at 6:40 a.m.",
     "ขีปนาวุธถูกยิงจากบริเวณใกล้เมืองหลวงเมื่อเวลา 06.40 น. (04.40 น. ตามเวลาประเทศไทย)", True),
    ("The tremor hit at 10:05 p.m. on Friday.",
     "แรงสั่นสะเทือนเกิดขึ้นเวลา 22.05 น. ของคืนวันศุกร์ตามเวลาเกาหลีใต้ หรือ 20.05 น. ตามเวลาไทย",
     True),
    # no gloss: another time of the day, in Thai time
    ("The missile was fired at 6:40 a.m.",
     "ขีปนาวุธลูกแรกถูกยิงเวลา 06.40 น. และลูกต่อมาเวลา 04.40 น. ตามเวลาประเทศไทย", False),
    # a gloss that is no whole or half hour away
    ("The missile was fired from near the capital at 6:40 a.m.",
     "ขีปนาวุธถูกยิงจากบริเวณใกล้เมืองหลวงเมื่อเวลา 06.40 น. (04.15 น. ตามเวลาประเทศไทย)", False),
])
def test_a_gloss_in_thai_time_of_a_time_with_no_zone(en, th, kept):
    assert (_problems(en, th) == []) is kept


@pytest.mark.parametrize("en,kept", [
    ("Employers will get 100 per cent of the levy back.", True),
    ("Employers will get 50 per cent of the levy back.", False),
])
def test_a_share_in_words_is_a_share(en, kept):
    # เต็มจำนวน "in full" is a vague 100 per cent
    assert (_problems(en, "นายจ้างจะได้รับเงินภาษีคืนเต็มจำนวน") == []) is kept


@pytest.mark.parametrize("en,th,kept", [
    ("The couple took out a $450,000 mortgage.", "ทั้งคู่กู้เงินจำนองบ้าน 450,000 ดอลลาร์ออสเตรเลีย", True),
    ("Certificates now cost S$2.35 million.", "ปัจจุบันใบอนุญาตมีราคา 2.35 ล้านดอลลาร์", True),
    # a dollar with its country on both sides, another country
    ("The couple took out a US$450,000 mortgage.",
     "ทั้งคู่กู้เงินจำนองบ้าน 450,000 ดอลลาร์ออสเตรเลีย", False),
    # another currency than a dollar
    ("The couple took out a $450,000 mortgage.", "ทั้งคู่กู้เงินจำนองบ้าน 450,000 ยูโร", False),
])
def test_a_bare_dollar_is_any_dollar(en, th, kept):
    assert (_problems(en, th) == []) is kept
