"""The same digits in another unit of the same dimension are a changed measurement
(a metre is not a yard, an acre is not a rai, Celsius is not Fahrenheit); a conversion
that agrees, or a bracketed conversion the Thai keeps one of, is no problem. Sentences
written for these tests."""

import pytest

from number_problems import number_problems


def _problems(en, th):
    return [p[:3] for p in number_problems(en, th, embeddings=False)]


@pytest.mark.parametrize("en,th,expected", [
    ("The winger scored with a volley from 18 metres out.",
     "ปีกรายนี้ยิงวอลเลย์จากระยะ 18 หลา", [("mismatch", "18", "18")]),
    ("The avalanche buried the road under 4 feet of snow.",
     "หิมะถล่มฝังถนนใต้หิมะหนา 4 เมตร", [("mismatch", "4", "4")]),
    ("The farmer planted durian on 25 acres last spring.",
     "เกษตรกรปลูกทุเรียนบนพื้นที่ 25 ไร่เมื่อฤดูใบไม้ผลิที่แล้ว", [("mismatch", "25", "25")]),
    ("The pool was heated to 28C for the swimmers.",
     "สระถูกทำให้อุ่นที่ 28 องศาฟาเรนไฮต์สำหรับนักว่ายน้ำ", [("mismatch", "28", "28")]),
    ("Denver woke up to 41F on Tuesday.",
     "เดนเวอร์ตื่นมาพบอุณหภูมิ 41 องศาเมื่อวันอังคาร", [("mismatch", "41", "41")]),
    # a degree sign typed as the ordinal indicator º
    ("Sea water off Nha Trang reached 31ºC in June.",
     "น้ำทะเลนอกชายฝั่งญาจางอุ่นถึง 31 องศาฟาเรนไฮต์ในเดือนมิถุนายน", [("mismatch", "31", "31")]),
    ("The pipeline runs 300 km (186 miles) to the port.",
     "ท่อส่งยาว 300 ไมล์ไปถึงท่าเรือ", [("mismatch", "300", "300")]),
    ("The cyclists covered 62 miles (100 km) on the first day.",
     "นักปั่นปั่นได้ 62 กิโลเมตรในวันแรก", [("mismatch", "62", "62")]),
])
def test_the_same_digits_in_another_unit_are_a_change(en, th, expected):
    assert _problems(en, th) == expected


@pytest.mark.parametrize("en,th", [
    ("The winger scored with a volley from 18 metres out.", "ปีกรายนี้ยิงวอลเลย์จากระยะ 18 เมตร"),
    ("The avalanche buried the road under 4 feet of snow.", "หิมะถล่มฝังถนนใต้หิมะหนา 4 ฟุต"),
    ("The pool was heated to 28C for the swimmers.", "สระถูกทำให้อุ่นที่ 28 องศาสำหรับนักว่ายน้ำ"),
    ("Denver woke up to 41F on Tuesday.", "เดนเวอร์ตื่นมาพบอุณหภูมิ 5 องศาเซลเซียสเมื่อวันอังคาร"),
    ("The pipeline runs 300 km (186 miles) to the port.", "ท่อส่งยาว 300 กิโลเมตรไปถึงท่าเรือ"),
    ("The pipeline runs 300 km (186 miles) to the port.", "ท่อส่งยาว 186 ไมล์ไปถึงท่าเรือ"),
    ("The cyclists covered 62 miles (100 km) on the first day.", "นักปั่นปั่นได้ 100 กม. ในวันแรก"),
    ("The lorry turned 180 degrees on the bridge.", "รถบรรทุกหมุน 180 องศาบนสะพาน"),
])
def test_one_measurement_kept_or_converted_is_no_problem(en, th):
    assert _problems(en, th) == []


def test_the_note_names_both_units():
    got = number_problems("The winger scored with a volley from 18 metres out.",
                          "ปีกรายนี้ยิงวอลเลย์จากระยะ 18 หลา", note=True, embeddings=False)
    assert got == [("mismatch", "18", "18", "18 metres → 18 หลา")]
