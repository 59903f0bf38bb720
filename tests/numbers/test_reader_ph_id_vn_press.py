"""Number forms of Philippine, Indonesian and Vietnamese-state-media English and their
Thai translations (our own sentences): the peso ``P``/``₱``/``PHP``/``Php``, the rupiah
``Rp``/``IDR`` (also ``Rp 15.000``), basis points, Philippine law numbers, Vietnamese
document codes with a lower-case issuer or a National Assembly term."""

from __future__ import annotations

import pytest

from massmob_nlp.numbers.table import find_numbers


def _keys(text: str, lang: str) -> list[str | None]:
    return [m.key for m in find_numbers(text, lang) if not m.vague]


def _texts(text: str, lang: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.key) for m in find_numbers(text, lang) if not m.vague]


# ---------------------------------------------------------------- pesos
@pytest.mark.parametrize("text,keys", [
    ("Congress set aside P3.8 billion for the new dialysis centres.",
     ["money:3800000000:PHP"]),
    ("Each displaced family will receive P15,000 in cash aid from the city.",
     ["money:15000:PHP"]),
    ("The bridge project, worth ₱2.1 billion, is due in March.", ["money:2100000000:PHP"]),
    ("The agency asked for PHP 450 million and got Php 300 million.",
     ["money:450000000:PHP", "money:300000000:PHP"]),
    ("The province spent Php1.5 billion on farm roads.", ["money:1500000000:PHP"]),
    ("Daily wages in Metro Manila rise to P695.50 next week.", ["money:695.5:PHP"]),
    ("Galunggong now sells at P240 a kilo in Quezon City markets.", ["money:240:PHP"]),
    ("Commuters face fares of P15 after the LTFRB ruling.", ["money:15:PHP"]),
    ("The port deal is valued at P12B, officials said.", ["money:12000000000:PHP"]),
    ("Senators passed the P6.326-trillion budget and a P750-million calamity fund.",
     ["money:6326000000000:PHP", "money:750000000:PHP"]),
])
def test_peso_amounts(text: str, keys: list[str]) -> None:
    assert _keys(text, "en") == keys


@pytest.mark.parametrize("text,key", [
    ("The P-8 patrol plane flew over the shoal twice.", "code:8"),
    ("Norris started from P1 after a wet qualifying session.", "ordinal:1"),
    ("Parents queued for the P1 registration exercise at dawn.", "code:1"),
])
def test_a_bare_p_without_money_is_no_peso(text: str, key: str) -> None:
    keys = _keys(text, "en")
    assert key in keys and not any(k and k.endswith(":PHP") for k in keys)


def test_pesos_join_their_thai_translation() -> None:
    en = _keys("The government allotted P1.2 billion for rice and P25,000 per farmer.", "en")
    th = _keys("รัฐบาลจัดสรรงบ 1.2 พันล้านเปโซสำหรับข้าว และ 25,000 เปโซต่อเกษตรกรหนึ่งราย", "th")
    assert en == ["money:1200000000:PHP", "money:25000:PHP"]
    assert set(en) <= set(th)


# ---------------------------------------------------------------- rupiah
@pytest.mark.parametrize("text,keys", [
    ("Bank Indonesia injected IDR 2 trillion into the market.", ["money:2000000000000:IDR"]),
    ("Shallots cost Rp 45.000 per kilogram in Surabaya, up from Rp 38.000.",
     ["money:45000:IDR", "money:38000:IDR"]),
    ("The ministry paid Rp3.5 trillion and Rp 15,000 per voter.",
     ["money:3500000000000:IDR", "money:15000:IDR"]),
])
def test_rupiah_amounts(text: str, keys: list[str]) -> None:
    assert _keys(text, "en") == keys


# ---------------------------------------------------------------- basis points
def test_basis_points_are_hundredths_of_a_point() -> None:
    en = _texts("Bank Indonesia cut its rate by 25 basis points after a 50-basis-point "
                "hike last year; bond spreads widened 15bps.", "en")
    assert en == [("25 basis points", "percent:0.25"), ("50-basis-point", "percent:0.5"),
                  ("15bps", "percent:0.15")]
    th = _keys("ธนาคารกลางลดดอกเบี้ยลง 25 จุดพื้นฐาน หรือ 0.25 จุดเปอร์เซ็นต์ "
               "หลังขึ้น 50 เบสิสพอยต์", "th")
    assert th == ["percent:0.25", "percent:0.25", "percent:0.5"]


# ---------------------------------------------------------------- law numbers
@pytest.mark.parametrize("text,keys", [
    ("Senators passed Republic Act 12009, amending RA 9184 and R.A. 7160.",
     ["code:12009", "code:9184", "code:7160"]),
    ("House Bill 8456 and Executive Order No. 41 took effect in June.",
     ["code:8456", "code:41"]),
])
def test_philippine_law_numbers_are_codes(text: str, keys: list[str]) -> None:
    assert _keys(text, "en") == keys


@pytest.mark.parametrize("text,code", [
    ("The Prime Minister's Official Letter 842/TTg-CN urged faster disbursement.",
     "code:842/TTG-CN"),
    ("Land Law No. 31/2024/QH15 takes effect in August.", "code:31/2024/QH15"),
    ("หนังสือราชการเลขที่ ๘๔๒/TTg-CN เร่งรัดการเบิกจ่าย", "code:842/TTG-CN"),
    ("กฎหมายที่ดินเลขที่ 31/2024/QH15 มีผลบังคับใช้เดือนสิงหาคม", "code:31/2024/QH15"),
])
def test_vietnamese_codes_are_one_mention(text: str, code: str) -> None:
    lang = "en" if text.isascii() else "th"
    assert [k for k in _keys(text, lang) if k and k.startswith("code:")] == [code]


@pytest.mark.parametrize("text,key", [
    ("The irrigation fund was raised to P40 billion a year until 2030.",
     "money:40000000000:PHP"),
    ("Its budget was trimmed to P7 million.", "money:7000000:PHP"),
    ("Onion prices fell to P120 per kilo.", "money:120:PHP"),
])
def test_to_p_amount_is_pesos_not_a_race_position(text: str, key: str) -> None:
    assert _keys(text, "en")[0] == key


def test_race_position_after_to_stays_an_ordinal() -> None:
    assert _keys("Russell climbed to P4 after the safety car.", "en") == ["ordinal:4"]


# ---------------------------------------------------------------- pair
def test_the_pair_of_candidates_is_no_count() -> None:
    found = [(m.text, m.key, m.vague)
             for m in find_numbers("The pair took 54 percent, and a pair must win a "
                                   "majority; voters wore a pair of ribbons.", "en")]
    assert found == [("pair", "cardinal:2", True), ("54 percent", "percent:54", False),
                     ("a pair", "cardinal:2", True), ("a pair", "cardinal:2", False)]


# ---------------------------------------------------------------- clock with a zone
@pytest.mark.parametrize("text,keys", [
    ("Figures as of 09.00 WIB put the death toll at 14.", ["time:09:00", "cardinal:14"]),
    ("Rain eased in the 12 hours to 06.00 WITA.", ["duration:12:hour", "time:06:00"]),
    ("Voting closed around 13.00 PHT in Davao.", ["time:13:00"]),
])
def test_dotted_clock_before_a_time_zone(text: str, keys: list[str]) -> None:
    assert _keys(text, "en") == keys


def test_measure_after_at_is_no_clock() -> None:
    assert _keys("The Ciliwung peaked at 4.10 metres on Sunday.", "en") == ["cardinal:4.1"]


# ---------------------------------------------------------------- requests of b12/b13
def _all(text: str, lang: str) -> list[tuple[str, str | None, bool]]:
    return [(m.text, m.key, m.vague) for m in find_numbers(text, lang)]


def test_shooting_lines_hold_two_counts() -> None:
    assert _keys("Abra shot 9-of-31 from the field and Gray went 2-for-11.", "en") == [
        "cardinal:9", "cardinal:31", "cardinal:2", "cardinal:11"]


@pytest.mark.parametrize("text,lang,keys", [
    ("Residents may call (02) 8911-5061 or 2-911-5062 for help.", "en",
     ["code:0289115061", "code:29115062"]),
    ("Dial the hotline 1555-3 for updates.", "en", ["code:15553"]),
    ("ประชาชนโทรสายด่วน 1555-3 ได้ตลอดวัน", "th", ["code:15553"]),
    ("Residents called for the 2026-2030 plan to be scrapped.", "en",
     ["year_range:2026-2030"]),
])
def test_phone_numbers_are_one_code(text: str, lang: str, keys: list[str]) -> None:
    assert _keys(text, lang) == keys


def test_region_i_before_a_verb_is_the_numeral() -> None:
    assert _keys("Wages in Region I will rise, and Zone I was sealed off.", "en") == [
        "ordinal:1", "ordinal:1"]
    assert _keys("In Hanoi I will stay.", "en") == []


def test_disease_names_and_zone_offsets_are_vague() -> None:
    assert _all("Trade beat 2019, before the COVID-19 pandemic, at 9:05 am GMT+7.", "en") == [
        ("2019", "year:2019", False), ("COVID-19", "code:19", True),
        ("9:05 am", "time:09:05", False), ("GMT+7", "code:UTC+7", True)]
    assert _all("ก่อนการระบาดของโควิด-19 (UTC+07:00)", "th") == [
        ("โควิด-19", "code:19", True), ("UTC+07:00", "code:UTC+7", True)]


def test_thai_not_reaching_is_under_and_an_average_exact() -> None:
    rows = [(m.text, m.qualifier) for m in find_numbers(
        "เรือจมในเวลาไม่ถึงครึ่งชั่วโมง ผู้เล่นทำเฉลี่ย 21.5 แต้ม และยังไม่ถึง 40 นาที", "th")]
    assert rows == [("ครึ่งชั่วโมง", "under"), ("21.5", None), ("40 นาที", "under")]


def test_peso_ranges_and_hyphenated_rates() -> None:
    assert _keys("Well-milled rice went from P52 to P60 per kilo under the "
                 "P29-per-kilo scheme; pork sold at P340-P380 a kilo.", "en") == [
        "money:52:PHP", "money:60:PHP", "money:29:PHP", "money:340-380:PHP"]


def test_hyphenated_percent_adjective() -> None:
    assert _keys("Jakarta slapped a 20-percent levy and a 5-per-cent surcharge.", "en") == [
        "percent:20", "percent:5"]


def test_thai_until_year_is_no_range() -> None:
    assert _keys("ภาษีจะคงไว้ที่ร้อยละ 12 จนถึงปี 2571", "th") == ["percent:12", "year:2028"]


@pytest.mark.parametrize("text,lang,qualifiers", [
    ("Losses were estimated at VND12 trillion, at an estimated cost of VND3 trillion.", "en",
     ["about", "about"]),
    ("Fees must not exceed VND2 million and sales could exceed $4 billion.", "en",
     ["at_most", "over"]),
    ("Wages grew by an average of 6.1% and hours averaging 41.", "en", [None, None]),
    ("Arrivals are forecast at 21 million and exports expected to reach US$9 billion.", "en",
     ["about", "about"]),
    ("ความเสียหายคาดว่าอยู่ที่ 12 ล้านล้านดอง และประเมินไว้ที่ 3 ล้านล้านดอง", "th",
     ["about", "about"]),
])
def test_estimates_exceeding_and_averages(text: str, lang: str,
                                          qualifiers: list[str | None]) -> None:
    assert [m.qualifier for m in find_numbers(text, lang)] == qualifiers


def test_adjective_between_number_and_unit_of_time() -> None:
    assert _keys("The port shut for three working days after 10 straight months of growth.",
                 "en") == ["duration:3:day", "duration:10:month"]


def test_percentage_point_abbreviations() -> None:
    assert _keys("Core inflation eased 0.4pp while jobless claims rose 0.2 ppt.", "en") == [
        "percent:0.4", "percent:0.2"]
