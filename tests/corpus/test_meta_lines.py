"""Meta lines of news sites next to the headline (publication time, update time, view
and share counts, reading time, desk or writer credit) are publication stamps on both
sides of a pair, and slide counters, share bars and "Related:" links are furniture.
Examples written for this test."""

import pytest

from massmob_nlp.corpus.article_clutter import classify_clutter
from massmob_nlp.corpus.boilerplate import classify_paragraphs


@pytest.mark.parametrize("line", [
    # Thai sites: section word, date, clock, a view count whose icon is lost, read time
    "การเมือง 14 ม.ค. 2570, 08:12 น. | 3.4K อ่าน 4 นาที",
    "โดย ทีมข่าวต่างประเทศ Daily Online 14 ม.ค. 2570 | 08:12 น. อัปเดต 14 ม.ค. 2570 | 09:40 น. 2.2K views",
    "14 ม.ค. 2570 เวลา 08:12 น. 1.5k อ่านข่าว 3 นาที",
    "14 ม.ค. 70 08:12 เศรษฐกิจ",
    "มกราคม 14, 2027 ข่าวเช้า",
    "*โดย สมศรี ใจดี | ข่าวค่ำ | 14 ม.ค. 2570 เวลา 08:12 น.*",
    # English sites
    "Published: 7:45am, 14 Jan 2027 Updated: 10:05am, 14 Jan 2027 4-minute read",
    "Published: 14 Jan 2027 at 07:45 Newspaper section: World Writer: Anong Sukjai 2,318 viewed 4 comments",
    "Thursday, January 14, 2027 By Harbour Times 1,902",
    "MARIKO SATO, Tokyo Daily staff writer January 14, 2027 07:45 JST",
])
def test_meta_lines_of_news_sites_are_stamps(line):
    assert classify_clutter(line) == "date"


@pytest.mark.parametrize("line", [
    "By the end of 2027 the new line will carry 40,000 passengers a day.",
    "โดยในปี 2570 กระทรวงจะลงทุน 3 หมื่นล้านบาท",
    "The ferry left at 7:45am on 14 January 2027 with 212 passengers.",
    "การประชุมจะเริ่มในวันที่ 14 ม.ค. 2570 เวลา 09.00 น.",
    "Line 3 of 7 reopened on Monday.",
])
def test_story_lines_with_dates_and_counts_stay_text(line):
    assert classify_clutter(line) is None


@pytest.mark.parametrize(("line", "kind"), [
    ("2 of 9", "caption"),
    ("แบ่งปัน Facebook X LINE อีเมล พิมพ์", "navigation"),
    ("Share Copy Link copied Email Facebook X Reddit LinkedIn Flipboard Print", "navigation"),
])
def test_slide_counters_and_share_bars(line, kind):
    assert classify_clutter(line) == kind


def test_a_related_link_is_furniture_and_a_related_sentence_is_not():
    kinds = classify_paragraphs([
        "Related: Ministry approves 12-billion-baht ring road",
        "Related: officials said 14 people were hurt when the ring road bridge collapsed.",
    ])
    assert kinds == ["link_list", None]


@pytest.mark.parametrize("line", [
    "- 3 มี.ค. 2570: ศาลนัดฟังคำพิพากษา",
    "3 มี.ค. 2570: ศาลนัด",
    "14 January 2027 – Hearing",
])
def test_timeline_items_are_text(line):
    assert classify_clutter(line) is None


def test_a_section_kicker_in_capitals_is_navigation():
    assert classify_clutter("SPORT / FOOTBALL") == "navigation"
    assert classify_clutter("The SPORT / FOOTBALL pages moved online.") is None


def test_a_desk_credit_holding_a_posting_word_is_still_a_stamp():
    # โพสต์ ("posted") inside the desk's name is no label of the stamp
    assert classify_clutter(
        "ข่าวการเมืองโพสต์ทูเดย์ 14 มกราคม 2570 เวลา 08:12 น. เข้าชม 2,318 ครั้ง") == "date"


def test_a_thai_writer_name_with_date_and_reading_time_is_a_stamp():
    assert classify_clutter("สมศรี ใจดี Jan 14, 2027 08:12 อ่าน 3 นาที") == "date"
    assert classify_clutter("ประชุมจะปิดในวันที่ 14 ม.ค. 2570 เวลา 10.00 น.") is None


@pytest.mark.parametrize("line", [
    "วรรณา ศรีสุข เรื่อง | แปลและเรียบเรียง: กองบรรณาธิการ ครัวบ้านเรา | อ่าน 6 นาที",
    "เรื่อง: ธีรพงษ์ มีสุข | ภาพ: อรอุมา แก้วดี",
    "ภาพถ่าย: ชยพล นาคสวัสดิ์ · อ่าน 3 นาที",
    "Words by Clara Mendes · Photos by Tom Reyes · 6 min read",
])
def test_a_credit_bar_of_a_magazine_is_a_byline(line):
    assert classify_clutter(line) == "byline"


@pytest.mark.parametrize("line", [
    "เรื่องนี้ยังไม่จบ | ตำรวจจะสอบปากคำพยานอีก 6 คนในสัปดาห์หน้า",
    "Story time at the library | 6 min read of a picture book for children aged 3 to 5.",
    "Photos: a guide to the 12 new stations | Transport",
])
def test_lines_with_a_bar_and_a_credit_word_that_are_not_credit_bars(line):
    assert classify_clutter(line) != "byline"
