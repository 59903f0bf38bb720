"""Thai sentence boundaries: CRFCut vs our gap model, on held-out paragraphs.

Gold sentences from UD Thai-PUD (``pud_en_th.tsv``, column ``th``; sentences 600-999,
the model is trained on 0-599) and UD Thai-TUD (``# text =`` lines of
``th_tud-ud-test.conllu``, all held out). Consecutive sentences are joined by one
space into paragraphs of 2-5 sentences (seeded); the paragraph is tokenized with our
Thai tokenizer and split by :func:`massmob_nlp.tokens.thai_sentences`. A predicted
boundary (the gap between two predicted sentences) is correct when it contains a
joining space; boundary precision, recall and F1 are micro-averaged. Also times the
engines on the concatenated test text.

    python benchmarks/thai_sentences_eval.py [--shared ../shared] [--seed 0]
"""

from __future__ import annotations

import argparse
import csv
import time
from pathlib import Path

import pandas as pd
from _common import SHARED, print_table, require


def pud_test(shared: Path) -> list[str]:
    df = pd.read_csv(require(shared / "data/pud/pud_en_th.tsv"), sep="\t",
                     quoting=csv.QUOTE_NONE)
    return [str(s).strip() for s in df["th"]][600:]


def tud(shared: Path) -> list[str]:
    lines = require(shared / "data/tud/th_tud-ud-test.conllu").read_text("utf-8").splitlines()
    return [ln[len("# text = "):].strip() for ln in lines if ln.startswith("# text = ")]


def evaluate(paragraphs, engine: str) -> dict[str, float]:
    from massmob_nlp.tokens import thai_sentences, thai_tokens

    tp = fp = fn = 0
    start = time.perf_counter()
    chars = 0
    for text, joins in paragraphs:
        chars += len(text)
        sents = thai_sentences(text, thai_tokens(text, 0, len(text)), engine=engine)
        gaps = [(a[1], b[0]) for a, b in zip(sents, sents[1:])]
        hit = {j for j in joins for s, e in gaps if s <= j < e}
        tp += len(hit)
        fp += sum(1 for s, e in gaps if not any(s <= j < e for j in joins))
        fn += len(joins) - len(hit)
    secs = time.perf_counter() - start
    p, r = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    return {"P": round(p, 3), "R": round(r, 3), "F1": round(2 * p * r / max(p + r, 1e-9), 3),
            "boundaries": tp + fn, "kchars/s": round(chars / secs / 1000, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    from massmob_nlp.tokens.sentences import make_paragraphs
    from massmob_nlp.tokens.words import THAI_SENTENCE_ENGINES, thai_sentences, thai_tokens

    thai_sentences("ทดสอบ", thai_tokens("ทดสอบ", 0, 5))  # load models before timing
    rows = []
    for name, sents in (("UD Thai-PUD 600-999", pud_test(args.shared)),
                        ("UD Thai-TUD", tud(args.shared))):
        paragraphs = make_paragraphs(sents, args.seed)
        for engine in THAI_SENTENCE_ENGINES:
            rows.append({"data": name, "engine": engine, **evaluate(paragraphs, engine)})
    print_table(rows)


if __name__ == "__main__":
    main()
