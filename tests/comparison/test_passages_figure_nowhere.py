"""A short dropped sentence whose one figure, written in digits, is in no part of the
translation is omitted even when its paragraph's translation is long enough to hide it
(comparison.passages._figure_nowhere); the same sentence kept is not. Texts written for
these tests (an explainer on a new road fee and its Thai)."""

from __future__ import annotations

import warnings

import massmob_nlp as mm

EN = [
    "New road fee: what drivers need to know",
    ("The fee applies to every foreign car entering the country from 1 March. It was "
     "approved by parliament in November after a long debate."),
    ("Drivers must buy the pass online before the trip, and the pass is valid for 30 days "
     "from its first use at any checkpoint. Cash will still be accepted at 18 smaller "
     "crossings."),
    "Cars registered in the country are exempt, and so are emergency vehicles.",
]
KEPT = "ส่วนด่านขนาดเล็ก 18 แห่งยังคงรับชำระเป็นเงินสด"
TH = [
    "ค่าธรรมเนียมถนนใหม่: สิ่งที่ผู้ขับขี่ต้องรู้",
    ("ค่าธรรมเนียมนี้ใช้กับรถต่างชาติทุกคันที่เข้าประเทศตั้งแต่วันที่ 1 มีนาคม "
     "โดยรัฐสภาอนุมัติเมื่อเดือนพฤศจิกายนหลังการอภิปรายอย่างยาวนาน"),
    ("ผู้ขับขี่ต้องซื้อบัตรผ่านทางออนไลน์ก่อนเดินทางทุกครั้ง โดยบัตรผ่านดังกล่าวจะมีอายุใช้งาน "
     "30 วันนับจากวันที่ใช้ครั้งแรกที่ด่านตรวจแห่งใดก็ได้ทั่วประเทศ ทั้งทางบกและทางน้ำ "
     "และผู้ขับขี่ควรพิมพ์หลักฐานการชำระเงินติดรถไว้ตลอดการเดินทาง"),
    "รถที่จดทะเบียนในประเทศได้รับยกเว้น รวมถึงรถฉุกเฉินด้วย",
]


def _omitted(th):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        p = mm.compare("\n\n".join(EN), "\n\n".join(th)).passages
    return list(p.loc[p["kind"].astype(str) == "omitted", "text"].astype(str))


def test_a_dropped_sentence_with_its_figure_nowhere_is_omitted():
    assert any("18 smaller crossings" in t for t in _omitted(TH))


def test_the_sentence_kept_is_not():
    th = list(TH)
    th[2] = TH[2] + " " + KEPT
    assert not any("18 smaller crossings" in t for t in _omitted(th))
