#!/usr/bin/env python
"""Train the Thai NER model shipped in models/thai_ner/ (CRF, plus an optional
spaCy ``ner`` ensemble member with ``--spacy-epochs``).

Usage (from the repository root)::

    PYTHAINLP_OFFLINE=1 python models/train_thai_ner.py --spacy-epochs 12 \
        --data ../shared/data/thainer --out models/thai_ner

Reads ``train.txt`` (training) and ``val.txt`` (evaluation only) from
``--data`` (ThaiNER 1.5, inline ``[LABEL]...[/LABEL]`` tags), writes
``model.crfsuite``, ``meta.json`` (and ``spacy_ner/``) to ``--out`` and prints per-label and
micro exact-span P/R/F1 on val.  Tokenization and features come from
``massmob_nlp.thai_ner`` so training and inference share the same code.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any, Dict, List, Optional, Sequence, Tuple

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from massmob_nlp import thai_ner as tn  # noqa: E402
from massmob_nlp.thai_ner import spacy_model as sp  # noqa: E402

Span = Tuple[int, int, str]
Doc = Tuple[str, List[Span]]

N_GAZ_FOLDS = 5


def read_docs(path: Path) -> List[Doc]:
    docs: List[Doc] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if line.strip():
                docs.append(tn.parse_thainer_line(line))
    return docs


def chunk_doc(text: str, spans: Sequence[Span], max_chars: int) -> List[Doc]:
    """Split a training doc like inference does; spans crossing a cut are dropped."""
    out: List[Doc] = []
    for off, chunk in tn.split_into_chunks(text, max_chars):
        end = off + len(chunk)
        sub = [(s - off, e - off, lab) for s, e, lab in spans if s >= off and e <= end]
        out.append((chunk, sub))
    return out


def learn_split_table(docs: Sequence[Doc], min_count: int, min_ratio: float) -> Dict[str, List[int]]:
    """Tokens that often contain an entity boundary -> offsets to cut them at."""
    total: Counter = Counter()
    cuts: Dict[str, Counter] = defaultdict(Counter)
    for text, spans in docs:
        toks = tn.tokenize(text, {})
        bounds = {b for s, e, _ in spans for b in (s, e)}
        p = 0
        for t in toks:
            total[t] += 1
            for b in bounds:
                if p < b < p + len(t):
                    cuts[t][b - p] += 1
            p += len(t)
    table: Dict[str, List[int]] = {}
    for t, c in cuts.items():
        keep = sorted(o for o, n in c.items() if n >= min_count and n / total[t] >= min_ratio)
        if keep:
            table[t] = keep
    return table


def force_split(tokens: List[str], spans: Sequence[Span]) -> List[str]:
    """Cut tokens at gold entity boundaries (training only)."""
    bounds = sorted({b for s, e, _ in spans for b in (s, e)})
    if not bounds:
        return tokens
    out: List[str] = []
    p = 0
    for t in tokens:
        inner = [b - p for b in bounds if p < b < p + len(t)]
        prev = 0
        for c in inner:
            out.append(t[prev:c])
            prev = c
        out.append(t[prev:])
        p += len(t)
    return out


def bio_tags(tokens: Sequence[str], spans: Sequence[Span]) -> List[str]:
    tags = ["O"] * len(tokens)
    starts = []
    p = 0
    for t in tokens:
        starts.append(p)
        p += len(t)
    for s, e, lab in spans:
        first = True
        for i, st in enumerate(starts):
            en = st + len(tokens[i])
            if st >= s and en <= e:
                tags[i] = ("B-" if first else "I-") + lab
                first = False
    return tags


def build_gazetteer(
    tok_docs: Sequence[Tuple[List[str], List[str]]], min_count: int, min_ratio: float
) -> Dict[str, str]:
    """Token -> '<LABEL>_<B|I>' when the token is mostly inside that label."""
    total: Counter = Counter()
    inside: Dict[str, Counter] = defaultdict(Counter)
    for toks, tags in tok_docs:
        for t, tag in zip(toks, tags):
            if t.isspace():
                continue
            w = t.lower()
            total[w] += 1
            if tag != "O":
                inside[w][tag[2:] + "_" + tag[0]] += 1
    gaz: Dict[str, str] = {}
    for w, c in inside.items():
        lab, n = c.most_common(1)[0]
        if n >= min_count and n / total[w] >= min_ratio:
            gaz[w] = lab
    return gaz


def build_entity_dict(docs: Sequence[Doc], tok_docs: Sequence[Tuple[List[str], List[str]]]) -> Dict[str, str]:
    """Known entity strings -> 'LABEL|reliability' (h/m/l: share of the
    string's token-aligned occurrences in these docs that are gold spans)."""
    labels: Dict[str, Counter] = defaultdict(Counter)
    for text, spans in docs:
        for s, e, lab in spans:
            surf = text[s:e].lower()
            if len(surf) >= 2:
                labels[surf][lab] += 1
    cand = {surf: c.most_common(1)[0][0] for surf, c in labels.items()}
    hit: Counter = Counter()
    seen: Counter = Counter()
    for (text, spans), (toks, _tags) in zip(docs, tok_docs):
        gold = {(s, e, lab) for s, e, lab in spans}
        starts = []
        p = 0
        for t in toks:
            starts.append(p)
            p += len(t)
        m = tn.match_entity_dict(toks, cand)
        i = 0
        while i < len(toks):
            if m[i].startswith("B-"):
                j = i + 1
                while j < len(toks) and m[j].startswith("I-"):
                    j += 1
                surf = "".join(toks[i:j]).lower()
                seen[surf] += 1
                if (starts[i], starts[j - 1] + len(toks[j - 1]), cand[surf]) in gold:
                    hit[surf] += 1
                i = j
            else:
                i += 1
    out: Dict[str, str] = {}
    for surf, lab in cand.items():
        if not seen[surf]:
            continue  # never matched as a whole token run: useless as a feature
        r = hit[surf] / seen[surf]
        out[surf] = lab + "|" + ("h" if r >= 0.8 else "m" if r >= 0.4 else "l")
    return out



def train_spacy(
    tok_docs: Sequence[Tuple[List[str], List[str]]],
    out_dir: Path,
    epochs: int,
    seed: int,
    batch_size: int = 16,
    dropout: float = 0.2,
    log: Optional[Any] = print,
) -> None:
    """Train the spaCy ``ner`` pipe on BIO-tagged token sequences; save to
    ``out_dir / sp.SPACY_DIR``."""
    import spacy
    from spacy.training import Example
    from spacy.util import fix_random_seed, minibatch

    fix_random_seed(seed)
    nlp = spacy.blank("xx")
    nlp.add_pipe("ner")
    examples = []
    for toks, tags in tok_docs:
        ref = sp.make_doc(nlp, toks)
        ents = [ref.char_span(s, e, label=lab) for s, e, lab, _ in tn.bio_to_spans(toks, tags)]
        ref.ents = [x for x in ents if x is not None]
        examples.append(Example(sp.make_doc(nlp, toks), ref))
    opt = nlp.initialize(lambda: examples)
    rng = random.Random(seed)
    for ep in range(epochs):
        rng.shuffle(examples)
        losses: Dict[str, float] = {}
        for batch in minibatch(examples, size=batch_size):
            nlp.update(batch, drop=dropout, sgd=opt, losses=losses)
        if log:
            log(f"spacy epoch {ep + 1}/{epochs}: loss {losses.get('ner', 0.0):.0f}")
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    nlp.to_disk(Path(out_dir) / sp.SPACY_DIR)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=str(REPO_ROOT / ".." / "shared" / "data" / "thainer"))
    ap.add_argument("--out", default=str(REPO_ROOT / "models" / "thai_ner"))
    ap.add_argument("--c1", type=float, default=0.05)
    ap.add_argument("--c2", type=float, default=0.01)
    ap.add_argument("--max-iter", type=int, default=150)
    ap.add_argument("--pos", action=argparse.BooleanOptionalAction, default=True,
                    help="add perceptron ORCHID POS-tag features")
    ap.add_argument("--gazetteer", action=argparse.BooleanOptionalAction, default=True)
    ap.add_argument("--entity-dict", action=argparse.BooleanOptionalAction, default=False,
                    help="known-entity-string match features (built out-of-fold for training)")
    ap.add_argument("--min-label-count", type=int, default=5,
                    help="drop labels with fewer training spans (e.g. a stray [T] tag)")
    ap.add_argument("--exclude-val", action=argparse.BooleanOptionalAction, default=True,
                    help="drop training lines whose text also occurs in val.txt (in ThaiNER 1.5 "
                         "as distributed here every val line is also in train.txt)")
    ap.add_argument("--spacy-epochs", type=int, default=0,
                    help="also train a spaCy ner pipe (HashEmbedCNN, from scratch) for this many "
                         "epochs and ensemble it with the CRF (0 = CRF only)")
    ap.add_argument("--spacy-threshold", type=float, default=0.1,
                    help="min mean CRF marginal of the label for adding a spaCy-only span")
    ap.add_argument("--spacy-keep-threshold", type=float, default=0.6,
                    help="CRF spans scoring below this are kept only if spaCy predicts the same span")
    ap.add_argument("--seed", type=int, default=13)
    args = ap.parse_args(argv)

    random.seed(args.seed)
    try:
        import numpy as np

        np.random.seed(args.seed)
    except ImportError:  # pragma: no cover
        pass
    import pycrfsuite

    data = Path(args.data)
    out = Path(args.out)
    train_path, val_path = data / "train.txt", data / "val.txt"
    if not train_path.is_file():
        print(f"training data not found: {train_path}", file=sys.stderr)
        return 2
    t0 = time.time()
    train_docs = read_docs(train_path)
    label_counts = Counter(lab for _, sp in train_docs for *_, lab in sp)
    keep = {lab for lab, n in label_counts.items() if n >= args.min_label_count}
    dropped = sorted(set(label_counts) - keep)
    if dropped:
        print(f"dropping rare labels: {dropped}")
    train_docs = [(t, [s for s in sp if s[2] in keep]) for t, sp in train_docs]
    val_docs = read_docs(val_path) if val_path.is_file() else []
    if args.exclude_val and val_docs:
        val_texts = {t for t, _ in val_docs}
        n0 = len(train_docs)
        train_docs = [d for d in train_docs if d[0] not in val_texts]
        print(f"excluded {n0 - len(train_docs)} training lines that also occur in val")
    chunks: List[Doc] = []
    for text, spans in train_docs:
        chunks.extend(chunk_doc(text, spans, tn.MAX_CHUNK_CHARS))
    used = Counter(lab for _, sp in train_docs for *_, lab in sp)
    print(f"{len(train_docs)} train docs, {len(chunks)} chunks, spans per label: "
          + ", ".join(f"{k}={n}" for k, n in used.most_common()))

    split_table = learn_split_table(chunks, min_count=2, min_ratio=0.05)
    print(f"split table: {len(split_table)} entries")

    tok_docs: List[Tuple[List[str], List[str]]] = []
    n_lost = 0
    for text, spans in chunks:
        toks = force_split(tn.tokenize(text, split_table), spans)
        assert "".join(toks) == text
        tags = bio_tags(toks, spans)
        n_lost += len(spans) - sum(t.startswith("B-") for t in tags)
        tok_docs.append((toks, tags))
    assert n_lost == 0, n_lost
    print(f"tokenized in {time.time() - t0:.1f}s, {sum(len(t) for t, _ in tok_docs)} tokens")

    # Gazetteer cues: the shipped one is built from all training data; each
    # training chunk's features use one built WITHOUT its own fold, so the CRF
    # does not learn to over-trust a cue that is perfect on seen data.
    gaz_kw = dict(min_count=2, min_ratio=0.5)
    full_gaz: Dict[str, str] = {}
    fold_of = [i % N_GAZ_FOLDS for i in range(len(tok_docs))]
    fold_gaz: List[Dict[str, str]] = [{} for _ in range(N_GAZ_FOLDS)]
    if args.gazetteer:
        full_gaz = build_gazetteer(tok_docs, **gaz_kw)
        for k in range(N_GAZ_FOLDS):
            fold_gaz[k] = build_gazetteer([d for d, f in zip(tok_docs, fold_of) if f != k], **gaz_kw)
        print(f"gazetteer: {len(full_gaz)} tokens")
    full_ed: Dict[str, str] = {}
    fold_ed: List[Dict[str, str]] = [{} for _ in range(N_GAZ_FOLDS)]
    if args.entity_dict:
        full_ed = build_entity_dict(chunks, tok_docs)
        for k in range(N_GAZ_FOLDS):
            idx = [i for i, f in enumerate(fold_of) if f != k]
            fold_ed[k] = build_entity_dict([chunks[i] for i in idx], [tok_docs[i] for i in idx])
        print(f"entity dictionary: {len(full_ed)} strings")

    trainer = pycrfsuite.Trainer(verbose=False)
    t1 = time.time()
    for (toks, tags), fold in zip(tok_docs, fold_of):
        pos = tn.pos_tag_tokens(toks) if args.pos else None
        trainer.append(tn.crf_items(tn.sentence_features(toks, fold_gaz[fold], pos, fold_ed[fold])), tags)
    print(f"features in {time.time() - t1:.1f}s")
    trainer.set_params({
        "c1": args.c1,
        "c2": args.c2,
        "max_iterations": args.max_iter,
        "feature.possible_transitions": True,
    })
    out.mkdir(parents=True, exist_ok=True)
    model_path = out / tn.MODEL_FILE
    t2 = time.time()
    trainer.train(str(model_path))
    print(f"trained in {time.time() - t2:.1f}s ({args.max_iter} max iterations)")
    if args.spacy_epochs > 0:
        import shutil


        shutil.rmtree(out / sp.SPACY_DIR, ignore_errors=True)
        t4 = time.time()
        train_spacy(tok_docs, out, epochs=args.spacy_epochs, seed=args.seed)
        print(f"spaCy ner trained in {time.time() - t4:.1f}s")

    meta = {
        "format": 1,
        "description": "ThaiNER 1.5 CRF (python-crfsuite); see README.md",
        "labels": sorted(keep),
        "tokenizer_engine": tn.TOKENIZER_ENGINE,
        "max_chunk_chars": tn.MAX_CHUNK_CHARS,
        "use_pos": bool(args.pos),
        "spacy_ensemble": args.spacy_epochs > 0,
        "spacy_threshold": args.spacy_threshold,
        "spacy_keep_threshold": args.spacy_keep_threshold,
        "params": {"c1": args.c1, "c2": args.c2, "max_iterations": args.max_iter, "seed": args.seed,
                   "exclude_val": bool(args.exclude_val), "n_train_docs": len(train_docs),
                   "spacy_epochs": args.spacy_epochs},
        "split_table": dict(sorted(split_table.items())),
        "gazetteer": dict(sorted(full_gaz.items())),
        "entity_dict": dict(sorted(full_ed.items())),
    }
    with open(out / tn.META_FILE, "w", encoding="utf-8") as fh:
        json.dump(meta, fh, ensure_ascii=False, indent=0, sort_keys=False)
        fh.write("\n")
    size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    print(f"wrote {out} ({size / 1e6:.2f} MB)")

    if val_docs:
        model = tn.ThaiNER(out)
        t3 = time.time()
        preds = [[(s, e, lab) for s, e, lab, _ in model.predict(text)] for text, _ in val_docs]
        dt = time.time() - t3
        nchars = sum(len(t) for t, _ in val_docs)
        scores = tn.score_spans([sp for _, sp in val_docs], preds)
        print(f"\nval: {len(val_docs)} docs, {nchars} chars, {nchars / dt:,.0f} chars/s")
        print(tn.format_scores(scores))
    else:
        print(f"(no {val_path}; skipping evaluation)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
