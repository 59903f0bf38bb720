"""passage_moves._records gives what ``to_dict("records")`` gives for a passages
frame: the same keys in the same order, the same values of the same Python types
(integers as int, missing values as None, text as str)."""

import math
from typing import Any

from massmob_nlp import tables
from massmob_nlp.comparison.passage_moves import _records, moved_row

OMITTED = {"kind": "omitted", "level": "sentence", "bead_id": 4, "side": "src",
           "para_id": 2, "sent_id": 7, "start_char": 310, "end_char": 372,
           "text": "The mayor said the bridge would reopen in March.", "score": 41.0}
ADDED = {"kind": "added", "level": "paragraph", "bead_id": 9, "side": "tgt",
         "para_id": 6, "start_char": 905, "end_char": 990,
         "text": "นายกเทศมนตรีกล่าวว่าสะพานจะเปิดใช้อีกครั้งในเดือนมีนาคม", "score": 48.0}


def _same(a: Any, b: Any) -> bool:
    if type(a) is not type(b):
        return False
    return (isinstance(a, float) and math.isnan(a) and math.isnan(b)) or a == b


def test_records_equal_to_dict_records() -> None:
    moved = moved_row(OMITTED, {"other_bead_id": 9, "other_para_id": 6, "other_sent_id": None,
                                "other_start_char": 905, "other_end_char": 990,
                                "other_text": ADDED["text"]})
    frame = tables.make_frame("passages", [OMITTED, ADDED, moved])
    want = frame.to_dict("records")
    got = _records(frame)
    assert [list(r) for r in got] == [list(r) for r in want]
    assert all(_same(r[k], s[k]) for r, s in zip(got, want) for k in r)
    assert got[1]["sent_id"] is None and type(got[0]["start_char"]) is int
    assert got[2]["kind"] == "moved" and got[2]["other_para_id"] == 6


def test_records_of_no_rows() -> None:
    assert _records(tables.make_frame("passages", [])) == []
