"""Words the other side writes for a number that is not a quantity: a name with a
number said again ("the A350-900"), a rank said by its place in a list ("came second"
/ ``ตามด้วย``, "her nearest rival" / ``อันดับสอง``), the years of a decade restated in
brackets, and the time of a live blog's entry written into a sentence. Sentences
written for these tests."""

from number_problems import number_problems


def _problems(en: str, th: str) -> list[tuple[str, ...]]:
    return [p[:3] for p in number_problems(en, th, embeddings=False)]


def test_a_name_said_again_where_the_translation_says_it_once_is_kept():
    en = ("Thai Airways will add a second A350-900 to its Osaka route from March.\n\n"
          "The A350-900 seats 321 passengers.")
    th = ("การบินไทยจะเพิ่มเครื่อง A350-900 ลำที่สองในเส้นทางโอซากาตั้งแต่เดือนมีนาคม\n\n"
          "เครื่องรุ่นนี้มีที่นั่ง 321 ที่")
    assert _problems(en, th) == []


def test_a_name_the_translation_never_gives_is_still_missing():
    en = ("Thai Airways will add a second aircraft to its Osaka route from March.\n\n"
          "The A350-900 seats 321 passengers.")
    th = ("การบินไทยจะเพิ่มเครื่องบินลำที่สองในเส้นทางโอซากาตั้งแต่เดือนมีนาคม\n\n"
          "เครื่องรุ่นนี้มีที่นั่ง 321 ที่")
    assert ("missing", "A350-900", "") in _problems(en, th)


def test_came_second_in_a_list_is_the_thai_followed_by():
    en = ("Rice exports earned the most, at 4.2 billion baht. Rubber came second with "
          "2.7 billion baht, ahead of cassava.")
    th = ("ข้าวทำรายได้จากการส่งออกสูงสุด 4.2 พันล้านบาท ตามด้วยยางพารา 2.7 พันล้านบาท "
          "และมันสำปะหลัง")
    assert _problems(en, th) == []


def test_second_of_another_kind_is_no_thai_followed_by():
    en = ("Rice exports earned 4.2 billion baht in the second quarter, followed by rubber "
          "at 2.7 billion baht.")
    th = "ข้าวทำรายได้จากการส่งออก 4.2 พันล้านบาท ตามด้วยยางพารา 2.7 พันล้านบาท"
    assert ("missing", "second", "") in _problems(en, th)


def test_second_place_for_the_nearest_rival_is_no_added_rank():
    en = "Kanya won the 10km race in 34 minutes, a minute ahead of her nearest rival."
    th = "กันยาชนะการวิ่ง 10 กม. ด้วยเวลา 34 นาที ทิ้งห่างอันดับสองหนึ่งนาที"
    assert _problems(en, th) == []


def test_a_decade_restated_in_buddhist_era_years_in_brackets_adds_nothing():
    en = "The first Thai volunteers went to Korea in the 1950s, some 1,200 of them."
    th = ("อาสาสมัครไทยรุ่นแรกเดินทางไปเกาหลีในทศวรรษ 1950 (ราวปี 2493-2502) "
          "จำนวนราว 1,200 คน")
    assert _problems(en, th) == []


def test_other_years_in_brackets_are_still_added():
    en = "The first Thai volunteers went to Korea in the 1950s, some 1,200 of them."
    th = ("อาสาสมัครไทยรุ่นแรกเดินทางไปเกาหลีในทศวรรษ 1950 (ราวปี 2513-2522) "
          "จำนวนราว 1,200 คน")
    assert ("added", "", "2513-2522") in _problems(en, th)


LIVE_EN = ("Storm Wipha nears the coast: live updates\n\n"
           "Updated December 3, 2026 | 06:40 pm GMT+7\n\n"
           "18:40\n\n"
           "Some 2,300 people have been moved from low-lying villages in Thanh Hoa.\n\n"
           "15:10\n\n"
           "Winds of 90 kph were recorded on Bach Long Vi island.")
LIVE_TH = ("พายุวิภาใกล้ถึงชายฝั่งเวียดนาม\n\n"
           "ล่าสุดเมื่อเวลา {time} น. ทางการย้ายประชาชนราว 2,300 คนออกจากหมู่บ้านที่ลุ่มต่ำในจังหวัดแทงฮว้า\n\n"
           "ก่อนหน้านี้ มีการวัดความเร็วลมได้ 90 กม./ชม. บนเกาะบักลองวี")


def test_a_live_entry_time_written_into_the_translation_is_the_stamp():
    assert _problems(LIVE_EN, LIVE_TH.format(time="18.40")) == []


def test_a_time_no_stamp_gives_is_still_added():
    assert ("added", "", "17.20 น.") in _problems(LIVE_EN, LIVE_TH.format(time="17.20"))

