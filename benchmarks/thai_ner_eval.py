#!/usr/bin/env python
"""Evaluate the shipped Thai NER model on ThaiNER 1.5 val and measure speed.

Usage (from the repository root)::

    PYTHAINLP_OFFLINE=1 python benchmarks/thai_ner_eval.py [../shared/data/thainer/val.txt]

Prints exact-span P/R/F1 per label and micro, and throughput in chars/s
(model loading excluded).  Exits cleanly with a message when the data file
is absent.

``--check-items`` also checks, on every chunk of the file, that the fast paths give
exactly what the plain ones give: the CRF items of ``thai_ner.items.ItemBuilder``
against ``crf_items(sentence_features(...))`` and the POS tags of
``thai_ner.pos.orchid_tags`` against PyThaiNLP's ``pos_tag(engine="perceptron",
corpus="orchid")``.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path
from typing import List, Optional, Sequence, Tuple

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))
os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from massmob_nlp import thai_ner as tn  # noqa: E402

DEFAULT_VAL = REPO_ROOT / ".." / "shared" / "data" / "thainer" / "val.txt"


def main(argv: Optional[Sequence[str]] = None) -> int:
    ap = argparse.ArgumentParser(description="Thai NER exact-span evaluation on ThaiNER val")
    ap.add_argument("val", nargs="?", default=str(DEFAULT_VAL), help="ThaiNER-format file (default: %(default)s)")
    ap.add_argument("--model-dir", default=None, help="model directory (default: the shipped models/thai_ner)")
    ap.add_argument("--check-items", action="store_true",
                    help="check the fast CRF items and POS tags against the plain ones")
    args = ap.parse_args(argv)

    val = Path(args.val)
    if not val.is_file():
        print(f"Thai NER eval data not found at {val}; nothing to evaluate.")
        return 0

    docs: List[Tuple[str, List[Tuple[int, int, str]]]] = []
    with open(val, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if line.strip():
                docs.append(tn.parse_thainer_line(line))

    t0 = time.perf_counter()
    tn.load_thai_ner(args.model_dir)
    load_s = time.perf_counter() - t0
    tn.predict_thai_entities("นายสมชาย", args.model_dir)  # warm up tokenizer dictionaries

    t1 = time.perf_counter()
    preds = [[(s, e, lab) for s, e, lab, _ in tn.predict_thai_entities(text, args.model_dir)] for text, _ in docs]
    dt = time.perf_counter() - t1
    nchars = sum(len(t) for t, _ in docs)

    for (text, _), p in zip(docs, preds):
        for s, e, _lab in p:
            assert text[s:e] == text[s:e].strip() and e > s, "bad span offsets"

    if args.check_items:
        print(check_items([text for text, _ in docs], args.model_dir))
    scores = tn.score_spans([sp for _, sp in docs], preds)
    print(f"data: {val} ({len(docs)} docs, {nchars:,} chars, {sum(len(sp) for _, sp in docs)} gold spans)")
    print(f"model: {tn.load_thai_ner(args.model_dir).model_dir} (load {load_s:.2f}s)")
    print(tn.format_scores(scores))
    print(f"speed: {nchars / dt:,.0f} chars/s ({dt:.2f}s, single process)")
    return 0


def check_items(texts: Sequence[str], model_dir: Optional[str]) -> str:
    """Compare the fast CRF items and POS tags with the plain ones on every chunk."""
    from pythainlp.tag import pos_tag

    from massmob_nlp.thai_ner.pos import orchid_tags

    model = tn.load_thai_ner(model_dir)
    n_chunks = n_tokens = 0
    for text in texts:
        for _, chunk in tn.split_into_chunks(text, model.max_chunk_chars):
            tokens = tn.tokenize(chunk, model.split_table)
            words = [t for t in tokens if not t.isspace()]
            plain_tags = [t for _, t in pos_tag(words, engine="perceptron", corpus="orchid")]
            assert orchid_tags(words) == plain_tags, f"POS tags differ: {chunk!r}"
            pos = tn.pos_tag_tokens(tokens) if model.use_pos else None
            plain = tn.crf_items(tn.sentence_features(tokens, model.gazetteer, pos,
                                                      model.entity_dict))
            fast = model.item_builder.items(tokens, pos)
            assert [list(i.items()) for i in fast] == [list(i.items()) for i in plain], (
                f"CRF items differ: {chunk!r}")
            n_chunks, n_tokens = n_chunks + 1, n_tokens + len(tokens)
    return f"check-items: {n_chunks} chunks, {n_tokens:,} tokens: items and POS tags identical"


if __name__ == "__main__":
    raise SystemExit(main())
