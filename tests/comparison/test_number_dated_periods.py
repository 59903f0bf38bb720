"""The number join on dates a translator moved or glossed, restated periods of a year
and numbers in digits joined before numbers in words. Sentences written for these
tests."""

import pytest

from number_problems import number_problems


def _problems(en, th):
    return number_problems(en, th, embeddings=False)


# ------------------------------------------------------------------ a dated line moved
DATED_EN = ("By Somchai Lee\n\n"
            "Updated: 9:40am, 4 Mar 2026\n\n"
            "The city council approved a budget of 40 million baht on Tuesday.\n\n"
            "Council members said the money would pay for 12 new buses.")


def test_dated_line_moved_into_the_lead_is_kept():
    th = ("สภาเมืองอนุมัติงบประมาณ 40 ล้านบาทเมื่อวันพุธที่ 4 มีนาคม\n\n"
          "สมาชิกสภาระบุว่าเงินดังกล่าวจะใช้ซื้อรถโดยสารใหม่ 12 คัน")
    problems = _problems(DATED_EN, th)
    assert not [p for p in problems if p[0] == "added"]
    assert not [p for p in problems if p[1] == "4 Mar 2026"]


def test_another_day_in_the_lead_is_still_added():
    th = ("สภาเมืองอนุมัติงบประมาณ 40 ล้านบาทเมื่อวันพุธที่ 11 มีนาคม\n\n"
          "สมาชิกสภาระบุว่าเงินดังกล่าวจะใช้ซื้อรถโดยสารใหม่ 12 คัน")
    assert ("added", "", "11 มีนาคม") in _problems(DATED_EN, th)


# ------------------------------------------------------------------ a weekday glossed
@pytest.mark.parametrize("th", [
    "คณะกรรมการประชุมเมื่อวันศุกร์ที่ 12 กรกฎาคม เพื่อหารือแผนดังกล่าว",
    "คณะกรรมการประชุมเมื่อวันศุกร์ 12 ก.ค. เพื่อหารือแผนดังกล่าว",
    "คณะกรรมการประชุมเมื่อวันศุกร์ (12 ก.ค.) เพื่อหารือแผนดังกล่าว",
    # 12 July 2024 was a Friday
    "คณะกรรมการประชุมเมื่อวันศุกร์ที่ 12 กรกฎาคม 2567 เพื่อหารือแผนดังกล่าว",
])
def test_thai_date_of_the_english_weekday_is_no_problem(th):
    assert _problems("The committee met on Friday to discuss the plan.", th) == []


@pytest.mark.parametrize("th", [
    # the English names another weekday
    "คณะกรรมการประชุมเมื่อวันศุกร์ที่ 12 กรกฎาคม เพื่อหารือแผนดังกล่าว",
])
def test_date_of_another_weekday_is_added(th):
    assert _problems("The committee met on Monday to discuss the plan.", th) != []


def test_date_that_does_not_fall_on_the_weekday_is_added():
    # 13 July 2024 was a Saturday
    th = "คณะกรรมการประชุมเมื่อวันศุกร์ที่ 13 กรกฎาคม 2567 เพื่อหารือแผนดังกล่าว"
    assert _problems("The committee met on Friday to discuss the plan.", th) != []


# ------------------------------------------------------------------ restated periods
PERIOD_EN = ("Vietnam's exports rose 8 percent in the first quarter of 2026, the "
             "statistics office said. Exports were worth 95 billion dollars in the first "
             "three months of the year.")


def test_first_three_months_restating_the_first_quarter_is_kept():
    th = ("สำนักงานสถิติระบุว่าการส่งออกของเวียดนามในไตรมาสแรกของปี 2569 เพิ่มขึ้นร้อยละ 8 "
          "มีมูลค่า 9.5 หมื่นล้านดอลลาร์")
    assert _problems(PERIOD_EN, th) == []


def test_first_six_months_is_no_first_quarter():
    en = PERIOD_EN.replace("first three months", "first six months")
    th = ("สำนักงานสถิติระบุว่าการส่งออกของเวียดนามในไตรมาสแรกของปี 2569 เพิ่มขึ้นร้อยละ 8 "
          "มีมูลค่า 9.5 หมื่นล้านดอลลาร์")
    assert ("missing", "six months", "") in _problems(en, th)


@pytest.mark.parametrize("en,th", [
    ("Sales fell 3 percent in the first half, to 2 billion baht in the first six months.",
     "ยอดขายครึ่งปีแรกลดลงร้อยละ 3 เหลือ 2 พันล้านบาท"),
    ("Profit reached 5 billion yuan in the first nine months, up 4 percent.",
     "กำไรช่วงเดือนมกราคม-กันยายนอยู่ที่ 5 พันล้านหยวน เพิ่มขึ้นร้อยละ 4"),
    # the Thai counts the months, the English names the quarter
    ("Output grew 6 percent in the first quarter.",
     "ผลผลิตในช่วง 3 เดือนแรกเติบโตร้อยละ 6"),
])
def test_period_named_once_is_kept(en, th):
    assert _problems(en, th) == []


def test_three_months_that_are_no_first_quarter_are_missing():
    en = "Output grew 6 percent in the fourth quarter, the best three months of the year."
    th = "ผลผลิตในไตรมาสที่ 4 เติบโตร้อยละ 6"
    assert ("missing", "three months", "") in _problems(en, th)


# ------------------------------------------------------------------ digits before words
@pytest.mark.parametrize("en,th,pair", [
    ("It was the first time the film opened at No. 1 in the country.",
     "ภาพยนตร์เปิดตัวที่อันดับ 1 ในประเทศเป็นครั้งแรก", ("No. 1", "อันดับ 1")),
    ("Both players scored twice in 2 games.",
     "ผู้เล่นทั้งสองทำประตูได้สองครั้งใน 2 นัด", ("2", "2")),
])
def test_digits_join_digits_before_a_word_takes_them(en, th, pair):
    from massmob_nlp import compare
    numbers = compare(en, th, src_lang="en", tgt_lang="th", embeddings=False).numbers
    pairs = set(zip(numbers["src_text"].fillna(""), numbers["tgt_text"].fillna("")))
    assert pair in pairs


# ------------------------------------------------------------------ one day, year on one side
def _vi_problems(vi, th):
    from massmob_nlp import compare
    numbers = compare(vi, th, src_lang="vi", tgt_lang="th", embeddings=False).numbers
    bad = numbers[numbers["status"].isin(("mismatch", "missing", "added"))]
    return sorted(bad["status"].astype(str))


def test_numeric_day_and_month_is_the_thai_date_with_its_year():
    vi = "Từ ngày 1/7, 12 quận mới bắt đầu hoạt động."
    th = "ตั้งแต่วันที่ 1 กรกฎาคม 2568 เขตใหม่ 12 เขตเริ่มทำงาน"
    assert _vi_problems(vi, th) == []


def test_another_day_with_its_year_is_a_change():
    vi = "Từ ngày 1/7, 12 quận mới bắt đầu hoạt động."
    th = "ตั้งแต่วันที่ 7 กรกฎาคม 2568 เขตใหม่ 12 เขตเริ่มทำงาน"
    assert _vi_problems(vi, th) == ["mismatch"]


# ------------------------------------------------------------------ no swap across a sentence
def test_values_of_two_sentences_in_one_bead_are_no_swap():
    en = ("The bank raised its 2026 growth forecast to 5.1% from 4.8%. For 2027, it sees "
          "growth of 5.3%.")
    th = ("ธนาคารปรับเพิ่มคาดการณ์การเติบโตปี 2569 เป็นร้อยละ 5.1 จากร้อยละ 4.8 "
          "ส่วนปี 2570 คาดว่าจะเติบโตร้อยละ 5.3")
    assert _problems(en, th) == []


# ------------------------------------------------------------------ one more
def test_one_more_is_thai_again():
    en = "Analysts expect one more rate cut before the end of the year."
    th = "นักวิเคราะห์คาดว่าจะมีการลดอัตราดอกเบี้ยอีกครั้งก่อนสิ้นปี"
    assert _problems(en, th) == []


def test_two_more_without_a_thai_count_is_missing():
    en = "Analysts expect two more rate cuts before the end of the year."
    th = "นักวิเคราะห์คาดว่าจะมีการลดอัตราดอกเบี้ยอีกครั้งก่อนสิ้นปี"
    assert ("missing", "two", "") in _problems(en, th)


# ------------------------------------------------------------------ rounded amounts
@pytest.mark.parametrize("en,th", [
    ("The fund holds some $270 billion in bonds.", "กองทุนถือพันธบัตรราว 2.7 แสนล้านดอลลาร์"),
    ("The plan costs VND2,468,912 billion.", "แผนนี้ใช้เงิน 2,468 ล้านล้านดอง"),
    ("Revenue reached $31.47 billion.", "รายได้แตะ 3.15 หมื่นล้านดอลลาร์"),
])
def test_amount_rounded_or_cut_at_its_thai_digits_is_kept(en, th):
    assert _problems(en, th) == []


@pytest.mark.parametrize("en,th", [
    # one digit left of 270 billion is another amount
    ("The fund holds some $270 billion in bonds.", "กองทุนถือพันธบัตรราว 3 แสนล้านดอลลาร์"),
    # cut more than one step away
    ("The plan costs VND2,468,912 billion.", "แผนนี้ใช้เงิน 2,486 ล้านล้านดอง"),
])
def test_amount_changed_beyond_its_thai_digits_is_a_mismatch(en, th):
    assert [p[0] for p in _problems(en, th)] == ["mismatch"]


def test_thai_date_of_yesterday_in_brackets_is_no_problem():
    en = "The ruling party yesterday won 61 of the 113 seats."
    th = "พรรครัฐบาลเมื่อวานนี้ (9 ก.พ.) ชนะ 61 จาก 113 ที่นั่ง"
    assert _problems(en, th) == []


def test_thai_date_of_yesterday_with_no_english_yesterday_is_added():
    en = "The ruling party won 61 of the 113 seats."
    th = "พรรครัฐบาลเมื่อวานนี้ (9 ก.พ.) ชนะ 61 จาก 113 ที่นั่ง"
    assert ("added", "", "9 ก.พ.") in _problems(en, th)


def test_rank_form_joins_rank_form_before_a_word():
    from massmob_nlp import compare
    numbers = compare("The song reached No. 1 for the first time last week.",
                      "เพลงนี้ขึ้นอันดับหนึ่งเป็นครั้งแรกเมื่อสัปดาห์ที่แล้ว",
                      src_lang="en", tgt_lang="th", embeddings=False).numbers
    pairs = set(zip(numbers["src_text"].fillna(""), numbers["tgt_text"].fillna("")))
    assert ("first", "แรก") in pairs


# ------------------------------------------------------------------ a code said twice
@pytest.mark.parametrize("en,th", [
    ("Republic Act No. 10173, or RA 10173, protects personal data.",
     "กฎหมายสาธารณรัฐฉบับที่ 10173 คุ้มครองข้อมูลส่วนบุคคล"),
    ("The rules follow Presidential Decree No. 4521, also known as PD 4521.",
     "กฎดังกล่าวเป็นไปตามพระราชกฤษฎีกาฉบับที่ 4521"),
])
def test_code_written_twice_in_its_sentence_is_kept_once(en, th):
    assert _problems(en, th) == []


def test_another_code_of_the_sentence_is_still_missing():
    assert ("missing", "MH370", "") in _problems("Flights MH17 and MH370 were both lost.",
                                                "เที่ยวบิน MH17 สูญหาย")


_TWO_PERIODS_EN = ("In the first nine months of 2026, rice exports reached 6.1 million tonnes. "
                   "In the nine months, coffee exports reached 1.4 million tonnes.")


def test_a_period_restated_by_an_anaphor_is_kept():
    from number_problems import number_problems
    th = ("ในช่วง 9 เดือนแรกของปี 2569 การส่งออกข้าวอยู่ที่ 6.1 ล้านตัน "
          "ส่วนการส่งออกกาแฟในช่วงเวลาดังกล่าวอยู่ที่ 1.4 ล้านตัน")
    assert number_problems(_TWO_PERIODS_EN, th, embeddings=False) == []


def test_a_period_dropped_without_an_anaphor_is_missing():
    from number_problems import number_problems
    th = ("ในช่วง 9 เดือนแรกของปี 2569 การส่งออกข้าวอยู่ที่ 6.1 ล้านตัน "
          "ส่วนการส่งออกกาแฟอยู่ที่ 1.4 ล้านตัน")
    assert [p[:2] for p in number_problems(_TWO_PERIODS_EN, th, embeddings=False)] == \
        [("missing", "nine months")]
