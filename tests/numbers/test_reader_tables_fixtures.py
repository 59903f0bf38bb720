"""Tables typed with spaces and fixture lists (blind batch b21: league tables, fixture
lists, press-release contact lines): cells apart, 24-hour kick-off times with a dot."""

from __future__ import annotations

import pytest

from massmob_nlp.numbers.table import find_numbers


def _read(text: str, lang: str = "en") -> list[tuple[str, str, str | None]]:
    return [(m.text, m.kind, m.key) for m in find_numbers(text, lang)]


def test_space_typed_cells_are_no_score() -> None:
    row = "Hull City     12   4   3   5   14   19   -5   15"
    got = _read(row)
    assert ("-5", "cardinal", "cardinal:-5") in got
    assert not [k for _, kind, k in got if kind == "score"]


def test_a_score_keeps_one_space_around_its_dash() -> None:
    got = _read("Hull won 3 - 1 at home and drew 2–2 away.")
    assert [k for _, kind, k in got if kind == "score"] == ["score:3-1", "score:2-2"]


def test_thai_table_row_with_a_signed_cell_is_no_phone() -> None:
    row = "4      ราชบุรี เอฟซี     12     6     3     3     +8      21"
    got = _read(row, "th")
    assert not [k for _, kind, k in got if kind == "code"]
    assert [t for t, _, _ in got][-2:] == ["8", "21"]


def test_an_international_phone_number_is_one_code() -> None:
    got = _read("Media enquiries: +66 2 123 4567 or press@example.com")
    assert got == [("+66 2 123 4567", "code", "code:021234567")]


@pytest.mark.parametrize(("text", "lang"), [
    ("Bookings: +84 28 3822 1199 during office hours.", "en"),
    ("จองได้ที่ 028 3822 1199 ในเวลาทำการ", "th"),
    ("Bookings: +84 (0)28 3822 1199 during office hours.", "en"),
])
def test_a_phone_number_dialled_from_abroad_or_at_home_is_one_code(text: str,
                                                                    lang: str) -> None:
    assert [k for _, kind, k in _read(text, lang) if kind == "code"] == ["code:02838221199"]


@pytest.mark.parametrize(("text", "clock"), [
    ("Saturday: Hull v Leeds, 17.30; Ratchaburi v Port FC, 19.00.", ["17:30", "19:00"]),
    ("Sunday fixture: Lamphun Warriors vs Chiang Mai United (18.45)", ["18:45"]),
    ("Cup final at Rajamangala Stadium, KO 20.00", ["20:00"]),
])
def test_dotted_kick_off_times_in_fixture_lists(text: str, clock: list[str]) -> None:
    assert [k for _, kind, k in _read(text) if kind == "time"] == [f"time:{c}" for c in clock]


def test_a_decimal_after_no_fixture_stays_a_number() -> None:
    got = _read("The index gained 17.30 points while Hull shares rose 12.50 pence.")
    assert got[0] == ("17.30", "cardinal", "cardinal:17.3")
    assert all(kind != "time" for _, kind, _ in got)


def test_a_signed_cell_after_wide_spaces_is_no_range() -> None:
    row = "12     ลำพูน วอริเออร์     12    3    2     7    -11     11"
    got = _read(row, "th")
    assert ("-11", "cardinal", "cardinal:-11") in got
    assert all(kind != "range" for _, kind, _ in got)
    assert ("10 - 12", "range", "range:10-12") in _read("Expect 10 - 12 storms this year.")


def test_a_thai_landline_with_its_zero_set_apart_is_one_phone() -> None:
    got = _read("Provincial office, 12 Nimmanhaemin Road. Tel. 0 5321 8899 | Fax 0 5321 8890")
    assert [k for _, kind, k in got if kind == "code"] == ["code:053218899", "code:053218890"]
    assert _read("The score stayed 0 after 1200 minutes.")[0] == ("0", "cardinal", "cardinal:0")


def test_an_international_number_with_a_trunk_zero_in_brackets_is_one_phone() -> None:
    got = _read("Press office: Tel +44 (0) 20 7946 0321 | Fax +44 (0)20 7946 0322")
    assert [k for _, kind, k in got if kind == "code"] == ["code:02079460321",
                                                          "code:02079460322"]


@pytest.mark.parametrize(("text", "keys"), [
    ("Ticket office hours: 07.30-18.00 on weekdays.", ["time:07:30-18:00"]),
    ("The library is open Mon-Sat 9.00-19.30.", ["time:09:00-19:30"]),
    ("Clinic times: 8.30-11.30 and 13.00-15.30", ["time:08:30-11:30", "time:13:00-15:30"]),
])
def test_dotted_opening_hours_are_clock_spans(text: str, keys: list[str]) -> None:
    assert [k for _, kind, k in _read(text) if kind == "time"] == keys


@pytest.mark.parametrize("text", [
    "Bond yields moved between 0.25-0.50 over the quarter.",
    "Shares traded at 08.50-09.10 baht all morning.",
    "Marks of 12.50-13.75 earn a pass.",
])
def test_dotted_spans_without_a_clock_cue_stay_numbers(text: str) -> None:
    assert all(kind != "time" for _, kind, _ in _read(text))


@pytest.mark.parametrize(("text", "lang", "key"), [
    ("For bookings call 02-555-0199 ext. 318 on any weekday.", "en", "code:025550199x318"),
    ("สอบถามโทร. 0-2555-0199 ต่อ 318 ในเวลาราชการ", "th", "code:025550199x318"),
])
def test_a_phone_extension_is_part_of_the_number(text: str, lang: str, key: str) -> None:
    assert [(kind, k) for _, kind, k in _read(text, lang)] == [("code", key)]


def test_thin_spaces_around_a_score_dash_still_make_a_score() -> None:
    got = _read("Hull won 2\u2009–\u20090 and Leeds drew 1\u202f-\u202f1.")
    assert [k for _, kind, k in got if kind == "score"] == ["score:2-0", "score:1-1"]
