"""Precision of matched sentence rows by aligner score: where the HTML report draws a
"weak match" (``massmob_nlp.comparison.report_words.WEAK_SCORE``).

    python benchmarks/report_weak_eval.py

PUD test pairs 400-999 as analysed documents (as in ``align_sentences_eval.py``, intact
and with one Thai sentence dropped), aligned without embeddings; a matched row is right
when it is a gold bead.
"""

from __future__ import annotations

import pandas as pd
from _common import SHARED, require
from align_eval import read_tsv
from align_sentences_eval import build_cases

import massmob_nlp as mm

THRESHOLDS = (-4, -3, -2.5, -2, -1.5, -1, -0.5, 0, 0.5)


def matched_rows() -> pd.DataFrame:
    """One row per predicted matched bead: kind, score, correct."""
    path = SHARED / "data/pud/pud_en_th.tsv"
    require(path)
    pud = read_tsv(path)
    rows = []
    for damaged in (False, True):
        for en, th, gold in build_cases(pud, 400, 1000, 13, damaged):
            res = mm.align(en, th, level="sentence", embeddings=False,
                           src_lang="en", tgt_lang="th")
            rows += [{"kind": b.kind, "score": b.score,
                      "correct": (tuple(b.src_ids), tuple(b.tgt_ids)) in set(gold)}
                     for b in res.beads if b.src_ids and b.tgt_ids]
    return pd.DataFrame(rows)


def main() -> None:
    d = matched_rows()
    print(len(d), "matched rows; precision", round(d.correct.mean(), 3))
    for t in THRESHOLDS:
        lo, hi = d[d.score <= t], d[d.score > t]
        print(f"score <= {t:5}: {len(lo):4} rows ({len(lo) / len(d):.0%}), "
              f"precision {lo.correct.mean():.2f}; above: {hi.correct.mean():.3f}")
    print(d.groupby("kind").agg(n=("correct", "size"), precision=("correct", "mean"),
                                median_score=("score", "median")).round(2))


if __name__ == "__main__":
    main()
