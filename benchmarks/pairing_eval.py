"""Document pairing: precision/recall of English-Thai pairs in folders of 2, 10 and 100+.

    python benchmarks/pairing_eval.py                     # with and without embeddings
    python benchmarks/pairing_eval.py --embeddings no     # only one variant
    python benchmarks/pairing_eval.py --split dev         # the PUD documents used to fit

Real translation pairs: UD PUD documents (``pud_en_th_docs.tsv``: each English document
is its sentences, one per line, the Thai document the same sentences' translations) and
the UDHR (preamble and each article one document, one paragraph per line). Folders are
written as ``.txt`` files with random names and read back with :func:`read_documents`, so
nothing but the text links a pair. Folder kinds, per source:

* ``2 (pair)``: one English document and its translation; ``2 (other)``: one English
  document and the translation of another (any pair found is wrong);
* ``10``: 4 pairs, one English document without its translation, one Thai one;
* ``100+``: 50 pairs and 5 + 5 unpaired documents (UDHR: all 31 pairs, 62 documents).

Scores: pair precision and recall over all folders of a kind; ``score_shift``: the
largest change of a pair's score between its 2-document folder and the larger folder
(the score must not depend on the other documents); ``brier``/``ece``: calibration of the
reported score of every one-to-one candidate (``threshold=0``) in the 2-document folders.
PUD documents whose sentences are all among the first 400 pairs are the development
split (used to fit the pairing model); the others (default) and UDHR are the test set.
``articles``: our whole news article pairs (``benchmarks/data/articles``, paragraphs,
bylines and captions; one folder of all of them for ``100+``). A final row pairs the real news articles of ``corpus/seeds`` (one English-Thai pair and
three English articles on the same topic) with the library's demo pair.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from _common import ROOT, SHARED, require  # sets the offline env and sys.path

import massmob_nlp as mm

DEV_SENTS = 400
THRESHOLD = 0.5
"""The default ``threshold`` of :func:`pair_documents`."""
Pair = tuple[str, str, str]  # key, English text, Thai text


def read_tsv(path: Path) -> list[dict[str, str]]:
    lines = require(path).read_text(encoding="utf-8").splitlines()
    head = lines[0].split("\t")
    return [dict(zip(head, line.split("\t"), strict=True)) for line in lines[1:] if line]


def pud_pairs(pud: Path, docs: Path, split: str) -> list[Pair]:
    """PUD documents of the split as (key, English lines, Thai lines)."""
    rows = read_tsv(pud)
    index = {r["sent_id"]: k for k, r in enumerate(rows)}
    out = []
    for doc in read_tsv(docs):
        ids = doc["sent_ids"].split(",")
        dev = all(index[i] < DEV_SENTS for i in ids)
        if dev == (split == "dev"):
            out.append((f"pud:{doc['doc_id']}", "\n".join(rows[index[i]]["en"] for i in ids),
                        "\n".join(rows[index[i]]["th"] for i in ids)))
    return out


def udhr_pairs(path: Path) -> list[Pair]:
    """The UDHR preamble (with the title) and each article as one document pair."""
    en: dict[str, list[str]] = defaultdict(list)
    th: dict[str, list[str]] = defaultdict(list)
    for row in read_tsv(path):
        section = "preamble" if row["section"] == "title" else row["section"]
        if row["en"]:
            en[section].append(row["en"])
        if row["th"]:
            th[section].append(row["th"])
    return [(f"udhr:{s}", "\n".join(en[s]), "\n".join(th[s])) for s in en]


def article_pairs(folder: Path) -> list[Pair]:
    """Our whole news articles and their Thai translations (``benchmarks/data/articles``:
    paragraphs, bylines, captions; written for this project, no ``../shared`` text)."""
    return [(f"article:{en.name.split('.')[0]}", en.read_text(encoding="utf-8"),
             en.with_name(en.name.replace(".en.txt", ".th.txt")).read_text(encoding="utf-8"))
            for en in sorted(folder.glob("a*.en.txt"))]


# ----------------------------------------------------------------------------- folders

Folder = tuple[list[tuple[str, str]], dict[str, str]]  # [(name, text)], gold en -> th


def folders(pairs: Sequence[Pair], kind: str, rng: random.Random) -> list[Folder]:
    """Folders of one kind; document names are ``<key>|en`` / ``<key>|th``."""
    order = list(pairs)
    rng.shuffle(order)
    if kind == "2 (pair)":
        return [([(f"{k}|en", e), (f"{k}|th", t)], {f"{k}|en": f"{k}|th"}) for k, e, t in order]
    if kind == "2 (other)":
        shifted = order[1:] + order[:1]
        return [([(f"{a[0]}|en", a[1]), (f"{b[0]}|th", b[2])], {})
                for a, b in zip(order, shifted, strict=True)]
    n_pairs, n_single = (4, 1) if kind == "10" else (50, 5)
    size = n_pairs + 2 * n_single
    if len(order) < size:
        n_pairs, n_single, size = len(order), 0, len(order)
    out = []
    for f0 in range(0, len(order) - size + 1, size):
        chunk = order[f0:f0 + size]
        docs, gold = [], {}
        for k, e, t in chunk[:n_pairs]:
            docs += [(f"{k}|en", e), (f"{k}|th", t)]
            gold[f"{k}|en"] = f"{k}|th"
        docs += [(f"{k}|en", e) for k, e, _ in chunk[n_pairs:n_pairs + n_single]]
        docs += [(f"{k}|th", t) for k, _, t in chunk[n_pairs + n_single:]]
        out.append((docs, gold))
    return out


def run_folder(docs: Sequence[tuple[str, str]], rng: random.Random, **kw: Any
               ) -> pd.DataFrame:
    """Write the folder as .txt files with random names, read it back, pair it."""
    with tempfile.TemporaryDirectory() as tmp:
        names = {}
        for name, text in docs:
            stem = f"{rng.getrandbits(48):012x}"
            names[stem] = name
            Path(tmp, f"{stem}.txt").write_text(text + "\n", encoding="utf-8")
        table = mm.pair_documents(mm.read_documents(tmp), **kw)
    table["src_doc_id"] = table["src_doc_id"].map(names)
    table["tgt_doc_id"] = table["tgt_doc_id"].map(names)
    return table


def triples(table: pd.DataFrame) -> list[tuple[str, str, float]]:
    """(source name, target name, score) of each row of a pairs table."""
    return [(str(s), str(t), float(p)) for s, t, p in
            zip(table["src_doc_id"], table["tgt_doc_id"], table["score"], strict=True)]


def evaluate(source: str, pairs: Sequence[Pair], emb: bool, seed: int) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    small: dict[tuple[str, str], float] = {}
    for kind in ("2 (pair)", "2 (other)", "10", "100+"):
        rng = random.Random(seed)
        start = time.perf_counter()
        found = correct = n_gold = 0
        shift = 0.0
        cal: list[tuple[float, bool]] = []
        for docs, gold in folders(pairs, kind, rng):
            small_folder = kind.startswith("2")
            # two documents: one run with threshold 0 gives every score (calibration)
            extra = {"threshold": 0.0} if small_folder else {}
            table = run_folder(docs, rng, embeddings=emb, **extra)
            if small_folder:
                cal += [(p, gold.get(s) == t) for s, t, p in triples(table)]
                small.update(((s, t), p) for s, t, p in triples(table))
                table = table[table["score"] >= THRESHOLD]
            pred = dict(zip(table["src_doc_id"], table["tgt_doc_id"], strict=True))
            found, n_gold = found + len(pred), n_gold + len(gold)
            correct += sum(gold.get(s) == t for s, t in pred.items())
            if not small_folder:
                shift = max([shift] + [abs(p - small[(s, t)]) for s, t, p in triples(table)
                                       if (s, t) in small])
        p = correct / found if found else 1.0
        r = correct / n_gold if n_gold else float("nan")
        row = {"source": source, "folder": kind, "embeddings": emb, "gold_pairs": n_gold,
               "found": found, "pair_P": p, "pair_R": r,
               "F1": 2 * p * r / (p + r) if n_gold and p + r else float("nan"),
               "score_shift": shift if not kind.startswith("2") else float("nan"),
               "seconds": time.perf_counter() - start}
        if cal:
            row.update(calibration(cal))
        rows.append(row)
    return rows


def calibration(cal: Sequence[tuple[float, bool]], bins: int = 10) -> dict[str, float]:
    """Brier score and expected calibration error of (score, is a true pair)."""
    p = np.array([c[0] for c in cal])
    y = np.array([c[1] for c in cal], float)
    which = np.minimum((p * bins).astype(int), bins - 1)
    ece = sum(abs(p[which == b].mean() - y[which == b].mean()) * (which == b).sum()
              for b in range(bins) if (which == b).any()) / len(p)
    return {"brier": float(((p - y) ** 2).mean()), "ece": float(ece)}


def seed_folder(seeds: Path, emb: bool, rng: random.Random) -> dict[str, Any]:
    """The seed articles (000 translated by 003; 001, 002, 004 English only) and the demo
    pair, without their ``Source: URL`` lines (a shared URL would pair them by itself)."""
    demo = ROOT / "massmob_nlp" / "data" / "demo"
    paths = sorted(require(seeds).glob("*.txt")) + sorted(demo.glob("demo_*.txt"))
    docs = [(p.stem, "\n".join(x for x in p.read_text(encoding="utf-8").splitlines()
                               if "http" not in x)) for p in paths]
    table = run_folder(docs, rng, embeddings=emb)
    gold = {"000_95b4ad82a63157e9": "003_16970dbbe9772abc", "demo_en": "demo_th"}
    pred = dict(zip(table["src_doc_id"], table["tgt_doc_id"], strict=True))
    correct = sum(gold.get(s) == t for s, t in pred.items())
    return {"source": "seeds+demo", "folder": f"{len(paths)}", "embeddings": emb,
            "gold_pairs": len(gold), "found": len(pred),
            "pair_P": correct / len(pred) if pred else 1.0, "pair_R": correct / len(gold),
            "scores": " ".join(f"{s[:7]}>{t[:7]}:{p:.2f}" for s, t, p in triples(table))}


# ----------------------------------------------------------------------------- fitting

def fit_cases(pairs: Sequence[Pair], rng: random.Random) -> tuple[list[Pair], list[Pair]]:
    """Short documents as they are, and long ones: 3-8 consecutive short ones joined
    (line by line), each also once with a quarter of its Thai lines dropped (a
    translation that lost paragraphs is still a translation)."""
    short, long_, k = list(pairs), [], 0
    while k < len(pairs):
        size = rng.randint(3, 8)
        part = pairs[k:k + size]
        k += size
        en, th = "\n".join(p[1] for p in part), "\n".join(p[2] for p in part)
        long_.append((f"long{k}", en, th))
        lines = th.splitlines()
        keep = [x for x in lines if rng.random() > 0.25] or lines[:1]
        long_.append((f"long{k}-cut", en, "\n".join(keep)))
    return short, long_


def fit(pairs: Sequence[Pair], seed: int) -> dict[bool, dict[str, Any]]:
    """Logistic regression of pair vs non-pair on PAIR_FEATURES (balanced classes).

    Non-pairs of each source document: three at random, the most similar one (line
    match, or shared numbers without embeddings) and the one closest in length."""
    from massmob_nlp.alignment.pairing import PAIR_FEATURES, pair_features

    rng = random.Random(seed)
    out = {}
    for use_emb in (True, False):
        names = [f for f in PAIR_FEATURES if use_emb or f not in ("match", "aligned")]
        X, y, w = [], [], []
        for group in fit_cases(pairs, random.Random(seed)):
            src = [mm.Document(f"s{k}", e) for k, (_, e, _) in enumerate(group)]
            tgt = [mm.Document(f"t{k}", t) for k, (_, _, t) in enumerate(group)]
            parts = pair_features(src, tgt, "en", "th", use_emb)
            feats = np.stack([parts[f] for f in names], -1)
            base = [key.removesuffix("-cut") for key, _, _ in group]
            for i in range(len(group)):
                neg = [j for j in range(len(group)) if base[j] != base[i]]
                hard = max(neg, key=lambda j: parts["match"][i, j] if use_emb
                           else parts["num_shared"][i, j])
                same_length = min(neg, key=lambda j: parts["length"][i, j])
                picks = [*rng.sample(neg, min(3, len(neg))), hard, same_length]
                X += [feats[i, i]] + [feats[i, j] for j in picks]
                y += [1.0] + [0.0] * len(picks)
                w += [1.0] + [1.0 / len(picks)] * len(picks)
        Xa = np.column_stack([np.array(X), np.ones(len(X))])
        coef = _logreg_weighted(Xa, np.array(y), np.array(w))
        out[use_emb] = {"bias": round(float(coef[-1]), 3),
                        "w": {f: round(float(c), 3) for f, c in zip(names, coef, strict=True)}}
    return out


def _logreg_weighted(X: np.ndarray, y: np.ndarray, w: np.ndarray, l2: float = 1e-2
                     ) -> np.ndarray:
    """Newton's method for L2-regularised logistic regression with sample weights."""
    coef = np.zeros(X.shape[1])
    for _ in range(100):
        p = 1 / (1 + np.exp(-np.clip(X @ coef, -30, 30)))
        grad = X.T @ (w * (p - y)) + l2 * coef
        hess = (X * (w * p * (1 - p))[:, None]).T @ X + l2 * np.eye(len(coef))
        step = np.linalg.solve(hess, grad)
        coef -= step
        if np.abs(step).max() < 1e-8:
            break
    return coef


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pud", type=Path, default=SHARED / "data/pud/pud_en_th.tsv")
    parser.add_argument("--pud-docs", type=Path, default=SHARED / "data/pud/pud_en_th_docs.tsv")
    parser.add_argument("--udhr", type=Path, default=SHARED / "data/udhr/udhr_en_th.tsv")
    parser.add_argument("--seeds", type=Path, default=SHARED / "corpus/seeds")
    parser.add_argument("--split", choices=("test", "dev"), default="test")
    parser.add_argument("--embeddings", choices=("both", "yes", "no"), default="both")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--fit", action="store_true",
                        help="refit PAIR_WEIGHTS on the PUD development documents, print them")
    args = parser.parse_args(argv)
    if args.fit:
        print(f"PAIR_WEIGHTS = {fit(pud_pairs(args.pud, args.pud_docs, 'dev'), args.seed)!r}")
        return 0
    sources = {"PUD": pud_pairs(args.pud, args.pud_docs, args.split)}
    if args.split == "test":
        sources["UDHR"] = udhr_pairs(args.udhr)
        sources["articles"] = article_pairs(ROOT / "benchmarks/data/articles")
    variants = {"both": (True, False), "yes": (True,), "no": (False,)}[args.embeddings]
    rows: list[dict[str, Any]] = []
    for emb in variants:
        for name, pairs in sources.items():
            rows += evaluate(name, pairs, emb, args.seed)
        if args.split == "test":
            rows.append(seed_folder(args.seeds, emb, random.Random(args.seed)))
    with pd.option_context("display.width", 250, "display.max_columns", 20,
                           "display.max_colwidth", 120, "display.float_format", "{:.3f}".format):
        print(pd.DataFrame(rows).to_string(index=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
