"""What the words around a number say about it, for the number scanner (see
:mod:`massmob_nlp.numbers`): its qualifier (``about``, ``more than``, ``ราว``, ``กว่า``)
and the Thai ordinal marker before it (``ครั้งที่``, ``ที่``)."""

from __future__ import annotations

import re

from . import en, th
from .base import THAI_LETTER_RE, Scan, alt

_QUAL_BEFORE = {p.lower(): q for d in (en.QUALIFIERS_BEFORE, th.QUALIFIERS_BEFORE)
                for q, ps in d.items() for p in ps}
_QUAL_BEFORE_RE = re.compile(
    rf"(?:\b(?i:{alt(p for ps in en.QUALIFIERS_BEFORE.values() for p in ps)})"
    rf"|{alt(p for ps in th.QUALIFIERS_BEFORE.values() for p in ps)})\s*$")
_QUAL_AFTER = {p.lower(): q for d in (en.QUALIFIERS_AFTER, th.QUALIFIERS_AFTER)
               for q, ps in d.items() for p in ps}
_QUAL_AFTER_RE = re.compile(
    rf"\s*(?:(?i:{alt((p for ps in en.QUALIFIERS_AFTER.values() for p in ps), latin=True)})"
    rf"|{alt(p for ps in th.QUALIFIERS_AFTER.values() for p in ps)})")


def thai_ordinal_before(sc: Scan, s: int) -> re.Match[str] | None:
    """The ordinal marker (``ครั้งที่``, ``ที่``) right before ``s``; a bare ``ที่`` that
    ends a longer word (``พื้นที่`` "area", ``เนื้อที่``, ``สถานที่``, ``หน้าที่``) is none."""
    t = sc.t
    m = th.ORDINAL_BEFORE_RE.search(t, max(0, s - 14), s)
    if m is None or m["word"] or not m.start() or not THAI_LETTER_RE.match(t, m.start() - 1):
        return m
    if t.endswith(th.GLUED_ORDINAL_BEFORE, 0, m.start()):
        return m  # เป็นที่ 1: "comes first", glued by the segmenter
    return m if sc.word_bounds_at(m.start(), m.start()) else None


def qualifier(t: str, start: int, end: int) -> str | None:
    """The qualifier (``about``, ``over`` …) written just before ``start`` or after ``end``."""
    m = _QUAL_BEFORE_RE.search(t, max(0, start - 24), start)
    if m:
        return _QUAL_BEFORE.get(" ".join(m.group().split()).lower())
    m = _QUAL_AFTER_RE.match(t, end)
    if m:
        return _QUAL_AFTER.get(" ".join(m.group().split()).lower())
    return None
