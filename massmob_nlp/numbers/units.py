"""Units of measurement after a number (English, Thai, some Vietnamese).

The number reader ends a measurement at its last digit (``35`` of ``35°C``, ``10`` of
``10 กิโลกรัม``) and keeps ``kind`` ``cardinal`` and the key ``cardinal:N``; this
module reads the unit written right after it and gives the ``unit`` column a canonical
symbol that is the same in every language: ``10 km``, ``10 kilometres``, ``10 กม.``,
``10 กิโลเมตร`` are all ``km``. :data:`UNITS` holds each symbol's dimension and its
factor to the base unit of that dimension (metre, square metre, cubic metre, kilogram,
metre per second, watt, watt-hour, byte), so the comparison can tell a conversion
(``3 nautical miles`` / ``ราว 5.6 กิโลเมตร``) from a change (``10 grams`` / ``10
กิโลกรัม``) and never pairs a speed with an area. Temperatures have no factor:
``°C``, ``°F`` and ``°`` (English ``degrees`` without a scale; Thai ``องศา`` alone is
Celsius, as Thai news writes it).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .base import Scan
from .unit_ranges import join_unit_ranges
from .weights import pounds_of_weight

__all__ = ["UNITS", "Unit", "UnitMatch", "attach_units", "convert_unit", "find_unit",
           "multiple_at", "unit_dimension"]


class Unit(NamedTuple):
    """A unit's dimension and its factor to the dimension's base unit (None for
    temperatures, which have an offset)."""

    dimension: str
    factor: float | None


UNITS: dict[str, Unit] = {
    # length (metre)
    "km": Unit("length", 1000.0), "m": Unit("length", 1.0), "cm": Unit("length", 0.01),
    "mm": Unit("length", 0.001), "mi": Unit("length", 1609.344),
    "nmi": Unit("length", 1852.0), "ft": Unit("length", 0.3048),
    "in": Unit("length", 0.0254), "yd": Unit("length", 0.9144),
    "ly": Unit("length", 9.4607e15),
    # area (square metre)
    "km²": Unit("area", 1e6), "m²": Unit("area", 1.0), "ha": Unit("area", 1e4),
    "rai": Unit("area", 1600.0), "acre": Unit("area", 4046.8564),
    "sq mi": Unit("area", 2_589_988.11), "sq ft": Unit("area", 0.09290304),
    "sq wa": Unit("area", 4.0),
    # volume (cubic metre)
    "m³": Unit("volume", 1.0), "L": Unit("volume", 0.001), "ml": Unit("volume", 1e-6),
    "gal": Unit("volume", 0.00378541), "bbl": Unit("volume", 0.158987),
    "tbsp": Unit("volume", 1.5e-5), "tsp": Unit("volume", 5e-6), "cup": Unit("volume", 2.4e-4),
    # mass (kilogram)
    "t": Unit("mass", 1000.0), "kg": Unit("mass", 1.0), "g": Unit("mass", 0.001),
    "mg": Unit("mass", 1e-6), "µg": Unit("mass", 1e-9), "lb": Unit("mass", 0.45359237),
    "st": Unit("mass", 6.35029318), "oz": Unit("mass", 0.0283495),
    # speed (metre per second)
    "km/h": Unit("speed", 1 / 3.6), "mph": Unit("speed", 0.44704),
    "kn": Unit("speed", 0.514444), "m/s": Unit("speed", 1.0),
    "km/s": Unit("speed", 1000.0),
    # power (watt) and energy (watt-hour)
    "W": Unit("power", 1.0), "kW": Unit("power", 1e3), "MW": Unit("power", 1e6),
    "GW": Unit("power", 1e9), "kWh": Unit("energy", 1e3), "MWh": Unit("energy", 1e6),
    "GWh": Unit("energy", 1e9), "TWh": Unit("energy", 1e12), "kcal": Unit("energy", 1.163),
    # electric potential (volt): "a 500kV line" / ``สายส่ง 500 กิโลโวลต์``
    "V": Unit("voltage", 1.0), "kV": Unit("voltage", 1e3),
    # flow (cubic metre per second) and yield (kilogram per square metre)
    "m³/s": Unit("flow", 1.0), "m³/h": Unit("flow", 1 / 3600),
    "m³/d": Unit("flow", 1 / 86400), "L/s": Unit("flow", 0.001), "t/ha": Unit("yield", 0.1),
    "t/rai": Unit("yield", 0.625), "kg/ha": Unit("yield", 1e-4),
    "kg/rai": Unit("yield", 1 / 1600),
    # data (byte)
    "MB": Unit("data", 1e6), "GB": Unit("data", 1e9), "TB": Unit("data", 1e12),
    # a multiple: "tripled", "threefold", "three times as many", Thai "สามเท่า", "เท่าตัว"
    "×": Unit("multiple", 1.0),
    # temperature: no factor
    "°C": Unit("temperature", None), "°F": Unit("temperature", None),
    "°": Unit("temperature", None),
}
"""Every unit symbol the numbers table writes, with its dimension and factor."""

_EN = r"(?![A-Za-z])"
_M = r"(?:met(?:re|er)s?)"
_CUBIC = r"(?:cubic\s+(?:" + _M + r"|m)|(?-i:m³|m3|cu\s?m))"
_TH_CUBIC = r"(?:ลบ\.?\s*ม\.|ลูกบาศก์เมตร)"
_TONNES = r"(?:(?:metric\s+)?(?:tonnes?|tons?)|(?-i:t))"
_KILOS = r"(?:kilo(?:gram(?:me)?s?|s)?|(?-i:kg))"
# (pattern, symbol). Words are matched ignoring case; symbols (``(?-i:...)``) keep it.
_WORDS: list[tuple[str, str]] = [
    # speed first: "km/h" must win over "km"
    (r"(?-i:km/hr|km/h|kph|kmh|km\s+(?:an|per|a)\s+hour)"
     r"|kilomet(?:re|er)s?\s+(?:an|per|a)\s+hour", "km/h"),
    (r"(?-i:mph)|miles?\s+(?:an|per|a)\s+hour", "mph"),
    (r"knots?|(?-i:kts?)", "kn"),
    (r"(?-i:m/s)|" + _M + r"\s+(?:a|per)\s+second", "m/s"),
    (r"(?-i:km/s)|kilomet(?:re|er)s?\s+(?:a|per)\s+second", "km/s"),
    (r"กม\.?\s*/\s*ชม\.?|กม\.?\s*ต่อ\s*ชม\.?|กิโลเมตร\s*(?:ต่อ|/)\s*ชั่วโมง", "km/h"),
    (r"ไมล์\s*(?:/|ต่อ)\s*(?:ชม\.?|ชั่วโมง)", "mph"),
    (r"นอต|น็อต", "kn"),
    (r"กิโลเมตร\s*(?:ต่อ|/)\s*วินาที|กม\.?\s*/\s*วินาที", "km/s"),
    (r"เมตร\s*(?:ต่อ|/)\s*วินาที", "m/s"),
    (r"km\s*/\s*giờ|km/h", "km/h"),
    # flow and yield: a unit per time or per area ("cubic metres per second", "ตันต่อไร่")
    (_CUBIC + r"\s*(?:/|per|an?)\s*(?:second|sec|s)|cumecs", "m³/s"),
    (_CUBIC + r"\s*(?:/|per|an?)\s*(?:hour|hr|h)", "m³/h"),
    (_CUBIC + r"\s*(?:/|per|an?)\s*(?:day|d)", "m³/d"),
    (r"lit(?:re|er)s?\s*(?:/|per|an?)\s*(?:second|sec|s)|(?-i:L/s)", "L/s"),
    (r"ลิตร\s*(?:/|ต่อ)\s*วินาที", "L/s"),
    (_TH_CUBIC + r"\s*(?:/|ต่อ)\s*วินาที", "m³/s"),
    (_TH_CUBIC + r"\s*(?:/|ต่อ)\s*(?:ชม\.?|ชั่วโมง)", "m³/h"),
    (_TH_CUBIC + r"\s*(?:/|ต่อ)\s*วัน", "m³/d"),
    (_TONNES + r"\s*(?:/|per|an?)\s*(?:hectare|ha)", "t/ha"),
    (_TONNES + r"\s*(?:/|per|an?)\s*rai", "t/rai"),
    (_KILOS + r"\s*(?:/|per|an?)\s*(?:hectare|ha)", "kg/ha"),
    (_KILOS + r"\s*(?:/|per|an?)\s*rai", "kg/rai"),
    (r"ตัน\s*(?:/|ต่อ)\s*(?:เฮกตาร์|เฮกแตร์)", "t/ha"),
    (r"ตัน\s*(?:/|ต่อ)\s*ไร่", "t/rai"),
    (r"(?:กก\.|กิโลกรัม|กิโล)\s*(?:/|ต่อ)\s*(?:เฮกตาร์|เฮกแตร์)", "kg/ha"),
    (r"(?:กก\.|กิโลกรัม|กิโล)\s*(?:/|ต่อ)\s*ไร่", "kg/rai"),
    # area
    (r"(?:sq(?:uare)?\.?\s*)(?:km|kilomet(?:re|er)s?)|(?-i:km²|km2)", "km²"),
    (r"(?:sq(?:uare)?\.?\s*)(?:mi(?:les?)?)", "sq mi"),
    (r"(?:sq(?:uare)?\.?\s*)(?:feet|foot|ft)", "sq ft"),
    (r"(?:sq(?:uare)?\.?\s*)(?:" + _M + r"|m)|(?-i:m²|m2)", "m²"),
    (r"hectares?|(?-i:ha)", "ha"),
    (r"acres?", "acre"),
    (r"ตร\.?\s*กม\.?|ตารางกิโลเมตร", "km²"),
    (r"ตร\.?\s*ม\.(?![ก-ฮ])|ตารางเมตร", "m²"),
    (r"ตารางไมล์", "sq mi"),
    (r"ตารางฟุต", "sq ft"),
    (r"ตารางวา|ตร\.?\s*ว\.|square\s+wah?", "sq wa"),
    (r"เอเคอร์", "acre"),
    (r"เฮกตาร์|เฮกแตร์|เฮคตาร์", "ha"),
    (r"ไร่|rai", "rai"),
    (r"héc-ta|hecta", "ha"),
    # volume
    (r"cubic\s+(?:" + _M + r"|m)|(?-i:m³|m3|cu\s?m)", "m³"),
    (r"millilit(?:re|er)s?|(?-i:ml|mL)", "ml"),
    (r"lit(?:re|er)s?|(?-i:L)", "L"),
    (r"gallons?", "gal"),
    (r"barrels?|(?-i:bbl)", "bbl"),
    (r"ลบ\.?\s*ม\.|ลูกบาศก์เมตร", "m³"),
    (r"มิลลิลิตร|มล\.", "ml"),
    (r"ลิตร", "L"),
    (r"แกลลอน|แกลลอน", "gal"),
    (r"บาร์เรล", "bbl"),
    (r"lít", "L"),
    # kitchen measures (a recipe): "2 tbsp", "1 teaspoon", "2 cups", Thai ช้อนโต๊ะ, ช้อนชา
    (r"tablespoons?|(?-i:tbsps?|Tbsp|tbs)", "tbsp"),
    (r"teaspoons?|(?-i:tsps?)", "tsp"),
    (r"(?-i:cups?)", "cup"),
    (r"ช้อนโต๊ะ", "tbsp"),
    (r"ช้อนชา", "tsp"),
    (r"ถ้วยตวง|ถ้วย(?!รางวัล)", "cup"),
    # length
    (r"nautical\s+miles?|(?-i:nmi|NM)", "nmi"),
    (r"light[\s-]years?", "ly"),
    (r"kilomet(?:re|er)s?|(?-i:km|kms)", "km"),
    (r"centimet(?:re|er)s?|(?-i:cm)", "cm"),
    (r"millimet(?:re|er)s?|(?-i:mm)", "mm"),
    (r"miles?|(?-i:mi)", "mi"),
    (_M + r"|(?-i:m)", "m"),
    (r"feet|foot|(?-i:ft)", "ft"),
    (r"inch(?:es)?|(?-i:in)", "in"),
    (r"yards?|(?-i:yds?)", "yd"),
    (r"ไมล์ทะเล", "nmi"),
    (r"ปีแสง", "ly"),
    (r"กม\.|กิโลเมตร", "km"),
    (r"ไมล์", "mi"),
    (r"ซม\.|เซนติเมตร|เซ็นติเมตร", "cm"),
    (r"มม\.|มิลลิเมตร", "mm"),
    (r"เมตร|ม\.(?![ก-ฮ])", "m"),
    (r"ฟุต", "ft"),
    (r"หลา", "yd"),
    (r"นิ้ว", "in"),
    (r"ki-lô-mét|mét", "m"),
    # mass
    (r"kilo(?:gram(?:me)?s?|s)?|(?-i:kg|kgs)", "kg"),
    (r"milligram(?:me)?s?|(?-i:mg)", "mg"),
    (r"microgram(?:me)?s?|(?-i:µg|μg|mcg)", "µg"),
    (r"gram(?:me)?s?|(?-i:g)", "g"),
    (r"(?:metric\s+)?(?:tonnes?|tons?)", "t"),
    (r"(?-i:lbs?)", "lb"),
    (r"stones?|(?-i:st)", "st"),
    (r"ounces?|(?-i:oz)", "oz"),
    (r"กก\.|กิโลกรัม|กิโล(?!เมตร|วัตต์|ไบต์|แคล|โวลต์|เฮิรตซ์)", "kg"),
    (r"มก\.|มิลลิกรัม", "mg"),
    (r"ไมโครกรัม", "µg"),
    (r"กรัม", "g"),
    (r"เมตริกตัน|ตัน", "t"),
    (r"สโตน", "st"),
    (r"ออนซ์", "oz"),
    (r"tấn", "t"),
    # power, energy, data
    (r"kilowatt[\s-]hours?|(?-i:kWh)", "kWh"),
    (r"megawatt[\s-]hours?|(?-i:MWh)", "MWh"),
    (r"gigawatt[\s-]hours?|(?-i:GWh)", "GWh"),
    (r"terawatt[\s-]hours?|(?-i:TWh)", "TWh"),
    (r"kilowatts?|(?-i:kW)", "kW"),
    (r"megawatts?|(?-i:MW)", "MW"),
    (r"gigawatts?|(?-i:GW)", "GW"),
    (r"watts?|(?-i:W)", "W"),
    (r"กิโลวัตต์\s*(?:-\s*)?ชั่วโมง", "kWh"),
    (r"เมกะวัตต์\s*(?:-\s*)?ชั่วโมง", "MWh"),
    (r"กิกะวัตต์\s*(?:-\s*)?ชั่วโมง", "GWh"),
    (r"เท(?:ระ|รา)วัตต์\s*(?:-\s*)?ชั่วโมง", "TWh"),
    (r"กิโลวัตต์", "kW"),
    (r"เมกะวัตต์", "MW"),
    (r"กิกะวัตต์", "GW"),
    (r"วัตต์", "W"),
    (r"kilovolts?|(?-i:kV)", "kV"),
    (r"volts?|(?-i:V)", "V"),
    (r"กิโลโวลต์|เควี(?![ก-ฮ])", "kV"),
    (r"โวลต์", "V"),
    (r"(?-i:kcal)|kilocalories?|calories?", "kcal"),
    (r"กิโลแคลอรี่?|แคลอรี่?", "kcal"),
    (r"gigabytes?|(?-i:GB)", "GB"),
    (r"terabytes?|(?-i:TB)", "TB"),
    (r"megabytes?|(?-i:MB)", "MB"),
    (r"กิกะไบต์", "GB"),
    (r"เทราไบต์", "TB"),
    (r"เมกะไบต์", "MB"),
    # temperature
    (r"[°º]\s?C|(?-i:C)|degrees?\s+(?:Celsius|centigrade)|(?:degrees?|deg\.?)\s?(?-i:C)"
     r"(?![A-Za-z])", "°C"),  # "1.5 deg C", "35 degrees C": the wires' plain-text degree
    (r"[°º]\s?F|(?-i:F)|degrees?\s+Fahrenheit|(?:degrees?|deg\.?)\s?(?-i:F)(?![A-Za-z])",
     "°F"),
    (r"degrees?(?!\s+(?:Celsius|centigrade|Fahrenheit))", "°"),
    (r"องศา\s*(?:เซลเซียส|ซี(?![ก-ฮ]))?", "°C"),
    (r"องศา\s*ฟาเรนไฮต์", "°F"),
    (r"độ\s*C", "°C"),
    (r"độ\s*F", "°F"),
]
_GLUED_ONLY = frozenset({"C", "F", "in", "L", "t", "W", "V"})
"""One-letter (and ``in``) symbols count only glued to the digits (``35C``, ``6.7in``,
``5L``): spaced, they are a letter of the text (``6 in the morning``). A spaced ``C``
or ``F`` is a scale (``47.3 C (117.1 F)``) unless a hyphen or a dot and a letter
follow (``5 C-class``, ``3 F.C.``)."""
_SPACED_SCALE_STOP_RE = re.compile(r"-|\.[A-Za-z]")

_LATIN_END_RE = re.compile(r"[A-Za-zÀ-ỹ]")
_UNIT_RES = [(re.compile(r"(?i:" + p + r")"), symbol) for p, symbol in _WORDS]
_SEP_RE = re.compile(r"[ \u00a0\u202f\u2009-]?")


class UnitMatch(NamedTuple):
    """A unit read after a number: its symbol and the span of the unit word (``start``
    after the space or hyphen that joins it to the digits)."""

    symbol: str
    start: int
    end: int


def find_unit(text: str, end: int) -> UnitMatch | None:
    """The unit of measurement written right after a number that ends at ``end``:
    glued (``35C``, ``10km``), after one space or a hyphen (``10 grams``, ``a 90-hectare
    farm``), the longest unit word there. None when no unit follows.

    Examples:
        >>> find_unit("winds of 120 km/h", 12)
        UnitMatch(symbol='km/h', start=13, end=17)
        >>> find_unit("10 กิโลกรัม", 2).symbol
        'kg'
        >>> find_unit("5 men", 1) is None
        True
    """
    sep = _SEP_RE.match(text, end)
    pos = sep.end() if sep is not None else end
    if pos >= len(text):
        return None
    best: UnitMatch | None = None
    for rx, symbol in _UNIT_RES:
        hit = rx.match(text, pos)
        if hit is None or (best is not None and hit.end() <= best.end):
            continue
        word = hit.group()
        if word[-1].isascii() and word[-1].isalpha() and _LATIN_END_RE.match(text, hit.end()):
            continue  # "5 mines", "3 meters" is found whole, "2 millionaires" is not "mi"
        if word in _GLUED_ONLY and pos != end and (
                word not in "CF" or _SPACED_SCALE_STOP_RE.match(text, hit.end())):
            continue
        if text.startswith("-", end) and not word.isascii():
            continue  # a hyphen joins an English unit only: "a 90-hectare farm"
        best = UnitMatch(symbol, pos, hit.end())
    return best


def unit_dimension(symbol: object) -> str | None:
    """The dimension of a unit symbol of the numbers table (``length``, ``area``,
    ``volume``, ``mass``, ``speed``, ``power``, ``energy``, ``data``,
    ``temperature``), or None for another unit (a currency, ``%``, a unit of time).

    Examples:
        >>> unit_dimension("nmi"), unit_dimension("rai"), unit_dimension("USD")
        ('length', 'area', None)
    """
    unit = UNITS.get(symbol) if isinstance(symbol, str) else None
    return unit.dimension if unit is not None else None


def convert_unit(value: float, source: str, target: str) -> float | None:
    """``value`` in ``source`` units expressed in ``target`` units, or None when the two
    are not of one dimension. Temperatures convert between ``°C`` and ``°F``.

    Examples:
        >>> round(convert_unit(3, "nmi", "km"), 3)
        5.556
        >>> convert_unit(10, "g", "kg")
        0.01
        >>> convert_unit(104, "°F", "°C")
        40.0
        >>> convert_unit(60, "km/h", "rai") is None
        True
    """
    a, b = UNITS.get(source), UNITS.get(target)
    if a is None or b is None or a.dimension != b.dimension:
        return None
    if a.factor is not None and b.factor is not None:
        return value * a.factor / b.factor
    scales = {source, target}
    if source == target:
        return value
    if scales == {"°C", "°F"}:
        return value * 1.8 + 32 if source == "°C" else (value - 32) / 1.8
    return None


_MEASURED_KINDS = ("cardinal", "range")
"""Kinds a unit of measurement follows (money, percents and durations have their own
units; years, dates, ordinals and codes none)."""


def attach_units(sc: Scan) -> None:
    """Give each count and range of the scan with no unit yet the unit of measurement
    written right after it (``unit`` only: the span, kind and key stay as read); pounds
    of weight (:func:`massmob_nlp.numbers.weights.pounds_of_weight`) are ``lb``."""
    for k, m in enumerate(sc.out):
        if m.kind in _MEASURED_KINDS and m.unit is None and m.value is not None:
            found = find_unit(sc.t, m.end)
            if found is not None:
                sc.out[k] = m._replace(unit=found.symbol)
            elif m.kind == "cardinal" and multiple_at(sc.t, m.start, m.end):
                sc.out[k] = m._replace(unit="×")
            elif m.kind == "cardinal" and pounds_of_weight(sc.t, m.start, m.end):
                sc.out[k] = m._replace(unit="lb")  # "weighed in at 144.6 pounds"
    for h in sc.finditer(_HALF_RE):
        found = find_unit(sc.t, h.end())
        if found is not None and UNITS[found.symbol].factor and sc.free(h.start(), h.end()) \
                and (found.start == h.end() or not h["th"]):
            sc.add(h.start(), h.end(), "cardinal", value=0.5, key="cardinal:0.5",
                   unit=found.symbol)
    join_unit_ranges(sc)  # "between 0.6 deg C and 5 deg C": one range


_HALF_RE = re.compile(r"(?P<th>ครึ่ง)(?!หนึ่ง)|(?i:\bhalf\s+an?)(?=\s)")
"""``ครึ่งกิโลกรัม``, ``ครึ่งลิตร``, ``half a kilo``, ``half a mile``: half of the unit
written right after (Thai glued to it)."""


_MULTIPLE_WORD_RE = re.compile(r"(?i)(?:doubl|tripl|quadrupl)|.*fold$|เท่าตัว")
_MULTIPLE_AFTER_RE = re.compile(
    r"(?i)[ \u00a0-]?fold\b"
    r"|\s+times\s+(?:as|more|less|fewer|higher|lower|larger|bigger|greater|smaller|faster"
    r"|slower|longer|stronger|heavier|the|that|what|its|their|his|her)\b"
    r"|\s+times\s+(?:(?:forward|trailing|annual|expected|projected)\s+)?(?:earnings|sales"
    r"|revenues?|book|income|salary|value|size|amount|rate|levels?|average|price|cost"
    r"|volume|capacity|figure|limit|dose)\b"
    r"|\s*เท่า(?!กับ|กัน|นั้น|ที่|ไร|ไหร|เดิม|เทียม|ทัน|เท้า|ใด)"
    r"|(?-i:[x×])(?![A-Za-z0-9])")  # "a 4.3x zoom", glued
_TWICE_RE = re.compile(r"(?i)(?:twice|thrice)$")
_TWICE_AFTER_RE = re.compile(r"(?i)\s+(?:as|the|that|what|over)\b")


def multiple_at(text: str, start: int, end: int) -> bool:
    """The count ``text[start:end]`` is a multiple: a verb or word of times (``tripled``,
    ``could double``, ``threefold``, Thai ``เท่าตัว``), a number before ``-fold``,
    ``times as``/``times the``/``times higher``/``times earnings`` or Thai ``เท่า``
    (not ``เท่ากับ`` "equal to", ``เท่านั้น`` "only"), ``twice as``/``twice the``.
    A count of times something happened (``won three times``, ``สามครั้ง``) is none.

    Examples:
        >>> multiple_at("Sales nearly tripled.", 13, 20), multiple_at("ยอดขายเพิ่ม 3 เท่า", 12, 13)
        (True, True)
        >>> multiple_at("He won three times.", 7, 12), multiple_at("มี 3 เท่านั้น", 3, 4)
        (False, False)
    """
    word = text[start:end]
    return bool(_MULTIPLE_WORD_RE.match(word)) or bool(_MULTIPLE_AFTER_RE.match(text, end)) \
        or (bool(_TWICE_RE.search(word)) and bool(_TWICE_AFTER_RE.match(text, end)))
