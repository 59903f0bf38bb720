"""Tests that a number of one side is the same number as one of the other side.

:mod:`massmob_nlp.comparison.numbers` tries them from the strongest evidence to the
weakest: the same ``key``; the same value whatever the kind; the same digits read
differently; one clock time on a 12-hour clock or in another time zone; one result
written from the other team's side; a scale letter glued to the digits (the
annotators of :mod:`massmob_nlp.comparison.number_marks` record on each mention what
the words beside it add; :mod:`massmob_nlp.comparison.number_approx` holds the tests of
numbers written at other precision). :func:`_same_role` is the weakest: two numbers
left in one bead that are one number changed.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from typing import Any

import pandas as pd

from .context import _str
from .evidence import date_ends, dates_differ, digit_groups, has_magnitude

VALUE_TOLERANCE = 1e-9
"""Relative tolerance of value equality."""

Mention = dict[str, Any]
Test = Callable[[Mention, Mention], bool]
_COUNTS = ("cardinal", "duration")
"""Kinds of a plain count (``1 ราย``, ``๑ ชั่วโมง``)."""


def _num(v: Any) -> float | None:
    if type(v) is float:  # the usual case, without pd.isna (hot)
        return None if v != v else v
    return None if v is None or pd.isna(v) else float(v)


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=VALUE_TOLERANCE, abs_tol=VALUE_TOLERANCE)


def _vague(m: Mention) -> bool:
    v = m.get("vague")
    if v is None or v is False or v is True:  # the usual cases, without pd.isna (hot)
        return v is True
    return bool(v) and not pd.isna(v)


def same_age(s: Mention, t: Mention) -> bool:
    """Two ages of one value, whatever their keys (``วัย 17`` a count, "17-year-old" a
    duration)."""
    a, b = _num(s.get("value")), _num(t.get("value"))
    return bool(s.get("age")) and bool(t.get("age")) and a is not None and b is not None \
        and a == b and not _vague(s) and not _vague(t)


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
    year further down; so are two days of a range ("from February 14 to 22" / ``ระหว่าง
    วันที่ 14-22 กุมภาพันธ์ 2569``, the year added). A day and a month together are
    distinctive enough."""
    if _vague(s) or _vague(t) or _str(s["kind"]) != "date" or _str(t["kind"]) != "date":
        return False
    es, et = date_ends(s["key"]), date_ends(t["key"])
    return len(es) == len(et) and len(es) in (1, 2) and \
        all(e[2] is not None for e in es + et) and not dates_differ(s["key"], t["key"])


def same_month_of_day(s: Mention, t: Mention) -> bool:
    """A month (with its year) on one side and a day of that month on the other, in one
    sentence bead: "takes effect from January 2027" / ``มีผล 1 ม.ค. 2570`` (a headline
    that gives the day its body gives); the day is written on one side only."""
    if _vague(s) or _vague(t) or _str(s["kind"]) != "date" or _str(t["kind"]) != "date":
        return False
    es, et = date_ends(s["key"]), date_ends(t["key"])
    return len(es) == len(et) == 1 and (es[0][2] is None) != (et[0][2] is None) and \
        es[0][0] is not None and es[0][0] == et[0][0] and es[0][1] == et[0][1]


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
    if a is None or _vague(s) or _vague(t) or not _unit_ok(s, t) or _codes_differ(s, t) \
            or _multiple_and_rank(s, t):
        return False
    return _close(a, _num(t.get("value"))) and _close(_num(s.get("value_max")),
                                                      _num(t.get("value_max")))


def _multiple_and_rank(s: Mention, t: Mention) -> bool:
    """A multiple ("orders nearly doubled", ``เพิ่มขึ้นสามเท่า``) and a rank (``อันดับ 2``,
    "third"): a growth factor is no position, whatever their values."""
    return any(_str(a["kind"]) == "ordinal" and (b.get("measure") or ("",))[0] == "multiple"
               for a, b in ((s, t), (t, s)))


def _same_result(s: Mention, t: Mention) -> bool:
    """One result written from the other team's side: ``won 2-1`` / ``แพ้ 1-2``."""
    if "score" not in (_str(s["kind"]), _str(t["kind"])) or _vague(s) or _vague(t):
        return False
    ends = [(_num(m.get("value")), _num(m.get("value_max"))) for m in (s, t)]
    (a, b), (c, d) = ends
    if a is None or b is None or c is None or d is None:
        return False
    return a != b and sorted((a, b)) == sorted((c, d))


def _same_scaled(s: Mention, t: Mention) -> bool:
    """``1m people`` / ``1 ล้านคน``: one side's glued scale letter gives the other's value."""
    if _vague(s) or _vague(t) or not _unit_ok(s, t):
        return False
    return any(a.get("scaled") is not None and _close(a["scaled"], _num(b.get("value")))
               for a, b in ((s, t), (t, s)))


def _same_instant(s: Mention, t: Mention) -> bool:
    """One clock time converted to another zone: ``19:45 BST`` / ``01.45 น. ตามเวลา
    ประเทศไทย`` (BBC Thai gives Thai time), ``0930 GMT`` / ``16.30 น.`` (unmarked Thai
    time)."""
    a, b = s.get("utc_minute"), t.get("utc_minute")
    if a is not None and b is not None:
        return bool(a == b)
    if (a is None) == (b is None):
        return False
    # one side names Thai time, the other gives the place's own clock without a zone
    # (``at 7:52 a.m. local time`` / ``06.52 น. ตามเวลาประเทศไทย``): the same minute,
    # a whole number of hours apart, is the translator's conversion
    known, local = (s, t) if a is not None else (t, s)
    ck, cl = _clock(known), _clock(local)
    if ck is None or cl is None or _str(local["kind"]) != "time":
        return False
    if known is s and a is not None and s.get("zone_offset") != THAI_ZONE_MINUTES:
        # the English names a foreign zone, the Thai gives the time unmarked: Thai news
        # states Thai time (``by 0843 GMT`` / ``ณ เวลา 15.43 น.``)
        return bool((cl[0] * 60 + cl[1] - THAI_ZONE_MINUTES) % (24 * 60) == a)
    if known.get("zone_offset") != THAI_ZONE_MINUTES:
        return False
    return ck[1] == cl[1] and ck[0] != cl[0]


THAI_ZONE_MINUTES = 420
"""Thailand's offset from UTC (ICT, UTC+7), which a Thai time marked ``ตามเวลาประเทศไทย``
states."""


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


def _rank_in_digits(m: Mention) -> bool:
    """A whole number other than one written in digits with no unit: Thai writes a rank
    as a plain number after its noun (``the 16th hole`` / ``หลุม 16``), so an ordinal and
    such a count left in one bead are one rank changed."""
    v = _num(m.get("value"))
    return v is not None and v.is_integer() and v > 1 and not _str(m.get("unit")) and \
        _num(m.get("value_max")) is None and bool(digit_groups(str(m["text"])))


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
    in a Singapore or Australian paper, ``ดอลลาร์`` with no country) is any dollar but
    one its article names with a prefix (``not_dollars``, :mod:`.number_dollars`)."""
    us, ut = _str(s.get("unit")), _str(t.get("unit"))
    if us is not None and ut is not None and us.upper() in _DOLLARS and \
            ut.upper() in _DOLLARS and (_BARE_DOLLAR_RE.search(str(s["text"]))
                                        or _BARE_DOLLAR_RE.search(str(t["text"]))):
        # unless the bare one's article names the other's dollar with its prefix
        # (number_dollars: "$87 million" beside "S$9.8 billion" is US dollars)
        return ut.upper() not in (s.get("not_dollars") or ()) and \
            us.upper() not in (t.get("not_dollars") or ())
    return us is None or ut is None or us.lower() == ut.lower() or not (
        us.isascii() and ut.isascii())


OTHER_CURRENCY_COST = 5.0
"""What two amounts in two named currencies cost on top of their values' distance: more
than a hundredfold change in one currency (log 100 = 4.6). A translator's conversion
into baht beside an amount is nearer in value than the amount whose digits were
changed (``£14.6m`` / ``1.46 ล้านปอนด์ … (ราว 22 ล้านบาท)``), but is not its partner."""


def _value_distance(s: Mention, t: Mention) -> float:
    """A cost: how far two numbers' values are apart (log ratio), plus 1 for another
    unit written on one side only, or :data:`OTHER_CURRENCY_COST` for two currencies."""
    a, b = _num(s.get("value")), _num(t.get("value"))
    if a is None or b is None:
        return math.inf
    us, ut = _str(s.get("unit")), _str(t.get("unit"))
    unit = 0.0 if us == ut else 1.0
    if us is not None and ut is not None and us != ut and \
            _str(s["kind"]) == _str(t["kind"]) == "money" and \
            not (us.upper() in _DOLLARS and ut.upper() in _DOLLARS):  # "$" is any dollar
        unit = OTHER_CURRENCY_COST
    return unit + abs(math.log((abs(a) + 1) / (abs(b) + 1)))
