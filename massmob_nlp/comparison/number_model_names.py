"""A name made of a word and a number (a model, a rocket, a series: "Ariane 6",
``อาริอาน 6``), said once more on one side.

The reader takes a number after a name's word as a count when it does not know the
name; but a count of its article never follows the same word each time. When the
translation adds the name where the original says "the rocket" (``จรวดอาริอาน 6``), the
added number writes the name again, with the same word before the same value as the
article's other mentions of it, which are joined: the name is kept, no number added.
"""

from __future__ import annotations

import re

import pandas as pd

from .context import _str
from .number_pairs import Mention, _vague
from .number_unjoined import Unjoined

_WORD_BEFORE_RE = re.compile(r"(?:[A-Z][A-Za-z'’-]{2,}|[ก-๛]{3,})\s?$")
"""The name's word right before the number: a capitalised Latin word or a Thai run."""
NAME_USES = 2
"""Fewest joined mentions of the same word and value that make a name."""
MIN_NAME_LETTERS = 4
"""Fewest letters two runs before the number must share (``อาริอาน`` in ``จรวดอาริอาน``)."""
_TH_FUNCTION_ENDS = ("ที่", "เป็น", "ละ", "ราว", "กว่า", "ประมาณ", "จำนวน", "อีก", "ได้", "ถึง",
                     "ใน", "จาก", "รวม", "เพียง", "แค่", "ทั้ง", "เหลือ", "อยู่", "ครั้ง", "เกือบ",
                     "มากถึง", "สูงถึง", "ระดับ", "อายุ", "วัย", "ขนาด", "แต่")
"""Thai words before a count or a measure, never the end of a name."""


def _word_before(m: Mention, text: str) -> str | None:
    start = m.get("start_char")
    if start is None or pd.isna(start):
        return None
    hit = _WORD_BEFORE_RE.search(text[max(0, int(start) - 30):int(start)])
    if hit is None or hit.group().strip().endswith(_TH_FUNCTION_ENDS):
        return None
    return hit.group().strip()


def model_name(m: Mention, k: int, u: Unjoined) -> str | None:
    """The name ``<word> <number>`` of ``m`` when :data:`NAME_USES` or more mentions of
    its side with the same value and the same word before them are joined (a Thai name
    may stand in a longer run, ``จรวดอาริอาน`` "the rocket Ariane", and is no word that
    comes before a count, ``เป็น``, ``ราว``); not in a sentence the other side left out,
    which loses its name too. The note, or None."""
    if _str(m["kind"]) not in ("cardinal", "code") or _vague(m) or \
            m["bead"] in u.omitted_beads or (word := _word_before(m, u.text)) is None:
        return None
    same = 0
    for i, o in enumerate(u.ms):
        if i == k or i not in u.partners or _str(o["key"]) != _str(m["key"]):
            continue
        other = _word_before(o, u.text)
        if other is not None and (other.endswith(word) or word.endswith(other)) and \
                len(min(other, word, key=len)) >= MIN_NAME_LETTERS:
            same += 1
    if same < NAME_USES:
        return None
    return f"the name {word + ' ' + str(m['text'])!r} said again, named elsewhere on both sides"
