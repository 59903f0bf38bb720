"""Time and peak memory of tokenizing pathological paragraphs (bounded, not hours).

    python benchmarks/pathological.py
"""

from __future__ import annotations

import resource
import time

from _common import print_table

CASES = {
    "200,000 x one Thai char": "ก" * 200_000,
    "5 MB Thai, no spaces": ("การระดมมวลชนของคณะกรรมการพรรค" * 60_000)[:1_700_000],
    "5 MB Latin, no spaces": "x" * 5_000_000,
    "1 MB digits and commas": ("1,2,3,," * 150_000)[:1_000_000],
}


def main() -> None:
    from massmob_nlp import tokenize

    tokenize("warm up ภาษาไทย")
    rows = []
    for name, text in CASES.items():
        start = time.perf_counter()
        toks = tokenize(text)
        seconds = time.perf_counter() - start
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
        assert "".join(toks["text"]) == text
        rows.append({"input": name, "MB (UTF-8)": f"{len(text.encode()) / 1e6:.1f}",
                     "seconds": f"{seconds:.1f}", "tokens": len(toks),
                     "peak RSS MB so far": f"{peak / 1e6:.0f}"})
    print_table(rows)


if __name__ == "__main__":
    main()
