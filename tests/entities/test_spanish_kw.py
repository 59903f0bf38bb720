"""Spanish cu and gu before a vowel are said kw and gw, as Thai writes them."""

import pytest

from massmob_nlp.entities.sounds import sound_similarity


@pytest.mark.parametrize(("latin", "thai"), [("Ecuador", "เอกวาดอร์"),
                                             ("Cuautla", "กวาอุตลา")])
def test_spanish_cu_before_a_vowel_is_kw(latin: str, thai: str) -> None:
    assert sound_similarity(latin, thai) >= 0.95


@pytest.mark.parametrize(("latin", "thai"), [("Ecuador", "อากาศ"), ("Managua", "มะนาว")])
def test_other_words_stay_apart(latin: str, thai: str) -> None:
    assert sound_similarity(latin, thai) < 0.8
