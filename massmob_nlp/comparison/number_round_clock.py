"""Twenty-four hours a day, said without a number: "around the clock" / ``ตลอด 24 ชั่วโมง``.

English says that work goes on all day and night with an idiom ("around the clock",
"round-the-clock", "day and night", "non-stop"); Thai news writes the same as ``ตลอด
24 ชั่วโมง`` ("throughout the 24 hours"), and the reverse ("24 hours a day" /
``ทั้งวันทั้งคืน``). The 24 hours of one side are then the other side's idiom, no
number added or lost.
"""

from __future__ import annotations

import re

from .context import _str
from .number_pairs import Mention, _close, _num

_IDIOMS = {
    "src": re.compile(r"(?i)\b(?:a?round[- ]the[- ]clock|day\s+and\s+night|night\s+and\s+day|"
                      r"non-?stop)\b"),
    "tgt": re.compile(r"ทั้งวันทั้งคืน|ตลอดวันตลอดคืน|ทั้งกลางวันและกลางคืน|ไม่หยุดพัก|ไม่มีวันหยุด"),
}
"""How each side says "all day and night" without a number."""
_TH_THROUGH_RE = re.compile(r"ตลอด(?:ทั้ง)?\s*$")
_EN_A_DAY_RE = re.compile(r"(?i)\s*(?:a|per|each|every)\s+day\b|\s*/\s*7\b")


def round_the_clock(m: Mention, side: str, texts: dict[tuple[str, int], str]) -> str | None:
    """The other side's idiom for "all day and night" when ``m`` is the 24 hours of a
    day said as one (``ตลอด 24 ชั่วโมง``, "24 hours a day"), or None."""
    start, end = _num(m.get("start_char")), _num(m.get("end_char"))
    if _str(m["kind"]) != "duration" or _str(m["key"]) != "duration:1:day" or \
            not _close(_num(m.get("value")), 24.0) or start is None or end is None:
        return None
    bead = int(m["bead"])
    text = texts.get((side, bead), "")
    at = text.find(str(m["text"]))
    if at < 0:
        return None
    said = _TH_THROUGH_RE.search(text, max(0, at - 8), at) if side == "tgt" else \
        _EN_A_DAY_RE.match(text, at + len(str(m["text"])))
    if said is None:
        return None
    hit = _IDIOMS["tgt" if side == "src" else "src"].search(
        texts.get(("tgt" if side == "src" else "src", bead), ""))
    return None if hit is None else hit.group()
