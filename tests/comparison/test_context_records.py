"""``context._records`` gives what ``DataFrame.to_dict("records")`` gives (the same
values of the same Python types) for the column types of the mention tables, and
``_mentions`` hands each caller its own dicts."""

import math
from typing import Any

import numpy as np
import pandas as pd

from massmob_nlp.comparison.context import _records
from massmob_nlp.tables import column_values as _column_values


def _same(a: Any, b: Any) -> bool:
    if type(a) is not type(b):
        return False
    if isinstance(a, float) and math.isnan(a):
        return math.isnan(b)
    return bool(a == b)


def _frame() -> pd.DataFrame:
    return pd.DataFrame({
        "para_id": pd.array([0, 1, None], dtype="Int64"),
        "text": pd.array(["12 schools", None, "สามคน"], dtype=pd.StringDtype("pyarrow")),
        "value": [12.0, np.nan, 3.0],
        "kind": pd.Categorical(["cardinal", None, "cardinal"],
                               categories=["cardinal", "ordinal"]),
        "vague": [False, True, False],
        "rank": np.array([3, 1, 2], dtype=np.int64),
    })


def test_records_equal_pandas_records() -> None:
    frame = _frame()
    expected = frame.to_dict("records")
    got = _records(frame)
    assert [list(r) for r in got] == [list(r) for r in expected]
    for row, want in zip(got, expected, strict=True):
        for key, value in want.items():
            assert _same(row[key], value), (key, row[key], value)
    assert got[2]["para_id"] is None and got[1]["text"] is None
    assert isinstance(got[0]["para_id"], int) and isinstance(got[0]["rank"], int)


def test_other_columns_go_through_pandas() -> None:
    frame = _frame().assign(ids=[(1,), (2, 3), ()])
    assert _column_values(frame["ids"]) is None
    assert repr(_records(frame)) == repr(frame.to_dict("records"))
    empty = frame.iloc[:0]
    assert _records(empty) == []


def test_frame_column_reads_what_column_list_reads() -> None:
    from massmob_nlp.tables import column_list, frame_column

    frame = _frame().assign(ids=[(1,), (2, 3), ()])
    for name in frame.columns:
        got, want = frame_column(frame, name), column_list(frame[name])
        assert len(got) == len(want)
        assert all(_same(a, b) or a == b for a, b in zip(got, want, strict=True)), name
    assert frame_column(frame.iloc[:0], "kind") == []
