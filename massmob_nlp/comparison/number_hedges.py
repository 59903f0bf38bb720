"""A hedge carried over to the restatement of an amount in another unit.

``about 195,000 kip, or $9`` and ``about 40 million baht ($1.1 million)`` hedge both
amounts with one "about": the second restates the first in another currency or unit,
so it is as approximate as the first. Thai translators usually write the hedge twice
(``ราว 195,000 กีบ หรือประมาณ 9 ดอลลาร์``), and a join that read the English ``$9``
as exact would report the qualifier changed. :func:`_carried_hedges` gives such a
restatement the qualifier of the amount it restates, on either side.
"""

from __future__ import annotations

import re

import pandas as pd

from .context import _str
from .number_pairs import Mention, _vague

_UNIT_WORDS = r"(?:\s?[^\s()\[\]0-9๐-๙,;]{1,15}){0,2}"
"""The unit words of the first amount that its mention may leave out (``kip``, ``ดอง``)."""
_RESTATED_BY_RE = re.compile(
    r"(?i)" + _UNIT_WORDS + r"\s*(?:"
    r"[(\[]\s*(?:i\.e\.|or|equivalent\s+to|hoặc|tương\s+đương(?:\s+với)?|หรือ|คิดเป็น)?"
    r"|,?\s*(?:or|i\.e\.|equivalent\s+to|hoặc|tương\s+đương(?:\s+với)?|หรือ|คิดเป็น)(?![A-Za-z])"
    r")\s*$")
"""Between an amount and its restatement: a bracket or "or" (Vietnamese ``hoặc``,
``tương đương``; Thai ``หรือ``, ``คิดเป็น``), with no hedge of its own."""


def _restates(prev: Mention, m: Mention) -> bool:
    """``m`` is ``prev`` in another currency or unit of the same dimension."""
    kind = _str(m["kind"])
    if kind != _str(prev["kind"]):
        return False
    if kind == "money":
        return (_str(m.get("unit")) or "") != (_str(prev.get("unit")) or "")
    a, b = prev.get("measure"), m.get("measure")
    return isinstance(a, tuple) and isinstance(b, tuple) and a[0] == b[0] and a[2] != b[2]


def _carried_hedges(mentions: list[Mention], text: str) -> None:
    """Give an exact amount right after a hedged one that it restates (after a bracket
    or "or") the hedge of that amount (run after the units are read)."""
    for k in range(1, len(mentions)):
        prev, m = mentions[k - 1], mentions[k]
        q = _str(prev.get("qualifier"))
        spans = (prev.get("end_char"), m.get("start_char"))
        if q is None or _str(m.get("qualifier")) is not None or prev["bead"] != m["bead"] or \
                _vague(m) or _vague(prev) or any(x is None or pd.isna(x) for x in spans) or \
                not _restates(prev, m):
            continue
        gap = text[int(prev["end_char"]):int(m["start_char"])]
        if _RESTATED_BY_RE.fullmatch(gap):
            m["qualifier"] = q
