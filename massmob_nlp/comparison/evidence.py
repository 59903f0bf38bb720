"""What the text says about a number, beyond the number reader: the digit groups a
mention is written with, and every value a sentence writes in digits or in words.

The join of :mod:`massmob_nlp.comparison.numbers` uses them as evidence that a number
was kept although the two sides read differently: ``23.45`` and ``23.45 น.`` share
their digits; ``£5,000`` is one end of ``3,000-5,000 ปอนด์``; ``two`` is still in
``ทั้งสองฝ่าย`` even when the reader, rightly strict, does not take that ``สอง`` as a
count. A number is only reported missing or added when the other side's sentence
holds no trace of its value.
"""

from __future__ import annotations

import re

from .._text import thai_digits_to_arabic
from ..numbers import en, th
from ..numbers.quantity import CORE_RE

_DIGITS_RE = re.compile(r"[0-9]+")
_MAGNITUDE_RE = re.compile(r"thousand|million|billion|trillion|bn\b|พัน|หมื่น|แสน|ล้าน", re.IGNORECASE)

EN_VALUE_WORDS = {"once": 1.0, "single": 1.0, "alone": 1.0, "pair": 2.0, "couple": 2.0,
                  "both": 2.0, "twice": 2.0, "double": 2.0, "second": 2.0, "half": 0.5,
                  "dozen": 12.0, "thrice": 3.0, "triple": 3.0, "decade": 10.0,
                  "century": 100.0, "doubled": 2.0, "doubles": 2.0, "doubling": 2.0,
                  "tripled": 3.0, "triples": 3.0, "tripling": 3.0, "quadrupled": 4.0,
                  "noon": 12.0, "midday": 12.0, "midnight": 0.0, "twin": 2.0,
                  "twins": 2.0, "quarter": 0.25, "bilateral": 2.0, "trilateral": 3.0,
                  "duo": 2.0, "trio": 3.0, "quartet": 4.0, "centenarian": 100.0,
                  "centenarians": 100.0, "nonagenarian": 90.0, "nonagenarians": 90.0,
                  "octogenarian": 80.0, "octogenarians": 80.0, "septuagenarian": 70.0,
                  "septuagenarians": 70.0, "centenary": 100.0, "centennial": 100.0,
                  "bicentenary": 200.0, "bicentennial": 200.0, "tercentenary": 300.0,
                  "sesquicentennial": 150.0, "biannual": 2.0, "biannually": 2.0,
                  "triplets": 3.0, "quadruplets": 4.0, "quintuplets": 5.0}
"""English words that state a value without a numeral ("a twin-engined plane" /
``เครื่องบินสองเครื่องยนต์``, "slightly more than a quarter" / ``มากกว่าหนึ่งในสี่``,
"bilateral talks" / ``การเจรจาระหว่างสองประเทศ``, "centenarians" / ``ผู้มีอายุ 100 ปีขึ้นไป``,
"its bicentenary" / ``ครบรอบ 200 ปี``, "meets biannually" / ``ปีละ 2 ครั้ง``, "triplets" /
``ลูกแฝด 3 คน``)."""
TH_VALUE_WORDS = {"เดียว": 1.0, "แรก": 1.0, "ครึ่ง": 0.5, "คู่": 2.0, "โหล": 12.0,
                  "ทศวรรษ": 10.0, "เที่ยง": 12.0, "เท่าตัว": 2.0, "เที่ยงคืน": 0.0, "ฟอร์มูลาวัน": 1.0,
                  "กึ่งหนึ่ง": 0.5, "ศูนย์": 0.0, "ทวิภาคี": 2.0, "ไตรภาคี": 3.0,
                  "ศตวรรษ": 100.0}
"""Thai words that state a value without a numeral (เดียว "single", คู่ "pair",
เที่ยง "noon", เที่ยงคืน "midnight", เท่าตัว "doubled", ฟอร์มูลาวัน "Formula One",
กึ่งหนึ่ง "one half", ศูนย์ "zero" but not ศูนย์กลาง/ศูนย์การค้า… "centre", ทวิภาคี "bilateral",
ไตรภาคี "trilateral", ศตวรรษ "century")."""
MIDNIGHT = ("midnight", "เที่ยงคืน")
"""Midnight is also 24:00 (``24.00 น.``)."""
TH_SECOND_HALF = "ครึ่งหลัง"
""""The second half" (literally "the back half"): a 2 and a half in one word."""
_TH_SECOND_HALF_RE = re.compile(r"ครึ่ง(?:ปี|ฤดูกาล|เดือน|ทศวรรษ|ศตวรรษ)?หลัง")
"""The second half of a match or of a period: ``ครึ่งหลัง``, ``ครึ่งปีหลัง`` ("the second
half of the year", how Thai business news writes "the second half")."""
TH_TRANSLITERATIONS = {"โฟร์": 4.0, "ไฟฟ์": 5.0, "ไฟว์": 5.0,
                       "ซิกซ์": 6.0, "เซเวน": 7.0, "เซเว่น": 7.0, "เอท": 8.0, "เอ็ท": 8.0,
                       "ไนน์": 9.0, "เท็น": 10.0, "ทเวนตี้": 20.0, "เทอร์ตี้": 30.0,
                       "ฟอร์ตี้": 40.0, "ฟิฟตี้": 50.0, "ซิกซ์ตี้": 60.0, "เซเวนตี้": 70.0,
                       "เอทตี้": 80.0, "ไนน์ตี้": 90.0, "ฮันเดรด": 100.0,
                       "เฟิร์สท์": 1.0, "เฟิร์ส": 1.0, "เธิร์ด": 3.0}
"""English number words inside names, written in Thai letters (``Channel Nine`` ->
``ช่องไนน์``): the number is kept, as a name."""
TH_FALSE_FRIENDS = ("สามารถ", "ห้าม", "เก้าอี้", "พันธ", "แสนดี", "ล้านนา", "สิบเอก",
                    "สิบโท", "สิบตรี", "อาหารเที่ยง", "มื้อเที่ยง", "เที่ยงตรง", "เที่ยงธรรม",
                    "เที่ยงแท้", "ระดับหนึ่ง", "เดียวกัน", "ศูนย์กลาง", "ศูนย์การ",
                    "ศูนย์ควบคุม", "ศูนย์บริการ", "ศูนย์ข่าว", "ศูนย์วิจัย", "ศูนย์รวม",
                    "ศูนย์สุขภาพ", "ศูนย์พักพิง", "ศูนย์อพยพ", "ศูนย์ฝึก", "ศูนย์ประสานงาน",
                    "ศูนย์เด็ก", "ศูนย์ราชการ", "ศูนย์ประชุม", "ศูนย์อำนวยการ")
"""Thai words that contain a number word but are not numbers."""
_EN_VALUE_RE = re.compile(rf"(?i)\b(?:{'|'.join(EN_VALUE_WORDS)})\b")
_TH_VALUE_RE = re.compile("|".join(sorted([*TH_VALUE_WORDS, *TH_TRANSLITERATIONS],
                                           key=len, reverse=True)))
_TH_VALUES = {**TH_VALUE_WORDS, **TH_TRANSLITERATIONS}
_ROMAN_RE = re.compile(
    r"\b(?=[IVXLC]{2,}\b)(?=\w)C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})\b(?<=\w)")
"""Roman numerals of two letters or more (``Henry VIII``, ``Part III``); a word of Roman
letters that is no numeral (the ticker ``VIC``, ``LC``, ``CIVIC``) matches nothing, not an
empty string."""


def digit_groups(text: str) -> tuple[str, ...]:
    """The runs of digits of ``text`` (Thai digits made ASCII), separators dropped:
    ``3,000-5,000`` -> ``('3', '000', '5', '000')``, ``23.45 น.`` -> ``('23', '45')``."""
    return tuple(_DIGITS_RE.findall(thai_digits_to_arabic(text)))


def has_magnitude(text: str) -> bool:
    """A scale word (``million``, ``ล้าน``) is part of the text."""
    return bool(_MAGNITUDE_RE.search(text))


def contains(outer: tuple[str, ...], inner: tuple[str, ...]) -> bool:
    """``inner`` is a contiguous part of ``outer`` and shorter than it."""
    n = len(inner)
    return 0 < n < len(outer) and any(outer[k:k + n] == inner
                                      for k in range(len(outer) - n + 1))


_NUMBER_TOKEN_RE = re.compile(r"[0-9]+(?:[.,][0-9]+)*")


def contains_whole(outer_text: str, inner: tuple[str, ...]) -> bool:
    """``inner`` (digit groups) is a run of whole numbers written in ``outer_text``: the
    end of a range (``5,000`` of ``3,000-5,000``), not the integer part of a decimal or
    the first group of a thousands number (``1`` of ``1.1``, ``2`` of ``2.4``, ``3`` of
    ``3,000``), which would be a changed number."""
    tokens = [tuple(_DIGITS_RE.findall(m.group()))
              for m in _NUMBER_TOKEN_RE.finditer(thai_digits_to_arabic(outer_text))]
    n = len(inner)
    for a in range(len(tokens)):
        run: tuple[str, ...] = ()
        for b in range(a, len(tokens)):
            run += tokens[b]
            if run == inner:
                return True
            if len(run) >= n:
                break
    return False


def values_in_text(text: str) -> dict[float, str]:
    """Every value the text writes, in digits or in English or Thai words, with the
    surface it was found as (first one wins)."""
    out: dict[float, str] = {}
    t = thai_digits_to_arabic(text)
    for m in CORE_RE.finditer(t):
        raw = m.group()
        try:
            out.setdefault(float(raw.replace(",", "")), text[m.start():m.end()])
        except ValueError:
            continue
    for m in en.WORDS_RE.finditer(t):
        value, length = en.parse_words(m.group())
        if value is not None:
            out.setdefault(float(value), text[m.start():m.start() + length])
    for m in en.ORDINAL_WORDS_RE.finditer(t):
        out.setdefault(float(en.ordinal_value(m)), m.group())
    for m in _EN_VALUE_RE.finditer(t):
        out.setdefault(EN_VALUE_WORDS[m.group().lower()], m.group())
    for m in _ROMAN_RE.finditer(t):
        out.setdefault(float(en.roman_value(m.group())), m.group())
    masked = _mask_false_friends(t)
    for m in th.WORDS_RE.finditer(masked):
        value = th.parse_words(m.group())
        if value is not None:
            out.setdefault(float(value), m.group())
    for m in _TH_VALUE_RE.finditer(masked):
        out.setdefault(_TH_VALUES[m.group()], m.group())
    if (half := _TH_SECOND_HALF_RE.search(masked)) is not None:
        out.setdefault(2.0, half.group())
    for word in MIDNIGHT:
        if (k := masked.lower().find(word)) >= 0:
            out.setdefault(24.0, text[k:k + len(word)])
    return out


UNIT_WORDS = {
    "week": r"(?i)\bweek\b|\bweekly\b|สัปดาห์|อาทิตย์|รายสัปดาห์",
    "fortnight": r"(?i)\bfortnight|two\s+weeks|สองสัปดาห์|\bevery\s+(?:other|second)\s+week\b|"
                 r"\bbiweekly\b",
    "two years": r"(?i)\bbiennial(?:ly)?\b|\bevery\s+(?:other|second)\s+year\b",
    "two months": r"(?i)\bbimonthly\b|\bevery\s+(?:other|second)\s+month\b",
    "two days": r"(?i)\bevery\s+(?:other|second)\s+day\b|\bon\s+alternate\s+days\b|วันเว้นวัน",
    "year": r"(?i)\byear\b|\bannual|\b12-month|รอบปี|ทั้งปี|ปีละ|ต่อปี|รายปี|หนึ่งปี",
    "day": r"(?i)\bday\b|\bdaily\b|\b24-hour|วันเดียว|หนึ่งวัน|ทั้งวัน|ต่อวัน|วันละ|รายวัน",
    "month": r"(?i)\bmonthly\b|รายเดือน|ต่อเดือน|เดือนละ",
    "hour": r"(?i)\bhour\b|\bhourly\b|ชั่วโมง",
    "quarter": r"(?i)\bquarter(?:ly)?\b|ไตรมาส",
}
"""A length of time of exactly one unit (``12 เดือน``, ``7 วัน``, ``24 hours``) is how
the other language often writes a bare unit word: "in the year to April" / ``ในรอบ 12
เดือน``, "a week" / ``7 วัน``, ``หนึ่งวัน`` / "24 hours"; "the three months to June"
(UK economics news) / ``ไตรมาส`` (quarter); a one-unit adjective by Thai ราย + unit
("per"): "a one-day ticket" / ``ตั๋วรายวัน``, "a one-month pass" / ``บัตรรายเดือน``; and
two units as "every other" ("every other year", "biennial" / ``ทุก 2 ปี``)."""
_UNIT_WORD_RES = {u: re.compile(p) for u, p in UNIT_WORDS.items()}
_ONE_UNIT_KEY_RE = re.compile(r"duration:(?P<n>[0-9]+):(?P<u>[a-z]+)")


def unit_word_in(key: object, text: str) -> str | None:
    """The word of ``text`` that writes the one-unit length of time of ``key``
    (``duration:1:year`` -> ``year``; ``duration:2:week`` -> ``fortnight``;
    ``duration:3:month`` -> ``quarter``), or None."""
    m = _ONE_UNIT_KEY_RE.fullmatch(str(key))
    if m is None:
        return None
    unit = m["u"] if m["n"] == "1" else {("2", "week"): "fortnight",
                                         ("3", "month"): "quarter", ("2", "year"): "two years",
                                         ("2", "month"): "two months",
                                         ("2", "day"): "two days"}.get((m["n"], m["u"]))
    if unit is None or unit not in _UNIT_WORD_RES:
        return None
    found = _UNIT_WORD_RES[unit].search(text)
    return found.group() if found else None


_DATE_KEY_RE = re.compile(r"(?:(?P<y>[0-9]{4})|-)-(?P<m>[0-9]{2})(?:-(?P<d>[0-9]{2}))?")
"""One end of a date key: ``2024-11-26``, ``--11-26`` (no year), ``2024-11``."""
DatePart = tuple[str | None, str, str | None]


def date_ends(key: object) -> list[DatePart]:
    """The ends (year, month, day; year and day may be unknown) of a ``date:`` key:
    one for a day, two for a range (``date:--12-10/--12-11``); none for other keys."""
    if not isinstance(key, str) or not key.startswith("date:"):
        return []
    ends = [_DATE_KEY_RE.fullmatch(part) for part in key[5:].split("/")]
    return [(m["y"], m["m"], m["d"]) for m in ends if m is not None]


def dates_differ(a: object, b: object) -> bool:
    """Two date keys that name different days in what both of them write: ``26
    November`` / ``26 ธันวาคม`` (the month changed), ``10-11 Nov`` / ``10-11 ธ.ค.``. A
    part one side leaves out (the year) is no evidence; a single day is compared with
    both ends of a range (it may be one of them)."""
    ea, eb = date_ends(a), date_ends(b)
    if not ea or not eb:
        return False
    if len(ea) == len(eb):
        return any(_parts_differ(x, y) for x, y in zip(ea, eb))
    return all(_parts_differ(x, y) for x in ea for y in eb)


def _parts_differ(x: DatePart, y: DatePart) -> bool:
    return any(p is not None and q is not None and p != q for p, q in zip(x, y))


def _mask_false_friends(text: str) -> str:
    for word in TH_FALSE_FRIENDS:
        text = text.replace(word, "_" * len(word))
    return text


CHEMICAL_NAMES = {
    "co2": ("คาร์บอนไดออกไซด์", "carbon dioxide"),
    "so2": ("ซัลเฟอร์ไดออกไซด์", "sulphur dioxide", "sulfur dioxide"),
    "no2": ("ไนโตรเจนไดออกไซด์", "nitrogen dioxide"),
    "n2o": ("ไนตรัสออกไซด์", "nitrous oxide"),
    "ch4": ("มีเทน", "methane"),
    "o3": ("โอโซน", "ozone"),
    "h2o": ("น้ำ", "water"),
    "h2": ("ไฮโดรเจน", "hydrogen"),
    "o2": ("ออกซิเจน", "oxygen"),
}
"""Chemical formulas that hold a number and the names a translation writes instead
(``CO2`` / ``คาร์บอนไดออกไซด์``): the formula is a name, its number is kept."""


def chemical_name_in(formula: str, text: str) -> str | None:
    """The name of the chemical ``formula`` (``CO2``, ``CO₂``) that ``text`` writes, or
    None."""
    key = formula.translate(str.maketrans("₀₁₂₃₄₅₆₇₈₉", "0123456789")).casefold()
    folded = text.casefold()
    for name in CHEMICAL_NAMES.get(key, ()):
        if name in folded:
            return name
    return None
