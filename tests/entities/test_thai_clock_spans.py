"""A Thai time of day is no name span."""

import pytest

from massmob_nlp.entities.translated import is_generic


@pytest.mark.parametrize("thai", ["ตีสี่", "ตีห้าครึ่ง", "ตี 3", "บ่ายสองโมง", "หกโมงเย็น",
                                  "สองทุ่มครึ่ง", "เที่ยงคืน"])
def test_a_time_of_day_is_common(thai: str) -> None:
    assert is_generic(thai)


@pytest.mark.parametrize("thai", ["ตีรณ", "สุโขทัย", "โมงโกเลีย", "ทุ่งกุลา"])
def test_names_near_those_words_are_not(thai: str) -> None:
    assert not is_generic(thai)
