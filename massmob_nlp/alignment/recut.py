"""A paragraph boundary the translator moved by a sentence.

A translator often re-cuts paragraphs: the first sentence of an English paragraph is
put at the end of the Thai paragraph before it (and the rest of the English paragraph
is dropped, or kept as its own shorter Thai paragraph), or the last sentence of an
English paragraph opens the next Thai paragraph. The paragraph DP scores whole
paragraphs, so the English paragraph that lost its opening sentence is left ``1-0``
(or its remainder ``0-1``), its numbers reported omitted and added, and the passage
check calls the sentence moved although nothing changed place.

:func:`rejoin_recut` joins such a null paragraph to the bead next to it when the
sentence of the null paragraph that faces the bead (its first sentence for a bead
before it, its last for a bead after it) translates the sentence of the bead's other
side that faces the null paragraph: a cosine of at least :data:`MOVED_COS` that
beats by :data:`MOVED_GAP` that facing sentence's best cosine with the bead's own
sentences on the null paragraph's side (a paragraph dropped next to its neighbour
shares a topic with it, but the neighbour's last sentence translates the neighbour).
The facing side of the bead must keep another sentence: a whole paragraph closer to
the null one than to its own partner is a move (:mod:`.moves`), not a re-cut.
"""

from __future__ import annotations

from collections.abc import Sequence

from .dp import Bead
from .features import embed
from .unit_cosines import MOVED_COS, MOVED_GAP, NULL_KINDS

EDGE_SENTENCES = 2
"""Sentences at a paragraph's edge tried as the re-cut part (Thai splitting may cut
one English sentence in two)."""


def rejoin_recut(beads: Sequence[Bead], s_pieces: Sequence[Sequence[str]],
                 t_pieces: Sequence[Sequence[str]]) -> list[Bead]:
    """``beads`` (paragraph beads, local unit indices) with each null paragraph whose
    facing sentence was re-cut into the neighbouring bead joined to that bead;
    ``s_pieces``/``t_pieces``: the sentences of each source and target unit."""
    out = list(beads)
    k = 0
    while k < len(out):
        nb = _recut_neighbour(out, k, s_pieces, t_pieces) \
            if out[k].kind in NULL_KINDS else None
        if nb is None:
            k += 1
            continue
        lo, hi = min(k, nb), max(k, nb)
        src, tgt = out[lo].src_ids + out[hi].src_ids, out[lo].tgt_ids + out[hi].tgt_ids
        out[lo:hi + 1] = [Bead(src, tgt, f"{len(src)}-{len(tgt)}",
                               out[lo].score + out[hi].score)]
        k = lo + 1
    return out


def _recut_neighbour(beads: Sequence[Bead], k: int, s_pieces: Sequence[Sequence[str]],
                     t_pieces: Sequence[Sequence[str]]) -> int | None:
    """The neighbour of the null bead ``beads[k]`` whose facing sentence translates the
    null paragraph's facing sentence, or None (:func:`rejoin_recut`)."""
    null = beads[k]
    side = 0 if null.src_ids else 1  # the null unit is a source (0) or a target unit
    own_pieces, other_pieces = (s_pieces, t_pieces) if side == 0 else (t_pieces, s_pieces)
    own = [x for x in own_pieces[(null.src_ids or null.tgt_ids)[0]] if x.strip()]
    if not own:
        return None
    best: tuple[float, int] | None = None
    for nb in (k - 1, k + 1):
        if not 0 <= nb < len(beads) or beads[nb].kind in NULL_KINDS:
            continue
        b = beads[nb]
        same, other = (b.src_ids, b.tgt_ids) if side == 0 else (b.tgt_ids, b.src_ids)
        facing = [x for u in other for x in other_pieces[u] if x.strip()]
        mine = [x for u in same for x in own_pieces[u] if x.strip()]
        if len(facing) < 2 or not mine:
            continue
        after = nb < k  # the bead stands before the null paragraph
        edges = [" ".join(facing[-n:] if after else facing[:n])
                 for n in range(1, min(EDGE_SENTENCES, len(facing) - 1) + 1)]
        heads = [" ".join(own[:n] if after else own[-n:])
                 for n in range(1, min(EDGE_SENTENCES, len(own)) + 1)]
        if len(own) > EDGE_SENTENCES:
            heads.append(" ".join(own))
        e_emb = embed(edges)
        sims = (e_emb @ embed(heads).T).max(axis=1)
        rivals = (e_emb @ embed(mine).T).max(axis=1)
        for sim, rival in zip(sims, rivals):
            if sim >= max(MOVED_COS, float(rival) + MOVED_GAP) \
                    and (best is None or sim > best[0]):
                best = (float(sim), nb)
    return None if best is None else best[1]
