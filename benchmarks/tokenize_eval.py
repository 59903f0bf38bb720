"""Thai word segmentation: newmm vs nlpo3 against gold segmentations, and speed.

Token-boundary F1 compares the (start, end) character spans of non-space words with
the gold words of ``th_pud-ud-test.conllu`` (UD Thai-PUD) and ``th_tud-ud-test.conllu``
(UD Thai-TUD, finer conventions). Also times English and Thai tokenization through
the library.

    python benchmarks/tokenize_eval.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from _common import SHARED, best_time, print_table, require


def read_conllu(path: Path) -> list[tuple[str, list[str]]]:
    """(text, gold words) per sentence."""
    out, text, words = [], None, []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# text = "):
            text = line[len("# text = "):]
        elif not line.strip():
            if text is not None and words:
                out.append((text, words))
            text, words = None, []
        elif not line.startswith("#"):
            cols = line.split("\t")
            if re.fullmatch(r"\d+", cols[0]):
                words.append(cols[1])
    if text is not None and words:
        out.append((text, words))
    return out


def spans_of(text: str, words: list[str]) -> set[tuple[int, int]]:
    spans, pos = set(), 0
    for w in words:
        i = text.find(w, pos)
        if i < 0:
            continue
        spans.add((i, i + len(w)))
        pos = i + len(w)
    return spans


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=SHARED)
    args = parser.parse_args()
    from massmob_nlp.tokens import THAI_ENGINES, thai_tokens

    rows = []
    for name, rel in (("UD Thai-PUD", "data/pud/th_pud-ud-test.conllu"),
                      ("UD Thai-TUD", "data/tud/th_tud-ud-test.conllu")):
        sents = read_conllu(require(args.shared / rel))
        chars = sum(len(t) for t, _ in sents)
        for engine in THAI_ENGINES:
            tp = n_pred = n_gold = n_tok = 0
            for text, gold in sents:
                pred = set(thai_tokens(text, 0, len(text), engine))
                gold_spans = spans_of(text, gold)
                tp += len(pred & gold_spans)
                n_pred += len(pred)
                n_gold += len(gold_spans)
                n_tok += len(pred)
            p, r = tp / n_pred, tp / n_gold
            seconds = best_time(lambda: [thai_tokens(t, 0, len(t), engine) for t, _ in sents])
            rows.append({"gold": name, "engine": engine, "sentences": len(sents),
                         "precision": p, "recall": r, "F1": 2 * p * r / (p + r),
                         "tokens/s": f"{n_tok / seconds:,.0f}",
                         "chars/s": f"{chars / seconds:,.0f}"})
    print_table(rows)


if __name__ == "__main__":
    main()
