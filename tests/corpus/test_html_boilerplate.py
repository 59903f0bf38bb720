"""Page chrome and menu lines are boilerplate before any comparison."""

import pytest

from massmob_nlp import compare, read_documents
from massmob_nlp.corpus import html_to_text, paragraphs_table
from massmob_nlp.corpus.boilerplate import classify_paragraphs

EN_PAGE = """<html><head><title>Harbour news</title></head><body>
<header><div class="logo">Coastal Daily</div><ul><li>Home</li><li>World</li></ul></header>
<nav><a href="/">Home</a> | <a href="/biz">Business</a> | <a href="/sport">Sport</a></nav>
<main><article>
<header><h1>Port handles 12 million tonnes of cargo</h1></header>
<p>The northern port handled 12 million tonnes of cargo in the first half of the year.</p>
<p>Officials said 85 new cranes would be installed before the end of 2025.</p>
<p>Shipping lines added 6 routes to Singapore and Busan this spring.</p>
</article></main>
<aside><h3>Most read</h3><p>Rice prices climb for 3rd week</p></aside>
<footer><p>Cơ quan chủ quản: Sở Thông tin và Truyền thông tỉnh Hải Phòng</p>
<p>Giấy phép số 45/GP-STTTT cấp ngày 10/05/2019</p>
<p>Điện thoại: 0225 3842 177 - Email: toasoan@example.vn</p>
<p>© 2024 Coastal Daily. All rights reserved.</p></footer>
</body></html>"""

TH_PAGE = """<html><body>
<div class="menu">หน้าแรก | ข่าว | เศรษฐกิจ | กีฬา</div>
<article>
<h1>ท่าเรือรองรับสินค้า 12 ล้านตัน</h1>
<p>ท่าเรือทางตอนเหนือรองรับสินค้า 12 ล้านตันในครึ่งแรกของปี</p>
<p>เจ้าหน้าที่กล่าวว่าจะติดตั้งปั้นจั่นใหม่ 85 ตัวก่อนสิ้นปี 2568</p>
<p>บริษัทเดินเรือเพิ่มเส้นทางไปสิงคโปร์และปูซาน 6 เส้นทางในฤดูใบไม้ผลินี้</p>
</article>
<div class="foot">โทร. 02-555-0147</div>
<div class="foot">สงวนลิขสิทธิ์ 2567 ข่าวชายฝั่ง</div>
</body></html>"""


def test_html_page_chrome_lines_are_marked():
    text, meta = html_to_text(EN_PAGE)
    chrome = {text[s:e] for s, e in meta["chrome_spans"]}
    assert "Most read" in chrome and "Coastal Daily" in chrome
    assert any(line.startswith("Cơ quan chủ quản") for line in chrome)
    assert "Port handles 12 million tonnes of cargo" not in chrome  # the article's header
    assert not any("85 new cranes" in line for line in chrome)


def test_html_chrome_paragraphs_are_boilerplate(tmp_path):
    (tmp_path / "en.html").write_text(EN_PAGE, encoding="utf-8")
    paras = paragraphs_table(read_documents(tmp_path / "en.html")[0])
    body = paras.loc[~paras["is_boilerplate"], "text"].tolist()
    assert [p.split()[0] for p in body] == ["Port", "The", "Officials", "Shipping"]
    assert "page_chrome" in set(paras["boilerplate_kind"].dropna().astype(str))


@pytest.mark.parametrize("line,kind", [
    ("หน้าแรก | ข่าว | เศรษฐกิจ | กีฬา", "navigation"),
    ("Home » World » Asia", "navigation"),
    ("หน้าแรก ข่าวภูมิภาค", "navigation"),
    ("โทร. 02-555-0147", "footer"),
    ("Hotline: 0912 000 111", "footer"),
    ("+84 24 3999 0000", "footer"),
    ("© 2023 Coastal Daily. All rights reserved.", "footer"),
    ("สงวนลิขสิทธิ์ 2567 ข่าวชายฝั่ง", "footer"),
    ("Cơ quan chủ quản: Sở Thông tin và Truyền thông", "footer"),
    ("Giấy phép số 45/GP-STTTT", "footer"),
    ("Exports rose 4 / 5 / 6 percent in three quarters.", None),
    ("The home team won 3-1 on Sunday, officials said.", None),
    ("โทรศัพท์มือถือกว่า 2 ล้านเครื่องถูกส่งออกเมื่อปีที่แล้ว", None),
])
def test_menu_and_footer_lines(line, kind):
    assert classify_paragraphs([line]) == [kind]


def test_page_chrome_is_not_compared(tmp_path):
    (tmp_path / "en.html").write_text(EN_PAGE, encoding="utf-8")
    (tmp_path / "th.html").write_text(TH_PAGE, encoding="utf-8")
    en, th = read_documents([tmp_path / "en.html", tmp_path / "th.html"])
    cmp = compare(en, th)
    problems = cmp.problems()
    texts = " ".join(problems["src_text"].dropna().tolist() + problems["tgt_text"].dropna()
                     .tolist())
    for chrome in ("0147", "หน้าแรก", "Cơ quan", "Giấy phép", "0225", "2567", "2024"):
        assert chrome not in texts, problems
    assert not (cmp.passages["kind"].astype(str) == "omitted").any()


EN_TEXT = ("Port handles 12 million tonnes of cargo\n"
           "The northern port handled 12 million tonnes of cargo in the first half of the "
           "year.\nOfficials said 85 new cranes would be installed before the end of 2025.\n"
           "Ban biên tập báo điện tử Hải Phòng, số 5 đường Lê Lợi, quận Ngô Quyền\n"
           "Chịu trách nhiệm xuất bản: Nguyễn Văn Bình")
TH_TEXT = ("ท่าเรือรองรับสินค้า 12 ล้านตัน\n"
           "ท่าเรือทางตอนเหนือรองรับสินค้า 12 ล้านตันในครึ่งแรกของปี\n"
           "เจ้าหน้าที่กล่าวว่าจะติดตั้งปั้นจั่นใหม่ 85 ตัวก่อนสิ้นปี 2568")


def test_vietnamese_site_lines_at_the_end_are_footer():
    paras = paragraphs_table(EN_TEXT)
    kinds = paras["boilerplate_kind"].astype(object).where(paras["is_boilerplate"], None)
    assert kinds.tolist() == [None, None, None, "footer", "footer"]


def test_vietnamese_footer_is_not_an_omitted_passage():
    cmp = compare(EN_TEXT, TH_TEXT)
    assert cmp.passages["kind"].astype(str).tolist() == []
    assert not cmp.problems()["status"].astype(str).isin(["missing", "omitted"]).any()
