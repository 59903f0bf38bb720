"""Terms of particular news beats that the plain readers misread, in English and Thai,
read before plain digits and words (see :mod:`massmob_nlp.numbers`):

- golf scores against par: ``eight under par``, ``a 12-under total``, ``three-over-par``
  (``over`` needs ``par``: ``a 20-over match`` is cricket) are the score to par
  (``cardinal:-8``, ``cardinal:-12``, ``cardinal:3``), as Thai and leaderboards write
  them (``-8``, ``8 อันเดอร์พาร์``, ``อันเดอร์พาร์ 8``, ``3 โอเวอร์พาร์``,
  ``เจ็ดอันเดอร์พาร์``: a ``ที่`` before it is "at", no ordinal); at most 40 (``66
  อันเดอร์พาร์ 6`` is a round of 66, six under); a leaderboard's ``on seven under`` /
  ``at three over`` (no ``par``) after ``on``/``at``/``to`` and before a clause end or
  ``with``/``after``;
- interest-rate moves in words: ``a quarter-point rise``, ``half a percentage point``,
  ``a quarter of a point``, ``three-quarters of a percentage point`` are 0.25 / 0.5 /
  0.75 percentage points (``percent:0.25``, like
  ``0.25 percentage points``; Thai ``0.25 จุด``, ``ร้อยละ 0.25``);
- a half with a qualifier and no ``of``: ``more than half were``, ``almost half the
  money``, ``half the staff`` / ``กว่าครึ่ง``, ``เกือบครึ่ง`` (``fraction:1/2``); not
  ``half an hour``, ``half a million``, ``half-time``, which other readers claim;
- weights in stones and pounds: ``10st 13lb``, ``10 สโตน 13 ปอนด์`` are one weight in
  pounds (``cardinal:153``; ปอนด์ after สโตน is the pound weight, not money); ``11st``
  alone stays 11;
- Thai zero as a quantity: ``ลดลงจนเป็นศูนย์``, ``เหลือศูนย์``, ``ศูนย์องศา`` (``cardinal:0``);
  ``ศูนย์สุทธิ`` / ``สุทธิเป็นศูนย์`` (net zero) is vague like English ``net zero``, and
  ``ศูนย์`` as "centre" (``ศูนย์การค้า``, ``ศูนย์กลาง``) is no number;
- units that hold a magnitude word: ``ส่วนในล้านส่วน`` (parts per million, ``ppm``) is
  no number;
- noon and midnight in words: ``midday``, ``noon``, ``เที่ยงวัน`` (``time:12:00``),
  ``midnight``, ``เที่ยงคืน`` (``time:00:00``, like ``24.00 น.``), and a footballer's
  ``brace`` (two goals, ``2 ประตู``): vague, since a translation often writes them
  another way, but joined to the other side's number;
- shooting and batting lines: ``6-of-29 from three-point range``, ``went 3-for-10`` are two
  counts (made, attempted), as Thai writes them (``6 จาก 29 ครั้ง``);
- a minute of stoppage time: ``นาทีที่ 90+4``, "the 90+4th minute", ``(45+2)`` are one
  rank (``ordinal:94``), as "the 94th minute" is;
- fine dust: ``PM2.5``, ``PM 2.5``, ``PM10`` are one code each (``code:2.5``), in both
  languages, not the code ``PM2`` and a number ``.5``; vague, the name of a pollutant (a
  translation may write "fine dust" or ``ฝุ่นละอองขนาดเล็ก``);
- the tenor in the name of a central bank's policy rate: ``the one-day repurchase rate``,
  ``the seven-day reverse repo rate``, ``14-day repo`` name the rate Thai calls
  ``อัตราดอกเบี้ยนโยบาย`` (the policy rate) with no length of time: a vague duration;
- the type of diabetes: ``type 2 diabetes``, ``Type 1 diabetic``, ``เบาหวานชนิดที่ 2``,
  ``เบาหวานประเภท 1`` name a disease (like ``COVID-19``): vague, joined to the other side
  but never a missing or added number when a translation leaves the type out;
- relays: ``the 4x200m freestyle relay``, ``ผลัด 4x100 เมตร`` name an event, one code
  (``code:4x200``) in both languages, not the counts 4 and 200 metres.
"""

from __future__ import annotations

import re
from decimal import Decimal

from . import en, en_forms, th
from .around import qualifier
from .base import THAI_LETTER_RE, Scan, alt
from .chains import find_number_chains
from .durations import duration_key

_RELAY_RE = re.compile(r"(?<![0-9A-Za-z.,])(?P<n>[2-9])\s?[x×]\s?(?P<d>[0-9]{2,4})"
                       r"\s?(?:m|metres|meters|เมตร)(?![A-Za-z0-9])")
_SMALL_WORDS = [*en.UNITS, *en.TEENS][1:]
_PAR_EN_RE = re.compile(
    rf"(?i)(?<![\w.,-])(?P<n>[0-9]{{1,2}}|{alt(_SMALL_WORDS)})"
    r"(?:(?:\s+|-)(?P<d>under|over)(?:\s+|-)par\b|-(?P<h>under)\b(?!-))")
# "tied for third on seven under with ...", "at three over after rounds of": a
# leaderboard writes the score to par without "par"; "under 18s", "over the weekend",
# "aged 65 and over" never follow on/at/to like this.
_PAR_BOARD_EN_RE = re.compile(
    rf"(?i)(?<=\b(?:on|at|to)\s)(?P<n>[0-9]{{1,2}}|{alt(_SMALL_WORDS)})\s+(?P<d>under|over)"
    r"(?=\s*(?:[,.;)]|$)|\s+(?:with|after|for|alongside|following|going|overall|and|but|in"
    r"|before|when|while|heading|entering|into)\b)")
_PAR_TH_AFTER_RE = re.compile(r"(?P<d>อันเดอร์|โอเวอร์)\s*พาร์\s*(?P<n>[0-9]{1,2})(?![0-9.,])")
_PAR_TH_RE = re.compile(rf"(?<![0-9.,])(?P<n>[0-9]{{1,2}}|{th.WORDS_RE.pattern})"
                        r"\s*(?:(?P<d>อันเดอร์)(?:\s*พาร์)?|(?P<h>โอเวอร์)\s*พาร์)")
_MOST_TO_PAR = 40
"""A score to par is small (the 72-hole record is 31 under); ``66 อันเดอร์พาร์ 6`` is a
round of 66 strokes, 6 under par."""
_RATE_POINT_RE = re.compile(
    r"(?i)\b(?P<f>quarter|half)(?:[\s-]+percentage)?[\s-]+point\b(?!s?\s+(?:lead|win|gap))"
    r"|\b(?P<g>(?:three[\s-]+)?quarters?|half)\s+(?:of\s+)?an?\s+(?:percentage\s+)?point\b")
# "ลดดอกเบี้ยลงครึ่งจุดเปอร์เซ็นต์" (half a percentage point), "ขึ้นดอกเบี้ยครึ่งจุด": 0.5
# points; a bare ครึ่งจุด only after a rate word (ดอกเบี้ย, อัตรา).
_RATE_POINT_TH_RE = re.compile(r"ครึ่ง\s*จุด\s*(?:เปอร์เซ็นต์|เปอร์เซนต์)")
_RATE_POINT_TH_BARE_RE = re.compile(r"(?:ดอกเบี้ย|อัตรา)[^0-9.]{0,24}?(?P<h>ครึ่ง\s*จุด)"
                                    r"(?!\s*(?:เปอร์เซ็นต์|เปอร์เซนต์|[0-9]))")
_HALF_QUALIFIED_EN_RE = re.compile(
    r"(?i)\b(?P<q>more\s+than|less\s+than|fewer\s+than|over|almost|nearly|about|around|"
    r"roughly|some|just\s+under|just\s+over|at\s+least)\s+half\b"
    r"(?![\s-]+(?:an?|one|of|hour|time|century|decade|year|way|term|marathon|price|"
    r"dozen|million|billion|mile|point|past)\b)(?!-)")
_HALF_THE_EN_RE = re.compile(
    r"(?i)(?<![\w-])half(?=\s+(?:the|their|its|his|her|our|your|all|those|these)\s)"
    r"(?!\s+the\s+(?:time|way|battle|story)\b)")
_HALF_QUALIFIED_TH_RE = re.compile(
    r"(?P<q>กว่า|เกิน|เกือบ|ราว|ประมาณ)(?P<h>ครึ่ง)"
    r"(?!หนึ่ง|ชั่วโมง|ปี|เดือน|วัน|สัปดาห์|ศตวรรษ|ทาง|ล้าน|แสน|หมื่น|พัน|ร้อย|นาที|กิโล|เมตร"
    r"|แรก|หลัง(?!คา|บ้าน|\s*(?:จาก|เริ่ม|การ|เมื่อ)))")
"""Not ``เร็วกว่าครึ่งแรก`` "faster than the first half" (a half of a match or period)."""
_EN_QUALIFIER = {p.lower(): q for q, ps in en.QUALIFIERS_BEFORE.items() for p in ps}
_STONE_RE = re.compile(
    r"(?<![0-9.,])(?P<st>[0-9]{1,2})\s?(?:st|stone)\s+(?P<lb>[0-9]{1,2})\s?(?:lbs?|pounds?)\b"
    r"|(?<![0-9.,])(?P<st2>[0-9]{1,2})\s*สโตน\s*(?P<lb2>[0-9]{1,2})\s*ปอนด์")
_PER_MILLION_RE = re.compile(r"ส่วน\s*(?:ใน|ต่อ)\s*(?:ล้าน|พันล้าน)\s*ส่วน")
_ZERO_BEFORE_RE = re.compile(r"(?:เป็น|เหลือ|แทบ|จน|ถึง|ที่|ลง|ระดับ|ใกล้)\s*$")
# "8 องศาต่ำกว่าศูนย์" (8 degrees below zero): the minus sign, like "ติดลบ", not a number.
_BELOW_ZERO_RE = re.compile(r"(?:ต่ำกว่า|ใต้|เหนือ|สูงกว่า)\s*$")
# "ศูนย์ AHA" (the AHA Centre), "ศูนย์ NCSC": ศูนย์ before a capitalised name is the
# noun "centre", like ศูนย์การค้า, never zero.
_ZERO_AFTER_RE = re.compile(r"(?!\s*[A-Z])(?=$|[^\u0e01-\u0e4e]|องศา|คน|ราย|เปอร์เซ็นต์|ครั้ง|ประตู|คะแนน"
                            r"|แล้ว|ได้|ใน|และ|หรือ|ภายใน|ตั้งแต่|สุทธิ)")
# "ไม่มีผู้เสียชีวิต(เลย)" ("no deaths", "zero deaths"): a count of casualties that is
# none; vague (English often writes "no one died", with no number).
_NO_CASUALTIES_RE = re.compile(r"ไม่มี(?=\s*(?:รายงาน)?ผู้(?:ใด)?(?:เสียชีวิต|บาดเจ็บ|ติดเชื้อ|สูญหาย))")
_DOWN_TO_ZERO_RE = re.compile(r"เหลือ\s*$")
"""``ทยอยลดลงจนเหลือศูนย์`` (cut down to nothing): the end of a reduction, which English
often writes with no number ("phased out", "eliminated", "scrapped"): a vague zero (it
still joins "zero" when the English writes it, "the points reached zero")."""
_NEAR_ZERO_RE = re.compile(r"(?:เกือบ|แทบ(?:จะ)?|ใกล้|เกือบจะ)\s*(?:เป็น|เท่ากับ|ถึง|ระดับ)?\s*$")
"""``เกือบเป็นศูนย์``, ``แทบเป็นศูนย์``, ``ใกล้ศูนย์`` (next to nothing): an approximate
zero, vague like English "virtually zero" / "near zero"."""
_NET_ZERO_RE = re.compile(r"(?:สุทธิ\s*(?:เป็น|ให้เป็น|ให้)?\s*$)")
_NOON_RE = re.compile(r"(?i)\b(?:12\s+)?(?P<w>midnight|noon|midday)\b(?![-\s]+(?:sun|meal))"
                      r"|(?P<t>เที่ยงวัน|เที่ยงคืน)(?!\s*ครึ่ง)")
_STOPPAGE_RE = re.compile(r"(?<![0-9.,+])(?P<b>45|90|105|120)\s?\+\s?(?P<k>[1-9][0-9]?)"
                          r"(?![0-9]|[.,][0-9])(?:(?:st|nd|rd|th)\b)?")
_STOPPAGE_BEFORE_RE = re.compile(r"(?i)(?:นาที(?:ที่)?\s*|\(\s*|\bminute\s+)$")
_STOPPAGE_AT_RE = re.compile(r"(?i)\b(?:at|in)\s+$")
_STOPPAGE_AFTER_RE = re.compile(r"(?i)\s*(?:['′’]|min(?:ute)?s?\b|นาที)")
_BRACE_RE = re.compile(r"(?i)\ba\s+(?:second-half\s+|first-half\s+|late\s+|quick\s+)?brace\b")
_PM_RE = re.compile(r"(?<![A-Za-z])PM\s?(?P<n>2\.5|10)(?![0-9.])")
_TH_QUALIFIER = {"กว่า": "over", "เกิน": "over", "เกือบ": "almost", "ราว": "about",
                 "ประมาณ": "about"}


_MADE_OF_RE = re.compile(r"(?<![\w.,-])(?P<a>[0-9]{1,3})-(?:of|for)-(?P<b>[0-9]{1,3})(?![\w-])")
"""A shooting or batting line: ``6-of-29 from three-point range``, ``went 3-for-10`` (Thai
``6 จาก 29 ครั้ง``): two counts, made and attempted."""


_REPO_TENOR_RE = re.compile(
    r"(?i)\b(?P<w>(?P<n>[0-9]{1,2}|one|seven|fourteen|twenty-eight)-day)"
    r"(?=\s+(?:bilateral\s+)?(?:reverse\s+)?(?:repurchase|repo)\b)")
_DIABETES_TYPE_RE = re.compile(
    r"(?i:\btype[\s-](?P<n>[12])(?=[\s-]+diabet))"
    r"|เบาหวาน\s*(?:ชนิด|ประเภท|แบบ)\s*(?:ที่\s*)?(?P<t>[12])(?![0-9.,])")


_SCHOOL_GRADE_RE = re.compile(
    r"(?<![ก-๛.])[มป]\.\s?(?P<t>[1-6])(?![0-9]|[.,][0-9])"
    r"|(?:มัธยมศึกษา|ประถมศึกษา)ปีที่\s*(?P<y>[1-6])(?![0-9])")
"""A Thai school year: ``ม.4`` (Mathayom 4), ``ป.6``, ``มัธยมศึกษาปีที่ 4``, no ``4 ปี`` (four
years). A translation names a foreign school year by the Thai one (Vietnam's grade 10 is
``ม.4``), so it is a vague ``ordinal:N``; English ``grade 10`` stays the count 10 (as the
Thai ``เกรด 10`` it joins)."""


def _school_grades(sc: Scan) -> None:
    for m in sc.finditer(_SCHOOL_GRADE_RE):
        g = "t" if m["t"] else "y"
        if sc.free(*m.span()):
            n = int(m[g])
            sc.add(*m.span(), "ordinal", value=float(n), key=f"ordinal:{n}", vague=True)


def find_news_terms(sc: Scan) -> None:
    """Claim the beat-specific forms listed in the module docstring."""
    t = sc.t
    low = t.lower()
    find_number_chains(sc)  # "4-2-3-1", "90-70-90": one code (numbers/chains.py)
    if "ม." in t or "ป." in t or "ศึกษาปีที่" in t:
        _school_grades(sc)
    if "par" in low or "under" in low or "over" in low or "อันเดอร์" in t or "โอเวอร์" in t:
        _golf_par(sc)
    if "point" in low or "ครึ่งจุด" in t or "ครึ่งคะแนน" in t or "ครึ่งแต้ม" in t:
        _rate_points(sc)
    if "จุด" in t:
        _thai_rate_points(sc)
    if "จำนวน" in t:
        for m in sc.finditer(_IN_FULL_TH_RE):
            if sc.free(*m.span()):
                sc.add(*m.span(), "percent", value=100.0, unit="%", key="percent:100",
                       vague=True)
    if "half" in low:
        _english_halves(sc)
    if "ครึ่ง" in t:
        _thai_halves(sc)
    if "st" in t or "สโตน" in t:
        _stones(sc)
    if "ส่วน" in t:
        for m in sc.finditer(_PER_MILLION_RE):
            sc.claim(m.start(), m.end())
    if "ศูนย์" in t:
        _thai_zero(sc)
    for m in sc.finditer(_NO_CASUALTIES_RE):  # ไม่มีผู้เสียชีวิต: "zero deaths", vague
        if sc.free(*m.span()):
            sc.add(m.start(), m.end(), "cardinal", value=0.0, key="cardinal:0", vague=True)
    if "night" in low or "noon" in low or "midday" in low or "เที่ยง" in t:
        _noon(sc)
    if "PM" in t:
        for m in sc.finditer(_PM_RE):
            if sc.free(*m.span()):
                sc.add(m.start(), m.end(), "code", key=f"code:{m['n']}", vague=True)
    if "+" in t:
        _stoppage_minutes(sc)
    if "x" in t or "×" in t:
        for m in sc.finditer(_RELAY_RE):  # "4x200m": an event
            if sc.free(*m.span()):
                sc.add(*m.span(), "code", key=f"code:{m['n']}x{m['d']}")
    if "brace" in low:
        for m in sc.finditer(_BRACE_RE):
            if sc.free(*m.span()):
                sc.add(m.start(), m.end(), "cardinal", value=2.0, key="cardinal:2", vague=True)
    if "repo" in low or "repurchase" in low:
        for m in sc.finditer(_REPO_TENOR_RE):
            if sc.free(*m.span("w")):
                n = en_forms.small_number(m["n"].replace("-", " "))
                sc.add(*m.span("w"), "duration", value=float(n), unit="day",
                       key=duration_key(Decimal(n), "day"), vague=True)
    if "diabet" in low or "เบาหวาน" in t:
        for m in sc.finditer(_DIABETES_TYPE_RE):
            g = "n" if m["n"] else "t"
            s = m.start() if g == "n" else m.start(g)
            if sc.free(s, m.end(g)):
                n = int(m[g])
                sc.add(s, m.end(g), "cardinal", value=float(n), key=f"cardinal:{n}", vague=True)
    if "-of-" in low or "-for-" in low:
        for m in sc.finditer(_MADE_OF_RE):
            if sc.free(*m.span()):  # "shot 6-of-29", "went 3-for-10": made and attempted
                for g in ("a", "b"):
                    sc.add(m.start(g), m.end(g), "cardinal", value=float(m[g]),
                           key=f"cardinal:{int(m[g])}")


def _golf_par(sc: Scan) -> None:
    """``eight under par`` -8, ``a 12-under total`` -12, ``three-over-par`` +3;
    ``8 อันเดอร์พาร์`` -8."""
    for rx in (_PAR_EN_RE, _PAR_BOARD_EN_RE, _PAR_TH_AFTER_RE, _PAR_TH_RE):
        for m in sc.finditer(rx):
            n = _par_number(m["n"])
            if not 0 < n <= _MOST_TO_PAR or not sc.free(*m.span()):
                continue
            d = (m["d"] or m.groupdict().get("h") or "").lower()
            v = -n if d in ("under", "อันเดอร์") else n
            sc.add(m.start(), m.end(), "cardinal", value=float(v), key=f"cardinal:{v}")


def _par_number(word: str) -> int:
    """A score to par in digits, English words or Thai words (``เจ็ด`` 7)."""
    if word.isdigit():
        return int(word)
    if THAI_LETTER_RE.match(word):
        value = th.parse_words(word)
        return int(value) if value is not None else 0
    return en_forms.small_number(word)


_STANDING_AFTER_RE = re.compile(
    r"(?i)\s+(?:ahead|behind|clear|adrift|back|short|off\s+the\s+(?:lead|pace))\b")
"""After ``half a point``: a lead in a table or a game (chess, golf, a league), no rate."""
_HALF_POINT_TH_RE = re.compile(r"ครึ่ง(?:คะแนน|แต้ม)")
"""``นำอยู่ครึ่งคะแนน``: half a point of a game or a table (English ``half a point``)."""


def _rate_points(sc: Scan) -> None:
    """``a quarter-point rise`` 0.25, ``half a percentage point`` 0.5, ``three-quarters of
    a percentage point`` 0.75 (percentage points)."""
    for m in sc.finditer(_RATE_POINT_RE):
        if not sc.free(*m.span()):
            continue
        word = (m["f"] or m["g"]).lower()
        v = 0.5 if word == "half" else 0.75 if word.startswith("three") else 0.25
        if "percentage" not in m.group().lower() and _STANDING_AFTER_RE.match(sc.t, m.end()):
            # "half a point ahead", "a quarter-point clear": a standing, no rate
            sc.add(m.start(), m.end(), "cardinal", value=v, key=f"cardinal:{v:g}")
            continue
        sc.add(m.start(), m.end(), "percent", value=v, unit="pp", key=f"percent:{v:g}")
    for m in sc.finditer(_HALF_POINT_TH_RE):
        if sc.free(*m.span()):
            sc.add(m.start(), m.end(), "cardinal", value=0.5, key="cardinal:0.5")
    for m in sc.finditer(_RATE_POINT_TH_RE):
        if sc.free(*m.span()):
            sc.add(m.start(), m.end(), "percent", value=0.5, unit="pp", key="percent:0.5")
    for m in sc.finditer(_RATE_POINT_TH_BARE_RE):
        if sc.free(*m.span("h")):
            sc.add(m.start("h"), m.end("h"), "percent", value=0.5, unit="pp", key="percent:0.5")


# "อัตราว่างงานเพิ่มขึ้น 0.2 จุด เป็น 4.1%", "เงินเฟ้อลดลง 0.3 จุด": a change of a rate by
# digits and จุด is percentage points (English "0.2 percentage points") when the sentence
# names a rate or writes a percent; an index's points (ดัชนีหุ้น, SET, ดัชนีความเชื่อมั่น)
# and จุด as a place (ตั้งจุดตรวจ 5 จุด) stay counts.
_POINT_TH_RE = re.compile(
    r"(?<![0-9.,])(?P<n>[0-9]{1,2}(?:\.[0-9]+)?)\s*จุด(?!\s*(?:เปอร์เซ็นต์|เปอร์เซนต์)|[ก-ฮ])")
_CHANGE_TH_RE = re.compile(r"เพิ่ม|ลด|ขึ้น|ลง|ขยับ|ต่างกัน|ห่าง")
_CHANGE_WINDOW = 40
"""Characters before ``X จุด`` that must hold the change (``ปรับขึ้นอัตราดอกเบี้ย 0.25 จุด``)."""
_RATE_CONTEXT_TH_RE = re.compile(r"%|ร้อยละ|เปอร์เซ็นต์|อัตรา|ดอกเบี้ย|เงินเฟ้อ|ดัชนีราคาผู้บริโภค"
                                 r"|(?<![A-Za-z])CPI(?![A-Za-z])")
_INDEX_POINTS_TH_RE = re.compile(r"หุ้น|ตลาดหลักทรัพย์|(?<![A-Za-z])SET|ความเชื่อมั่น|PMI"
                                 r"|ดาวโจนส์|แนสแด็ก|นิกเคอิ|ฮั่งเส็ง|คะแนน")
_POINT_NOUN_TH_RE = re.compile(r"จุด[ก-ฮ]")
"""จุด as a place noun earlier in the sentence (``จุดตรวจ``, ``จุดบริการ``): its count."""
_IN_FULL_TH_RE = re.compile(r"(?:เต็ม|ทั้ง)จำนวน")
"""``คืนภาษีเต็มจำนวน`` ("in full"): 100 per cent of the amount, vague (joins English
``100 per cent``, never a problem alone)."""
_SENTENCE_WINDOW = 80
"""Characters on each side of ``X จุด`` searched for a rate or an index (cut at a line)."""


def _thai_rate_points(sc: Scan) -> None:
    """``เพิ่มขึ้น 0.5 จุด`` in a sentence about a rate or a percent: ``percent:0.5``."""
    t = sc.t
    for m in sc.finditer(_POINT_TH_RE):
        s, e = m.start("n"), m.end()
        a = max(t.rfind("\n", 0, s) + 1, s - _SENTENCE_WINDOW)
        b = t.find("\n", e)
        b = min(len(t) if b < 0 else b, e + _SENTENCE_WINDOW)
        window = t[a:s] + " " + t[e:b]
        if not sc.free(s, e) or not _CHANGE_TH_RE.search(t, max(a, s - _CHANGE_WINDOW), s) \
                or not _RATE_CONTEXT_TH_RE.search(window) \
                or _INDEX_POINTS_TH_RE.search(window) or _POINT_NOUN_TH_RE.search(t, a, s):
            continue
        v = float(m["n"])
        sc.add(s, e, "percent", value=v, unit="pp", key=f"percent:{m['n']}",
               qualifier=qualifier(t, s, e))


def _english_halves(sc: Scan) -> None:
    """``more than half were``, ``almost half the money``, ``half the staff``."""
    for m in sc.finditer(_HALF_QUALIFIED_EN_RE):
        s = m.end() - 4
        if sc.free(s, m.end()):
            sc.add(s, m.end(), "fraction", value=0.5, key="fraction:1/2",
                   qualifier=_EN_QUALIFIER.get(" ".join(m["q"].lower().split())))
    for m in sc.finditer(_HALF_THE_EN_RE):
        if sc.free(*m.span()):
            sc.add(m.start(), m.end(), "fraction", value=0.5, key="fraction:1/2")


def _thai_halves(sc: Scan) -> None:
    """``กว่าครึ่ง`` (more than half), ``เกือบครึ่ง`` (almost half)."""
    for m in sc.finditer(_HALF_QUALIFIED_TH_RE):
        s, e = m.span("h")
        if sc.free(s, e):
            sc.add(s, e, "fraction", value=0.5, key="fraction:1/2",
                   qualifier=_TH_QUALIFIER[m["q"]])


def _stones(sc: Scan) -> None:
    """``10st 13lb`` / ``10 สโตน 13 ปอนด์``: one weight, in pounds (14 to the stone)."""
    for m in sc.finditer(_STONE_RE):
        st, lb = int(m["st"] or m["st2"]), int(m["lb"] or m["lb2"])
        if lb < 14 and sc.free(*m.span()):
            v = st * 14 + lb
            sc.add(m.start(), m.end(), "cardinal", value=float(v), unit="lb",
                   key=f"cardinal:{v}")


def _thai_zero(sc: Scan) -> None:
    """``เป็นศูนย์`` (to zero), ``ศูนย์องศา``: 0; ``ศูนย์สุทธิ`` (net zero) vague."""
    t = sc.t
    for m in re.finditer("ศูนย์", t):
        s, e = m.span()
        if not sc.free(s, e) or not _ZERO_AFTER_RE.match(t, e):
            continue
        if _BELOW_ZERO_RE.search(t, max(0, s - 8), s):
            continue
        glued = s > 0 and THAI_LETTER_RE.match(t, s - 1) is not None
        if glued and not _ZERO_BEFORE_RE.search(t, max(0, s - 8), s):
            continue
        net = t.startswith("สุทธิ", e) or bool(_NET_ZERO_RE.search(t, max(0, s - 12), s)) \
            or bool(_DOWN_TO_ZERO_RE.search(t, max(0, s - 8), s)) \
            or bool(_NEAR_ZERO_RE.search(t, max(0, s - 16), s))
        sc.add(s, e, "cardinal", value=0.0, key="cardinal:0", vague=net)


def _noon(sc: Scan) -> None:
    """``midday``/``noon``/``เที่ยงวัน`` 12:00, ``midnight``/``เที่ยงคืน`` 00:00 (vague)."""
    for m in sc.finditer(_NOON_RE):
        if not sc.free(*m.span()):
            continue
        word = (m["w"] or m["t"]).lower()
        h = 0 if word in ("midnight", "เที่ยงคืน") else 12
        sc.add(m.start(), m.end(), "time", value=float(h), key=f"time:{h:02d}:00", vague=True)


def _stoppage_minutes(sc: Scan) -> None:
    """A minute of stoppage time as the clock shows it: ``นาทีที่ 90+4``, "the 90+4th
    minute", ``(45+2)``, "won it at 90+2" (glued, after "at" / "in") are one rank
    (``ordinal:94``, ``ordinal:47``), as "the 94th minute" is; not ``90 + 4`` in a sum."""
    t = sc.t
    for m in sc.finditer(_STOPPAGE_RE):
        if not sc.free(*m.span()) or not (
                _STOPPAGE_BEFORE_RE.search(t, max(0, m.start() - 8), m.start())
                or _STOPPAGE_AFTER_RE.match(t, m.end())
                or m.group().endswith(("st", "nd", "rd", "th"))
                or ("+" in m.group() and " " not in m.group()
                    and _STOPPAGE_AT_RE.search(t, max(0, m.start() - 8), m.start()))):
            continue
        n = int(m["b"]) + int(m["k"])
        sc.add(m.start(), m.end(), "ordinal", value=float(n), key=f"ordinal:{n}")
