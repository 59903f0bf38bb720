"""Burmese, Lao and Khmer names in Thai: the honorifics and ranks both sides put
before a name (``U``/อู, ``Daw``/ดอ, ``Samdech``/สมเด็จ, ``Senior General``/
พลเอกอาวุโส, นพ.) are titles, and the romanizations read as Thai writes them (Burmese
``Ky`` จ, ``Hl`` หล, Lao ``x`` ซ, ``ph`` พ); a kyat amount (``K4,500``) is no name.
All names here are invented for these tests."""

from __future__ import annotations

from massmob_nlp.entities import name_similarity
from massmob_nlp.entities.english_spans import is_english_name


def test_burmese_names_with_honorifics() -> None:
    assert name_similarity("U Kyaw Zin Oo", "อู จ่อ ซิน อู") >= 0.9
    assert name_similarity("Daw Nyo Nyo", "ดอ โย โย") >= 0.8
    assert name_similarity("Than Hlaing", "พลเอกอาวุโส ตาน หล่าย") >= 0.9


def test_lao_and_khmer_names() -> None:
    assert name_similarity("Phoxay Keomany", "นายโพไซ แก้วมณี") >= 0.8
    assert name_similarity("Sonexay Vongsa", "นายสอนไซ วงสา") >= 0.8
    assert name_similarity("Leang Ritha", "นพ.เลียง ฤทธา") >= 0.9
    assert name_similarity("Hun Sokha", "สมเด็จ ฮุน สุขา") >= 0.9


def test_kyat_amounts_are_no_names() -> None:
    assert not is_english_name("K4,480")
    assert not is_english_name("K72 lakh")
    assert not is_english_name("K10 million")
    assert is_english_name("Kyaw Zin Oo")
