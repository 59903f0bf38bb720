"""The number join of ``compare``: kept numbers written differently are never a
problem; changed, dropped and added ones are. Examples written for these tests."""

import pytest

from massmob_nlp import compare
from massmob_nlp.comparison.evidence import contains, dates_differ, digit_groups, values_in_text

PROBLEMS = {"mismatch", "missing", "added"}


def _statuses(en, th):
    numbers = compare(en, th, src_lang="en", tgt_lang="th").numbers
    return sorted(zip(numbers["status"].astype(str), numbers["src_text"].fillna(""),
                      numbers["tgt_text"].fillna(""), strict=True))


def _problems(en, th):
    return [s for s in _statuses(en, th) if s[0] in PROBLEMS]


@pytest.mark.parametrize("en,th", [
    # a currency written on one side only
    ("The museum sold the old map for £4,500.", "พิพิธภัณฑ์ขายแผนที่เก่าไปในราคา 4,500"),
    # the same digits read differently (a thousands separator written as a point)
    ("The repair cost 2,450 euros.", "ค่าซ่อมอยู่ที่ 2.450 ยูโร"),
    # two amounts against one range holding both
    ("Tickets cost £20 or £30.", "ตั๋วราคา 20-30 ปอนด์"),
    # a Thai classifier + หนึ่ง rendering the article "a"
    ("A farmer found an old coin in his field.", "ชาวนาคนหนึ่งพบเหรียญเก่าในทุ่งนาของเขา"),
    # vague quantities
    ("Hundreds of birds rested on the lake.", "นกหลายร้อยตัวพักอยู่บนทะเลสาบ"),
    # a count the translation writes without a numeral (คู่, "pair")
    ("The two sisters ran the farm.", "พี่น้องคู่นี้ดูแลฟาร์ม"),
    # a clock time against a plain decimal
    ("The bakery opens at 6.30 every day.", "ร้านเบเกอรี่เปิดเวลา 6.30 น. ทุกวัน"),
])
def test_kept_numbers_are_not_problems(en, th):
    assert _problems(en, th) == []


@pytest.mark.parametrize("en,th,status,digits", [
    ("The school has 340 pupils.", "โรงเรียนมีนักเรียน 430 คน", "mismatch", "430"),
    ("The lake is 12 km wide and 40 km long.", "ทะเลสาบกว้าง 12 กม.", "missing", "40"),
    ("The farm keeps 30 cows.", "ฟาร์มเลี้ยงวัว 30 ตัวและแพะ 15 ตัว", "added", "15"),
])
def test_changed_dropped_and_added_numbers_are_problems(en, th, status, digits):
    got = _problems(en, th)
    assert [g[0] for g in got] == [status]
    assert digits in got[0][1] + got[0][2]


def test_a_different_currency_for_the_same_amount_is_a_mismatch():
    got = _problems("The fine was $200.", "ค่าปรับคือ 200 ยูโร")
    assert [g[0] for g in got] == ["mismatch"]


@pytest.mark.parametrize("en,th,note", [
    ("The museum sold the old map for £4,500.", "พิพิธภัณฑ์ขายแผนที่เก่าไปในราคา 4,500",
     "GBP written on one side only"),
    ("Tickets cost £20 or £30.", "ตั๋วราคา 20-30 ปอนด์", "part of"),
    ("The two sisters ran the farm.", "พี่น้องคู่นี้ดูแลฟาร์ม", "written as 'คู่'"),
])
def test_kept_numbers_say_why_they_are_format_only(en, th, note):
    numbers = compare(en, th, src_lang="en", tgt_lang="th").numbers
    assert set(numbers["status"].astype(str)) == {"format_only"}
    assert numbers["note"].str.contains(note, regex=False).all()


@pytest.mark.parametrize("text,groups", [
    ("3,000-5,000 ปอนด์", ("3", "000", "5", "000")),
    ("๒๓.๔๕ น.", ("23", "45")),
    ("two", ()),
])
def test_digit_groups(text, groups):
    assert digit_groups(text) == groups


@pytest.mark.parametrize("outer,inner,expected", [
    (("3", "000", "5", "000"), ("5", "000"), True),
    (("1", "49"), ("49",), True),
    (("5", "000"), ("5", "000"), False),   # equal is not a part
    (("15",), ("5",), False),
])
def test_contains(outer, inner, expected):
    assert contains(outer, inner) is expected


@pytest.mark.parametrize("text,value", [
    ("ทั้งสองฝ่ายตกลงกัน", 2.0),
    ("เขาเป็นคนเดียวที่รู้", 1.0),
    ("the twenty-one members", 21.0),
    ("she came second", 2.0),
    ("ราคา ๑,๒๐๐ บาท", 1200.0),
])
def test_values_in_text(text, value):
    assert value in values_in_text(text)


def test_values_in_text_skips_thai_false_friends():
    assert 3.0 not in values_in_text("เขาสามารถมาได้")


@pytest.mark.parametrize("en,th", [
    ("A ticket to the concert cost $75.", "ตั๋วเข้าชมคอนเสิร์ตราคา 75 ดอลลาร์"),
    ("Seven fishing boats left the harbour at dawn.", "เรือประมง 7 ลำออกจากท่าตอนรุ่งสาง"),
])
def test_symbol_against_word_and_words_against_digits_are_format_only(en, th):
    assert {s[0] for s in _statuses(en, th)} == {"format_only"}


@pytest.mark.parametrize("text,value", [
    ("the reign of Henry VIII", 8.0),
    ("รายการทางช่องไนน์", 9.0),        # "Channel Nine" written in Thai letters
])
def test_values_in_text_reads_roman_numerals_and_thai_transliterations(text, value):
    assert value in values_in_text(text)


def test_a_first_time_added_by_the_translation_is_reported():
    got = _problems("The team won the cup in 2019.", "ทีมได้แชมป์ถ้วยนี้เป็นครั้งแรกในปี 2019")
    assert [g[0] for g in got] == ["added"] and "แรก" in got[0][2]


def test_a_value_written_once_does_not_account_for_two_numbers():
    got = _problems("The storm killed 3 people and injured 3 others.",
                    "พายุทำให้มีผู้เสียชีวิต 3 คน")
    assert [g[0] for g in got] == ["missing"]


@pytest.mark.parametrize("en,th", [
    # a scale letter glued to the digits: "m" and "k" for million and thousand
    ("Nearly 4m viewers watched the final.", "มีผู้ชมนัดชิงเกือบ 4 ล้านคน"),
    ("The town has a population of 2.7m.", "เมืองนี้มีประชากร 2.7 ล้านคน"),
    ("Some 30k runners took part.", "มีนักวิ่งร่วมงานราว 3 หมื่นคน"),
    # ... while a glued "m" for metres still joins the metres
    ("She swam the 400m in record time.", "เธอว่ายน้ำ 400 เมตรด้วยเวลาสถิติใหม่"),
    # one result written from the losing side
    ("Hearts beat Hibs 3-1 on Sunday.", "ฮิบส์แพ้ฮาร์ตส์ 1-3 เมื่อวันอาทิตย์"),
    ("Celtic won 1-0 at Ibrox.", "เรนเจอร์สแพ้เซลติก 0-1 ที่ไอบร็อกซ์"),  # a nil side
    # a conversion in brackets dropped by the translator, either way round
    ("The lorry was carrying 20 tonnes (22 tons) of sand.", "รถบรรทุกขนทราย 20 ตัน"),
    ("The boxer weighs 11st (70kg).", "นักมวยหนัก 70 กิโลกรัม"),
    ("The fare is 40 euros ($47).", "ค่าโดยสาร 40 ยูโร"),
    # midnight and noon against a clock time
    ("The curfew starts at midnight.", "เคอร์ฟิวเริ่มเวลา 24.00 น."),
    ("The bar stops serving at 00:00.", "บาร์หยุดขายตอนเที่ยงคืน"),
    ("The results come at noon.", "ผลจะประกาศเวลา 12.00 น."),
    # "doubled" / สองเท่า, and เท่าตัว ("doubled") the Thai way
    ("Ticket prices have doubled since 2015.", "ราคาตั๋วเพิ่มขึ้นสองเท่านับตั้งแต่ปี 2015"),
    ("Ticket prices have doubled since 2015.", "ราคาตั๋วเพิ่มขึ้นเท่าตัวนับตั้งแต่ปี 2015"),
    # a singular fraction as an amount, with no "of"
    ("Bus fares will fall by a quarter.", "ค่าโดยสารรถเมล์จะลดลงหนึ่งในสี่"),
])
def test_kept_numbers_of_general_news_are_not_problems(en, th):
    assert _problems(en, th) == []


@pytest.mark.parametrize("en,th,status", [
    ("Nearly 4m viewers watched the final.", "มีผู้ชมนัดชิงเกือบ 5 ล้านคน", "mismatch"),
    ("Hearts beat Hibs 3-1 on Sunday.", "ฮาร์ตส์ชนะฮิบส์ 3-2 เมื่อวันอาทิตย์", "mismatch"),
    # a number in brackets that is not a conversion is still a number
    ("Police found 14 people (8 of them children) inside.", "ตำรวจพบคน 14 คนอยู่ข้างใน",
     "missing"),
])
def test_changed_numbers_of_general_news_are_still_problems(en, th, status):
    assert [g[0] for g in _problems(en, th)] == [status]


@pytest.mark.parametrize("en,th,digits", [
    # a count is not joined to a vague ส่วนหนึ่ง ("a part") in the next sentence
    ("Police arrested one suspect on Monday. The case drew wide attention.",
     "ตำรวจจับกุมผู้ต้องสงสัยเมื่อวันจันทร์ คดีนี้ได้รับความสนใจจากคนส่วนหนึ่ง", "one"),
    # a rank is not written by เดียว ("only", "single")
    ("She was the first to reach the summit.", "เธอเป็นคนเดียวที่ไปถึงยอดเขา", "first"),
])
def test_weak_traces_do_not_hide_a_dropped_number(en, th, digits):
    got = _problems(en, th)
    assert [g[0] for g in got] == ["missing"]
    assert got[0][1] == digits


@pytest.mark.parametrize("en,th", [
    # a kick-off time converted to Thai time, as Thai sports pages do
    ("Kick-off at Anfield is at 20:00 GMT.", "การแข่งขันที่แอนฟิลด์เริ่มเวลา 03.00 น. ตามเวลาประเทศไทย"),
    ("The launch is set for 9:30 EDT.", "กำหนดปล่อยจรวดเวลา 20.30 น. เวลาไทย"),
    # a time in another zone in brackets, dropped by the translation
    ("The quake struck at 06:10 local time (23:10 GMT).", "แผ่นดินไหวเกิดขึ้นเวลา 06.10 น. ตามเวลาท้องถิ่น"),
    # a 12-hour time written as a decimal, with the part of the day in words
    ("The bus left at 8.20 in the evening.", "รถบัสออกเดินทางเวลา 20.20 น."),
])
def test_clock_times_across_zones_and_days_are_kept(en, th):
    assert _problems(en, th) == []


def test_a_wrong_time_zone_conversion_is_a_problem():
    got = _problems("Kick-off at Anfield is at 20:00 GMT.",
                    "การแข่งขันที่แอนฟิลด์เริ่มเวลา 02.00 น. ตามเวลาประเทศไทย")
    assert [g[0] for g in got] == ["mismatch"]


@pytest.mark.parametrize("en,th,note", [
    # the same day number in another month is another date
    ("The referendum will be held on 14 March.", "การลงประชามติจะจัดขึ้นในวันที่ 14 เมษายน",
     "--03-14 → --04-14"),
    ("Talks are planned for 3-4 June.", "การเจรจามีกำหนดในวันที่ 3-4 ก.ค.",
     "--06-03/--06-04 → --07-03/--07-04"),
    # the year changed, written in the Buddhist Era
    ("The law took effect on 1 July 2023.", "กฎหมายมีผลบังคับใช้เมื่อวันที่ 1 ก.ค. 2565",
     "2023-07-01 → 2022-07-01"),
])
def test_a_changed_month_or_year_of_a_date_is_a_mismatch(en, th, note):
    got = compare(en, th).numbers
    assert got.status.tolist() == ["mismatch"]
    assert got.note.iloc[0] == note


@pytest.mark.parametrize("en,th", [
    # a year left out by the translation is no evidence of another day
    ("The law took effect on 1 July 2023.", "กฎหมายมีผลบังคับใช้เมื่อวันที่ 1 กรกฎาคม"),
    ("Talks are planned for 3-4 June.", "การเจรจามีกำหนดในวันที่ 3-4 มิ.ย."),
])
def test_a_date_written_with_less_is_kept(en, th):
    assert _problems(en, th) == []


@pytest.mark.parametrize("a,b,differ", [
    ("date:--11-26", "date:--12-26", True),
    ("date:2024-11-26", "date:--11-26", False),
    ("date:2024-11-26", "date:2023-11-26", True),
    ("date:--11-10/--11-11", "date:--11-11", False),
    ("date:--11-10/--11-11", "date:--12-11", True),
    ("date:2024-11", "date:2024-11-26", False),
    ("cardinal:26", "date:--12-26", False),
])
def test_dates_differ(a, b, differ):
    assert dates_differ(a, b) is differ


@pytest.mark.parametrize("en,th", [
    ("Overnight lows dropped to -8C in the valleys.", "อุณหภูมิต่ำสุดในหุบเขาลดลงเหลือ 8 องศาเซลเซียส"),
    ("The thermometer read minus 3 degrees.", "เทอร์โมมิเตอร์วัดได้ 3 องศา"),
])
def test_a_dropped_minus_sign_is_a_mismatch(en, th):
    assert [g[0] for g in _problems(en, th)] == ["mismatch"]


@pytest.mark.parametrize("en,th", [
    # the sign carried by a word: "contracted", "below zero", "ติดลบ"
    ("Factory output grew -2.4% in March.", "ผลผลิตภาคอุตสาหกรรมเดือนมีนาคมหดตัว 2.4%"),
    ("Lows of -8C are forecast.", "คาดว่าอุณหภูมิต่ำสุดจะอยู่ที่ 8 องศาต่ำกว่าศูนย์"),
    ("Lows of -8C are forecast.", "คาดว่าอุณหภูมิต่ำสุดจะอยู่ที่ติดลบ 8 องศาเซลเซียส"),
])
def test_a_minus_sign_written_in_words_is_kept(en, th):
    assert _problems(en, th) == []


def test_a_clause_moved_to_another_paragraph_keeps_its_numbers():
    en = ("The mill shut in 2016.\n\nWorkers marched through the town.\n\n"
          "The council met on Tuesday.\n\nThe site was sold a year later for £820,000.\n\n"
          "It has stood empty since.")
    th = ("โรงสีปิดตัวในปี 2559 และที่ดินถูกขายในปีถัดมาในราคา 820,000 ปอนด์\n\n"
          "คนงานเดินขบวนไปทั่วเมือง\n\nสภาเมืองประชุมกันเมื่อวันอังคาร\n\n"
          "ที่ดินถูกขายออกไปในปีต่อมา\n\nนับแต่นั้นที่ดินก็ถูกปล่อยทิ้งร้าง")
    assert _problems(en, th) == []


def test_a_small_count_is_not_joined_across_the_article():
    # "three" is too common to be the same number two paragraphs away
    en = ("Three ministers resigned on Monday.\n\nThe vote was close.\n\n"
          "Parliament met late.\n\nThe speaker left early.")
    th = ("รัฐมนตรีลาออกเมื่อวันจันทร์\n\nการลงมติสูสี\n\nรัฐสภาประชุมจนดึก\n\n"
          "ประธานสภาออกไปก่อน 3 คน")
    assert sorted(g[0] for g in _problems(en, th)) == ["added", "missing"]


@pytest.mark.parametrize("en,th,status", [
    # a count changed in words is one mismatch, not a missing and an added row
    ("The keeper made four saves.", "ผู้รักษาประตูเซฟได้สามครั้ง", ["mismatch"]),
    # the first half of a match is no ordinal
    ("Hull led 1-0 at half-time.", "ฮัลล์นำอยู่ 1-0 เมื่อจบครึ่งแรก", []),
])
def test_counts_in_words_and_halves(en, th, status):
    assert [g[0] for g in _problems(en, th)] == status


@pytest.mark.parametrize("en,th", [
    ("Rents rose 6% in the year to May.", "ค่าเช่าในรอบ 12 เดือนถึงเดือนพฤษภาคมเพิ่มขึ้น 6%"),
    ("The queue lasted a week.", "คิวยาวนานถึง 7 วัน"),
    ("Exports grew 3% in the 12 months to March.", "การส่งออกในรอบปีถึงเดือนมีนาคมเติบโต 3%"),
    ("The strike lasted a fortnight.", "การนัดหยุดงานยืดเยื้อนาน 14 วัน"),
])
def test_one_unit_of_time_against_its_bare_unit_word_is_kept(en, th):
    assert _problems(en, th) == []


def test_another_length_of_time_against_a_unit_word_is_still_a_problem():
    assert _problems("The queue lasted a week.", "คิวยาวนานถึง 10 วัน") == [
        ("added", "", "10 วัน")]
