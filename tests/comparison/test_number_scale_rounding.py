"""An amount rounded to a Thai scale word is kept only when rounded half up from a
figure the Thai scale could not write as it is; a figure already written at the Thai
word's own scale keeps its digits. Sentences written for these tests."""

import pytest

from number_problems import number_problems


def _problems(en, th):
    return [p[:3] for p in number_problems(en, th, embeddings=False)]


@pytest.mark.parametrize("en,th,expected", [
    # "million" is ล้าน: the translator could write 8.5 ล้าน, so 8 is a change
    ("Each household gets a grant of 8.5 million dong.", "แต่ละครัวเรือนได้รับเงิน 8 ล้านด่ง",
     [("mismatch", "8.5 million dong", "8 ล้านด่ง")]),
    # 8,500,000 rounds half up to 9 million, never to 8
    ("Each household gets a grant of 8,500,000 dong.", "แต่ละครัวเรือนได้รับเงิน 8 ล้านด่ง",
     [("mismatch", "8,500,000 dong", "8 ล้านด่ง")]),
])
def test_a_dropped_digit_is_a_change(en, th, expected):
    assert _problems(en, th) == expected


@pytest.mark.parametrize("en,th", [
    ("Each household gets a grant of 8,550,000 dong.", "แต่ละครัวเรือนได้รับเงิน 8.6 ล้านด่ง"),
    ("Each household gets a grant of 8,460,000 dong.", "แต่ละครัวเรือนได้รับเงิน 8.5 ล้านด่ง"),
    ("Sales reached $34.62 billion last year.", "ยอดขายปีที่แล้วอยู่ที่ 3.46 หมื่นล้านดอลลาร์"),
])
def test_a_figure_rounded_to_another_scale_is_kept(en, th):
    assert _problems(en, th) == []
