"""A Thai rank one (``อันดับ 1``) where the English says first place in a word, and the
other way round.

Thai often writes an English superlative as a rank: "the biggest source market" /
``ตลาดอันดับ 1``, "the country's leading exporter" / ``ผู้ส่งออกอันดับหนึ่ง``; and the
verbs "to top" and "to lead" as holding rank one: "Province tops the region in
investment" / ``ครองอันดับ 1 ภูมิภาค``, "South Korea led arrivals" / ``ตลาดอันดับ 1``.
The rank one is then no number the translator added; nor is an English "No. 1" the
Thai gives as a superlative lost (``รายใหญ่ที่สุด``). (The
fixed phrases "topped the group", "top seed" are :func:`.number_implied.topped`.)
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .context import _str
from .number_pairs import Mention, _close, _num

if TYPE_CHECKING:  # the registry imports the steps
    from .number_unjoined import Unjoined

_TH_RANK_RE = re.compile(r"(?:อันดับ|เบอร์)\s*(?:ที่\s*)?(?:1|๑|หนึ่ง)(?![0-9๐-๙.,])")
"""A rank one written as a position (``อันดับ 1``, ``อันดับที่ 1``, ``อันดับหนึ่ง``,
``เบอร์ 1``)."""
_RANK_BEFORE_RE = re.compile(r"(?:อันดับ|เบอร์)\s*(?:ที่\s*)?$")
_EN_SUPERLATIVE_RE = re.compile(
    r"(?i)\b(?:biggest|largest|greatest|highest|best|busiest|richest|wealthiest|"
    r"strongest|fastest|most[- ](?:popular|visited|valuable|important|populous|"
    r"profitable|successful|powerful|traded|watched|downloaded|sold))\b|"
    r"(?i:\b(?:the|its|their|his|her|our|[a-z]+'s)\s+(?:top|leading|foremost|"
    r"number[- ]one)\b)|"
    r"(?i:\b(?:remains?|remained|stays?|stayed|is|was|are|were|became|becomes?|ranks?|"
    r"ranked|finish(?:es|ed)?|came|comes?|emerged\s+as)\s+top\b(?!-|\s+(?:up|off|out)\b)"
    r"(?!\s+(?:[0-9]+|ten|five|three|four|twenty|half)\b))|"
    r"(?i:\bto(?:ps|pped|pping)\b(?!\s+(?:up|off|out|with|by|at|around|about|over)\b)"
    r"(?=\s+(?:the\s+|its\s+|their\s+|all\s+)?[a-z]+\b))|"
    r"(?i:\bhead(?:s|ed)?(?=\s+the\s+(?:list|table|ranking|rankings|chart|charts|"
    r"league|standings|field|pack|poll|polls)\b))|"
    r"(?i:\b(?:led|leads|leading)\b(?!\s+(?:by|to|up|off|away|on|in|into|through|out|"
    r"astray|a|an)\b)(?=\s+(?:the\s+|all\s+)?[a-z]+\b))")
"""English first place without a number: a superlative of size or standing ("the
biggest", "the most visited", "Japan's leading"), or the verb "to top" before what it
comes first in ("tops northern region", "topped the list"), "top" after a verb of being
or finishing ("Malaysia remains top source market", "came top"), or the verb "to lead" before
what it leads ("South Korea led arrivals" / ``ตลาดอันดับ 1``), "to head" a list or a
table ("headed the list"); not "top up", "led to", "led by", "leads a team", not a value
passed ("topped 5 million")."""


_EN_NUMBER_ONE_RE = re.compile(r"(?i)^(?:no\.?\s*1|number[- ]one|#\s*1)$")
"""An English rank one written as a position ("No. 1", "number one", "#1")."""
_TH_SUPERLATIVE_RE = re.compile(r"(?:มาก|ใหญ่|สูง|ดี|นิยม)ที่สุด|สูงสุด")
"""A Thai superlative (``รายใหญ่ที่สุด`` "the biggest", ``อันดับสูงสุด`` "the top")."""


def superlative_rank(m: Mention, k: int, u: Unjoined) -> str | None:
    """The note of a Thai rank one whose English sentence bead gives first place as a
    superlative or as the verb "to top", or of an English "No. 1" the Thai gives as a
    superlative ("Thailand's No. 1 investor" / ``นักลงทุนรายใหญ่ที่สุด``); None
    otherwise."""
    if _str(m["kind"]) not in ("ordinal", "cardinal") or \
            not _close(_num(m.get("value")), 1.0):
        return None
    if u.side == "src":
        if not _EN_NUMBER_ONE_RE.match(str(m["text"]).strip()):
            return None
        said = _TH_SUPERLATIVE_RE.search(u.raw.get(("tgt", int(m["bead"])), ""))
        return None if said is None else f"first place, said as {said.group()!r}"
    start = m.get("start_char")
    if not _TH_RANK_RE.search(str(m["text"])) and (
            start is None or start != start or
            not _RANK_BEFORE_RE.search(u.text, max(0, int(start) - 12), int(start))):
        return None
    hit = _EN_SUPERLATIVE_RE.search(u.raw.get(("src", int(m["bead"])), ""))
    return None if hit is None else f"first place, said as {hit.group()!r}"
