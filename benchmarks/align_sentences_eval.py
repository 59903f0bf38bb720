"""Sentence alignment of analysed documents: robustness to Thai over-splitting.

    python benchmarks/align_sentences_eval.py            # test documents, both variants
    python benchmarks/align_sentences_eval.py --fit      # refit SENT_WEIGHTS on dev

PUD pairs become documents of paragraphs (each paragraph 2-5 consecutive pairs; the
English paragraph is the English sentences joined by " ", the Thai paragraph the Thai
sentences joined by " "). Both documents go through :func:`analyze`, so English is
re-split by spaCy and Thai by our CRFCut splitter, then are aligned at sentence level.
Gold comes from character offsets: each analysed sentence belongs to the PUD
sentence(s) it overlaps (always the one it overlaps most, plus any other covering a
third of the piece or half of that sentence); gold beads are the connected groups, so
a Thai piece crossing a PUD boundary turns the gold into a merge. Scores: strict/lax
P/R/F1 as in ``align_eval.py``; ``false_null`` counts predicted 1-0/0-1 beads that
are not gold (false omissions/additions shown to users), ``true_null`` those that are.
The ``damaged`` variant drops one Thai sentence per document before joining. PUD
pairs 0-399 are development (``--fit``), 400-999 the reported test set. The seed pair
is aligned as well and its kind counts printed.
"""

from __future__ import annotations

import argparse
import importlib
import random
import sys
from collections import Counter
from pathlib import Path
from typing import Any, Sequence

import pandas as pd

from _common import ROOT, SHARED, require  # noqa: F401  (sets the offline env, sys.path)
from align_eval import Gold, read_tsv, score

import massmob_nlp as al  # noqa: E402  (public verbs: al.align, al.pair_documents)
from massmob_nlp.alignment import dp, features, weights  # noqa: E402,F401  (the stage internals measured here)
from massmob_nlp.pipeline import analyze_documents  # noqa: E402
from massmob_nlp.types import Document  # noqa: E402

DEV_SENTS = 400
Case = tuple[Any, Any, Gold]  # (en Analysis, th Analysis, gold over sent_ids)


def make_docs(pud: pd.DataFrame, lo: int, hi: int, seed: int, damaged: bool
              ) -> list[tuple[Document, Document, list[tuple[int, int]], list[tuple[int, int]]]]:
    """Documents of 3-7 paragraphs of 2-5 pairs each, with gold sentence spans."""
    rng = random.Random(seed)
    pairs = list(zip(pud["en"].iloc[lo:hi], pud["th"].iloc[lo:hi]))
    paras, k = [], 0
    while k < len(pairs):
        size = rng.randint(2, 5)
        paras.append(pairs[k:k + size])
        k += size
    out, k = [], 0
    while k < len(paras):
        size = rng.randint(3, 7)
        doc_paras = paras[k:k + size]
        k += size
        drop = None
        if damaged:
            n = sum(len(p) for p in doc_paras)
            drop = rng.randrange(n)
        en_text, th_text, en_spans, th_spans = "", "", [], []
        g = 0
        for p, para in enumerate(doc_paras):
            if p:
                en_text += "\n"
                th_text += "\n"
            en_parts, th_parts = [], []
            for e, t in para:
                e, t = e.strip(), t.strip()
                start = len(en_text) + sum(len(x) + 1 for x in en_parts)
                en_spans.append((start, start + len(e)))
                en_parts.append(e)
                if g == drop:
                    th_spans.append((-1, -1))
                else:
                    start = len(th_text) + sum(len(x) + 1 for x in th_parts)
                    th_spans.append((start, start + len(t)))
                    th_parts.append(t)
                g += 1
            en_text += " ".join(en_parts)
            th_text += " ".join(th_parts)
        name = f"{lo}-{k}-{int(damaged)}"
        out.append((Document(f"en:{name}", en_text), Document(f"th:{name}", th_text),
                    en_spans, th_spans))
    return out


def _gold_of(units: pd.DataFrame, spans: Sequence[tuple[int, int]]) -> list[set[int]]:
    """For each analysed sentence, the gold sentence indices it belongs to."""
    out = []
    for s, e in zip(units["start_char"], units["end_char"]):
        ov = [(max(0, min(e, ge) - max(s, gs)), g) for g, (gs, ge) in enumerate(spans)]
        best = max(ov)[1]
        keep = {best}
        for o, g in ov:
            gl = spans[g][1] - spans[g][0]
            if o and (o >= (e - s) / 3 or o >= gl / 2):
                keep.add(g)
        out.append(keep)
    return out


def gold_beads(en: Any, th: Any, en_spans: Sequence[tuple[int, int]],
               th_spans: Sequence[tuple[int, int]]) -> Gold:
    """Connected groups of analysed sentences sharing gold sentences, in order."""
    es, ts = en.sentences, th.sentences
    e_gold, t_gold = _gold_of(es, en_spans), _gold_of(ts, th_spans)
    parent = list(range(len(en_spans)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for gs in e_gold + t_gold:
        gs = sorted(gs)
        for g in gs[1:]:
            parent[find(g)] = find(gs[0])
    groups: dict[int, tuple[list[int], list[int]]] = {}
    for sid, gs in zip(es["sent_id"], e_gold):
        groups.setdefault(find(min(gs)), ([], []))[0].append(int(sid))
    for sid, gs in zip(ts["sent_id"], t_gold):
        groups.setdefault(find(min(gs)), ([], []))[1].append(int(sid))
    # gold sentences with no analysed unit on one side (dropped Thai) stay null beads
    beads = []
    for root in sorted(groups):
        s, t = groups[root]
        beads.append((tuple(sorted(s)), tuple(sorted(t))))
    return beads


def build_cases(pud: pd.DataFrame, lo: int, hi: int, seed: int, damaged: bool) -> list[Case]:
    docs = make_docs(pud, lo, hi, seed, damaged)
    analyses = analyze_documents([d for pair in docs for d in pair[:2]])
    cases = []
    for k, (_, _, en_spans, th_spans) in enumerate(docs):
        en, th = analyses[2 * k], analyses[2 * k + 1]
        th_spans = [s if s[0] >= 0 else (10 ** 9, 10 ** 9) for s in th_spans]
        cases.append((en, th, gold_beads(en, th, en_spans, th_spans)))
    return cases


def predict(case: Case, embeddings: bool) -> Gold:
    en, th, _ = case
    result = al.align(en, th, level="sentence", embeddings=embeddings,
                      src_lang="en", tgt_lang="th")
    return [(b.src_ids, b.tgt_ids) for b in result.beads]


def evaluate(name: str, cases: list[Case], embeddings: bool) -> dict[str, Any]:
    gold_all: Gold = []
    pred_all: Gold = []
    for k, case in enumerate(cases):
        off = k * 100000

        def shift(beads: Gold) -> Gold:
            return [(tuple(i + off for i in s), tuple(j + off for j in t)) for s, t in beads]

        gold_all += shift(case[2])
        pred_all += shift(predict(case, embeddings))
    gold_set = set(gold_all)
    nulls = [b for b in pred_all if not (b[0] and b[1])]
    n_en = sum(len(c[0].sentences) for c in cases)
    n_th = sum(len(c[1].sentences) for c in cases)
    return {"dataset": name, "method": "ours+emb" if embeddings else "ours-noemb",
            "en_sents": n_en, "th_pieces": n_th, "n_gold": len(gold_all),
            **{k: v for k, v in score(gold_all, pred_all).items()},
            "gold_null": sum(1 for b in gold_all if not (b[0] and b[1])),
            "true_null": sum(b in gold_set for b in nulls),
            "false_null": sum(b not in gold_set for b in nulls)}


def seed_summary(en_path: Path, th_path: Path, embeddings: bool) -> dict[str, Any]:
    en = Document("seed:en", en_path.read_text(encoding="utf-8"))
    th = Document("seed:th", th_path.read_text(encoding="utf-8"))
    a, b = analyze_documents([en, th])
    result = al.align(a, b, level="sentence", embeddings=embeddings)
    kinds = Counter(x.kind for x in result.beads)
    return {"method": "ours+emb" if embeddings else "ours-noemb",
            "en_sents": len(a.sentences), "th_pieces": len(b.sentences),
            "null_beads": kinds["1-0"] + kinds["0-1"],
            "kinds": ", ".join(f"{k}×{v}" for k, v in sorted(kinds.items(), key=lambda x: -x[1]))}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pud", type=Path, default=SHARED / "data/pud/pud_en_th.tsv")
    parser.add_argument("--seed-en", type=Path, default=SHARED / "corpus/seeds/000_95b4ad82a63157e9.txt")
    parser.add_argument("--seed-th", type=Path, default=SHARED / "corpus/seeds/003_16970dbbe9772abc.txt")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--no-emb", action="store_true", help="only the no-embedding model")
    parser.add_argument("--fit", action="store_true", help="refit SENT_WEIGHTS on dev, print them")
    args = parser.parse_args(argv)
    for p in (args.pud, args.seed_en, args.seed_th):
        require(p)
    pud = read_tsv(args.pud)
    emb_options = [False] if args.no_emb else [True, False]
    if args.fit:
        from align_eval import fit  # noqa: PLC0415
        dev = []
        for damaged in (False, True):
            for r in range(2):
                dev += build_cases(pud, 0, DEV_SENTS, args.seed + 100 * r, damaged)
        for use_emb in emb_options:
            units = [u for c in dev for u in paragraph_cases(c)]
            print(f"SENT_WEIGHTS[{use_emb}] = {fit(units, use_emb, weights.SENT_KINDS)!r}")
        return 0
    rows = []
    for damaged in (False, True):
        cases = build_cases(pud, DEV_SENTS, len(pud), args.seed, damaged)
        for emb in emb_options:
            rows.append(evaluate(f"PUD docs {'damaged' if damaged else 'clean'} (test)",
                                 cases, emb))
    seed_rows = [seed_summary(args.seed_en, args.seed_th, emb) for emb in emb_options]
    with pd.option_context("display.width", 250, "display.max_columns", 30,
                           "display.max_colwidth", 120, "display.float_format", "{:.3f}".format):
        print(pd.DataFrame(rows).to_string(index=False))
        print()
        print("seed pair (000 EN / 003 TH):")
        print(pd.DataFrame(seed_rows).to_string(index=False))
    return 0


def paragraph_cases(case: Case) -> list[tuple[list[str], list[str], Gold]]:
    """One (en sentences, th pieces, gold) case per gold paragraph, local indices."""
    en, th, gold = case
    out = []
    for p in sorted(set(en.sentences["para_id"])):
        es = en.sentences[en.sentences["para_id"] == p]
        ts = th.sentences[th.sentences["para_id"] == p]
        e_loc = {int(s): k for k, s in enumerate(es["sent_id"])}
        t_loc = {int(s): k for k, s in enumerate(ts["sent_id"])}
        beads = [(tuple(e_loc[i] for i in s), tuple(t_loc[j] for j in t)) for s, t in gold
                 if (s and s[0] in e_loc) or (t and t[0] in t_loc)]
        out.append((es["text"].tolist(), ts["text"].tolist(), beads))
    return out


if __name__ == "__main__":
    raise SystemExit(main())
