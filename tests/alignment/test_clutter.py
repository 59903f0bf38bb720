"""A weak merged paragraph bead that glues page clutter (a desk code, a share bar, a
menu) to unrelated lines is taken apart: its numbers are never compared (our own
examples)."""

import pytest

from massmob_nlp.alignment.dp import Bead
from massmob_nlp.alignment.furniture import is_short_line, split_clutter

SRC = ["Storm cuts power to homes in the north",
       "Heavy winds cut power to 20,000 homes across the north on Monday night.",
       "rtr-jkl/mn",
       "Share on X  Share on Facebook  Comments (87)"]
TGT = ["พายุถล่มภาคเหนือ บ้าน 2 หมื่นหลังไฟดับ",
       "ลมแรงทำให้บ้านเรือน 20,000 หลังทางภาคเหนือไฟดับเมื่อคืนวันจันทร์",
       "น้ำท่วมเชียงรายหนักสุดในรอบ 40 ปี ชาวบ้านอพยพกว่า 3 พันครัวเรือน",
       "ราคาทองคำพุ่ง 1% หลังดอลลาร์อ่อนค่าต่อเนื่องเป็นวันที่สาม",
       "อ่าน 1,204 ครั้ง"]


@pytest.mark.parametrize("text", ["rtr-jkl/mn", "Share on X  Share on Facebook  Comments (87)",
                                  "Updated 3 March 2026 - 09:12", "เศรษฐกิจ กีฬา วิดีโอ",
                                  "แชร์ข่าวนี้"])
def test_short_lines(text):
    assert is_short_line(text)


@pytest.mark.parametrize("text", [
    "Heavy winds cut power to 20,000 homes across the north on Monday night.",
    "ลมแรงทำให้บ้านเรือน 20,000 หลังทางภาคเหนือไฟดับ",  # a Thai sentence has no full stop
    "Officials said on Monday that\nthe roads were closed"])
def test_sentences_are_not_short_lines(text):
    assert not is_short_line(text)


def test_desk_code_glued_to_related_stories_is_taken_apart():
    beads = [Bead((0,), (0,), "1-1", -1.0), Bead((1,), (1,), "1-1", 4.0),
             Bead((2,), (2, 3), "1-2", -8.5), Bead((3,), (4,), "1-1", -3.0)]
    out = split_clutter(beads, SRC, TGT)
    assert [(b.src_ids, b.tgt_ids) for b in out] == [
        ((0,), (0,)), ((1,), (1,)), ((2,), ()), ((), (2,)), ((), (3,)), ((3,), (4,))]


def test_shared_numbers_or_latin_words_keep_the_bead():
    beads = [Bead((2, 3), (4,), "2-1", -8.5)]
    keys = ([set(), set(), set(), {"cardinal:1204"}], [set()] * 4 + [{"cardinal:1204"}])
    assert split_clutter(beads, SRC, TGT, keys) == beads
    latin = [*TGT[:4], "แชร์ไปยัง Facebook"]
    assert split_clutter(beads, SRC, latin) == beads


def test_sure_beads_one_to_one_beads_and_headlines_stay():
    sure = [Bead((2,), (2, 3), "1-2", 0.5)]
    assert split_clutter(sure, SRC, TGT) == sure
    label = [Bead((3,), (4,), "1-1", -9.0)]  # a label and its translation: two units
    assert split_clutter(label, SRC, TGT) == label
    heads = [Bead((0,), (0, 4), "1-2", -9.0)]  # the first paragraphs of both sides
    assert split_clutter(heads, SRC, TGT) == heads
