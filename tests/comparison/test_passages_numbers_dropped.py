"""A dropped sentence whose numbers are written nowhere in the translation is omitted,
even when the aligner put it with its neighbour (a 2-1 bead) or when the paragraph's
translation is long enough to hide it. Texts written for these tests."""

from __future__ import annotations

import warnings

import massmob_nlp as mm

EN = """City raises bus fares

The city council voted on Tuesday to raise bus fares for the first time in six years, saying fuel and wages had become much more expensive.

The standard single fare goes up from 2.10 to 2.40 euros in March. A weekly pass will cost 19 euros and a yearly pass 640 euros.

Students and pensioners keep their discounts, the council said, and children under six still travel free.

Opposition councillors said the rise would hurt families in the suburbs most."""

TH = """เมืองขึ้นค่าโดยสารรถประจำทาง

สภาเมืองลงมติเมื่อวันอังคารให้ขึ้นค่าโดยสารรถประจำทางเป็นครั้งแรกในรอบหกปี โดยระบุว่าค่าน้ำมันเชื้อเพลิงและค่าจ้างแรงงานแพงขึ้นมาก

ค่าโดยสารเที่ยวเดียวแบบปกติจะปรับขึ้นจาก 2.10 ยูโรเป็น 2.40 ยูโรในเดือนมีนาคม ซึ่งถือเป็นการปรับขึ้นที่ผู้โดยสารจำนวนมากจับตามองมาตั้งแต่ต้นปี

สภาเมืองระบุว่านักเรียนนักศึกษาและผู้สูงอายุยังคงได้รับส่วนลดเช่นเดิม และเด็กอายุต่ำกว่าหกขวบยังคงโดยสารฟรี

สมาชิกสภาฝ่ายค้านระบุว่าการขึ้นราคาครั้งนี้จะกระทบครอบครัวในเขตชานเมืองมากที่สุด"""


def test_sentence_whose_numbers_are_nowhere_is_omitted() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        p = mm.compare(EN, TH, embeddings=False).passages
    rows = [str(k) for k, t in zip(p["kind"], p["text"]) if "weekly pass" in str(t)]
    assert rows == ["omitted"], p[["kind", "level", "text"]]
    assert not [t for k, t in zip(p["kind"], p["text"])
                if str(k) == "omitted" and "Students" in str(t)]
