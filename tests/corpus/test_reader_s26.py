"""Boilerplate rules of session 26 (helper C): a line of parts holding quantities is no
menu (a recipe's info line), a table's header without a corner cell, Thai bylines
(``โดย`` and one or two names, the outlet or role after them; names and role alone), two
Thai writers in a dated byline, captions ending in their photo credit, short credit and
translator lines, Thai fact boxes. Lines written for these tests."""

from __future__ import annotations

import pytest

from massmob_nlp.corpus.boilerplate import classify_paragraphs

STORY = ("The city council approved the plan on Monday after a long debate about costs "
         "and the schedule of the works.")
THAI_STORY = ("สภาเมืองอนุมัติแผนดังกล่าวเมื่อวันจันทร์ หลังการอภิปรายอย่างยาวนาน"
              "เรื่องค่าใช้จ่ายและกำหนดการก่อสร้าง")


def kind(line: str, story: str = STORY) -> str | None:
    return classify_paragraphs([story, line, story])[1]


@pytest.mark.parametrize("line", [
    "สำหรับ 6 ที่ | เวลาเตรียม 25 นาที | เวลาอบ 40 นาที | พักไว้ 1 ชั่วโมง",
    "Serves 6 | Prep 25 min | Bake 40 min",
    "Makes 24 | Oven 180C | Chill 2 hours",
    "ทำได้ 24 ชิ้น | อุณหภูมิเตา 180 องศา | แช่เย็น 2 ชั่วโมง",
])
def test_quantity_rows_are_no_menu(line: str) -> None:
    assert kind(line, THAI_STORY if "ที่" in line or "ชิ้น" in line else STORY) is None


@pytest.mark.parametrize("line", [
    "Home | News | Sport | Asian Games 2030 | Football",    # one item with a year: a menu
    "หน้าแรก | ข่าว | กีฬา | เอเชียนเกมส์ 2030 | ฟุตบอล",
])
def test_menu_with_one_dated_item_stays(line: str) -> None:
    assert kind(line) == "navigation"


def test_table_header_without_corner_cell_is_body() -> None:
    texts = ["Results (THB million)",
             "2Q27 | 2Q26 | % y/y | 6M27 | 6M26 | % y/y",
             "Sales | 5,120 | 4,870 | 5.1% | 10,240 | 9,760 | 4.9%",
             "Net profit | 410 | 388 | 5.7% | 822 | 790 | 4.1%",
             "EPS (THB) | 0.41 | 0.39 | 5.1% | 0.82 | 0.79 | 3.8%"]
    assert classify_paragraphs([STORY, *texts, STORY])[2] is None


@pytest.mark.parametrize("line", [
    "โดย ปริญญา ศรีสุข",
    "โดย มาลี วงศ์ใหญ่ และธีระ คงมั่น",                       # two writers
    "โดย สุดา แก้วกาญจน์, รอยเตอร์",                          # the outlet after a comma
    "โดย ชาญ ปัญญาดี ผู้สื่อข่าวประจำอินโดนีเซีย",              # the role after the name
    "กมลา ศรีทอง ผู้สื่อข่าวสายเศรษฐกิจและการเงิน",             # name and role, no โดย
    "แปลโดย ฝ่ายข่าวต่างประเทศ",
    "Translated by Minh Anh",
    "Photo: Xinhua",
])
def test_bylines_and_credits(line: str) -> None:
    assert kind(line, THAI_STORY) == "byline"


@pytest.mark.parametrize("line", [
    "สมชาย ใจดี ผู้สื่อข่าวรายงานว่า",                        # a verb after the role: a clause
    "โดยเฉพาะอย่างยิ่งกลุ่มผู้สูงอายุในเขตเมือง ที่ต้องเดินทางไปโรงพยาบาลบ่อย",
])
def test_thai_clauses_stay_body(line: str) -> None:
    assert kind(line, THAI_STORY) is None


def test_two_thai_writers_in_a_dated_byline() -> None:
    line = "ยูกิ ซาโต และมานพ ดีงาม ผู้สื่อข่าวนิกเคอิ · 3 มีนาคม 2570 08.30 น. ตามเวลาญี่ปุ่น"
    assert kind(line, THAI_STORY) == "date"


@pytest.mark.parametrize("line", [
    "Residents wade through a flooded street in Can Tho on March 3. (Photo: VNA)",
    "A worker checks solar panels at a farm in Lopburi, March 2, 2027. (AP Photo/Sakchai Lalit)",
    "Stalls at a night market in Chiang Mai. Photo by VnExpress/Linh Tran",
    "ชาวบ้านลุยน้ำท่วมในเมืองเกิ่นเทอ เมื่อวันที่ 3 มีนาคม (ภาพ: VNA)",
])
def test_captions_ending_in_their_credit(line: str) -> None:
    assert kind(line) == "caption"


@pytest.mark.parametrize("line", [
    "The ministry said 12 people were hurt, according to a statement. (Reuters)",
    "Photo: Officials inspect the damaged bridge after the storm in 2026.",
])
def test_sentences_with_credits_stay_body(line: str) -> None:
    assert kind(line) is None


def test_thai_fact_box_like_english() -> None:
    box = ["ผู้ชม: 31,204 คน", "ผู้ตัดสิน: สมพงษ์ ใจกล้า", "สนาม: ศุภชลาศัย"]
    english = ["Attendance: 31,204", "Referee: Sompong Jaikla", "Venue: Suphachalasai"]
    assert classify_paragraphs([THAI_STORY, *box])[1:] == ["fact_box"] * 3
    assert classify_paragraphs([STORY, *english])[1:] == ["fact_box"] * 3


def test_dated_byline_gives_writer_and_date() -> None:
    from massmob_nlp.corpus.boilerplate import extract_meta

    meta = extract_meta(["Rice prices rise again", "By Jane Roe | 12 March 2027, 11:05", STORY])
    assert meta == {"author": "Jane Roe", "published": "12 March 2027, 11:05"}


def test_one_line_fact_row_is_a_fact_box_like_its_lines() -> None:
    row = "Attendance: 31,204 | Referee: Sompong Jaikla | Venue: Suphachalasai"
    thai_row = "ผู้ชม: 31,204 คน | ผู้ตัดสิน: สมพงษ์ ใจกล้า | สนาม: ศุภชลาศัย"
    assert classify_paragraphs([STORY, STORY, row])[2] == "fact_box"
    assert classify_paragraphs([THAI_STORY, THAI_STORY, thai_row]) == [None, None, "fact_box"]
    assert classify_paragraphs([STORY, row, STORY])[1] is None  # inside the story: text


def test_breadcrumb_with_plus() -> None:
    assert kind("ASEAN+ > Markets") == "navigation"


def test_row_of_asterisks_is_read() -> None:
    # a nested [*]+ in the rate-note pattern backtracked exponentially on such a line
    line = "*" * 34 + " NOTICE " + "*" * 36
    assert classify_paragraphs([STORY, line, "*" * 80]) == [None, None, "noise"]
