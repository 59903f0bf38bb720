"""Paragraph beads a moved sentence shifted by one paragraph.

When a translator moves a sentence into a neighbouring paragraph (or the next but
one), the paragraph that received it is too long for its source and the one that lost
it too short, and the paragraph DP, which scores lengths, may shift: it glues two
source paragraphs to the long target one and gives the next source paragraph two
targets (``[a, b] | [A+]`` then ``[c] | [B, C-]``, or ``[a] | [A, B]`` then
``[b, c] | [C]``). Three paragraphs a side then sit in a ``2-1`` and a ``1-2`` bead
although each translates the one in its own place. :func:`unshift` cuts such a pair of
weak beads into three ``1-1`` beads when, with the sentence embeddings, most of each
target paragraph reads closest to the source paragraph in its place, and the middle
source paragraph closest to its own (:data:`~.unit_cosines.MOVED_COS` at least):
a ``2-1`` of two paragraphs the translator merged next to a ``1-2`` of one he split
is no shift (a half reads closest to the paragraph it came from)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from .dp import Bead
from .features import embed
from .unit_cosines import MOVED_COS, unit_sims, unit_texts

SHIFT_KINDS = (("2-1", "1-2"), ("1-2", "2-1"))
"""Two neighbouring paragraph beads that may be one shift."""
WEAK_SCORE = 0.0
"""A bead scored below this (log-odds) is one the DP is not sure of."""


def unshift(beads: Sequence[Bead], s_pieces: Sequence[Sequence[str]],
            t_pieces: Sequence[Sequence[str]]) -> list[Bead]:
    """``beads`` (local unit indices) with each shifted ``2-1``/``1-2`` pair of weak
    beads cut into three ``1-1`` beads (module docstring); ``s_pieces``/``t_pieces``:
    the sentences of each source and target unit. Needs the encoder."""
    out = list(beads)
    k = 0
    while k + 1 < len(out):
        x, y = out[k], out[k + 1]
        if (x.kind, y.kind) not in SHIFT_KINDS or max(x.score, y.score) >= WEAK_SCORE:
            k += 1
            continue
        src, tgt = (*x.src_ids, *y.src_ids), (*x.tgt_ids, *y.tgt_ids)
        s_block, t_block = [s_pieces[i] for i in src], [t_pieces[j] for j in tgt]
        sims = unit_sims(s_block, t_block)
        if sims is None or not _in_place(sims, _target_shares(s_block, t_block)):
            k += 1
            continue
        score = (x.score + y.score) / 3
        out[k:k + 2] = [Bead((i,), (j,), "1-1", score) for i, j in zip(src, tgt, strict=True)]
        k += 3
    return out


def _in_place(sims: np.ndarray, t_share: np.ndarray) -> bool:
    """Whether the units of a shift are in place: every unit reads at
    :data:`MOVED_COS` at least with the other side's unit in its place (``sims``, the
    square cosine matrix), the middle source unit reads closest to its own, and most
    of each target unit's text is closest to the source unit in its place
    (``t_share``: the share, by length, of each target unit's sentences whose closest
    source unit is the one in its place). The paragraph that took the moved sentence
    still reads mostly as its own; a target paragraph that merged two source ones, or
    half of a source paragraph the translator split, does not.

    Examples:
        >>> sims = np.array([[0.84, 0.32, 0.13], [0.25, 0.67, 0.07], [0.22, 0.8, 0.84]])
        >>> _in_place(sims, np.array([1.0, 0.7, 1.0]))
        True
        >>> _in_place(sims, np.array([1.0, 0.4, 1.0]))
        False
    """
    n = len(sims)
    return bool(sims.shape == (n, n) and (np.diag(sims) >= MOVED_COS).all()
                and int(sims[n // 2].argmax()) == n // 2 and (t_share > 0.5).all())


def _target_shares(s_pieces: Sequence[Sequence[str]], t_pieces: Sequence[Sequence[str]]
                   ) -> np.ndarray:
    """For each target unit, the share (non-space characters) of its sentences whose
    closest source unit (by :func:`~.unit_cosines.unit_texts`) is the one in its
    place."""
    s_texts = [unit_texts(p) for p in s_pieces]
    owner = [i for i, ts in enumerate(s_texts) for _ in ts]
    sents = [(j, x) for j, p in enumerate(t_pieces) for x in p]
    if not owner or not sents:
        return np.zeros(len(t_pieces))
    sims = embed([x for _, x in sents]) @ embed([x for ts in s_texts for x in ts]).T
    best = [owner[int(k)] for k in sims.argmax(axis=1)]
    size = np.zeros(len(t_pieces))
    mine = np.zeros(len(t_pieces))
    for (j, x), b in zip(sents, best, strict=True):
        n = len("".join(x.split()))
        size[j] += n
        mine[j] += n if b == j else 0
    return np.divide(mine, size, out=np.zeros_like(size), where=size > 0)
