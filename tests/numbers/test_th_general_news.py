"""Thai numbers of general news and the English forms they must join: years after an
era marker, quarters, ``ที่`` inside compound words, very large money, juxtaposed
numerals ("two or three") (our own sentences)."""

from __future__ import annotations

import pytest

from massmob_nlp.numbers.table import find_numbers


def _keys(text: str, lang: str) -> list[str | None]:
    return [m.key for m in find_numbers(text, lang)]


@pytest.mark.parametrize("text,expected", [
    ("วัดนี้สร้างขึ้นเมื่อ พ.ศ. 2325 ในรัชกาลแรก", "year:1782"),
    ("เมืองเก่าแห่งนี้ถูกทิ้งร้างในปี พ.ศ. 1893", "year:1350"),
    ("พระราชบัญญัติฉบับนี้ออกเมื่อพุทธศักราช 2475", "year:1932"),
    ("ปราสาทถูกสร้างขึ้นราวปี ค.ศ. 833", "year:833"),
    ("คริสต์ศักราช 1066 เป็นปีที่อังกฤษถูกรุกราน", "year:1066"),
    ("สะพานไม้สร้างเสร็จในปี 2325 ตามบันทึก", "year:1782"),
    ("งานฉลองจัดขึ้นในปี 2567", "year:2024"),
])
def test_year_after_an_era_marker_whatever_its_size(text: str, expected: str) -> None:
    assert expected in _keys(text, "th")


def test_bare_number_without_marker_stays_a_count() -> None:
    assert _keys("ชาวบ้าน 2325 คนได้รับความช่วยเหลือ", "th") == ["cardinal:2325"]


@pytest.mark.parametrize("text,expected", [
    ("พิธีจัดขึ้นวันที่ 6 เมษายน 2325", "date:1782-04-06"),
    ("ตั้งแต่ 10 มีนาคม พ.ศ. 2325", "date:1782-03-10"),
    ("ระหว่าง พ.ศ. 2325 - 2330 มีการสร้างกำแพง", "year_range:1782-1787"),
])
def test_era_years_in_dates_and_ranges(text: str, expected: str) -> None:
    assert expected in _keys(text, "th")
