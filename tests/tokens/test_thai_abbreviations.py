"""A Thai abbreviation ending in a full stop (``น.``, ``ก.ย.``, ``ดร.``) is no sentence
end: Thai ends a sentence with a space. Sentences written for these tests."""

import pytest

import massmob_nlp as mm


@pytest.mark.parametrize("text,first", [
    ("การแข่งขันเริ่มเวลา 19.45 น. ตามเวลาท้องถิ่น ผู้ชมกว่า 3 หมื่นคนเข้าชม",
     "การแข่งขันเริ่มเวลา 19.45 น. ตามเวลาท้องถิ่น"),
    ("ที่ประชุมเมื่อวันที่ 5 ก.ย. ที่ผ่านมา มีมติเห็นชอบงบประมาณ",
     "ที่ประชุมเมื่อวันที่ 5 ก.ย. ที่ผ่านมา มีมติเห็นชอบงบประมาณ"),
])
def test_thai_abbreviation_is_no_sentence_end(text, first):
    sentences = mm.analyze(text, lang="th").sentences["text"].tolist()
    assert sentences[0] == first
    assert all(not s.startswith(("ตามเวลา", "ที่ผ่านมา")) for s in sentences)
