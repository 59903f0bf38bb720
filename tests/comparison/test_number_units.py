"""Measurements converted by the translator, ages, magnitudes and quarters in the
number join. Examples written for these tests."""

import pytest

from number_problems import number_problems
from massmob_nlp.comparison.number_units import _agree, _unit_after



def _problems(en, th):
    return number_problems(en, th)


@pytest.mark.parametrize("en,th", [
    ("Winds of up to 50mph drove the fire across about 10 miles.",
     "ลมที่แรงถึง 80 กม./ชม. พัดพาไฟลุกลามไปราว 16 กิโลเมตร"),
    ("The town is about 30 miles west of the city.", "เมืองนี้อยู่ห่างจากตัวเมืองไปทางตะวันตกราว 48 กม."),
    ("The town is 2 miles away.", "เมืองนี้อยู่ห่างออกไป 3 กม."),
    ("Temperatures reached 104F on Sunday.", "อุณหภูมิพุ่งถึง 40 องศาเซลเซียส เมื่อวันอาทิตย์"),
    ("The fire has burned 70,000 acres.", "ไฟป่าเผาผลาญพื้นที่ไปแล้ว 28,000 เฮกตาร์"),
    ("The fire has burned 70,000 acres.", "ไฟป่าเผาผลาญพื้นที่ไปแล้วราว 1.77 แสนไร่"),
    ("The striker is 6ft 2in tall.", "กองหน้ารายนี้สูง 1.88 เมตร"),
    ("The horse carries 11st 4lb.", "ม้าตัวนี้แบกน้ำหนัก 72 กิโลกรัม"),
    # a unit joined by a hyphen, a conversion restated without brackets and dropped
    ("It was a 5,000-mile journey.", "เป็นการเดินทางไกล 8,000 กิโลเมตร"),
    ("Temperatures fell to -5C overnight, about 23F.",
     "อุณหภูมิลดลงเหลือ -5 องศาเซลเซียสในช่วงกลางคืน"),
])
def test_a_converted_measurement_is_kept(en, th):
    assert _problems(en, th) == []


@pytest.mark.parametrize("en,th", [
    ("The cars plunged about 45m.", "รถร่วงลงไปจากความสูงราว 54 เมตร"),
    ("Winds drove the fire across about 10 miles.", "ลมพัดพาไฟลุกลามไปราว 26 กิโลเมตร"),
    ("The town is 20 miles away.", "เมืองนี้อยู่ห่างออกไป 40 กม."),
    ("The striker is 6ft 2in tall.", "กองหน้ารายนี้สูง 1.98 เมตร"),
    ("The horse carries 11st 4lb.", "ม้าตัวนี้แบกน้ำหนัก 62 กิโลกรัม"),
    # one unit in two languages is no conversion: a changed digit is a change
    ("It is buried 100 meters (328 feet) underground.", "อยู่ลึกลงไปใต้ดิน 100 เมตร (329 ฟุต)"),
])
def test_a_changed_measurement_is_a_mismatch(en, th):
    assert [p[0] for p in _problems(en, th)] == ["mismatch"]


def test_unit_words_and_rounding():
    assert _unit_after("50mph winds", 2)[0] == "speed"
    assert _unit_after("80 กม./ชม. ", 2)[0] == "speed"
    assert _unit_after("16 กิโลเมตร", 2)[0] == "length"
    assert _unit_after("40 องศาฟาเรนไฮต์", 2)[0] == "temp_f"
    assert _unit_after("5 men", 1) is None
    assert _agree(16093.4, 16000, 500) and not _agree(16093.4, 26000, 500)


@pytest.mark.parametrize("en,th,want", [
    # an age in apposition against วัย … ปี: one changed age
    ("The prize went to Dr Mourou, 74.", "รางวัลตกเป็นของ ดร.มูรู วัย 47 ปี", ["mismatch"]),
    ("The prize went to Dr Mourou, 74.", "รางวัลตกเป็นของ ดร.มูรู วัย 74 ปี", []),
    # a magnitude word changes the amount: 8 หมื่น is 80,000, no part of 8,000
    ("About 8,000 firefighters are battling the blaze.",
     "เจ้าหน้าที่ดับเพลิงราว 8 หมื่นคนกำลังต่อสู้กับไฟ", ["mismatch"]),
    # "the three months to June" is a quarter (ไตรมาส)
    ("The economy is expected to grow 0.4% in the three months to June.",
     "คาดว่าเศรษฐกิจจะเติบโต 0.4% ในไตรมาสที่สิ้นสุดเดือน มิ.ย.", []),
    # a chemical formula written as the chemical's name
    ("Levels of CO2 passed 400ppm in 2015.",
     "ระดับคาร์บอนไดออกไซด์ทะลุ 400 ส่วนในล้านส่วนเมื่อปี 2558", []),
])
def test_ages_magnitudes_and_quarters(en, th, want):
    assert [p[0] for p in _problems(en, th)] == want


def test_a_dropped_percent_is_not_explained_by_a_count_word():
    # the Thai drops "about one percent"; เดียว ("the only") nearby is no trace of it
    got = _problems("The park covers about one percent of the state. It is the only such region.",
                    "เป็นภูมิภาคเดียวในลักษณะนี้")
    assert ("missing", "one percent", "") in got or any(
        g[0] == "missing" and "percent" in g[1] for g in got), got


def test_count_words_write_counts_not_amounts():
    from massmob_nlp.comparison.number_unmatched import _written_in

    words = {1.0: "เดียว"}
    assert _written_in({"kind": "percent", "value": 1.0, "text": "one percent"}, words) is None
    assert _written_in({"kind": "cardinal", "value": 1.0, "text": "one"}, words) == "เดียว"


@pytest.mark.parametrize(("en", "th", "expected"), [
    # a year glossed in the other calendar in brackets: the gloss may be dropped
    ("The constitution was adopted in 2017 (B.E. 2560) after a referendum.",
     "รัฐธรรมนูญประกาศใช้ในปี 2560 หลังการลงประชามติ", []),
    ("The Act of B.E. 2562 (2019) protects personal data.",
     "พระราชบัญญัติ พ.ศ. 2562 คุ้มครองข้อมูลส่วนบุคคล", []),
    # the year itself changed: one mismatch, the gloss is no second problem
    ("The constitution was adopted in 2017 (B.E. 2560) after a referendum.",
     "รัฐธรรมนูญประกาศใช้ในปี 2561 หลังการลงประชามติ",
     [("mismatch", "2017", "2561")]),
    # two different years, one in brackets, are no gloss
    ("The plan ran from 2019 (2020 in some states) onwards.",
     "แผนนี้ดำเนินการตั้งแต่ปี 2019", [("missing", "2020", "")]),
])
def test_a_year_glossed_in_the_other_calendar(en, th, expected):
    assert number_problems(en, th, embeddings=False) == expected


@pytest.mark.parametrize("en,th", [
    # a conversion in brackets rounded to a Thai scale word
    ("The province donated 800,000 yuan (about 110,400 U.S. dollars) to the victims.",
     "มณฑลบริจาคเงิน 800,000 หยวน (ราว 1.1 แสนดอลลาร์สหรัฐ) แก่ผู้ประสบภัย"),
    ("Each household gets 2 million kip (around $92).",
     "แต่ละครัวเรือนได้รับ 2 ล้านกีบ (ประมาณ 90 ดอลลาร์)"),
])
def test_a_rounded_conversion_in_brackets_is_kept(en, th):
    assert _problems(en, th) == []


@pytest.mark.parametrize("en,th", [
    # the conversion changed, not rounded
    ("The province donated 800,000 yuan (about 110,400 U.S. dollars) to the victims.",
     "มณฑลบริจาคเงิน 800,000 หยวน (ราว 1.4 แสนดอลลาร์สหรัฐ) แก่ผู้ประสบภัย"),
    ("Each household gets 2 million kip (around $92).",
     "แต่ละครัวเรือนได้รับ 2 ล้านกีบ (ประมาณ 29 ดอลลาร์)"),
    # rounded, but not a conversion in brackets: one digit left is another amount
    ("The fund released some 330 billion pesos into the system.",
     "กองทุนปล่อยเงินราว 3 แสนล้านเปโซเข้าสู่ระบบ"),
])
def test_a_changed_conversion_is_still_a_mismatch(en, th):
    assert [p[0] for p in _problems(en, th)] == ["mismatch"]
