"""An amount restated in brackets in another unit, currency, calendar or time zone.

``250km (155 miles)`` / ``250 กม.``, ``500,000 yuan (about 70,300 U.S. dollars)`` /
``(ราว 7 หมื่นดอลลาร์สหรัฐ)``, ``B.E. 2562 (2019)``: translators drop, add or round such
conversions; the amount itself is kept.
"""

from __future__ import annotations

import re

import pandas as pd

from .context import _str
from .number_pairs import Mention, _close, _num, _vague


# ------------------------------------------------------------------ conversions
def _rounded_conversions(src: list[Mention], tgt: list[Mention], kept: dict[int, int],
                         src_text: str, tgt_text: str) -> dict[int, int]:
    """Two amounts, one on each side, that restate in brackets the same joined amount
    before them (``500,000 yuan (about 70,300 U.S. dollars)`` / ``500,000 หยวน (ราว 7
    หมื่นดอลลาร์สหรัฐ)``): a conversion is an estimate, which translators round to a
    Thai scale word. Kept when the target is the source rounded at the target's last
    significant digit, whatever digits that leaves; ``($870 million)`` / ``(780
    ล้านดอลลาร์)`` is a change. Source → target."""
    used = set(kept.values())
    out: dict[int, int] = {}
    for i in range(1, len(src)):
        j0 = kept.get(i - 1)
        if i in kept or j0 is None or j0 + 1 >= len(tgt) or j0 + 1 in used or \
                not _in_brackets_after(src[i - 1], src[i], src_text):
            continue
        s, t = src[i], tgt[j0 + 1]
        if t["bead"] != s["bead"] or not _in_brackets_after(tgt[j0], t, tgt_text) or \
                _str(s["kind"]) != _str(t["kind"]) or _str(s["kind"]) != "money" or \
                _str(s.get("unit")) != _str(t.get("unit")) or _vague(s) or _vague(t):
            continue
        a, b = _num(s.get("value")), _num(t.get("value"))
        if a is None or b is None or a <= 0 or b <= 0:
            continue
        step = 1.0  # the place of the target's last significant digit
        while step * 10 <= b and abs(b / (step * 10) - round(b / (step * 10))) < 1e-6:
            step *= 10
        if abs(a - b) <= step / 2 * (1 + 1e-9):
            out[i] = j0 + 1
    return out


def _in_brackets_after(prev: Mention, m: Mention, text: str) -> bool:
    """``m`` in brackets right after ``prev``, in the same sentence bead (``250km (155
    miles)``, ``500,000 หยวน (ราว 7 หมื่นดอลลาร์)``)."""
    spans = [prev.get("end_char"), m.get("start_char"), m.get("end_char")]
    if prev["bead"] != m["bead"] or any(x is None or pd.isna(x) for x in spans):
        return False
    pe, ms, me = (int(x) for x in spans if x is not None)
    gap = re.sub(r"^(?:\s?[^\s()\[\]0-9]{1,15}){0,2}", "", text[pe:ms])
    return bool(_OPEN_BRACKET_RE.fullmatch(gap)) and bool(_CLOSE_BRACKET_RE.match(text, me))


_OPEN_BRACKET_RE = re.compile(r"\s*[(\[]\s*(?:about|around|approx(?:imately|\.)?|roughly|"
                              r"c\.|some|ประมาณ|ราว|ราวๆ|~|B\.\s?E\.|C\.\s?E\.|A\.\s?D\.|"
                              r"พ\.\s?ศ\.|ค\.\s?ศ\.)?\s*$", re.IGNORECASE)
_CLOSE_BRACKET_RE = re.compile(r"\s?[^()\[\]\s]{0,12}(?:\s[^()\[\]\s]{1,12})?\s*[)\]]")
"""The end of a bracket holding a number and at most a two-word unit: ``155 miles)``."""


def _conversions(mentions: list[Mention], taken: set[int], text: str
                 ) -> dict[int, Mention]:
    """Unjoined numbers that only restate a joined number beside them in another unit,
    one of the two in brackets: ``250km (155 miles)``, ``15st (95kg)``, ``£10 ($13)``.
    Translators drop or add such conversions; the amount itself is kept."""
    out: dict[int, Mention] = {}
    for k in range(1, len(mentions)):
        prev, m = mentions[k - 1], mentions[k]
        if ((k - 1 in taken) == (k in taken)) or prev["bead"] != m["bead"] or \
                _vague(m) or _vague(prev):
            continue
        spans = [prev.get("end_char"), m.get("start_char"), m.get("end_char")]
        if any(x is None or pd.isna(x) for x in spans):
            continue
        ps, pe, me = (int(x) for x in spans if x is not None)
        # the unit of the number before may sit between it and the bracket: "250km ("
        gap = re.sub(r"^(?:\s?[^\s()\[\]0-9]{1,15}){0,2}", "", text[ps:pe])
        if (_OPEN_BRACKET_RE.fullmatch(gap) or _further_in_bracket(prev, text[ps:pe], text)) \
                and _CLOSE_BRACKET_RE.match(text, me) \
                and (_convertible(_str(m["kind"]), _str(prev["kind"]))
                     or _same_year(prev, m)):
            if k in taken:
                out[k - 1] = m
            else:
                out[k] = prev
    return out


_OR_IN_BRACKET_RE = re.compile(r"\s*(?:,\s*)?(?:หรือ|or)\s*(?:about|around|roughly|some|"
                               r"approx(?:imately|\.)?|ประมาณ|ราว|ราวๆ|~)?\s*$", re.IGNORECASE)
_BRACKET_OPENED_RE = re.compile(r"[(\[][^()\[\]0-9๐-๙]{0,20}$")


def _further_in_bracket(prev: Mention, gap: str, text: str) -> bool:
    """``gap`` (after ``prev``) is "or (about)" inside the bracket that opens right
    before ``prev``: a further conversion of the same amount (``1,200 ล้านชิลลิง (ราว 9.3
    ล้านดอลลาร์สหรัฐ หรือประมาณ 340 ล้านบาท)``, "20 million yen (about $130,000, or
    4.6 million baht)")."""
    start = prev.get("start_char")
    gap = re.sub(r"^\s?[^\s()\[\]0-9]{1,15}(?=\s*(?:,|หรือ|or\b))", "", gap)  # its unit
    if start is None or pd.isna(start) or not _OR_IN_BRACKET_RE.fullmatch(gap):
        return False
    return bool(_BRACKET_OPENED_RE.search(text, max(0, int(start) - 20), int(start)))


_MEASURES = ("cardinal", "money", "duration", "percent", "range")
"""Kinds a conversion in brackets can restate (not dates, years, scores, codes): a
range too ("40 to 100 miles (60 to 150 kilometres)" / ``60 ถึง 150 กิโลเมตร``)."""


def _same_year(a: Mention, b: Mention) -> bool:
    """One year in two calendars: ``B.E. 2562 (2019)``, ``1782 (B.E. 2325)`` (the reader
    gives Buddhist-Era years their Common-Era value)."""
    return _str(a["kind"]) == _str(b["kind"]) == "year" and \
        _num(a.get("value")) is not None and _close(_num(a.get("value")), _num(b.get("value")))


def _convertible(a: str | None, b: str | None) -> bool:
    """An amount restated in another unit, or a clock time in another zone
    (``08:15 local time (01:15 GMT)``)."""
    return (a in _MEASURES and b in _MEASURES) or a == b == "time"
