"""What a translation writes out that the English leaves to the reader: a headline's
round bound for the body's figure (``ทะลุล้านคน`` for 1.1 million), the year of a
list of days, the story's year after a month named alone, a quarter for its three
months, "the second match" of a two-legged tie. Each is no number added or lost;
another figure still is. Sentences written for these tests."""

from number_problems import number_problems


def _problems(en: str, th: str) -> list[tuple[str, ...]]:
    return [p[:3] for p in number_problems(en, th, embeddings=False)]


EN_HEAD = ("Fans queue for Bangkok fan meeting\n\n"
           "More than 1.2 million fans joined the online queue on Friday, the organiser "
           "said, and all 9,000 seats were gone in 20 minutes.\n\n"
           "The meeting will be held at Impact Arena.")
TH_HEAD = ("แฟนคลับต่อคิวออนไลน์ทะลุ{n}คน\n\n"
           "ผู้จัดงานเปิดเผยว่า เมื่อวันศุกร์มีแฟนคลับเข้าคิวออนไลน์กว่า 1.2 ล้านคน "
           "และที่นั่งทั้ง 9,000 ที่ถูกจองหมดภายใน 20 นาที\n\n"
           "งานจะจัดขึ้นที่อิมแพ็ค อารีนา")


def test_a_headline_bound_on_the_body_figure_adds_nothing():
    assert _problems(EN_HEAD, TH_HEAD.format(n="ล้าน")) == []


def test_a_headline_bound_the_body_does_not_reach_is_added():
    assert ("added", "", "สองล้าน") in _problems(EN_HEAD, TH_HEAD.format(n="สองล้าน"))


def test_the_year_of_a_list_of_days_is_part_of_the_thai_date():
    en = "The festival will run on May 8, 9 and 10, 2027 at Lumphini Park."
    th = "เทศกาลจะจัดขึ้นในวันที่ 8, 9 และ 10 พฤษภาคม 2570 ที่สวนลุมพินี"
    assert _problems(en, th) == []


def test_another_year_in_the_thai_date_is_still_reported():
    en = "The festival will run on May 8, 9 and 10, 2027 at Lumphini Park."
    th = "เทศกาลจะจัดขึ้นในวันที่ 8, 9 และ 10 พฤษภาคม 2571 ที่สวนลุมพินี"
    assert _problems(en, th) != []


EN_MONTH = ("Exports rose 4.2% in August, the commerce ministry said on "
            "September 24, 2026.")
TH_MONTH = ("กระทรวงพาณิชย์เปิดเผยเมื่อวันที่ 24 กันยายน 2569 ว่า การส่งออกเดือนสิงหาคม {y} "
            "เพิ่มขึ้นร้อยละ 4.2")


def test_the_story_year_after_a_month_named_alone_adds_nothing():
    assert _problems(EN_MONTH, TH_MONTH.format(y="2569")) == []


def test_a_year_the_english_never_gives_is_still_added():
    assert _problems(EN_MONTH, TH_MONTH.format(y="2567")) != []


def test_a_quarter_for_its_three_months_adds_nothing():
    en = "Sales in the July-September period reached 3,150 units."
    th = "ยอดขายในไตรมาส 3 (ก.ค.-ก.ย.) อยู่ที่ 3,150 หน่วย"
    assert _problems(en, th) == []


def test_a_quarter_of_other_months_is_still_added():
    en = "Sales in the April-June period reached 3,150 units."
    th = "ยอดขายในไตรมาส 3 อยู่ที่ 3,150 หน่วย"
    assert ("added", "", "ไตรมาส 3") in _problems(en, th)


def test_the_second_match_of_a_tie_is_the_return_match():
    en = "Port lead 3-1 from the first leg and host the return match on Sunday."
    th = "การท่าเรือนำอยู่ 3-1 จากนัดแรก และจะเปิดบ้านในนัดที่สองวันอาทิตย์นี้"
    assert _problems(en, th) == []


def test_both_ends_of_a_thai_date_range_across_a_new_year():
    en = "The campaign will run from Dec 27 to Jan 3, 2027, with 2,100 checkpoints."
    th = ("การรณรงค์จะเริ่มตั้งแต่วันที่ 27 ธันวาคม 2569 ถึงวันที่ 3 มกราคม 2570 "
          "โดยมีจุดตรวจ 2,100 จุด")
    assert _problems(en, th) == []


def test_a_changed_end_of_a_thai_date_range_is_still_reported():
    en = "The campaign will run from Dec 27 to Jan 3, 2027, with 2,100 checkpoints."
    th = ("การรณรงค์จะเริ่มตั้งแต่วันที่ 27 ธันวาคม 2569 ถึงวันที่ 5 มกราคม 2570 "
          "โดยมีจุดตรวจ 2,100 จุด")
    assert _problems(en, th) != []


def test_grade_ten_is_the_thai_fourth_secondary_year():
    en = "About 96,000 students will sit the grade-10 entrance exam in June."
    th = "นักเรียนราว 96,000 คนจะเข้าสอบเข้าชั้น ม.4 ในเดือนมิถุนายน"
    assert _problems(en, th) == []


def test_grade_ten_is_not_the_thai_fifth_secondary_year():
    en = "About 96,000 students will sit the grade-10 entrance exam in June."
    th = "นักเรียนราว 96,000 คนจะเข้าสอบเข้าชั้น ม.5 ในเดือนมิถุนายน"
    assert _problems(en, th) != []


def test_two_others_and_the_accused_are_three_in_all():
    en = "The court sentenced a former district chief, together with two others, to prison."
    th = "ศาลพิพากษาจำคุกอดีตนายอำเภอกับพวกรวม 3 คน"
    assert _problems(en, th) == []


def test_a_changed_figure_aligned_beside_the_next_sentence_keeps_its_partner():
    en = ("Of the 212,400 members, 151,090 voted, a turnout of 71.14 percent. "
          "Spoilt ballots numbered 1,803, or 1.19 percent of the votes cast.")
    th = ("จากสมาชิก 212,400 คน มีผู้มาลงคะแนน 151,090 คน คิดเป็นร้อยละ 71.41")
    got = _problems(en, th)
    assert ("mismatch", "71.14 percent", "ร้อยละ 71.41") in got
