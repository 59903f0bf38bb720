"""Thai number words for the number scanner (see :mod:`massmob_nlp.numbers`): numerals
written as words (``สามสิบห้า``), ordinals (``ที่สาม``, ``แรก``), halves, juxtaposed
pairs (``สองสามวัน``) and the classifier + ``หนึ่ง`` that renders the article "a".
"""

from __future__ import annotations

import re
from decimal import Decimal

from . import th
from .around import thai_ordinal_before
from .base import THAI_LETTER_RE, Scan, alt, format_number
from .money import CUR_AFTER_RE, PCT_AFTER_RE, magnitude_at
from .quantity import add_quantity


def find_thai_dozens(sc: Scan) -> None:
    """``หนึ่งโหล`` (12), ``ครึ่งโหล`` (6), ``2 โหล`` (24): counts of twelve, read before
    the digits and number words alone."""
    for m in sc.finditer(th.DOZEN_RE):
        n = m["n"]
        value = 6 if n == "ครึ่ง" else 12 * (int(n) if n.isdigit() else th.parse_words(n) or 0)
        if value and sc.free(m.start(), m.end()):
            add_quantity(sc, m.start(), m.end(), Decimal(value), None)


_UNIT_LABEL_RE = re.compile(
    rf"(?:\(\s*|หน่วย\s*[:：]?\s*)(?P<u>(?:{alt(th.MAGNITUDES)})+\s*[\u0e01-\u0e4e.]{{0,16}}?)"
    r"(?=\s*\)|\s*$|\s+[^\u0e01-\u0e4e0-9])")
"""``มูลค่า (พันล้านดอลลาร์)``, ``หน่วย: ล้านบาท``: a scale word with no number before it
in brackets or after หน่วย is the unit of a table or chart (English ``(US$ billion)``),
no amount."""
_PER_ONE_RE = re.compile(
    rf"(?:(?<![ก-ฮ])ทุก|(?<!ติด)ต่อ|(?<![แ])ละ)\s*(?:[\u0e01-\u0e4e]{{1,8}}\s*)??"
    r"(?P<n>1|หนึ่ง)(?![0-9]|[.,][0-9])"
    r"(?!\s*(?:ปี|เดือน|วัน|สัปดาห์|อาทิตย์|ชั่วโมง|นาที|วินาที))"  # ต่อ 1 ปี: a duration
    rf"(?={th.CLASSIFIER_RE.pattern})")
"""``ทุก 1 กิโลกรัม``, ``ต่อ 1 ราย``, ``ต่อรถ 1 คัน``, ``คนละ 1 ชุด``: the one of a rate
("for every kilogram", "per vehicle"), which English writes without a number: vague
(not the ละ of และ "and": ``บาดเจ็บหนึ่งราย`` after it is a count)."""


_ONE_TIME_UNIT_AFTER_RE = re.compile(
    r"\s*(?:ปี|เดือน|สัปดาห์|อาทิตย์|วัน|ชั่วโมง|คืน)"
    r"(?!ที่|ครึ่ง|\s*(?:[0-9]|หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ))")
"""``หนึ่งสัปดาห์ต่อมา``, ``หนึ่งปีก่อน``: how Thai writes English "a week later", "a year
ago" (the article): vague, like ``คนหนึ่ง``; it still joins an English "one week". A
length with more parts (``หนึ่งวันครึ่ง``, ``หนึ่งเดือนสิบสองวัน``) stays a count."""


_NOT_EVEN_ONE_RE = re.compile(
    r"(?:ไม่|แม้แต่|แม้)[\u0e01-\u0e4e]{0,24}?(?P<n>สัก)"
    rf"(?=(?:{alt(th.CLASSIFIERS + ['ชาม', 'จาน', 'ถ้วย', 'แก้ว'])})"
    r"(?!\s*(?:[0-9]|หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ)))")
"""``ซื้อก๋วยเตี๋ยวไม่ได้สักชาม`` ("cannot buy even one bowl of noodles"), ``ไม่มีใครสักคน``
("not a single person"): สัก + a classifier after a negation is "(not) even one", how Thai
writes English "not even one bowl": 1, vague (``สัก 10 คน`` is "about ten")."""

_SINGLE_RE = re.compile(r"(?<!ใช้)(?P<only>(?:เพียง|แค่)\s*)?(?:ครั้ง|นัด|หน)เดียว(?!กัน|กับ)"
                        r"|(?:(?<=ปีละ)|(?<=ทศวรรษละ)|(?<=ศตวรรษละ)|(?<=เดือนละ)|(?<=สัปดาห์ละ)"
                        r"|(?<=อาทิตย์ละ)|(?<=วันละ))(?:ครั้ง|หน(?!ึ))(?!\s*(?:[0-9]|หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ))")
"""``ชนะเพียงนัดเดียว`` (won only one match), ``หิวเพียงครั้งเดียว`` (hungry only once): a
count of one (English "once", "one match"), vague: English often writes it with no
number ("his only pit stop", "a one-off"), and ``ในครั้งเดียว`` is "at one go";
``ใช้ครั้งเดียว`` is "single-use", no count. ``ปีละครั้ง``, ``ทศวรรษละครั้ง`` (once a year,
once a decade): ครั้ง after a period + ละ with no count is once (English "once a year",
"annual"), vague too."""


def find_thai_rates(sc: Scan) -> None:
    """Claim unit labels (``(ล้านบาท)``) and mark the one of a rate (``ทุก 1 กิโลกรัม``)
    vague, before digits and number words are read."""
    for m in sc.finditer(_UNIT_LABEL_RE):
        if sc.free(*m.span("u")):
            sc.claim(*m.span("u"))
    for m in sc.finditer(_PER_ONE_RE):
        if sc.free(*m.span("n")):
            sc.add(*m.span("n"), "cardinal", value=1.0, key="cardinal:1", vague=True)
    for m in sc.finditer(_NOT_EVEN_ONE_RE):
        if sc.free(*m.span("n")):
            sc.add(*m.span("n"), "cardinal", value=1.0, key="cardinal:1", vague=True)
    for m in sc.finditer(_SINGLE_RE):
        s = m.end("only") if m["only"] else m.start()
        if sc.free(s, m.end()):
            sc.add(s, m.end(), "cardinal", value=1.0, key="cardinal:1", vague=True)


_LOANWORD_NUMBERS = {"วัน": 1, "ทู": 2, "โฟร์": 4, "ไฟฟ์": 5, "ไฟว์": 5, "ซิกซ์": 6,
                     "ไนน์": 9, "เท็น": 10}
_LOANWORD_NUMBER_RE = re.compile(
    r"(?:(?<=ท็อป)|(?<=ท้อป)|(?<=ฟอร์มูลา)|(?<=ฟอร์มูล่า)|(?<=ลีก)|(?<=ลีก\s))"
    r"(?P<n>วัน(?!ที่|นี้|นั้น|ละ|เดียว)|ทู|โฟร์|ไฟฟ์|ไฟว์|ซิกซ์|ไนน์|เท็น)"
    r"|(?P<m>ไฟฟ์|ไฟว์|ไนน์)")
"""English number words written in Thai letters: ``ท็อปเท็น`` (the top ten), ``ฟอร์มูลาวัน``
(Formula One), ``แชมเปียนส์ลีก ทู`` (Champions League Two), ``บริสเบนไนน์`` (Brisbane's
Nine), ``เดอะ ไฟฟ์ เยียร์`` (The Five-Year ...): the number of the English name (วัน,
ทู, โฟร์, ซิกซ์ and เท็น only after ท็อป/ฟอร์มูลา/ลีก: alone they are other words, a
cricket boundary ``ตีโฟร์``, ``ซิกซ์``, a ``โฟร์แฮนด์`` forehand). The number of a
series' or a division's name (ฟอร์มูลาวัน, ลีกทู) is vague, as English ``Formula 1`` and
``League Two`` are: ``F1`` / ``ฟอร์มูลาวัน`` is no number added."""


_LOANWORD_DECADES = {"ทเวน": 1920, "เธอร์": 1930, "เทอร์": 1930, "ฟอร์": 1940, "ฟิฟ": 1950,
                     "ซิกซ์": 1960, "ซิก": 1960, "เซเวน": 1970, "เซเว่น": 1970, "เอท": 1980,
                     "เอ็ท": 1980, "เอต": 1980, "ไนน์": 1990, "ไนน": 1990}
_LOANWORD_DECADE_RE = re.compile(rf"(?P<d>{alt(_LOANWORD_DECADES)})(?:ตี้|ตี)(?:ส์|ส|ซ์)")
"""``ยุคเซเวนตี้ส์`` (the Seventies), ``ยุคเอทตี้ส์``: an English decade in Thai letters."""


def _loanword_numbers(sc: Scan) -> None:
    for m in sc.finditer(_LOANWORD_DECADE_RE):
        if sc.free(*m.span()):
            n = _LOANWORD_DECADES[m["d"]]
            sc.add(*m.span(), "decade", value=float(n), value_max=float(n + 9),
                   calendar="CE", key=f"decade:{n}")
    for m in sc.finditer(_LOANWORD_NUMBER_RE):
        g = "n" if m["n"] else "m"
        if sc.free(*m.span(g)):
            n = _LOANWORD_NUMBERS[m[g]]
            before = sc.t[max(0, m.start(g) - 9):m.start(g)].rstrip()
            if before.endswith(("ฟอร์มูลา", "ฟอร์มูล่า")):  # the series' name, as the
                sc.add(*m.span(g), "code", value=float(n), key=f"code:{n}", vague=True)
            elif before.endswith("ลีก"):  # English reads Formula 1 / League One
                sc.add(*m.span(g), "cardinal", value=float(n), key=f"cardinal:{n}",
                       vague=True)
            else:
                sc.add(*m.span(g), "cardinal", value=float(n), key=f"cardinal:{n}")


def find_thai_words(sc: Scan) -> None:
    """Add Thai number words (``สามสิบห้า``), Thai ordinals, ``แรก`` and halves.

    A word that is also the start or end of a longer word (``สามารถ``, ``เก้าอี้``)
    is kept only when the Thai word segmenter cuts the text at both of its ends.
    """
    t = sc.t
    for m in sc.finditer(th.NAME_RE):
        sc.claim(m.start(), m.end())
    _word_ranges(sc)
    _loanword_numbers(sc)
    for m in sc.finditer(th.WORDS_RE):
        s, e = m.span()
        run = m.group()
        if run.endswith("ร้อย") and len(run) > 4 and t.startswith("ละ", e) \
                and not sc.free(e - 4, e) and sc.free(s, e - 4):
            e, run = e - 4, run[:-4]  # บัตรรอบที่สามร้อยละ 5: "the third", then 5 percent
        if not sc.free(s, e) or (s and t[s - 1] in th.LEADING_VOWELS) or _place_name(t, s, e):
            continue
        if _lunar_rank(sc, s, e, run):
            continue
        classifier = bool(th.CLASSIFIER_RE.match(t, e) or CUR_AFTER_RE.match(t, e)
                          or PCT_AFTER_RE.match(t, e) or th.OVER_THEN_CLASSIFIER_RE.match(t, e)
                          or _over_then_amount(t, e))
        ordinal = thai_ordinal_before(sc, s) \
            or th.RANK_BEFORE_RE.search(t, max(0, s - 10), s)
        if not (classifier or ordinal or _standalone(sc, s, e, run)):
            continue
        if classifier and not ordinal and run in th.FUSED_ENDINGS \
                and not starts_word(sc, s, run):
            continue  # เรียบร้อยทาง, โกหกคน ("lie to people"): the end of a longer word
        if ordinal and not classifier and not _ends_word(sc, e):
            continue  # ที่สามารถ: "that can", not "the third"
        value = th.parse_words(run)
        if value is None and ordinal and (classifier or _ends_word(sc, e)) \
                and _rank_then_count(sc, s, e, run):
            continue
        if value is None:
            _juxtaposed(sc, s, e, run)
            continue
        if run == "สอง" and not (classifier or ordinal) \
                and th.SECOND_ROUND_BEFORE_RE.search(t, max(0, s - 3), s) and sc.free(s - 3, s):
            sc.add(s - 3, e, "ordinal", value=2.0, key="ordinal:2", vague=True)
            continue  # รอบสอง: a run-off, the second leg
        if ordinal and not classifier:
            n = int(value)
            rank_one = n == 1 and t.startswith("อันดับ", ordinal.start()) \
                and th.rank_one_vague(t, ordinal.start())
            sc.add(ordinal.start(), e, "ordinal", value=float(n), key=f"ordinal:{n}",
                   vague=rank_one or th.RUNNER_UP_BEFORE_RE.search(
                       t, max(0, ordinal.start() - 12), ordinal.start()) is not None)
            continue
        if s >= 5 and t.startswith(th.HALF, s - 5) and sc.free(s - 5, s):
            s, value = s - 5, value / 2  # ครึ่งล้าน: half a million
        vague = (run == "หนึ่ง" and not classifier and _article_one(t, s, e)) \
            or (run == "หนึ่ง" and th.ONE_OF_NUMBER_AFTER_RE.match(t, e) is not None) \
            or (run == "หนึ่ง" and _ONE_TIME_UNIT_AFTER_RE.match(t, e) is not None) \
            or run in th.IDIOM_RUNS \
            or (run == "สอง" and th.BOTH_SIDES_AFTER_RE.match(t, e) is not None) \
            or (run == "สอง" and th.BOTH_BEFORE_RE.search(t, max(0, s - 5), s) is not None) \
            or (not classifier and th.CUT_INTO_BEFORE_RE.search(t, max(0, s - 4), s) is not None)
        add_quantity(sc, s, e, value, None, vague=vague)
    for m in sc.finditer(th.DOUBLED_RE):  # เพิ่มขึ้นเท่าตัว: doubled
        s = m.end("over") if m["over"] else m.start()
        if sc.free(s, m.end()) and not th.NUMBER_BEFORE_RE.search(t, max(0, m.start() - 6),
                                                                  m.start()):
            sc.add(s, m.end(), "cardinal", value=2.0, key="cardinal:2",
                   qualifier="over" if m["over"] else None)
    for m in sc.finditer(th.FIRST_RE):  # ครั้งแรก, เดือนแรก: nouns that often fuse with แรก
        s, e = m.span("first")
        if _TOP_N_BEFORE_RE.search(t, max(0, s - 16), s):
            continue  # สี่อันดับแรก: "the top four", one count (4) and no "first"
        if sc.free(s, e):
            sc.add(s, e, "ordinal", value=1.0, key="ordinal:1", vague=_first_n(t, s)
                   or bool(th.FIRST_IDIOM_BEFORE_RE.search(t, max(0, s - 6), s))
                   or bool(th.PRIORITY_FIRST_BEFORE_RE.search(t, max(0, s - 24), s))
                   or bool(th.TERM_FIRST_BEFORE_RE.search(t, max(0, s - 40), s))
                   or bool(th.FIRST_VAGUE_BEFORE_RE.search(t, max(0, s - 6), s))
                   or bool(th.FIRST_VAGUE_AFTER_RE.match(t, e)))
    for m in sc.finditer(_LUNAR_MONTH_NAME_RE):  # เดือนอ้าย: the first lunar month
        if sc.free(*m.span()):
            n = 1 if m["w"] == "อ้าย" else 2
            sc.add(*m.span(), "ordinal", value=float(n), key=f"ordinal:{n}")
    for m in sc.finditer(th.FIRST_ANY_RE):
        s, e = m.span()
        if sc.free(s, e) and not th.FIRST_SKIP_BEFORE_RE.search(t, max(0, s - 6), s) \
                and not _TOP_N_BEFORE_RE.search(t, max(0, s - 16), s) and sc.word_bounds_at(s, e):
            sc.add(s, e, "ordinal", value=1.0, key="ordinal:1",
                   vague=_fused_first(t, s, e) or _first_n(t, s))


def _over_then_amount(t: str, e: int) -> bool:
    """``พันกว่าบาท`` (a thousand-odd baht), ``ร้อยกว่าล้านบาท`` (a hundred-odd million
    baht), ``สิบกว่าเปอร์เซ็นต์``: กว่า/เศษ after a number word, then its currency, percent
    or magnitude, as a classifier after กว่า (``สิบกว่าคน``)."""
    gap = th.OVER_GAP_RE.match(t, e)
    if gap is None:
        return False
    pos = magnitude_at(t, gap.end())[1]
    return bool(CUR_AFTER_RE.match(t, pos) or PCT_AFTER_RE.match(t, pos)
                or th.CLASSIFIER_RE.match(t, pos))


_LUNAR_MONTH_NAME_RE = re.compile(r"เดือน\s*(?P<w>อ้าย|ยี่)(?!สิบ|ห้อ|ปุ่น|โถ)")
"""``เดือนอ้าย``, ``เดือนยี่``: the first and second lunar months have names of their own
(from เดือนสาม on they are counted, ``เดือนสิบสอง``), English "the first lunar month"."""
_MONTH_WORD_BEFORE_RE = re.compile(r"เดือน\s*$")
_EVERY_BEFORE_RE = re.compile(r"(?:ทุก|แต่ละ|ต่อ|ละ|รายเดือน)\s*$")
"""``สามเดือนสิบวัน``, ``ทุกเดือนสิบคน``: เดือน counted or "every month", no month name."""


def _lunar_rank(sc: Scan, s: int, e: int, run: str) -> bool:
    """A lunar day or month in words is a rank, as in digits: ``ขึ้นสิบห้าค่ำ`` (the 15th
    day of the waxing moon, like ``ขึ้น 15 ค่ำ``), ``แรมแปดค่ำ``, ``เดือนสิบสอง`` (the
    twelfth month, like ``เดือน 12``; not ``เดือนสิบสองวัน``). Adds it; True when it did."""
    t = sc.t
    value = th.parse_words(run)
    if value is None or value != int(value) or not 1 <= value <= 15:
        return False
    n = int(value)
    lunar = th.LUNAR_DAY_BEFORE_RE.search(t, max(0, s - 6), s)
    night = th.LUNAR_DAY_AFTER_RE.match(t, e)
    if lunar and night:
        a, b = lunar.start(), night.end()
    elif (month := _MONTH_WORD_BEFORE_RE.search(t, max(0, s - 8), s)) and n <= 12 \
            and not th.NUMBER_BEFORE_RE.search(t, max(0, month.start() - 8), month.start()) \
            and not _EVERY_BEFORE_RE.search(t, max(0, month.start() - 8), month.start()) \
            and not th.CLASSIFIER_RE.match(t, e) and not th.MONTH_NUMBER_AFTER_RE.match(t, e) \
            and _ends_word(sc, e):
        a, b = month.start(), e
    else:
        return False
    if not sc.free(a, b):
        return False
    sc.add(a, b, "ordinal", value=float(n), key=f"ordinal:{n}")
    return True


def _word_ranges(sc: Scan) -> None:
    """``สองถึงสามปี``, ``ห้าถึงหกคน``: two number words joined by ถึง or a dash are a
    range (as English ``two to three years``), key ``range:2-3``."""
    t = sc.t
    for m in sc.finditer(th.WORD_RANGE_RE):
        a, b = th.parse_words(m["a"]), th.parse_words(m["b"])
        s, e = m.span()
        if a is None or b is None or not a < b or not sc.free(s, e) \
                or (s and t[s - 1] in th.LEADING_VOWELS) or not starts_word(sc, s, m["a"]) \
                or not (th.CLASSIFIER_RE.match(t, e) or _ends_word(sc, e)):
            continue
        sc.add(s, e, "range", value=float(a), value_max=float(b),
               key=f"range:{format_number(a)}-{format_number(b)}")


def _rank_then_count(sc: Scan, s: int, e: int, run: str) -> bool:
    """``ครองอันดับหนึ่งสี่ปีซ้อน`` ("topped it four years in a row"): after อันดับ the
    first digit word is the rank and the number that follows, before its classifier, is a
    count of its own (``อันดับ 1`` + ``สี่ปี``), not one ill-formed number. Adds both."""
    t = sc.t
    first = next((w for w in th.DIGIT_WORDS if run.startswith(w)), None)
    rank = th.RANK_BEFORE_RE.search(t, max(0, s - 10), s)
    rest = None if first is None else th.parse_words(run[len(first):])
    if rank is None or first is None or rest is None or not sc.free(rank.start(), e):
        return False
    n = th.DIGIT_WORDS[first]
    sc.add(rank.start(), s + len(first), "ordinal", value=float(n), key=f"ordinal:{n}",
           vague=n == 1 and th.rank_one_vague(t, rank.start()))
    add_quantity(sc, s + len(first), e, rest, None)
    return True


def _juxtaposed(sc: Scan, s: int, e: int, run: str) -> None:
    """``สองสามวัน``, ``สามสี่คน``, ``สามสี่ร้อยคน``: two consecutive numerals before a
    classifier are "two or three" (a range, as English ``two or three days``), often
    just "a few" (``ในอีกสองสามวัน`` "in the next few days"): vague, never a problem
    alone, still joined to the same range on the other side."""
    pair = th.juxtaposed_pair(run)
    if pair is None or not th.CLASSIFIER_RE.match(sc.t, e) \
            or not starts_word(sc, s, run) or not sc.free(s, e):
        return
    lo, hi = pair
    sc.add(s, e, "range", value=float(lo), value_max=float(hi), key=f"range:{lo}-{hi}",
           vague=True)


def _place_name(t: str, s: int, e: int) -> bool:
    """A number word glued to a place word (``คลองหนึ่ง``, ``อำเภอสองพี่น้อง``) with no
    classifier after it: part of the place's name."""
    return bool(th.PLACE_BEFORE_RE.search(t, max(0, s - 8), s)) and not (
        (th.CLASSIFIER_RE.match(t, e) and not t[e:e + 1].isspace())
        or th.PLACE_COUNT_AFTER_RE.match(t, e))


_TOP_N_BEFORE_RE = re.compile(r"(?:(?<![0-9])[0-9]{1,3}|หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ)"
                              r"\s*(?:อันดับ|ลำดับ)$")
"""``สี่อันดับแรก``, ``10 อันดับแรก``: "the top four", "the top 10" (English "top" has no
"first"): the number counts, the แรก after it is no ordinal of its own."""
_SERIES_START_BEFORE_RE = re.compile(r"เริ่ม(?:ต้น)?\s*(?:ที่|จาก|ด้วย)?\s*[\u0e01-\u0e4e]{1,5}$")
"""``แบ่งจ่าย 3 งวด เริ่มงวดแรกวันที่ 8`` ("in three rounds, beginning on the 8th"): the
first of a series named as where it starts, which English writes "beginning",
"starting" with no "first": vague (it still joins "first" when the English has it)."""


def _first_n(t: str, s: int) -> bool:
    """แรก after a number and its noun: "the first N" (``10 อันดับแรก`` "the top 10"),
    or the first of a series where it starts (``เริ่มงวดแรก``)."""
    return bool(th.FIRST_N_BEFORE_RE.search(t, max(0, s - 14), s)
                or _SERIES_START_BEFORE_RE.search(t, max(0, s - 14), s))


def _fused_first(t: str, s: int, e: int) -> bool:
    """แรก after a noun that is not a known head of "first" (``ครั้ง``, ``คน``…) and
    glued to Thai letters on both sides (``ภาพยนตร์แรกของ``, but also the name
    ``สมาแรกดิส`` or ``การแรกสอด``), or in an idiom (``เบื้องแรก`` "at first"): it
    counts only when the other side has "first" there (vague)."""
    return bool(th.FIRST_IDIOM_BEFORE_RE.search(t, max(0, s - 6), s)) or bool(
        e < len(t) and THAI_LETTER_RE.match(t, e))


def _standalone(sc: Scan, s: int, e: int, run: str) -> bool:
    """The run is a word of its own (not ``สามารถ``, ``พันธมิตร``, ``แสนดี``)."""
    if th.is_single_morpheme(run) and run not in th.DIGIT_WORDS:
        return False  # a bare สิบ/ร้อย/พัน/หมื่น/แสน/ล้าน needs a classifier
    return starts_word(sc, s, run) and _ends_word(sc, e)


def starts_word(sc: Scan, s: int, run: str) -> bool:
    """A Thai number word starting at ``s`` is not the end of a longer word."""
    t = sc.t
    if s == 0 or not THAI_LETTER_RE.match(t, s - 1) or run == "หนึ่ง":
        return True  # หนึ่ง ends many words (คนหนึ่ง, ส่วนหนึ่ง), always meaning one
    return bool(th.BOTH_BEFORE_RE.search(t, max(0, s - 5), s)
                or th.RATIO_BEFORE_RE.search(t, max(0, s - 10), s)
                or sc.word_bounds_at(s, s)
                # อยู่ที่สามแสน: the segmenter glues ที่สาม ("third"); a compound number
                # word after ที่ starts there
                or (t.endswith("ที่", 0, s) and not th.is_single_morpheme(run)))


def _ends_word(sc: Scan, e: int) -> bool:
    """A Thai number word ending at ``e`` is not the start of a longer word."""
    t = sc.t
    if e >= len(t) or not THAI_LETTER_RE.match(t, e):
        return True
    return bool(th.TIMES_AFTER_RE.match(t, e) or th.HALF_AFTER_RE.match(t, e)
                or t.startswith("ใน", e) or sc.word_bounds_at(e, e))


def _article_one(t: str, s: int, e: int) -> bool:
    """หนึ่ง right after a noun (``คนหนึ่ง``, ``วันหนึ่ง``) renders "a"/"one day":
    vague, unless a count word comes before it or ``ใน`` ("one of") after it; ``ใน`` with
    a place (``ผับแห่งหนึ่งในเมือง`` "a pub in the town") is "in", not "one of"."""
    if s == 0 or not THAI_LETTER_RE.match(t, s - 1):
        return False
    one_of = t.startswith("ใน", e) and not th.IN_PLACE_AFTER_RE.match(t, e)
    return not (one_of or th.COUNT_BEFORE_RE.search(t, max(0, s - 8), s))
