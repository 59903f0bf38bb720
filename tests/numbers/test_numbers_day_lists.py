"""Days listed under one month are each a date of it, in English and Thai (our own
sentences)."""

from __future__ import annotations

import pytest

from massmob_nlp.numbers.table import find_numbers

THREE = ["date:2028-07-05", "date:2028-07-06", "date:2028-07-07"]


@pytest.mark.parametrize("text,lang", [
    ("Voting will take place on July 5, 6 and 7, 2028, the commission said.", "en"),
    ("Voting will take place on 5, 6 and 7 July 2028.", "en"),
    ("การลงคะแนนจะมีขึ้นในวันที่ 5, 6 และ 7 กรกฎาคม 2571", "th"),
    ("การลงคะแนนจะมีขึ้นในวันที่ 5 6 และ 7 ก.ค. 71", "th"),
])
def test_each_listed_day_is_a_dated_day(text: str, lang: str) -> None:
    assert [m.key for m in find_numbers(text, lang)] == THREE


def test_two_days_without_a_year() -> None:
    keys = [m.key for m in find_numbers("The talks resume on October 2 and 3.", "en")]
    assert keys == ["date:--10-02", "date:--10-03"]


@pytest.mark.parametrize("text,lang,keys", [
    ("On March 9, 4 and 6 people were hurt in the blasts.", "en",
     ["date:--03-09", "cardinal:4", "cardinal:6"]),
    ("The 14, 12 and 9 May figures were revised.", "en",
     ["cardinal:14", "cardinal:12", "date:--05-09"]),
])
def test_counts_and_backward_lists_are_no_day_list(text: str, lang: str,
                                                   keys: list[str]) -> None:
    assert [m.key for m in find_numbers(text, lang)] == keys


@pytest.mark.parametrize("text,lang", [
    ("ห้างปิดปรับปรุงระหว่างวันที่ 29 ธ.ค.-3 ม.ค. นี้", "th"),
    ("The mall closes from Dec 29 to Jan 3 for repairs.", "en"),
])
def test_days_across_the_new_year_without_a_year_are_one_span(text: str, lang: str) -> None:
    assert [m.key for m in find_numbers(text, lang)] == ["date:--12-29/--01-03"]
