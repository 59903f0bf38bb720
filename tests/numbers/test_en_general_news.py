"""English number forms of general news (issue 10): the 24-hour clock of news agencies,
signs, names that hold numbers, fiscal years and seasons, ranks, goalless results, glued
units, and pairs that are no range. Sentences written for these tests."""

import pytest

from massmob_nlp.numbers import find_numbers


def _read(text, lang="en"):
    return [(m.text, m.key, m.value, m.vague) for m in find_numbers(text, lang)]


def _keys(text, lang="en"):
    return [m.key for m in find_numbers(text, lang) if not m.vague]


# ------------------------------------------------------------ 24-hour clock
@pytest.mark.parametrize("text,mention,key,value", [
    ("Voting ends at 1900 GMT on Sunday.", "1900", "time:19:00", 19.0),
    ("The ferry sails at 0545 BST.", "0545", "time:05:45", 5.75),
    ("Shops reopen at 1430 local time.", "1430", "time:14:30", 14.5),
    ("The curfew starts at 2200 Manila time.", "2200", "time:22:00", 22.0),
    ("Patrols set out at 2300 hours.", "2300 hours", "time:23:00", 23.0),
    ("The alarm sounded at 0415 and woke the town.", "0415", "time:04:15", 4.25),
    ("Trains run 0600-0900 CET only.", "0600-0900", "time:06:00-09:00", 6.0),
])
def test_four_digit_clock_before_a_zone_is_a_time(text, mention, key, value):
    assert (mention, key, value, False) in _read(text)


def test_four_digit_clock_range_in_words():
    keys = _keys("The road is shut from 2100 to 0500 local time.")
    assert keys == ["time:21:00", "time:05:00"]


@pytest.mark.parametrize("text,key", [
    ("The castle was built in 1700 by a duke.", "year:1700"),
    ("Some 1500 hours of footage were filmed.", "duration:1500:hour"),
    ("In 2000 the club had 1200 members.", "cardinal:1200"),
])
def test_four_digits_without_a_zone_are_no_time(text, key):
    keys = _keys(text)
    assert key in keys and not any(k.startswith("time:") for k in keys)


def test_four_digit_clock_joins_thai_clock():
    assert _keys("The rally began at 0830 GMT.") == _keys("การชุมนุมเริ่มเวลา 08.30 น.", "th")
