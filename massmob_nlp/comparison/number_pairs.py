"""Tests that a number of one side is the same number as one of the other side.

:mod:`massmob_nlp.comparison.numbers` tries them from the strongest evidence to the
weakest: the same ``key``; the same value whatever the kind; the same digits read
differently; one clock time on a 12-hour clock or in another time zone; one result
written from the other team's side; a scale letter glued to the digits. The
annotators (:func:`_short_scales`, :func:`_time_zones`, :func:`_sign_words`) record on
each mention what the words beside it add. :func:`_same_role` is the weakest: two
numbers left in one bead that are one number changed.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from typing import Any

import pandas as pd

from .._text import thai_digits_to_arabic
from ..numbers import en
from .context import _str
from .evidence import date_ends, dates_differ, digit_groups, has_magnitude

VALUE_TOLERANCE = 1e-9
"""Relative tolerance of value equality."""

Mention = dict[str, Any]
Test = Callable[[Mention, Mention], bool]


def _num(v: Any) -> float | None:
    return None if v is None or pd.isna(v) else float(v)


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=VALUE_TOLERANCE, abs_tol=VALUE_TOLERANCE)


def _vague(m: Mention) -> bool:
    v = m.get("vague")
    return bool(v) and not pd.isna(v)


def _same_key(s: Mention, t: Mention) -> bool:
    return _str(s["key"]) is not None and s["key"] == t["key"]


def _same_key_alike(s: Mention, t: Mention) -> bool:
    """The same key, both vague or both exact: outside its own sentence a count is not
    joined to a vague ``ส่วนหนึ่ง`` ("a part") or ``คนหนึ่ง`` ("a man")."""
    return _same_key(s, t) and _vague(s) == _vague(t)


_DISTINCT_KINDS = frozenset({"year", "date", "money", "time"})
DISTINCT_VALUE = 100
"""A number is distinctive enough to be joined anywhere in the article when it is a
year, date, amount of money or clock time, a decimal, or at least this large."""


def _same_distinct_key(s: Mention, t: Mention) -> bool:
    """The same distinctive number, each unjoined in its own part of the article: a
    clause the translator moved further than the neighbouring sentences (``closed in
    2019 … for £640,000`` two paragraphs up in the Thai) is kept, not lost and added."""
    if not _same_key_alike(s, t) or _vague(s):
        return False
    v = _num(s.get("value"))
    return _str(s["kind"]) in _DISTINCT_KINDS or (
        v is not None and (abs(v) >= DISTINCT_VALUE or not v.is_integer()))


def _same_day(s: Mention, t: Mention) -> bool:
    """One day, its year written on one side only, each unjoined in its own part of
    the article: a wire's dated line (``Published: 26 Feb 2025``) that the translator
    moved into the lead (``แถลงเมื่อวันพุธที่ 26 กุมภาพันธ์``), a date restated without its
    year further down. A day and a month together are distinctive enough."""
    if _vague(s) or _vague(t) or _str(s["kind"]) != "date" or _str(t["kind"]) != "date":
        return False
    es, et = date_ends(s["key"]), date_ends(t["key"])
    return len(es) == len(et) == 1 and es[0][2] is not None and et[0][2] is not None \
        and not dates_differ(s["key"], t["key"])


_LETTERED_CODE_RE = re.compile(r"code:.*[A-Za-z]")
"""The key of a code that keeps its Latin letters (``code:CO2``, ``code:MH17``)."""


def _codes_differ(s: Mention, t: Mention) -> bool:
    """Two codes whose letters the reader kept and that differ: ``CO2`` / ``SO2``,
    ``MH17`` / ``MH370`` are other things, whatever digits they share (a code with
    digits only, ``โควิด-19`` -> ``code:19``, still joins ``COVID-19``)."""
    ks, kt = _str(s["key"]) or "", _str(t["key"]) or ""
    return bool(_LETTERED_CODE_RE.match(ks) and _LETTERED_CODE_RE.match(kt)) and \
        ks.casefold() != kt.casefold()


def _same_value(s: Mention, t: Mention) -> bool:
    """The same value (and upper end) whatever the kind; a currency or unit may be
    written on one side only, but two different ones are a mismatch."""
    a = _num(s.get("value"))
    if a is None or _vague(s) or _vague(t) or not _unit_ok(s, t) or _codes_differ(s, t):
        return False
    return _close(a, _num(t.get("value"))) and _close(_num(s.get("value_max")),
                                                      _num(t.get("value_max")))


def _same_result(s: Mention, t: Mention) -> bool:
    """One result written from the other team's side: ``won 2-1`` / ``แพ้ 1-2``."""
    if "score" not in (_str(s["kind"]), _str(t["kind"])) or _vague(s) or _vague(t):
        return False
    ends = [(_num(m.get("value")), _num(m.get("value_max"))) for m in (s, t)]
    (a, b), (c, d) = ends
    if a is None or b is None or c is None or d is None:
        return False
    return a != b and sorted((a, b)) == sorted((c, d))


_SHORT_SCALE_RE = re.compile(r"[kKmM](?![A-Za-z])")
"""A scale letter glued to digits with no currency before them (``1m people``, ``5.4m``,
``20k``; the reader scales it only after a currency, ``$5m``). ``m`` may also be metres
(``100m``), so it only joins a partner whose value is the million (``1 ล้านคน``), never
changes how the number is read."""


def _short_scales(mentions: list[Mention], text: str) -> None:
    """Record on each plain number the value a glued scale letter would give it."""
    for m in mentions:
        end = m.get("end_char")
        if end is None or pd.isna(end) or _str(m.get("unit")) or \
                _str(m["kind"]) not in ("cardinal", "duration"):
            continue
        hit = _SHORT_SCALE_RE.match(text, int(end))
        value = _num(m.get("value"))
        if hit is not None and value is not None:
            m["scaled"] = value * 10 ** en.SHORT_MAGNITUDES[hit.group().lower()]


def _same_scaled(s: Mention, t: Mention) -> bool:
    """``1m people`` / ``1 ล้านคน``: one side's glued scale letter gives the other's value."""
    if _vague(s) or _vague(t) or not _unit_ok(s, t):
        return False
    return any(a.get("scaled") is not None and _close(a["scaled"], _num(b.get("value")))
               for a, b in ((s, t), (t, s)))


_ZONES = {"GMT": 0, "UTC": 0, "BST": 60, "CET": 60, "CEST": 120, "EST": -300,
          "EDT": -240, "CST": -360, "CDT": -300, "PST": -480, "PDT": -420, "JST": 540,
          "KST": 540, "ICT": 420, "SGT": 480, "HKT": 480, "IST": 330, "AEST": 600,
          "AEDT": 660, "เวลาประเทศไทย": 420, "เวลาไทย": 420, "เวลาในประเทศไทย": 420,
          "เวลาในไทย": 420, "เวลาบ้านเรา": 420, "เวลามาตรฐานกรีนิช": 0, "เวลากรีนิช": 0,
          "เวลาอังกฤษ": None, "เวลาท้องถิ่น": None, "local time": None}
"""Offsets from UTC in minutes of the time zones news writes after a clock time (None:
a zone whose offset the text does not fix)."""
_ZONE_RE = re.compile(r"\s*(?:\(|,)?\s*(?:ตาม|in\s+)?(?P<z>" + "|".join(
    sorted(map(re.escape, _ZONES), key=len, reverse=True)) + r")(?![A-Za-z])")


_DAY_BETWEEN_RE = re.compile(r"\s*(?:ของ)?\s*(?:วันรุ่งขึ้น|วันถัดไป|วัน(?:จันทร์|อังคาร|พุธ|"
                             r"พฤหัสบดี|พฤหัสฯ|ศุกร์|เสาร์|อาทิตย์))")
"""A day Thai writes between a clock time and its zone (``01.45 น. ของวันรุ่งขึ้น
ตามเวลาไทย``, ``07.00 น. วันอาทิตย์ตามเวลาไทย``)."""


def _time_zones(mentions: list[Mention], text: str) -> None:
    """Record on each clock time followed by a known time zone its minute of the day
    in UTC (``19:45 BST`` -> 18:45, ``01.45 น. ตามเวลาประเทศไทย`` -> 18:45)."""
    for m in mentions:
        end, clock = m.get("end_char"), _clock(m)
        if clock is None or _str(m["kind"]) != "time" or end is None or pd.isna(end):
            continue
        hit = _ZONE_RE.match(text, int(end))
        if hit is None and (day := _DAY_BETWEEN_RE.match(text, int(end))) is not None:
            hit = _ZONE_RE.match(text, day.end())  # 07.00 น. วันอาทิตย์ตามเวลาไทย
        offset = _ZONES.get(hit["z"]) if hit is not None else None
        if offset is not None:
            m["utc_minute"] = (clock[0] * 60 + clock[1] - offset) % (24 * 60)


def _same_instant(s: Mention, t: Mention) -> bool:
    """One clock time converted to another zone: ``19:45 BST`` / ``01.45 น. ตามเวลา
    ประเทศไทย`` (BBC Thai gives Thai time)."""
    a, b = s.get("utc_minute"), t.get("utc_minute")
    return a is not None and a == b


def _same_digits(s: Mention, t: Mention) -> bool:
    """The same digits, read as different values (a time and a decimal, a thousands
    separator written as a point), unless a scale word changed the amount."""
    ds, dt = digit_groups(str(s["text"])), digit_groups(str(t["text"]))
    if not ds or ds != dt or _vague(s) or _vague(t) or not _unit_ok(s, t) or \
            dates_differ(s["key"], t["key"]) or _signs_differ(s, t) or _codes_differ(s, t):
        return False
    return not (has_magnitude(str(s["text"])) or has_magnitude(str(t["text"])))


def _signs_differ(s: Mention, t: Mention) -> bool:
    """``-5C`` / ``5 องศา``: the same digits, a dropped minus sign (a changed value),
    unless words beside the positive one carry the sign (``-1.8%`` / ``หดตัว 1.8%``
    "contracted 1.8%", ``-5C`` / ``5 องศาต่ำกว่าศูนย์`` "below zero")."""
    a, b = _num(s.get("value")), _num(t.get("value"))
    if a is None or b is None or (a < 0) == (b < 0):
        return False
    return not (s if a >= 0 else t).get("signed_in_words")


_SIGN_WORDS_RE = re.compile(
    r"(?i)minus|below (?:zero|freezing)|sub-zero|negative|contract(?:ed|ion|s)?|"
    r"shr[au]nk|deficit|loss|ติดลบ|ลบ|ต่ำกว่าศูนย์|หดตัว|ขาดดุล|ขาดทุน|ติด\s*ลบ")
"""Words that give a number its minus sign (for the join of ``-5`` with ``5``)."""
SIGN_WINDOW = 24
"""Characters on each side of a number searched for :data:`_SIGN_WORDS_RE`."""
_DECREASE_BEFORE_RE = re.compile(
    r"(?i)(?:\b(?:fall|falls|fell|fallen|falling|drop|drops|dropped|dropping|declin(?:e|es|ed|ing)|"
    r"decreas(?:e|es|ed|ing)|down|shed|sheds|lose|loses|lost|losing)\s+(?:by\s+)?|"
    r"ลดลง(?:ไป)?(?:ราว|ประมาณ|กว่า)?\s*(?:ร้อยละ)?)\s*"
    r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+)?$")
"""A verb of decrease right before a change ("prices to fall by 0.2%", "shed 1.5%",
``ลดลงร้อยละ 3``): the change is negative, whatever the other side writes (``ติดลบร้อยละ
0.2``); not "fell to" (a level)."""


def _sign_words(mentions: list[Mention], text: str) -> None:
    """Record on each positive number whether words beside it carry a minus sign."""
    for m in mentions:
        start, end, value = m.get("start_char"), m.get("end_char"), _num(m.get("value"))
        if value is None or value < 0 or start is None or pd.isna(start):
            continue
        near = text[max(int(start) - SIGN_WINDOW, 0):int(end or start) + SIGN_WINDOW]
        m["signed_in_words"] = bool(_SIGN_WORDS_RE.search(near)) or bool(
            _DECREASE_BEFORE_RE.search(text, max(int(start) - SIGN_WINDOW, 0), int(start)))


def _same_clock(s: Mention, t: Mention) -> bool:
    """One clock time, one side on a 12-hour clock: ``at ten`` / ``สี่ทุ่ม`` (22:00),
    ``twelve-thirty`` / ``เที่ยงครึ่ง``, ``nine o'clock`` / ``21.00 น.``."""
    a, b = _clock(s), _clock(t)
    if a is None or b is None or "time" not in (_str(s["kind"]), _str(t["kind"])):
        return False
    return a[1] == b[1] and a[0] % 12 == b[0] % 12 and (_twelve_hour(s) or _twelve_hour(t))


def _clock(m: Mention) -> tuple[int, int] | None:
    """(hour, minute) of a time, or of a bare count 1–12 (``at ten``)."""
    v, kind = _num(m.get("value")), _str(m["kind"])
    if v is None or _vague(m) or _num(m.get("value_max")) is not None:
        return None
    if kind == "time":
        return int(v), round((v - int(v)) * 60)
    if kind == "cardinal" and v.is_integer() and 1 <= v <= 12 and not _str(m.get("unit")):
        return int(v), 0
    hm = _DECIMAL_CLOCK.fullmatch(str(m["text"]))
    if kind == "cardinal" and hm is not None and int(hm["m"]) < 60:
        return int(hm["h"]), int(hm["m"])  # "at 7.45 in the evening"
    return None


_DECIMAL_CLOCK = re.compile(r"(?P<h>[1-9]|1[0-2])\.(?P<m>[0-5][0-9])")
"""A decimal that reads as a 12-hour clock time (``7.45``)."""


_DAY_PART = re.compile(r"[aApP]\.?[mM]\b|น\.|นาฬิกา|เช้า|เย็น|บ่าย|ทุ่ม|ตี|คืน")
"""Words that fix a clock time to one half of the day (a.m./p.m., Thai clock words)."""


def _twelve_hour(m: Mention) -> bool:
    """A count, or a time of at most 12 o'clock written with no a.m./p.m. or day part."""
    v = _num(m.get("value"))
    return _str(m["kind"]) == "cardinal" or (
        v is not None and v < 13 and not _DAY_PART.search(str(m["text"])))


def _same_role(s: Mention, t: Mention) -> bool:
    """Two numbers in digits of one kind, two counts or two ranks other than one (an
    article, an idiomatic "first"), or two clock times, durations or ranges however
    written (``9pm`` / ``สี่ทุ่ม``, "six to ten weeks" / ``หกถึงแปดสัปดาห์``): one number
    whose value was changed."""
    kind = _str(s["kind"])
    if _vague(s) or _vague(t):
        return False
    if _age_and_count(s, t) or _age_and_count(t, s):
        return True  # "Dr Mourou, 74," / "ดร.มูรู วัย 47 ปี": one age changed
    if {kind, _str(t["kind"])} == {"cardinal", "ordinal"}:
        return _rank_in_digits(s) and _rank_in_digits(t)  # "16th" / "หลุม 15"
    if {kind, _str(t["kind"])} == {"duration", "ordinal"}:
        d, o = (s, t) if kind == "duration" else (t, s)
        return (_str(d["key"]) or "").endswith(":minute") and bool(o.get("minute_mark"))
    if {kind, _str(t["kind"])} == {"cardinal", "fraction"}:
        return bool((s if kind == "cardinal" else t).get("denominator"))  # one in 20
    if kind != _str(t["kind"]):
        return False
    if kind == "fraction":
        return True  # "a fifth" / ``หนึ่งในสี่``: one share changed
    if kind in ("cardinal", "ordinal") and \
            1 not in (_num(s.get("value")), _num(t.get("value"))):
        return True  # "three match points" / "สองครั้ง", "eighth" / "ครั้งที่เจ็ด"
    return kind in ("time", "duration", "range") or (
        bool(digit_groups(str(s["text"]))) and bool(digit_groups(str(t["text"]))))


_ONE_IN_RE = re.compile(r"(?i)\b(?:one|a|1)\s+(?:in|out\s+of)\s+$|หนึ่ง\s*(?:ใน|จาก)\s*$")


def _denominators(mentions: list[Mention], text: str) -> None:
    """Record on each count after "one in" / "one out of" (``one in 20 people``) that it
    writes a share with the one before it: a fraction of the other side left in its
    bead (``หนึ่งในสิบ``) is that share changed, one mismatch."""
    for m in mentions:
        start = m.get("start_char")
        if start is not None and not pd.isna(start) and _str(m["kind"]) == "cardinal":
            m["denominator"] = bool(_ONE_IN_RE.search(text, max(0, int(start) - 16),
                                                      int(start)))


_MINUTE_BEFORE_RE = re.compile(r"นาที\s*$")
_MINUTE_AFTER_RE = re.compile(r"(?i)[- ]minute\b")


def _minute_marks(mentions: list[Mention], text: str) -> None:
    """Record on each rank that names a minute of a match (``นาทีที่ 23``, "the 23rd
    minute", "23rd-minute"): the same mark as "after 22 minutes", so a duration of
    minutes and such a rank left in one bead are one minute changed."""
    for m in mentions:
        start, end = m.get("start_char"), m.get("end_char")
        if _str(m["kind"]) != "ordinal" or start is None or end is None or \
                pd.isna(start) or pd.isna(end):
            continue
        m["minute_mark"] = bool(_MINUTE_BEFORE_RE.search(text, max(0, int(start) - 8),
                                                         int(start))
                                or _MINUTE_AFTER_RE.match(text, int(end)))


def _rank_in_digits(m: Mention) -> bool:
    """A whole number other than one written in digits with no unit: Thai writes a rank
    as a plain number after its noun (``the 16th hole`` / ``หลุม 16``), so an ordinal and
    such a count left in one bead are one rank changed."""
    v = _num(m.get("value"))
    return v is not None and v.is_integer() and v > 1 and not _str(m.get("unit")) and \
        _num(m.get("value_max")) is None and bool(digit_groups(str(m["text"])))


_AGE_BEFORE_RE = re.compile(r"(?i)(?:\baged|\bage\s+of|วัย|อายุ|มีอายุ)\s*$")
_AGE_AFTER_RE = re.compile(r"(?i)\s*(?:-|\s)years?(?:-|\s)old|\s*ขวบ")


def _ages(mentions: list[Mention], text: str) -> None:
    """Record on each number whether it is a person's age (``aged 41``, ``41-year-old``,
    ``วัย 41 ปี``, ``อายุ 41 ปี``)."""
    for m in mentions:
        start, end = m.get("start_char"), m.get("end_char")
        if start is None or end is None or pd.isna(start) or pd.isna(end):
            continue
        m["age"] = bool(_AGE_BEFORE_RE.search(text, max(0, int(start) - 12), int(start))
                        or _AGE_AFTER_RE.match(text, int(end))
                        or _AGE_AFTER_RE.match(str(m["text"]), len(str(m["text"]).split()[0])))


def _age_and_count(a: Mention, b: Mention) -> bool:
    """``a`` is an age in years, ``b`` a bare whole count that could be one (``Dr
    Mourou, 74,``)."""
    key, v = _str(a.get("key")) or "", _num(b.get("value"))
    return bool(a.get("age")) and _str(a["kind"]) in ("duration", "cardinal") and \
        (key.endswith(":year") or _str(a["kind"]) == "cardinal") and \
        _str(b["kind"]) == "cardinal" and not _str(b.get("unit")) and \
        v is not None and v.is_integer() and 1 < v < 120 and a is not b and \
        not b.get("measure")


_DOLLARS = frozenset({"USD", "SGD", "AUD", "HKD", "NZD", "CAD", "TWD"})
_BARE_DOLLAR_RE = re.compile(r"^[^A-Za-z$]{0,12}\$|(?:ดอลลาร์|เหรียญ)(?!\s*(?:สหรัฐ|สิงคโปร์|"
                             r"ออสเตรเลีย|ออสซี่|ฮ่องกง|นิวซีแลนด์|แคนาดา|ไต้หวัน|US|สรอ))")
"""A dollar with no country: ``$600,000`` (not ``US$``, ``S$``), a bare ``ดอลลาร์``."""


def _unit_ok(s: Mention, t: Mention) -> bool:
    """The same unit or currency, or one written on one side only; a bare dollar (``$``
    in a Singapore or Australian paper, ``ดอลลาร์`` with no country) is any dollar."""
    us, ut = _str(s.get("unit")), _str(t.get("unit"))
    if us is not None and ut is not None and us.upper() in _DOLLARS and \
            ut.upper() in _DOLLARS and (_BARE_DOLLAR_RE.search(str(s["text"]))
                                        or _BARE_DOLLAR_RE.search(str(t["text"]))):
        return True
    return us is None or ut is None or us.lower() == ut.lower() or not (
        us.isascii() and ut.isascii())


def _value_distance(s: Mention, t: Mention) -> float:
    a, b = _num(s.get("value")), _num(t.get("value"))
    if a is None or b is None:
        return math.inf
    unit = 0.0 if _str(s.get("unit")) == _str(t.get("unit")) else 1.0
    return unit + abs(math.log((abs(a) + 1) / (abs(b) + 1)))


LOWER_BOUNDS = frozenset({"over", "at_least"})
ROUND_BOUND_RATIO = 1.25
"""Most that two round lower bounds may differ: ``more than a dozen`` / ``สิบกว่า``
("ten-odd")."""


def _same_round_bound(s: Mention, t: Mention) -> bool:
    """Two counts, both a lower bound (``more than``, ``กว่า``), at least one written
    in words, close in value: ``more than a dozen`` / ``สิบกว่าคน`` say the same vague
    amount; in digits (``more than 12`` / ``กว่า 10``) a changed bound is a change."""
    if _str(s["kind"]) != "cardinal" or _str(t["kind"]) != "cardinal" or \
            _vague(s) or _vague(t) or not _unit_ok(s, t):
        return False
    if _str(s.get("qualifier")) not in LOWER_BOUNDS or \
            _str(t.get("qualifier")) not in LOWER_BOUNDS:
        return False
    if digit_groups(str(s["text"])) and digit_groups(str(t["text"])):
        return False
    a, b = _num(s.get("value")), _num(t.get("value"))
    if a is None or b is None or a <= 0 or b <= 0 or \
            _num(s.get("value_max")) is not None or _num(t.get("value_max")) is not None:
        return False
    return max(a, b) / min(a, b) <= ROUND_BOUND_RATIO


ROUND_FIGURE_DIGITS = 2
"""Most significant digits of the round figure of a loose bound (``กว่า 4 แสน``,
"nearly 1.5 million")."""


def _same_loose_bound(s: Mention, t: Mention) -> bool:
    """An exact figure restated loosely as a bound on a round figure: "410,000" / ``กว่า 4
    แสนคน`` (more than 400,000), "480,000" / "nearly half a million". Kept (the
    qualifier changed) when the round figure, of one or two significant digits, is the
    exact one cut at that digit for a lower bound (``over``, ``at_least``) or raised to
    the next such step for ``nearly``/``under``; ``กว่า 4 แสน`` for 520,000 is a change."""
    qs, qt = _str(s.get("qualifier")), _str(t.get("qualifier"))
    if (qs is None) == (qt is None) or _str(s["kind"]) != _str(t["kind"]) or \
            _str(s["kind"]) not in ("money", "cardinal") or _vague(s) or _vague(t) or \
            not _unit_ok(s, t) or _str(s.get("unit")) != _str(t.get("unit")) or \
            _num(s.get("value_max")) is not None or _num(t.get("value_max")) is not None:
        return False
    exact, bound = (s, t) if qs is None else (t, s)
    v, r = _num(exact.get("value")), _num(bound.get("value"))
    if v is None or r is None or v <= 0 or r <= 0 or _close(v, r):
        return False
    step = 10.0 ** math.floor(math.log10(r) + 1e-9)
    while not float(r / step).is_integer() and step > 1e-6:
        step /= 10  # the place of the round figure's last significant digit
    if round(r / step) >= 10 ** ROUND_FIGURE_DIGITS or r < DISTINCT_VALUE:
        return False  # no round figure, or a small count ("more than 10" for 12)
    q = _str(bound.get("qualifier"))
    if q in LOWER_BOUNDS:
        return r < v < r + step
    return q in ("nearly", "under") and r - step < v < r


_TH_SCALED_RE = re.compile(r"(?P<n>[0-9][0-9,]*)(?:\.(?P<d>[0-9]+))?\s*(?:พัน|หมื่น|แสน|ล้าน)")
"""An amount written with a Thai scale word (``4.16 แสนล้าน``): its digits and decimals."""


ROUNDED_DIGITS = 2
"""Fewest significant digits a Thai amount rounded to a scale word keeps (``2.15
หมื่นล้าน``); one digit (``3 แสนล้าน`` for 330 billion) is another amount."""
TRUNCATED_DIGITS = 4
"""Fewest significant digits of a Thai amount cut, not rounded, at its last digit
(``1,713 ล้านล้าน`` for 1,713,548 billion: off by less than 0.1 %); at three digits the
cut is a changed figure (``1.84 หมื่นล้าน`` for $18.47 billion, which rounds to 1.85)."""


def _same_rounded(s: Mention, t: Mention) -> bool:
    """One amount rounded to a Thai scale word: translators give a precise figure
    (``₹41,635 crore``, ``$21.53 billion``) in Thai units at a few digits (``4.16
    แสนล้านรูปี``, ``2.15 หมื่นล้านดอลลาร์``). Kept when the Thai is the other value
    rounded at its own last digit (or cut there, at four digits or more) and less
    precise, at two significant digits or more; ``4.07 แสนล้าน`` for 400.7 billion and
    ``3 แสนล้าน`` for 330 billion are changes."""
    if _str(s["kind"]) != _str(t["kind"]) or _str(s["kind"]) not in ("money", "cardinal") or \
            _vague(s) or _vague(t) or not _unit_ok(s, t) or \
            _num(s.get("value_max")) is not None or _num(t.get("value_max")) is not None:
        return False
    if _str(s.get("unit")) != _str(t.get("unit")):
        return False
    a, b = _num(s.get("value")), _num(t.get("value"))
    hit = _TH_SCALED_RE.search(thai_digits_to_arabic(str(t["text"])))
    if a is None or b is None or hit is None or a <= 0 or b <= 0 or _close(a, b):
        return False
    written = float(hit["n"].replace(",", "") + "." + (hit["d"] or "0"))
    if written <= 0:
        return False
    step = b / written * 10.0 ** -len(hit["d"] or "")
    precise = len(re.sub(r"0+$", "", "".join(digit_groups(str(s["text"])))).lstrip("0"))
    shown = len(re.sub(r"0+$", "", "".join(digit_groups(str(t["text"])))).lstrip("0"))
    if precise <= shown or shown < ROUNDED_DIGITS:
        return False  # P330 billion / ``3 แสนล้านเปโซ``: one digit left is another amount
    if abs(a - b) <= step / 2 * (1 + 1e-9):
        return True
    # cut at its last digit: VND1,713,548 billion / ``1,713 ล้านล้านดอง``
    return shown >= TRUNCATED_DIGITS and 0 <= (a - b) / step < 1 - 1e-9


_BE_DECADE_RE = re.compile(r"2[4-6][0-9]0")
"""A decade written in Buddhist-Era digits (``ทศวรรษ 2520``)."""


def _same_decade(s: Mention, t: Mention) -> bool:
    """One decade in two calendars: a Buddhist-Era decade (``ทศวรรษ 2520``, BE 2520-2529,
    CE 1977-1986) never lines up with a Common-Era one, so Thai translators write the BE
    decade that overlaps the English one ("the late 1970s" / ``ปลายทศวรรษ 2520``; "the
    1980s" / ``ทศวรรษ 2520`` too). Two decades that share no year are a change."""
    if _str(s["kind"]) != "decade" or _str(t["kind"]) != "decade":
        return False
    if bool(_BE_DECADE_RE.search(str(s["text"]))) == bool(_BE_DECADE_RE.search(str(t["text"]))):
        return False  # one calendar: the key tells
    lo_s, hi_s = _num(s.get("value")), _num(s.get("value_max"))
    lo_t, hi_t = _num(t.get("value")), _num(t.get("value_max"))
    if lo_s is None or lo_t is None:
        return False
    return lo_s <= (hi_t if hi_t is not None else lo_t) and \
        lo_t <= (hi_s if hi_s is not None else lo_s)


def _same_share(s: Mention, t: Mention) -> bool:
    """One share written as a fraction on one side and a percentage on the other:
    ``up a quarter`` / ``เพิ่มขึ้น 25%``, ``half`` / ``50%``, ``a third`` / ``33%`` (the
    percentage rounded at its last digit; ``30%`` is another share)."""
    kinds = (_str(s["kind"]) or "", _str(t["kind"]) or "")
    if sorted(kinds) != ["fraction", "percent"] or _vague(s) or _vague(t):
        return False
    frac, pct = (s, t) if kinds[0] == "fraction" else (t, s)
    a, b = _num(frac.get("value")), _num(pct.get("value"))
    if a is None or b is None or _num(pct.get("value_max")) is not None:
        return False
    if _close(a * 100, b):
        return True
    # the share rounded at the percentage's last digit: "a third" / ``33%``, ``33.3%``
    decimals = re.search(r"[.,]([0-9]+)", thai_digits_to_arabic(str(pct["text"])))
    step = 10.0 ** -(len(decimals.group(1)) if decimals else 0)
    return abs(a * 100 - b) <= step / 2 * (1 + 1e-9)
