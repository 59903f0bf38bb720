"""The tokens table of a batch of documents, built column by column from the batch's
:class:`~massmob_nlp.tokens.arrays.TokenArrays` (no Python object per token): integer
columns from numpy, ``doc_id`` and ``text`` as Arrow strings (``text`` straight from the
UTF-8 bytes of the paragraphs, cut at the tokens' byte offsets), ``lang`` and ``pos``
as categoricals from codes. The columns are already in the schema's dtypes, so the cast
when a run's batches are stacked (:func:`~massmob_nlp.runs.corpus_tables.stack`) only
drops unused categories. Equal to the per-document tokens table
(``tests/runs/test_batch_tables.py``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt
import pandas as pd
import pyarrow as pa  # type: ignore[import-untyped]

from .. import tables
from ..langid import KNOWN_LANGS, LATIN_LANGS
from ..tokens.arrays import TokenArrays
from ..types import UND, Document

LANG_CATEGORIES: tuple[str, ...] = tuple(sorted({*KNOWN_LANGS, *LATIN_LANGS, UND}))
"""Categories every batch's ``lang`` column declares (plus any other it holds), so the
batches of a run concatenate as categoricals; the unused ones are dropped when stacked."""
POS_CATEGORIES: tuple[str, ...] = (
    "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON",
    "PROPN", "PUNCT", "SCONJ", "SPACE", "SYM", "VERB", "X")
"""The same for ``pos`` (spaCy's universal part-of-speech tags)."""
Ints = npt.NDArray[np.int64]
_PARA_ID, _START, _LANG = 1, 2, 5  # fields of a paragraph row (corpus.reader.paragraph_rows)


@dataclass(frozen=True)
class Parsed:
    """One document's paragraph rows; its tokens and sentences are those of paragraphs
    ``first``, ``first + 1``... of ``arrays`` (shared by the documents parsed together)."""

    document: Document
    paragraphs: list[tuple[Any, ...]]
    arrays: TokenArrays
    first: int

    @property
    def sentences(self) -> list[list[tuple[int, int]]]:
        """Each paragraph's sentence spans (paragraph offsets)."""
        return self.arrays.sentences[self.first:self.first + len(self.paragraphs)]


ColumnPart = dict[str, Any]
"""The tokens table of some documents as columns (arrays; categoricals as codes and
values): :func:`token_table` makes one frame of any number of parts."""


def token_parts(parsed: Sequence[Parsed], *, sentences: bool, build: bool = True
                ) -> tuple[list[ColumnPart], list[int]]:
    """The tokens of documents ``parsed`` as column parts (none unless ``build``) and
    each document's count of non-space tokens."""
    runs: list[list[Parsed]] = []
    for p in parsed:  # documents parsed together share their arrays
        if runs and runs[-1][-1].arrays is p.arrays:
            runs[-1].append(p)
        else:
            runs.append([p])
    parts = [_columns(run, sentences=sentences, build=build) for run in runs]
    n_words = [int(n) for part in parts for n in part.pop("n_words")]
    return (parts if build else []), n_words


def token_frame(parsed: Sequence[Parsed], *, sentences: bool, build: bool = True
                ) -> tuple[pd.DataFrame | None, list[int]]:
    """The tokens table of documents ``parsed`` (None unless ``build``; categories as
    :func:`token_table` with ``every_category``) and each document's count of non-space
    tokens."""
    parts, n_words = token_parts(parsed, sentences=sentences, build=build)
    return (token_table(parts, every_category=True) if build else None), n_words


def token_table(parts: Sequence[ColumnPart], *, every_category: bool = False
                ) -> pd.DataFrame:
    """The tokens table of column ``parts`` (in order), in the schema's dtypes. ``lang``
    and ``pos`` hold the used categories, sorted (as :func:`~massmob_nlp.tables.
    make_frame` casts them), or with ``every_category`` also :data:`LANG_CATEGORIES`
    and :data:`POS_CATEGORIES`, so that the frames of several batches concatenate as
    categoricals (their cast when stacked drops the unused ones)."""
    if not parts:
        return tables.empty_frame("tokens")
    fixed = {"lang": LANG_CATEGORIES if every_category else (),
             "pos": POS_CATEGORIES if every_category else ()}
    return pd.DataFrame({col: _stack(col, [part[col] for part in parts], fixed)
                         for col in tables.columns("tokens")}, copy=False)


def _columns(run: list[Parsed], *, sentences: bool, build: bool) -> dict[str, Any]:
    """The columns (as arrays; categoricals as codes and values) of documents ``run``,
    which share one :class:`TokenArrays`."""
    ta = run[0].arrays
    n_para = len(ta.offsets) - 1
    para_id, para_start = np.zeros(n_para, np.int64), np.zeros(n_para, np.int64)
    vocab = {v: k for k, v in enumerate(ta.tags)}
    para_lang = np.zeros(n_para, np.int64)
    at = [p.first + k for p in run for k in range(len(p.paragraphs))]
    rows = [row for p in run for row in p.paragraphs]
    para_id[at] = [row[_PARA_ID] for row in rows]
    para_start[at] = [row[_START] for row in rows]
    para_lang[at] = [vocab.setdefault(str(row[_LANG]), len(vocab)) for row in rows]
    edges = np.searchsorted(ta.para, [[p.first, p.first + len(p.paragraphs)] for p in run])
    lo, hi = edges.reshape(-1, 2).T
    counts = hi - lo
    if len(run) == 1 or (lo[1:] == hi[:-1]).all():
        idx: Ints | slice = slice(int(lo[0]), int(hi[-1]))
    else:
        idx = np.concatenate([np.arange(a, b) for a, b in zip(lo, hi, strict=True)])
    para, tag = ta.para[idx], ta.tag[idx]
    space = tag == 0
    doc_k = np.repeat(np.arange(len(run)), counts)
    out: dict[str, Any] = {"n_words": np.bincount(doc_k, weights=~space,
                                                  minlength=len(run)).astype(np.int64)}
    if not build:
        return out
    start = para_start[para] + ta.start[idx] - ta.offsets[para]
    first_token = np.repeat(np.cumsum(counts) - counts, counts)
    lang = np.where(space, para_lang[para], tag)  # codes into vocab (ta.tags first)
    texts = _texts(ta)
    n = len(para)
    out.update({
        "doc_id": _repeated([p.document.doc_id for p in run], counts),
        "para_id": para_id[para], "token_id": np.arange(len(para)) - first_token,
        "start_char": start, "end_char": start + (ta.end[idx] - ta.start[idx]),
        "text": texts.slice(idx.start, n) if isinstance(idx, slice) else texts.take(idx),
        "lang": (lang, list(vocab)), "is_space": space, "pos": (ta.pos[idx], ta.pos_tags),
        "sent_id": _sent_ids(ta, run, para, ta.start[idx], doc_k) if sentences
        else (np.zeros(n, np.int64), np.ones(n, bool))})
    return out


def _repeated(values: list[str], counts: Ints) -> pa.Array:
    """``values[k]`` ``counts[k]`` times each, as Arrow strings built from their bytes
    (pyarrow's ``take`` costs ~0.3 ms a call, more than the rest of the column)."""
    try:
        raw = [v.encode("utf-8") for v in values]
    except UnicodeEncodeError:  # lone surrogates: as pyarrow makes them (or fails)
        return pa.array(values, pa.large_string()).take(
            np.repeat(np.arange(len(values)), counts))
    n = int(counts.sum())
    offsets = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.repeat(np.array([len(b) for b in raw], dtype=np.int64), counts),
              out=offsets[1:])
    data = b"".join(b * int(c) for b, c in zip(raw, counts, strict=True))
    return pa.LargeStringArray.from_buffers(n, pa.py_buffer(offsets), pa.py_buffer(data))


def _texts(ta: TokenArrays) -> pa.Array:
    """Every token's text, cut from the UTF-8 bytes of the joined paragraphs."""
    bounds = np.append(ta.start, len(ta.text))
    try:
        data = ta.text.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates: as pandas makes them (or fails)
        return pa.array(pd.array([ta.text[s:e] for s, e in zip(ta.start, ta.end, strict=True)],
                                 dtype="string"), pa.large_string())
    codes = np.frombuffer(ta.text.encode("utf-32-le"), dtype=np.uint32)
    width = 1 + (codes >= 0x80) + (codes >= 0x800) + (codes >= 0x10000)
    byte_at = np.concatenate(([0], np.cumsum(width, dtype=np.int64)))
    return pa.LargeStringArray.from_buffers(len(ta.start), pa.py_buffer(byte_at[bounds]),
                                            pa.py_buffer(data))


def _sent_ids(ta: TokenArrays, run: list[Parsed], para: Ints, start: Ints,
              doc_k: Ints) -> tuple[Ints, npt.NDArray[np.bool_]]:
    """Each token's sentence within its document (values, and a mask: no sentence)."""
    n_sents = np.array([len(s) for s in ta.sentences], dtype=np.int64)
    first_sent = np.cumsum(n_sents) - n_sents
    starts = np.array([ta.offsets[i] + s for i, sents in enumerate(ta.sentences)
                       for s, _ in sents], dtype=np.int64)
    at = np.searchsorted(starts, start, side="right") - 1
    at = np.maximum(at, first_sent[para])
    doc_first = np.append(first_sent, n_sents.sum())[[p.first for p in run]]
    return at - doc_first[doc_k], n_sents[para] == 0


def _stack(col: str, parts: list[Any], fixed: Mapping[str, Sequence[str]]) -> Any:
    """One column of the table from its parts, in the schema's dtype."""
    if col in ("doc_id", "text"):
        return pd.arrays.ArrowStringArray(pa.chunked_array(parts, pa.large_string()))
    if col in fixed:
        return _categorical(parts, fixed[col])
    if col == "is_space":
        return np.concatenate(parts)
    if col == "sent_id":
        return pd.arrays.IntegerArray(np.concatenate([v for v, _ in parts]),
                                      np.concatenate([m for _, m in parts]))
    values = np.concatenate(parts).astype(np.int64)
    return pd.arrays.IntegerArray(values, np.zeros(len(values), bool))


def _categorical(parts: list[tuple[Ints, list[str]]], fixed: Sequence[str]
                 ) -> pd.Categorical:
    """Codes into per-part values as one categorical over the used values and
    ``fixed``, sorted."""
    values = sorted({v for _, vals in parts for v in vals} | set(fixed))
    index = {v: k for k, v in enumerate(values)}
    codes = np.concatenate([np.append(np.array([index[v] for v in vals], np.int64), -1)[c]
                            for c, vals in parts])
    keep = np.bincount(codes[codes >= 0], minlength=len(values)) > 0
    keep[[index[v] for v in fixed]] = True
    remap = np.append(np.cumsum(keep) - 1, -1)
    return pd.Categorical.from_codes(remap[codes], dtype=tables.category_dtype(
        tuple(v for v, k in zip(values, keep, strict=True) if k)))
