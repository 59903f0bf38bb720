"""Speed of the number finder against tokenizing the same text (one core).

Text: the 1000 PUD sentences in each language (``data/pud/pud_en_th.tsv``), joined as
paragraphs of 10 sentences, and the seed articles. Reports MB of UTF-8 text per second
for ``find_numbers`` over paragraphs (the pure finder, as the aligner uses it via
``number_keys``), for ``numbers_table`` on a Document (adds paragraph segmentation and
language detection) and for ``tokenize.parse_paragraphs`` (spaCy for English,
nlpo3 + CRFCut for Thai). Best of 3 runs.

    python benchmarks/numbers_speed.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

from _common import SHARED, best_time, print_table, require


def pud_paragraphs(path: Path) -> dict[str, list[str]]:
    """English and Thai PUD sentences, 10 to a paragraph."""
    with path.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    out = {}
    for lang in ("en", "th"):
        sents = [r[lang] for r in rows]
        out[lang] = [" ".join(sents[i:i + 10]) for i in range(0, len(sents), 10)]
    return out


def seed_paragraphs(folder: Path) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {"en": [], "th": []}
    for path in sorted(folder.glob("*.txt")):
        lang = "th" if path.name.startswith("003") else "en"
        out[lang].extend(line.strip() for line in path.read_text(encoding="utf-8")
                         .splitlines() if line.strip())
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=SHARED)
    args = parser.parse_args()
    from massmob_nlp.numbers import find_numbers, numbers_table
    from massmob_nlp.tokens import parse_paragraphs
    from massmob_nlp.types import Document

    sources = {"PUD": pud_paragraphs(require(args.shared / "data/pud/pud_en_th.tsv")),
               "seeds": seed_paragraphs(require(args.shared / "corpus/seeds"))}
    parse_paragraphs(["warm up"], ["en"])
    parse_paragraphs(["อุ่นเครื่อง"], ["th"])
    rows = []
    for name, by_lang in sources.items():
        for lang, paras in by_lang.items():
            mb = sum(len(p.encode("utf-8")) for p in paras) / 1e6
            doc = Document(f"{name}-{lang}", "\n".join(paras))
            t_find = best_time(lambda: [find_numbers(p, lang) for p in paras])
            t_table = best_time(lambda: numbers_table(doc, lang=lang))
            t_tok = best_time(lambda: parse_paragraphs(paras, [lang] * len(paras)))
            n = sum(len(find_numbers(p, lang)) for p in paras)
            rows.append({"text": name, "lang": lang, "MB": mb, "mentions": n,
                         "find_numbers MB/s": mb / t_find,
                         "numbers_table MB/s": mb / t_table,
                         "tokenize MB/s": mb / t_tok,
                         "numbers_table / tokenize time": t_table / t_tok})
    print_table(rows)


if __name__ == "__main__":
    main()
