"""A vague quantity written at another order of magnitude, and the second half of a
period in Thai. Sentences written for these tests."""

import pytest

from massmob_nlp import compare

PROBLEMS = {"mismatch", "missing", "added"}


def _problems(en, th):
    numbers = compare(en, th, src_lang="en", tgt_lang="th").numbers
    bad = numbers[numbers["status"].isin(PROBLEMS)]
    return sorted(zip(bad["status"].astype(str), bad["src_text"].fillna(""),
                      bad["tgt_text"].fillna(""), strict=True))


@pytest.mark.parametrize("en,th,problem", [
    ("Hundreds of people gathered outside the town hall.",
     "ผู้คนหลายพันคนรวมตัวกันหน้าศาลากลาง", ("mismatch", "Hundreds", "หลายพัน")),
    ("The plant makes hundreds of thousands of bottles a year.",
     "โรงงานผลิตขวดได้ปีละหลายหมื่นใบ", ("mismatch", "hundreds of thousands", "หลายหมื่น")),
    ("Thousands of fans were stuck outside.",
     "แฟนบอลนับหมื่นคนติดอยู่ด้านนอก", ("mismatch", "Thousands", "นับหมื่น")),
])
def test_vague_magnitude_changed(en, th, problem):
    assert _problems(en, th) == [problem]


@pytest.mark.parametrize("en,th", [
    ("Hundreds of people gathered outside the town hall.",
     "ผู้คนหลายร้อยคนรวมตัวกันหน้าศาลากลาง"),
    ("Dozens of passengers were hurt.", "ผู้โดยสารบาดเจ็บหลายสิบคน"),
    ("Tens of thousands of people marched through the city.",
     "ผู้คนหลายหมื่นคนเดินขบวนไปทั่วเมือง"),
    ("Thousands of homes lost power and hundreds of roads were shut.",
     "บ้านหลายพันหลังไฟดับ และถนนหลายร้อยสายถูกปิด"),
    ("The chief executive said the second half had been difficult.",
     "ประธานเจ้าหน้าที่บริหารกล่าวว่าครึ่งปีหลังเป็นช่วงที่ยากลำบาก"),
    ("Sales picked up in the second half of the season.",
     "ยอดขายกระเตื้องขึ้นในครึ่งฤดูกาลหลัง"),
])
def test_kept(en, th):
    assert _problems(en, th) == []


@pytest.mark.parametrize("en,th,problem", [
    ("He dropped shots at the 13th, 14th and 16th holes.",
     "เขาเสียสโตรกที่หลุม 13, 14 และ 15", ("mismatch", "16th", "15")),
    ("Levels of CO2 in the air rose again.", "ระดับ SO2 ในอากาศเพิ่มขึ้นอีก",
     ("mismatch", "CO2", "SO2")),
])
def test_one_number_changed(en, th, problem):
    assert _problems(en, th) == [problem]


@pytest.mark.parametrize("en,th", [
    ("He dropped shots at the 13th, 14th and 16th holes.",
     "เขาเสียสโตรกที่หลุม 13, 14 และ 16"),
    ("Cases of Covid-19 rose again.", "ผู้ป่วยโควิด-19 เพิ่มขึ้นอีก"),
])
def test_ranks_and_codes_kept(en, th):
    assert _problems(en, th) == []


@pytest.mark.parametrize("en,th,expected", [
    ("The champion won in straight sets on Friday.", "แชมป์เก่าชนะรวด 3 เซตเมื่อวันศุกร์", []),
    ("She won in straight sets in the first round.", "เธอชนะ 2 เซตรวดในรอบแรก", []),
    ("The champion won in four sets on Friday.", "แชมป์เก่าชนะรวด 3 เซตเมื่อวันศุกร์",
     [("mismatch", "four", "3")]),
])
def test_straight_sets(en, th, expected):
    assert _problems(en, th) == expected


@pytest.mark.parametrize("en,th,expected", [
    ("Complaints by city last year: Manchester 112, Leeds 98.",
     "จำนวนคำร้องเรียนแยกตามเมืองเมื่อปีที่แล้ว: แมนเชสเตอร์ 98 ลีดส์ 112",
     [("mismatch", "112", "98"), ("mismatch", "98", "112")]),
    ("Complaints by city last year: Manchester 112, Leeds 98.",
     "จำนวนคำร้องเรียนแยกตามเมืองเมื่อปีที่แล้ว: แมนเชสเตอร์ 112 ลีดส์ 98", []),
    ("Arsenal scored 41 goals and Chelsea 38.", "อาร์เซนอลยิงได้ 38 ประตู และเชลซี 41 ประตู",
     [("mismatch", "38", "41"), ("mismatch", "41", "38")]),
    ("Arsenal scored 41 goals and Chelsea 38.", "อาร์เซนอลยิงได้ 41 ประตู และเชลซี 38 ประตู", []),
])
def test_values_swapped_between_names(en, th, expected):
    assert _problems(en, th) == expected


@pytest.mark.parametrize("en,th,expected", [
    ("Tickets will rise from £25 to £27.", "ราคาตั๋วจะขึ้นจาก 25 ปอนด์เป็น 27 ปอนด์", []),
    ("Tickets will rise from £25 to £27.", "ราคาตั๋วจะขึ้นจาก 25 ปอนด์เป็น 29 ปอนด์",
     [("mismatch", "£27", "29 ปอนด์")]),
    ("Tickets will rise from £25 to £27.", "ราคาตั๋วจะขึ้นจาก 23 ปอนด์เป็น 27 ปอนด์",
     [("mismatch", "£25", "23 ปอนด์")]),
])
def test_one_end_of_a_change(en, th, expected):
    """"from X to Y" after a verb of change is two values (a start and an end), so
    the end that changed is the mismatch."""
    assert _problems(en, th) == expected


def test_changed_across_a_sentence_cut():
    en = ("Profit fell to £253m from £421m a year earlier, while revenue dropped 4% to "
          "£2.97bn. Sales in the fourth quarter fell 12%.")
    th = ("กำไรลดลงเหลือ 253 ล้านปอนด์ จาก 421 ล้านปอนด์ในปีก่อนหน้า ขณะที่รายได้ลดลง 4% "
          "ส่วนยอดขายในไตรมาสที่สี่ลดลง 12% และรายได้รวมอยู่ที่ 2,790 ล้านปอนด์")
    got = compare(en, th, src_lang="en", tgt_lang="th").numbers
    bad = got[got["status"].isin(PROBLEMS)]
    assert list(zip(bad["status"], bad["src_text"], bad["tgt_text"])) == [
        ("mismatch", "£2.97bn", "2,790 ล้านปอนด์")]


def test_clock_time_change_note():
    got = compare("The blast happened at about 18:15 local time on Friday.",
                  "เหตุระเบิดเกิดขึ้นเมื่อเวลาราว 18.50 น. ตามเวลาท้องถิ่นของวันศุกร์",
                  src_lang="en", tgt_lang="th").numbers
    bad = got[got["status"] == "mismatch"]
    assert list(bad["note"]) == ["18:15 → 18:50"]
