"""Page metadata no single stamp rule sees: meta bars under a headline, a portal's own
"Update:" format, wire correction notes, source credits, breadcrumbs, topic lists and
the publisher's address closing a copied page. Examples written for this test."""

import pytest

from massmob_nlp.corpus.article_clutter import classify_clutter
from massmob_nlp.corpus.boilerplate import classify_paragraphs
from massmob_nlp.corpus.page_meta import is_meta_bar


@pytest.mark.parametrize("line, kind", [
    ("Updated: March, 14/2027 - 09:45", "date"),
    ("This article has been corrected to show the bridge is 420 metres long, not 240.",
     "note"),
    ("(Corrects spelling of minister's name in paragraph 3)", "note"),
    ("อ้างอิง: Financial Review, กรมศุลกากร", "byline"),
    ("แหล่งข้อมูล: สำนักงานสถิติแห่งชาติ", "byline"),
    ("Sport > Motor Racing", "navigation"),
    ("ข่าว › เศรษฐกิจ", "navigation"),
    ("Related topics: Laos, Energy, Dams", "navigation"),
    ("หัวข้อที่เกี่ยวข้อง: ลาว, พลังงาน", "navigation"),
    ("ข่าวล่าสุด: ทางหลวงสาย 32 ปิดซ่อม 2 วัน", "link_list"),
    ("เรื่อง : สมพร แก้วใส / ภาพ : ปรีชา ทองดี", "byline"),
])
def test_meta_lines_get_their_kind(line, kind):
    assert classify_clutter(line) == kind


@pytest.mark.parametrize("line", [
    "Updated figures show the bridge carried 42,000 cars on 14 March.",
    "Sources said the minister would resign on Friday.",
    "Profits rose > 20% in the quarter.",
    "The correction in prices continued for 3 weeks.",
])
def test_story_lines_that_look_like_meta_stay_text(line):
    assert classify_clutter(line) is None


@pytest.mark.parametrize("line, expected", [
    ("กีฬา 14 ม.ค. 2570 เวลา 08:15 น.", True),
    ("*ข่าวสดรายวัน | การเมือง | 14 ม.ค. 2570 เวลา 08:15 น.*", True),
    ("Anong Sukjai Harbour Times 14 January 2027", True),
    ("The minister arrived in Vientiane on 14 January 2027", False),
    ("บรรยากาศการประชุมที่ทำเนียบรัฐบาล เมื่อ 14 ม.ค. 2570", False),
    ("Hanoi v Bangkok | 14 Jan 2027 | 19:30", False),
    ("harbourtimes.com.vn · By Le Thu Ha · January 14, 2027 · Business", True),
    ("matichon.co.th · มติชน · 15 ม.ค. 2570 · เศรษฐกิจ", True),
    ("Visitors to harbourtimes.com.vn rose 12% · 14 January 2027", False),
])
def test_meta_bars(line, expected):
    assert is_meta_bar(line) is expected


def test_a_meta_bar_is_a_stamp_under_the_headline_only():
    lines = ["รถไฟสายใหม่เปิดให้บริการวันแรก",
             "กีฬา 14 ม.ค. 2570 เวลา 08:15 น.",
             "การรถไฟเปิดให้บริการเส้นทางใหม่ระยะทาง 42 กิโลเมตรเมื่อวันจันทร์ มีผู้โดยสาร 3,100 คนในวันแรก",
             "ผู้ว่าการกล่าวว่าจะเพิ่มขบวนรถอีก 4 ขบวนในเดือนหน้า",
             "ผู้โดยสารคนหนึ่งกล่าวว่าใช้เวลาเดินทางน้อยลงครึ่งชั่วโมง",
             "ตารางเดินรถจะประกาศอีกครั้ง",
             "ประชุม 14 ม.ค. 2570 เวลา 08:15 น."]
    kinds = classify_paragraphs(lines)
    assert kinds[1] == "date"
    assert kinds[0] is None and kinds[-1] is None


def test_the_publisher_address_after_the_tag_list_is_footer():
    lines = ["Port of Haiphong handles record container volume",
             "The port handled 7.2 million TEU this year, up 9% on last year.",
             "A new berth at 12 Lach Huyen Road will open in 2027, the operator said.",
             "Tags: ports, logistics",
             "Harbour News Online. 18 Tran Phu Street, Ngo Quyen District, Haiphong City."]
    kinds = classify_paragraphs(lines)
    assert kinds[-1] == "footer"
    assert kinds[2] is None  # an address inside the story stays text


def test_a_masthead_link_to_the_front_page_and_link_only_lines_are_chrome(tmp_path):
    from massmob_nlp import read_documents
    from massmob_nlp.corpus import paragraphs_table
    from massmob_nlp.corpus.html import html_to_text
    page = ("<html><body><div class='top'><a class='brand' href='/'>HARBOUR DAILY - The voice "
            "of the river ports since 1952</a></div>"
            "<div id='strip'><a href='/'>Harbour</a> <a href='/news'>News</a> "
            "<a href='/sport'>Sport</a> <a href='/weather'>Weather</a></div>"
            "<p><a href='/business'>Business</a></p>"
            "<h1>Ferry fares rise by 12% from January</h1>"
            "<p>Fares on the <a href='/tags/ferry'>river ferry</a> will rise by 12% on 1 January, "
            "the operator said.</p>"
            "<p><a href='/story/42'>Ferry operator reports record 3.1 million passengers</a></p>"
            "</body></html>")
    text, meta = html_to_text(page)
    chrome = {text[a:b] for a, b in meta["chrome_spans"]}
    assert chrome == {"HARBOUR DAILY - The voice of the river ports since 1952",
                      "Harbour News Sport Weather", "Business"}
    (tmp_path / "ferry.html").write_text(page, encoding="utf-8")
    table = paragraphs_table(read_documents(tmp_path / "ferry.html")[0])
    body = table.loc[table["boilerplate_kind"].isna(), "text"].tolist()
    assert body[0] == "Ferry fares rise by 12% from January"
    assert any("river ferry will rise by 12%" in t for t in body)


def test_a_pull_quote_repeating_the_story_is_flagged_and_a_heading_is_not():
    lines = ["Night ferries return to the river",
             "The river ferries will run until midnight from March, the operator said.",
             "“We want people to get home without a taxi,” said Mai Tran, who runs the line.",
             "“We want people to get home without a taxi”",
             "Night ferries",
             "Night ferries stopped in 2020 when passenger numbers fell by half."]
    kinds = classify_paragraphs(lines)
    assert kinds[3] == "pull_quote"
    assert kinds[0] is None and kinds[2] is None and kinds[4] is None


@pytest.mark.parametrize("line, expected", [
    ("ข่าว ตปท. 3 มี.ค. 2570 09:40 น.", True),  # a section abbreviated, its full stop kept
    ("SPORT FRIDAY, MARCH 5, 2027 Harbour Times", True),  # section, full date, outlet
    ("The minister left Vientiane on Friday, March 5, 2027 after talks", False),
    ("ผู้ว่าฯ กทม. ลงพื้นที่ตรวจน้ำท่วมในเขตบางเขน 3 มี.ค. 2570", False),
])
def test_meta_bars_with_abbreviations_and_full_dates(line, expected):
    assert is_meta_bar(line) is expected


def test_a_more_in_section_list_and_back_to_top_close_a_copied_page():
    lines = ["Harbour fees rise 12% at the new container port",
             "The port authority raised fees by 12% from January, the first rise since 2019.",
             "Shipping lines said they would pass the cost on to exporters.",
             "More in Shipping",
             "Dredging work to deepen the channel to 14 metres by 2028",
             "Freight rates fall for a third month",
             "Back to top"]
    kinds = classify_paragraphs(lines)
    assert kinds[3] == "navigation" and kinds[6] == "navigation"
    assert kinds[4] == "link_list" and kinds[5] == "link_list"
    assert kinds[1] is None and kinds[2] is None


@pytest.mark.parametrize("line", ["Harbour Times ภาษาไทย", "Mekong Daily Thai edition"])
def test_a_thai_edition_label_is_the_site_name(line):
    assert classify_paragraphs(["Fees rise at the port", line,
                                "The port raised fees by 12% in January."])[1] == "site_name"


@pytest.mark.parametrize("line", [
    "Share this: Facebook | X | LinkedIn | Email", "ข้ามไปยังเนื้อหาหลัก", "กลับขึ้นด้านบน",
    "Back to top", "Download (PDF, 845 KB)", "ดาวน์โหลดเอกสาร (PDF, 2.4 MB)",
])
def test_page_buttons_and_file_links_are_navigation(line):
    assert classify_clutter(line) == "navigation"


def test_download_in_a_sentence_stays_text():
    assert classify_clutter("Download the full report of 312 pages from the ministry site.") is None


def test_a_thai_statement_dateline_with_a_long_country_name_is_a_meta_line():
    lines = ["แถลงการณ์ร่วมว่าด้วยความร่วมมือด้านการประมง",
             "กรุงเวียงจันทน์ สาธารณรัฐประชาธิปไตยประชาชนลาว วันที่ 9 มีนาคม 2570",
             "1. เรา รัฐมนตรีว่าการกระทรวงเกษตรของประเทศสมาชิก 10 ประเทศ ได้ประชุมกันเมื่อวันที่ 9 มีนาคม 2570",
             "2. เรายินดีที่ปริมาณการจับปลาในแม่น้ำโขงเพิ่มขึ้นร้อยละ 4"]
    kinds = classify_paragraphs(lines)
    assert kinds[1] == "date" and kinds[2] is None and kinds[3] is None


@pytest.mark.parametrize("line, expected", [
    ("Issued at: 17.00 hrs. Local Time (10.00 UTC), 3 March 2027", True),
    ("ออกประกาศ 3 มีนาคม 2570 เวลา 17.00 น.", True),
    ("Issued warnings for 12 provinces on 3 March 2027", False),
])
def test_a_bulletin_issue_line_is_a_stamp_in_both_languages(line, expected):
    from massmob_nlp.corpus.stamps import is_stamp

    assert is_stamp(line) is expected


@pytest.mark.parametrize("line, expected", [
    ("สุขภาพ-ความงาม · 5 ม.ค. 2570 · อ่าน 4 นาที", True),  # hyphen-joined section, reading time
    ("ข่าวสดออนไลน์ – พฤหัสบดีที่ 7 มกราคม 2027", True),  # long outlet name, full date
    ("ประชุมคณะกรรมการบริหาร 7 มกราคม 2027", False),  # a clause ending on a date
])
def test_meta_bars_with_joined_sections_and_long_outlet_names(line, expected):
    assert is_meta_bar(line) is expected


def test_a_meta_bar_above_the_headline_needs_its_clock():
    with_clock = ["การเมือง 12/01/2027 09:05", "ครม. อนุมัติงบซ่อมถนน 3,200 ล้านบาท",
                  "คณะรัฐมนตรีอนุมัติงบประมาณซ่อมถนนในภาคอีสาน 3,200 ล้านบาทเมื่อวันอังคาร"]
    without = ["งานกาชาด 12 มกราคม 2027", "ผู้จัดงานคาดว่าจะมีผู้เข้าชม 40,000 คน",
               "งานจะจัดที่สวนลุมพินีเป็นเวลา 10 วัน"]
    assert classify_paragraphs(with_clock)[0] == "date"
    assert classify_paragraphs(without)[0] is None
