"""A clock time written after a date (a timestamp) is a time, in our own sentences,
while a race time on its own stays a length of time."""

from __future__ import annotations

import pytest

from massmob_nlp.numbers.table import find_numbers


@pytest.mark.parametrize("text,keys", [
    ("Last updated 2024-11-03 07:15:42 by the desk.", ["date:2024-11-03", "time:07:15"]),
    ("Filed 03/11/2024 21:09:05, Hanoi.", ["date:2024-11-03", "time:21:09"]),
    ("The feed stamped it 2024-11-03T07:15:42.", ["date:2024-11-03", "time:07:15"]),
])
def test_time_after_a_date_is_a_clock_time(text: str, keys: list[str]) -> None:
    assert [m.key for m in find_numbers(text, "en")] == keys


def test_race_time_stays_a_duration() -> None:
    keys = [m.key for m in find_numbers("She ran 2:19:33 in Berlin on 29 September.", "en")]
    assert keys == ["duration:8373:second", "date:--09-29"]
