"""The span rules of :mod:`massmob_nlp.entities.thai_split` on ThaiNER 1.5 val: exact
span P/R/F1 of the shipped Thai model as it is, and after the rules that cut a PERSON
span running into a position, a body or a place (:func:`split_person_spans`) and a
PERSON or ORGANIZATION span running into a clause (:func:`cut_clause_words`).

    PYTHAINLP_OFFLINE=1 python benchmarks/names_thai_spans_eval.py [val.txt] [--show N]

The rules must not lower the scores on gold spans (a name the rules cut that the gold
keeps whole is printed), while they fix the spans of news translations (measured by
``names_probe.py``).
"""

from __future__ import annotations

import argparse
from pathlib import Path

import _common  # sets the offline env and sys.path

from massmob_nlp import thai_ner as tn
from massmob_nlp.entities.thai_split import split_person_spans

DEFAULT_VAL = _common.SHARED / "data" / "thainer" / "val.txt"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("val", nargs="?", default=str(DEFAULT_VAL))
    ap.add_argument("--show", type=int, default=20, help="changed spans to print")
    args = ap.parse_args()
    path = Path(args.val)
    if not path.is_file():
        print(f"ThaiNER val not found at {path}; nothing to evaluate.")
        return
    docs = [tn.parse_thainer_line(line.rstrip("\n"))
            for line in path.read_text("utf-8").splitlines() if line.strip()]
    raw = [tn.predict_thai_entities(text) for text, _ in docs]
    plain = [[(s, e, lab) for s, e, lab, _ in p] for p in raw]
    ruled = [[(s, e, lab) for s, e, lab, _ in split_person_spans(text, p)]
             for (text, _), p in zip(docs, raw)]
    gold = [sp for _, sp in docs]
    print("model as it is:")
    print(tn.format_scores(tn.score_spans(gold, plain)))
    print("\nwith the span rules:")
    print(tn.format_scores(tn.score_spans(gold, ruled)))
    shown = 0
    print("\nchanged spans (gold of the sentence):")
    for (text, g), a, b in zip(docs, plain, ruled):
        if a != b and shown < args.show:
            shown += 1
            print(f"  model {[text[s:e] for s, e, _ in a if (s, e, _) not in b]} -> "
                  f"{[text[s:e] for s, e, _ in b if (s, e, _) not in a]} "
                  f"gold {[text[s:e] for s, e, _ in g]}")


if __name__ == "__main__":
    main()
