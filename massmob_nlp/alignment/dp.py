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
    block_pair_sum,
    gc_logprob,
    key_pairs,
    latin_keys,
    neighbour_mean,
)
from .weights import GC_PRIOR, KINDS, LEN_FLOOR, WEIGHTS

MAX_FULL_CELLS = 250_000
"""Below this many DP cells the whole matrix is searched; above it, a band."""
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
        if not src or not tgt:
            return ([Bead((i,), (), "1-0", 0.0) for i in range(len(src))]
                    + [Bead((), (j,), "0-1", 0.0) for j in range(len(tgt))])
        return banded_dp(self.context(src, tgt, keys, pieces))

    def context(self, src: Sequence[str], tgt: Sequence[str],
                keys: UnitKeys | None = None, pieces: UnitPieces | None = None) -> Context:
        """Features of ``src`` and ``tgt`` for this aligner's bead kinds."""
        s_keys, t_keys = keys if keys is not None else (None, None)
        s_pieces, t_pieces = pieces if pieces is not None else (None, None)
        s = Side(src, self.langs[0], self.use_emb, max(a for a, _ in self.kinds), s_keys,
                 s_pieces)
        t = Side(tgt, self.langs[1], self.use_emb, max(b for _, b in self.kinds), t_keys,
                 t_pieces)
        return Context(self, s, t)


class Context:
    """Everything the DP needs for one pair of unit lists."""

    def __init__(self, aligner: Aligner, src: Side, tgt: Side) -> None:
        self.al, self.s, self.t = aligner, src, tgt
        self.n, self.m = src.n, tgt.n
        self.pairs: dict[str, tuple[np.ndarray, ...]] = {}
        self.nn_s: dict[int, np.ndarray] = {}
        self.nn_t: dict[int, np.ndarray] = {}
        if src.emb:
            for a in src.emb:
                self.nn_s[a] = neighbour_mean(src.emb[a], tgt.emb[1], self.m / self.n)
            for b in tgt.emb:
                self.nn_t[b] = neighbour_mean(tgt.emb[b], src.emb[1], self.n / self.m)
        if self.al.method == "gale_church":
            skip_s = math.log(GC_PRIOR[(1, 0)]) + gc_logprob(np.diff(src.cum), 0 * src.cum[1:])
            skip_t = math.log(GC_PRIOR[(0, 1)]) + gc_logprob(0 * tgt.cum[1:], np.diff(tgt.cum))
        else:
            skip_s = np.full(self.n, float(self.al.weights["skip"]))
            skip_t = np.full(self.m, float(self.al.weights["skip"]))
        self.skip_s, self.skip_t = skip_s, skip_t

    def prepare_band(self, lo: np.ndarray, width: int) -> None:
        """Shared-key counts between unit pairs that fall inside the band."""
        self.pairs = {"num": key_pairs(self.s.num, self.t.num, lo, width)}
        if self.s.lat is not None or self.t.lat is not None:
            s_lat = self.s.lat or [latin_keys(x) for x in self.s.texts]
            t_lat = self.t.lat or [latin_keys(x) for x in self.t.texts]
            self.pairs["lat"] = key_pairs(s_lat, t_lat, lo, width)

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
            cos = band_dot(self.s.emb[a], self.t.emb[b], rows, cols)
            norm = (self.nn_s[a][rows][:, None] + self.nn_t[b][np.minimum(cols, self.m)]) / 2
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
        match = block_pair_sum(self.pairs[name], a, b, rows, lo, width)
        miss = np.zeros(cols.shape)
        for side, end, size in ((sets[0], rows[:, None], a), (sets[1], cols, b)):
            if side is None:
                continue
            counts = np.concatenate([[0.0], np.cumsum([len(k) for k in side])])
            total = counts[np.minimum(end, len(side))] - counts[np.maximum(end - size, 0)]
            miss = miss + np.maximum(total - match, 0)
        return {f"{name}_match": np.minimum(match, 4.0), f"{name}_miss": np.minimum(miss, 4.0)}

    def _piece_min(self, cos: np.ndarray, a: int, b: int, rows: np.ndarray,
                   cols: np.ndarray) -> np.ndarray:
        """Lowest cosine of one merged unit with the whole other side (1-1: cos)."""
        out = cos
        for da in range(a if a > 1 else 0):
            piece = band_dot(self.s.emb[1], self.t.emb[b], np.maximum(rows - da, 0), cols)
            out = np.minimum(out, piece)
        for db in range(b if b > 1 else 0):
            piece = band_dot(self.s.emb[a], self.t.emb[1], rows, np.maximum(cols - db, 0))
            out = np.minimum(out, piece)
        return out

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
    chunk = max(1, 20000 // width)
    for r0 in range(0, n + 1, chunk):
        rows = np.arange(r0, min(r0 + chunk, n + 1))
        cols = lo[rows][:, None] + np.arange(width)
        scores = {kind: ctx.scores(kind, rows, np.minimum(cols, m), lo, width)
                  for kind in ctx.al.match_kinds}
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
        if a == 0 or a > i:
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
