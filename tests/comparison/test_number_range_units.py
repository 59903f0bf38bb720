"""A range carries its unit: the same ends in another unit of one dimension are one
measurement changed (``2-5cm`` / ``2-5 มิลลิเมตร``); the same unit, or the same
lengths converted, are kept. Sentences written for these tests."""

import pytest

from number_problems import number_problems


def _problems(en, th):
    return [p[:3] for p in number_problems(en, th, embeddings=False)]


def test_a_range_in_another_unit_is_a_mismatch():
    en = "The road surface sank by 2-5cm a year in the eastern districts."
    th = "ผิวถนนในเขตตะวันออกทรุดตัวลงปีละ 2-5 มิลลิเมตร"
    assert _problems(en, th) == [("mismatch", "2-5", "2-5")]


@pytest.mark.parametrize("th", [
    "ผิวถนนในเขตตะวันออกทรุดตัวลงปีละ 2-5 เซนติเมตร",
    "ผิวถนนในเขตตะวันออกทรุดตัวลงปีละ 2-5 ซม.",
])
def test_a_range_in_its_own_unit_is_kept(th):
    en = "The road surface sank by 2-5cm a year in the eastern districts."
    assert _problems(en, th) == []
