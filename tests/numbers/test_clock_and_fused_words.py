"""Clock times in words (English and Thai) and Thai number words fused into longer
words. Sentences written for these tests."""

import pytest

from massmob_nlp.numbers import find_numbers


def _read(text, lang):
    return [(m.text, m.key, m.vague) for m in find_numbers(text, lang)]


@pytest.mark.parametrize("text,mention,key", [
    ("The meeting starts at nine o'clock.", "nine o'clock", "time:09:00"),
    ("The ferry leaves at 8 o'clock p.m.", "8 o'clock p.m.", "time:20:00"),
    ("We have lunch at twelve-thirty.", "twelve-thirty", "time:12:30"),
    ("The shop opens at ten fifteen.", "ten fifteen", "time:10:15"),
    ("She called me at half past seven.", "half past seven", "time:07:30"),
    ("The train came at a quarter to six.", "a quarter to six", "time:05:45"),
])
def test_english_clock_words_are_times(text, mention, key):
    assert (mention, key, False) in _read(text, "en")


@pytest.mark.parametrize("text,value", [
    ("Thirty-five people signed the letter.", "cardinal:35"),
    ("He finished twenty-five laps.", "cardinal:25"),
    ("A quarter of the votes were lost.", None),  # not "a quarter to/past"
])
def test_english_counts_are_not_clock_times(text, value):
    keys = [k for _, k, _ in _read(text, "en")]
    assert not any(k.startswith("time:") for k in keys)
    if value:
        assert value in keys


@pytest.mark.parametrize("text,mention,key", [
    ("พวกเรานัดกินข้าวกันตอนเที่ยงครึ่ง", "เที่ยงครึ่ง", "time:12:30"),
    ("รถออกตอนสามโมงครึ่ง", "สามโมงครึ่ง", "time:15:30"),  # afternoon, not 3.5
    ("ร้านเปิดหกโมงเช้า", "หกโมงเช้า", "time:06:00"),
    ("เขากลับถึงบ้านตอนสี่ทุ่ม", "สี่ทุ่ม", "time:22:00"),
])
def test_thai_clock_words_are_times(text, mention, key):
    assert (mention, key, False) in _read(text, "th")


@pytest.mark.parametrize("text", [
    "เครื่องมือนี้วัดได้อย่างเที่ยงตรง",  # เที่ยงตรง: "accurate"
    "เขากินอาหารเที่ยงที่โรงอาหาร",  # lunch
    "ฉันใช้เวลาสามชั่วโมงในห้องสมุด",  # three hours: a count, not 15:00
])
def test_thai_words_that_are_not_clock_times(text):
    assert not any(k.startswith("time:") for _, k, _ in _read(text, "th"))


@pytest.mark.parametrize("text", [
    "งานทุกอย่างเสร็จเรียบร้อยทางบริษัทจึงจ่ายเงิน",  # เรียบร้อย "done", not 100
    "อย่าโกหกคนอื่นเลย",  # โกหก "lie", not 6
])
def test_number_word_ending_a_longer_word_is_not_a_number(text):
    assert _read(text, "th") == []


@pytest.mark.parametrize("text,key", [
    ("ชาวบ้านสองร้อยคนมาร่วมงาน", "cardinal:200"),
    ("หุ่นยนต์ตัวนี้มีมือสองข้าง", "cardinal:2"),  # มือสอง is a word, but "two hands"
    ("เขามีลูกหกคน", "cardinal:6"),
])
def test_number_word_with_a_classifier_still_counts(text, key):
    assert (key, False) in [(k, v) for _, k, v in _read(text, "th")]


@pytest.mark.parametrize("text", [
    "ภาพยนตร์เรื่องนี้กำกับโดยคาร์ล เบอร์แรกดิส",  # แรก inside a transliterated name
    "ในเบื้องแรกทุกคนมีสิทธิเลือก",  # เบื้องแรก "at first"
    "อย่างแรก เราต้องล้างมือ",  # อย่างแรก "first of all"
])
def test_fused_or_idiomatic_first_is_vague(text):
    found = [(k, v) for _, k, v in _read(text, "th")]
    assert found == [("ordinal:1", True)]


@pytest.mark.parametrize("text", [
    "เธอเป็นผู้หญิงคนแรกที่ขึ้นไปถึงยอดเขา",  # คน + แรก: a known head of "first"
    "นี่คือการเดินทางครั้งแรกของเขา",
    "ผู้ชนะได้รับรางวัลเหรียญแรก",  # open noun, at the end of the sentence
])
def test_plain_first_is_a_count(text):
    assert ("ordinal:1", False) in [(k, v) for _, k, v in _read(text, "th")]


def test_a_quarter_of_is_read():
    assert ("A quarter", "fraction:1/4", False) in _read(
        "A quarter of the staff work from home.", "en")


def test_ratio_after_nai_is_read_though_the_dictionary_joins_it():
    # หนึ่งในสี่ is one dictionary word ("a quarter"): read as the fraction it writes
    keys = [k for _, k, _ in _read("หนึ่งในสี่ของพนักงานทำงานที่บ้าน", "th")]
    assert keys == ["fraction:1/4"]


@pytest.mark.parametrize("text,count", [
    ("This old house is one of a kind.", 0),
    ("This old house is one of the oldest in town.", 1),
])
def test_one_of_a_kind_is_an_idiom(text, count):
    assert len(_read(text, "en")) == count


def test_firstly_in_thai_is_vague():
    assert _read("ประการแรก ทุกคนต้องลงทะเบียน", "th") == [("แรก", "ordinal:1", True)]


@pytest.mark.parametrize("text,key", [
    ("The driver, in her forties, was unhurt.", "range:40-49"),
    ("Most of the workers are in their early twenties.", "range:20-29"),
    ("The band played hits of the sixties.", "decade:1960"),
])
def test_age_brackets_in_words(text, key):
    assert key in [k for _, k, _ in _read(text, "en")]


@pytest.mark.parametrize("text,vague", [
    ("One day, a fisherman found a bottle on the beach.", True),
    ("She hopes to visit Paris one day.", True),
    ("The museum closed for one day.", False),
    ("He teaches one day a week.", False),
    ("One day later, the storm ended.", False),
])
def test_story_one_day_is_vague(text, vague):
    assert [(k, v) for _, k, v in _read(text, "en")] == [("duration:1:day", vague)]


@pytest.mark.parametrize("text,vague", [
    ("ยอดขายในสามเดือนแรกลดลง", True),  # "the first three months"
    ("นี่เป็นครั้งแรกที่เขามาไทย", False),  # "the first time"
])
def test_first_after_a_number_is_first_n(text, vague):
    assert ("ordinal:1", vague) in [(k, v) for _, k, v in _read(text, "th")]


def test_top_n_is_a_count_and_no_first():
    """"5 อันดับแรก" is "the top five": the count 5 (no rank 5) and no "first" of its
    own (the article gold reads ``5 อันดับแรก`` as one count; English "top" has none)."""
    read = [(k, v) for _, k, v in _read("เขาติดอันดับ 5 อันดับแรกของประเทศ", "th")]
    assert read == [("cardinal:5", False)]


def test_roi_paet_is_an_idiom():
    assert _read("ร้านนี้ขายของร้อยแปดอย่าง", "th") == [("ร้อยแปด", "cardinal:108", True)]
    assert _read("ร้านนี้ขายของหนึ่งร้อยแปดชิ้น", "th") == [
        ("หนึ่งร้อยแปด", "cardinal:108", False)]
