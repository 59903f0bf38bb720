"""Alignment quality: strict and lax P/R/F1 on UDHR, PUD documents and the seed pair.

    python benchmarks/align_eval.py                 # evaluate, print one table
    python benchmarks/align_eval.py --fit           # refit WEIGHTS on PUD dev documents

Conventions (Vecalign / Bertalign): *strict* counts a predicted bead as correct only if
it equals a gold bead exactly; ``strict`` ignores 1-0/0-1 beads on both sides,
``strict_all`` includes them. *lax* counts a non-null predicted bead as correct if it
overlaps a gold bead on both sides (recall likewise). PUD sentences 0-399 are the
development set used by ``--fit``; results are reported on sentences 400-999.
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import sys
from pathlib import Path
from typing import Any, Iterator, Sequence

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import massmob_nlp as al  # noqa: E402  (public verbs: al.align, al.pair_documents)
from massmob_nlp.alignment import dp, features, weights  # noqa: E402,F401  (the stage internals measured here)
from massmob_nlp.types import Document  # noqa: E402

SHARED = ROOT.parent / "shared"
Gold = list[tuple[tuple[int, ...], tuple[int, ...]]]
METHODS = {"ours+emb": {"embeddings": True}, "ours-noemb": {"embeddings": False},
           "gale_church": {"method": "gale_church", "embeddings": False}}
DEV_SENTS = 400


# ---------------------------------------------------------------------------- metrics

def score(gold: Gold, pred: Gold) -> dict[str, float]:
    """Strict (without and with null beads) and lax precision, recall and F1."""
    def f1(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    def nonnull(x: Gold) -> Gold:
        return [b for b in x if b[0] and b[1]]

    g, p = set(nonnull(gold)), set(nonnull(pred))
    sp, sr = len(g & p) / max(len(p), 1), len(g & p) / max(len(g), 1)
    ga, pa = set(gold), set(pred)
    sfa = f1(len(ga & pa) / max(len(pa), 1), len(ga & pa) / max(len(ga), 1))

    def overlaps(x: Gold, y: Gold) -> float:
        hit = sum(any(set(a[0]) & set(b[0]) and set(a[1]) & set(b[1]) for b in y) for a in x)
        return hit / max(len(x), 1)

    lp, lr = overlaps(list(p), list(g)), overlaps(list(g), list(p))
    return {"strict_P": sp, "strict_R": sr, "strict_F1": f1(sp, sr), "strict_F1_all": sfa,
            "lax_P": lp, "lax_R": lr, "lax_F1": f1(lp, lr)}


# ------------------------------------------------------------------------------- data

def read_tsv(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, sep="\t", quoting=csv.QUOTE_NONE, dtype=str, keep_default_na=False)


def beads_to_case(beads: list[tuple[list[str], list[str]]]) -> tuple[list[str], list[str], Gold]:
    """Flatten (src texts, tgt texts) beads into unit lists and gold index beads."""
    src: list[str] = []
    tgt: list[str] = []
    gold: Gold = []
    for s, t in beads:
        gold.append((tuple(range(len(src), len(src) + len(s))),
                     tuple(range(len(tgt), len(tgt) + len(t)))))
        src += s
        tgt += t
    return src, tgt, gold


def split_text(text: str) -> tuple[str, str] | None:
    """Split at the space nearest the middle (a Thai clause boundary)."""
    spaces = [m.start() for m in re.finditer(" ", text)]
    spaces = [s for s in spaces if 0.25 * len(text) < s < 0.75 * len(text)]
    if not spaces:
        return None
    cut = min(spaces, key=lambda s: abs(s - len(text) / 2))
    return text[:cut].strip(), text[cut:].strip()


def damage(beads: list[tuple[list[str], list[str]]], rng: random.Random,
           fillers: Sequence[str], n_ops: int, *, src_ops: bool = False
           ) -> list[tuple[list[str], list[str]]]:
    """Merge, split, drop and insert target units (and drop source units)."""
    beads = [(list(s), list(t)) for s, t in beads]
    ops = ["merge", "split", "drop", "insert"] + (["drop_src"] if src_ops else [])
    for k in range(n_ops):
        op = ops[k % len(ops)]
        one = [i for i, (s, t) in enumerate(beads) if len(s) == 1 and len(t) == 1]
        if not one:
            break
        i = rng.choice(one)
        if op == "merge" and i + 1 < len(beads) and len(beads[i + 1][0]) == 1 == len(beads[i + 1][1]):
            beads[i:i + 2] = [(beads[i][0] + beads[i + 1][0], [beads[i][1][0] + " " + beads[i + 1][1][0]])]
        elif op == "split" and (parts := split_text(beads[i][1][0])):
            parts = list(parts)
            if rng.random() < 0.3 and (more := split_text(parts[1])):
                parts[1:] = list(more)  # a three-way split, as Thai splitters do
            beads[i] = (beads[i][0], parts)
        elif op == "drop":
            beads[i] = (beads[i][0], [])
        elif op == "drop_src":
            beads[i] = ([], beads[i][1])
        elif op == "insert":
            beads.insert(i, ([], [rng.choice(fillers)]))
    return beads


def pud_documents(path: Path, lo: int, hi: int, seed: int) -> list[list[tuple[list[str], list[str]]]]:
    """Consecutive runs of 20-60 PUD pairs from sentences lo..hi as 1-1 bead lists."""
    pud = read_tsv(path).iloc[lo:hi]
    rng = random.Random(seed)
    docs, k = [], 0
    while k < len(pud):
        size = rng.randint(20, 60)
        part = pud.iloc[k:k + size]
        if len(part) >= 10:
            docs.append([([e], [t]) for e, t in zip(part["en"], part["th"])])
        k += size
    return docs


def pud_cases(path: Path, lo: int, hi: int, seed: int, damaged: bool, repeats: int = 1
              ) -> list[tuple[list[str], list[str], Gold]]:
    fillers = read_tsv(path)["th"].tolist()[:lo] + read_tsv(path)["th"].tolist()[hi:]
    cases = []
    for r in range(repeats):
        rng = random.Random(seed + r)
        for doc in pud_documents(path, lo, hi, seed + r):
            if damaged:
                doc = damage(doc, rng, fillers or ["ข้อความอื่น"], max(4, len(doc) // 5))
            cases.append(beads_to_case(doc))
    return cases



def _pud_groups(pairs: list[tuple[str, str]], rng: random.Random
                ) -> Iterator[list[tuple[str, str]]]:
    """Consecutive pairs in groups of 2-4 (one paragraph each), drawn lazily from ``rng``
    so a caller's own draws between groups keep their place in the sequence."""
    k = 0
    while k < len(pairs):
        size = rng.randint(2, 4)
        yield pairs[k:k + size]
        k += size

def pud_lost_sentence_cases(path: Path, lo: int, hi: int, seed: int
                            ) -> list[tuple[list[str], list[str], Gold]]:
    """Documents of 6-15 paragraphs of 2-4 consecutive PUD pairs; in a quarter of the
    paragraphs the Thai loses one sentence (not the first). Gold: every paragraph 1-1
    (a paragraph whose translation lost a sentence is still its translation)."""
    pud = read_tsv(path).iloc[lo:hi]
    pairs = list(zip(pud["en"], pud["th"]))
    rng = random.Random(seed)
    paras = []
    for part in _pud_groups(pairs, rng):
        th = [t for _, t in part]
        if len(th) > 1 and rng.random() < 0.25:
            del th[rng.randrange(1, len(th))]
        paras.append(([" ".join(e for e, _ in part)], [" ".join(th)]))
    cases, k = [], 0
    while k < len(paras):
        size = rng.randint(6, 15)
        cases.append(beads_to_case(paras[k:k + size]))
        k += size
    return cases


def pud_moved_paragraph_cases(path: Path, lo: int, hi: int, seed: int
                              ) -> list[tuple[list[str], list[str], Gold]]:
    """Documents of 8-15 paragraphs of 2-4 consecutive PUD pairs in which the Thai moved
    one paragraph 2 to 5 places up or down (a quote put after the lead). Gold: every
    paragraph 1-1 with its own translation, wherever the Thai put it."""
    pud = read_tsv(path).iloc[lo:hi]
    pairs = list(zip(pud["en"], pud["th"]))
    rng = random.Random(seed)
    paras = [(" ".join(e for e, _ in part), " ".join(t for _, t in part))
             for part in _pud_groups(pairs, rng)]
    cases, k = [], 0
    while k + 8 <= len(paras):
        size = rng.randint(8, 15)
        doc = paras[k:k + size]
        k += size
        order = list(range(len(doc)))
        src_at = rng.randrange(1, len(doc))
        dist = rng.randint(2, 5) * rng.choice((-1, 1))
        dst_at = min(max(src_at + dist, 1), len(doc) - 1)
        if abs(dst_at - src_at) < 2:
            continue
        order.insert(dst_at, order.pop(src_at))
        gold = [((i,), (order.index(i),)) for i in range(len(doc))]
        cases.append(([e for e, _ in doc], [doc[i][1] for i in order], gold))
    return cases


def udhr_case(path: Path) -> tuple[list[str], list[str], Gold]:
    beads = []
    for row in read_tsv(path).itertuples():
        n_en = len(row.en_para_ids.split(",")) if row.en_para_ids else 0
        n_th = len(row.th_para_ids.split(",")) if row.th_para_ids else 0
        beads.append((_split_n(row.en, n_en), _split_n(row.th, n_th)))
    return beads_to_case(beads)


def _split_n(text: str, n: int) -> list[str]:
    """A row whose text covers ``n`` paragraphs: split at ", " before a capital."""
    if n <= 1:
        return [text] if n and text else []
    parts = re.split(r"(?<=,)\s+(?=[A-Z])", text)
    return parts[:n - 1] + [" ".join(parts[n - 1:])]


def seed_cases(en_path: Path, th_path: Path) -> dict[str, tuple[list[str], list[str], Gold]]:
    en = [x.strip() for x in en_path.read_text(encoding="utf-8").splitlines() if x.strip()]
    th = [x.strip() for x in th_path.read_text(encoding="utf-8").splitlines() if x.strip()]
    base = [([e], [t]) for e, t in zip(en, th)]
    cases = {"seed clean": beads_to_case(base)}
    for k in range(3):
        rng = random.Random(100 + k)
        cases[f"seed damaged {k}"] = beads_to_case(damage(base, rng, ["ข่าวอื่นที่ไม่เกี่ยวข้อง"], 4, src_ops=True))
    rng = random.Random(7)
    renum = [(s, [re.sub(r"\d+", lambda m: str(int(m.group()) + rng.randint(1, 9)), t[0])])
             for s, t in base]
    cases["seed numbers changed"] = beads_to_case(renum)
    return cases


# ------------------------------------------------------------------------ evaluation

def run_case(case: tuple[list[str], list[str], Gold], **kw: Any) -> Gold:
    src, tgt, _ = case
    alignment = al.align(src, tgt, level="paragraph", src_lang="en", tgt_lang="th", **kw)
    return [(b.src_ids, b.tgt_ids) for b in alignment.beads]


def evaluate(name: str, cases: list[tuple[list[str], list[str], Gold]], rows: list[dict]) -> None:
    for method, kw in METHODS.items():
        gold_all: Gold = []
        pred_all: Gold = []
        for k, case in enumerate(cases):  # offset ids per case so they stay distinct
            off = (k * 100000,)
            shift = lambda beads: [(tuple(i + off[0] for i in s), tuple(j + off[0] for j in t)) for s, t in beads]
            gold_all += shift(case[2])
            pred_all += shift(run_case(case, **kw))
        rows.append({"dataset": name, "method": method, "n_gold": len(gold_all),
                     **score(gold_all, pred_all)})


def pairing_eval(pud: Path, docs_path: Path, seed: int) -> list[dict]:
    data = read_tsv(pud).set_index("sent_id")
    groups = read_tsv(docs_path)
    rng = random.Random(seed)
    docs, truth = [], {}
    for row in groups.itertuples():
        ids = row.sent_ids.split(",")
        en = Document(f"en:{row.doc_id}", " ".join(data.loc[ids, "en"]))
        th = Document(f"th:{row.doc_id}", " ".join(data.loc[ids, "th"]))
        r = rng.random()
        docs += [en] if r < 0.05 else [th] if r < 0.10 else [en, th]
        if r >= 0.10:
            truth[en.doc_id] = th.doc_id
    rng.shuffle(docs)
    out = []
    for method, emb in (("ours+emb", True), ("ours-noemb", False)):
        pairs = al.pair_documents(docs, embeddings=emb)
        found = dict(zip(pairs["src_doc_id"], pairs["tgt_doc_id"]))
        en_ids = [d.doc_id for d in docs if d.doc_id.startswith("en:")]
        th_ids = [d.doc_id for d in docs if d.doc_id.startswith("th:")]
        inverse = {v: k for k, v in truth.items()}
        found_inv = {v: k for k, v in found.items()}
        correct = sum(found.get(d) == truth.get(d) for d in en_ids)
        correct += sum(found_inv.get(d) == inverse.get(d) for d in th_ids)
        out.append({"dataset": f"pairing PUD {len(docs)} docs", "method": method,
                    "n_gold": len(truth), "accuracy": correct / len(docs),
                    "pair_P": sum(truth.get(s) == t for s, t in found.items()) / max(len(found), 1),
                    "pair_R": sum(found.get(s) == t for s, t in truth.items()) / max(len(truth), 1)})
    return out


# ---------------------------------------------------------------------------- fitting

def fit(cases: list[tuple[list[str], list[str], Gold]], use_emb: bool,
        kinds_all: Sequence[tuple[int, int]] = weights.KINDS, min_positives: int = 10
        ) -> dict[str, Any]:
    """Logistic regression of gold-vs-nearby candidate beads, then a skip-score search.

    A kind with fewer than ``min_positives`` gold beads gets the bias of the next
    smaller kind minus 1 instead of its (unreliable) fitted bias.
    """
    kinds = [k for k in kinds_all if k[0] and k[1]]
    names = [f for f in weights.FEATURES if use_emb or f not in ("cos", "margin", "cos_min")]
    X, y = [], []
    rng = np.random.default_rng(0)
    positives = {k: 0 for k in kinds}
    for src, tgt, gold in cases:
        for s, t in gold:
            if (len(s), len(t)) in positives:
                positives[(len(s), len(t))] += 1
        ctx = dp.Aligner("en", "th", "massmob", use_emb, kinds=kinds_all).context(src, tgt)
        n, m = len(src), len(tgt)
        lo = np.zeros(n + 1, int)
        ctx.prepare_band(lo, m + 1)
        rows = np.arange(n + 1)
        cols = np.broadcast_to(np.arange(m + 1), (n + 1, m + 1))
        near = np.zeros((n + 1, m + 1), bool)
        for s, t in gold:
            i, j = (s[-1] + 1 if s else 0), (t[-1] + 1 if t else 0)
            near[max(i - 3, 0):i + 4, max(j - 3, 0):j + 4] = True
        for kind in kinds:
            feats = ctx.features(kind, rows, cols, lo, m + 1)
            label = np.zeros((n + 1, m + 1), bool)
            for s, t in gold:
                if (len(s), len(t)) == kind:
                    label[s[-1] + 1, t[-1] + 1] = True
            valid = np.zeros((n + 1, m + 1), bool)
            valid[kind[0]:, kind[1]:] = True
            take = valid & (label | (near & (rng.random(near.shape) < 0.5)))
            X.append(np.column_stack([feats[f][take] for f in names]
                                     + [np.full(take.sum(), float(kind == k)) for k in kinds]))
            y.append(label[take].astype(float))
    w = _logreg(np.vstack(X), np.concatenate(y))
    # (not ``weights``: that name is the module whose FEATURES and KINDS are read above)
    fitted: dict[str, Any] = {
        "w": {f: float(w[k]) for k, f in enumerate(names)},
        "bias": {k: float(w[len(names) + q]) for q, k in enumerate(kinds)}, "skip": 0.0}
    for a, b in sorted(kinds, key=sum):
        if positives[(a, b)] < min_positives and a + b > 2:
            smaller = [k for k in ((a, b - 1), (a - 1, b)) if k in fitted["bias"]]
            fitted["bias"][(a, b)] = max(fitted["bias"][k] for k in smaller) - 1.0
    print(f"gold beads per kind: {positives}", file=sys.stderr)
    best = None
    aligner = dp.Aligner("en", "th", "massmob", use_emb, fitted, kinds_all)
    contexts = [(aligner.context(s, t), g) for s, t, g in cases]
    for skip in np.arange(-8.0, 2.01, 0.5):
        fitted["skip"] = float(skip)
        f = 0.0
        for ctx, g in contexts:
            ctx.skip_s[:], ctx.skip_t[:] = skip, skip
            pred = [(b.src_ids, b.tgt_ids) for b in dp.banded_dp(ctx)]
            f += score(g, pred)["strict_F1_all"] / len(contexts)
        if best is None or f > best[0]:
            best = (f, float(skip))
    fitted["skip"] = best[1]
    print(f"dev strict_F1_all={best[0]:.4f}", file=sys.stderr)
    return fitted


def _logreg(X: np.ndarray, y: np.ndarray, l2: float = 1e-2) -> np.ndarray:
    w = np.zeros(X.shape[1])
    for _ in range(50):
        p = 1 / (1 + np.exp(-X @ w))
        grad = X.T @ (p - y) + l2 * w
        hess = (X * (p * (1 - p))[:, None]).T @ X + l2 * np.eye(len(w))
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-6:
            break
    return w


# ------------------------------------------------------------------------------- main

def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pud", type=Path, default=SHARED / "data/pud/pud_en_th.tsv")
    parser.add_argument("--pud-docs", type=Path, default=SHARED / "data/pud/pud_en_th_docs.tsv")
    parser.add_argument("--udhr", type=Path, default=SHARED / "data/udhr/udhr_en_th.tsv")
    parser.add_argument("--seed-en", type=Path, default=SHARED / "corpus/seeds/000_95b4ad82a63157e9.txt")
    parser.add_argument("--seed-th", type=Path, default=SHARED / "corpus/seeds/003_16970dbbe9772abc.txt")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--fit", action="store_true", help="refit weights on PUD dev, print them")
    args = parser.parse_args(argv)
    missing = [p for p in (args.pud, args.pud_docs, args.udhr, args.seed_en, args.seed_th)
               if not p.exists()]
    if missing:
        sys.exit(f"Data not found: {', '.join(map(str, missing))}. Pass the paths "
                 "(see --help) or put the shared data at ../shared.")
    if args.fit:
        dev = pud_cases(args.pud, 0, DEV_SENTS, args.seed, damaged=True, repeats=2)
        for use_emb in (True, False):
            print(f"WEIGHTS[{use_emb}] = {fit(dev, use_emb)!r}")
        return 0
    rows: list[dict] = []
    evaluate("UDHR paragraphs", [udhr_case(args.udhr)], rows)
    evaluate("PUD docs clean (test)", pud_cases(args.pud, DEV_SENTS, 1000, args.seed, False), rows)
    evaluate("PUD docs damaged (test)", pud_cases(args.pud, DEV_SENTS, 1000, args.seed, True, 3), rows)
    evaluate("PUD paragraphs, a Thai sentence lost (test)",
             pud_lost_sentence_cases(args.pud, DEV_SENTS, 1000, args.seed), rows)
    evaluate("PUD paragraphs, a Thai paragraph moved 2-5 places (test)",
             pud_moved_paragraph_cases(args.pud, DEV_SENTS, 1000, args.seed), rows)
    for name, case in seed_cases(args.seed_en, args.seed_th).items():
        evaluate(f"{name} (paragraphs)", [case], rows)
    table = pd.DataFrame(rows)
    pairing = pd.DataFrame(pairing_eval(args.pud, args.pud_docs, args.seed))
    with pd.option_context("display.width", 200, "display.max_columns", 20,
                           "display.float_format", "{:.3f}".format):
        print(table.to_string(index=False))
        print()
        print(pairing.to_string(index=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
