"""A moved sentence's number that lands beside a dropped sentence's number of another
size is no changed value of it (our own example: 'Of them, 2.4 million fled abroad'
moved into the paragraph whose '15 buses' sentence the translator dropped)."""

from __future__ import annotations

from types import SimpleNamespace

import pandas as pd

from massmob_nlp.comparison.passage_moves import _claimed

TH = ("รถโดยสาร 15 คันถูกสั่งให้หยุดที่ด่านตรวจ "
      "ในจำนวนนี้ราว 2.4 ล้านคนหนีไปต่างประเทศ")
CUT = TH.index("ในจำนวนนี้")
CTX = SimpleNamespace(
    tgt=SimpleNamespace(sentences=pd.DataFrame({
        "sent_id": [0, 1], "start_char": [0, CUT], "end_char": [CUT - 1, len(TH)]})),
    t_sent={0: 6, 1: 6})
AT = TH.index("2.4")


def _numbers(missing_value: float | None) -> pd.DataFrame:
    return pd.DataFrame([
        {"bead_id": 2, "kind": "cardinal", "status": "format_only", "src_start_char": 10,
         "tgt_start_char": AT, "src_value": 2_400_000.0, "tgt_value": 2_400_000.0},
        {"bead_id": 6, "kind": "cardinal", "status": "missing", "src_start_char": 400,
         "tgt_start_char": None, "src_value": missing_value, "tgt_value": None},
    ])


def test_a_number_of_another_size_is_not_claimed() -> None:
    assert not _claimed(CTX, _numbers(15.0), AT, "cardinal", 2_400_000.0)


def test_a_number_of_the_same_size_is_claimed() -> None:
    assert _claimed(CTX, _numbers(2_100_000.0), AT, "cardinal", 2_400_000.0)
    assert _claimed(CTX, _numbers(15.0), AT, "cardinal")  # size unknown: as before
