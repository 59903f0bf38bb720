"""A one-sided target number the join explained in place (``format_only``: the แรก of
``เริ่มจัดครั้งแรก``, a start the English said as 'began') belongs to the sentence
around it, so it ties no dropped sentence to that sentence (our own example: a dropped
'She came first or second in 9 of her 14 races.' and a Thai sentence on a race first
held in 1987)."""

from __future__ import annotations

import pandas as pd

from massmob_nlp.comparison.passage_meaning import _keys_by_span

EN = ("The race began in 1987 in Chiang Mai. "
      "She came first or second in 9 of her 14 races.")
TH = "การแข่งขันนี้เริ่มจัดครั้งแรกเมื่อปี 2530 ที่เชียงใหม่"


def _at(text: str, word: str) -> int:
    return text.index(word)


def _numbers(status: str) -> pd.DataFrame:
    return pd.DataFrame([
        {"key": "year:1987", "src_start_char": _at(EN, "1987"),
         "tgt_start_char": _at(TH, "2530"), "status": "format_only"},
        {"key": "ordinal:1", "src_start_char": None, "tgt_start_char": _at(TH, "แรก"),
         "status": status},
        {"key": "ordinal:1", "src_start_char": _at(EN, "first"), "tgt_start_char": None,
         "status": "missing"},
        {"key": "cardinal:9", "src_start_char": _at(EN, "9 of"), "tgt_start_char": None,
         "status": "missing"},
    ])


DROPPED = {"start_char": _at(EN, "She came"), "end_char": len(EN)}
STRETCH = {"start_char": 0, "end_char": _at(TH, " ที่")}


def test_an_explained_thai_number_ties_no_dropped_sentence() -> None:
    keys = _keys_by_span(_numbers("format_only"))
    assert "ordinal:1" not in keys("tgt", STRETCH, DROPPED)
    assert keys("src", DROPPED, STRETCH) == {"ordinal:1", "cardinal:9"}


def test_an_added_thai_number_still_counts() -> None:
    keys = _keys_by_span(_numbers("added"))
    assert keys("tgt", STRETCH, DROPPED) == {"ordinal:1"}
