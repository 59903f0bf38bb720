"""A count of the numbers listed right after it: "the first two sets 22-25 and 19-25".

A translator may count the items of a list the source gives bare: the sets of a match
(``แพ้สองเซตแรก 22-25 และ 19-25 ก่อนจะชนะสามเซตรวด 25-22, 25-21 และ 15-12`` for "winning
22-25, 19-25, 25-22, 25-21, 15-12"), a golfer's rounds (``เปิดสองวันแรกด้วยสกอร์ 68 และ
70`` for "opened with rounds of 68 and 70"), and English does so too ("won the last three
sets 25-22, 25-21, 15-12"). The count then says how many numbers follow, each of them
joined to the other side: no number added or lost.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .context import _str
from .number_pairs import Mention, _num, _vague

if TYPE_CHECKING:  # the registry imports the steps
    from .number_unjoined import Unjoined

LIST_COUNT_MAX = 6
"""Largest count of a list read so (the sets of a match, the rounds of a tournament)."""
LIST_GAP_MAX = 25
"""Most characters between the count and its list's first number (``เซตแรกด้วยสกอร์``)."""
_GAP_RE = re.compile(r"[^0-9๐-๙.!?;:()\"“”\n]*")
"""Words between the count and the list: no number, no end of a clause."""
_SEP_RE = re.compile(r"\s*(?:,\s*(?:and\s+|และ\s*)?|\s(?:and|or)\s|และ|กับ|หรือ)\s*")
"""What separates two items of a list (``, ``, ``และ``, "and")."""
_COUNT_KINDS = frozenset({"cardinal", "duration"})


def _span(m: Mention) -> tuple[int, int] | None:
    start, end = _num(m.get("start_char")), _num(m.get("end_char"))
    return None if start is None or end is None else (int(start), int(end))


def gap_end(text: str, end: int) -> int:
    """Where the words after a count that ends at ``end`` stop (a digit, the end of a
    clause or :data:`LIST_GAP_MAX` characters on)."""
    gap = _GAP_RE.match(text, end, end + LIST_GAP_MAX)
    return end if gap is None else gap.end()


def listed_after(m: Mention, k: int, u: Unjoined) -> str | None:
    """The note of a count ``m`` (2 to :data:`LIST_COUNT_MAX`, a count or a number of
    days) followed, within :data:`LIST_GAP_MAX` characters of words, by a list of
    exactly that many numbers of one kind, each joined to the other side; None
    otherwise."""
    value, span = _num(m.get("value")), _span(m)
    if _str(m["kind"]) not in _COUNT_KINDS or _vague(m) or value is None or \
            not value.is_integer() or not 2 <= value <= LIST_COUNT_MAX or span is None:
        return None
    # an ordinal in the gap belongs to the count (``สองวันแรก`` "the first two days")
    after = sorted((s, n) for n, o in enumerate(u.ms)
                   if n != k and (s := _span(o)) is not None and s[0] >= span[1] and
                   not (_str(o["kind"]) == "ordinal" and s[1] <= gap_end(u.text, span[1])))
    if not after or after[0][0][0] > gap_end(u.text, span[1]):
        return None
    items = [after[0]]
    for nxt in after[1:]:
        if not _SEP_RE.fullmatch(u.text, items[-1][0][1], nxt[0][0]):
            break
        items.append(nxt)
    kinds = {_str(u.ms[n]["kind"]) for _, n in items}
    if len(items) != int(value) or len(kinds) != 1 or any(n not in u.taken for _, n in items):
        return None
    words = u.text[items[0][0][0]:items[-1][0][1]]
    return f"the count of the {len(items)} numbers listed after it ({words!r})"
