"""Pages of state-media and government portals, tables, fact boxes and press releases:
what is the article and what is the page around it. Our own example pages."""

from __future__ import annotations

import warnings

import pytest

from massmob_nlp import compare
from massmob_nlp.corpus import paragraphs_table
from massmob_nlp.corpus.boilerplate import classify_paragraphs
from massmob_nlp.corpus.contacts import is_publisher_line
from massmob_nlp.corpus.html import html_to_text
from massmob_nlp.types import Document


def _kinds(html: str) -> list[tuple[str, str | None]]:
    text, meta = html_to_text(html)
    table = paragraphs_table(Document("page", text, meta))
    return [(t, None if k is None or k != k else str(k))
            for t, k in zip(table["text"], table["boilerplate_kind"], strict=True)]


PORTAL = """<html><body><form method="post" id="Form" action="/news">
<div class="top"><a href="/">Home</a></div>
<div id="dnn_ContentPane"><h2>River floods Quy Nhon</h2>
<p>The river rose 2 m on Monday, flooding some 300 homes in three wards of the city.</p>
<p>Officials said 1,200 people were moved to schools and the army sent 40 boats.</p></div>
<div class="search"><input name="q"><button>Search</button></div>
</form></body></html>"""


def test_a_portal_wrapped_in_one_form_is_read():
    kinds = dict(_kinds(PORTAL))
    assert kinds["River floods Quy Nhon"] is None
    assert kinds["Officials said 1,200 people were moved to schools and the army sent "
                 "40 boats."] is None
    assert kinds["Search"] is not None  # the search box inside the wrapper stays furniture


def test_a_small_form_is_still_page_chrome():
    html = ("<article><p>The council approved a budget of 4.2 billion baht for the new "
            "canal, the mayor said on Friday after a long debate.</p></article>"
            "<form><p>Morning briefing from our desk</p><input name=e></form>")
    kinds = dict(_kinds(html))
    assert kinds["Morning briefing from our desk"] == "page_chrome"


def test_a_data_table_row_is_one_line_with_its_label():
    html = ("<p>Investment rose in the first ten months of the year.</p>"
            "<table><tr><th>Investor</th><th>Capital (bn USD)</th><th>Share (%)</th></tr>"
            "<tr><td>Japan</td><td>4.05</td><td>11.0</td></tr>"
            "<tr><td>Korea</td><td>3.2</td><td></td></tr></table>")
    text, _ = html_to_text(html)
    assert text.split("\n")[1:] == ["Investor | Capital (bn USD) | Share (%)",
                                    "Japan | 4.05 | 11.0", "Korea | 3.2"]
    kinds = dict(_kinds(html))
    assert kinds["Japan | 4.05 | 11.0"] is None  # a decimal cell is no clock stamp


def test_a_layout_table_keeps_its_paragraphs():
    html = ("<table><tr><td><p>Menu</p><p>Home</p></td><td><p>The first paragraph of the "
            "story.</p><p>The second one.</p></td></tr></table>")
    text, _ = html_to_text(html)
    assert text.split("\n") == ["Menu", "Home", "The first paragraph of the story.",
                                "The second one."]


def test_a_fact_box_aside_is_the_article_and_a_related_aside_is_not():
    html = ("<article><p>The bridge opened on Monday after four years of work.</p>"
            "<aside class='factbox'><h3>Fast facts</h3><ul><li>Length: 2.4 km</li>"
            "<li>Cost: 3 billion baht</li></ul></aside>"
            "<aside class='related'><a href='/x'>Older bridges of the city</a></aside>"
            "</article>")
    kinds = dict(_kinds(html))
    assert kinds["Length: 2.4 km"] is None and kinds["Cost: 3 billion baht"] is None
    assert kinds["Older bridges of the city"] == "page_chrome"


def test_a_footer_div_is_page_chrome():
    html = ("<article><p>Exports of rice rose 12% to 7.9 million tonnes this year, the "
            "ministry said.</p></article><div id='footer'><p>Editor-in-chief: Tran Van A."
            "</p><p>12 Trang Thi, Hanoi, 100000</p></div>")
    kinds = dict(_kinds(html))
    assert kinds["12 Trang Thi, Hanoi, 100000"] == "page_chrome"


@pytest.mark.parametrize("line, kind", [
    ("Monday, 09:10, 07/12/2026 Print A- A+", "date"),
    ("08/12/2026 07:00 GMT+7 In bài viết Cỡ chữ A+", "date"),
    ("Cập nhật: 10:20 | 08/12/2026 Lượt xem: 2.511", "date"),
    ("News code: EN-2207711", "date"),
    ("โดย ทู ฮ่วย 08/12/2026 09:05 GMT+7 พิมพ์", "date"),
    ("การเมือง 08/12/2026 07:50 GMT+7 Mã tin: TH-1100223", "date"),
    ("VAN AN / แปล: ฝ่ายข่าวภาษาไทย 08/12/2026 09:40", "date"),
    ("Source: Statistics Office, preliminary figures. Change against the 2024 count.",
     "source"),
    ("ที่มา: สำนักงานสถิติ ตัวเลขเบื้องต้น เทียบกับการสำรวจปี 2567", "source"),
    ("Keywords: APEC 2027 trade Da Nang", "navigation"),
    ("เว็บไซต์นี้มีการใช้งานคุกกี้ เพื่อประสบการณ์ที่ดีในการใช้งาน ยอมรับ", "navigation"),
    ("Từ khóa: APEC 2027 thương mại", "navigation"),
    ("Các tin khác", "navigation"),
    ("Licence No. 12/GP-BTTTT dated 01/02/2024.", "footer"),
    ("Giấy phép số 12/GP-BTTTT cấp ngày 01/02/2024", "footer"),
    ("Office: 8 Trang Thi, Hoan Kiem, Hanoi. Tel: (024) 3826 1111 - Fax: (024) 3826 1112",
     "footer"),
    ("Culture Office, 12 Main Road, Hanoi 100000 | Tel. 024 3943 9999", "footer"),
    ("Flood hotline: 0258 3822 100 - 0905 100 200", "footer"),
    ("In 2025, exports rose 12% to 400 billion USD.", None),
    ("In 12 months the new bridge will open to traffic.", None),
    ("The road office said on Tuesday it would call 1,200 workers back.", None),
])
def test_portal_furniture_lines(line, kind):
    assert classify_paragraphs(["Flooding closed 12 schools in the north of the city on "
                                "Monday, officials said.", line])[1] == kind


def test_a_press_release_contact_block_is_furniture_and_its_about_text_is_not():
    lines = ["Siam Lines will add 6 routes in 2027, the airline said on Monday.",
             "###", "For media enquiries, please contact:", "Anong Saelim",
             "Corporate Communications, Siam Lines", "Mobile: +66 81 000 1234",
             "About Siam Lines",
             "Siam Lines was founded in 2004 and now flies to 64 cities in 12 countries "
             "across Asia and Europe."]
    kinds = classify_paragraphs(lines)
    assert kinds[2:6] == ["footer"] * 4
    assert kinds[0] is None and kinds[-1] is None
    thai = ["สยามไลน์จะเพิ่ม 6 เส้นทางในปี 2570", "สอบถามข้อมูลเพิ่มเติม ติดต่อ:",
            "อนงค์ แซ่ลิ้ม", "บริษัท พีอาร์ ตัวอย่าง จำกัด", "มือถือ 081-000-1234"]
    assert classify_paragraphs(thai)[1:] == ["footer"] * 4


def test_a_menu_contact_item_opens_no_block():
    lines = ["Home", "Contact", "Flood hits the north", "Rain fell for 3 days."]
    kinds = classify_paragraphs(lines, page_chrome=[True, True, False, False])
    assert kinds[2] is None and kinds[3] is None


def test_publisher_line_needs_a_licence_or_an_address_with_a_phone():
    assert is_publisher_line("Address: 5 Ly Thuong Kiet, Hanoi. Tel: (024) 3825 5555")
    assert not is_publisher_line("Address: 5 Ly Thuong Kiet, Hanoi.")
    assert not is_publisher_line("The ministry's office on Ly Thuong Kiet street opened "
                                 "a hotline on Monday.")


def test_compare_warns_when_a_page_is_all_furniture():
    english = "\n".join(["Home | News | Sport | Business | Contact"] * 3 +
                        ["© 2026 Example Portal. All rights reserved."] * 3 +
                        ["Tel: (024) 3826 1111 - Fax: (024) 3826 1112"] * 3)
    thai = ("น้ำท่วมภาคเหนือทำให้โรงเรียน 12 แห่งต้องปิดเมื่อวันจันทร์\n"
            "เจ้าหน้าที่ระบุว่าประชาชน 1,200 คนต้องอพยพไปยังโรงเรียน")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = compare(english, thai)
    assert any("[W063]" in str(w.message) and "source" in str(w.message) for w in caught)
    assert result.verdict.startswith("Check: the source is 0% article text")


def test_menus_and_top_bars_named_by_class_are_chrome():
    html = ("<div id='top-bar'><a href='/'>Hanoi Daily</a> <a>Log in</a> <a>Subscribe</a></div>"
            "<ul class='main-nav'><li><a>Law</a></li><li><a>Business</a></li></ul>"
            "<ul id='languages'><li><a>Tiếng Việt</a></li><li><a>ภาษาไทย</a></li></ul>"
            "<h1>Minimum wage rises 7.2% from January</h1>"
            "<p>The minimum wage in Region I will rise to 4.96 million dong a month.</p>")
    kinds = dict(_kinds(html))
    for item in ("Hanoi Daily Log in Subscribe", "Law", "Business", "ภาษาไทย"):
        assert kinds[item] is not None, item
    assert kinds["Minimum wage rises 7.2% from January"] is None


@pytest.mark.parametrize("line", [
    "Ministry of Transport, Department of Public Relations and Media. Tel. 0 2283 3000",
    "สอบถามเพิ่มเติม: กองประชาสัมพันธ์ กรมการขนส่งทางบก โทร. 0 2271 8888, 0 2271 8899",
])
def test_an_office_name_with_its_phone_number_closing_a_release_is_the_publisher(line):
    assert is_publisher_line(line)


def test_a_sentence_about_a_phone_number_is_no_publisher_line():
    assert not is_publisher_line("Callers to the new tel. line 1111 waited 20 minutes on average.")
