"""Numbers one side writes for what the other says without a number (a Thai ``ทั้งสี่``
"all four", the count of a listed pair, rank one for "topped", a Roman numeral, a
further conversion in a bracket) and a headline's number the other body gives.
Sentences written for these tests."""

import pytest

from massmob_nlp import compare


def _problems(en, th):
    rows = compare(en, th, src_lang="en", tgt_lang="th", embeddings=False).numbers
    bad = rows[rows["status"].isin(["qualifier_changed", "mismatch", "missing", "added"])]
    return sorted(zip(bad["status"], bad["src_text"].fillna(""), bad["tgt_text"].fillna("")))


@pytest.mark.parametrize("en,th", [
    # ทั้ง + a count: "all four" of the people the sentence named
    ("Anna, Bo, Carl and Dina founded the firm in 1990.",
     "อันนา โบ คาร์ล และดีนา ทั้งสี่คนก่อตั้งบริษัทในปี 1990"),
    ("The members later sold their shares for $2 million.",
     "ต่อมาสมาชิกทั้งสามขายหุ้นของตนในราคา 2 ล้านดอลลาร์"),
    # the count of a listed pair
    ("Chiang Mai and Lampang reported floods on 3 August.",
     "เชียงใหม่และลำปางสองจังหวัดรายงานว่าเกิดน้ำท่วมเมื่อวันที่ 3 สิงหาคม"),
    ("The Nan and Yom rivers alone carried 60% of the water.",
     "แม่น้ำน่านและยมเพียงสองสายมีปริมาณน้ำถึงร้อยละ 60"),
    ("Japan and South Korea objected to the plan on 3 May.",
     "ญี่ปุ่นและเกาหลีใต้ สองประเทศเพื่อนบ้านคัดค้านแผนดังกล่าวเมื่อวันที่ 3 พฤษภาคม"),
    ("She opened a gap of 12 seconds on Mary Keitany and Brigid Kosgei.",
     "เธอทิ้งห่างแมรี คีทานี และบริจิด คอสเก สองนักวิ่งเคนยา 12 วินาที"),
    # names with Vietnamese capitals, counted again in a clause "which together"
    ("Rain fell in Đắk Lắk, Lâm Đồng and Gia Lai, which grow 70% of the crop.",
     "ฝนตกในจังหวัดดั๊กลัก เลิมด่ง และซาลาย ซึ่งสามจังหวัดนี้ปลูกกาแฟร้อยละ 70 ของผลผลิต"),
    # rank one for "topped", "led the standings"
    ("The team topped their group with 13 points.",
     "ทีมจบอันดับหนึ่งของกลุ่มด้วย 13 คะแนน"),
    ("The single headed the UK chart for 5 weeks.",
     "ซิงเกิลนี้ครองอันดับ 1 ชาร์ตสหราชอาณาจักรนาน 5 สัปดาห์"),
    ("Estonia again topped all four parts of the survey of 2026.",
     "เอสโตเนียครองอันดับ 1 ทั้ง 4 ส่วนของการสำรวจปี 2026 อีกครั้ง"),
    # a count written twice, "N of the N", said once as "all N"
    ("Power was restored in 12 of the 12 districts by 6 June.",
     "ไฟฟ้ากลับมาใช้ได้ทั้ง 12 อำเภอภายในวันที่ 6 มิถุนายน"),
    # a Roman numeral after a name
    ("The probe left on a Titan IIIE rocket on 5 June.",
     "ยานขึ้นสู่อวกาศด้วยจรวดไททัน 3 อี เมื่อวันที่ 5 มิถุนายน"),
    ("The fish moved from Appendix I to Appendix II in 2004.",
     "ปลาชนิดนี้ย้ายจากบัญชีหมายเลข 1 ไปบัญชีหมายเลข 2 ในปี 2004"),
    # a rhetorical repeat, said once in Thai
    ("One death is one death too many, the minister said on 4 June.",
     "รัฐมนตรีกล่าวเมื่อวันที่ 4 มิถุนายนว่า การเสียชีวิตแม้เพียงหนึ่งรายก็มากเกินไป"),
    # a year the Thai names again (the fiscal year), given in the sentence's dates
    ("The tax year runs from April 6, 2026 to April 5, 2027.",
     "ปีภาษี 2570 เริ่มตั้งแต่วันที่ 6 เม.ย. 2569 ถึง 5 เม.ย. 2570"),
    # a tally of games before the scores of those games
    ("Lee beat Chen 21-19, 21-18 in the final.",
     "ลีเอาชนะเฉิน 2-0 เกม 21-19, 21-18 ในนัดชิงชนะเลิศ"),
    # a fall by a share is the share with a minus sign
    ("Prices are expected to fall by 0.2% this year.",
     "คาดว่าปีนี้เงินเฟ้อจะติดลบร้อยละ 0.2"),
    # a Thai short Buddhist-Era year
    ("The House passed the 2027 budget bill on Tuesday.",
     "สภาฯ ผ่านร่างงบฯ ปี 70 เมื่อวันอังคาร"),
    # the months the English names, with the story's year
    ("Exports in January-November reached $431.2 billion.",
     "มูลค่าการส่งออกช่วงเดือนมกราคมถึงพฤศจิกายน 2569 อยู่ที่ 4.312 แสนล้านดอลลาร์"),
    # a further conversion inside the bracket that restates an amount
    ("The studio sold the rights for 20 million yen (about $130,000) last year.",
     "สตูดิโอขายลิขสิทธิ์ไปในราคา 20 ล้านเยน (ราว 1.3 แสนดอลลาร์ หรือราว 4.6 ล้านบาท) "
     "เมื่อปีที่แล้ว"),
])
def test_a_number_the_other_side_says_without_one(en, th):
    assert _problems(en, th) == []


@pytest.mark.parametrize("en,th,want", [
    # a changed count is still a change
    ("The four partners founded the firm in 1990.",
     "หุ้นส่วนทั้งห้าคนก่อตั้งบริษัทในปี 1990", [("mismatch", "four", "ห้า")]),
    # a count the English does not list
    ("The storm destroyed houses in Lampang on 3 August.",
     "พายุทำลายบ้านสองหลังในลำปางเมื่อวันที่ 3 สิงหาคม", [("added", "", "สอง")]),
    # a list of three is no pair
    ("Chiang Mai, Nan and Lampang reported floods on 3 August.",
     "เชียงใหม่ น่าน และลำปางสองจังหวัดรายงานว่าเกิดน้ำท่วมเมื่อวันที่ 3 สิงหาคม",
     [("added", "", "สอง")]),
    # a clause "which" counts other things than the list
    ("Rain fell in Đắk Lắk and Gia Lai, which grow 70% of the crop.",
     "ฝนตกในจังหวัดดั๊กลักและซาลาย ซึ่งสามจังหวัดนี้ปลูกกาแฟร้อยละ 70 ของผลผลิต",
     [("added", "", "สาม")]),
    # another year
    ("The law took effect in 2019. It was amended twice.",
     "กฎหมายมีผลบังคับใช้ในปี 2019 ปี 2021 มีการแก้ไขสองครั้ง", [("added", "", "2021")]),
    # a tally that does not count the scores after it
    ("Lee beat Chen 21-19, 21-18 in the final.",
     "ลีเอาชนะเฉิน 2-1 เกม 21-19, 21-18 ในนัดชิงชนะเลิศ", [("added", "", "2-1")]),
    # a level, not a fall: the sign changed
    ("Prices are expected to fall to 0.2% this year.",
     "คาดว่าปีนี้เงินเฟ้อจะติดลบร้อยละ 0.2", [("mismatch", "0.2%", "ติดลบร้อยละ 0.2")]),
    # a word number beside a score joined to its own score is no part of it
    ("Leeds drew 1-1 at Everton, one point behind Spurs.",
     "ลีดส์บุกเสมอเอฟเวอร์ตัน 1-1", [("missing", "one", "")]),
    # another short year
    ("The House passed the 2027 budget bill on Tuesday.",
     "สภาฯ ผ่านร่างงบฯ ปี 71 เมื่อวันอังคาร", [("mismatch", "2027", "71")]),
    # other months
    ("Exports in January-October reached $431.2 billion.",
     "มูลค่าการส่งออกช่วงเดือนมกราคมถึงพฤศจิกายน 2569 อยู่ที่ 4.312 แสนล้านดอลลาร์",
     [("added", "", "มกราคมถึงพฤศจิกายน 2569")]),
    # "N of the M" is two numbers
    ("Power was restored in 9 of the 12 districts by 6 June.",
     "ไฟฟ้ากลับมาใช้ได้ทั้ง 12 อำเภอภายในวันที่ 6 มิถุนายน", [("missing", "9", "")]),
    # "topped" a value is no rank
    ("Brent topped $90 a barrel on 3 March.",
     "น้ำมันเบรนท์ทะลุ 90 ดอลลาร์ต่อบาร์เรล และขึ้นอันดับ 1 เมื่อวันที่ 3 มีนาคม",
     [("added", "", "อันดับ 1")]),
    # rank one with no "topped" in the English
    ("The team finished their group with 13 points.",
     "ทีมจบอันดับหนึ่งของกลุ่มด้วย 13 คะแนน", [("added", "", "อันดับหนึ่ง")]),
    # another Roman numeral
    ("The probe left on a Titan IIIE rocket on 5 June.",
     "ยานขึ้นสู่อวกาศด้วยจรวดไททัน 2 อี เมื่อวันที่ 5 มิถุนายน",
     [("added", "", "2"), ("missing", "IIIE", "")]),
    # baht outside the bracket is the translator's own figure
    ("The studio sold the rights for 20 million yen last year.",
     "สตูดิโอขายลิขสิทธิ์ไปในราคา 20 ล้านเยน เมื่อปีที่แล้ว และได้รับเงินเพิ่มอีก 4.6 ล้านบาท",
     [("added", "", "4.6 ล้านบาท")]),
])
def test_a_number_not_said_by_the_other_side_is_still_reported(en, th, want):
    assert _problems(en, th) == want


HEAD_EN = ("Storm hits the coast\n\nThe storm killed 12 people on Monday, officials said.\n\n"
           "Rescue teams reached the area on Tuesday.")
HEAD_TH = ("พายุถล่มชายฝั่ง คร่า {n} ชีวิต\n\nพายุคร่าชีวิตผู้คน 12 รายเมื่อวันจันทร์ เจ้าหน้าที่ระบุ\n\n"
           "ทีมกู้ภัยเข้าถึงพื้นที่เมื่อวันอังคาร")


def test_a_headline_number_given_in_the_body_is_no_problem():
    assert _problems(HEAD_EN, HEAD_TH.format(n="12")) == []


def test_a_headline_number_not_in_the_body_is_added():
    assert _problems(HEAD_EN, HEAD_TH.format(n="15")) == [("added", "", "15")]


def test_a_section_label_before_the_headline_is_skipped():
    en = "Politics\n\n" + HEAD_EN
    assert _problems(en, HEAD_TH.format(n="12")) == []


def test_a_short_text_has_no_headline():
    # one paragraph: its first line is the text itself, not a headline
    assert _problems("The law took effect in 2019. It was amended twice.",
                     "กฎหมายมีผลบังคับใช้ในปี 2019 ปี 2021 มีการแก้ไขสองครั้ง") == \
        [("added", "", "2021")]


def test_points_are_no_share_paragraphs_away():
    # the dropped 0.3% is not the Thai 0.3 points; 0.2 points changed to 0.3
    en = ("GDP grew 2.1% in the third quarter, the planning agency said on Monday.\n\n"
          "Quarter-on-quarter, the economy shrank 0.3%.\n\n"
          "Exports rose 4% in September, led by electronics.\n\n"
          "Tourist arrivals reached 2.4 million in the quarter.\n\n"
          "The budget is set to add only 0.2 percentage points to growth, the minister said.")
    th = ("สำนักงานสภาพัฒน์ฯ เปิดเผยเมื่อวันจันทร์ว่าจีดีพีไตรมาสสามขยายตัวร้อยละ 2.1\n\n"
          "การส่งออกเดือนกันยายนเพิ่มขึ้นร้อยละ 4 นำโดยสินค้าอิเล็กทรอนิกส์\n\n"
          "นักท่องเที่ยวในไตรมาสนี้มีจำนวน 2.4 ล้านคน\n\n"
          "รัฐมนตรีกล่าวว่างบประมาณจะช่วยเพิ่มการเติบโตได้เพียง 0.3 จุดเปอร์เซ็นต์")
    assert _problems(en, th) == [("mismatch", "0.2 percentage points", "0.3 จุดเปอร์เซ็นต์"),
                                 ("missing", "0.3%", "")]


@pytest.mark.parametrize("en,th,want", [
    # two fractions of one thing in a bead: one share changed
    ("Sales fell by a fifth in 2020.", "ยอดขายลดลงหนึ่งในสี่ในปี 2020",
     [("mismatch", "a fifth", "หนึ่งในสี่")]),
    # "one in 20" changed to a tenth: one row, its "one" a part of the share
    ("About one in 20 people infected develop severe dengue.",
     "ผู้ติดเชื้อราวหนึ่งในสิบจะป่วยเป็นไข้เลือดออกรุนแรง", [("mismatch", "20", "หนึ่งในสิบ")]),
    # kept
    ("About one in 20 people infected develop severe dengue.",
     "ผู้ติดเชื้อราวหนึ่งในยี่สิบจะป่วยเป็นไข้เลือดออกรุนแรง", []),
])
def test_a_share_changed_is_one_row(en, th, want):
    assert _problems(en, th) == want


@pytest.mark.parametrize("en,th,want", [
    # a minute of a match as a length of time and as a rank: one minute changed
    ("Saka put the Gunners in front after 22 minutes.", "ซากาโขกประตูขึ้นนำในนาทีที่ 23",
     [("mismatch", "22 minutes", "ที่ 23")]),
    ("Saka scored after 35 minutes.", "ซากายิงประตูในนาทีที่ 35", []),
])
def test_a_minute_mark_is_one_row(en, th, want):
    assert _problems(en, th) == want


TERM_EN = ("About 4.3 million people in England live with type 2 diabetes, the charity said.\n\n"
           "The NHS Type 2 Diabetes Prevention Programme has enrolled 1.8 million people since "
           "2016.\n\nRates of {term} in people under 40 rose 23% in five years.")
TERM_TH = ("องค์กรการกุศลระบุว่าประชาชนในอังกฤษราว 4.3 ล้านคนป่วยเป็นเบาหวานชนิดที่ 2\n\n"
           "โครงการป้องกันเบาหวานของ NHS มีผู้เข้าร่วม 1.8 ล้านคนนับตั้งแต่ปี 2016\n\n"
           "อัตราผู้ป่วย{term}ในกลุ่มผู้มีอายุต่ำกว่า 40 ปีเพิ่มขึ้นร้อยละ 23 ในห้าปี")


def test_a_number_of_a_name_said_once_is_still_missing():
    # (the type of diabetes is a disease's name, vague like COVID-19: numbers/news_terms)
    en = ("About 4.3 million people in England are overweight, the charity said.\n\n"
          "The NHS Route 66 Walking Programme has enrolled 1.8 million people since 2016.")
    th = ("องค์กรการกุศลระบุว่าประชาชนในอังกฤษราว 4.3 ล้านคนมีน้ำหนักเกิน\n\n"
          "โครงการเดินเพื่อสุขภาพของ NHS มีผู้เข้าร่วม 1.8 ล้านคนนับตั้งแต่ปี 2016")
    assert _problems(en, th) == [("missing", "66", "")]


def test_two_legs_written_for_on_aggregate():
    en = "Hanoi FC won the cup final 4-2 on aggregate after a 1-1 draw in the second leg."
    th = "ฮานอย เอฟซี คว้าแชมป์ด้วยสกอร์รวมสองนัด 4-2 หลังเสมอ 1-1 ในนัดที่สอง"
    assert _problems(en, th) == []
    # without "on aggregate" in the English, the Thai count is still a number to check
    en2 = "Hanoi FC won the cup final 4-2 after a 1-1 draw in the second leg."
    assert ("added", "", "สอง") in _problems(en2, th)
