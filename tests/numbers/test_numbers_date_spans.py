"""A day-month with no year, then ``to``/``through``/``until`` (or a dash) and a full
date, is one date range: the year is written once for both ends (our own sentences)."""

from __future__ import annotations

import pytest

from massmob_nlp.numbers.table import find_numbers


def _keys(text: str, lang: str) -> list[tuple[str, str]]:
    return [(m.text, m.key) for m in find_numbers(text, lang)]


@pytest.mark.parametrize("text,lang,expected", [
    ("- June 2 to July 15, 2027: public hearings in Leeds.", "en",
     [("June 2 to July 15, 2027", "date:2027-06-02/2027-07-15")]),
    ("The exhibition runs 4 October through 20 November 2025.", "en",
     [("4 October through 20 November 2025", "date:2025-10-04/2025-11-20")]),
    ("Roads stay shut March 9 until April 1, 2026, officials said.", "en",
     [("March 9 until April 1, 2026", "date:2026-03-09/2026-04-01")]),
    ("งานจัดขึ้น 2 มิ.ย. ถึง 15 ก.ค. 2570", "th",
     [("2 มิ.ย. ถึง 15 ก.ค. 2570", "date:2027-06-02/2027-07-15")]),
])
def test_day_month_to_full_date_is_one_range(text: str, lang: str,
                                             expected: list[tuple[str, str]]) -> None:
    assert _keys(text, lang) == expected


@pytest.mark.parametrize("text,expected", [
    ("The launch was pushed back June 2 to July 15, 2027.",
     [("June 2", "date:--06-02"), ("July 15, 2027", "date:2027-07-15")]),
    ("Polls were held on June 2 and July 15, 2027.",
     [("June 2", "date:--06-02"), ("July 15, 2027", "date:2027-07-15")]),
])
def test_moved_or_listed_dates_stay_two(text: str, expected: list[tuple[str, str]]) -> None:
    assert _keys(text, "en") == expected
