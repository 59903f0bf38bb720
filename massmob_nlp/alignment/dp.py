"""Banded dynamic programme over bead kinds for :mod:`massmob_nlp.alignment`.

:class:`Aligner` holds the language pair, method, weights and bead kinds;
:class:`Context` the features of one pair of unit lists; :func:`banded_dp` finds the
best-scoring bead sequence inside a band around the diagonal that widens until the
path stays clear of its edges.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from .features import (
    Side,
    band_dot,
    blas_threads,
    block_embeddings_many,
    block_pair_sum,
    block_sims,
    dense_key_sums,
    gc_logprob,
    key_pairs,
    latin_keys,
    neighbour_mean,
    window_sum,
)
from .weights import GC_PRIOR, KINDS, LEN_FLOOR, WEIGHTS

MAX_FULL_CELLS = 250_000
"""Below this many DP cells the whole matrix is searched; above it, a band."""
MAX_DENSE_CELLS = 20_000
"""Up to this many cells, a whole-matrix search takes its cosines and shared-key counts
from whole matrices computed once (one matrix product for every pair of block sizes,
2-D prefix sums of the keys) instead of per bead kind and band chunk."""
BATCH_UNITS = 1024
"""Units of both sides whose block embeddings :meth:`Aligner.run_many` computes at once."""
MAX_PY_WIDTH = 64
"""Dense contexts up to this many columns run the DP in plain Python (numpy's per-call
cost is larger than the work on rows this short)."""
BAND_HALF_WIDTH = 24
_NEG = -1e18


@dataclass(frozen=True)
class Bead:
    """One alignment bead: source unit ids, target unit ids, kind and score.

    ``score`` is on a log-odds scale, higher is better; for ``"1-0"``/``"0-1"`` beads
    it is the constant cost-of-skipping the DP used.

    Examples:
        >>> Bead((0,), (0, 1), "1-2", 0.9)  # English sentence 0 became Thai sentences 0 and 1
        Bead(src_ids=(0,), tgt_ids=(0, 1), kind='1-2', score=0.9)
    """

    src_ids: tuple[int, ...]
    tgt_ids: tuple[int, ...]
    kind: str
    score: float


Bead.__module__ = "massmob_nlp.alignment"  # the public home of the result type


UnitKeys = tuple[Sequence[set[str]], Sequence[set[str]]]
"""Number keys of each source and each target unit."""
UnitPieces = tuple[Sequence[Sequence[str]], Sequence[Sequence[str]]]
"""Sentence texts of each source and each target unit (paragraphs)."""
Task = tuple[Sequence[str], Sequence[str], UnitKeys | None, UnitPieces | None]
"""Source units, target units, their keys and pieces (see :meth:`Aligner.run`)."""

class Aligner:
    """Scores candidate beads and runs the banded DP for one language pair."""

    def __init__(self, src_lang: str, tgt_lang: str, method: str, use_emb: bool,
                 weights: Mapping[str, Any] | None = None,
                 kinds: Sequence[tuple[int, int]] = KINDS) -> None:
        self.langs, self.method, self.use_emb = (src_lang, tgt_lang), method, use_emb
        self.weights = weights or WEIGHTS[use_emb]
        self.kinds = tuple(k for k in kinds if method != "gale_church" or k in GC_PRIOR)
        self.match_kinds = [k for k in self.kinds if k[0] and k[1]]

    def run(self, src: Sequence[str], tgt: Sequence[str],
            keys: UnitKeys | None = None, pieces: UnitPieces | None = None) -> list[Bead]:
        """Beads over local indices ``0..len-1`` of ``src`` and ``tgt``. ``keys``: the
        number keys of each unit of both sides when already known (else scanned);
        ``pieces``: the sentences of each unit of both sides (paragraphs of analyses),
        whose embedding statistics the paragraph's are made of."""
        return self.run_many([(src, tgt, keys, pieces)])[0]

    def run_many(self, tasks: Sequence[Task]) -> list[list[Bead]]:
        """:meth:`run` of each task (the paragraph beads of a sentence pass), their
        embeddings computed together in groups of up to :data:`BATCH_UNITS` units."""
        out: list[list[Bead]] = []
        group: list[Task] = []
        for k, task in enumerate(tasks):
            group.append(task)
            if k + 1 == len(tasks) or sum(len(t[0]) + len(t[1]) for t in group) + len(
                    tasks[k + 1][0]) + len(tasks[k + 1][1]) > BATCH_UNITS:
                out += self._run_group(group)
                group = []
        return out

    def _run_group(self, tasks: Sequence[Task]) -> list[list[Bead]]:
        with blas_threads(self.use_emb):
            full = [t for t in tasks if t[0] and t[1]]
            contexts = iter(self.contexts(full))
            return [banded_dp(next(contexts)) if src and tgt else
                    [Bead((i,), (), "1-0", 0.0) for i in range(len(src))]
                    + [Bead((), (j,), "0-1", 0.0) for j in range(len(tgt))]
                    for src, tgt, _, _ in tasks]

    def context(self, src: Sequence[str], tgt: Sequence[str],
                keys: UnitKeys | None = None, pieces: UnitPieces | None = None) -> Context:
        """Features of ``src`` and ``tgt`` for this aligner's bead kinds."""
        return self.contexts([(src, tgt, keys, pieces)])[0]

    def contexts(self, tasks: Sequence[Task]) -> list[Context]:
        """:meth:`context` of each task, the block embeddings of all in one batch."""
        max_a, max_b = max(a for a, _ in self.kinds), max(b for _, b in self.kinds)
        embs: list[dict[int, np.ndarray] | None] = [None] * (2 * len(tasks))
        if self.use_emb and tasks:
            embs = list(block_embeddings_many(
                [(x, size, p[side] if p is not None else None)
                 for src, tgt, _, p in tasks
                 for side, (x, size) in enumerate(((src, max_a), (tgt, max_b)))]))
        out = []
        for k, (src, tgt, keys, pieces) in enumerate(tasks):
            s_keys, t_keys = keys if keys is not None else (None, None)
            s_pieces, t_pieces = pieces if pieces is not None else (None, None)
            s = Side(src, self.langs[0], self.use_emb, max_a, s_keys, s_pieces, embs[2 * k])
            t = Side(tgt, self.langs[1], self.use_emb, max_b, t_keys, t_pieces, embs[2 * k + 1])
            out.append(Context(self, s, t))
        return out


class Context:
    """Everything the DP needs for one pair of unit lists."""

    def __init__(self, aligner: Aligner, src: Side, tgt: Side) -> None:
        self.al, self.s, self.t = aligner, src, tgt
        self.n, self.m = src.n, tgt.n
        self.pairs: dict[str, tuple[np.ndarray, ...]] = {}
        self.dense = False
        self.dense_keys: dict[str, np.ndarray] = {}
        self.sims: dict[tuple[int, int], np.ndarray] = {}
        self._nn: dict[tuple[int, int], np.ndarray] = {}
        if self.al.method == "gale_church":
            skip_s = math.log(GC_PRIOR[(1, 0)]) + gc_logprob(np.diff(src.cum), 0 * src.cum[1:])
            skip_t = math.log(GC_PRIOR[(0, 1)]) + gc_logprob(0 * tgt.cum[1:], np.diff(tgt.cum))
        else:
            skip_s = np.full(self.n, float(self.al.weights["skip"]))
            skip_t = np.full(self.m, float(self.al.weights["skip"]))
        self.skip_s, self.skip_t = skip_s, skip_t

    def nn_s(self, a: int) -> np.ndarray:
        """Neighbour means of the source blocks of ``a`` units (:func:`neighbour_mean`),
        computed when a bead kind first reads them: a short side cannot hold the
        larger blocks, whose kinds the DP never scores."""
        key = (0, a)
        if key not in self._nn:
            self._nn[key] = neighbour_mean(self.s.emb[a], self.t.emb[1], self.m / self.n)
        return self._nn[key]

    def nn_t(self, b: int) -> np.ndarray:
        """:meth:`nn_s` of the target blocks of ``b`` units."""
        key = (1, b)
        if key not in self._nn:
            self._nn[key] = neighbour_mean(self.t.emb[b], self.s.emb[1], self.n / self.m)
        return self._nn[key]

    def prepare_band(self, lo: np.ndarray, width: int) -> None:
        """Shared-key counts between unit pairs that fall inside the band; for a small
        whole matrix, its cosines and key counts (:data:`MAX_DENSE_CELLS`)."""
        self.pairs = {"num": key_pairs(self.s.num, self.t.num, lo, width)}
        if self.s.lat is not None or self.t.lat is not None:
            s_lat = self.s.lat or [latin_keys(x) for x in self.s.texts]
            t_lat = self.t.lat or [latin_keys(x) for x in self.t.texts]
            self.pairs["lat"] = key_pairs(s_lat, t_lat, lo, width)
        dense = width == self.m + 1 and (self.n + 1) * width <= MAX_DENSE_CELLS
        self.dense = dense and self.al.method != "gale_church"
        self.dense_keys = ({name: dense_key_sums(p, self.n, self.m)
                            for name, p in self.pairs.items()} if self.dense else {})
        self.sims = block_sims(self.s.emb, self.t.emb, self.fitting_kinds()) if (
            dense and self.s.emb) else {}

    def features(self, kind: tuple[int, int], rows: np.ndarray, cols: np.ndarray,
                 lo: np.ndarray, width: int) -> dict[str, np.ndarray]:
        """Feature arrays (rows × width) for beads of ``kind`` ending at (row, col)."""
        a, b = kind
        feats = {"len": gc_logprob(self.s.length(rows[:, None], a), self.t.length(cols, b))}
        if self.al.method == "gale_church":
            return feats
        feats["len"] = np.logaddexp(feats["len"], LEN_FLOOR[self.al.use_emb])
        for name in ("num", "lat"):
            feats.update(self._key_features(name, kind, rows, cols, lo, width))
        if self.s.emb:
            cos = self._dot(a, b, rows, cols)
            norm = (self.nn_s(a)[rows][:, None] + self.nn_t(b)[np.minimum(cols, self.m)]) / 2
            feats["cos"], feats["margin"] = cos, cos - norm
            feats["cos_min"] = self._piece_min(cos, a, b, rows, cols)
        else:
            feats["cos"] = feats["margin"] = feats["cos_min"] = np.zeros(cols.shape)
        return feats

    def _key_features(self, name: str, kind: tuple[int, int], rows: np.ndarray,
                      cols: np.ndarray, lo: np.ndarray, width: int) -> dict[str, np.ndarray]:
        """``<name>_match`` / ``<name>_miss``: keys shared by / missing from one side."""
        if name not in self.pairs:
            zeros = np.zeros(cols.shape)
            return {f"{name}_match": zeros, f"{name}_miss": zeros}
        a, b = kind
        sets = (self.s.num, self.t.num) if name == "num" else (self.s.lat, self.t.lat)
        if name in self.dense_keys:
            match = window_sum(self.dense_keys[name], a, b, rows, cols)
        else:
            match = block_pair_sum(self.pairs[name], a, b, rows, lo, width)
        return key_features(name, match, sets, (rows[:, None], a), (cols, b))

    def _piece_min(self, cos: np.ndarray, a: int, b: int, rows: np.ndarray,
                   cols: np.ndarray, memo: dict[tuple[int, int, int], np.ndarray] | None = None
                   ) -> np.ndarray:
        """Lowest cosine of one merged unit with the whole other side (1-1: cos).
        ``memo``: the pieces' cosines already gathered for these ``rows`` and ``cols``
        (kinds of one size on a side share them; a minimum is exact in any order)."""
        memo = {} if memo is None else memo
        out = cos
        for da in range(a if a > 1 else 0):
            key = (1, b, -da)
            if key not in memo:
                memo[key] = self._dot(1, b, np.maximum(rows - da, 0), cols)
            out = np.minimum(out, memo[key])
        for db in range(b if b > 1 else 0):
            key = (a, 1, db)
            if key not in memo:
                memo[key] = self._dot(a, 1, rows, np.maximum(cols - db, 0))
            out = np.minimum(out, memo[key])
        return out

    def _dot(self, a: int, b: int, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
        """Cosines of source blocks of ``a`` ending at ``rows`` and target blocks of
        ``b`` ending at ``cols`` (rows × width)."""
        sims = self.sims.get((a, b))
        if sims is not None:
            out: np.ndarray = sims[rows[:, None], cols]
            return out
        return band_dot(self.s.emb[a], self.t.emb[b], rows, cols)

    def dense_scores(self, rows: np.ndarray, cols: np.ndarray
                     ) -> dict[tuple[int, int], np.ndarray]:
        """:meth:`scores` of every match kind at once, in a dense context (after
        :meth:`prepare_band` of the whole matrix): the same features and sums, on
        (kinds × rows × width) arrays of the kinds that fit (:meth:`fitting_kinds`)."""
        kinds = self.fitting_kinds()
        a = np.array([k[0] for k in kinds])[:, None, None]
        b = np.array([k[1] for k in kinds])[:, None, None]
        r, c = rows[None, :, None], cols[None]
        ls = self.s.cum[r] - self.s.cum[np.maximum(r - a, 0)]
        lt = self.t.cum[c] - self.t.cum[np.maximum(c - b, 0)]
        feats = {"len": np.logaddexp(gc_logprob(ls, lt), LEN_FLOOR[self.al.use_emb])}
        for name in ("num", "lat"):
            feats.update(self._dense_key_features(name, a, b, r, c))
        if self.s.emb:
            cos = np.stack([self._dot(ka, kb, rows, cols) for ka, kb in kinds])
            norm = np.stack([self.nn_s(ka)[rows][:, None] + self.nn_t(kb)[np.minimum(cols, self.m)]
                             for ka, kb in kinds]) / 2
            feats["cos"], feats["margin"] = cos, cos - norm
            memo: dict[tuple[int, int, int], np.ndarray] = {}
            feats["cos_min"] = np.stack([self._piece_min(cos[q], ka, kb, rows, cols, memo)
                                         for q, (ka, kb) in enumerate(kinds)])
        else:
            feats["cos"] = feats["margin"] = feats["cos_min"] = np.zeros(lt.shape)
        w = self.al.weights
        total = np.broadcast_to(np.array([float(w["bias"][k]) for k in kinds])[:, None, None],
                                lt.shape).copy()
        for name, value in feats.items():
            total += w["w"].get(name, 0.0) * value
        return dict(zip(kinds, total))

    def fitting_kinds(self) -> list[tuple[int, int]]:
        """Match kinds of at most as many units as each side has (the DP skips the
        others, which no path can hold: a 1×1 context scores one kind of eleven)."""
        return [k for k in self.al.match_kinds if k[0] <= self.n and k[1] <= self.m]

    def _dense_key_features(self, name: str, a: np.ndarray, b: np.ndarray, r: np.ndarray,
                            c: np.ndarray) -> dict[str, np.ndarray]:
        """:meth:`_key_features` of every kind (block sizes ``a``, ``b``) at once."""
        if name not in self.dense_keys:
            zeros = np.zeros(np.broadcast_shapes(a.shape, c.shape))
            return {f"{name}_match": zeros, f"{name}_miss": zeros}
        cum = self.dense_keys[name]
        r0, c0 = np.maximum(r - a, 0), np.maximum(c - b, 0)
        match = cum[r, c] - cum[r0, c] - cum[r, c0] + cum[r0, c0]
        sets = (self.s.num, self.t.num) if name == "num" else (self.s.lat, self.t.lat)
        return key_features(name, match, sets, (r, a), (c, b))

    def scores(self, kind: tuple[int, int], rows: np.ndarray, cols: np.ndarray,
               lo: np.ndarray, width: int) -> np.ndarray:
        """Bead scores (rows × width, log-odds, higher is better) for ``kind``."""
        feats = self.features(kind, rows, cols, lo, width)
        if self.al.method == "gale_church":
            return math.log(GC_PRIOR[kind]) + feats["len"]
        w = self.al.weights
        total = np.full(cols.shape, float(w["bias"][kind]))
        for name, value in feats.items():
            total += w["w"].get(name, 0.0) * value
        return total


def key_features(name: str, match: np.ndarray, sets: tuple[Any, Any],
                 *ends: tuple[np.ndarray, Any]) -> dict[str, np.ndarray]:
    """``<name>_match`` (shared keys of the two merged units, ``match``) and
    ``<name>_miss`` (keys of either merged unit left unmatched), both capped at 4. Each
    of ``ends`` is (end index, units merged) of one side, whose key lists are ``sets``."""
    miss = np.zeros(match.shape)
    for side, (end, size) in zip(sets, ends, strict=True):
        if side is None:
            continue
        counts = np.concatenate([[0.0], np.cumsum([len(k) for k in side])])
        total = counts[np.minimum(end, len(side))] - counts[np.maximum(end - size, 0)]
        miss = miss + np.maximum(total - match, 0)
    return {f"{name}_match": np.minimum(match, 4.0), f"{name}_miss": np.minimum(miss, 4.0)}


def banded_dp(ctx: Context) -> list[Bead]:
    """DP inside a band; widen the band until the best path stays clear of its edges."""
    n, m = ctx.n, ctx.m
    if (n + 1) * (m + 1) <= MAX_FULL_CELLS:
        return _dp(ctx, np.zeros(n + 1, int), m + 1)[0]
    centre = np.round(np.arange(n + 1) * m / n).astype(int)
    half = BAND_HALF_WIDTH
    while True:
        width = 2 * half + 1 + math.ceil(m / n)
        if width >= m + 1:
            return _dp(ctx, np.zeros(n + 1, int), m + 1)[0]
        lo = np.maximum.accumulate(np.clip(centre - half, 0, m + 1 - width))
        beads, path = _dp(ctx, lo, width)
        k = path[:, 1] - lo[path[:, 0]]
        at_edge = (((k < 3) & (lo[path[:, 0]] > 0))
                   | ((k > width - 4) & (lo[path[:, 0]] + width <= m)))
        if not at_edge.any():
            return beads
        centre = np.round(np.interp(np.arange(n + 1), path[::-1, 0], path[::-1, 1])).astype(int)
        half *= 2


def _dp(ctx: Context, lo: np.ndarray, width: int) -> tuple[list[Bead], np.ndarray]:
    """Fill the band row by row (``lo[i]`` is row i's first column); backtrace."""
    n, m = ctx.n, ctx.m
    ctx.prepare_band(lo, width)
    dp = np.full((n + 1, width), _NEG)
    bp = np.full((n + 1, width), -1, np.int8)
    if ctx.dense and width <= MAX_PY_WIDTH:
        return _backtrace(*_dense_dp(ctx), lo, ctx.al.kinds, n, m)
    chunk = max(1, 20000 // width)
    for r0 in range(0, n + 1, chunk):
        rows = np.arange(r0, min(r0 + chunk, n + 1))
        cols = lo[rows][:, None] + np.arange(width)
        scores = (ctx.dense_scores(rows, cols) if ctx.dense else
                  {kind: ctx.scores(kind, rows, np.minimum(cols, m), lo, width)
                   for kind in ctx.fitting_kinds()})
        for r, i in enumerate(rows):
            row_scores = {kind: s[r] for kind, s in scores.items()}
            dp[i], bp[i] = _dp_row(ctx, dp, lo, int(i), cols[r], row_scores)
    return _backtrace(dp, bp, lo, ctx.al.kinds, n, m)


def _dp_row(ctx: Context, dp: np.ndarray, lo: np.ndarray, i: int, j: np.ndarray,
            scores: Mapping[tuple[int, int], np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """Best score and back-pointer (kind index) of every cell of row ``i``."""
    kinds, m, width = ctx.al.kinds, ctx.m, len(j)
    valid = j <= m
    cand = np.where((j == 0) & (i == 0), 0.0, _NEG)
    arg = np.full(width, -1, np.int8)
    for kidx, (a, b) in enumerate(kinds):
        if a == 0 or a > i or b > m:
            continue
        pk = j - b - lo[i - a]
        ok = valid & (pk >= 0) & (pk < width)
        prev = np.full(width, _NEG)
        prev[ok] = dp[i - a, pk[ok]]
        val = prev + (ctx.skip_s[i - 1] if b == 0 else scores[(a, b)])
        better = val > cand
        cand[better] = val[better]
        arg[better] = kidx
    # 0-1 beads move along the row: a running maximum over cumulative skip scores
    step = np.zeros(width)
    step[1:] = np.where(valid[1:], ctx.skip_t[np.clip(j[1:] - 1, 0, m - 1)], 0.0)
    cum = np.cumsum(step)
    run = np.maximum.accumulate(cand - cum)
    from_cand = (cand - cum >= run) | (j < 1)
    return np.where(valid, run + cum, _NEG), np.where(from_cand, arg, kinds.index((0, 1)))


def _dense_dp(ctx: Context) -> tuple[np.ndarray, np.ndarray]:
    """:func:`_dp_row` of every row of a small dense context, in plain Python floats
    (the same additions and comparisons in the same order, so the same values)."""
    n, m, kinds = ctx.n, ctx.m, ctx.al.kinds
    rows = np.arange(n + 1)
    scores = {k: v.tolist() for k, v in ctx.dense_scores(rows, np.broadcast_to(
        np.arange(m + 1), (n + 1, m + 1))).items()}
    skip_s = ctx.skip_s.tolist()
    cum = np.cumsum(np.concatenate([[0.0], ctx.skip_t])).tolist()
    zero_one = kinds.index((0, 1))
    dp: list[list[float]] = []
    bp: list[list[int]] = []
    for i in range(n + 1):
        cand = [_NEG] * (m + 1)
        if i == 0:
            cand[0] = 0.0
        arg = [-1] * (m + 1)
        for kidx, (a, b) in enumerate(kinds):
            if a == 0 or a > i or b > m:
                continue
            prev = dp[i - a]
            row = scores[(a, b)][i] if b else None
            for j in range(m + 1):
                val = (prev[j - b] if j >= b else _NEG) + (
                    row[j] if row is not None else skip_s[i - 1])
                if val > cand[j]:
                    cand[j], arg[j] = val, kidx
        out, back, run = [], [], -math.inf
        for j in range(m + 1):  # 0-1 beads: a running maximum over cumulative skips
            here = cand[j] - cum[j]
            run = here if j == 0 else max(run, here)
            out.append(run + cum[j])
            back.append(arg[j] if here >= run or j < 1 else zero_one)
        dp.append(out)
        bp.append(back)
    return np.array(dp), np.array(bp, np.int8)


def _backtrace(dp: np.ndarray, bp: np.ndarray, lo: np.ndarray,
               kinds: Sequence[tuple[int, int]], n: int, m: int
               ) -> tuple[list[Bead], np.ndarray]:
    """Beads of the best path and the path's (i, j) cells, from (n, m) back to (0, 0)."""
    beads, path = [], [(n, m)]
    i, j = n, m
    while i > 0 or j > 0:
        a, b = kinds[bp[i, j - lo[i]]]
        score = float(dp[i, j - lo[i]] - dp[i - a, j - b - lo[i - a]])
        beads.append(Bead(tuple(range(i - a, i)), tuple(range(j - b, j)), f"{a}-{b}", score))
        i, j = i - a, j - b
        path.append((i, j))
    return beads[::-1], np.array(path)
