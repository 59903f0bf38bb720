"""A temperature in Celsius and Fahrenheit: the Thai keeps the Celsius figure, which is
joined to the English Celsius figure (a change of a degree is a change), and a
conversion agrees only within the rounding of both figures. Sentences written for
these tests."""

import pytest

from number_problems import number_problems


def _problems(en, th):
    return [p[:3] for p in number_problems(en, th, embeddings=False)]


@pytest.mark.parametrize("en,th,expected", [
    ("The thermometer showed 38 degrees Celsius (100 degrees Fahrenheit) at noon.",
     "เทอร์โมมิเตอร์ตอนเที่ยงวัดได้ 39 องศาเซลเซียส", [("mismatch", "38", "39")]),
    ("Night temperatures dropped to 12C (54F) in the valley.",
     "อุณหภูมิกลางคืนในหุบเขาลดลงเหลือ 11 องศาเซลเซียส", [("mismatch", "12", "11")]),
])
def test_a_changed_celsius_figure_beside_its_fahrenheit_is_a_change(en, th, expected):
    assert _problems(en, th) == expected


@pytest.mark.parametrize("en,th", [
    ("The thermometer showed 38 degrees Celsius (100 degrees Fahrenheit) at noon.",
     "เทอร์โมมิเตอร์ตอนเที่ยงวัดได้ 38 องศาเซลเซียส"),
    ("The lake warmed to 77F last week.", "ทะเลสาบอุ่นขึ้นเป็น 25 องศาเซลเซียสเมื่อสัปดาห์ก่อน"),
    ("Readings in the hall fell by 3.6F.", "ค่าที่วัดได้ในห้องโถงลดลง 2 องศาเซลเซียส"),
])
def test_a_temperature_converted_within_its_rounding_is_kept(en, th):
    assert _problems(en, th) == []
