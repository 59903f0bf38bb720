"""A number the join already paired with a source number elsewhere is no evidence that a
dropped sentence moved to the target stretch holding it (our own example: 'first' of a
dropped award sentence and 'อันดับหนึ่ง' of another sentence's first-class honours)."""

from __future__ import annotations

import pandas as pd

from massmob_nlp.comparison.passage_meaning import _keys_by_span

EN = ("She trained as a nurse in Lima, graduating with first-class honours in 1970. "
      "In 1990 she received the Blue Oar, an honour first awarded in the 18th century.")
TH = "เธอฝึกเป็นพยาบาลในกรุงลิมา และสำเร็จการศึกษาด้วยเกียรตินิยมอันดับหนึ่งในปี 2513"


def _at(text: str, word: str) -> int:
    return text.index(word)


NUMBERS = pd.DataFrame([
    # 'first'(-class) joined with อันดับหนึ่ง: the translation of the first sentence
    {"key": "ordinal:1", "src_start_char": _at(EN, "first-class"),
     "tgt_start_char": _at(TH, "อันดับหนึ่ง"), "status": "match"},
    {"key": "year:1970", "src_start_char": _at(EN, "1970"), "tgt_start_char": _at(TH, "2513"),
     "status": "format_only"},
    # the dropped sentence's numbers: missing
    {"key": "year:1990", "src_start_char": _at(EN, "1990"), "tgt_start_char": None,
     "status": "missing"},
    {"key": "ordinal:1", "src_start_char": _at(EN, "first awarded"), "tgt_start_char": None,
     "status": "missing"},
    {"key": "ordinal:18", "src_start_char": _at(EN, "18th"), "tgt_start_char": None,
     "status": "missing"},
])
DROPPED = {"start_char": _at(EN, "In 1990"), "end_char": len(EN)}
STRETCH = {"start_char": _at(TH, "และสำเร็จ"), "end_char": len(TH)}


def test_a_number_joined_elsewhere_ties_no_passages() -> None:
    keys = _keys_by_span(NUMBERS)
    assert keys("src", DROPPED, STRETCH) == {"year:1990", "ordinal:1", "ordinal:18"}
    assert keys("tgt", STRETCH, DROPPED) == set()  # อันดับหนึ่ง is 'first-class'


def test_a_number_joined_inside_the_other_passage_counts() -> None:
    moved = pd.concat([NUMBERS, pd.DataFrame([
        {"key": "ordinal:1", "src_start_char": _at(EN, "first awarded"),
         "tgt_start_char": _at(TH, "อันดับหนึ่ง"), "status": "match"}])], ignore_index=True)
    first = {"start_char": 0, "end_char": _at(EN, "In 1990")}
    keys = _keys_by_span(moved)
    assert "ordinal:1" in keys("tgt", STRETCH, DROPPED)
    assert keys("tgt", STRETCH, first) == {"ordinal:1", "year:1970"}
