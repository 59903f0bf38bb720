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
    assert keys == ["time:21:00-05:00"]  # one span, as Thai 21.00-05.00 น.


@pytest.mark.parametrize("text,key", [
    ("The castle was built in 1700 by a duke.", "year:1700"),
    ("Some 1500 hours of footage were filmed.", "duration:1500:hour"),
    ("In 2000 the club had 1200 members.", "cardinal:1200"),
    ("In 2015 local councils voted.", "year:2015"),
])
def test_four_digits_without_a_zone_are_no_time(text, key):
    keys = _keys(text)
    assert key in keys and not any(k.startswith("time:") for k in keys)


def test_four_digit_clock_joins_thai_clock():
    assert _keys("The rally began at 0830 GMT.") == _keys("การชุมนุมเริ่มเวลา 08.30 น.", "th")


# ------------------------------------------------------------ signs
@pytest.mark.parametrize("text,lang,mention,key", [
    ("Overnight it fell to -7C in the hills.", "en", "-7", "cardinal:-7"),
    ("Lows of minus 12 degrees are expected.", "en", "minus 12", "cardinal:-12"),
    ("The lake froze at −4°C.", "en", "−4", "cardinal:-4"),
    ("Output shrank by -1.8% in May.", "en", "-1.8%", "percent:-1.8"),
    ("Readings ran from -3 to 6 degrees.", "en", "-3 to 6", "range:-3-6"),
    ("คืนนี้อุณหภูมิต่ำสุด -7 องศา", "th", "-7", "cardinal:-7"),
    ("ยอดส่งออกติดลบ 1.8%", "th", "ติดลบ 1.8%", "percent:-1.8"),
    ("อุณหภูมิลดลงถึงลบ 12 องศาเซลเซียส", "th", "ลบ 12", "cardinal:-12"),
])
def test_a_minus_sign_is_read(text, lang, mention, key):
    assert (mention, key) in [(m[0], m[1]) for m in _read(text, lang)]


@pytest.mark.parametrize("text,lang,key", [
    ("Leeds won 4-1 at home.", "en", "score:4-1"),
    ("Voters aged 25-34 were asked.", "en", "range:25-34"),
    ("The error margin is plus or minus 2%.", "en", "percent:2"),
    ("ผลสำรวจคลาดเคลื่อนบวกลบ 2%", "th", "percent:2"),
])
def test_a_dash_or_margin_is_no_sign(text, lang, key):
    assert key in _keys(text, lang)


# ------------------------------------------------------------ names that hold numbers
@pytest.mark.parametrize("text,mention", [
    ("Thieves robbed a 7-Eleven on Main Road.", "7-Eleven"),
    ("Seven-Eleven plans more shops.", "Seven-Eleven"),
    ("The Formula One season opens in March.", "One"),
    ("Audits by the Big Four firms were late.", "Four"),
])
def test_numbers_inside_names_are_vague(text, mention):
    found = {m[0]: m[3] for m in _read(text)}
    assert found.get(mention) is True
    assert not [k for k in _keys(text) if k != "cardinal:20"]


def test_a_name_particle_is_no_number():
    assert _keys("Fans cheered Erik ten Hag at the final.") == []


@pytest.mark.parametrize("text,key", [
    ("Ten-man City held on for a point.", "cardinal:10"),
    ("The battle turned World War Two.", "cardinal:2"),
    ("Viewers of Channel Four complained.", "cardinal:4"),
    ("Four Killed As Storm Hits Coast", "cardinal:4"),
])
def test_counts_and_labels_stay_numbers(text, key):
    assert key in _keys(text)


# ------------------------------------------------------------ fiscal years, seasons
@pytest.mark.parametrize("text,mention,key", [
    ("Losses widened in FY2025.", "FY2025", "year:2025"),
    ("Losses widened in FY25.", "FY25", "year:2025"),
    ("The FY2024/25 budget was cut.", "FY2024/25", "year_range:2024-2025"),
    ("She scored 30 goals in the 2022/23 season.", "2022/23", "year_range:2022-2023"),
    ("Exports for 2022-23 grew.", "2022-23", "year_range:2022-2023"),
    ("The 2018/2019 accounts were late.", "2018/2019", "year_range:2018-2019"),
])
def test_fiscal_years_and_seasons_are_years(text, mention, key):
    assert (mention, key) in [(m[0], m[1]) for m in _read(text)]


def test_a_fiscal_year_joins_the_thai_budget_year():
    assert _keys("Spending rose in FY2024.") == _keys("รายจ่ายเพิ่มขึ้นในปีงบประมาณ 2567", "th")


def test_a_named_day_is_no_fraction():
    assert _keys("Security changed after 9/11.") == ["date:--09-11"]
    assert "fraction:2/3" in _keys("It rose by 2/3 of the total.")


# ------------------------------------------------------------ ranks
@pytest.mark.parametrize("text,key", [
    ("He lost to the world No. 2 in Rome.", "ordinal:2"),
    ("She remains world number one.", "ordinal:1"),
    ("The No. 4 seed was knocked out.", "ordinal:4"),
    ("Her horse finished second at Ascot.", "ordinal:2"),
    ("They ended in second place.", "ordinal:2"),
])
def test_ranks_are_ordinals(text, key):
    assert key in _keys(text)


@pytest.mark.parametrize("text", [
    "Police arrested a second suspect.",
    "He stopped for a second.",
    "She visited for a second time.",
])
def test_second_without_a_rank_is_no_rank(text):
    # "a second suspect" may be vague (it joins a Thai ครั้งที่สอง), never a plain rank
    assert "ordinal:2" not in [m.key for m in find_numbers(text, "en") if not m.vague]


def test_a_rank_joins_thai_rank_by_value():
    en_ = [m for m in find_numbers("She beat the world No. 1.", "en")]
    th_ = [m for m in find_numbers("เธอเอาชนะมือ 1 ของโลก", "th")]
    assert [m.value for m in en_] == [m.value for m in th_] == [1.0]


def test_a_house_number_stays_a_code():
    assert _keys("Crowds gathered outside No. 10 Downing Street.") == ["code:10"]


# ------------------------------------------------------------ results in words
@pytest.mark.parametrize("text,key", [
    ("The derby ended in a goalless draw.", "score:0-0"),
    ("It was a scoreless game.", "score:0-0"),
    ("Wales won one-nil in Cardiff.", "score:1-0"),
    ("They drew two-all at home.", "score:2-2"),
    ("She levelled at one set all.", "score:1-1"),
])
def test_results_in_words_are_scores(text, key):
    assert _keys(text) == [key]


def test_goalless_joins_thai_nil_nil():
    assert _keys("A goalless draw at Anfield.") == _keys("เสมอกัน 0-0 ที่แอนฟิลด์", "th")


# ------------------------------------------------------------ glued units and scales
@pytest.mark.parametrize("text,mention,value", [
    ("About 2.4m people live in the city.", "2.4m", 2_400_000.0),
    ("Some 40k fans came.", "40k", 40_000.0),
    ("The phone has 256GB of storage.", "256", 256.0),
    ("Chips are made on a 3nm process.", "3", 3.0),
    ("It has a 6.1in screen.", "6.1", 6.1),
    ("A stamp costs 12p more.", "12p", 0.12),  # pence: money in pounds
    ("Gusts hit 70mph.", "70", 70.0),
])
def test_glued_units_and_scales_are_read(text, mention, value):
    assert (mention, value) in [(m[0], m[2]) for m in _read(text)]


@pytest.mark.parametrize("text", ["She won the 400m hurdles.", "A 5k run for charity."])
def test_a_glued_m_or_k_of_a_distance_is_no_scale(text):
    assert all(m[2] < 1000 for m in _read(text))


# ------------------------------------------------------------ no false ranges
def test_an_amount_and_a_count_are_no_range():
    assert _keys("The firm paid $5m to 300 workers.") == ["money:5000000:USD", "cardinal:300"]
    assert _keys("Between 2 and 3 million people voted.") == ["range:2000000-3000000"]


@pytest.mark.parametrize("text,key", [
    ("The fair runs from 9 to 20 December.", "date:--12-09/--12-20"),
    ("Talks run March 3 to 7, 2025.", "date:2025-03-03/2025-03-07"),
])
def test_day_ranges_in_words_are_one_date(text, key):
    assert _keys(text) == [key]


@pytest.mark.parametrize("text,key", [
    ("She won the marathon in 2:18:41.", "duration:8321:second"),
    ("He ran the mile in 3:47.25.", "duration:227.25:second"),
])
def test_race_times_are_durations(text, key):
    assert _keys(text) == [key]


def test_a_race_time_joins_thai_hours_minutes_seconds():
    assert _keys("She won in 2:18:41.") == _keys("เธอชนะด้วยเวลา 2 ชั่วโมง 18 นาที 41 วินาที", "th")


def test_a_clock_time_with_seconds_stays_a_time():
    assert _keys("The plane hit the tower at 08:46:40.") == ["time:08:46"]


def test_a_name_with_a_length_of_time_keeps_it():
    assert _keys("The town burned in the Seven Years' War.") == ["duration:7:year"]


def test_days_between_are_a_range_and_listed_days_are_not():
    assert _keys("Polls ran between 3 and 21 February.") == ["date:--02-03/--02-21"]
    assert "date:--05-09" in _keys("Drivers strike on 7, 8 and 9 May.")


@pytest.mark.parametrize("text,keys", [
    ("Discounters take one in five pounds spent on food.", ["cardinal:1", "cardinal:5"]),
    ("Three out of four voters agreed.", ["cardinal:3", "cardinal:4"]),
    ("He scored two in five minutes.", ["cardinal:2", "duration:5:minute"]),
])
def test_proportions_are_two_counts(text, keys):
    assert _keys(text) == keys


def test_the_mid_twenties_is_about_25_not_a_decade():
    found = find_numbers("Highs will ease to the mid-20s by Friday.", "en")
    assert [(m.key, m.qualifier) for m in found] == [("cardinal:25", "about")]
    assert _keys("In the low 30s.") == []  # vague
    assert _keys("Jazz boomed in the mid-1920s.") == ["decade:1920"]
    assert _keys("She is in her mid-30s.") == ["range:30-39"]


def test_age_groups_carry_their_qualifier():
    found = find_numbers("Free bus passes for the over-60s end in May.", "en")
    first = found[0]
    assert (first.text, first.key, first.qualifier) == ("over-60s", "cardinal:60", "at_least")
    assert [m.qualifier for m in find_numbers("The under-16s play today.", "en")] == ["under"]


@pytest.mark.parametrize("text,key", [
    ("Of the 40 staff, a quarter were on leave.", "fraction:1/4"),
    ("About a third have no car.", "fraction:1/3"),
    ("Most voters backed him, but a fifth are undecided.", "fraction:1/5"),
])
def test_a_singular_part_before_a_plural_verb_is_a_fraction(text, key):
    assert key in _keys(text)


def test_a_singular_part_before_was_stays_an_ordinal():
    assert _keys("Two men died and a third was taken to hospital.") == [
        "cardinal:2", "ordinal:3"]


def test_a_fahrenheit_temperature_glued_without_degree_sign_is_read():
    assert _keys("Night fell to -12C (10F) and the day reached 41°F.") == [
        "cardinal:-12", "cardinal:10", "cardinal:41"]
