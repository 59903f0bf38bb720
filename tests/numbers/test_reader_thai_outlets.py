"""Number forms of English written by Thai outlets and their Thai translations (our own
sentences): Buddhist-Era years glossed in English, amounts used as hyphenated
adjectives, vote tallies, "a distant second", a decimal before
"out of", and "over" before a length of time meaning "across"."""

from __future__ import annotations

import pytest

from massmob_nlp.numbers.table import find_numbers


def _found(text: str, lang: str = "en") -> list[tuple[str, str | None]]:
    return [(m.text, m.key) for m in find_numbers(text, lang)]


# ------------------------------------------------------- Buddhist-Era years
@pytest.mark.parametrize("text,mention", [
    ("The temple was built in 1809 (B.E. 2352) by royal decree.", ("2352", "year:1809")),
    ("the fiscal BE 2568 budget bill", ("2568", "year:2025")),
    ("The charter dates from 2475 B.E., the year of the revolution.", ("2475", "year:1932")),
    ("Records from Buddhist Era 2310 describe the siege.", ("2310", "year:1767")),
    ("The canal was dug in B.E.2380 under King Rama III.", ("2380", "year:1837")),
])
def test_english_be_marker_makes_a_year_of_any_size(text: str, mention: tuple[str, str]) -> None:
    assert mention in _found(text)


def test_ce_gloss_after_a_be_year_is_a_year() -> None:
    assert ("1767", "year:1767") in _found("the fall of Ayutthaya in B.E. 2310 (1767)")


def test_be_letters_are_no_marker_before_a_small_count() -> None:
    assert _found("LET IT BE 100 times") == [("100", "cardinal:100")]


# -------------------------------------------------- hyphenated money amounts
@pytest.mark.parametrize("text,mention", [
    ("The cabinet approved a 2.75-billion-baht relief package on Tuesday.",
     ("2.75-billion-baht", "money:2750000000:THB")),
    ("Each family gets a 5,000-baht cash handout.", ("5,000-baht", "money:5000:THB")),
    ("It signed a 40-million-dollar deal with a Japanese firm.",
     ("40-million-dollar", "money:40000000:USD")),
    ("Drivers face a 200-euro fine.", ("200-euro", "money:200:EUR")),
])
def test_hyphenated_amount_is_money(text: str, mention: tuple[str, str]) -> None:
    assert mention in _found(text)


def test_hyphenated_pound_stays_a_weight() -> None:
    assert _found("She carried a 20-pound sack of rice.") == [("20", "cardinal:20")]


# ------------------------------------------------------------ vote tallies
@pytest.mark.parametrize("text,mention", [
    ("The court ruled by seven votes to two that the law was void.",
     ("seven votes to two", "score:7-2")),
    ("The bill passed its first reading by 398 votes to 0.", ("398 votes to 0", "score:398-0")),
    ("The panel voted four to one against the merger.", ("four to one", "score:4-1")),
])
def test_english_vote_tally_is_one_score(text: str, mention: tuple[str, str]) -> None:
    assert mention in _found(text)


@pytest.mark.parametrize("text,mention", [
    ("ที่ประชุมมีมติ 7 ต่อ 2 ให้ยกคำร้อง", ("7 ต่อ 2", "score:7-2")),
    ("ศาลมีมติ ๗ ต่อ ๒ เสียง", ("๗ ต่อ ๒", "score:7-2")),
])
def test_thai_vote_after_resolution_word_is_a_score(text: str, mention: tuple[str, str]) -> None:
    found = _found(text, "th")
    assert mention in found
    assert not any(k is not None and k.startswith("code:") for _, k in found)


def test_thai_resolution_number_stays_a_code() -> None:
    assert ("12", "code:12") in _found("ตามมติที่ 12 ของที่ประชุม", "th")


def test_voted_ages_are_no_tally() -> None:
    assert not any(k is not None and k.startswith("score:")
                   for _, k in _found("people who voted 18 to 20 times"))


# ------------------------------------------------------------ second place
@pytest.mark.parametrize("text", [
    "The Democrat candidate came a distant second with 120,400 votes.",
    "Kenya's runner finished a close second behind the Olympic champion.",
])
def test_a_distant_second_is_the_rank(text: str) -> None:
    assert ("second", "ordinal:2") in _found(text)


# ------------------------------------------------ decimals before "out of"
def test_decimal_score_out_of_a_hundred_keeps_its_digits() -> None:
    # the score keeps its digits; the top of the scale is the scale key (numbers/scales.py)
    assert _found("The school scored 81.4 out of 100 for teaching.") == [
        ("81.4", "cardinal:81.4"), ("100", "scale:100")]


def test_counts_out_of_stay_two_counts() -> None:
    assert _found("two out of five voters") == [("two", "cardinal:2"), ("five", "cardinal:5")]


# ---------------------------------------------- "over" before a length of time
@pytest.mark.parametrize("text,qual", [
    ("The fair was staged over four days in the old city.", None),
    ("Heavy rain fell over two days across the North.", None),
    ("The plan will cost Bt1.5 trillion over seven years.", None),
    ("He was detained for over four days without charge.", "over"),
    ("the longest dry spell in over 20 years", "over"),
    ("The meeting lasted over three hours.", "over"),
])
def test_over_before_a_duration(text: str, qual: str | None) -> None:
    durations = [m for m in find_numbers(text, "en") if m.kind == "duration"]
    assert len(durations) == 1 and durations[0].qualifier == qual


# ---------------------------------------------------- Roman numerals in names
@pytest.mark.parametrize("text,found", [
    ("Deputy minister Trần Văn Sơn said on Friday.", []),
    ("The court jailed Lê Văn Hòa, 61, for bribery.", [("61", "cardinal:61")]),
    ("Judges fined Võ Tấn Lực, 47, on Monday.", [("47", "cardinal:47")]),
])
def test_vietnamese_middle_names_hold_no_roman_five(
        text: str, found: list[tuple[str, str]]) -> None:
    assert _found(text) == found


def test_regnal_numbers_stay() -> None:
    assert ("VII", "ordinal:7") in _found("King Rama VII granted the constitution.")


# ------------------------------------------------ ลบ. (million baht) and ลบ.ม.
@pytest.mark.parametrize("text,mention", [
    ("อ่างเก็บน้ำมีน้ำ 812 ล้าน ลบ.ม. คิดเป็น 64%", ("812 ล้าน", "cardinal:812000000")),
    ("กรมชลฯ ระบายน้ำ 1,850 ลบ.ม./วินาที", ("1,850", "cardinal:1850")),
    ("บริษัทมีกำไรสุทธิ 340 ลบ. ในไตรมาสนี้", ("340 ลบ.", "money:340000000:THB")),
])
def test_thai_cubic_metres_are_no_million_baht(text: str, mention: tuple[str, str]) -> None:
    assert mention in _found(text, "th")


# --------------------------------------------- "first" before a count of periods
@pytest.mark.parametrize("text", ["Car sales fell 8% in the first seven months of the year.",
                                  "Arrivals in the first 20 days of March topped 2 million."])
def test_first_before_a_count_of_periods_is_vague(text: str) -> None:
    firsts = [m for m in find_numbers(text, "en") if m.key == "ordinal:1"]
    assert len(firsts) == 1 and firsts[0].vague


def test_first_before_a_single_period_stays() -> None:
    firsts = [m for m in find_numbers("It was the first time in 12 years.", "en")
              if m.key == "ordinal:1"]
    assert len(firsts) == 1 and not firsts[0].vague


# ------------------------------------------------ square and cubic units in ASCII
@pytest.mark.parametrize("text,found", [
    ("PM2.5 stood at 71.3 µg/m3 on Monday.", [("PM2.5", "code:2.5"), ("71.3", "cardinal:71.3")]),
    ("Condos sell for 150,000 baht per m2 in Sathorn.",
     [("150,000 baht", "money:150000:THB")]),
    ("The reservoir released 900 m3 a second.", [("900", "cardinal:900")]),
])
def test_ascii_unit_powers_are_no_codes(text: str, found: list[tuple[str, str]]) -> None:
    assert _found(text) == found


def test_chip_name_with_digit_stays_a_code() -> None:
    assert ("M2", "code:2") in _found("The laptop runs on an Apple M2 chip.")


# ----------------------------------------------------------- Thai lunar days
@pytest.mark.parametrize("text,mention", [
    ("พิธีจัดขึ้นในวันขึ้น 3 ค่ำ เดือน 6", ("ขึ้น 3 ค่ำ", "ordinal:3")),
    ("ตรงกับวันแรม 14 ค่ำ เดือน 11", ("แรม 14 ค่ำ", "ordinal:14")),
])
def test_thai_lunar_day_is_a_rank(text: str, mention: tuple[str, str]) -> None:
    assert mention in _found(text, "th")


def test_rise_by_an_amount_is_no_lunar_day() -> None:
    assert _found("ราคาน้ำมันขึ้น 3 บาท", "th") == [("3 บาท", "money:3:THB")]
