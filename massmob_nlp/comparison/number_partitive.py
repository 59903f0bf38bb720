""""One of the five": a choice among a group, which Thai may write as the group alone.

English picks one member of a counted group with "one of the N" ("back one of the
remaining five candidates"); a Thai translation may name the group with its count and
no "one" (``เลือกผู้สมัครอีก 5 รายที่เหลือ`` "choose among the other five"): the count of
the group is kept, and "one" picks, it counts nothing the reader looks for. A Thai
``1 ใน 5`` ("one in five") writes the one, and then a Thai one is its partner. So for
a group the English does not count ("one of his haystack paintings" / ``ภาพกองฟาง``),
and for one of a group a superlative picks ("one of Asia's worst-performing
currencies" / ``ติดกลุ่มสกุลเงินที่มีผลงานแย่ที่สุด``).
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
_ONE_OF_UNCOUNTED_RE = re.compile(
    r"(?i)\b(?:for|in|at|by|from|with|to|on|into|about|like|after|before|over|under|near|"
    r"inside|behind|through)\s+one\s+of\s+(?:the|those|these|its|their|his|her|our|my|your|[a-z]+['’]s)\s+"
    r"(?:(?![\d๐-๙]|(?:" + _EN_COUNT_WORDS + r"|dozen|hundred|thousand)\b)[\w'’-]+\s+){0,3}?"
    r"[a-z]+s\b")
""""(paid for) one of his haystack paintings", "(in) one of the city's oldest markets":
after a preposition, one member of a group the English does not count, which Thai names
alone (``ภาพกองฟาง``); not "only one of the suspects (was charged)", a count."""
_ONE_OF_BEST_RE = re.compile(
    r"(?i)\bone\s+of\s+(?:the|its|their|his|her|our|[a-z]+['’]s)\s+"
    r"(?:(?![\d๐-๙]|(?:" + _EN_COUNT_WORDS + r"|dozen|hundred|thousand)\b)[\w'’-]+\s+){0,2}?"
    r"(?:most|least|(?!(?:interest|west|east|forest|guest|request|test|chest|nest|rest|"
    r"contest|protest|quest|pest|vest|crest|harvest|manifest|honest|modest|suggest|digest|"
    r"invest|arrest)\b)[a-z]+est|worst|best)(?:-[a-z]+)?\b")
""""making it one of Asia's worst-performing currencies", "is one of the busiest
airports": one of a group picked by a superlative, which Thai writes as the group
(``ติดกลุ่มสกุลเงินที่มีผลงานแย่ที่สุด``, ``สนามบินที่พลุกพล่านที่สุดแห่งหนึ่ง``): the "one"
counts nothing; a Thai ``หนึ่งใน`` or a trailing ``…ที่สุดแห่งหนึ่ง`` still joins it."""
_TH_ONE_IN_RE = re.compile(r"(?:1|๑|หนึ่ง)\s*(?:ใน|จาก)")


def one_of_group(m: Mention, side: str, texts: dict[tuple[str, int], str]) -> str | None:
    """The "one" of "one of the N <things>", of an uncounted group ("one of his
    paintings") or of a group picked by a superlative ("one of the busiest") where the
    Thai sentence writes no "one in" (``1 ใน``, ``หนึ่งใน``). The English words, or
    None."""
    if side != "src" or str(m["text"]).casefold() != "one" or \
            _str(m["kind"]) != "cardinal":
        return None
    bead = int(m["bead"])
    thai = texts.get(("tgt", bead), "")
    # a superlative's group only where the Thai writes no หนึ่ง at all (``ในระดับหนึ่ง``
    # "to some extent" may be where the one went, joined or not)
    hit = _ONE_OF_GROUP_RE.search(texts.get(("src", bead), "")) or \
        _ONE_OF_UNCOUNTED_RE.search(texts.get(("src", bead), "")) or \
        (None if "หนึ่ง" in thai else _ONE_OF_BEST_RE.search(texts.get(("src", bead), "")))
    if hit is None or _TH_ONE_IN_RE.search(texts.get(("tgt", bead), "")):
        return None
    return " ".join(hit.group().split())
