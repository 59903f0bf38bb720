"""A far-moved paragraph pair below FAR_COS (a short paragraph without numbers reads
less close to its translation) is rejoined when no other paragraph of the article comes
near either side (alignment.far_moves.FAR_CLEAR_GAP), and left apart when one does."""

from __future__ import annotations

import numpy as np
import pytest

from massmob_nlp.alignment import far_moves, unit_cosines
from massmob_nlp.alignment.dp import Bead

# 6 source and 6 target paragraphs: target 1 translates source 4 (moved three places
# up); the DP left them as a 0-1 and a 1-0, every other paragraph 1-1 in order.
BEADS = [Bead((0,), (0,), "1-1", 1.0), Bead((), (1,), "0-1", 0.0),
         Bead((1,), (2,), "1-1", 1.0), Bead((2,), (3,), "1-1", 1.0),
         Bead((3,), (4,), "1-1", 1.0), Bead((4,), (), "1-0", 0.0),
         Bead((5,), (5,), "1-1", 1.0)]
PIECES = [[f"p{i}"] for i in range(6)]


def _sims(pair: float, rival: float) -> np.ndarray:
    sims = np.full((6, 6), 0.1)
    for s, t in ((0, 0), (1, 2), (2, 3), (3, 4), (5, 5)):
        sims[s, t] = 0.8
    sims[4, 1] = pair
    sims[4, 3] = rival  # the moved source paragraph against another target paragraph,
    sims[2, 3] = min(0.8, rival + 0.05)  # ...one not much closer to its own source
    return sims


def _far(monkeypatch: pytest.MonkeyPatch, pair: float, rival: float) -> list[tuple]:
    monkeypatch.setattr(far_moves, "unit_sims", lambda s, t: _sims(pair, rival))
    out = far_moves.rejoin_far(BEADS, PIECES, PIECES)
    return [(b.src_ids, b.tgt_ids) for b in out]


def test_a_pair_below_far_cos_with_no_rival_is_rejoined(monkeypatch):
    assert unit_cosines.MOVED_COS <= 0.55 < far_moves.FAR_COS
    beads = _far(monkeypatch, 0.55, 0.1)
    assert ((4,), (1,)) in beads
    assert ((4,), ()) not in beads and ((), (1,)) not in beads


def test_a_pair_below_far_cos_with_a_near_rival_stays_apart(monkeypatch):
    beads = _far(monkeypatch, 0.55, 0.4)
    assert ((4,), ()) in beads and ((), (1,)) in beads


def test_a_pair_below_moved_cos_stays_apart(monkeypatch):
    beads = _far(monkeypatch, unit_cosines.MOVED_COS - 0.05, 0.0)
    assert ((4,), ()) in beads and ((), (1,)) in beads


def test_a_pair_from_far_cos_needs_only_far_gap(monkeypatch):
    beads = _far(monkeypatch, far_moves.FAR_COS + 0.05,
                 far_moves.FAR_COS + 0.05 - far_moves.FAR_GAP - 0.01)
    assert ((4,), (1,)) in beads
