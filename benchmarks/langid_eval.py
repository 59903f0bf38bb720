"""Language identification: accuracy on sentences and seed paragraphs, and speed
against calling ``langdetect.detect`` directly (same paragraphs, same run).

Mixed lines (issue 12): ThaiNER lines (Thai news and PR text, gold ``th``; the subset
that keeps Latin-script names and titles) and Universal NER English-EWT sentences
(short English web lines full of names, gold ``en``; URL-only lines and lines with
fewer than two words left out). EWT is also scored per document, with the document's
language as prior for its lines (``paragraph_languages``).

    python benchmarks/langid_eval.py [--shared ../shared]

Harder lines (headlines, score lines, bylines, glosses, names in the other script),
every error printed: ``python benchmarks/langid_hard_eval.py``.
"""

from __future__ import annotations

import argparse
import csv
import re
from pathlib import Path

import pandas as pd
from _common import SHARED, best_time, print_table, require, safe_detect


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=SHARED)
    args = parser.parse_args()
    from langdetect import DetectorFactory, detect

    from massmob_nlp import detect_language, paragraphs_table, read_documents

    DetectorFactory.seed = 0
    rows = []
    for name, rel in (("tatoeba", "data/tatoeba/tatoeba_en_th.tsv"),
                      ("pud", "data/pud/pud_en_th.tsv")):
        df = pd.read_csv(require(args.shared / rel), sep="\t", quoting=csv.QUOTE_NONE)
        for lang in ("en", "th"):
            ours = df[lang].map(detect_language)
            theirs = df[lang].map(lambda t: safe_detect(detect, t))
            rows.append({"data": f"{name} {lang}", "n": len(df),
                         "massmob acc": float((ours == lang).mean()),
                         "langdetect acc": float((theirs == lang).mean())})
    rows.extend(_mixed_lines(args.shared, detect_language, lambda t: safe_detect(detect, t)))
    docs = read_documents(require(args.shared / "corpus" / "seeds"))
    paras = pd.concat([paragraphs_table(d) for d in docs])
    body = paras[~paras["is_boilerplate"]]
    gold = body["doc_id"].map(lambda d: "th" if d.startswith("003") else "en")
    rows.append({"data": "seed body paragraphs", "n": len(body),
                 "massmob acc": float((body["text"].map(detect_language) == gold).mean()),
                 "langdetect acc": float((body["text"].map(lambda t: safe_detect(detect, t))
                                          == gold).mean())})
    print_table(rows)

    texts = paras["text"].tolist() + body["text"].tolist()
    ours = best_time(lambda: [detect_language(t) for t in texts])
    theirs = best_time(lambda: [safe_detect(detect, t) for t in texts], repeat=1)
    n = len(texts)
    print()
    print_table([{"method": "massmob detect_language", "µs/paragraph": ours / n * 1e6},
                 {"method": "langdetect.detect", "µs/paragraph": theirs / n * 1e6},
                 {"method": "speed-up", "µs/paragraph": theirs / ours}])


_URL = re.compile(r"https?://|www\.|\S+@\S+")


def _ewt_documents(shared: Path) -> list[list[str]]:
    docs: list[list[str]] = []
    for name in ("en_ewt-ud-dev.iob2", "en_ewt-ud-test.iob2"):
        for line in require(shared / "data" / "uner" / name).read_text("utf-8").splitlines():
            if line.startswith("# newdoc") or not docs:
                docs.append([])
            if line.startswith("# text = "):
                text = line[len("# text = "):].strip()
                if len(re.findall(r"[A-Za-z]{2,}", text)) >= 2 and not _URL.search(text):
                    docs[-1].append(text)
    return [d for d in docs if d]


def _thainer_lines(shared: Path) -> list[str]:
    lines = []
    for name in ("train.txt", "val.txt"):
        text = require(shared / "data" / "thainer" / name).read_text("utf-8")
        lines += [re.sub(r"\[/?[A-Z_]+\]", "", t).strip() for t in text.splitlines()]
    return [t for t in lines if re.search("[\u0e01-\u0e4e]", t)]


def _mixed_lines(shared: Path, ours, theirs) -> list[dict[str, object]]:
    from massmob_nlp.langid import paragraph_languages

    rows = []
    thai = _thainer_lines(shared)
    ewt_docs = _ewt_documents(shared)
    ewt = [t for d in ewt_docs for t in d]
    for name, texts, gold in (("thainer th", thai, "th"),
                              ("thainer th with Latin", [t for t in thai if re.search(
                                  "[A-Za-z]{2}", t)], "th"),
                              ("uner ewt en", ewt, "en")):
        rows.append({"data": name, "n": len(texts),
                     "massmob acc": sum(ours(t) == gold for t in texts) / len(texts),
                     "langdetect acc": sum(theirs(t) == gold for t in texts) / len(texts)})
    prior = [lang for d in ewt_docs for lang in paragraph_languages(d)]
    rows.append({"data": "uner ewt en, document prior", "n": len(prior),
                 "massmob acc": sum(lang == "en" for lang in prior) / len(prior),
                 "langdetect acc": float("nan")})
    return rows



if __name__ == "__main__":
    main()
