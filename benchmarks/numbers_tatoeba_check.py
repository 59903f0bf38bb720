"""Number problems reported on short human translations (Tatoeba English–Thai).

    python benchmarks/numbers_tatoeba_check.py              # ../shared/data/tatoeba
    python benchmarks/numbers_tatoeba_check.py PATH.tsv --quiet

The pairs that hold a number on either side (as :func:`massmob_nlp.numbers.find_numbers`
reads them: digits, English or Thai number words, Thai digits) are compared one by one
with ``mm.compare(en, th, embeddings=False)``. Tatoeba translations are made by people
and are mostly faithful, so most ``mismatch``/``missing``/``added`` rows printed here
are false alarms: read them. They are grouped by a pattern (status, kind and the
mention as written, digits replaced by ``9``), largest group first. No gold: this is
a check of false alarms on text we did not tune on, not a score.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
import warnings
from collections import defaultdict
from pathlib import Path
from typing import Any

from _common import SHARED, require

import massmob_nlp as mm
from massmob_nlp.numbers import find_numbers

DATA = SHARED / "data" / "tatoeba" / "tatoeba_en_th.tsv"
REPORTED = ("mismatch", "missing", "added")
_DIGIT = re.compile(r"[0-9๐-๙]")


def load_pairs(path: Path) -> list[tuple[str, str, str]]:
    """``(pair_id, en, th)`` rows of the TSV (one header row, no quoting)."""
    lines = require(path).read_text("utf-8").splitlines()[1:]
    return [(f[0], f[1], f[2]) for f in (line.split("\t") for line in lines) if len(f) >= 3]


def with_numbers(pairs: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """The pairs where our own reader finds a number on either side."""
    return [p for p in pairs
            if find_numbers(p[1], "en") or find_numbers(p[2], "th")]


def pattern(row: dict[str, Any]) -> str:
    """What a reported row is about: status, kind and the text(s), digits as 9."""
    def shape(text: Any) -> str:
        return "-" if text is None else _DIGIT.sub("9", str(text).lower())
    return f"{row['status']} {row['kind']}: {shape(row['src_text'])} | " \
        f"{shape(row['tgt_text'])}"


def problems(en: str, th: str) -> list[dict[str, Any]]:
    """The reported number rows of one pair."""
    cmp = mm.compare(en, th, embeddings=False, src_lang="en", tgt_lang="th")
    frame = cmp.numbers.astype(object).where(cmp.numbers.notna(), None)
    return [r for r in frame.to_dict("records") if r["status"] in REPORTED]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("path", type=Path, nargs="?", default=DATA)
    parser.add_argument("--quiet", action="store_true", help="only the counts")
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    pairs = with_numbers(load_pairs(args.path))
    groups: dict[str, list[tuple[str, str, str, dict[str, Any]]]] = defaultdict(list)
    start, n_rows, n_pairs = time.perf_counter(), 0, 0
    for pid, en, th in pairs:
        try:
            found = problems(en, th)
        except Exception as exc:  # one bad pair never stops the run
            print(f"{pid}: {type(exc).__name__}: {exc}")
            continue
        n_rows += len(found)
        n_pairs += bool(found)
        for row in found:
            groups[pattern(row)].append((pid, en, th, row))
    print(f"{len(pairs)} pairs with a number; {n_rows} number problems reported in "
          f"{n_pairs} pairs ({time.perf_counter() - start:.0f}s)")
    by_status: dict[str, int] = defaultdict(int)
    for rows in groups.values():
        for *_, row in rows:
            by_status[row["status"]] += 1
    print("by status: " + ", ".join(f"{k} {v}" for k, v in sorted(by_status.items())))
    if args.quiet:
        return
    for pat, rows in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        print(f"\n{len(rows):3d}  {pat}")
        for pid, en, th, row in rows:
            print(f"     {pid}  {en}  ||  {th}   [{row['note'] or ''}]")


if __name__ == "__main__":
    sys.exit(main())
