"""Fixed terms of sport and finance news that hold a number the other language does
not write: a home-and-away tie / ``สองนัด``, the running score Thai adds to a goal told
in words, the term of a repo rate that names a policy rate. Sentences written for these
tests."""

import pytest

from number_problems import number_problems


def _problems(en, th):
    return [p[:3] for p in number_problems(en, th, embeddings=False)]


@pytest.mark.parametrize("en,th", [
    # a home-and-away tie is two matches
    ("The clubs will play a home-and-away playoff in May.",
     "ทั้งสองสโมสรจะแข่งเพลย์ออฟสองนัดในเดือนพฤษภาคม"),
    # the running score Thai adds
    ("Park put the visitors ahead in the 64th minute with a header.",
     "ปาร์คโหม่งให้ทีมเยือนขึ้นนำ 2-1 ในนาทีที่ 64"),
    ("Silva levelled from the penalty spot in the 88th minute.",
     "ซิลวาตีเสมอ 2-2 จากจุดโทษในนาทีที่ 88"),
    # a repo rate named by its term is the policy rate
    ("The bank kept its policy rate at 2% for a third meeting.",
     "ธนาคารคงอัตราดอกเบี้ยซื้อคืนพันธบัตรระยะ 1 วันไว้ที่ร้อยละ 2 เป็นการประชุมครั้งที่สาม"),
])
def test_a_fixed_term_loses_no_number(en, th):
    assert _problems(en, th) == []


@pytest.mark.parametrize("en,th,expected", [
    # two matches the English does not call home-and-away
    ("The clubs will play a playoff in May.",
     "ทั้งสองสโมสรจะแข่งเพลย์ออฟสองนัดในเดือนพฤษภาคม", [("added", "", "สอง")]),
    # a running lead the English does not tell is an added score
    ("Park scored with a header in the 64th minute.",
     "ปาร์คโหม่งทำประตูขึ้นนำ 2-1 ในนาทีที่ 64", [("added", "", "2-1")]),
    # "ahead" is no level score
    ("Park put the visitors ahead in the 64th minute with a header.",
     "ปาร์คโหม่งตีเสมอ 1-1 ในนาทีที่ 64", [("added", "", "1-1")]),
    # a term of a bill is no policy rate
    ("The bank kept its policy rate at 2% and sold bills worth 40 billion baht.",
     "ธนาคารคงดอกเบี้ยนโยบายไว้ที่ร้อยละ 2 และขายพันธบัตรระยะ 7 วันมูลค่า 4 หมื่นล้านบาท",
     [("added", "", "7 วัน")]),
])
def test_a_number_outside_the_term_is_still_a_problem(en, th, expected):
    assert _problems(en, th) == expected
