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
