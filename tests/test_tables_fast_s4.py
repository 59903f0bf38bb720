"""make_frame's fast path of plain values gives exactly what pandas' casts give."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from massmob_nlp import tables

ROWS = {
    "numbers": [
        {"doc_id": "bbc-1", "lang": "en", "para_id": 0, "sent_id": None, "start_char": 10,
         "end_char": 14, "text": "2024", "value": 2024, "value_max": None, "kind": "year",
         "unit": None, "qualifier": None, "calendar": "CE", "key": "year:2024",
         "vague": False},
        {"doc_id": "bbc-1", "lang": "th", "para_id": 3, "sent_id": 7, "start_char": 0,
         "end_char": 9, "text": "ครึ่งล้าน", "value": 500000.0, "value_max": math.nan,
         "kind": "cardinal", "unit": pd.NA, "qualifier": "about", "calendar": None,
         "key": "cardinal:500000", "vague": True},
    ],
    "alignment": [
        {"bead_id": 0, "src_ids": (0, 1), "tgt_ids": (0,), "src_text": "Two. Sentences.",
         "tgt_text": "สองประโยค", "kind": "2-1", "score": 0.81},
        {"bead_id": 1, "src_ids": (2,), "tgt_ids": (), "src_text": "Dropped.",
         "tgt_text": None, "kind": "1-0", "score": None},
    ],
}


@pytest.mark.parametrize("name", sorted(ROWS))
def test_plain_rows_build_the_frame_pandas_casts_build(name: str) -> None:
    fast = tables.make_frame(name, ROWS[name])
    slow = tables.cast_frame(name, pd.DataFrame(ROWS[name]))
    pd.testing.assert_frame_equal(fast, slow, check_exact=True)
    for col in fast.columns:
        if isinstance(fast[col].dtype, pd.CategoricalDtype):
            assert fast[col].cat.codes.dtype == slow[col].cat.codes.dtype
    assert [type(v) for v in fast.get("src_ids", [])] == [type(v) for v in
                                                          slow.get("src_ids", [])]


def test_string_columns_keep_missing_values_as_na() -> None:
    frame = tables.make_frame("numbers", ROWS["numbers"])
    assert frame["unit"].isna().tolist() == [True, True]
    assert frame["text"].tolist() == ["2024", "ครึ่งล้าน"]
    assert frame["text"].dtype == pd.StringDtype()
    assert frame["kind"].cat.categories[:2].tolist() == ["cardinal", "ordinal"]
    assert frame["value_max"].isna().all() and frame["sent_id"].isna().tolist() == [True, False]
    empty = tables.make_frame("numbers", [])
    assert [str(d) for d in empty.dtypes] == [str(d) for d in frame.dtypes] and len(empty) == 0
