"""Numbers one side writes where the other says the same thing in words: a Thai rank one
for an English superlative or "tops", a Thai ``สอง`` of the pair the story is about,
"once a decade" / ``ทศวรรษละครั้ง``, "one of his paintings" with no Thai one, "over two
legs" / ``เหย้า-เยือน``, and a headline's age the body gives. Sentences written for
these tests."""

from number_problems import number_problems


def _problems(en: str, th: str) -> list[tuple[str, ...]]:
    return [p[:3] for p in number_problems(en, th, embeddings=False)]


def test_a_superlative_written_as_rank_one_adds_no_number():
    en = "Germany stayed the largest buyer of the island's coffee last season."
    th = "เยอรมนียังคงเป็นผู้ซื้อกาแฟของเกาะนี้อันดับ 1 ในฤดูกาลที่แล้ว"
    assert _problems(en, th) == []


def test_the_verb_top_written_as_rank_one_adds_no_number():
    en = "Can Tho tops southern provinces in rice exports"
    th = "เกิ่นเทอครองอันดับ 1 ภาคใต้ด้านการส่งออกข้าว"
    assert _problems(en, th) == []


def test_rank_one_without_a_superlative_is_added():
    en = "Germany stayed a large buyer of the island's coffee last season."
    th = "เยอรมนียังคงเป็นผู้ซื้อกาแฟของเกาะนี้อันดับ 1 ในฤดูกาลที่แล้ว"
    assert _problems(en, th) == [("added", "", "อันดับ 1")]


def test_a_value_topped_is_no_first_place():
    en = "Coffee exports topped 2 million bags last season."
    th = "การส่งออกกาแฟอันดับ 1 เกิน 2 ล้านกระสอบในฤดูกาลที่แล้ว"
    assert _problems(en, th) == [("added", "", "อันดับ 1")]


_PAIR_EN = ("Laos and Cambodia agreed to expand bilateral trade on Monday.\n\n"
            "There are now 40 weekly flights linking six city pairs.")
_PAIR_TH = ("ลาวและกัมพูชาตกลงขยายการค้าทวิภาคีเมื่อวันจันทร์\n\n"
            "ปัจจุบันมีเที่ยวบินเชื่อมระหว่างสองประเทศ 40 เที่ยวต่อสัปดาห์ ใน 6 คู่เมือง")


def test_the_two_countries_of_a_bilateral_story_add_no_number():
    assert _problems(_PAIR_EN, _PAIR_TH) == []


def test_two_countries_where_the_english_names_no_pair_are_added():
    en = _PAIR_EN.replace("Laos and Cambodia agreed to expand bilateral trade",
                          "The ministers met in Vientiane")
    th = _PAIR_TH.replace("ลาวและกัมพูชาตกลงขยายการค้าทวิภาคี", "รัฐมนตรีพบกันที่เวียงจันทน์")
    assert _problems(en, th) == [("added", "", "สอง")]


def test_once_a_decade_is_a_thai_once_per_decade():
    en = '"A storm this strong reaches the bay maybe once a decade," the forecaster said.'
    th = '"พายุที่แรงขนาดนี้อาจเข้าอ่าวเพียงทศวรรษละครั้ง" นักพยากรณ์อากาศกล่าว'
    assert _problems(en, th) == []


def test_one_of_an_uncounted_group_loses_no_count():
    en = "The earlier record was set by one of his harbour scenes, sold in Paris in 2015."
    th = "สถิติเดิมเป็นของภาพท่าเรือที่ขายได้ในปารีสเมื่อปี 2015"
    assert _problems(en, th) == []


def test_one_of_an_uncounted_group_written_as_two_is_still_seen():
    en = "The earlier record was set by one of his harbour scenes, sold in Paris in 2015."
    th = "สถิติเดิมเป็นของภาพท่าเรือหนึ่งในสองภาพที่ขายได้ในปารีสเมื่อปี 2016"
    assert ("mismatch", "2015", "2016") in _problems(en, th)


def test_over_two_legs_is_home_and_away():
    en = "The semi-final will be played over two legs in March."
    th = "รอบรองชนะเลิศจะแข่งแบบเหย้า-เยือนในเดือนมีนาคม"
    assert _problems(en, th) == []
    th = "รอบรองชนะเลิศจะแข่งนัดเดียวในเดือนมีนาคม"
    assert _problems(en, th) == [("missing", "two", "")]


_AGE_EN = ("Kenyan teen wins junior title\n\n"
           "The 16-year-old runner won the 3,000m race in Nairobi on Saturday, her coach said.\n\n"
           "She finished four seconds ahead of the field.\n\n"
           "The championships end on Wednesday with the relays.")
_AGE_TH = ("ดาวรุ่งเคนยาวัย 16 คว้าแชมป์เยาวชน\n\n"
           "นักวิ่งวัย 16 ปีคว้าชัยในการวิ่ง 3,000 เมตรที่ไนโรบีเมื่อวันเสาร์ โค้ชของเธอระบุ\n\n"
           "เธอเข้าเส้นชัยก่อนคู่แข่งสี่วินาที\n\n"
           "การแข่งขันชิงแชมป์จะปิดฉากในวันพุธด้วยการวิ่งผลัด")


def test_a_headline_age_the_body_gives_adds_no_number():
    assert _problems(_AGE_EN, _AGE_TH) == []


def test_a_headline_age_the_body_does_not_give_is_added():
    th = _AGE_TH.replace("วัย 16 คว้า", "วัย 15 คว้า")
    assert _problems(_AGE_EN, th) == [("added", "", "15")]


def test_a_number_one_for_a_superlative_adds_no_number():
    en = "Japan is Cambodia's biggest aid donor, the ministry said."
    th = "กระทรวงระบุว่าญี่ปุ่นเป็นผู้ให้ความช่วยเหลือเบอร์ 1 ของกัมพูชา"
    assert _problems(en, th) == []
    assert _problems(en.replace("biggest", "steady"), th) == [("added", "", "1")]


def test_the_two_of_a_pair_the_sentence_names_adds_no_number():
    en = "Unilever and Nestle said the price rises would continue into spring."
    th = "สองบริษัทระบุว่าการขึ้นราคาจะต่อเนื่องไปถึงฤดูใบไม้ผลิ"
    assert _problems(en, th) == []
    three = "Unilever, Danone and Nestle said the price rises would continue into spring."
    assert _problems(three, th) == [("added", "", "สอง")]


def test_an_english_number_one_given_as_a_thai_superlative_is_not_lost():
    en = "South Korea is Laos's No. 1 source of tourists this year."
    th = "เกาหลีใต้เป็นแหล่งนักท่องเที่ยวรายใหญ่ที่สุดของลาวในปีนี้"
    assert _problems(en, th) == []
    assert _problems(en, th.replace("รายใหญ่ที่สุด", "รายสำคัญ")) == [("missing", "No. 1", "")]


def test_every_other_year_is_a_thai_every_two_years():
    th = "งานเทศกาลหุ่นกระบอกจัดขึ้นทุก 2 ปีที่เชียงใหม่"
    assert _problems("The puppet festival is held every other year in Chiang Mai.", th) == []
    assert _problems("The puppet festival is held biennially in Chiang Mai.", th) == []
    assert _problems("The puppet festival is held every year in Chiang Mai.", th) == [
        ("added", "", "2 ปี")]
