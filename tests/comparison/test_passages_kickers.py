"""A section kicker above the headline (``Travel``, ``สุขภาพ``) that the other side
leaves out is no omitted or added passage (our own example)."""

from __future__ import annotations

from types import SimpleNamespace

import pandas as pd
import pytest

from massmob_nlp.comparison.passages import _paragraph_skips, is_kicker

EN = """Travel

Ferry fares to rise 12% from March

Ferry operators on the southern islands will raise fares by 12% from March 1, officials said.

A one-way ticket to the largest island will cost 480 baht, up from 430 baht."""

TH = """ค่าเรือข้ามฟากขึ้น 12% ตั้งแต่มีนาคม

ผู้ประกอบการเรือข้ามฟากในหมู่เกาะทางใต้จะขึ้นค่าโดยสาร 12% ตั้งแต่วันที่ 1 มีนาคม กระทรวงคมนาคมระบุเมื่อวันอังคาร

ตั๋วเที่ยวเดียวไปเกาะที่ใหญ่ที่สุดจะมีราคา 480 บาท จากเดิม 430 บาท

สุขภาพ"""


@pytest.mark.parametrize("text,kicker", [
    ("Travel", True), ("Central banks", True), ("เศรษฐกิจ", True),
    ("Ferry fares to rise 12% from March", False), ("He resigned.", False),
    ("ค่าโดยสาร ขึ้นแล้ว", False)])
def test_kickers(text, kicker):
    assert is_kicker(text) is kicker


def _paras(texts: list[str]) -> SimpleNamespace:
    starts = [sum(len(t) + 2 for t in texts[:k]) for k in range(len(texts))]
    return SimpleNamespace(paragraphs=pd.DataFrame({
        "para_id": range(len(texts)), "start_char": starts,
        "end_char": [a + len(t) for a, t in zip(starts, texts)], "text": texts}))


def test_a_kicker_left_out_is_no_passage_row():
    en, th = EN.split("\n\n"), TH.split("\n\n")
    para = pd.DataFrame({  # the kickers left as null beads, a dropped paragraph too
        "src_ids": [(0,), (1,), (2,), (3,), ()], "tgt_ids": [(), (0,), (1,), (), (3,)],
        "kind": ["1-0", "1-1", "1-1", "1-0", "0-1"]})
    ctx = SimpleNamespace(src=_paras(en), tgt=_paras(th), para=para,
                          s_first={0: 0, 1: 1, 2: 2, 3: 3}, t_first={0: 1, 1: 2, 3: 4})
    rows: list[dict] = []
    _paragraph_skips(ctx, rows)
    assert [(r["side"], r["para_id"]) for r in rows] == [("src", 3)]  # the ticket price
