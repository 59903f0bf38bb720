"""Number words for the number scanner (see :mod:`massmob_nlp.numbers`): English and
Thai numerals written as words, ordinals, Roman regnal numbers, decades, years before
Christ, counts such as ``twice`` or ``a dozen`` and vague quantities (``hundreds of``,
``หลายพัน``, and the Thai classifier + ``หนึ่ง`` that renders the article "a").
"""

from __future__ import annotations

import re
from decimal import Decimal

from . import en, th
from .around import qualifier
from .base import THAI_LETTER_RE, Scan, alt, format_number
from .durations import unit_after
from .quantity import add_quantity
from .words_th import starts_word

_BC_RE = re.compile(r"(?<![0-9.,:/])(?P<a>[0-9]{1,2},[0-9]{3}|[0-9]{1,5})"
                    r"(?:\s*[-–]\s*(?P<b>[0-9]{1,2},[0-9]{3}|[0-9]{1,5}))?"
                    r"(?![0-9])")
_SENTENCE_START_RE = re.compile(r"(?:^|[.!?\"“‘(:;]\s*)$")
_WORD_BEFORE_RE = re.compile(r"(?P<w>[^\W\d_][\w’'.]*)$")
_PAIR_OF_RE = re.compile(r"\s+of\b")
# "Region I will", "Phase I was": the pronoun never directly follows a noun that takes
# a Roman numeral, so the "I" after one is the numeral 1 (Thai ภูมิภาคที่ 1, ระยะที่ 1)
_NUMBERED_NOUN_RE = re.compile(
    r"Region|Zone|Phase|Stage|Group|Class|Category|Level|Tier|Type|Grade|Section|Part|Book"
    r"|Volume|Division|League|Round|Block|Unit|Area|Sector|Lot|Package|Batch|War")


_FROM_RE = re.compile(r"(?i)\b(?:from|between|aged?|pages?)\s+$")
_WORD_RANGE_SEP_RE = re.compile(r"(?i)\s+[-–]\s+|\s*–\s*|\s+to\s+|\s+and\s+|\s+or\s+")
_BETWEEN_RE = re.compile(r"(?i)\bbetween\s+$")
# "ชนะ 3 ประตูต่อ 1", "3 เซตต่อ 1": the Thai result may name what is counted before ต่อ
_SCORE_RE = re.compile(r"(?<![0-9.,:/-])(?P<a>[0-9]{1,3})\s*(?:[-–]|(?:(?:ประตู|เซต|เซ็ต|แต้ม"
                       r"|คะแนน|เฟรม|เกม)\s*)?ต่อ)\s*(?P<b>[0-9]{1,3})"
                       r"(?![0-9]|[.,:/][0-9]|\s*(?:%|percent|per\s+cent|เปอร์เซ็นต์|ปี|years?))")


_OR_RANGE_RE = re.compile(
    r"(?<![0-9.,:/$€£¥฿-])(?P<a>[0-9]{1,3})\s+(?:or|หรือ)\s+(?P<b>[0-9]{1,3})"
    r"(?![0-9]|[.,:/][0-9]|\s*(?:%|percent|per\s+cent|เปอร์เซ็นต์|[aApP]\.?[mM]\b|น\.))")


# ------------------------------------------------------- before the digits
def find_or_ranges(sc: Scan) -> None:
    """``3 or 4 times``, ``10 or 15 minutes`` / ``3 หรือ 4 ครั้ง``: two neighbouring or
    round numbers joined by "or" are a rough range (as ``two or three days``), key
    ``range:3-4``; ``2 or 7`` is a choice and stays two numbers."""
    for m in _OR_RANGE_RE.finditer(sc.t):
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
    for m in _SHARE_ORDINAL_RE.finditer(t):  # "the poorest fifth of households"
        _add_fraction(sc, m.start("w"), m.end("w"), 1, _SHARE_DENOMINATORS[m["w"].lower()])
    for m in en.VULGAR_RE.finditer(t):  # "2½ years", "¾ of the vote"
        a, b = en.VULGAR[m["f"]]
        if m["w"] and b in (2, 4) and sc.free(*m.span()):
            add_quantity(sc, m.start(), m.end(), Decimal(m["w"]) + Decimal(a) / b, None)
        elif not m["w"]:
            _add_fraction(sc, m.start(), m.end(), a, b)
    for m in en.FRACTION_RE.finditer(t):
        plural = m["b"].lower().endswith("s") and m["b"].lower() not in en.FRACTION_PARTS
        # "one-third", "one-fifth": a count word hyphened to a part is a fraction
        joined = m["a"].lower() not in ("a", "an") and t[m.end("a")] == "-"
        if plural or joined or m["of"] or en.FRACTION_PLURAL_VERB_AFTER_RE.match(t, m.end("b")) \
                or en.FRACTION_COMPARATIVE_AFTER_RE.match(t, m.end("b")) or (
                en.FRACTION_AMOUNT_BEFORE_RE.search(
                t, max(0, m.start() - 12), m.start())
                and en.FRACTION_AMOUNT_AFTER_RE.match(t, m.end("b"))):
            part = m["b"].lower().rstrip("s") if plural else m["b"].lower()
            _add_fraction(sc, m.start(), m.end("b"), en.small_number(m["a"]),
                          en.FRACTION_PARTS[part])
    for m in en.HALF_OF_RE.finditer(t):
        _add_fraction(sc, m.start(), m.end(), 1, 2)
    for m in th.FRACTION_RE.finditer(t):
        a, b = (int(x) if x.isdigit() else int(th.parse_words(x) or 0)
                for x in (m["a"], m["b"]))
        if (not (s := m.start()) or t[s - 1] not in th.LEADING_VOWELS) \
                and not th.CLASSIFIER_RE.match(t, m.end()):
            _add_fraction(sc, s, m.end(), a, b, hedged=True)
    for m in th.HALF_RE.finditer(t):
        _add_fraction(sc, m.start(), m.end(), 1, 2, hedged=True)
    for m in th.RATIO_RE.finditer(t):
        _thai_ratio(sc, m)


def _thai_ratio(sc: Scan, m: re.Match[str]) -> None:
    """``หนึ่งในสาม`` / ``1 ใน 4 ของ``: the fraction a/b, unless a classifier follows (a
    count: ``4 ใน 10 คน``) or a number word is part of a longer word or a name."""
    t = sc.t
    a, b = (int(x) if x.isdigit() else th.parse_words(x) for x in (m["a"], m["b"]))
    glued = THAI_LETTER_RE.match(t, m.end()) and not th.FOLLOWERS_RE.match(t, m.end()) \
        and not sc.word_bounds_at(m.end(), m.end())  # หนึ่งในสามารถ: "can"
    if a is None or b is None or glued or th.CLASSIFIER_RE.match(t, m.end()) \
            or th.NAME_RE.match(t, m.start("b")) \
            or th.TOP_BEFORE_RE.search(t, max(0, m.start() - 12), m.start()):
        return
    if not m["a"].isdigit() and m["a"] != "หนึ่ง" and not starts_word(sc, m.start(), m["a"]):
        return
    _add_fraction(sc, m.start(), m.end(), int(a), int(b), hedged=True)


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
    for m in _SCORE_RE.finditer(t):
        a, b = int(m["a"]), int(m["b"])
        context = en.SCORE_BEFORE_RE.search(t, max(0, m.start() - 40), m.start()) \
            or th.SCORE_BEFORE_RE.search(t, max(0, m.start() - 20), m.start()) \
            or en.SCORE_AFTER_RE.match(t, m.end())
        if "ต่อ" in m.group() and not context:
            continue
        if not context and _FROM_RE.search(t, max(0, m.start() - 9), m.start()):
            continue  # "from 9-5": working hours
        if (a >= b or context) and sc.free(*m.span()):
            sc.add(m.start(), m.end(), "score", value=float(a), value_max=float(b),
                   key=f"score:{a}-{b}")



def find_marked_years(sc: Scan) -> None:
    """Claim years before Christ (``700 BC``, ``512-511 ปีก่อนคริสตกาล``) and decades
    (``the 1980s``, ``ทศวรรษ 1980``, ``ยุค 60``) before plain digits are read."""
    t = sc.t
    for m in _BC_RE.finditer(t):
        bc = en.BC_AFTER_RE.match(t, m.end()) or th.BC_AFTER_RE.match(t, m.end())
        if bc is None or not sc.free(m.start(), bc.end()) \
                or th.CENTURY_BEFORE_RE.search(t, max(0, m.start() - 12), m.start()):
            continue  # ศตวรรษที่ 5 ก่อนคริสตกาล: the 5th century BC is an ordinal
        a = -int(m["a"].replace(",", ""))  # "1,500 BC", "10,000 ปีก่อนคริสตกาล"
        b = -int(m["b"].replace(",", "")) if m["b"] else None
        if b is None:
            sc.add(m.start(), bc.end(), "year", value=float(a), calendar="CE",
                   key=f"year:{a}")
        elif b > a:
            sc.add(m.start(), bc.end(), "year_range", value=float(a), value_max=float(b),
                   calendar="CE", key=f"year_range:{a}-{b}")
    for m in _SHORT_YEAR_RE.finditer(t):  # "in '98", "the World Cup of '02"
        yy = int(m["yy"])
        year = yy + (2000 if yy <= 30 else 1900)
        if sc.free(*m.span()):
            sc.add(m.start(), m.end(), "year", value=float(year), calendar="CE",
                   key=f"year:{year}")
    for m in en.DECADE_RE.finditer(t):
        y = m["y"] or m["yy"]
        if len(y) == 2 and en.AGE_BEFORE_RE.search(t, max(0, m.start() - 16), m.start()):
            _add_age(sc, m.start(), m.end(), int(y))
        else:
            _add_decade(sc, m.start(), m.end(), y)
    for m in en.DECADE_WORD_RE.finditer(t):
        word = (m["w"] or m["cap"]).lower()
        n = en.DECADE_WORDS[word]
        if en.AGE_BEFORE_RE.search(t, max(0, m.start() - 16), m.start()):
            _add_age(sc, m.start(), m.end(), n)
        else:
            _add_decade(sc, m.start(), m.end(), str(n))
    for m in th.DECADE_RE.finditer(t):
        _add_decade(sc, m.start(), m.end(), m["y"])


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


def _add_age(sc: Scan, s: int, e: int, n: int) -> None:
    """"in her 30s": ages ``n`` to ``n + 9``."""
    if sc.free(s, e):
        sc.add(s, e, "range", value=float(n), value_max=float(n + 9), unit="year",
               key=f"range:{n}-{n + 9}")


def find_vague(sc: Scan) -> None:
    """Vague quantities: ``hundreds of``, ``tens of thousands``, ``a few dozen``,
    ``หลายพัน``, ``นับล้าน``, ``ไม่กี่สิบ``.
    Their value is the magnitude; they are flagged ``vague``."""
    t = sc.t
    for m in en.VAGUE_RE.finditer(t):
        if m["a"]:
            value = en.VAGUE_PLURALS[m["a"].lower()] * en.VAGUE_PLURALS[m["b"].lower()]
        else:
            value = en.VAGUE_PLURALS[m["w"].lower()]
        if sc.free(m.start(), m.end()):
            add_quantity(sc, m.start(), m.end(), Decimal(value), None, vague=True)
    for m in en.FEW_SCALE_RE.finditer(t):
        if sc.free(m.start(), m.end()):
            add_quantity(sc, m.start(), m.end(), Decimal(en.FEW_SCALE_VALUES[m["f"].lower()]),
                         None, vague=True)
    for m in th.VAGUE_RE.finditer(t):
        if sc.free(m.start(), m.end()):
            add_quantity(sc, m.start(), m.end(), Decimal(10) ** th.MAGNITUDES.get(m["m"], 1),
                         None, vague=True)


# ---------------------------------------------------------------- English
def find_english_words(sc: Scan) -> None:
    """Add English ordinal words (``first``), Roman regnal numbers (``Henry VIII``),
    halves, number words (``twenty-five``) and counts (``twice``, ``a pair``)."""
    _english_ordinals(sc)
    _roman_numerals(sc)
    _halves(sc)
    _english_numerals(sc)
    t = sc.t
    for m in en.FOLD_RE.finditer(t):
        if sc.free(m.start(), m.end()):
            value = en.parse_words(m["w"])[0]
            if value is not None:
                sc.add(m.start(), m.end(), "cardinal", value=float(value),
                       key=f"cardinal:{format_number(value)}")
    for m in en.MULTIPLE_RE.finditer(t):
        group = "w" if m["w"] else "v"
        if sc.free(m.start(group), m.end()):
            times = en.MULTIPLE_VALUES[m[group].lower().removesuffix("e")]
            over = en.MORE_THAN_BEFORE_RE.search(t, max(0, m.start(group) - 12), m.start(group))
            sc.add(m.start(group), m.end(), "cardinal", value=float(times),
                   key=f"cardinal:{times}",  # "nearly double", "almost tripled"
                   qualifier="over" if over else qualifier(t, m.start(group), m.end()))
    for m in en.HALVED_RE.finditer(t):
        s = m.start("v") if m["v"] else m.start()
        if sc.free(s, m.end()):
            sc.add(s, m.end(), "fraction", value=0.5, key="fraction:1/2")
    for m in en.COUNT_WORDS_RE.finditer(t):
        if sc.free(m.start(), m.end()):
            # "the pair won", "a pair must win": two people already named (Thai ทั้งคู่,
            # ทั้งสอง, vague too); only "a pair of shoes" counts two
            duo = m["w"].lower() == "pair" and not _PAIR_OF_RE.match(t, m.end())
            add_quantity(sc, m.start(), m.end(), Decimal(en.COUNT_WORDS[m["w"].lower()]),
                         None, vague=duo)
    for m in en.ONCE_RE.finditer(t):
        if sc.free(m.start(), m.end()):
            sc.add(m.start(), m.end(), "cardinal", value=1.0, key="cardinal:1")


def _halves(sc: Scan) -> None:
    """"half a million" (500000), "a year and a half" (1.5)."""
    for m in en.HALF_SCALE_RE.finditer(sc.t):
        if sc.free(m.start(), m.end()):
            word = m["w"].lower()
            whole = en.SCALES.get(word, 100 if word == "hundred" else 12)
            add_quantity(sc, m.start(), m.end(), Decimal(whole) / 2, None)
    for m in en.A_UNIT_AND_HALF_RE.finditer(sc.t):
        if sc.free(m.start(), m.end()):
            sc.add(m.start(), m.end(), "cardinal", value=1.5, key="cardinal:1.5")


def _english_numerals(sc: Scan) -> None:
    """"twenty-five", "a hundred", "two and a half"; "one" only as a number."""
    t = sc.t
    pos = 0
    while found := en.WORDS_RE.search(t, pos):
        s = found.start()
        value, length = en.parse_words(found.group())
        pos = s + max(length, 1)  # the rest of "three million and five million" again
        e = s + length
        if value is None or not sc.free(s, e):
            continue
        if t[s:e].lower() == "one" and not unit_after(t, e) and (
                en.ONE_SKIP_AFTER_RE.match(t[e:e + 24]) or (
                en.ONE_SKIP_BEFORE_RE.search(t, max(0, s - 16), s)
                and not en.ONE_OF_RE.match(t, e))):
            continue  # "no one", "the one", "one-sided"; but "that one of them" counts
        if t[s:e].lower() == "one" and en.ONE_DAY_FORMAT_AFTER_RE.match(t, e):
            continue  # "a one-day international": cricket's format, no length of time
        half = en.AND_A_HALF_RE.match(t, e)
        if half and sc.free(e, half.end()):
            value, e = value + Decimal("0.5"), half.end()
        story = t[s:e].lower() == "one" and bool(en.ONE_DAY_AFTER_RE.match(t, e)) \
            and not en.ONE_DAY_COUNT_BEFORE_RE.search(t, max(0, s - 12), s)
        story = story or _english_idiom(t, s, e)
        if not _word_range(sc, s, e, value):
            add_quantity(sc, s, e, value, None, vague=story)


def _english_idiom(t: str, s: int, e: int) -> bool:
    """"One doesn't know" (the generic pronoun), "a positive one" (one standing for a
    noun), "at one point", "ground zero", "two-way trade": no count, so vague."""
    word = t[s:e].lower()
    if en.WAY_AFTER_RE.match(t, e):
        return True
    if word == "zero":
        return bool(en.ZERO_IDIOM_RE.search(t, max(0, s - 8), min(len(t), e + 12)))
    if word != "one" or en.ONE_OF_RE.match(t, e):
        return False
    if en.ONE_IDIOM_RE.match(t, s) or en.ONE_ON_ONE_RE.search(t, max(0, s - 8), s):
        return True
    if en.GENERIC_ONE_AFTER_RE.match(t, e) and not en.GENERIC_ONE_COUNT_BEFORE_RE.search(
            t, max(0, s - 10), s):
        return True
    if en.VERB_ONE_RE.search(t, max(0, s - 10), s) and en.CLAUSE_END_RE.match(t, e):
        return True
    return bool(en.PRO_ONE_BEFORE_RE.search(t, max(0, s - 30), s)) and \
        not en.PRO_ONE_NOUN_BEFORE_RE.search(t, max(0, s - 12), s) and not \
        en.WORDS_RE.match(t, max(0, s - 12)) and not bool(en.WORDS_RE.search(
            t[max(0, s - 14):s]))


def _word_range(sc: Scan, s: int, e: int, value: Decimal) -> bool:
    """"two to three weeks", "between two and three years": a range of number words."""
    t = sc.t
    sep = _WORD_RANGE_SEP_RE.match(t, e)
    if sep is None or (sep.group().strip().lower() == "and"
                       and not _BETWEEN_RE.search(t, max(0, s - 9), s)):
        return False
    second = en.WORDS_RE.match(t, sep.end())
    if second is None:
        return False
    high, length = en.parse_words(second.group())
    end = sep.end() + length
    if high is None or high <= value or not sc.free(s, end):
        return False
    if sep.group().strip().lower() == "or" and high != value + 1:
        return False  # "two or three days" is a range; "two or five" a choice
    lo, hi = format_number(value), format_number(high)
    sc.add(s, end, "range", value=float(value), value_max=float(high), key=f"range:{lo}-{hi}")
    return True


_GOAL_ORDINAL_BEFORE_RE = re.compile(
    r"(?i)\b(?:scor(?:e|es|ed|ing)|add(?:s|ed|ing)?|nett?(?:ed|s)?|grabb?(?:ed|s)?|head(?:s|ed)"
    r"|fir(?:e|es|ed)|slott?(?:ed|s)?|str(?:uck|ikes?)|made\s+it|got|get)\s+(?:a|the|his|her|their"
    r"|its)\s+$")
_GOAL_ORDINAL_NOUN_AFTER_RE = re.compile(r"\s+(?!(?:in|on|at|with|from|of|to|for|after|before"
                                         r"|as|and|but|when|while|just|late|early)\b)[a-z]")
"""``added a third in stoppage time``, ``scored the third with the last kick``: an
ordinal standing for a goal, which a translation tells without the number (``ยิงปิด
กล่อง``): vague; ``scored his third goal`` keeps it."""


def _english_ordinals(sc: Scan) -> None:
    t = sc.t
    for m in en.ORDINAL_WORDS_RE.finditer(t):
        s, e = m.span()
        if not sc.free(s, e):
            continue
        word = m.group().lower()
        a_second = word == "second" and bool(en.A_BEFORE_RE.search(t, max(0, s - 3), s)) \
            and bool(en.SECOND_NOUN_AFTER_RE.match(t, e))  # "a second referendum": vague
        if word == "second" and not en.SECOND_BEFORE_RE.search(t, max(0, s - 8), s) \
                and not a_second:
            continue
        if word == "first" and (en.ORDINAL_SKIP_BEFORE_RE.search(t, max(0, s - 4), s)
                                or en.ORDINAL_SKIP_AFTER_RE.match(t, e)):
            continue
        n = en.ordinal_value(m)
        come_first = n == 1 and bool(en.COME_FIRST_BEFORE_RE.search(t, max(0, s - 9), s)) \
            and bool(en.CLAUSE_END_RE.match(t, e))
        come_first = come_first or (
            word == "first" and en.FIRST_THEN_AFTER_RE.match(t, e) is not None
            and not en.FIRST_DETERMINER_BEFORE_RE.search(t, max(0, s - 8), s))
        sc.add(s, e, "ordinal", value=float(n), key=f"ordinal:{n}",
               vague=a_second or come_first or en.ORDINAL_IDIOM_RE.match(t, s) is not None
               or (n > 1 and _GOAL_ORDINAL_BEFORE_RE.search(t, max(0, s - 24), s) is not None
                   and not _GOAL_ORDINAL_NOUN_AFTER_RE.match(t, e))
               or (n == 1 and en.FIRST_PERIOD_AFTER_RE.match(t, e) is not None))


def _roman_numerals(sc: Scan) -> None:
    """"Henry VIII", "World War II", "Mojmír I": a Roman numeral after a capitalized
    name is an ordinal. A lone "I" must not follow the first word of a sentence."""
    t = sc.t
    for m in en.ROMAN_RE.finditer(t):
        s, e = m.span("r")
        before = _WORD_BEFORE_RE.search(t, max(0, s - 40), s - 1)
        if before is None or not sc.free(s, e):
            continue
        word = before["w"]
        if not word[0].isupper() or word.rstrip(".") in en.NOT_REGNAL or word.isupper():
            continue
        if m["r"] == "I" and not _NUMBERED_NOUN_RE.fullmatch(word) \
                and (_SENTENCE_START_RE.search(t, max(0, before.start() - 3), before.start())
                     or en.PRONOUN_I_AFTER_RE.match(t, e)):
            continue
        if m["r"] == "X" and (_NOT_TEN_X_BEFORE_RE.search(word)
                              or _NOT_TEN_X_AFTER_RE.match(t, e)):
            continue
        n = en.roman_value(m["r"])
        sc.add(s, e, "ordinal", value=float(n), key=f"ordinal:{n}")
    for m in _ROMAN_VARIANT_RE.finditer(t):  # "Titan IIIE", "Saturn IB": a model's variant
        s, e = m.span("r")
        before = _WORD_BEFORE_RE.search(t, max(0, s - 40), s - 1)
        if before is None or not sc.free(s, m.end()) or not before["w"][0].isupper() \
                or before["w"].isupper() or before["w"].rstrip(".") in en.NOT_REGNAL:
            continue
        n = en.roman_value(m["r"])
        sc.add(s, m.end(), "ordinal", value=float(n), key=f"ordinal:{n}")


# A lone capital X is the name of a thing, not ten, after a possessive ("Musk's X") or a
# word that names with a letter ("Malcolm X", "Generation X", "Xbox Series X",
# "Project X"), and before a capitalized name ("X Corp", "the X Factor"); a king, pope or
# chapter X stays ten ("Rama X", "Pius X", "Chapter X").
_NOT_TEN_X_BEFORE_RE = re.compile(
    r"(?:.*['’]s|Malcolm|Generation|Gen|Series|Project|Planet|Brand|Mr|Ms|Mrs|Dr|Person"
    r"|Patient|Company|Subject|Country|Model|Space|Agent|Player|Team|Factor|Formula|Day)\.?")
_NOT_TEN_X_AFTER_RE = re.compile(r"\s+(?!(?:of|The|In|On|At|And|But|He|She|It|They|We)\b)"
                                 r"[A-Z][a-z]")
# "Titan IIIE", "Titan IIIC", "Saturn IB", "Delta IVB": a Roman numeral glued to one
# capital A-E after a capitalized name is the numbered model's variant (Thai ไททัน 3 อี).
_ROMAN_VARIANT_RE = re.compile(r"(?<=\w)\s(?P<r>II|III|IV|I)[A-E](?![^\W_]|[-'’][^\W\d_])")
