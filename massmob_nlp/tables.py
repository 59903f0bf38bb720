"""Column names and dtypes of every DataFrame massmob_nlp returns.

One place, pinned by ``tests/test_tables.py``. Build frames with :func:`make_frame` so
that empty input gives an empty frame with the same columns and dtypes.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa  # type: ignore[import-untyped]
from pandas.arrays import ArrowStringArray

S, C, I, F, B, O = "string", "category", "Int64", "float64", "bool", "object"

SCHEMAS: dict[str, dict[str, str]] = {
    "paragraphs": {
        "doc_id": S, "para_id": I, "start_char": I, "end_char": I, "text": S,
        "lang": C, "is_boilerplate": B, "boilerplate_kind": C,
    },
    "sentences": {
        "doc_id": S, "para_id": I, "sent_id": I, "start_char": I, "end_char": I,
        "text": S, "lang": C,
    },
    "tokens": {
        "doc_id": S, "para_id": I, "sent_id": I, "token_id": I, "start_char": I,
        "end_char": I, "text": S, "lang": C, "is_space": B, "pos": C,
    },
    "language_spans": {"start_char": I, "end_char": I, "lang": C, "script": C},
    "documents": {
        "doc_id": S, "lang": C, "n_chars": I, "n_paragraphs": I, "n_boilerplate": I,
        "encoding": S, "path": S, "source_url": S, "author": S, "published": S,
    },
    "numbers": {
        "doc_id": S, "lang": C, "para_id": I, "sent_id": I, "start_char": I,
        "end_char": I, "text": S, "value": F, "value_max": F, "kind": C, "unit": S,
        "qualifier": C, "calendar": C, "key": S, "vague": B,
    },
    "entities": {
        "doc_id": S, "lang": C, "para_id": I, "sent_id": I, "start_char": I,
        "end_char": I, "text": S, "label": C, "source": C, "entity_id": S,
        "canonical": S, "score": F,
    },
    "alignment": {
        "bead_id": I, "src_ids": O, "tgt_ids": O, "src_text": S, "tgt_text": S,
        "kind": C, "score": F,
    },
    "pairs": {"src_doc_id": S, "tgt_doc_id": S, "score": F, "evidence": S},
    # find_versions: each source document (a Vietnamese original) and its translations
    "version_groups": {"source_doc_id": S, "version": S, "doc_id": S, "score": F,
                       "evidence": S},
    "errors": {"source": S, "stage": S, "error": S, "message": S},
    # Corpus runs (massmob_nlp.runs.analyze, massmob_nlp.dask): one row per input with
    # its status, and one row per document that failed a stage (the others go on).
    "corpus_documents": {
        "doc_id": S, "lang": C, "n_chars": I, "n_paragraphs": I, "n_boilerplate": I,
        "n_sentences": I, "n_tokens": I, "n_numbers": I, "n_entities": I, "status": C,
        "encoding": S, "path": S, "source_url": S, "author": S, "published": S,
    },
    "corpus_errors": {"doc_id": S, "source": S, "stage": S, "error_type": S, "message": S},
    # Translation checks (massmob_nlp.comparison). bead_id is a sentence bead of
    # Comparison.alignment; offsets point into the source / target document text.
    "cmp_numbers": {
        "bead_id": I, "src_text": S, "tgt_text": S, "src_value": F, "tgt_value": F,
        "kind": C, "status": C, "note": S, "key": S, "src_qualifier": S,
        "tgt_qualifier": S, "src_para_id": I, "tgt_para_id": I, "src_start_char": I,
        "src_end_char": I, "tgt_start_char": I, "tgt_end_char": I,
    },
    # compare_versions: the number rows of each source -> version comparison
    "version_numbers": {
        "version": S, "bead_id": I, "src_text": S, "tgt_text": S, "src_value": F,
        "tgt_value": F, "kind": C, "status": C, "note": S, "key": S, "src_qualifier": S,
        "tgt_qualifier": S, "src_para_id": I, "tgt_para_id": I, "src_start_char": I,
        "src_end_char": I, "tgt_start_char": I, "tgt_end_char": I,
    },
    "cmp_entities": {
        "bead_id": I, "src_text": S, "tgt_text": S, "label": C, "status": C, "score": F,
        "note": S, "entity_id": S, "checked": B, "src_para_id": I, "tgt_para_id": I,
        "src_start_char": I, "src_end_char": I, "tgt_start_char": I, "tgt_end_char": I,
    },
    # A ``moved`` row is a source passage the translation puts elsewhere in the
    # article: the other_* columns point at its translation in the target (sentence
    # bead, paragraph, sentence, offsets, text); NA on every other kind.
    "passages": {
        "kind": C, "level": C, "bead_id": I, "side": C, "para_id": I, "sent_id": I,
        "start_char": I, "end_char": I, "text": S, "score": F, "note": S,
        "other_bead_id": I, "other_para_id": I, "other_sent_id": I,
        "other_start_char": I, "other_end_char": I, "other_text": S,
    },
    # Corpus comparisons (massmob_nlp.runs.compare): one row per pair or unpaired
    # document, and one row per pair that failed a stage.
    "pair_summary": {
        "pair_id": I, "src_doc_id": S, "tgt_doc_id": S, "status": C, "pairing_score": F,
        "src_lang": S, "tgt_lang": S, "sentence_beads": I, "numbers_source": I,
        "numbers_kept": I, "numbers_changed": I, "numbers_missing": I,
        "numbers_added": I, "entities_kept": I, "entities_missing": I,
        "entities_added": I, "entity_problems": I, "passages_omitted": I,
        "passages_added": I, "passages_untranslated": I, "passages_length_ratio": I,
        "passages_moved": I,
        "preservation_rate": F, "share_text_aligned": F, "n_problems": I, "warnings": S,
        "verdict": S, "report": S,
    },
    "pair_errors": {"pair_id": I, "src_doc_id": S, "tgt_doc_id": S, "stage": S,
                    "error_type": S, "message": S},
}

# Closed vocabularies for categorical columns (kept as categories even when a frame
# is empty or only some values occur, so frames concatenate and compare cleanly).
CATEGORIES: dict[tuple[str, str], list[str]] = {
    ("numbers", "kind"): ["cardinal", "ordinal", "percent", "money", "year",
                          "year_range", "range", "date", "time", "fraction", "code",
                          "decade", "score", "duration"],
    ("numbers", "qualifier"): ["over", "under", "about", "nearly", "up_to",
                               "at_least", "at_most"],
    ("numbers", "calendar"): ["CE", "BE"],
    ("entities", "source"): ["model", "rule", "gazetteer"],
    ("corpus_documents", "status"): ["ok", "partial", "failed"],
    ("alignment", "kind"): ["1-1", "1-2", "2-1", "2-2", "1-0", "0-1", "1-3", "3-1", "2-3",
                            "3-2", "1-4", "1-5", "1-6", "4-1", "5-1", "6-1"],
    ("cmp_numbers", "kind"): ["cardinal", "ordinal", "percent", "money", "year",
                              "year_range", "range", "date", "time", "fraction", "code",
                              "decade", "score", "duration"],
    ("cmp_numbers", "status"): ["match", "format_only", "qualifier_changed", "mismatch",
                                "missing", "added"],
    ("version_numbers", "kind"): ["cardinal", "ordinal", "percent", "money", "year",
                                  "year_range", "range", "date", "time", "fraction",
                                  "code", "decade", "score", "duration"],
    ("version_numbers", "status"): ["match", "format_only", "qualifier_changed",
                                    "mismatch", "missing", "added"],
    ("cmp_entities", "status"): ["matched", "missing", "added"],
    ("passages", "kind"): ["omitted", "added", "length_ratio", "untranslated", "moved"],
    ("passages", "level"): ["paragraph", "sentence", "span"],
    ("passages", "side"): ["src", "tgt"],
    ("pair_summary", "status"): ["ok", "check", "failed", "unpaired"],
}


def columns(name: str) -> list[str]:
    """Column names of table ``name`` in order."""
    return list(SCHEMAS[name])


def empty_frame(name: str) -> pd.DataFrame:
    """An empty frame of table ``name`` with the pinned columns and dtypes."""
    return _empty_template(name).copy()


@lru_cache(maxsize=64)
def _empty_template(name: str) -> pd.DataFrame:
    return make_frame(name, [])


def make_frame(name: str, rows: Iterable[Mapping[str, Any]] | Sequence[Sequence[Any]]
               | Mapping[str, Sequence[Any]] | pd.DataFrame) -> pd.DataFrame:
    """Build table ``name`` from dict rows, tuple rows, a dict of columns or a frame.

    Missing columns are filled with NA; extra columns are dropped; dtypes are cast to
    the schema. Rows and columns of plain Python values take a fast path (each column
    built once, straight into its dtype); anything else goes through pandas' casts,
    with the same result.
    """
    schema = SCHEMAS[name]
    if not isinstance(rows, pd.DataFrame):
        if not isinstance(rows, Mapping):
            rows = list(rows)
        cols = _plain_columns(schema, rows)
        if cols is not None:
            return pd.DataFrame({col: _column(name, col, dtype, cols[col])
                                 for col, dtype in schema.items()}, copy=False)
    if isinstance(rows, pd.DataFrame):
        return _cast_columns(name, rows.reset_index(drop=True))
    if isinstance(rows, Mapping):
        frame = pd.DataFrame(dict(rows))
    elif rows and not isinstance(rows[0], Mapping):
        frame = pd.DataFrame(rows, columns=list(schema))
    else:
        frame = pd.DataFrame(rows)
    return _cast_columns(name, frame.reset_index(drop=True))


def _plain_columns(schema: Mapping[str, str], rows: Sequence[Any] | Mapping[str, Any]
                   ) -> dict[str, list[Any]] | None:
    """The schema's columns as lists (None for a missing column's values), or None when
    the input needs pandas (Series or arrays with an index, ragged rows)."""
    if isinstance(rows, Mapping):
        given = list(rows.values())
        if not all(isinstance(v, (list, tuple)) for v in given):
            return None
        n = len(given[0]) if given else 0
        if any(len(v) != n for v in given):
            return None  # pandas raises its own error
        return {c: list(rows[c]) if c in rows else [None] * n for c in schema}
    if not rows:
        return {c: [] for c in schema}
    if isinstance(rows[0], Mapping):
        if not all(isinstance(r, dict) for r in rows):
            return None
        return {c: [r.get(c) for r in rows] for c in schema}
    if not all(isinstance(r, (tuple, list)) and len(r) == len(schema) for r in rows):
        return None
    return dict(zip(schema, map(list, zip(*rows, strict=True)), strict=True))


_INTS = frozenset({int, np.int64, np.int32, np.int16, np.int8, np.uint32, np.uint16,
                   np.uint8})
_FLOATS = frozenset({float, np.float64, np.float32})


@lru_cache(maxsize=256)
def category_dtype(cats: tuple[str, ...]) -> pd.CategoricalDtype:
    """The (unordered) categorical dtype of categories ``cats``, made once."""
    return pd.CategoricalDtype(list(cats))


_category_dtype = category_dtype


_NA = pd.NA


def _is_na(v: Any) -> bool:
    return v is None or v is _NA or (isinstance(v, float) and v != v)


def _column(name: str, col: str, dtype: str, values: list[Any]) -> Any:
    """One column of plain values in its schema dtype (as :func:`cast_frame` makes it)."""
    kinds = {type(v) for v in values}
    na = None
    if kinds - {str, int, bool}:  # _is_na of each value, inlined (hot: every column)
        na = [v is None or v is _NA or (isinstance(v, float) and v != v) for v in values]
        if not any(na):
            na = None
    plain = [v for v, m in zip(values, na, strict=True) if not m] if na else values
    types = {type(v) for v in plain} if na else kinds
    if dtype == S and types <= {str}:
        strings = [None if m else v for v, m in zip(values, na, strict=True)] if na else values
        if values and pd.StringDtype().storage == "pyarrow":  # what pd.array makes, 4x faster
            return ArrowStringArray(pa.array(strings, type=pa.large_string()))
        return pd.array(strings, dtype="string")
    if dtype == C and types <= {str}:
        fixed = CATEGORIES.get((name, col), [])
        seen = set(plain)
        cats = list(fixed) + sorted(v for v in seen if v not in fixed)
        index = {v: i for i, v in enumerate(cats)}
        codes = ([-1 if m else index[v] for v, m in zip(values, na, strict=True)] if na
                 else [index[v] for v in values])
        # codes are in range by construction: no validation pass
        return pd.Categorical.from_codes(np.array(codes, dtype=np.int64),
                                         dtype=_category_dtype(tuple(cats)), validate=False)
    if dtype == I and all(t in _INTS for t in types):
        mask = np.array(na, dtype=bool) if na else np.zeros(len(values), dtype=bool)
        data = np.array([0 if m else v for v, m in zip(values, na, strict=True)] if na
                        else values, dtype=np.int64)
        return pd.arrays.IntegerArray(data, mask)
    if dtype == F and all(t in _INTS or t in _FLOATS for t in types):
        return np.array([np.nan if m else v for v, m in zip(values, na, strict=True)] if na
                        else values, dtype=np.float64)
    if dtype == B and types <= {bool, np.bool_}:
        return np.array([False if m else v for v, m in zip(values, na, strict=True)] if na
                        else values, dtype=bool)
    if dtype == O and not na:  # tuples of ids: no NA among them
        out = np.empty(len(values), dtype=object)
        for i, v in enumerate(values):
            out[i] = v
        return out
    return _cast_series(name, col, dtype, pd.Series(values))


def _cast_columns(name: str, frame: pd.DataFrame) -> pd.DataFrame:
    """:func:`cast_frame` of ``frame``'s columns of the schema, a missing one all NA
    (built straight into its dtype, not added to ``frame`` and cast)."""
    cols: dict[str, Any] = {}
    for col, dtype in SCHEMAS[name].items():
        if col in frame.columns:
            cols[col] = _cast_series(name, col, dtype, frame[col])
        elif dtype != O:
            cols[col] = _column(name, col, dtype, [None] * len(frame))
        else:
            cols[col] = _cast_series(name, col, dtype,
                                     pd.Series([pd.NA] * len(frame), dtype=object))
    return pd.DataFrame(cols, index=frame.index)


def cast_frame(name: str, frame: pd.DataFrame) -> pd.DataFrame:
    """Cast ``frame``'s columns to the dtypes of table ``name``."""
    return pd.DataFrame({col: _cast_series(name, col, dtype, frame[col])
                         for col, dtype in SCHEMAS[name].items()}, index=frame.index)


def _cast_series(name: str, col: str, dtype: str, series: pd.Series) -> Any:
    if dtype == C and isinstance(series.dtype, pd.CategoricalDtype):
        typed = _recategorized(name, col, series.array)
        if typed is not None:  # already categorical: no round trip through objects
            return typed
    if dtype == S and series.dtype == _STRING:  # already strings: as they are
        return series.array
    if dtype == C:
        fixed = CATEGORIES.get((name, col), [])
        seen = series.dropna().astype(str).unique().tolist()
        cats = list(fixed) + sorted(v for v in seen if v not in fixed)
        return pd.Categorical(series.astype(object).where(series.notna(), None),
                              categories=cats)
    if dtype == O:
        return series.astype(object)
    if dtype == B:
        return series.fillna(False).astype(bool)
    if dtype == S:
        return series.astype(object).where(series.notna(), None).astype("string")
    if series.dtype == object:
        numeric = pd.to_numeric(series.where(series.notna(), None), errors="raise")
        return numeric.astype(dtype)
    return series.astype(dtype)


_STRING = pd.StringDtype()


def _recategorized(name: str, col: str, values: pd.Categorical) -> pd.Categorical | None:
    """A categorical of strings with the categories :func:`_cast_series` gives (fixed
    ones, then the used others sorted; unused ones dropped), by recoding; None when a
    category is not a string."""
    cats = list(values.categories)
    if not all(isinstance(c, str) for c in cats):
        return None
    codes = values.codes
    used = np.flatnonzero(np.bincount(codes[codes >= 0], minlength=len(cats)))
    fixed = CATEGORIES.get((name, col), [])
    seen = {cats[k] for k in used}
    new = list(fixed) + sorted(v for v in seen if v not in fixed)
    index = {v: k for k, v in enumerate(new)}
    remap = np.array([index.get(c, -1) for c in cats] + [-1], dtype=np.int64)
    return pd.Categorical.from_codes(remap[codes], dtype=_category_dtype(tuple(new)))


# ------------------------------------------------------------------ reading columns

def column_values(col: pd.Series) -> list[Any] | None:
    """The values ``to_dict("records")`` gives of a column of numbers (Python ints,
    floats, bools), of strings or strings as categories (str; a missing string None,
    a missing category NaN), of nullable integers (int or None); None for other
    columns."""
    return _array_values(col.to_numpy() if isinstance(col.dtype, np.dtype) else col.array)


def _array_values(array: Any) -> list[Any] | None:
    """:func:`column_values` of a column's values (a NumPy or extension array)."""
    if isinstance(array, np.ndarray):
        return array.tolist() if array.dtype.kind in "biuf" else None
    dtype = array.dtype
    if isinstance(dtype, pd.CategoricalDtype):
        cats = _string_categories(dtype)
        if cats is None:
            return None
        nan = float("nan")
        return [cats[c] if c >= 0 else nan for c in array.codes.tolist()]
    if dtype.na_value is not pd.NA:
        return None
    if isinstance(dtype, pd.StringDtype) and dtype.storage == "pyarrow":
        values: list[Any] = array.__arrow_array__().to_pylist()
        return values
    if isinstance(dtype, (pd.Int64Dtype, pd.Int32Dtype, pd.BooleanDtype, pd.Float64Dtype)):
        data, mask = getattr(array, "_data", None), getattr(array, "_mask", None)
        if isinstance(data, np.ndarray) and isinstance(mask, np.ndarray):
            values, missing = data.tolist(), mask.tolist()  # without pandas' casts
            if True not in missing:
                return values
            return [None if m else v for v, m in zip(values, missing, strict=True)]
        values = array.to_numpy(dtype=object, na_value=None).tolist()
        return values
    return None


_CATEGORIES: dict[int, tuple[pd.CategoricalDtype, list[str] | None]] = {}


def _string_categories(dtype: pd.CategoricalDtype) -> list[str] | None:
    """The categories of ``dtype`` as a list when all are strings (else None), made
    once a dtype (the tables share theirs: :func:`category_dtype`)."""
    hit = _CATEGORIES.get(id(dtype))
    if hit is None or hit[0] is not dtype:
        if len(_CATEGORIES) > 1024:
            _CATEGORIES.clear()
        cats = dtype.categories.tolist()
        hit = _CATEGORIES[id(dtype)] = (
            dtype, cats if all(isinstance(c, str) for c in cats) else None)
    return hit[1]


def column_list(col: pd.Series) -> list[Any]:
    """The values of ``col`` as ``to_dict("records")`` gives them (a category or
    string as str, a missing category NaN, a missing string None), read a column at a
    time: a check of every row of a small table (``col.astype(str) == "date"``) costs
    pandas more than the rows do."""
    values = column_values(col)
    return col.astype(object).tolist() if values is None else values


def frame_values(frame: pd.DataFrame, at: int) -> list[Any] | None:
    """:func:`column_values` of the column at position ``at`` of ``frame``, read from
    the frame's column array without making the Series (in pandas 3 a column Series
    costs ~40 us, more than reading a small table's column)."""
    get = getattr(frame, "_get_column_array", None)
    return _array_values(get(at)) if get is not None else column_values(frame.iloc[:, at])


def frame_column(frame: pd.DataFrame, name: str) -> list[Any]:
    """:func:`column_list` of ``frame[name]`` (:func:`frame_values`: no Series made
    for a column it reads)."""
    at = frame.columns.get_loc(name)
    values = frame_values(frame, at) if isinstance(at, int) else None
    return column_list(frame[name]) if values is None else values
