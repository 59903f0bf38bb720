import pandas as pd
import pytest

from massmob_nlp import tables


@pytest.mark.parametrize("name", sorted(tables.SCHEMAS))
def test_empty_frame_has_pinned_columns_and_dtypes(name):
    frame = tables.empty_frame(name)
    assert list(frame.columns) == tables.columns(name)
    for col, dtype in tables.SCHEMAS[name].items():
        assert str(frame[col].dtype) == dtype, (name, col)


def test_make_frame_keeps_unknown_category_values():
    frame = tables.make_frame("numbers", [{"kind": "cardinal"}, {"kind": "new_kind"}])
    assert frame["kind"].tolist() == ["cardinal", "new_kind"]


def test_paragraph_schema_is_pinned():
    assert tables.columns("paragraphs") == [
        "doc_id", "para_id", "start_char", "end_char", "text", "lang", "is_boilerplate",
        "boilerplate_kind"]
    assert tables.columns("numbers") == [
        "doc_id", "lang", "para_id", "sent_id", "start_char", "end_char", "text", "value",
        "value_max", "kind", "unit", "qualifier", "calendar", "key", "vague"]


def test_make_frame_accepts_tuples_and_frames():
    rows = [(0, 3, "th", "Thai")]
    a = tables.make_frame("language_spans", rows)
    b = tables.make_frame("language_spans", pd.DataFrame(rows, columns=tables.columns(
        "language_spans")))
    pd.testing.assert_frame_equal(a, b)


def _slow(name, rows):
    """The same table through pandas' own construction and casts."""
    if isinstance(rows, dict) or (rows and isinstance(rows[0], dict)):
        return tables.make_frame(name, pd.DataFrame(rows))
    return tables.make_frame(name, pd.DataFrame(rows, columns=tables.columns(name)))


@pytest.mark.parametrize(("name", "rows"), [
    ("tokens", [("d", 0, pd.NA, 0, 0, 3, "abc", "th", False, None),
                ("d", 0, 1, 1, 3, 4, " ", "th", True, "NOUN")]),
    ("tokens", [("d", 0.0, 1.0, 0, 0, 3, 5, "th", True, "X")]),  # values pandas must cast
    ("numbers", [{"kind": "cardinal", "value": 3}, {"kind": "new", "vague": True}]),
    ("numbers", [{"kind": None, "value": float("nan"), "unit": pd.NA, "sent_id": None}]),
    ("numbers", {"kind": ["cardinal", "x"], "value": [1, 2.5]}),
    ("alignment", [(0, (0, 1), (2,), "a", "b", "1-2", 0.5), (1, (), (3,), "", "b", "0-1", None)]),
    ("alignment", [(0, None, (2,), None, "b", None, 1)]),
    ("pairs", [("a", "b", True, 1)]),
    *[(name, []) for name in sorted(tables.SCHEMAS)],
])
def test_fast_path_builds_the_same_frame_as_pandas(name, rows):
    fast, slow = tables.make_frame(name, rows), _slow(name, rows)
    pd.testing.assert_frame_equal(fast, slow)
    for col in fast.columns:
        if isinstance(fast[col].dtype, pd.CategoricalDtype):
            assert list(fast[col].cat.categories) == list(slow[col].cat.categories)
            assert fast[col].cat.codes.dtype == slow[col].cat.codes.dtype
