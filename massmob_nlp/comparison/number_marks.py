"""What the words beside a number add to it, recorded on each mention before the join.

A scale letter glued to the digits (``1m people``), a time zone (``19:45 BST``), a
minus sign in words (``หดตัว 1.8%``), "one in" before a count (``one in 20``,
``two in five``), the
minute of a match (``นาทีที่ 23``), a person's age (``aged 41``, ``วัย 41 ปี``).
"""

from __future__ import annotations

import re

import pandas as pd

from ..numbers import en
from ..numbers.units import find_unit
from .context import _str
from .number_pairs import Mention, _clock, _num

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


_ZONES = {"GMT": 0, "UTC": 0, "BST": 60, "CET": 60, "CEST": 120, "EST": -300,
          "EDT": -240, "CST": -360, "CDT": -300, "PST": -480, "PDT": -420, "JST": 540,
          "KST": 540, "ICT": 420, "SGT": 480, "HKT": 480, "IST": 330, "AEST": 600,
          "AEDT": 660, "เวลาประเทศไทย": 420, "เวลาไทย": 420, "เวลาในประเทศไทย": 420,
          "เวลาในไทย": 420, "เวลาบ้านเรา": 420, "เวลามาตรฐานกรีนิช": 0, "เวลากรีนิช": 0,
          "เวลาอังกฤษ": None, "เวลาท้องถิ่น": None, "local time": None,
          **{f"{place} {t}": offset for names, offset in (
              (("Singapore", "Malaysia", "Malaysian", "Philippine", "Philippines", "Manila",
                "Hong Kong", "Beijing", "China", "Taiwan", "Taipei"), 480),
              (("Tokyo", "Japan", "Seoul", "Korea", "Korean"), 540),
              (("Bangkok", "Thai", "Thailand", "Jakarta", "Hanoi", "Vietnam"), 420),
              (("Myanmar", "Yangon"), 390), (("India", "Indian"), 330))
             for place in names for t in ("time", "Time")},
          **{f"เวลา{p}{place}": offset for place, offset in (
              ("สิงคโปร์", 480), ("มาเลเซีย", 480), ("ฟิลิปปินส์", 480), ("ฮ่องกง", 480),
              ("จีน", 480), ("ปักกิ่ง", 480), ("ไต้หวัน", 480), ("ญี่ปุ่น", 540),
              ("เกาหลีใต้", 540), ("เมียนมา", 390), ("อินเดีย", 330))
             for p in ("", "ประเทศ")},
          "MYT": 480, "PHT": 480, "WIB": 420}
"""Offsets from UTC in minutes of the time zones news writes after a clock time (None:
a zone whose offset the text does not fix), by abbreviation or by place ("2.31pm
Singapore time", ``ตามเวลาญี่ปุ่น``)."""
_ZONE_RE = re.compile(r"\s*(?:\(|,)?\s*(?:ตาม|in\s+)?(?P<z>" + "|".join(
    sorted(map(re.escape, _ZONES), key=len, reverse=True)) + r")(?![A-Za-z])")


_DAY_BETWEEN_RE = re.compile(r"\s*(?:ของ)?\s*(?:เช้า|คืน|บ่าย|เย็น)?(?:วันรุ่งขึ้น|วันถัดไป|"
                             r"วัน(?:จันทร์|อังคาร|พุธ|พฤหัสบดี|พฤหัสฯ|ศุกร์|เสาร์|อาทิตย์))")
"""A day Thai writes between a clock time and its zone (``01.45 น. ของวันรุ่งขึ้น
ตามเวลาไทย``, ``07.00 น. วันอาทิตย์ตามเวลาไทย``, ``ตีสองของเช้าวันเสาร์ตามเวลาไทย``)."""


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
            m["zone_offset"] = offset


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


_SHARE_OF_RE = re.compile(
    r"(?i)(?:(?<![\w.,])(?P<n>one|an?|two|three|four|five|six|seven|eight|nine|ten|[0-9]+)"
    r"\s+(?:in|out\s+of)\s+|(?P<t>หนึ่ง)\s*(?:ใน|จาก)\s*)$")
"""A count and "in" / "out of" right before a count (``one in 20``, ``two in five``,
``nine out of 10``): the share it writes with the count after it."""
_NUMERATORS = {"one": 1, "a": 1, "an": 1, "หนึ่ง": 1, "two": 2, "three": 3, "four": 4,
               "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def _denominators(mentions: list[Mention], text: str) -> None:
    """Record on each count after "N in" / "N out of" (``one in 20 people``, "two in
    five patients") that it writes a share with the smaller count N before it, and N:
    a fraction of the other side left in its bead (``หนึ่งในสิบ``, ``สามในห้า``) is that
    share changed, one mismatch."""
    for m in mentions:
        start, value = m.get("start_char"), _num(m.get("value"))
        if start is None or pd.isna(start) or _str(m["kind"]) != "cardinal" or value is None:
            continue
        hit = _SHARE_OF_RE.search(text, max(0, int(start) - 16), int(start))
        n = (hit["n"] or hit["t"]).casefold() if hit is not None else ""
        top = float(n) if n.isdigit() else _NUMERATORS.get(n)
        m["denominator"] = top is not None and 0 < top < value
        if m["denominator"]:
            m["numerator"] = top


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


_AGE_BEFORE_RE = re.compile(r"(?i)(?:\baged|\bage\s+of|วัย|อายุ|มีอายุ)\s*$")
_AGE_AFTER_RE = re.compile(r"(?i)\s*(?:-|\s)years?(?:-|\s)old|\s*ขวบ")
_AGE_OLD_AFTER_RE = re.compile(r"(?i)(?<=year)(?:-|\s)old\b|(?<=years)\s+old\b")
"""The "-old" after a number read with its year ("17-year" of "17-year-old")."""


def _ages(mentions: list[Mention], text: str) -> None:
    """Record on each number whether it is a person's age (``aged 41``, ``41-year-old``,
    ``วัย 41 ปี``, ``อายุ 41 ปี``)."""
    for m in mentions:
        start, end = m.get("start_char"), m.get("end_char")
        if start is None or end is None or pd.isna(start) or pd.isna(end):
            continue
        m["age"] = bool(_AGE_BEFORE_RE.search(text, max(0, int(start) - 12), int(start))
                        or _AGE_AFTER_RE.match(text, int(end))
                        or _AGE_OLD_AFTER_RE.match(text, int(end))
                        or _AGE_AFTER_RE.match(str(m["text"]), len(str(m["text"]).split()[0]))
                        or (_APPOSED_RE.search(text, max(0, int(start) - 30), int(start))
                            and re.match(r"\s?,", text[int(end):])
                            and re.fullmatch(r"\d{1,3}", str(m["text"]))))


_APPOSED_RE = re.compile(r"\b[A-Z][A-Za-z'’.-]+,\s$")
"""A name before a bare number set off by commas: the age of news style ("Salcedo, 58,
who")."""


_RATE_WORDS_RE = re.compile(r"(?i)\b(?:rates?|yields?|interest|share|margin|unemployment|"
                            r"jobless|ratio|turnout)\b|อัตรา|ดอกเบี้ย|สัดส่วน|ผลตอบแทน|ส่วนแบ่ง")
"""Words of a quantity that is itself a percentage (a rate, a yield, a share): a change
of it written in per cent ("raised rates by 0.25%") is loose for percentage points."""


def _rate_shares(mentions: list[Mention], text: str) -> None:
    """Mark ``rate_share`` on a share in per cent whose sentence, before it, names a
    rate, yield or share: its change may be written in points on the other side."""
    for m in mentions:
        start = _num(m.get("start_char"))
        if start is None or _str(m["kind"]) != "percent" or _str(m.get("unit")) != "%":
            continue
        before = re.split(r"[.!?]\s|\n", text[max(0, int(start) - 120):int(start)])[-1]
        if _RATE_WORDS_RE.search(before):
            m["rate_share"] = True


_PER_RE = {
    "year": re.compile(r"\s*(?:(?:a|per|each|every)\s+year\b(?!\s*(?:ago|earlier|before|later|"
                       r"after|on|old))|per\s+annum\b|p\.a\.|annually\b|yearly\b|/\s?(?:year|"
                       r"yr)\b|ต่อปี|/ปี)", re.IGNORECASE),
    "month": re.compile(r"\s*(?:(?:a|per|each|every)\s+month\b(?!\s*(?:ago|earlier|before|"
                        r"later|after|on|old))|monthly\b|/\s?(?:month|mo)\b|ต่อเดือน|/เดือน)",
                        re.IGNORECASE),
    "week": re.compile(r"\s*(?:(?:a|per|each|every)\s+week\b(?!\s*(?:ago|earlier|before|later|"
                       r"after|on|old))|weekly\b|/\s?week\b|ต่อสัปดาห์|/สัปดาห์)", re.IGNORECASE),
    "day": re.compile(r"\s*(?:(?:a|per|each|every)\s+day\b(?!\s*(?:ago|earlier|before|later|"
                      r"after|on|old))|daily\b|/\s?day\b|ต่อวัน|/วัน)", re.IGNORECASE),
    "tonne": re.compile(r"\s*(?:(?:a|per|each)\s+(?:metric\s+)?(?:tonne|ton)\b|/\s?(?:tonne|ton|"
                        r"t)\b|ต่อ\s?ตัน|/\s?ตัน)", re.IGNORECASE),
    "kg": re.compile(r"\s*(?:(?:a|per|each)\s+(?:kilogram|kilo|kg)\b|/\s?kg\b|ต่อ\s?(?:กิโลกรัม|"
                     r"กก\.|กิโล(?!เมตร|วัตต์|ไบต์|แคลอรี))|/\s?(?:กิโลกรัม|กก\.))", re.IGNORECASE),
    "litre": re.compile(r"\s*(?:(?:a|per|each)\s+(?:litre|liter)\b|/\s?(?:litre|liter|l)\b|"
                        r"ต่อ\s?ลิตร|/\s?ลิตร)", re.IGNORECASE),
}
"""The denominator a rate or price names right after it: "5% a year" / ``ร้อยละ 5
ต่อปี``, "$780 per tonne" / ``780 ดอลลาร์ต่อตัน``."""


_PER_WORD_RE = re.compile(r"\s*(?:(?i:a|an|per|each)\s+|/\s?|ต่อ\s?)")
"""A denominator's lead word before a unit of measurement ("a pound", "per sq ft",
``ต่อตารางเมตร``)."""
_PER_NAMES = {"t": "tonne", "L": "litre"}
"""The names :data:`_PER_RE` gives the units it reads, by the units' symbols."""
_PER_SHORT_RE = re.compile(r"(?i)\s*(?:a|per|each)\s+(?P<lb>pounds?)\b(?!\s+sterling)|"
                           r"\s*ต่อ\s?(?P<th_lb>ปอนด์)|\s*(?P<psf>psf)\b|\s*(?P<psm>psm)\b")
"""Denominators the unit reader leaves: "a pound" after a price is a pound of weight
("52.3 cents a pound"), "psf" / "psm" per square foot / metre."""


def _unit_per(text: str, end: int) -> str | None:
    """The unit of measurement a price or rate names as its denominator right after it,
    by its symbol ("52.3 cents a pound" lb, "$2,185 per sq ft" and "$2,185 psf" sq ft,
    ``2,185 ดอลลาร์ต่อตารางเมตร`` m²), or None."""
    if (short := _PER_SHORT_RE.match(text, end)) is not None:
        return "lb" if short["lb"] or short["th_lb"] else "sq ft" if short["psf"] else "m²"
    lead = _PER_WORD_RE.match(text, end)
    if lead is None:
        return None
    unit = find_unit(text, lead.end())
    if unit is None or unit.start != lead.end() or (unit.end - unit.start < 2 and \
            not lead.group().strip().startswith("/")):
        return None  # a one-letter symbol after a word ("a m") is no unit
    return _PER_NAMES.get(unit.symbol, unit.symbol)


def _per_units(mentions: list[Mention], text: str) -> None:
    """Mark ``per`` (year, month, week, day, or a unit of measurement: tonne, kg, litre,
    lb, sq ft, m², ...) on an amount, share or count whose rate or price names its
    denominator right after it."""
    for m in mentions:
        end = _num(m.get("end_char"))
        if end is None or _str(m["kind"]) not in ("cardinal", "money", "percent", "range"):
            continue
        for per, pattern in _PER_RE.items():
            if pattern.match(text, int(end)):
                m["per"] = per
                break
        else:
            if (unit := _unit_per(text, int(end))) is not None:
                m["per"] = unit


_STANDING_AFTER_RE = re.compile(
    r"(?i)[- ](?:largest|biggest|greatest|highest|lowest|best|worst|busiest|richest|"
    r"wealthiest|strongest|fastest|oldest|smallest|longest|deadliest|poorest|heaviest|"
    r"most|least)\b|[- ]?(?:ใหญ่|สูง|ต่ำ|ดี|มาก|นิยม)ที่สุด")
_STANDING_BEFORE_RE = re.compile(r"(?i)(?:\branked\s+|\bNo\.\s*|(?:อันดับ|มือ|เบอร์)\s*(?:ที่\s*)?)$")
_STANDING_TEXT_RE = re.compile(r"(?i)^(?:No\.|#|อันดับ|มือ|เบอร์)")


def _standing_ranks(mentions: list[Mention], text: str) -> None:
    """Mark ``standing`` on each rank that places one among others: before a superlative
    ("Japan's second-largest maker", "the third most visited"), after "ranked" or a
    position word (``อันดับ 2``, ``มือ 5``, "No. 2"); not the rank of a half, a round or
    a goal ("the second half", ``ครึ่งหลัง``): the only standing rank of its value left
    on each side is one moved, whatever other ranks of that value are left."""
    for m in mentions:
        start, end = m.get("start_char"), m.get("end_char")
        if _str(m["kind"]) != "ordinal" or start is None or end is None or \
                pd.isna(start) or pd.isna(end):
            continue
        m["standing"] = bool(_STANDING_TEXT_RE.match(str(m["text"]))
                             or _STANDING_AFTER_RE.match(text, int(end))
                             or _STANDING_BEFORE_RE.search(text, max(0, int(start) - 12),
                                                           int(start)))
