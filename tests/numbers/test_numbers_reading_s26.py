"""Number reading found wrong on the blind article golds b76-b78 (session 26): day/month
dates with no year as a Vietnamese or Thai source writes them (a month span with no year
stays unread, as the older golds have it), a decimal
comma, a change "rises X to Y" (no range), the year marked CE and spans across the era,
spans of centuries, Thai decades listed, Thai results in words and with แต้ม after
them, a bracket เกิน X แต่ไม่เกิน Y, half as a subject, second in a table, minutes and
seconds of a race, "from five to one" (no clock), a golf score to par before "and"."""

from __future__ import annotations

import pytest

from massmob_nlp.numbers import find_numbers


def _keys(text: str, lang: str = "en") -> list[tuple[str, str | None]]:
    return [(m.text, m.key) for m in find_numbers(text, lang)]


@pytest.mark.parametrize("text,lang,found", [
    ('"By 30/11 we expect the line to open," he said.', "en",
     [("30/11", "date:--11-30")]),
    ("Checks ran from 13/4 to 19/4 across the city.", "en",
     [("13/4 to 19/4", "date:--04-13/--04-19")]),
    ("ตำรวจตั้งด่านตรวจถึงวันที่ 25/12 นี้", "th", [("25/12", "date:--12-25")]),
    # a fraction, "around the clock", a decree number stay what they were
    ("Prices fell by 3/4 in a year.", "en", [("3/4", "fraction:3/4")]),
    ("Decree 15/2 takes effect today.", "en", [("15", "code:15"), ("2", "cardinal:2")]),
])
def test_day_month_without_a_year(text: str, lang: str, found: list) -> None:
    got = [k for k in _keys(text, lang) if k[1] and k[1].startswith(("date", "fraction",
                                                                       "code", "cardinal"))]
    assert got == found


def test_open_round_the_clock_is_no_date() -> None:
    assert all(not (m.key or "").startswith("date") for m in find_numbers("Open 24/7.", "en"))


@pytest.mark.parametrize("text,lang", [
    ("Rice exports in the March-August period fell 4%.", "en"),
    ("ยอดขายช่วงเดือนกุมภาพันธ์-พฤษภาคม เพิ่มขึ้น 4%", "th"),
])
def test_month_span_without_a_year_is_no_number(text: str, lang: str) -> None:
    assert [m.kind for m in find_numbers(text, lang)] == ["percent"]


def test_month_span_with_a_year_is_a_date() -> None:
    assert [m.key for m in find_numbers("Sales in March-August 2026 fell.", "en")] == \
        ["date:2026-03/2026-08"]


@pytest.mark.parametrize("text,key", [
    ("Bad debt reached 4,7 per cent of loans.", "percent:4.7"),
    ("The share is now 61,25% of the market.", "percent:61.25"),
    ("It sold 2,5 million units.", "cardinal:2500000"),
])
def test_decimal_comma(text: str, key: str) -> None:
    assert key in [m.key for m in find_numbers(text, "en")]


def test_thousands_comma_unchanged() -> None:
    assert next(m.key for m in find_numbers("It sold 2,500 units, 12,5 and 3.", "en")) == \
        "cardinal:2500"


def test_change_then_level_is_no_range() -> None:
    found = _keys("Phuket rises 25 baht to 400 baht, and Rayong 20 baht to 380 baht.")
    assert found == [("25 baht", "money:25:THB"), ("400 baht", "money:400:THB"),
                     ("20 baht", "money:20:THB"), ("380 baht", "money:380:THB")]


def test_price_range_still_a_range() -> None:
    assert _keys("Seats cost from 1,200 baht to 4,800 baht.") == \
        [("1,200 baht to 4,800 baht", "money:1200-4800:THB")]


@pytest.mark.parametrize("text,lang,found", [
    ("The site dates from between 300 BCE and 200 CE.", "en",
     [("300 BCE and 200 CE", "year_range:-300-200")]),
    ("Coins span 100 BC to AD 150.", "en", [("100 BC to AD 150", "year_range:-100-150")]),
    ("The town was buried in AD 79.", "en", [("AD 79", "year:79")]),
    ("ชุมชนนี้มีอายุระหว่าง 300 ปีก่อนคริสตกาลถึง ค.ศ. 200", "th",
     [("300 ปีก่อนคริสตกาลถึง ค.ศ. 200", "year_range:-300-200")]),
    ("เพลงนี้ดังในทศวรรษ 1980 และ 1990", "th",
     [("ทศวรรษ 1980", "decade:1980"), ("1990", "decade:1990")]),
    ("Temples of the 9th to 12th centuries stand here.", "en", [("9th to 12th", "range:9-12")]),
])
def test_eras_centuries_decades(text: str, lang: str, found: list) -> None:
    assert _keys(text, lang) == found


@pytest.mark.parametrize("text,found", [
    ("ทีมไทยปิดเซตไปยี่สิบห้าต่อสิบเก้า", [("ยี่สิบห้าต่อสิบเก้า", "score:25-19")]),
    ("ไทยเสิร์ฟเอซได้มากกว่า 9 ต่อ 4 แต้ม", [("9 ต่อ 4", "score:9-4")]),
    ("โรงเรียนมีครู 1 ต่อ 25 คน", [("1", "cardinal:1"), ("25", "cardinal:25")]),
    ("บริษัทที่มีรายได้เกิน 2 พันล้านบาทแต่ไม่เกิน 4 พันล้านบาท",
     [("2 พันล้านบาทแต่ไม่เกิน 4 พันล้านบาท", "money:2000000000-4000000000:THB")]),
    ("แบ่งแป้งหนึ่งในสามส่วนใส่ชาม", [("หนึ่งในสาม", "fraction:1/3")]),
])
def test_thai_results_brackets_parts(text: str, found: list) -> None:
    assert _keys(text, "th") == found


@pytest.mark.parametrize("text,found", [
    ("Half said they would return, and half stayed home.",
     [("Half", "fraction:1/2"), ("half", "fraction:1/2")]),
    ("Bangkok United stay second in the table.", [("second", "ordinal:2")]),
    ("with 20 golds, second behind Vietnam.", [("20", "cardinal:20"), ("second", "ordinal:2")]),
    ("He ran 3:58 in the mile.", [("3:58", "duration:238:second")]),
    ("The coach said they had aimed for 2:09 in the 200m freestyle.",
     [("2:09", "duration:129:second"), ("200", "cardinal:200")]),
    ("She missed it by half a second.", [("half a second", "duration:0.5:second")]),
    ("The meeting is planned for 2:30.", [("2:30", "time:02:30")]),
    ("Seats were cut from six to two.", [("six", "cardinal:6"), ("two", "cardinal:2")]),
    ("He closed on 12 under and won by a shot.", [("12 under", "cardinal:-12")]),
])
def test_english_forms(text: str, found: list) -> None:
    assert _keys(text) == found
