"""Habits of news pages and their translators around a number that are no number
problem: a site's name with its channel number heading the page, the site's name and
section paired before the headline, a launch date moved to Thai time, a running score
after a goal that "pulled one back", a results line written as two figures around a
name, a set's rank for "the decider", "the third" of two judges as ``อีกคน``, a recipe's
``1 กำมือ`` for "a handful", a Thai count before the pair it names, and the pronoun
"one" repeating a modifier. Texts written for these tests."""

from number_problems import number_problems

from massmob_nlp.numbers import find_numbers


def _problems(en: str, th: str) -> list[tuple[str, ...]]:
    return [p[:3] for p in number_problems(en, th, embeddings=False)]


# ------------------------------------------------------------- the pronoun "one"
def test_one_repeating_the_modifier_of_a_noun_is_a_pronoun():
    text = ("Under the new tariff a family using 150 kWh pays 40 baht more, "
            "while one using 300 kWh pays 95 baht more.")
    one = [m for m in find_numbers(text, "en") if m.text == "one"]
    assert len(one) == 1 and one[0].vague


def test_one_after_a_count_is_still_a_count():
    text = "Two workers were killed and one was injured when the crane fell."
    one = [m for m in find_numbers(text, "en") if m.text == "one"]
    assert len(one) == 1 and not one[0].vague


# ------------------------------------------------------------------ the masthead
MAST_EN = """Ferry service resumes on the Mekong

Ferries between Chau Doc and Phnom Penh resumed on Monday after a three-week pause.

Operators said 12 boats would run each day, carrying up to 60 passengers each.

Tickets cost VND650,000 one way."""

MAST_TH = """RTV3 ภาคภาษาไทย

เรือโดยสารแม่น้ำโขงกลับมาให้บริการ

เรือโดยสารระหว่างเจิวด๊กกับพนมเปญกลับมาให้บริการเมื่อวันจันทร์ หลังหยุดไปสามสัปดาห์

ผู้ประกอบการระบุว่าจะมีเรือวิ่งวันละ 12 ลำ แต่ละลำรับผู้โดยสารได้ถึง 60 คน

ค่าโดยสารเที่ยวเดียว 650,000 ด่ง"""


def test_a_channel_number_in_the_pages_masthead_is_no_number_added():
    assert _problems(MAST_EN, MAST_TH) == []


# ------------------------------------------------------- site's name before the headline
HEAD_EN = """Saigon Daily International

News > Education

97.5% of students pass the 2026 school-leaving exam

The pass rate this year is 97.5%, with the average physics score falling below 5 out of 10 for the first time, the ministry said on Friday.

A total of 980,000 candidates sat the exam on June 27-28.

The average physics score was 4.91. Some 44% of candidates scored below 5 in physics.

Results can be checked online from 8am on Saturday."""

HEAD_TH = """ไซ่ง่อนเดลี่

ต่างประเทศ

เวียดนามสอบจบ ม.ปลาย ปี 2569 ผ่านร้อยละ 97.5 คะแนนฟิสิกส์เฉลี่ยต่ำกว่า 5

กระทรวงระบุเมื่อวันศุกร์ว่า ปีนี้มีผู้สอบผ่านร้อยละ 97.5 ขณะที่คะแนนเฉลี่ยวิชาฟิสิกส์ต่ำกว่า 5 จาก 10 คะแนนเป็นครั้งแรก

ผู้สมัครสอบทั้งหมด 980,000 คน เข้าสอบเมื่อวันที่ 27-28 มิถุนายน

คะแนนเฉลี่ยวิชาฟิสิกส์อยู่ที่ 4.91

ตรวจผลสอบออนไลน์ได้ตั้งแต่เวลา 08.00 น. ของวันเสาร์"""


def test_a_headline_after_the_sites_name_may_restate_a_body_figure():
    """The Thai headline's 5 restates the lead's; the 5 of the sentence the Thai
    dropped is still missing (a deck is written from the lead)."""
    assert _problems(HEAD_EN, HEAD_TH) == [("missing", "44%", ""), ("missing", "5", "")]


# ------------------------------------------------------------------ Thai time
LAUNCH_EN = """Probe launched to study the solar wind

A European probe lifted off from Kourou on Tuesday (March 9) at 9:15 p.m. EST aboard an Ariane 6 rocket.

It will travel 1.5 million kilometers to its station over four months."""

LAUNCH_TH = """ยานสำรวจลมสุริยะขึ้นสู่อวกาศ

ยานสำรวจของยุโรปขึ้นจากเมืองคูรูด้วยจรวดอาริอาน 6 เมื่อเวลา 09.15 น. วันพุธที่ 10 มีนาคม ตามเวลาประเทศไทย

ยานจะเดินทาง 1.5 ล้านกิโลเมตรไปยังตำแหน่งประจำการในเวลาสี่เดือน"""


def test_a_date_moved_to_thai_time_across_midnight_is_no_change():
    assert _problems(LAUNCH_EN, LAUNCH_TH) == []


def test_a_date_moved_by_a_day_without_thai_time_is_a_change():
    th = LAUNCH_TH.replace(" ตามเวลาประเทศไทย", "")
    assert ("mismatch", "March 9", "10 มีนาคม") in _problems(LAUNCH_EN, th)


# ------------------------------------------------------------------ sport
GOAL_EN = """Port beat Ratchaburi in five-goal thriller

Port led 3-1 after an hour, but Ratchaburi pulled one back with a header in the 81st minute.

The win keeps Port four points behind the leaders.

Thai League 1 results (Round 12): Port United 3 Ratchaburi FC 2; Lamphun Warriors 0 Rayong FC 1; Chonburi FC 2 Sukhothai FC 2."""

GOAL_TH = """การท่าเรือชนะราชบุรีในเกมห้าประตู

การท่าเรือนำ 3-1 เมื่อผ่านไปหนึ่งชั่วโมง ก่อนที่ราชบุรีจะโหม่งไล่มาเป็น 3-2 ในนาทีที่ 81

ชัยชนะทำให้การท่าเรือตามหลังจ่าฝูงสี่คะแนน

ผลไทยลีก 1 นัดที่ 12: การท่าเรือ ยูไนเต็ด 3-2 ราชบุรี เอฟซี, ลำพูน วอริเออร์ 0-1 ระยอง เอฟซี, ชลบุรี เอฟซี 2-2 สุโขทัย เอฟซี"""


def test_a_score_after_a_goal_that_pulled_one_back_and_a_results_line_agree():
    assert _problems(GOAL_EN, GOAL_TH) == []


SET_EN = """Kasem wins Bangkok Challenger final

Kasem took the second set tiebreak 7-4 to force a decider.

He then broke serve twice and won 6-2."""

SET_TH = """เกษมคว้าแชมป์บางกอก ชาเลนเจอร์

เกษมชนะไทเบรกเซ็ตที่สอง 7-4 บังคับให้ต้องตัดสินกันในเซ็ตที่สาม

จากนั้นเขาเบรกเสิร์ฟได้สองครั้งและชนะ 6-2"""


def test_the_third_set_of_a_best_of_three_is_the_decider():
    assert _problems(SET_EN, SET_TH) == []


JUDGES_EN = """Decision stands in Chonburi

Two judges scored it 115-113 for the champion, while the third had the challenger ahead 116-112."""

JUDGES_TH = """ผลตัดสินที่ชลบุรียังคงเดิม

กรรมการสองคนให้แชมป์ชนะ 115-113 ขณะที่กรรมการอีกคนให้ผู้ท้าชิงชนะ 116-112"""


def test_the_third_of_two_judges_is_the_other_judge():
    assert _problems(JUDGES_EN, JUDGES_TH) == []


# ------------------------------------------------------------------ recipes and lists
RECIPE_EN = """Green papaya salad

- 200g shredded green papaya
- A handful of peanuts
- 2 limes"""

RECIPE_TH = """ส้มตำมะละกอ

- มะละกอดิบขูดเส้น 200 กรัม
- ถั่วลิสง 1 กำมือ
- มะนาว 2 ลูก"""


def test_a_recipes_one_handful_is_a_handful():
    assert _problems(RECIPE_EN, RECIPE_TH) == []


PAIR_EN = """Cinemas close screens

Admissions fell 8% in 2026, and the chains Apex Cinema and Star Screens closed 31 screens between them."""

PAIR_TH = """โรงภาพยนตร์ปิดจอ

ยอดผู้ชมลดลงร้อยละ 8 ในปี 2569 และสองเครือโรงภาพยนตร์อย่างเอเพ็กซ์ ซีเนมา และสตาร์ สกรีน ปิดโรงไปรวม 31 โรง"""


def test_a_thai_count_before_the_pair_it_names_is_no_number_added():
    assert _problems(PAIR_EN, PAIR_TH) == []


GLOSS_EN = """Weather satellite reaches orbit

The satellite lifted off from Vandenberg at 10:20 a.m. Pacific on Friday and reached its orbit 62 minutes later."""

GLOSS_TH = """ดาวเทียมตรวจอากาศเข้าสู่วงโคจร

ดาวเทียมขึ้นจากฐานแวนเดนเบิร์กเมื่อวันศุกร์ เวลา 10.20 น. ตามเวลาแปซิฟิก (ตรงกับ 01.20 น. ของวันที่ 7 มีนาคม ตามเวลาประเทศไทย) และเข้าสู่วงโคจรหลังจากนั้น 62 นาที"""


def test_a_thai_time_gloss_with_its_date_restates_a_pacific_time():
    assert [p for p in _problems(GLOSS_EN, GLOSS_TH) if p[2] == "01.20 น."] == []
