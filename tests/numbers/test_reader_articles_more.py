"""Number forms met in whole news articles of science, history, health and sport (our
own sentences): light years, early ones (แรก ๆ), years BC with a thousands separator,
the Rattanakosin era (ร.ศ.), fractions before a comparative, cricket's one-day format."""

from __future__ import annotations

import pytest

from massmob_nlp.numbers.table import find_numbers


def _keys(text: str, lang: str) -> list[str | None]:
    return [m.key for m in find_numbers(text, lang) if not m.vague]


def test_light_years_are_a_distance_not_years() -> None:
    assert _keys("ดาวหางดวงนี้อยู่ห่างออกไปราว 120 ปีแสง", "th") == ["cardinal:120"]
    assert _keys("The nebula lies some 120 light years away", "en") == ["cardinal:120"]
    assert _keys("เขาทำงานที่นี่มา 12 ปี แล้ว", "th") == ["duration:12:year"]


@pytest.mark.parametrize("text", [
    "ภาพยนตร์ยุคแรก ๆ ของเขาถ่ายทำในเชียงใหม่",
    "รถไฟฟ้ารุ่นแรกๆ ใช้ไฟฟ้าจากรางที่สาม",
])
def test_early_ones_are_no_ordinal(text: str) -> None:
    assert "ordinal:1" not in _keys(text, "th")


def test_first_still_an_ordinal() -> None:
    assert "ordinal:1" in _keys("นี่เป็นครั้งแรกที่ทีมชนะในบ้าน", "th")


@pytest.mark.parametrize("text,lang", [
    ("The village was settled in about 2,500 BC, the team said.", "en"),
    ("หมู่บ้านนี้มีคนอยู่อาศัยตั้งแต่ราว 2,500 ปีก่อนคริสตกาล", "th"),
    ("เครื่องมือหินชิ้นนี้มีอายุราว 2,500 ก่อน ค.ศ.", "th"),
])
def test_years_bc_with_a_thousands_separator(text: str, lang: str) -> None:
    assert "year:-2500" in _keys(text, lang)


def test_years_ago_stay_a_length_of_time() -> None:
    assert _keys("ชุมชนแห่งนี้ก่อตั้งขึ้นเมื่อ 2,500 ปีก่อน", "th") == ["duration:2500:year"]


@pytest.mark.parametrize("text,expected", [
    ("กฎหมายฉบับนี้ประกาศใช้เมื่อ ร.ศ. 130", "year:1911"),
    ("สะพานเหล็กแห่งแรกสร้างเสร็จใน รัตนโกสินทรศก 120", "year:1901"),
    ("เหตุการณ์ ร.ศ.112 ทำให้สยามเสียดินแดน", "year:1893"),
])
def test_rattanakosin_era_years(text: str, expected: str) -> None:
    assert expected in _keys(text, "th")


@pytest.mark.parametrize("text", [
    "Heating bills were a quarter higher than last winter.",
    "Patients on the new drug had a third fewer strokes.",
    "Sales were up a fifth on the year before.",
])
def test_a_part_before_a_comparative_is_a_fraction(text: str) -> None:
    assert any(k is not None and k.startswith("fraction:") for k in _keys(text, "en"))


def test_a_third_before_a_noun_stays_an_ordinal() -> None:
    assert _keys("She is seeking a third term in office.", "en") == ["ordinal:3"]


@pytest.mark.parametrize("text", [
    "Pakistan won the second one-day international in Lahore.",
    "It was her 12th one-day hundred.",
])
def test_cricket_one_day_format_is_no_length_of_time(text: str) -> None:
    assert not any(k is not None and k.startswith("duration:") for k in _keys(text, "en"))


def test_a_one_day_strike_is_a_day() -> None:
    assert "duration:1:day" in _keys("Nurses will hold a one-day strike on Friday.", "en")


@pytest.mark.parametrize("text,lang,expected", [
    ("Rents have doubled since the flats were built.", "en", "cardinal:2"),
    ("ค่าเช่าเพิ่มขึ้นเท่าตัวนับตั้งแต่สร้างอาคาร", "th", "cardinal:2"),
    ("ค่าเช่าเพิ่มขึ้นกว่าเท่าตัวในห้าปี", "th", "cardinal:2"),
])
def test_doubled_is_twice(text: str, lang: str, expected: str) -> None:
    assert expected in _keys(text, lang)


def test_more_than_doubled_is_a_floor() -> None:
    en = [m for m in find_numbers("Fares more than doubled last year.", "en")]
    th = [m for m in find_numbers("ค่าโดยสารเพิ่มขึ้นกว่าเท่าตัวเมื่อปีที่แล้ว", "th")]
    assert (en[0].key, en[0].qualifier) == ("cardinal:2", "over")
    assert (th[0].key, th[0].qualifier) == ("cardinal:2", "over")


def test_a_number_before_times_counts_itself() -> None:
    assert _keys("ราคาพุ่งขึ้นสามเท่าตัว", "th") == ["cardinal:3"]


@pytest.mark.parametrize("text,lang", [
    ("Waiting lists have halved since March.", "en"),
    ("The plan could halve the queue.", "en"),
    ("Profits fell by half.", "en"),
    ("รายชื่อผู้รอคิวลดลงครึ่งหนึ่ง", "th"),
])
def test_halved_is_a_half(text: str, lang: str) -> None:
    assert "fraction:1/2" in _keys(text, lang)


def test_in_half_an_hour_is_a_duration() -> None:
    assert _keys("The bus came in half an hour.", "en") == ["duration:30:minute"]


@pytest.mark.parametrize("text,lang,expected", [
    ("He calls his mother 3 or 4 times a week.", "en", "range:3-4"),
    ("เขาโทรหาแม่สัปดาห์ละ 3 หรือ 4 ครั้ง", "th", "range:3-4"),
    ("The queue moves every 10 or 15 minutes.", "en", "range:10-15"),
])
def test_neighbouring_numbers_with_or_are_a_range(text: str, lang: str, expected: str) -> None:
    assert _keys(text, lang) == [expected]


def test_a_choice_of_two_numbers_stays_two() -> None:
    assert _keys("Take bus 2 or 9 to the station.", "en") == ["cardinal:2", "cardinal:9"]


@pytest.mark.parametrize("text,expected", [
    ("Prices are still below the 2022 peak, the bank said.", "year:2022"),
    ("A 2019 survey found most people agreed.", "year:2019"),
    ("The 2000 people at the rally cheered.", "cardinal:2000"),
    ("The 1500 homes will be finished soon.", "cardinal:1500"),
])
def test_a_year_before_a_singular_noun(text: str, expected: str) -> None:
    assert _keys(text, "en")[0] == expected


@pytest.mark.parametrize("text,expected", [
    ("นักวิ่งชาวเคนยาเข้าเส้นชัยในอันดับ 4", ["ordinal:4"]),
    ("ทีมนี้ติดอันดับ 1 ใน 10 ของโลก", ["cardinal:1", "cardinal:10"]),
])
def test_a_place_after_thai_rank_word(text: str, expected: list[str]) -> None:
    assert _keys(text, "th") == expected


@pytest.mark.parametrize("text", ["ร้านอาหารสิบกว่าร้านปิดกิจการ", "ธนาคารปิดสาขาไปสิบกว่าสาขา"])
def test_over_ten_before_shop_and_branch_classifiers(text: str) -> None:
    found = [m for m in find_numbers(text, "th") if m.key == "cardinal:10"]
    assert found and found[0].qualifier == "over"


@pytest.mark.parametrize("text,expected", [
    ("ร้านจะปิดปรับปรุงระหว่างวันที่ 10 ถึง 14 กรกฎาคม", "date:--07-10/--07-14"),
    ("งานจัดตั้งแต่วันที่ 2 จนถึงวันที่ 5 ต.ค. 2567", "date:2024-10-02/2024-10-05"),
])
def test_thai_day_ranges_with_words(text: str, expected: str) -> None:
    assert _keys(text, "th") == [expected]


def test_thai_percentage_points() -> None:
    assert _keys("อัตราเงินเฟ้อลดลง 1.5 จุดเปอร์เซ็นต์", "th") == ["percent:1.5"]


def test_formal_half_joins_by_half() -> None:
    assert _keys("ศาลลดโทษให้จำเลยกึ่งหนึ่ง", "th") == ["fraction:1/2"]
    assert _keys("The judge cut the fine by half.", "en") == ["fraction:1/2"]


@pytest.mark.parametrize("text,lang,expected", [
    ("Night temperatures will range from -12C to 3C.", "en", "range:-12-3"),
    ("Lows of between -6C and -2C are expected.", "en", "range:-6--2"),
    ("Highs of 31-33C are forecast for Sunday.", "en", "range:31-33"),
    ("The walk is between 6km and 9km long.", "en", "range:6-9"),
    ("อุณหภูมิต่ำสุดระหว่าง -12 ถึง 3 องศาเซลเซียส", "th", "range:-12-3"),
])
def test_ranges_with_a_glued_unit_or_a_minus(text: str, lang: str, expected: str) -> None:
    assert _keys(text, lang) == [expected]


def test_two_units_are_not_one_range() -> None:
    assert _keys("It is between 20C and 70F today.", "en") == ["cardinal:20", "cardinal:70"]


@pytest.mark.parametrize("text,expected", [
    ("ร้านเปิดตั้งแต่ 10.00 ถึง 22.00 น. ทุกวัน", "time:10:00-22:00"),
    ("ถนนปิดตั้งแต่เวลา 06.30 จนถึงเวลา 08.00 น.", "time:06:30-08:00"),
])
def test_thai_time_ranges_with_words(text: str, expected: str) -> None:
    assert _keys(text, "th") == [expected]


def test_a_price_range_with_words_is_no_time() -> None:
    assert _keys("ราคาอยู่ที่ 7.50 ถึง 9.20 บาท", "th") == ["money:7.5-9.2:THB"]


@pytest.mark.parametrize("text,expected", [
    ("ตำรวจจับกุมผู้ต้องสงสัยหนึ่งโหล", "cardinal:12"),
    ("เธอซื้อไข่ไก่ครึ่งโหล", "cardinal:6"),
    ("ร้านสั่งเสื้อ 3 โหล", "cardinal:36"),
])
def test_thai_dozens(text: str, expected: str) -> None:
    assert _keys(text, "th") == [expected]


@pytest.mark.parametrize("text,expected", [
    ("ผลการตรวจจะออกในอีกสองถึงสามวัน", "range:2-3"),
    ("มีผู้ติดค้างอยู่ราวห้าถึงหกคน", "range:5-6"),
])
def test_thai_word_ranges(text: str, expected: str) -> None:
    assert _keys(text, "th") == [expected]


def test_a_word_count_then_digits_is_one_length_of_time() -> None:
    assert _keys("The search lasted two hours and 40 minutes.", "en") == ["duration:160:minute"]


def test_formula_1_is_a_name() -> None:
    found = find_numbers("He won his first Formula 1 race in Monaco.", "en")
    assert [(m.key, m.vague) for m in found if m.text == "1"] == [("code:1", True)]


def test_round_the_clock_is_no_fraction() -> None:
    found = find_numbers("The helpline is open 24/7 during the floods.", "en")
    assert [(m.key, m.vague) for m in found] == [("duration:1:day", True)]


@pytest.mark.parametrize("text,expected", [
    ("Voters rejected the plan for a second time.", ["ordinal:2"]),
    ("Campaigners want a second referendum.", ["ordinal:2"]),
    ("She paused for a second.", []),
])
def test_a_second_before_a_noun_is_a_vague_ordinal(text: str, expected: list[str]) -> None:
    assert [m.key for m in find_numbers(text, "en") if m.vague] == expected


@pytest.mark.parametrize("text,expected", [
    ("He was jailed for 4½ years.", ["duration:54:month"]),
    ("Turnout was ¾ of the 2019 level.", ["fraction:3/4", "year:2019"]),
    ("After a three-and-a-half-year delay the line opened.", ["duration:42:month"]),
])
def test_vulgar_fractions_and_hyphenated_halves(text: str, expected: list[str]) -> None:
    assert _keys(text, "en") == expected


@pytest.mark.parametrize("text,expected", [
    ("The ministry set aside Bt2.5 billion for farmers.", "money:2500000000:THB"),
    ("The club paid 80m euros for the striker.", "money:80000000:EUR"),
    ("The swimmer won the 400m freestyle.", "cardinal:400"),
])
def test_baht_prefix_and_a_scale_letter_before_a_currency(text: str, expected: str) -> None:
    assert _keys(text, "en") == [expected]


def test_halves_as_a_verb_is_a_half() -> None:
    assert _keys("Frost halves the apple crop", "en") == ["fraction:1/2"]
    assert _keys("He scored in both halves of the match.", "en") == []


def test_a_dotted_clock_time_before_in_the_morning() -> None:
    assert _keys("The polls open at 7.30 in the morning.", "en") == ["time:07:30"]


def test_number_ten_the_office_is_vague() -> None:
    found = find_numbers("No 10 said the bill would pass.", "en")
    assert [(m.key, m.vague) for m in found] == [("code:10", True)]
