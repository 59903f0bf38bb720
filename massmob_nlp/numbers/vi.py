"""Vietnamese number forms, read first in a paragraph whose language is ``vi`` (see
:func:`massmob_nlp.numbers.table.find_numbers`), with the same keys as the English and
Thai readings so a Vietnamese original joins both translations.

Vietnamese writes the decimal comma and the thousands dot (``1.234,5`` = 1234.5,
``7,09%`` = 7.09 %), magnitudes as words after the digits (``nghìn``/``ngàn`` 10³,
``triệu`` 10⁶, ``tỷ``/``tỉ`` 10⁹, ``nghìn tỷ`` 10¹²: ``55 triệu đồng`` =
``money:55000000:VND`` = ``55 million dong`` = ``55 ล้านดอง``), the currency after the
number (``đồng``, ``VND``, ``USD``, ``đô la Mỹ``, ``euro``, ``yên``, ``nhân dân tệ``,
``baht``) or a symbol before it (``US$``), dates day first (``ngày 2/9/2024``,
``ngày 2 tháng 9 năm 2024``, ``sáng 2/9``, ``tháng 9/2024``), quarters in Roman or
Arabic digits (``quý III/2024``), clock times ``14h30`` / ``14 giờ 30``, ordinals after
``thứ`` and the numbered bodies ``khóa XV`` / ``Đại hội XIV`` (the 15th National
Assembly, the 14th Congress), and counts in words before a counted noun (``ba trường``
"three schools"). Vague amounts (``hàng nghìn`` "thousands", ``hàng chục nghìn``,
``vài``) are ``vague``. Document codes (``217-QĐ/TW``, ``168/2024/NĐ-CP``) keep the
shared code key (Đ is D).

A number whose separators do not follow the Vietnamese convention is read the way its
shape says: with both ``.`` and ``,`` the last one is the decimal mark (``1,234.5``,
as some outlets copy English); a lone ``.`` followed by one or two digits is a decimal
point (``7.5``); one followed by three digits is a thousands dot (``1.500`` = 1500).
"""

from __future__ import annotations

import re
from decimal import Decimal

from .._text import CODE_RE, normalize_code
from .base import Scan, alt, format_number, too_big
from .durations import duration_key
from .vi_dates import YEAR_RE, find_vi_dates, find_vi_times
from .vi_lexicon import (
    CUR_AFTER,
    CUR_AFTER_RE,
    CUR_BEFORE,
    CUR_BEFORE_RE,
    DURATION_RE,
    DURATION_UNITS,
    MAG_RE,
    MAGNITUDES,
    NOT_LETTER_AFTER,
    NOT_LETTER_BEFORE,
    NUM_RE,
    NUMBER,
    PCT_RE,
    QUAL,
    QUAL_AFTER,
    QUAL_AFTER_RE,
    QUAL_RE,
    UNITS,
    VI_LETTER,
    WORDS,
    parse_vi_number,
    words_value,
)
from .vi_ordinals import find_vi_ordinal_words, find_vi_ordinals

_VAGUE_RE = re.compile(
    r"\b(?P<w>[Hh]àng\s+(?:chục\s+nghìn|chục\s+ngàn|trăm\s+nghìn|trăm\s+ngàn|chục|trăm|nghìn|"
    r"ngàn|triệu|tỷ|vạn)|[Vv]ài\s+(?:chục|trăm|nghìn|ngàn|triệu|tỷ)|[Hh]ơn\s+chục|"
    r"[Hh]àng\s+loạt|[Vv]ài|[Mm]ấy)(?![A-Za-zÀ-ỹ])")
_VAGUE_VALUE = {"chục nghìn": 10000, "chục ngàn": 10000, "trăm nghìn": 100000,
                "trăm ngàn": 100000, "chục": 10, "trăm": 100, "nghìn": 1000, "ngàn": 1000,
                "vạn": 10000, "triệu": 10**6, "tỷ": 10**9}
_WORD_NUMBER_RE = re.compile(
    rf"{NOT_LETTER_BEFORE}(?P<w>(?i:{alt(WORDS)})(?:\s+(?:{alt(WORDS)}))*)"
    rf"\s+(?:(?P<u>{alt(UNITS)}){NOT_LETTER_AFTER}|(?P<noun>[a-zà-ỹđ]+))")
_AMBIGUOUS_WORDS = {"một", "mốt", "năm", "tư", "lăm", "không", "mươi"}
_BA_NOT_COUNT_AFTER = frozenset("""
mẹ má tôi em anh chị mình nó ấy ta của ơi à ạ nhé và với cùng là thì mà vẫn cũng
đã đang sẽ vừa mới chỉ hay luôn không chẳng chưa nói bảo kể dặn dạy đi về làm có mất
sinh muốn thương yêu lô gác hoa rọi phải trợn que ba bị được
""".split())  # noqa: SIM905
"""What follows ``ba`` "dad" (``ba mẹ`` "parents", ``ba tôi`` "my father", ``ba nói``
"dad said") or a word with ``ba`` in it (``ba lô`` "backpack", ``ba gác``); before any
other lower-case noun ``ba`` is "three" (``ba thị trường`` "three markets")."""
"""Number words that are also other words (``một`` "a", ``ba`` "dad", ``năm`` "year",
``tư`` "private", ``không`` "not"): counts only before a known counted noun
(:data:`UNITS`); ``hai``, ``bốn``, ``sáu`` … ``mười`` before any lower-case noun."""
_MEASURES = {"lượng", "gram", "ounce", "kg", "tấn", "km", "mét", "ha", "héc-ta", "cây số"}
"""Units of measure: ``một lượng`` "one tael" is a count, not the article."""
_YEAR_AFTER_RE = re.compile(r"\s+(?:19|20)[0-9]{2}(?![0-9])")
_NOT_COUNT_BEFORE_RE = re.compile(r"(?:thứ|tháng|[Nn]gày|[Tt]hứ)\s+$")
_ONE_COUNTED_BEFORE_RE = re.compile(
    r"(?i)(?:(?<![a-zà-ỹđ])(?:còn|chỉ|duy nhất|chỉ có|thêm"
    r"|mỗi\s+(?:năm|tháng|tuần|ngày|quý|kỳ|đợt|người|hộ))\s+"
    r"|(?<![a-zà-ỹđ])từ\s+(?:[0-9]|(?:hai|ba|bốn|sáu|bảy|tám|chín|mười)(?![a-zà-ỹđ]))"
    r"[^,.;:]{0,40}?\s(?:xuống|lên|đến|tới|thành)\s+(?:còn\s+)?)$")
"""What makes ``một`` a count, not the article: ``mỗi năm một lần`` "once a year", a
change to or from it (``từ ba ngày xuống còn một ngày`` "from three days to one",
``còn một`` "down to one"), ``chỉ một`` "only one", ``thêm một`` "one more"."""
_ONE_OF_RE = re.compile(rf"{NOT_LETTER_BEFORE}(?P<w>[Mm]ột)\s+trong(?:\s+số)?{NOT_LETTER_AFTER}")
"""``một trong`` "one of": value 1, vague as every ``một`` (English often writes "is
among" or "one of" without a number reading)."""





_COMPARATIVE_RE = re.compile(
    r"(?:cao|thấp|nhiều|ít|lớn|nhỏ|tốt|nhanh|chậm|sớm|muộn|mạnh|yếu|dài|ngắn|rộng|hẹp"
    r"|đắt|rẻ|giàu|nặng|nhẹ|xa|gần|tăng|giảm)\s+$", re.IGNORECASE)


_RANK_BEFORE_RE = re.compile(r"(?i)(?:thứ|hạng)\s+[0-9a-zà-ỹđ]+\s+$")
_SPREAD_BEFORE_RE = re.compile(
    r"(?i)(?:trải\s+rộng|trải\s+dài|rải\s+rác|phân\s+bố|nằm|diễn\s+ra|có\s+mặt|hiện\s+diện"
    r"|hoạt\s+động|tọa\s+lạc|tổ\s+chức)\s+$")
"""A verb of place before ``trên``: "on, across" (``trải rộng trên ba tỉnh`` "spans three
provinces"), no "more than"."""
_COUNT_NOUN_BEFORE_RE = re.compile(
    rf"(?<![0-9.,])[0-9]+(?:[.,][0-9]+)*\s+(?:[{VI_LETTER}]+\s+){{1,3}}$")
_POWER_OF_TEN_RE = re.compile(
    r"(?:1|10|100)(?:\.000)*\s+(?:người\s+dân|dân\s+số|dân|người|trẻ(?:\s+em)?|ca\s+sinh"
    r"|trẻ\s+sinh|hộ|học\s+sinh|sinh\s+viên|lao\s+động|km2?|cây\s+số|ha|héc-ta|phương\s+tiện)"
    rf"(?![{VI_LETTER}])")
"""``trên`` between a count with its noun and a round 1, 100, 1.000, 10.000 … people (or
households, km², hectares) is "per" (``13,5 bác sĩ trên 10.000 dân`` "13.5 doctors per
10,000 people")."""


def _qualifier(t: str, s: int, e: int | None = None) -> str | None:
    """The qualifier before ``s`` (or after ``e``: ``10% trở lên`` "10% or more");
    ``hơn`` after an adjective or a verb of change is a comparison (``cao hơn 1,2
    điểm`` "1.2 points higher"), no qualifier."""
    m = QUAL_RE.search(t, max(0, s - 24), s)
    if m is None:
        after = QUAL_AFTER_RE.match(t, e) if e is not None else None
        return QUAL_AFTER[after["w"]] if after is not None else None
    if m["w"].lower() == "hơn" and _COMPARATIVE_RE.search(t, max(0, m.start() - 8), m.start()):
        return None
    if m["w"].lower() == "trên" and _RANK_BEFORE_RE.search(t, max(0, m.start() - 16), m.start()):
        return None  # "xếp thứ 44 trên 139 nền kinh tế" "44th out of 139 economies"
    if m["w"].lower() == "trên" and (
            _SPREAD_BEFORE_RE.search(t, max(0, m.start() - 16), m.start())
            or (_COUNT_NOUN_BEFORE_RE.search(t, max(0, m.start() - 40), m.start())
                and _POWER_OF_TEN_RE.match(t, s))):
        return None  # "trải rộng trên ba tỉnh" (across), "13,5 bác sĩ trên 10.000 dân" (per)
    return QUAL.get(m["w"].lower())






_TIMES_WORD_RE = re.compile(
    rf"{NOT_LETTER_BEFORE}(?P<w>[Gg]ấp\s+(?P<n>đôi|rưỡi|{alt(k for k in WORDS if k != 'một')})"
    rf"(?:\s+lần)?){NOT_LETTER_AFTER}")
_TIMES_VALUE = {"đôi": 2.0, "rưỡi": 1.5}


def _multipliers(sc: Scan) -> None:
    """``gấp đôi`` "double(d)", ``gấp rưỡi`` "one and a half times", ``gấp ba (lần)``
    "three times": the factor, keyed as English ``doubled`` and Thai ``เท่าตัว``."""
    for m in sc.finditer(_TIMES_WORD_RE):
        s, e = m.span("w")
        if not sc.free(s, e):
            continue
        value = _TIMES_VALUE.get(m["n"].lower(), float(WORDS.get(m["n"].lower(), 0)))
        if value > 1:  # "tăng hơn gấp đôi" "more than doubled": hơn is the qualifier here
            qual = "over" if re.search(r"(?i)hơn\s+$", sc.t[max(0, s - 6):s]) else \
                _qualifier(sc.t, s)
            sc.add(s, e, "cardinal", value=value, key=f"cardinal:{value:g}", qualifier=qual)


def _vague(sc: Scan) -> None:
    for m in sc.finditer(_VAGUE_RE):
        s, e = m.span("w")
        if not sc.free(s, e):
            continue
        tail = " ".join(m["w"].lower().split()[1:])
        value = _VAGUE_VALUE.get(tail, 3)
        sc.add(s, e, "cardinal", value=float(value), key=f"cardinal:{value}", vague=True)


_MINUS_RE = re.compile(rf"(?:(?<![^\s(\[\"“‘:;=~])[-−]|{NOT_LETTER_BEFORE}(?i:âm)\s+)$")
"""A sign before a number: ``-5 độ C``, ``âm 5 độ`` "minus 5 degrees", ``tăng trưởng âm
0,5%`` "growth of minus 0.5%" (as English ``-5C`` and Thai ``ติดลบ 5``); a hyphen after
a word or a number (``Su-30``, ``5-6``) is no sign, and ``âm`` (also "sound", "yin") only
before degrees or a percent."""
_DEGREES_RE = re.compile(rf"\s*(?:°|độ{NOT_LETTER_AFTER})")
_RANGE_TO_RE = re.compile(rf"\s*[-–]\s*(?P<n>{NUMBER})(?![0-9]|[.,][0-9])")
"""The second number of a range (``5-6 tỷ USD``, ``1.720-1.750 điểm``, ``20-25%``)."""


def _scale(t: str, end: int, value: Decimal) -> tuple[Decimal, Decimal, int]:
    """``value`` times the magnitude words after ``end``, the factor, and their end."""
    factor = Decimal(1)
    while (mag := MAG_RE.match(t, end)) is not None:
        factor *= Decimal(10) ** MAGNITUDES[mag["w"]]
        end = mag.end()
    return value * factor, factor, end


def _amounts(sc: Scan) -> None:
    t = sc.t
    for m in sc.finditer(NUM_RE):
        s, e = m.span("n")
        if not sc.free(s, e):
            continue
        value = parse_vi_number(m["n"])
        if value is None:
            continue
        high: Decimal | None = None
        to = _RANGE_TO_RE.match(t, e)
        if to is not None and (h := parse_vi_number(to["n"])) is not None and h > value:
            e, high = to.end(), h  # a range: what follows the second number scales both
        value, factor, end = _scale(t, e, value)
        if high is not None:
            high *= factor
        before = CUR_BEFORE_RE.search(t, max(0, s - 4), s)
        after = CUR_AFTER_RE.match(t, end)
        pct = PCT_RE.match(t, end)
        last = pct if pct is not None else after
        qual = _qualifier(t, before.start() if before else s,
                          last.end() if last is not None else end)
        if too_big(value) or (high is not None and too_big(high)):
            sc.add(s, end, "cardinal", qualifier=qual)
            continue
        if high is None and before is None and after is None and (
                sign := _MINUS_RE.search(t, max(0, s - 6), s)) is not None \
                and sc.free(sign.start(), s) and not (end == e and YEAR_RE.fullmatch(m["n"])) \
                and (sign.group()[0] in "-−" or pct is not None or _DEGREES_RE.match(t, end)):
            s, value = sign.start(), -value  # "-5 độ C", "âm 0,5%"
            qual = _qualifier(t, s, last.end() if last is not None else end)
        number = format_number(value) + (f"-{format_number(high)}" if high is not None else "")
        fields = {"value": float(value), "value_max": float(high) if high is not None else None,
                  "qualifier": qual}
        if pct is not None:
            points = "điểm" in pct.group()  # "điểm phần trăm": percentage points
            sc.add(s, pct.end(), "percent", unit="pp" if points else "%",
                   key=f"percent:{number}", **fields)
        elif after is not None or before is not None:
            cur = (CUR_BEFORE[before["w"]] if before is not None
                   else CUR_AFTER[after["w"].lower()] if after is not None else "")
            start = before.start() if before is not None else s
            stop = after.end() if after is not None else end
            if not sc.free(start, stop):
                start, stop = s, end
            sc.add(start, stop, "money", unit=cur, key=f"money:{number}:{cur}", **fields)
        elif high is not None:
            sc.add(s, end, "range", key=f"range:{number}", **fields)
        elif end == e and (dur := DURATION_RE.match(t, e)) is not None:
            unit = DURATION_UNITS[dur["u"]]
            sc.add(s, dur.end(), "duration", unit=unit, key=duration_key(value, unit),
                   **fields)
        elif end == e and YEAR_RE.fullmatch(m["n"]):
            sc.add(s, e, "year", calendar="CE", key=f"year:{number}", **fields)
        else:
            sc.add(s, end, "cardinal", key=f"cardinal:{number}", **fields)


def _word_counts(sc: Scan) -> None:
    t = sc.t
    for m in sc.finditer(_ONE_OF_RE):
        if sc.free(*m.span("w")):
            sc.add(*m.span("w"), "cardinal", value=1.0, key="cardinal:1", vague=True)
    for m in sc.finditer(_WORD_NUMBER_RE):
        s, e = m.span("w")
        if not sc.free(s, e) or _NOT_COUNT_BEFORE_RE.search(t, max(0, s - 8), s):
            continue
        value = words_value(m["w"])
        words = m["w"].lower().split()
        unit, year_end = m["u"], m.end()
        if value is None and len(words) > 1 and words[-1] == "năm":
            # "bốn năm" is "four years", not a number: the last word is the unit
            words, unit = words[:-1], "năm"
            cut = m["w"].lower().rfind("năm")
            e, year_end = s + len(m["w"][:cut].rstrip()), s + cut + len("năm")
            value = words_value(" ".join(words))
        if value is None and len(words) > 1 and words[0] == "năm" \
                and (v := words_value(" ".join(words[1:]))) is not None:
            # "mỗi năm một lần" "once a year": the first năm is the year
            words, value = words[1:], v
            s += len(m["w"]) - len(m["w"][3:].lstrip())
        if value is None or (words[0] == "năm" and unit == "năm"):
            continue
        if unit is None and (len(words) == 1 and words[0] in _AMBIGUOUS_WORDS):
            continue
        if words == ["ba"] and (m["u"] or m["noun"]) in _BA_NOT_COUNT_AFTER:
            continue
        if unit is None and not m["noun"][0].islower():
            continue  # "Ba Đình", "Ba Vì": a place name
        e_unit = m.end("u") if m["u"] else year_end if unit == "năm" else m.end("noun")
        # "một" is also the article "a" ("một năm trước" "a year earlier"), and a count
        # naming the years it lists ("hai năm 2022 và 2023" "2022 and 2023") adds none:
        # both vague, as the Thai classifier + หนึ่ง
        vague = (words == ["một"] and unit not in _MEASURES and
                 not _ONE_COUNTED_BEFORE_RE.search(t[max(0, s - 60):s])) or bool(
            _YEAR_AFTER_RE.match(t, e_unit))
        qual = _qualifier(t, s)
        if unit in DURATION_UNITS:
            unit = DURATION_UNITS[unit]
            sc.add(s, e_unit, "duration", value=float(value), unit=unit, qualifier=qual,
                   key=duration_key(Decimal(value), unit), vague=vague)
        else:
            sc.add(s, e, "cardinal", value=float(value), qualifier=qual,
                   key=f"cardinal:{value}", vague=vague)


def find_vietnamese(sc: Scan) -> None:
    """Claim the Vietnamese number forms of :data:`sc.t <Scan.t>` (codes, dates,
    quarters, clock times, ordinals, vague amounts, amounts in digits, counts in words),
    before the English and Thai patterns see the text."""
    for m in sc.finditer(CODE_RE):
        if sc.free(m.start(), m.end()):
            sc.add(m.start(), m.end(), "code", key="code:" + normalize_code(m.group()))
    find_vi_dates(sc)
    find_vi_times(sc)
    find_vi_ordinals(sc)
    find_vi_ordinal_words(sc)
    _multipliers(sc)
    _vague(sc)
    _amounts(sc)
    _word_counts(sc)
