"""End to end at scale: a synthetic corpus of English/Thai article pairs through
:func:`massmob_nlp.compare_corpus`: article pairs per second and peak memory, from 200
to 2,000 pairs.

    python benchmarks/corpus_scale.py                          # 200, 500, 1000 pairs
    python benchmarks/corpus_scale.py --sizes 200,500,1000,2000 --n-process 2
    python benchmarks/corpus_scale.py --sizes 100 --pairing    # pair_documents first
    python benchmarks/corpus_scale.py --sizes 200 --out        # tables written in parts
    python benchmarks/corpus_scale.py --sizes 50 --start-method forkserver

The corpus is built at run time, never stored: article ``k`` is 4-7 paragraph pairs drawn
(seeded by ``k``) from the UD PUD news documents (``../shared/data/pud``: each PUD
document's English sentences one paragraph, their Thai translations the other) and the
library's demo pair (``massmob_nlp/data/demo``, paragraph by paragraph, with its merged
and shortened paragraphs), plus a "Source: URL" line on both sides. Like real
translations, a third of the Thai articles drop a paragraph and a third change a
number. Pairs are given to ``compare_corpus`` explicitly (``--pairing``: as documents,
so ``pair_documents`` pairs them first; its cost grows with the square of the corpus).

Each size runs in a fresh Python process, so its peak memory is its own: ``rss_peak``
is the largest sum of the resident memory of the run's process and all its children
(worker processes), sampled every 0.2 s with psutil (forked workers share the models'
pages, which RSS counts once per process: ``pss_peak`` counts each shared page once,
split between the processes sharing it, on Linux); ``rss_main`` the main process's
``ru_maxrss`` (its peak: model loading), ``rss_main_end`` its resident memory when
``compare_corpus`` returned, and ``tables_held`` the memory of the tables the result
holds (``memory_usage(deep=True)``). ``--out`` runs
``compare_corpus(out=<temporary folder>)``: the tables are written in parts as pairs
finish instead of being kept in the main process.
``seconds`` is the wall time of the ``compare_corpus`` call (worker start
and model loading included); the last table fits ``seconds = a + b * pairs`` and
``rss_peak = c + d * pairs`` by least squares: ``a`` is the fixed cost (worker start,
models), ``1 / b`` the steady rate.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

from _common import ROOT, SHARED, print_table, require

PUD = SHARED / "data" / "pud"
DEMO = ROOT / "massmob_nlp" / "data" / "demo"
DEFAULT_SIZES = "200,500,1000"
DEMO_UNITS = (((0,), (0,)), ((1,), (1,)), ((2,), (2,)), ((3, 4), (3,)), ((5,), (4,)))
"""Demo paragraphs that translate each other (English lines, Thai lines)."""
SAMPLE_SECONDS = 0.2


# ------------------------------------------------------------------------ the corpus

Unit = tuple[tuple[str, ...], tuple[str, ...], str]
"""A paragraph pair: English sentences, their Thai translations, and the separator of
the English ones (a newline where two English paragraphs became one Thai paragraph)."""


def paragraph_pairs(pud: Path) -> list[Unit]:
    """(English, Thai) paragraph pairs: one per PUD news document, and the demo's."""
    sents: dict[str, tuple[str, str]] = {}
    for line in require(pud / "pud_en_th.tsv").read_text("utf-8").splitlines()[1:]:
        sent_id, en, th = line.split("\t")
        sents[sent_id] = (en, th)
    out: list[Unit] = []
    for line in require(pud / "pud_en_th_docs.tsv").read_text("utf-8").splitlines()[1:]:
        doc_id, _, ids = line.split("\t")
        if doc_id.startswith("n"):
            group = [sents[s] for s in ids.split(",")]
            out.append((tuple(e for e, _ in group), tuple(t for _, t in group), " "))
    en_lines = (DEMO / "demo_en.txt").read_text("utf-8").splitlines()
    th_lines = (DEMO / "demo_th.txt").read_text("utf-8").splitlines()
    for en_ids, th_ids in DEMO_UNITS:
        out.append((tuple(en_lines[i] for i in en_ids),
                    tuple(th_lines[j] for j in th_ids), "\n"))
    return out


def article_pair(k: int, units: list[Unit], seed: int, *, unique: bool = True
                 ) -> tuple[str, str]:
    """English and Thai text of synthetic article ``k`` (deterministic). ``unique``
    starts every sentence with a tag ``[k.i]`` on both sides, so no text repeats
    across articles (the embedding cache then helps as little as on real news)."""
    rng = random.Random(seed * 1_000_003 + k)
    chosen = [(list(e), list(t), sep) for e, t, sep in rng.sample(units, rng.randint(4, 7))]
    trap = rng.random()
    if trap < 1 / 3:  # the translation drops a paragraph
        chosen[rng.randrange(1, len(chosen))][1].clear()
    elif trap < 2 / 3:  # the translation changes a number
        places = [(i, j) for i, (_, th, _) in enumerate(chosen) for j in range(len(th))]
        for i, j in rng.sample(places, len(places)):
            digits = list(re.finditer(r"[1-9]", chosen[i][1][j]))
            if digits:
                d, text = rng.choice(digits), chosen[i][1][j]
                chosen[i][1][j] = (text[:d.start()] + str(int(d.group()) % 9 + 1)
                                   + text[d.end():])
                break
    en, th = [], []
    for i, (e_sents, t_sents, sep) in enumerate(chosen):
        tag = f"[{k}.{i}] " if unique else ""
        en.append(sep.join(tag + x for x in e_sents))
        if t_sents:
            th.append(" ".join(tag + x for x in t_sents))
    url = f"Source: https://example.vn/news/article-{k:05d}.html"
    return "\n".join([*en, url]) + "\n", "\n".join([*th, url.replace(
        "Source:", "ที่มา:")]) + "\n"


# ------------------------------------------------------------------------- one size

class Sampler:
    """Largest summed RSS of this process and its descendants, and the CPU seconds
    they used (last sample of each process), sampled in a thread."""

    def __init__(self) -> None:
        import psutil

        self.proc = psutil.Process()
        self.peak = 0
        self.pss_peak = 0
        self.cpu: dict[int, float] = {}
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        import psutil

        while not self.stop.is_set():
            total = pss = 0
            for proc in [self.proc, *self.proc.children(recursive=True)]:
                try:
                    with proc.oneshot():
                        info = proc.memory_full_info()
                        total += info.rss
                        pss += getattr(info, "pss", info.rss)
                        times = proc.cpu_times()
                    self.cpu[proc.pid] = times.user + times.system
                except psutil.Error:
                    pass
            self.peak = max(self.peak, total)
            self.pss_peak = max(self.pss_peak, pss)
            self.stop.wait(SAMPLE_SECONDS)

    @property
    def cpu_seconds(self) -> float:
        return sum(self.cpu.values())

    def __enter__(self) -> Sampler:
        self.thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.stop.set()
        self.thread.join()


def run_one(n: int, args: argparse.Namespace) -> dict[str, Any]:
    """Build ``n`` article pairs and compare them; the measurements as a dict."""
    from massmob_nlp import Document, compare_corpus
    from massmob_nlp.runs import pool

    pool.START_METHOD = args.start_method or pool.START_METHOD
    units = paragraph_pairs(Path(args.pud))
    pairs = []
    for k in range(n):
        en, th = article_pair(k, units, args.seed, unique=not args.reuse_text)
        pairs.append((Document(f"a{k:05d}_en", en), Document(f"a{k:05d}_th", th)))
    chars = sum(len(s.text) + len(t.text) for s, t in pairs)
    inputs: Any = [d for p in pairs for d in p] if args.pairing else pairs
    embeddings = {"auto": None, "yes": True, "no": False}[args.embeddings]
    import tempfile

    import psutil

    cpu0 = sum(psutil.Process().cpu_times()[:2])
    with Sampler() as mem, tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        run = compare_corpus(inputs, n_process=args.n_process, embeddings=embeddings,
                             progress=False, out=Path(tmp) / "out" if args.out else None)
        seconds = time.perf_counter() - start
        held = [run.summary, run.errors, *run.frames.values()]  # out=: parts not read
        tables_mb = sum(int(f.memory_usage(deep=True).sum()) for f in held) / 2**20
        rss_end = psutil.Process().memory_info().rss / 2**20
        number_rows = len(run.numbers)
    status = run.status_counts()
    cpu = mem.cpu_seconds - cpu0
    return {"pairs": n, "seconds": round(seconds, 1),
            "pairs_per_s": round(n / seconds, 3), "cpu_s": round(cpu, 1),
            "cpu_s_per_pair": round(cpu / n, 3), "load_avg": round(os.getloadavg()[0], 1),
            "rss_peak_mb": round(mem.peak / 2**20), "pss_peak_mb": round(mem.pss_peak / 2**20),
            "rss_main_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
            "rss_main_end_mb": round(rss_end), "tables_held_mb": round(tables_mb, 1),
            "kchars": round(chars / 1000), "number_rows": number_rows,
            "ok": status["ok"], "check": status["check"],
            "failed": status["failed"] + status["unpaired"], "errors": len(run.errors)}


# --------------------------------------------------------------------------- driver

def fit(xs: list[float], ys: list[float]) -> tuple[float, float]:
    """Least-squares ``y = a + b x``."""
    n = len(xs)
    mx, my = sum(xs) / n, sum(ys) / n
    sxx = sum((x - mx) ** 2 for x in xs)
    b = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sxx if sxx else 0.0
    return my - b * mx, b


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--sizes", default=DEFAULT_SIZES, help="comma-separated pair counts")
    p.add_argument("--n-process", type=int, default=2)
    p.add_argument("--embeddings", choices=("auto", "yes", "no"), default="auto")
    p.add_argument("--pairing", action="store_true",
                   help="pass documents, so compare_corpus pairs them first")
    p.add_argument("--reuse-text", action="store_true",
                   help="no [k.i] tags: articles repeat the same sentences, so the "
                   "embedding cache makes large corpora look cheaper")
    p.add_argument("--out", action="store_true",
                   help="write the tables in parts to a temporary folder (out=)")
    p.add_argument("--start-method", choices=("fork", "forkserver", "spawn"),
                   default=None, help="how workers start (default: the library's)")
    p.add_argument("--seed", type=int, default=13)
    p.add_argument("--pud", default=str(PUD), help="folder of pud_en_th*.tsv")
    p.add_argument("--one", type=int, default=None, help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.one is not None:  # a child: one size, one JSON line
        print(json.dumps(run_one(args.one, args)), flush=True)
        return
    rows = []
    for n in (int(s) for s in args.sizes.split(",")):
        cmd = [sys.executable, __file__, "--one", str(n), "--n-process",
               str(args.n_process), "--embeddings", args.embeddings, "--seed",
               str(args.seed), "--pud", args.pud, *(["--pairing"] if args.pairing else []),
               *(["--reuse-text"] if args.reuse_text else []),
               *(["--out"] if args.out else []),
               *(["--start-method", args.start_method] if args.start_method else [])]
        out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
        rows.append(json.loads(out.strip().splitlines()[-1]))
        print(json.dumps(rows[-1]), file=sys.stderr, flush=True)
    print_table(rows)
    if len(rows) > 1:
        xs = [float(r["pairs"]) for r in rows]
        a, b = fit(xs, [float(r["seconds"]) for r in rows])
        c, d = fit(xs, [float(r["rss_peak_mb"]) for r in rows])
        print()
        print_table([{"fixed_seconds": round(a, 1), "seconds_per_pair": round(b, 3),
                      "steady_pairs_per_s": round(1 / b, 3) if b else float("nan"),
                      "fixed_rss_mb": round(c), "rss_mb_per_1000_pairs": round(1000 * d)}])


if __name__ == "__main__":
    main()
