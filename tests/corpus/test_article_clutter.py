"""News-article chrome around a story's body is boilerplate, never a number problem."""

import pytest

from massmob_nlp import compare, read_documents
from massmob_nlp.corpus import paragraphs_table
from massmob_nlp.corpus.article_clutter import classify_clutter
from massmob_nlp.corpus.boilerplate import classify_paragraphs

EN_PAGE = """Skip to content
Home
News
Sport
iPlayer

Ferry fares to rise by 6% from April

By Ruth Ogden
Transport reporter, Belfast

Tuesday 4 March 2025, 06:10 GMT

Image source, Harbour Photos
Image caption, The ferry fleet carried 1.8 million passengers last year

Fares on the island ferry will rise by 6% from 1 April, the operator has said.

A return ticket for a car and two adults will cost £94, up from £89.

Share this page
Copy link

The operator said fuel costs had risen by 11% in 2024.

Timetable
Crossings: 14 a day
Journey time: 35 minutes
Vessels: 3

Related topics
Ferries
Northern Ireland

More on this story
Ferry strike called off after 9-hour talks
Published 3 days ago
"""

TH_PAGE = """หน้าแรก > ข่าว > ภูมิภาค

ค่าโดยสารเรือข้ามฟากจะขึ้น 6% ตั้งแต่เดือนเมษายน

อังคารที่ 4 มี.ค. 2568

ผู้ให้บริการระบุว่าค่าโดยสารเรือข้ามฟากไปยังเกาะจะปรับขึ้น 6% ตั้งแต่วันที่ 1 เมษายน

ตั๋วไปกลับสำหรับรถยนต์และผู้ใหญ่สองคนจะมีราคา 94 ปอนด์ จากเดิม 89 ปอนด์

แชร์
คัดลอกลิงก์

ผู้ให้บริการระบุว่าต้นทุนเชื้อเพลิงเพิ่มขึ้น 11% ในปี 2567

เรื่องที่เกี่ยวข้อง
เรือข้ามฟาก
ยกเลิกการนัดหยุดงานหลังเจรจา 9 ชั่วโมง
"""


@pytest.mark.parametrize("line", [
    "Tuesday 4 March 2025, 06:10 GMT",
    "Published 21 January 2025, 08:15 GMT",
    "Updated: Oct. 31, 2018 at 7 p.m. ET",
    "2 June 2023",
    "Published 3 days ago",
    "12 minutes ago",
    "วันเสาร์ที่ 9 พฤศจิกายน 2567",
    "อังคารที่ 4 มี.ค. 2568",
    "เผยแพร่ 21 มกราคม 2568 เวลา 08.15 น. ตามเวลาประเทศไทย",
    "3 ชั่วโมงที่แล้ว",
    "Last updated at 12:15 GMT",
    "อัปเดตล่าสุด 12.15 น.",
])
def test_datelines_are_dates(line):
    assert classify_clutter(line) == "date"


@pytest.mark.parametrize("line", [
    "Hanoi, 2 May.",                      # a place dateline opening a sentence
    "The fares rise on 1 April 2025.",
    "May 2024 was the wettest on record",
    "ค่าโดยสารจะขึ้นในวันที่ 1 เมษายน 2568",
    "Crossings rose by 14 a day",
])
def test_sentences_with_dates_are_body(line):
    assert classify_clutter(line) is None


def test_captions_buttons_and_list_headings():
    assert classify_clutter("Image caption, The fleet carried 1.8 million people") == "caption"
    assert classify_clutter("ที่มาของภาพ, Harbour Photos") == "caption"
    assert classify_clutter("คำบรรยายภาพ, เรือข้ามฟากลำใหม่ขนาด 120 เมตร") == "caption"
    assert classify_clutter("Copy link") == "navigation"
    assert classify_clutter("More on this story") == "navigation"
    assert classify_clutter("Image of the week: a 3-metre wave") is None


@pytest.mark.parametrize("line", [
    "*อัตราแลกเปลี่ยน 1 ปอนด์ เท่ากับประมาณ 44 บาท",
    "(1 ดอลลาร์สหรัฐ = 36 บาท)",
    "หมายเหตุ: 1 ยูโร ≈ 39 บาท",
    "*Exchange rate: £1 = 44 baht",
])
def test_exchange_rate_notes(line):
    assert classify_clutter(line) == "note"


@pytest.mark.parametrize("line", [
    "1 ปอนด์เท่ากับ 44 บาทในสัปดาห์นี้ ซึ่งอ่อนค่าลงมากที่สุดในรอบ 3 ปี ตามข้อมูลของธนาคารแห่งประเทศไทย"
    "ที่เผยแพร่เมื่อวันจันทร์ และนักวิเคราะห์คาดว่าค่าเงินจะยังผันผวนต่อไปตลอดไตรมาส",
    "ราคาน้ำมันเพิ่มขึ้น 1 บาทต่อลิตร",
    # a short sentence of the article about the rate is text, not a translator's note
    "อัตราแลกเปลี่ยนอยู่ที่ 33.8 บาทต่อดอลลาร์",
    "Exchange rates were stable on Monday.",
])
def test_sentences_about_money_are_not_notes(line):
    assert classify_clutter(line) is None


def test_bare_caption_marker_takes_the_next_line():
    texts = ["Getty Images", "Image caption,",
             "Rescue teams searched 12 streets in the old town on Sunday",
             "Rescue teams searched 12 streets in the old town on Sunday, police said.",
             "คำบรรยายภาพ", "เจ้าหน้าที่กู้ภัยค้นหาผู้รอดชีวิต 12 ถนนในเมืองเก่า"]
    assert classify_paragraphs(texts) == ["caption", "caption", "caption", None,
                                          "caption", "caption"]
    assert classify_clutter("AFP via Getty Images") == "caption"
    assert classify_clutter("Reuters said 12 people died.") is None


def test_page_lines_get_their_kinds():
    paras = paragraphs_table(EN_PAGE)
    kind = dict(zip(paras["text"], paras["boilerplate_kind"].astype(object)))
    assert kind["Transport reporter, Belfast"] == "byline"
    assert kind["Tuesday 4 March 2025, 06:10 GMT"] == "date"
    assert kind["Image caption, The ferry fleet carried 1.8 million passengers last year"] \
        == "caption"
    assert {kind[x] for x in ("Timetable", "Crossings: 14 a day", "Journey time: 35 minutes",
                              "Vessels: 3")} == {"fact_box"}
    assert kind["Ferry strike called off after 9-hour talks"] == "link_list"
    assert kind["Published 3 days ago"] == "date"
    assert kind["iPlayer"] == "link_list"
    body = paras[~paras["is_boilerplate"]]["text"].tolist()
    assert body == [
        "Ferry fares to rise by 6% from April",
        "Fares on the island ferry will rise by 6% from 1 April, the operator has said.",
        "A return ticket for a car and two adults will cost £94, up from £89.",
        "The operator said fuel costs had risen by 11% in 2024.",
    ]


def test_thai_story_list_stops_at_a_body_paragraph():
    texts = ["อ่านเพิ่มเติม", "ยกเลิกการนัดหยุดงานหลังเจรจา 9 ชั่วโมง",
             "ผู้ให้บริการระบุว่าต้นทุนเชื้อเพลิงเพิ่มขึ้น 11% ในปี 2567 ซึ่งเป็นผลจากราคาน้ำมัน"
             "ดิบที่สูงขึ้นตลอดทั้งปี และคาดว่าจะยังอยู่ในระดับสูงต่อไป"]
    assert classify_paragraphs(texts) == ["navigation", "link_list", None]


def test_an_interview_is_not_a_fact_box():
    texts = ["The minister answered questions from readers.",
             "Q: Will fares rise again this year?", "A: Not before 2026.",
             "Q: What about the 9pm crossing?", "A: It stays."]
    assert classify_paragraphs(texts) == [None] * 5
    quotes = ["The minister answered questions from readers.",
              "Smith: We will keep the 9pm crossing.", "Jones: Who pays for it?",
              "Smith: The island council, as in 2024."]
    assert classify_paragraphs(quotes) == [None] * 4


def test_article_clutter_raises_no_number_problem(tmp_path):
    (tmp_path / "ferry.en.txt").write_text(EN_PAGE, encoding="utf-8")
    (tmp_path / "ferry.th.txt").write_text(TH_PAGE, encoding="utf-8")
    en, th = read_documents([tmp_path / "ferry.en.txt", tmp_path / "ferry.th.txt"])
    assert en.meta["published"] == "Tuesday 4 March 2025, 06:10 GMT"
    numbers = compare(en, th).numbers
    problems = numbers[numbers["status"].astype(str).isin(["mismatch", "missing", "added"])]
    assert problems.empty, problems[["status", "src_text", "tgt_text"]]


@pytest.mark.parametrize("line", [
    "Print Font - Font + Zalo", "In Cỡ chữ - Cỡ chữ + Facebook", "A- A+", "In bài viết",
    "Chia sẻ Zalo", "Gửi bình luận"])
def test_print_and_font_size_tools_of_a_portal_are_navigation(line):
    assert classify_clutter(line) == "navigation"


@pytest.mark.parametrize("line", ["In 2026 the ferry carried 450 people.", "Font maker sold"])
def test_a_sentence_starting_with_a_tool_word_is_text(line):
    assert classify_clutter(line) is None


@pytest.mark.parametrize("line", ["VOV5 - 18/03/2026 10:40 Lượt xem: 864",
                                  "VTV4 - Thứ Ba, 17/03/2026 08:15"])
def test_a_stamp_naming_a_numbered_channel_is_a_dateline(line):
    assert classify_clutter(line) == "date"


def test_a_clause_with_a_numbered_name_before_a_date_is_text():
    assert classify_clutter("G20 summit opens 18/03/2026 10:40") is None


@pytest.mark.parametrize("line", ["Lan Anh/VNA", "Thanh Hà/VOV-Đông Bắc", "Quoc Viet/VOV-Mekong Delta"])
def test_a_writer_credited_with_outlet_and_bureau_is_a_byline(line):
    assert classify_clutter(line) == "byline"


def test_a_slash_between_lower_case_words_is_text():
    assert classify_clutter("Export/import rose 12%") is None


@pytest.mark.parametrize("line", ["(US$1 = VND25,380)", "(1 USD = 36.5 baht)",
                                  "(1 ดอลลาร์สหรัฐ = 25,380 ด่ง)"])
def test_a_wire_exchange_rate_line_is_a_note_in_either_language(line):
    assert classify_clutter(line) == "note"


@pytest.mark.parametrize("line", [
    "3 December 2026 Share Send Print", "อ่าน 5 นาที", "4 ธ.ค. 2569 09:10 น. อ่าน 6 นาที แชร์ 2.4K",
    "By: CHANNEL 4 5 min", "By science reporter Tom Hale Posted Thu 3 Dec 2026 at 6:40am",
    "โดย ทีมข่าวต่างประเทศ 03.12.2026 อ่าน 2 นาที"])
def test_stamps_with_reading_times_share_tools_and_roles_are_datelines(line):
    assert classify_clutter(line) == "date"


@pytest.mark.parametrize("line", ["2:07 Watch video", "Save Click here to share on social media"])
def test_video_labels_and_share_blocks_are_navigation(line):
    assert classify_clutter(line) == "navigation"


@pytest.mark.parametrize("line", ["The final set lasted 3 min", "Send in your photos of the 2 floods",
                                  "By 2030 the line will run every 4 min"])
def test_sentences_with_minutes_or_tool_words_stay_text(line):
    assert classify_clutter(line) is None


def test_a_long_thai_related_headline_after_a_list_heading_is_a_link():
    texts = ["ทางการเผยยอดผู้โดยสารรถไฟฟ้าสายใหม่เพิ่มขึ้นต่อเนื่องตลอดสัปดาห์แรกของการเปิดให้บริการ "
             "โดยมีผู้ใช้บริการเฉลี่ยวันละ 45,000 คน สูงกว่าที่คาดไว้มาก",
             "ข่าวที่เกี่ยวข้อง",
             "กรุงเทพฯ: ผู้ว่าฯ สั่งเพิ่มรถเมล์สายใหม่ 12 สาย รองรับผู้โดยสารจากรถไฟฟ้าสายสีชมพู"]
    kinds = classify_paragraphs(texts)
    assert kinds[2] == "link_list"


def test_a_read_more_line_of_two_titles_joined_by_a_dot_is_a_link_list() -> None:
    # two story titles after "Related:" are one link list even when together they run
    # past a headline's length; a sentence after the label is not
    line = ("Related: Hanoi opens its second metro line in 2027 · "
            "Vietnam Airlines adds five routes to Japan")
    assert classify_clutter(line) == "link_list"
    assert classify_clutter("Read more: Rice prices climb for a third week | "
                            "Exporters eye new markets in Africa") == "link_list"
    assert classify_clutter("Related: the ministry said on Monday that 12 schools "
                            "would close next week. · and more") is None


def test_the_thai_heading_read_on_opens_a_story_list() -> None:
    assert classify_clutter("อ่านต่อ") == "navigation"
    assert classify_clutter("อ่านต่อ:") == "navigation"
