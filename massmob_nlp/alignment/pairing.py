"""Scores for :func:`massmob_nlp.pair_documents`: which document translates which.

Each source × target pair is scored on its own text only, never against the other
documents of the folder, so a pair scores the same in a folder of two documents and in
a corpus of thousands. The score is a probability: a logistic model of the pair's
features (:data:`PAIR_FEATURES`) fitted with as many non-pairs as pairs
(``python benchmarks/pairing_eval.py --fit``), i.e. the probability that the two
documents translate each other for a pair that, before reading, was as likely to be a
translation as not. The features:

* ``match`` (embeddings): how well each line (paragraph) of one document finds a
  translation in the other: the mean, over the lines of both, of the best cosine with
  the other document's lines;
* ``aligned`` (embeddings): the same, counting only lines that are mutual best
  matches in the same order on both sides (the longest such run), so two articles on
  one topic, whose paragraphs resemble each other loosely and in any order, score
  low;
* ``num_shared`` / ``num_unshared`` / ``num_jaccard``: number keys (``year:2024`` for
  2024 and 2567) in both documents, in only one of them (log counts), and their Jaccard
  overlap;
* ``lat_shared``: Latin-script tokens of the target (names, codes) found in the source;
* ``length``: ``|log|`` of the length ratio against :data:`LEN_RATIO`.

Pairs are then taken best-first, one-to-one; only that step sees the whole folder.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from ..types import Document
from .features import embed, latin_keys, number_keys_fn
from .weights import LEN_RATIO

PAIR_THRESHOLD = 0.5
"""Minimum :func:`pair_documents` probability for two documents to be paired."""
MAX_LINES = 300
"""Lines (paragraphs) of a document used for the embedding features."""
PAIR_FEATURES = ("match", "aligned", "num_shared", "num_jaccard", "num_unshared", "lat_shared",
                 "length")
# Fitted by `python benchmarks/pairing_eval.py --fit` on PUD development documents and
# longer documents made of several of them (see there); keyed by "embeddings used".
PAIR_WEIGHTS: dict[bool, dict[str, Any]] = {
    True: {"bias": -9.571, "w": {"match": 10.383, "aligned": 13.206, "num_shared": 1.104,
                                 "num_jaccard": 1.839, "num_unshared": -0.162,
                                 "lat_shared": 0.613, "length": -0.325}},
    False: {"bias": 1.58, "w": {"num_shared": 3.414, "num_jaccard": 0.303,
                                "num_unshared": -2.864, "lat_shared": 2.943, "length": -4.302}},
}


def pair_features(src: Sequence[Document], tgt: Sequence[Document], src_lang: str,
                  tgt_lang: str, use_emb: bool) -> dict[str, np.ndarray]:
    """Every feature (and count shown in ``evidence``) as a source × target matrix."""
    keys_fn = number_keys_fn()
    s_num = [set(keys_fn(d.text, src_lang)) for d in src]
    t_num = [set(keys_fn(d.text, tgt_lang)) for d in tgt]
    shared = np.array([[len(a & b) for b in t_num] for a in s_num], float)
    union = np.array([[len(a | b) for b in t_num] for a in s_num], float)
    s_lat = [latin_keys(d.text) for d in src]
    t_lat = [latin_keys(d.text) for d in tgt]
    lat = np.array([[len(a & b) for b in t_lat] for a in s_lat], float)
    ls = np.array([len(d.text) - d.text.count(" ") for d in src], float)
    lt = np.array([len(d.text) - d.text.count(" ") for d in tgt], float)
    parts = {"num_shared": np.log1p(shared), "num_unshared": np.log1p(union - shared),
             "num_jaccard": shared / np.maximum(union, 1),
             "lat_shared": np.log1p(lat),
             "length": np.abs(np.log((lt[None, :] + 1) / (LEN_RATIO * ls[:, None] + 1))),
             "numbers": shared, "latin": lat}
    if use_emb:
        parts["match"], parts["aligned"] = _line_matches(src, tgt)
    return parts


def pair_scores(src: Sequence[Document], tgt: Sequence[Document], src_lang: str,
                tgt_lang: str, use_emb: bool) -> tuple[np.ndarray, dict[str, np.ndarray]]:
    """Probability (0..1) that each source document is translated by each target, and
    the parts it was computed from; the same ``source_url`` on both sides scores 1."""
    parts = pair_features(src, tgt, src_lang, tgt_lang, use_emb)
    weights = PAIR_WEIGHTS[use_emb]
    z = np.full((len(src), len(tgt)), float(weights["bias"]))
    for name, w in weights["w"].items():
        z += w * parts[name]
    s_url = [d.meta.get("source_url") for d in src]
    t_url = [d.meta.get("source_url") for d in tgt]
    parts["same_url"] = np.array([[float(u is not None and u == v) for v in t_url]
                                  for u in s_url]).reshape(len(src), len(tgt))
    score = 1 / (1 + np.exp(-np.clip(z, -30, 30)))
    return np.maximum(score, parts["same_url"]), parts


def evidence(parts: Mapping[str, np.ndarray], i: int, j: int) -> str:
    """Why a pair scored as it did, e.g. ``"lines match 0.81 (0.74 in order); 12 numbers
    shared (jaccard 0.80); 2 Latin tokens shared; length ratio 1.08"``."""
    out = []
    if parts["same_url"][i, j]:
        out.append("same source_url")
    if "match" in parts:
        out.append(f"lines match {parts['match'][i, j]:.2f} "
                   f"({parts['aligned'][i, j]:.2f} in order)")
    out.append(f"{parts['numbers'][i, j]:.0f} numbers shared "
               f"(jaccard {parts['num_jaccard'][i, j]:.2f})")
    out.append(f"{parts['latin'][i, j]:.0f} Latin tokens shared")
    out.append(f"length ratio {np.exp(parts['length'][i, j]):.2f}")
    return "; ".join(out)


def greedy_one_to_one(score: np.ndarray, threshold: float) -> list[tuple[int, int]]:
    """Pairs taken best-first, each document at most once, scores ≥ threshold."""
    order = np.argsort(-score, axis=None, kind="stable")
    used_s: set[int] = set()
    used_t: set[int] = set()
    out = []
    for flat in order:
        i, j = divmod(int(flat), score.shape[1])
        if score[i, j] < threshold:
            break
        if i not in used_s and j not in used_t:
            used_s.add(i)
            used_t.add(j)
            out.append((i, j))
    return sorted(out)


# ------------------------------------------------------------------ embedding features

def _lines(doc: Document) -> list[str]:
    return [x for x in (line.strip() for line in doc.text.splitlines()) if x][:MAX_LINES]


def _line_matches(src: Sequence[Document], tgt: Sequence[Document]
                  ) -> tuple[np.ndarray, np.ndarray]:
    """``match`` and ``aligned`` of every pair, from the cosines of their lines."""
    s_emb = [embed(_lines(d)) for d in src]
    t_emb = [embed(_lines(d)) for d in tgt]
    bounds = np.cumsum([0] + [len(e) for e in t_emb])
    all_t = np.vstack(t_emb) if len(t_emb) else np.zeros((0, 1), np.float32)
    match = np.zeros((len(src), len(tgt)))
    aligned = np.zeros((len(src), len(tgt)))
    for i, emb in enumerate(s_emb):
        if not len(emb):
            continue
        sims = emb @ all_t.T
        for j in range(len(tgt)):
            if bounds[j + 1] > bounds[j]:
                match[i, j], aligned[i, j] = block_stats(sims[:, bounds[j]:bounds[j + 1]])
    return match, aligned


def block_stats(cos: np.ndarray) -> tuple[float, float]:
    """``match`` and ``aligned`` of one pair from its line-by-line cosines: the mean
    best cosine of every line (both ways), and the cosines of the longest run of mutual
    best matches that keeps the order of both sides, summed per line of both sides."""
    n, m = cos.shape
    match = (cos.max(1).sum() + cos.max(0).sum()) / (n + m)
    best_t, best_s = cos.argmax(1), cos.argmax(0)
    tails: list[int] = []  # longest increasing run of mutual best targets (patience)
    tail_i: list[int] = []
    back: dict[int, int] = {}
    for i in range(n):
        j = int(best_t[i])
        if best_s[j] != i:
            continue
        k = bisect.bisect_left(tails, j)
        back[i] = tail_i[k - 1] if k else -1
        tails[k:k + 1], tail_i[k:k + 1] = [j], [i]
    total, i = 0.0, tail_i[-1] if tail_i else -1
    while i >= 0:
        total += float(cos[i, best_t[i]])
        i = back[i]
    return float(match), 2 * total / (n + m)
