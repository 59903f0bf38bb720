"""The entity comparison reads the Thai side's named rows only: built with the Thai
model asked for those labels when the analysis holds no table yet, the same rows as
the whole table's, and the analysis' own table is still the whole one."""

from __future__ import annotations

import pandas as pd
import pytest

import massmob_nlp as mm
from massmob_nlp.comparison.entities import NAMED, _named_table

THAI = ("เมื่อวันที่ 12 มกราคม 2568 นางสาวพิมพ์ชนก แสงทอง ผู้ว่าราชการจังหวัดขอนแก่น "
        "แถลงว่าธนาคารแห่งประเทศไทยจะให้เงินกู้ 500 ล้านบาท ดอกเบี้ยร้อยละ 2\n\n"
        "นายเจมส์ วิลสัน จากองค์การอนามัยโลก กล่าวที่กรุงเจนีวาเมื่อเวลา 10.00 น.")


def _rows(frame: pd.DataFrame) -> list[tuple[object, ...]]:
    cols = ["start_char", "end_char", "text", "label", "source", "entity_id"]
    return [tuple(r) for r in frame[cols].astype(object).itertuples(index=False)]


def test_named_rows_alone_then_the_whole_table() -> None:
    a = mm.analyze(THAI)
    named = _named_table(a)
    assert "entities" not in vars(a)  # not kept: the analysis' table is the whole one
    whole = a.entities
    assert set(whole["label"].astype(str)) - NAMED  # dates, money: not compared
    assert _rows(named) == _rows(whole[whole["label"].astype(str).isin(NAMED)])
    assert _named_table(a) is whole  # a table already made is read as it is


@pytest.mark.parametrize("labels", [frozenset({"PERSON"}), frozenset({"DATE", "MONEY"})])
def test_entities_of_labels_filters_the_same_rows(labels: frozenset[str]) -> None:
    from massmob_nlp.entities.table import entities_of

    a = mm.analyze(THAI)
    whole = a.entities
    assert _rows(entities_of([a], labels=labels)) == \
        _rows(whole[whole["label"].astype(str).isin(labels)])
