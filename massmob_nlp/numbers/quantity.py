"""Digits and number words for the number scanner (see :mod:`massmob_nlp.numbers`):
cardinals, ordinals, fractions, percents, money, ranges, years and qualifiers."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from . import en, th
from .around import over_means_across, qualifier, thai_ordinal_before
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
from .durations import GLUED_RE, Duration, duration_key, find_duration, unit_after

CORE = (r"(?:[0-9]{1,2}(?:,[0-9]{2})+,[0-9]{3}(?![0-9])(?:\.[0-9]+)?"  # Indian 1,06,963
         r"|[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])(?:\.[0-9]+)?"
         r"|[0-9]{1,3}(?:\.[0-9]{3}){2,}(?![0-9])|[0-9]+(?:\.[0-9]+)?)")
CORE_RE = re.compile(CORE)
ATOM_RE = re.compile(rf"(?<![0-9])(?<![0-9][.,]){CORE}")
"""A number written in digits, not glued to the digit or separator before it."""
_MAG = {**en.MAGNITUDES, **th.MAGNITUDES, "ล.": 6}
_MAG_RE = re.compile(rf"(?!\s(?:bil|mil)(?![A-Za-z]))"  # glued only: "RM2.7bil", not "20 mil"
                     rf"\s?(?P<w>(?i:{alt(en.MAGNITUDES, latin=True)}))"
                     rf"|\s*(?P<t>{alt(th.MAGNITUDES)}|ล\.)(?!ละ|[ก-ฮ]\.)")
_MAG_SHORT_RE = re.compile(r"(?P<w>[kKmMbB])(?![A-Za-z])")
_CUR_AFTER = {w: c for c, ws in en.CURRENCY_AFTER.items() for w in ws}
_CUR_AFTER.update({w: c for c, ws in th.CURRENCY_AFTER.items() for w in ws})
CUR_AFTER_RE = re.compile(
    rf"\s?(?P<w>{alt((w for ws in en.CURRENCY_AFTER.values() for w in ws), latin=True)})"
    rf"|\s*(?P<t>{alt(w for ws in th.CURRENCY_AFTER.values() for w in ws)})"
    r"|\s*(?P<lb>ลบ\.)(?!\s*(?:ม|ซม|กม|ฟ)\.)")  # ลบ. million baht; ลบ.ม. cubic metres
_CUR_BEFORE = {w: c for c, ws in en.CURRENCY_BEFORE.items() for w in ws}
_CUR_BEFORE_RE = re.compile(
    rf"(?:{alt(w for w in _CUR_BEFORE if not w[0].isalpha())}"
    rf"|(?<![A-Za-z])(?:{alt(w for w in _CUR_BEFORE if w[0].isalpha())}))\s?$")
_CUR_SYMBOL_RE = re.compile(r"[$€£¥฿₫₹₩៛₭]")
PCT_AFTER_RE = re.compile(r"(?:\s|-(?=p(?!c(?![A-Za-z]))))?"
                          r"(?:%|(?:percent|per[\s-]cent|pct|pc|percentage[\s-]points?"
                          r"|ppts?|pp)(?![A-Za-z]))"  # "35-percent tariff", "rose 0.5pp", "18pc"
                          rf"|\s*(?:{alt(th.PERCENT_AFTER)})")
BASIS_POINTS_AFTER_RE = re.compile(
    r"[\s-]?(?:basis[\s-]points?|bps|bp)(?![A-Za-z])"
    r"|\s*(?:จุดพื้นฐาน|เบสิสพอยต์|เบสิสพอยท์|เบซิสพอยต์|เบซิสพอยท์)")
"""``25 basis points``, ``a 50-basis-point cut``, ``25bps``, ``25 จุดพื้นฐาน``: hundredths of
a percentage point, keyed like the percentage points a translation writes
(``percent:0.25`` = ``0.25 จุดเปอร์เซ็นต์`` = ``0.25 percentage point``)."""
_RANGE_SEP_RE = re.compile(r"\s*[-–—]\s*to\s+|\s*[-–—]\s*|\s+to\s+|\s+and\s+"
                           r"|\s*(?:จน)?ถึง\s*(?:ปี\s*)?(?:(?:พ|ค)\.\s?ศ\.\s*)?")
"""``2-3``, ``5 to 10``, ``2325 ถึง 2352``, ``ปี 2325 จนถึงปี 2352`` (the year word again)."""
_BETWEEN_RE = re.compile(r"(?i)\bbetween\s+$")
_EN_WORD_AFTER_RE = re.compile(r"\s?(?P<w>[A-Za-z]+)")
_SIGN_BEFORE_RE = re.compile(rf"(?:{en.MINUS_BEFORE}|{th.MINUS_BEFORE})$")
_FRACTION_RE = re.compile(r"/(?P<b>[0-9]+)(?![0-9]|/[0-9]|[.,][0-9])")


# ------------------------------------------------------------ quantities
def _glued_ok(t: str, e: int, currency_before: bool) -> bool:
    """Letters right after digits: a unit, magnitude, percent or currency is fine; so is
    a glued ``k`` (``20k fans``: kept as the digits, which the comparison joins to
    ``2 หมื่น`` through the glued scale) and, after a currency, ``m``."""
    return bool(_MAG_RE.match(t, e) or CUR_AFTER_RE.match(t, e) or PCT_AFTER_RE.match(t, e)
                or BASIS_POINTS_AFTER_RE.match(t, e)
                or en.GLUED_UNITS_RE.match(t, e) or GLUED_RE.match(t, e)
                or bool((short := _MAG_SHORT_RE.match(t, e))
                        and (currency_before or short["w"] in "kK")))


def find_digits(sc: Scan, s: int, e: int) -> None:
    """Add the number written in digits at ``s:e`` (ordinal, fraction or quantity), or
    claim it silently when it is part of a name (``A320``) or glued to a word."""
    t = sc.t
    if s > 0 and _in_name(sc, s, e):
        return
    raw = t[s:e]
    value = decimal_value(raw)
    plain_int = raw.isdigit()
    if e < len(t) and LATIN_RE.match(t, e):
        suffix = en.ORDINAL_SUFFIX_RE.match(t, e)
        if suffix and value is not None and value == value.to_integral_value() and (
                en.ordinal_suffix_fits(int(value), suffix.group())):
            n = int(value)
            if not too_big(value):
                sc.add(s, suffix.end(), "ordinal", value=float(n), key=f"ordinal:{n}")
            return
        if not _glued_ok(t, e, bool(_currency_before(t, s, e))):
            if plain_int and (caps := _GLUED_CAPS_RE.match(t, e)) and sc.free(s, caps.end()):
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


def _in_name(sc: Scan, s: int, e: int) -> bool:
    """Digits glued to the letters of a name (``F1``, ``B-29``, ``H5N1``, ``COVID-19``,
    ``โควิด-19``): the whole name is one ``code`` (see :func:`code_key`); ``Q3`` is the
    third quarter. ``mid-1962`` is no name."""
    t = sc.t
    hyphen = t[s - 1] in "-_" and s > 1 and bool(LATIN_RE.match(t, s - 2)
                                                 or THAI_LETTER_RE.match(t, s - 2))
    if not (LATIN_RE.match(t, s - 1) or hyphen) \
            or en.PREFIX_BEFORE_RE.search(t, max(0, s - 12), s) \
            or _currency_before(t, s, e):
        return False
    a = _NAME_START_RE.search(t, max(0, s - 30), s).start()  # type: ignore[union-attr]
    if hyphen and THAI_LETTER_RE.match(t, s - 2):  # no spaces: วัคซีนโควิด-19 -> โควิด-19
        a = next((i for i in range(s - 2, a, -1) if sc.word_bounds_at(i, i)), a)
    b = _NAME_END_RE.match(t, s).end()  # type: ignore[union-attr]
    if not sc.free(a, b):
        sc.claim(s, e)
        return True
    name = t[a:b]
    if _UNIT_POWER_RE.fullmatch(name) and _UNIT_POWER_BEFORE_RE.search(t, max(0, a - 8), a):
        sc.claim(s, e)  # "µg/m3", "1,200 m2": square and cubic units, no code
        return True
    if (quarter := _QUARTER_RE.fullmatch(name)) is not None:
        n = int(quarter["n"])
        sc.add(a, b, "ordinal", value=float(n), key=f"ordinal:{n}")
    else:  # a disease's name is no figure a translation must keep: vague
        sc.add(a, b, "code", key=code_key(name), vague=bool(_DISEASE_RE.fullmatch(name)))
    return True


_GLUED_CAPS_RE = re.compile(r"(?![BKMST](?![A-Z]))[A-Z]{1,3}"
                            r"(?![0-9A-Za-z\u0e01-\u0e4e]|[-'’][A-Za-z0-9])")
"""Capitals glued after digits that are no unit: a name (``5G``, ``4K``, ``3D``, ``4WD``,
``4WD``) is a ``code``, vague (a translation may write ``3 มิติ`` for ``3D``); a lone
``B``/``M``/``K``/``T`` is a magnitude (``100M views``) and ``S`` a plural, left out."""


_DISEASE_RE = re.compile(r"(?i:covid-?19|sars-cov-2|mers-cov|โควิด-?19)")
"""``COVID-19``, ``SARS-CoV-2``, ``โควิด-19``: names of a disease or virus."""


_GLUED_CODE_RE = re.compile(r"[A-Za-z]*[0-9][0-9A-Za-z]*")


def code_key(name: str) -> str:
    """The key of a name holding digits: two or more Latin letters glued to the digits
    stay in it (``CO2`` and ``SO2``, ``H5N1``, ``MH17`` are different codes;
    ``A320neo-family`` -> ``code:A320NEO``), as translations keep such codes in Latin
    letters; one letter (``F1``, ``G7``: a translation may write ``Formula 1``, ``กลุ่ม
    7 ประเทศ``), a word joined by a hyphen (``COVID-19``, ``B-29``) and a name in Thai
    letters (``โควิด-19``) are keyed by their digits (``code:19``).

    Examples:
        >>> code_key("CO2"), code_key("Covid-19"), code_key("โควิด-19")
        ('code:CO2', 'code:19', 'code:19')
    """
    digits = "".join(ch for ch in name if ch.isdigit())
    if THAI_LETTER_RE.search(name):
        return "code:" + digits
    glued = [p for p in _GLUED_CODE_RE.findall(name) if not p.isdigit()]
    if len(glued) != 1 or "".join(ch for ch in glued[0] if ch.isdigit()) != digits \
            or sum(ch.isalpha() for ch in glued[0]) < 2:
        return "code:" + digits
    return "code:" + str(glued[0]).upper()


_NAME_START_RE = re.compile(r"[^\s,;:()\[\]\"“”'‘’/]*$")
_NAME_END_RE = re.compile(r"[0-9A-Za-z\u0e01-\u0e4e]*(?:[-_][0-9A-Za-z\u0e01-\u0e4e]+)*")
_QUARTER_RE = re.compile(r"Q(?P<n>[1-4])")
_UNIT_POWER_RE = re.compile(r"(?:[kcdm]?m|ft|in|yd|mi)[23]")
_UNIT_POWER_BEFORE_RE = re.compile(r"(?:/|[0-9]\s?|\b(?i:per|a|each)\s)$")
_QUARTER_BEFORE_RE = re.compile(r"(?:\bQ[1-4]|ไตรมาส\s*(?:ที่\s*)?[1-4])[\s/-]*$")
"""``Q2 2025``, ``ไตรมาส 2 2568``: a year after a quarter, whatever follows it."""


_ELLIPTIC_AFTER_RE = re.compile(
    r"(?=\s*(?:[.,;:)]|$)|\s+(?:in|and|or|to|from|a|an|last|this|by|on|at|over|previously|"
    r"earlier|the\s+(?:previous|year|month|week))\b)")
_SCALED_COUNT_RE = re.compile(r"[0-9](?:\s?(?:million|billion)\b|m\s+(?:of\s+)?[a-z]{2,}s\b)")
_LENGTH_WORDS_RE = re.compile(
    r"(?i)\b(?:metres?|meters?|km|kilometres?|tall|high|long|deep|wide|height|depth|"
    r"altitude|length|sprint|hurdles|relay|freestyle|backstroke|breaststroke|butterfly)\b")


def _elliptic_million(t: str, s: int, short: re.Match[str]) -> bool:
    """``7.7 million tonnes in 2022 and 6.1m in 2021``, ``to about 8.3m.``: a bare ``m``
    with no noun after it is millions when the same text counts in millions elsewhere
    and says nothing of lengths (``the 100m in 9.58``, ``2.4m high``)."""
    if short["w"].lower() != "m" or not _ELLIPTIC_AFTER_RE.match(t, short.end()) \
            or t.endswith(("the ", "The "), 0, s):
        return False
    return bool(_SCALED_COUNT_RE.search(t)) and not _LENGTH_WORDS_RE.search(t)


def _currency_before(t: str, s: int, e: int) -> re.Match[str] | None:
    """The currency symbol or code right before the digits at ``s:e`` (``$``, ``VND``,
    ``Rs``); the bare ``W`` (Korean won) only before a scale: ``W1.5tn``."""
    m = _CUR_BEFORE_RE.search(t, max(0, s - 6), s)
    if m is not None and m.group().strip() in _SCALE_ONLY_BEFORE \
            and not (_MAG_RE.match(t, e) or _MAG_SHORT_RE.match(t, e)):
        return None
    if m is not None and m.group().strip() == "P" and not peso_before(t, s, e):
        return None
    if m is not None and m.group().strip() == "K" and not kyat_before(t, s, e):
        return None
    if m is not None and m.group().strip() == "B" and not _letter_money(t, s, e, "B"):
        return None
    return m


_SCALE_ONLY_BEFORE = frozenset({"W"})
_PESO_WORD_RE = re.compile(r"(?i:\bpesos?\b|\bphp\b)|₱")
_PESO_STRONG_RE = re.compile(
    r"(?<![A-Za-z0-9_/&.-])P[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])"
    r"|(?<![A-Za-z0-9_/&.-])P[0-9]+(?:\.[0-9]+)?\s?(?:billion|million|trillion|bn|[BMK]\b)")
_MONEY_BEFORE_RE = re.compile(
    r"(?i)\b(?:costs?|costing|worth|priced|price[sd]?|fares?|pay|pays|paid|wages?|salar(?:y|ies)"
    r"|fees?|fined?|budget|allowance|subsid(?:y|ies)|bonus|loans?|sells?|sold|buy|bought"
    r"|spen[dt]|spending|hike|rollback|rebate|cash|aid|grant|tax|tariffs?|toll|ransom|bail"
    r"|reward|bounty|donat(?:ed|ion)|raised?|earn(?:s|ed)?|amount(?:ing|ed)?)"
    r"(?:\s+(?:of|at|to|by|for|about|around|nearly|almost|only|just|some|up|from|an?|over"
    r"|under|least|than|more|less))*\s+$")
_PER_UNIT_AFTER_RE = re.compile(
    r"(?i)\s?(?:per\s+[a-z]|each\b|(?:/\s?|an?\s+)(?:kilos?|kg|liters?|litres?|head|month"
    r"|day|piece|pack|sack|bag|ride|trip|person|household|family|hour|share|unit)\b)")


_LETTER_RANGE_BEFORE_RE = {
    c: re.compile(rf"(?<![A-Za-z0-9]){c}(?P<n>[0-9]+(?:[.,][0-9]+)*)\s*(?:[-–]|to|and)\s*$")
    for c in "PKB"}
_LETTER_RANGE_AFTER_RE = {
    c: re.compile(rf"\s*(?:[-–]|to|and)\s*{c}(?P<n>[0-9]+(?:[.,][0-9]+)*)") for c in "PKB"}
_BAHT_WORD_RE = re.compile(r"(?i:\bbaht\b|\bTHB\b|\bBt\b)|บาท|฿")


def peso_before(t: str, s: int, e: int) -> bool:
    """The bare ``P`` glued before digits at ``s:e`` is the Philippine peso (Philippine
    papers write ``P1.2 billion``, ``P25,000``, ``rice at P45 per kilo``): a scale word or
    thousands separators after it, centavos (``P45.50``), a money word before it
    (``fares of P13``), a rate after it (``P45 a kilo``), pesos named elsewhere in the
    text, or the other end of a range that is a peso (``P120-P140``). ``P1`` (a grid slot,
    Primary 1), ``P-8``, ``UP1``, ``AP2`` are no money."""
    return _letter_money(t, s, e, "P")


def kyat_before(t: str, s: int, e: int) -> bool:
    """The bare ``K`` glued before digits at ``s:e`` is the Myanmar kyat (Myanmar papers
    write ``K500 billion``, ``K1,500 a viss``): a scale word or thousands separators after
    it, the other end of a range that is a kyat (``K12,000-K14,000``), or a money word
    before it or a rate after it in a text that names kyats or Myanmar. ``K9``, ``K2``,
    ``K-12``, ``UK2`` are no money."""
    return _letter_money(t, s, e, "K")


_KYAT_WORD_RE = re.compile(r"(?i:\bkyats?\b|\bMMK\b)")
_MYANMAR_RE = re.compile(r"\b(?:Myanmar|Burm(?:a|ese)|Yangon|Naypyitaw|Nay Pyi Taw|Mandalay)\b")
_KYAT_STRONG_RE = re.compile(
    r"(?<![A-Za-z0-9_/&.-])K[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])"
    r"|(?<![A-Za-z0-9_/&.-])K[0-9]+(?:\.[0-9]+)?\s?(?:billion|million|trillion|bn|lakh|crore)\b")
_NOT_KYAT_AFTER_RE = re.compile(r"\s+(?:unit|squad|team|dogs?|mountain|peak|summit|schools?)\b")


def _letter_money(t: str, s: int, e: int, c: str, back: bool = True, ahead: bool = True
                  ) -> bool:
    """:func:`peso_before` (``c`` ``P``) and :func:`kyat_before` (``c`` ``K``); ``back``
    and ``ahead`` let the test look at the other end of a range (one step, no loop)."""
    if s < 1 or t[s - 1] != c:
        return False
    first = _LETTER_RANGE_BEFORE_RE[c].search(t, max(0, s - 24), s - 1) \
        if s >= 2 and t[s - 2] in " -–o" else None
    if s >= 2 and (t[s - 2].isalnum() or t[s - 2] in "_/&.-") \
            and not (first is not None and t[s - 2] in "-–"):
        return False
    if _MAG_RE.match(t, e) or (c == "P" and _MAG_SHORT_RE.match(t, e)) \
            or _HYPHEN_MAG_RE.match(t, e) or "," in t[s:e] \
            or (c == "P" and re.fullmatch(r"[0-9]+\.[0-9]{2}", t[s:e])):
        return True
    if c == "P" and t.startswith("-per-", e):
        return True  # "the P20-per-kilo rice"
    other = _LETTER_RANGE_AFTER_RE[c].match(t, e)
    if (t.startswith("-", e) and other is None) or LATIN_RE.match(t, e):
        return False
    if back and first is not None \
            and _letter_money(t, first.start("n"), first.end("n"), c, ahead=False):
        return True  # "P120-P140": the second end of a peso range
    if ahead and other is not None \
            and _letter_money(t, other.start("n"), other.end("n"), c, back=False):
        return True  # "from P48 to P58 per kilo", "P17-P23 a kilo"
    context = bool(_MONEY_BEFORE_RE.search(t, max(0, s - 40), s - 1)
                   or _PER_UNIT_AFTER_RE.match(t, e))
    if c == "K":  # "Every K100 on a litre" after "K4,500" or kyats in the text
        if _KYAT_WORD_RE.search(t) or _KYAT_STRONG_RE.search(t):
            return context or not _NOT_KYAT_AFTER_RE.match(t, e)
        return context and bool(_MYANMAR_RE.search(t))
    if c == "B":  # "fined B450": a money word and baht named in the text
        return context and bool(_BAHT_WORD_RE.search(t))
    return context or bool(_PESO_WORD_RE.search(t) or _PESO_STRONG_RE.search(t))


_WON_AFTER_RE = re.compile(
    r"\s?won(?=\s*(?:[(,.;:!?)]|$)|\s+(?:in|of|for|to|and|or|from|worth|per|on|at|last|this"
    r"|each|which|that|was|were|is|are|has|have|had|will|would|could|can|may|might|should"
    r"|must|\(|\$)\b)")
"""``1.5 trillion won.``, ``3bn won ($2.2bn)``, ``68,300 won on the Kosdaq``, ``500,000 won
each``; not the verb (``3 million won the vote``, ``Hoshoryu, 25, won``)."""


# "a 3.04-billion-baht budget", "a 10,000-baht handout", "a two-million-dollar deal": an
# amount used as an adjective joins number, scale and currency with hyphens. Weights
# take that form too ("a 5-pound bag"), so pounds and sterling are left out.
_HYPHEN_CURRENCIES = {w: c for c, ws in en.CURRENCY_AFTER.items() for w in ws
                      if w.isalpha() and w.islower() and c != "GBP"}
# the singular an adjective takes ("a 5-billion-won loan", "a 200-crore-rupee plan"); after
# a hyphen "won" is never the verb
_HYPHEN_CURRENCIES.update({"won": "KRW", "rupee": "INR", "peso": "PHP", "franc": "CHF",
                           "rouble": "RUB", "ruble": "RUB", "krona": "SEK", "rand": "ZAR"})
_HYPHEN_CUR_RE = re.compile(rf"-(?P<w>{alt(_HYPHEN_CURRENCIES, latin=True)})(?![A-Za-z])")
_HYPHEN_MAG_RE = re.compile(
    r"-(?P<w>(?i:thousand|million|billion|trillion|crore|lakh))(?![A-Za-z])")
"""A scale word joined by a hyphen: ``a $5-billion deal``, ``a 1.8-billion-mile trip``,
``a 2.5-million-tonne harvest``, ``a 3.04-billion-baht budget``."""


def _magnitude(t: str, pos: int) -> tuple[int, int]:
    """(power of ten, end) of a magnitude word (``million``, ``ล้าน``) at ``pos``,
    else (0, pos)."""
    m = _MAG_RE.match(t, pos)
    if m is None and (h := _HYPHEN_MAG_RE.match(t, pos)):
        return _MAG[h["w"].lower()], h.end()
    if m is None or (m["t"] == "ล้าน" and _PIXEL_AFTER_RE.match(t, m.end())):
        return 0, pos  # "50 ล้านพิกเซล": fifty megapixels, as "a 50-megapixel sensor"
    word = m["w"].lower() if m["w"] else m["t"]
    return _MAG[word], m.end()


_PIXEL_AFTER_RE = re.compile(r"\s*พิก(?:เซล|เซ็ล)")


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


def _is_counted(t: str, e: int) -> bool:
    """A counted noun follows (``2000 people``, ``2567 คน``): the number is no year."""
    if th.CLASSIFIER_RE.match(t, e):
        return True
    m = _EN_WORD_AFTER_RE.match(t, e)
    if m is None:
        return False
    w = m["w"]
    return w[0].islower() and w not in en.FUNCTION_WORDS and w not in en.YEAR_NOUNS


def _singular_after_determiner(t: str, s: int, after: int) -> bool:
    """``the 2021 peak``, ``a 2016 study``: a determiner before the number and a
    singular noun after it (no count of thousands takes a singular noun)."""
    m = _EN_WORD_AFTER_RE.match(t, after)
    if m is None or not en.YEAR_DETERMINER_BEFORE_RE.search(t, max(0, s - 8), s):
        return False
    w = m["w"]
    return len(w) >= 3 and not w.endswith("s") and w.lower() not in en.PLURALS_WITHOUT_S


def _year_of(sc: Scan, s: int, raw: str, after: int) -> tuple[int, str] | None:
    """(CE year, calendar) when the plain integer ``raw`` at ``s`` is a year."""
    t = sc.t
    th_marker = th.YEAR_BEFORE_RE.search(t, max(0, s - 16), s)
    en_marker = en.YEAR_BEFORE_RE.search(t, max(0, s - 16), s) \
        or _QUARTER_BEFORE_RE.search(t, max(0, s - 12), s)
    counted = _is_counted(t, after) and not _singular_after_determiner(t, s, after)
    n = int(raw)
    ce = th.CE_BEFORE_RE.search(t, max(0, s - 16), s)
    if len(raw) == 2 and th_marker and not counted:
        return (2000 + n, "CE") if ce else (n + 2500 - 543, "BE")
    if len(raw) <= 3 and th.RS_BEFORE_RE.search(t, max(0, s - 16), s):
        return n + th.RS_OFFSET, "BE"  # ร.ศ. 112 (1893 CE): a Thai era, like พ.ศ.
    if (len(raw) >= 3 and th.BE_BEFORE_RE.search(t, max(0, s - 16), s)) or (
            len(raw) == 4 and (en.BE_BEFORE_RE.search(t, max(0, s - 20), s)
                               or en.BE_AFTER_RE.match(t, after))):
        return n - 543, "BE"  # พ.ศ. 2325, B.E. 2325: an era marker makes any number a year
    if len(raw) == 4 and en.BE_YEAR_GLOSS_BEFORE_RE.search(t, max(0, s - 24), s):
        return n, "CE"  # "B.E. 2325 (1782)": the CE year glossing a BE year
    if ce:
        return n, "CE"
    if len(raw) != 4 or (counted and not (th_marker or en_marker)):
        return None
    if 2400 <= n <= 2700 or (th_marker and th.BE_AFTER_YEAR_WORD <= n <= 2700):
        if th_marker or en_marker or sc.thai_context(s):
            return n - 543, "BE"
        return None
    if 1900 <= n <= 2100 or (1000 <= n < 1900 and (th_marker or en_marker)):
        return n, "CE"
    return None


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
    if (sym1 := _CUR_BEFORE_RE.search(t, max(0, first - 6), first)) is not None:
        first = sym1.start()  # "rose by $6,889 to $128,105": the change is before the "$"
    sep = _RANGE_SEP_RE.match(t, unit1.end() if unit1 else pos)
    if sep and "ปี" in sep.group() and not (raw and raw.isdigit() and len(raw) == 4):
        return lo, None, None, pos  # "ร้อยละ 15 จนถึงปี 2570": 15% until 2027, no range
    if not sep or (sep.group().strip() == "and"
                   and not _BETWEEN_RE.search(t, max(0, first - 9), first)) \
            or (sep.group().strip() == "to"
                and en.CHANGE_BEFORE_RE.search(t, max(0, first - 40), first)):
        return lo, None, None, pos
    sym = _CUR_SYMBOL_RE.match(t, sep.end())  # "£3,000-£5,000"
    minus2 = sign is not None and sep.group().strip() in ("to", "and", "ถึง", "จนถึง") \
        and t.startswith(("-", "−"), sep.end())  # "-5C and -2C"
    m2 = CORE_RE.match(t, sym.end() if sym else sep.end() + minus2)
    if not m2 or not sc.free(*m2.span()) or t.startswith("/", m2.end()):
        return lo, None, None, pos
    if LATIN_RE.match(t, m2.end()):  # "30-32C": one unit glued to the second number
        unit2 = en.GLUED_UNITS_RE.match(t, m2.end())
        if unit2 is None or (unit1 is not None and unit1.group() != unit2.group()) \
                or _CUR_SYMBOL_RE.match(t, s - 1 if s else 0):
            return lo, None, None, pos
    elif unit1 is not None:
        return lo, None, None, pos
    v2 = decimal_value(m2.group())
    if v2 is None or too_big(v2):
        return lo, None, None, pos
    mag2, pos2 = _magnitude(t, m2.end())
    if mag and not mag2:
        return lo, None, None, pos  # "paid $5m to 300 workers"
    if mag2 and not mag:
        lo = value * Decimal(10) ** mag2
    hi = v2 * Decimal(10) ** (mag2 or mag) * (-1 if minus2 else 1)
    raw2 = m2.group()
    if raw and len(raw) == 4 and raw.isdigit() and len(raw2) == 2 and not mag \
            and not mag2 and hi < lo:
        hi = lo - lo % 100 + hi  # 2020-25
    if hi < (-lo if sign else lo):
        return lo, None, None, pos
    return lo, hi, raw2, pos2


# Pence: "446p", "61.1p a share", "50 pence", "464 เพนซ์", "61.1 เพนนี" are money in
# pounds (``money:4.46:GBP``), so a translation that writes pounds joins them; not
# "3p.m." or "pp" (percentage points).
_SEN_AFTER_RE = re.compile(r"\s(?:sen\b)|\s*(?:เซน|เซ็น)(?![ก-๛])")
"""Malaysian cents: ``petrol rose 20 sen`` is RM0.20 (not ``เซนติเมตร``, ``เซ็นสัญญา``)."""
_PENCE_AFTER_RE = re.compile(r"p(?![A-Za-z0-9]|\.[A-Za-z])|\s?pence\b|\s*(?:เพนซ์|เพนนี|เพ็นซ์)")
# "he weighed 210 pounds", "tipped the scales at 300 pounds", "a 5-pound bag of rice":
# after a verb of weight, pounds are a mass (as ``210lb``), not sterling.
_WEIGHT_BEFORE_RE = re.compile(
    r"(?i)\b(?:weigh(?:s|ed|ing)?|tipp(?:ed|ing)\s+the\s+scales?\s+at|scales?\s+at)"
    r"(?:\s+(?:about|around|nearly|almost|just|only|over|under|more\s+than|less\s+than|"
    r"roughly|some|up\s+to|at\s+least|an\s+estimated))*\s+$"
    r"|น้ำหนัก\s*(?:ราว|ประมาณ|กว่า|เกือบ|ถึง)?\s*$")
_POUND_WORD_RE = re.compile(r"(?i)pounds?|ปอนด์")
_METRIC_WEIGHT_AFTER_RE = re.compile(
    r"(?i)\s*\(\s*(?:about\s+|around\s+|roughly\s+|some\s+|ราว\s*|ประมาณ\s*)?[0-9][0-9,.]*\s*"
    r"(?:kilograms?|kilos?|kg|tonnes?|metric\s+tons?|grams?|g|กิโลกรัม|กก\.|ตัน|กรัม)(?![A-Za-z])")
"""``6,060 pounds (2,750 kilograms)``: pounds converted to a metric weight are a mass."""
_VIDEO_LINES = frozenset({"360", "480", "720", "1080", "1440", "2160"})


_PP_RE = re.compile(r"(?i)percentage|pp|จุดเปอร์เซ")
"""Percentage points (``0.2 percentage points``, ``0.5pp``, ``0.3 จุดเปอร์เซ็นต์``): unit
``pp``, keyed like the percent (Thai often writes them ``ร้อยละ``), so the comparison
may prefer a ``pp`` partner but still joins a ``%`` one."""


def _unit(sc: Scan, start: int, pos: int, cur: str | None
          ) -> tuple[str, str | None, int, int, int]:
    """(the percent's unit ``%`` or ``pp`` (percentage points) or ``""``, currency,
    start, end, power of ten to apply) from a percent sign after ``pos`` or ``ร้อยละ``
    before ``start``, else a currency after ``pos``."""
    t = sc.t
    pct = PCT_AFTER_RE.match(t, pos)
    if pct:
        return ("pp" if _PP_RE.search(pct.group()) else "%"), cur, start, pct.end(), 0
    if (bp := BASIS_POINTS_AFTER_RE.match(t, pos)) is not None:
        return "pp", cur, start, bp.end(), -2  # "25 basis points" is 0.25 percentage points
    pct_before = th.PERCENT_BEFORE_RE.search(t, max(0, start - 10), start)
    if pct_before:
        return "%", cur, pct_before.start(), pos, 0
    if cur is None and (coin := th.COIN_AFTER_MAGNITUDE_RE.match(t, pos)):
        return "", "USD", start, coin.end(), 0
    if cur is None and (sen := _SEN_AFTER_RE.match(t, pos)):
        return "", "MYR", start, sen.end(), -2  # "20 sen", "50 เซน": ringgit cents
    if cur is None and (pence := _PENCE_AFTER_RE.match(t, pos)) \
            and t[start:pos].strip() not in _VIDEO_LINES:
        return "", "GBP", start, pence.end(), -2  # "446p", "61.1 เพนซ์": pounds
    if cur is None and (cm := CUR_AFTER_RE.match(t, pos)):
        if (_WEIGHT_BEFORE_RE.search(t, max(0, start - 30), start)
                or _METRIC_WEIGHT_AFTER_RE.match(t, cm.end())) \
                and _POUND_WORD_RE.fullmatch(cm.group().strip()):
            return "", None, start, pos, 0  # "he weighed 210 pounds": a mass, no money
        if cm["lb"]:
            return "", "THB", start, cm.end(), 6  # ลบ. is million baht
        return "", _CUR_AFTER[cm["w"] or cm["t"]], start, cm.end(), 0
    if cur is None and (hc := _HYPHEN_CUR_RE.match(t, pos)):
        return "", _HYPHEN_CURRENCIES[hc["w"]], start, hc.end(), 0
    return "", cur, start, pos, 0


_DOT_THOUSANDS_RE = re.compile(r"[0-9]{1,3}\.[0-9]{3}")


def add_quantity(sc: Scan, s: int, e: int, value: Decimal, raw: str | None, *,
                 vague: bool = False) -> None:
    """Extend a number at s:e (digits, or words when ``raw`` is None) into a mention:
    magnitude, range, currency, percent; then decide its kind and key."""
    t = sc.t
    start, cur = s, None
    mag, pos = _magnitude(t, e)
    before = _currency_before(t, s, e)
    if before and sc.free(before.start(), before.end()):  # "5 USD 10": USD is taken
        cur, start = _CUR_BEFORE[before.group().strip()], before.start()
        if not mag and (short := _MAG_SHORT_RE.match(t, e)):
            mag, pos = en.SHORT_MAGNITUDES[short["w"].lower()], short.end()
    elif not mag and (short := _MAG_SHORT_RE.match(t, e)) and short["w"] not in "bB" \
            and (en.SCALED_NOUN_AFTER_RE.match(t, short.end())  # "1.5m people"
                 or CUR_AFTER_RE.match(t, short.end())  # "500m baht", "20k euros"
                 or _elliptic_million(t, s, short)):  # "7.7 million tonnes ... 6.1m in 2021"
        mag, pos = en.SHORT_MAGNITUDES[short["w"].lower()], short.end()
    if cur == "IDR" and raw is not None and _DOT_THOUSANDS_RE.fullmatch(raw):
        value *= 1000  # "Rp 15.000": Indonesian dots group thousands; rupiah have no cents
    if mag and THAI_LETTER_RE.match(t, pos - 1):
        value, pos = _thai_tail(sc, value, mag, pos)
    lo, hi, raw2, pos = _range(sc, s, value, mag, pos, raw)
    pos, over, power = _over_gap(t, pos, lo, mag) if hi is None else (pos, False, 0)
    lo *= Decimal(10) ** power
    pct, cur, start, after, shift = _unit(sc, start, pos, cur)
    if not pct and cur is None and (won := _WON_AFTER_RE.match(t, after)) \
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
    elif not mag and raw is not None and raw.isdigit() and (special := _plain_int(
            sc, s, e, raw, raw2, after)) is not None:
        kind, start, after, fields = special
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
    if to is None or not en.CHANGE_FROM_BEFORE_RE.search(t, max(0, start - 60), start):
        return False
    tail = f":{fields['unit']}" if kind == "money" else ""
    kind = "cardinal" if kind == "range" else kind
    for (a, b), v in (((start, to.start()), lo), ((to.end(), after), hi)):
        sc.add(a, b, kind, value=float(v), unit=fields.get("unit"),
               key=f"{kind}:{format_number(v)}{tail}", vague=bool(fields.get("vague")))
    return True


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
    power, end = (0, m.end()) if mag else _magnitude(t, m.end())
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


# An ordinal written with its Thai marker (``วันที่ 2``, ``ครั้งที่ 3``, ``อันดับ 4``).
_THAI_MARKED_RE = re.compile(r"[\u0e01-\u0e4e]")
# "2 ฟอร์ลองครึ่ง": a short unit word (2-8 Thai letters) glued to ครึ่ง ("and a half").
_UNIT_THEN_HALF_RE = re.compile(r"\s*[\u0e01-\u0e4e]{2,8}?(?=ครึ่ง(?!หนึ่ง|ทาง|แรก|หลัง|ปี))")


def _plain_int(sc: Scan, s: int, e: int, raw: str, raw2: str | None, after: int
               ) -> tuple[str, int, int, dict[str, Any]] | None:
    """Year, year range or Thai ordinal for a plain integer, else None."""
    t = sc.t
    y1 = _year_of(sc, s, raw, after)
    if raw2 is not None:
        if y1 is None or len(raw) != 4:
            return None
        full2 = raw2 if len(raw2) == 4 else raw[:2] + raw2
        n1, n2 = int(raw), int(full2)
        if not 0 < n2 - n1 <= 100:
            return None
        cal2 = y1[1]  # พ.ศ. 2325-2330: both years of the one era
        y2 = n2 - (543 if cal2 == "BE" else 0)
        return "year_range", s, after, {
            "value": float(y1[0]), "value_max": float(y2), "calendar": y1[1],
            "key": f"year_range:{y1[0]}-{y2}"}
    n = int(raw)
    ordinal = thai_ordinal_before(sc, s)
    if ordinal and (not _is_counted(t, after) or (
            ordinal["word"] and th.YEAR_PHRASE_AFTER_RE.match(t, after))):
        return "ordinal", ordinal.start(), e, {"value": float(n), "key": f"ordinal:{n}"}
    rank = th.RANK_BEFORE_RE.search(t, max(0, s - 10), s)  # อันดับ 4: fourth place
    if rank and not _is_counted(t, after) and not th.RATIO_AFTER_RE.match(t, e):
        return "ordinal", rank.start(), e, {"value": float(n), "key": f"ordinal:{n}"}
    coord = th.ORDINAL_COORD_BEFORE_RE.search(t, max(0, s - 8), s)  # วันที่ 2 และ 3
    if coord and not _is_counted(t, after) and not th.MONTH_NUMBER_AFTER_RE.match(t, e) \
            and any(m.kind == "ordinal" and m.end == coord.start()
                    and _THAI_MARKED_RE.match(m.text) for m in sc.out[-2:]):
        return "ordinal", s, e, {"value": float(n), "key": f"ordinal:{n}"}
    lunar = th.LUNAR_DAY_BEFORE_RE.search(t, max(0, s - 6), s)
    if lunar and 1 <= n <= 15 and (night := th.LUNAR_DAY_AFTER_RE.match(t, e)):
        return "ordinal", lunar.start(), night.end(), {"value": float(n), "key": f"ordinal:{n}"}
    month = th.MONTH_NUMBER_BEFORE_RE.search(t, max(0, s - 8), s)
    if month and 1 <= n <= 12 and not _is_counted(t, after) \
            and not th.MONTH_NUMBER_AFTER_RE.match(t, e):  # วันที่ 27 เดือน 12
        return "ordinal", month.start(), e, {"value": float(n), "key": f"ordinal:{n}"}
    anniversary = th.ANNIVERSARY_BEFORE_RE.search(t, max(0, s - 10), s)
    if anniversary and (year_word := th.ANNIVERSARY_AFTER_RE.match(t, e)):
        return "ordinal", anniversary.start(), year_word.end(), {
            "value": float(n), "key": f"ordinal:{n}"}
    if y1 is not None:
        return "year", s, e, {"value": float(y1[0]), "calendar": y1[1],
                              "key": f"year:{y1[0]}"}
    return None
