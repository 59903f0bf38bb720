"""Session 21 reader rules (H1): halves of a period as ranks, parts of a unit, units
after both ends of a range, glued wire stamps, pronoun ``one``, Thai results after
พ่าย. Sentences written for these tests."""

from __future__ import annotations

import pytest

from massmob_nlp.numbers.table import find_numbers


def _read(text: str, lang: str | None = None) -> list[tuple[str, str, str | None, bool]]:
    return [(m.text, m.kind, m.key, m.vague) for m in find_numbers(text, lang)]


# ------------------------------------------------------------ halves of a period
@pytest.mark.parametrize(("text", "span", "key", "vague"), [
    ("Sales picked up in the second half of 2028.", "second half", "ordinal:2", False),
    ("The firm booked a first-half loss of $3 million.", "first-half", "ordinal:1", True),
    ("She ran the second half in 64 minutes.", "second half", "ordinal:2", False),
    ("Two second-half goals sealed the tie.", "second-half", "ordinal:2", True),
    ("Most of the first half of the 19th century was calm.", "first half", "ordinal:1", False),
])
def test_english_half_of_a_period_is_one_rank(text: str, span: str, key: str,
                                              vague: bool) -> None:
    got = _read(text)
    assert (span, "ordinal", key, vague) in got
    assert not any(k == "fraction" for _, k, _, _ in got)


def test_half_of_a_thing_stays_a_half_and_a_rank() -> None:
    got = _read("He repaid the first half of the debt.")
    assert ("first half", "ordinal", "ordinal:1", False) not in got


@pytest.mark.parametrize(("text", "span", "key"), [
    ("ทีมเยือนยิงได้สองประตูในครึ่งหลัง", "ครึ่งหลัง", "ordinal:2"),
    ("ยอดขายครึ่งปีแรกลดลงร้อยละ 4", "ครึ่งปีแรก", "ordinal:1"),
    ("โรงงานจะเปิดในช่วงครึ่งหลังของปี 2571", "ครึ่งหลัง", "ordinal:2"),
    ("เขาวิ่งได้เร็วกว่าครึ่งแรก 20 วินาที", "ครึ่งแรก", "ordinal:1"),
])
def test_thai_half_of_a_period_is_a_vague_rank(text: str, span: str, key: str) -> None:
    got = _read(text, "th")
    assert (span, "ordinal", key, True) in got
    assert not any(k == "fraction" for _, k, _, _ in got)


@pytest.mark.parametrize("text", ["เขารอสองเดือนครึ่งหลังจากนั้น", "ผ่านไปปีครึ่งหลังเกิดเหตุ"])
def test_thai_half_after_a_length_is_no_rank(text: str) -> None:
    assert not any(k == "ordinal" for _, k, _, _ in _read(text, "th"))


# ------------------------------------------------------------ parts of a unit
def test_every_tenth_of_a_degree_is_a_measure() -> None:
    got = find_numbers("Each tenth of a degree changes the forecast.")
    assert [(m.text, m.kind, m.value, m.unit) for m in got] == [
        ("tenth", "cardinal", 0.1, "°")]


def test_a_quarter_of_a_mile_is_a_measure() -> None:
    got = find_numbers("The shop is a quarter of a mile from the pier.")
    assert [(m.text, m.value, m.unit) for m in got] == [("a quarter", 0.25, "mi")]


def test_a_third_before_a_present_verb_is_a_share() -> None:
    assert ("a third", "fraction", "fraction:1/3", False) in \
        _read("Of the 30 traders asked, about a third expect a cut.")


# ------------------------------------------------------- ranges with two units
@pytest.mark.parametrize(("text", "key", "unit"), [
    ("Sea levels may rise by between 0.3 deg C and 2 deg C.", "range:0.3-2", "°C"),
    ("Waves of between 2 metres and 4 metres hit the coast.", "range:2-4", "m"),
    ("ระดับน้ำสูงขึ้นระหว่าง 2 ซม. ถึง 4 ซม.", "range:2-4", "cm"),
])
def test_unit_after_both_ends_makes_one_range(text: str, key: str, unit: str) -> None:
    got = [(m.kind, m.key, m.unit) for m in find_numbers(text)]
    assert ("range", key, unit) in got
    assert not any(k == "cardinal" for k, _, _ in got)


@pytest.mark.parametrize("text", [
    "Output rose from 120,000 tonnes to 180,000 tonnes.",
    "They ran the 5 km and 10 km events.",
    "between 2 km and 5 miles",
])
def test_a_change_or_a_list_stays_two_numbers(text: str) -> None:
    assert [m.kind for m in find_numbers(text)] == ["cardinal", "cardinal"]


def test_deg_c_is_celsius() -> None:
    (m,) = find_numbers("The pool was kept at 27 deg C.")
    assert m.unit == "°C"


# ------------------------------------------------------------ glued stamps
def test_glued_wire_stamp_is_a_date_and_a_clock_time() -> None:
    got = _read("March 4, 20269:15 AM GMT+8Updated 2 hours ago")
    assert ("March 4, 2026", "date", "date:2026-03-04", False) in got
    assert ("9:15 AM", "time", "time:09:15", False) in got
    assert not any(k == "cardinal" for _, k, _, _ in got)


def test_glued_stamp_day_first() -> None:
    got = _read("Published 4 March 202621:05")
    assert ("4 March 2026", "date", "date:2026-03-04", False) in got
    assert ("21:05", "time", "time:21:05", False) in got


# ------------------------------------------------------------ pronoun one
@pytest.mark.parametrize("text", [
    "We asked for a chance and the coach gave us one.",
    "Patients who skipped one or both of the shots were called back.",
    "One or more of the valves failed.",
])
def test_one_that_counts_nothing_is_vague(text: str) -> None:
    ones = [m for m in find_numbers(text) if m.text.lower() == "one"]
    assert ones and all(m.vague for m in ones)


def test_one_before_a_noun_still_counts() -> None:
    (m,) = [m for m in find_numbers("They gave us one point.") if m.text == "one"]
    assert not m.vague


# ------------------------------------------------------------ Thai results
def test_thai_result_after_lost_to_is_a_score() -> None:
    got = _read("ทีมเยือนพ่ายเจ้าถิ่น 1-4 เมื่อคืนนี้", "th")
    assert ("1-4", "score", "score:1-4", False) in got


# ------------------------------------------------------------ race times, multiples
@pytest.mark.parametrize(("text", "value", "unit", "key"), [
    ("She won the marathon in 2:21:07.", 8467.0, "second", "duration:8467:second"),
    ("He swam the 200m in 1:54.20.", 114.2, "second", "duration:114.2:second"),
    ("นักวิ่งเข้าเส้นชัยด้วยเวลา 2:09:30 ชั่วโมง", 7770.0, "second", "duration:7770:second"),
    ("The crossing took 3:15 hours.", 3.25, "hour", "duration:195:minute"),
])
def test_clock_like_race_time_counts_its_last_field(text: str, value: float, unit: str,
                                                    key: str) -> None:
    (m,) = [m for m in find_numbers(text) if m.kind == "duration"]
    assert (m.value, m.unit, m.key) == (value, unit, key)


def test_clock_after_a_named_date_is_a_time() -> None:
    got = _read("Friday, March 6, 2026 14:05:33")
    assert ("14:05:33", "time", "time:14:05", False) in got


def test_headline_brace_and_paying_double_count_two() -> None:
    assert ("double", "cardinal", "cardinal:2", False) in _read("Moreno double sinks Rovers")
    assert ("double", "cardinal", "cardinal:2", False) in \
        _read("Hotels near the stadium charge double on match days.")
    assert _read("Double Dragon opens a new store") == []


@pytest.mark.parametrize(("text", "lang"), [
    ("Rents have risen 40% over the past decade.", "en"),
    ("ค่าเช่าเพิ่มขึ้นร้อยละ 40 ในรอบทศวรรษที่ผ่านมา", "th"),
])
def test_the_past_decade_is_a_vague_ten_years(text: str, lang: str) -> None:
    got = [(m.kind, m.key, m.vague) for m in find_numbers(text, lang)]
    assert ("duration", "duration:10:year", True) in got


def test_half_year_results_are_a_vague_six_months() -> None:
    got = [(m.text, m.key, m.vague) for m in find_numbers("The bank posts half-year results today.")]
    assert got == [("half-year", "duration:6:month", True)]
    assert find_numbers("It pays a half-yearly dividend.") == []
