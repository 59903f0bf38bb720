"""The small numbers of a clause the translator moved, beside the number that shows it.

A translator may lift a clause out of one sentence into another paragraph ("…, including
the 28-storey air traffic control tower and a 2,300-space car park." / ``… ได้แก่
หอควบคุมการจราจรทางอากาศสูง 28 ชั้น และลานจอดรถ 2,300 คัน`` in a later paragraph). The
join across the article (``numbers._compare_numbers``) finds the distinctive number of
the clause (``2,300``); a small number beside it (``28``) is no evidence alone, but
beside its moved neighbour on both sides it has moved with the clause: kept, not lost
here and added there.
"""

from __future__ import annotations

import re

from .context import _pair
from .number_pairs import Mention, Test, _num, _same_key_alike, _value_distance
from .number_passes import _no_other_unit

CLAUSE_REACH = 60
"""Most characters between a moved number and a neighbour of its clause, on each side."""
_CLAUSE_END_RE = re.compile(r"[.!?;:\"“”()]\s|\n")
"""The end of a sentence or clause between two numbers (they are in two clauses)."""


def _start(m: Mention) -> int | None:
    v = _num(m.get("start_char"))
    return None if v is None else int(v)


def _beside(a: Mention, b: Mention, text: str) -> bool:
    """Whether ``b`` is in ``a``'s sentence bead, within :data:`CLAUSE_REACH`
    characters and no clause end between them."""
    x, y = _start(a), _start(b)
    if x is None or y is None or a["bead"] != b["bead"] or abs(x - y) > CLAUSE_REACH:
        return False
    return _CLAUSE_END_RE.search(text, min(x, y), max(x, y)) is None


def moved_neighbours(src: list[Mention], tgt: list[Mention], kept: dict[int, int],
                     moved: set[int], src_text: str, tgt_text: str) -> set[int]:
    """Join, with one key, the numbers left beside each source number joined across
    the article (``moved``: a join to another sentence bead) and the numbers left
    beside its partner. ``kept`` (source index → target index) is updated; returns the
    source indices joined."""
    out: set[int] = set()
    for i in sorted(moved):
        j = kept.get(i)
        if j is None or src[i]["bead"] == tgt[j]["bead"]:
            continue
        before = set(kept)
        _pair(src, tgt, _no_other_unit(_same_key_alike), _clause_of(src[i], tgt[j], src_text,
                                                                     tgt_text),
              _value_distance, kept)
        out |= set(kept) - before
    return out


def _clause_of(a: Mention, b: Mention, src_text: str, tgt_text: str) -> Test:
    """Nearness: the source mention beside ``a``, the target one beside ``b``."""
    return lambda s, t: _beside(a, s, src_text) and _beside(b, t, tgt_text)
