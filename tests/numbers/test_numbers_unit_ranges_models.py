"""Ranges whose unit is written at both ends (``4% to 5%``, ``VND10,000 to VND20,000``),
ranges with a low end in words and a high end in digits (``seven to 12``, ``สามถึง 12``),
vote tallies in three parts (``15-3-2``) and aircraft model names (``Airbus 321-200``)
(our own sentences)."""

from __future__ import annotations

import pytest

from massmob_nlp.numbers.table import find_numbers


def _keys(text: str, lang: str) -> list[str | None]:
    return [m.key for m in find_numbers(text, lang)]


@pytest.mark.parametrize("text,key", [
    ("The bank sees exports growing 4% to 5% next quarter.", "percent:4-5"),
    ("Analysts expect a margin of between 3 per cent and 6 per cent.", "percent:3-6"),
    ("Bus fares run from VND10,000 to VND20,000 a ride.", "money:10000-20000:VND"),
    ("Rooms cost between RM80 and RM120 a night.", "money:80-120:MYR"),
])
def test_english_range_with_the_unit_at_both_ends(text: str, key: str) -> None:
    assert _keys(text, "en") == [key]


@pytest.mark.parametrize("text,keys", [
    ("Sales rose from 4% to 5% last year.", ["percent:4", "percent:5"]),
    ("The fee will go up from RM8 to RM9 in March.", ["money:8:MYR", "money:9:MYR"]),
    ("The tax was cut 5% to 700 firms.", ["percent:5", "cardinal:700"]),
])
def test_english_change_or_other_number_after_to_is_no_range(text: str, keys: list[str]
                                                                ) -> None:
    assert _keys(text, "en") == keys


@pytest.mark.parametrize("text,lang,key", [
    ("Pupils aged seven to 12 sat the test.", "en", "range:7-12"),
    ("The road will have six-12 lanes by 2030.", "en", "range:6-12"),
    ("ถนนสายนี้จะขยายเป็นหกถึง 12 ช่องจราจร", "th", "range:6-12"),
])
def test_range_from_a_word_to_digits(text: str, lang: str, key: str) -> None:
    assert key in _keys(text, lang)
    assert not any(k in ("cardinal:12", "code:12") for k in _keys(text, lang))


def test_vote_tally_in_three_parts_is_one_result() -> None:
    got = [(m.text, m.key) for m in find_numbers(
        "The council passed the plan 15-3-2 on Monday.", "en")]
    assert got == [("15-3-2", "score:15-3")]


@pytest.mark.parametrize("text,lang", [
    ("The carrier leased four Airbus 321-200 jets.", "en"),
    ("It has ordered 20 more 737-800s for its budget arm.", "en"),
    ("สายการบินรับมอบโบอิ้ง 777-300 อีก 2 ลำ", "th"),
])
def test_aircraft_model_with_a_dash_is_a_code(text: str, lang: str) -> None:
    assert not any(k and k.startswith("score:") for k in _keys(text, lang))
    assert any(k and k.startswith("code:") for k in _keys(text, lang))


def test_dash_pair_after_a_team_is_still_a_score() -> None:
    assert "score:287-6" in _keys("Australia closed on 287-6 after tea.", "en")


def test_speed_unit_glued_without_a_slash() -> None:
    got = [(m.text, m.key, m.unit) for m in find_numbers("The bus tops out at 95kmh.", "en")]
    assert got == [("95", "cardinal:95", "km/h")]


def test_year_then_to_and_an_amount_is_no_range() -> None:
    assert _keys("Sales for the year 2025 to 41.2 million units were a record.", "en") == [
        "year:2025", "cardinal:41200000"]


def test_thai_month_then_a_count_of_contracts_is_no_short_year() -> None:
    assert _keys("จนถึงเดือนมีนาคม 9 สัญญาก่อสร้างเสร็จแล้ว", "th") == ["cardinal:9"]
    assert _keys("ประกาศเมื่อ มี.ค. 68 ที่ผ่านมา", "th") == ["date:2025-03"]


@pytest.mark.parametrize("text", [
    "Rainfall this year was the third-wettest on record, and last year second-driest.",
    "She took second prize at the national piano contest.",
])
def test_second_as_a_rank_without_a_determiner(text: str) -> None:
    assert "ordinal:2" in _keys(text, "en")


@pytest.mark.parametrize("text,rank", [
    ("Profits should recover in the first half of 2028.", "ordinal:1"),
    ("Rain will ease in the second half of March.", "ordinal:2"),
])
def test_half_of_a_period_is_one_rank(text: str, rank: str) -> None:
    # one mention over "first half" (the article gold's reading; Thai ครึ่งแรก likewise)
    marks = [(m.key, m.vague) for m in find_numbers(text, "en") if m.kind != "year"]
    assert marks == [(rank, False)]


def test_more_than_half_of_still_a_fraction() -> None:
    assert [(m.key, m.vague) for m in find_numbers("More than half of the voters left.", "en")
            ] == [("fraction:1/2", False)]


@pytest.mark.parametrize("text,key", [
    ("The museum is open from 9.30am to 5pm except Mondays.", "time:09:30-17:00"),
    ("Trucks may enter between 11pm and 4am only.", "time:23:00-04:00"),
])
def test_english_clock_span_is_one_time_like_thai(text: str, key: str) -> None:
    assert _keys(text, "en") == [key]
    thai = _keys("พิพิธภัณฑ์เปิดเวลา 09.30-17.00 น. ยกเว้นวันจันทร์", "th")
    assert thai == ["time:09:30-17:00"]


def test_a_moved_time_stays_two_times() -> None:
    assert _keys("The launch was moved from 10am to 2pm.", "en") == ["time:10:00", "time:14:00"]


@pytest.mark.parametrize("text", [
    "Carmaker posts record first-half sales as exports rise.",
    "The firm expects a slower second half, its chief said.",
])
def test_english_half_of_a_period_is_no_fraction(text: str) -> None:
    marks = [(m.text, m.kind) for m in find_numbers(text, "en")]
    assert not any(kind == "fraction" for _, kind in marks)
    assert any(kind == "ordinal" and "half" in span for span, kind in marks)


@pytest.mark.parametrize("text,lang,shown", [
    ("The dam was first proposed more than a decade ago.", "en", "a decade"),
    ("เขื่อนนี้ถูกเสนอครั้งแรกเมื่อกว่าทศวรรษที่แล้ว", "th", "ทศวรรษ"),
])
def test_a_decade_without_a_number_is_a_vague_ten_years(text: str, lang: str, shown: str
                                                        ) -> None:
    got = [(m.text, m.key, m.qualifier, m.vague) for m in find_numbers(text, lang)
           if m.kind == "duration"]
    assert got == [(shown, "duration:10:year", "over", True)]


def test_decade_long_and_a_named_decade_are_no_ten_years() -> None:
    assert _keys("They ended a decade-long feud.", "en") == []
    assert _keys("She taught there for a decade.", "en") == []  # bare, as "for a year"
    assert _keys("ดนตรีในทศวรรษ 1970 กลับมาฮิต", "th") == ["decade:1970"]


@pytest.mark.parametrize("text", [
    "One jab would cost about $15 at public clinics.",
    "One bottle now costs 80 baht in the capital.",
])
def test_one_before_a_priced_unit_is_the_article(text: str) -> None:
    ones = [(m.key, m.vague) for m in find_numbers(text, "en") if m.text.lower() == "one"]
    assert ones == [("cardinal:1", True)]


def test_only_one_before_a_price_still_counts() -> None:
    ones = [m.vague for m in find_numbers("Only one clinic charges more.", "en")
            if m.text.lower() == "one"]
    assert ones == [False]
