"""Durations written with different units, clock times in words and digits, and Thai
place names that hold number words: the reader gives both languages one key, and the
comparison keeps them (our own news-style sentences)."""

from __future__ import annotations

import pytest

import massmob_nlp as mm
from massmob_nlp.numbers.table import find_numbers

REPORTED = ("mismatch", "missing", "added")


def _keys(text: str, lang: str) -> list[str]:
    return [m.key for m in find_numbers(text, lang) if m.key is not None]


def _problems(en: str, th: str) -> list[tuple[str, str]]:
    cmp = mm.compare(en, th, embeddings=False)
    rows = cmp.numbers[cmp.numbers["status"].isin(REPORTED)]
    return list(zip(rows["status"].astype(str), rows["key"].astype(str), strict=True))


# ------------------------------------------------------------------ durations
@pytest.mark.parametrize("text,lang,key", [
    ("The former mayor was jailed for 18 months.", "en", "duration:18:month"),
    ("อดีตนายกเทศมนตรีถูกจำคุก 1 ปี 6 เดือน", "th", "duration:18:month"),
    ("อดีตนายกเทศมนตรีถูกจำคุกหนึ่งปีหกเดือน", "th", "duration:18:month"),
    ("The bridge took a year and six months to repair.", "en", "duration:18:month"),
    ("The bridge took one year and six months to repair.", "en", "duration:18:month"),
    ("The company spent two and a half years on the design.", "en", "duration:30:month"),
    ("บริษัทใช้เวลาออกแบบ 2 ปีครึ่ง", "th", "duration:30:month"),
    ("บริษัทใช้เวลาออกแบบสองปีครึ่ง", "th", "duration:30:month"),
    ("The final went to penalties after 90 minutes.", "en", "duration:90:minute"),
    ("นัดชิงชนะเลิศเล่นกันครบ 1 ชั่วโมงครึ่ง", "th", "duration:90:minute"),
    ("Rescuers searched for an hour and a half.", "en", "duration:90:minute"),
    ("The hearing lasted 2 hours and 30 minutes.", "en", "duration:150:minute"),
    ("การไต่สวนใช้เวลา 2 ชั่วโมง 30 นาที", "th", "duration:150:minute"),
    ("Voters queued for half an hour.", "en", "duration:30:minute"),
    ("ผู้มีสิทธิ์เลือกตั้งต่อคิวครึ่งชั่วโมง", "th", "duration:30:minute"),
    ("The festival runs for two weeks.", "en", "duration:2:week"),
    ("เทศกาลจัดขึ้นเป็นเวลา 14 วัน", "th", "duration:2:week"),
    ("A 29-year-old driver was arrested.", "en", "duration:29:year"),
    ("คนขับรถอายุ 29 ปีถูกจับกุม", "th", "duration:29:year"),
    ("เด็กชายอายุ 7 ขวบ", "th", "duration:7:year"),
])
def test_one_key_for_one_length_of_time(text, lang, key):
    assert key in _keys(text, lang)


@pytest.mark.parametrize("text,lang", [
    ("He spent a year abroad.", "en"),         # the article: no number
    ("ยอดขายครึ่งปีแรกเพิ่มขึ้น", "th"),          # the first half of the year
    ("The Minister visited Sec. 5 offices.", "en"),
    ("ร้านเปิด 3 วันจันทร์ติดกัน", "th"),          # Mondays, not days
    ("The striker scored 2 second-half goals.", "en"),
])
def test_no_duration(text, lang):
    assert not [k for k in _keys(text, lang) if k.startswith("duration:")]


@pytest.mark.parametrize("en,th,kept", [
    ("The former mayor was jailed for 18 months.", "อดีตนายกเทศมนตรีถูกจำคุก 1 ปี 6 เดือน", True),
    ("The former mayor was jailed for 18 months.", "อดีตนายกเทศมนตรีถูกจำคุก 1 ปี 8 เดือน", False),
    ("The company spent two and a half years on the design.",
     "บริษัทใช้เวลาออกแบบ 2 ปีครึ่ง", True),
    ("The final went to penalties after 90 minutes.",
     "นัดชิงชนะเลิศไปตัดสินด้วยการดวลจุดโทษหลังเล่นครบ 1 ชั่วโมงครึ่ง", True),
    ("The final went to penalties after 90 minutes.",
     "นัดชิงชนะเลิศไปตัดสินด้วยการดวลจุดโทษหลังเล่นครบ 2 ชั่วโมง", False),
    ("Voters queued for half an hour.", "ผู้มีสิทธิ์เลือกตั้งต่อคิว 30 นาที", True),
    ("The festival runs for two weeks.", "เทศกาลจัดขึ้นเป็นเวลา 14 วัน", True),
    ("The festival runs for 18 months.", "เทศกาลจัดขึ้นเป็นเวลา 18 ปี", False),
])
def test_durations_join_whatever_the_units(en, th, kept):
    assert (_problems(en, th) == []) is kept


# ------------------------------------------------------------------ clock times
@pytest.mark.parametrize("text,lang,key", [
    ("The ferry left the pier at ten past nine.", "en", "time:09:10"),
    ("The ferry left the pier at 9.10am.", "en", "time:09:10"),
    ("The ferry left the pier at 21:10.", "en", "time:21:10"),
    ("Polls close at twenty to six this evening.", "en", "time:05:40"),
    ("Police arrived at ten minutes past nine.", "en", "time:09:10"),
    ("The curfew starts at a quarter past eleven p.m.", "en", "time:23:15"),
    ("เรือออกจากท่าเวลา 9.10 น.", "th", "time:09:10"),
    ("เรือออกจากท่าเวลา 21.10 น.", "th", "time:21:10"),
    ("เรือออกจากท่าเวลาเก้าโมงสิบนาที", "th", "time:09:10"),
    ("เคอร์ฟิวเริ่มตอนสามทุ่ม", "th", "time:21:00"),
    ("เคอร์ฟิวเริ่มตอนสามทุ่มสิบห้านาที", "th", "time:21:15"),
    ("การประชุมเริ่มเวลาบ่ายสองโมง", "th", "time:14:00"),
    ("การประชุมเริ่มเวลาบ่ายสองโมงสามสิบนาที", "th", "time:14:30"),
    ("การประชุมเริ่มเวลา 9 นาฬิกา 10 นาที", "th", "time:09:10"),
    ("ศาลนัดฟังคำตัดสินเวลา 21 นาฬิกา", "th", "time:21:00"),
    ("ชาวประมงออกเรือตีห้าครึ่ง", "th", "time:05:30"),
])
def test_clock_times(text, lang, key):
    assert key in _keys(text, lang)


@pytest.mark.parametrize("text", [
    "Five to ten people were hurt in the crash.",   # a range, not 09:55
    "The striker dribbled ten past defenders.",
])
def test_not_a_clock_time(text):
    assert not [k for k in _keys(text, "en") if k.startswith("time:")]


@pytest.mark.parametrize("en,th,kept", [
    ("The ferry left the pier at ten past nine.", "เรือออกจากท่าเวลา 21.10 น.", True),
    ("The ferry left the pier at ten past nine.", "เรือออกจากท่าเวลา 9.10 น.", True),
    ("The ferry left the pier at 9.10am.", "เรือออกจากท่าเวลาเก้าโมงสิบนาที", True),
    ("The ferry left the pier at 21:10.", "เรือออกจากท่าเวลาสามทุ่มสิบนาที", True),
    ("The ferry left the pier at 21:10.", "เรือออกจากท่าเวลาสามทุ่มครึ่ง", False),
    ("The meeting began at 2pm.", "การประชุมเริ่มเวลาบ่ายสองโมง", True),
    ("The meeting began at 3pm.", "การประชุมเริ่มเวลาบ่ายสองโมง", False),
])
def test_clock_times_join(en, th, kept):
    assert (_problems(en, th) == []) is kept


# ------------------------------------------------------------------ Thai place names
@pytest.mark.parametrize("text", [
    "รถบรรทุกพลิกคว่ำที่คลองหนึ่ง จังหวัดปทุมธานี",
    "ไฟไหม้โกดังย่านคลองหก เมื่อคืนนี้",
    "ตำรวจตั้งด่านตรวจที่สี่แยกราชประสงค์",
    "รถเมล์ชนกันที่สามแยกไฟฉาย",
    "ผู้ชุมนุมปิดถนนที่ห้าแยกลาดพร้าว",
    "ชาวจังหวัดร้อยเอ็ดออกมาต้อนรับ",
    "น้ำท่วมบ้านเรือนในอำเภอสามพราน",
    "ผู้ว่าฯ ลงพื้นที่เขตหลักสี่",
    "เขาเกิดที่อำเภอสองพี่น้อง จังหวัดสุพรรณบุรี",
    "นักท่องเที่ยวเดินทางไปสิบสองปันนาทางตอนใต้ของจีน",
    "รถสิบล้อชนท้ายรถสองแถวบนถนนพหลโยธิน",
])
def test_thai_names_that_hold_number_words(text):
    assert _keys(text, "th") == []


@pytest.mark.parametrize("text,key", [
    ("ชาวบ้านขุดคลองสองสายเพื่อระบายน้ำ", "cardinal:2"),   # two canals
    ("พี่น้องสองคนได้รับบาดเจ็บ", "cardinal:2"),
    ("น้ำท่วมสามอำเภอของจังหวัด", "cardinal:3"),
    ("ผู้ป่วยในจังหวัดร้อยเอ็ด 12 ราย", "cardinal:12"),
])
def test_counts_next_to_place_words(text, key):
    assert _keys(text, "th") == [key]


@pytest.mark.parametrize("text,lang,key", [
    ("The flight from Hanoi takes 1hr 45mins.", "en", "duration:105:minute"),
    ("เที่ยวบินจากฮานอยใช้เวลา 1 ชั่วโมง 45 นาที", "th", "duration:105:minute"),
    ("Suspects can be held for 24h without charge.", "en", "duration:1:day"),
    ("ผู้ต้องสงสัยถูกควบคุมตัวได้ 24 ชม.", "th", "duration:1:day"),
    ("Hanoi sweltered at 39C on Sunday.", "en", "cardinal:39"),
    ("Warming must be held below 1.5C.", "en", "cardinal:1.5"),
    ("อุณหภูมิในฮานอยสูงถึง 39 องศาเซลเซียส", "th", "cardinal:39"),
])
def test_glued_units_and_temperatures(text, lang, key):
    assert key in _keys(text, lang)


def test_one_of_lost_against_to_some_extent():
    problems = _problems("As one of the mayor's closest aides, he enjoys some freedom.",
                         "ในฐานะผู้ช่วยคนสนิทของนายกเทศมนตรี เขามีอิสระในระดับหนึ่ง")
    assert problems == [("missing", "cardinal:1")]


@pytest.mark.parametrize("text,lang,key", [
    ("The coach signed a one-year contract.", "en", "duration:1:year"),
    ("The embassy runs a one-day visa service.", "en", "duration:1:day"),
])
def test_one_before_a_unit_of_time(text, lang, key):
    assert key in _keys(text, lang)


def test_around_the_clock_is_vague():
    found = [(m.text, m.vague) for m in find_numbers("The hotline is open 24/7.", "en")]
    assert found == [("24/7", True)]
    assert _problems("The hotline is open 24/7.", "สายด่วนเปิดให้บริการตลอด 24 ชั่วโมง") == []


@pytest.mark.parametrize("en,th,kept", [
    ("Rescue teams worked for 36 hours straight.", "ทีมกู้ภัยทำงานติดต่อกันหนึ่งวันครึ่ง", True),
    ("He was released after 72 hours in custody.", "เขาได้รับการปล่อยตัวหลังถูกควบคุมตัว 3 วัน", True),
    ("He was released after 72 hours in custody.", "เขาได้รับการปล่อยตัวหลังถูกควบคุมตัว 2 วัน", False),
    ("The doses are given three weeks apart.", "วัคซีนแต่ละเข็มห่างกัน 21 วัน", True),
    ("The fair lasts a fortnight.", "งานแสดงสินค้าจัดขึ้นสองสัปดาห์", True),
    ("Over the past 18 months, rice prices doubled.", "ตลอดปีครึ่งที่ผ่านมา ราคาข้าวเพิ่มขึ้นสองเท่า", True),
    ("The bridge took one year and four months to build.", "สะพานใช้เวลาก่อสร้าง 16 เดือน", True),
])
def test_durations_across_days_hours_and_weeks(en, th, kept):
    assert (_problems(en, th) == []) is kept


@pytest.mark.parametrize("text,lang,expected", [
    ("The fair lasts a fortnight, then 17 days of clean-up.", "en",
     ["duration:2:week", "duration:17:day"]),          # a list, not one length of time
    ("ตะวันครึ่งดวงโผล่พ้นขอบฟ้า", "th", []),              # half the sun, no duration
])
def test_lists_of_durations_and_false_halves(text, lang, expected):
    assert _keys(text, lang) == expected


@pytest.mark.parametrize("en,th,key", [
    ("Shops must close by 9pm.", "ร้านค้าต้องปิดภายในสี่ทุ่ม", "time:21:00"),
    ("The train left at ten past nine.", "รถไฟออกเวลา 21.20 น.", "time:09:10"),
    ("Rescue teams worked for 36 hours straight.", "ทีมกู้ภัยทำงานติดต่อกันสองวัน",
     "duration:36:hour"),
])
def test_a_changed_time_or_duration_in_words_is_one_mismatch(en, th, key):
    assert _problems(en, th) == [("mismatch", key)]


@pytest.mark.parametrize("en,th,kept", [
    ("Group of Seven leaders met in Japan.", "ผู้นำกลุ่มประเทศ G7 ประชุมกันที่ญี่ปุ่น", True),
    ("Group of Seven leaders met in Japan.", "ผู้นำกลุ่มประเทศ G20 ประชุมกันที่ญี่ปุ่น", False),
])
def test_a_number_in_a_name_written_as_a_word(en, th, kept):
    assert (_problems(en, th) == []) is kept


@pytest.mark.parametrize(("text", "mention"), [
    ("The ferry docked at 7.45pm.", "7.45pm"),
    ("The ferry docked at 7pm.", "7pm"),
    ("The ferry docked at 7 p.m.", "7 p.m."),
    ("The ferry docked at quarter past seven pm.", "quarter past seven pm"),
    ("The ferry docked at quarter past seven p.m. on Friday.", "quarter past seven p.m."),
])
def test_a_sentence_full_stop_after_am_pm_is_not_part_of_the_time(text, mention):
    # "a.m." keeps its own dots; the full stop after "pm" ends the sentence
    rows = mm.numbers_table(text)
    assert rows["text"].tolist() == [mention]
    assert rows["kind"].tolist() == ["time"]
