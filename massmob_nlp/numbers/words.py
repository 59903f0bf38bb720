"""Number words for the number scanner (see :mod:`massmob_nlp.numbers`): English and
Thai numerals written as words, ordinals, Roman regnal numbers, decades, years before
Christ, counts such as ``twice`` or ``a dozen`` and vague quantities (``hundreds of``,
``หลายพัน``, and the Thai classifier + ``หนึ่ง`` that renders the article "a").
"""

from __future__ import annotations

import itertools
import re
from decimal import Decimal

from . import en, en_forms, th
from .around import qualifier
from .base import THAI_LETTER_RE, Scan, alt
from .codes import code_key
from .durations import unit_after
from .eras import find_era_years
from .money import MAG_RE, currency_symbol_before
from .quantity import add_quantity
from .units import find_unit
from .words_th import starts_word

_BC_RE = re.compile(r"(?<![0-9.,:/])(?P<a>[0-9]{1,2},[0-9]{3}|[0-9]{1,5})"
                    r"(?:\s*[-–]\s*(?P<b>[0-9]{1,2},[0-9]{3}|[0-9]{1,5}))?"
                    r"(?![0-9])")


_FROM_RE = re.compile(r"(?i)\b(?:from|between|aged?|pages?)\s+$")
# "ชนะ 3 ประตูต่อ 1", "3 เซตต่อ 1": the Thai result may name what is counted before ต่อ
# "18  -7", "10 | +24": two or more spaces, a tab or a pipe part two cells of a table typed
# with spaces (a signed goal difference, a change), never the dash of a score
_ONE_SPACE = r"[ \u00a0\u2009\u202f]?"
_SCORE_RE = re.compile(rf"(?<![0-9.,:/-])(?P<a>[0-9]{{1,3}})(?:{_ONE_SPACE}[-–]{_ONE_SPACE}"
                       r"|\s*(?:(?:ประตู|เซต|เซ็ต|แต้ม|คะแนน|เฟรม|เกม)\s*)?ต่อ\s*)(?P<b>[0-9]{1,3})"
                       r"(?![0-9]|[.,:/][0-9]|\s*(?:%|percent|per\s+cent|เปอร์เซ็นต์|ปี|years?))")


_TH_WORD_SCORE_RE = re.compile(rf"(?P<a>{th.WORDS_RE.pattern})\s*ต่อ\s*(?P<b>{th.WORDS_RE.pattern})")
_PERIOD_HALF_RE = re.compile(
    r"(?i)\b(?P<o>first|second|1st|2nd)[-\s](?P<h>half)\b(?!\s+of\s+(?!(?:the\s+)?(?:(?:fiscal"
    r"|financial|calendar|school|current|next|last|this)\s+)?(?:[0-9]{4}|year|decade|century"
    r"|[0-9]{1,2}(?:st|nd|rd|th)\s+century|[a-z]+(?:th|st|nd)\s+century|[0-9]{4}s|race"
    rf"|month|season|match|game|term|tournament|{en.MONTH})))")
"""``the second half of December``, ``the first half of the year``, ``first-half profit``,
``for the second half,`` (a period named by its half); not ``the first half of the loan``."""
_TH_PERIOD_HALF_RE = re.compile(
    r"(?<!ปี)(?<!เดือน)(?<!วัน)(?<!ชั่วโมง)(?<!นาที)(?<!สัปดาห์)ครึ่ง(?:ปี|ฤดูกาล|เดือน|ทศวรรษ"
    r"|ศตวรรษ)?(?:(?P<first>แรก)|หลัง(?!คา|บ้าน|\s*(?:จาก|เริ่ม|การ|เมื่อ|สิ้นสุด|เปิด|ปิด|ประกาศ"
    r"|ได้รับ|เกิด)))")
"""``ครึ่งแรก``, ``ครึ่งหลัง``, ``ครึ่งปีหลัง``: the first or second half of a match or a
period, English "the second half" (not ``ครึ่งหลังจาก...`` "half ... after", nor
``ปีครึ่งหลัง...`` "a year and a half after")."""


def _period_halves(sc: Scan) -> None:
    """A half of a period or a match named by its rank: one ordinal over the rank and the
    half, as the article gold reads them (``the second half``, ``first-half profit`` /
    ``ครึ่งหลัง``, ``ครึ่งปีแรก`` -> ``ordinal:2``, ``ordinal:1``); the Thai one is vague
    (Thai business news writes ``ครึ่งปีหลัง`` where English has "later this year"), and
    so is the English adjective (``second-half goals``, which Thai writes ``ในครึ่งหลัง``
    or not at all).
    When the rank is read already, the half alone is a vague half."""
    for m in sc.finditer(_PERIOD_HALF_RE):  # "the first half of 2027": a period's name (H1)
        n = 1 if m["o"].lower() in ("first", "1st") else 2
        if sc.free(m.start(), m.end("h")):  # "second-half goals": an adjective, vague
            sc.add(m.start(), m.end("h"), "ordinal", value=float(n), key=f"ordinal:{n}",
                   vague=sc.t[m.end("o")] == "-")
        elif sc.free(*m.span("h")):
            sc.add(m.start("h"), m.end("h"), "fraction", value=0.5, key="fraction:1/2",
                   vague=True)
    for m in sc.finditer(_TH_PERIOD_HALF_RE):
        n = 1 if m["first"] else 2
        if sc.free(*m.span()):
            sc.add(*m.span(), "ordinal", value=float(n), key=f"ordinal:{n}", vague=True)


_REGION_HALF_RE = re.compile(
    r"(?i)\b(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|upper"
    r"|lower|top|bottom|left|right|front|rear|back)[-\s](?P<h>half)\b")
"""``the eastern half of Bangkok``, ``the bottom half of the table``: a part of a place or
a list named by its side (Thai ``ฝั่งตะวันออก``, ``ครึ่งล่างของตาราง``), no amount: a
vague half."""
_TH_A_DECADE_RE = re.compile(r"(?:กว่า|เกือบ|ราว|ร่วม)\s*(?P<d>ทศวรรษ)(?!\s*(?:ที่\s*)?[0-9])")
"""``กว่าทศวรรษ``, ``เกือบทศวรรษ``: a decade without a number (not ``ทศวรรษ 1980``)."""
_PAST_DECADE_RE = re.compile(r"(?i)\b(?:past|last|previous|preceding)\s+(?P<d>decade)\b(?![-–])")
_TH_PAST_DECADE_RE = re.compile(r"(?<!หลาย)(?<!นับ)(?P<d>ทศวรรษ)(?=\s*(?:ที่ผ่านมา|ก่อนหน้า|ที่แล้ว))")
"""``over the past decade``, ``the previous decade`` / ``ทศวรรษที่ผ่านมา``, ``ทศวรรษก่อนหน้า``:
the ten years before now, a vague length of ten years (the article gold writes it one
decade; a bare ``for a decade`` stays unread, as ``a year``)."""
_MAKER_BEFORE_RE = re.compile(
    r"(?:\b(?:Boeing|Airbus|Embraer|Bombardier|Comac|COMAC|Tupolev|Ilyushin|Antonov|Sukhoi"
    r"|Cessna|Lockheed|Gulfstream|Dassault)(?:['’]s?)?|โบอิ้ง|โบอิง|แอร์บัส|เอ็มบราเออร์)\s*$")
"""An aircraft maker before ``787-9``, ``737-800``, ``Boeing's 777-9``: the model's name,
a code."""
_PLURAL_AFTER_RE = re.compile(r"(?:ER|LR|XLR|XWB|MAX|neo)?s?(?<=[A-Za-z])(?![A-Za-z])")
"""``45 787-9s``, ``two 777-300ERs``: a plural ``s`` or a model's letters glued to a dash
pair make it things named so, no score."""
_TALLY_THIRD_RE = re.compile(r"[-–][0-9]{1,3}(?![0-9]|[.,:/][0-9]|[-–][0-9])")
"""The third count of a vote written ``19-2-1`` (for, against, abstaining)."""


_OR_RANGE_RE = re.compile(
    r"(?<![0-9.,:/$€£¥฿-])(?P<a>[0-9]{1,3})\s+(?:or|หรือ)\s+(?P<b>[0-9]{1,3})"
    r"(?![0-9]|[.,:/][0-9]|\s*(?:%|percent|per\s+cent|เปอร์เซ็นต์|[aApP]\.?[mM]\b|น\.))")


# ------------------------------------------------------- before the digits
def find_or_ranges(sc: Scan) -> None:
    """``3 or 4 times``, ``10 or 15 minutes`` / ``3 หรือ 4 ครั้ง``: two neighbouring or
    round numbers joined by "or" are a rough range (as ``two or three days``), key
    ``range:3-4``; ``2 or 7`` is a choice and stays two numbers."""
    for m in sc.finditer(_OR_RANGE_RE):
        a, b = int(m["a"]), int(m["b"])
        if (b == a + 1 or (a >= 5 and a % 5 == 0 and b % 5 == 0 and 0 < b - a <= a)) \
                and sc.free(m.start(), m.end()):
            sc.add(m.start(), m.end(), "range", value=float(a), value_max=float(b),
                   key=f"range:{a}-{b}")


def find_fractions(sc: Scan) -> None:
    """``a third of``, ``two-thirds`` / ``สองส่วนสาม``, ``half of`` / ``ครึ่งหนึ่ง``: key
    ``fraction:a/b``. A singular part needs "of" after it or an amount word before it
    (``by a quarter.``, ``by a fifth in 2019``; ``a third term`` is an ordinal). Thai
    ``หนึ่งในห้า`` / ``1 ใน 4 ของ`` is the fraction (the comparison joins it to the two
    counts of English "one in five"); before a classifier (``4 ใน 10 คน``) and in
    English ("four in 10 adults") they stay two counts, as the PUD gold writes them."""
    t = sc.t
    for m in sc.finditer(_SHARE_ORDINAL_RE):  # "the poorest fifth of households"
        _add_fraction(sc, m.start("w"), m.end("w"), 1, _SHARE_DENOMINATORS[m["w"].lower()])
    for m in sc.finditer(en_forms.VULGAR_RE):  # "2½ years", "¾ of the vote"
        a, b = en_forms.VULGAR[m["f"]]
        if m["w"] and sc.free(*m.span()):  # "3⅓ cups" (3.3333333333), "1⅛ miles" too
            share = (Decimal(a) / b).quantize(Decimal("1e-10")).normalize()
            add_quantity(sc, m.start(), m.end(), Decimal(m["w"]) + share, None)
        elif not m["w"]:
            _add_fraction(sc, m.start(), m.end(), a, b)
    for m in sc.finditer(en_forms.MIXED_RE):  # "12 1/2 years"
        a, b = int(m["a"]), int(m["b"])
        if a < b and sc.free(*m.span()):
            add_quantity(sc, m.start(), m.end(), Decimal(m["w"]) + Decimal(a) / b, None)
    _parts_of_a_unit(sc)
    for m in sc.finditer(en_forms.FRACTION_RE):
        plural = m["b"].lower().endswith("s") and m["b"].lower() not in en_forms.FRACTION_PARTS
        # "one-third", "one-fifth": a count word hyphened to a part is a fraction
        joined = m["a"].lower() not in ("a", "an") and t[m.end("a")] == "-"
        if plural or joined or m["of"] \
                or en_forms.FRACTION_PLURAL_VERB_AFTER_RE.match(t, m.end("b")) \
                or en_forms.FRACTION_COMPARATIVE_AFTER_RE.match(t, m.end("b")) or (
                en_forms.FRACTION_AMOUNT_BEFORE_RE.search(
                t, max(0, m.start() - 12), m.start())
                and en_forms.FRACTION_AMOUNT_AFTER_RE.match(t, m.end("b"))):
            part = m["b"].lower().rstrip("s") if plural else m["b"].lower()
            _add_fraction(sc, m.start(), m.end("b"), en_forms.small_number(m["a"]),
                          en_forms.FRACTION_PARTS[part], hedged=True)  # "roughly a third"
    _period_halves(sc)
    for m in sc.finditer(_REGION_HALF_RE):  # "the eastern half of": a side, no amount
        if sc.free(*m.span("h")):
            sc.add(m.start("h"), m.end("h"), "fraction", value=0.5, key="fraction:1/2",
                   vague=True)
    for m in itertools.chain(sc.finditer(_TH_A_DECADE_RE), sc.finditer(_PAST_DECADE_RE),
                             sc.finditer(_TH_PAST_DECADE_RE)):
        if sc.free(m.start("d"), m.end("d")):  # "กว่าทศวรรษที่แล้ว", "the past decade"
            sc.add(m.start("d"), m.end("d"), "duration", value=1.0, unit="decade",
                   key="duration:10:year", vague=True,
                   qualifier=qualifier(t, m.start("d"), m.end("d")))
    for m in sc.finditer(en_forms.HALF_OF_RE):
        _add_fraction(sc, m.start(), m.end(), 1, 2, hedged=True)  # "more than half of"
    for m in sc.finditer(th.FRACTION_RE):
        a, b = (int(x) if x.isdigit() else int(th.parse_words(x) or 0)
                for x in (m["a"], m["b"]))
        if (not (s := m.start()) or t[s - 1] not in th.LEADING_VOWELS) \
                and not th.CLASSIFIER_RE.match(t, m.end()):
            _add_fraction(sc, s, m.end(), a, b, hedged=True)
    for m in sc.finditer(th.HALF_RE):
        _add_fraction(sc, m.start(), m.end(), 1, 2, hedged=True)
    for m in sc.finditer(th.RATIO_RE):
        _thai_ratio(sc, m)


def _thai_ratio(sc: Scan, m: re.Match[str]) -> None:
    """``หนึ่งในสาม`` / ``1 ใน 4 ของ``: the fraction a/b, unless a classifier follows (a
    count: ``4 ใน 10 คน``) or a number word is part of a longer word or a name."""
    t = sc.t
    a, b = (int(x) if x.isdigit() else th.parse_words(x) for x in (m["a"], m["b"]))
    tenths = unit_after(t, m.end()) if b in (10, 100, 1000) else None
    if tenths is not None and a is not None and b is not None and 0 < a < b \
            and not th.TOP_BEFORE_RE.search(t, max(0, m.start() - 12), m.start()):
        # "2 ใน 10 วินาที": two tenths of a second (how Thai writes "two tenths a lap")
        _add_fraction(sc, m.start(), tenths[1], int(a), int(b), hedged=True)
        return
    glued = THAI_LETTER_RE.match(t, m.end()) and not th.FOLLOWERS_RE.match(t, m.end()) \
        and not sc.word_bounds_at(m.end(), m.end())  # หนึ่งในสามารถ: "can"
    # a number word is glued to its classifier (สามคน): after a space (เกือบสองในสาม พรรค…)
    # the next phrase starts, and the share stands alone
    counted = th.CLASSIFIER_RE.match(t, m.end()) and not t.startswith("ส่วน", m.end()) and (
        m["b"].isdigit() or not t[m.end():m.end() + 1].isspace())  # หนึ่งในสามส่วน: a third
    if a is None or b is None or glued or counted \
            or th.NAME_RE.match(t, m.start("b")) \
            or th.TOP_BEFORE_RE.search(t, max(0, m.start() - 12), m.start()):
        return
    if not m["a"].isdigit() and m["a"] != "หนึ่ง" and not starts_word(sc, m.start(), m["a"]):
        return
    if not m["a"].isdigit() and m["b"].isdigit() and not th.OF_AFTER_RE.match(t, m.end()):
        return  # เป็นหนึ่งใน 12 กิจกรรม: "one of 12 events" (a fraction is หนึ่งในสาม, 1 ใน 3)
    if a == 1 and _IS_ONE_OF_BEFORE_RE.search(t, max(0, m.start() - 6), m.start()) \
            and not th.OF_AFTER_RE.match(t, m.end()):
        return  # "วัดนี้เป็น 1 ใน 6 พระอารามหลวง": one of six temples, two counts
    _add_fraction(sc, m.start(), m.end(), int(a), int(b), hedged=True)


_IS_ONE_OF_BEFORE_RE = re.compile(r"(?:เป็น|คือ)\s*$")


_SHARE_DENOMINATORS = {"third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "sixth": 6,
                       "tenth": 10, "twentieth": 20, "hundredth": 100}
_SHARE_ORDINAL_RE = re.compile(
    r"(?i)\b(?:the|a|one|each|every)\s+(?:(?:most|least|very)\s+)?"
    r"(?:top|bottom|upper|lower|poorest|richest|wealthiest|deprived|affluent|[a-z]{3,}est)"
    rf"\s+(?P<w>{alt(_SHARE_DENOMINATORS)})s?\b(?!\s+(?:of\s+)?{en.MONTH})"
    r"(?=\s+of\b|\s*[,.;:)]|\s+(?:is|are|was|were|has|have|had|saw|got|earns?|earned"
    r"|owns?|owned|holds?|held|lives?|lived|will|would)\b)")
"""``the poorest fifth of households``, ``the most deprived tenth of areas``, ``the top
tenth``: after a superlative or top/bottom, an ordinal word is a share (Thai
``หนึ่งในห้า``), not a rank (``the fifth of May``, ``the third of five children``)."""


_PART_OF_A_UNIT_RE = re.compile(
    r"(?i)\b(?:(?P<a>an?|one)|every|each)\s+(?P<b>quarter|fifth|tenth|hundredth|thousandth)"
    r"\s+of\s+(?:an?|one)(?=\s)")
_PART_VALUES = {"quarter": "0.25", "fifth": "0.2", "tenth": "0.1", "hundredth": "0.01",
                "thousandth": "0.001"}


def _parts_of_a_unit(sc: Scan) -> None:
    """``a tenth of a degree``, ``every tenth of a degree``, ``a quarter of a mile``: a
    measure of that part of the unit (Thai ``0.1 องศา``, like ``half a mile``: value 0.1,
    unit ``°``), not a share nor a rank."""
    for m in sc.finditer(_PART_OF_A_UNIT_RE):
        found = find_unit(sc.t, m.end())
        s = m.start() if m["a"] else m.start("b")
        if found is None or not sc.free(m.start(), m.end()):
            continue
        value = _PART_VALUES[m["b"].lower()]
        sc.add(s, m.end("b"), "cardinal", value=float(value), unit=found.symbol,
               key=f"cardinal:{value}")
        sc.claim(m.end("b"), m.end())  # "of one metre": no count of one


def _add_fraction(sc: Scan, s: int, e: int, a: int, b: int, *, hedged: bool = False) -> None:
    """``hedged``: a qualifier written before or after counts (Thai ``น้อยกว่าครึ่งหนึ่ง``,
    ``ราวหนึ่งในสาม`` "about a third")."""
    if 0 < a < b and b not in range(1900, 2101) and sc.free(s, e):
        sc.add(s, e, "fraction", value=a / b, key=f"fraction:{a}/{b}",
               qualifier=qualifier(sc.t, s, e) if hedged else None)



def find_scores(sc: Scan) -> None:
    """Results written as two numbers and a dash: ``won 5-3``, ``Ayr 38 - 17 Melrose``,
    ``ชนะ 2-1``, ``a 52-48 vote``. A pair that goes down (38 - 17) is a result unless it
    is a range of years; an upward pair needs a result word before or after it."""
    t = sc.t
    for m in sc.finditer(_SCORE_RE):
        a, b = int(m["a"]), int(m["b"])
        context = en_forms.SCORE_BEFORE_RE.search(t, max(0, m.start() - 40), m.start()) \
            or th.SCORE_BEFORE_RE.search(t, max(0, m.start() - 20), m.start()) \
            or en_forms.SCORE_AFTER_RE.match(t, m.end()) \
            or ("ต่อ" in m.group() and th.SCORE_AFTER_RE.match(t, m.end()))
        if "ต่อ" in m.group() and not context:
            continue
        if currency_symbol_before(t, m.start(), m.end()) or MAG_RE.match(t, m.end()):
            continue  # "draw fines of VNĐ10–20 million": an amount, whatever the verb
        if not context and _FROM_RE.search(t, max(0, m.start() - 9), m.start()):
            continue  # "from 9-5": working hours
        plural = _PLURAL_AFTER_RE.match(t, m.end())
        if "ต่อ" not in m.group() and sc.free(*m.span()) and (
                _MAKER_BEFORE_RE.search(t, max(0, m.start() - 16), m.start()) or plural):
            s, e = m.start(), plural.end() if plural else m.end()
            while s and t[s - 1].isascii() and t[s - 1].isalpha() and sc.free(s - 1, s):
                s -= 1  # "A330-900s": the maker's letter is part of the name
            sc.add(s, e, "code", key=code_key(m.group()))
            continue  # "Boeing 787-9", "two 737-800s": a model's name, no result
        end = m.end()
        if (third := _TALLY_THIRD_RE.match(t, end)) and "ต่อ" not in m.group():
            end = third.end()  # "voted 19-2-1": for, against, abstaining; one result
        if (a >= b or context) and sc.free(m.start(), end):
            sc.add(m.start(), end, "score", value=float(a), value_max=float(b),
                   key=f"score:{a}-{b}")
    for m in sc.finditer(_TH_WORD_SCORE_RE):  # "ปิดเซตไปยี่สิบห้าต่อยี่สิบสอง"
        wa, wb = th.parse_words(m["a"]), th.parse_words(m["b"])
        if wa is not None and wb is not None and wa < 1000 and wb < 1000 and sc.free(*m.span()) \
                and (th.SCORE_BEFORE_RE.search(t, max(0, m.start() - 20), m.start())
                     or th.SCORE_AFTER_RE.match(t, m.end())):
            sc.add(m.start(), m.end(), "score", value=float(wa), value_max=float(wb),
                   key=f"score:{int(wa)}-{int(wb)}")



_WORD_DIGIT_SEP_RE = re.compile(r"(?i)(?:\s+to\s+|\s?[-–]\s?|\s+and\s+|\s*(?:จน)?ถึง\s*)"
                                r"(?P<n>[0-9]{1,3})(?![0-9]|[.,:/][0-9])")


def find_word_digit_ranges(sc: Scan) -> None:
    """A range whose low end is written as a word and its high end in digits, as news
    style writes numbers from 10 up: ``aged six to 16``, ``eight-10 lanes``, Thai
    ``แปดถึง 10 ช่องจราจร``: one range (read before the digits)."""
    t = sc.t
    found = [(m, en.parse_words(m.group())[0]) for m in sc.finditer(en.WORDS_RE)]
    found += [(m, th.parse_words(m.group())) for m in sc.finditer(th.WORDS_RE)
              if THAI_LETTER_RE.match(t, m.start()) and starts_word(sc, m.start(), m.group())]
    for m, value in found:
        sep = _WORD_DIGIT_SEP_RE.match(t, m.end())
        if value is None or sep is None or not sc.free(m.start(), sep.end()) \
                or value != value.to_integral_value() or not value < int(sep["n"]) \
                or ("ถึง" in sep.group()) != bool(THAI_LETTER_RE.match(t, m.start())):
            continue
        add_quantity(sc, m.start(), m.end(), value, None)


def find_marked_years(sc: Scan) -> None:
    """Claim years before Christ (``700 BC``, ``512-511 ปีก่อนคริสตกาล``) and decades
    (``the 1980s``, ``ทศวรรษ 1980``, ``ยุค 60``) before plain digits are read."""
    t = sc.t
    for m in sc.finditer(_BC_RE):
        bc = en_forms.BC_AFTER_RE.match(t, m.end()) or th.BC_AFTER_RE.match(t, m.end())
        if bc is None or not sc.free(m.start(), bc.end()) \
                or th.CENTURY_BEFORE_RE.search(t, max(0, m.start() - 12), m.start()):
            continue  # ศตวรรษที่ 5 ก่อนคริสตกาล: the 5th century BC is an ordinal
        a = -int(m["a"].replace(",", ""))  # "1,500 BC", "10,000 ปีก่อนคริสตกาล"
        b = -int(m["b"].replace(",", "")) if m["b"] else None
        if b is None and _bc_date(sc, m.start(), bc.end(), -a):
            continue
        if b is None:
            sc.add(m.start(), bc.end(), "year", value=float(a), calendar="CE",
                   key=f"year:{a}")
        elif b > a:
            sc.add(m.start(), bc.end(), "year_range", value=float(a), value_max=float(b),
                   calendar="CE", key=f"year_range:{a}-{b}")
    for m in sc.finditer(_SHORT_YEAR_RE):  # "in '98", "the World Cup of '02"
        yy = int(m["yy"])
        year = yy + (2000 if yy <= 30 else 1900)
        if sc.free(*m.span()):
            sc.add(m.start(), m.end(), "year", value=float(year), calendar="CE",
                   key=f"year:{year}")
    for m in sc.finditer(en_forms.DECADE_RE):
        y = m["y"] or m["yy"]
        if len(y) == 2 and en_forms.AGE_BEFORE_RE.search(t, max(0, m.start() - 16), m.start()):
            if (two := _AGE_TO_AGE_RE.match(t, m.end())) and int(two["n"]) > int(y) \
                    and sc.free(m.start(), two.end()):
                # "in their 20s and 30s": the ages from one decade to the other, as Thai
                # writes them (วัย 20-30 ปี); keyed by the two decades written
                n = int(two["n"])
                sc.add(m.start(), two.end(), "range", value=float(y), value_max=float(n + 9),
                       unit="year", key=f"range:{int(y)}-{n}")
                continue
            _add_age(sc, m.start(), m.end(), int(y))
        else:
            _add_decade(sc, m.start(), m.end(), y)
    for m in sc.finditer(en_forms.DECADE_WORD_RE):
        word = (m["w"] or m["cap"]).lower()
        n = en_forms.DECADE_WORDS[word]
        if en_forms.AGE_BEFORE_RE.search(t, max(0, m.start() - 16), m.start()):
            _add_age(sc, m.start(), m.end(), n)
        else:
            _add_decade(sc, m.start(), m.end(), str(n))
    for m in sc.finditer(th.DECADE_RE):
        _add_decade(sc, m.start(), m.end(), m["y"])
    find_era_years(sc)  # "500 CE", "between 500 BCE and 500 CE" (numbers/eras.py)


_DAY_MONTH_BEFORE_RE = re.compile(
    rf"(?:\b(?P<d>[0-9]{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{en.MONTH}"
    rf"|\b{en.MONTH.replace('(?P<mon>', '(?P<mon2>')}\s+(?P<d2>[0-9]{{1,2}})(?:st|nd|rd|th)?,?"
    rf"|(?<![0-9])(?P<d3>[0-9]{{1,2}})\s*{th.MONTH.replace('(?P<mon>', '(?P<mon3>')})\s*$")
"""``the 1st January 49 BC``, ``March 15, 44 BC``, ``1 มกราคม 49 ปีก่อนคริสต์ศักราช``: a day
and month before a year before Christ."""


def _bc_date(sc: Scan, s: int, e: int, year: int) -> bool:
    """Add the date ``day month <year> BC`` ending at ``e`` (key ``date:-0049-01-01``)
    when a day and month stand right before the year at ``s``."""
    m = _DAY_MONTH_BEFORE_RE.search(sc.t, max(0, s - 30), s)
    if m is None or not sc.free(m.start(), e):
        return False
    day = int(m["d"] or m["d2"] or m["d3"])
    if m["mon3"]:
        mon = th.month_number(m["mon3"])
    else:
        mon = en.MONTH_NUMBER[(m["mon"] or m["mon2"]).lower().rstrip(".")]
    if not 1 <= day <= 31:
        return False
    sc.add(m.start(), e, "date", value=None, calendar="CE",
           key=f"date:-{year:04d}-{mon:02d}-{day:02d}")
    return True


_SHORT_YEAR_RE = re.compile(r"(?<=[\s(])['’](?P<yy>[0-9]{2})(?![0-9A-Za-z%]|['’]|[.,:][0-9])"
                            r"(?!\s+(?:[a-z]+s|people|men|women|children|staff|per)\b)")
"""``in '98``, ``Class of ’02``: an apostrophe for the century (``'98`` 1998, ``'24``
2024); not a quote before a count (``'98 people``) nor a decade (``the '90s``)."""


def _add_decade(sc: Scan, s: int, e: int, y: str) -> None:
    """A decade ``y`` (``1980``, ``60``, BE ``2530``) at ``s:e``, if it ends in 0."""
    n = int(y)
    if not sc.free(s, e) or n % 10:
        return
    if len(y) == 2:
        n += 1900
    elif 2400 <= n <= 2700:
        n -= 543
    elif not 1000 <= n <= 2100:
        return
    sc.add(s, e, "decade", value=float(n), value_max=float(n + 9),
           calendar="BE" if int(y) >= 2400 else "CE", key=f"decade:{n}")


_AGE_TO_AGE_RE = re.compile(r"\s*(?:and|or|to|-|–)\s*['’]?(?P<n>[1-9]0)['’]?s\b")
"""The second decade of ages in ``their 20s and 30s``, ``her 40s or 50s``."""


def _add_age(sc: Scan, s: int, e: int, n: int) -> None:
    """"in her 30s": ages ``n`` to ``n + 9``."""
    if sc.free(s, e):
        sc.add(s, e, "range", value=float(n), value_max=float(n + 9), unit="year",
               key=f"range:{n}-{n + 9}")


def find_vague(sc: Scan) -> None:
    """Vague quantities: ``hundreds of``, ``tens of thousands``, ``a few dozen``,
    ``หลายพัน``, ``นับล้าน``, ``ไม่กี่สิบ``.
    Their value is the magnitude; they are flagged ``vague``."""
    for m in sc.finditer(en.VAGUE_RE):
        if m["a"]:
            value = en.VAGUE_PLURALS[m["a"].lower()] * en.VAGUE_PLURALS[m["b"].lower()]
        else:
            value = en.VAGUE_PLURALS[m["w"].lower()]
        if sc.free(m.start(), m.end()):
            add_quantity(sc, m.start(), m.end(), Decimal(value), None, vague=True)
    for m in sc.finditer(en_forms.FEW_SCALE_RE):
        if sc.free(m.start(), m.end()):
            add_quantity(sc, m.start(), m.end(), Decimal(en_forms.FEW_SCALE_VALUES[m["f"].lower()]),
                         None, vague=True)
    for m in sc.finditer(th.VAGUE_RE):
        if sc.free(m.start(), m.end()):
            add_quantity(sc, m.start(), m.end(), Decimal(10) ** th.MAGNITUDES.get(m["m"], 1),
                         None, vague=True)


