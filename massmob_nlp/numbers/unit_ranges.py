"""Ranges whose unit is written after both ends (``between 0.6 deg C and 5 deg C``,
``2 km to 5 km``, ``ระหว่าง 2 กม. ถึง 5 กม.``): one range with that unit, like
``0.6-5 องศาเซลเซียส`` and ``2-5 km``, not two counts; so are two percents with Thai
``ร้อยละ`` before both ends (``ร้อยละ 30 ถึงร้อยละ 40``) and a band whose top is a bound
(``2% to less than 5%``, ``ร้อยละ 2 ถึงไม่ถึงร้อยละ 5``, Vietnamese ``từ 2% đến dưới 5%``),
after "from" too. Run after the units are read
(:func:`massmob_nlp.numbers.units.attach_units`); reads the mentions' ``unit`` only.
"""

from __future__ import annotations

import re
from decimal import Decimal
from itertools import pairwise

from . import en_frames
from .base import NumberMention, Scan, format_number

_SEP_RE = re.compile(r"(?i)[ \u00a0]?(?P<u>\S.{0,24}?)(?P<sep>\s*[-–—]\s*|\s+to\s+|\s+and\s+"
                     r"|\s*(?:จน)?ถึง\s*|\s*และ\s*|\s*กับ\s*)$")
"""The unit written after the first end, then a range separator."""
_BETWEEN_RE = re.compile(r"(?i)(?:\bbetween|ระหว่าง)\s*$")
_FROM_RE = re.compile(r"(?i)\bfrom\s+$")


def join_unit_ranges(sc: Scan) -> None:
    """Join two counts with one unit, written after each, into a range (see the module
    docstring). ``and`` (Thai ``และ``, ``กับ``) needs ``between`` / ``ระหว่าง`` before the
    first; ``to`` after ``from`` or a change (``lift capacity from 150,000 tonnes to
    210,000 tonnes``, ``fell by 2 km to 5 km``) is a change and its new level, two
    numbers."""
    t, out = sc.t, sc.out
    order = sorted(range(len(out)), key=lambda k: out[k].start)
    drop: set[int] = set()
    for i, j in pairwise(order):
        a, b = out[i], out[j]
        if i in drop or not _pair(a, b):
            continue
        sep = _SEP_RE.match(t, a.end, b.start)
        if sep is None or sep.end() != b.start or \
                not t[b.end:].lstrip(" ").lower().startswith(sep["u"].strip().lower()):
            continue
        word = sep["sep"].strip().lower()
        before = t[max(0, a.start - 60):a.start]
        if word in ("and", "และ", "กับ") and not _BETWEEN_RE.search(before):
            continue
        if word == "to" and (en_frames.CHANGE_BEFORE_RE.search(before)
                             or _FROM_RE.search(before)):
            continue  # "lift capacity from 150,000 tonnes to 210,000 tonnes": a change
        lo, hi = Decimal(str(a.value)), Decimal(str(b.value))
        out[i] = NumberMention(a.start, b.end, sc.text[a.start:b.end], "range",
                               value=a.value, value_max=b.value, unit=a.unit,
                               qualifier=a.qualifier,
                               key=f"range:{format_number(lo)}-{format_number(hi)}")
        drop.add(j)
    if drop:
        sc.out = [m for k, m in enumerate(out) if k not in drop]
    _join_percent_ranges(sc)


_PCT_GAP_RE = re.compile(
    r"(?i)(?P<sep>\s*[-–—]\s*|\s+to\s+|\s+and\s+|\s*(?:จน)?ถึง\s*|\s*และ\s*|\s*กับ\s*"
    r"|\s+(?:cho\s+)?(?:đến|tới)\s+)"
    r"(?P<bound>(?:less\s+than|under|below|no\s+more\s+than|not\s+more\s+than|at\s+most"
    r"|ไม่ถึง|ไม่เกิน|ต่ำกว่า|น้อยกว่า"
    r"|dưới|chưa\s+(?:đến|tới)|không\s+(?:vượt\s+)?quá|tối\s+đa|(?:thấp|ít|nhỏ)\s+hơn)\s*)?$")
"""What lies between two percents of one range: a separator (English, Thai, Vietnamese
``đến`` / ``tới``), then a bound on the top (``less than``, ``ไม่ถึง``, ``dưới``)."""
_PCT_FROM_RE = re.compile(r"(?i)(?:\bfrom\s+|จาก\s*|\btừ\s+)$")
_TH_PCT = "ร้อยละ"


def _join_percent_ranges(sc: Scan) -> None:
    """``ร้อยละ 30 ถึงร้อยละ 40`` (Thai writes ``ร้อยละ`` before both ends, as English
    writes "30% to 40%"), ``between 2% and 5%``, ``2% to less than 5%``: one percent
    range. Not after "from" / ``จาก`` or a change ("rose from 30% to 40%", ``เพิ่มจาก
    ร้อยละ 30 เป็นร้อยละ 40``: where a change starts and ends) unless the top is a bound
(:func:`_from_a_change`); "and" needs "between"."""
    t, out = sc.t, sorted(sc.out)
    drop: set[int] = set()
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if i in drop or a.kind != "percent" or b.kind != "percent" or a.unit != b.unit \
                or a.value is None or b.value is None or not a.value < b.value \
                or a.value_max is not None or b.value_max is not None or a.vague or b.vague:
            continue
        gap = _PCT_GAP_RE.match(t, a.end, b.start)
        thai = b.text.startswith(_TH_PCT) and a.text.startswith(_TH_PCT)
        if gap is None or gap.end() != b.start or not (thai or gap["bound"]):
            continue
        before = t[max(0, a.start - 60):a.start]
        word = gap["sep"].strip().lower()
        if word in ("and", "และ", "กับ") and not _BETWEEN_RE.search(before):
            continue
        if en_frames.CHANGE_BEFORE_RE.search(before) or _from_a_change(before, gap["bound"]):
            continue
        lo, hi = Decimal(str(a.value)), Decimal(str(b.value))
        sc.out[sc.out.index(a)] = NumberMention(
            a.start, b.end, sc.text[a.start:b.end], "percent", value=a.value,
            value_max=b.value, unit=a.unit, qualifier=a.qualifier,
            key=f"percent:{format_number(lo)}-{format_number(hi)}")
        sc.out.remove(b)
        drop.add(i + 1)


def _from_a_change(before: str, bound: str | None) -> bool:
    """"from" / ``จาก`` / ``từ`` before the first percent starts a change ("rose from 30%
    to 40%"), unless the top is a bound: a band "from 2% to less than 5%" (``từ 2% đến
    dưới 5%``, the bracket of a rule or a tariff) is one range, even after a verb of
    change ("may raise prices from 2% to less than 5%"); a change verb in the past right
    before "from" ("rose from 3% to less than 8%") still tells where a change starts and
    ends."""
    found = _PCT_FROM_RE.search(before)
    if found is None:
        return False
    return not bound or en_frames.CHANGE_BEFORE_RE.search(before[:found.start()]) is not None


def _pair(a: NumberMention, b: NumberMention) -> bool:
    """Two plain counts of one unit going up, neither vague."""
    return a.kind == b.kind == "cardinal" and a.unit is not None and a.unit == b.unit \
        and a.value is not None and b.value is not None and a.value < b.value \
        and not a.vague and not b.vague and b.qualifier is None
