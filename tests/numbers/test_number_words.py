"""Numbers of general news (issue 10): money, number words, ordinals, vague quantities,
decades, years before Christ, scores, ranges, times, dates and names with digits.

Every sentence here is our own. Each case gives the mentions expected as
(text, kind, key); English and Thai renderings of the same fact share the key.
"""

import pytest

from massmob_nlp.numbers import find_numbers
from massmob_nlp import numbers_table


def triples(text, lang):
    return [(m.text, m.kind, m.key) for m in find_numbers(text, lang)]


# (lang, text, expected mentions); consecutive EN/TH rows say the same thing.
CASES = [
    # money: symbols, suffixes, currency words, Thai magnitudes
    ("en", "The port cost $60 billion.", [("$60 billion", "money", "money:60000000000:USD")]),
    ("th", "ท่าเรือใช้เงิน 60 พันล้านดอลลาร์", [("60 พันล้านดอลลาร์", "money",
                                          "money:60000000000:USD")]),
    ("en", "A fine of £125m and a grant of €2.5bn.",
     [("£125m", "money", "money:125000000:GBP"), ("€2.5bn", "money", "money:2500000000:EUR")]),
    ("th", "ค่าปรับ 125 ล้านปอนด์และเงินอุดหนุน 2.5 พันล้านยูโร",
     [("125 ล้านปอนด์", "money", "money:125000000:GBP"),
      ("2.5 พันล้านยูโร", "money", "money:2500000000:EUR")]),
    ("en", "They raised $140 million.", [("$140 million", "money", "money:140000000:USD")]),
    ("th", "พวกเขาระดมทุนได้ 140 ล้านเหรียญ", [("140 ล้านเหรียญ", "money", "money:140000000:USD")]),
    ("th", "นักกีฬาได้ 3 เหรียญทอง", [("3", "cardinal", "cardinal:3")]),
    ("en", "Savers earn 2% on £2,000-£4,000.",
     [("2%", "percent", "percent:2"), ("£2,000-£4,000", "money", "money:2000-4000:GBP")]),
    # number words
    ("en", "Twenty-one boats and a dozen trucks came twice.",
     [("Twenty-one", "cardinal", "cardinal:21"), ("a dozen", "cardinal", "cardinal:12"),
      ("twice", "cardinal", "cardinal:2")]),
    ("th", "เรือยี่สิบเอ็ดลำมาสองเท่า", [("ยี่สิบเอ็ด", "cardinal", "cardinal:21"),
                                   ("สอง", "cardinal", "cardinal:2")]),
    ("en", "Prices rose by twenty per cent.", [("twenty per cent", "percent", "percent:20")]),
    ("th", "ราคาเพิ่มขึ้นร้อยละยี่สิบ", [("ร้อยละยี่สิบ", "percent", "percent:20")]),
    ("en", "Nearly half a million people voted.",
     [("half a million", "cardinal", "cardinal:500000")]),
    ("th", "มีผู้มาลงคะแนนเกือบครึ่งล้านคน", [("ครึ่งล้าน", "cardinal", "cardinal:500000")]),
    ("en", "He waited a year and a half.",
     [("a year and a half", "duration", "duration:18:month")]),
    ("th", "เขารอหนึ่งปีครึ่ง", [("หนึ่งปีครึ่ง", "duration", "duration:18:month")]),
    ("en", "Two million and six million tickets were sold.",
     [("Two million", "cardinal", "cardinal:2000000"),
      ("six million", "cardinal", "cardinal:6000000")]),
    ("en", "One of the drivers and a pair of cyclists.",
     [("One", "cardinal", "cardinal:1"), ("a pair", "cardinal", "cardinal:2")]),
    ("th", "หนึ่งในคนขับและนักปั่นจักรยานทั้งสองคน",
     [("หนึ่ง", "cardinal", "cardinal:1"), ("สอง", "cardinal", "cardinal:2")]),
    ("th", "ทีมเล่นสามเกมและออกอัลบั้มสองชุด", [("สาม", "cardinal", "cardinal:3"),
                                          ("สอง", "cardinal", "cardinal:2")]),
    # Thai false friends stay out
    ("th", "เขาสามารถย้ายเก้าอี้ไปที่ห้างได้ สามีของเธอหกล้ม", []),
    ("th", "พันธมิตรแสนดีของเรา", []),
    ("th", "ผู้ที่สามารถเข้าร่วมได้", []),
    # ordinals
    ("en", "The first ferry, the 21st stop and King Rama IX.",
     [("first", "ordinal", "ordinal:1"), ("21st", "ordinal", "ordinal:21"),
      ("IX", "ordinal", "ordinal:9")]),
    ("th", "เรือเฟอร์รี่ลำแรก ป้ายที่ 21 และรัชกาลที่ 9",
     [("แรก", "ordinal", "ordinal:1"), ("ที่ 21", "ordinal", "ordinal:21"),
      ("รัชกาลที่ 9", "ordinal", "ordinal:9")]),
    ("en", "The club ranks third.", [("third", "ordinal", "ordinal:3")]),
    ("th", "สโมสรอยู่อันดับสาม และเป็นทีมที่สาม", [("อันดับสาม", "ordinal", "ordinal:3"),
                                            ("ที่สาม", "ordinal", "ordinal:3")]),
    ("th", "กลับไปที่หน้าแรก", []),
    ("en", "Yesterday I met the mayor.", []),
    # decades and years before Christ
    ("en", "Music of the 1980s and the Sixties.",
     [("1980s", "decade", "decade:1980"), ("Sixties", "decade", "decade:1960")]),
    ("th", "ดนตรียุค 1980 และทศวรรษที่ 1960",
     [("ยุค 1980", "decade", "decade:1980"), ("ทศวรรษที่ 1960", "decade", "decade:1960")]),
    ("en", "She is in her 30s.", [("30s", "range", "range:30-39")]),
    ("en", "The wall dates from 450 BC.", [("450 BC", "year", "year:-450")]),
    ("th", "กำแพงสร้างขึ้นเมื่อ 450 ปีก่อนคริสตกาล",
     [("450 ปีก่อนคริสตกาล", "year", "year:-450")]),
    ("th", "ในศตวรรษที่ 4 ก่อนคริสตกาล", [("ศตวรรษที่ 4", "ordinal", "ordinal:4")]),
    # scores and ranges
    ("en", "Voters aged 18- to 24-year-olds.", [("18- to 24", "range", "range:18-24")]),
    ("th", "ผู้มีสิทธิ์อายุ 18-24 ปี", [("18-24", "range", "range:18-24")]),
    ("en", "They stayed between two and three weeks.",
     [("two and three", "range", "range:2-3")]),
    ("en", "Leeds 31 - 12 Bath, and City won 4-1 after a 1-1 draw.",
     [("31 - 12", "score", "score:31-12"), ("4-1", "score", "score:4-1"),
      ("1-1", "score", "score:1-1")]),
    ("th", "ลีดส์ชนะ 4-1 หลังเสมอ 1-1", [("4-1", "score", "score:4-1"),
                                       ("1-1", "score", "score:1-1")]),
    ("en", "The shop is open from 9-5.", [("9", "cardinal", "cardinal:9"),
                                           ("5", "cardinal", "cardinal:5")]),
    # fractions
    ("en", "Two-thirds of the seats and half of the budget.",
     [("Two-thirds", "fraction", "fraction:2/3"), ("half", "fraction", "fraction:1/2")]),
    ("th", "สองส่วนสามของที่นั่งและครึ่งหนึ่งของงบประมาณ",
     [("สองส่วนสาม", "fraction", "fraction:2/3"), ("ครึ่งหนึ่ง", "fraction", "fraction:1/2")]),
    ("en", "A third term began.", [("third", "ordinal", "ordinal:3")]),
    # phone numbers are one code
    ("en", "Call the helpline on 116 123 or 02-555-0199.",
     [("116 123", "code", "code:116123"), ("02-555-0199", "code", "code:025550199")]),
    ("th", "โทร 116 123 หรือ 02-555-0199", [("116 123", "code", "code:116123"),
                                        ("02-555-0199", "code", "code:025550199")]),
    # times
    ("en", "Doors open 8.30-11am and the talk is at 19.15.",
     [("8.30-11am", "time", "time:08:30-11:00"), ("19.15", "time", "time:19:15")]),
    ("th", "ประตูเปิด 8.30-11.00 น. และเริ่มพูดเวลา 19.15 น.",
     [("8.30-11.00 น.", "time", "time:08:30-11:00"), ("19.15 น.", "time", "time:19:15")]),
    ("en", "The market closes at 7 p.m.", [("7 p.m.", "time", "time:19:00")]),
    ("th", "ตลาดปิดตอนหนึ่งทุ่ม เปิดอีกครั้งบ่ายสองโมง",
     [("หนึ่งทุ่ม", "time", "time:19:00"), ("บ่ายสองโมง", "time", "time:14:00")]),
    # dates
    ("en", "Talks ran from March to May 2019.",
     [("March to May 2019", "date", "date:2019-03/2019-05")]),
    ("th", "การเจรจามีขึ้นตั้งแต่มีนาคมถึงพฤษภาคม 2562",
     [("มีนาคมถึงพฤษภาคม 2562", "date", "date:2019-03/2019-05")]),
    ("en", "It opened on Oct. 31, 2018.", [("Oct. 31, 2018", "date", "date:2018-10-31")]),
    ("th", "เปิดเมื่อ 31 ต.ค. 2561", [("31 ต.ค. 2561", "date", "date:2018-10-31")]),
    # names with digits
    ("en", "The B-52 and the G7 met in Q2.",
     [("B-52", "code", "code:52"), ("G7", "code", "code:7"), ("Q2", "ordinal", "ordinal:2")]),
    ("th", "วัคซีนโควิด-19", [("โควิด-19", "code", "code:19")]),
]


@pytest.mark.parametrize("lang,text,expected", [pytest.param(*c, id=f"{c[0]}-{c[1][:30]}")
                                                for c in CASES])
def test_general_news_numbers(lang, text, expected):
    assert triples(text, lang) == expected


@pytest.mark.parametrize("lang,text,vague_text", [
    ("en", "Hundreds of people and tens of thousands of fans came.", "Hundreds"),
    ("en", "Dozens of boats were lost.", "Dozens"),
    ("th", "มีผู้คนหลายพันคนมาร่วมงาน", "หลายพัน"),
    ("th", "มีผู้ชมนับล้าน", "นับล้าน"),
    ("th", "ชายคนหนึ่งเดินเข้ามา", "หนึ่ง"),
])
def test_vague_quantities_are_flagged(lang, text, vague_text):
    found = {m.text: m for m in find_numbers(text, lang)}
    assert found[vague_text].vague


@pytest.mark.parametrize("lang,text", [
    ("en", "One of the drivers stopped."),
    ("th", "หนึ่งในคนขับหยุดรถ"),
    ("th", "มีคนมาหนึ่งคน"),
])
def test_counted_one_is_not_vague(lang, text):
    assert [m.vague for m in find_numbers(text, lang)] == [False]


@pytest.mark.parametrize("en_text,th_text", [
    ("$60 billion", "60 พันล้านดอลลาร์"),
    ("the 1980s", "ทศวรรษ 1980"),
    ("7 p.m.", "19.00 น."),
    ("27 September 2018", "27 กันยายน 2561"),
    ("Sept. 27", "27 ก.ย."),
    ("twice", "สองครั้ง"),
    ("the fourth", "ที่สี่"),
    ("20 per cent", "ร้อยละ 20"),
])
def test_same_meaning_same_key(en_text, th_text):
    en_keys = [m.key for m in find_numbers(en_text, "en")]
    th_keys = [m.key for m in find_numbers(th_text, "th")]
    assert en_keys == th_keys and len(en_keys) == 1


@pytest.mark.parametrize("text,expected", [
    ("The jockey weighs 9st.", [("9", 9.0, "cardinal")]),  # stone, not "9th"
    ("It was the 21st race and the 11th win.", [("21st", 21.0, "ordinal"),
                                                  ("11th", 11.0, "ordinal")]),
    ("Costs were cut by a fifth.", [("a fifth", 0.2, "fraction")]),
    ("He hired a third partner.", [("third", 3.0, "ordinal")]),
    ("Around 25k people marched.", [("25k", 25000.0, "cardinal")]),  # k before a plural noun
    ("Rents have doubled and could triple.", [("doubled", 2.0, "cardinal"),
                                               ("triple", 3.0, "cardinal")]),
    ("She won the doubles in a double-decker year.", []),
    ("The metro line will cost Rs 2,400 crore.", [("Rs 2,400 crore", 24e9, "money")]),
    ("ผู้ชมราว 6 หมื่น 2 พันคน", [("6 หมื่น 2 พัน", 62000.0, "cardinal")]),
    ("งบ 2 ล้าน 4 แสนบาท", [("2 ล้าน 4 แสนบาท", 2400000.0, "money")]),
    ("รถ 3 หมื่นคัน 4 พันคัน", [("3 หมื่น", 30000.0, "cardinal"),
                              ("4 พัน", 4000.0, "cardinal")]),
])
def test_units_ordinals_and_fractions_of_news(text, expected):
    got = numbers_table(text)
    assert list(zip(got["text"], got["value"], got["kind"].astype(str))) == expected


@pytest.mark.parametrize(("text", "qualifier"), [
    ("Pepper prices are now nearly double the level of last spring.", "nearly"),
    ("The port almost tripled its container traffic.", "nearly"),
    ("Rents have more than doubled since the metro opened.", "over"),
    ("Bus fares doubled in March.", None),
])
def test_a_hedged_multiple_keeps_its_qualifier(text, qualifier):
    row = numbers_table(text, lang="en").iloc[0]
    assert row["key"] in ("cardinal:2", "cardinal:3")
    assert (row["qualifier"] if isinstance(row["qualifier"], str) else None) == qualifier
