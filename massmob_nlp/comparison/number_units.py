"""Measurements the translator converted to another unit.

UK news writes miles, mph, feet, stones, acres and Fahrenheit; a Thai translation often
gives kilometres, กม./ชม., เมตร, กิโลกรัม, ไร่ or องศาเซลเซียส instead: ``about 10 miles``
/ ``ราว 16 กิโลเมตร``. The number reader leaves measurement units out of its table, so
:func:`_measures` reads the unit word written right after each plain number and records
the amount in a base unit of its dimension; :func:`_same_measure` joins two numbers of
one dimension in different units whose amounts agree to the rounding a translator uses.
"""

from __future__ import annotations

import re

import pandas as pd

from .._text import thai_digits_to_arabic
from .context import _str
from .number_pairs import Mention, _num, _vague

# unit words (longest first inside each alternation), dimension, factor to the base unit
_UNITS: list[tuple[str, str, float]] = [
    # speed (m/s)
    (r"mph|miles?\s+(?:an|per)\s+hour", "speed", 0.44704),
    (r"km/h|kph|km\s+an\s+hour|kilomet(?:re|er)s?\s+(?:an|per)\s+hour", "speed", 1 / 3.6),
    (r"knots?", "speed", 0.514444),
    (r"กม\.?\s*/\s*ชม\.?|กม\.?\s*ต่อ\s*ชม\.?|กิโลเมตร\s*ต่อ\s*ชั่วโมง|กิโลเมตร/ชั่วโมง",
     "speed", 1 / 3.6),
    (r"ไมล์\s*(?:/|ต่อ)\s*(?:ชม\.?|ชั่วโมง)", "speed", 0.44704),
    (r"นอต", "speed", 0.514444),
    # area (m²)
    (r"sq(?:uare)?\.?\s*(?:km|kilomet(?:re|er)s?)|km²|km2", "area", 1e6),
    (r"sq(?:uare)?\.?\s*miles?", "area", 2_589_988.0),
    (r"acres?", "area", 4046.86),
    (r"hectares?|ha\b", "area", 1e4),
    (r"ตร\.?\s*กม\.?|ตารางกิโลเมตร", "area", 1e6),
    (r"ตารางไมล์", "area", 2_589_988.0),
    (r"เอเคอร์", "area", 4046.86),
    (r"เฮกตาร์|เฮกแตร์", "area", 1e4),
    (r"ไร่", "area", 1600.0),
    # length (m)
    (r"km|kilomet(?:re|er)s?", "length", 1000.0),
    (r"miles?", "length", 1609.344),
    (r"cm|centimet(?:re|er)s?", "length", 0.01),
    (r"mm|millimet(?:re|er)s?", "length", 0.001),
    (r"m|met(?:re|er)s?", "length", 1.0),
    (r"ft|feet|foot", "length", 0.3048),
    (r"yards?|yds?", "length", 0.9144),
    (r"inch(?:es)?", "length", 0.0254),
    (r"กม\.?|กิโลเมตร", "length", 1000.0),
    (r"ไมล์", "length", 1609.344),
    (r"ซม\.?|เซนติเมตร", "length", 0.01),
    (r"มม\.?|มิลลิเมตร", "length", 0.001),
    (r"เมตร|ม\.(?![ค-ฮ])", "length", 1.0),
    (r"ฟุต", "length", 0.3048),
    (r"หลา", "length", 0.9144),
    (r"นิ้ว", "length", 0.0254),
    # mass (kg)
    (r"kg|kilo(?:gram(?:me)?s?)?", "mass", 1.0),
    (r"tonnes?", "mass", 1000.0),
    (r"lbs?", "mass", 0.453592),
    (r"st\b|stones?", "mass", 6.35029),
    (r"กก\.?|กิโลกรัม|กิโล(?!เมตร)", "mass", 1.0),
    (r"ตัน", "mass", 1000.0),
    (r"สโตน", "mass", 6.35029),
    # temperature (degrees Celsius; Fahrenheit handled in _same_measure)
    (r"[°º]?\s?C\b|degrees?\s+(?:Celsius|centigrade)|องศา\s*(?:เซลเซียส|ซี)?", "temp_c", 1.0),
    (r"[°º]?\s?F\b|degrees?\s+Fahrenheit|องศา\s*ฟาเรนไฮต์|องศาฟาเรนไฮต์", "temp_f", 1.0),
    # English degrees with no scale: Fahrenheit in US news, Celsius in UK news
    (r"degrees?(?!\s+(?:Celsius|centigrade|Fahrenheit))", "temp_deg", 1.0),
]
_UNIT_RES = [(re.compile(r"[\s-]?(?:" + p + r")(?![A-Za-z])"), dim, f) for p, dim, f in
             sorted(_UNITS, key=lambda u: u[1].startswith("temp"))]
"""Fahrenheit after Celsius in the list, but ``องศาฟาเรนไฮต์`` must win over ``องศา``:
:func:`_unit_after` takes the longest match."""

_PLAIN_KINDS = ("cardinal",)
"""Kinds of the numbers a unit word can follow (the reader keeps money, percent,
durations apart)."""


def _unit_after(text: str, end: int) -> tuple[str, float, str] | None:
    """(dimension, factor, the unit word) of the longest unit word at ``end``."""
    best: tuple[str, float, str] | None = None
    for rx, dim, factor in _UNIT_RES:
        hit = rx.match(text, end)
        if hit is not None and (best is None or len(hit.group()) > len(best[2])):
            best = (dim, factor, hit.group())
    return best


_SECOND_PART_RE = re.compile(r"\s?(?:in(?:ch(?:es)?)?|lbs?|pounds?|นิ้ว|ปอนด์)(?![A-Za-z])")
"""The smaller unit of a two-part imperial measurement: ``6ft 2in``, ``10st 13lb``,
``10 สโตน 3 ปอนด์``."""
_LB = 0.453592
_SECOND_PART = {"length": 0.0254, "mass": _LB}
_STONE_POUNDS_RE = re.compile(r"(?i)[0-9]\s?(?:st|stones?|สโตน)\s*[0-9]+\s?(?:lbs?|pounds?|ปอนด์)")
"""A weight the reader gives in pounds: ``11st 4lb``, ``11 สโตน 4 ปอนด์``."""
_FIRST_PARTS = ("ft", "feet", "foot", "ฟุต", "st", "stone", "stones", "สโตน")


def _measures(mentions: list[Mention], text: str) -> None:
    """Record on each plain number followed by a unit word its dimension, amount in
    the base unit, unit word, rounding in the base unit and the unit's factor to the
    base unit (``measure``; ``feet`` and ``ฟุต`` are one unit); the inches
    or pounds of a two-part measurement are added to its feet or stones, and marked
    ``measure_part``."""
    for k, m in enumerate(mentions):
        end, value = m.get("end_char"), _num(m.get("value"))
        if end is None or pd.isna(end) or value is None or _vague(m) or \
                _str(m["kind"]) not in _PLAIN_KINDS or _num(m.get("value_max")) is not None:
            continue
        if _STONE_POUNDS_RE.search(str(m["text"])):  # read as one weight in pounds
            m["measure"] = ("mass", value * _LB, "st+lb", 0.5 * _LB, -1.0)
            continue
        unit = _unit_after(text, int(end))
        if unit is None:
            continue
        dim, factor, word = unit
        word = re.sub(r"\s+", "", word).lower()
        m["measure"] = (dim, value * factor, word, _written(m) * factor, factor)
        nxt = mentions[k + 1] if k + 1 < len(mentions) else None
        if word in _FIRST_PARTS and nxt is not None and _num(nxt.get("value")) is not None \
                and not pd.isna(nxt.get("start_char")) and \
                0 <= int(nxt["start_char"]) - int(end) - len(unit[2]) <= 1 and \
                _SECOND_PART_RE.match(text, int(nxt["start_char"]) + len(
                    re.match(r"[0-9.,]*", str(nxt["text"])).group())):  # type: ignore[union-attr]
            small = _num(nxt.get("value")) or 0.0
            m["measure"] = (dim, value * factor + small * _SECOND_PART[dim], word,
                            _written(nxt) * _SECOND_PART[dim], factor)
            nxt["measure_part"] = True


MEASURE_TOLERANCE = 0.03
"""Relative difference two converted amounts may always have."""
ROUNDED_TOLERANCE = 0.10
"""Most relative difference when the converted amount rounds to the number written
(``2 miles`` / ``3 กม.``: 3.2 written as 3)."""


def _same_measure(s: Mention, t: Mention) -> bool:
    """One measurement in two units (``10 miles`` / ``16 กิโลเมตร``, ``50mph`` / ``80
    กม./ชม.``, ``1.5C (2.7F)``), the amounts equal to the translator's rounding: the
    two amounts differ by at most the rounding of the rounder side."""
    a, b = s.get("measure"), t.get("measure")
    if a is None or b is None or (a[0], a[4]) == (b[0], b[4]):  # one unit, two languages
        return False
    va, vb = _num(s.get("value")), _num(t.get("value"))
    if va is None or vb is None:
        return False
    dims = {a[0], b[0]}
    if dims in ({"temp_deg", "temp_c"}, {"temp_deg", "temp_f"}):
        # "94 degrees" (a US story: Fahrenheit) / "34 องศาเซลเซียส": the scale the
        # other side does not write
        dims = {"temp_c", "temp_f"}
        a = ({"temp_c": "temp_f", "temp_f": "temp_c"}[b[0]],) + tuple(a[1:]) \
            if a[0] == "temp_deg" else a
    if dims == {"temp_c", "temp_f"}:
        (c, cm), (f, fm) = ((va, s), (vb, t)) if a[0] == "temp_c" else ((vb, t), (va, s))
        # each written to its last digit (a degree: ``99F`` is 98.5-99.5): the two
        # spans overlap in Celsius (a level, or a change: ``2.7F`` / ``1.5C``). A
        # relative tolerance would let 99F (37.2C) pass for 36C.
        hc, hf = _last_digit(cm), _last_digit(fm) / 1.8
        return any(abs(x - c) <= hc + hf + 1e-9 for x in ((f - 32) / 1.8, f / 1.8))
    if a[0] != b[0] or a[0].startswith("temp"):
        return False
    return _agree(a[1], b[1], max(a[3], b[3]))  # in the base unit, to the rounder side


_TEMPERATURES = frozenset({"temp_c", "temp_f"})


def _other_unit(s: Mention, t: Mention) -> bool:
    """Two numbers of one dimension in two units whose amounts disagree: ``22 metres`` /
    ``22 หลา`` (a metre is not a yard), ``40 acres`` / ``40 ไร่``, ``9C`` / ``9
    องศาฟาเรนไฮต์``, ``48F`` / ``48 องศา`` (Thai reads bare degrees as Celsius). The same
    digits are then no evidence that the number was kept: it is one measurement
    changed. English ``degrees`` with no scale tells nothing."""
    a, b = s.get("measure"), t.get("measure")
    if a is None or b is None or (a[0], a[4]) == (b[0], b[4]):
        return False
    if a[0] != b[0] and {a[0], b[0]} != _TEMPERATURES:
        return False  # another dimension: a unit word misread ("3m people"), not a unit
    return not _same_measure(s, t)


def _written(m: Mention) -> float:
    """Half a unit of the last significant digit of the number as written, in its
    value (``160``: 5, ``3``: 0.5, ``2.7``: 0.05, ``1.77 แสน``: 500)."""
    text = thai_digits_to_arabic(str(m["text"])).replace(",", "")
    digits = re.search(r"[0-9]+(?:\.([0-9]+))?", text)
    value = _num(m.get("value"))
    if digits is None or value is None or not float(digits.group()):
        return 0.0
    scale = value / float(digits.group())
    if digits.group(1):
        return float(0.5 * 10 ** -len(digits.group(1)) * scale)
    whole = digits.group().rstrip("0")
    return float(0.5 * 10 ** (len(digits.group()) - len(whole)) * scale)


def _last_digit(m: Mention) -> float:
    """Half a unit of the last digit written (``99``: 0.5, ``37.2``: 0.05), trailing
    zeros included: a temperature of ``30`` is no round number."""
    digits = re.search(r"[0-9]+(?:\.([0-9]+))?", thai_digits_to_arabic(str(m["text"])))
    return 0.5 * 10.0 ** -len(digits.group(1) or "") if digits is not None else 0.5


def _agree(converted: float, written: float, half_unit: float) -> bool:
    """A converted amount against the number the other side writes (one sign)."""
    if converted == 0 or written == 0 or (converted < 0) != (written < 0):
        return False
    rel = abs(converted - written) / max(abs(converted), abs(written))
    return rel <= MEASURE_TOLERANCE or (
        rel <= ROUNDED_TOLERANCE and abs(converted - written) <= half_unit + 1e-9)


def _converted_note(s: Mention, t: Mention) -> str | None:
    """``miles → กิโลเมตร`` when the two numbers are one measurement in two units."""
    a, b = s.get("measure"), t.get("measure")
    if a is None or b is None or not _same_measure(s, t):
        return None
    return f"converted: {a[2]} → {b[2]}"


def _restatements(mentions: list[Mention], taken: set[int]) -> dict[int, Mention]:
    """Unjoined measurements that restate a joined one of their own sentence in another
    unit, brackets or not (``-5C overnight, about 23F``, ``a 5,000-mile (8,000km)
    trip``): index → the joined one. Translators drop or add such conversions."""
    out: dict[int, Mention] = {}
    for k, m in enumerate(mentions):
        if k in taken or m.get("measure") is None:
            continue
        for j in taken:
            o = mentions[j]
            if o["bead"] == m["bead"] and o.get("measure") is not None and \
                    _same_measure(m, o):
                out[k] = o
                break
    return out
