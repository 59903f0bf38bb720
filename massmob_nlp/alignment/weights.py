"""Bead kinds, length model and fitted weights of :mod:`massmob_nlp.alignment`.

Scores are on a log-odds scale (higher is better): a bead's score is ``bias[kind]``
plus the weighted sum of its features; a 1-0 or 0-1 bead scores ``skip``.
"""

from __future__ import annotations

from typing import Any

LEN_RATIO = 1.037
"""Thai/English ratio of non-space characters (PUD, 1000 pairs)."""
LEN_VAR = 2.37
"""Variance per character of the length difference (Gale-Church s², PUD)."""
LEN_FLOOR: dict[bool, float] = {True: -6.0, False: -10.0}
"""Lowest length log-probability of a bead (``method="massmob"``), keyed by "embeddings
used": the Gale-Church normal mixed with a flat component for partial translations, so
a paragraph whose translation lost a sentence, far off the length diagonal, can still be
matched by its content instead of becoming a 1-0 and a 0-1 bead. Without embeddings
the content evidence (numbers, names) is weaker and length must count for more
(``benchmarks/align_eval.py``: -6 there costs one bead on two damaged seed variants)."""
KINDS: tuple[tuple[int, int], ...] = ((1, 1), (1, 0), (0, 1), (2, 1), (1, 2), (2, 2),
                                      (1, 3), (3, 1))
SENT_KINDS: tuple[tuple[int, int], ...] = KINDS + ((2, 3), (3, 2), (1, 4), (1, 5), (1, 6))
"""Bead kinds for the sentences of analysed documents: Thai splitters over-split, so
one English sentence may be translated by up to six Thai pieces."""
GC_PRIOR: dict[tuple[int, int], float] = {
    (1, 1): 0.89, (1, 0): 0.0099 / 2, (0, 1): 0.0099 / 2, (2, 1): 0.089 / 2,
    (1, 2): 0.089 / 2, (2, 2): 0.011}
"""Prior probability of each bead kind for ``method="gale_church"`` (Gale & Church 1993)."""

FEATURES = ("cos", "margin", "cos_min", "len", "num_match", "num_miss", "lat_match", "lat_miss")
# Fitted by `python benchmarks/align_eval.py --fit` (logistic regression on PUD dev
# documents, damaged as described there): "w" per feature, "bias" per bead kind,
# "skip" the score of a 1-0 or 0-1 bead. Keyed by "embeddings used".
WEIGHTS: dict[bool, dict[str, Any]] = {
    # anchors whose fitted sign was wrong (collinear with the embeddings) are set to 0
    True: {"w": {"cos": -12.61, "margin": 22.83, "cos_min": 13.69, "len": 0.875,
                 "num_match": 0.0, "num_miss": -0.626, "lat_match": 0.952, "lat_miss": 0.0},
           "bias": {(1, 1): -7.26, (2, 1): -7.20, (1, 2): -6.49, (2, 2): -18.01,
                    (1, 3): -5.59, (3, 1): -8.75},
           "skip": -4.5},
    False: {"w": {"len": 0.658, "num_match": 2.546, "num_miss": -1.018, "lat_match": 1.272,
                  "lat_miss": -0.229},
            "bias": {(1, 1): -0.215, (2, 1): -2.316, (1, 2): -2.555, (2, 2): -15.27,
                     (1, 3): -4.489, (3, 1): -7.691},
            "skip": -3.5},
}
# Fitted by `python benchmarks/align_sentences_eval.py --fit` on the sentences of
# analysed PUD dev documents (English split by spaCy, Thai by CRFCut), for SENT_KINDS.
SENT_WEIGHTS: dict[bool, dict[str, Any]] = {
    True: {"w": {"cos": 5.968, "margin": 3.100, "cos_min": 4.578, "len": 0.493,
                 "num_match": 0.0, "num_miss": -0.269, "lat_match": 0.010, "lat_miss": 0.0},
           "bias": {(1, 1): -5.858, (2, 1): -6.143, (1, 2): -5.384, (2, 2): -7.629,
                    (1, 3): -5.749, (3, 1): -7.143, (2, 3): -9.002, (3, 2): -8.143,
                    (1, 4): -5.887, (1, 5): -6.887, (1, 6): -7.887},
           "skip": -3.5},
    False: {"w": {"len": 0.572, "num_match": 1.036, "num_miss": -0.786, "lat_match": 0.382,
                  "lat_miss": 0.0},
            "bias": {(1, 1): 0.314, (2, 1): -0.570, (1, 2): -0.247, (2, 2): -1.688,
                     (1, 3): -0.887, (3, 1): -1.570, (2, 3): -3.564, (3, 2): -2.570,
                     (1, 4): -1.128, (1, 5): -2.128, (1, 6): -3.128},
            "skip": -3.5},
}
