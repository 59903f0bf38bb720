"""Paragraphs the translator moved two or more places: a ``1-0`` and a ``0-1`` further
apart (a quote paragraph moved from sixth place to second) become one bead, in the
source's order, when each paragraph is the other's closest in the whole article
(:func:`rejoin_far`), or, without embeddings, when they share number keys found
nowhere else (:func:`rejoin_far_by_numbers`). The DP's beads are monotone, so a
paragraph moved by the translator is otherwise an omission plus an addition. A
far-moved bead keeps the source's order: its target paragraph is out of the target's
order (the report shows the Thai paragraph next to its source)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import numpy as np

from .dp import Bead
from .unit_cosines import MOVED_COS, NULL_KINDS, unit_sims

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
    pair's by :data:`FAR_GAP`: it leaves that bead. Several target paragraphs may leave
    one merged bead, from its middle too with at least :data:`FAR_COS` (a live blog
    whose Thai tells the entries oldest-first: the DP merges the reversed block)."""
    out = list(beads)
    nulls = [k for k, b in enumerate(out) if b.kind in NULL_KINDS]
    if not nulls or max(len(s_pieces), len(t_pieces)) > MAX_FAR_UNITS:
        return out
    sims = unit_sims(s_pieces, t_pieces)
    if sims is None:
        return out
    own_s, own_t = _own_cosines(out, sims)
    s_bead = {b.src_ids[0]: k for k, b in enumerate(out) if b.kind == "1-0"}
    t_bead = {b.tgt_ids[0]: k for k, b in enumerate(out) if b.kind == "0-1"}
    s_edge, t_edge, t_ends = _edges(out, 0), _edges(out, 1, every=True), _edges(out, 1)
    s_keys, t_keys = keys if keys is not None else ([], [])
    taken: set[int] = set()
    cut: dict[int, tuple[int, set[int]]] = {}  # merged bead → (side, units cut from it)
    groups: list[tuple[list[int], list[int], int | None, int | None]] = []
    cands = [(i, j) for i in s_bead for j in t_bead] + \
        [(i, j) for i in s_bead for j in t_edge] + [(i, j) for i in s_edge for j in t_bead]
    for i, j in sorted(cands, key=lambda ij: -sims[ij]):
        ks, kt = s_bead.get(i, s_edge.get(i, -9)), t_bead.get(j, t_edge.get(j, -9))
        sure = _share(s_keys, t_keys, i, j) or sims[i, j] >= FAR_COS
        if ks in taken or kt in taken or abs(ks - kt) < 2 or sims[i, j] < MOVED_COS:
            continue
        if not _cuttable(cut, out, ks, 0, i) or not _cuttable(cut, out, kt, 1, j):
            continue
        if j in t_edge and j not in t_ends and sims[i, j] < FAR_COS:
            continue  # the middle of a merged bead: a shared number (a name's) is no proof
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
        taken.update(k for k in g_s + g_t if out[k].kind in NULL_KINDS)
        for k, side, unit in ((g_s[0], 0, i), (g_t[0], 1, j)):
            if out[k].kind not in NULL_KINDS:
                cut.setdefault(k, (side, set()))[1].add(unit)
        groups.append((g_s, g_t, i if i in s_edge else None, j if j in t_edge else None))
    return _rebuild(out, groups) if groups else out


def _edges(beads: list[Bead], side: int, every: bool = False) -> dict[int, int]:
    """Units (source: ``side`` 0, target: 1) at either end of the many side of a merged
    bead (2-1, 1-3...) → the bead's position: a moved paragraph the DP put with a
    neighbour. ``every``: each unit of the many side (target paragraphs in reversed
    order, a live blog's entries told oldest-first, make the DP merge several moved
    paragraphs into one bead; a far-moved bead's target is out of order anyway)."""
    out: dict[int, int] = {}
    for k, b in enumerate(beads):
        ids, other = (b.src_ids, b.tgt_ids) if side == 0 else (b.tgt_ids, b.src_ids)
        if len(ids) >= 2 and other:
            out.update({x: k for x in (ids if every else (ids[0], ids[-1]))})
    return out


def _cuttable(cut: dict[int, tuple[int, set[int]]], beads: list[Bead], k: int, side: int,
              unit: int) -> bool:
    """Whether ``unit`` may leave bead ``k``: a null bead not taken yet, or a merged
    bead that gave no unit of its other side and not this one (several units may leave
    one merged bead: each is far closer to its own partner than to the bead)."""
    if beads[k].kind in NULL_KINDS or k not in cut:
        return True
    done_side, units = cut[k]
    return done_side == side and unit not in units


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
        score = float(sum(out[k].score for k in g_s + g_t if out[k].kind in NULL_KINDS))
        bead = Bead(src, tgt, f"{len(src)}-{len(tgt)}", score)
        if s_cut is not None:  # before or after the merged bead it leaves
            k = g_s[0]
            placed.append((k, 0 if s_cut == out[k].src_ids[0] else 2, bead))
        else:
            placed.append((min(g_s), 1, bead))
        for k in g_s + g_t:
            if out[k].kind in NULL_KINDS:
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

