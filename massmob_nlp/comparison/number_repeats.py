"""A number its own side says again: the same count with the same noun in one sentence
(a rhetorical repeat, a value the translator spells out twice), a year already given in
the sentence or the one before. Each is no fact added when the other mention is joined.
"""

from __future__ import annotations

import re

import pandas as pd

from ..numbers import th
from .context import _str
from .number_pairs import Mention, _vague

_NEXT_WORD_RE = re.compile(r"[\s-]*(?P<w>[A-Za-z]+|[ก-๛]{1,12})")


def repeated_phrase(m: Mention, ms: list[Mention], taken: set[int], text: str
                    ) -> str | None:
    """A count its sentence says twice with the same noun ("Two seats lost is two seats
    too many", "One death is one death too many", ``ร้านระดับ 3 ดาว … ขึ้นเป็น 3 ดาว``),
    the other one joined: a rhetorical repeat, or a value the translator spells out
    again, which the other side writes once. The joined mention's text, or None."""
    nxt = _next_word(m, text)
    if nxt is None or _str(m["kind"]) not in ("cardinal", "duration") or _vague(m):
        return None
    for k, o in enumerate(ms):
        if k in taken and o is not m and o["bead"] == m["bead"] and \
                _str(o["key"]) == _str(m["key"]) and _same_noun(_next_word(o, text), nxt):
            return str(o["text"])
    return None


def _same_noun(a: str | None, b: str) -> bool:
    """Two words after a number that name one noun: equal, or in Thai, which writes no
    space after a word, two runs of letters that start with one noun: a common start of
    at least :data:`THAI_NOUN_MIN` letters or a classifier (``2 ดาวเป็นครั้งแรก`` and
    ``2 ดาวซึ่ง…``: the translator spells out "promoted to two stars" again)."""
    if a is None:
        return False
    if a == b:
        return True
    if not (a[:1] >= "ก" and b[:1] >= "ก"):
        return False
    n = next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y),
             min(len(a), len(b)))
    common = a[:n]
    return len(common) >= THAI_NOUN_MIN or (len(common) >= 2 and common in _CLASSIFIERS)


THAI_NOUN_MIN = 3
"""Fewest letters two Thai runs after one value share to be taken for one noun."""
_CLASSIFIERS = frozenset(th.CLASSIFIERS)


def _next_word(m: Mention, text: str) -> str | None:
    end = m.get("end_char")
    if end is None or pd.isna(end):
        return None
    hit = _NEXT_WORD_RE.match(text, int(end))
    return None if hit is None else hit["w"].casefold()


_YEARS = ("year", "date")


def restated_year(m: Mention, ms: list[Mention], taken: set[int]) -> str | None:
    """A year its side already gave, joined, in the same sentence bead or the one before
    (``ปีงบประมาณ 2570 เริ่ม … ถึง 30 ก.ย. 2570`` / "The fiscal year runs from … to Sept
    30, 2027"): a year named again adds no fact. The joined mention's text, or None."""
    year = _years_of(m)
    if _str(m["kind"]) != "year" or len(year) != 1 or _vague(m):
        return None
    for k, o in enumerate(ms):
        if k in taken and o is not m and 0 <= int(m["bead"]) - int(o["bead"]) <= 1 and \
                _str(o["kind"]) in _YEARS and year <= _years_of(o):
            return str(o["text"])
    return None


def _years_of(m: Mention) -> set[int]:
    """The years of a year's or a date's key (both ends of a range of dates)."""
    key = _str(m["key"]) or ""
    if not re.match(r"(?:year|date):", key):
        return set()
    return {int(y) for y in re.findall(r"(?<![0-9-])([0-9]{4})(?![0-9])", key.split(":", 1)[1])}
