"""Codes, dates and times for the number scanner (see :mod:`massmob_nlp.numbers`).

Each ``find_*`` function claims its mentions in a :class:`Scan`; they run before plain
digits so that ``12/03/2018`` is one date, not three numbers.
"""

from __future__ import annotations

import itertools
import re

from .._text import CODE_RE, normalize_code
from . import en, th
from .base import LATIN_RE, NumberMention, Scan, alt
from .codes import code_key

_CODE_WORD_RE = re.compile(
    rf"(?:\b(?:{alt(en.CODE_WORDS)})\b\.?|(?:{alt(th.CODE_WORDS)}))\s*"
    r"(?:(?:No|Number)\b\.?\s*|เลขที่\s*|ที่\s*)?(?P<n>[0-9]+)"
    r"(?![0-9]|[.,][0-9]|\s*(?:%|percent|million|billion|thousand|ล้าน|บาท|ดอง|คน"
    # "มติ 39 ฉบับ" (39 resolutions), "ประกาศ 3 เรื่อง": a count of documents, no code
    r"|ฉบับ|เรื่อง|รายการ|ข้อ|มาตรา"
    # "มติ 6 ต่อ 3 (เสียง)": a vote of six to three, no resolution number
    r"|ต่อ\s*[0-9]))")
_VN_CODE_MORE_RE = re.compile(
    r"(?<![\w/-])\d{1,5}(?:(?:/\d{4})?/[A-ZĐ][A-Za-zĐđ]{0,5}(?:[-–][A-ZĐ][A-Za-zĐđ]{0,6})+"
    r"|/\d{4}/[A-Z]{2,3}\d{1,2})(?![\w/])")
"""Vietnamese codes the shared pattern leaves in parts: a lower-case letter in the
issuer (``1234/TTg-KTTH``, an official letter of the Prime Minister) and a law with
the National Assembly's term (``61/2020/QH14``): one code each, as in ``168/2024/ND-CP``."""
_HOUSE_NUMBER_RE = re.compile(
    r"(?:เลขที่|(?i:\b(?:house|home)\s+(?:No\b\.?|number))|\bNo\.)\s*"
    r"(?P<n>[0-9]{1,5}/[0-9]{1,3})(?![0-9]|[/.,][0-9])")
"""``บ้านเลขที่ 99/1``, ``house No. 45/12``: a Thai address (a plot and its sub-plot) is
one number, not 99 and a fraction or a count of 1 (``เลขที่ 12/2567``, a document of
a year, is left to the dates)."""
_CODE_MORE_RE = re.compile(r"\s*(?:,|and|&|และ)\s*(?P<n>[0-9]+)(?![0-9]|[.,][0-9]|-)")
_NUMBER_OF_YEAR_RE = re.compile(r"(?<![0-9./,-])(?P<n>[0-9]{1,5})/(?P<y>(?:19|20|24|25|26)[0-9]{2})"
                                r"(?![0-9]|/|[.,-][0-9])")
_DOC_WORD_BEFORE_RE = re.compile(r"(?:\b(?:No|Nos|Case|Release|Order|Notice)\.?|ฉบับที่|เลขที่"
                                 r"|หมายเลข|คดีหมายเลข(?:ดำ|แดง)(?:ที่)?|ที่)\s*(?:[A-Za-z.]+\s+"
                                 r"|[ก-๛]{1,4}\.?\s*)?$")
"""``Press Release No. 118/2026``, ``ข่าวฉบับที่ 118/2569``, ``คดีหมายเลขดำที่ อท 45/2568``: a
document's number in its year is its code and its year (``code:118``, ``year:2026``, as
``คำสั่งเลขที่ 15/2568``), no fraction nor a month (``12/2569`` is December 2026 unless a
document word comes first)."""
_DAY = r"(?P<d1>[0-9]{1,2})(?:st|nd|rd|th)?(?:\s*[-–]\s*(?P<d2>[0-9]{1,2})(?:st|nd|rd|th)?)?"
_ISO_DATE_RE = re.compile(r"(?<![0-9])(?P<y>[0-9]{4})-(?P<m>[0-9]{1,2})-(?P<d>[0-9]{1,2})"
                          r"(?![0-9])")
_NUM_DATE_RE = re.compile(r"(?<![0-9.,/-])(?P<a>[0-9]{1,2})(?P<sep>[/.-])(?P<b>[0-9]{1,2})"
                          r"(?P=sep)(?P<y>[0-9]{4}|[0-9]{2})(?![0-9]|[/.-][0-9])")
_MONTH_YEAR_NUM_RE = re.compile(r"(?<![0-9./-])(?P<m>[0-9]{1,2})/(?P<y>[0-9]{4})"
                                r"(?![0-9]|/[0-9])")
_EN_DMY_RE = re.compile(rf"(?<![0-9]){_DAY}\s+(?:of\s+)?{en.MONTH}"
                        r"(?:,?\s+(?P<y>[0-9]{4})(?![0-9]))?")
_EN_MDY_RE = re.compile(rf"\b{en.MONTH}\s+{_DAY}(?![0-9]|[,.][0-9])"
                        r"(?:,?\s+(?P<y>[0-9]{4})(?![0-9]))?")
_EN_MY_RE = re.compile(rf"\b{en.MONTH},?\s+(?:of\s+)?(?P<y>[0-9]{{4}})(?![0-9])")
_TH_YEAR = rf"(?:\s*{th.ERA}\s*(?P<y>[0-9]{{4}}|[0-9]{{2}})(?![0-9]|[.,:][0-9]))"
# "3-7 มิ.ย.", "3 ถึง 7 มิถุนายน", "3 จนถึงวันที่ 7 มิ.ย.": days of one month.
_TH_DAY = (r"(?P<d1>[0-9]{1,2})(?:\s*(?:[-–]|(?:จน)?ถึง(?:วันที่)?|(?:จน)?ถึงวันที่)\s*"
           r"(?P<d2>[0-9]{1,2}))?")
_TH_DATE_RE = re.compile(rf"(?<![0-9]){_TH_DAY}\s*(?:เดือน)?{th.MONTH}{_TH_YEAR}?")
_TH_MY_RE = re.compile(rf"{th.MONTH}{_TH_YEAR}")
_DASH_RE = re.compile(r"\s*[-–]\s*")
_TH_COUNT_NOUN_RE = re.compile(r"\s*(?:สัญญา(?!ณ)|บริษัท|สาขา|สถานี|ขบวน|เส้นทาง)")
"""Nouns counted by a number after a Thai month (``กันยายน 11 สัญญา``): no short year."""
_MONTH2 = {"en": en.MONTH.replace("(?P<mon>", "(?P<mon2>"),
           "th": th.MONTH.replace("(?P<mon>", "(?P<mon2>")}
_EN_MONTH_RANGE_RE = re.compile(
    rf"\b{en.MONTH}\s*(?:[-–]|to|until|through|and)\s*{_MONTH2['en']},?\s+"
    r"(?P<y>[0-9]{4})(?![0-9])")
_TH_MONTH_RANGE_RE = re.compile(
    rf"{th.MONTH}\s*(?:[-–]|ถึง|จนถึง|และ)\s*(?:เดือน)?{_MONTH2['th']}{_TH_YEAR}")


# ---------------------------------------------------------------- codes
_COMET_RE = re.compile(r"(?<![A-Za-z0-9/])[CPDXI]/(?:1[6-9]|20)[0-9]{2}"
                       r"\s?[A-HJ-Z][A-Z]?[0-9]{0,3}\b")
"""``C/2026 V2``, ``P/2019 LD2``: a comet's name (its year and a letter), one code."""


def find_codes(sc: Scan) -> None:
    """Claim document codes (``217-QD/TW``) and numbers after a document word."""
    t = sc.t
    for m in sc.finditer(_COMET_RE):  # "C/2026 V2": one name, no year 2026
        if sc.free(*m.span()):
            sc.add(*m.span(), "code", key=code_key(m.group()))
    for m in sc.finditer(_HOUSE_NUMBER_RE):
        if sc.free(*m.span("n")):
            sc.add(*m.span("n"), "code", key="code:" + m["n"])
    for rx in (_VN_CODE_MORE_RE, CODE_RE):
        for m in sc.finditer(rx):
            if sc.free(m.start(), m.end()):
                sc.add(m.start(), m.end(), "code", key="code:" + normalize_code(m.group()))
    for m in sc.finditer(_NUMBER_OF_YEAR_RE):
        y = _year(m["y"], None, False)
        if y is not None and sc.free(*m.span()) and (
                int(m["n"]) > 12 or _DOC_WORD_BEFORE_RE.search(t, max(0, m.start() - 24),
                                                               m.start())):
            sc.add(*m.span("n"), "code", key=f"code:{int(m['n'])}")
            sc.add(*m.span("y"), "year", value=float(y[0]), key=f"year:{y[0]}", calendar=y[1])
    for m in sc.finditer(_CODE_WORD_RE):
        s, e = m.span("n")
        while sc.free(s, e) and not (e < len(t) and LATIN_RE.match(t, e)):
            sc.add(s, e, "code", key=f"code:{int(t[s:e])}")
            more = _CODE_MORE_RE.match(t, e)
            if more is None:
                break
            s, e = more.span("n")


# ---------------------------------------------------------------- quarters
_QUARTER_RE = re.compile(
    r"(?:(?P<th>ไตรมาส)\s*(?:ที่\s*)?|\bQ)(?P<n>[1-4])(?![0-9A-Za-z]|[.,][0-9]|\s*[-–]\s*[1-4](?![0-9]))"
    r"(?:\s*[/-]\s*(?P<y>[0-9]{4}|[0-9]{2})(?![0-9]|[/.,-][0-9]))?")


def find_quarters(sc: Scan) -> None:
    """``ไตรมาส 2/2568``, ``ไตรมาสที่ 3 ปี 2567``, ``Q2/2025``: the quarter is the
    ordinal (as in "the second quarter of 2025") and the year after the slash a year,
    so both sides join; ``2/2568`` elsewhere stays a month of a year."""
    for m in sc.finditer(_QUARTER_RE):
        if not sc.free(*m.span()):
            continue
        n = int(m["n"])
        sc.add(m.start(), m.end("n"), "ordinal", value=float(n), key=f"ordinal:{n}")
        if m["y"] and (y := _year(m["y"], None, bool(m["th"]))) is not None:
            sc.add(m.start("y"), m.end("y"), "year", value=float(y[0]), calendar=y[1],
                   key=f"year:{y[0]}")


_PERIOD_RE = re.compile(
    r"\b(?:H(?P<h>[12])|(?P<h2>[12])H|(?P<m>[1-9]|1[0-2])M)"
    r"(?:\s?[/-]?\s?(?=(?:19|20)[0-9]{2})|[/-]?(?=[0-9]{2}(?![0-9])))"
    r"(?P<y>(?:19|20)[0-9]{2}|[0-9]{2})(?![0-9A-Za-z]|[.,][0-9])"
    r"|\bH(?P<h3>[12])(?=\s+(?:results?|profits?|revenues?|earnings|sales|growth|"
    r"figures|performance)\b)")
"""``H1 2026``, ``1H2026``, ``H2/25``: a half of the year (the ordinal, as in "the
first half of 2026", Thai ``ครึ่งปีแรก``); ``9M2026`` (the first nine months: a length
of nine months, Thai ``9 เดือนแรก``); each with its year."""


def find_periods(sc: Scan) -> None:
    """The halves and month counts of business reporting (see :data:`_PERIOD_RE`)."""
    for m in sc.finditer(_PERIOD_RE):
        if not sc.free(*m.span()):
            continue
        half = m["h"] or m["h2"] or m["h3"]
        end = m.end("y") if m["y"] else m.end()
        head_end = m.start("y") if m["y"] else m.end()
        head = sc.t[m.start():head_end].rstrip(" /-")
        if half:
            n = int(half)
            sc.add(m.start(), m.start() + len(head), "ordinal", value=float(n),
                   key=f"ordinal:{n}")
        else:
            n = int(m["m"])
            sc.add(m.start(), m.start() + len(head), "duration", value=float(n), unit="month",
                   key=f"duration:{n}:month")
        if m["y"] and (y := _year(m["y"], None, False)) is not None:
            sc.add(m.start("y"), end, "year", value=float(y[0]), calendar=y[1],
                   key=f"year:{y[0]}")


# ---------------------------------------------------------------- dates
def _year(y: str, era: str | None, thai: bool) -> tuple[int, str] | None:
    """(CE year, calendar as written) of a year in a date, or None if implausible."""
    n = int(y)
    ce = era is not None and era.startswith("ค")
    if len(y) == 2:
        if ce:
            return 2000 + n, "CE"
        if thai or era:
            return 2500 + n - 543, "BE"
        return (2000 + n if n < 50 else 1900 + n), "CE"
    if ce:
        return n, "CE"
    if era or (thai and 2101 <= n <= 2700) or 2400 <= n <= 2700:
        return n - 543, "BE"  # "6 เมษายน 2325", "พ.ศ. 1893": BE, whatever the size
    if 1000 <= n <= 2200:
        return n, "CE"
    return None


def _valid_day(y: int | None, m: int, d: int) -> bool:
    """Day ``d`` exists in month ``m`` (of year ``y``; any year allows 29 February)."""
    if not 1 <= m <= 12 or not 1 <= d <= 31:
        return False
    if d > (29 if y is None and m == 2 else 30 if m in (4, 6, 9, 11) else 31):
        return False
    return not (y is not None and m == 2 and d == 29 and not
                (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)))


def _valid_days(year: int | None, mon: int, d1: int | None, d2: int | None) -> bool:
    """Both days exist in the month (and year) and a day range goes forward."""
    if any(d is not None and not _valid_day(year, mon, d) for d in (d1, d2)):
        return False
    return not (d2 is not None and d1 is not None and d2 <= d1)


def _ymd(year: int | None, mon: int, day: int | None) -> float | None:
    """YYYYMMDD as a number for a full date, else None."""
    if year is None or day is None:
        return None
    return float(year * 10000 + mon * 100 + day)


def _add_date(sc: Scan, s: int, e: int, y: tuple[int, str] | None, mon: int,
              d1: int | None, d2: int | None = None) -> None:
    """Add a date (a month of a year when ``d1`` is None) if ``s:e`` is free and valid."""
    year = y[0] if y else None
    if not sc.free(s, e) or not _valid_days(year, mon, d1, d2) or (d1 is None and year is None):
        return
    key = f"{year:04d}-{mon:02d}" if year is not None else f"--{mon:02d}"
    if d1 is not None:
        key = f"{key}-{d1:02d}" + ("" if d2 is None else f"/{key}-{d2:02d}")
    sc.add(s, e, "date", value=_ymd(year, mon, d1), value_max=_ymd(year, mon, d2),
           calendar=y[1] if y else None, key="date:" + key)


def _month(m: re.Match[str], thai: bool) -> int:
    """Month number of a month name or abbreviation matched as ``mon``."""
    if thai:
        return th.month_number(m["mon"])
    return en.MONTH_NUMBER[m["mon"].lower().rstrip(".")]


def _numeric_dates(sc: Scan) -> None:
    """``2017-11-07``, ``12/03/2018``, ``12.3.61``."""
    for m in sc.finditer(_ISO_DATE_RE):
        y = _year(m["y"], None, False)
        if y:
            _add_date(sc, m.start(), m.end(), y, int(m["m"]), int(m["d"]))
    for m in sc.finditer(_NUM_DATE_RE):
        if len(m["y"]) == 2 and m["sep"] != "/":
            continue
        y = _year(m["y"], None, sc.lang == "th")
        a, b = int(m["a"]), int(m["b"])
        d, mon = (a, b) if sc.dayfirst else (b, a)
        if mon > 12 and d <= 12:
            d, mon = mon, d
        if y:
            _add_date(sc, m.start(), m.end(), y, mon, d)


def _named_month_dates(sc: Scan) -> None:
    """``5 ธ.ค. 61``, ``7 November 2017``, ``November 7-9``."""
    for rx, thai in ((_TH_DATE_RE, True), (_EN_DMY_RE, False), (_EN_MDY_RE, False)):
        for m in sc.finditer(rx):
            y = _year(m["y"], m["era"] if thai else None, thai) if m["y"] else None
            if (m["y"] and y is None) or (rx is _EN_MDY_RE and _month_in_name(sc.t, m)):
                continue
            d2 = int(m["d2"]) if m["d2"] else None
            _add_date(sc, m.start(), m.end(), y, _month(m, thai), int(m["d1"]), d2)


_NAME_BEFORE_MONTH_RE = re.compile(
    r"(?:\b[a-z]+|[A-Za-z]['’]s)\s+(?P<w>[A-Z][a-z]+)\s+$")
_NOT_A_NAME = frozenset("""
Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Tues Wed Thu Thur Thurs
Fri Sat Sun Day Eve Week Updated Published Posted Dated Issued Modified Released Filed
""".split())  # noqa: SIM905


def _month_in_name(t: str, m: re.Match[str]) -> bool:
    """``a Long March 5 rocket``, ``China's Long March 5``: a month word right after a
    capitalised word in the middle of a sentence is part of a name and the number after
    it a model number (as ``Falcon 9``), no date -- unless that word is a weekday, a
    holiday's ``Day``/``Eve`` or a dateline verb (``said Tuesday March 5``, ``on Election
    Day March 5``), or a year follows."""
    if m["y"] or m["d2"]:
        return False
    b = _NAME_BEFORE_MONTH_RE.search(t, max(0, m.start() - 40), m.start())
    return b is not None and b["w"] not in _NOT_A_NAME \
        and b["w"].lower().rstrip(".") not in en.MONTH_NUMBER


def _month_ranges(sc: Scan) -> None:
    """``June to August 2010``, ``มกราคม-กุมภาพันธ์ 1794``: months of one year."""
    for rx, thai in ((_TH_MONTH_RANGE_RE, True), (_EN_MONTH_RANGE_RE, False)):
        for m in sc.finditer(rx):
            y = _year(m["y"], m["era"] if thai else None, thai)
            if y is None or not (thai or len(m["y"]) == 4) or not sc.free(*m.span()):
                continue
            a = _month(m, thai)
            b = th.month_number(m["mon2"]) if thai else \
                en.MONTH_NUMBER[m["mon2"].lower().rstrip(".")]
            if a < b:
                sc.add(m.start(), m.end(), "date", calendar=y[1],
                       key=f"date:{y[0]:04d}-{a:02d}/{y[0]:04d}-{b:02d}")


def _month_years(sc: Scan) -> None:
    """``พฤศจิกายน 2560``, ``November 2017``, ``11/2017``."""
    for rx, thai in ((_TH_MY_RE, True), (_EN_MY_RE, False)):
        for m in sc.finditer(rx):
            y = _year(m["y"], m["era"] if thai else None, thai)
            if thai and not m["era"] and len(m["y"]) <= 2 \
                    and (th.CLASSIFIER_RE.match(sc.t, m.end())
                         or _TH_COUNT_NOUN_RE.match(sc.t, m.end())):
                continue  # "จนถึงเดือนกันยายน 11 สัญญา": by September, 11 contracts
            if y and (thai or len(m["y"]) == 4):
                _add_date(sc, m.start(), m.end(), y, _month(m, thai), None)
    for m in sc.finditer(_MONTH_YEAR_NUM_RE):
        y = _year(m["y"], None, False)
        if y and 1 <= int(m["m"]) <= 12 and (1900 <= y[0] <= 2100):
            _add_date(sc, m.start(), m.end(), y, int(m["m"]), None)


TH_LUNAR_MONTHS = {"อ้าย": 1, "ยี่": 2, "สาม": 3, "สี่": 4, "ห้า": 5, "หก": 6, "เจ็ด": 7,
                   "แปด": 8, "เก้า": 9, "สิบเอ็ด": 11, "สิบสอง": 12, "สิบ": 10}
"""Thai lunar months (เดือนอ้าย, เดือนยี่, then เดือนสาม … เดือนสิบสอง)."""
_TH_LUNAR_RE = re.compile(
    rf"(?P<day>(?:วันที่|ขึ้น|แรม)\s*(?P<d>[0-9]{{1,2}})(?:\s*ค่ำ)?)\s*"
    rf"(?P<month>เดือน\s*(?P<w>{alt(TH_LUNAR_MONTHS)}))"
    r"(?!สิบ|ร้อย|พัน|หมื่น|แสน|ล้าน|วัน|ปี|เดือน|ครั้ง|คน)")
"""``วันที่ 10 เดือนอ้าย`` "the 10th day of the first lunar month", ``ขึ้น 15 ค่ำ เดือนสิบสอง``:
the day and the month are ranks (``ordinal:10``, ``ordinal:1``), as English ``the 10th
day of the first lunar month`` and Vietnamese ``mùng 10 tháng Giêng``; never ``10 เดือน``
"ten months"."""


def find_lunar_dates(sc: Scan) -> None:
    """Thai lunar dates with the month in words (see :data:`_TH_LUNAR_RE`)."""
    if "เดือน" not in sc.t:
        return
    for m in sc.finditer(_TH_LUNAR_RE):
        if sc.free(m.start(), m.end()):
            d, mo = int(m["d"]), TH_LUNAR_MONTHS[m["w"]]
            sc.add(*m.span("day"), "ordinal", value=float(d), key=f"ordinal:{d}")
            sc.add(*m.span("month"), "ordinal", value=float(mo), key=f"ordinal:{mo}")


def find_dates(sc: Scan) -> None:
    """Claim every date: numeric, with a month name, month-year; then join ranges.
    Thai quarters (``ไตรมาส 2/2568``) go first: their slash is no month."""
    find_quarters(sc)
    if "H" in sc.t or "M" in sc.t:
        find_periods(sc)
    _numeric_dates(sc)
    _named_month_dates(sc)
    _month_ranges(sc)
    _month_years(sc)
    _join_date_ranges(sc)


def _join_date_ranges(sc: Scan) -> None:
    """"5 กุมภาพันธ์ – 31 มีนาคม 2561", "April 7 to May 12, 2026": a day-month without
    year, a dash (or to, through, until) and a full date become one date range in the
    year of the second."""
    dates = sorted(m for m in sc.out if m.kind == "date")
    for a, b in itertools.pairwise(dates):
        if a.key and b.key and a.key.startswith("date:--") and "/" not in a.key \
                and len(a.key) == 12 and len(b.key) == 15 \
                and _year_span(sc.t, a.start, a.end, b.start) and b.calendar:
            year = b.key[5:9]
            first = f"{year}-{a.key[7:]}"
            if first >= b.key[5:]:  # "Dec 29 to Jan 4, 2027": it starts the year before
                if a.key[7:9] <= b.key[10:12]:
                    continue
                first = f"{int(year) - 1:04d}-{a.key[7:]}"
            sc.out.remove(a)
            sc.out.remove(b)
            sc.add(a.start, b.end, "date", value=float(first.replace("-", "")),
                   value_max=b.value, calendar=b.calendar, key=f"date:{first}/{b.key[5:]}")
            continue
        if a.key and b.key and "/" not in a.key + b.key and (a.key < b.key or _new_year(a, b)) \
                and _DIGIT_RE.sub("0", a.key) == _DIGIT_RE.sub("0", b.key) \
                and _DAY_KEY_RE.fullmatch(a.key) is not None \
                and a in sc.out and b in sc.out and _span_between(sc.t, a.start, a.end, b.start):
            sc.out.remove(a)
            sc.out.remove(b)
            sc.add(a.start, b.end, "date", value=a.value, value_max=b.value,
                   calendar=b.calendar, key=f"{a.key}/{b.key[5:]}")


def _new_year(a: NumberMention, b: NumberMention) -> bool:
    """``30 ธ.ค.-2 ม.ค.``, "Dec 30 to Jan 2": two days without a year across the new year
    (November or December to January or February)."""
    ka, kb = a.key or "", b.key or ""
    return ka.startswith("date:--") and kb.startswith("date:--") \
        and ka[7:9] in ("11", "12") and kb[7:9] in ("01", "02")


_DIGIT_RE = re.compile(r"[0-9]")
_DAY_KEY_RE = re.compile(r"date:(?:[0-9]{4}|-)-[0-9]{2}-[0-9]{2}")
"""A date key with a day: only days are joined into a span (``between November 1886 and
June 1887`` stays two months, as the PUD gold reads them)."""
_SPAN_OPEN_RE = re.compile(
    r"(?i)(?<![A-Za-z])(?:from|between)\s+(?:(?:the\s+)?(?:dates?|period|days?)\s+(?:of\s+)?)?$"
    r"|(?:ตั้งแต่|ระหว่าง)\s*(?:วันที่|เดือน)?\s*$"
    r"|(?<![A-Za-zÀ-ỹĐđ])[Tt]ừ\s+(?:ngày\s+)?$")
_SPAN_MOVE_RE = re.compile(
    r"(?i)(?:postpon|mov|reschedul|delay|push|shift|chang|brought|bring|put|hoãn|dời|lùi"
    r"|chuyển|đổi)[A-Za-zÀ-ỹđ]*\s+(?:[A-Za-zÀ-ỹđ]+\s+){0,2}$")
_SPAN_TO_RE = re.compile(
    r"\s+(?:to|until|till|through|thru|and)\s+(?:the\s+)?"
    r"|\s*(?:จนถึง|ถึง)\s*(?:วันที่\s*)?|\s+(?:đến|tới)\s+(?:(?:hết\s+)?ngày\s+)?")


def _year_span(t: str, a_start: int, a_end: int, b_start: int) -> bool:
    """A day-month without year and a full date joined as one range: a dash, or ``to``,
    ``through``, ``until``, ``ถึง`` even with no ``from`` before (``April 7 to May 12,
    2026``: the year is written once, for both ends); ``and`` only after ``between``, and a
    date moved (``postponed April 7 to May 12, 2026``) is two dates."""
    if _DASH_RE.fullmatch(t, a_end, b_start):
        return True
    sep = _SPAN_TO_RE.fullmatch(t, a_end, b_start)
    if sep is None:
        return False
    opened = _SPAN_OPEN_RE.search(t, max(0, a_start - 24), a_start)
    if sep.group().strip() == "and" and (opened is None
                                         or not opened.group().lower().startswith("between")):
        return False
    before = opened.start() if opened else a_start
    return _SPAN_MOVE_RE.search(t, max(0, before - 30), before) is None


def _span_between(t: str, a_start: int, a_end: int, b_start: int) -> bool:
    """Two dates of one shape joined as a span: ``between July 16 and July 28``, ``from
    July 16 to July 28``, ``ตั้งแต่วันที่ ... ถึงวันที่ ...``, ``từ ngày 16/7 đến 28/7`` (as
    ``16–28 กรกฎาคม``); ``and`` only after ``between``, and a date moved (``postponed from
    July 16 to July 28``) is two dates."""
    if _DASH_RE.fullmatch(t, a_end, b_start):
        return True  # "July 16 – July 28"
    sep = _SPAN_TO_RE.fullmatch(t, a_end, b_start)
    if sep is None:
        return False
    opened = _SPAN_OPEN_RE.search(t, max(0, a_start - 24), a_start)
    if opened is None or (sep.group().strip() == "and"
                          and not opened.group().lower().startswith("between")):
        return False
    return _SPAN_MOVE_RE.search(t, max(0, opened.start() - 30), opened.start()) is None


