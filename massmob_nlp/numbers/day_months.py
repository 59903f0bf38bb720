"""Day-first dates without a year, as a Vietnamese or Thai source writes them and an
English translation quotes them, for the number scanner (run before
:func:`massmob_nlp.numbers.dates.find_dates`, which joins two of them into a span):

- ``By 31/12``, ``from 14/2 to 22/2``: a day and a month, ``date:--12-31``; only when the
  first number can be no month (13 to 31) and the second is one, so ``3/4`` stays a
  fraction and ``24/7`` "around the clock"; a day of 12 or less only as the other end of
  such a span (``from 1/2 to 14/2``);
- ``146,5 per cent``, ``2,5 million``: a decimal comma before one or two digits and a
  percent or a magnitude (English groups thousands by three), read as a decimal point.

Months with no day and no year (``the July-September quarter``, ``มกราคม-มิถุนายน``) stay
unread, as a bare month is: the article golds b41-b75 write no number there.
"""

from __future__ import annotations

import re

from .base import Scan

_SLASH_DAY_RE = re.compile(
    r"(?<![0-9.,/])(?P<d>[0-9]{1,2})/(?P<m>[0-9]{1,2})(?![0-9]|/[0-9]|[.,][0-9]|\s*(?:"
    r"wickets?|overs?|runs?)\b)")
_SPAN_RE = re.compile(
    r"(?<![0-9.,/])(?P<d1>[0-9]{1,2})/(?P<m1>[0-9]{1,2})(?P<sep>\s*[-–]\s*|\s+(?:to|until|till"
    r"|through|and)\s+|\s*(?:จนถึง|ถึง)\s*)(?P<d2>[0-9]{1,2})/(?P<m2>[0-9]{1,2})"
    r"(?![0-9]|/[0-9]|[.,][0-9])")
_NOT_DATE_BEFORE_RE = re.compile(
    r"(?i)(?:\b(?:No|Nos|Decree|Decision|Circular|Resolution|Directive|Article|Clause|Law"
    r"|Rule|Route|Room|Case|Order|Notice|Dispatch|Official\s+Letter|score[sd]?|ratio|rated"
    r"|scale|grade|out\s+of)\.?|เลขที่|ฉบับที่|มาตรา|ข้อ|คำสั่ง)\s*$")
_MONTH_DAYS = (0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DECIMAL_COMMA_RE = re.compile(
    r"(?<![0-9.,])[0-9]{1,3}(?P<c>,)[0-9]{1,2}(?![0-9]|[.,][0-9])"
    r"(?=\s?(?:%|per\s?cent\b|percent\b|pct\b|(?:million|billion|trillion)\b))")


def _day_month(d: int, m: int) -> bool:
    return 1 <= m <= 12 and 1 <= d <= _MONTH_DAYS[m]


def _add(sc: Scan, s: int, e: int, d: int, m: int, d2: int = 0, m2: int = 0) -> None:
    key = f"date:--{m:02d}-{d:02d}" + (f"/--{m2:02d}-{d2:02d}" if d2 else "")
    sc.add(s, e, "date", key=key)


def _no_date_before(sc: Scan, s: int) -> bool:
    return _NOT_DATE_BEFORE_RE.search(sc.t, max(0, s - 24), s) is not None


def find_day_months(sc: Scan) -> None:
    """Day/month dates with no year and decimal commas (see the module)."""
    if "/" in sc.t:
        for m in sc.finditer(_SPAN_RE):
            d1, m1, d2, m2 = (int(m[g]) for g in ("d1", "m1", "d2", "m2"))
            if not (_day_month(d1, m1) and _day_month(d2, m2)) or max(d1, d2) < 13 \
                    or (m1, d1) >= (m2, d2) or _no_date_before(sc, m.start()) \
                    or not sc.free(*m.span()):
                continue
            if m["sep"].strip() in ("-", "–"):  # "14/2-22/2": one span
                _add(sc, m.start(), m.end(), d1, m1, d2, m2)
            else:  # "from 14/2 to 22/2": two dates, joined by the dates reader
                _add(sc, m.start(), m.end("m1"), d1, m1)
                _add(sc, m.start("d2"), m.end(), d2, m2)
        for m in sc.finditer(_SLASH_DAY_RE):
            d, mo = int(m["d"]), int(m["m"])
            if d >= 13 and _day_month(d, mo) and (d, mo) != (24, 7) and sc.free(*m.span()) \
                    and not _no_date_before(sc, m.start()):
                _add(sc, m.start(), m.end(), d, mo)
    if sc.lang != "vi" and "," in sc.t:
        for m in sc.finditer(_DECIMAL_COMMA_RE):
            c = m.start("c")
            sc.t = sc.t[:c] + "." + sc.t[c + 1:]
