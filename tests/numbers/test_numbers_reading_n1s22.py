"""Session 22 reader rules (N1): a year after "end-", a market's move written with
Thai ลบ, percent ranges with ร้อยละ before both ends or a bound on the top, a forecast
band after a change "by", and a later "from X to Y" whose verb is left out. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from massmob_nlp.numbers.table import find_numbers


def _read(text: str, lang: str | None = None) -> list[tuple[str, str, str | None]]:
    return [(m.text, m.kind, m.key) for m in find_numbers(text, lang)]


@pytest.mark.parametrize(("text", "key"), [
    ("Analysts see the policy rate at 2% by end-2028.", "year:2028"),
    ("The plant should be running at start-2029.", "year:2029"),
])
def test_end_and_start_before_a_year_are_no_name(text: str, key: str) -> None:
    got = _read(text)
    assert any(k == key for _, _, k in got)
    assert not any(kind == "code" for _, kind, _ in got)


def test_a_name_with_a_hyphen_and_digits_is_still_a_code() -> None:
    assert any(kind == "code" for _, kind, _ in _read("The Legend-7 probe lifts off."))


@pytest.mark.parametrize(("text", "key"), [
    ("หุ้นธนาคารในตลาดโตเกียวปิดลบ 1.8% เมื่อวันพุธ", "percent:1.8"),
    ("ดัชนีเปิดลบ 0.6% ก่อนฟื้นตัวในช่วงบ่าย", "percent:0.6"),
    ("ราคาน้ำมันปรับตัวลบ 2.4% จากความกังวลเรื่องอุปสงค์", "percent:2.4"),
])
def test_a_thai_market_move_down_has_no_sign(text: str, key: str) -> None:
    assert any(k == key for _, _, k in _read(text))


@pytest.mark.parametrize(("text", "key"), [
    ("เศรษฐกิจไตรมาสนี้ขยายตัวติดลบ 1.2%", "percent:-1.2"),
    ("อุณหภูมิบนยอดเขาลดลงถึงลบ 7 องศาเซลเซียส", "cardinal:-7"),
])
def test_thai_minus_stays_a_sign(text: str, key: str) -> None:
    assert any(k == key for _, _, k in _read(text))


@pytest.mark.parametrize(("text", "span", "key"), [
    ("ค่าโดยสารอาจเพิ่มขึ้นร้อยละ 15 ถึงร้อยละ 20 ในปีหน้า",
     "ร้อยละ 15 ถึงร้อยละ 20", "percent:15-20"),
    ("ผลตอบแทนอยู่ระหว่างร้อยละ 4 และร้อยละ 6", "ร้อยละ 4 และร้อยละ 6", "percent:4-6"),
    ("กรมฯ อนุมัติการขึ้นราคาได้ร้อยละ 3 ถึงไม่ถึงร้อยละ 8",
     "ร้อยละ 3 ถึงไม่ถึงร้อยละ 8", "percent:3-8"),
    ("The regulator lets the utility raise fares by 3% to less than 8% on its own.",
     "3% to less than 8%", "percent:3-8"),
])
def test_a_percent_range_written_with_the_unit_twice(text: str, span: str, key: str) -> None:
    assert (span, "percent", key) in _read(text)


@pytest.mark.parametrize("text", [
    "เงินเพิ่มของพยาบาลจะเพิ่มจากร้อยละ 15 เป็นร้อยละ 20",
    "เงินเพิ่มของพยาบาลจะเพิ่มจากร้อยละ 15 ถึงร้อยละ 20",
    "Rates rose from 3% to less than 8%.",
])
def test_where_a_change_starts_and_ends_is_no_range(text: str) -> None:
    assert not any(k and "-" in k.split(":")[1] for _, _, k in _read(text))


@pytest.mark.parametrize(("text", "key"), [
    ("Rents are expected to rise by 5 to 7 per cent next year.", "percent:5-7"),
    ("The central bank may cut by 25 to 50 basis points.", "percent:0.25-0.5"),
])
def test_a_forecast_band_after_a_change_by(text: str, key: str) -> None:
    assert any(k == key for _, _, k in _read(text))


@pytest.mark.parametrize("text", [
    "Rents rose by 5 to 7 per cent.",           # past: the change, then the level
    "Rates will rise by 0.25 to 4.5%.",         # a change and the level it reaches
])
def test_a_change_and_its_level_stay_two(text: str) -> None:
    assert len(_read(text)) == 2


def test_a_later_from_to_with_its_verb_left_out_is_a_change() -> None:
    got = _read("Bonuses will rise from 20 percent to 25 percent for nurses, and for "
                "midwives from 15 percent to 22 percent.")
    assert [k for _, _, k in got] == ["percent:20", "percent:25", "percent:15", "percent:22"]


def test_a_new_verb_after_and_keeps_its_range() -> None:
    got = _read("Sales rose from 10 to 12 units, and temperatures will range from 30 to "
                "40 degrees.")
    assert any(kind == "range" for _, kind, _ in got)


@pytest.mark.parametrize(("text", "span", "key"), [
    ("กองหน้าตัวสำรองยิงประตูชัยในนาทีที่ 90+3", "90+3", "ordinal:93"),
    ("The visitors levelled in the 45+1st minute.", "45+1st", "ordinal:46"),
    ("Scorers: Okafor (90+6), Lindqvist (12)", "90+6", "ordinal:96"),
])
def test_a_minute_of_stoppage_time_is_one_rank(text: str, span: str, key: str) -> None:
    assert (span, "ordinal", key) in _read(text)


def test_a_sum_is_no_minute() -> None:
    assert not any(kind == "ordinal" for _, kind, _ in _read("The bill came to 90 + 4 dollars."))


@pytest.mark.parametrize(("text", "span", "key"), [
    ("Leclerc finished a further 4.3s back.", "4.3s", "duration:4.3:second"),
    ("Methane rose about 1.9ppm in a year.", "1.9", "cardinal:1.9"),
])
def test_glued_seconds_and_parts_per_million(text: str, span: str, key: str) -> None:
    assert any(sp == span and k == key for sp, _, k in _read(text))


def test_a_decade_is_no_gap_in_seconds() -> None:
    assert ("1980s", "decade", "decade:1980") in _read("Prices doubled in the 1980s.")


@pytest.mark.parametrize(("text", "span", "key"), [
    ("She went through halfway in 68:40 and won.", "68:40", "duration:4120:second"),
    ("He ran the last 5km in 14:05 to pull clear.", "14:05", "duration:845:second"),
])
def test_minutes_and_seconds_after_in(text: str, span: str, key: str) -> None:
    assert (span, "duration", key) in _read(text)


def test_a_clock_time_after_at_stays_a_time() -> None:
    assert any(kind == "time" for _, kind, _ in _read("The ferry leaves at 14:05 daily."))


def test_values_from_to_are_no_clock_times() -> None:
    got = _read("Pay grades range from 1.86 to 6.5 under the new table.")
    assert not any(kind == "time" for _, kind, _ in got)


@pytest.mark.parametrize(("text", "span"), [
    ("The carrier ordered six A321-200s and two A330-900s.", "A330-900s"),
    ("Emirates flies Boeing's 777-9 on the route.", "777-9"),
    ("The airline retired its last 747-400ERs.", "747-400ERs"),
])
def test_plane_models_are_codes(text: str, span: str) -> None:
    got = _read(text)
    assert any(sp == span and kind == "code" for sp, kind, _ in got)
    assert not any(kind in ("decade", "score") for _, kind, _ in got)


def test_a_decade_after_mid_stays_a_decade() -> None:
    assert any(kind == "decade" for _, kind, _ in _read("Sales peaked in the mid-1980s."))


@pytest.mark.parametrize("text", [
    "Park carded 68 to end alone in second at 14 under.",
    "She has placed first or second in nine of her 12 events.",
    "After the third stage he stayed in second, 20 seconds down.",
])
def test_second_as_a_place(text: str) -> None:
    assert ("second", "ordinal", "ordinal:2") in _read(text)


@pytest.mark.parametrize("text", [
    "The van was stuck in second gear.",
    "Wait a second or two before you press it.",
])
def test_second_that_is_no_place(text: str) -> None:
    assert ("second", "ordinal", "ordinal:2") not in _read(text)


@pytest.mark.parametrize(("text", "span", "key"), [
    ("Antarctic ice covered 14.2m sq km at its peak.", "14.2m", "cardinal:14200000"),
    ("The reservoir holds 3.5m cubic metres.", "3.5m", "cardinal:3500000"),
])
def test_a_glued_million_before_an_area_or_volume(text: str, span: str, key: str) -> None:
    assert (span, "cardinal", key) in _read(text)


def test_metres_before_a_noun_stay_metres() -> None:
    assert ("400", "cardinal", "cardinal:400") in _read("She won the 400m hurdles.")


@pytest.mark.parametrize("text", [
    "She broke serve at the first opportunity and held on.",
    "Call a doctor at the first sign of a rash.",
])
def test_at_the_first_opportunity_is_an_idiom(text: str) -> None:
    assert all(m.vague for m in find_numbers(text) if m.text == "first")


def test_the_first_chance_of_a_match_keeps_its_rank() -> None:
    got = [m for m in find_numbers("He missed the first chance of the game.") if m.text == "first"]
    assert got and not got[0].vague
