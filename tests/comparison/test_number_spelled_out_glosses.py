"""What a Thai translator spells out that the English implies, and one number changed
or moved that must not come out as two problems: a span of weekdays counted as days,
an opening day as the first day, the overnight leader as the leader after a round, the
verb "led" as rank one, a value said twice in one Thai sentence, a headline's amount
converted into baht, a rank moved to another paragraph, a year read as a count on one
side. Sentences written for these tests."""

from number_problems import number_problems

from massmob_nlp.comparison.number_day_spans import _span_days


def _problems(en: str, th: str) -> list[tuple[str, ...]]:
    return [p[:3] for p in number_problems(en, th, embeddings=False)]


def test_a_span_of_weekdays_holds_its_days_both_ends_counted():
    assert _span_days("Friday", "Sunday") == 3
    assert _span_days("วันจันทร์", "ศุกร์") == 5
    assert _span_days("Saturday", "Monday") == 3


def test_days_counted_from_a_weekday_span_add_no_number():
    en = "The museum drew 12,400 visitors over the Thursday-to-Sunday festival."
    th = "พิพิธภัณฑ์มีผู้เข้าชม 12,400 คนตลอดเทศกาล 4 วัน (พฤหัสบดี-อาทิตย์)"
    assert _problems(en, th) == []


def test_days_that_do_not_fit_the_span_are_still_added():
    en = "The museum drew 12,400 visitors over the Thursday-to-Sunday festival."
    th = "พิพิธภัณฑ์มีผู้เข้าชม 12,400 คนตลอดเทศกาล 6 วัน (พฤหัสบดี-อาทิตย์)"
    assert [p[0] for p in _problems(en, th)] == ["added"]


def test_an_english_day_count_the_thai_gives_as_a_span_is_kept():
    en = "Clinics will open a five-day vaccination drive next week."
    th = "คลินิกจะเปิดรณรงค์ฉีดวัคซีนตั้งแต่วันจันทร์ถึงวันศุกร์สัปดาห์หน้า"
    assert _problems(en, th) == []


def test_opening_day_is_the_first_day():
    en = "The exhibition sold 3,100 tickets to opening-day crowds."
    th = "นิทรรศการขายตั๋วได้ 3,100 ใบให้ผู้ชมในวันแรกที่เปิด"
    assert _problems(en, th) == []


def test_the_overnight_leader_is_the_leader_after_the_round_before():
    en = "Suzuki began the day one shot behind overnight leader Park."
    th = "ซูซูกิเริ่มวันนี้โดยตามหลังพัค ผู้นำหลังจบรอบที่ 2 อยู่ 1 สโตรก"
    assert _problems(en, th) == []


def test_a_round_with_no_overnight_leader_is_still_added():
    en = "Suzuki began the day one shot behind the leader Park."
    th = "ซูซูกิเริ่มวันนี้โดยตามหลังพัค ผู้นำหลังจบรอบที่ 2 อยู่ 1 สโตรก"
    assert [p[0] for p in _problems(en, th)] == ["added"]


def test_led_written_as_rank_one_adds_no_number():
    en = "Japan led foreign buyers with 41,000 tonnes, ahead of Korea with 30,000."
    th = "ญี่ปุ่นเป็นผู้ซื้อต่างชาติอันดับ 1 ที่ 41,000 ตัน ตามด้วยเกาหลี 30,000 ตัน"
    assert _problems(en, th) == []


def test_led_by_is_no_first_place():
    en = "A delegation led by the minister bought 41,000 tonnes."
    th = "คณะผู้แทนอันดับ 1 ซื้อ 41,000 ตัน"
    assert [p[0] for p in _problems(en, th)] == ["added"]


def test_a_value_the_thai_spells_out_twice_in_its_sentence_is_said_again():
    en = "The guide promoted the riverside bistro to two stars, its highest rating yet."
    th = "ไกด์ได้เลื่อนร้านริมน้ำเป็นร้านระดับ 2 ดาวเป็นครั้งแรก โดยขึ้นเป็น 2 ดาวซึ่งสูงที่สุด"
    assert [p for p in _problems(en, th) if p[2] == "2"] == []


def test_a_headline_amount_converted_into_baht_is_a_gloss():
    en = ("Port operator wins $1.5 billion terminal deal\n\n"
          "The operator signed the $1.5 billion contract on Monday, the company said, "
          "and expects to start work in March with 2,000 workers.\n\n"
          "It will build three berths and a rail link to the inland depot.\n\n"
          "The terminal should handle 1.2 million containers a year.")
    th = ("ผู้ประกอบการท่าเรือคว้าสัญญาสร้างท่าเทียบเรือ 5 หมื่นล้านบาท\n\n"
          "ผู้ประกอบการลงนามในสัญญามูลค่า 1.5 พันล้านดอลลาร์เมื่อวันจันทร์ "
          "และคาดว่าจะเริ่มงานในเดือนมีนาคมโดยใช้แรงงาน 2,000 คน\n\n"
          "บริษัทจะสร้างท่าเทียบเรือ 3 ท่าและทางรถไฟเชื่อมไปยังคลังสินค้า\n\n"
          "ท่าเรือแห่งนี้จะรองรับตู้สินค้าได้ 1.2 ล้านตู้ต่อปี")
    assert _problems(en, th) == []


def test_a_headline_amount_far_from_the_conversion_is_still_a_problem():
    en = ("Port operator wins $1.5 billion terminal deal\n\n"
          "The operator signed the $1.5 billion contract on Monday, the company said, "
          "and expects to start work in March with 2,000 workers.\n\n"
          "It will build three berths and a rail link to the inland depot.\n\n"
          "The terminal should handle 1.2 million containers a year.")
    th = ("ผู้ประกอบการท่าเรือคว้าสัญญาสร้างท่าเทียบเรือ 5 พันล้านบาท\n\n"
          "ผู้ประกอบการลงนามในสัญญามูลค่า 1.5 พันล้านดอลลาร์เมื่อวันจันทร์ "
          "และคาดว่าจะเริ่มงานในเดือนมีนาคมโดยใช้แรงงาน 2,000 คน\n\n"
          "บริษัทจะสร้างท่าเทียบเรือ 3 ท่าและทางรถไฟเชื่อมไปยังคลังสินค้า\n\n"
          "ท่าเรือแห่งนี้จะรองรับตู้สินค้าได้ 1.2 ล้านตู้ต่อปี")
    assert _problems(en, th) != []


def test_a_rank_moved_into_another_paragraph_is_kept():
    en = ("Nguyen reached the final of the Jakarta Open on Sunday.\n\n"
          "She beat Lee 21-15, 21-18 in 41 minutes.\n\n"
          "Nguyen, ranked seventh in the world, meets Chen on Monday.")
    th = ("เหงียน มือ 7 ของโลก ผ่านเข้ารอบชิงชนะเลิศจาการ์ตา โอเพ่น เมื่อวันอาทิตย์\n\n"
          "เธอชนะลี 21-15, 21-18 ใช้เวลา 41 นาที\n\n"
          "เหงียนจะพบกับเฉินในวันจันทร์")
    assert _problems(en, th) == []


def test_a_year_read_as_a_count_and_a_changed_year_are_one_mismatch():
    en = "The 2019 champions lost 2-1 to the visitors."
    th = "แชมป์เมื่อปี 2018 แพ้ทีมเยือน 1-2"
    assert [p[0] for p in _problems(en, th)] == ["mismatch"]


def test_first_closing_a_clause_is_before_the_others():
    en = "Prices could fall fast if rival makers cut their costs first."
    th = "ราคาอาจลดลงอย่างรวดเร็ว หากผู้ผลิตคู่แข่งลดต้นทุนได้ก่อน"
    assert _problems(en, th) == []


def test_finishing_first_is_a_place_that_can_be_lost():
    en = "The Kenyan runner finished first, and prices could fall fast."
    th = "นักวิ่งชาวเคนยาเข้าเส้นชัย และราคาอาจลดลงก่อน"
    assert [p[:2] for p in _problems(en, th)] == [("missing", "first")]


def test_every_one_of_them_is_all_of_them():
    en = "Every one of the 14 bridges was inspected this year."
    th = "สะพานทุกแห่งจาก 14 แห่งได้รับการตรวจสอบในปีนี้"
    assert _problems(en, th) == []


def test_one_of_them_without_every_is_still_lost():
    en = "Only one of the old bridges was inspected this year."
    th = "สะพานเก่าทุกแห่งได้รับการตรวจสอบในปีนี้"
    assert [p[:2] for p in _problems(en, th)] == [("missing", "one")]


def test_a_centenary_is_a_hundred_years():
    en = "The theatre marks its centenary with a free concert."
    th = "โรงละครฉลองครบรอบ 100 ปีด้วยคอนเสิร์ตฟรี"
    assert _problems(en, th) == []


def test_another_anniversary_than_the_centenary_is_still_added():
    en = "The theatre marks its centenary with a free concert."
    th = "โรงละครฉลองครบรอบ 90 ปีด้วยคอนเสิร์ตฟรี"
    assert [p[0] for p in _problems(en, th)] == ["added"]


def test_biannually_is_twice_a_year():
    en = "The council reviews the tariffs biannually."
    th = "สภาทบทวนอัตราค่าธรรมเนียมปีละ 2 ครั้ง"
    assert _problems(en, th) == []


def test_headed_the_list_is_rank_one():
    en = "Brazil headed the list of coffee producers last season."
    th = "บราซิลเป็นผู้ผลิตกาแฟอันดับ 1 ในฤดูกาลที่แล้ว"
    assert _problems(en, th) == []


def test_two_named_days_are_a_two_day_event():
    en = "The two-day forum opens in Da Nang on Wednesday."
    th = "การประชุมจะจัดขึ้นที่ดานังในวันพุธและวันพฤหัสบดี"
    assert _problems(en, th) == []


def test_two_thirds_cut_to_a_whole_percent_is_the_same_share():
    en = "Nearly two-thirds of the members backed the plan."
    th = "สมาชิกเกือบ 66% สนับสนุนแผนนี้"
    assert _problems(en, th) == []


def test_a_share_further_off_than_its_last_digit_is_still_a_change():
    en = "Nearly two-thirds of the members backed the plan."
    th = "สมาชิกเกือบ 60% สนับสนุนแผนนี้"
    assert _problems(en, th) != []


def test_an_amount_converted_into_baht_is_no_change():
    en = "The province approved a $1.5 billion airport expansion."
    th = "จังหวัดอนุมัติโครงการขยายสนามบินมูลค่า 5 หมื่นล้านบาท"
    assert _problems(en, th) == []


def test_the_same_digits_in_another_currency_are_a_change():
    en = "The province approved a $1.5 billion airport expansion."
    th = "จังหวัดอนุมัติโครงการขยายสนามบินมูลค่า 1.5 พันล้านบาท"
    assert [p[0] for p in _problems(en, th)] == ["mismatch"]
