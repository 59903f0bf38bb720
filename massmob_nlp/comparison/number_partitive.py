""""One of the five": a choice among a group, which Thai may write as the group alone.

English picks one member of a counted group with "one of the N" ("back one of the
remaining five candidates"); a Thai translation may name the group with its count and
no "one" (``เลือกผู้สมัครอีก 5 รายที่เหลือ`` "choose among the other five"): the count of
the group is kept, and "one" picks, it counts nothing the reader looks for. A Thai
``1 ใน 5`` ("one in five") writes the one, and then a Thai one is its partner.
"""

from __future__ import annotations

import re

from .context import _str
from .number_pairs import Mention

_EN_COUNT_WORDS = (r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                   r"[a-z]+teen|twenty|thirty|forty|fifty")
_ONE_OF_GROUP_RE = re.compile(
    r"(?i)\bone\s+of\s+(?:the|those|these|its|their)\s+(?:[a-z-]+\s+){0,2}?"
    rf"(?:[0-9][0-9,]*|(?:{_EN_COUNT_WORDS})\b|\s{{3,}})\s*(?:[a-z-]+\s+){{0,2}}?[a-z]+s\b")
""""one of the (remaining) five candidates"; the count may be blanked out, joined."""
_TH_ONE_IN_RE = re.compile(r"(?:1|๑|หนึ่ง)\s*(?:ใน|จาก)")


def one_of_group(m: Mention, side: str, texts: dict[tuple[str, int], str]) -> str | None:
    """The "one" of "one of the N <things>" where the Thai sentence writes no "one in"
    (``1 ใน``, ``หนึ่งใน``). The English words, or None."""
    if side != "src" or str(m["text"]).casefold() != "one" or \
            _str(m["kind"]) != "cardinal":
        return None
    bead = int(m["bead"])
    hit = _ONE_OF_GROUP_RE.search(texts.get(("src", bead), ""))
    if hit is None or _TH_ONE_IN_RE.search(texts.get(("tgt", bead), "")):
        return None
    return " ".join(hit.group().split())
