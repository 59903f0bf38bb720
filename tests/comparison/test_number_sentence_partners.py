"""Which number of a sentence takes a partner: a rank joined in its own sentence keeps
it, the closer value of a sentence takes a changed number, a title's rank kept in
English in brackets restates the Thai one, and a number in words is looked for where
the translator moved its sentence's boundary. Sentences written for these tests."""

from number_problems import number_problems

from massmob_nlp.comparison.number_split_beads import across_boundary
from massmob_nlp.comparison.number_unjoined import Unjoined


def _problems(en, th):
    return [p[:3] for p in number_problems(en, th, embeddings=False)]


def test_a_rank_keeps_its_partner_of_its_own_sentence():
    # the "top 12" of the next paragraph does not take the hole's 12 from "the 12th"
    en = "He holed a long putt on the 12th.\n\nSpain had two players in the top 12 after the round."
    th = "เขาพัตต์ลงจากระยะไกลที่หลุม 12\n\nหลังจบรอบนี้ สเปนมีนักกอล์ฟ 2 คนอยู่ในกลุ่มผู้นำ"
    assert _problems(en, th) == [("missing", "12", "")]


def test_the_closer_value_of_the_sentence_is_the_changed_number():
    en = "The studio Pixel 482 sold 6.8 million tickets last year."
    th = "สตูดิโอพิกเซลขายตั๋วได้ 8.6 ล้านใบเมื่อปีที่แล้ว"
    assert _problems(en, th) == [("mismatch", "6.8 million", "8.6 ล้าน"),
                                 ("missing", "482", "")]


def test_an_english_title_in_brackets_restates_the_thai_rank():
    en = 'The film "The Third Door" was seen by 2 million people.'
    th = 'ภาพยนตร์เรื่อง "ประตูที่สาม" (The Third Door) มีผู้ชม 2 ล้านคน'
    assert _problems(en, th) == []
    # a Thai rank of another value beside the English title is still reported
    th = 'ภาพยนตร์เรื่อง "ประตูที่สี่" (The Third Door) มีผู้ชม 2 ล้านคน'
    got = _problems(en, th)
    assert len(got) == 1 and got[0][0] in ("added", "mismatch") and got[0][2] == "ที่สี่"


def _mention(text, kind, value, bead):
    return {"text": text, "kind": kind, "value": value, "value_max": None, "bead": bead,
            "key": f"{kind}:{value:g}"}


def _side(ms, others, partners, texts):
    return Unjoined("src", ms, others, set(partners), "", texts, texts, {}, [], set(), set(),
                    partners, {}, set(), set(partners), set(), set(), set())


def test_a_word_number_is_read_in_the_sentence_its_neighbour_went_to():
    # "The first phase, worth $650 million" whose Thai clause ended the sentence before
    first = _mention("first", "ordinal", 1.0, 4)
    money = _mention("$650 million", "money", 650e6, 4)
    thai = _mention("650 ล้านดอลลาร์", "money", 650e6, 3)
    texts = {("src", 4): "The first phase, worth             , starts in 2028.",
             ("tgt", 3): "โรงงานจะผลิตชิ้นส่วนกล้อง ระยะแรกมูลค่า                ",
             ("tgt", 4): "มีกำหนดเริ่มผลิตในปี 2571"}
    u = _side([first, money], [thai], {1: 0}, texts)
    assert "แรก" in (across_boundary(first, 0, u) or "")
    # no number of its sentence went there: the word of another sentence is no partner
    u = _side([first, money], [thai], {}, texts)
    assert across_boundary(first, 0, u) is None


def test_a_name_with_a_number_said_again_adds_no_number():
    # the Thai names the rocket where the English says "the rocket": a name kept
    en = ("The Vega 9 rocket lifted off from Kourou on Monday.\n\n"
          "Vega 9 carried two weather satellites into orbit, the agency said.\n\n"
          "Officials said the rocket would fly again in May after a review of the data.")
    th = ("จรวดเวกา 9 ขึ้นบินจากคูรูเมื่อวันจันทร์\n\n"
          "เวกา 9 นำดาวเทียมตรวจอากาศ 2 ดวงขึ้นสู่วงโคจร หน่วยงานระบุ\n\n"
          "เจ้าหน้าที่ระบุว่าจรวดเวกา 9 จะขึ้นบินอีกครั้งในเดือนพฤษภาคม หลังตรวจสอบข้อมูล")
    assert _problems(en, th) == []
    # named once only on both sides: not yet a name the article repeats
    en = en.replace("Vega 9 carried", "It carried")
    th = th.replace("เวกา 9 นำ", "จรวดนำ")
    assert _problems(en, th) == [("added", "", "9")]


def test_one_of_a_counted_group_is_a_choice_not_a_count():
    en = "Another 7% said they would vote for one of the other four parties."
    assert _problems(en, "อีกร้อยละ 7 ระบุว่าจะเลือกพรรคการเมืองอีก 4 พรรคที่เหลือ") == []
    # with no count of the group, "one" is a number the Thai lost
    assert _problems("Only one of the suspects was charged.",
                     "ผู้ต้องสงสัยถูกตั้งข้อหา") == [("missing", "one", "")]


def test_a_negative_number_changed_is_the_negative_one_of_its_sentence():
    # the goal difference, not the first number of the sentence, became -16
    en = "Last-placed Udon have 9 goals, have conceded 27 and have a goal difference of -18."
    assert _problems(en, "อุดรซึ่งอยู่อันดับสุดท้ายมีผลต่างประตู -16") == [
        ("mismatch", "-18", "-16"), ("missing", "27", ""), ("missing", "9", "")]
    en = "The night low was 6C in the north and -4C on the peaks."
    assert _problems(en, "อุณหภูมิต่ำสุดบนยอดดอยอยู่ที่ -2 องศาเซลเซียส") == [
        ("mismatch", "-4", "-2"), ("missing", "6", "")]
