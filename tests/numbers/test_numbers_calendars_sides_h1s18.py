"""Calendars and idioms in the reading: a Buddhist-Era century and a year glossed "in
the Buddhist calendar" take their Common-Era value; a side's half, a doubled lead in a
match report and a reduction "down to zero" are vague (no amount a translation keeps)."""

from __future__ import annotations

import massmob_nlp as mm


def _rows(text: str) -> list[tuple[str, str, float, bool]]:
    table = mm.numbers_table(mm.analyze(text))
    return [(str(t), str(k), float(v), bool(g)) for t, k, v, g in
            table[["text", "kind", "value", "vague"]].values.tolist()]


def test_a_buddhist_era_century_is_read_as_its_common_era_century():
    # BE century 24 = BE 2301-2400 = 1758-1857 CE: mostly the 19th century
    got = _rows("เจดีย์องค์นี้สร้างขึ้นในพุทธศตวรรษที่ 24 สมัยต้นกรุงรัตนโกสินทร์")
    assert got == [("พุทธศตวรรษที่ 24", "ordinal", 19.0, False)]
    table = mm.numbers_table(mm.analyze("เจดีย์องค์นี้สร้างขึ้นในพุทธศตวรรษที่ 24"))
    assert table["calendar"].tolist() == ["BE"]
    # a century with no era word stays as written
    assert _rows("โลกในศตวรรษที่ 21 เปลี่ยนไปมาก") == [("ศตวรรษที่ 21", "ordinal", 21.0, False)]


def test_a_year_glossed_in_the_buddhist_calendar_is_a_be_year():
    got = _rows("The festival moved to 2566 in the Buddhist calendar after the flood.")
    assert got == [("2566", "year", 2023.0, False)]
    got = _rows("The law took effect in 2019, 2562 by the Thai calendar, after a vote.")
    assert [r[1:3] for r in got] == [("year", 2019.0), ("year", 2019.0)]
    # "of the Buddhist" before another noun is no era
    assert _rows("Some 2400 of the Buddhist pilgrims stayed.")[0][1] == "cardinal"


def test_the_half_named_by_its_side_is_vague_and_a_share_is_not():
    assert _rows("Power cuts hit the northern half of the island.") == [
        ("half", "fraction", 0.5, True)]
    assert _rows("Half of the island lost power.") == [("Half", "fraction", 0.5, False)]


def test_a_doubled_lead_in_a_match_is_vague_and_doubled_sales_are_not():
    assert _rows("The visitors doubled their lead just after the break.") == [
        ("doubled", "cardinal", 2.0, True)]
    assert _rows("Exports doubled in the second quarter.")[0] == (
        "doubled", "cardinal", 2.0, False)


def test_a_reduction_down_to_zero_is_a_vague_zero():
    assert _rows("ภาษีนำเข้าจะค่อย ๆ ลดลงจนเหลือศูนย์") == [("ศูนย์", "cardinal", 0.0, True)]
    assert _rows("อุณหภูมิที่ยอดดอยลดลงถึงศูนย์องศา")[0][3] is False


def test_the_century_pair_is_one_value_in_a_comparison():
    cmp = mm.compare("The pagoda was built in the 15th century.",
                     "เจดีย์นี้สร้างขึ้นในพุทธศตวรรษที่ 20")
    rows = cmp.numbers[["status", "src_text", "tgt_text"]].values.tolist()
    assert rows == [["format_only", "15th", "พุทธศตวรรษที่ 20"]]


def test_cents_are_hundredths_of_a_dollar_in_both_languages():
    assert _rows("Gold futures slipped 40 cents to $2,310 an ounce.")[0] == (
        "40 cents", "money", 0.4, False)
    assert _rows("ราคาทองคำล่วงหน้าลดลง 40 เซนต์สหรัฐ")[0] == ("40 เซนต์", "money", 0.4, False)
    # the Saint of a place name is no coin
    assert _rows("ทีมจาก 3 เซนต์หลุยส์")[0][1] == "cardinal"


def test_a_word_range_end_is_never_shortened_and_a_rank_is_no_range_start():
    # "by as much as 45%" after a model number: no range 7040-7045
    got = _rows("ชิปใหม่เร็วกว่ารุ่น 7040 ถึง 45% ในการทดสอบ")
    assert [(t, k) for t, k, _, _ in got] == [("7040", "cardinal"), ("45%", "percent")]
    assert _rows("แผนปี 2568-72 ของกระทรวง")[0][:2] == ("2568-72", "year_range")
    # "three points clear of second place": the rank is vague, the gap is a count
    got = _rows("ทีมขึ้นนำห่างอันดับ 2 ถึง 3 คะแนน")
    assert [(t, k, g) for t, k, _, g in got] == [("อันดับ 2", "ordinal", True),
                                                ("3", "cardinal", False)]


def test_every_day_of_a_list_under_one_month_is_a_date_before_a_verb():
    table = mm.numbers_table(mm.analyze("Shows on June 4, 5 and 6 drew 40,000 fans."))
    assert table["key"].tolist()[:3] == ["date:--06-04", "date:--06-05", "date:--06-06"]


def test_double_before_what_it_multiplies_and_once_as_a_count():
    got = _rows("Rainfall reached 90mm, nearly double the monthly average.")
    assert ("double", "cardinal", 2.0, False) in got
    # at the end of a clause a vague one (Thai คนละครั้ง has no number); "at least" counts
    assert _rows("The rivals have met three times, each side winning once.")[1] == (
        "once", "cardinal", 1.0, True)
    assert ("once", "cardinal", 1.0, False) in _rows("Half the pupils were ill at least once.")
    assert _rows("Please reply at once.") == []
    assert ("นัดเดียว", "cardinal", 1.0, True) in _rows("สโมสรชนะเพียงนัดเดียวจาก 8 นัด")


def test_a_place_in_a_table_and_a_first_term():
    assert ("second", "ordinal", 2.0, False) in _rows("The club went second in the table.")
    assert ("second", "ordinal", 2.0, False) in _rows("Toyota was second with 880 cars.")
    assert _rows("ค่าเทอมภาคเรียนแรกเพิ่มขึ้น")[0][:3] == ("แรก", "ordinal", 1.0)


def test_volts_are_a_unit_and_kilovolts_no_kilograms():
    table = mm.numbers_table(mm.analyze("สายส่ง 230 กิโลโวลต์ ยาว 40 กิโลเมตร"))
    assert table["unit"].tolist() == ["kV", "km"]
    assert mm.numbers_table(mm.analyze("a new 230kV line"))["unit"].tolist() == ["kV"]


def test_a_change_from_one_level_to_another_after_a_long_noun_is_two_numbers():
    got = _rows("The board voted to raise the fee for late renewal of business licences "
                "from 2.5 per cent to 4 per cent.")
    assert [r[:3] for r in got] == [("2.5 per cent", "percent", 2.5),
                                    ("4 per cent", "percent", 4.0)]


def test_the_english_words_of_a_thai_name_in_brackets_are_not_read_again():
    got = _rows('ละครเรื่อง "สามพี่น้อง" (Three Sisters) มีทั้งหมด 12 ตอน')
    assert [r[:2] for r in got] == [("สาม", "cardinal"), ("12", "cardinal")]
    assert [r[:2] for r in _rows("ย่านถนนพระราม 4 (Rama 4 Road)")] == [
        ("4", "cardinal"), ("4", "cardinal")]


def test_each_one_percentage_point_is_an_amount():
    got = _rows("Analysts say each one percentage point cut lifts exports.")
    assert [r[:3] for r in got] == [("one percentage point", "percent", 1.0)]
    assert _rows("Each one arrived late.") == []
