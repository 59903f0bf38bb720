"""Magnitudes, currencies and percents around digits for :mod:`massmob_nlp.numbers.quantity`:
scale words (``million``, ``ล้าน``, glued ``5m``, ``RM2.7bil``, ``a $5-billion deal``),
currency symbols, codes and words before or after the number (``$``, ``VND``, ``baht``,
``ลบ.``), the bare letters ``P`` (peso), ``K`` (kyat), ``B`` (baht) and ``W`` (won) where
the text makes them money, ``won`` after an amount, pence and sen, pounds of weight,
percents, percentage and basis points."""

from __future__ import annotations

import re

from . import en, th, weights
from .base import LATIN_RE, Scan, alt, format_number

_MAG = {**en.MAGNITUDES, **th.MAGNITUDES, "ล.": 6}
MAG_RE = re.compile(rf"(?!\s(?:bil|mil)(?![A-Za-z]))"  # glued only: "RM2.7bil", not "20 mil"
                     rf"\s?(?P<w>(?i:{alt(en.MAGNITUDES, latin=True)}))"
                     rf"|\s*(?P<t>{alt(th.MAGNITUDES)}|ล\.)(?!ละ|[ก-ฮ]\.)")
MAG_SHORT_RE = re.compile(r"(?P<w>[kKmMbB])(?![A-Za-z])")
_CUR_AFTER = {w: c for c, ws in en.CURRENCY_AFTER.items() for w in ws}
_CUR_AFTER.update({w: c for c, ws in th.CURRENCY_AFTER.items() for w in ws})
CUR_AFTER_RE = re.compile(
    rf"\s?(?P<w>{alt((w for ws in en.CURRENCY_AFTER.values() for w in ws), latin=True)})"
    rf"|\s*(?P<t>{alt(w for ws in th.CURRENCY_AFTER.values() for w in ws)})"
    r"|\s*(?P<lb>ลบ\.)(?!\s*(?:ม|ซม|กม|ฟ)\.)")  # ลบ. million baht; ลบ.ม. cubic metres
CUR_BEFORE = {w: c for c, ws in en.CURRENCY_BEFORE.items() for w in ws}
CUR_BEFORE_RE = re.compile(
    rf"(?:{alt(w for w in CUR_BEFORE if not w[0].isalpha())}"
    rf"|(?<![A-Za-z])(?:{alt(w for w in CUR_BEFORE if w[0].isalpha())}))\s?$")
CUR_SYMBOL_RE = re.compile(r"[$€£¥฿₫₹₩៛₭]")
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


_ELLIPTIC_AFTER_RE = re.compile(
    r"(?=\s*(?:[.,;:)]|$)|\s+(?:in|and|or|to|from|a|an|last|this|by|on|at|over|previously|"
    r"earlier|the\s+(?:previous|year|month|week))\b)")
_SCALED_COUNT_RE = re.compile(r"[0-9](?:\s?(?:million|billion)\b|m\s+(?:of\s+)?[a-z]{2,}s\b)")
_LENGTH_WORDS_RE = re.compile(
    r"(?i)\b(?:metres?|meters?|km|kilometres?|tall|high|long|deep|wide|height|depth|"
    r"altitude|length|sprint|hurdles|relay|freestyle|backstroke|breaststroke|butterfly)\b")


def elliptic_million(t: str, s: int, short: re.Match[str]) -> bool:
    """``7.7 million tonnes in 2022 and 6.1m in 2021``, ``to about 8.3m.``: a bare ``m``
    with no noun after it is millions when the same text counts in millions elsewhere
    and says nothing of lengths (``the 100m in 9.58``, ``2.4m high``)."""
    if short["w"].lower() != "m" or not _ELLIPTIC_AFTER_RE.match(t, short.end()) \
            or t.endswith(("the ", "The "), 0, s):
        return False
    return bool(_SCALED_COUNT_RE.search(t)) and not _LENGTH_WORDS_RE.search(t)


def currency_symbol_before(t: str, s: int, e: int) -> re.Match[str] | None:
    """The currency symbol or code right before the digits at ``s:e`` (``$``, ``VND``,
    ``Rs``); the bare ``W`` (Korean won) only before a scale: ``W1.5tn``."""
    m = CUR_BEFORE_RE.search(t, max(0, s - 6), s)
    if m is not None and m.group().strip() in _SCALE_ONLY_BEFORE \
            and not (MAG_RE.match(t, e) or MAG_SHORT_RE.match(t, e)):
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
    if MAG_RE.match(t, e) or (c == "P" and MAG_SHORT_RE.match(t, e)) \
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


WON_AFTER_RE = re.compile(
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


def magnitude_at(t: str, pos: int) -> tuple[int, int]:
    """(power of ten, end) of a magnitude word (``million``, ``ล้าน``) at ``pos``,
    else (0, pos)."""
    m = MAG_RE.match(t, pos)
    if m is None and (h := _HYPHEN_MAG_RE.match(t, pos)):
        return _MAG[h["w"].lower()], h.end()
    if m is None or (m["t"] == "ล้าน" and _PIXEL_AFTER_RE.match(t, m.end())):
        return 0, pos  # "50 ล้านพิกเซล": fifty megapixels, as "a 50-megapixel sensor"
    word = m["w"].lower() if m["w"] else m["t"]
    return _MAG[word], m.end()


_PIXEL_AFTER_RE = re.compile(r"\s*พิก(?:เซล|เซ็ล)")


# Pence: "446p", "61.1p a share", "50 pence", "464 เพนซ์", "61.1 เพนนี" are money in
# pounds (``money:4.46:GBP``), so a translation that writes pounds joins them; not
# "3p.m." or "pp" (percentage points).
_SEN_AFTER_RE = re.compile(r"\s(?:sen\b)|\s*(?:เซน|เซ็น)(?!ติ|ต์|ตร|ทร|สัญ|ชื่อ|รับ|ซ|เซอร์|เตอร์"
                           r"|[\u0e30-\u0e3a\u0e47-\u0e4e])")
"""Malaysian cents: ``petrol rose 20 sen`` is RM0.20, also glued to the next Thai word
(``ฟองละ 10 เซ็นเมื่อ``); not ``เซนติเมตร``, ``เซ็นต์``, ``เซ็นทรัล``, ``เซ็นสัญญา``."""
_SATANG_AFTER_RE = re.compile(r"\s*สตางค์|\s(?i:satang)\b")
"""Thai cents: ``ลดลง 50 สตางค์`` is 0.50 baht (``money:0.5:THB``, English ``50 satang``)."""
_CENTS_AFTER_RE = re.compile(r"[\s-]?(?:(?:US|U\.S\.)\s)?(?:cents?\b|¢)"
                             r"|\s*(?:เซนต์|เซ็นต์)(?!\s*(?:หลุยส์|ปีเตอร์|จอห์น|แมรี|ลูเซีย|คิตส์"
                             r"|วินเซนต์|เฮเลน|แอนดรู|จอร์จ|พอล|มาร์|เจมส์|โทมัส|ไมเคิล|แพทริก|คิลดา))")
"""Cents of the dollar: ``crude rose 62 cents`` / ``เพิ่มขึ้น 62 เซนต์`` is $0.62
(``money:0.62:USD``, as ``$0.62``; ``8.4 US cents``, ``เซนต์สหรัฐ``); not the Saint of a name
(``เซนต์หลุยส์``)."""
_PENCE_AFTER_RE = re.compile(r"p(?![A-Za-z0-9]|\.[A-Za-z])|\s?pence\b|\s*(?:เพนซ์|เพนนี|เพ็นซ์)")
_POUND_WORD_RE = re.compile(r"(?i)pounds?|ปอนด์")
_VIDEO_LINES = frozenset({"360", "480", "720", "1080", "1440", "2160"})


_PP_RE = re.compile(r"(?i)percentage|pp|จุดเปอร์เซ")
"""Percentage points (``0.2 percentage points``, ``0.5pp``, ``0.3 จุดเปอร์เซ็นต์``): unit
``pp``, keyed like the percent (Thai often writes them ``ร้อยละ``), so the comparison
may prefer a ``pp`` partner but still joins a ``%`` one."""


def percent_or_currency(sc: Scan, start: int, pos: int, cur: str | None
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
    if cur is None and (satang := _SATANG_AFTER_RE.match(t, pos)):
        return "", "THB", start, satang.end(), -2  # "50 สตางค์": half a baht
    if cur is None and (cents := _CENTS_AFTER_RE.match(t, pos)):
        return "", "USD", start, cents.end(), -2  # "62 cents", "62 เซนต์": $0.62
    if cur is None and (pence := _PENCE_AFTER_RE.match(t, pos)) \
            and t[start:pos].strip() not in _VIDEO_LINES:
        return "", "GBP", start, pence.end(), -2  # "446p", "61.1 เพนซ์": pounds
    if cur is None and (cm := CUR_AFTER_RE.match(t, pos)):
        if (weights.weight_before(t, start)
                or weights.METRIC_WEIGHT_AFTER_RE.match(t, cm.end())) \
                and _POUND_WORD_RE.fullmatch(cm.group().strip()):
            return "", None, start, pos, 0  # "he weighed 210 pounds": a mass, no money
        if cm["lb"]:
            return "", "THB", start, cm.end(), 6  # ลบ. is million baht
        return "", _CUR_AFTER[cm["w"] or cm["t"]], start, cm.end(), 0
    if cur is None and (hc := _HYPHEN_CUR_RE.match(t, pos)):
        return "", _HYPHEN_CURRENCIES[hc["w"]], start, hc.end(), 0
    return "", cur, start, pos, 0


_MONEY_RANGE_GAP_RE = re.compile(r"\s+(?:to|and)\s+|\s*(?:จน)?ถึง\s*|\s*(?:และ|กับ)\s*"
                                 r"|\s*(?:แต่)?ไม่เกิน\s*")
_MONEY_BETWEEN_BEFORE_RE = re.compile(r"(?i)(?:\bbetween|ระหว่าง)\s*$")
_OVER_BEFORE_RE = re.compile(r"(?:เกิน|กว่า)\s*$")
"""``รายได้เกิน 3 พันล้านด่งแต่ไม่เกิน 5 หมื่นล้านด่ง`` "over 3 billion but not over 50
billion dong": a bracket, one range."""
_TH_CHANGE_FROM_BEFORE_RE = re.compile(r"จาก\s*$")
_CHANGE_NEAR_BEFORE_RE = re.compile(
    r"(?i)\bby\s+$|\b(?:rises?|rose|risen|rais(?:e|es|ed|ing)|increas(?:e|es|ed)|hikes?|hiked"
    r"|jump(?:s|ed)?|climb(?:s|ed)?|fell|falls?|fallen|drops?|dropped|cuts?|reduc(?:e|ed|tion)"
    r"|declin(?:e|es|ed)|lower(?:s|ed)?|up|down|chang(?:e|es|ed))\b[^.;!?]{0,60}\bfrom\s+$")
_GAPPED_CHANGE_RE = re.compile(r",\s*(?:and\s+)?[^.;!?0-9,]{1,40}?\s+")
"""``rises 18 baht to 378 baht, and Khon Kaen 16 baht to 371 baht``: the next amounts
of a list after a change, their verb left out, are a change too."""
"""``by 100 baht to 61,350 baht`` (a change and the new level), ``a rise of 12 baht,
from 400 baht to 412 baht`` (where a change starts and ends): no range."""


def join_money_ranges(sc: Scan) -> None:
    """``from 2,500 baht to 9,500 baht``, ``between HK$180 million and HK$250 million``,
    ``ตั้งแต่ 2,500 บาท ถึง 9,500 บาท``: two amounts of one currency, the second the
    larger, joined by "to" / ถึง (or "and" / และ after "between" / ระหว่าง) are one range,
    as ``2,500-9,500 บาท`` is; not the start and end of a change ("rose from $5 to $7",
    Thai ``เพิ่มขึ้นจาก…ถึง``)."""
    from .en_frames import CHANGE_BEFORE_RE, CHANGE_FROM_BEFORE_RE

    t, out = sc.t, sorted(sc.out)
    drop: set[int] = set()
    change_end = -1  # a change "rises 18 baht to 378 baht, and Khon Kaen 16 baht to 371"
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if i in drop or a.kind != "money" or b.kind != "money" or a.unit is None \
                or a.unit != b.unit or a.value_max is not None or b.value_max is not None \
                or a.vague or b.vague or a.value is None or b.value is None \
                or not a.value < b.value:
            continue
        gap = _MONEY_RANGE_GAP_RE.fullmatch(t, a.end, b.start)
        if gap is None or CHANGE_FROM_BEFORE_RE.search(t, max(0, a.start - 60), a.start) \
                or CHANGE_BEFORE_RE.search(t, max(0, a.start - 40), a.start) \
                or _CHANGE_NEAR_BEFORE_RE.search(t, max(0, a.start - 80), a.start) \
                or _TH_CHANGE_FROM_BEFORE_RE.search(t, max(0, a.start - 6), a.start) \
                or (0 <= a.start - change_end < 60
                    and _GAPPED_CHANGE_RE.fullmatch(t, change_end, a.start)):
            change_end = b.end if gap is not None else change_end
            continue
        if gap.group().strip().endswith("ไม่เกิน") and \
                not _OVER_BEFORE_RE.search(t, max(0, a.start - 8), a.start):
            continue
        if gap.group().strip() in ("and", "และ", "กับ") and \
                not _MONEY_BETWEEN_BEFORE_RE.search(t, max(0, a.start - 12), a.start):
            continue
        lo, hi = format_number(a.value), format_number(b.value)
        sc.out[sc.out.index(a)] = a._replace(
            end=b.end, text=sc.text[a.start:b.end], value_max=b.value,
            key=f"money:{lo}-{hi}:{a.unit}")
        sc.out.remove(b)
        drop.add(i + 1)
