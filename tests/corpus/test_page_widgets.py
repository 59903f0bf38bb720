"""Page widgets of saved news pages (cookie banners, share bars, newsletter boxes,
comment counts, ad slots, "Read more" links, gallery captions, publication stamps) are
boilerplate, and a page's declared charset is honoured. Examples written for this test."""

import pytest

from massmob_nlp import compare, read_documents
from massmob_nlp.corpus import paragraphs_table
from massmob_nlp.corpus.article_clutter import classify_clutter
from massmob_nlp.corpus.boilerplate import classify_paragraphs
from massmob_nlp.corpus.html import html_to_text
from massmob_nlp.corpus.encodings import declared_charset, decode_bytes

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Port strike</title></head>
<body>
<div class="cookie-banner"><p>We and our 612 partners use cookies.</p><button>Accept all</button><button>Reject</button></div>
<main><article>
<h1>Dock workers strike for a third day at Rotterdam</h1>
<div class="share-bar"><a href="#">Share</a><a href="#">Share on X</a><a href="#comments">Comments (214)</a></div>
<p>ROTTERDAM, March 4 - About 1,800 dock workers stayed off the job on Tuesday, leaving 37 ships waiting outside the port.</p>
<div class="ad-slot"><span>Advertisement</span></div>
<p>The union wants a 6.5% pay rise over two years; the employers have offered 4%.</p>
<div class="read-more"><strong>Read more:</strong> <a href="#">Antwerp handles 12 extra ships a day</a></div>
</article>
<section class="newsletter"><p>Get 3 briefings a day. It takes 1 minute to sign up.</p></section>
<section id="comments"><h3>Comments (214)</h3><p>19 readers are online now.</p></section>
</main></body></html>"""


def test_widgets_of_a_page_are_chrome_and_the_story_is_not():
    text, meta = html_to_text(PAGE)
    lines = text.split("\n")
    chrome = {text[a:b] for a, b in meta["chrome_spans"]}
    assert "We and our 612 partners use cookies." in chrome
    assert any("Comments (214)" in x for x in chrome)
    assert "Get 3 briefings a day. It takes 1 minute to sign up." in chrome
    assert "19 readers are online now." in chrome
    body = [x for x in lines if x not in chrome]
    assert any(x.startswith("ROTTERDAM, March 4") for x in body)
    assert any(x.startswith("The union wants a 6.5% pay rise") for x in body)
    assert "Dock workers strike for a third day at Rotterdam" in body


def test_links_and_buttons_side_by_side_are_set_apart():
    text, _ = html_to_text(PAGE)
    assert "Share Share on X Comments (214)" in text
    assert "ShareShare" not in text


def test_a_class_on_the_whole_article_does_not_take_the_article():
    page = ("<html><body><div class='post has-comments'>"
            "<p>The council approved a budget of 48 million euros on Monday.</p>"
            "<p>Spending on schools rises by 7% next year.</p></div>"
            "<div class='share'>Share</div></body></html>")
    text, meta = html_to_text(page)
    chrome = {text[a:b] for a, b in meta.get("chrome_spans", [])}
    assert "Spending on schools rises by 7% next year." not in chrome


def test_html_page_widgets_raise_no_number_problem(tmp_path):
    th = ("<html><body><main><article><h1>คนงานท่าเรือรอตเตอร์ดัมนัดหยุดงานวันที่สาม</h1>"
          "<p>รอตเตอร์ดัม 4 มี.ค. - คนงานท่าเรือราว 1,800 คนหยุดงานเมื่อวันอังคาร ทำให้เรือ 37 ลำต้องรอนอกท่า</p>"
          "<p>สหภาพต้องการขึ้นค่าจ้าง 6.5% ในสองปี ขณะที่นายจ้างเสนอ 4%</p>"
          "</article></main></body></html>")
    (tmp_path / "s.en.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "s.th.html").write_text(th, encoding="utf-8")
    en, th_doc = read_documents([tmp_path / "s.en.html", tmp_path / "s.th.html"])
    numbers = compare(en, th_doc).numbers
    problems = numbers[numbers["status"].astype(str).isin(["mismatch", "missing", "added"])]
    assert problems.empty, problems[["status", "src_text", "tgt_text"]]


@pytest.mark.parametrize("line", [
    "March 4, 2025 9:12 AM GMT Updated 3 hours ago",
    "Published 04/03/2025 - 09:12 GMT Updated 25 minutes ago",
    "Updated 9:12 AM UTC, March 4, 2025",
    "March 4, 2025 9:12 AM GMT-3",
    "วันอังคารที่ 4 มีนาคม 2568 เวลา 09.12 น. อ่าน 1,204 ครั้ง",
    "วันที่ 4 มีนาคม พ.ศ. 2568 - 09:12 น. อ่าน 1,204 ครั้ง ความคิดเห็น 7",
    "Thứ ba, 4/3/2025, 09:12 (GMT+7)",
    "Cập nhật: 4/3/2025 09:12",
])
def test_publication_stamps_are_dates(line):
    assert classify_clutter(line) == "date"


@pytest.mark.parametrize("line, kind", [
    ("Advertisement · Scroll to continue", "navigation"),
    ("- โฆษณา -", "navigation"),
    ("Share this article X Facebook WhatsApp", "navigation"),
    ("Copy link", "navigation"),
    ("Sign up for 3 briefings a day. It takes 1 minute.", "navigation"),
    ("Sign in to comment. 19 readers are online now.", "navigation"),
    ("Read more: Antwerp handles 12 extra ships a day", "link_list"),
    ("อ่านข่าวที่เกี่ยวข้อง: ท่าเรือแอนต์เวิร์ปรับเรือเพิ่ม 12 ลำ", "link_list"),
    ("Item 2 of 5 Workers gather at the gate of the terminal, March 4, 2025.", "caption"),
    ("[2/5] Workers gather at the gate of the terminal", "caption"),
    ("3 of 9 | Ships wait outside the port", "caption"),
    ("Reporting by Anna Berg in Rotterdam; Editing by Tom Hale", "byline"),
    ("Writer Lee Park in Seoul contributed to this report.", "byline"),
    ("แท็ก: ท่าเรือ นัดหยุดงาน", "navigation"),
])
def test_widget_lines(line, kind):
    assert classify_clutter(line) == kind


@pytest.mark.parametrize("line", [
    "Sign-ups rose 12% in 2024, the council said.",
    "3 of 5 respondents said the fare was too high.",
    "On Tuesday at 10:30 the port reopened.",
    "Related: the council's budget rose by 4%",
    "Hanoi, 2 May.",
    "Thứ trưởng cho biết 5,6 tỷ USD sẽ được giải ngân.",
    "Ngày 4/3/2025, Bộ Tài chính công bố 5 quyết định.",
])
def test_story_lines_are_not_widgets(line):
    assert classify_clutter(line) is None


def test_a_menu_heading_above_the_article_heads_no_story_list():
    texts = ["หน้าแรก", "ข่าวล่าสุด", "การเมือง", "ต่างประเทศ",
             "คนงานท่าเรือรอตเตอร์ดัมนัดหยุดงานวันที่สาม 1,800 คน",
             "คนงานท่าเรือราว 1,800 คนหยุดงานเมื่อวันอังคาร ทำให้เรือ 37 ลำต้องรอนอกท่า "
             "และผู้ส่งออกเตือนว่าสินค้าจะล่าช้าไปอีกหลายสัปดาห์หากยังตกลงกันไม่ได้"]
    kinds = classify_paragraphs(texts)
    assert kinds[4] is None and kinds[5] is None


def test_declared_charsets_are_honoured():
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; '
            'charset=windows-1252"></head><body><p>The \u201cfrugal\u201d four want '
            '\u20ac1.1 trillion \u2013 no more.</p></body></html>')
    data = page.encode("cp1252")
    assert declared_charset(data) == "cp1252"
    text, used = decode_bytes(data)
    assert used == "cp1252" and "\u20ac1.1 trillion" in text
    thai = '<html><head><meta charset="TIS-620"></head><body><p>ราคา 1,200 บาท</p></body></html>'
    text, used = decode_bytes(thai.encode("cp874"))
    assert used == "cp874" and "ราคา 1,200 บาท" in text


def test_undeclared_windows_1252_text_is_read_without_replacement(tmp_path):
    path = tmp_path / "quote.en.txt"
    path.write_bytes("He said \u201cwe will strike\u201d \u2013 for 3 days.".encode("cp1252"))
    doc = read_documents([path])[0]
    assert doc.meta["encoding"] == "cp1252" and "\u201cwe will strike\u201d" in doc.text
    assert not paragraphs_table(doc)["is_boilerplate"].any()


@pytest.mark.parametrize("line, kind", [
    ("We use cookies to improve your experience. We and our 612 partners store data.",
     "navigation"),
    ("เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์ของท่าน ยอมรับทั้งหมด", "navigation"),
    ("We and our partners use cookies and similar technologies to store information on "
     "your device. Learn more", "navigation"),
    ("We and our vendors store cookies on your device to measure the audience.", "navigation"),
    ("Modified 04/03/2025 - 11:40", "date"),
    ("4 min read", "date"),
    ("28 ต.ค. 2569 | 09:15 น. อ่านข่าวนี้ใน 5 นาที", "date"),
    ("ใช้เวลาอ่าน 4 นาที", "date"),
    ("October 3, 20269:15 AM GMT+8Updated 3 hours ago", "date"),
    ("กองบรรณาธิการข่าวเศรษฐกิจ 12 ต.ค. 2569 | 08:40 น.", "date"),
    ("Read also", "navigation"),
    ("0 ความคิดเห็น", "date"),
])
def test_more_widget_lines(line, kind):
    assert classify_clutter(line) == kind


@pytest.mark.parametrize("line", [
    "By Anna Berg, Tom Hale and Lee Park",
    "BY ANNA BERG AND TOM HALE",
    "By Anna Berg with Tom Hale in Rotterdam",
    "AP Business Writer Anna Berg reported from Rotterdam.",
    "ข่าวโดย: โต๊ะข่าวต่างประเทศ",
])
def test_bylines_of_several_writers(line):
    assert classify_paragraphs([line]) == ["byline"]


def test_a_sentence_opening_with_by_is_body():
    assert classify_paragraphs(["By Monday, officials had counted 4,000 ballots."]) == [None]


def test_a_figcaption_is_a_caption():
    page = ("<html><body><article><h1>Port strike</h1><figure><img src='a.jpg'>"
            "<figcaption>Ships wait outside Rotterdam, March 4, 2025.</figcaption></figure>"
            "<p>About 1,800 dock workers stayed off the job on Tuesday.</p></article></body></html>")
    text, meta = html_to_text(page)
    (a, b), = meta["caption_spans"]
    assert text[a:b] == "Ships wait outside Rotterdam, March 4, 2025."


def test_a_thai_story_list_item_may_end_in_an_abbreviation():
    texts = ["คนงานท่าเรือราว 1,800 คนหยุดงานเมื่อวันอังคาร ทำให้เรือ 37 ลำต้องรอนอกท่า "
             "และผู้ส่งออกเตือนว่าสินค้าจะล่าช้าไปอีกหลายสัปดาห์หากยังตกลงกันไม่ได้",
             "ข่าวที่เกี่ยวข้อง", "ท่าเรือแอนต์เวิร์ปรับเรือเพิ่ม 12 ลำในเดือน มี.ค.",
             "ค่าระวางเรือขึ้น 4%"]
    assert classify_paragraphs(texts)[2:] == ["link_list", "link_list"]


def test_a_text_menu_spaced_with_runs_of_blanks_is_navigation():
    kinds = classify_paragraphs(["Home   Local   Weather   Traffic   Opinion",
                                 "Heavy rain closed 14 roads in the valley on Monday."])
    assert kinds == ["navigation", None]


def test_runs_of_one_word_menu_lines_are_a_menu_wherever_they_stand():
    en = ["News, data and analysis for investors", "Energy", "Shipping", "Commodities",
          "Sign In", "Register", "Asia", "Port of Klang handles 14 million containers",
          "The port handled 14.2 million containers last year, up 3%."]
    kinds = classify_paragraphs(en)
    assert kinds[1:4] == ["link_list"] * 3 and kinds[6] == "link_list"
    assert all(k is not None for k in kinds[4:6])  # Sign In, Register: buttons
    assert kinds[0] is None and kinds[7] is None and kinds[8] is None
    th = ["ข่าวล่าสุด", "การเมือง", "ภูมิภาค", "กีฬา", "บันเทิง",
          "ฝนตกหนักทำถนนปิด 14 สาย", "ฝนที่ตกหนักเมื่อวันจันทร์ทำให้ถนน 14 สายในหุบเขาต้องปิด"]
    kinds = classify_paragraphs(th)
    assert kinds[1:5] == ["link_list"] * 4 and kinds[5:] == [None, None]


def test_three_one_word_lines_in_a_story_stay_text():
    kinds = classify_paragraphs(["The ballot listed three parties:", "Labour", "Greens",
                                 "Liberals", "Turnout was 61%."])
    assert kinds[1:4] == [None, None, None]


@pytest.mark.parametrize("line", [
    "Posted on March 3, 2027 by Anong Sukjai 9 Comments",
    "By Jane Roe, Asia Editor · 14 January 2027, 9.05am · 3 min read",
    "โพสต์ทูเดย์ 14 ม.ค. 2570 09:05 น. อ่าน 3.4K",
    "เผยแพร่: 14 ม.ค. 2570 09:05 ปรับปรุง: 14 ม.ค. 2570 10:40 โดย: ข่าวภูมิภาค",
    "14 ม.ค. 2570 - 09:05 น. ข่าวเช้า",
    "Thursday, 1/14/2027 09:05 (GMT+7) VNA",
    "14 Jan 2027 09:05 PM MYT",
    "READING TIME: 3 MINUTES",
    "14 ม.ค. 2570 09:05 น. 8.2K views เนชั่นออนไลน์",
])
def test_stamps_that_name_the_outlet_or_writer(line):
    assert classify_clutter(line) == "date"


@pytest.mark.parametrize("line", [
    "At 9:40 p.m. on January 14, the ferry left the pier",
    "The central bank meets on January 14 at 2pm",
    "การลงทะเบียนจะปิดในวันที่ 14 ม.ค. เวลา 16.00 น.",
])
def test_sentences_with_a_date_and_a_clock_are_not_stamps(line):
    assert classify_clutter(line) is None


@pytest.mark.parametrize(("line", "kind"), [
    ("Friday, 5 March 2027 | E-paper | Log in | Bangkok 33°C", "navigation"),
    ("Thursday, January 14 2027 e-paper Subscribe Advertising Da Nang 24°C", "navigation"),
    ("บริษัท ข่าวดี จำกัด 99/9 ถนนพหลโยธิน แขวงสามเสนใน เขตพญาไท กรุงเทพฯ 10400 โทร. 0-2123-4567",
     "footer"),
    ("อัลบั้มภาพ 18 ภาพ", "caption"),
    ("View all 18 photos", "caption"),
    ("คลิกดูภาพทั้งหมด", "navigation"),
    ("ติดตามข่าวภูมิภาคทาง LINE เพิ่มเพื่อน @newsdesk", "navigation"),
    ("Subscribe from $4.99/month", "navigation"),
    ("Support us from just $2", "navigation"),
    ("WRITER: Anong Sukjai", "byline"),
    ("ขอบคุณข้อมูลจาก : Mekong Daily | อ่านข่าวต้นฉบับ", "byline"),
    ("Most viewed", "navigation"),
])
def test_page_furniture_of_new_templates(line, kind):
    assert classify_clutter(line) == kind


def test_a_thai_street_address_in_a_story_is_text():
    line = "เกิดเหตุเพลิงไหม้ที่บ้านเลขที่ 12 ถนนพหลโยธิน แขวงสามเสนใน เขตพญาไท เมื่อคืนวันจันทร์"
    assert classify_clutter(line) is None


def test_a_menu_line_with_the_home_link_inside_is_navigation():
    kinds = classify_paragraphs(["ข่าวเช้าออนไลน์ หน้าแรก การเมือง กีฬา บันเทิง",
                                 "ฝนตกหนักทำถนนปิด 14 สาย"])
    assert kinds == ["navigation", None]


def test_a_related_box_under_a_bare_related_heading_is_a_list():
    kinds = classify_paragraphs([
        "The port handled 14.2 million containers last year, up 3%.",
        "Related", "How the port doubled in ten years", "Strike talks set for Jan 9"])
    assert kinds == [None, "navigation", "link_list", "link_list"]


def test_details_summary_stamp_is_two_lines():
    text, _ = html_to_text("<div><details><summary>Thu 14 Jan 2027 09.05 GMT</summary>"
                           "<span>Last modified on Thu 14 Jan 2027 11.20 GMT</span></details></div>"
                           "<p>Ferry fares rose 12% on Thursday.</p>")
    assert text.split("\n")[:2] == ["Thu 14 Jan 2027 09.05 GMT",
                                    "Last modified on Thu 14 Jan 2027 11.20 GMT"]


def test_a_numbered_most_read_list_may_hold_a_question():
    kinds = classify_paragraphs([
        "Ferry fares rose 12% on Thursday, the operator said.",
        "Most Read", "1 Baht at 10-month high", "2 Who is the 16-year-old chess champion?",
        "3 F1 2028 calendar: 25 races"])
    assert kinds[2:] == ["link_list"] * 3


def test_inline_items_that_meet_without_a_space_are_set_apart():
    text, _ = html_to_text("<div class='byline'><span>Anna Lee</span><span>Bangkok correspondent"
                           "</span></div><p>The <b>iP</b>hone sold 12 million.</p>")
    assert text.split("\n") == ["Anna Lee Bangkok correspondent", "The iPhone sold 12 million."]


def test_a_pull_quote_repeating_the_story_is_chrome():
    text, meta = html_to_text(
        "<article><p>The minister said the budget of 3.1 trillion baht was for recovery.</p>"
        "<p>Debt will reach 66% of GDP next year, officials said.</p>"
        "<p>The opposition will vote against it on Friday, its leader said.</p>"
        "<figure class='wp-block-pullquote'><blockquote><p>This budget is for recovery.</p>"
        "</blockquote></figure></article>")
    chrome = {text[a:b] for a, b in meta.get("chrome_spans", [])}
    assert chrome == {"This budget is for recovery."}


def test_a_located_byline_beside_the_stamp_and_topic_links():
    kinds = classify_paragraphs([
        "Ferry fares to rise 12% from March", "Anna Lee in Chiang Mai",
        "Thu 14 Jan 2027 09.05 GMT", "Ferry fares will rise 12% from March, the operator said.",
        "Anna Lee in Chiang Mai reported the fares first.",
        "Explore more on these topics", "Thailand Transport Tourism"])
    assert kinds == [None, "byline", "date", None, None, "navigation", "link_list"]


@pytest.mark.parametrize(("line", "kind"), [
    ("Ad could not load", "navigation"),
    ("Source: National Statistics Office", "source"),
    ("TTXVN/VNA", "caption"),
    ("Share :", "navigation"),
    ("Top headlines delivered to your inbox every evening.", "navigation"),
    ("NEWSPAPER SECTION: Business", "navigation"),
    ("English Tiếng Việt 中文 日本語", "navigation"),
    ("Anna Lee Mekong correspondent", "byline"),
])
def test_more_furniture_lines(line, kind):
    assert classify_paragraphs([line]) == [kind]


def test_the_writers_name_after_the_last_paragraph_is_a_byline():
    kinds = classify_paragraphs([
        "Ferry fares will rise 12% from March, the operator said on Monday.",
        "The operator carried 4.2 million passengers last year, up from 3.9 million.",
        "Passenger groups said they would appeal to the transport ministry this week.",
        "Minh Chau"])
    assert kinds == [None, None, None, "byline"]


def test_an_image_caption_cell_is_a_caption():
    page = ("<article><p>Delegates approved the 2027 plan by 451 votes to 12 on Friday.</p>"
            "<table class='image'><tr><td><img src='a.jpg'></td></tr><tr>"
            "<td class='image-caption'>Delegates vote in Ha Noi on Friday. VNA/VNS Photo Lam Khanh</td>"
            "</tr></table><p>The plan takes effect on January 1.</p></article>")
    text, meta = html_to_text(page)
    captions = {text[a:b] for a, b in meta.get("caption_spans", [])}
    assert captions == {"Delegates vote in Ha Noi on Friday. VNA/VNS Photo Lam Khanh"}


def test_a_pre_html5_header_div_and_right_column_boxes_are_chrome(tmp_path):
    page = ('<html><body><div id="header"><ul class="top-links"><li><a>Tiếng Việt</a></li>'
            "<li><a>English</a></li><li><a>ภาษาไทย</a></li></ul></div>"
            '<div class="col-left"><h1>Port handles 2.4 million TEU</h1>'
            "<p>The port handled 2.4 million TEU in 2025, up 11%.</p></div>"
            '<div class="col-right"><div class="box-hot"><div class="title">Highlights</div>'
            "<ul><li><a>PM opens 1,000 km of expressways</a></li></ul></div></div>"
            '<div id="site-footer"><p>Hotline: 080 12345</p></div></body></html>')
    path = tmp_path / "port.en.html"
    path.write_text(page, encoding="utf-8")
    table = paragraphs_table(read_documents(path)[0])
    kept = table.loc[~table["is_boilerplate"], "text"].tolist()
    assert kept == ["Port handles 2.4 million TEU",
                    "The port handled 2.4 million TEU in 2025, up 11%."]


def test_an_article_header_div_inside_the_article_is_kept():
    page = ("<html><body><article><div id='header'><h1>Rice exports rise 9%</h1></div>"
            "<p>Exports reached 8.1 million tonnes.</p></article></body></html>")
    text, _meta = html_to_text(page)
    assert text.splitlines() == ["Rice exports rise 9%", "Exports reached 8.1 million tonnes."]


@pytest.mark.parametrize("line, kind", [
    ("Listen 6:40", "navigation"),  # an audio player's label and running time
    ("Listen to this article (3:05)", "navigation"),
    ("ฟังข่าว", "navigation"),
    ("Gift this article", "navigation"),
    ("อ่านข่าวต่อ", "navigation"),
    ("แท็กที่เกี่ยวข้อง: ค่าเงินบาท  ธปท.  กนง.", "navigation"),  # tags ending on an abbreviation
    ("ฝ่ายขายโฆษณา โทร. 0-2345-6789 | แฟกซ์ 0-2345-6790", "footer"),  # phone and fax
])
def test_player_buttons_tags_and_phone_lines(line, kind):
    assert classify_clutter(line) == kind


def test_a_story_list_goes_on_past_a_headline_ending_on_a_quoted_word():
    lines = ["Rice exporters brace for a weaker harvest",
             "Exporters in the Mekong Delta expect shipments to fall 12% next year as "
             "drought cuts yields, the association said on Monday.",
             "More From Harbour Times",
             "Central Bank Chief Calls Rate Outlook 'Uncertain'",
             "Port Operator Plans $450 Million Expansion in Da Nang",
             'He said the outlook was "uncertain."']
    kinds = classify_paragraphs(lines)
    assert kinds[3] == kinds[4] == "link_list"
    assert kinds[1] is None and kinds[5] is None


@pytest.mark.parametrize("line", ["ปิดตั้งแต่เวลา 10.00 น. ถึง 21.00 น. วันที่ 28 ก.ย.",
                                  "ประชุมเวลา 09.30 น. วันที่ 4 ธ.ค. 2569"])
def test_a_short_thai_sentence_with_its_time_near_the_top_is_body(line):
    paragraphs = ["สนามบิน 4 แห่งปิดชั่วคราว", "พายุเข้าชายฝั่งภาคกลาง", line,
                  "สายการบินยกเลิก 48 เที่ยวบิน"]
    assert classify_paragraphs(paragraphs)[2] is None
    assert classify_paragraphs(["ข่าวเด่น", "ต่างประเทศ 01 ธ.ค. 2569 เวลา 18:05 น."])[1] == "date"
