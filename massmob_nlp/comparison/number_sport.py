"""Sport's words for a number, in English or in Thai, said with a number on the other side.

"a quarter-final" / ``รอบ 8 ทีมสุดท้าย`` ("the round of the last eight"), "his brace" /
``ประตูที่สอง`` ("his second goal") and "making the weekend" / ``2 วันสุดท้าย`` ("the
last two days" of a four-day tournament). Each returns how the other side writes it, or None.
"""

from __future__ import annotations

import re

from .._text import thai_digits_to_arabic
from .context import _str
from .number_pairs import _COUNTS, Mention, _close, _num

_ROUND_OF_LAST_TH = re.compile(r"รอบ\s*(?P<n>[0-9๐-๙]{1,2}|สี่|แปด|สิบหก)\s*"
                               r"(?:ทีม|คน|สโมสร|ชาติ|ประเทศ|คู่)?\s*สุดท้าย")
"""Thai names a knockout round by how many are left: ``รอบ 8 ทีมสุดท้าย`` (the
quarter-finals), ``รอบ 4 คนสุดท้าย`` (the semi-finals)."""
_ROUND_EN = {8: re.compile(r"(?i)\bquarter[- ]?finals?\b|\bquarters\b"),
             4: re.compile(r"(?i)\bsemi[- ]?finals?\b|\bsemis\b|\bfinal\s+four\b")}
_TH_WORDS = {"สี่": 4, "แปด": 8, "สิบหก": 16}


def knockout_round(m: Mention, side: str, texts: dict[tuple[str, int], str]) -> str | None:
    """The Thai count of a knockout round's name (``เหมือนรอบ 8 คนสุดท้าย`` "like a
    quarter-final", ``รอบ 4 ทีมสุดท้าย`` "the semi-finals"): the English names the round
    without a number. The English round, or None."""
    if side != "tgt" or _str(m["kind"]) not in _COUNTS:
        return None
    bead = int(m["bead"])
    for hit in _ROUND_OF_LAST_TH.finditer(texts.get(("tgt", bead), "")):
        if str(m["text"]) != hit["n"]:
            continue
        n = _TH_WORDS.get(hit["n"]) or int(thai_digits_to_arabic(hit["n"]))
        if not _close(_num(m.get("value")), float(n)) or n not in _ROUND_EN:
            return None
        en = _ROUND_EN[n].search(texts.get(("src", bead), ""))
        return None if en is None else en.group()
    return None


_GOALS_EN = {2: re.compile(r"(?i)\bbrace\b|\bdouble\b(?=\s+(?:in|on|for|against|as)\b)"),
             3: re.compile(r"(?i)\bhat[- ]?tricks?\b|\btreble\b")}
"""A player's goals of one match named by their count: "a brace" (two), "a hat-trick"
(three)."""
_GOAL_TH = re.compile(r"(?:ประตู|ลูก)(?:ที่)?\s*(?P<a>[23๒๓]|สอง|สาม)(?![0-9๐-๙])"
                      r"|(?P<b>[23๒๓]|สอง|สาม)\s*ประตู")
_GOAL_COUNTS = {"2": 2, "3": 3, "สอง": 2, "สาม": 3}


def goal_count(m: Mention, side: str, texts: dict[tuple[str, int], str]) -> str | None:
    """A Thai count or rank of a player's goals (``ยิงประตูที่สอง`` "scored his second
    goal", ``ซัดสามประตู``) where the English names them "a brace" or "a hat-trick". The
    English word, or None."""
    if side != "tgt" or _str(m["kind"]) not in (*_COUNTS, "ordinal"):
        return None
    bead = int(m["bead"])
    text = str(m["text"])
    for hit in _GOAL_TH.finditer(texts.get(("tgt", bead), "")):
        word = hit["a"] or hit["b"]
        if word not in text or not text.endswith(word):
            continue
        n = _GOAL_COUNTS[thai_digits_to_arabic(word)]
        if not _close(_num(m.get("value")), float(n)):
            continue
        en = _GOALS_EN[n].search(texts.get(("src", bead), ""))
        if en is not None:
            return en.group()
    return None


_WEEKEND_EN = re.compile(r"(?i)\bweekend\b")
_LAST_DAYS_TH = re.compile(r"(?P<n>[2๒]|สอง)\s*วัน\s*สุดท้าย|สุดสัปดาห์")


def weekend_days(m: Mention, side: str, texts: dict[tuple[str, int], str]) -> str | None:
    """The two days of a weekend, counted in Thai (``ผ่านการตัดตัวเข้าสู่ 2 วันสุดท้าย``
    "made it to the final two days") where the English says "the weekend". The English
    word, or None."""
    if side != "tgt" or _str(m["kind"]) not in (*_COUNTS, "duration") or \
            not _close(_num(m.get("value")), 2.0):
        return None
    bead = int(m["bead"])
    hit = _LAST_DAYS_TH.search(texts.get(("tgt", bead), ""))
    if hit is None or hit["n"] is None or hit["n"] not in str(m["text"]):
        return None
    en = _WEEKEND_EN.search(texts.get(("src", bead), ""))
    return None if en is None else en.group()


_GOAL_RANK_TH = re.compile(r"(?:ประตู|ลูก)\s*ที่\s*(?P<n>[2-5๒-๕]|สอง|สาม|สี่|ห้า)"
                           r"(?![0-9๐-๙])")
"""A player's goal named by its order (``ประตูที่สองของตัวเอง`` "his second goal")."""
_TH_SMALL = {"สอง": 2, "สาม": 3, "สี่": 4, "ห้า": 5}
_EN_GOALS_RE = re.compile(
    r"(?i)\b(?:scor\w*|nett?\w*|struck|strikes?|hit)\s+(?:\w+\s+){0,2}?"
    r"(?P<t>twice|three times|four times|five times)\b|"
    r"\b(?P<g>two|three|four|five|[2-5])\s+goals\b|\b(?P<b>brace|hat[- ]?tricks?|treble)\b")
"""An English count of one player's goals: "scored twice", "netted three times", "his
two goals", "a brace", "a hat-trick"."""
_EN_COUNTS = {"twice": 2, "three times": 3, "four times": 4, "five times": 5, "two": 2,
              "three": 3, "four": 4, "five": 5, "brace": 2, "hat-trick": 3, "hattrick": 3,
              "hat trick": 3, "treble": 3}


def goal_rank(m: Mention, side: str, raw: dict[tuple[str, int], str]) -> str | None:
    """A Thai goal's order (``ไปยิงประตูที่สอง`` "went on to score his second") where the
    English tells the finish without it, having said in this or an earlier sentence
    bead that the player scored that many ("scored twice", "a hat-trick"): the order
    is implied, no number added. The English count, or None."""
    if side != "tgt" or _str(m["kind"]) not in ("ordinal", *_COUNTS):
        return None
    bead, text = int(m["bead"]), str(m["text"])
    rank = None
    for hit in _GOAL_RANK_TH.finditer(raw.get(("tgt", bead), "")):
        if text.endswith(hit["n"]):
            rank = _TH_SMALL.get(hit["n"]) or int(thai_digits_to_arabic(hit["n"]))
    if rank is None or not _close(_num(m.get("value")), float(rank)):
        return None
    for b in range(bead, -1, -1):
        for hit in _EN_GOALS_RE.finditer(raw.get(("src", b), "")):
            said = (hit["t"] or hit["g"] or hit["b"]).casefold()
            count = int(said) if said.isdigit() else _EN_COUNTS.get(said.rstrip("s"), 0)
            if count >= rank:
                return hit.group()
    return None
