"""Values swapped between two contexts of one sentence: each value is on both sides, so
only the year (or date) each one is attached to shows the change. A translator who
merely reorders the clauses keeps each value with its year. Examples written for these
tests."""

import pytest

from number_problems import number_problems



def _problems(en, th):
    return number_problems(en, th)


@pytest.mark.parametrize("en,th", [
    # the value after the year in the same clause, both sides
    ("Unemployment stood at 4.1% in 2021 and 3.8% in 2022.",
     "อัตราการว่างงานอยู่ที่ 3.8% ในปี 2564 และ 4.1% ในปี 2565"),
    # Thai puts the year first in each clause
    ("The port handled 8.4 million containers in 2022 and 9.1 million in 2023.",
     "ปี 2565 ท่าเรือรองรับตู้สินค้า 9.1 ล้านตู้ และปี 2566 รองรับ 8.4 ล้านตู้"),
    # a year named relative to the story ("this year", ปีนี้) anchors a value too
    ("Analysts see sales rising 4.2% this year and 5.1% in 2026.",
     "นักวิเคราะห์คาดว่ายอดขายปีนี้จะเพิ่มขึ้น 5.1% และปี 2569 จะเพิ่มขึ้น 4.2%"),
])
def test_values_swapped_between_years_are_mismatches(en, th):
    got = _problems(en, th)
    assert [g[0] for g in got] == ["mismatch", "mismatch"], got


@pytest.mark.parametrize("en,th", [
    # clauses reordered: each value stays with its year
    ("Unemployment stood at 4.1% in 2021 and 3.8% in 2022.",
     "ในปี 2565 อัตราการว่างงานอยู่ที่ 3.8% ส่วนปี 2564 อยู่ที่ 4.1%"),
    # the same order, years in Buddhist Era
    ("The port handled 8.4 million containers in 2022 and 9.1 million in 2023.",
     "ท่าเรือรองรับตู้สินค้า 8.4 ล้านตู้ในปี 2565 และ 9.1 ล้านตู้ในปี 2566"),
    # a year opening the sentence before a comma is not attached to a value
    ("In 2020, the club had 310 members, and by 2023 it had 450.",
     "สโมสรมีสมาชิก 310 คนในปี 2563 และเพิ่มเป็น 450 คนในปี 2566"),
    # two values and two years in one clause: no attachment is guessed
    ("Prices rose from 12 baht in 2019 to 15 baht in 2024.",
     "ราคาเพิ่มขึ้นจาก 12 บาทในปี 2562 เป็น 15 บาทในปี 2567"),
    # the point of a Thai abbreviation (กม., ตร.ม.) ends no clause: both values reach 2566
    ("Since the 620-km pipeline opened in 2023, it has delivered 12.4 million barrels.",
     "นับตั้งแต่ท่อส่งยาว 620 กม. เปิดใช้ในปี 2566 ได้ส่งน้ำมันแล้ว 12.4 ล้านบาร์เรล"),
    ("After the 4,500-sq-m market reopened in 2022, it drew 3.2 million visitors.",
     "หลังตลาดขนาด 4,500 ตร.ม. เปิดอีกครั้งในปี 2565 มีผู้มาเยือนแล้ว 3.2 ล้านคน"),
    # one year only: Thai fronts the year adverbial, which moves no value to another year
    ("The bakery sold 4 million loaves and 35,000 cakes in 2024.",
     "ในปี 2567 ร้านเบเกอรี่ขายขนมปัง 4 ล้านก้อน และเค้ก 35,000 ชิ้น"),
    ("Exports reached 2.1 million tonnes, and imports 640,000 tonnes, in 2022.",
     "ในปี 2565 การส่งออกอยู่ที่ 2.1 ล้านตัน และการนำเข้า 640,000 ตัน"),
])
def test_reordered_clauses_are_not_problems(en, th):
    assert _problems(en, th) == []


@pytest.mark.parametrize("en,th", [
    # a round lower bound written in words on one side: "more than a dozen" / "ten-odd"
    ("More than a dozen fishermen were rescued.", "ชาวประมงกว่าสิบคนได้รับการช่วยเหลือ"),
    ("Over a dozen shops were closed.", "มีร้านค้าสิบกว่าแห่งถูกปิด"),
])
def test_round_lower_bounds_in_words_are_not_mismatches(en, th):
    assert _problems(en, th) == []


@pytest.mark.parametrize("en,th", [
    # in digits, or far apart, a bound changed is still a change
    ("More than 12 fishermen were rescued.", "ชาวประมงกว่า 10 คนได้รับการช่วยเหลือ"),
    ("More than a dozen fishermen were rescued.", "ชาวประมงกว่าห้าสิบคนได้รับการช่วยเหลือ"),
])
def test_changed_bounds_are_still_mismatches(en, th):
    assert [g[0] for g in _problems(en, th)] == ["mismatch"]


@pytest.mark.parametrize("en,th", [
    # one share as a fraction and as a percentage, in the same sentence
    ("Rents went up by a quarter on the year before.", "ค่าเช่าเพิ่มขึ้น 25% จากปีก่อน"),
    ("Half of the voters stayed at home.", "ผู้มีสิทธิเลือกตั้ง 50% ไม่ได้ออกไปใช้สิทธิ"),
    # Thai กึ่งหนึ่ง ("one half")
    ("The fine was cut by half.", "ค่าปรับถูกลดลงกึ่งหนึ่ง"),
])
def test_a_share_written_as_fraction_or_percent_is_kept(en, th):
    assert _problems(en, th) == []
