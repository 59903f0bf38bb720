"""Two paragraphs the translator swapped (source A B, target B' A'): the DP's beads are
monotone, so a swap is a ``2-2`` bead, whose sentences are then aligned A with B' and
the move never shows. :func:`uncross` makes it two ``1-1`` beads in the source's
order, the target's crossed."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from .dp import Bead
from .unit_cosines import MOVED_COS, MOVED_GAP


def uncross(beads: Sequence[Bead], sims: np.ndarray) -> list[Bead]:
    """``beads`` with each ``2-2`` bead whose two paragraphs were swapped by the
    translator (source A B, target B' A') made two ``1-1`` beads in the source's order,
    the target's out of order (the DP's beads are monotone, so a swap is a 2-2 bead,
    whose sentences are then aligned A with B' and the move never shows). Swapped: both
    crossed pairs have at least :data:`MOVED_COS` and the weaker beats the stronger
    straight pair by :data:`MOVED_GAP` (a 2-2 bead of two paragraphs re-cut, a sentence
    moved from one to the other, has a strong straight pair). ``sims``: the best
    sentence (or whole paragraph) cosine of each source and target unit
    (:func:`~.unit_cosines.unit_sims`).

    A neighbouring ``1-0`` whose unit translates into one of the bead's targets
    (:func:`_joins`) joins the new bead of that target when it neighbours that bead's
    source (a merged paragraph of the swap). When it translates into the target of the
    source on the far side instead (source A B C, target B' C'+A: the translator moved
    the sentence-paragraph A into the paragraph of C), nothing was swapped: A becomes
    the ``1-0`` (its move is found by meaning, in the comparison) and B, C keep their
    order with B', C'."""
    out = list(beads)
    k = 0
    while k < len(out):
        b = out[k]
        if not (len(b.src_ids) == 2 == len(b.tgt_ids)):
            k += 1
            continue
        (s0, s1), (t0, t1) = b.src_ids, b.tgt_ids
        cross = min(sims[s0, t1], sims[s1, t0])
        if cross < max(MOVED_COS, max(sims[s0, t0], sims[s1, t1]) + MOVED_GAP):
            k += 1
            continue
        before = out[k - 1].src_ids[0] if k > 0 and out[k - 1].kind == "1-0" else None
        after = out[k + 1].src_ids[0] if k + 1 < len(out) and \
            out[k + 1].kind == "1-0" else None
        if after is not None and _joins(sims[after], t1, t0):
            out[k:k + 2] = [Bead((s0,), (), "1-0", b.score / 2),
                            Bead((s1,), (t0,), "1-1", b.score / 2),
                            Bead((after,), (t1,), "1-1", out[k + 1].score)]
            k += 3
            continue
        if before is not None and _joins(sims[before], t0, t1):
            out[k - 1:k + 1] = [Bead((before,), (t0,), "1-1", out[k - 1].score),
                                Bead((s0,), (t1,), "1-1", b.score / 2),
                                Bead((s1,), (), "1-0", b.score / 2)]
            k += 2
            continue
        first, second = [s0], [s1]
        lo, hi = k, k + 1
        if before is not None and _joins(sims[before], t1, t0):
            first, lo = [before, s0], k - 1
        if after is not None and _joins(sims[after], t0, t1):
            second, hi = [s1, after], hi + 1
        half = b.score / 2
        out[lo:hi] = [Bead(tuple(first), (t1,), f"{len(first)}-1", half),
                      Bead(tuple(second), (t0,), f"{len(second)}-1", half)]
        k = lo + 2
    return out


def _joins(row: np.ndarray, mine: int, other: int) -> bool:
    """Whether the unit whose cosines are ``row`` translates into target unit ``mine``
    (at least :data:`MOVED_COS`, beating ``other`` by :data:`MOVED_GAP`)."""
    return bool(row[mine] >= max(MOVED_COS, row[other] + MOVED_GAP))
