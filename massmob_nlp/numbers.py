"""Stage 3a: number mentions in English and Thai, with a key that is equal for the same
quantity in both languages.

:func:`find_numbers` is the core: a pure function over one text that returns
:class:`NumberMention` records with offsets local to that text. :func:`number_keys`
gives only the keys (used by the aligner). :func:`numbers_table` runs the finder over
the paragraphs of documents and returns the ``numbers`` table (see ``tables.py``).

Keys (what comparison joins on; floats are written without a trailing ``.0``):

==============  ===========================================  ==========================
kind            key                                          value / value_max
==============  ===========================================  ==========================
cardinal        ``cardinal:10665``, ``cardinal:0.42``        the number
ordinal         ``ordinal:11``                               the rank
percent         ``percent:80``, ``percent:10-15``            80 (not 0.8)
money           ``money:55000000:VND``, ``money:5-10:USD``   amount in the currency
year            ``year:2024``                                CE year (BE − 543)
year_range      ``year_range:2020-2025``                     CE years
range           ``range:6-7``                                both ends
date            ``date:2017-11-07``, ``date:2017-11``,       YYYYMMDD as a number for
                ``date:--11-07``, ``date:2018-08-23/2018-08-25``  full dates, else NA
time            ``time:21:17``, ``time:10:00-11:00``         hours (21:17 -> 21.2833)
fraction        ``fraction:13/13``                           13/13 = 1.0
code            ``code:217-QD/TW``, ``code:3406``            NA
==============  ===========================================  ==========================

A document number written after a document word ("Decision No. 3406", "Resolution
25", "มติที่ 25") is a ``code`` whose key is the bare number (``code:3406``): the
document word is not in the key because translations often change it (the Thai seed
renders "Decision 217-QD/TW" as "มติ 217-QD/TW", "resolution"). ``calendar`` is set for
years, year ranges and dates that carry a year: ``BE`` or ``CE`` as written.
Thai two-digit years after an abbreviated month or ``ปี`` are BE (``5 ธ.ค. 61`` is
2018-12-05). The qualifier and "from"/"between" are not part of ``text``; ``ร้อยละ``,
the currency, ``ครั้งที่``/``ที่`` and ``ครบรอบ … ปี`` are.
"""

from __future__ import annotations

import bisect
import re
from decimal import Decimal, InvalidOperation
from typing import Any, Iterable, NamedTuple

import pandas as pd

from . import _numbers_en as en
from . import _numbers_th as th
from . import tables
from ._text import CODE_RE, EMAIL_RE, LATIN_LETTERS, URL_RE, normalize_code
from ._text import thai_digits_to_arabic
from .errors import Errors
from .types import Document

MAX_DIGITS = 18
"""Numbers with more integer digits than this get value NA and no key."""
DEFAULT_DAYFIRST = True
"""``12/03/2018`` is 12 March 2018 (the Vietnamese and Thai convention)."""


class NumberMention(NamedTuple):
    """One number mention; ``start``/``end`` are offsets into the text searched."""

    start: int
    end: int
    text: str
    kind: str
    value: float | None = None
    value_max: float | None = None
    unit: str | None = None
    qualifier: str | None = None
    calendar: str | None = None
    key: str | None = None


def _alt(words: Iterable[str], latin: bool = False) -> str:
    parts = sorted(set(words), key=len, reverse=True)
    if latin:
        return "|".join(re.escape(w) + (r"(?![A-Za-z])" if w[-1].isalpha() else "")
                        for w in parts)
    return "|".join(re.escape(w) for w in parts)


# ----------------------------------------------------------------- patterns
_CORE = (r"(?:[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])(?:\.[0-9]+)?"
         r"|[0-9]{1,3}(?:\.[0-9]{3}){2,}(?![0-9])|[0-9]+(?:\.[0-9]+)?)")
_ATOM_RE = re.compile(rf"(?<![0-9])(?<![0-9][.,]){_CORE}")
_CORE_RE = re.compile(_CORE)
_LATIN_RE = re.compile(f"[{LATIN_LETTERS}]")
_PHONE_RE = re.compile(r"(?<![0-9])[0-9]{2,4}(?:-[0-9]{3,4}){2,}(?![0-9])"
                       r"|\+[0-9]{1,3}[\s-]?[0-9][0-9\s-]{6,}[0-9]")
_CODE_WORD_RE = re.compile(
    rf"(?:\b(?:{_alt(en.CODE_WORDS)})\b\.?|(?:{_alt(th.CODE_WORDS)}))\s*"
    r"(?:(?:No|Number)\b\.?\s*|เลขที่\s*|ที่\s*)?(?P<n>[0-9]+)"
    r"(?![0-9]|[.,][0-9]|\s*(?:%|percent|million|billion|thousand|ล้าน|บาท|ดอง|คน))")
_CODE_MORE_RE = re.compile(r"\s*(?:,|and|&|และ)\s*(?P<n>[0-9]+)(?![0-9]|[.,][0-9]|-)")
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
_TH_DATE_RE = re.compile(rf"(?<![0-9]){_DAY}\s*(?:เดือน)?{th.MONTH}{_TH_YEAR}?")
_TH_MY_RE = re.compile(rf"{th.MONTH}{_TH_YEAR}")
_TIME_RE = re.compile(
    r"(?<![0-9.:,])(?P<h>[01]?[0-9]|2[0-4])(?P<sep>[:.])(?P<m>[0-5][0-9])"
    r"(?::[0-5][0-9])?(?![0-9]|[.:][0-9])"
    r"(?:\s*[-–]\s*(?P<h2>[01]?[0-9]|2[0-4])[:.](?P<m2>[0-5][0-9])(?![0-9]|[.:][0-9]))?"
    rf"(?P<suf>\s*(?:{th.TIME_SUFFIX}|(?P<ap>[aApP])\.?[mM]\.?(?![A-Za-z])))?")
_AMPM_RE = re.compile(r"(?<![0-9.,:])(?P<h>[0-9]{1,2})\s*(?P<ap>[aApP])\.?[mM]\.?"
                      r"(?![A-Za-z])")
_MAG = {**en.MAGNITUDES, **th.MAGNITUDES, "ล.": 6}
_MAG_RE = re.compile(rf"\s?(?P<w>(?i:{_alt(en.MAGNITUDES, latin=True)}))"
                     rf"|\s*(?P<t>{_alt(th.MAGNITUDES)}|ล\.)(?!ละ|[ก-ฮ]\.)")
_MAG_SHORT_RE = re.compile(r"(?P<w>[kKmM])(?![A-Za-z])")
_CUR_AFTER = {w: c for c, ws in {**en.CURRENCY_AFTER}.items() for w in ws}
_CUR_AFTER.update({w: c for c, ws in th.CURRENCY_AFTER.items() for w in ws})
_CUR_AFTER_RE = re.compile(
    rf"\s?(?P<w>{_alt((w for ws in en.CURRENCY_AFTER.values() for w in ws), latin=True)})"
    rf"|\s*(?P<t>{_alt(w for ws in th.CURRENCY_AFTER.values() for w in ws)})"
    r"|\s*(?P<lb>ลบ\.)")
_CUR_BEFORE = {w: c for c, ws in en.CURRENCY_BEFORE.items() for w in ws}
_CUR_BEFORE_RE = re.compile(rf"(?:{_alt(_CUR_BEFORE)})\s?$")
_PCT_AFTER_RE = re.compile(r"\s?(?:%|(?:percent|per cent|pct|percentage points?)(?![A-Za-z]))"
                           rf"|\s*(?:{_alt(th.PERCENT_AFTER)})")
_RANGE_SEP_RE = re.compile(r"\s*[-–—]\s*|\s+to\s+|\s*ถึง\s*|\s+and\s+")
_BETWEEN_RE = re.compile(r"(?i)\bbetween\s+$")
_QUAL_BEFORE = {p.lower(): q for d in (en.QUALIFIERS_BEFORE, th.QUALIFIERS_BEFORE)
                for q, ps in d.items() for p in ps}
_QUAL_BEFORE_RE = re.compile(
    rf"(?:\b(?i:{_alt(p for ps in en.QUALIFIERS_BEFORE.values() for p in ps)})"
    rf"|{_alt(p for ps in th.QUALIFIERS_BEFORE.values() for p in ps)})\s*$")
_QUAL_AFTER = {p.lower(): q for d in (en.QUALIFIERS_AFTER, th.QUALIFIERS_AFTER)
               for q, ps in d.items() for p in ps}
_QUAL_AFTER_RE = re.compile(
    rf"\s*(?:(?i:{_alt((p for ps in en.QUALIFIERS_AFTER.values() for p in ps), latin=True)})"
    rf"|{_alt(p for ps in th.QUALIFIERS_AFTER.values() for p in ps)})")
_EN_WORD_AFTER_RE = re.compile(r"\s?(?P<w>[A-Za-z]+)")
_HAS_NUMBER_RE = re.compile(
    r"[0-9\u0e50-\u0e59]|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand"
    r"|million|billion|first|second|third|fifth|eighth|ninth|zero)"
    r"|หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ|ร้อย|พัน|หมื่น|แสน|ล้าน|แรก")
_DASH_RE = re.compile(r"\s*[-–]\s*")
_FRACTION_RE = re.compile(r"/(?P<b>[0-9]+)(?![0-9]|/[0-9]|[.,][0-9])")
_THAI_LETTER_RE = re.compile(r"[\u0e01-\u0e4e]")


# ------------------------------------------------------------------ helpers
def _decimal(raw: str) -> Decimal | None:
    """Value of a digit string with ``,`` (or repeated ``.``) thousands separators."""
    if raw.count(".") > 1:
        raw = raw.replace(".", "")
    try:
        return Decimal(raw.replace(",", ""))
    except InvalidOperation:
        return None


def format_number(value: Decimal | float | int) -> str:
    """A number as written in keys: ``55000000``, ``0.42``, never ``1.0`` or ``1E+3``."""
    d = value if isinstance(value, Decimal) else Decimal(str(value))
    text = format(d.normalize(), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def _too_big(d: Decimal) -> bool:
    return d.adjusted() >= MAX_DIGITS


class _Scan:
    """State of one :func:`find_numbers` call: the text with Thai digits made ASCII
    (same length, same offsets), a mask of claimed characters and the mentions."""

    def __init__(self, text: str, lang: str | None, dayfirst: bool) -> None:
        self.text = text
        self.t = thai_digits_to_arabic(text)
        self.lang = lang
        self.dayfirst = dayfirst
        self.mask = bytearray(len(text))
        self.out: list[NumberMention] = []

    def free(self, s: int, e: int) -> bool:
        return self.mask.find(1, s, e) == -1

    def claim(self, s: int, e: int) -> None:
        self.mask[s:e] = b"\x01" * (e - s)

    def add(self, s: int, e: int, kind: str, **fields: Any) -> None:
        self.claim(s, e)
        self.out.append(NumberMention(s, e, self.text[s:e], kind, **fields))

    def thai_context(self, s: int) -> bool:
        return self.lang == "th" or bool(_THAI_LETTER_RE.search(self.t, max(0, s - 12),
                                                               s + 12))


# -------------------------------------------------------------------- finder
def find_numbers(text: str, lang: str | None = None, *,
                 dayfirst: bool = DEFAULT_DAYFIRST) -> list[NumberMention]:
    """Number mentions in one text, in order, with offsets into ``text``.

    English and Thai patterns are both tried whatever ``lang`` is (translations mix
    them); ``lang="th"`` only makes ambiguous years Buddhist-Era (``12/3/61``) and
    ``dayfirst=False`` reads ``12/03/2018`` as December 3. Never raises on text.
    """
    if not isinstance(text, str):
        raise TypeError(Errors.E010.format(type=type(text).__name__))
    if not _HAS_NUMBER_RE.search(text):
        return []
    sc = _Scan(text, lang, dayfirst)
    for rx in (URL_RE, EMAIL_RE):
        for m in rx.finditer(text):
            sc.claim(m.start(), m.end())
    _codes(sc)
    _dates(sc)
    _times(sc)
    for m in _PHONE_RE.finditer(sc.t):
        if sc.free(m.start(), m.end()):
            sc.claim(m.start(), m.end())
    for m in _ATOM_RE.finditer(sc.t):
        if sc.free(m.start(), m.end()):
            _digits(sc, m.start(), m.end())
    _english_words(sc)
    _thai_words(sc)
    return sorted(sc.out)


def number_keys(text: str, lang: str | None = None) -> list[str]:
    """Keys of the number mentions in ``text``, in order (see the module docstring).

    >>> number_keys("over 55 million VND in 2024")
    ['money:55000000:VND', 'year:2024']
    """
    return [m.key for m in find_numbers(text, lang) if m.key is not None]


# ---------------------------------------------------------------- codes
def _codes(sc: _Scan) -> None:
    t = sc.t
    for m in CODE_RE.finditer(t):
        if sc.free(m.start(), m.end()):
            sc.add(m.start(), m.end(), "code", key="code:" + normalize_code(m.group()))
    for m in _CODE_WORD_RE.finditer(t):
        s, e = m.span("n")
        while sc.free(s, e) and not (e < len(t) and _LATIN_RE.match(t, e)):
            sc.add(s, e, "code", key=f"code:{int(t[s:e])}")
            more = _CODE_MORE_RE.match(t, e)
            if more is None:
                break
            s, e = more.span("n")


# ---------------------------------------------------------------- dates
def _year(y: str, era: str | None, thai: bool) -> tuple[int, str] | None:
    """(CE year, calendar as written) of a year in a date, or None if implausible."""
    n = int(y)
    ce = bool(era) and era.startswith("ค")  # type: ignore[union-attr]
    if len(y) == 2:
        if ce:
            return 2000 + n, "CE"
        if thai or era:
            return 2500 + n - 543, "BE"
        return (2000 + n if n < 50 else 1900 + n), "CE"
    if not ce and 2400 <= n <= 2700:
        return n - 543, "BE"
    if 1000 <= n <= 2200:
        return n, "CE"
    return None


def _valid_day(y: int | None, m: int, d: int) -> bool:
    if not 1 <= m <= 12 or not 1 <= d <= 31:
        return False
    if d > (29 if y is None and m == 2 else 30 if m in (4, 6, 9, 11) else 31):
        return False
    return not (y is not None and m == 2 and d == 29 and not
                (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)))


def _add_date(sc: _Scan, s: int, e: int, y: tuple[int, str] | None, mon: int,
              d1: int | None, d2: int | None = None) -> None:
    if not sc.free(s, e):
        return
    year = y[0] if y else None
    for d in (d1, d2):
        if d is not None and not _valid_day(year, mon, d):
            return
    if d2 is not None and d1 is not None and d2 <= d1:
        return
    prefix = f"{year:04d}-{mon:02d}" if year is not None else f"--{mon:02d}"
    if d1 is None:
        key, value, value_max = prefix if year is not None else None, None, None
        if key is None:
            return
    else:
        key = f"{prefix}-{d1:02d}"
        value = float(year * 10000 + mon * 100 + d1) if year is not None else None
        value_max = None
        if d2 is not None:
            key += f"/{prefix}-{d2:02d}"
            value_max = float(year * 10000 + mon * 100 + d2) if year is not None else None
    sc.add(s, e, "date", value=value, value_max=value_max,
           calendar=y[1] if y else None, key="date:" + key)


def _dates(sc: _Scan) -> None:
    t = sc.t
    for m in _ISO_DATE_RE.finditer(t):
        y = _year(m["y"], None, False)
        _add_date(sc, m.start(), m.end(), y, int(m["m"]), int(m["d"])) if y else None
    for m in _NUM_DATE_RE.finditer(t):
        if len(m["y"]) == 2 and m["sep"] != "/":
            continue
        y = _year(m["y"], None, sc.lang == "th")
        a, b = int(m["a"]), int(m["b"])
        d, mon = (a, b) if sc.dayfirst else (b, a)
        if mon > 12 and d <= 12:
            d, mon = mon, d
        if y:
            _add_date(sc, m.start(), m.end(), y, mon, d)
    for rx, thai in ((_TH_DATE_RE, True), (_EN_DMY_RE, False), (_EN_MDY_RE, False)):
        for m in rx.finditer(t):
            y = _year(m["y"], m["era"] if thai else None, thai) if m["y"] else None
            if m["y"] and y is None:
                continue
            mon = th.month_number(m["mon"]) if thai else en.MONTH_NUMBER[
                m["mon"].lower().rstrip(".")]
            d2 = int(m["d2"]) if m["d2"] else None
            _add_date(sc, m.start(), m.end(), y, mon, int(m["d1"]), d2)
    for rx, thai in ((_TH_MY_RE, True), (_EN_MY_RE, False)):
        for m in rx.finditer(t):
            y = _year(m["y"], m["era"] if thai else None, thai)
            if y and (thai or len(m["y"]) == 4):
                mon = th.month_number(m["mon"]) if thai else en.MONTH_NUMBER[
                    m["mon"].lower().rstrip(".")]
                _add_date(sc, m.start(), m.end(), y, mon, None)
    for m in _MONTH_YEAR_NUM_RE.finditer(t):
        y = _year(m["y"], None, False)
        if y and 1 <= int(m["m"]) <= 12 and (1900 <= y[0] <= 2100):
            _add_date(sc, m.start(), m.end(), y, int(m["m"]), None)
    _join_date_ranges(sc)


def _join_date_ranges(sc: _Scan) -> None:
    """"5 กุมภาพันธ์ – 31 มีนาคม 2561": a day-month without year, a dash and a full
    date become one date range in the year of the second."""
    dates = sorted(m for m in sc.out if m.kind == "date")
    for a, b in zip(dates, dates[1:]):
        if a.key and b.key and a.key.startswith("date:--") and "/" not in a.key \
                and len(a.key) == 12 and len(b.key) == 15 \
                and _DASH_RE.fullmatch(sc.t, a.end, b.start) and b.calendar:
            year = b.key[5:9]
            first = f"{year}-{a.key[7:]}"
            if first >= b.key[5:]:
                continue
            sc.out.remove(a)
            sc.out.remove(b)
            sc.add(a.start, b.end, "date", value=float(first.replace("-", "")),
                   value_max=b.value, calendar=b.calendar, key=f"date:{first}/{b.key[5:]}")


# ---------------------------------------------------------------- times
def _hours(h: int, ap: str | None) -> int:
    if ap is None:
        return h
    return h % 12 + (12 if ap.lower() == "p" else 0)


def _times(sc: _Scan) -> None:
    t = sc.t
    for m in _TIME_RE.finditer(t):
        s, e = m.span()
        if not sc.free(s, e):
            continue
        if m["sep"] == "." and not m["suf"] and not th.TIME_BEFORE_RE.search(
                t, max(0, s - 8), s):
            continue
        ap = m["ap"]
        h, mi = int(m["h"]), int(m["m"])
        if ap and not 1 <= h <= 12:
            continue
        h = _hours(h, ap)
        if h == 24 and mi:
            continue
        key, value, value_max = f"{h:02d}:{mi:02d}", h + mi / 60, None
        if m["h2"]:
            h2, m2 = _hours(int(m["h2"]), ap), int(m["m2"])
            key += f"-{h2:02d}:{m2:02d}"
            value_max = h2 + m2 / 60
        sc.add(s, e, "time", value=value, value_max=value_max, key="time:" + key)
    for m in _AMPM_RE.finditer(t):
        h = int(m["h"])
        if sc.free(m.start(), m.end()) and 1 <= h <= 12:
            h = _hours(h, m["ap"])
            sc.add(m.start(), m.end(), "time", value=float(h), key=f"time:{h:02d}:00")


# ------------------------------------------------------------ quantities
def _glued_ok(t: str, e: int, currency_before: bool) -> bool:
    """Letters right after digits: a unit, magnitude, percent or currency is fine."""
    return bool(_MAG_RE.match(t, e) or _CUR_AFTER_RE.match(t, e) or _PCT_AFTER_RE.match(t, e)
                or en.GLUED_UNITS_RE.match(t, e)
                or (currency_before and _MAG_SHORT_RE.match(t, e)))


def _digits(sc: _Scan, s: int, e: int) -> None:
    t = sc.t
    if s > 0 and (_LATIN_RE.match(t, s - 1) or (t[s - 1] in "-_" and s > 1 and
                                                _LATIN_RE.match(t, s - 2))):
        sc.claim(s, e)  # A320, COVID-19, H5N1: part of a name
        return
    raw = t[s:e]
    value = _decimal(raw)
    plain_int = raw.isdigit()
    if e < len(t) and _LATIN_RE.match(t, e):
        suffix = en.ORDINAL_SUFFIX_RE.match(t, e)
        if suffix and value is not None and value == value.to_integral_value():
            n = int(value)
            if not _too_big(value):
                sc.add(s, suffix.end(), "ordinal", value=float(n), key=f"ordinal:{n}")
            return
        if not _glued_ok(t, e, bool(_CUR_BEFORE_RE.search(t, max(0, s - 6), s))):
            sc.claim(s, e)
            return
    if value is None or _too_big(value):
        sc.add(s, e, "cardinal")
        return
    fraction = _FRACTION_RE.match(t, e) if plain_int else None
    if fraction and sc.free(*fraction.span()):
        a, b = int(raw), int(fraction["b"])
        if len(fraction["b"]) <= MAX_DIGITS:
            sc.add(s, fraction.end(), "fraction", value=a / b if b else None,
                   key=f"fraction:{a}/{b}")
            return
    _quantity(sc, s, e, value, raw)


def _magnitude(t: str, pos: int) -> tuple[int, int]:
    m = _MAG_RE.match(t, pos)
    if m is None:
        return 0, pos
    word = m["w"].lower() if m["w"] else m["t"]
    return _MAG[word], m.end()


def _is_counted(t: str, e: int) -> bool:
    """A counted noun follows (``2000 people``, ``2567 คน``): the number is no year."""
    if th.CLASSIFIER_RE.match(t, e):
        return True
    m = _EN_WORD_AFTER_RE.match(t, e)
    if m is None:
        return False
    w = m["w"]
    return w[0].islower() and w not in en.FUNCTION_WORDS and w not in en.YEAR_NOUNS


def _year_of(sc: _Scan, s: int, e: int, raw: str, after: int) -> tuple[int, str] | None:
    """(CE year, calendar) when the plain integer ``raw`` at s:e is a year."""
    t = sc.t
    th_marker = th.YEAR_BEFORE_RE.search(t, max(0, s - 16), s)
    en_marker = en.YEAR_BEFORE_RE.search(t, max(0, s - 16), s)
    counted = _is_counted(t, after)
    n = int(raw)
    if len(raw) == 2 and th_marker and not counted:
        ce = th.CE_BEFORE_RE.search(t, max(0, s - 16), s)
        return (2000 + n, "CE") if ce else (n + 2500 - 543, "BE")
    if len(raw) != 4 or (counted and not (th_marker or en_marker)):
        return None
    if 2400 <= n <= 2700 and not th.CE_BEFORE_RE.search(t, max(0, s - 16), s):
        if th_marker or en_marker or sc.thai_context(s):
            return n - 543, "BE"
        return None
    if 1900 <= n <= 2100 or (1000 <= n < 1900 and (th_marker or en_marker)):
        return n, "CE"
    return None


def _quantity(sc: _Scan, s: int, e: int, value: Decimal, raw: str | None) -> None:
    """Extend a number at s:e (digits, or words when ``raw`` is None) into a mention:
    magnitude, range, currency, percent; then decide its kind and key."""
    t = sc.t
    start = s
    mag, pos = _magnitude(t, e)
    cur = None
    before = _CUR_BEFORE_RE.search(t, max(0, s - 6), s)
    if before and sc.free(before.start(), before.end()):  # "5 USD 10": USD is taken
        cur, start = _CUR_BEFORE[before.group().strip()], before.start()
        if not mag and (short := _MAG_SHORT_RE.match(t, e)):
            mag, pos = en.SHORT_MAGNITUDES[short["w"].lower()], short.end()
    lo, hi, raw2 = value * Decimal(10) ** mag, None, None
    sep = _RANGE_SEP_RE.match(t, pos)
    if sep and (sep.group().strip() != "and" or _BETWEEN_RE.search(t, max(0, s - 9), s)):
        m2 = _CORE_RE.match(t, sep.end())
        if m2 and sc.free(*m2.span()) and not _LATIN_RE.match(t, m2.end()) \
                and not t.startswith("/", m2.end()) and (v2 := _decimal(m2.group())) is not None \
                and not _too_big(v2):
            mag2, pos2 = _magnitude(t, m2.end())
            if mag2 and not mag:
                lo = value * Decimal(10) ** mag2
            hi = v2 * Decimal(10) ** (mag2 or mag)
            raw2 = m2.group()
            if raw and len(raw) == 4 and raw.isdigit() and len(raw2) == 2 and not mag \
                    and not mag2 and hi < lo:
                hi = lo - lo % 100 + hi  # 2020-25
            if hi < lo:
                hi = raw2 = None
            else:
                pos = pos2
    after = pos
    pct = _PCT_AFTER_RE.match(t, after)
    pct_before = th.PERCENT_BEFORE_RE.search(t, max(0, start - 10), start)
    if pct:
        after = pct.end()
    elif pct_before:
        start = pct_before.start()
    elif cur is None and (cm := _CUR_AFTER_RE.match(t, after)):
        if cm["lb"]:
            lo, hi = lo * 10 ** 6, hi * 10 ** 6 if hi is not None else None
        cur = "THB" if cm["lb"] else _CUR_AFTER[(cm["w"] or cm["t"])]
        after = cm.end()
    if _too_big(lo) or (hi is not None and _too_big(hi)):
        sc.add(s, after, "cardinal")
        return
    span = format_number(lo) + ("" if hi is None else "-" + format_number(hi))
    fields: dict[str, Any] = {"value": float(lo),
                              "value_max": None if hi is None else float(hi)}
    if pct or pct_before:
        kind, fields["unit"], fields["key"] = "percent", "%", f"percent:{span}"
    elif cur:
        kind, fields["unit"], fields["key"] = "money", cur, f"money:{span}:{cur}"
    elif not mag and raw is not None and raw.isdigit() and (special := _plain_int(
            sc, s, e, raw, raw2, after)) is not None:
        kind, start, after, fields = special
    elif hi is not None:
        kind, fields["key"] = "range", f"range:{span}"
    else:
        kind, fields["key"] = "cardinal", f"cardinal:{span}"
    if kind in ("cardinal", "money", "percent", "range"):
        fields["qualifier"] = _qualifier(t, start, after)
    sc.add(start, after, kind, **fields)


def _plain_int(sc: _Scan, s: int, e: int, raw: str, raw2: str | None, after: int
               ) -> tuple[str, int, int, dict[str, Any]] | None:
    """Year, year range or Thai ordinal for a plain integer, else None."""
    t = sc.t
    y1 = _year_of(sc, s, e, raw, after)
    if raw2 is not None:
        if y1 is None or len(raw) != 4:
            return None
        full2 = raw2 if len(raw2) == 4 else raw[:2] + raw2
        n1, n2 = int(raw), int(full2)
        cal2 = "BE" if 2400 <= n2 <= 2700 else "CE"
        if cal2 != y1[1] or not 0 < n2 - n1 <= 100:
            return None
        y2 = n2 - (543 if cal2 == "BE" else 0)
        return "year_range", s, after, {
            "value": float(y1[0]), "value_max": float(y2), "calendar": y1[1],
            "key": f"year_range:{y1[0]}-{y2}"}
    n = int(raw)
    ordinal = th.ORDINAL_BEFORE_RE.search(t, max(0, s - 14), s)
    if ordinal and not _is_counted(t, after):
        return "ordinal", ordinal.start(), e, {"value": float(n), "key": f"ordinal:{n}"}
    anniversary = th.ANNIVERSARY_BEFORE_RE.search(t, max(0, s - 10), s)
    if anniversary and (year_word := th.ANNIVERSARY_AFTER_RE.match(t, e)):
        return "ordinal", anniversary.start(), year_word.end(), {
            "value": float(n), "key": f"ordinal:{n}"}
    if y1 is not None:
        return "year", s, e, {"value": float(y1[0]), "calendar": y1[1],
                              "key": f"year:{y1[0]}"}
    return None


def _qualifier(t: str, start: int, end: int) -> str | None:
    m = _QUAL_BEFORE_RE.search(t, max(0, start - 24), start)
    if m:
        return _QUAL_BEFORE.get(" ".join(m.group().split()).lower())
    m = _QUAL_AFTER_RE.match(t, end)
    if m:
        return _QUAL_AFTER.get(" ".join(m.group().split()).lower())
    return None


# ------------------------------------------------------------------- words
def _english_words(sc: _Scan) -> None:
    t = sc.t
    for m in en.ORDINAL_WORDS_RE.finditer(t):
        s, e = m.span()
        if not sc.free(s, e):
            continue
        word = m.group().lower()
        if word == "second" and not en.SECOND_BEFORE_RE.search(t, max(0, s - 8), s):
            continue
        if word == "first" and (en.ORDINAL_SKIP_BEFORE_RE.search(t, max(0, s - 4), s)
                                or en.ORDINAL_SKIP_AFTER_RE.match(t, e)):
            continue
        n = en.ordinal_value(m)
        sc.add(s, e, "ordinal", value=float(n), key=f"ordinal:{n}")
    for m in en.WORDS_RE.finditer(t):
        s = m.start()
        value, length = en.parse_words(m.group())
        if value is None or not sc.free(s, s + length):
            continue
        e = s + length
        if t[s:e].lower() == "one" and (
                en.ONE_SKIP_BEFORE_RE.search(t, max(0, s - 8), s)
                or en.ONE_SKIP_AFTER_RE.match(t[e:e + 12])):
            continue
        _quantity(sc, s, e, value, None)


def _thai_words(sc: _Scan) -> None:
    t = sc.t
    for m in th.WORDS_RE.finditer(t):
        s, e = m.span()
        run = m.group()
        if not sc.free(s, e) or run == "ร้อยเอ็ด" or (s and t[s - 1] in th.LEADING_VOWELS) \
                or th.SKIP_BEFORE_RE.search(t, max(0, s - 6), s):
            continue
        thai_after = e < len(t) and _THAI_LETTER_RE.match(t, e)
        classifier = bool(th.CLASSIFIER_RE.match(t, e) or _CUR_AFTER_RE.match(t, e)
                          or _PCT_AFTER_RE.match(t, e))
        ordinal = th.ORDINAL_BEFORE_RE.search(t, max(0, s - 14), s)
        if th.is_single_morpheme(run):
            if not (classifier or ordinal or (not thai_after and run in th.DIGIT_WORDS
                                              and run != "หนึ่ง")):
                continue
        elif thai_after and not (classifier or th.FOLLOWERS_RE.match(t, e)):
            continue
        value = th.parse_words(run)
        if value is None:
            continue
        if ordinal and not classifier:
            n = int(value)
            sc.add(ordinal.start(), e, "ordinal", value=float(n), key=f"ordinal:{n}")
            continue
        _quantity(sc, s, e, value, None)
    for m in th.FIRST_RE.finditer(t):
        s, e = m.span("first")
        if sc.free(s, e):
            sc.add(s, e, "ordinal", value=1.0, key="ordinal:1")


# ------------------------------------------------------------------- table
def numbers_table(obj: str | Document | Any, *, lang: str | None = None,
                  include_boilerplate: bool = False,
                  dayfirst: bool = DEFAULT_DAYFIRST) -> pd.DataFrame:
    """One row per number mention (the ``numbers`` table of ``tables.py``).

    ``obj`` is a text, a :class:`~massmob_nlp.types.Document`, an
    :class:`~massmob_nlp.analysis.Analysis` or a list of them (tables concatenated).
    Offsets refer to the document text. ``para_id`` comes from the paragraphs table;
    ``sent_id`` only from an Analysis (for a text or Document the expensive
    :func:`~massmob_nlp.analyze` is not run and ``sent_id`` is NA). The language of
    each paragraph is detected unless ``lang`` forces it. Boilerplate paragraphs
    ("Comment (0)", "Source: …") are skipped unless ``include_boilerplate=True``.
    ``dayfirst=False`` reads ``12/03/2018`` as month/day/year.
    """
    if lang is not None and not (isinstance(lang, str) and len(lang) in (2, 3)):
        raise ValueError(Errors.E011.format(lang=lang))
    items = list(obj) if isinstance(obj, (list, tuple)) else [obj]
    rows: list[dict[str, Any]] = []
    for item in items:
        rows.extend(_rows(item, lang, include_boilerplate, dayfirst))
    return tables.make_frame("numbers", rows)


def _rows(obj: Any, lang: str | None, include_boilerplate: bool, dayfirst: bool
          ) -> list[dict[str, Any]]:
    from .analysis import Analysis
    from .corpus import document_from_text, paragraphs_table

    sents = None
    if isinstance(obj, Analysis):
        doc, paras, sents = obj.document, obj.paragraphs, obj.sentences
    elif isinstance(obj, (str, Document)):
        doc = document_from_text(obj) if isinstance(obj, str) else obj
        paras = paragraphs_table(doc)
    else:
        raise TypeError(Errors.E010.format(type=type(obj).__name__))
    starts = sents["start_char"].tolist() if sents is not None else []
    sent_ids = sents["sent_id"].tolist() if sents is not None else []
    rows = []
    for para_id, p_start, p_text, p_lang, boiler in paras[
            ["para_id", "start_char", "text", "lang", "is_boilerplate"]].itertuples(
            index=False):
        if boiler and not include_boilerplate:
            continue
        p_lang = lang or str(p_lang)
        for m in find_numbers(p_text, p_lang, dayfirst=dayfirst):
            start = p_start + m.start
            i = bisect.bisect_right(starts, start) - 1
            rows.append({"doc_id": doc.doc_id, "lang": p_lang, "para_id": para_id,
                         "sent_id": sent_ids[i] if i >= 0 else None,
                         "start_char": start, "end_char": p_start + m.end,
                         "text": m.text, "value": m.value, "value_max": m.value_max,
                         "kind": m.kind, "unit": m.unit, "qualifier": m.qualifier,
                         "calendar": m.calendar, "key": m.key})
    return rows
