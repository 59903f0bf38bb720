"""Fixed terms of sport and finance news that hold a number the other language does
not write.

``แข่งสองนัด`` / "a home-and-away tie"; the running score Thai adds to a goal the
English tells in words ("put the hosts ahead" / ``ยิงนำ 2-1``, "levelled" / ``ตีเสมอ
1-1``); ``ดอกเบี้ยซื้อคืนพันธบัตรระยะ 1 วัน`` / "the policy rate" (a central bank's
policy rate named by the term of its repo). The English of the first and the last
("the two-leg final", "the one-day repurchase rate") the number reader already reads
as no count. Each returns how the other side writes it, or None.
"""

from __future__ import annotations

import re

from .._text import thai_digits_to_arabic
from .context import _str
from .evidence import values_in_text
from .number_pairs import Mention, _close, _num

_HOME_AWAY_EN = re.compile(r"(?i)\bhome[- ]and[- ]away\b")
_TWO_LEGS_TH = re.compile(r"(?:สอง|[2๒])\s*(?:นัด|เลก)")


_TWO_LEGS_EN = re.compile(r"(?i)\b(?:two|2)[- ](?:legs|legged|matches|games)\b")
_HOME_AWAY_TH = re.compile(r"เหย้า\s*[-–]?\s*(?:และ)?\s*(?:นัด)?\s*เยือน|เหย้าเยือน")


def two_legs(m: Mention, side: str, texts: dict[tuple[str, int], str]) -> str | None:
    """The Thai ``สองนัด`` ("two matches") of a tie the English calls "home-and-away":
    no count added; and the English "over two legs" of a tie the Thai calls
    ``เหย้า-เยือน`` ("home and away"): no count lost. The other side's words, or None."""
    if _str(m["kind"]) != "cardinal" or not _close(_num(m.get("value")), 2.0):
        return None
    bead, text = int(m["bead"]), str(m["text"])
    if side == "src":
        if not any(text in hit.group() for hit in
                   _TWO_LEGS_EN.finditer(texts.get(("src", bead), ""))):
            return None
        found = _HOME_AWAY_TH.search(texts.get(("tgt", bead), ""))
        return found.group() if found is not None else None
    if not any(text in hit.group() for hit in _TWO_LEGS_TH.finditer(texts.get(("tgt", bead), ""))):
        return None
    hit = _HOME_AWAY_EN.search(texts.get(("src", bead), ""))
    return hit.group() if hit is not None else None


_RETURN_LEG_EN = re.compile(r"(?i)\b(?:return|reverse)\s+(?:leg|match|game|fixture|tie)\b")
_SECOND_LEG_TH = re.compile(r"(?:นัด|เลก)(?:ที่)?\s*(?:สอง|[2๒])")


def return_leg(m: Mention, side: str, texts: dict[tuple[str, int], str]) -> str | None:
    """The Thai ``นัดที่สอง`` ("the second match") of a two-legged tie the English calls
    "the return match" or "the return leg": the second leg, no rank added. The English
    words, or None."""
    if side != "tgt" or _str(m["kind"]) not in ("cardinal", "ordinal") or \
            not _close(_num(m.get("value")), 2.0):
        return None
    bead, text = int(m["bead"]), str(m["text"])
    hits = _SECOND_LEG_TH.finditer(texts.get(("tgt", bead), ""))
    if not any(text in hit.group() for hit in hits):
        return None
    hit = _RETURN_LEG_EN.search(texts.get(("src", bead), ""))
    return hit.group() if hit is not None else None


_TH_LEAD_BEFORE = re.compile(r"(?:ขึ้น)?นำ(?:ห่าง)?\s*(?:เป็น)?\s*$")
_TH_LEVEL_BEFORE = re.compile(r"(?:ตี)?เสมอ\s*(?:เป็น)?\s*$")
_EN_AHEAD = re.compile(r"(?i)\b(?:ahead|in\s+front|the\s+lead|led|lead|restored)\b")
_EN_LEVEL = re.compile(r"(?i)\b(?:level(?:led|ed|ler|s)?|equali[sz](?:ed|er|ing)|drew)\b")
_SCORE_RE = re.compile(r"(?P<a>[0-9๐-๙]{1,2})\s*[-–:]\s*(?P<b>[0-9๐-๙]{1,2})")
_TH_NARROW_BEFORE = re.compile(r"(?:ไล่(?:ตีตื้น|มา)?|ตีตื้น)\s*(?:มา)?\s*(?:เป็น)?\s*$")
_EN_NARROW = re.compile(r"(?i)\b(?:pull(?:ed|s|ing)?|g[eo]ts?|claw(?:ed|s)?)\s+(?:one|a\s+goal)"
                        r"\s+back\b|\b(?:reduced|halved|narrowed|cut)\s+the\s+(?:deficit|arrears|"
                        r"gap|lead)\b|\bconsolation\b")


def running_score(m: Mention, side: str, texts: dict[tuple[str, int], str]) -> str | None:
    """A running score Thai adds to a goal the English tells in words: ``ยิงนำ 2-1``
    where the English says the goal "put the hosts ahead", ``ตีเสมอ 1-1`` where it
    says "levelled" or "equalised" (a lead: the first figure higher; a draw: two equal
    figures), ``ไล่มาเป็น 3-2`` where it says "pulled one back" (a deficit narrowed).
    The English word, or None."""
    if side != "tgt" or _str(m["kind"]) != "score":
        return None
    bead, text = int(m["bead"]), str(m["text"])
    own = texts.get(("tgt", bead), "")
    at = own.find(text)
    score = _SCORE_RE.fullmatch(text.strip())
    if at < 0 or score is None:
        return None
    a, b = (int(score[x].translate(str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")))
            for x in ("a", "b"))
    before = own[max(0, at - 16):at]
    src = texts.get(("src", bead), "")
    if a > b and _TH_LEAD_BEFORE.search(before):
        hit = _EN_AHEAD.search(src)
    elif a == b and _TH_LEVEL_BEFORE.search(before):
        hit = _EN_LEVEL.search(src)
    elif a != b and _TH_NARROW_BEFORE.search(before):
        hit = _EN_NARROW.search(src)  # ``ไล่มาเป็น 3-2`` / "pulled one back"
    else:
        return None
    return hit.group() if hit is not None else None


_REPO_TH = re.compile(r"(?:ซื้อคืน|อาร์\s*/\s*พี|รีโป)[^0-9๐-๙]{0,30}$")
_POLICY_EN = re.compile(r"(?i)\b(?:policy|benchmark|key)\s+(?:interest\s+)?rate\b")


def policy_rate(m: Mention, side: str, texts: dict[tuple[str, int], str]) -> str | None:
    """The term of a central bank's repo rate in Thai (``ดอกเบี้ยซื้อคืนพันธบัตรระยะ 1
    วัน``), which names its policy rate: the English says "the policy rate" with no
    term. The English name, or None."""
    if side != "tgt" or _str(m["kind"]) not in ("duration", "cardinal") or \
            _num(m.get("value")) is None:
        return None
    bead, text = int(m["bead"]), str(m["text"])
    own = texts.get(("tgt", bead), "")
    at = own.find(text)
    if at < 0 or _REPO_TH.search(own[max(0, at - 40):at]) is None:
        return None
    hit = _POLICY_EN.search(texts.get(("src", bead), ""))
    return hit.group() if hit is not None else None


_OTHERS_EN = re.compile(r"(?i)\b(?P<n>[a-z]+|[0-9]+)\s+others\b")
_IN_ALL_TH = re.compile(r"รวม(?:ทั้งสิ้น|ทั้งหมด)?\s*(?P<n>[0-9๐-๙]+|[ก-๛]{2,6}?)\s*(?:คน|ราย|นาย)")
"""Thai ``กับพวกรวม 3 คน`` ("with accomplices, 3 in all"), ``รวม 4 ราย``."""


def others_in_all(m: Mention, side: str, texts: dict[tuple[str, int], str]) -> str | None:
    """A person "and two others" (``together with two others``) that Thai counts with
    the person, ``กับพวกรวม 3 คน`` ("3 in all"): N others and one are N + 1, one count
    said two ways. The other side's words, or None."""
    v = _num(m.get("value"))
    if v is None or _str(m["kind"]) != "cardinal":
        return None
    bead, text = int(m["bead"]), str(m["text"])
    en, th = texts.get(("src", bead), ""), texts.get(("tgt", bead), "")
    if side == "src":
        if not re.search(rf"(?i)\b{re.escape(text)}\s+others\b", en):
            return None
        found = [h.group() for h in _IN_ALL_TH.finditer(th)
                 if _close(next(iter(values_in_text(h["n"])), None), v + 1)]
    else:
        if not any(text == h["n"] for h in _IN_ALL_TH.finditer(th)):
            return None
        found = [h.group() for h in _OTHERS_EN.finditer(en)
                 if _close(next(iter(values_in_text(h["n"])), None), v - 1)]
    return found[0] if found else None


_GRADE_EN = re.compile(r"(?i)\bgrade[- ]?(?P<a>[0-9]{1,2})\b|"
                       r"\b(?P<b>[0-9]{1,2})(?:st|nd|rd|th)[- ]grade")
_TH_GRADE = re.compile(r"(?P<s>ม\.|มัธยมศึกษาปีที่\s*|ป\.|ประถมศึกษาปีที่\s*)(?P<n>[0-9๐-๙])")
SECONDARY_START = 7
"""The grade of the first Thai secondary year (``ม.1``): grade 10 is ``ม.4``."""


def school_grade(m: Mention, side: str, texts: dict[tuple[str, int], str]) -> str | None:
    """A school grade numbered through twelve years ("grade 10", "10th grade", as in
    Vietnam and the United States) that Thai names by its stage and year: ``ป.1``-``ป.6``
    for grades 1-6, ``ม.1``-``ม.6`` for grades 7-12 (grade 10 is ``ม.4``). The same
    class; the Thai label, or None."""
    v = _num(m.get("value"))
    if side != "src" or v is None or not v.is_integer() or not 1 <= v <= 12:
        return None
    bead = int(m["bead"])
    if not any(str(int(v)) in (h["a"] or h["b"] or "") and str(m["text"]) in h.group()
               for h in _GRADE_EN.finditer(texts.get(("src", bead), ""))):
        return None
    for h in _TH_GRADE.finditer(texts.get(("tgt", bead), "")):
        n = int(thai_digits_to_arabic(h["n"]))
        secondary = h["s"].startswith("ม")
        if (n + SECONDARY_START - 1 if secondary else n) == v:
            return h.group()
    return None
