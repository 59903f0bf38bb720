"""Scores for :func:`massmob_nlp.align.pair_documents`: which document translates which.

Every source × target pair gets a score in 0..1 (higher is better) from shared number
keys and Latin tokens, the length ratio and, with embeddings, the margin of the
mean-pooled line embeddings; pairs are then taken best-first, one-to-one.
"""

from __future__ import annotations

from typing import Mapping, Sequence

import numpy as np

from .features import EMBED_DIM, embed, latin_keys, number_keys_fn
from .weights import LEN_RATIO
from ..types import Document

PAIR_THRESHOLD = 0.5
"""Minimum :func:`pair_documents` score (0..1) for two documents to be paired."""
PAIR_MARGIN = 0.08
"""Embedding margin (cosine minus neighbours' mean) at which the pair score is 0.5."""


def pair_scores(src: Sequence[Document], tgt: Sequence[Document], src_lang: str,
                tgt_lang: str, use_emb: bool) -> tuple[np.ndarray, dict[str, np.ndarray]]:
    """Score matrix (0..1) and its named parts for every source × target document."""
    parts = {"keys": _key_overlap(src, tgt, src_lang, tgt_lang)}
    ls = np.array([len(d.text.replace(" ", "")) for d in src], float)
    lt = np.array([len(d.text.replace(" ", "")) for d in tgt], float)
    parts["length"] = np.exp(-3 * np.abs(np.log((lt[None, :] + 1) / (LEN_RATIO * ls[:, None] + 1))))
    keys = np.where(np.isnan(parts["keys"]), 0.0, parts["keys"] - 0.3)
    if use_emb:
        cos = _doc_embeddings(src) @ _doc_embeddings(tgt).T
        parts["embedding"], parts["margin"] = cos, cos - _neighbour_level(cos)
        z = 30 * (parts["margin"] - PAIR_MARGIN) + 2 * keys
    else:
        z = 6 * keys + 4 * (parts["length"] - 0.8)
    s_url = [d.meta.get("source_url") for d in src]
    t_url = [d.meta.get("source_url") for d in tgt]
    parts["same_url"] = np.array([[float(u is not None and u == v) for v in t_url] for u in s_url])
    score = 1 / (1 + np.exp(-np.clip(z, -30, 30)))
    return np.maximum(score, parts["same_url"]), parts


def evidence(parts: Mapping[str, np.ndarray], i: int, j: int) -> str:
    """``"keys 0.97; length 0.73; ..."``: the defined parts of one pair's score."""
    return "; ".join(f"{name} {part[i, j]:.2f}" for name, part in parts.items()
                     if not np.isnan(part[i, j]) and (name != "same_url" or part[i, j]))


def greedy_one_to_one(score: np.ndarray, threshold: float) -> list[tuple[int, int]]:
    """Pairs taken best-first, each document at most once, scores ≥ threshold."""
    order = np.argsort(-score, axis=None)
    used_s, used_t, out = set(), set(), []
    for flat in order:
        i, j = divmod(int(flat), score.shape[1])
        if score[i, j] < threshold:
            break
        if i not in used_s and j not in used_t:
            used_s.add(i)
            used_t.add(j)
            out.append((i, j))
    return sorted(out)


def _key_overlap(src: Sequence[Document], tgt: Sequence[Document], src_lang: str,
                 tgt_lang: str) -> np.ndarray:
    """Jaccard overlap of number keys and Latin tokens; NaN where a side has none."""
    keys_fn = number_keys_fn()
    t_latin = set().union(*(latin_keys(d.text) for d in tgt)) if tgt else set()
    s_keys = [set(keys_fn(d.text, src_lang)) | (latin_keys(d.text) & t_latin) for d in src]
    t_keys = [set(keys_fn(d.text, tgt_lang)) | latin_keys(d.text) for d in tgt]
    vocab = {k: n for n, k in enumerate(sorted(set().union(*s_keys, *t_keys)))}
    s_mat, t_mat = _multi_hot(s_keys, vocab), _multi_hot(t_keys, vocab)
    inter = s_mat @ t_mat.T
    union = s_mat.sum(1)[:, None] + t_mat.sum(1)[None, :] - inter
    both = (s_mat.sum(1)[:, None] > 0) & (t_mat.sum(1)[None, :] > 0)
    return np.where(both, inter / np.maximum(union, 1), np.nan)


def _neighbour_level(cos: np.ndarray, k: int = 4) -> np.ndarray:
    """Margin baseline: mean of the k best cosines of the row and of the column."""
    row = np.sort(cos, axis=1)[:, -k:].mean(1)
    col = np.sort(cos, axis=0)[-k:, :].mean(0)
    return (row[:, None] + col[None, :]) / 2


def _multi_hot(key_sets: Sequence[set[str]], vocab: Mapping[str, int]) -> np.ndarray:
    out = np.zeros((len(key_sets), max(len(vocab), 1)))
    for r, keys in enumerate(key_sets):
        out[r, [vocab[k] for k in keys]] = 1.0
    return out


def _doc_embeddings(docs: Sequence[Document]) -> np.ndarray:
    """Mean-pooled embeddings of each document's lines (its paragraphs)."""
    lines, owner = [], []
    for k, d in enumerate(docs):
        for line in (x.strip() for x in d.text.splitlines()):
            if line:
                lines.append(line)
                owner.append(k)
    emb = embed(lines)
    out = np.zeros((len(docs), emb.shape[1] if len(emb) else EMBED_DIM))
    np.add.at(out, np.array(owner, int), emb)
    return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-9)
