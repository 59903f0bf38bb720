"""Digits and number words for the number scanner (see :mod:`massmob_nlp.numbers`):
cardinals, ordinals, fractions, percents, money, ranges, years and qualifiers."""

from __future__ import annotations

import re
from decimal import Decimal
from itertools import pairwise
from typing import Any

from . import en, en_forms, en_frames, th
from .around import over_means_across, qualifier
from .base import (
    LATIN_RE,
    MAX_DIGITS,
    THAI_LETTER_RE,
    Scan,
    alt,
    decimal_value,
    format_number,
    too_big,
)
from .codes import GLUED_CAPS_RE, code_key, in_name
from .durations import GLUED_RE, Duration, duration_key, find_duration, unit_after
from .money import (
    BASIS_POINTS_AFTER_RE,
    CUR_AFTER_RE,
    CUR_BEFORE,
    CUR_BEFORE_RE,
    CUR_SYMBOL_RE,
    MAG_RE,
    MAG_SHORT_RE,
    PCT_AFTER_RE,
    WON_AFTER_RE,
    currency_symbol_before,
    elliptic_million,
    join_money_ranges,
    magnitude_at,
    percent_or_currency,
)
from .years import scaled_thai_ordinal, year_or_ordinal

CORE = (r"(?:[0-9]{1,2}(?:,[0-9]{2})+,[0-9]{3}(?![0-9])(?:\.[0-9]+)?"  # Indian 1,06,963
         r"|[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])(?:\.[0-9]+)?"
         r"|[0-9]{1,3}(?:\.[0-9]{3}){2,}(?![0-9])|[0-9]+(?:\.[0-9]+)?)")
CORE_RE = re.compile(CORE)
ATOM_RE = re.compile(rf"(?<![0-9])(?<![0-9][.,]){CORE}")
"""A number written in digits, not glued to the digit or separator before it."""
_RANGE_SEP_RE = re.compile(r"-to-(?=[0-9])|\s*[-–—]\s*to\s+"
                           r"|[ \u00a0\u2009\u202f]?[-–—][ \u00a0\u2009\u202f]?"
                           r"|\s+to\s+|\s+and\s+"
                           r"|\s*(?:จน)?ถึง\s*(?:ปี\s*)?(?:(?:พ|ค)\.\s?ศ\.\s*)?")
"""``2-3``, ``5 to 10``, ``a 10-to-15-minute walk``, ``2325 ถึง 2352``, ``ปี 2325 จนถึงปี
2352`` (the year word again);
at most one space on each side of a dash (``9    -16`` in a table typed with spaces is two
cells, the second a signed number)."""
_BETWEEN_RE = re.compile(r"(?i)\bbetween\s+$")
_DASH_RE = re.compile(r"[-–—]")
_PCT_SIGN_RE = re.compile(r"%|\s?per[\s-]?cent\b")
"""The percent written after both ends of a range: ``6% to 7%``, ``6 per cent to 7 per cent``."""
_SIGN_BEFORE_RE = re.compile(rf"(?:{en_forms.MINUS_BEFORE}|{th.MINUS_BEFORE})$")
_FRACTION_RE = re.compile(r"/(?P<b>[0-9]+)(?![0-9]|/[0-9]|[.,][0-9])")


# ------------------------------------------------------------ quantities
def _glued_ok(t: str, e: int, currency_before: bool) -> bool:
    """Letters right after digits: a unit, magnitude, percent or currency is fine; so is
    a glued ``k`` (``20k fans``: kept as the digits, which the comparison joins to
    ``2 หมื่น`` through the glued scale) and, after a currency, ``m``."""
    return bool(MAG_RE.match(t, e) or CUR_AFTER_RE.match(t, e) or PCT_AFTER_RE.match(t, e)
                or BASIS_POINTS_AFTER_RE.match(t, e)
                or en.GLUED_UNITS_RE.match(t, e) or GLUED_RE.match(t, e)
                or bool((short := MAG_SHORT_RE.match(t, e))
                        and (currency_before or short["w"] in "kK")))


def find_digits(sc: Scan, s: int, e: int) -> None:
    """Add the number written in digits at ``s:e`` (ordinal, fraction or quantity), or
    claim it silently when it is part of a name (``A320``) or glued to a word."""
    t = sc.t
    if s > 0 and in_name(sc, s, e):
        return
    raw = t[s:e]
    value = decimal_value(raw)
    plain_int = raw.isdigit()
    if e < len(t) and LATIN_RE.match(t, e):
        suffix = en.ORDINAL_SUFFIX_RE.match(t, e)
        if suffix and value is not None and value == value.to_integral_value() and (
                en.ordinal_suffix_fits(int(value), suffix.group())):
            n = int(value)
            if too_big(value):
                return
            two = _ORDINAL_RANGE_RE.match(t, suffix.end())
            if two and int(two["n"]) > n and en.ordinal_suffix_fits(int(two["n"]), two["suf"]) \
                    and sc.free(s, two.end()):  # "15th-to-19th century": one range
                sc.add(s, two.end(), "range", value=float(n), value_max=float(two["n"]),
                       key=f"range:{n}-{two['n']}")
                return
            sc.add(s, suffix.end(), "ordinal", value=float(n), key=f"ordinal:{n}")
            return
        if not _glued_ok(t, e, bool(currency_symbol_before(t, s, e))):
            if plain_int and (caps := GLUED_CAPS_RE.match(t, e)) and sc.free(s, caps.end()):
                sc.add(s, caps.end(), "code", key=code_key(t[s:caps.end()]), vague=True)
                return
            sc.claim(s, e)
            return
    if value is None or too_big(value):
        sc.add(s, e, "cardinal")
        return
    fraction = _FRACTION_RE.match(t, e) if plain_int else None
    if fraction and sc.free(*fraction.span()):
        a, b = int(raw), int(fraction["b"])
        if len(fraction["b"]) <= MAX_DIGITS:
            sc.add(s, fraction.end(), "fraction", value=a / b if b else None,
                   key=f"fraction:{a}/{b}", vague=(a, b) == (24, 7))  # "around the clock"
            return
    add_quantity(sc, s, e, value, raw)










_TH_TAIL_RE = re.compile(rf"\s*(?P<n>[0-9]{{1,3}})\s*(?P<t>{alt(th.MAGNITUDES)})(?!ละ|[ก-ฮ]\.)")
"""A smaller Thai magnitude after a larger one: ``4 หมื่น 5 พัน`` (45,000)."""


def _thai_tail(sc: Scan, value: Decimal, mag: int, pos: int) -> tuple[Decimal, int]:
    """``value`` (counted in ``10**mag``) with the smaller digit-and-magnitude parts
    Thai writes after it (``1 แสน 2 หมื่น`` -> 1.2 แสน), and the new end."""
    last = mag
    while (m := _TH_TAIL_RE.match(sc.t, pos)) and th.MAGNITUDES[m["t"]] < last \
            and sc.free(pos, m.end()):
        last, pos = th.MAGNITUDES[m["t"]], m.end()
        value += Decimal(m["n"]) * Decimal(10) ** (last - mag)
    return value, pos




def _range(sc: Scan, s: int, value: Decimal, mag: int, pos: int, raw: str | None
           ) -> tuple[Decimal, Decimal | None, str | None, int]:
    """(low, high, second number as written, end) of ``value`` times ``10**mag``
    and a second number after a range separator at ``pos`` (high None if there is none)."""
    t = sc.t
    lo = value * Decimal(10) ** mag
    # "from -40C to 30C", "between 5km and 8km": the unit glued to both numbers
    unit1 = en.GLUED_UNITS_RE.match(t, pos) if raw is not None and not mag else None
    sign = _SIGN_BEFORE_RE.search(t, max(0, s - 8), s)  # "-40C to 30C"
    first = sign.start() if sign else s
    if (sym1 := CUR_BEFORE_RE.search(t, max(0, first - 6), first)) is not None:
        first = sym1.start()  # "rose by $6,889 to $128,105": the change is before the "$"
    pct1 = _PCT_SIGN_RE.match(t, pos) if raw is not None and not mag and not unit1 else None
    sep = _RANGE_SEP_RE.match(t, unit1.end() if unit1 else pct1.end() if pct1 else pos)
    if sep and "ปี" in sep.group() and not (raw and raw.isdigit() and len(raw) == 4):
        return lo, None, None, pos  # "ร้อยละ 15 จนถึงปี 2570": 15% until 2027, no range
    if not sep or (sep.group().strip() == "and"
                   and not _BETWEEN_RE.search(t, max(0, first - 9), first)) \
            or (sep.group().strip() == "to"
                and (change := en_frames.CHANGE_BEFORE_RE.search(t, max(0, first - 40), first))
                and not _forecast_band(change.group(), lo, t, sep.end())) \
            or (sep.group().strip() == "to" and t.endswith("by ", 0, first)
                and en_frames.CHANGE_BY_GAPPED_RE.search(t, max(0, first - 240), first)):
        return lo, None, None, pos
    sym = CUR_SYMBOL_RE.match(t, sep.end())  # "£3,000-£5,000"
    if sym is None and sym1 is not None and sym1.group().strip().isalpha():
        sym = re.compile(re.escape(sym1.group().strip()) + r"\s?").match(t, sep.end())
        # "VND8,000 to VND30,000", "between RM1 and RM4.50": the code again
    minus2 = sign is not None and sep.group().strip() in ("to", "and", "ถึง", "จนถึง") \
        and t.startswith(("-", "−"), sep.end())  # "-5C and -2C"
    m2 = CORE_RE.match(t, sym.end() if sym else sep.end() + minus2)
    if not m2 or not sc.free(*m2.span()) or t.startswith("/", m2.end()):
        return lo, None, None, pos
    if LATIN_RE.match(t, m2.end()):  # "30-32C": one unit glued to the second number
        unit2 = en.GLUED_UNITS_RE.match(t, m2.end())
        if unit2 is None or (unit1 is not None and unit1.group() != unit2.group()) \
                or CUR_SYMBOL_RE.match(t, s - 1 if s else 0):
            return lo, None, None, pos
    elif unit1 is not None:
        return lo, None, None, pos
    if pct1 is not None and not t.startswith(pct1.group(), m2.end()):
        return lo, None, None, pos  # "6% to 7%": a range; "6% to 700 jobs" is none
    v2 = decimal_value(m2.group())
    if v2 is None or too_big(v2):
        return lo, None, None, pos
    mag2, pos2 = magnitude_at(t, m2.end())
    if mag and not mag2:
        return lo, None, None, pos  # "paid $5m to 300 workers"
    if mag2 and not mag and (abs(value) < 1000 or v2 >= value):
        lo = value * Decimal(10) ** mag2  # "2-3 million", "150,000-195,000 ล้าน"; not
        # "800,000-1 million", whose first end is written out in full
    hi = v2 * Decimal(10) ** (mag2 or mag) * (-1 if minus2 else 1)
    raw2 = m2.group()
    if raw and len(raw) == 4 and raw.isdigit() and 1800 <= int(raw) < 2200 and not mag \
            and ("," in raw2 or mag2):
        return lo, None, None, pos  # "of 2026 to 98,412 units", "in 2026 to 36.9 million"
    if raw and len(raw) == 4 and raw.isdigit() and len(raw2) == 2 and not mag \
            and not mag2 and hi < lo and _DASH_RE.search(sep.group()):
        hi = lo - lo % 100 + hi  # 2020-25 (only a dash: "Kirin 9020 ถึง 38%" is "by 38%")
    if "ถึง" in sep.group() and th.RANK_BEFORE_RE.search(t, max(0, s - 10), s) \
            and th.CLASSIFIER_RE.match(t, pos2):
        return lo, None, None, pos  # "ห่างอันดับ 2 ถึง 6 คะแนน": 6 points clear of 2nd
    if hi < (-lo if sign else lo):
        return lo, None, None, pos
    return lo, hi, raw2, pos2




_ORDINAL_RANGE_RE = re.compile(r"(?:-to-|\s?[-–]\s?|\s+(?:to|through)\s+)(?P<n>[0-9]{1,3})"
                               r"(?P<suf>st|nd|rd|th)\b(?=[\s-]+centur)")
"""``15th-to-19th century``, ``the 12th-14th centuries``, ``the 6th to 11th centuries``: a
span of centuries, the range Thai writes ``ศตวรรษที่ 15-19``."""
_DOT_THOUSANDS_RE = re.compile(r"[0-9]{1,3}\.[0-9]{3}")


def add_quantity(sc: Scan, s: int, e: int, value: Decimal, raw: str | None, *,
                 vague: bool = False) -> None:
    """Extend a number at s:e (digits, or words when ``raw`` is None) into a mention:
    magnitude, range, currency, percent; then decide its kind and key."""
    t = sc.t
    start, cur = s, None
    mag, pos = magnitude_at(t, e)
    before = currency_symbol_before(t, s, e)
    if before and sc.free(before.start(), before.end()):  # "5 USD 10": USD is taken
        cur, start = CUR_BEFORE[before.group().strip()], before.start()
        if not mag and (short := MAG_SHORT_RE.match(t, e)):
            mag, pos = en.SHORT_MAGNITUDES[short["w"].lower()], short.end()
    elif not mag and (short := MAG_SHORT_RE.match(t, e)) and short["w"] not in "bB" \
            and (en.SCALED_NOUN_AFTER_RE.match(t, short.end())  # "1.5m people"
                 or CUR_AFTER_RE.match(t, short.end())  # "500m baht", "20k euros"
                 or elliptic_million(t, s, short)):  # "7.7 million tonnes ... 6.1m in 2021"
        mag, pos = en.SHORT_MAGNITUDES[short["w"].lower()], short.end()
    if cur == "IDR" and raw is not None and _DOT_THOUSANDS_RE.fullmatch(raw):
        value *= 1000  # "Rp 15.000": Indonesian dots group thousands; rupiah have no cents
    if mag and THAI_LETTER_RE.match(t, pos - 1):
        value, pos = _thai_tail(sc, value, mag, pos)
    lo, hi, raw2, pos = _range(sc, s, value, mag, pos, raw)
    pos, over, power = _over_gap(t, pos, lo, mag) if hi is None else (pos, False, 0)
    lo *= Decimal(10) ** power
    pct, cur, start, after, shift = percent_or_currency(sc, start, pos, cur)
    if not pct and cur is None and (won := WON_AFTER_RE.match(t, after)) \
            and (mag or _grouped(raw)):
        cur, after = "KRW", won.end()  # "1.5 trillion won", "68,300 won on": no verb
    if shift:
        scale = Decimal(10) ** shift
        lo, hi = lo * scale, hi * scale if hi is not None else None
    if too_big(lo) or (hi is not None and too_big(hi)):
        sc.add(s, after, "cardinal")
        return
    span = format_number(lo) + ("" if hi is None else "-" + format_number(hi))
    fields: dict[str, Any] = {"value": float(lo),
                              "value_max": None if hi is None else float(hi)}
    if pct:
        kind, fields["unit"], fields["key"] = "percent", pct, f"percent:{span}"
    elif cur:
        kind, fields["unit"], fields["key"] = "money", cur, f"money:{span}:{cur}"
    elif not mag and raw is not None and raw.isdigit() and (special := year_or_ordinal(
            sc, s, e, raw, raw2, after)) is not None:
        kind, start, after, fields = special
    elif mag and hi is None and THAI_LETTER_RE.match(t, pos - 1) \
            and (mark := scaled_thai_ordinal(sc, s, after)) is not None:
        kind, start, fields["key"] = "ordinal", mark.start(), f"ordinal:{span}"
    elif hi is not None:
        kind, fields["key"] = "range", f"range:{span}"
    else:
        kind, fields["key"] = "cardinal", f"cardinal:{span}"
    if kind == "cardinal" and hi is None and (span_of := find_duration(t, after, lo)):
        if not sc.free(after, span_of.end) and not _absorb_durations(sc, after, span_of.end) \
                and (one := unit_after(t, after)):
            span_of = Duration(one[1], lo, one[0], duration_key(lo, one[0]))
        kind, after = "duration", span_of.end
        fields.update(value=float(span_of.value), unit=span_of.unit, key=span_of.key)
    elif kind == "cardinal" and hi is None and (half := _half_after(t, after)):
        after = half  # "สองชั่วโมงครึ่ง": two and a half hours
        lo += Decimal("0.5")
        fields.update(value=float(lo), key=f"cardinal:{format_number(lo)}")
    if kind in ("cardinal", "percent", "range") and (
            sign := _SIGN_BEFORE_RE.search(t, max(0, start - 8), start)) \
            and sc.free(sign.start(), start):  # "-5C", "minus 3.2%", "ติดลบ 3%"
        start, fields["value"] = sign.start(), -fields["value"]
        fields["key"] = f"{kind}:-{span}"
    if kind in ("cardinal", "duration", "money", "percent", "range"):
        fields["qualifier"] = "over" if over else qualifier(t, start, after)
        if kind == "duration" and fields["qualifier"] == "over" and not over \
                and over_means_across(t, start):
            fields["qualifier"] = None  # "held over three days": across, not more than
    if vague:
        fields["vague"] = True
    if hi is not None and kind in ("range", "percent", "money") \
            and _split_change(sc, start, after, kind, lo, hi, fields):
        return
    sc.add(start, after, kind, **fields)


_CHANGE_TO_RE = re.compile(r"\s+to\s+")


def _split_change(sc: Scan, start: int, after: int, kind: str, lo: Decimal, hi: Decimal,
                  fields: dict[str, Any]) -> bool:
    """``rose from 98.4 to 119.2``, ``a rise from 2 to 4 per cent``: after a verb or noun
    of change, ``from X to Y`` is where the change starts and ends (Thai ``เพิ่มจาก 98.4
    เป็น 119.2``): two numbers of the same kind and unit, not a range."""
    t = sc.t
    to = _CHANGE_TO_RE.search(t, start, after)
    if to is None or not (en_frames.CHANGE_FROM_BEFORE_RE.search(t, max(0, start - 60), start)
                          or en_frames.CHANGE_FROM_GAPPED_RE.search(t, max(0, start - 240), start)):
        return False
    tail = f":{fields['unit']}" if kind == "money" else ""
    kind = "cardinal" if kind == "range" else kind
    for (a, b), v in (((start, to.start()), lo), ((to.end(), after), hi)):
        sc.add(a, b, kind, value=float(v), unit=fields.get("unit"),
               key=f"{kind}:{format_number(v)}{tail}", vague=bool(fields.get("vague")))
    return True


_BASE_CHANGE_WORDS = frozenset({"rise", "rises", "fall", "falls", "increase", "increases",
                                "grow", "grows", "drop", "drops", "cut", "cuts", "go", "goes"})


def _forecast_band(change: str, lo: Decimal, t: str, pos: int) -> bool:
    """``prices to rise by 3 to 4 per cent``, ``cut by 25 to 50 basis points``: after a
    verb of change in its base form (a forecast, a plan), two whole numbers, the second
    at most twice the first, are a band of the change, not a change and the level it
    reaches (``rose by 0.25 to 4.5%``)."""
    if change.split()[0].lower() not in _BASE_CHANGE_WORDS or lo <= 0 or lo != int(lo):
        return False
    m2 = CORE_RE.match(t, pos)
    v2 = decimal_value(m2.group()) if m2 else None
    return v2 is not None and v2 == int(v2) and lo < v2 <= 2 * lo


def _grouped(raw: str | None) -> bool:
    """Digits with thousands separators (``68,300``): an amount, never a count of winners
    (``7 won in the first round``) nor a year (``in 2019 won in Paris``)."""
    return raw is not None and "," in raw


def _absorb_durations(sc: Scan, s: int, e: int) -> bool:
    """``two hours 15 minutes``: the digits' ``15 minutes`` was read first; when the
    claimed text of ``s:e`` is only such durations, drop them for the whole length."""
    inside = [m for m in sc.out if s <= m.start and m.end <= e]
    if not inside or any(m.kind != "duration" for m in inside) or \
            sum(m.end - m.start for m in inside) != sum(sc.mask[s:e]):
        return False
    sc.out[:] = [m for m in sc.out if m not in inside]
    return True


def _over_gap(t: str, pos: int, value: Decimal, mag: int) -> tuple[int, bool, int]:
    """``2,000 กว่าบาท``, ``สามสิบกว่าปี``, ``30 กว่าล้านบาท``: กว่า/เศษ ("over") between a
    number and its magnitude, currency, percent or unit of time, which are read after
    it: (position, over, power of ten of a magnitude after it)."""
    m = th.OVER_GAP_RE.match(t, pos)
    if m is None:
        return pos, False, 0
    power, end = (0, m.end()) if mag else magnitude_at(t, m.end())
    if power or CUR_AFTER_RE.match(t, end) or PCT_AFTER_RE.match(t, end) \
            or find_duration(t, end, value):
        return end, True, power
    return pos, False, 0


def _half_after(t: str, e: int) -> int | None:
    """End of ``<classifier>ครึ่ง`` right after ``e`` (the number is then n + 0.5); any
    short unit word glued to ครึ่ง counts (``2 ฟอร์ลองครึ่ง``, ``2 กิโลครึ่ง``)."""
    cls = th.CLASSIFIER_RE.match(t, e) or _UNIT_THEN_HALF_RE.match(t, e)
    if cls and t.startswith(th.HALF, cls.end()) and not t.startswith("ครึ่งหนึ่ง", cls.end()):
        return cls.end() + len(th.HALF)
    return None


# "2 ฟอร์ลองครึ่ง": a short unit word (2-8 Thai letters) glued to ครึ่ง ("and a half").
_UNIT_THEN_HALF_RE = re.compile(r"\s*[\u0e01-\u0e4e]{2,8}?(?=ครึ่ง(?!หนึ่ง|ทาง|แรก|หลัง|ปี))")




_CHANGE_FROM_RE = re.compile(r"(?i)(?:\bfrom\s+|จาก\s*)$")
_CHANGE_INTO_RE = re.compile(
    r"\s+to\s+|\s*(?:มา|ไป|ขึ้น|ลง)?(?:เป็น|เหลือ|อยู่ที่|แตะ)(?:ระดับ)?\s*")
_SHARED_KINDS = ("money", "percent", "cardinal")


def share_change_units(sc: Scan) -> None:
    """``from 30 to 45 million baht``, ``จาก 30 เป็น 45 ล้านบาท``, ``ลดลงจาก 2.5 เหลือ
    2.25%``: the start of a change written bare takes the scale and unit of its end
    (the writer says them once); a start with its own scale word (``จาก 30 ล้าน เป็น
    45 ล้านบาท``) or written in full (``from 800,000 to 1.2 million``) keeps its value
    and takes the unit only."""
    t, out = sc.t, sorted(sc.out)
    for a, b in pairwise(out):
        if a.kind != "cardinal" or a.unit or a.vague or a.value is None or \
                a.value_max is not None or b.kind not in _SHARED_KINDS or \
                b.value is None or b.value_max is not None or b.vague or \
                (b.kind == "cardinal" and b.unit) or \
                not _CHANGE_INTO_RE.fullmatch(t, a.end, b.start) or \
                not _CHANGE_FROM_RE.search(t, max(0, a.start - 6), a.start):
            continue
        digits_a, digits_b = CORE_RE.match(t, a.start), CORE_RE.search(t, b.start, b.end)
        if digits_a is None or digits_b is None or (
                digits_a.end() != a.end and not MAG_RE.fullmatch(t, digits_a.end(), a.end)):
            continue  # "30 ล้าน" takes the unit only; "30 คน" has its own
        bare_a, bare_b = decimal_value(digits_a.group()), decimal_value(digits_b.group())
        if not bare_a or not bare_b:
            continue
        value = Decimal(str(a.value))
        if value == bare_a and digits_a.end() == a.end:
            value *= Decimal(str(b.value)) / bare_b
        ratio = value / Decimal(str(b.value))
        if (b.kind == "cardinal" and value == Decimal(str(a.value))) or \
                not Decimal("0.01") <= abs(ratio) <= 100:
            continue
        span, tail = format_number(value), f":{b.unit}" if b.kind == "money" else ""
        sc.out[sc.out.index(a)] = a._replace(
            kind=b.kind, value=float(value), unit=b.unit, key=f"{b.kind}:{span}{tail}")
    join_money_ranges(sc)  # "from 2,500 baht to 9,500 baht": one range (numbers/money.py)
