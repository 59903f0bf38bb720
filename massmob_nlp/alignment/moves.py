"""Paragraph beads a translator's re-cutting leaves as a ``1-0`` and a ``0-1``.

The paragraph DP scores a whole paragraph against a whole paragraph. When the
translator moved a sentence of a paragraph elsewhere (the paragraph is half as long
and lost its numbers) or moved a whole paragraph one place up or down (a quote put
before the figures it comments), the DP prefers skipping both sides. Two rules of
news translation undo that, using the sentence embeddings of the two paragraphs:

* a ``1-0`` next to a ``0-1`` (either order) whose paragraphs hold a sentence pair that
  translates each other becomes one ``1-1`` bead (the paragraph lost or gained a
  sentence; when the two share a number key, neighbours anchored by their own
  translation and the title lines above the lead are no rivals: a lead the translator
  glossed and dated, :func:`_unanchored`);
* a ``1-0`` and a ``0-1`` on both sides of one ``1-1`` bead, whose paragraphs translate
  each other, become one ``2-2`` bead with it (a paragraph moved by one place);
* a ``2-2`` bead (the DP's or the rule above's) of two swapped paragraphs becomes two
  ``1-1`` beads in the source's order, the target's crossed (:func:`~.swaps.uncross`), so the
  comparison reports the move and aligns each paragraph's sentences with their own
  translation;
* a merged bead (``3-1``, ``2-1``...) next to a null bead whose paragraph its edge
  paragraphs translate gives them back (:func:`_split_merged`: a Thai paragraph that
  grew a moved sentence had pulled its neighbours' source paragraphs);
* a ``1-0`` (``0-1``) next to a merged bead (``2-1``, ``3-1``...) with a single target
  (source) paragraph that translates it joins that bead (a Thai paragraph merging four
  bullet points, more than the DP's bead kinds allow);
* a ``1-0`` and a ``0-1`` further apart (a quote paragraph moved from sixth place to
  second) become one ``1-1`` bead, in the source's order, when each paragraph is the
  other's closest in the whole article (:func:`~.far_moves.rejoin_far`): the
  DP's beads are monotone, so a paragraph moved by the translator is otherwise an
  omission plus an addition;
* two ``1-1`` beads that each paired a paragraph with the other's translation (a block
  the translator reversed) exchange their targets (:func:`~.crossings.uncross_far`).

"Translate each other": the best cosine between a sentence (or the whole) of one
paragraph and a sentence (or the whole) of the other is at least :data:`MOVED_COS`,
and beats by :data:`MOVED_GAP` the best cosine of either of these two texts with the
sentences of the neighbouring beads' units (a paragraph on the same topic is close,
but its translation is closer). These need embeddings; without them only a far move
sharing two number keys found nowhere else is rejoined
(:func:`~.far_moves.rejoin_far_by_numbers`),
and :func:`massmob_nlp.compare` rejoins neighbouring skipped paragraphs that share a
number or a name. A far-moved bead keeps the source's order: its target paragraph is
out of the target's order (the report shows the Thai paragraph next to its source).
"""


from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from .crossings import uncross_far
from .dp import Bead
from .far_moves import MAX_FAR_UNITS, rejoin_far
from .features import embed
from .headlines import title_units
from .recut import rejoin_recut
from .shifts import unshift
from .swaps import uncross
from .unit_cosines import MOVED_COS, MOVED_GAP, NULL_KINDS, best_cosine, unit_sims, unit_texts

NEIGHBOUR_BEADS = 2
"""Beads on each side whose units are the competitors of a candidate pair."""
MIN_ABSORBER = 2
"""A null bead only joins a bead the DP already merged (2-1, 3-1...): there the DP ran
out of bead kinds; next to a 1-1 a null bead is a real omission far more often
(``align_eval.py``: joining 1-1 beads too costs 0.002 F1 on damaged PUD documents)."""
MAX_MERGED = 6
"""Most units on the many side of a bead a null bead may join (kinds up to 6-1/1-6)."""


def rejoin_moved(beads: Sequence[Bead], s_pieces: Sequence[Sequence[str]],
                 t_pieces: Sequence[Sequence[str]],
                 keys: tuple[Sequence[set[str]], Sequence[set[str]]] | None = None
                 ) -> list[Bead]:
    """``beads`` (local unit indices) with shortened and moved paragraphs rejoined;
    ``s_pieces``/``t_pieces``: the sentences of each source and target unit;
    ``keys``: the number keys of each unit, when known (a far move sharing a number
    needs only :data:`MOVED_COS`)."""
    out = list(beads)
    k = 0
    while k < len(out):
        merged = _merge_at(out, k, s_pieces, t_pieces, keys)
        if merged is None:
            k += 1
            continue
        bead, width = merged
        out[k:k + width] = [bead]
        k += 1
    out = _pair_null_runs(out, s_pieces, t_pieces)
    out = _absorb_nulls(_split_merged(out, s_pieces, t_pieces), s_pieces, t_pieces)
    out = unshift(out, s_pieces, t_pieces)
    sims = unit_sims(s_pieces, t_pieces) if any(
        len(b.src_ids) == 2 == len(b.tgt_ids) for b in out) else None
    if sims is not None:
        out = uncross(out, sims)
    out = rejoin_recut(out, s_pieces, t_pieces)
    out = rejoin_far(out, s_pieces, t_pieces, keys)
    if sum(b.kind == "1-1" for b in out) >= 2 and max(len(s_pieces), len(t_pieces)) <= \
            MAX_FAR_UNITS:
        sims = unit_sims(s_pieces, t_pieces)
        if sims is not None:
            out = uncross_far(out, sims)
    return out


def _split_merged(beads: list[Bead], s_pieces: Sequence[Sequence[str]],
                  t_pieces: Sequence[Sequence[str]]) -> list[Bead]:
    """``beads`` with each merged bead (``3-1``, ``2-1``, ``1-2``...) that took in the
    paragraphs of a neighbouring null bead's translation split: a ``0-1`` (``1-0``)
    before (after) a bead whose many side is on the other side, when the units of
    that many side next to the null one translate it (the DP merged them with the
    wrong paragraph: a translation that grew a sentence is left as a ``0-1`` and its
    source paragraphs go to the next bead). Split when the joined edge units have at
    least :data:`MOVED_COS` with the null unit, beat their cosine with the bead's single
    unit by :data:`MOVED_GAP`, and the rest of the bead keeps :data:`MOVED_COS` with it."""
    out = list(beads)
    k = 0
    while k < len(out):
        split = _split_at(out, k, s_pieces, t_pieces) if out[k].kind in NULL_KINDS else None
        if split is None:
            k += 1
            continue
        lo, new = split
        out[lo:lo + 2] = new
        k = lo + 2
    return out


def _split_at(beads: list[Bead], k: int, s_pieces: Sequence[Sequence[str]],
              t_pieces: Sequence[Sequence[str]]) -> tuple[int, list[Bead]] | None:
    """(first position, the two beads replacing the null ``beads[k]`` and its merged
    neighbour) or None (:func:`_split_merged`)."""
    null = beads[k]
    side = 0 if null.src_ids else 1  # the null unit is a source (0) or a target unit
    unit = (null.src_ids or null.tgt_ids)[0]
    own, other = (s_pieces, t_pieces) if side == 0 else (t_pieces, s_pieces)
    best: tuple[float, int, list[Bead]] | None = None
    for nb in (k - 1, k + 1):
        if not 0 <= nb < len(beads):
            continue
        b = beads[nb]
        single, many = (b.src_ids, b.tgt_ids) if side == 0 else (b.tgt_ids, b.src_ids)
        if len(single) != 1 or len(many) < 2:
            continue
        for p in range(1, len(many)):
            edge, rest = (many[-p:], many[:-p]) if nb < k else (many[:p], many[p:])
            texts = [" ".join(" ".join(other[x]) for x in edge),
                     " ".join(" ".join(other[x]) for x in rest)]
            heads = [" ".join(own[unit]), " ".join(own[single[0]])]
            if not all(texts) or not all(heads):
                continue
            sims = embed(texts) @ embed(heads).T
            if sims[0, 0] < max(MOVED_COS, sims[0, 1] + MOVED_GAP):
                continue
            if sims[1, 1] < MOVED_COS and not _keeps_a_sentence(texts[1], own[single[0]]):
                continue
            pair = Bead((unit,), tuple(edge), "", null.score) if side == 0 else \
                Bead(tuple(edge), (unit,), "", null.score)
            kept = Bead(tuple(rest), single, "", b.score) if side == 1 else \
                Bead(single, tuple(rest), "", b.score)
            new = [pair, kept] if nb > k else [kept, pair]
            new = [Bead(x.src_ids, x.tgt_ids, f"{len(x.src_ids)}-{len(x.tgt_ids)}", x.score)
                   for x in new]
            score = float(sims[0, 0] + sims[1, 1])
            if best is None or score > best[0]:
                best = (score, min(k, nb), new)
    return None if best is None else (best[1], best[2])


def _keeps_a_sentence(text: str, pieces: Sequence[str]) -> bool:
    """True when ``text`` translates one of the sentences ``pieces`` of a paragraph of
    two or more (cosine :data:`MOVED_COS`): a paragraph whose translation lost a
    sentence still keeps its other ones (a47: one of two English sentences left, the
    whole-paragraph cosine falls under :data:`MOVED_COS`)."""
    sentences = [x for x in pieces if x.strip()]
    if len(sentences) < 2 or not text.strip():
        return False
    return bool((embed([text]) @ embed(sentences).T).max() >= MOVED_COS)


def _absorb_nulls(beads: list[Bead], s_pieces: Sequence[Sequence[str]],
                  t_pieces: Sequence[Sequence[str]]) -> list[Bead]:
    """A ``1-0`` (``0-1``) next to a bead with one target (source) unit that translates
    it joins that bead: a Thai paragraph that merged more English paragraphs (bullet
    points, short paragraphs) than the DP's bead kinds allow. The null unit goes to the
    neighbour it is closer to, by :data:`MOVED_GAP` (a neighbour whose own units are closer
    still to each other is no rival: :func:`_own_cosine`), with at least :data:`MOVED_COS`."""
    out = list(beads)
    k = 0
    while k < len(out):
        nb = _absorber(out, k, s_pieces, t_pieces) if out[k].kind in NULL_KINDS else None
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
        if not 0 <= nb < len(beads) or beads[nb].kind in NULL_KINDS:
            continue
        others = beads[nb].tgt_ids if side == 0 else beads[nb].src_ids
        pieces = (t_pieces, s_pieces)[side]
        sims[nb] = best_cosine(embed(unit_texts(own)) if own else np.zeros((0, 1)),
                               [x for o in others for x in unit_texts(pieces[o])])
    if not sims:
        return None
    nb = max(sims, key=sims.__getitem__)
    other = beads[nb]
    many = len(other.src_ids if side == 0 else other.tgt_ids)
    single = len(other.tgt_ids if side == 0 else other.src_ids) == 1
    rival = max([v for n, v in sims.items() if n != nb
                 and _own_cosine(beads[n], s_pieces, t_pieces) < v + MOVED_GAP], default=-1.0)
    ok = (single and MIN_ABSORBER <= many < MAX_MERGED
          and sims[nb] >= max(MOVED_COS, rival + MOVED_GAP))
    return nb if ok else None


def _own_cosine(bead: Bead, s_pieces: Sequence[Sequence[str]],
                t_pieces: Sequence[Sequence[str]]) -> float:
    """Best cosine between the texts of a bead's source and target units: a neighbour
    whose units are far closer to each other than to a null unit is no rival for it (a
    standfirst reads close to the headline, whose translation is closer still)."""
    s_texts = [x for i in bead.src_ids for x in unit_texts(s_pieces[i])]
    t_texts = [x for j in bead.tgt_ids for x in unit_texts(t_pieces[j])]
    return best_cosine(embed(s_texts), t_texts) if s_texts and t_texts else -1.0


def _merge_at(beads: list[Bead], k: int, s_pieces: Sequence[Sequence[str]],
              t_pieces: Sequence[Sequence[str]],
              keys: tuple[Sequence[set[str]], Sequence[set[str]]] | None = None
              ) -> tuple[Bead, int] | None:
    """The bead that replaces ``beads[k:k + width]``, or None. Side by side (width 2),
    a pair sharing a number key is also tried against the neighbours that are not
    anchored (:func:`_unanchored`)."""
    for width in (2, 3):
        if k + width > len(beads):
            return None
        first, last = beads[k], beads[k + width - 1]
        if {first.kind, last.kind} != set(NULL_KINDS):
            continue
        if width == 3 and beads[k + 1].kind != "1-1":
            continue
        i = (first.src_ids or last.src_ids)[0]
        j = (first.tgt_ids or last.tgt_ids)[0]
        near = _neighbours(beads, k, width)
        if not _translates(i, j, near, s_pieces, t_pieces) and not (
                width == 2 and keys is not None and keys[0][i] & keys[1][j]
                and _translates(i, j, _unanchored(beads, k, i, j, s_pieces, t_pieces),
                                s_pieces, t_pieces)):
            continue
        src = tuple(sorted(x for b in beads[k:k + width] for x in b.src_ids))
        tgt = tuple(sorted(x for b in beads[k:k + width] for x in b.tgt_ids))
        score = float(sum(b.score for b in beads[k:k + width]))
        return Bead(src, tgt, f"{len(src)}-{len(tgt)}", score), width
    return None


def _pair_null_runs(beads: list[Bead], s_pieces: Sequence[Sequence[str]],
                    t_pieces: Sequence[Sequence[str]]) -> list[Bead]:
    """``beads`` with a source and a target unit of one run of three or more null beads
    that translate each other (:func:`_translates`) made one ``1-1`` bead: a Thai
    paragraph that grew a sentence moved from far away is left ``0-1`` next to the
    ``1-0`` of a paragraph the translator dropped and the ``1-0`` of its own source
    paragraph, and neither the pair's neighbours nor a number shared by chance with the
    dropped paragraph should decide it. The other null beads of the run keep their
    order around the new bead. Pairs are tried best cosine first."""
    out = list(beads)
    k = 0
    while k < len(out):
        if out[k].kind not in NULL_KINDS:
            k += 1
            continue
        end = k
        while end + 1 < len(out) and out[end + 1].kind in NULL_KINDS:
            end += 1
        run = out[k:end + 1]
        pair = _run_pair(out, k, end, s_pieces, t_pieces) if len(run) >= 3 else None
        if pair is None:
            k = end + 1
            continue
        i, j = pair
        before = [b for b in run if (b.src_ids and b.src_ids[0] < i)
                  or (b.tgt_ids and b.tgt_ids[0] < j)]
        after = [b for b in run if b not in before and b.src_ids != (i,)
                 and b.tgt_ids != (j,)]
        score = float(sum(b.score for b in run if b.src_ids == (i,) or b.tgt_ids == (j,)))
        out[k:end + 1] = before + [Bead((i,), (j,), "1-1", score)] + after
        k += len(before) + 1
    return out


def _run_pair(beads: list[Bead], k: int, end: int, s_pieces: Sequence[Sequence[str]],
              t_pieces: Sequence[Sequence[str]]) -> tuple[int, int] | None:
    """(source unit, target unit) of the null run ``beads[k:end + 1]`` that translate
    each other, against the run's other units and :data:`NEIGHBOUR_BEADS` beads on
    each side, or None."""
    run = beads[k:end + 1]
    srcs = [b.src_ids[0] for b in run if b.src_ids]
    tgts = [b.tgt_ids[0] for b in run if b.tgt_ids]
    if not srcs or not tgts:
        return None
    lo, hi = max(0, k - NEIGHBOUR_BEADS), min(len(beads), end + 1 + NEIGHBOUR_BEADS)
    around = beads[lo:hi]
    cands = []
    for i in srcs:
        for j in tgts:
            s_texts, t_texts = unit_texts(s_pieces[i]), unit_texts(t_pieces[j])
            if s_texts and t_texts:
                cands.append((float((embed(s_texts) @ embed(t_texts).T).max()), i, j))
    for best, i, j in sorted(cands, reverse=True):
        if best < MOVED_COS:
            break
        near = ([x for b in around for x in b.src_ids if x != i],
                [x for b in around for x in b.tgt_ids if x != j])
        if _translates(i, j, near, s_pieces, t_pieces):
            return i, j
    return None


def _unanchored(beads: list[Bead], k: int, i: int, j: int,
                s_pieces: Sequence[Sequence[str]], t_pieces: Sequence[Sequence[str]]
                ) -> tuple[list[int], list[int]]:
    """The units of the :data:`NEIGHBOUR_BEADS` beads on each side of the side-by-side
    null beads ``beads[k:k + 2]`` (source unit ``i``, target unit ``j``) that are not
    anchored: a bead whose own units are closer to each other by :data:`MOVED_GAP` than
    either is to ``i`` or ``j`` is no rival (a headline that repeats the lead, the next
    paragraph that shares its topic: their own translations are closer still), nor is
    a bead of title lines above the lead (:func:`~.headlines.title_units`: a headline
    repeats the lead by design, and a rewritten one reads far from its own). The lead a
    translator glossed and dated reads far from the English one (0.58) but still beats
    its unanchored neighbours."""
    lo, hi = max(0, k - NEIGHBOUR_BEADS), min(len(beads), k + 2 + NEIGHBOUR_BEADS)
    s_emb, t_emb = embed(unit_texts(s_pieces[i])), embed(unit_texts(t_pieces[j]))
    titles = (set(title_units([" ".join(p) for p in s_pieces])),
              set(title_units([" ".join(p) for p in t_pieces])))
    near: tuple[list[int], list[int]] = ([], [])
    for n in range(lo, hi):
        b = beads[n]
        if n in (k, k + 1) or (b.kind not in NULL_KINDS and set(b.src_ids) <= titles[0]
                               and set(b.tgt_ids) <= titles[1]):
            continue
        s_texts = [x for u in b.src_ids for x in unit_texts(s_pieces[u])]
        t_texts = [x for u in b.tgt_ids for x in unit_texts(t_pieces[u])]
        vs = max(best_cosine(t_emb, s_texts), best_cosine(s_emb, t_texts))
        if b.kind in NULL_KINDS or _own_cosine(b, s_pieces, t_pieces) < vs + MOVED_GAP:
            near[0].extend(b.src_ids)
            near[1].extend(b.tgt_ids)
    return near


def _neighbours(beads: list[Bead], k: int, width: int) -> tuple[list[int], list[int]]:
    """Source and target units of the beads around (and inside) ``beads[k:k+width]``
    other than the candidate pair itself."""
    lo, hi = max(0, k - NEIGHBOUR_BEADS), min(len(beads), k + width + NEIGHBOUR_BEADS)
    around = [b for n, b in enumerate(beads[lo:hi], lo) if n not in (k, k + width - 1)]
    return ([i for b in around for i in b.src_ids], [j for b in around for j in b.tgt_ids])


def _translates(i: int, j: int, near: tuple[list[int], list[int]],
                s_pieces: Sequence[Sequence[str]], t_pieces: Sequence[Sequence[str]]) -> bool:
    s_texts, t_texts = unit_texts(s_pieces[i]), unit_texts(t_pieces[j])
    if not s_texts or not t_texts:
        return False
    s_emb, t_emb = embed(s_texts), embed(t_texts)
    sims = s_emb @ t_emb.T
    a, b = np.unravel_index(int(sims.argmax()), sims.shape)
    best = float(sims[a, b])
    if best < MOVED_COS:
        return False
    other_s = [s for x in near[0] for s in unit_texts(s_pieces[x])]
    other_t = [t for x in near[1] for t in unit_texts(t_pieces[x])]
    rival = max(best_cosine(t_emb[b:b + 1], other_s), best_cosine(s_emb[a:a + 1], other_t))
    return best >= rival + MOVED_GAP
