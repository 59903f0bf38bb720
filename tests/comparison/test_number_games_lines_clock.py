"""Numbers one side says otherwise: the games a match took and its tally of games won,
a line's name said again for "it", 24 hours for "around the clock", a first weekend as
the "opening frame". Sentences written for these tests."""

import pytest

from massmob_nlp import compare


def _problems(en, th):
    rows = compare(en, th, src_lang="en", tgt_lang="th", embeddings=False).numbers
    bad = rows[rows["status"].isin(["qualifier_changed", "mismatch", "missing", "added"])]
    return sorted(zip(bad["status"], bad["src_text"].fillna(""), bad["tgt_text"].fillna("")))


@pytest.mark.parametrize("en,th", [
    # games played / the tally of games won
    ("Ratchanok beat Tai Tzu-ying in three games on Sunday.",
     "รัชนกเอาชนะไต้ ซื่อ อิง 2-1 เกม เมื่อวันอาทิตย์"),
    ("Sinner needed four sets to beat Zverev in the final.",
     "ซินเนอร์ชนะซเฟเรฟ 3-1 เซต ในนัดชิงชนะเลิศ"),
    ("Axelsen beat Lee in straight games on Sunday.",
     "แอ็กเซลเซนเอาชนะลี 2-0 เกม เมื่อวันอาทิตย์"),
    # a line's name said again where the other side writes "it"
    ("Line 3 will open in 2030. It will link with Line 1 at Central station.",
     "รถไฟฟ้าสาย 3 จะเปิดในปี 2030 สาย 3 จะเชื่อมกับรถไฟฟ้าสาย 1 ที่สถานีเซ็นทรัล"),
    ("Terminal 2 handled 9 million passengers. It was built in 1998.",
     "อาคารผู้โดยสาร 2 รองรับผู้โดยสาร 9 ล้านคน อาคารผู้โดยสาร 2 สร้างขึ้นในปี 1998"),
    # 24 hours said as an idiom
    ("Crews will work around the clock to clear the road by Friday.",
     "ทีมงานจะทำงานตลอด 24 ชั่วโมงเพื่อเปิดถนนให้ได้ภายในวันศุกร์"),
    ("The hotline is staffed 24 hours a day.",
     "สายด่วนมีเจ้าหน้าที่ประจำทั้งวันทั้งคืน"),
    # a first weekend said as the "opening frame"
    ("The sequel took 12 million baht, down 40% from its opening frame.",
     "ภาคต่อทำเงิน 12 ล้านบาท ลดลงร้อยละ 40 จากสุดสัปดาห์แรก"),
])
def test_a_number_the_other_side_says_otherwise(en, th):
    assert _problems(en, th) == []


@pytest.mark.parametrize("en,th,want", [
    # a tally of another sum
    ("Ratchanok beat Tai Tzu-ying in three games on Sunday.",
     "รัชนกเอาชนะไต้ ซื่อ อิง 2-0 เกม เมื่อวันอาทิตย์",
     [("added", "", "2-0"), ("missing", "three", "")]),
    ("Axelsen beat Lee in straight games on Sunday.",
     "แอ็กเซลเซนเอาชนะลี 2-1 เกม เมื่อวันอาทิตย์", [("added", "", "2-1")]),
    # another line, or a line never kept by the join
    ("Line 3 will open in 2030. It will link with Line 1 at Central station.",
     "รถไฟฟ้าสาย 3 จะเปิดในปี 2030 สาย 2 จะเชื่อมกับรถไฟฟ้าสาย 1 ที่สถานีเซ็นทรัล",
     [("added", "", "2")]),
    ("The line will open in 2030. It will link with Line 1 at Central station.",
     "รถไฟฟ้าสายนี้จะเปิดในปี 2030 สาย 3 จะเชื่อมกับรถไฟฟ้าสาย 1 ที่สถานีเซ็นทรัล",
     [("added", "", "3")]),
    # 24 hours with no idiom on the other side
    ("Crews will work through the night to clear the road by Friday.",
     "ทีมงานจะทำงานตลอด 24 ชั่วโมงเพื่อเปิดถนนให้ได้ภายในวันศุกร์",
     [("added", "", "24 ชั่วโมง")]),
])
def test_a_number_not_said_otherwise_is_still_reported(en, th, want):
    assert _problems(en, th) == want
