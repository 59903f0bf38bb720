"""A Vietnamese person called again by the given name (the last syllable: นายถั่ญ
after นายเหงียน วัน ถั่ญ) is no added name, and a close transliteration pairs across
labels when one recognizer's label is wrong (a district labelled a person). All
examples are invented for these tests."""

from __future__ import annotations

import massmob_nlp as mm
from massmob_nlp.entities.table import match_pairs

EN = """Rice exports rise

Nguyen Van Thanh, director of the provincial trade department, said rice exports \
rose 12 percent this year.

The province will build two new warehouses next year."""

TH = """การส่งออกข้าวเพิ่มขึ้น

นายเหงียน วัน ถั่ญ ผู้อำนวยการกรมการค้าจังหวัด กล่าวว่า การส่งออกข้าวเพิ่มขึ้นร้อยละ 12 ในปีนี้

นายถั่ญกล่าวว่า จังหวัดจะสร้างคลังสินค้าใหม่สองแห่งในปีหน้า"""


def test_a_person_called_by_the_given_name_is_no_added_name() -> None:
    ents = mm.compare(EN, TH).entities
    added = [str(t) for t, st in zip(ents["tgt_text"], ents["status"]) if st == "added"]
    assert not any("ถั่ญ" in a for a in added)


def test_a_close_transliteration_pairs_across_labels() -> None:
    rows = match_pairs([("Muong Te", "PERSON", None)], [("เหมื่องเญ", "LOC", None),
                                                        ("เหมื่องเต", "LOC", None)])
    assert [r[3] for r in rows] == ["เหมื่องเต"]
    assert match_pairs([("Decree 12", "LAW", None)], [("เหมื่องเต", "LOC", None)]) == []
