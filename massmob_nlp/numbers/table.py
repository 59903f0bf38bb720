"""Stage 3a: number mentions in English and Thai, with a key that is equal for the same
quantity in both languages.

:func:`find_numbers` is the core: a pure function over one text that returns
:class:`NumberMention` records with offsets local to that text. :func:`number_keys`
gives only the keys (used by the aligner). :func:`numbers_table` runs the finder over
the paragraphs of documents and returns the ``numbers`` table (see ``tables.py``).

Kinds, each with English and Thai mentions of the same things and their shared keys
(what comparison joins on; floats are written without a trailing ``.0``; ``value`` /
``value_max`` are the number and the upper end of a range):

cardinal
    EN ``10,665``, ``twenty-one``, ``twice``, ``doubled``, ``could triple``, ``a dozen``,
    ``half a million``, ``one of them``, ``-5C``, ``minus 12``, ``1.5m people``, golf
    ``eight under par`` (-8; TH ``-8``, ``8 อันเดอร์พาร์``), ``10st 13lb`` (153 pounds;
    TH ``10 สโตน 13 ปอนด์``), TH ``เป็นศูนย์`` (0);
    TH ``10,665``, ``ยี่สิบเอ็ด``, ``สองครั้ง``,
    ``สองเท่า``, ``ครึ่งล้าน``, ``หนึ่งในนั้น``, ``ลบ 5 องศา`` -> ``cardinal:10665``,
    ``cardinal:21``, ``cardinal:2``, ``cardinal:12``, ``cardinal:500000``. A scale
    letter glued to digits with no currency scales them before a plural noun
    (``1.5m people`` 1500000, ``20k fans``); elsewhere it keeps the digits as written
    (``the 400m hurdles``: metres), and the comparison joins ``20k`` to ``2 หมื่น``.
    Glued units (``5kg``, ``128GB``, ``3nm``, ``6.7in``, ``10p``, ``40mph``) give the
    value; the unit stays NA. The top of a grade scale (``4.78 out of 10``, ``a perfect
    10``, ``จากคะแนนเต็ม 10``, ``điểm 10``, ``thang điểm 30``) is a vague cardinal keyed
    ``scale:10`` (:mod:`.scales`); the score itself stays a count
duration
    EN ``18 months``, ``a year and a half``, ``two and a half years``, ``90 minutes``,
    ``half an hour``, ``72 hours``, ``a fortnight``, ``a 29-year-old``, ``1hr 45mins``,
    ``2:05:41`` (a race time; TH ``2 ชั่วโมง 5 นาที 41 วินาที``, ``duration:7541:second``);
    TH ``1 ปี 6 เดือน``, ``หนึ่งปีครึ่ง``, ``ปีครึ่ง``, ``2 ปีครึ่ง``, ``1 ชั่วโมงครึ่ง``,
    ``ครึ่งชั่วโมง``, ``3 วัน``, ``สองสัปดาห์``, ``อายุ 29 ปี``, ``7 ขวบ``, ``24 ชม.`` ->
    ``duration:18:month``, ``duration:30:month``, ``duration:90:minute``,
    ``duration:30:minute``, ``duration:3:day``, ``duration:2:week``,
    ``duration:29:year``: the key writes the length of time in the largest unit that
    counts it exactly (weeks, days, hours, minutes, seconds; or years, months: a month
    is no fixed number of days), so the same length of time written in other units
    joins; ``value`` is the number in the first unit as written (``1 ปี 6 เดือน`` ->
    1.5) and ``unit`` that unit (``second minute hour day week fortnight month year
    decade century``)
ordinal
    EN ``first``, ``21st``, ``Henry VIII``, ``third``, ``Q3``, ranks ``world No. 1``,
    ``world number one``, ``finished second``; TH ``มือ 1 ของโลก``, ``แรก``, ``ที่ 21``,
    ``ที่ 8``, ``อันดับสาม``, ``ครบรอบ 80 ปี`` -> ``ordinal:1``, ``ordinal:21``, ``ordinal:8``;
    quarters are the ordinal and a year on both sides: ``the second quarter of 2025``,
    ``Q2 2025``, ``Q2/2025`` / ``ไตรมาส 2/2568``, ``ไตรมาสที่ 2 ปี 2568`` -> ``ordinal:2``,
    ``year:2025``. A ``ที่`` that ends a word (``พื้นที่ 540`` "an area of 540",
    ``สถานที่``, ``หน้าที่``) is no ordinal marker
percent
    EN ``20%``, ``20 per cent``, ``-3.2%``, ``a quarter-point rise`` (0.25); TH
    ``ติดลบ 3.2%``, ``ร้อยละ 20``, ``ร้อยละยี่สิบ``, ``20 เปอร์เซ็นต์`` ->
    ``percent:20`` (value 20, not 0.2); ``percent:10-15``
money
    EN ``$60 billion``, ``£125m``, ``€2.5bn``, ``55 million VND``, ``£3,000-£5,000``;
    TH ``60 พันล้านดอลลาร์``, ``125 ล้านปอนด์``, ``140 ล้านเหรียญ`` (USD), ``55 ล้านดอง`` ->
    ``money:60000000000:USD``, ``money:125000000:GBP``, ``money:3000-5000:GBP``;
    EN ``VND1.7 quadrillion``, ``W1.5tn``, ``2.4 trillion won``, ``Rs 500 crore`` / TH
    ``1.7 พันล้านล้านด่อง``, ``1.5 ล้านล้านวอน``, ``5 พันล้านรูปี`` (ล้านล้าน = trillion,
    พันล้านล้าน = quadrillion) -> ``money:1700000000000000:VND``
year
    EN ``2018``, ``700 BC``, ``FY2024``, ``FY24``; TH ``ปีงบประมาณ 2567``, ``2561``,
    ``ปี 2561``, ``700 ปีก่อนคริสตกาล`` ->
    ``year:2018`` (CE: BE − 543), ``year:-700``; after ``พ.ศ.``/``พุทธศักราช`` any number
    is a BE year (``พ.ศ. 2325`` -> ``year:1782``), after ``ค.ศ.``/``คริสต์ศักราช`` a CE
    year (``ค.ศ. 833``); after a bare ``ปี``, 2101-2700 is BE (``ปี 2325``); after
    ``ร.ศ.`` a Rattanakosin-era year, CE = ร.ศ. + 1781 (``ร.ศ. 112`` -> ``year:1893``,
    calendar BE); ``1,500 ปีก่อนคริสตกาล`` / ``1,500 BC`` -> ``year:-1500``
year_range
    EN ``2020-2025``, ``512-511 BC``, ``the 2023/24 season``, ``2023-24``, ``FY2023/24``;
    TH ``2563 - 2568``, ``ตั้งแต่ปี 2563 ถึงปี 2568`` -> ``year_range:2020-2025``
decade
    EN ``the 1980s``, ``the '60s``, ``the Sixties``; TH ``ทศวรรษ 1980``, ``ทศวรรษที่ 1960``,
    ``ยุค 60`` -> ``decade:1980`` (value 1980, value_max 1989)
range
    EN ``18- to 29-year-olds``, ``6-7``, ``two to three years``, ``in her 30s``;
    TH ``18-29 ปี``, ``2-3 ปี`` -> ``range:18-29``, ``range:2-3``, ``range:30-39``;
    EN ``two or three days``, ``three or four workers`` (consecutive numbers) / TH
    ``สองสามวัน``, ``สามสี่คน``, ``สามสี่ร้อยคน`` (juxtaposed numerals, often "a few":
    vague) -> ``range:2-3``, ``range:3-4``, ``range:300-400``
score
    EN ``won 5-3``, ``Ayr 38 - 17 Melrose``, ``a 52-48 vote``, ``a goalless draw``
    (0-0), ``one-nil``, ``two-all``; TH ``เสมอ 0-0``, ``ชนะ 5-3``,
    ``ชนะ 3 ต่อ 1`` -> ``score:5-3`` (value 5, value_max 3)
date
    EN ``Sept. 27``, ``27 September 2018``, ``Oct. 31, 2018``, ``November 2017``,
    ``from 9 to 20 December``, ``9/11`` (11 September),
    ``June to August 2010``; TH ``27 ก.ย.``, ``27 กันยายน 2561``, ``31 ต.ค. 61``,
    ``พฤศจิกายน 2560``, ``มิถุนายนถึงสิงหาคม 2010`` -> ``date:--09-27``, ``date:2018-09-27``,
    ``date:2017-11``, ``date:2010-06/2010-08`` (value YYYYMMDD for full dates, else NA)
time
    EN ``7 p.m.``, ``21:17``, ``9.10am``, ``6.30-10am``, ``at 23.45``, ``nine o'clock``,
    ``0700 GMT``, ``1430 local time``, ``2300 hours``,
    ``twelve-thirty``, ``half past seven``, ``ten past nine``, ``twenty to six``;
    TH ``19.00 น.``, ``9.10 น.``, ``หนึ่งทุ่ม`` (19:00), ``บ่ายโมง`` (13:00),
    ``ห้าโมงเย็น``, ``สามโมง`` (15:00), ``เที่ยงครึ่ง`` (12:30), ``ตีสอง``,
    ``เก้าโมงสิบนาที`` (09:10), ``สามทุ่มสิบห้านาที`` (21:15), ``21 นาฬิกา`` ->
    ``time:19:00``, ``time:09:10``, ``time:06:30-10:00`` (value in hours: 21:17 ->
    21.2833; English words are on a 12-hour clock, which the comparison allows for)
fraction
    EN ``two-thirds``, ``a third of``, ``cut by a quarter.``, ``half of``, ``13/13``;
    ``more than half were``; TH ``สองในสาม``, ``หนึ่งในสี่``, ``ครึ่งหนึ่ง``, ``กว่าครึ่ง``,
    ``13/13`` -> ``fraction:2/3``, ``fraction:1/4``, ``fraction:13/13`` (value 1.0); TH
    ``หนึ่งในสาม``, ``1 ใน 4 ของเด็ก`` -> ``fraction:1/3``, ``fraction:1/4``, joined to the
    two counts of EN ``one in three``; before a classifier (``4 ใน 10 คน``, "four in 10
    adults") and after a rank (``ติดอันดับ 1 ใน 10``) two counts, as the PUD gold has them
code
    EN ``Decision 217-QD/TW``, ``No. 3406``, ``F1``, ``B-29``, ``COVID-19``,
    ``call 116 123``; TH ``มติ 217-QD/TW``, ``เลขที่ 3406``, ``F1``, ``โควิด-19``,
    ``โทร 116 123`` -> ``code:217-QD/TW``, ``code:3406``, ``code:19``, ``code:116123``
    (value NA; a number inside a name is keyed by its digits only)

``unit`` is the ISO currency of money (``USD GBP EUR JPY CNY THB VND KRW LAK KHR SGD
MYR AUD HKD CAD INR CHF RUB PHP MXN TWD NZD IDR MMK TRY ZAR SEK NOK DKK``; a symbol, a code
or a word in either language:
``$``/``dollars``/``ดอลลาร์``/``ดอลลาร์สหรัฐ``/``เหรียญสหรัฐ`` are all USD, so symbol
against word is only a difference of form), ``%`` for percents, ``year`` for the age
brackets of ``range`` (``in her 30s``), the unit of time of a ``duration``; otherwise NA.

``vague`` is True for quantities that are not exact counts and that a comparison
should never report as missing or added: ``hundreds of`` (value 100), ``thousands``,
``dozens`` (12), ``tens of thousands`` (10000), ``หลายร้อย``, ``หลายพัน``,
``หลายหมื่นล้าน``, ``นับล้าน``, ``หลักหมื่น``; idioms with a number word that
translations often drop (``One can only hope``, ``an old one``, ``ground zero``,
``net zero``, ``third-party``, ``first-hand``, ``First Lady``, ``come first`` (a
priority), ``two-way trade``, ``ช่วงแรก``, ``แรกๆ``, ``รองอันดับหนึ่ง`` "the runner-up",
``ทั้งสอง`` "both", ``ครองอันดับหนึ่ง`` "topped", rank one in words for a superlative);
numbers inside names (``7-Eleven``, ``Seven-Eleven``, ``Formula One``, ``the Big
Four``); and the Thai classifier + ``หนึ่ง`` that renders the English article or "one
day" (``ชายคนหนึ่ง`` "a man", ``วันหนึ่ง``), whose value is 1 but which counts only when
the English has a number there. ``หนึ่งใน`` ("one of") and ``อีกหนึ่ง``/``หนึ่งคน`` are counts, not vague.

Rules that keep false numbers out: a Thai number word that is also the start of a
longer word (``สามารถ`` "can", ``เก้าอี้`` "chair", ``พันธมิตร`` "ally", ``แสนดี``)
is kept only where the Thai word segmenter cuts the text at both of its ends;
a bare ``ร้อย``/``พัน``/``หก``… after Thai letters counts only where the segmenter
starts a word there (``เรียบร้อย``, ``ผูกพัน``, ``โกหก``); ``หน้าแรก`` (a web site's home
page) is not "first", and ``แรก`` glued inside a run of letters after a noun that is not a
known head of "first" (``สมาแรกดิส``, a name) or in an idiom (``เบื้องแรก``, ``อย่างแรก``,
``ประการแรก``) is vague; ``one of a kind`` is not a count; a lone Roman ``I`` is the pronoun
after the first word of a sentence or before a verb (``In Paris I saw``); ``once`` is a
count only in ``only once``/``once a week``; ``15st`` is fifteen stone, not an ordinal
(only numbers ending in 1, except 11, take ``st``); a pair that goes down (``38 - 17``) is a
score, not a range, and ``from 9-5`` is neither; Thai names that hold number words are
no numbers: places (``ร้อยเอ็ด``, ``สามพราน``, ``หลักสี่``, a number word glued to
``คลอง``/``อำเภอ``/``ตำบล``/``ถนน``… as in ``คลองหนึ่ง``), junctions (``สามแยก``,
``สี่แยก``), vehicles (``รถสิบล้อ``, ``สองแถว``), shapes (``สี่เหลี่ยม``) and
``ในระดับหนึ่ง`` ("to some extent").

A document number written after a document word ("Decision No. 3406", "Resolution
25", "มติที่ 25") is a ``code`` whose key is the bare number (``code:3406``): the
document word is not in the key because translations often change it (the Thai seed
renders "Decision 217-QD/TW" as "มติ 217-QD/TW", "resolution"). ``calendar`` is set for
years, year ranges and dates that carry a year: ``BE`` or ``CE`` as written.
Thai two-digit years after an abbreviated month or ``ปี`` are BE (``5 ธ.ค. 61`` is
2018-12-05). The qualifier and "from"/"between" are not part of ``text``; ``ร้อยละ``,
the currency, ``ครั้งที่``/``ที่`` and ``ครบรอบ … ปี`` are.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

import pandas as pd

from .. import tables
from .._text import EMAIL_RE, URL_RE
from ..corpus.reader import document_from_text, paragraphs_table, read_documents
from ..corpus.sources import looks_like_path
from ..errors import Errors
from ..types import DocLike, Document, ParsedDocument
from . import en, en_forms, th
from .base import MAX_DIGITS, NumberMention, Scan, format_number
from .clock import find_times
from .codes import national_phone
from .dates import find_codes, find_dates, find_lunar_dates
from .day_lists import find_day_lists
from .day_months import find_day_months
from .document import document_crown, document_dayfirst, named_crowns
from .durations import find_bare_halves, find_hour_parts, find_unit_durations
from .en_lexical import find_english_lexical
from .en_news import find_english_news
from .news_terms import find_news_terms
from .prefilter import may_match, prepare
from .quantity import ATOM_RE, add_quantity, find_digits, share_change_units
from .scales import find_grade_scales
from .units import attach_units
from .vi import find_vietnamese
from .words import (
    find_fractions,
    find_marked_years,
    find_or_ranges,
    find_scores,
    find_vague,
    find_word_digit_ranges,
)
from .words_en import find_english_words
from .words_th import find_thai_dozens, find_thai_rates, find_thai_words

__all__ = ["DEFAULT_DAYFIRST", "MAX_DIGITS", "NumberMention", "find_numbers", "format_number",
           "number_keys", "numbers_table"]

DEFAULT_DAYFIRST = True
"""``12/03/2018`` is 12 March 2018 (the Vietnamese and Thai convention)."""

# Phone numbers are one code mention keyed by their digits.
# "8-928-8741", "(032) 253-6211": a one-digit area code, an area code in brackets; an
# international "+66 81 234 5678" has one space or hyphen between its groups (a table's
# "+24     35" is two cells), a UK-style "(0)" after the country code: "+66 (0) 2 123 4567"
_PHONE_RE = re.compile(r"(?<![0-9])[0-9]{1,4}(?:-[0-9]{3,4}){2,}(?![0-9])"
                       r"|\+[0-9]{1,3}(?:[ -]?\(0\))?[ -]?[0-9](?:[ -]?[0-9]){6,}"
                       r"|\(0?[0-9]{1,4}\)\s?[0-9]{3,4}[-\s][0-9]{3,4}(?![0-9])")
_HYPHEN_PHONE_RE = re.compile(r"(?<![0-9.,-])[0-9]{3,5}(?:-[0-9]{1,4})+(?![0-9]|[.,][0-9])")
"""``hotline 1348-2``, ``สายด่วน 1111-5``: digits joined by hyphens right after a hotline word."""
_YEAR_RANGE_RE = re.compile(r"(?:19|20)[0-9]{2}\s?[-–]\s?(?:19|20)[0-9]{2}")
_HOTLINE_BEFORE_RE = re.compile(r"(?i:\b(?:hotline|helpline)(?:\s+(?:number|no\.?))?)\s*:?\s*$"
                                r"|สายด่วน\s*(?:หมายเลข|เบอร์)?\s*$")
_SPACED_PHONE_RE = re.compile(r"(?<![0-9.,])[0-9]{3,4}(?:[\s-][0-9]{3,4}){1,3}(?![0-9]|[.,][0-9])")
# "0800 111 6768", "02 123 4567": a trunk prefix 0 and three or more groups is a phone
# number with or without a phone word before it (no count starts with a zero); Thai
# numbers also set the 0 apart: "0 2618 2323", "0 5321 1234".
_ZERO_PHONE_RE = re.compile(r"(?<![0-9.,])0(?:[0-9]{1,4}(?:[ -][0-9]{3,4}){2,3}"
                            r"| [0-9]{3,4}[ -][0-9]{4})(?![0-9]|[.,][0-9])")
_HAS_NUMBER_RE = re.compile(
    r"[0-9\u0e50-\u0e59½¼¾⅓⅔⅛]|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand"
    r"|million|billion|first|second|third|fifth|eighth|ninth|zero|pair|dozen|twice"
    r"|thrice|once|half|halv|quarter|ties|fortnight|doubl|tripl|quadrupl|goalless|scoreless"
    r"|pence|decade|ทศวรรษ"
    r"|maiden|debut|inaugural|opening|lead\s+single)|เต็มจำนวน|ทั้งจำนวน"
    r"|\b[IVX]+[A-E]?\b"
    r"|หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ|ร้อย|พัน|หมื่น|แสน|ล้าน|แรก|ครึ่ง|เที่ยง|ทุ่ม"
    r"|โมง|ตี|เท่าตัว|โหล|ศูนย์|เที่ยง|เดือนอ้าย|เดือนยี่|สัก|ไม่มี|เดียว|ละครั้ง|ละหน|ไนน์|ไฟฟ์|ไฟว์|ซิกซ์|โฟร์|ท็อป|ท้อป|ฟอร์มูล|ลีก|ตี้ส์|ตีส์|(?i:night|noon|midday|brace)")
# _HAS_NUMBER_RE's first alternative, tried alone first (a leading class is scanned in C)
_DIGIT_RE, _ASCII_DIGIT_RE = re.compile(r"[0-9\u0e50-\u0e59½¼¾⅓⅔⅛]"), re.compile(r"[0-9]")


# -------------------------------------------------------------------- finder
def find_numbers(text: str, lang: str | None = None, *,
                 dayfirst: bool = DEFAULT_DAYFIRST) -> list[NumberMention]:
    """Number mentions in one text, in order, with offsets into ``text``.

    English and Thai patterns are both tried whatever ``lang`` is (translations mix
    them); ``lang="vi"`` reads Vietnamese forms first (:mod:`.vi`: ``1.234,5``,
    ``55 triệu đồng``, ``ngày 2/9/2024``); ``lang="th"`` only makes ambiguous years
    Buddhist-Era (``12/3/61``) and
    ``dayfirst=False`` reads ``12/03/2018`` as December 3. Never raises on text.
    """
    if not isinstance(text, str):
        raise TypeError(Errors.E010.format(type=type(text).__name__))
    if lang != "vi" and not (_DIGIT_RE.search(text) or _HAS_NUMBER_RE.search(text)):
        return []
    sc = Scan(text, lang, dayfirst)
    prepared = prepare(text)
    for rx in (URL_RE, EMAIL_RE, _STATION_STAMP_RE, _LATIN_GLOSS_RE):
        if may_match(rx, prepared):  # no scan when the text lacks the literals it needs
            for m in rx.finditer(text):
                sc.claim(*m.span("g" if rx.groupindex else 0))
    digits = _ASCII_DIGIT_RE.search(sc.t) is not None
    find_grade_scales(sc)  # "4.78 out of 10", "จากคะแนนเต็ม 10", "điểm 10": scale:10
    if lang == "vi":
        find_vietnamese(sc)  # decimal comma, triệu/tỷ, day-first dates: numbers/vi.py
    find_day_months(sc)  # "14/2", "January-June", "146,5 per cent" (numbers/day_months.py)
    find_lunar_dates(sc)  # "วันที่ 10 เดือนอ้าย": no "10 เดือน" (ten months)
    find_english_news(sc)
    find_english_lexical(sc)
    find_news_terms(sc)
    find_codes(sc)
    find_marked_years(sc)
    find_day_lists(sc)  # "March 12, 13 and 14, 2027": three dates (numbers/day_lists.py)
    find_dates(sc)
    find_times(sc)
    if digits:  # every phone pattern starts with a digit
        _phones(sc)
    find_scores(sc)
    find_or_ranges(sc)
    find_hour_parts(sc)
    find_fractions(sc)
    find_vague(sc)
    find_thai_dozens(sc)
    find_thai_rates(sc)
    find_unit_durations(sc)
    if digits:  # numbers grouped by spaces are digits
        _space_grouped(sc)
    find_word_digit_ranges(sc)  # "aged six to 16", "แปดถึง 10": one range
    for m in ATOM_RE.finditer(sc.t) if digits else ():  # ATOM_RE needs a digit
        if sc.free(m.start(), m.end()):
            find_digits(sc, m.start(), m.end())
    find_english_words(sc)
    find_thai_words(sc)
    find_bare_halves(sc)
    share_change_units(sc)
    attach_units(sc)  # "10 grams", "35°C", "120 กม./ชม.": unit km, g, °C (numbers/units.py)
    return sorted(sc.out)


_STATION_STAMP_RE = re.compile(
    r"(?m)^(?P<g>[\s*_(\[]*(?:[A-Z]{0,3}TV|VOV|CH)[0-9]{1,2})(?=\)?\s*[-–—|:][*_]*\s)")
_LATIN_GLOSS_RE = re.compile(
    r"[\u0e01-\u0e4e][\"”’']?\s?\((?P<g>[A-Z][A-Za-z'’-]*(?:\s+[A-Za-z'’-]+){0,8})\)")
"""``"คืนที่เก้า" (The Ninth Night)``: a name's English original in brackets after its Thai
words, whose number words restate the Thai name (no digits: ``(Rama 9)`` is read)."""
"""``VOV5 - …``, ``VTV4 – …``, ``HTV7 | …``: a broadcaster's channel opening a paragraph
as its source stamp (the English may write ``VOV.VN -``), no number of the story."""


# "10 000 people", "1 250 000 dong", "12\u202f500": thousands grouped by spaces (a thin or
# no-break space always; a plain space not after a month or day, as in "March 15 100 ...")
_SPACE_GROUPED_RE = re.compile(r"(?<![0-9.,:/\-])[0-9]{1,3}(?:[ \u00a0\u202f\u2009][0-9]{3})+"
                               r"(?![0-9]|[.,][0-9]|[ \u00a0\u202f\u2009][0-9])")
_DATE_WORD_BEFORE_RE = re.compile(rf"(?:{en.MONTH}|\b(?:No|Nos|no|nos|Route|route|page|pages"
                                  r"|Article|Section|Room|Flight)\.?)\s*$")


_NUMBER_WORD_BEFORE_RE = re.compile(r"(?i)\bnumbers?\s+$")


def _space_grouped(sc: Scan) -> None:
    """Numbers whose thousands are grouped by spaces are one number (``10 000``)."""
    t = sc.t
    for m in _SPACE_GROUPED_RE.finditer(t):
        s, e = m.span()
        if not sc.free(s, e) or (" " in m.group() and (
                sc.thai_context(s)  # Thai lists counts with spaces: "120 340 และ 560 คน"
                or _DATE_WORD_BEFORE_RE.search(t, max(0, s - 16), s)
                or en_forms.PHONE_BEFORE_RE.search(t, max(0, s - 40), s)
                or th.PHONE_BEFORE_RE.search(t, max(0, s - 24), s))):
            continue
        raw = "".join(ch for ch in m.group() if ch.isdigit())
        if _NUMBER_WORD_BEFORE_RE.search(t, max(0, s - 10), s):
            sc.add(s, e, "code", key=f"code:{raw}")  # "number 804 571": a ticket, a code
            continue
        add_quantity(sc, s, e, Decimal(raw), raw)


def _phones(sc: Scan) -> None:
    """``02-123-4567``, ``+84 24 3825 3536``, ``0800 111 6768``, and ``116 123`` after a
    phone word."""
    t = sc.t
    found = [m for m in _PHONE_RE.finditer(t)]
    found += [m for m in _ZERO_PHONE_RE.finditer(t)]
    found += [m for m in _HYPHEN_PHONE_RE.finditer(t)
              if _HOTLINE_BEFORE_RE.search(t, max(0, m.start() - 24), m.start())]
    found += [m for m in _SPACED_PHONE_RE.finditer(t)
              if not _YEAR_RANGE_RE.fullmatch(m.group())  # "call for the 2021-2025 plan"
              and (en_forms.PHONE_BEFORE_RE.search(t, max(0, m.start() - 40), m.start())
                   or th.PHONE_BEFORE_RE.search(t, max(0, m.start() - 24), m.start()))]
    for m in found:
        if sc.free(m.start(), m.end()):
            digits = national_phone(m.group())
            end = m.end()
            if (ext := _EXTENSION_RE.match(t, end)) is not None and sc.free(end, ext.end()):
                digits, end = f"{digits}x{ext['n']}", ext.end()
            sc.add(m.start(), end, "code", key=f"code:{digits}")


_EXTENSION_RE = re.compile(r"\s*,?\s*(?:(?i:ext\.?|extension|x)|ต่อ)\s*(?P<n>[0-9]{1,5})"
                           r"(?![0-9]|[.,][0-9])")
"""An extension after a phone number (``ext. 1234``, ``x 204``, ``ต่อ 1234``): part of
the number (``code:021234567x1234``), no count."""


def number_keys(text: str, lang: str | None = None) -> list[str]:
    """Keys of the number mentions in ``text``, in order (see the module docstring).

    Examples:
        >>> number_keys("over 55 million VND in 2024")
        ['money:55000000:VND', 'year:2024']
    """
    return [m.key for m in find_numbers(text, lang) if m.key is not None]


# ------------------------------------------------------------------- table
def numbers_table(obj: DocLike | Sequence[DocLike], *, lang: str | None = None,
                  include_boilerplate: bool = False,
                  dayfirst: bool = DEFAULT_DAYFIRST) -> pd.DataFrame:
    """One row per number mention (the ``numbers`` table of ``tables.py``).

    ``obj`` is a text, a :class:`~massmob_nlp.types.Document`, an
    :class:`~massmob_nlp.Analysis` or a list of them (tables concatenated).
    Offsets refer to the document text. ``para_id`` comes from the paragraphs table;
    ``sent_id`` only from an Analysis (for a text or Document the expensive
    :func:`~massmob_nlp.analyze` is not run and ``sent_id`` is NA). The language of
    each paragraph is detected unless ``lang`` forces it. Boilerplate paragraphs
    ("Comment (0)", "Source: …") are skipped unless ``include_boilerplate=True``.
    ``dayfirst=False`` reads ``12/03/2018`` as month/day/year.

    Examples:
        >>> numbers_table("จังหวัดใช้เงิน 55 ล้านดองในปี ๒๕๖๖")[["text", "value", "kind", "unit", "key"]]
                 text       value   kind  unit                 key
        0  55 ล้านดอง  55000000.0  money   VND  money:55000000:VND
        1        ๒๕๖๖      2023.0   year  <NA>           year:2023
    """
    if lang is not None and not (isinstance(lang, str) and len(lang) in (2, 3)):
        raise ValueError(Errors.E011.format(lang=lang))
    items = list(obj) if isinstance(obj, (list, tuple)) else [obj]
    rows: list[dict[str, Any]] = []
    for item in items:
        rows.extend(_rows(item, lang, include_boilerplate, dayfirst))
    return tables.make_frame("numbers", rows)


def _rows(obj: Any, lang: str | None, include_boilerplate: bool, dayfirst: bool
          ) -> list[dict[str, Any]]:
    """Rows of the numbers table for one text, Document or Analysis."""
    sents = None
    if isinstance(obj, ParsedDocument):
        doc, paras, sents = obj.document, obj.paragraphs, obj.sentences
    elif isinstance(obj, (str, Document)):
        doc = _as_document(obj)
        paras = paragraphs_table(doc)
    else:
        raise TypeError(Errors.E010.format(type=type(obj).__name__))
    dayfirst, crown = document_dayfirst(doc.text, dayfirst), document_crown(doc.text)
    starts = tables.frame_column(sents, "start_char") if sents is not None else []
    sent_ids = tables.frame_column(sents, "sent_id") if sents is not None else []
    rows, cols = [], ("para_id", "start_char", "text", "lang", "is_boilerplate")
    for para_id, p_start, p_text, p_lang, boiler in zip(  # columns as lists: no Series
            *(tables.frame_column(paras, c) for c in cols), strict=True):
        if boiler and not include_boilerplate:
            continue
        p_lang = lang or str(p_lang)
        for m in named_crowns(find_numbers(p_text, p_lang, dayfirst=dayfirst), p_text,
                              crown):  # "150 crowns" after "Swedish crowns"
            start = p_start + m.start
            i = bisect.bisect_right(starts, start) - 1
            rows.append({"doc_id": doc.doc_id, "lang": p_lang, "para_id": para_id,
                         "sent_id": sent_ids[i] if i >= 0 else None,
                         "start_char": start, "end_char": p_start + m.end,
                         "text": m.text, "value": m.value, "value_max": m.value_max,
                         "kind": m.kind, "unit": m.unit, "qualifier": m.qualifier,
                         "calendar": m.calendar, "key": m.key, "vague": m.vague})
    return rows


def _as_document(obj: str | Document) -> Document:
    """A Document; a string that looks like a path is read (``[E002]`` when it does not
    exist), as everywhere in the library. Pass ``Document(id, text)`` for such text."""
    if isinstance(obj, Document):
        return obj
    if looks_like_path(obj):
        docs = read_documents(obj)
        if len(docs) != 1:
            raise ValueError(Errors.E015.format(path=obj))
        return docs[0]
    return document_from_text(obj)
