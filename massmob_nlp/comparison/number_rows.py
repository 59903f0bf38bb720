"""The rows of the number comparison: a joined pair's status (``match``,
``format_only``, ``qualifier_changed``) and the row of a number left without a partner
(``format_only`` when the other side still writes its value, nothing when it is vague
or a Thai article, else ``missing`` or ``added``).

The other side may write the value in a way of its language that holds no number:
``ชนะรวด 3 เซต`` / "in straight sets", ``ชนะ 4 ใน 7 เกม`` / "best-of-seven",
``แตกออกเป็นสองฝ่าย`` / "divided", ``เมื่อวันพุธ (25 ก.ย.)`` / "on Wednesday",
"first officer" / ``นักบินผู้ช่วย``, ``ครึ่งจุดเปอร์เซ็นต์`` / "half a percentage point",
``ไร่ละ 5,500 บาท`` / "5,500 baht to grow one rai", ``อันดับสอง`` / "the runner-up",
``ตั๋วรายวัน`` / "a one-day ticket".
"""

from __future__ import annotations

import datetime
import re
from typing import Any

import pandas as pd

from .._text import THAI_DIGITS, thai_digits_to_arabic
from ..numbers import th
from .context import NUMBER_WINDOW, _Context, _str
from .evidence import (
    EN_VALUE_WORDS,
    TH_VALUE_WORDS,
    chemical_name_in,
    date_ends,
    digit_groups,
    unit_word_in,
    values_in_text,
)
from .number_furniture import furniture_line
from .number_pairs import (
    Mention,
    _close,
    _num,
    _same_key,
    _same_loose_bound,
    _same_round_bound,
    _same_rounded,
    _vague,
)
from .number_units import _converted_note

QUALIFIER_EQUIVALENT = frozenset({frozenset({None, "up_to"}), frozenset({"up_to", "at_most"})})
"""Qualifier pairs that mean the same: Thai สูงถึง ("as high as", up_to) is how Thai
writes a plain "reaching 70 million"."""


# ------------------------------------------------------------------ unmatched numbers
def _bead_texts(ctx: _Context, taken: list[tuple[str, Mention]]
                ) -> dict[tuple[str, int], str]:
    """Text of each side of each sentence bead, with the numbers already joined blanked
    out (a value written once does not account for two numbers)."""
    out = {}
    for bead, s, t in zip(ctx.sent["bead_id"], ctx.sent["src_text"], ctx.sent["tgt_text"],
                          strict=True):
        out[("src", int(bead))] = _str(s) or ""
        out[("tgt", int(bead))] = _str(t) or ""
    for side, m in taken:
        key = (side, int(m["bead"]))
        if key in out:
            text = str(m["text"])
            out[key] = out[key].replace(text, " " * len(text), 1)
    return out


def _is_article_one(m: Mention) -> bool:
    """A Thai ``หนึ่ง`` written as a word (``คนหนึ่ง``): mostly the article "a"."""
    return _str(m["kind"]) in _COUNTS and _close(_num(m.get("value")), 1.0) and \
        "หนึ่ง" in str(m["text"])


_COUNTS = ("cardinal", "duration")
"""Kinds of a plain count (``1 ราย``, ``๑ ชั่วโมง``)."""
_EN_ARTICLE = re.compile(r"(?i)\b(?:a|an)\s+[a-z]")


def _counted_article(m: Mention, text: str, texts: dict[tuple[str, int], str]) -> bool:
    """A Thai ``1`` + classifier (``ผู้ต้องสงสัย 1 ราย``, ``1 ชั่วโมง``): how Thai news
    writes the English article ("a suspect", "an hour") when the English sentence has
    one; like ``คนหนึ่ง``, never a problem on its own."""
    if _str(m["kind"]) not in _COUNTS or not _close(_num(m.get("value")), 1.0) or \
            digit_groups(str(m["text"])) != ("1",):
        return False
    end = m.get("end_char")
    if _str(m["kind"]) == "cardinal" and (
            end is None or pd.isna(end) or not th.CLASSIFIER_RE.match(text, int(end))):
        return False  # a duration holds its unit of time, the classifier
    return bool(_EN_ARTICLE.search(texts.get(("src", int(m["bead"])), "")))


def _unmatched(m: Mention, side: str, texts: dict[tuple[str, int], str],
               omitted_beads: set[int], doc: str = "") -> list[dict[str, Any]]:
    """The row of a number with no partner: none when it is vague or a Thai article,
    ``format_only`` when the other side still writes its value, else missing/added
    (noted with what went: the page's dated line or a caption, read in ``doc``, the
    whole text of its side, or a sentence the translator left out)."""
    if _vague(m) or (side == "tgt" and _is_article_one(m)):
        return []
    far, bead = "tgt" if side == "src" else "src", int(m["bead"])
    other = texts.get((far, bead), "")
    where = ""
    if not other.strip():  # a 1-0 bead: the sentence may have gone to a neighbour
        other = " ".join(texts.get((far, b), "") for b in range(bead - NUMBER_WINDOW,
                                                                  bead + NUMBER_WINDOW + 1))
        where = " in a neighbouring sentence"
    found = _written_in(m, values_in_text(other))
    if found is None and _str(m["kind"]) == "percent":
        found = _percent_word(m, other)
    if found is None:
        found = _straight_sets(m, side, texts) or _best_of(m, side, texts) or \
            _split_in_two(m, side, texts) or _weekday_date(m, side, texts) or \
            _title_first(m, side, texts) or _first_adverb(m, side, texts) or \
            _first_half(m, side, texts) or \
            _per_unit(m, side, texts) or \
            _runner_up(m, side, texts) or _lunar_new_year(m, side, texts) or \
            _one_more(m, side, texts)
    if found is None and _str(m["kind"]) == "duration":
        found = unit_word_in(m.get("key"), other)
    if found is None and _str(m["kind"]) == "code":
        found = chemical_name_in(str(m["text"]), other)
    s, t = (m, None) if side == "src" else (None, m)
    if found is not None:
        return [_number_row(s, t, "format_only",
                            f"written as {found!r}{where}, not read as a number")]
    start = m.get("start_char")
    furniture = None if start is None or pd.isna(start) else furniture_line(doc, int(start))
    if furniture is not None:
        note = f"{furniture} {'dropped' if side == 'src' else 'added'}"
    elif m["bead"] in omitted_beads:
        note = "sentence omitted" if side == "src" else "sentence added"
    else:
        note = ""
    return [_number_row(s, t, "missing" if side == "src" else "added", note)]


def _written_in(m: Mention, values: dict[float, str]) -> str | None:
    """How the other side writes the value of ``m`` (a decade also by its two last
    digits: ``the Seventies`` / ``ยุค 70``; a name with one number by that number:
    ``G7`` / ``Group of Seven``), or None."""
    value = _num(m.get("value"))
    groups = digit_groups(str(m["text"]))
    if value is None and _str(m["kind"]) == "code" and len(groups) == 1:
        value = float(groups[0])  # G7 / Group of Seven, Channel 4 / Channel Four
    if value is None:
        return None
    found = values.get(value)
    top = _num(m.get("value_max"))
    if found is not None and top is not None and _str(m["kind"]) == "range" and \
            values.get(top) is None:
        return None  # "six to ten" is not written by หก alone (หกถึงแปด is 6-8)
    if found is None and _str(m["kind"]) == "decade":
        found = values.get(value % 100)
    if found is not None and _str(m["kind"]) == "ordinal" and \
            found.casefold() in _NOT_ORDINAL:
        return None  # "first" is not written by เดียว ("single")
    if found is not None and _str(m["kind"]) in _AMOUNTS and not digit_groups(found) and \
            (found.casefold() in EN_VALUE_WORDS or found in TH_VALUE_WORDS):
        return None  # "one percent" is not written by ภูมิภาคเดียว ("the only region")
    return found


_ALL_BEFORE = {"src": re.compile(r"(?i)\ball(?:\s+of)?(?:\s+the|\s+their|\s+its|\s+his|"
                                 r"\s+her)?\s+$"),
               "tgt": re.compile(r"(?:ทั้ง|ครบ|ครบทั้ง)\s*$")}
""""All" right before a count: "loses all 12 points", ``ทั้ง 34 จังหวัด``."""
_ALL_WORD = {"src": re.compile(r"ทั้งหมด|หมด|ทุก|ครบ|ทั้ง"),
             "tgt": re.compile(r"(?i)\b(?:all|every|entire|whole|full)\b")}
"""A word for "all" in the other language (the other side of a source mention is Thai)."""


def _restated_total(m: Mention, side: str, text: str, texts: dict[tuple[str, int], str],
                    kept_keys: set[tuple[int, str | None]]) -> str | None:
    """A count after "all" that restates a total its paragraph already gave and kept
    ("Each licence carries 12 points. A driver who loses all 12 points …" / ``…
    ถูกตัดคะแนนจนหมด``, "until none are left"): translators write the "all" and drop
    the repeated number, which is no loss. The other side's word for "all", or None."""
    start = m.get("start_char")
    if _str(m["kind"]) not in _COUNTS or start is None or pd.isna(start) or \
            (int(m["pbead"]), _str(m["key"])) not in kept_keys or \
            _ALL_BEFORE[side].search(text, max(0, int(start) - 24), int(start)) is None:
        return None
    far = "tgt" if side == "src" else "src"
    hit = _ALL_WORD[side].search(texts.get((far, int(m["bead"])), ""))
    return hit.group() if hit is not None else None


_MONTHS_FIRST = {"src": re.compile(r"(?i)\bfirst\s+$"), "tgt": re.compile(r"\s*แรก")}
""""First" before a count of months (``the first three months``), ``แรก`` after it
(``3 เดือนแรก``)."""
_MONTHS = r"\s*[-–]\s*"
_PERIODS = {
    3: {"src": re.compile(r"(?i)\bfirst\s+quarter\b|\bQ1\b|\b1Q\b|\bJan(?:uary|\.)?"
                          r"(?:\s*[-–]\s*|\s+to\s+)Mar(?:ch|\.)?\b"),
        "tgt": re.compile(r"ไตรมาส(?:แรก|ที่\s*(?:[1๑]|หนึ่ง)|\s*[1๑])(?![0-9๐-๙])|"
                          r"มกราคม" + _MONTHS + r"มีนาคม|ม\.ค\." + _MONTHS + r"มี\.ค\.")},
    6: {"src": re.compile(r"(?i)\bfirst\s+half\b|\bH1\b|\b1H\b|\bhalf[- ]year\b|"
                          r"\bJan(?:uary|\.)?(?:\s*[-–]\s*|\s+to\s+)June?\b"),
        "tgt": re.compile(r"ครึ่ง(?:แรกของ)?ปี(?!หลัง)|ครึ่งแรก|มกราคม" + _MONTHS + r"มิถุนายน|"
                          r"ม\.ค\." + _MONTHS + r"มิ\.ย\.")},
    9: {"src": re.compile(r"(?i)\bfirst\s+three\s+quarters\b|\b9M\b|\bJan(?:uary|\.)?"
                          r"(?:\s*[-–]\s*|\s+to\s+)Sep(?:tember|t?\.)?\b"),
        "tgt": re.compile(r"(?:[3๓]|สาม)\s*ไตรมาสแรก|มกราคม" + _MONTHS + r"กันยายน|"
                          r"ม\.ค\." + _MONTHS + r"ก\.ย\.")},
}
"""The first quarter, half and three quarters of a year named without a count of
months: ``ไตรมาสแรก``, "Q1", ``ครึ่งปีแรก``, "the first half", ``มกราคม-กันยายน``."""


def _restated_period(m: Mention, side: str, text: str,
                     raw: dict[tuple[str, int], str]) -> str | None:
    """"The first three (six, nine) months" of a year, which names a period (the first
    quarter, half, three quarters), not a length of time: a translator who merged two
    sentences that restate the period writes it once (``… in the first quarter of
    2025 … GDP reached … in the first three months of the year`` / one ``ไตรมาสแรกของปี
    2568``). No loss when the other side's sentence bead or a neighbouring one names
    that period, read in its whole text (the period is said twice on purpose). The
    other side's name of the period, or None."""
    n, start, end = _num(m.get("value")), m.get("start_char"), m.get("end_char")
    if _str(m["kind"]) != "duration" or not str(m.get("key")).endswith(":month") or \
            n not in (3.0, 6.0, 9.0) or start is None or end is None or \
            pd.isna(start) or pd.isna(end):
        return None
    first = _MONTHS_FIRST[side]
    if not (first.search(text, max(0, int(start) - 12), int(start)) if side == "src"
            else first.match(text, int(end))):
        return None
    far, bead = "tgt" if side == "src" else "src", int(m["bead"])
    for b in (bead, *range(bead - NUMBER_WINDOW, bead + NUMBER_WINDOW + 1)):
        hit = _PERIODS[int(n)][far].search(raw.get((far, b), ""))
        if hit is not None:
            return hit.group()
    return None


_ANAPHORIC_PERIOD_RE = re.compile(
    r"(?i)\b(?:the|this|that|same)\s+(?:same\s+)?(?:period|span|stretch)\b|"
    r"ช่วง(?:เวลา)?(?:ดังกล่าว|เดียวกัน|นี้|นั้น)|ระยะเวลา(?:ดังกล่าว|เดียวกัน)|"
    r"(?:cùng|trong)\s+kỳ|giai\s+đoạn\s+(?:này|trên|đó)|thời\s+gian\s+(?:này|trên|đó)")
"""A period named by an anaphor: "in the period", "the same period", ``ในช่วงเวลาดังกล่าว``,
``ช่วงเดียวกัน``, ``cùng kỳ``, ``giai đoạn này``."""


def _restated_length(m: Mention, side: str, raw: dict[tuple[str, int], str],
                     joined_keys: set[str | None]) -> str | None:
    """A length of time the article already gave and kept (``11 tháng năm 2025`` … ``Trong
    11 tháng``), restated where the other side names it by an anaphor (``in the period``,
    ``ในช่วงเวลาดังกล่าว``): the same period, no loss. The anaphor, or None."""
    if _str(m["kind"]) != "duration" or _str(m["key"]) not in joined_keys or _vague(m):
        return None
    far = "tgt" if side == "src" else "src"
    hit = _ANAPHORIC_PERIOD_RE.search(raw.get((far, int(m["bead"])), ""))
    return hit.group() if hit is not None else None


_STRAIGHT_SETS_EN = re.compile(r"(?i)\bstraight(?:\s+|-)sets\b")
_STRAIGHT_SETS_TH = re.compile(r"รวด\s*(?P<a>[23๒๓]|สอง|สาม)\s*เซ็?ต"
                               r"|(?P<b>[23๒๓]|สอง|สาม)\s*เซ็?ตรวด")


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
    ("on Wednesday", "yesterday") with its date. The English must name the same day,
    and a date with its year must fall on the weekday. The English day, or None."""
    if side != "tgt" or _str(m["kind"]) != "date":
        return None
    bead = int(m["bead"])
    text, words = texts.get(("tgt", bead), ""), str(m["text"])
    at = text.find(words)
    before = _WEEKDAY_BEFORE_RE.search(text[max(0, at - 24):at]) if at >= 0 else None
    if before is None or (before["open"] is not None
                          and not re.match(r"\s*[)]", text[at + len(words):])):
        return None
    src = texts.get(("src", bead), "")
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
_TH_BEGAN_RE = re.compile(r"เริ่ม|แต่แรก|ตั้งแต่ต้น")


def _first_adverb(m: Mention, side: str, texts: dict[tuple[str, int], str]) -> str | None:
    """"First" as an adverb ("the embargo, first imposed in 1960"), which Thai writes
    with เริ่ม ("began": ``ซึ่งเริ่มขึ้นในปี 2503``) and no number. The Thai word, or
    None."""
    if side != "src" or _str(m["kind"]) != "ordinal" or \
            not _close(_num(m.get("value")), 1.0) or str(m["text"]).casefold() != "first":
        return None
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
            not _close(_num(m.get("value")), 1.0) or str(m["text"]).casefold() != "first":
        return None
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
_EN_ONE_BEFORE_NOUN_RE = re.compile(r"\s+(?!of\b|in\b|or\b|and\b|to\b|another\b)[A-Za-z]")


def _per_unit(m: Mention, side: str, texts: dict[tuple[str, int], str]) -> str | None:
    """"One" of a price or rate per unit ("about 5,500 baht to grow one rai", "$480 for
    one tonne"), which Thai writes as the distributive ``ไร่ละ 5,500 บาท`` with no
    number. The Thai unit with ละ, or None."""
    if side != "src" or _str(m["kind"]) not in _COUNTS or \
            not _close(_num(m.get("value")), 1.0) or digit_groups(str(m["text"])):
        return None
    bead, text = int(m["bead"]), str(m["text"])
    at = re.search(rf"(?i)(?<![A-Za-z]){re.escape(text)}(?![A-Za-z])",
                   texts.get(("src", bead), ""))
    if at is None or not _EN_ONE_BEFORE_NOUN_RE.match(texts.get(("src", bead), ""), at.end()):
        return None
    tgt = texts.get(("tgt", bead), "")
    hit = _TH_PER_UNIT_RE.search(tgt)
    return None if hit is None else tgt[max(0, hit.start() - 4):hit.end()].strip()


_RUNNER_UP = {"src": re.compile(r"รองแชมป์|รองชนะเลิศ(?!อันดับ)"),
              "tgt": re.compile(r"(?i)\brunners?[- ]up\b")}
"""Second place in a word with no number: "the runner-up" / ``รองแชมป์``."""


def _runner_up(m: Mention, side: str, texts: dict[tuple[str, int], str]) -> str | None:
    """Second place written by the other side as "runner-up" (``ทิ้งห่างอันดับสอง`` /
    "over the runner-up"; "came second" / ``ได้รองแชมป์``). The word, or None
    (``รองชนะเลิศอันดับหนึ่ง``, "first runner-up", is another rank)."""
    if _str(m["kind"]) != "ordinal" or not _close(_num(m.get("value")), 2.0):
        return None
    far = "tgt" if side == "src" else "src"
    hit = _RUNNER_UP[side].search(texts.get((far, int(m["bead"])), ""))
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


_POINT_AFTER_RE = r"|\s*(?:a\s+)?(?:จุด|point)(?!หมาย|ยืน|ประสงค์|เด่น|อ่อน|ชมวิว|ตรวจ|ศูนย์)"
"""A bare point of a rate (``ครึ่งจุด``, "half a point"), not จุดหมาย, จุดยืน…"""
_PERCENT_AFTER_RE = r"\s*(?:a\s+|of\s+a\s+|จุด\s*)?(?:เปอร์เซ็นต์|เปอร์เซนต์|percent|per\s*cent|%)"


def _percent_word(m: Mention, other: str) -> str | None:
    """A share written with a word of value right before its unit (``ครึ่งจุดเปอร์เซ็นต์``,
    "half a percentage point", ``half a per cent``; for "half a point" of a rate also
    ``ครึ่งจุด``), which the reader does not take as a number; the word and unit, or
    None."""
    value = _num(m.get("value"))
    for word, v in (*TH_VALUE_WORDS.items(), *EN_VALUE_WORDS.items()):
        if value is None or not _close(v, value):
            continue
        after = _PERCENT_AFTER_RE + (_POINT_AFTER_RE
                                     if "point" in str(m["text"]).casefold() else "")
        hit = re.search(rf"(?i)(?<![a-z]){re.escape(word)}(?:{after})", other)
        if hit is not None:
            return hit.group()
    return None


_AMOUNTS = ("percent", "money")
"""Kinds whose value a bare count word (เดียว, คู่, once, pair) never writes."""


_NOT_ORDINAL = frozenset({"เดียว", "single", "alone", "once", "pair", "couple", "both",
                          "twice", "double", "คู่"})
"""Words that write a count, never a rank: no trace of an ordinal."""


# ------------------------------------------------------------------ rows
def _fmt(v: Any) -> str:
    return "?" if v is None or pd.isna(v) else f"{float(v):,.10g}"


_YEAR_KINDS = ("year", "year_range", "decade")


def _fmt_year(v: Any) -> str:
    return "?" if v is None or pd.isna(v) else f"{float(v):.10g}"


def _fmt_span(m: Mention) -> str:
    """The value of ``m``, with its upper end when it has one (``2003–2011``, ``40–1``);
    a year without a thousands separator."""
    fmt = _fmt_year if _str(m["kind"]) in _YEAR_KINDS else _fmt
    hi = m.get("value_max")
    return fmt(m.get("value")) + ("" if hi is None or pd.isna(hi) else f"–{fmt(hi)}")


def _clock_text(v: Any) -> str:
    """A time's value (hours) as ``18:50``."""
    x = _num(v)
    if x is None:
        return "?"
    minutes = round(x * 60)
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _change_note(s: Mention, t: Mention) -> str:
    """``a → b`` of a changed number: both ends of a range or score, a date's month/day."""
    if _str(s["kind"]) == _str(t["kind"]) == "date":
        return f"{str(s['key'])[5:]} → {str(t['key'])[5:]}"
    if _num(s.get("value")) is None and _num(t.get("value")) is None:
        return f"{s['text']} → {t['text']}"  # two codes: "CO2 → SO2"
    if _str(s["kind"]) == _str(t["kind"]) == "time":
        return f"{_clock_span(s)} → {_clock_span(t)}"
    us, ut = _str(s.get("unit")) or "", _str(t.get("unit")) or ""
    return f"{_fmt_span(s)}{' ' + us if us else ''} → {_fmt_span(t)}" \
        f"{' ' + ut if ut else ''}"


def _clock_span(m: Mention) -> str:
    """A clock time or a range of two (``06:30-10:00``)."""
    end = _num(m.get("value_max"))
    return _clock_text(m.get("value")) + ("" if end is None else f"-{_clock_text(end)}")


_ASCII_DIGITS = re.compile(r"[0-9]")
_MAGNITUDE = re.compile(r"thousand|million|billion|trillion|พัน|หมื่น|แสน|ล้าน", re.IGNORECASE)
"""A scale word ("55 million", "55 ล้าน") makes a kept value ``format_only``: the
digits as written are not the value."""
_CURRENCY_SYMBOL = re.compile("[$£€¥฿₫]")
"""A currency written as a symbol on one side and as a word on the other is
``format_only`` (``$75`` / ``75 ดอลลาร์``)."""


def _kept_row(s: Mention, t: Mention, *, moved: bool = False) -> dict[str, Any]:
    status, note = _pair_status(s, t)
    if moved:
        note = "; ".join(x for x in (note, "moved to another part of the article") if x)
    if not _same_key(s, t) and status == "match":
        status = "format_only"
    if not _same_key(s, t):
        why = f"{_str(s['kind'])} / {_str(t['kind'])}" if s["kind"] != t["kind"] else \
            "read differently"
        a, b = _num(s.get("value")), _num(t.get("value"))
        if a is not None and b is not None and (a < 0) != (b < 0):
            why = "the minus sign written in words"
        elif a is not None and b is not None and not _close(a, b) and _same_round_bound(s, t):
            why = "the same round bound in words"
        elif a is not None and b is not None and not _close(a, b) and _same_loose_bound(s, t):
            why = "the exact figure restated as a round bound"
        elif a is not None and b is not None and not _close(a, b) and _same_rounded(s, t):
            why = "rounded to the Thai scale word"
        elif (converted := _converted_note(s, t)) is not None:
            why = converted
        elif (_str(s.get("unit")) is None) != (_str(t.get("unit")) is None):
            why = f"{_str(s.get('unit')) or _str(t.get('unit'))} written on one side only"
        note = "; ".join(x for x in (note, why) if x)
    return _number_row(s, t, status, note)


def _pair_status(s: Mention, t: Mention) -> tuple[str, str]:
    qs, qt = _str(s.get("qualifier")), _str(t.get("qualifier"))
    if qs != qt and frozenset({qs, qt}) not in QUALIFIER_EQUIVALENT:
        return "qualifier_changed", f"{qs or 'exact'} → {qt or 'exact'}"
    st, tt = str(s["text"]), str(t["text"])
    magnitude = bool(_MAGNITUDE.search(st) or _MAGNITUDE.search(tt))
    symbol = bool(_CURRENCY_SYMBOL.search(st)) != bool(_CURRENCY_SYMBOL.search(tt))
    if _ASCII_DIGITS.findall(st) == _ASCII_DIGITS.findall(tt) and not magnitude and \
            not symbol and _str(s.get("calendar")) == _str(t.get("calendar")):
        return "match", ""
    why = ["magnitude in words"] if magnitude else []
    if symbol:
        why.append("currency symbol / word")
    if _str(s.get("calendar")) != _str(t.get("calendar")):
        why.append(f"calendar {_str(s.get('calendar')) or 'CE'} → "
                   f"{_str(t.get('calendar')) or 'CE'}")
    if any(c in THAI_DIGITS for c in tt) and not any(c in THAI_DIGITS for c in st):
        why.append("Thai digits")
    return "format_only", "; ".join(why) or "written differently"


def _number_row(s: Mention | None, t: Mention | None, status: str,
                note: str) -> dict[str, Any]:
    main = s if s is not None else t
    assert main is not None
    row = {"bead_id": main["bead"], "kind": _str(main["kind"]),
           "key": _str(main["key"]), "status": status, "note": note}
    for prefix, m in (("src", s), ("tgt", t)):
        m = m or {}
        row.update({f"{prefix}_text": m.get("text"), f"{prefix}_value": m.get("value"),
                    f"{prefix}_qualifier": _str(m.get("qualifier")),
                    f"{prefix}_para_id": m.get("para_id"),
                    f"{prefix}_start_char": m.get("start_char"),
                    f"{prefix}_end_char": m.get("end_char")})
    return row
