"""Entities on the seed articles: English mentions for hand review, EN↔TH linking.

    PYTHAINLP_OFFLINE=1 HF_HUB_OFFLINE=1 python benchmarks/entities_eval.py \
        [--seeds ../shared/corpus/seeds] [--quiet]

1. Every entity of the English seeds (000, 001, 002, 004), one line each, to review.
2. Linking on the translation pair 000 (English) / 003 (Thai, paragraph i = paragraph
   i): for each distinct English ``entity_id`` (gazetteer or code rule), whether the
   Thai document has a mention with the same id (anywhere, and in the same paragraph),
   and the share linked; then the mention-level share per paragraph; then the extra
   pairs :func:`match_entities` finds by name.
Thai model quality is measured by ``benchmarks/thai_ner_eval.py``, not here.
"""

from __future__ import annotations

import argparse
import sys
import time
import warnings
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from massmob_nlp import analyze_documents, read_documents  # noqa: E402
from massmob_nlp import entities_table  # noqa: E402
from massmob_nlp.entities import match_entities  # noqa: E402

DEFAULT_SEEDS = ROOT.parent / "shared" / "corpus" / "seeds"
ENGLISH = ("000", "001", "002", "004")
PAIR = ("000", "003")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=Path, default=DEFAULT_SEEDS)
    parser.add_argument("--quiet", action="store_true", help="skip the review listing")
    args = parser.parse_args(argv)
    if not args.seeds.exists():
        print(f"no seeds at {args.seeds}")
        return 1
    docs = {d.doc_id[:3]: d for d in read_documents(args.seeds)}
    t0 = time.perf_counter()
    analyses = dict(zip(docs, analyze_documents(list(docs.values()))))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        tables = {k: entities_table(a) for k, a in analyses.items()}
    print(f"analyze + entities of {len(docs)} docs: {time.perf_counter() - t0:.1f} s")
    for w in caught:
        if issubclass(w.category, UserWarning):
            print(f"warning: {w.message}")
    if not args.quiet:
        review(tables)
    linking(tables[PAIR[0]], tables[PAIR[1]])
    return 0


def review(tables: dict[str, pd.DataFrame]) -> None:
    for key in ENGLISH:
        ents = tables[key]
        print(f"\n== {key}: {len(ents)} mentions "
              f"({ents['source'].value_counts().to_dict()})")
        for r in ents.itertuples(index=False):
            link = "" if pd.isna(r.entity_id) else f"  -> {r.entity_id}"
            print(f"  p{r.para_id:<3}{r.label:<9}{r.source:<10}{r.text!r}{link}")


def linking(en: pd.DataFrame, th: pd.DataFrame) -> None:
    print(f"\n== linking {PAIR[0]} (EN, {len(en)} mentions) / {PAIR[1]} "
          f"(TH, {len(th)} mentions)")
    en_ids = en.dropna(subset=["entity_id"])
    th_ids = th.dropna(subset=["entity_id"])
    th_set = set(th_ids["entity_id"])
    th_pairs = set(zip(th_ids["para_id"], th_ids["entity_id"]))
    rows = []
    for eid, group in en_ids.groupby("entity_id", sort=True):
        same_para = sum((p, eid) in th_pairs for p in group["para_id"])
        rows.append({"entity_id": eid, "en_text": group["text"].iloc[0],
                     "en_n": len(group), "th_n": int((th_ids["entity_id"] == eid).sum()),
                     "in_doc": eid in th_set, "same_para": f"{same_para}/{len(group)}"})
    table = pd.DataFrame(rows)
    with pd.option_context("display.width", 200, "display.max_rows", 200):
        print(table.to_string(index=False))
    print(f"distinct English ids with a Thai mention of the same id: "
          f"{int(table['in_doc'].sum())}/{len(table)} = {table['in_doc'].mean():.0%}")
    mentions = sum((p, e) in th_pairs for p, e in zip(en_ids["para_id"], en_ids["entity_id"]))
    print(f"English linked mentions with the same id in the same Thai paragraph: "
          f"{mentions}/{len(en_ids)} = {mentions / max(len(en_ids), 1):.0%}")
    only_th = sorted(th_set - set(en_ids["entity_id"]))
    print(f"Thai ids absent from the English: {only_th}")
    names = match_entities(en, th)
    names = names[names["method"] == "name"]
    print(f"\nextra pairs by name (romanized Thai vs English): {len(names)}")
    for r in names.itertuples(index=False):
        print(f"  {r.score:.2f}  {r.src_text!r} ~ {r.tgt_text!r}")


if __name__ == "__main__":
    raise SystemExit(main())
