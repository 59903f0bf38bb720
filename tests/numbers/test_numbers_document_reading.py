"""What a whole document tells the reading of one number (numbers/document.py) and
number words that belong to a name or a multiple. Examples written for these tests."""

from __future__ import annotations

import pandas as pd
import pytest

from massmob_nlp.numbers.document import document_crown
from massmob_nlp.numbers.table import numbers_table


def _read(text: str, lang: str) -> list[tuple[str, str, object]]:
    df = numbers_table(text, lang=lang)
    return list(zip(df["text"], df["kind"].astype(str), df["key"]))


@pytest.mark.parametrize(("text", "lang", "row"), [
    ("The hall cost 80 million Swedish crowns to build. Students pay 90 crowns.", "en",
     ("90 crowns", "money", "money:90:SEK")),
    ("A ferry ticket is 300 Norwegian kroner; a day pass costs 45 kroner.", "en",
     ("45 kroner", "money", "money:45:NOK")),
    ("The zoo, funded with DKK 12 million, charges a 60-crown entry fee.", "en",
     ("60-crown", "money", "money:60:DKK")),
    ("สวนสัตว์ใช้งบ 12 ล้านโครนเดนมาร์ก ค่าเข้าชมคนละ 60 โครน", "th",
     ("60 โครน", "money", "money:60:DKK")),
])
def test_a_bare_crown_takes_the_crown_currency_the_document_names(
        text: str, lang: str, row: tuple[str, str, str]) -> None:
    assert row in _read(text, lang)


@pytest.mark.parametrize("text", [
    "Students pay 90 crowns at the door.",  # no crown named: no safe currency
    "Prices are given in Swedish crowns and Norwegian kroner; a pass is 90 crowns.",
])
def test_a_bare_crown_stays_a_count_without_one_named_crown(text: str) -> None:
    assert ("90", "cardinal", "cardinal:90") in _read(text, "en")


def test_document_crown() -> None:
    assert document_crown("a bill of 4,000 Czech korunas") == "CZK"
    assert document_crown("The Crown Prince visited.") is None


def _units(text: str, lang: str) -> list[tuple[str, object]]:
    df = numbers_table(text, lang=lang)
    return list(zip(df["text"], df["unit"]))


@pytest.mark.parametrize(("text", "lang", "row"), [
    ("Exports to the region have more than tripled since 2019.", "en", ("tripled", "×")),
    ("The cost of the bridge could double.", "en", ("double", "×")),
    ("Downloads rose fivefold in a year.", "en", ("fivefold", "×")),
    ("Downloads rose 12-fold in a year.", "en", ("12", "×")),
    ("The new hall is four times the size of the old one.", "en", ("four", "×")),
    ("The shares trade at 15 times forward earnings.", "en", ("15", "×")),
    ("Rents are twice as high as in 2015.", "en", ("twice", "×")),
    ("ค่าเช่าแพงขึ้นเกือบสี่เท่าในรอบปี", "th", ("สี่", "×")),
    ("ยอดดาวน์โหลดเพิ่มขึ้น 12 เท่าตัว", "th", ("12", "×")),
    ("ยอดส่งออกเพิ่มขึ้นเท่าตัว", "th", ("เท่าตัว", "×")),
])
def test_a_multiple_has_the_unit_times(text: str, lang: str, row: tuple[str, str]) -> None:
    assert row in _units(text, lang)


@pytest.mark.parametrize(("text", "lang", "number"), [
    ("She has visited the island four times this year.", "en", "four"),
    ("The club met twice a week.", "en", "twice"),
    ("สองทีมมีแต้ม 12 เท่ากัน", "th", "12"),
    ("ทีมมีผู้เล่น 12 เท่านั้น", "th", "12"),
])
def test_a_count_of_times_is_no_multiple(text: str, lang: str, number: str) -> None:
    assert (number, None) in [(t, None if u is pd.NA else u) for t, u in _units(text, lang)]
