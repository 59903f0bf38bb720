"""A number that names a line, a phase or a terminal, named again on one side only.

A metro line, a project's phase, an airport terminal, a region of a wage scale are
named by a word and a number (``Line 2``, ``Phase 3``, ``Terminal 1``; ``สาย 2``,
``เฟส 3``, ``อาคารผู้โดยสาร 1``). Once the article has named one, either side may call
it "it", "the line", ``รถไฟฟ้าสายนี้`` where the other writes the name again ("It will
connect with Line 1" / ``สาย 2 จะเชื่อมต่อกับรถไฟฟ้าสาย 1``). A name is no quantity:
the number said again under the same name, which another mention of its side kept
across the join, loses or adds nothing (a sentence the translator left out is left to
the caller: it loses its name too).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .context import _str
from .number_pairs import Mention, _num, _vague

if TYPE_CHECKING:  # the registry imports the steps
    from .number_unjoined import Unjoined

_NAME_WORDS = {
    "src": re.compile(r"\b(?P<w>Line|Phase|Terminal|Gate|Pier|Route|Highway|Zone|Region|"
                      r"District|Ward|Platform|Reactor|Unit|Runway|Berth|Block|Tower|"
                      r"Expressway|Motorway)\s+(?:No\.\s*)?$"),
    "tgt": re.compile(r"(?P<w>สาย|เฟส|อาคารผู้โดยสาร|เทอร์มินัล|ประตู|ท่าเทียบเรือ|ทางหลวง|"
                      r"โซน|เขต|ชานชาลา|เตาปฏิกรณ์|ทางวิ่ง|อาคาร|ทางด่วน)\s*(?:หมายเลข|ที่)?\s*$"),
}
"""The word of a name before its number, capitalised in English (``Line``, not "a line
of 2"); Thai ``สาย``, ``เฟส``, ``เขต``, with ``หมายเลข`` ("number") or ``ที่`` between."""
_BEFORE = 30
"""How far before a number its name word may start."""


def _name_word(m: Mention, side: str, text: str) -> str | None:
    """The word that names ``m`` (``Line`` of "Line 2"), or None."""
    start = _num(m.get("start_char"))
    if start is None:
        return None
    hit = _NAME_WORDS[side].search(text, max(0, int(start) - _BEFORE), int(start))
    return None if hit is None else hit["w"]


def line_named_again(m: Mention, k: int, u: Unjoined) -> str | None:
    """The note of a number named by a word (``สาย 2``) whose side names the same
    with the same word in a mention the join kept; None otherwise."""
    if _str(m["kind"]) not in ("cardinal", "code") or _str(m["key"]) is None or _vague(m) \
            or m["bead"] in u.omitted_beads or (word := _name_word(m, u.side, u.text)) is None:
        return None
    for j, o in enumerate(u.ms):
        if j in u.partners and o is not m and _str(o["key"]) == _str(m["key"]) and \
                _name_word(o, u.side, u.text) == word:
            return f"the name {word} {m['text']} said again, named once on the other side"
    return None
