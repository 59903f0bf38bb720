"""The spaCy components on real text: cost over the tokenizer, and how often a number
mention does not fall on token boundaries.

Text: the 1000 PUD sentences in each language (``data/pud/pud_en_th.tsv``), each one a
Doc (mention counts), and 10 to a Doc (timings). Pipelines: ``spacy.blank("en")`` and
``spacy.blank("th")`` (PyThaiNLP newmm). Reports, per language, the number mentions, those
inside a token (their span is the covering tokens, ``span._.massmob_number`` keeps the
mention), and the time of the tokenizer alone, of the tokenizer + ``massmob_numbers``,
and of ``numbers_table`` on the same texts. Best of 3 runs; the machine's load moves
the absolute times, compare the columns of one run.

    python benchmarks/spacy_components.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

from _common import SHARED, best_time, print_table, require


def pud_sentences(path: Path) -> dict[str, list[str]]:
    with path.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    return {lang: [r[lang] for r in rows] for lang in ("en", "th")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=SHARED)
    args = parser.parse_args()
    import spacy

    from massmob_nlp.numbers import numbers_table
    from massmob_nlp.types import Document

    rows = []
    for lang, sents in pud_sentences(require(args.shared / "data/pud/pud_en_th.tsv")).items():
        blank = spacy.blank(lang)
        nlp = spacy.blank(lang)
        nlp.add_pipe("massmob_numbers")
        spans = [s for doc in nlp.pipe(sents) for s in doc.spans["numbers"]]
        inside = [s for s in spans if (s.start_char, s.end_char) != (
            s._.massmob_number["start_char"], s._.massmob_number["end_char"])]
        docs = [" ".join(sents[i:i + 10]) for i in range(0, len(sents), 10)]
        documents = [Document(str(k), d) for k, d in enumerate(docs)]
        t_tok = best_time(lambda: list(blank.pipe(docs)))  # noqa: B023
        t_comp = best_time(lambda: list(nlp.pipe(docs)))  # noqa: B023
        t_table = best_time(lambda: [numbers_table(d) for d in documents])  # noqa: B023
        rows.append({"lang": lang, "mentions": len(spans), "inside a token": len(inside),
                     "examples": ", ".join(f"{s.text} ({s._.massmob_number['text']})"
                                           for s in inside[:3]),
                     "tokenizer s": f"{t_tok:.2f}", "tokenizer + numbers s": f"{t_comp:.2f}",
                     "numbers_table s": f"{t_table:.2f}"})
    print_table(rows)


if __name__ == "__main__":
    main()
