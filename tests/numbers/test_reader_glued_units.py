"""Measurement units glued to digits (``9C``, ``48F``, ``22m``, ``5km``): the reader ends
the mention at the last digit and keeps the key ``cardinal:N``; the unit is the text
right after ``end`` whether it is glued or spaced, and its symbol is in ``unit``
(numbers/units.py)."""

from __future__ import annotations

import pytest

from massmob_nlp.numbers.table import find_numbers


@pytest.mark.parametrize(("text", "number", "unit", "symbol"), [
    ("Frost is likely after the low of 2C on Sunday night.", "2", "C", "°C"),
    ("The thermometer at the depot read 97F by noon.", "97", "F", "°F"),
    ("The barge is 35m long and sits low in the water.", "35", "m", "m"),
    ("Runners finished the 10km loop before dawn.", "10", "km", "km"),
    ("He threw the javelin 64 m in the final round.", "64", " m", "m"),
])
def test_glued_unit_is_left_after_the_digits(text: str, number: str, unit: str,
                                            symbol: str) -> None:
    found = [m for m in find_numbers(text, "en") if m.text == number]
    assert len(found) == 1
    m = found[0]
    assert (m.kind, m.unit, m.key) == ("cardinal", symbol, f"cardinal:{number}")
    assert text[m.end:m.end + len(unit)] == unit


def test_a_glued_length_is_no_million() -> None:
    """``a 35m barge`` in a text that counts in millions elsewhere stays 35 (a length
    word is in the text), never 35 million."""
    text = "The port handled 4.1 million tonnes. Its new 35m barge is 12m wide."
    keys = {m.text: m.key for m in find_numbers(text, "en")}
    assert keys["35"] == "cardinal:35" and keys["12"] == "cardinal:12"


def test_thai_degrees_after_a_range_stay_outside_it() -> None:
    text = "คาดว่าอุณหภูมิสูงสุดจะอยู่ที่ 33-35 องศาเซลเซียสในช่วงบ่าย"
    (m,) = [m for m in find_numbers(text, "th") if m.kind == "range"]
    assert m.key == "range:33-35" and text[m.end:].lstrip().startswith("องศา")
