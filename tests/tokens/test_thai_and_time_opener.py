"""'And' joined to a time adverbial (และตั้งแต่เดือนมีนาคมที่ผ่านมา "and since March",
และในปี 2568) opens the next Thai clause: no sentence ends on it
(tokens.thai_clause_gaps._TIME_ADVERBIAL, move_to_adverbial). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from massmob_nlp import analyze
from massmob_nlp.tokens.thai_clause_gaps import _TIME_ADVERBIAL


def test_and_since_month_opens_the_next_clause():
    text = ("สถานีตำรวจรับแจ้งเหตุลักทรัพย์ 312 ครั้งในเดือนตุลาคม ลดลงร้อยละ 8 จากเดือนกันยายน "
            "และตั้งแต่เดือนมีนาคมที่ผ่านมา ตำรวจจับกุมผู้ต้องหาได้แล้วกว่า 1,400 ราย")
    sents = list(analyze(text).sentences["text"])
    assert not any(s.endswith("ที่ผ่านมา") for s in sents), sents
    assert any(s.startswith("และตั้งแต่เดือนมีนาคมที่ผ่านมา ตำรวจ") for s in sents) \
        or len(sents) == 1, sents


@pytest.mark.parametrize("text", ["และตั้งแต่เดือนมีนาคมที่ผ่านมา", "และในปี 2568",
                                  "และนับตั้งแต่เดือนกุมภาพันธ์นี้", "และเมื่อวันที่ 4"])
def test_and_time_adverbials(text):
    assert _TIME_ADVERBIAL.search(" " + text)


@pytest.mark.parametrize("text", ["ตั้งแต่เดือนมีนาคมที่ผ่านมา", "และนักเรียน 30 คน",
                                  "และตั้งแต่นั้น"])
def test_not_and_time_adverbials(text):
    # without และ a month ending a clause ("since March") may end the sentence
    assert not _TIME_ADVERBIAL.search(" " + text)
