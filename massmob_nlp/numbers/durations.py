"""Durations for the number scanner (see :mod:`massmob_nlp.numbers`): a count of a unit
of time, in English or Thai, with a key that is equal for the same length of time
whatever the units it is written in.

``18 months`` and ``1 ปี 6 เดือน`` are one length of time; so are ``90 minutes``,
``an hour and a half`` and ``1 ชั่วโมงครึ่ง``, or ``two weeks`` and ``14 วัน``. A
duration's ``value`` is the number in its first (largest) unit as written (``1 ปี 6
เดือน`` is 1.5, unit ``year``); its key writes the length of time in the largest unit
that counts it exactly: weeks, days, hours, minutes or seconds for lengths up to
weeks (``72 hours`` and ``3 วัน`` are ``duration:3:day``, ``90 minutes``
``duration:90:minute``), years or months for months, years, decades and centuries
(``duration:18:month``, ``a decade`` ``duration:10:year``). Days and months never
join (a month is no fixed number of days).

Pure functions over the scan text; no import from the other pattern modules.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import NamedTuple

from . import en, th
from .around import qualifier
from .base import Scan, alt, format_number

BASE = {"second": ("second", 1), "minute": ("second", 60), "hour": ("second", 3600),
        "day": ("second", 86400), "week": ("second", 604800),
        "fortnight": ("second", 1209600), "month": ("month", 1), "year": ("month", 12),
        "decade": ("month", 120), "century": ("month", 1200)}
"""Each unit of time: the unit its family is counted in and how many of it one makes
(a day is 24 hours; a month is no fixed number of days, so months and years are a
family of their own)."""
KEY_UNITS = {"second": (("week", 604800), ("day", 86400), ("hour", 3600), ("minute", 60),
                        ("second", 1)),
             "month": (("year", 12), ("month", 1))}
"""The units a key is written in: the largest that counts the length of time exactly."""
EN_UNITS = {"seconds": "second", "second": "second", "secs": "second", "sec": "second",
            "minutes": "minute", "minute": "minute", "mins": "minute", "min": "minute",
            "hours": "hour", "hour": "hour", "hrs": "hour", "hr": "hour",
            "days": "day", "day": "day", "weeks": "week", "week": "week",
            "fortnights": "fortnight", "fortnight": "fortnight", "months": "month",
            "month": "month", "years": "year", "year": "year", "yrs": "year", "yr": "year",
            "decades": "decade", "decade": "decade", "centuries": "century",
            "century": "century", "h": "hour", "s": "second"}
TH_UNITS = {"วินาที": "second", "นาที": "minute", "ชั่วโมง": "hour", "ชม.": "hour",
            "วัน": "day", "สัปดาห์": "week", "อาทิตย์": "week", "เดือน": "month",
            "ปี": "year", "ขวบ": "year", "ทศวรรษ": "decade", "ศตวรรษ": "century"}
"""Thai units of time after a number (ขวบ: a child's years of age)."""
GLUED_RE = re.compile(r"(?P<g>hrs?|mins?|secs?|h|(?<=\.[0-9])s|(?<=\.[0-9]{2})s|(?<=\.[0-9]{3})s)"
                      r"(?![A-Za-z0-9])")
"""Units of time glued to digits (``1hr``, ``45mins``, ``24h``; a bare ``s`` after decimals,
a gap of ``6.7s`` or a lap of ``1.25s``: no decade or plural)."""
# "three working days", "five consecutive years", "two full weeks", "68 healthy years",
# "two more weeks", "five long years", "5,202 flying hours", "40 man-hours", "10 sick
# days": one modifier between the number and its unit (not "light years", a distance)
_EN_UNIT_RE = re.compile(r"(?:\s+(?i:working|business|consecutive|straight|full|whole|successive"
                         r"|calendar|trading|school|more|extra|further|long|short|hard|good|bad"
                         r"|tough|great|happy|lost|wasted|sick|rest|leave|jail|prison|sea|flight"
                         r"|combat|service|overtime|peak|office|man|(?!during\b|opening\b)[a-z]{3,}ing"
                         r"|(?!light\b)[a-z]{3,}(?:[^e]y|ful|ive|al|less|ous)))?"
                         rf"(?:\s+|-)(?P<u>(?i:{alt(EN_UNITS)}))(?![A-Za-z])"
                         rf"|(?<=[0-9]){GLUED_RE.pattern}")
# วันจันทร์ "Monday", ปีใหม่ "New Year", วันเกิด "birthday": not a count of days or years;
# ปีแสง "light year" is a distance.
_TH_UNIT_RE = re.compile(rf"\s*(?P<u>{alt(TH_UNITS)})(?!จันทร์|อังคาร|พุธ|พฤหัส|ศุกร์|เสาร์"
                         r"|อาทิตย์|ใหม่|เกิด|หยุด|ชาติ|แม่|พ่อ|ครู|เด็ก|สำคัญ|ศาจ|ละ|แสง)")
_SCORE_CENTURY_AFTER_RE = re.compile(
    r"(?i)[\s-]+(?:breaks?|stands?|partnerships?|knocks?|makers?|hundreds?)\b")
"""A century before a noun of snooker or cricket: a score of 100, no hundred years."""
_EN_HALF_RE = re.compile(r"(?i)(?:\s+and\s+a\s+|-and-a-)half\b")
_EN_NEXT_RE = re.compile(r"(?i)(?:\s*,\s*|\s+and\s+|\s*(?-i:และ|กับ)(?-i:อีก)?\s*|\s+)"
                         r"(?=[0-9a-z\u0e01-\u0e4e])")
_DIGITS_RE = re.compile(r"[0-9]+(?:\.[0-9]+)?(?![0-9]|[.,][0-9])")


class Duration(NamedTuple):
    """A duration found after a number: where it ends, its value in its first unit,
    that unit and its key."""

    end: int
    value: Decimal
    unit: str
    key: str


def unit_after(t: str, e: int) -> tuple[str, int] | None:
    """(unit, end) of an English or Thai unit of time right after ``e``, else None."""
    m = _EN_UNIT_RE.match(t, e) or _TH_UNIT_RE.match(t, e)
    if m is None:
        return None
    word = m["u"] or m["g"]
    if word in TH_UNITS:
        return TH_UNITS[word], m.end()
    if not word.islower() and len(word) < 4:  # "Sec." "Min.": titles, not units
        return None
    if word.lower() == "second" and (t.startswith("-", m.end())
                                     or RANKED_NOUN_AFTER_RE.match(t, m.end())):
        return None  # "2 second-half goals", "the five second prizes": the ordinal
    if word.lower() == "century" and _SCORE_CENTURY_AFTER_RE.match(t, m.end()):
        return None  # "1,043 century breaks", "a century stand": 100 points or runs
    return EN_UNITS[word.lower()], m.end()


RANKED_NOUN_AFTER_RE = re.compile(
    r"(?i)\s+(?:prizes|places|homes|terms|languages|passports|tiers|rounds|legs|spots"
    r"|positions|wives|husbands|marriages|chances|opinions|helpings|sons|daughters|cousins"
    r"|editions|installments|instalments|phases|waves|stages)\b")
"""``the five second prizes``, ``two second homes``: a count of things that take a rank
(plural nouns), not a number of seconds (``a five second delay``, ``ten second clips``)."""


def duration_key(amount: Decimal, unit: str) -> str:
    """The key of ``amount`` ``unit``: ``duration:<n>:<u>`` in the largest unit ``u``
    that counts it exactly (``36 hours`` and ``1.5 days``: ``duration:36:hour``)."""
    base, factor = BASE[unit]
    return _key(amount * factor, base)


def _key(total: Decimal, base: str) -> str:
    for name, size in KEY_UNITS[base]:
        n = total / size
        if n == n.to_integral_value():
            return f"duration:{format_number(n)}:{name}"
    return f"duration:{format_number(total)}:{base}"


def find_duration(t: str, e: int, value: Decimal) -> Duration | None:
    """The duration that the number ``value`` ending at ``e`` starts: a unit of time
    after it, a half (``2 ปีครึ่ง``, ``two years and a half``) and smaller units of the
    same family (``1 ปี 6 เดือน``, ``two hours and 20 minutes``)."""
    found = unit_after(t, e)
    if found is None:
        return None
    unit, end = found
    base, factor = BASE[unit]
    total = value * factor
    half = _EN_HALF_RE.match(t, end) or th.HALF_AFTER_RE.match(t, end)
    if half is not None:
        return Duration(half.end(), value + Decimal("0.5"), unit,
                        duration_key(value + Decimal("0.5"), unit))
    total, end = _parts(t, end, base, total, factor)
    key = _key(total, base)
    if base == "month":  # "4 ปี 2 เดือน 15 วัน": a jail term, an age
        days, days_end = _parts(t, end, "second", Decimal(0), _UNDER_A_MONTH)
        if days:
            key, end = f"{key}+{_key(days, 'second').removeprefix('duration:')}", days_end
    return Duration(end, total / factor, unit, key)


_UNDER_A_MONTH = 31 * 86400
"""Days or weeks after a count of months or years join it only when fewer than a
month (``2 months and 15 days``; not ``a year, 45 days``)."""


def _parts(t: str, end: int, base: str, total: Decimal, last: int
           ) -> tuple[Decimal, int]:
    """(total, end) after adding the smaller parts of family ``base`` that follow
    ``end``, each smaller than ``last`` and than the part before it."""
    while (more := _smaller_part(t, end, base, last)) is not None:
        amount, part_factor, end = more
        total += amount * part_factor
        last = part_factor
    return total, end


def _smaller_part(t: str, e: int, base: str, last: int
                  ) -> tuple[Decimal, int, int] | None:
    """(amount, factor, end) of a further number and a smaller unit of the same family
    after ``e`` (``6 เดือน`` after ``1 ปี``), else None."""
    sep = _EN_NEXT_RE.match(t, e)
    pos = sep.end() if sep else e
    while pos < len(t) and t[pos] == " ":
        pos += 1
    number = _number_at(t, pos)
    if number is None:
        return None
    amount, n_end = number
    found = unit_after(t, n_end)
    if found is None:
        return None
    unit, end = found
    part_base, factor = BASE[unit]
    if part_base != base or factor >= last or amount * factor >= last:
        return None  # "a fortnight, 17 days" is a list, not one length of time
    return amount, factor, end


def _number_at(t: str, pos: int) -> tuple[Decimal, int] | None:
    """A number in digits, English words or Thai words starting at ``pos``."""
    if m := _DIGITS_RE.match(t, pos):
        return Decimal(m.group()), m.end()
    if m := en.WORDS_RE.match(t, pos):
        value, length = en.parse_words(m.group())
        return (value, pos + length) if value is not None else None
    if m := th.WORDS_RE.match(t, pos):
        thai = th.parse_words(m.group())
        return (thai, m.end()) if thai is not None else None
    return None


_EN_A_UNIT_RE = re.compile(
    r"(?i)\ban?\s+(?P<u>second|minute|hour|day|week|fortnight|month|year|decade|century)\b")
_HALF_A_UNIT_RE = re.compile(
    r"(?i)\bhalf\s+an?\s+(?P<u>second|minute|hour|day|week|month|year|decade|century)\b"
    r"(?![-–])|(?-i:ครึ่ง)(?P<t>วินาที|นาที|ชั่วโมง|วัน|ศตวรรษ|ทศวรรษ|ปี)(?!แรก|หลัง|ของ|นี้|ที่|ก่อน|ละ)")


_HALF_YEAR_RE = re.compile(r"(?i)(?<![-\w])(?<!and\sa\s)half[-\s]year\b"
                           r"(?![-–]?(?:ly|s|\s*old|\s*long))")
"""``half-year results``, ``a record half-year profit``: the six months a company reports
on (Thai ``ครึ่งปี``, ``ครึ่งปีแรก``), a vague length of six months."""


_STOPWATCH_RE = re.compile(
    r"(?<![0-9.,:])(?:(?P<h>[0-9]{1,2})h\s?(?P<hm>[0-5]?[0-9])m"
    r"(?:\s?(?P<hs>[0-5]?[0-9](?:\.[0-9]{1,3})?)s)?"
    r"|(?P<m>[0-9]{1,3})m\s?(?P<s>[0-5]?[0-9](?:\.[0-9]{1,3})?)s)(?![A-Za-z0-9])")
"""Race and lap times with glued letters: ``39m 21.508s``, ``a 1m 30.112s lap``, ``2h
17m``: minutes before seconds or after hours (a lone ``39m`` is metres, ``30s`` a decade)."""


def find_stopwatch_times(sc: Scan) -> None:
    """Race and lap times written with glued letters (:data:`_STOPWATCH_RE`); called
    by ``en_news`` before decades take ``30s``."""
    for m in sc.finditer(_STOPWATCH_RE):
        if not sc.free(*m.span()):
            continue
        if m["h"]:
            total = Decimal(m["h"]) * 3600 + Decimal(m["hm"]) * 60 + Decimal(m["hs"] or 0)
            _add(sc, m.start(), m.end(), total / 3600, "hour", total)
        else:
            total = Decimal(m["m"]) * 60 + Decimal(m["s"])
            _add(sc, m.start(), m.end(), total / 60, "minute", total)


def find_unit_durations(sc: Scan) -> None:
    """Durations with no numeral: ``half an hour`` / ``ครึ่งชั่วโมง`` (1800 seconds),
    ``a year and a half``, ``an hour and 20 minutes``. A bare ``a year`` is no number;
    ``ครึ่งปีแรก`` is "the first half of the year", not six months."""
    t = sc.t
    for m in sc.finditer(_HALF_YEAR_RE):  # "record half-year profit": the six months
        if sc.free(*m.span()):
            sc.add(m.start(), m.end(), "duration", value=0.5, unit="year",
                   key="duration:6:month", vague=True)
    for m in sc.finditer(_HALF_A_UNIT_RE):
        unit = TH_UNITS[m["t"]] if m["t"] else EN_UNITS[m["u"].lower()]
        if sc.free(*m.span()):
            _add(sc, m.start(), m.end(), Decimal("0.5"), unit, BASE[unit][1] / Decimal(2))
    for m in sc.finditer(_EN_A_UNIT_RE):
        unit = EN_UNITS[m["u"].lower()]
        base, factor = BASE[unit]
        total, end = Decimal(factor), m.end()
        if half := _EN_HALF_RE.match(t, end):
            total, end = total + Decimal(factor) / 2, half.end()
        elif more := _smaller_part(t, end, base, factor):
            total, end = total + more[0] * more[1], more[2]
        else:
            continue
        if sc.free(m.start(), end):
            _add(sc, m.start(), end, total / factor, unit, total)


_HOUR_PART_RE = re.compile(
    r"(?i)\b(?:(?P<half>half[- ]hour)(?!s?[-–]?\s*(?:mark|point))"
    r"|(?:(?P<three>three)[- ])?(?:a\s+)?(?P<q>quarters?)(?:\s+of\s+an\s+|-)hour)\b"
    r"(?![-–])")
"""``half-hour`` / ``half hour`` (30 minutes), ``a quarter of an hour`` / ``quarter-hour``
(15), ``three quarters of an hour`` (45)."""


_PART_OF_RE = re.compile(r"(?i)\b(?:first|second|opening)\s+$")
"""``the first half-hour of play`` is a stretch of a match (Thai ``ครึ่งชั่วโมงแรก``, which
the reader leaves alone too), not a length to compare; ``the last half-hour``, ``the
final half-hour`` are read, as Thai ``ครึ่งชั่วโมงสุดท้าย`` is (30 minutes on both sides)."""


def find_hour_parts(sc: Scan) -> None:
    """Claim parts of an hour written with no numeral: ``a half-hour drive`` and ``a
    quarter of an hour`` are lengths of 30 and 15 minutes (``ครึ่งชั่วโมง``, ``15
    นาที``); run before fractions so ``a quarter`` is not read alone."""
    for m in sc.finditer(_HOUR_PART_RE):
        if not sc.free(*m.span()) or _PART_OF_RE.search(sc.t, max(0, m.start() - 12),
                                                        m.start()):
            continue
        if m["half"]:
            quarters = 2
        elif m["three"] and m["q"].lower() == "quarters":
            quarters = 3
        elif not m["three"] and m["q"].lower() == "quarter":
            quarters = 1
        else:
            continue
        _add(sc, m.start(), m.end(), Decimal(quarters) / 4, "hour", Decimal(900 * quarters))


def _add(sc: Scan, s: int, e: int, value: Decimal, unit: str, total: Decimal) -> None:
    sc.add(s, e, "duration", value=float(value), unit=unit,
           key=_key(total, BASE[unit][0]), qualifier=qualifier(sc.t, s, e))


_BARE_HALF_RE = re.compile(r"(?<![0-9])(?P<t>ปี|เดือน|วัน|ชั่วโมง|นาที|สัปดาห์)ครึ่ง(?!หนึ่ง)"
                           r"|(?P<a>(?i:\ba\s+fortnight\b))")


_GLUED_BEFORE = ("ตลอด", "กว่า", "นาน", "เกือบ")
"""Words the segmenter glues to ปี/เดือน/วัน (ตลอดปี "all year")."""


def find_bare_halves(sc: Scan) -> None:
    """``ปีครึ่ง`` ("a year and a half") with no number before it, and ``a fortnight``:
    durations without a numeral; run after the numbers so ``2 ปีครึ่ง`` stays whole."""
    for m in sc.finditer(_BARE_HALF_RE):
        if not sc.free(*m.span()):
            continue
        if m["a"]:
            _add(sc, m.start(), m.end(), Decimal(1), "fortnight", Decimal(1209600))
        elif sc.word_bounds_at(m.end("t"), m.end("t")) and (
                sc.word_bounds_at(m.start(), m.start())
                or sc.t.endswith(_GLUED_BEFORE, 0, m.start())):  # not ตะวันครึ่ง
            unit = TH_UNITS[m["t"]]
            _add(sc, m.start(), m.end(), Decimal("1.5"), unit, BASE[unit][1] * Decimal("1.5"))
    for m in sc.finditer(_BARE_HALF_COUNT_RE):  # เกมครึ่ง: "a game and a half"
        if sc.free(*m.span()) and sc.word_bounds_at(m.start(), m.start()) \
                and sc.word_bounds_at(m.end(), m.end()):
            sc.add(m.start(), m.end(), "cardinal", value=1.5, key="cardinal:1.5")


_BARE_HALF_COUNT_RE = re.compile(
    r"(?<![0-9])(?<![0-9]\s)(?:เกม|นัด|เซต|เซ็ต)ครึ่ง(?![ก-๛])")
"""``เกมครึ่ง``, ``นัดครึ่ง`` with no number before: one and a half games (not ``ในรอบ
ครึ่งศตวรรษ`` "in half a century": ครึ่ง must end the word)."""
