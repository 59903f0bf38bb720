"""A value said twice on one side and changed once on the other: the changed copy is
the one whose qualifier or place in the sentence fits. Examples written for these
tests."""

import pytest

from massmob_nlp import compare


@pytest.mark.parametrize("en,th,want", [
    # about 12 / ราว 14 is the change; "at 12" / ด้วยความเร็ว 12 is kept
    ("To cut fuel costs, ferries have slowed to about 12 knots from the 15 knots usual "
     "in 2023. A ferry travelling at 12 knots needs about 9 hours for the crossing.",
     "เพื่อลดค่าน้ำมัน เรือเฟอร์รี่ลดความเร็วลงเหลือราว 14 นอต จาก 15 นอตซึ่งเป็นความเร็วปกติ"
     "ในปี 2566 โดยเรือที่แล่นด้วยความเร็ว 12 นอตจะใช้เวลาราว 9 ชั่วโมงในการข้าม",
     [("mismatch", "12", "14")]),
    # the same with the value said twice in the Thai
    ("To cut fuel costs, ferries have slowed to about 14 knots from the 15 knots usual "
     "in 2023. A ferry travelling at 12 knots needs about 9 hours for the crossing.",
     "เพื่อลดค่าน้ำมัน เรือเฟอร์รี่ลดความเร็วลงเหลือราว 12 นอต จาก 15 นอตซึ่งเป็นความเร็วปกติ"
     "ในปี 2566 โดยเรือที่แล่นด้วยความเร็ว 12 นอตจะใช้เวลาราว 9 ชั่วโมงในการข้าม",
     [("mismatch", "14", "12")]),
    # no qualifier anywhere: the order of the sentence decides
    ("The clinic cut waiting lists to 40 patients from 55 in 2023, and a doctor seeing "
     "40 patients a week works overtime.",
     "คลินิกลดรายชื่อผู้รอคิวเหลือ 45 คน จาก 55 คนในปี 2566 โดยแพทย์ที่ตรวจผู้ป่วย 40 คนต่อสัปดาห์"
     "ต้องทำงานล่วงเวลา",
     [("mismatch", "40", "45")]),
])
def test_the_changed_copy_is_the_one_that_fits(en, th, want):
    n = compare(en, th, src_lang="en", tgt_lang="th").numbers
    bad = n[~n["status"].isin(["match", "format_only"])]
    got = [(st, str(s_), str(t_)) for st, s_, t_ in
           zip(bad["status"], bad["src_text"], bad["tgt_text"], strict=True)]
    assert got == want, n[["status", "src_text", "tgt_text", "src_start_char",
                           "tgt_start_char"]]
    # the changed pair is the first copy in both languages
    row = bad.iloc[0]
    assert row["src_start_char"] == en.index(want[0][1]) and \
        row["tgt_start_char"] == th.index(want[0][2]), row
