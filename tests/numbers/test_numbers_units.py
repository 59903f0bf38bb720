"""Units of measurement in the numbers table (numbers/units.py): a canonical symbol in
``unit``, kind ``cardinal`` and key ``cardinal:N`` kept. Examples written for these
tests."""

from __future__ import annotations

import pytest

from massmob_nlp.numbers.table import find_numbers
from massmob_nlp.numbers.units import UNITS, convert_unit, find_unit, unit_dimension


def _units(text: str, lang: str) -> dict[str, str | None]:
    return {m.text: m.unit for m in find_numbers(text, lang)}


@pytest.mark.parametrize(("text", "lang", "number", "unit"), [
    ("The lorry carried 12 tonnes of rice.", "en", "12", "t"),
    ("Each bag holds 250 grams of flour.", "en", "250", "g"),
    ("The ferry ran aground 4 nautical miles off the cape.", "en", "4", "nmi"),
    ("Gusts reached 95 km/h on the coast.", "en", "95", "km/h"),
    ("Gusts reached 60mph on the coast.", "en", "60", "mph"),
    ("The reservoir covers 80 square kilometres.", "en", "80", "km²"),
    ("They planted trees on a 40-hectare plot.", "en", "40", "ha"),
    ("It was 31°C in the shade.", "en", "31", "°C"),
    ("The mercury hit 101F at noon.", "en", "101", "°F"),
    ("It reached 47.5 C (117.5 F) by noon.", "en", "47.5", "°C"),
    ("It reached 47.5 C (117.5 F) by noon.", "en", "117.5", "°F"),
    ("The new plant will add 700 megawatts.", "en", "700", "MW"),
    ("The town used 3.2 GWh last winter.", "en", "3.2", "GWh"),
    ("The boat sailed at 14 knots.", "en", "14", "kn"),
    ("The tank holds 500 litres.", "en", "500", "L"),
    ("The room is 30 m2 in size.", "en", "30", "m²"),
    ("The flat is 120 square metres.", "en", "120", "m²"),
    ("The quarry moved 3,000 cubic metres of rock.", "en", "3,000", "m³"),
    ("The farmers lost 900 rai of rice.", "en", "900", "rai"),
    ("The river was flowing at 2,100 cubic metres per second.", "en", "2,100", "m³/s"),
    ("The pumps move 300 m3/h of water.", "en", "300", "m³/h"),
    ("น้ำไหลผ่าน 2,100 ลบ.ม. ต่อวินาที", "th", "2,100", "m³/s"),
    ("เขื่อนระบายน้ำ 300 ลบ.ม./ชม.", "th", "300", "m³/h"),
    ("Farmers harvest 4.8 tonnes per hectare.", "en", "4.8", "t/ha"),
    ("Yields reached 610 kilograms per rai.", "en", "610", "kg/rai"),
    ("ชาวนาเก็บเกี่ยวได้ 4.8 ตันต่อไร่", "th", "4.8", "t/rai"),
    ("ผลผลิตเฉลี่ย 610 กิโลกรัมต่อไร่", "th", "610", "kg/rai"),
    ("รถบรรทุกข้าว 12 ตัน", "th", "12", "t"),
    ("ถุงหนึ่งบรรจุแป้ง 250 กรัม", "th", "250", "g"),
    ("เรือเกยตื้นห่างแหลม 4 ไมล์ทะเล", "th", "4", "nmi"),
    ("ลมกระโชกแรง 95 กม./ชม. ที่ชายฝั่ง", "th", "95", "km/h"),
    ("อ่างเก็บน้ำมีพื้นที่ 80 ตร.กม.", "th", "80", "km²"),
    ("ปลูกป่าบนที่ดิน 250 ไร่", "th", "250", "rai"),
    ("อากาศร้อนถึง 31 องศาเซลเซียส", "th", "31", "°C"),
    ("โรงไฟฟ้าใหม่ผลิตได้ 700 เมกะวัตต์", "th", "700", "MW"),
    ("ถังนี้จุน้ำได้ 500 ลิตร", "th", "500", "L"),
    ("ฝนตกสะสม 85 มม. ในคืนเดียว", "th", "85", "mm"),
    ("เขื่อนปล่อยน้ำ 1,200 ลบ.ม. ต่อวินาที", "th", "1,200", "m³/s"),
    ("ถังเก็บน้ำ 1,200 ลบ.ม. เต็มแล้ว", "th", "1,200", "m³"),
    ("ผู้ป่วยได้รับยา 5 มก. ต่อวัน", "th", "5", "mg"),
    ("เดินทางอีก 5.6 กิโลเมตร", "th", "5.6", "km"),
])
def test_numbers_table_gives_the_unit_symbol(text: str, lang: str, number: str,
                                             unit: str) -> None:
    (m,) = [m for m in find_numbers(text, lang) if m.text == number]
    assert (m.kind, m.unit, m.key) == ("cardinal", unit, f"cardinal:{number.replace(',', '')}")


@pytest.mark.parametrize(("text", "number"), [
    ("She has 5 mines in the north.", "5"),          # 'mi' glued inside a word
    ("She was one of 6 in the final.", "6"),         # spaced 'in' is the preposition
    ("The 5 C-suite officers resigned.", "5"),       # spaced 'C' is a letter
    ("3 men were hurt.", "3"),
    ("Sie waren 8 Tage dort.", "8"),
])
def test_no_unit_where_none_is_written(text: str, number: str) -> None:
    assert _units(text, "en")[number] is None


def test_a_range_takes_the_unit_after_it() -> None:
    (m,) = [m for m in find_numbers("Highs of 28-30C are expected.", "en")
            if m.kind == "range"]
    assert m.unit == "°C"


def test_stones_and_pounds_are_one_weight_in_pounds() -> None:
    (m,) = find_numbers("The jockey weighs 8st 6lb.", "en")
    assert (m.value, m.unit) == (118.0, "lb")


def test_every_symbol_has_a_dimension_and_converts() -> None:
    assert all(unit_dimension(s) == u.dimension for s, u in UNITS.items())
    assert unit_dimension("USD") is None and unit_dimension(None) is None
    assert convert_unit(10, "g", "kg") == pytest.approx(0.01)
    assert convert_unit(3, "nmi", "km") == pytest.approx(5.556)
    assert convert_unit(100, "°C", "°F") == pytest.approx(212)
    assert convert_unit(1, "ha", "rai") == pytest.approx(6.25)
    assert convert_unit(60, "km/h", "rai") is None


def test_find_unit_spans_the_unit_word() -> None:
    text = "a 90-hectare farm"
    found = find_unit(text, 4)
    assert found is not None and text[found.start:found.end] == "hectare"
    assert find_unit("10 กิโลกรัม", 2).symbol == "kg"
    assert find_unit("10 กิโลเมตร", 2).symbol == "km"


@pytest.mark.parametrize("text", ["แชร์ Facebook X LINE อีเมล", "Share: Facebook X WhatsApp",
                                  "ติดตามเราได้ทาง Instagram, X"])
def test_x_among_social_networks_is_no_roman_ten(text: str) -> None:
    assert [m for m in find_numbers(text, "th") if m.key == "ordinal:10"] == []


def test_a_king_x_is_still_ten() -> None:
    assert [m.key for m in find_numbers("King Rama X opened the bridge.", "en")] == ["ordinal:10"]
