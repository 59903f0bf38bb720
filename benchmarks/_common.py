"""Helpers shared by the benchmark scripts (paths, timing, table printing)."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))


def require(path: Path) -> Path:
    """Exit with a clear message when a data file is missing."""
    if not path.exists():
        sys.exit(f"missing {path}: pass its location, or put ../shared beside the repo")
    return path


def best_time(fn: Callable[[], Any], repeat: int = 3) -> float:
    """Best wall time of ``repeat`` runs, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def print_table(rows: list[dict[str, Any]]) -> None:
    """Print rows as a Markdown table."""
    if not rows:
        return
    cols = list(rows[0])
    print("| " + " | ".join(cols) + " |")
    print("|" + "---|" * len(cols))
    for row in rows:
        print("| " + " | ".join(f"{v:.4f}" if isinstance(v, float) else str(v)
                                 for v in row.values()) + " |")


def safe_detect(fn: Callable[[str], str], text: str) -> str:
    """``fn(text)``, or ``und`` when it raises (``langdetect`` on text without
    features)."""
    try:
        return fn(text)
    except Exception:  # langdetect raises on text without features
        return "und"
