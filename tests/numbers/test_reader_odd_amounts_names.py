"""Thai "X-odd" amounts (a bare scale word with กว่า after it) and a month word that is
part of a name ("Long March 5"), written for this file."""

from __future__ import annotations

import pytest

from massmob_nlp.numbers.table import find_numbers


@pytest.mark.parametrize(("text", "kind", "value", "unit"), [
    ("ค่าซ่อมรถครั้งนี้พันกว่าบาท", "money", 1000.0, "THB"),
    ("เขาเก็บเงินได้หมื่นกว่าบาทต่อเดือน", "money", 10000.0, "THB"),
    ("โครงการนี้ใช้งบร้อยกว่าล้านบาท", "money", 100_000_000.0, "THB"),
    ("ยอดขายโตขึ้นสิบกว่าเปอร์เซ็นต์", "percent", 10.0, "%"),
])
def test_thai_odd_amount_with_its_currency_or_percent(text: str, kind: str, value: float,
                                                      unit: str) -> None:
    (m,) = find_numbers(text, "th")
    assert (m.kind, m.value, m.unit, m.qualifier) == (kind, value, unit, "over")


def test_thai_odd_count_is_a_lower_bound_even_hedged_before() -> None:
    (m,) = find_numbers("มีเด็กมารอรับของขวัญราวสิบกว่าคน", "th")
    assert (m.key, m.qualifier) == ("cardinal:10", "over")
    (m,) = find_numbers("มีเด็กมารอรับของขวัญราว 15 คน", "th")
    assert m.qualifier == "about"


@pytest.mark.parametrize("text", [
    "The probe rode a Long March 5 rocket into orbit.",
    "Engineers said China's Long March 5 performed well.",
])
def test_month_word_inside_a_name_is_no_date(text: str) -> None:
    found = find_numbers(text, "en")
    assert [m.kind for m in found] == ["cardinal"] and found[0].text == "5"


@pytest.mark.parametrize("text", [
    "The rocket will fly on March 5.",
    "Officials said Friday March 5 would be a holiday.",
    "Voters go to the polls on Election Day March 5 in the state.",
    "China's March 5 launch was delayed.",
])
def test_month_day_after_a_weekday_or_lowercase_word_is_a_date(text: str) -> None:
    (m,) = find_numbers(text, "en")
    assert (m.kind, m.key) == ("date", "date:--03-05")
