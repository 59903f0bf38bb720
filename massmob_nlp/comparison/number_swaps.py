"""Values swapped between the years (or dates) they belong to.

``2.7% in 2023 and 2.9% in 2024`` translated as ``2.9% ในปี 2566 และ 2.7% ในปี 2567``
keeps every value and every year, so a join on values sees nothing. What changed is
which year each value is attached to. A value is *attached* to a year or date when the
two sit in one clause with no other number between them, and each is the only one of
its sort the other reaches (:func:`_attachments`); a translator who reorders the
clauses keeps each value with its year, so only a cross-over of two joined values of
one kind is reported (:func:`_swapped`), and never a guess: a clause holding two values
or two years attaches nothing.
"""

from __future__ import annotations

import re

import pandas as pd

from .context import _str
from .number_pairs import Mention, _num, _vague

ANCHOR_KINDS = frozenset({"year", "date"})
"""Kinds of number a value can be attached to."""
_VALUE_KINDS = frozenset({"cardinal", "percent", "money", "duration", "measure"})
"""Kinds of value whose swap between two years changes what the text says."""
CLAUSE_BREAK_RE = re.compile(
    r"[,;:()\[\]—–]|\b(?:and|but|while|whereas|compared|against|after|before|from|to|"
    r"versus|vs|then)\b|และ|ส่วน|ขณะ|แต่|จาก|เป็น|ก่อน|หลัง|เทียบ", re.IGNORECASE)
"""What ends a clause between a value and a year (English and Thai conjunctions and
prepositions of change: ``from … to``, ``จาก … เป็น``)."""


def _span(m: Mention) -> tuple[int, int] | None:
    a, b = m.get("start_char"), m.get("end_char")
    if a is None or b is None or pd.isna(a) or pd.isna(b):
        return None
    return int(a), int(b)


def _reach(a: Mention, b: Mention, between: list[Mention], text: str) -> bool:
    """``a`` and ``b`` sit in one clause with no other number between them."""
    sa, sb = _span(a), _span(b)
    if sa is None or sb is None or a["bead"] != b["bead"]:
        return False
    lo, hi = (sa[1], sb[0]) if sa[0] < sb[0] else (sb[1], sa[0])
    if lo > hi or CLAUSE_BREAK_RE.search(text[lo:hi]):
        return False
    for m in between:
        sm = _span(m)
        if m is not a and m is not b and sm is not None and lo <= sm[0] < hi:
            return False
    return True


RESPECTIVELY_RE = re.compile(r"(?i)\brespectively\b|ตามลำดับ")
"""A list whose values go with the years by position, not by adjacency."""


def _attachments(mentions: list[Mention], text: str, skip: set[int]) -> dict[int, str]:
    """Index of each value → key of the one year or date it is attached to (none in
    the beads of ``skip``)."""
    anchors = [k for k, m in enumerate(mentions)
               if _str(m["kind"]) in ANCHOR_KINDS and _str(m["key"]) and not _vague(m)
               and m["bead"] not in skip]
    values = [k for k, m in enumerate(mentions)
              if _str(m["kind"]) in _VALUE_KINDS and not _vague(m)
              and _num(m.get("value")) is not None]
    reach = {(v, a) for v in values for a in anchors
             if mentions[v]["bead"] == mentions[a]["bead"]
             and _reach(mentions[v], mentions[a], mentions, text)}
    out = {}
    for v, a in reach:
        if sum(1 for x in reach if x[0] == v) == 1 and sum(1 for x in reach if x[1] == a) == 1:
            out[v] = str(mentions[a]["key"])
    return out


def _swapped(src: list[Mention], tgt: list[Mention], kept: dict[int, int],
             src_text: str, tgt_text: str, bead_texts: dict[tuple[str, int], str]
             ) -> dict[int, int]:
    """Joined values of one kind that changed places between two years: remove them
    from ``kept`` and return them paired as they now stand (source → target), each
    target value the one the translation gives for the source value's year.
    ``bead_texts``: the text of each side of each sentence bead."""
    skip = {b for (_, b), t in bead_texts.items() if RESPECTIVELY_RE.search(t)}
    att_s, att_t = _attachments(src, src_text, skip), _attachments(tgt, tgt_text, skip)
    out: dict[int, int] = {}
    pairs = [(i, j) for i, j in kept.items() if i in att_s or j in att_t]
    for i, j in pairs:
        for k, l in pairs:
            if i in out or k in out or (i, j) >= (k, l) or not _one_kind(
                    src[i], src[k], tgt[j], tgt[l]):
                continue
            y, z = att_s.get(i), att_s.get(k)
            crossed = y != z and att_t.get(l) == y and att_t.get(j) == z
            if crossed and src[i]["pbead"] == src[k]["pbead"] and \
                    tgt[j]["pbead"] == tgt[l]["pbead"]:
                out[i], out[k] = l, j
    for i in out:
        kept.pop(i, None)
    return out


def _one_kind(a: Mention, b: Mention, c: Mention, d: Mention) -> bool:
    """Four mentions of one kind and unit, the two source values different."""
    kinds = {_str(m["kind"]) for m in (a, b, c, d)}
    units = {(_str(m.get("unit")) or "").lower() for m in (a, b)}
    va, vb = _num(a.get("value")), _num(b.get("value"))
    return len(kinds) == 1 and len(units) == 1 and va is not None and va != vb
