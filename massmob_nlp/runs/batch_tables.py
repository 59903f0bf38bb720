"""The paragraphs, sentences and tokens tables of a whole batch of documents, built at
once (one frame per table, not one per document; cast to the schema once, when a
run's batches are stacked: :func:`~massmob_nlp.runs.corpus_tables.stack`), and
only what was asked for: without ``"sentences"`` no sentence is split (Thai CRFCut is
skipped) and the tokens' ``sent_id`` is ``<NA>``.

Used by :func:`massmob_nlp.analyze_corpus` when no numbers or entities are asked for
(those stages read a per-document :class:`~massmob_nlp.pipeline.Analysis`). The tables
are the same as those of :func:`massmob_nlp.analyze` run document by document.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd

from .. import tables
from ..corpus.reader import paragraph_rows
from ..langid import detect_language
from ..pipeline import _check_lang, add_sentence_rows, add_token_columns
from ..tokens.words import ParagraphParse, parse_paragraphs
from ..types import UND, Document
from .inputs import Failure, Item

BATCH_TABLES = frozenset({"paragraphs", "sentences", "tokens"})
"""The tables this module builds: a run asking for no others takes this path."""
DOC_LANG_PARAGRAPHS = 20
"""Body paragraphs read to detect a document's language (as :func:`analyze`)."""
_PARA_ID, _START, _TEXT, _LANG, _BOILERPLATE = 1, 2, 4, 5, 6  # paragraph row fields


@dataclass(frozen=True)
class Parsed:
    """One document's paragraph rows and paragraph parses."""

    document: Document
    paragraphs: list[tuple[Any, ...]]
    parses: list[ParagraphParse]


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
    parses = iter(parse_paragraphs(texts, langs, engine=engine, sentences=sentences))
    return [Parsed(d, rs, [next(parses) for _ in rs]) for d, rs in zip(docs, rows)]


def batch_frames(parsed: Sequence[Parsed], *, include: Sequence[str]
                 ) -> tuple[dict[str, pd.DataFrame], list[dict[str, Any]]]:
    """The asked tables of ``parsed`` (in order, plain values: not cast) and one count
    row per document
    (``lang, n_paragraphs, n_boilerplate, n_tokens`` and, when sentences were
    split, ``n_sentences``)."""
    para_rows: list[tuple[Any, ...]] = []
    sent_rows: list[tuple[Any, ...]] = []
    tok_cols: dict[str, list[Any]] = {c: [] for c in tables.columns("tokens")}
    counts = []
    split = "sentences" in include
    for p in parsed:
        spans = [(r[_PARA_ID], r[_START], r[_LANG]) for r in p.paragraphs]
        n_sents, n_toks = len(sent_rows), len(tok_cols["is_space"])
        if split:
            add_sentence_rows(sent_rows, p.document, spans, p.parses)
        add_token_columns(tok_cols, p.document, spans, p.parses)
        para_rows.extend(p.paragraphs)
        body = [r[_TEXT] for r in p.paragraphs if not r[_BOILERPLATE]]
        row = {"lang": detect_language("\n".join(body[:DOC_LANG_PARAGRAPHS]))
               if body else UND, "n_paragraphs": len(p.paragraphs),
               "n_boilerplate": len(p.paragraphs) - len(body),
               "n_tokens": tok_cols["is_space"][n_toks:].count(False)}
        counts.append({**row, "n_sentences": len(sent_rows) - n_sents} if split else row)
    built = {"paragraphs": lambda: _plain_frame("paragraphs", para_rows),
             "sentences": lambda: _plain_frame("sentences", sent_rows),
             "tokens": lambda: pd.DataFrame(tok_cols)}
    return {name: built[name]() for name in include if name in built}, counts


def _plain_frame(name: str, rows: list[tuple[Any, ...]]) -> pd.DataFrame:
    """Rows as a frame of plain values, not cast: every run table is cast once, when
    the batches are stacked (casting here too cost a quarter of a Thai tokens run)."""
    return pd.DataFrame(rows, columns=tables.columns(name))


def batch_items(items: Sequence[Item], *, lang: str | None = None,
                engine: str | None = None, include: Sequence[str]
                ) -> tuple[list[tuple[Item, Parsed | Failure | None]], dict[str, pd.DataFrame],
                           list[dict[str, Any]]]:
    """Each item with its parse (or failure), the batch's tables and the count rows of
    the parsed items (in order)."""
    docs = [i for i in items if isinstance(i, Document)]
    parsed = parse_batch(docs, lang=lang, engine=engine, sentences="sentences" in include)
    pairs: list[tuple[Item, Parsed | Failure | None]] = [
        (i, parsed.get(i.doc_id) if isinstance(i, Document) else None) for i in items]
    frames, counts = batch_frames([p for _, p in pairs if isinstance(p, Parsed)],
                                  include=include)
    return pairs, frames, counts
