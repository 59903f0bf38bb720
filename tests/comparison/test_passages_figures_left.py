"""A source sentence of which the translator kept one clause, moved into another
paragraph, and dropped the rest is no moved sentence: when most of its figures
(two at least) are not in the target stretch that reads like it and holds the rest,
it stays omitted
(passage_meaning._meaning_pairs, passage_claims._figures_left). Our own example: a
workforce sentence whose closing list (a hotel, a garage) the Thai put after another
paragraph's sentence."""

from __future__ import annotations

import numpy as np
import pandas as pd

from massmob_nlp.comparison.passage_claims import _figures_left
from massmob_nlp.comparison.passage_meaning import _keys_by_span, _meaning_pairs

EN = ("About 8,000 staff and 950 trucks work every night in two shifts to finish the "
      "last jobs, including a 40-storey hotel and a 1,500-space garage.")
TH = ("ถนนสายใหม่เปิดใช้แล้วเมื่อเดือนตุลาคม ส่วนงานที่เหลือ ได้แก่ โรงแรมสูง 40 ชั้น "
      "และลานจอดรถ 1,500 คัน กำลังเร่งก่อสร้าง")


def _row(key: str, src: str | None, tgt: str | None, status: str) -> dict[str, object]:
    return {"key": key, "src_start_char": EN.index(src) if src else None,
            "tgt_start_char": TH.index(tgt) if tgt else None, "status": status}


NUMBERS = pd.DataFrame([
    _row("cardinal:8000", "8,000", None, "missing"),
    _row("cardinal:950", "950", None, "missing"),
    _row("cardinal:2", "two", None, "missing"),
    _row("cardinal:40", "40", None, "missing"),
    _row("cardinal:40", None, "40", "added"),
    _row("cardinal:1500", "1,500", "1,500", "match"),
])
SOURCE = {"start_char": 0, "end_char": len(EN), "text": EN}
STRETCH = {"start_char": TH.index("ส่วนงาน"), "end_char": len(TH),
           "text": TH[TH.index("ส่วนงาน"):], "host": 0.8, "whole": True, "sent_id": 0}


def _pairs(numbers: pd.DataFrame) -> list[tuple[float, int, int]] | None:
    s_vec = np.array([[1.0, 0.0]], np.float32)
    # row 0: another target sentence (far); row 1: the stretch (close, 0.75)
    t_vec = np.array([[0.2, 0.98], [0.75, 0.66]], np.float32)
    return _meaning_pairs([(0, SOURCE)], [(None, STRETCH)], [[True]], s_vec, t_vec, 1,
                          [[]], {}, _keys_by_span(numbers), None)


def test_most_figures_left_out_is_no_move() -> None:
    assert _pairs(NUMBERS) == []


def test_one_figure_left_out_is_still_a_move() -> None:
    kept = NUMBERS[~NUMBERS["key"].isin(["cardinal:950", "cardinal:2"])]
    assert [(n, m) for _, n, m in _pairs(kept) or []] == [(0, 0)]


def test_left_figures_need_two_a_majority_and_one_there() -> None:
    assert _figures_left({"a:1", "a:2", "a:3"}, {"a:3"})
    assert not _figures_left({"a:1", "a:2"}, {"a:2"})
    assert not _figures_left({"a:1", "a:2", "a:3", "a:4"}, {"a:3", "a:4"})
    assert not _figures_left({"a:1", "a:2"}, {"a:5"})  # none there: the cosine decides
    assert not _figures_left(set(), {"a:1"})
    # by value: an ordinal read as a count on the other side is there
    assert not _figures_left({"ordinal:43", "year:2017", "duration:11:month"},
                             {"cardinal:43", "year:2017", "duration:1:year"})
