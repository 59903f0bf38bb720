"""``compare()`` of whole real article pairs against ``analyze()``, cold, as a user meets it.

    python benchmarks/compare_articles_speed.py [PAIR ...] [--rounds 3] [--base REV] [--stages]

Each measurement runs in a fresh interpreter that first loads the models by comparing
the demo pair, then times, pair after pair, one of three modes: ``analyze``
(``analyze(src) + analyze(tgt)``: paragraphs, sentences, tokens, the issue's yardstick),
``tables`` (the same plus the ``numbers`` and ``entities`` tables of both sides, which
``analyze`` leaves until they are first asked for and ``compare`` always needs) and
``compare`` (``compare(src, tgt)`` with embeddings, the encoder running as on a new
pair). A fresh interpreter per mode keeps one mode's caches out of the next. Rounds
alternate the modes (and, with ``--base``, this checkout and the code of git revision
``REV``, ``git archive``d to a temporary directory, or of a directory ``REV``); the
least CPU time of each (code, mode, pair) is kept, since the machine is shared and
CPU time moves less than the wall clock; each round's own ratio (all pairs) is printed too,
with its median and spread: on a shared virtual machine CPU seconds drift by 10–20%
between runs, so one run's ratio is no figure on its own. ``--stages`` adds where
``compare``'s CPU time goes.

PAIR: ``seed`` (the seed article pair of ``../shared``), ``demo``, or an article id of
``benchmarks/data/articles`` (``a451``); default: the seed and nine of our article
pairs of every kind (a451 a455 a460 a470 a480 a490 a500 a510 a515).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from _common import ROOT, SHARED, print_table

DEFAULT_PAIRS = ("seed", "a451", "a455", "a460", "a470", "a480", "a490", "a500", "a510",
                 "a515")
MODES = ("analyze", "tables", "compare")
STAGES = ("_analyses", "_rejoin_skips", "_passages", "_compare_numbers",
          "_unanchored_paragraphs", "_moved_sentences", "_moved_by_meaning",
          "_out_of_order", "_compare_entities", "_summary")

_WORKER = r"""
import json, sys, time, warnings
warnings.filterwarnings("ignore")
root, mode, shared, stages = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4] == "1"
pairs = sys.argv[5:]
sys.path.insert(0, root)
from pathlib import Path
import massmob_nlp as mm
assert mm.__file__.startswith(root), mm.__file__
demo = Path(root) / "massmob_nlp" / "data" / "demo"
arts = Path(root) / "benchmarks" / "data" / "articles"
seeds = Path(shared) / "corpus" / "seeds"

def texts(name):
    if name == "seed":
        return [(seeds / f).read_text("utf-8") for f in
                ("000_95b4ad82a63157e9.txt", "003_16970dbbe9772abc.txt")]
    if name == "demo":
        return [(demo / f).read_text("utf-8") for f in ("demo_en.txt", "demo_th.txt")]
    return mm.read_documents([next(arts.glob(name + "_*.en.*")),
                              next(arts.glob(name + "_*.th.*"))])

mm.compare(*texts("demo"))  # models loaded, never timed
spent = {}
if stages:
    from massmob_nlp.comparison import result
    for name in STAGE_NAMES:
        fn = getattr(result, name, None)
        if fn is None:
            continue
        def timed(*a, _fn=fn, _name=name, **k):
            c = time.process_time()
            try:
                return _fn(*a, **k)
            finally:
                spent[_name] = spent.get(_name, 0.0) + time.process_time() - c
        setattr(result, name, timed)
docs = {name: texts(name) for name in pairs}
out = {}
for name, (src, tgt) in docs.items():
    t0, c0 = time.perf_counter(), time.process_time()
    if mode == "compare":
        mm.compare(src, tgt)
    else:
        for a in (mm.analyze(src), mm.analyze(tgt)):
            if mode == "tables":
                a.numbers, a.entities
    out[name] = (time.perf_counter() - t0, time.process_time() - c0)
print(json.dumps({"times": out, "stages": spent}))
""".replace("STAGE_NAMES", repr(STAGES))


def _run(root: Path, mode: str, pairs: list[str], stages: bool, shared: Path
         ) -> dict[str, Any]:
    env = {**os.environ, "PYTHAINLP_OFFLINE": "1", "HF_HUB_OFFLINE": "1",
           "PYTHONPATH": str(root)}
    out = subprocess.run([sys.executable, "-c", _WORKER, str(root), mode, str(shared),
                          "1" if stages else "0", *pairs],
                         capture_output=True, text=True, cwd=tempfile.gettempdir(), env=env)
    if out.returncode:
        sys.exit(f"{mode} with the code in {root} failed:\n{out.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def _snapshot(rev: str, into: Path) -> Path:
    """The code of git revision ``rev`` in ``into`` (``git archive``)."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev], capture_output=True,
                             check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    return into


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("pairs", nargs="*", default=list(DEFAULT_PAIRS))
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--base", help="git revision (or a directory holding another copy of "
                                   "the code) measured side by side with this checkout")
    ap.add_argument("--stages", action="store_true", help="compare's CPU time per stage")
    ap.add_argument("--shared", type=Path, default=SHARED, help="../shared (the seed pair)")
    ns = ap.parse_args()
    print(f"# compare_articles_speed.py, {time.strftime('%Y-%m-%d %H:%M')}, "
          f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}\n")
    with tempfile.TemporaryDirectory() as tmp:
        codes = {"this checkout": ROOT}
        if ns.base and Path(ns.base, "massmob_nlp").is_dir():
            codes[f"base {ns.base}"] = Path(ns.base).resolve()  # a copy of other code
        elif ns.base:
            codes[f"base {ns.base}"] = _snapshot(ns.base, Path(tmp))
        best: dict[tuple[str, str], dict[str, tuple[float, float]]] = {}
        stages: dict[str, dict[str, float]] = {}
        per_round: dict[str, list[float]] = {code: [] for code in codes}
        for _ in range(ns.rounds):
            for code, root in codes.items():
                totals = {}
                for mode in MODES:
                    res = _run(root, mode, ns.pairs, ns.stages and mode == "compare",
                               ns.shared)
                    totals[mode] = sum(v[1] for v in res["times"].values())
                    got = best.setdefault((code, mode), {})
                    for pair, (wall, cpu) in res["times"].items():
                        old = got.get(pair, (float("inf"), float("inf")))
                        got[pair] = (min(old[0], wall), min(old[1], cpu))
                    if res["stages"]:
                        old_st = stages.get(code)
                        if old_st is None or sum(res["stages"].values()) < sum(old_st.values()):
                            stages[code] = res["stages"]
                per_round[code].append(totals["compare"] / totals["analyze"])
    rows = []
    for code in codes:
        for pair in [*ns.pairs, "all"]:
            cpu = {m: sum(v[1] for k, v in best[(code, m)].items()
                          if pair in ("all", k)) for m in MODES}
            rows.append({"code": code, "pair": pair, "analyze CPU s": cpu["analyze"],
                         "tables CPU s": cpu["tables"], "compare CPU s": cpu["compare"],
                         "compare / analyze": round(cpu["compare"] / cpu["analyze"], 2),
                         "compare / analyze with tables":
                             round(cpu["compare"] / cpu["tables"], 2)})
    print(f"best of {ns.rounds} rounds, each mode in a fresh interpreter\n")
    print_table(rows)
    print("\ncompare / analyze of each round (all pairs; this machine's CPU seconds drift "
          "from run to run, so read the spread, and the ratio side by side)\n")
    print_table([{"code": code, "rounds": " ".join(f"{r:.2f}" for r in ratios),
                  "median": round(statistics.median(ratios), 2),
                  "min": round(min(ratios), 2), "max": round(max(ratios), 2)}
                 for code, ratios in per_round.items()])
    for code, spent in stages.items():
        print(f"\n{code}: compare CPU per stage (the round with the least), all pairs; "
              f"the rest is the alignment and the guards\n")
        total = sum(v[1] for v in best[(code, "compare")].values())
        rest = {"alignment, guards (the rest)": total - sum(spent.values())}
        print_table([{"stage": k, "CPU s": v} for k, v in
                     sorted({**spent, **rest}.items(), key=lambda kv: -kv[1])])


if __name__ == "__main__":
    main()
