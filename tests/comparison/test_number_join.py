"""The number join of ``compare``: kept numbers written differently are never a
problem; changed, dropped and added ones are. Examples written for these tests."""

import pytest

from massmob_nlp import compare
from massmob_nlp.comparison.evidence import contains, digit_groups, values_in_text

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
