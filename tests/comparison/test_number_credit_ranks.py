"""Numbers a Thai translation writes with no English numeral and no change: a rank
counted from the runners-up, a first publication or an opening year with แรก, a word
that holds a value (centenarians, bilateral), a price per unit with ต่อ, a year of the
story after a quarter, a record said as the years since, the first half named
elsewhere, and the Thai page's own dated line. Sentences written for these tests."""

import pytest
from number_problems import number_problems

from massmob_nlp.comparison.number_furniture import furniture_line


def _problems(en: str, th: str) -> list[tuple[str, ...]]:
    return [p[:3] for p in number_problems(en, th, embeddings=False)]


def test_a_second_prize_is_the_first_runner_up():
    en = "The pianist won second prize at the Warsaw competition in 1985."
    th = "นักเปียโนคว้ารางวัลรองชนะเลิศอันดับ 1 จากการแข่งขันที่วอร์ซอเมื่อปี 2528"
    assert _problems(en, th) == []


def test_a_third_prize_is_not_the_first_runner_up():
    en = "The pianist won third prize at the Warsaw competition in 1985."
    th = "นักเปียโนคว้ารางวัลรองชนะเลิศอันดับ 1 จากการแข่งขันที่วอร์ซอเมื่อปี 2528"
    assert _problems(en, th) != []


def test_a_thai_credit_line_first_published_is_no_rank():
    en = "Maria Lopez is a climate scientist at the University of Leeds."
    th = ("มาเรีย โลเปซ เป็นนักวิทยาศาสตร์ด้านภูมิอากาศแห่งมหาวิทยาลัยลีดส์ "
          "บทความนี้ตีพิมพ์ครั้งแรกใน The Observer")
    assert _problems(en, th) == []


def test_an_opening_year_is_the_first_year():
    en = "The ferry operator expects 2,400 passengers a day in its opening year."
    th = "ผู้ให้บริการเรือเฟอร์รีคาดว่าจะมีผู้โดยสาร 2,400 คนต่อวันในปีแรกที่เปิดให้บริการ"
    assert _problems(en, th) == []


def test_centenarians_are_people_aged_100():
    en = "The number of centenarians in Japan rose to 95,000 last year."
    th = "จำนวนผู้ที่มีอายุ 100 ปีขึ้นไปในญี่ปุ่นเพิ่มขึ้นเป็น 95,000 คนเมื่อปีที่แล้ว"
    assert _problems(en, th) == []


def test_an_added_age_without_the_word_is_still_added():
    en = "The number of elderly people in Japan rose to 95,000 last year."
    th = "จำนวนผู้ที่มีอายุ 100 ปีขึ้นไปในญี่ปุ่นเพิ่มขึ้นเป็น 95,000 คนเมื่อปีที่แล้ว"
    assert [p[0] for p in _problems(en, th)] == ["added"]


def test_bilateral_is_between_two_countries():
    en = "The two ministers signed a bilateral trade pact worth $3 billion."
    th = "รัฐมนตรีทั้งสองลงนามข้อตกลงการค้าระหว่างสองประเทศมูลค่า 3 พันล้านดอลลาร์"
    assert _problems(en, th) == []


def test_one_dose_is_a_price_per_dose():
    en = "At list prices, one injection would cost about $25 to $35, the maker said."
    th = "ผู้ผลิตระบุว่า ราคาตามรายการอยู่ที่ราว 25-35 ดอลลาร์ต่อเข็ม"
    assert _problems(en, th) == []


def test_the_story_year_after_a_quarter():
    en = ("Published Nov 2, 2026\n\n"
          "The retailer's net profit for the July-September quarter fell 12% to "
          "1.5 billion baht.")
    th = ("ผู้ค้าปลีกรายงานกำไรสุทธิไตรมาส 3 ปี 2569 ลดลง 12% เหลือ 1,500 ล้านบาท "
          "ในปี 2026")
    assert ("added", "", "2569") not in _problems(en, th)


def test_a_record_since_a_year_is_the_years_since():
    en = ("Posted Oct 9, 2026\n\n"
          "Rice exports hit their highest level since 2001, traders said.")
    th = "ผู้ค้าระบุว่าการส่งออกข้าวแตะระดับสูงสุดในรอบ 25 ปี"
    assert ("missing", "2001", "") not in _problems(en, th)


@pytest.mark.parametrize("line", [
    "12 ม.ค. 2570 | 09:15 น. อ่านข่าวนี้ใน 4 นาที",
    "ข่าวประชาสัมพันธ์ | 8 มีนาคม 2570",
    "กองบรรณาธิการ 3 ก.พ. 2570 | 17:20 น.",
])
def test_a_thai_stamp_line_of_fields_is_a_dated_line(line):
    assert furniture_line(line, 0) == "dated line"


@pytest.mark.parametrize("line", [
    "ยอดผู้ติดเชื้อ 12 ราย | 8 มีนาคม 2570",
    "ตลาดหุ้นปิดบวก | นักลงทุนรอผลประชุมเฟดวันที่ 8 มีนาคม 2570 ก่อนตัดสินใจเพิ่มการลงทุนในหุ้นกลุ่มธนาคาร",
])
def test_a_bar_in_a_sentence_is_no_dated_line(line):
    assert furniture_line(line, 0) is None


def test_the_thai_page_stamp_is_not_an_added_number():
    en = ("Port workers end strike after pay deal\n\n"
          "Dock workers returned to work on Friday after the company agreed to raise "
          "wages by 8 percent.")
    th = ("คนงานท่าเรือยุติการนัดหยุดงานหลังได้ข้อตกลงค่าจ้าง\n\n"
          "ข่าวเศรษฐกิจ | 14 เม.ย. 2570 | 10:35 น.\n\n"
          "คนงานท่าเรือกลับมาทำงานเมื่อวันศุกร์ หลังบริษัทตกลงขึ้นค่าจ้างร้อยละ 8")
    assert _problems(en, th) == []


def test_an_age_range_with_another_upper_end_is_a_change():
    en = "The study enrolled 1,200 children aged 5 to 9 in three provinces."
    th = "การศึกษานี้มีเด็กอายุ 5-11 ปีเข้าร่วม 1,200 คนในสามจังหวัด"
    assert _problems(en, th) == [("mismatch", "5 to 9", "5-11")]


def test_a_game_abbreviated_in_the_headline_is_the_name():
    en = ("Team Liquid win $1 million major in Austin\n\n"
          "Team Liquid won the Counter-Strike 2 major in Austin on Sunday, beating FaZe "
          "2-0 to take the $1 million prize.")
    th = ("Team Liquid ซิวแชมป์ CS2 ที่ออสติน\n\n"
          "Team Liquid คว้าแชมป์รายการเมเจอร์ Counter-Strike 2 ที่ออสตินเมื่อวันอาทิตย์ "
          "หลังเอาชนะ FaZe 2-0 รับเงินรางวัล 1 ล้านดอลลาร์")
    assert _problems(en, th) == []


def test_a_code_with_another_number_than_the_name_is_still_added():
    en = ("Team Liquid win $1 million major in Austin\n\n"
          "Team Liquid won the Counter-Strike 2 major in Austin on Sunday, beating FaZe "
          "2-0 to take the $1 million prize.")
    th = ("Team Liquid ซิวแชมป์ CS3 ที่ออสติน\n\n"
          "Team Liquid คว้าแชมป์รายการเมเจอร์ Counter-Strike 2 ที่ออสตินเมื่อวันอาทิตย์ "
          "หลังเอาชนะ FaZe 2-0 รับเงินรางวัล 1 ล้านดอลลาร์")
    assert [p[:1] for p in _problems(en, th)] == [("added",)]


def test_an_amount_and_its_dollar_gloss_dropped_together_are_both_missing():
    # the clause with the amount and its gloss went; the kept amount of the sentence
    # is joined, so it is no partner the gloss could stand for
    en = ("Foreign investors sold 4.2 billion baht of shares and bought 6.1 billion "
          "baht ($190 million) of bonds on Monday.")
    th = "นักลงทุนต่างชาติขายหุ้นสุทธิ 4,200 ล้านบาทเมื่อวันจันทร์"
    assert sorted(p[1] for p in _problems(en, th)) == ["$190 million", "6.1 billion baht"]
