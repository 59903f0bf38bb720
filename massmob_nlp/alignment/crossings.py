"""Two ``1-1`` paragraph beads that each paired a paragraph with the other's
translation: the translator reversed a block of paragraphs (a live blog whose Thai
tells the entries oldest-first while the English page puts the newest first), and the
DP, whose beads are monotone, paired the block's paragraphs along the diagonal.
:func:`uncross_far` gives each source paragraph its own translation back, in the
source's order, the target's crossed (as :func:`~.swaps.uncross` does for a ``2-2``
bead of two neighbours)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from .dp import Bead
from .far_moves import FAR_COS
from .unit_cosines import MOVED_GAP


def uncross_far(beads: Sequence[Bead], sims: np.ndarray) -> list[Bead]:
    """``beads`` with the targets of two ``1-1`` beads (source A, target X; source B,
    target Y) exchanged when both crossed pairs (A with Y, B with X) have at least
    :data:`~.far_moves.FAR_COS` and the weaker beats the stronger straight pair by
    :data:`~.unit_cosines.MOVED_GAP` (true paragraph pairs of an article read 0.74 on
    average, a wrong pair of the same article 0.40). ``sims``: each source and target
    unit's best sentence (or whole paragraph) cosine
    (:func:`~.unit_cosines.unit_sims`). Exchanges are made best crossed pair first,
    each bead at most once."""
    out = list(beads)
    ones = [k for k, b in enumerate(out) if b.kind == "1-1"]
    cands = []
    for n, p in enumerate(ones):
        a, x = out[p].src_ids[0], out[p].tgt_ids[0]
        for q in ones[n + 1:]:
            b, y = out[q].src_ids[0], out[q].tgt_ids[0]
            cross = min(float(sims[a, y]), float(sims[b, x]))
            straight = max(float(sims[a, x]), float(sims[b, y]))
            if cross >= max(FAR_COS, straight + MOVED_GAP):
                cands.append((cross, p, q))
    done: set[int] = set()
    for _, p, q in sorted(cands, reverse=True):
        if p in done or q in done:
            continue
        done.update((p, q))
        bp, bq = out[p], out[q]
        out[p] = Bead(bp.src_ids, bq.tgt_ids, "1-1", bp.score)
        out[q] = Bead(bq.src_ids, bp.tgt_ids, "1-1", bq.score)
    return out
