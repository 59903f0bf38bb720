"""Throughput of ``analyze`` (paragraphs, language, sentences, tokens) and of the
table stages on top of it, for English and Thai, on one core.

    python benchmarks/analyze_speed.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import csv
import time
from pathlib import Path

from _common import SHARED, print_table, require

import pandas as pd


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=SHARED)
    args = parser.parse_args()
    from massmob_nlp import analyze_documents, entities_table, numbers_table
    from massmob_nlp.corpus import document_from_text

    df = pd.read_csv(require(args.shared / "data/pud/pud_en_th.tsv"), sep="\t",
                     quoting=csv.QUOTE_NONE)
    analyze_documents(["warm up the English model.", "อุ่นเครื่อง"])
    entities_table(analyze_documents(["ภาษาไทย"])[0])
    rows = []
    for lang in ("en", "th"):
        text = "\n".join(df[lang])
        doc = document_from_text(text, f"pud_{lang}")
        start = time.perf_counter()
        analysis = analyze_documents([doc])[0]
        t_analyze = time.perf_counter() - start
        start = time.perf_counter()
        numbers_table(analysis)
        t_numbers = time.perf_counter() - start
        start = time.perf_counter()
        entities_table(analysis)
        t_entities = time.perf_counter() - start
        mb = len(text.encode("utf-8")) / 1e6
        rows.append({"lang": lang, "chars": len(text), "analyze s": round(t_analyze, 2),
                     "analyze chars/s": f"{len(text) / t_analyze:,.0f}",
                     "numbers s": round(t_numbers, 2), "entities s": round(t_entities, 2),
                     "MB": round(mb, 2)})
    print_table(rows)


if __name__ == "__main__":
    main()
