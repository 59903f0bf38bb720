"""Sport's words for a number said with a number on the other side (a quarter-final /
``รอบ 8 ทีมสุดท้าย``, a brace / ``ประตูที่สอง``, the weekend / ``2 วันสุดท้าย``, straight
games / ``รวดเดียว 2 เกม``), the full moon / ``ขึ้น 15 ค่ำ``, and a number the Thai
spells digit by digit. Sentences written for these tests."""

import pytest

from number_problems import number_problems


def _problems(en, th):
    return [p[:3] for p in number_problems(en, th, embeddings=False)]


@pytest.mark.parametrize("en,th", [
    # the Thai names a knockout round by how many are left
    ("Every tie in this group feels like a quarter-final, the coach said.",
     "โค้ชกล่าวว่าทุกนัดในกลุ่มนี้เหมือนเป็นรอบ 8 ทีมสุดท้าย"),
    ("She lost in the semi-finals last year.",
     "เมื่อปีที่แล้วเธอตกรอบ 4 คนสุดท้าย"),
    # a brace is a second goal, a hat-trick a third
    ("The striker completed his brace just after the break.",
     "กองหน้ารายนี้ยิงประตูที่สองได้หลังพักครึ่งไม่นาน"),
    ("Silva scored a hat-trick against the leaders.",
     "ซิลวาซัดสามประตูใส่ทีมจ่าฝูง"),
    # the weekend of a four-day golf event is its last two days
    ("Only 60 players made it to the weekend.",
     "มีนักกอล์ฟเพียง 60 คนที่ได้ไปต่อใน 2 วันสุดท้าย"),
    # beaten in straight games, in one go
    ("He was beaten in straight games by the world number one.",
     "เขาแพ้มือ 1 ของโลกแบบรวดเดียว 2 เกม"),
    # the full moon is the 15th day of the waxing moon
    ("The festival ends on the full moon of the twelfth lunar month.",
     "เทศกาลสิ้นสุดในวันขึ้น 15 ค่ำ เดือน 12"),
    # won once each, one time per side
    ("The two teams have met twice, each winning once.",
     "ทั้งสองทีมเคยพบกัน 2 ครั้ง ต่างฝ่ายต่างชนะกันฝ่ายละครั้ง"),
    # a name's number said digit by digit
    ("The series was made by the studio Pixel 482 in Bangkok.",
     "ซีรีส์นี้ผลิตโดยสตูดิโอพิกเซล สี่แปดสอง ในกรุงเทพฯ"),
])
def test_the_other_side_says_the_number_in_words(en, th):
    assert _problems(en, th) == []


@pytest.mark.parametrize("en,th,expected", [
    # a round of the last eight where the English names the semi-finals
    ("She lost in the semi-finals last year.",
     "เมื่อปีที่แล้วเธอตกรอบ 8 คนสุดท้าย", [("added", "", "8")]),
    # a third goal is no brace
    ("The striker completed his brace just after the break.",
     "กองหน้ารายนี้ยิงประตูที่สามได้หลังพักครึ่งไม่นาน", [("added", "", "ที่สาม")]),
    # two days the English does not call the weekend
    ("Only 60 players made the cut.",
     "มีนักกอล์ฟเพียง 60 คนที่ได้ไปต่อใน 2 วันสุดท้าย", [("added", "", "2 วัน")]),
    # the digits spelled are not the English number
    ("The series was made by the studio Pixel 482 in Bangkok.",
     "ซีรีส์นี้ผลิตโดยสตูดิโอพิกเซล สี่แปดเจ็ด ในกรุงเทพฯ", [("missing", "482", "")]),
])
def test_a_number_the_words_do_not_say_is_still_a_problem(en, th, expected):
    assert _problems(en, th) == expected
