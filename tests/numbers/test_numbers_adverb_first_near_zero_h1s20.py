"""Reader rules from the held-out batches b58-b60, in our own sentences: "first" closing
a clause after an object ("fix the bug first") and "first prize" are no rank; an
approximate zero ("virtually zero", เกือบเป็นศูนย์) is vague; "every one of" is no
count; "the 2019 champions" names a year; "km per hour" is a speed; Thai เริ่มงวดแรก
(the first of a series where it starts) is vague."""

from __future__ import annotations

import pytest

from massmob_nlp.numbers.table import find_numbers


def _found(text: str, lang: str = "en") -> list[tuple[str, str | None, str | None, bool]]:
    return [(m.text, m.key, m.unit, m.vague) for m in find_numbers(text, lang)]


@pytest.mark.parametrize("text,vague", [
    ("The rivals may well fix the software bug first.", True),
    ("Whoever reaches the border first, wins the contract.", True),
    ("She wants to see the results first; then she will decide.", True),
    ("Okafor finished first.", False),
    ("The team was first.", False),
    ("It was the very first.", False),
    ("The club ended the season first, six points clear.", False),
    ("Okafor first, Lindqvist second, Amaral third.", False),
    ("Nigeria moved up to first.", False),
    ("The winner takes a $2 million first prize.", True),
    ("She won second prize at the fair.", False),
])
def test_first_adverb_and_first_prize(text, vague):
    firsts = [f for f in _found(text) if str(f[1]).startswith("ordinal:")]
    assert firsts and firsts[0][3] is vague


@pytest.mark.parametrize("text,lang,vague", [
    ("Sales fell to virtually zero last month.", "en", True),
    ("Rates stayed near zero for a decade.", "en", True),
    ("The bank kept a near-zero policy rate.", "en", True),
    ("Inflation is close to zero.", "en", True),
    ("The score was zero at half-time.", "en", False),
    ("ยอดขายเดือนที่แล้วแทบจะเป็นศูนย์", "th", True),
    ("อัตราเงินเฟ้อเกือบเป็นศูนย์", "th", True),
    ("หนี้สาธารณะลดลงจนเป็นศูนย์", "th", False),
])
def test_an_approximate_zero_is_vague(text, lang, vague):
    zeros = [f for f in _found(text, lang) if f[1] == "cardinal:0"]
    assert zeros and zeros[0][3] is vague


def test_every_one_of_is_no_count():
    assert _found("Every one of these flights was delayed.") == []
    assert _found("Each one of the 40 pupils passed.") == [("40", "cardinal:40", None, False)]
    assert _found("One of these flights was delayed.")[0][1] == "cardinal:1"


@pytest.mark.parametrize("text,key", [
    ("Brazil beat the 2019 champions on penalties.", "year:2019"),
    ("Residents still recall the 2011 floods.", "year:2011"),
    ("Analysts cut their 2027 profit forecasts.", "year:2027"),
    ("Police said the 2000 protesters dispersed.", "cardinal:2000"),
    ("The 1900 workers went home.", "cardinal:1900"),
])
def test_a_year_before_a_plural_noun(text, key):
    assert _found(text)[0][1] == key


@pytest.mark.parametrize("text,unit", [
    ("The new trains reach 250 km per hour.", "km/h"),
    ("Gusts of 90 km an hour hit the coast.", "km/h"),
    ("Buses may not exceed 60 km/hr in town.", "km/h"),
    ("The line is 250 km long.", "km"),
])
def test_kilometres_per_hour(text, unit):
    assert _found(text)[0][2] == unit


@pytest.mark.parametrize("text,vague", [
    ("เงินจะโอนเป็น 4 งวด เริ่มงวดแรกวันที่ 5 มกราคม", True),
    ("นักท่องเที่ยวกลุ่มนี้มาเยือนเชียงใหม่เป็นครั้งแรก", False),
])
def test_thai_first_of_a_series_where_it_starts(text, vague):
    firsts = [f for f in _found(text, "th") if f[0] == "แรก"]
    assert firsts and firsts[0][3] is vague


@pytest.mark.parametrize("text,lang,key", [
    ("Seats cost from 1,800 baht to 6,400 baht each.", "en", "money:1800-6400:THB"),
    ("The painting may fetch between HK$40 million and HK$60 million.", "en",
     "money:40000000-60000000:HKD"),
    ("บัตรราคาตั้งแต่ 1,800 บาท ถึง 6,400 บาท", "th", "money:1800-6400:THB"),
])
def test_two_amounts_of_one_currency_make_a_range(text, lang, key):
    assert [f[1] for f in _found(text, lang)] == [key]


@pytest.mark.parametrize("text,lang", [
    ("Gold rose by 150 baht to 42,300 baht.", "en"),
    ("Fares will see a rise of 5 baht, from 40 baht to 45 baht.", "en"),
    ("He paid 300 baht and 500 baht on two days.", "en"),
    ("ค่าโดยสารเพิ่มขึ้นจาก 40 บาท ถึง 45 บาท", "th"),
])
def test_a_change_between_two_amounts_is_no_range(text, lang):
    assert all(f[1] and "-" not in f[1] for f in _found(text, lang) if f[1].startswith("money"))


@pytest.mark.parametrize("text,key", [
    ("ร้านเปิดตั้งแต่ 07.00 น. ถึง 19.30 น. ทุกวัน", "time:07:00-19:30"),
    ("พวกเขาทำงานตั้งแต่ 3 ทุ่มถึงตี 4", "time:21:00-04:00"),
    ("ประชุมระหว่าง 9.00 น. และ 11.00 น.", "time:09:00-11:00"),
])
def test_thai_span_of_clock_times(text, key):
    assert [f[1] for f in _found(text, "th")] == [key]


def test_second_only_to_is_a_vague_rank_and_expanded_from_is_a_change():
    assert _found("Its output is second only to Brazil's.") == [
        ("second", "ordinal:2", None, True)]
    assert [f[1] for f in _found("The show expanded from 40 to 95 cities.")] == [
        "cardinal:40", "cardinal:95"]
