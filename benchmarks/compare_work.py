"""How much work one ``compare()`` does: DP runs, characters scanned by the number
finder, and wall time, on the seed pair (or any EN/TH file pair).

    python benchmarks/compare_work.py [EN_FILE TH_FILE] [--repeat 3]

Counts come from wrapping the library's DP and number scanner for the run (the library
itself has no counters); the analysis is done before the timer starts, so the time is
the comparison's own (alignment + checks), the part ``compare`` adds to ``analyze``.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import massmob_nlp as mm
from massmob_nlp.alignment import dp
from massmob_nlp.numbers import table as numbers_table_module

HERE = Path(__file__).resolve().parent
SEEDS = HERE.parent.parent / "shared" / "corpus" / "seeds"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="*", default=[str(SEEDS / "000_95b4ad82a63157e9.txt"),
                                                 str(SEEDS / "003_16970dbbe9772abc.txt")])
    ap.add_argument("--repeat", type=int, default=3)
    ns = ap.parse_args()
    en, th = (mm.read_documents(f)[0] for f in ns.files)
    counts = {"dp_runs": 0, "scanned_chars": 0}
    real_dp, real_find = dp.banded_dp, numbers_table_module.find_numbers

    def counting_dp(ctx):  # type: ignore[no-untyped-def]
        counts["dp_runs"] += 1
        return real_dp(ctx)

    def counting_find(text, *args, **kwargs):  # type: ignore[no-untyped-def]
        counts["scanned_chars"] += len(text)
        return real_find(text, *args, **kwargs)

    dp.banded_dp = counting_dp
    numbers_table_module.find_numbers = counting_find
    times = []
    for _ in range(ns.repeat):
        a_en, a_th = mm.analyze_documents([en, th])
        counts.update(dp_runs=0, scanned_chars=0)
        t0 = time.perf_counter()
        mm.compare(a_en, a_th)
        times.append(time.perf_counter() - t0)
    doc_chars = len(en.text) + len(th.text)
    print(f"DP runs per compare: {counts['dp_runs']}")
    print(f"number finder scanned {counts['scanned_chars']} chars = "
          f"{counts['scanned_chars'] / doc_chars:.2f}x the two documents ({doc_chars} chars)")
    print(f"compare() on analysed documents: median {statistics.median(times):.3f} s "
          f"over {ns.repeat} runs")


if __name__ == "__main__":
    main()
