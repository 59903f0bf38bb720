"""Number extraction in whole articles: a hand-made gold of every number in the body of
our blind article pairs (English and Thai), scored like the PUD gold.

    python benchmarks/articles_numbers_eval.py            # every numbers_gold_*.jsonl
    python benchmarks/articles_numbers_eval.py b43 -v     # one batch, print the errors
    python benchmarks/articles_numbers_eval.py --paragraph-alone

The gold files ``benchmarks/data/articles/numbers_gold_<batch>.jsonl`` were annotated
blind (the annotators did not read the library) by the conventions of
``../shared/data/pud/NUMBERS_GOLD.md``: one JSON object per body paragraph of an
article file (``article``, ``lang``, ``para_idx``, ``para_start``, ``mentions``; a
mention is ``t v v2 k u vague``). A paragraph is found again by its index and its
first characters (by the characters alone when the reader's paragraphs moved).

Predictions come from the document's own numbers table (``mm.numbers_table(doc,
include_boilerplate=True)``, so page dates and the article's other paragraphs give
their context, as in ``compare``); ``--paragraph-alone`` reads each paragraph on its
own instead. Scoring is :func:`numbers_real_eval.score_sentence`: span overlap and the
same value (a quantity in another unit of the same dimension converted: 25 basis points
is 0.25 percentage points, 2 minutes 9 seconds 129 seconds; ``--raw-units`` scores
without the conversion); vague gold mentions neither required nor penalized.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path
from typing import Any

import numbers_real_eval as nre
import pandas as pd
from _common import ROOT, print_table

import massmob_nlp as mm
from massmob_nlp.corpus.reader import paragraphs_table

ARTICLES = ROOT / "benchmarks" / "data" / "articles"


def _predict(frame: pd.DataFrame, offset: int, text: str) -> list[nre.Mention]:
    """Rows of a document's numbers table in one paragraph, offsets into ``text``."""
    out = []
    for row in frame.itertuples(index=False):
        s, e = int(row.start_char) - offset, int(row.end_char) - offset
        if text[s:e] != row.text:
            s = max(text.find(row.text), 0)
            e = s + len(row.text)
        kind = str(row.kind)
        if kind in ("date", "time", "code"):
            v, v2 = nre._key_values(kind, nre._na(row.key))
        else:
            v, v2 = nre._na(row.value), nre._na(row.value_max)
        out.append(nre.Mention(s, e, row.text, kind, v, v2, nre._na(row.unit),
                               key=nre._na(row.key)))
    return out


class _Docs:
    """Article files read once: paragraphs and the numbers table of each."""

    def __init__(self) -> None:
        self._cache: dict[tuple[str, str], tuple[pd.DataFrame, pd.DataFrame] | None] = {}

    def get(self, article: str, lang: str) -> tuple[pd.DataFrame, pd.DataFrame] | None:
        key = (article, lang)
        if key not in self._cache:
            files = sorted(ARTICLES.glob(f"{article}.{lang}.*"))
            if not files:
                self._cache[key] = None
            else:
                (doc,) = mm.read_documents([str(files[0])])
                self._cache[key] = (paragraphs_table(doc),
                                    mm.numbers_table(doc, include_boilerplate=True))
        return self._cache[key]


def _paragraph(paras: pd.DataFrame, idx: int, start: str) -> int | None:
    texts = paras["text"].tolist()
    if 0 <= idx < len(texts) and texts[idx].startswith(start):
        return idx
    hits = [i for i, t in enumerate(texts) if t.startswith(start)]
    return min(hits, key=lambda i: abs(i - idx)) if hits else None


def evaluate(gold_files: list[Path], *, alone: bool, langs: tuple[str, ...],
             convert_units: bool = True
             ) -> tuple[dict[str, nre.Scores], dict[str, dict[str, nre.Scores]], list[str]]:
    """Scores per language, per batch and language, and the gold lines not used."""
    docs = _Docs()
    total = {lang: nre.Scores(lang, convert_units) for lang in langs}
    per_batch: dict[str, dict[str, nre.Scores]] = defaultdict(dict)
    problems = []
    for path in gold_files:
        batch = path.stem.removeprefix("numbers_gold_")
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            rec: dict[str, Any] = json.loads(line)
            lang = rec["lang"]
            if lang not in langs:
                continue
            got = docs.get(rec["article"], lang)
            pid = None if got is None else _paragraph(got[0], int(rec["para_idx"]),
                                                       rec["para_start"])
            if got is None or pid is None:
                problems.append(f"{path.name}:{n} paragraph not found: {rec['article']}.{lang} "
                                f"#{rec['para_idx']} {rec['para_start']!r}")
                continue
            paras, numbers = got
            text = str(paras["text"].iloc[pid])
            try:
                gold = nre._mentions(text, rec["mentions"])
            except ValueError as exc:
                problems.append(f"{path.name}:{n} {exc}"[:200])
                continue
            if alone:
                pred = nre.predict_mm(text, lang)
            else:
                rows = numbers[numbers["para_id"] == int(paras["para_id"].iloc[pid])]
                pred = _predict(rows, int(paras["start_char"].iloc[pid]), text)
            sid = f"{rec['article']}.{lang}#{pid}"
            nre.score_sentence(total[lang], sid, text, gold, pred)
            batch_scores = per_batch[batch].setdefault(lang,
                                                       nre.Scores(lang, convert_units))
            nre.score_sentence(batch_scores, sid, text, gold, pred)
    return total, per_batch, problems


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("batches", nargs="*", help="batch names (b43 ...); default: all")
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--lang", choices=nre.LANGS, action="append")
    parser.add_argument("--paragraph-alone", action="store_true")
    nre.add_raw_units_option(parser)
    args = parser.parse_args()
    files = sorted(ARTICLES.glob("numbers_gold_*.jsonl"))
    if args.batches:
        files = [f for f in files if f.stem.removeprefix("numbers_gold_") in args.batches]
    if not files:
        raise SystemExit(f"no gold files in {ARTICLES}")
    langs = tuple(args.lang or nre.LANGS)
    total, per_batch, problems = evaluate(files, alone=args.paragraph_alone, langs=langs,
                                          convert_units=not args.raw_units)
    print(f"## Number extraction in whole articles ({', '.join(f.stem for f in files)}; "
          f"{'paragraph alone' if args.paragraph_alone else 'in its document'})\n")
    print_table([{"batch": b, **s.row()} for b in sorted(per_batch)
                 for s in per_batch[b].values()])
    print("\nTOTAL")
    print_table([s.row() for s in total.values()])
    nre.print_converted(total.values())
    if problems:
        print(f"\n{len(problems)} gold lines not scored:")
        for p in problems:
            print("  " + p)
    if args.verbose:
        for s in total.values():
            nre.print_errors(s)


if __name__ == "__main__":
    main()
