"""The top of a grade scale in the number join: a reference joined scale to scale, kept
when one side reads it as a plain count, never a problem when written on one side
only, and a problem when the scale itself changed. Sentences written for these tests."""

import pytest
from massmob_nlp import compare

from number_problems import number_problems


def _problems(en, th):
    return number_problems(en, th, note=True, embeddings=False)


@pytest.mark.parametrize("en,th", [
    # the Thai leaves the scale out
    ("The average physics score rose to 6.12 out of 10 this year.",
     "คะแนนเฉลี่ยวิชาฟิสิกส์ปีนี้เพิ่มขึ้นเป็น 6.12"),
    # the Thai writes the scale as "of 10" with no score word: read as a count
    ("She scored 9.5 out of 10 in the final round.",
     "เธอได้ 9.5 จาก 10 ในรอบสุดท้าย"),
    ("The judges gave the dish a perfect 10.",
     "คณะกรรมการให้คะแนนอาหารจานนี้เต็ม 10"),
    ("Only 12 of the 40 candidates scored a perfect 10 in literature.",
     "มีผู้สมัครเพียง 12 คนจาก 40 คนที่ได้คะแนนเต็ม 10 ในวิชาวรรณคดี"),
])
def test_a_scale_kept_dropped_or_read_as_a_count_is_no_problem(en, th):
    assert _problems(en, th) == []


def test_a_scale_read_as_a_count_leaves_the_changed_score_to_its_score():
    en = "The winner finished with 18.75 points out of 20, ahead of 412 other players."
    th = "ผู้ชนะจบด้วยคะแนน 17.85 จาก 20 นำผู้เล่นอีก 412 คน"
    assert _problems(en, th) == [("mismatch", "18.75", "17.85", "18.75 → 17.85")]
    rows = compare(en, th, src_lang="en", tgt_lang="th", embeddings=False).numbers
    scale = rows[rows["src_text"] == "20"]
    assert scale["status"].tolist() == ["format_only"]
    assert "grade scale" in scale["note"].iloc[0]


def test_a_scale_on_one_side_only_has_a_row_saying_so():
    rows = compare("She scored 9.5 out of 10 in the final round.", "เธอได้ 9.5 คะแนนในรอบสุดท้าย",
                   src_lang="en", tgt_lang="th", embeddings=False).numbers
    scale = rows[rows["src_text"] == "10"]
    assert scale["status"].tolist() == ["format_only"]
    assert scale["tgt_text"].isna().all()


def test_a_changed_scale_is_still_a_problem():
    problems = _problems("She scored 9.5 out of 10 in the final round.",
                         "เธอได้ 9.5 คะแนนจากคะแนนเต็ม 20 ในรอบสุดท้าย")
    assert [p[:3] for p in problems] == [("mismatch", "10", "20")]


def test_a_count_beside_a_scale_is_still_a_count():
    # the 30 pupils are counted, not the scale of the 9.5 (which the Thai drops)
    problems = _problems("Of 30 pupils, the best scored 9.5 out of 10.",
                         "จากนักเรียน 35 คน คนที่เก่งที่สุดได้ 9.5 คะแนน")
    assert [p[:3] for p in problems] == [("mismatch", "30", "35")]
