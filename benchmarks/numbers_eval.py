"""Quality of the number finder.

1. Precision and recall over (text, kind, key) tuples on our own gold sentences
   (``tests/numbers_gold.py``, English and Thai, written for this project).
2. Recall of numeric ThaiNER 1.5 entities (MONEY, PERCENT, DATE, TIME, LEN that contain
   a digit or a Thai number word): an entity counts as found when a row of ours
   overlaps it; ``same_span`` is the share whose span we reproduce exactly (ThaiNER's
   span conventions differ from ours for durations such as "3 วัน", which we report
   as the number only).

    python benchmarks/numbers_eval.py [--thainer ../shared/data/thainer/val.txt] [-v]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

from _common import ROOT, SHARED, print_table, require

sys.path.insert(0, str(ROOT / "tests" / "numbers"))

NUMERIC_LABELS = ("MONEY", "PERCENT", "DATE", "TIME", "LEN")
_TAG_RE = re.compile(r"\[(/?)([A-Z_]+)\]")
_NUMERIC_RE = re.compile(r"[0-9๐-๙]|หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ|ร้อย|พัน|"
                         r"หมื่น|แสน|ล้าน")


def gold_scores(verbose: bool = False) -> list[dict[str, object]]:
    """P/R/F1 per language over (text, kind, key) tuples of the gold cases."""
    from numbers_gold import GOLD

    from massmob_nlp.numbers import find_numbers

    rows = []
    for lang in ("en", "th", "all"):
        tp = n_pred = n_gold = 0
        for case_lang, text, expected in GOLD:
            if lang != "all" and case_lang != lang:
                continue
            gold = Counter(tuple(x) for x in expected)
            pred = Counter((m.text, m.kind, m.key) for m in find_numbers(text, case_lang))
            tp += sum((gold & pred).values())
            n_pred += sum(pred.values())
            n_gold += sum(gold.values())
            if verbose and lang != "all" and gold != pred:
                print(f"[{case_lang}] {text}\n  missing {dict(gold - pred)}\n"
                      f"  extra   {dict(pred - gold)}")
        p, r = tp / max(n_pred, 1), tp / max(n_gold, 1)
        rows.append({"gold": lang, "cases": sum(1 for c in GOLD if lang in ("all", c[0])),
                     "mentions": n_gold, "precision": p, "recall": r,
                     "f1": 2 * p * r / max(p + r, 1e-9)})
    return rows


def read_thainer(path: Path) -> list[tuple[str, list[tuple[int, int, str]]]]:
    """(plain text, [(start, end, label)]) per line of a ThaiNER file."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        text, spans, stack, pos = [], [], [], 0
        last = 0
        for m in _TAG_RE.finditer(line):
            text.append(line[last:m.start()])
            pos += m.start() - last
            last = m.end()
            if m.group(1):
                if stack and stack[-1][1] == m.group(2):
                    start, label = stack.pop()
                    spans.append((start, pos, label))
            else:
                stack.append((pos, m.group(2)))
        text.append(line[last:])
        out.append(("".join(text), spans))
    return out


def thainer_recall(path: Path, verbose: bool = False) -> list[dict[str, object]]:
    from massmob_nlp.numbers import find_numbers

    found: Counter[str] = Counter()
    exact: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for text, spans in read_thainer(path):
        wanted = [(s, e, lab) for s, e, lab in spans
                  if lab in NUMERIC_LABELS and _NUMERIC_RE.search(text[s:e])]
        if not wanted:
            continue
        mentions = find_numbers(text, "th")
        for s, e, lab in wanted:
            total[lab] += 1
            if any(m.start < e and s < m.end for m in mentions):
                found[lab] += 1
                exact[lab] += any((m.start, m.end) == (s, e) for m in mentions)
            elif verbose:
                print(f"missed {lab}: {text[s:e]!r} in …{text[max(0, s - 30):e + 30]}…")
    rows = [{"label": lab, "entities": total[lab], "found": found[lab],
             "recall": found[lab] / total[lab], "same_span": exact[lab] / total[lab]}
            for lab in NUMERIC_LABELS if total[lab]]
    n = max(sum(total.values()), 1)
    rows.append({"label": "all", "entities": sum(total.values()),
                 "found": sum(found.values()), "recall": sum(found.values()) / n,
                 "same_span": sum(exact.values()) / n})
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--thainer", type=Path,
                        default=SHARED / "data" / "thainer" / "val.txt")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    print("## Gold (text, kind, key) tuples\n")
    print_table(gold_scores(args.verbose))
    print("\n## ThaiNER numeric entities found (overlap)\n")
    print_table(thainer_recall(require(args.thainer), args.verbose))


if __name__ == "__main__":
    main()
