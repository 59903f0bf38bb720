"""A Thai ``สอง`` of a definite pair: ``ระหว่างสองประเทศ`` ("between the two countries").

A story about two countries or two sides calls them "the two countries", "both sides",
"bilateral" or by their names; a Thai translation writes ``ระหว่างสองประเทศ``,
``ผู้นำสองประเทศ``, ``สองฝ่าย`` where the English sentence names no count ("flights
between 11 city pairs" / ``เที่ยวบินเชื่อมระหว่างสองประเทศ``). The ``สอง`` points back to
the pair; it adds no number. (The English "the two countries" the Thai leaves without a
count is :func:`.number_implied.english_pair`; ``ทั้งสอง`` "both" is
:func:`.number_implied.anaphoric_total`.)
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .context import _str
from .number_pairs import Mention, _close, _num

if TYPE_CHECKING:  # the registry imports the steps
    from .number_unjoined import Unjoined

_TH_PAIR_AFTER_RE = re.compile(r"\s*(?:ประเทศ|ชาติ|ฝ่าย|ฝั่ง|เกาหลี|รัฐบาล|ประชาชาติ)")
"""The pair a Thai ``สอง`` names: the two countries, nations, sides, governments, the
two Koreas."""
_TH_NAMED_PAIR_AFTER_RE = re.compile(
    r"\s*(?:ค่าย|บริษัท|ผู้นำ|ทีม|สโมสร|พรรค|ธนาคาร|ยักษ์(?:ใหญ่)?|แบรนด์|สายการบิน|เมือง|"
    r"นักการเมือง|ผู้สมัคร|ศิลปิน)")
"""A pair a Thai ``สอง`` names that its English sentence names one by one: ``สองค่าย
รถยนต์`` for "Honda and Nissan", ``สองผู้นำ`` for "Xi and Biden"."""
_EN_NAMES_PAIR_RE = re.compile(
    r"\b[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,2}\s+and\s+[A-Z]|"
    r"(?i:\b(?:both|pair|duo)\b)")
"""An English sentence that names a pair: "Honda and Nissan", "both", "the pair"."""
_EN_PAIR_RE = re.compile(
    r"(?i)\b(?:two|both)\s+(?:countries|nations|sides|governments|neighbou?rs|koreas|"
    r"parties|capitals|economies|peoples|states)\b|\bbilateral\b|\btwo-way\b|"
    r"\b(?:between|of)\s+(?-i:[A-Z][\w'’.-]*)(?:\s+(?-i:[A-Z][\w'’.-]*)){0,2}\s+and\s+"
    r"(?-i:[A-Z])")
"""Where the English names a pair: "the two countries", "both sides", "bilateral",
"two-way trade", "between Vietnam and Thailand"."""


_EN_LIST_BEFORE_RE = re.compile(r"[A-Z][\w'’.&-]*\s*,\s*(?:[A-Z][\w'’.&-]*\s+){0,2}$")
"""A name and a comma before a pair's first name: the pair ends a longer list."""


def _named_pair(text: str) -> re.Match[str] | None:
    """The first pair the English sentence names that ends no longer list ("Honda and
    Nissan", not "Honda, Nissan and Mitsubishi"), or None."""
    for hit in _EN_NAMES_PAIR_RE.finditer(text):
        if not _EN_LIST_BEFORE_RE.search(text, 0, hit.start()):
            return hit
    return None


def definite_pair(m: Mention, k: int, u: Unjoined) -> str | None:
    """The note of a Thai ``สอง`` in words that names the pair of countries or sides the
    English story names as a pair, or another pair its English sentence names one by
    one; None otherwise."""
    end = m.get("end_char")
    if u.side != "tgt" or _str(m["kind"]) != "cardinal" or str(m["text"]).strip() != "สอง" \
            or not _close(_num(m.get("value")), 2.0) or end is None or end != end:
        return None
    after = _TH_PAIR_AFTER_RE.match(u.text, int(end))
    if after is None:
        if (after := _TH_NAMED_PAIR_AFTER_RE.match(u.text, int(end))) is None:
            return None
        hit = _named_pair(u.raw.get(("src", int(m["bead"])), ""))
    else:
        hit = _EN_PAIR_RE.search(" ".join(u.paras.get("src", {}).values()))
    if hit is None:
        return None
    return (f"the pair {'สอง' + after.group().strip()!r}, named in the English as "
            f"{' '.join(hit.group().split())!r}")
