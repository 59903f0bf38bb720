"""Number problems on short English→Thai news pairs we wrote ourselves.

    python benchmarks/news_pairs_probe.py             # both sets, every problem printed
    python benchmarks/news_pairs_probe.py --quiet     # the two figures only

``benchmarks/data/news_pairs/`` holds pairs written for this probe in the style of
general news (business, politics, sport, weather, crime, health, science, world; one
sentence or a short article each), never copied from a corpus:

* ``kept.jsonl`` (444 pairs): the Thai keeps every number, written the way Thai news
  writes it (``1.2 หมื่นล้านบาท``, Buddhist-Era years, ``19.00 น.``, Thai month names,
  number words, ``คนหนึ่ง`` for "a man"). Any ``mismatch``/``missing``/``added`` row is a
  false alarm.
* ``changed.jsonl`` (97 pairs): the Thai changes, drops or adds a number (``change``
  says what, when noted). A pair is found when ``compare`` reports at least one problem.

It complements ``compare_real_eval.py`` (real translations, hand-made gold): these pairs
name one construction each, so a regression points at its rule. They are not a
measure of real translations, and rules must not be fitted to them.
"""

from __future__ import annotations

import argparse
import json
import time
import warnings
from typing import Any

from _common import ROOT

import massmob_nlp as mm

DATA = ROOT / "benchmarks" / "data" / "news_pairs"
PROBLEMS = frozenset({"mismatch", "missing", "added"})


def _load(name: str) -> list[dict[str, Any]]:
    with (DATA / f"{name}.jsonl").open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _problems(pair: dict[str, Any]) -> list[str]:
    numbers = mm.compare(pair["en"], pair["th"], src_lang="en", tgt_lang="th").numbers
    bad = numbers[numbers["status"].isin(PROBLEMS)]
    return [f"{s:8s} {a!r} | {b!r} {n or ''}".rstrip() for s, a, b, n in zip(
        bad["status"], bad["src_text"].fillna(""), bad["tgt_text"].fillna(""),
        bad["note"].fillna(""))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quiet", action="store_true", help="print the figures only")
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    start = time.perf_counter()
    alarms = 0
    kept = _load("kept")
    for pair in kept:
        found = _problems(pair)
        alarms += bool(found)
        if found and not args.quiet:
            print(f"false alarm {pair['id']}: {pair['en']}\n    {pair['th']}")
            print("".join(f"    -> {x}\n" for x in found), end="")
    changed = _load("changed")
    flagged = 0
    for pair in changed:
        found = _problems(pair)
        flagged += bool(found)
        if not found and not args.quiet:
            note = f" ({pair['change']})" if pair.get("change") else ""
            print(f"missed {pair['id']}{note}: {pair['en']}\n    {pair['th']}")
    print(f"\nkept pairs with a false alarm: {alarms} of {len(kept)}")
    print(f"changed pairs flagged: {flagged} of {len(changed)} "
          f"({flagged / len(changed):.3f})")
    print(f"{time.perf_counter() - start:.0f} s")


if __name__ == "__main__":
    main()
