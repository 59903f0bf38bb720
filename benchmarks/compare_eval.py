"""Translation-check quality: plant changes in the Thai seed and see what is reported.

    python benchmarks/compare_eval.py                       # 3 trials per change type
    python benchmarks/compare_eval.py --trials 10 --seed 1
    python benchmarks/compare_eval.py --en EN.txt --th TH.txt

First the unchanged pair is compared (its problems are the baseline: on the seed pair,
"over 55 million" → "สูงถึง 55 ล้าน" and the untranslated QCDC). Then each trial applies
one change to a copy of the Thai text and compares again; a trial is *exact* when the
problems reported minus the baseline's are exactly the expected ones (nothing missed,
nothing else). Change types:

* ``change_number``: one digit of a Thai number changed → 1 ``mismatch``
* ``drop_number``: a Thai number deleted → 1 ``missing``
* ``add_number``: "ใน N เขต" appended to a Thai number phrase → 1 ``added``
* ``drop_paragraph``: a Thai paragraph deleted → 1 ``omitted`` passage, one
  ``missing`` per number of the English paragraph and one per checked entity
  (a person or legal document found by the gazetteer or rules)
* ``add_paragraph``: a Thai paragraph with two numbers inserted → 1 ``added`` passage
  and 2 ``added`` numbers
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import warnings
from collections import Counter
from pathlib import Path
from typing import Any, Callable

from _common import ROOT, SHARED, print_table, require

sys.path.insert(0, str(ROOT))

from massmob_nlp import analyze, compare  # noqa: E402

SEEDS = SHARED / "corpus" / "seeds"
NEW_PARAGRAPH = "ผู้ว่าราชการจังหวัดได้เยี่ยมชม 37 หมู่บ้านในปี 2566 และพบปะประชาชน"
"""Written for this benchmark (not from any corpus)."""
KINDS = ("cardinal", "money", "percent", "year")


def problems(cmp: Any) -> Counter:
    p = cmp.problems()
    return Counter(zip(p["table"], p["status"]))


def _candidates(base: Any) -> list[Any]:
    """Thai number mentions that were matched in the baseline (safe to change)."""
    n = base.numbers
    ok = n["status"].astype(str).isin(["match", "format_only"]) & \
        n["kind"].astype(str).isin(KINDS)
    return list(n[ok].itertuples(index=False))


def change_number(th: str, base: Any, rng: random.Random) -> tuple[str, Counter]:
    row = rng.choice(_candidates(base))
    a, b = int(row.tgt_start_char), int(row.tgt_end_char)
    digits = [k for k in range(a, b) if th[k].isdigit()]
    k = digits[-1]
    new = "๐๑๒๓๔๕๖๗๘๙"[(int(th[k]) + 1) % 10] if th[k] in "๐๑๒๓๔๕๖๗๘๙" else \
        str((int(th[k]) % 9) + 1)
    return th[:k] + new + th[k + 1:], Counter({("numbers", "mismatch"): 1})


def drop_number(th: str, base: Any, rng: random.Random) -> tuple[str, Counter]:
    row = rng.choice(_candidates(base))
    a, b = int(row.tgt_start_char), int(row.tgt_end_char)
    return th[:a] + th[b:], Counter({("numbers", "missing"): 1})


def add_number(th: str, base: Any, rng: random.Random) -> tuple[str, Counter]:
    row = rng.choice(_candidates(base))
    b = int(row.tgt_end_char)
    return th[:b] + f" ใน {rng.randint(12, 29)} เขต" + th[b:], Counter({("numbers", "added"): 1})


def _body_lines(cmp: Any) -> list[int]:
    p = cmp.tgt.paragraphs
    return [int(i) for i in p.loc[~p["is_boilerplate"], "para_id"]][1:]


def drop_paragraph(th: str, base: Any, rng: random.Random) -> tuple[str, Counter]:
    k = rng.choice(_body_lines(base))
    lines = th.split("\n")
    del lines[k]
    n_src = int((base.src.numbers["para_id"] == k).sum())  # seed: line k ↔ line k
    ents = base.entities
    n_ent = int((ents["checked"] & (ents["src_para_id"] == k)).sum())  # people, laws
    expect = Counter({("passages", "omitted"): 1})
    if n_src:
        expect[("numbers", "missing")] = n_src
    if n_ent:
        expect[("entities", "missing")] = n_ent
    return "\n".join(lines), expect


def add_paragraph(th: str, base: Any, rng: random.Random) -> tuple[str, Counter]:
    k = rng.choice(_body_lines(base))
    lines = th.split("\n")
    lines.insert(k, NEW_PARAGRAPH)
    return "\n".join(lines), Counter({("passages", "added"): 1, ("numbers", "added"): 2})


CHANGES: dict[str, Callable[[str, Any, random.Random], tuple[str, Counter]]] = {
    f.__name__: f for f in (change_number, drop_number, add_number, drop_paragraph,
                            add_paragraph)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--en", type=Path, default=SEEDS / "000_95b4ad82a63157e9.txt")
    parser.add_argument("--th", type=Path, default=SEEDS / "003_16970dbbe9772abc.txt")
    parser.add_argument("--trials", type=int, default=3, help="trials per change type")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    en_text = require(args.en).read_text("utf-8")
    th = require(args.th).read_text("utf-8")
    src = analyze(en_text)
    start = time.perf_counter()
    base = compare(src, th)
    print(f"baseline ({time.perf_counter() - start:.1f}s): {base.verdict}")
    print(base.summary.drop("verdict").to_string(), "\n")
    rng = random.Random(args.seed)
    rows = []
    for name, change in CHANGES.items():
        exact, missed, extra = 0, Counter(), Counter()
        for _ in range(args.trials):
            text, expect = change(th, base, rng)
            got = problems(compare(src, text))
            got.subtract(problems(base))
            got = +got
            exact += got == expect
            missed.update(expect - got)
            extra.update(got - expect)
        rows.append({"change": name, "trials": args.trials, "exact": exact,
                     "missed": ", ".join(f"{k[1]}×{v}" for k, v in missed.items()) or "-",
                     "extra": ", ".join(f"{k[1]}×{v}" for k, v in extra.items()) or "-"})
    print_table(rows)


if __name__ == "__main__":
    main()
