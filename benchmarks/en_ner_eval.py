"""English NER on general web text: PER/ORG/LOC exact-span F1 on Universal NER EWT.

    PYTHAINLP_OFFLINE=1 HF_HUB_OFFLINE=1 python benchmarks/en_ner_eval.py \
        [--data ../shared/data/uner] [--split dev test] [--bare en_core_web_sm] \
        [--errors 20]

Gold: UNER English-EWT (IOB2, one token per line, ``# text =`` holds the sentence;
CC BY-SA 4.0). Each sentence is passed on its own to the public API
``mm.entities_table(text, lang="en")`` in one batch (one Document per sentence), so
every source of the library (gazetteer, rules, spaCy model, span trimming) is scored,
with whichever English model the library picks (printed). ``--bare MODEL`` scores a
spaCy pipeline with no massmob_nlp code instead (the baseline).

Our labels map to UNER's: PERSON→PER, ORG→ORG, LOC→LOC (spaCy GPE and LOC);
everything else (FAC, NORP, EVENT, MISC...) is outside the three scored labels.
A prediction is correct when its label and both character offsets equal a gold span's.
"""

from __future__ import annotations

import argparse
import time
import warnings
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

from _common import SHARED, print_table, require

DEFAULT_DATA = SHARED / "data" / "uner"
SCORED = ("PER", "ORG", "LOC")
OURS_TO_UNER = {"PERSON": "PER", "ORG": "ORG", "LOC": "LOC"}
SPACY_TO_UNER = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC"}

Span = tuple[int, int, str]


class Sentence(NamedTuple):
    sent_id: str
    text: str
    gold: frozenset[Span]


def read_iob2(path: Path) -> Iterator[Sentence]:
    """Sentences of a UNER ``.iob2`` file with gold spans as character offsets."""
    sent_id, text, tokens = "", "", []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if line.startswith("# sent_id = "):
            sent_id = line[len("# sent_id = "):]
        elif line.startswith("# text = "):
            text = line[len("# text = "):]
        elif line.startswith("#"):
            continue
        elif line.strip():
            fields = line.split("\t")
            tokens.append((fields[1], fields[2]))
        elif tokens:
            yield Sentence(sent_id, text, frozenset(_gold_spans(text, tokens)))
            tokens = []


def _gold_spans(text: str, tokens: list[tuple[str, str]]) -> list[Span]:
    spans: list[Span] = []
    pos, current = 0, None
    for token, tag in tokens:
        found = text.find(token, pos)
        start = found if found >= 0 else pos
        end = start + len(token) if found >= 0 else pos
        pos = end
        if tag.startswith("B-") or (tag.startswith("I-") and current is None):
            if current:
                spans.append(current)
            current = (start, end, tag[2:])
        elif tag.startswith("I-") and current is not None:
            current = (current[0], end, current[2])
        else:
            if current:
                spans.append(current)
            current = None
    if current:
        spans.append(current)
    return spans


def predict_library(sents: list[Sentence]) -> tuple[list[set[Span]], str]:
    """Spans from ``mm.entities_table``, one Document per sentence."""
    import massmob_nlp as mm
    from massmob_nlp import _optional

    docs = [mm.Document(f"s{i}", s.text, {}) for i, s in enumerate(sents)]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        table = mm.entities_table(docs, lang="en")
    out: list[set[Span]] = [set() for _ in sents]
    for doc_id, start, end, label in table[["doc_id", "start_char", "end_char",
                                            "label"]].itertuples(index=False):
        if str(label) in OURS_TO_UNER:
            out[int(str(doc_id)[1:])].add((int(start), int(end),
                                           OURS_TO_UNER[str(label)]))
    nlp = _optional.english_nlp()
    return out, str(nlp.meta.get("massmob_package", nlp.meta.get("name")))


def predict_bare(sents: list[Sentence], model: str) -> tuple[list[set[Span]], str]:
    """Spans from a spaCy pipeline alone (package name or path)."""
    import spacy

    nlp = spacy.load(model)
    out = []
    for doc in nlp.pipe((s.text for s in sents), batch_size=256):
        out.append({(e.start_char, e.end_char, SPACY_TO_UNER[e.label_])
                    for e in doc.ents if e.label_ in SPACY_TO_UNER})
    return out, f"bare {model}"


def score(sents: list[Sentence], preds: list[set[Span]]) -> list[dict[str, object]]:
    """Exact-span precision, recall and F1 per label and micro-averaged."""
    tp: Counter[str] = Counter()
    n_pred: Counter[str] = Counter()
    n_gold: Counter[str] = Counter()
    for sent, pred in zip(sents, preds, strict=True):
        for _, _, label in sent.gold:
            n_gold[label] += 1
        for span in pred:
            n_pred[span[2]] += 1
            tp[span[2]] += span in sent.gold
    rows = []
    for label in (*SCORED, "micro"):
        keys = SCORED if label == "micro" else (label,)
        t, p, g = (sum(c[k] for k in keys) for c in (tp, n_pred, n_gold))
        prec, rec = t / p if p else 0.0, t / g if g else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        rows.append({"label": label, "gold": g, "pred": p, "correct": t,
                     "precision": prec, "recall": rec, "f1": f1})
    return rows


def show_errors(sents: list[Sentence], preds: list[set[Span]], n: int) -> None:
    """The first ``n`` sentences with a wrong or missed span."""
    shown = 0
    for sent, pred in zip(sents, preds, strict=True):
        if shown >= n or pred == sent.gold:
            continue
        shown += 1
        missed = [f"{sent.text[s:e]!r}/{lab}" for s, e, lab in sorted(sent.gold - pred)]
        wrong = [f"{sent.text[s:e]!r}/{lab}" for s, e, lab in sorted(pred - sent.gold)]
        print(f"- {sent.sent_id}: missed {missed} wrong {wrong}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--split", nargs="+", default=["dev", "test"])
    parser.add_argument("--bare", metavar="MODEL", help="score a bare spaCy pipeline")
    parser.add_argument("--errors", type=int, default=0, help="print N error sentences")
    args = parser.parse_args(argv)
    for split in args.split:
        sents = list(read_iob2(require(args.data / f"en_ewt-ud-{split}.iob2")))
        t0 = time.perf_counter()
        preds, name = (predict_bare(sents, args.bare) if args.bare
                       else predict_library(sents))
        seconds = time.perf_counter() - t0
        print(f"\n## EWT {split}: {len(sents)} sentences, {name}, {seconds:.0f} s")
        print_table(score(sents, preds))
        if args.errors:
            show_errors(sents, preds, args.errors)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
