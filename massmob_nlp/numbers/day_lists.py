"""Lists of days under one month for the number scanner: ``March 12, 13 and 14, 2027``,
``12, 13 and 14 March 2027``, ``วันที่ 12, 13 และ 14 มีนาคม 2570``. Each day is a date
of that month (and year), as the translation may write them in another order of words;
run before the single dates of :mod:`massmob_nlp.numbers.dates` (which would read the
month with one day only and leave the other days plain counts or ranks)."""

from __future__ import annotations

import itertools
import re

from . import en, th
from .base import Scan
from .dates import _TH_YEAR, _add_date, _month, _year

_D = r"[0-9]{1,2}(?:st|nd|rd|th)?(?![0-9]|[.:][0-9])"
_EN_DAYS = rf"(?P<days>{_D}(?:\s*,\s*{_D})*\s*,?\s*(?:and|&|or)\s+{_D})"
_EN_YEAR = r"(?:,?\s+(?P<y>[0-9]{4})(?![0-9]))?"
_EN_END = (r"(?=\s*(?:$|[,.;:)\]–-])|\s+(?:in|at|on|to|from|with|when|while|and|as|for|by|the"
           r"|is|are|was|were|will|would|could|can|may|might|have|has|had|drew|saw|sold|took"
           r"|brought|made|went|came|began|ran|won|[a-z]{3,}(?:ed|ing))\b)")
"""What may follow the last day: punctuation, a function word or a verb (``March 12, 13
and 14 expected to draw``, ``... were sold out``); a noun would make it a count."""
_EN_MDY_LIST_RE = re.compile(rf"\b{en.MONTH}\s+{_EN_DAYS}{_EN_YEAR}{_EN_END}")
_EN_DMY_LIST_RE = re.compile(rf"(?<![0-9.,]){_EN_DAYS}\s+(?:of\s+)?{en.MONTH}{_EN_YEAR}")
_TH_D = r"[0-9]{1,2}(?![0-9]|[.:][0-9])"
_TH_DMY_LIST_RE = re.compile(
    rf"(?<![0-9.,])(?:วันที่\s*)?(?P<days>{_TH_D}(?:\s*,\s*{_TH_D}|\s+{_TH_D})*\s*,?\s*"
    r"(?:และ|หรือ)\s*"
    rf"(?:วันที่\s*)?{_TH_D})\s*(?:เดือน)?{th.MONTH}{_TH_YEAR}?")
_DAY_RE = re.compile(r"[0-9]{1,2}")


def find_day_lists(sc: Scan) -> None:
    """Every day of a list under one month is a date of it; the year written once at
    the end is the year of each. The days must go forward (``12, 13 and 14``)."""
    for rx, thai in ((_TH_DMY_LIST_RE, True), (_EN_MDY_LIST_RE, False),
                     (_EN_DMY_LIST_RE, False)):
        for m in sc.finditer(rx):
            if not sc.free(*m.span()):
                continue
            y = _year(m["y"], m["era"] if thai else None, thai) if m["y"] else None
            if m["y"] and y is None:
                continue
            days = list(_DAY_RE.finditer(sc.t, m.start("days"), m.end("days")))
            values = [int(d.group()) for d in days]
            if any(b <= a for a, b in itertools.pairwise(values)):
                continue
            mon, last = _month(m, thai), len(days) - 1
            for k, (d, v) in enumerate(zip(days, values, strict=True)):
                # the month (or วันที่) goes with the first day, the year with the last
                s = m.start() if k == 0 else d.start()
                _add_date(sc, s, m.end() if k == last else _day_end(sc.t, d), y, mon, v)


def _day_end(t: str, d: re.Match[str]) -> int:
    """The end of a day number with its English suffix (``13th``)."""
    e = d.end()
    return e + 2 if t[e:e + 2] in ("st", "nd", "rd", "th") else e
