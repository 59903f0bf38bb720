"""Grade scales in our own sentences: the N of ``out of N``, ``a perfect 10``,
``จากคะแนนเต็ม 10``, ``điểm 10``, ``thang điểm 30`` is ``scale:N`` (vague: a reference a
translation may add or leave out), while the score beside it stays a count and
``seven out of 10 voters`` stays two counts."""

from __future__ import annotations

import pytest

from massmob_nlp.numbers.table import find_numbers


def _keys(text: str, lang: str) -> list[tuple[str | None, bool]]:
    return [(m.key, m.vague) for m in find_numbers(text, lang)]


S10, S30 = ("scale:10", True), ("scale:30", True)


@pytest.mark.parametrize("text,lang,keys", [
    ("Reviewers gave the new ferry service 6.35 out of 10 in the survey.", "en",
     [("cardinal:6.35", False), S10]),
    ("The skater was awarded 9 points out of 10 by the panel.", "en",
     [("cardinal:9", False), S10]),
    ("Its app is rated 4.5/10 by users.", "en", [("cardinal:4.5", False), S10]),
    ("The gymnast posted a perfect 10 on the vault; perfect 10s are rare now.", "en",
     [S10, S10]),
    ("Bonus marks are capped at 2 points on the 30-point scale.", "en",
     [("cardinal:2", False), S30]),
    ("On a scale of 1 to 10, villagers rated the water 3.1.", "en",
     [S10, ("cardinal:3.1", False)]),
    ("นักเรียนได้ 6.35 จากคะแนนเต็ม 10", "th", [("cardinal:6.35", False), S10]),
    ("ผู้เข้าสอบ 12 คนได้คะแนนเต็ม 10", "th", [("cardinal:12", False), S10]),
    ("กรรมการให้ 9 เต็ม 10", "th", [("cardinal:9", False), S10]),
    ("เธอทำได้ 27.5 จาก 30 คะแนน", "th", [("cardinal:27.5", False), S30]),
    ("คะแนนพิเศษไม่เกิน 2 คะแนนจากสเกล 30 คะแนน", "th", [("cardinal:2", False), S30]),
    ("Tỉnh có 215 điểm 10, môn tiếng Anh không có điểm 10 nào.", "vi",
     [("cardinal:215", False), S10, S10]),
    ("Em đạt 27,5/30 điểm, tối đa 2 điểm trên thang điểm 30.", "vi",
     [("cardinal:27.5", False), S30, ("cardinal:2", False), S30]),
])
def test_scale_key(text: str, lang: str, keys: list[tuple[str, bool]]) -> None:
    assert _keys(text, lang) == keys


@pytest.mark.parametrize("text,lang,keys", [
    # a count of people out of ten is a count, not a grade
    ("Seven out of 10 voters backed the plan.", "en", ["cardinal:7", "cardinal:10"]),
    ("Only 3 out of 10 firms replied after the survey.", "en", ["cardinal:3", "cardinal:10"]),
    ("แต้มเพิ่มขึ้นเป็น 25 จาก 20 คะแนน", "th", ["cardinal:25", "cardinal:20"]),
    ("4 ใน 10 คนตอบว่าไม่", "th", ["cardinal:4", "cardinal:10"]),
    # points of an index after the number stay points; a ten before a counted noun a count
    ("Chỉ số tăng 12 điểm sau 10 phiên.", "vi", ["cardinal:12", "cardinal:10"]),
    ("VN-Index giảm 3 điểm 10 phiên liền.", "vi", ["cardinal:3", "cardinal:10"]),
])
def test_no_scale(text: str, lang: str, keys: list[str]) -> None:
    assert [m.key for m in find_numbers(text, lang)] == keys
