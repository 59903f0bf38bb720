"""Ways of English or Thai to say a number's value without a number.

``ชนะรวด 3 เซต`` / "in straight sets", ``ชนะ 4 ใน 7 เกม`` / "best-of-seven",
``แตกออกเป็นสองฝ่าย`` / "divided", ``เมื่อวันพุธ (25 ก.ย.)`` / "on Wednesday",
"first officer" / ``นักบินผู้ช่วย``, "the embargo, first imposed" / ``เริ่ม``, "first
half" / ``ครึ่งปี``, ``ไร่ละ 5,500 บาท`` / "5,500 baht to grow one rai", ``อันดับสอง`` /
"the runner-up", "Lunar New Year" / ``ขึ้น 1 ค่ำ``, "one more" / ``อีกครั้ง``. Each
returns how the other side writes it, or None.
"""

from __future__ import annotations

import datetime
import re

from .._text import thai_digits_to_arabic
from ..numbers import en
from .context import NUMBER_WINDOW, _str
from .evidence import date_ends, digit_groups
from .number_pairs import _COUNTS, Mention, _close, _num

_STRAIGHT_SETS_EN = re.compile(r"(?i)\bstraight(?:\s+|-)(?:sets|games)\b")
_STRAIGHT_SETS_TH = re.compile(r"รวด(?:เดียว)?\s*(?P<a>[23๒๓]|สอง|สาม)\s*(?:เซ็?ต|เกม)"
                               r"|(?P<b>[23๒๓]|สอง|สาม)\s*(?:เซ็?ต|เกม)รวด")
"""Won in straight sets or games (tennis, volleyball, badminton): ``ชนะรวด 3 เซต``,
``แพ้รวดเดียว 2 เกม`` ("in one go"), ``2 เกมรวด``."""


def _straight_sets(m: Mention, side: str, texts: dict[tuple[str, int], str]) -> str | None:
    """A Thai count of sets that spells out "in straight sets" (``ชนะรวด 3 เซต``, ``2 เซต
    รวด``: every set won, two or three by the format): the English wrote no number but
    said the same; how the English writes it, or None."""
    if side != "tgt" or _str(m["kind"]) != "cardinal" or \
            _num(m.get("value")) not in (2.0, 3.0):
        return None
    bead = int(m["bead"])
    hit = _STRAIGHT_SETS_TH.search(texts.get(("tgt", bead), ""))
    if hit is None or str(m["text"]) not in (hit["a"] or hit["b"] or ""):
        return None
    en_hit = _STRAIGHT_SETS_EN.search(texts.get(("src", bead), ""))
    return en_hit.group() if en_hit is not None else None


_BEST_OF_EN = re.compile(r"(?i)\bbest[- ]of[- ](?:(?P<n>3|5|7|9|three|five|seven|nine)\b| +)")
"""``best-of-seven``; the length may be blanked out, already joined to the Thai one."""
_BEST_OF_TH = re.compile(r"(?P<k>[2-5๒-๕]|สอง|สาม|สี่|ห้า)\s*(?:ใน|จาก)\s*"
                         r"(?P<n>[3579๓๕๗๙]|สาม|ห้า|เจ็ด|เก้า)?\s*(?:เกม|เซ็?ต|แมตช์|นัด|เฟรม|ครั้ง)")
"""``ชนะ 2 ใน 3 เกม``; the ``3`` may be blanked out, already joined to "three"."""
_SERIES_LENGTHS = {"3": 3, "5": 5, "7": 7, "9": 9, "three": 3, "five": 5, "seven": 7,
                   "nine": 9, "สาม": 3, "ห้า": 5, "เจ็ด": 7, "เก้า": 9}
_WINS = {"2": 2, "3": 3, "4": 4, "5": 5, "สอง": 2, "สาม": 3, "สี่": 4, "ห้า": 5}


def _best_of(m: Mention, side: str, texts: dict[tuple[str, int], str]) -> str | None:
    """The Thai wins a series of ``n`` games needs (``ชนะ 2 ใน 3 เกม``, ``4 ใน 7``): how
    Thai writes "best-of-three" (``best-of-seven``); the English wrote no count of wins
    but said the same. How the English writes it, or None."""
    if side != "tgt" or _str(m["kind"]) != "cardinal":
        return None
    bead = int(m["bead"])
    text = str(m["text"])
    for hit in _BEST_OF_TH.finditer(texts.get(("tgt", bead), "")):
        k = _WINS.get(thai_digits_to_arabic(hit["k"]))
        n = _SERIES_LENGTHS.get(thai_digits_to_arabic(hit["n"] or ""))
        if text != hit["k"] or k is None:
            continue
        for en_hit in _BEST_OF_EN.finditer(texts.get(("src", bead), "")):
            length = _SERIES_LENGTHS.get((en_hit["n"] or "").lower(), n)
            if n in (None, length) and (length is None or k == length // 2 + 1):
                # (both lengths blanked out: they were joined, one length)
                return en_hit.group().strip()
    return None


_SPLIT_EN = re.compile(r"(?i)\b(?:divided|split|polari[sz]ed|splits|divides)\b")
_SPLIT_TH = re.compile(r"(?:แตก|แบ่ง|แยก)(?:ออก)?(?:เป็น)?\s*(?P<n>สอง|2|๒)\s*"
                       r"(?:ฝ่าย|ขั้ว|ฝั่ง|ซีก|ทาง|พวก|กลุ่ม|ส่วน)")


def _split_in_two(m: Mention, side: str, texts: dict[tuple[str, int], str]) -> str | None:
    """A Thai ``แตกออกเป็นสองฝ่าย`` ("split into two sides"): how Thai writes "divided"
    or "split" (``a divided court``), which holds no number; the English word (in the
    sentence bead or a neighbouring one: a dateline may take a bead of its own), or
    None."""
    if side != "tgt" or _str(m["kind"]) != "cardinal" or \
            not _close(_num(m.get("value")), 2.0):
        return None
    bead = int(m["bead"])
    hit = _SPLIT_TH.search(texts.get(("tgt", bead), ""))
    if hit is None or str(m["text"]) != hit["n"]:
        return None
    for b in (bead, *range(bead - NUMBER_WINDOW, bead + NUMBER_WINDOW + 1)):
        en_hit = _SPLIT_EN.search(texts.get(("src", b), ""))
        if en_hit is not None:
            return en_hit.group()
    return None


_TH_WEEKDAYS = {"จันทร์": 0, "อังคาร": 1, "พุธ": 2, "พฤหัสบดี": 3, "พฤหัสฯ": 3, "พฤหัส": 3,
                "ศุกร์": 4, "เสาร์": 5, "อาทิตย์": 6}
_TH_RELATIVE_DAYS = {"เมื่อวานนี้": "yesterday", "เมื่อวาน": "yesterday", "วานนี้": "yesterday",
                     "วันนี้": "today", "พรุ่งนี้": "tomorrow"}
_WEEKDAY_BEFORE_RE = re.compile(r"(?:วัน(?P<d>" + "|".join(_TH_WEEKDAYS) + r")|(?P<rel>"
                                + "|".join(_TH_RELATIVE_DAYS) + r"))"
                                r"(?:ที่|\s*[(](?P<open>)|\s)\s*$")
"""A Thai weekday or relative day right before a date: ``วันพุธ (25 ก.ย.)``, ``วันพุธที่
25 กันยายน``, ``เมื่อวานนี้ (13 ม.ค.)``."""
_EN_WEEKDAYS = ("Mon", "Tues", "Wednes", "Thurs", "Fri", "Satur", "Sun")
_EN_WEEKDAY_RE = re.compile(r"\b(?P<d>Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")


def _weekday_date(m: Mention, side: str, texts: dict[tuple[str, int], str]) -> str | None:
    """A Thai date right after a weekday, in brackets or not (``เมื่อวันพุธ (25 ก.ย.)``,
    ``เมื่อวันพุธที่ 25 กันยายน``), or in brackets after "yesterday", "today" or
    "tomorrow" (``เมื่อวานนี้ (13 ม.ค.)``): Thai news glosses the day the English names
    ("on Wednesday", "yesterday") with its date. The English must name the same day (in
    its sentence bead or a neighbouring one), and a date with its year must fall on the
    weekday. The English day, or None."""
    if side != "tgt" or _str(m["kind"]) != "date":
        return None
    bead = int(m["bead"])
    text, words = texts.get(("tgt", bead), ""), str(m["text"])
    at = text.find(words)
    before = _WEEKDAY_BEFORE_RE.search(text[max(0, at - 24):at]) if at >= 0 else None
    if before is None or (before["open"] is not None
                          and not re.match(r"\s*[)]", text[at + len(words):])):
        return None
    # the English day may sit in the next or previous sentence bead: a Thai sentence
    # that joins two English ones ("..., he said on Friday. She said ...")
    src = " ".join(texts.get(("src", b), "") for b in (bead - 1, bead, bead + 1))
    if before["rel"] is not None:
        if before["open"] is None:
            return None
        rel = re.search(rf"(?i)\b{_TH_RELATIVE_DAYS[before['rel']]}\b", src)
        return rel.group() if rel is not None else None
    day = _TH_WEEKDAYS[before["d"]]
    if (on := _weekday_of(m.get("key"))) is not None and on != day:
        return None  # "Wednesday" / วันพุธที่ 27 ก.พ. 2568, a Thursday: another day
    for en_hit in _EN_WEEKDAY_RE.finditer(src):
        if _EN_WEEKDAYS.index(en_hit["d"]) == day:
            return en_hit.group()
    return None


def _weekday_of(key: object) -> int | None:
    """The weekday (Monday 0) of a date key with its year, or None."""
    ends = date_ends(key)
    if len(ends) != 1 or None in (ends[0][0], ends[0][2]):
        return None
    y, mo, d = ends[0]
    try:
        return datetime.date(int(str(y)), int(mo), int(str(d))).weekday()
    except ValueError:
        return None


_TITLE_FIRST_RE = re.compile(r"(?i)\bfirst[- ](?:officer|lady|minister|secretary|mate|"
                             r"sea lord|deputy|vice[- ]president|gentleman)\b")


def _title_first(m: Mention, side: str, texts: dict[tuple[str, int], str]) -> str | None:
    """"First" in a title (``first officer``, the co-pilot; ``First Minister``, ``first
    lady``): a name of a post, which a translation writes without a rank (``นักบินผู้ช่วย``,
    ``มุขมนตรี``). The title, or None."""
    if side != "src" or _str(m["kind"]) != "ordinal" or \
            not _close(_num(m.get("value")), 1.0):
        return None
    for hit in _TITLE_FIRST_RE.finditer(texts.get(("src", int(m["bead"])), "")):
        if hit.group().casefold().startswith(str(m["text"]).casefold()):
            return hit.group()
    return None


_FIRST_ADVERB_RE = re.compile(
    r"(?i)\bfirst\s+(?=[a-z]+(?:ed|en)\b|(?:put|set|made|came|took|won|went|began|met|"
    r"saw|held|told|built|found|became|ran|brought|struck|sold|hit|left|led|rose|fell|"
    r"wrote|spoke|felt|heard|thought|caught|taught|sought|bought|kept|read|split|shut|"
    r"spread|cast|cut)\b)")
""""First" as an adverb before a verb ("first imposed", "was first elected", "first
put"): when something began, not a rank."""
_TH_BEGAN_RE = re.compile(r"เริ่ม|แต่แรก|ตั้งแต่ต้น|แต่เดิม|เดิมที|เมื่อครั้ง")
"""Thai for when something began or was at first: ``เริ่ม`` "began", ``แต่เดิม``/``เดิมที``
"originally", ``เมื่อครั้ง`` "back when" ("when the project was first approved" /
``เมื่อครั้งได้รับอนุมัติ``)."""


def _first_adverb(m: Mention, side: str, texts: dict[tuple[str, int], str]) -> str | None:
    """"First" as an adverb ("the embargo, first imposed in 1960"), which Thai writes
    with เริ่ม ("began": ``ซึ่งเริ่มขึ้นในปี 2503``) and no number. The Thai word, or
    None."""
    if side != "src" or _str(m["kind"]) != "ordinal" or \
            not _close(_num(m.get("value")), 1.0) or \
            re.sub(r"[- ]half$", "", str(m["text"]).casefold()) != "first":
        return None  # "first", or "first half" read as one rank
    src = texts.get(("src", int(m["bead"])), "")
    adverbs = len(_FIRST_ADVERB_RE.findall(src))
    if adverbs == 0 or adverbs != len(re.findall(r"(?i)\bfirst\b", src)):
        return None  # another "first" of the sentence may be this one, a rank
    hit = _TH_BEGAN_RE.search(texts.get(("tgt", int(m["bead"])), ""))
    return hit.group() if hit is not None else None


_FIRST_HALF_RE = re.compile(r"(?i)\bfirst[- ](?:half\b|(?P<joined> {4})(?![A-Za-z]))")
""""First half"; the half may already be blanked out, joined to a Thai half."""
_TH_HALF_RE = re.compile(r"ครึ่ง(?!หลัง|หนึ่ง)(?:ปี|ฤดูกาล|เดือน|ทศวรรษ|ศตวรรษ|เวลา)?(?!หลัง)")
_TH_SECOND_HALF_RE = re.compile(r"ครึ่ง(?:ปี|ฤดูกาล|เดือน|ทศวรรษ|ศตวรรษ|เวลา)?หลัง")
"""A half of a period with no "second" (``ครึ่งปี``, ``ครึ่งแรก``)."""


def _first_half(m: Mention, side: str, texts: dict[tuple[str, int], str]) -> str | None:
    """"First" of "the first half" (of a year, a season, a match) where the Thai writes
    the half alone (``ยอดขายครึ่งปี`` "half-year sales"): a half with no "second" is the
    first one, in Thai as in English business news. The Thai half, or None (a Thai
    ``ครึ่งหลัง`` is the second half, a change)."""
    if side != "src" or _str(m["kind"]) != "ordinal" or \
            not _close(_num(m.get("value")), 1.0) or \
            re.sub(r"[- ]half$", "", str(m["text"]).casefold()) != "first":
        return None  # "first", or "first half" read as one rank
    src = texts.get(("src", int(m["bead"])), "")
    halves = list(_FIRST_HALF_RE.finditer(src))
    if not halves or len(halves) != len(re.findall(r"(?i)\bfirst\b", src)):
        return None
    tgt = texts.get(("tgt", int(m["bead"])), "")
    if _TH_SECOND_HALF_RE.search(tgt) or re.search(r" {3}หลัง", tgt):
        return None  # the second half (its ครึ่ง may be blanked out, joined)
    hit = _TH_HALF_RE.search(tgt)
    if hit is not None:
        return hit.group()
    return "half" if any(h["joined"] for h in halves) else None


_TH_PER_UNIT_RE = re.compile(r"(?<=[ก-ฮัิ-ื่-์])(?<!ที)ละ(?=\s*(?:ประมาณ|ราว|กว่า|เกือบ|"
                             r"ไม่เกิน|ไม่ต่ำกว่า|อย่างน้อย)?(?:\s*[0-9๐-๙]|\s{2}))")
"""Thai distributive ``<unit>ละ`` before an amount (``ไร่ละ 5,500 บาท`` "5,500 baht a
rai", ``ตันละ 480 ดอลลาร์``, ``คนละ 2 ชุด``); not และ ("and") nor ทีละ ("at a time").
The amount may already be blanked out of the bead text (joined): a run of spaces."""
_TH_PER_NOUN_RE = re.compile(r"(?:ดอลลาร์|บาท|เยน|ยูโร|ปอนด์|หยวน|ริงกิต|ด่?อง|เปโซ|รูปี|วอน|"
                             r"กิโลกรัม|ตัน|ลิตร|\s{2})(?:สหรัฐ(?:ฯ)?)?\s*ต่อ\s*(?!ไป|มา|เนื่อง|ปี\b)[ก-ฮเ-ไ]")
"""A price per unit after its currency or measure (``40-60 ดอลลาร์ต่อโดส`` "$40 to $60
for one dose", ``480 ดอลลาร์ต่อตัน``; the amount may be blanked out, joined)."""
_EN_ONE_BEFORE_NOUN_RE = re.compile(r"\s+(?!of\b|in\b|or\b|and\b|to\b|another\b)[A-Za-z]")


def _per_unit(m: Mention, side: str, texts: dict[tuple[str, int], str]) -> str | None:
    """"One" of a price or rate per unit ("about 5,500 baht to grow one rai", "$480 for
    one tonne"), which Thai writes as the distributive ``ไร่ละ 5,500 บาท`` or with ต่อ
    (``ดอลลาร์ต่อโดส``) and no number. The Thai unit with ละ or ต่อ, or None."""
    if side != "src" or _str(m["kind"]) not in _COUNTS or \
            not _close(_num(m.get("value")), 1.0) or digit_groups(str(m["text"])):
        return None
    bead, text = int(m["bead"]), str(m["text"])
    at = re.search(rf"(?i)(?<![A-Za-z]){re.escape(text)}(?![A-Za-z])",
                   texts.get(("src", bead), ""))
    if at is None or not _EN_ONE_BEFORE_NOUN_RE.match(texts.get(("src", bead), ""), at.end()):
        return None
    tgt = texts.get(("tgt", bead), "")
    if (per := _TH_PER_NOUN_RE.search(tgt)) is not None:
        return tgt[tgt.index("ต่อ", per.start()):per.end() + 12].split(" ")[0]
    hit = _TH_PER_UNIT_RE.search(tgt)
    return None if hit is None else tgt[max(0, hit.start() - 4):hit.end()].strip()


_RUNNER_UP = {"src": re.compile(r"รองแชมป์|รองชนะเลิศ(?!อันดับ)"),
              "tgt": re.compile(r"(?i)\brunners?[- ]up\b|\b(?:nearest|closest)\s+"
                                r"(?:rival|challenger|competitor|pursuer|chaser)s?\b")}
"""Second place in a word with no number: "the runner-up" / ``รองแชมป์``, "her nearest
rival" / ``อันดับสอง``."""
_CAME_SECOND_RE = re.compile(r"(?i)\b(?:came|comes|come|coming|ranked|ranks|placed|was|"
                             r"were|is|are)\s+(?:in\s+)?second\b(?![- ](?:half|quarter|"
                             r"round|time|term|phase|stage|day|week|month|year))")
"""A rank in a list said as "came second" ("Real estate came second with $4.8 billion")."""
_TH_FOLLOWED_BY_RE = re.compile(r"ตามด้วย|รองลงมา(?:คือ|เป็น)?")
"""Thai ``ตามด้วย`` ("followed by"), ``รองลงมาคือ`` ("next comes"): the second item of a
ranked list named by its place in the sentence, with no number."""


def _runner_up(m: Mention, side: str, texts: dict[tuple[str, int], str]) -> str | None:
    """Second place written by the other side as "runner-up" (``ทิ้งห่างอันดับสอง`` /
    "over the runner-up", "her nearest rival"; "came second" / ``ได้รองแชมป์``), or,
    for an item that "came second" in a ranked list, by ``ตามด้วย`` ("followed by").
    The word, or None (``รองชนะเลิศอันดับหนึ่ง``, "first runner-up", is another rank)."""
    if _str(m["kind"]) != "ordinal" or not _close(_num(m.get("value")), 2.0):
        return None
    far = "tgt" if side == "src" else "src"
    hit = _RUNNER_UP[side].search(texts.get((far, int(m["bead"])), ""))
    if hit is None and side == "src" and \
            _CAME_SECOND_RE.search(texts.get(("src", int(m["bead"])), "")):
        hit = _TH_FOLLOWED_BY_RE.search(texts.get(("tgt", int(m["bead"])), ""))
    return hit.group() if hit is not None else None


_LUNAR_NEW_YEAR_EN = re.compile(r"(?i)\b(?:lunar\s+new\s+year|t[eế]t)\b")
_TH_LUNAR_DAY = re.compile(r"(?:ขึ้น|แรม)\s*(?:[0-9๐-๙]{1,2}|[ก-๛]{2,8}|\s+)\s*ค่ำ")
"""A Thai lunar date, ``ขึ้น 1 ค่ำ`` (the number may already be blanked out, joined)."""


def _lunar_new_year(m: Mention, side: str, texts: dict[tuple[str, int], str]) -> str | None:
    """The first lunar month, which the English names "Lunar New Year" or "Tết": "the
    first day of the Lunar New Year" / ``วันขึ้น 1 ค่ำ เดือน 1`` (the Thai writes the
    day and the month, the English one "first"). The English name, or None."""
    lunar = _TH_LUNAR_DAY.search(texts.get(("tgt", int(m["bead"])), "")) or \
        str(m["text"]).startswith("เดือน")  # เดือน 1: the day (ขึ้น 1 ค่ำ) joined "first"
    if side != "tgt" or _str(m["kind"]) not in ("cardinal", "ordinal") or \
            not _close(_num(m.get("value")), 1.0) or not lunar:
        return None
    hit = _LUNAR_NEW_YEAR_EN.search(texts.get(("src", int(m["bead"])), ""))
    return hit.group() if hit is not None else None


_MOON_EN = {15.0: re.compile(r"(?i)\bfull[- ]moon\b"),
            14.0: re.compile(r"(?i)\bnew[- ]moon\b")}
_TH_MOON_DAY = re.compile(r"(?P<w>ขึ้น|แรม)\s*(?P<d>1[45]|๑[๔๕]|สิบห้า|สิบสี่)\s*ค่ำ")


def _moon_day(m: Mention, side: str, texts: dict[tuple[str, int], str]) -> str | None:
    """A Thai lunar day of the full or new moon (``วันขึ้น 15 ค่ำ`` "the 15th of the
    waxing moon", the full moon; ``แรม 14/15 ค่ำ``, the new moon), which the English names
    "the full moon" or "the new moon" without a number. The English words, or None."""
    if side != "tgt" or _str(m["kind"]) not in ("cardinal", "ordinal", "date"):
        return None
    for hit in _TH_MOON_DAY.finditer(texts.get(("tgt", int(m["bead"])), "")):
        day = 15.0 if hit["d"] in ("15", "๑๕", "สิบห้า") else 14.0
        if hit["d"] not in str(m["text"]) or not _close(_num(m.get("value")), day):
            continue
        moon = 15.0 if hit["w"] == "ขึ้น" else 14.0
        if hit["w"] == "ขึ้น" and day != 15.0:
            continue
        en = _MOON_EN[moon].search(texts.get(("src", int(m["bead"])), ""))
        if en is not None:
            return en.group()
    return None

_ONE_MORE_RE = re.compile(r"(?i)\bone\s+more\b")
_TH_MORE_RE = re.compile(r"อีก(?!\s*[0-9๐-๙])(?!\s*(?:สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ))"
                         r"\s*[ก-๛]{0,8}")
"""Thai อีก ("more", "again") with no count after it: ``อีกครั้ง``, ``อีกคน``."""


def _one_more(m: Mention, side: str, texts: dict[tuple[str, int], str]) -> str | None:
    """"One more" (``one more cut``, "one more time"), which Thai writes with อีก and
    no number (``ลดดอกเบี้ยอีกครั้ง`` "cut again", ``อีกคน``): like "another", no count
    lost. The Thai words, or None; "two more" with no Thai count is a loss."""
    if side != "src" or _str(m["kind"]) not in _COUNTS or \
            not _close(_num(m.get("value")), 1.0) or digit_groups(str(m["text"])) or \
            not _ONE_MORE_RE.search(texts.get(("src", int(m["bead"])), "")):
        return None
    hit = _TH_MORE_RE.search(texts.get(("tgt", int(m["bead"])), ""))
    return hit.group().strip() if hit is not None else None


_TH_ONE_RE = re.compile(r"(?:1|๑|หนึ่ง)(?![0-9๐-๙.,])")
_EN_ONE_WORD = r"(?:a|an|one|every|each|per)"
_EN_SHARE_UNITS = {"pp": r"(?:basis|percentage)\s+point",
                   "%": r"per\s*cent|percent|percentage\s+point"}
"""English names of a share's unit, by the reader's unit of the Thai mention; Thai news
writes "a percentage point" as ``หนึ่งเปอร์เซ็นต์`` as often as ``หนึ่งจุดเปอร์เซ็นต์``
("a hundredth of a percentage point" / ``หนึ่งในร้อยของหนึ่งเปอร์เซ็นต์``)."""


def _unit_words(m: Mention) -> str | None:
    """A pattern of the English names of the unit of ``m`` (a currency, a share), or
    None."""
    unit = _str(m.get("unit"))
    if unit is None:
        return None
    if _str(m["kind"]) == "percent":
        return _EN_SHARE_UNITS.get(unit)
    names = [w for w in en.CURRENCY_AFTER.get(unit, []) if not w.isupper()]
    stems = sorted({re.escape(w[:-1] if w.endswith("s") else w) for w in names},
                   key=len, reverse=True)
    return "|".join(stems) or None


def _one_unit(m: Mention, side: str, texts: dict[tuple[str, int], str]) -> str | None:
    """A Thai one of a unit (``เงิน 1 ปอนด์แลกได้ 205 เยน``, ``จากทุก 1 ปอนด์``, ``ต่อ 1
    ดอลลาร์``, ``หนึ่งจุดพื้นฐาน``) where the English names the unit with an article or
    "every", "each", "per" ("a pound buys 205 yen", "in every pound", "a basis point
    is"): Thai news writes the one as a number, the English as a word. The English
    words, or None."""
    if side != "tgt" or _str(m["kind"]) not in ("money", "percent") or \
            _num(m.get("value_max")) is not None or not _TH_ONE_RE.match(str(m["text"])):
        return None
    value = _num(m.get("value"))
    if not (_close(value, 1.0) or (_str(m.get("unit")) == "pp" and _close(value, 0.01))):
        return None  # a basis point is read as 0.01 percentage points
    words = _unit_words(m)
    if words is None:
        return None
    hit = re.search(rf"(?i)\b{_EN_ONE_WORD}\s+(?:{words})s?\b",
                    texts.get(("src", int(m["bead"])), ""))
    return hit.group() if hit is not None else None


_ONCE_RE = re.compile(r"(?i)^once$")
_TH_ONCE_PER_RE = re.compile(r"(?:วัน|สัปดาห์|อาทิตย์|เดือน|ปี|คืน|ชั่วโมง|คน|ฝ่าย|ทีม|ราย|"
                             r"ทศวรรษ|ศตวรรษ|ไตรมาส|ฤดูกาล|ภาคเรียน|เทอม|รุ่น)ละ"
                             r"\s*(?:หนึ่ง\s*)?ครั้ง")


def _once_per(m: Mention, side: str, texts: dict[tuple[str, int], str]) -> str | None:
    """"once a week" / ``สัปดาห์ละครั้ง``, "once a decade" / ``ทศวรรษละครั้ง``, "each won
    once" / ``ชนะกันคนละครั้ง``: Thai writes one time per period or per person with ละ
    and no number. The Thai words, or None."""
    if side != "src" or not _ONCE_RE.match(str(m["text"])):
        return None
    hit = _TH_ONCE_PER_RE.search(texts.get(("tgt", int(m["bead"])), ""))
    return hit.group() if hit is not None else None


_ONE_OF_SOURCES_RE = re.compile(
    r"(?i)\bone\s+of\s+(?:the|those|these|its|their|his|her|our)\s+(?:[a-z-]+\s+){0,3}?"
    r"(?:sources|officials|people|persons|diplomats|insiders|aides|executives|witnesses|"
    r"residents|analysts|lawmakers|officers)\b[^.]{0,80}?\b(?:said|says|told|added|"
    r"spoke|speaking)\b|\b(?:said|told)\s+one\s+of\s+(?:the|those|its|their)\b|"
    r",\s+one\s+of\s+(?:the|its|his|her|their|our)\s+(?:(?![\d๐-๙]|(?:two|three|four|five|"
    r"six|seven|eight|nine|ten|dozen|hundred)\b)[\w'’-]+\s+){0,3}?[a-z]+s\b")
"""A source named as one of several ("one of the sources said", "told one of the
officials"), or a person set off as one of a group ("Dr Dai, one of the study's
authors"): an attribution or a role, which Thai writes as ``แหล่งข่าวระบุ``,
``ผู้ร่วมเขียน`` or drops."""


def _one_of_sources(m: Mention, side: str, texts: dict[tuple[str, int], str]) -> str | None:
    """The "one" of an attribution ("…, one of the officials said"): no count lost when
    the Thai gives no number for it. The English words, or None."""
    if side != "src" or str(m["text"]).casefold() != "one":
        return None
    hit = _ONE_OF_SOURCES_RE.search(texts.get(("src", int(m["bead"])), ""))
    return hit.group() if hit is not None else None
