"""The paragraphs, sentences and tokens tables of a whole batch of documents, built at
once (plain rows and token column parts, not frames: a run makes each table's frame
once, :func:`~massmob_nlp.runs.corpus_tables.stack_batches`), and only what was
asked for: without ``"sentences"`` no sentence is split (Thai CRFCut is
skipped) and the tokens' ``sent_id`` is ``<NA>``.

Used by :func:`massmob_nlp.analyze_corpus` when no numbers or entities are asked for
(those stages read a per-document :class:`~massmob_nlp.pipeline.Analysis`). The tables
are the same as those of :func:`massmob_nlp.analyze` run document by document.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..corpus.reader import paragraph_rows
from ..langid import detect_language
from ..pipeline import _check_lang, add_sentence_rows
from ..tokens.arrays import token_arrays
from ..types import UND, Document
from .inputs import Failure, Item
from .token_columns import ColumnPart, Parsed, token_parts

BATCH_TABLES = frozenset({"paragraphs", "sentences", "tokens"})
"""The tables this module builds: a run asking for no others takes this path."""
DOC_LANG_PARAGRAPHS = 20
"""Body paragraphs read to detect a document's language (as :func:`analyze`)."""
_PARA_ID, _START, _TEXT, _LANG, _BOILERPLATE = 1, 2, 4, 5, 6  # paragraph row fields


@dataclass(frozen=True)
class _Sentences:
    sentences: list[tuple[int, int]]


def parse_batch(docs: Sequence[Document], *, lang: str | None = None,
                engine: str | None = None, sentences: bool = True
                ) -> dict[str, Parsed | Failure]:
    """Parses by doc_id: the batch at once, else one by one (to find the bad one)."""
    try:
        return {p.document.doc_id: p for p in _parse(docs, lang, engine, sentences)}
    except Exception:  # retried one by one below, each error recorded
        pass
    out: dict[str, Parsed | Failure] = {}
    for doc in docs:
        try:
            out[doc.doc_id] = _parse([doc], lang, engine, sentences)[0]
        except Exception as e:  # one bad document never stops the others
            out[doc.doc_id] = Failure.of(doc.doc_id, str(doc.meta.get("path", doc.doc_id)),
                                         "analyze", e)
    return out


def _parse(docs: Sequence[Document], lang: str | None, engine: str | None,
           sentences: bool) -> list[Parsed]:
    _check_lang(lang)
    rows = [paragraph_rows(d) for d in docs]
    if lang is not None:
        rows = [[(*r[:_LANG], lang, *r[_LANG + 1:]) for r in rs] for rs in rows]
    texts = [r[_TEXT] for rs in rows for r in rs]
    langs = [str(r[_LANG]) for rs in rows for r in rs]
    arrays = token_arrays(texts, langs, engine=engine, sentences=sentences)
    firsts = np.cumsum([0] + [len(rs) for rs in rows]).tolist()
    return [Parsed(d, rs, arrays, k) for d, rs, k in zip(docs, rows, firsts, strict=False)]


@dataclass
class BatchRows:
    """The asked tables of some parsed documents before any frame is made: paragraphs
    and sentences as plain rows (tuples in the schema's column order), tokens as column
    parts (:func:`~massmob_nlp.runs.token_columns.token_table` makes their frame)."""

    rows: dict[str, list[tuple[Any, ...]]]
    tokens: list[ColumnPart]


def batch_rows(parsed: Sequence[Parsed], *, include: Sequence[str]
               ) -> tuple[BatchRows, list[dict[str, Any]]]:
    """The asked tables of ``parsed`` (in order) and one count row per document
    (``lang, n_paragraphs, n_boilerplate, n_tokens`` and, when sentences were split,
    ``n_sentences``)."""
    para_rows: list[tuple[Any, ...]] = []
    sent_rows: list[tuple[Any, ...]] = []
    counts = []
    split = "sentences" in include
    tokens, n_words = token_parts(parsed, sentences=split, build="tokens" in include)
    for p, n_tokens in zip(parsed, n_words, strict=True):
        n_sents = len(sent_rows)
        if split:
            spans = [(r[_PARA_ID], r[_START], r[_LANG]) for r in p.paragraphs]
            add_sentence_rows(sent_rows, p.document, spans,
                              [_Sentences(s) for s in p.sentences])
        if "paragraphs" in include:
            para_rows.extend(p.paragraphs)
        body = [r[_TEXT] for r in p.paragraphs if not r[_BOILERPLATE]]
        row = {"lang": detect_language("\n".join(body[:DOC_LANG_PARAGRAPHS]))
               if body else UND, "n_paragraphs": len(p.paragraphs),
               "n_boilerplate": len(p.paragraphs) - len(body), "n_tokens": n_tokens}
        counts.append({**row, "n_sentences": len(sent_rows) - n_sents} if split else row)
    rows = {"paragraphs": para_rows, "sentences": sent_rows}
    return BatchRows({name: rows[name] for name in include if name in rows}, tokens), counts


def batch_items(items: Sequence[Item], *, lang: str | None = None,
                engine: str | None = None, include: Sequence[str]
                ) -> tuple[list[tuple[Item, Parsed | Failure | None]], BatchRows,
                           list[dict[str, Any]]]:
    """Each item with its parse (or failure), the batch's tables and the count rows of
    the parsed items (in order)."""
    docs = [i for i in items if isinstance(i, Document)]
    parsed = parse_batch(docs, lang=lang, engine=engine, sentences="sentences" in include)
    pairs: list[tuple[Item, Parsed | Failure | None]] = [
        (i, parsed.get(i.doc_id) if isinstance(i, Document) else None) for i in items]
    done, counts = batch_rows([p for _, p in pairs if isinstance(p, Parsed)],
                              include=include)
    return pairs, done, counts
