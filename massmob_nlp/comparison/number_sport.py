"""Sport's words for a number, in English or in Thai, said with a number on the other side.

"a quarter-final" / ``รอบ 8 ทีมสุดท้าย`` ("the round of the last eight"), "a decider" /
``เซ็ตที่ห้า`` ("the fifth set"), "his brace" / ``ประตูที่สอง`` ("his second goal")
and "making the weekend" / ``2 วันสุดท้าย`` ("the last two days" of a four-day
tournament). Each returns how the other side writes it, or None.
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


_DECIDER_EN = re.compile(r"(?i)\bdecider\b|\bdeciding\s+(?:set|game|frame|rubber)\b|"
                         r"\bfinal\s+set\b")
_DECIDER_TH = re.compile(r"(?:เซ็?ต|เกม|เฟรม)\s*(?:ตัดสิน|ชี้ขาด|สุดท้าย)")
_SET_RANK_TH = re.compile(r"(?:เซ็?ต|เกม)\s*(?P<o>ที่\s*(?:สาม|ห้า|[35๓๕]))(?![0-9๐-๙])")
_SET_RANK_EN = re.compile(r"(?i)\b(?P<o>third|fifth|3rd|5th)[\s-]+(?:set|game)\b")


def deciding_set(m: Mention, side: str, texts: dict[tuple[str, int], str]) -> str | None:
    """The rank of a match's last set said as "the decider" on the other side: "force
    a decider" / ``ตัดสินกันในเซ็ตที่ห้า`` ("in the fifth set"), "in the third game" /
    ``ในเกมตัดสิน`` ("in the deciding game"): the decider of a best of three or five is
    its third or fifth. The other side's words, or None."""
    if _str(m["kind"]) != "ordinal" or not (_close(_num(m.get("value")), 3.0)
                                            or _close(_num(m.get("value")), 5.0)):
        return None
    bead, far = int(m["bead"]), "src" if side == "tgt" else "tgt"
    rank = _SET_RANK_TH if side == "tgt" else _SET_RANK_EN
    if not any(hit["o"] == str(m["text"]) or str(m["text"]) in hit.group()
               for hit in rank.finditer(texts.get((side, bead), ""))):
        return None
    other = (_DECIDER_EN if side == "tgt" else _DECIDER_TH).search(texts.get((far, bead), ""))
    return None if other is None else other.group()


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


_GOAL_TH = re.compile(r"(?:ประตู|ลูก)\s*(?P<rank>ที่)?\s*(?P<a>[2-5๒-๕]|สอง|สาม|สี่|ห้า)"
                      r"(?![0-9๐-๙])|(?P<b>[23๒๓]|สอง|สาม)\s*ประตู")
"""A player's goals in Thai, by their order (``ประตูที่สองของตัวเอง`` "his second
goal") or by their count (``ซัดสามประตู``, ``ประตูสาม``)."""
_TH_SMALL = {"สอง": 2, "สาม": 3, "สี่": 4, "ห้า": 5}
_EN_GOALS_RE = re.compile(
    r"(?i)\b(?:scor\w*|nett?\w*|struck|strikes?|hit)\s+(?:\w+\s+){0,2}?"
    r"(?P<t>twice|three times|four times|five times)\b|"
    r"\b(?P<g>two|three|four|five|[2-5])\s+goals\b|"
    r"\b(?P<b>brace|hat[- ]?tricks?|treble|double(?=\s+(?:in|on|for|against|as)\b))\b")
"""An English count of one player's goals: "scored twice", "netted three times", "his
two goals", "a brace", "a double in", "a hat-trick"."""
_EN_COUNTS = {"twice": 2, "three times": 3, "four times": 4, "five times": 5, "two": 2,
              "three": 3, "four": 4, "five": 5, "brace": 2, "hat-trick": 3, "hattrick": 3,
              "hat trick": 3, "treble": 3, "double": 2}


def goal_words(m: Mention, side: str, raw: dict[tuple[str, int], str]) -> tuple[str, bool] | None:
    """A player's goals in Thai where the English counts them without that number: a
    count (``ซัดสามประตู``, ``ยิง 2 ประตู``) named in its sentence bead by its word ("a
    hat-trick", "a brace"), or an order (``ไปยิงประตูที่สอง`` "went on to score his
    second") implied by a count at least as large in this or an earlier sentence bead
    ("scored twice", "his two goals", "a hat-trick"). ``raw`` holds the texts with the
    joined numbers not blanked: the English count is often itself joined ("scored
    twice" / ``2 ประตู`` in the lead). The English words and whether the Thai gives an
    order, or None."""
    if side != "tgt" or _str(m["kind"]) not in ("ordinal", *_COUNTS):
        return None
    bead, text = int(m["bead"]), str(m["text"])
    for hit in _GOAL_TH.finditer(raw.get(("tgt", bead), "")):
        word = hit["a"] or hit["b"]
        if not text.endswith(word):
            continue
        n = _TH_SMALL.get(word) or int(thai_digits_to_arabic(word))
        rank = hit["rank"] is not None
        if not _close(_num(m.get("value")), float(n)) or (not rank and n > 3):
            continue
        for b in range(bead, -1, -1) if rank else (bead,):
            for said in _EN_GOALS_RE.finditer(raw.get(("src", b), "")):
                words = (said["t"] or said["g"] or said["b"]).casefold()
                count = int(words) if words.isdigit() else _EN_COUNTS.get(words.rstrip("s"), 0)
                if count >= n if rank else (count == n and said["b"] is not None):
                    return said.group(), rank
    return None


_TH_HOLES_AFTER_RE = re.compile(r"\s*หลุม")
_EN_TURN_RE = re.compile(r"(?i)\b(?:at|by|around|through|after|before|reach(?:ed|ing)?|"
                         r"made|making|make)\s+the\s+turn\b")
"""Golf's "the turn", the end of the first nine holes ("By the turn his lead was six" /
``เมื่อจบ 9 หลุมแรก``)."""


def golf_turn(m: Mention, side: str, raw: dict[tuple[str, int], str], text: str) -> str | None:
    """A Thai nine holes (``จบ 9 หลุมแรก``) where the English says "the turn" in this or
    a neighbouring sentence bead (the Thai sentence boundary may fall inside the clause).
    The English words, or None."""
    end = m.get("end_char")
    if side != "tgt" or _str(m["kind"]) not in _COUNTS or \
            not _close(_num(m.get("value")), 9.0) or end is None or end != end or \
            not _TH_HOLES_AFTER_RE.match(text, int(end)):
        return None
    bead = int(m["bead"])
    for b in (bead, bead + 1, bead - 1):
        if (hit := _EN_TURN_RE.search(raw.get(("src", b), ""))) is not None:
            return hit.group()
    return None


_TH_GOAL_SLANG = {2: re.compile(r"(?:ยิง|ซัด|เหมา|ทำ|กด|จัด)\s*เบิ้ล|เบิ้ลประตู"),
                  3: re.compile(r"แฮ็?[ตท]\s*-?\s*ท?ริ[กค]")}
"""Thai football's words for a player's goals with no number: ``ยิงเบิ้ล`` /
``ซัดเบิ้ล`` ("scored a double": twice), ``แฮตทริก`` (a hat-trick)."""


def goal_slang(m: Mention, side: str, raw: dict[tuple[str, int], str]) -> str | None:
    """An English count of one player's goals ("scores twice", "his two goals", "a
    hat-trick") that the Thai sentence bead says in football's words with no number
    (``ยิงเบิ้ล``, ``แฮตทริก``). The Thai words, or None."""
    if side != "src" or _str(m["kind"]) not in _COUNTS:
        return None
    bead, text = int(m["bead"]), str(m["text"]).casefold()
    for said in _EN_GOALS_RE.finditer(raw.get(("src", bead), "")):
        words = (said["t"] or said["g"] or said["b"]).casefold()
        if text not in words:
            continue
        count = int(words) if words.isdigit() else _EN_COUNTS.get(words.rstrip("s"), 0)
        if count not in _TH_GOAL_SLANG or not _close(_num(m.get("value")), float(count)):
            continue
        hit = _TH_GOAL_SLANG[count].search(raw.get(("tgt", bead), ""))
        if hit is not None:
            return hit.group()
    return None
