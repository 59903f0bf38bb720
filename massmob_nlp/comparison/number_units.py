"""Measurements the translator converted to another unit.

UK news writes miles, mph, feet, stones, acres and Fahrenheit; a Thai translation often
gives kilometres, กม./ชม., เมตร, กิโลกรัม, ไร่ or องศาเซลเซียส instead: ``about 10 miles``
/ ``ราว 16 กิโลเมตร``. The number reader gives each measurement its unit symbol
(:mod:`massmob_nlp.numbers.units`: ``mi``, ``km``, ``°C``); :func:`_measures` records the
amount in the base unit of its dimension, :func:`_same_measure` joins two numbers of one
dimension in different units whose amounts agree to the rounding a translator uses, and
:func:`_other_dimension` tells two quantities that can never be one (a speed, an area).
"""

from __future__ import annotations

import re

import pandas as pd

from .._text import thai_digits_to_arabic
from ..numbers.units import UNITS, find_unit, unit_dimension
from .context import _str
from .number_marks import _short_scales
from .number_pairs import Mention, _num, _vague

_TEMPERATURE_DIMS = {"°C": "temp_c", "°F": "temp_f", "°": "temp_deg"}
"""The comparison's three temperature scales: English ``degrees`` with no scale
(``temp_deg``) is Fahrenheit in US news, Celsius in UK news."""


def _unit_after(text: str, end: int) -> tuple[str, float, str] | None:
    """(dimension, factor, the unit word) of the unit of measurement at ``end``."""
    found = find_unit(text, end)
    if found is None:
        return None
    dim, factor = _dimension_factor(found.symbol)
    return dim, factor, text[found.start:found.end]


def _dimension_factor(symbol: str) -> tuple[str, float]:
    """The comparison's dimension of a unit symbol and its factor to the base unit."""
    unit = UNITS[symbol]
    return _TEMPERATURE_DIMS.get(symbol, unit.dimension), unit.factor or 1.0


_LB = UNITS["lb"].factor or 0.0
_SECOND_PART = {"ft": ("in", UNITS["in"].factor or 0.0), "st": ("lb", _LB)}
_SECOND_WORD_RE = {
    "in": re.compile(r"\s?(?:in(?:ch(?:es)?)?\b\.?|[\"″]|นิ้ว)"),
    "lb": re.compile(r"\s?(?:lbs?\b|pounds?\b|ปอนด์)")}
"""The smaller unit's word right after its number: ``20 ft 3 in`` (the table leaves a
bare ``in`` without a unit: it is most often the preposition)."""
"""The smaller unit of a two-part imperial measurement: ``6ft 2in``, ``6 ฟุต 2 นิ้ว``
(a weight in stones and pounds is one mention in pounds: ``11st 4lb``)."""


def _measures(mentions: list[Mention], text: str) -> None:
    """Record on each plain number with a unit of measurement its dimension, amount in
    the base unit, unit word, rounding in the base unit and the unit's factor to the
    base unit (``measure``; ``feet`` and ``ฟุต`` are one unit); the inches of a two-part
    measurement are added to its feet and marked ``measure_part``. The unit symbol
    moves from ``unit`` to ``measure_unit``: ``unit`` stays the currency, percent or
    unit of time the pair tests compare."""
    symbols = [_str(m.get("unit")) if unit_dimension(_str(m.get("unit"))) else None
               for m in mentions]
    for m, symbol in zip(mentions, symbols):
        if symbol is not None:
            m["unit"], m["measure_unit"] = None, symbol
    _short_scales([m for m in mentions if m.get("measure_unit") == "m"], text)  # "2.7m."
    for k, m in enumerate(mentions):
        end, value, symbol = m.get("end_char"), _num(m.get("value")), symbols[k]
        if symbol is None or end is None or pd.isna(end) or value is None or _vague(m) or \
                _str(m["kind"]) != "cardinal" or _num(m.get("value_max")) is not None:
            continue
        found = find_unit(text, int(end))
        dim, factor = _dimension_factor(symbol)
        if found is None or found.symbol != symbol:  # "11st 4lb": one weight in pounds
            m["measure"] = (dim, value * factor, symbol, 0.5 * factor, -1.0)
            continue
        word = " ".join(text[found.start:found.end].split()).lower()
        m["measure"] = (dim, value * factor, word, _written(m) * factor, factor)
        nxt = mentions[k + 1] if k + 1 < len(mentions) else None
        small = _SECOND_PART.get(symbol)
        if small is None or nxt is None or pd.isna(nxt.get("start_char")) or \
                pd.isna(nxt.get("end_char")) or \
                not 0 <= int(nxt["start_char"]) - found.end <= 1 or \
                (symbols[k + 1] != small[0] and
                 not _SECOND_WORD_RE[small[0]].match(text, int(nxt["end_char"]))):
            continue
        m["measure"] = (dim, value * factor + (_num(nxt.get("value")) or 0.0) * small[1],
                        word, _written(nxt) * small[1], factor)
        nxt["measure_part"] = True


def _other_dimension(s: Mention, t: Mention) -> bool:
    """Two measurements that can never be one quantity: ``60 km/h`` and ``17,500 ไร่``
    (a speed, an area), ``-42C`` and ``64 กม./ชม.``. Temperatures in any scale are one
    dimension. A multiple (``tripled``, ``สามเท่า``) is never a plain count or a measure
    changed (``has nearly tripled`` / ``1,240 ราย``)."""
    a, b = s.get("measure"), t.get("measure")
    if (a is not None and a[0] == "multiple") != (b is not None and b[0] == "multiple"):
        return True
    if a is None or b is None:
        return False
    dims = {str(a[0]), str(b[0])}
    return len(dims) == 2 and not all(d.startswith("temp") for d in dims)


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
    if a is None and b is None:
        return _other_range_unit(s, t)
    if a is None or b is None or (a[0], a[4]) == (b[0], b[4]):
        return False
    if a[0] != b[0] and {a[0], b[0]} != _TEMPERATURES:
        return False  # another dimension: a unit word misread ("3m people"), not a unit
    return not _same_measure(s, t)


def _other_range_unit(s: Mention, t: Mention) -> bool:
    """Two ranges of one dimension in two units whose ends disagree: ``2-5cm`` /
    ``2-5 มิลลิเมตร`` (a range carries its unit, ``measure_unit``, but no ``measure``)."""
    us, ut = _str(s.get("measure_unit")), _str(t.get("measure_unit"))
    if us is None or ut is None or us == ut or us not in UNITS or ut not in UNITS:
        return False
    (ds, fs), (dt, ft) = _dimension_factor(us), _dimension_factor(ut)
    if ds != dt or ds in _TEMPERATURES:
        return False
    ends = [(_num(s.get(k)), _num(t.get(k))) for k in ("value", "value_max")]
    return any(a is not None and b is not None and
               abs(a * fs - b * ft) > 1e-9 * max(abs(a * fs), abs(b * ft), 1.0)
               for a, b in ends)


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


def _both_multiples(s: Mention, t: Mention) -> bool:
    """Two multiples (``has nearly tripled`` / ``พุ่งเกือบสามเท่า``): like two shares, a
    telling pair, so the only one of its value left on each side is one moved."""
    a, b = s.get("measure"), t.get("measure")
    return a is not None and b is not None and a[0] == b[0] == "multiple"
