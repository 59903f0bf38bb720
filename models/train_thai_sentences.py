"""Train the Thai sentence-boundary model (``models/thai_sentences/model.crfsuite``).

Data: Thai side of UD Thai-PUD (``pud_en_th.tsv``, column ``th``), sentences 0-599
only (600-999 and UD Thai-TUD are held out for ``benchmarks/thai_sentences_eval.py``).
Consecutive sentences are joined by one space into paragraphs of 2-5 sentences
(several seeded shufflings of the grouping); every whitespace gap between our nlpo3
tokens is an item, labelled ``B`` when it is a joining space. A linear-chain CRF
(python-crfsuite, L-BFGS, elastic net) labels the gaps of a paragraph in sequence.
With ``--dev``, trains on 0-479 and reports boundary P/R/F1 on 480-599 for a small
grid of regularisation strengths; otherwise trains on 0-599 with the chosen values.

    python models/train_thai_sentences.py [--dev] [--shared ../shared]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from pathlib import Path

os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pandas as pd  # noqa: E402
import pycrfsuite  # noqa: E402

from massmob_nlp.tokens.sentences import gap_items, make_paragraphs  # noqa: E402
from massmob_nlp.tokenize import thai_tokens  # noqa: E402

SEEDS = (0, 1, 2, 3)
C1, C2 = 0.2, 0.1
OUT = ROOT / "models" / "thai_sentences"


def pud_sentences(shared: Path) -> list[str]:
    df = pd.read_csv(shared / "data" / "pud" / "pud_en_th.tsv", sep="\t",
                     quoting=csv.QUOTE_NONE)
    return [str(s).strip() for s in df["th"]]


def items(sentences: list[str], seeds=SEEDS) -> list[tuple[list[dict], list[str]]]:
    """(features, labels) per paragraph."""
    out = []
    for seed in seeds:
        for text, joins in make_paragraphs(sentences, seed):
            toks = thai_tokens(text, 0, len(text))
            seq, gaps, feats = gap_items(text, toks)
            if not gaps:
                continue
            joinset = set(joins)
            labels = ["B" if any(j in joinset for j in range(*seq[k])) else "O"
                      for k in gaps]
            out.append((feats, labels))
    return out


def train(data, path: Path, c1: float, c2: float) -> None:
    trainer = pycrfsuite.Trainer(verbose=False)
    for feats, labels in data:
        trainer.append(feats, labels)
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": 200,
                        "feature.possible_transitions": True})
    trainer.train(str(path))


def score(tagger, data) -> tuple[float, float, float]:
    tp = fp = fn = 0
    for feats, labels in data:
        for p, g in zip(tagger.tag(feats), labels):
            tp += p == g == "B"
            fp += p == "B" != g
            fn += g == "B" != p
    prec, rec = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    return prec, rec, 2 * prec * rec / max(prec + rec, 1e-9)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--dev", action="store_true")
    args = parser.parse_args()
    sents = pud_sentences(args.shared)
    if args.dev:
        import tempfile

        tr, dev = items(sents[:480]), items(sents[480:600], seeds=(100,))
        for c1, c2 in ((0.0, 0.1), (0.05, 0.01), (0.1, 0.05), (0.5, 0.01), (1.0, 0.1)):
            with tempfile.TemporaryDirectory() as d:
                train(tr, Path(d) / "m.crfsuite", c1, c2)
                tagger = pycrfsuite.Tagger()
                tagger.open(str(Path(d) / "m.crfsuite"))
                p, r, f = score(tagger, dev)
            print(f"c1={c1} c2={c2}: dev P {p:.3f} R {r:.3f} F1 {f:.3f}", flush=True)
        return
    OUT.mkdir(parents=True, exist_ok=True)
    data = items(sents[:600])
    train(data, OUT / "model.crfsuite", C1, C2)
    meta = {"data": "UD Thai-PUD sentences 0-599 (pud_en_th.tsv, column th)",
            "paragraph_seeds": list(SEEDS), "c1": C1, "c2": C2,
            "paragraphs": len(data), "gaps": sum(len(lab) for _, lab in data)}
    (OUT / "meta.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(meta), (OUT / "model.crfsuite").stat().st_size, "bytes")


if __name__ == "__main__":
    main()
