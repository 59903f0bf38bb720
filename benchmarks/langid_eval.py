"""Language identification: accuracy on sentences and seed paragraphs, and speed
against calling ``langdetect.detect`` directly (same paragraphs, same run).

    python benchmarks/langid_eval.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

from _common import SHARED, best_time, print_table, require

import pandas as pd


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=SHARED)
    args = parser.parse_args()
    from langdetect import DetectorFactory, detect

    from massmob_nlp import detect_language, paragraphs_table, read_documents

    DetectorFactory.seed = 0
    rows = []
    for name, rel in (("tatoeba", "data/tatoeba/tatoeba_en_th.tsv"),
                      ("pud", "data/pud/pud_en_th.tsv")):
        df = pd.read_csv(require(args.shared / rel), sep="\t", quoting=csv.QUOTE_NONE)
        for lang in ("en", "th"):
            ours = df[lang].map(detect_language)
            theirs = df[lang].map(lambda t: _safe(detect, t))
            rows.append({"data": f"{name} {lang}", "n": len(df),
                         "massmob acc": float((ours == lang).mean()),
                         "langdetect acc": float((theirs == lang).mean())})
    docs = read_documents(require(args.shared / "corpus" / "seeds"))
    paras = pd.concat([paragraphs_table(d) for d in docs])
    body = paras[~paras["is_boilerplate"]]
    gold = body["doc_id"].map(lambda d: "th" if d.startswith("003") else "en")
    rows.append({"data": "seed body paragraphs", "n": len(body),
                 "massmob acc": float((body["text"].map(detect_language) == gold).mean()),
                 "langdetect acc": float((body["text"].map(lambda t: _safe(detect, t))
                                          == gold).mean())})
    print_table(rows)

    texts = paras["text"].tolist() + body["text"].tolist()
    ours = best_time(lambda: [detect_language(t) for t in texts])
    theirs = best_time(lambda: [_safe(detect, t) for t in texts], repeat=1)
    n = len(texts)
    print()
    print_table([{"method": "massmob detect_language", "µs/paragraph": ours / n * 1e6},
                 {"method": "langdetect.detect", "µs/paragraph": theirs / n * 1e6},
                 {"method": "speed-up", "µs/paragraph": theirs / ours}])


def _safe(fn, text: str) -> str:
    try:
        return fn(text)
    except Exception:  # langdetect raises on text without features
        return "und"


if __name__ == "__main__":
    main()
