"""A day and month before a year before Christ are one date (``date:-0044-03-15``), in
English and Thai, not a yearless date and a separate year."""

from __future__ import annotations

import pytest

from massmob_nlp.numbers.table import find_numbers


@pytest.mark.parametrize(("text", "lang", "span", "key"), [
    ("Pompey left Rome on 17 March 49 BC with the consuls.", "en", "17 March 49 BC",
     "date:-0049-03-17"),
    ("The siege ended on August 3, 216 BC, after a week.", "en", "August 3, 216 BC",
     "date:-0216-08-03"),
    ("The 9th of June 68 BC is the date on the tablet.", "en", "9th of June 68 BC",
     "date:-0068-06-09"),
    ("กองทัพออกเดินทางในวันที่ 17 มีนาคม 49 ปีก่อนคริสต์ศักราช พร้อมกงสุลทั้งสอง", "th",
     "17 มีนาคม 49 ปีก่อนคริสต์ศักราช", "date:-0049-03-17"),
])
def test_day_month_year_bc_is_one_date(text: str, lang: str, span: str, key: str) -> None:
    dates = [(m.text, m.key) for m in find_numbers(text, lang) if m.kind == "date"]
    assert dates == [(span, key)]


def test_a_bare_year_bc_stays_a_year() -> None:
    found = find_numbers("Rome was founded, by tradition, in 753 BC; 12 kings followed.", "en")
    assert [(m.text, m.key) for m in found][:1] == [("753 BC", "year:-753")]
