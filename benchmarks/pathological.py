"""Time and peak memory of tokenizing pathological paragraphs (bounded, not hours).

Each case runs in its own process, so its peak memory is its own (the baseline is a
process that only tokenized a warm-up sentence). A case that exceeds ``--timeout``
is reported as such instead of stopping the run.

    python benchmarks/pathological.py [--timeout 120] [--case NAME ...]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

from _common import print_table

TIMEOUT = 120.0
"""Seconds a case may take before it is reported as a timeout."""


def _cases() -> dict[str, str]:
    seed = "การระดมมวลชนของคณะกรรมการพรรค"
    return {
        "none (baseline: warm-up only)": "",
        "200,000 x one Thai char (ก)": "ก" * 200_000,
        "200,000 x ส (PyThaiNLP #239)": "ส" * 200_000,
        "200,000 chars of กรอ repeated": ("กรอ" * 70_000)[:200_000],
        "23 x ส then ก, repeated (216,000)": ("ส" * 23 + "ก") * 9_000,
        "200,000 x ๆ": "ๆ" * 200_000,
        "stacked Thai marks (ก + 6 marks) x 30,000": ("ก" + "\u0e34\u0e48\u0e49" * 2) * 30_000,
        "zero-width space inside Thai words x 50,000": ("ภา\u200bษา" + "ไ\u200cทย") * 25_000,
        "Thai/Latin letters alternating (200,000)": "กa" * 100_000,
        "flag emoji x 50,000": "\U0001F1FB\U0001F1F3" * 50_000,
        "5 MB Thai, no spaces": (seed * 60_000)[:1_700_000],
        "5 MB Latin, no spaces": "x" * 5_000_000,
        "1 MB digits and commas": ("1,2,3,," * 150_000)[:1_000_000],
        "1,000,000 digits": "7" * 1_000_000,
    }


def run_case(name: str) -> dict[str, object]:
    """Tokenize one case in this process; time, peak RSS and token count."""
    from massmob_nlp import tokenize

    tokenize("warm up ภาษาไทย")
    text = _cases()[name]
    start = time.perf_counter()
    toks = tokenize(text) if text else None
    seconds = time.perf_counter() - start
    if toks is not None:
        assert "".join(toks["text"]) == text, "tokens do not reproduce the text"
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    return {"seconds": seconds, "peak_mb": peak / 1e6,
            "tokens": 0 if toks is None else len(toks)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--timeout", type=float, default=TIMEOUT)
    parser.add_argument("--case", action="append", help="run only these cases")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_case(args.child)))
        return
    rows = []
    for name, text in _cases().items():
        if args.case and name not in args.case:
            continue
        row: dict[str, object] = {"input": name,
                                  "MB (UTF-8)": f"{len(text.encode()) / 1e6:.1f}"}
        try:
            out = subprocess.run([sys.executable, str(Path(__file__)), "--child", name],
                                 capture_output=True, text=True, timeout=args.timeout,
                                 check=True)
            res = json.loads(out.stdout.strip().splitlines()[-1])
            row.update({"seconds": f"{res['seconds']:.1f}", "tokens": res["tokens"],
                        "peak RSS MB": f"{res['peak_mb']:.0f}"})
        except subprocess.TimeoutExpired:
            row.update({"seconds": f"> {args.timeout:.0f} (timeout)", "tokens": "",
                        "peak RSS MB": ""})
        except subprocess.CalledProcessError as e:
            row.update({"seconds": "failed", "tokens": e.stderr.strip()[-80:],
                        "peak RSS MB": ""})
        rows.append(row)
        print(f"{name}: {row['seconds']} s", file=sys.stderr, flush=True)
    print_table(rows)


if __name__ == "__main__":
    main()
