"""A Thai reading key never raises, whatever the Thai string (a leading vowel or an
unknown letter where a cluster's second consonant is expected)."""

import pytest

from massmob_nlp.entities.sounds import sound_similarity
from massmob_nlp.entities.sounds_thai import thai_reading_keys


@pytest.mark.parametrize("thai", ["ข้าวใหม่ใหญ่", "ความมักใหญ่ใฝ่สูง", "ปณฝ.", "เกใน", "แกไ",
                                  "ไม่ใช่ว่าเป็นไปไม่ได้", ""])
def test_reading_keys_never_raise(thai):
    assert isinstance(thai_reading_keys(thai), tuple)
    assert 0.0 <= sound_similarity("Harbin", thai) <= 1.0
