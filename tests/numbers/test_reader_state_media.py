"""Number forms of Vietnamese state media in English and Thai (our own sentences):
lunar months by number, Thai ทั้งสอง ("both"), Thai rank one for an English
superlative, English "come first" (a priority) and "two-way" (bilateral)."""

from __future__ import annotations

import pytest

from massmob_nlp.numbers.table import find_numbers


def _mentions(text: str, lang: str) -> list[tuple[str, str | None, bool]]:
    return [(m.text, m.key, m.vague) for m in find_numbers(text, lang)]


def _keys(text: str, lang: str) -> list[str | None]:
    return [m.key for m in find_numbers(text, lang) if not m.vague]


# ---------------------------------------------------------------- lunar months
@pytest.mark.parametrize("text,mention", [
    ("ตลาดดอกไม้เปิดตั้งแต่วันที่ 23 เดือน 12 ตามปฏิทินจันทรคติ", ("เดือน 12", "ordinal:12")),
    ("ชาวบ้านกลับมาทำงานในวันที่ 8 เดือน 1 ตามจันทรคติ", ("เดือน 1", "ordinal:1")),
    ("งานวัดจัดขึ้นกลางเดือน 3 ทุกปี", ("3", "cardinal:3")),  # glued: left alone
])
def test_thai_month_by_number_is_an_ordinal(text: str, mention: tuple[str, str]) -> None:
    assert mention in [(t, k) for t, k, _ in _mentions(text, "th")]


@pytest.mark.parametrize("text,key", [
    ("ฝนตกต่อเนื่องมา 2 เดือน 10 วัน", "duration:2:month+10:day"),
    ("สัญญาเช่าสิ้นสุดเดือน 12/2570", "date:2027-12"),
])
def test_thai_month_count_and_month_date_stay(text: str, key: str) -> None:
    keys = _keys(text, "th")
    assert key in keys
    assert "ordinal:12" not in keys and "ordinal:10" not in keys


def test_english_last_lunar_month_is_the_twelfth() -> None:
    text = "Markets close on the 30th day of the last lunar month and reopen on the fourth day."
    assert ("last", "ordinal:12", False) in _mentions(text, "en")
    assert "ordinal:12" not in _keys("The last month was the wettest on record.", "en")


# ---------------------------------------------------------------- both, rank one
@pytest.mark.parametrize("text", [
    "รัฐมนตรีทั้งสองหารือเรื่องการค้าชายแดน",
    "ทั้งสองประเทศตกลงเปิดด่านเพิ่ม",
])
def test_thai_both_is_vague(text: str) -> None:
    found = _mentions(text, "th")
    assert [(k, v) for _, k, v in found] == [("cardinal:2", True)]


def test_thai_two_without_both_still_counts() -> None:
    assert "cardinal:2" in _keys("รัฐมนตรีสองคนหารือเรื่องการค้าชายแดน", "th")


@pytest.mark.parametrize("text,word", [
    ("เวียดนามเป็นผู้ส่งออกพริกไทยอันดับหนึ่งของโลก", "อันดับหนึ่ง"),
    ("จังหวัดนี้ครองอันดับหนึ่งของประเทศในปีนี้", "อันดับหนึ่ง"),
])
def test_thai_rank_one_in_words_is_vague(text: str, word: str) -> None:
    assert (word, "ordinal:1", True) in _mentions(text, "th")


def test_thai_rank_one_in_digits_counts() -> None:
    assert "ordinal:1" in _keys("นักเทนนิสมืออันดับ 1 ของโลกแพ้ในรอบแรก", "th")


def test_thai_other_ranks_stay_exact() -> None:
    assert "ordinal:3" in _keys("ญี่ปุ่นอยู่อันดับ 3 ของตลาดนี้", "th")
    assert "ordinal:2" in _keys("จีนเป็นตลาดอันดับสองรองจากสหรัฐ", "th")


# ---------------------------------------------------------------- English idioms
@pytest.mark.parametrize("text", [
    "For the ministry, the safety of workers must always come first.",
    "In this family, education comes first, the father said.",
])
def test_english_come_first_is_vague(text: str) -> None:
    assert [(k, v) for _, k, v in _mentions(text, "en")] == [("ordinal:1", True)]


def test_english_came_first_in_a_race_counts() -> None:
    assert "ordinal:1" in _keys("She came first in the women's marathon.", "en")


@pytest.mark.parametrize("text", [
    "The ministers pledged to lift two-way trade to a new record.",
    "Police turned the street into a one-way route for the festival.",
])
def test_english_way_compounds_are_vague(text: str) -> None:
    assert _keys(text, "en") == []


def test_english_two_sides_still_counts() -> None:
    assert _keys("The two sides signed a memorandum.", "en") == ["cardinal:2"]


@pytest.mark.parametrize("text", [
    "นักวิ่งเวียดนามคว้าอันดับ 1 ในรายการนี้",
    "ทีมของเธอจบอันดับหนึ่งของกลุ่ม",
])
def test_thai_first_place_won_counts(text: str) -> None:
    assert "ordinal:1" in _keys(text, "th")


# ---------------------------------------------------------------- qualifiers, codes
def _quals(text: str, lang: str) -> list[tuple[str | None, str | None]]:
    return [(m.key, m.qualifier) for m in find_numbers(text, lang)]


@pytest.mark.parametrize("text,lang,pair", [
    ("ผู้สูงอายุ 65 ปีขึ้นไปได้รับวัคซีนฟรี", "th", ("duration:65:year", "at_least")),
    ("ภาคบริการต้องเติบโต 8.5% ขึ้นไป", "th", ("percent:8.5", "at_least")),
    ("ดัชนีปิดเหนือระดับ 1,300 จุดเป็นวันที่สาม", "th", ("cardinal:1300", "over")),
    ("Flood damage was estimated at VND2.1 trillion.", "en",
     ("money:2100000000000:VND", "about")),
])
def test_state_media_qualifiers(text: str, lang: str, pair: tuple[str, str]) -> None:
    assert pair in _quals(text, lang)


def test_thai_north_is_no_qualifier() -> None:
    assert _quals("พายุพัดถล่มภาคเหนือ 12 จังหวัด", "th") == [("cardinal:12", None)]


@pytest.mark.parametrize("text,key", [
    ("ที่ประชุมผ่านมติ 27 ฉบับในสมัยนี้", "cardinal:27"),
    ("รัฐบาลออกประกาศ 4 เรื่องเกี่ยวกับภาษี", "cardinal:4"),
    ("ทำตามมติ 27 ของสภาจังหวัด", "code:27"),
])
def test_thai_count_of_documents_is_no_code(text: str, key: str) -> None:
    assert key in _keys(text, "th")


def test_thai_number_joined_to_an_ordinal_is_an_ordinal() -> None:
    found = _mentions("ร้านค้าปิดในวันที่ 1 และ 2 ของเดือนอ้าย", "th")
    assert [(t, k) for t, k, _ in found][:2] == [("วันที่ 1", "ordinal:1"), ("2", "ordinal:2")]
    assert "cardinal:6" in _keys("การแข่งขันครั้งที่ 5 และ 6 คนผ่านเข้ารอบ", "th")


@pytest.mark.parametrize("text,keys", [
    ("The ceremony began at 9h30 in the Presidential Palace.", ["time:09:30"]),
    ("Polling stations close 19h00 on Sunday.", ["time:19:00"]),
    ("Counters open from 7h30 to 11h15.", ["time:07:30-11:15"]),
])
def test_english_h_clock(text: str, keys: list[str]) -> None:
    assert [k for k in _keys(text, "en") if k and k.startswith("time")] == keys


def test_english_h_race_time_is_no_clock() -> None:
    assert not any(k and k.startswith("time") for k in _keys("She won in 2h21 in Hanoi.", "en"))


@pytest.mark.parametrize("text,keys", [
    ("The brewer's H1 2026 profit fell by a fifth.", ["ordinal:1", "year:2026"]),
    ("Sales in 1H2025 beat the plan.", ["ordinal:1", "year:2025"]),
    ("Its 9M2026 revenue reached a record.", ["duration:9:month", "year:2026"]),
])
def test_english_business_periods(text: str, keys: list[str]) -> None:
    assert [k for k in _keys(text, "en") if k and not k.startswith("fraction")] == keys


@pytest.mark.parametrize("text", ["Cases of H1N1 rose.", "The 3M plant closed.",
                                  "Staff at the H1 building left."])
def test_english_codes_are_no_periods(text: str) -> None:
    assert not any(k and k.startswith(("ordinal", "duration")) for k in _keys(text, "en"))


# ---------------------------------------------------------------- requests from the join
@pytest.mark.parametrize("text,lang", [
    ("The champion weighed 154 pounds at the weigh-in.", "en"),
    ("Each sack weighs about 50 pounds.", "en"),
    ("นักมวยมีน้ำหนัก 154 ปอนด์ก่อนขึ้นชก", "th"),
])
def test_pounds_after_a_weight_are_a_mass(text: str, lang: str) -> None:
    keys = _keys(text, lang)
    assert not any(k and k.startswith("money") for k in keys)
    assert any(k in ("cardinal:154", "cardinal:50") for k in keys)


def test_pounds_paid_stay_money() -> None:
    assert "money:154:GBP" in _keys("He weighed up the offer and paid 154 pounds.", "en")


@pytest.mark.parametrize("text", [
    "ธนาคารกลางลดดอกเบี้ยนโยบายลงครึ่งจุดเปอร์เซ็นต์",
    "กนง. ขึ้นอัตราดอกเบี้ยครึ่งจุดในการประชุมวันนี้",
])
def test_thai_half_point(text: str) -> None:
    assert "percent:0.5" in _keys(text, "th")


def test_thai_half_point_in_sport_is_no_rate() -> None:
    assert "percent:0.5" not in _keys("นักหมากรุกเก็บครึ่งแต้มจากเกมนี้", "th")
