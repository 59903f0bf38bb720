"""A year written with its era is a date, never a name span."""

import pytest

from massmob_nlp.entities.english_spans import is_english_name


@pytest.mark.parametrize("span", ["1150 CE", "44 BC", "AD 79", "c. 300 BCE", "79 A.D."])
def test_a_year_of_an_era_is_no_name(span: str) -> None:
    assert not is_english_name(span)


@pytest.mark.parametrize("span", ["Angkor", "CE Holdings", "AD Ports Group"])
def test_names_with_those_letters_stay(span: str) -> None:
    assert is_english_name(span)
