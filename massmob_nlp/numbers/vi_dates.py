"""Vietnamese dates and clock times for :func:`massmob_nlp.numbers.vi.find_vietnamese`:
``ngày 2/9/2024``, ``ngày 2 tháng 9 năm 2024``, ``sáng 2/9``, ``tháng 9/2024``, day and
month ranges, lunar days (``mùng 10 tháng Giêng``), quarters (``quý III/2024``) and
clock times (``14h30``, ``14 giờ 30``, ``16:12``)."""

from __future__ import annotations

import re

from .base import Scan, alt
from .vi_lexicon import NOT_LETTER_AFTER, NOT_LETTER_BEFORE, VI_LETTER, roman_or_int

_DATE_PREFIX = (r"(?:[Nn]gày|[Ss]áng|[Tt]rưa|[Cc]hiều|[Tt]ối|[Đđ]êm|[Hh]ôm|[Tt]ừ|[Đđ]ến|[Tt]ới"
                r"|(?:[Tt]hứ\s+(?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy)|[Cc]hủ\s+[Nn]hật),?)")
_FULL_DATE_RE = re.compile(
    rf"{NOT_LETTER_BEFORE}(?P<d>[0-9]{{1,2}})\s?[/.-]\s?(?P<m>[0-9]{{1,2}})\s?[/.-]\s?"
    rf"(?P<y>(?:19|20)[0-9]{{2}})(?![0-9])")
_WORD_DATE_RE = re.compile(
    r"(?P<pre>[Nn]gày\s+)(?P<d>[0-9]{1,2})\s+tháng\s+(?P<m>[0-9]{1,2})"
    r"(?:\s*(?:năm\s+|[/,]\s*)(?P<y>(?:19|20)[0-9]{2}))?(?![0-9])")
_DAY_MONTH_RE = re.compile(
    rf"(?P<pre>{_DATE_PREFIX}(?:\s+(?:ngày|nay))?\s+)(?P<d>[0-9]{{1,2}})/(?P<m>[0-9]{{1,2}})"
    r"(?![0-9]|/[0-9])")
_DATELINE_RE = re.compile(
    rf"(?:^[^\S\n]*[A-ZĐ][{VI_LETTER}]*(?:\s+[A-ZĐ][{VI_LETTER}]*){{0,3}},\s*)"
    r"(?P<d>[0-9]{1,2})/(?P<m>[0-9]{1,2})(?![0-9]|/[0-9])(?=\s*(?:\(|[-–—]))")
"""``Hà Nội, 6/10 (TTXVN) -``: the day and month of a dateline."""
_DAY_RANGE_RE = re.compile(
    rf"(?:[Tt]ừ\s+(?:ngày\s+)?|(?<![{VI_LETTER}])[Nn]gày\s+)(?P<d1>[0-9]{{1,2}})\s*(?:[-–]|đến|tới)\s*"
    r"(?:ngày\s+)?(?P<d2>[0-9]{1,2})\s?/\s?(?P<m>[0-9]{1,2})(?:\s?/\s?(?P<y>(?:19|20)[0-9]{2}))?"
    r"(?![0-9]|/[0-9])")
"""``từ ngày 10 đến 18/11``, ``ngày 10-18/11/2025``: one date range whose first day
shares the month (and year) written once at its end, as English ``from November 10 to
18`` and Thai ``10–18 พฤศจิกายน`` (``date:--11-10/--11-18``)."""
_BARE_DAY_MONTH_RE = re.compile(
    r"(?<![0-9.,/])(?P<d>[0-9]{1,2})/(?P<m>[0-9]{1,2})(?![0-9]|/[0-9]|[.,][0-9])")
_AFTER_DATE_RE = re.compile(
    r"[0-9]/[0-9]{1,2}(?:/(?:19|20)[0-9]{2})?\s*(?:,|và|hoặc|hay)\s*(?:ngày\s+)?$")
"""``ngày 16/7 và 28/7``, ``16/7, 20/7``: a day/month listed after a date is a date."""
_VI_MONTH_WORDS = {"giêng": 1, "hai": 2, "ba": 3, "tư": 4, "năm": 5, "sáu": 6, "bảy": 7,
                   "tám": 8, "chín": 9, "mười": 10, "một": 11, "chạp": 12}
_LUNAR_RE = re.compile(
    rf"(?P<pre>[Mm]ùng|[Mm]ồng|[Nn]gày)\s+(?P<d>[0-9]{{1,2}})\s+tháng\s+"
    rf"(?:(?P<w>[Gg]iêng|[Cc]hạp|(?i:mười\s+một|{alt(_VI_MONTH_WORDS)}))|(?P<m>[0-9]{{1,2}}))"
    rf"{NOT_LETTER_AFTER}(?:(?P<al>\s*\(?\s*(?:âm\s+lịch|ÂL|AL)\b)"
    r"|\s*(?:năm\s+|/\s*)(?P<y>(?:19|20)[0-9]{2})(?![0-9]))?")
"""``mùng 10 tháng Giêng`` "the 10th day of the first lunar month", ``mồng 3 tháng 3 âm
lịch``: a lunar day and month, two ranks (``ordinal:10``, ``ordinal:1``, as English ``the
10th day of the first lunar month`` and Thai ``วันที่ 10 เดือนอ้าย``) when the month is named
in words after mùng/mồng (always ``tháng Giêng``, ``tháng Chạp``) or ``âm lịch`` follows;
``mùng 2 tháng 9`` "2 September" and ``ngày 10 tháng Hai`` are solar dates."""
_MONTH_RANGE_RE = re.compile(
    r"[Tt]ừ\s+tháng\s+(?P<m1>[0-9]{1,2})\s+(?:đến|tới)\s+(?:hết\s+)?tháng\s+(?P<m2>[0-9]{1,2})"
    r"(?:\s*/\s*|\s+năm\s+)(?P<y>(?:19|20)[0-9]{2})(?![0-9])")
"""``từ tháng 3 đến tháng 5/2025`` "from March to May 2025": ``date:2025-03/2025-05``."""
_YEAR_SPAN_RE = re.compile(
    r"[Tt]ừ\s+(?:năm\s+)?(?P<a>(?:19|20)[0-9]{2})\s+(?:đến|tới)\s+(?:hết\s+)?(?:năm\s+)?"
    r"(?P<b>(?:19|20)[0-9]{2})(?![0-9]|[.,][0-9]|\s?%)")
"""``từ năm 2019 đến năm 2021`` "from 2019 to 2021": ``year_range:2019-2021``."""
_MONTH_ALONE_RE = re.compile(r"[Tt]háng\s+(?:[0-9]{1,2}|[Gg]iêng|[Cc]hạp)(?![0-9/])")
"""``tháng 9`` "September" with no year: no number, as the English month name."""
_YEAR_RANGE_RE = re.compile(
    r"(?<![0-9.,/])(?P<a>(?:19|20)[0-9]{2})\s*[-–]\s*(?P<b>(?:19|20)[0-9]{2})(?![0-9])")
_MONTH_YEAR_RE = re.compile(
    r"(?P<pre>[Tt]háng\s+)(?P<m>[0-9]{1,2})(?:\s*/\s*|\s+năm\s+)(?P<y>(?:19|20)[0-9]{2})(?![0-9])")


_QUARTER_RE = re.compile(
    r"(?P<pre>[Qq]uý\s+)(?P<q>I{1,3}|IV|[1-4])(?![0-9A-Za-z])"
    r"(?:\s*(?:/\s*|năm\s+)(?P<y>(?:19|20)[0-9]{2})(?![0-9]))?")
YEAR_RE = re.compile(r"(?<![0-9.,/])(?P<y>(?:19|20)[0-9]{2})(?![0-9]|[.,][0-9]|\s?%)")
_TIME_RE = re.compile(
    rf"{NOT_LETTER_BEFORE}(?P<h>[01]?[0-9]|2[0-3])h(?P<m>[0-5][0-9])?{NOT_LETTER_AFTER}"
    rf"|(?<=lúc )(?P<h2>[01]?[0-9]|2[0-3])\s+giờ(?:\s+(?P<m2>[0-5]?[0-9])(?:\s+phút)?)?"
    rf"{NOT_LETTER_AFTER}")
_GIO = r"(?:[01]?[0-9]|2[0-3])\s+giờ(?:\s+[0-5]?[0-9](?:\s+phút)?)?"
_DAY_AFTER = r"\s+(?:sáng|trưa|chiều|tối|đêm|hôm\s+(?:nay|qua)|ngày\s+[0-9])(?![a-zà-ỹđ])"
_GIO_CLOCK_RE = re.compile(
    rf"{NOT_LETTER_BEFORE}(?P<h>[01]?[0-9]|2[0-3])\s+giờ(?:\s+(?P<m>[0-5]?[0-9])(?:\s+phút)?)?"
    rf"(?:(?={_DAY_AFTER})|(?=\s+(?:đến|tới)\s+{_GIO}{_DAY_AFTER}))", re.IGNORECASE)
"""``N giờ`` is a clock time (not N hours) before a part of the day or a day (``21 giờ
ngày 28/9``, ``9 giờ sáng``), and so is the first of ``từ 10 giờ đến 21 giờ ngày 28/9``."""
_CLOCK_RE = re.compile(r"(?<![0-9:.,])(?P<h>[01]?[0-9]|2[0-3]):(?P<m>[0-5][0-9])(?![0-9:])")
_CLOCK_BEFORE_RE = re.compile(
    r"(?:(?:19|20)[0-9]{2}\s*[,|-]?|(?<![a-zà-ỹđ])(?:lúc|vào|khoảng|từ|đến|tới))\s*$",
    re.IGNORECASE)
_CLOCK_AFTER_RE = re.compile(r"\s*(?:\(?\s*GMT|ICT|\(giờ|giờ\s+(?:Hà Nội|Việt Nam|địa phương)"
                             r"|(?:sáng|trưa|chiều|tối|đêm)(?![a-zà-ỹđ])|,?\s*(?:ngày|thứ)\s)",
                             re.IGNORECASE)
"""``16:12`` is a clock time after a dateline's date (``1/12/2025, 16:12 (GMT+7)``), after
``lúc`` "at", or before a zone or a day; elsewhere ``2:1`` may be a score or a ratio."""


def _add_date(sc: Scan, s: int, e: int, y: str | None, mo: str, d: str | None) -> bool:
    month = int(mo)
    day = int(d) if d is not None else None
    if not 1 <= month <= 12 or (day is not None and not 1 <= day <= 31):
        return False
    if not sc.free(s, e):
        return False
    iso = (f"{y}-" if y else "--") + f"{month:02d}" + (f"-{day:02d}" if day else "")
    value = float(f"{y}{month:02d}{day:02d}") if y and day else None
    sc.add(s, e, "date", value=value, key=f"date:{iso}")
    return True


def find_vi_dates(sc: Scan) -> None:
    t = sc.t
    for m in sc.finditer(_LUNAR_RE):
        mo = int(m["m"]) if m["m"] else _VI_MONTH_WORDS[" ".join(m["w"].lower().split()[-1:])
                                                        if "mười một" not in m["w"].lower()
                                                        else "một"]
        d = int(m["d"])
        if not (1 <= d <= 31 and 1 <= mo <= 12) or not sc.free(m.start("d"), m.end()):
            continue
        if m["al"] or (m["w"] and (m["pre"].lower() != "ngày"
                                   or m["w"].lower() in ("giêng", "chạp"))):
            # a lunar day and month are ranks, as English "the 10th day of the first
            # lunar month" and Thai "วันที่ 10 เดือนอ้าย"
            end = m.end("al") if m["al"] else m.end("w") if m["w"] else m.end("m")
            sc.add(m.start(), m.end("d"), "ordinal", value=float(d), key=f"ordinal:{d}")
            sc.add(m.end("d") + 1, end, "ordinal", value=float(mo), key=f"ordinal:{mo}")
        elif m["w"] or m["pre"].lower() != "ngày":  # mùng 2 tháng 9, ngày 10 tháng Hai
            _add_date(sc, m.start("d"), m.end(), m["y"], str(mo), m["d"])
    for m in sc.finditer(_DAY_RANGE_RE):
        d1, d2, mo = int(m["d1"]), int(m["d2"]), int(m["m"])
        if not (1 <= d1 < d2 <= 31 and 1 <= mo <= 12) or not sc.free(m.start("d1"), m.end()):
            continue
        y = f"{m['y']}-" if m["y"] else "--"
        sc.add(m.start("d1"), m.end(), "date",
               value=float(f"{m['y']}{mo:02d}{d1:02d}") if m["y"] else None,
               value_max=float(f"{m['y']}{mo:02d}{d2:02d}") if m["y"] else None,
               key=f"date:{y}{mo:02d}-{d1:02d}/{y}{mo:02d}-{d2:02d}")
    for m in sc.finditer(_MONTH_RANGE_RE):
        m1, m2 = int(m["m1"]), int(m["m2"])
        if 1 <= m1 < m2 <= 12 and sc.free(m.start("m1"), m.end()):
            sc.add(m.start("m1"), m.end(), "date",
                   key=f"date:{m['y']}-{m1:02d}/{m['y']}-{m2:02d}")
    for m in sc.finditer(_YEAR_SPAN_RE):
        a, b = int(m["a"]), int(m["b"])
        if a < b and sc.free(m.start("a"), m.end()):
            sc.add(m.start("a"), m.end(), "year_range", value=float(a), value_max=float(b),
                   calendar="CE", key=f"year_range:{a}-{b}")
    for m in sc.finditer(_WORD_DATE_RE):
        _add_date(sc, m.start("d"), m.end(), m["y"], m["m"], m["d"])
    for m in sc.finditer(_FULL_DATE_RE):
        _add_date(sc, m.start(), m.end(), m["y"], m["m"], m["d"])
    for m in sc.finditer(_MONTH_YEAR_RE):
        _add_date(sc, m.start(), m.end(), m["y"], m["m"], None)
    for rx in (_DAY_MONTH_RE, _DATELINE_RE):
        for m in sc.finditer(rx):
            _add_date(sc, m.start("d"), m.end("m"), None, m["m"], m["d"])
    for m in sc.finditer(_BARE_DAY_MONTH_RE):
        before = _AFTER_DATE_RE.search(t, max(0, m.start() - 24), m.start())
        if before is not None and not sc.free(before.start(), before.start() + 3):
            _add_date(sc, m.start(), m.end(), None, m["m"], m["d"])
    for m in sc.finditer(_YEAR_RANGE_RE):
        a, b = int(m["a"]), int(m["b"])
        if a < b and sc.free(m.start(), m.end()):
            sc.add(m.start(), m.end(), "year_range", value=float(a), value_max=float(b),
                   calendar="CE", key=f"year_range:{a}-{b}")
    for m in sc.finditer(_MONTH_ALONE_RE):
        if sc.free(m.start(), m.end()):
            sc.claim(m.start(), m.end())
    for m in sc.finditer(_QUARTER_RE):
        if not sc.free(m.start(), m.end()):
            continue
        q = roman_or_int(m["q"])
        if not 1 <= q <= 4:
            continue
        sc.add(m.start(), m.end("q"), "ordinal", value=float(q), key=f"ordinal:{q}")
        if m["y"]:
            sc.add(m.start("y"), m.end("y"), "year", value=float(m["y"]),
                   calendar="CE", key=f"year:{int(m['y'])}")


def find_vi_times(sc: Scan) -> None:
    for m in sc.finditer(_TIME_RE):
        if not sc.free(m.start(), m.end()):
            continue
        h, mi = int(m["h"] or m["h2"]), int(m["m"] or m["m2"] or 0)
        sc.add(m.start(), m.end(), "time", value=round(h + mi / 60, 4),
               key=f"time:{h:02d}:{mi:02d}")
    for m in sc.finditer(_GIO_CLOCK_RE):
        if sc.free(m.start(), m.end()):
            h, mi = int(m["h"]), int(m["m"] or 0)
            sc.add(m.start(), m.end(), "time", value=round(h + mi / 60, 4),
                   key=f"time:{h:02d}:{mi:02d}")
    for m in sc.finditer(_CLOCK_RE):
        if not sc.free(m.start(), m.end()) or not (
                _CLOCK_BEFORE_RE.search(sc.t, max(0, m.start() - 12), m.start())
                or _CLOCK_AFTER_RE.match(sc.t, m.end())):
            continue
        h, mi = int(m["h"]), int(m["m"])
        sc.add(m.start(), m.end(), "time", value=round(h + mi / 60, 4),
               key=f"time:{h:02d}:{mi:02d}")
