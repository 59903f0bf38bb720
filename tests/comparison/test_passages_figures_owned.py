"""A dropped sentence is not moved to a stretch of the target that reads close to it
when the stretch's own figures are joined to another source sentence and the dropped
sentence's figures are nowhere in it: a translator moves a sentence with its figures
(our own example: a registered-capital sentence and a dropped share-purchase one)."""

from __future__ import annotations

import pandas as pd

from massmob_nlp.comparison.passage_meaning import _keys_by_span

EN = ("Registered capital, including share purchases by foreign investors, reached "
      "$36.2 billion, up 7.4 per cent. "
      "Investors also made 3,287 share purchases worth $6.2 billion.")
TH = ("ทุนจดทะเบียน รวมการซื้อหุ้นของนักลงทุนต่างชาติ มีมูลค่า 3.62 หมื่นล้านดอลลาร์ "
      "เพิ่มขึ้นร้อยละ 7.4")


def _at(text: str, word: str) -> int:
    return text.index(word)


NUMBERS = pd.DataFrame([
    {"key": "money:36200000000:USD", "src_start_char": _at(EN, "$36.2"),
     "tgt_start_char": _at(TH, "3.62"), "status": "format_only"},
    {"key": "percent:7.4", "src_start_char": _at(EN, "7.4"),
     "tgt_start_char": _at(TH, "7.4"), "status": "match"},
    {"key": "cardinal:3287", "src_start_char": _at(EN, "3,287"), "tgt_start_char": None,
     "status": "missing"},
    {"key": "money:6200000000:USD", "src_start_char": _at(EN, "$6.2"),
     "tgt_start_char": None, "status": "missing"},
])
DROPPED = {"start_char": _at(EN, "Investors also"), "end_char": len(EN)}
STRETCH = {"start_char": _at(TH, "รวมการซื้อหุ้น"), "end_char": len(TH)}


def test_the_stretch_owns_figures_of_another_sentence() -> None:
    keys = _keys_by_span(NUMBERS)
    assert keys("src", DROPPED, STRETCH) == {"cardinal:3287", "money:6200000000:USD"}
    assert keys("tgt", STRETCH, DROPPED) == set()
    assert keys("tgt", STRETCH, DROPPED, owned=True) == {"money:36200000000:USD",
                                                         "percent:7.4"}


def test_a_figure_joined_inside_the_other_passage_is_not_owned() -> None:
    first = {"start_char": 0, "end_char": _at(EN, "Investors also")}
    keys = _keys_by_span(NUMBERS)
    assert keys("tgt", STRETCH, first, owned=True) == set()


def _pairs(numbers: pd.DataFrame) -> list[tuple[float, int, int]] | None:
    import numpy as np

    from massmob_nlp.comparison.passage_meaning import _meaning_pairs

    src = [(0, {**DROPPED, "text": EN[DROPPED["start_char"]:]})]
    tgt = [(None, {**STRETCH, "text": TH[STRETCH["start_char"]:], "host": 0.3,
                   "whole": True, "sent_id": 0})]
    s_vec = np.array([[1.0, 0.0]], np.float32)
    # row 0: another target sentence (far); row 1: the stretch (close, 0.75)
    t_vec = np.array([[0.2, 0.98], [0.75, 0.66]], np.float32)
    return _meaning_pairs(src, tgt, [[True]], s_vec, t_vec, 1, [[]], {},
                          _keys_by_span(numbers), None)


def test_no_move_to_a_stretch_holding_another_sentences_figures() -> None:
    assert _pairs(NUMBERS) == []


def test_a_stretch_with_free_figures_may_still_be_the_move() -> None:
    added = NUMBERS.copy()
    added.loc[added["key"] == "percent:7.4", ["src_start_char", "status"]] = [None, "added"]
    assert [(n, m) for _, n, m in _pairs(added) or []] == [(0, 0)]
