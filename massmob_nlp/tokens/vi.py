"""Vietnamese words and sentences: syllables and punctuation, sentences by punctuation.

Vietnamese writes one syllable per space-separated unit and a word may span several
(``bình quân``, ``Thủ tướng``). No word segmenter for Vietnamese works offline with the
libraries we install, so tokens are **syllables**: spaCy's language-neutral ``xx``
tokenizer (punctuation, ``%``, ``/`` and quotes split off; ``4,8``, ``2.103,11``,
``11/10/2024`` and ``TP.HCM`` kept whole; long text in pieces cut at whitespace, as
for English) and its rule sentencizer, with a sentence
never ending after a Vietnamese abbreviation (``TP.``, ``PGS.``, ``Q.``). Tokens carry
``lang="vi"`` and no part of speech. Before this module, Vietnamese paragraphs went
through the English pipeline and their tokens were tagged English.

>>> from massmob_nlp.tokens.vi import vietnamese_tokens, vietnamese_sentences
>>> text = "Giá điện tăng 4,8%, lên 2.103,11 đồng/kWh. PGS. Lê An nói vậy."
>>> [text[s:e] for s, e in vietnamese_tokens(text)][:8]
['Giá', 'điện', 'tăng', '4,8', '%', ',', 'lên', '2.103,11']
>>> [text[s:e] for s, e in vietnamese_sentences(text)]
['Giá điện tăng 4,8%, lên 2.103,11 đồng/kWh.', 'PGS. Lê An nói vậy.']
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from .repeats import whitespace_chunks

VIETNAMESE_LANGS: frozenset[str] = frozenset({"vi"})
"""Paragraph languages tokenized here instead of by the English pipeline."""
ABBREVIATIONS: frozenset[str] = frozenset({
    "TP", "Tp", "TX", "Q", "P", "H", "X", "TT", "GS", "PGS", "TS", "ThS", "BS", "KS",
    "CN", "Th.S", "NXB", "Cty", "St", "Mr", "Mrs", "Ms", "Dr", "No", "Tr", "tr",
})
"""Vietnamese abbreviations written with a full stop (``TP.`` city, ``Q.`` district,
``P.`` ward, ``PGS.TS.`` associate professor, ``Tr.`` page): a sentence never ends after
one."""
_ABBREV_END = re.compile(r"(?:^|[\s(\"“])((?:[A-Za-z][A-Za-z]*\.)*[A-Za-z][A-Za-z.]*)\.$")


@cache
def vietnamese_nlp() -> Any:
    """The tokenizer and sentencizer used for Vietnamese, built once (no model data)."""
    import spacy

    nlp = spacy.blank("xx")
    nlp.add_pipe("sentencizer")
    return nlp


def vietnamese_tokens(text: str, start: int = 0, end: int | None = None
                      ) -> list[tuple[int, int]]:
    """``(start, end)`` of each syllable and punctuation token of ``text[start:end]``
    (document offsets; whitespace left out)."""
    end = len(text) if end is None else end
    tokenizer = vietnamese_nlp().tokenizer
    return [(s + t.idx, s + t.idx + len(t.text)) for s, e in whitespace_chunks(text, start, end)
            for t in tokenizer(text[s:e]) if not t.is_space]


def vietnamese_sentences(text: str, start: int = 0, end: int | None = None
                         ) -> list[tuple[int, int]]:
    """Sentence spans of ``text[start:end]`` (document offsets, outer whitespace left
    out): the sentencizer's cuts, minus those right after an abbreviation."""
    end = len(text) if end is None else end
    nlp = vietnamese_nlp()
    spans: list[tuple[int, int]] = []
    cuts = [(lo + sent.start_char, lo + sent.end_char)
            for lo, hi in whitespace_chunks(text, start, end) for sent in nlp(text[lo:hi]).sents]
    for s, e in cuts:
        while e > s and text[e - 1].isspace():
            e -= 1
        if e <= s:
            continue
        if spans and _ends_in_abbreviation(text[spans[-1][0]:spans[-1][1]]):
            spans[-1] = (spans[-1][0], e)
        else:
            spans.append((s, e))
    return spans


def _ends_in_abbreviation(sentence: str) -> bool:
    m = _ABBREV_END.search(sentence)
    return m is not None and m.group(1).split(".")[-1] in ABBREVIATIONS
