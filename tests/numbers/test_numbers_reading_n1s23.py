"""Session 23 reader rules (N1): a percent band whose top is a bound is one range in
English, Thai and Vietnamese, after "from" too. Sentences written for these tests."""

from __future__ import annotations

import pytest

from massmob_nlp.numbers.table import find_numbers


def _read(text: str, lang: str | None = None) -> list[tuple[str, str, str | None]]:
    return [(m.text, m.kind, m.key) for m in find_numbers(text, lang)]


@pytest.mark.parametrize(("text", "lang", "span", "key"), [
    ("Các hộ được giảm thuế từ 3% đến dưới 8% tùy theo thu nhập.", "vi",
     "3% đến dưới 8%", "percent:3-8"),
    ("Mức phí tăng từ 4% tới không quá 12% phải được Bộ Tài chính duyệt.", "vi",
     "4% tới không quá 12%", "percent:4-12"),
    ("Landlords may lift rents from 3% to less than 8% without a hearing.", "en",
     "3% to less than 8%", "percent:3-8"),
    ("เจ้าของอาคารขึ้นค่าเช่าได้จากร้อยละ 3 ถึงไม่ถึงร้อยละ 8 โดยไม่ต้องขออนุญาต", "th",
     "ร้อยละ 3 ถึงไม่ถึงร้อยละ 8", "percent:3-8"),
])
def test_a_band_with_a_bound_on_its_top_is_one_range(text: str, lang: str, span: str,
                                                      key: str) -> None:
    assert (span, "percent", key) in _read(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("Lãi suất cho vay tăng từ 3% lên dưới 8% trong năm.", "vi"),
    ("Giá cước tăng từ 3% đến 8%.", "vi"),
    ("Mortgage rates rose from 3% to less than 8% in a year.", "en"),
])
def test_a_change_from_one_level_to_another_stays_two_numbers(text: str, lang: str) -> None:
    assert not any(k and "-" in k.split(":")[1] for _, _, k in _read(text, lang))


@pytest.mark.parametrize(("text", "value"), [
    ("The challenger weighed in at 160.4 pounds, under the division's ceiling.", 160.4),
    ("Both fighters weighed in on Friday morning, the champion at 125.8 pounds.", 125.8),
    ("She missed the 116-pound limit by half a pound.", 116),
    ("The rover carries 2,300 pounds (1,040 kilograms) of instruments.", 2300),
    ("นักชกมีน้ำหนัก 147 ปอนด์ในวันชั่งตัว", 147),
])
def test_pounds_of_weight_are_a_mass(text: str, value: float) -> None:
    got = [(m.kind, m.unit) for m in find_numbers(text) if m.value == value]
    assert got == [("cardinal", "lb")]


@pytest.mark.parametrize("text", [
    "The striker weighed up a move and signed for 40 million pounds.",
    "She was handed a 60-pound fine for dropping litter.",
    "Tickets cost 85 pounds each.",
])
def test_pounds_spent_stay_money_or_bare(text: str) -> None:
    assert not any(m.unit == "lb" for m in find_numbers(text))


@pytest.mark.parametrize(("text", "lang"), [
    ("He retained the ONE flyweight belt in Singapore.", "en"),
    ("ศึก ONE Friday Fights กลับมาที่เวทีราชดำเนิน", "th"),
])
def test_a_number_word_in_capitals_among_lower_case_is_a_name(text: str, lang: str) -> None:
    assert _read(text, lang) == []


def test_a_number_word_in_a_line_of_capitals_is_still_a_number() -> None:
    assert ("THREE", "cardinal", "cardinal:3") in _read("THREE HURT IN FACTORY BLAST", "en")


@pytest.mark.parametrize(("text", "lang", "key"), [
    ("ทีมเยือนไล่มาเป็น 2-3 ในนาทีที่ 70", "th", "score:2-3"),
    ("Silva curled in a free-kick to make it 1-2 before the break.", "en", "score:1-2"),
    ("The visitors equalised at 2-2 late on.", "en", "score:2-2"),
])
def test_a_scoreline_after_a_goal_that_changes_it(text: str, lang: str, key: str) -> None:
    assert ("score", key) in [(kind, k) for _, kind, k in _read(text, lang)]


def test_a_range_after_a_thai_word_for_dismissal_stays_a_range() -> None:
    assert ("range", "range:3-4") in [(kind, k) for _, kind, k in
                                     _read("โรงงานไล่ออกคนงาน 3-4 คนต่อเดือน", "th")]


@pytest.mark.parametrize("text", [
    "The appeal follows a first-instance ruling in March.",
    "The court of first instance cleared all five of them.",
])
def test_first_instance_is_the_trial_court_no_rank(text: str) -> None:
    firsts = [m for m in find_numbers(text, "en") if m.text.lower() == "first"]
    assert firsts and all(m.vague for m in firsts)


def test_thai_top_n_holds_no_first_of_its_own() -> None:
    got = _read("สโมสรหลุดจากกลุ่มห้าอันดับแรกเป็นครั้งแรกในฤดูกาลนี้", "th")
    assert [k for _, kind, k in got if kind == "ordinal"] == ["ordinal:1"]
    assert ("ห้า", "cardinal", "cardinal:5") in got


def test_a_first_print_run_is_a_term() -> None:
    firsts = [m for m in find_numbers("หนังสือเล่มนี้พิมพ์ครั้งแรก 2,000 เล่ม", "th")
              if m.kind == "ordinal"]
    assert firsts and all(m.vague for m in firsts)


def test_a_longlist_is_a_vague_first() -> None:
    got = [(m.text, m.key, m.vague) for m in find_numbers("The panel named a longlist of 15.")]
    assert ("longlist", "ordinal:1", True) in got


@pytest.mark.parametrize(("text", "key"), [
    ("Climate scientists warn 2029 could be hotter still.", "year:2029"),
    ("Most economists think 2028 might bring a recovery.", "year:2028"),
    ("About 2,028 might lose their homes.", "cardinal:2028"),
])
def test_a_bare_year_before_a_modal_is_the_subject(text: str, key: str) -> None:
    assert key in [k for _, _, k in _read(text, "en")]


@pytest.mark.parametrize(("text", "key"), [
    ("Late drama: Osei wins it at 90+3 for the hosts", "ordinal:93"),
    ("Mendy pulled one back in 45+2.", "ordinal:47"),
])
def test_a_stoppage_minute_after_at_or_in(text: str, key: str) -> None:
    assert key in [k for _, _, k in _read(text, "en")]


def test_a_sum_with_spaces_is_no_stoppage_minute() -> None:
    assert not any(k == "ordinal:92" for _, _, k in _read("The bill came in at 90 + 2 euros.",
                                                             "en"))


@pytest.mark.parametrize(("text", "lang", "key"), [
    ("Leeds (3-5-2): Perri; Rodon, Struijk, Bijol", "en", "code:352"),
    ("The coach switched to a 4-4-2 at half-time.", "en", "code:442"),
    ('กระทรวงใช้แผน "95-80-95" เพื่อลดโรค', "th", "code:958095"),
])
def test_a_chain_of_three_or_more_numbers_is_one_code(text: str, lang: str, key: str) -> None:
    got = _read(text, lang)
    assert [k for _, kind, k in got if kind in ("code", "score", "cardinal")] == [key]


@pytest.mark.parametrize("text", [
    "The board voted 7-1-1 to approve it.",
    "The assembly passed the budget 21-4-3 on Friday.",
])
def test_a_tally_stays_a_result(text: str) -> None:
    assert not any(kind == "code" for _, kind, _ in _read(text, "en"))


@pytest.mark.parametrize(("text", "key"), [
    ("The ratio was highest in the delta at 2.15 last year.", "cardinal:2.15"),
    ("Its fertility rate stood at 1.48, a record low.", "cardinal:1.48"),
    ("The minister speaks at 2.30 on Friday.", "time:02:30"),
])
def test_a_level_at_a_dotted_number_is_no_clock(text: str, key: str) -> None:
    assert key in [k for _, _, k in _read(text, "en")]
