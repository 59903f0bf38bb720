"""Save every public output on real inputs, to prove a refactor changes nothing.

    python benchmarks/snapshot_outputs.py OUT_DIR [--shared ../shared]
    python benchmarks/snapshot_outputs.py --diff BEFORE_DIR AFTER_DIR

Inputs: the seed folder, the demo pair, PUD (English and Thai documents built from its
sentences) and UDHR (the two sides as documents). Outputs: the analysis tables
(paragraphs, sentences, tokens, numbers, entities), paragraph and sentence alignments,
document pairing, and every table of ``compare`` for each pair, as pickles.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

import pandas as pd

import massmob_nlp as mm

HERE = Path(__file__).resolve().parent


def _inputs(shared: Path) -> dict[str, tuple[str, str]]:
    demo = HERE.parent / "massmob_nlp" / "data" / "demo"
    pairs = {"demo": ((demo / "demo_en.txt").read_text("utf-8"),
                      (demo / "demo_th.txt").read_text("utf-8"))}
    seeds = shared / "corpus" / "seeds"
    if seeds.exists():
        pairs["seed"] = ((seeds / "000_95b4ad82a63157e9.txt").read_text("utf-8"),
                         (seeds / "003_16970dbbe9772abc.txt").read_text("utf-8"))
    pud = shared / "data" / "pud" / "pud_en_th.tsv"
    if pud.exists():
        rows = [line.rstrip("\n").split("\t") for line in pud.open(encoding="utf-8")][1:]
        for k in range(0, 120, 40):
            chunk = rows[k:k + 40]
            pairs[f"pud{k}"] = ("\n".join(r[1] for r in chunk), "\n".join(r[2] for r in chunk))
    udhr = shared / "data" / "udhr" / "udhr_en_th.tsv"
    if udhr.exists():
        rows = list(csv.DictReader(udhr.open(encoding="utf-8"), delimiter="\t",
                                   quoting=csv.QUOTE_NONE))
        pairs["udhr"] = ("\n".join(r["en"] for r in rows), "\n".join(r["th"] for r in rows))
    return pairs


def snapshot(out: Path, shared: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    seeds = shared / "corpus" / "seeds"
    if seeds.exists():
        docs = mm.read_documents(seeds)
        for a in mm.analyze_documents(docs):
            for name, frame in a.to_frames(include=("paragraphs", "sentences", "tokens",
                                                    "numbers", "entities")).items():
                frame.to_pickle(out / f"seeds_{a.doc_id}_{name}.pkl")
        mm.pair_documents(docs).to_pickle(out / "seeds_pairs.pkl")
    for name, (en, th) in _inputs(shared).items():
        a_en, a_th = mm.analyze(en), mm.analyze(th)
        for level in ("paragraph", "sentence"):
            mm.align(a_en, a_th, level=level).to_frame().to_pickle(out / f"{name}_align_{level}.pkl")
        c = mm.compare(en, th)
        for t in ("alignment", "paragraph_alignment", "numbers", "entities", "passages"):
            getattr(c, t).to_pickle(out / f"{name}_compare_{t}.pkl")
        c.summary.to_pickle(out / f"{name}_compare_summary.pkl")
        mm.numbers_table(th).to_pickle(out / f"{name}_numbers_th.pkl")
        mm.numbers_table(en).to_pickle(out / f"{name}_numbers_en.pkl")
        print(name, c.verdict, flush=True)


def diff(before: Path, after: Path) -> int:
    bad = 0
    names = sorted(p.name for p in before.glob("*.pkl"))
    for name in names:
        b = pd.read_pickle(before / name)
        if not (after / name).exists():
            print("MISSING", name); bad += 1; continue
        a = pd.read_pickle(after / name)
        try:
            if isinstance(b, pd.Series):
                pd.testing.assert_series_equal(a, b)
            else:
                pd.testing.assert_frame_equal(a, b)
        except AssertionError as e:
            print("DIFF", name, str(e)[:300]); bad += 1
    print(f"{len(names) - bad}/{len(names)} identical")
    return 1 if bad else 0


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("out", nargs="?")
    ap.add_argument("--shared", default=str(HERE.parent.parent / "shared"))
    ap.add_argument("--diff", nargs=2)
    ns = ap.parse_args()
    if ns.diff:
        sys.exit(diff(Path(ns.diff[0]), Path(ns.diff[1])))
    snapshot(Path(ns.out), Path(ns.shared))
