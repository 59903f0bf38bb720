"""Clock times in words for the number scanner (see :mod:`massmob_nlp.numbers`), English
and Thai, with the same ``time:HH:MM`` key as the digits of the other side.

English: ``nine o'clock``, ``twelve-thirty``, ``at ten thirty``, ``half past nine``,
``a quarter to five``, ``ten past nine``, ``twenty to six``, ``ten minutes past nine``
(a 12-hour clock unless a.m./p.m. follows; the comparison allows for it). Thai:
``บ่ายสองโมง`` 14:00, ``สามทุ่ม`` 21:00, ``เก้าโมงสิบนาที`` 09:10, ``สามทุ่มสิบห้านาที``
21:15, ``ตีห้าครึ่ง`` 05:30, ``21 นาฬิกา`` / ``เก้านาฬิกาสิบนาที`` (the 24-hour clock of
Thai officialese). Digits (``21:10``, ``9.10 น.``, ``9.10am``) are read in
:mod:`massmob_nlp.numbers.dates`.

PyThaiNLP's ``thaiword_to_time`` reads a whole string only (no search in running
text) and puts ``เก้าโมง`` at 21:00 (``benchmarks/numbers_clock_check.py``).
"""

from __future__ import annotations

import re

from . import en, en_forms, th
from .base import Scan, alt

_EN_HOUR = alt([*en.UNITS, "ten", "eleven", "twelve"][1:])
_EN_MINUTES = alt(["ten", "fifteen", "twenty", "twenty-five", "thirty", "thirty-five",
                   "forty", "forty-five", "fifty", "fifty-five"])
_EN_PAST_MINUTES = alt(["five", "ten", "twenty", "twenty-five", "twenty five"])
# "nine o'clock", "twelve-thirty", "at ten thirty".
_EN_CLOCK_RE = re.compile(
    rf"(?i)\b(?:(?P<h>{_EN_HOUR}|[0-9]{{1,2}})\s*o['’]clock"
    rf"|(?P<h2>{_EN_HOUR})-(?P<mi>{_EN_MINUTES})"
    rf"|(?<=\bat\s)(?P<h4>{_EN_HOUR})\s+(?P<mi2>{_EN_MINUTES}))\b"
    r"(?![-–]|\s*(?:%|per\s*cent|years?|[0-9]))"
    r"(?:\s*(?P<ap>[aApP])(?:\.[mM]\b\.?|[mM]\b))?")
# "half past nine", "a quarter to five", "ten past nine", "twenty to six", "ten minutes
# past nine": found from the direction word, then the minutes before it.
_EN_PAST_RE = re.compile(
    rf"(?i)\b(?P<dir>past|after|to)\s+(?P<h3>{_EN_HOUR}|[0-9]{{1,2}})\b"
    r"(?![-–]|\s*(?:%|per\s*cent|years?|[0-9]))"
    r"(?:\s*(?P<ap>[aApP])(?:\.[mM]\b\.?|[mM]\b))?")
_EN_MINUTES_BEFORE_RE = re.compile(
    rf"(?i)\b(?:(?P<frac>half|(?:a\s+)?quarter)"
    rf"|(?P<mi3>{_EN_PAST_MINUTES})(?P<word>\s+minutes)?"
    rf"|(?P<mi4>[0-9]{{1,2}}|{alt([*en.UNITS, *en.TEENS, *en.TENS])}(?:[\s-]\w+)?)"
    r"(?P<word2>\s+minutes))\s+$")
_EN_CLOCK_HINT_RE = re.compile(r"(?i)o['’]clock|\b(?:past|after|to)\s|\bat\s|[a-z]-[a-z]")
"""A word every English clock time in words holds (a quick test before the full one)."""
# "twenty to six" is a time only where a time is expected ("five to ten" is a range).
_EN_AT_RE = re.compile(r"(?i)\b(?:at|by|until|till|before|after|around|about|from|since|"
                       r"it\s+is|it\s+was|it's)\s+$")
_TH_HOUR = r"(?:[0-9]{1,2}|สิบสอง|สิบเอ็ด|สิบ|หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า)"
_TH_24 = r"(?:[0-9]{1,2}|ยี่สิบ(?:เอ็ด|สอง|สาม|สี่)?|สิบ(?:เอ็ด|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า)?" \
    r"|หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|ศูนย์)"
_TH_MIN = r"(?:[0-9]{1,2}|(?:ห้า|สิบ|ยี่|สาม|สี่|หนึ่ง|สอง|หก|เจ็ด|แปด|เก้า|เอ็ด)+)"
_TH_CLOCK_RE = re.compile(
    rf"(?:บ่าย\s*(?P<pm>{_TH_HOUR})?\s*โมง(?:เย็น)?"
    rf"|(?P<day>{_TH_HOUR})\s*โมง\s*(?P<part>เช้า|เย็น)?"
    rf"|(?P<eve>{_TH_HOUR})\s*ทุ่ม(?!เท)"
    rf"|ตี\s*(?P<late>{_TH_HOUR})(?!\s*(?:ครั้ง|ที|หน|[0-9]))(?P<dawn>)"
    rf"|(?P<h24>{_TH_24})\s*นาฬิกา"
    r"|(?P<noon>เที่ยง(?=\s*ครึ่ง))"  # not เที่ยงตรง "accurate"
    rf")(?:(?P<half>\s*ครึ่ง)|\s*(?P<mins>{_TH_MIN})\s*นาที)?(?:\s*ตรง)?")


_TH_CLOCK_HINT_RE = re.compile(r"โมง|ทุ่ม|ตี|นาฬิกา|เที่ยง")


_EN_DAY_PART_RE = re.compile(
    rf"(?i)\b(?:(?P<h>[0-9]{{1,2}})(?:[.:](?P<m>[0-5][0-9]))?|(?P<w>{_EN_HOUR}))"
    r"(?![0-9.:,])(?:\s+o['’]clock)?\s+(?:in\s+the\s+(?P<part>morning|afternoon|evening)"
    r"|(?P<night>at\s+night))\b(?![-–])")
"""``9.30 in the evening``, ``at 7 in the morning``, ``10 at night``: a clock hour with
its part of the day in words (the a.m./p.m. of speech)."""
_TO_RE = re.compile(r"(?i)\bto\s+$")
"""The second hour of ``from 10 at night to 5 in the morning``."""


def hours_of(h: int, ap: str | None) -> int:
    """24-hour clock hour of ``h`` with an optional ``a``/``p`` (a.m./p.m.)."""
    if ap is None:
        return h
    return h % 12 + (12 if ap.lower() == "p" else 0)


def _day_part_hour(h: int, part: str) -> int | None:
    """The 24-hour clock hour of ``h`` in the morning/afternoon/evening/night, or None
    when the hour is not in that part of the day (``3 in the evening``)."""
    if part == "morning":
        return h % 12 if 1 <= h <= 12 else None
    if part == "afternoon":
        return h if h == 12 else h + 12 if 1 <= h <= 6 else None
    if part == "evening":
        return h + 12 if 4 <= h <= 11 else None
    return h + 12 if 6 <= h <= 11 else 0 if h == 12 else h if 1 <= h <= 4 else None


def find_day_part_clock(sc: Scan) -> None:
    """Claim clock hours followed by their part of the day in words: ``9.30 in the
    evening`` 21:30, ``at 7 in the morning`` 07:00, ``10 at night`` 22:00, ``at seven
    in the evening`` 19:00. Unless written with a colon the hour needs a word of time
    before it (``at``, ``until``, ``it was``…): ``won 3 in the afternoon session`` is a
    count, ``rose 2.50 in the afternoon`` a price."""
    t = sc.t
    for m in sc.finditer(_EN_DAY_PART_RE):
        if not sc.free(*m.span()):
            continue
        if ":" not in m.group() and not _EN_AT_RE.search(t, max(0, m.start() - 10),
                                                          m.start()) \
                and not _TO_RE.search(t, max(0, m.start() - 4), m.start()):
            continue
        h = int(m["h"]) if m["h"] else _en_number(m["w"])
        part = (m["part"] or "night").lower()
        hour = _day_part_hour(h, part)
        if hour is None:
            continue
        mi = int(m["m"]) if m["m"] else 0
        sc.add(m.start(), m.end(), "time", value=hour + mi / 60,
               key=f"time:{hour:02d}:{mi:02d}")


def find_clock_words(sc: Scan) -> None:
    """Claim 24-hour clock times in four digits (``0700 GMT``), then clock times
    written in Thai words, then in English words."""
    _four_digit_clock(sc)
    _h_clock(sc)
    _thai_clock(sc)
    _english_clock(sc)


_H_CLOCK_RE = re.compile(r"(?<![0-9A-Za-z.,:/])(?P<h>[01]?[0-9]|2[0-3])h(?P<m>[0-5][0-9])"
                         r"(?![0-9A-Za-z]|[.,:][0-9])")
_H_CLOCK_PAIR_RE = re.compile(r"\s*(?:to|until|till|and|[-–])\s*")  # 8h00 to 11h30


def _h_clock(sc: Scan) -> None:
    """``14h30``, ``7h05``: the 24-hour clock of Vietnamese and French writing
    (``time:14:30``, Thai ``14.30 น.``), after ``at``/``from``/``by``… or from 13h00 on;
    ``in 2h05`` (a race time) and ``7h`` (no minutes) stay lengths of time."""
    t = sc.t
    last = -1
    for m in sc.finditer(_H_CLOCK_RE):
        pair = last >= 0 and _H_CLOCK_PAIR_RE.fullmatch(t, last, m.start())
        if sc.free(*m.span()) and (_EN_AT_RE.search(t, max(0, m.start() - 10), m.start())
                                   or int(m["h"]) >= 13 or pair):
            last = m.end()
            h, mi = int(m["h"]), int(m["m"])
            sc.add(m.start(), m.end(), "time", value=h + mi / 60, key=f"time:{h:02d}:{mi:02d}")


def _four_digit_clock(sc: Scan) -> None:
    """``0700 GMT``, ``at 1430 local time``, ``2300 hours``, ``0600-0800 BST``: the
    24-hour clock of news agencies. Four digits are a time only before a time zone,
    ``local``/``<Place> time`` or ``hours`` (``2300 hours`` after ``at``/``by``… or with
    a leading 0), or with a leading 0 after ``at``/``by``…; a bare ``1700`` stays a year
    or a count. The span stops before the zone (the comparison reads it there)."""
    t = sc.t
    for m in sc.finditer(en_forms.FOUR_DIGIT_CLOCK_RE):
        if not sc.free(*m.span()):
            continue
        zone = en_forms.CLOCK_ZONE_RE.match(t, m.end())
        before = _EN_AT_RE.search(t, max(0, m.start() - 10), m.start())
        hours = en_forms.CLOCK_HOURS_RE.match(t, m.end())
        lead = m["h"].startswith("0")
        pair = en_forms.CLOCK_TO_RE.match(t, m.end())  # "from 2200 to 0600 GMT"
        zone_later = pair is not None and en_forms.CLOCK_ZONE_RE.match(t, pair.end())
        if not (zone or zone_later or (hours and (before or lead)) or (lead and before)):
            continue
        h, mi = int(m["h"]), int(m["m"])
        fields: dict[str, float] = {"value": h + mi / 60}
        key = f"time:{h:02d}:{mi:02d}"
        if m["h2"] is not None:
            h2, m2 = int(m["h2"]), int(m["m2"])
            fields["value_max"] = h2 + m2 / 60
            key += f"-{h2:02d}:{m2:02d}"
        end = hours.end() if hours and not zone else m.end()
        sc.add(m.start(), end, "time", key=key, **fields)


def _en_number(word: str) -> int:
    w = word.strip()
    return int(w) if w.isdigit() else int(en.parse_words(w.replace(" ", "-"))[0] or 0)


def _english_clock(sc: Scan) -> None:
    """English clock times in words: ``nine o'clock`` 09:00, ``twelve-thirty`` 12:30,
    ``half past nine`` 09:30, ``a quarter to five`` 04:45, ``twenty to six`` 05:40
    (12-hour unless a.m./p.m.)."""
    t = sc.t
    if not _EN_CLOCK_HINT_RE.search(t):
        return
    for m in sc.finditer(_EN_CLOCK_RE):
        if sc.free(*m.span()):
            h = _en_number(m["h"] or m["h2"] or m["h4"])
            mi = _en_number(m["mi"] or m["mi2"]) if m["mi"] or m["mi2"] else 0
            _add_clock(sc, m.start(), m.end(), h, mi, m["ap"], past=False)
    for d in sc.finditer(_EN_PAST_RE):
        b = _EN_MINUTES_BEFORE_RE.search(t, max(0, d.start() - 30), d.start())
        if b is None or not sc.free(b.start(), d.end()):
            continue
        h = _en_number(d["h3"])
        mi = 30 if (b["frac"] or "").lower() == "half" else 15 if b["frac"] else \
            _en_number(b["mi3"] or b["mi4"])
        if d["dir"].lower() == "to":
            at = _EN_AT_RE.search(t, max(0, b.start() - 10), b.start())
            if not (b["frac"] or b["word"] or b["word2"] or d["ap"]
                    or (at and not at.group().lower().startswith("from"))):
                continue  # "five to ten people", "cut from five to one": a range, a change
            h, mi = h - 1, 60 - mi
        _add_clock(sc, b.start(), d.end(), h, mi, d["ap"], past=True)


def _add_clock(sc: Scan, s: int, e: int, h: int, mi: int, ap: str | None, *,
               past: bool) -> None:
    """Add the time ``h``:``mi`` (12-hour unless ``ap``) if it is a time of day."""
    if (not 1 <= h <= 12 and not (h == 0 and past)) or not 0 <= mi < 60:
        return
    h = hours_of(h, ap) if h else (12 if ap is None else hours_of(12, ap))
    sc.add(s, e, "time", value=h + mi / 60, key=f"time:{h:02d}:{mi:02d}")


def _thai_number(word: str) -> int:
    if word.isdigit():
        return int(word)
    return 0 if word == "ศูนย์" else int(th.parse_words(word) or -1)


def _thai_hour(m: re.Match[str]) -> int | None:
    """The 24-hour clock hour of a :data:`_TH_CLOCK_RE` match, or None."""
    if m.group(0).startswith("บ่าย"):
        return 12 + (_thai_number(m["pm"]) if m["pm"] else 1)
    if m["noon"] is not None:
        return 12
    if m["h24"] is not None:
        h = _thai_number(m["h24"])
        return h if 0 <= h <= 24 else None
    if m["day"] is not None:
        n = _thai_number(m["day"])
        # "ห้าโมงเย็น" 17:00; "สามโมง" alone is the afternoon (morning: "เก้าโมง")
        h = n + 12 if 1 <= n <= 6 and m["part"] != "เช้า" else n
        return h if 1 <= h <= 18 else None
    if m["eve"] is not None:
        n = _thai_number(m["eve"])
        return (18 + n) % 24 if 1 <= n <= 6 else None
    h = _thai_number(m["late"])
    return h if 1 <= h <= 5 else None


def _thai_clock(sc: Scan) -> None:
    """Thai clock words: ``บ่ายโมง`` 13:00, ``บ่ายสามโมง`` 15:00, ``เจ็ดโมงเช้า`` 07:00,
    ``ห้าโมงเย็น`` 17:00, ``หนึ่งทุ่ม`` 19:00, ``ตีสอง`` 02:00, ``21 นาฬิกา``,
    ``…ครึ่ง`` half past, ``…สิบนาที`` ten past."""
    if not _TH_CLOCK_HINT_RE.search(sc.t):
        return
    for m in sc.finditer(_TH_CLOCK_RE):
        if not sc.free(*m.span()):
            continue
        h = _thai_hour(m)
        mi = 30 if m["half"] else _thai_number(m["mins"]) if m["mins"] else 0
        if h is None or not 0 <= mi < 60 or (h == 24 and mi):
            continue
        sc.add(m.start(), m.end(), "time", value=h + mi / 60,
               key=f"time:{h % 24:02d}:{mi:02d}")  # 24 นาฬิกา: midnight
