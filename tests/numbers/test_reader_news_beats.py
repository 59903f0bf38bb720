"""Number forms of particular news beats (our own sentences): golf scores against par,
interest-rate moves in words, a qualified half, Nordic currencies, Thai เท่านั้น ("only")
after a number word, a Thai article หนึ่ง before ใน + a place, Thai scores after ตามหลัง."""

from __future__ import annotations

import pytest

from massmob_nlp.numbers.table import find_numbers


def _keys(text: str, lang: str) -> list[str | None]:
    return [m.key for m in find_numbers(text, lang) if not m.vague]


@pytest.mark.parametrize("text,lang,key", [
    ("Lowry closed with a 66 to finish eleven under par at Portrush.", "en", "cardinal:-11"),
    ("She leads on 9 under par after three rounds.", "en", "cardinal:-9"),
    ("His 14-under total was a course record.", "en", "cardinal:-14"),
    ("A closing three-over-par 75 cost him the title.", "en", "cardinal:3"),
    ("โลว์รีจบการแข่งขันที่ 11 อันเดอร์พาร์", "th", "cardinal:-11"),
    ("เขาตีเกินมา 3 โอเวอร์พาร์ในวันสุดท้าย", "th", "cardinal:3"),
    ("โลว์รีหวด 65 อันเดอร์พาร์ 7 ในรอบที่สาม", "th", "cardinal:-7"),
])
def test_golf_scores_against_par(text: str, lang: str, key: str) -> None:
    assert key in _keys(text, lang)
    assert "cardinal:-65" not in _keys(text, lang)


@pytest.mark.parametrize("text,lang,key", [
    ("England need 160 from their 20 overs in a 20-over match.", "en", "cardinal:20"),
    ("อังกฤษต้องการ 160 รันจาก 20 โอเวอร์", "th", "cardinal:20"),
])
def test_cricket_overs_stay_counts(text: str, lang: str, key: str) -> None:
    assert key in _keys(text, lang)
    assert "cardinal:-20" not in _keys(text, lang)


@pytest.mark.parametrize("text", [
    "The central bank announced a quarter-point cut on Thursday.",
    "Rates went up by a quarter of a percentage point.",
])
def test_quarter_point_rate_moves(text: str) -> None:
    assert _keys(text, "en") == ["percent:0.25"]


def test_half_point_rate_move() -> None:
    assert _keys("Analysts had expected a half-point rise.", "en") == ["percent:0.5"]


@pytest.mark.parametrize("text,lang", [
    ("More than half were women, the survey found.", "en"),
    ("Almost half the money went on wages.", "en"),
    ("ผู้ตอบแบบสอบถามกว่าครึ่งเป็นผู้หญิง", "th"),
    ("เงินเกือบครึ่งถูกใช้ไปกับค่าจ้าง", "th"),
])
def test_a_qualified_half(text: str, lang: str) -> None:
    assert "fraction:1/2" in _keys(text, lang)


@pytest.mark.parametrize("text,lang,key", [
    ("The match lasted half an hour.", "en", "duration:30:minute"),
    ("More than half a million people signed.", "en", "cardinal:500000"),
    ("ใช้เวลากว่าครึ่งชั่วโมง", "th", "duration:30:minute"),
])
def test_half_with_a_unit_keeps_its_reading(text: str, lang: str, key: str) -> None:
    assert _keys(text, lang) == [key]


@pytest.mark.parametrize("text,lang,key", [
    ("The 2m kronor award went to a poet.", "en", "money:2000000:SEK"),
    ("The fund holds 50bn Norwegian kroner in bonds.", "en", "money:50000000000:NOK"),
    ("กวีได้รับรางวัล 2 ล้านโครนา", "th", "money:2000000:SEK"),
])
def test_nordic_currencies(text: str, lang: str, key: str) -> None:
    assert _keys(text, lang) == [key]


def test_only_after_a_number_word_is_no_multiple() -> None:
    assert _keys("เขาเป็นนักแสดงคนที่สองเท่านั้นที่ได้รางวัลนี้", "th") == ["ordinal:2"]
    assert _keys("ราคาน้ำมันเพิ่มขึ้นสองเท่า", "th") == ["cardinal:2"]


def test_article_one_before_a_place() -> None:
    assert _keys("ตำรวจถูกเรียกไปที่ร้านอาหารแห่งหนึ่งในเมืองลีดส์", "th") == []
    assert _keys("เขาเป็นหนึ่งในผู้เล่นที่ดีที่สุด", "th") == ["cardinal:1"]


def test_thai_trailing_score() -> None:
    assert _keys("ทีมเยือนตามหลัง 0-2 ในครึ่งแรก", "th")[0] == "score:0-2"


def test_half_past_is_a_clock_time() -> None:
    assert _keys("The doors open at about half past seven.", "en") == ["time:07:30"]


@pytest.mark.parametrize("text,lang,key", [
    ("The favourite carries 11st 4lb in the big race.", "en", "cardinal:158"),
    ("ม้าตัวเต็งแบกน้ำหนัก 11 สโตน 4 ปอนด์", "th", "cardinal:158"),
])
def test_stones_and_pounds_are_one_weight(text: str, lang: str, key: str) -> None:
    assert _keys(text, lang) == [key]


@pytest.mark.parametrize("text,key", [
    ("ระยะทางแข่งขัน 3 ฟอร์ลองครึ่ง", "cardinal:3.5"),
    ("เขาวิ่งไปอีก 5 กิโลครึ่ง", "cardinal:5.5"),
])
def test_thai_unit_and_a_half(text: str, key: str) -> None:
    assert _keys(text, "th") == [key]


def test_thai_zero_as_a_quantity() -> None:
    assert _keys("อุณหภูมิบนยอดดอยลดลงถึงศูนย์องศา", "th") == ["cardinal:0"]
    # down to zero (เหลือศูนย์) is the end of a reduction, which English often writes with
    # no number ("phased out"): still zero, but vague
    got = find_numbers("จำนวนผู้ติดเชื้อรายใหม่ลดลงจนเหลือศูนย์", "th")
    assert [(m.key, m.vague) for m in got] == [("cardinal:0", True)]
    assert _keys("ร้านนี้อยู่ในศูนย์การค้าใจกลางเมือง", "th") == []
    assert _keys("ประเทศตั้งเป้าปล่อยคาร์บอนสุทธิเป็นศูนย์", "th") == []


def test_parts_per_million_is_a_unit() -> None:
    assert _keys("ระดับก๊าซสูงถึง 415 ส่วนในล้านส่วน", "th") == ["cardinal:415"]


def test_first_time_buyers_is_no_rank() -> None:
    assert _keys("First-time buyers now need a bigger deposit.", "en") == []
    assert _keys("She won for the first time.", "en") == ["ordinal:1"]


def test_thi_after_a_superlative_is_at() -> None:
    assert _keys("เมืองนี้มีอัตราสูงที่สุดที่ 72 คดี", "th") == ["cardinal:72"]


def _vague_keys(text: str, lang: str) -> list[str | None]:
    return [m.key for m in find_numbers(text, lang) if m.vague]


@pytest.mark.parametrize("text,lang,key", [
    ("The strike ends at midnight on Sunday.", "en", "time:00:00"),
    ("Ministers meet at noon in Edinburgh.", "en", "time:12:00"),
    ("ร้านค้าจะปิดตอนเที่ยงคืนวันอาทิตย์", "th", "time:00:00"),
    ("รัฐมนตรีจะประชุมกันช่วงเที่ยงวัน", "th", "time:12:00"),
    ("The striker scored a brace in the first half.", "en", "cardinal:2"),
])
def test_noon_midnight_and_a_brace_are_vague_numbers(text: str, lang: str, key: str) -> None:
    # "the first half" is a vague half as well
    assert [k for k in _vague_keys(text, lang) if k != "fraction:1/2"] == [key]


def test_midnight_in_digits_keys_like_zero_hours() -> None:
    assert _keys("ร้านค้าจะปิดเวลา 24.00 น.", "th") == ["time:00:00"]
    assert _keys("The curfew starts at 24:00.", "en") == ["time:00:00"]


def test_accurate_is_no_noon() -> None:
    assert find_numbers("ข้อมูลนี้เที่ยงตรงและเชื่อถือได้", "th") == []


@pytest.mark.parametrize("text,keys", [
    ("The jobless total fell by 42,000 to 1.4 million.", ["cardinal:42000", "cardinal:1400000"]),
    ("Shares in the grocer fell 8p to 245p.", ["money:0.08:GBP", "money:2.45:GBP"]),
    ("A stamp will rise by 3p to 70p.", ["money:0.03:GBP", "money:0.7:GBP"]),
    ("The index was up 0.4% to 7,100.", ["percent:0.4", "cardinal:7100"]),
])
def test_a_change_then_the_new_level_is_no_range(text: str, keys: list[str]) -> None:
    assert _keys(text, "en") == keys


@pytest.mark.parametrize("text,key", [
    ("Bills are expected to rise 5 to 10%.", "percent:5-10"),
    ("Between 2 and 3 million people watched.", "range:2000000-3000000"),
])
def test_ranges_stay_ranges(text: str, key: str) -> None:
    assert _keys(text, "en") == [key]


@pytest.mark.parametrize("text", [
    "The first minister said the plan would be published on Tuesday.",
    "Mr Swinney served as deputy first minister for eight years.",
])
def test_scotlands_first_minister_is_a_title(text: str) -> None:
    assert "ordinal:1" not in _keys(text, "en")


def test_the_first_minister_to_is_a_rank() -> None:
    assert _keys("He was the first minister to resign over it.", "en") == ["ordinal:1"]


def test_a_number_word_after_thi_at() -> None:
    assert _keys("ยอดขายปีนี้อยู่ที่สองหมื่นห้าพัน", "th") == ["cardinal:25000"]
    assert _keys("ทีมนี้สามารถชนะได้", "th") == []


def test_first_class_is_no_rank() -> None:
    assert _keys("A first-class stamp will cost 70p.", "en") == ["money:0.7:GBP"]


def test_below_zero_is_a_sign_not_a_number() -> None:
    assert "cardinal:0" not in _keys("อุณหภูมิลดลงถึง 8 องศาต่ำกว่าศูนย์", "th")


def test_league_two_is_a_name() -> None:
    assert _keys("The League Two club sacked their manager.", "en") == []
    assert _keys("He served in World War Two.", "en") == ["cardinal:2"]


@pytest.mark.parametrize("text,lang", [
    ("PM2.5 readings in Delhi hit 300.", "en"),
    ("ค่าฝุ่น PM 2.5 ในเดลีสูงถึง 300", "th"),
])
def test_fine_dust_is_one_code(text: str, lang: str) -> None:
    found = find_numbers(text, lang)
    assert [m.key for m in found] == ["code:2.5", "cardinal:300"]
    assert [m.vague for m in found] == [True, False]  # the pollutant's name, no figure
