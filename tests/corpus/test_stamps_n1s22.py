"""A publication stamp made of the outlet, a separator and the date (session 22, N1).
Lines written for these tests."""

from __future__ import annotations

import pytest

from massmob_nlp.corpus.stamps import is_stamp


@pytest.mark.parametrize("line", [
    "VTV4 · 14 มีนาคม 2570",
    "Xinhua | 9 October 2027",
    "Kyodo - 22/04/2027",
])
def test_outlet_separator_and_dated_line_is_a_stamp(line: str) -> None:
    assert is_stamp(line)


@pytest.mark.parametrize("line", [
    "VTV4 · 14 มีนาคม",                      # no year: may be a list item
    "ราคาทอง - 14 มีนาคม 2570 ปรับขึ้นอีก",    # a sentence goes on after the date
    "The strike began on 14 March 2027",
])
def test_other_lines_are_not(line: str) -> None:
    assert not is_stamp(line)
