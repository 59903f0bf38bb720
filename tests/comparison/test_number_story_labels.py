"""Numbers that label the story: a headline's figure that its own body gives again
(joined there, kept or changed) is the body's fact, not a number lost; the page's year
after an event's name (``งานวิ่ง 2026``) is its edition, not a year added; the date of
a wire's dateline is the day it was filed. Articles
written for these tests."""

from number_problems import number_problems

EN = """Heavy rain kills 14 in northern province

Sunday, November 29, 2026

Heavy rain and landslides have killed 14 people in the northern province of Nan, officials said.

Rescue teams were still searching for three missing villagers near the border.

The governor said 2,400 homes had been damaged and schools would stay closed for a week.

The city's riverside half marathon drew 30,000 runners this morning despite the weather."""
TH = """ฝนถล่มภาคเหนือ

อาทิตย์ที่ 29 พฤศจิกายน 2569

ฝนตกหนักและดินถล่มทำให้มีผู้เสียชีวิต 14 คนในจังหวัดน่าน เจ้าหน้าที่ระบุ

ทีมกู้ภัยยังคงค้นหาชาวบ้านที่สูญหายอีกสามคนใกล้ชายแดน

ผู้ว่าฯ ระบุว่าบ้านเรือนเสียหาย 2,400 หลัง และโรงเรียนจะปิดหนึ่งสัปดาห์

งานฮาล์ฟมาราธอนริมน้ำ 2026 มีนักวิ่งร่วม 30,000 คนเมื่อเช้านี้แม้สภาพอากาศไม่ดี"""


def _problems(en: str, th: str) -> list[tuple[str, ...]]:
    return [p[:3] for p in number_problems(en, th)]


def test_a_headline_figure_its_body_gives_and_an_edition_year_are_no_problems():
    assert _problems(EN, TH) == []


def test_a_headline_figure_is_reported_once_where_the_body_changed_it():
    th = TH.replace("ผู้เสียชีวิต 14 คน", "ผู้เสียชีวิต 41 คน")
    assert _problems(EN, th) == [("mismatch", "14", "41")]


def test_a_headline_figure_the_body_loses_too_is_still_missing():
    th = TH.replace("ผู้เสียชีวิต 14 คนใน", "ผู้เสียชีวิตหลายคนใน")
    assert ("missing", "14", "") in _problems(EN, th)


def test_a_year_of_time_after_a_name_is_still_added():
    th = TH.replace("งานฮาล์ฟมาราธอนริมน้ำ 2026", "งานฮาล์ฟมาราธอนริมน้ำในปี 2027")
    assert ("added", "", "2027") in _problems(EN, th)


def test_a_wire_datelines_date_is_the_filing_day_not_the_events():
    got = number_problems("MADRID, Nov 30 (Reuters) - Spain's ruling party won 150 seats in the "
                          "election held on Nov. 29.",
                          "พรรครัฐบาลสเปนได้ 150 ที่นั่งในการเลือกตั้งเมื่อวันที่ 28 พ.ย.",
                          embeddings=False)
    assert [p[:3] for p in got] == [("mismatch", "Nov. 29", "28 พ.ย.")]
