"""The comparison reads units of measurement from the numbers stage (numbers/units.py):
a unit with another factor and the same digits is a change, a conversion into another
unit of the same dimension is kept. Sentences written for these tests."""

from __future__ import annotations

import pytest
from number_problems import number_problems


@pytest.mark.parametrize(("en", "th"), [
    ("The probe will bring back 25 grams of dust.", "ยานจะนำฝุ่นกลับมา 25 กิโลกรัม"),
    ("Rainfall reached 60 millimetres overnight.", "ฝนตกสะสม 60 เซนติเมตรในคืนเดียว"),
    ("The dam releases 300 litres a second.", "เขื่อนปล่อยน้ำ 300 ลบ.ม. ต่อวินาที"),
    ("The river ran at 2,100 cubic metres per second.", "แม่น้ำไหล 2,100 ลบ.ม. ต่อชั่วโมง"),
    ("Farms harvest 4.8 tonnes per hectare.", "ฟาร์มเก็บเกี่ยวได้ 4.8 ตันต่อไร่"),
    ("Season the soup with 2 tablespoons of fish sauce.", "ปรุงรสซุปด้วยน้ำปลา 2 ช้อนชา"),
])
def test_same_digits_in_another_unit_is_a_change(en: str, th: str) -> None:
    assert [p[0] for p in number_problems(en, th)] == ["mismatch"]


@pytest.mark.parametrize(("en", "th"), [
    ("The yacht sank about 8 nautical miles off the island.",
     "เรือยอทช์จมลงห่างจากเกาะราว 14.8 กิโลเมตร"),
    ("The farm covers 400 hectares.", "ฟาร์มมีพื้นที่ 2,500 ไร่"),
    ("The plant burns 2 tonnes of coal an hour.", "โรงงานเผาถ่านหิน 2,000 กิโลกรัมต่อชั่วโมง"),
    ("Farms harvest 4.8 tonnes per hectare.", "ฟาร์มเก็บเกี่ยวได้ 768 กิโลกรัมต่อไร่"),
])
def test_a_conversion_into_another_unit_is_kept(en: str, th: str) -> None:
    assert number_problems(en, th) == []
