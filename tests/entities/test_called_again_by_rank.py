"""A person called again by an abbreviated rank and one name of the full name."""

import pytest

from massmob_nlp.comparison.entity_leftovers import _given_name_of


def _person(text: str) -> dict[str, str]:
    return {"text": text, "label": "PERSON"}


@pytest.mark.parametrize(("full", "again"), [
    ("พล.ต.เจิ่น วัน ลอง", "พล.ต.ลอง"),
    ("พ.ต.อ.โด๋ วัน ฟุก", "พ.ต.อ.ฟุก"),
    ("ดร.สมศักดิ์ ใจดี", "ดร.สมศักดิ์"),
])
def test_rank_and_one_name_of_an_earlier_full_name_is_no_added_person(
        full: str, again: str) -> None:
    t = _person(again)
    assert _given_name_of(t, [_person(full), t])


def test_rank_and_another_name_is_still_added() -> None:
    t = _person("พล.ต.ลอง")
    assert not _given_name_of(t, [_person("พล.ต.เจิ่น วัน ฮวี"), t])
