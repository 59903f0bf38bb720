"""Bylines and stamps of session 25 (helper C): a Thai writer's role after the name, a
Thai desk credit, a parenthesised time zone, read-later lines, a page's dated row, and
table rows that are no menu. Lines written for these tests."""

from __future__ import annotations

import pytest

from massmob_nlp.corpus.boilerplate import classify_paragraphs
from massmob_nlp.corpus.stamps import is_stamp


@pytest.mark.parametrize("line", [
    # a Thai writer, the role with the outlet glued to it, the date and time, the zone
    "มาริโกะ ทานากะ ผู้สื่อข่าวอาซาฮี 12 มีนาคม 2570 เวลา 09.15 น. (เวลาญี่ปุ่น)",
    "สมศรี ใจงาม นักข่าวอาวุโส 4 ม.ค. 2570 10:20 น.",
    "กองบรรณาธิการข่าวเศรษฐกิจ 8 ก.พ. 2570",
    "Updated 9 March 2027, 07:45 (Bangkok time, GMT+7)",
    "AIKO MORI, Asahi business reporter March 12, 2027 09:15 JST",
    "Lena Park, Seoul bureau chief correspondent · Fri 5 Mar 2027 11.00 GMT",
    "By Tomas Reyes-Ortega and Ana Lucia Villanueva March 3, 2027 8:05 PM GMT+8",
    "By DANIEL OKOYE (Associated Press) · Updated 6:10 AM GMT+7, March 4, 2027",
    "Manila (AFP) – Published on: 04/03/2027 - 09:41",
    "Saved: 2027-03-04",
    "Saved with Instapaper on Mar 4, 2027",
    "Saved to Pocket · 6 min read",
    "บันทึกด้วย Instapaper เมื่อ 4 มี.ค. 2570",
    "บันทึกไว้ใน Pocket · อ่าน 6 นาที",
    "ข่าวการเมือง | สำนักข่าวตัวอย่าง | 4 มี.ค. 2570",
    "Metro desk | 4 March 2027",
    "apnews.com — saved to Pocket on Mar 4, 2027",      # the site's address as the outlet
    "khaosod.co.th — บันทึกใน Pocket เมื่อ 4 มี.ค. 2570",
    "กรุงเทพธุรกิจออนไลน์ — 4 มีนาคม 2570",              # a long Thai outlet, a dash, the date
    "2027-03-04 09:41:27",                               # a clock with seconds
])
def test_bylines_and_stamps(line: str) -> None:
    assert is_stamp(line)


@pytest.mark.parametrize("line", [
    "สมชาย ใจดี ผู้สื่อข่าวรายงานว่า 12 มีนาคม 2570 เวลา 09.15 น.",  # a clause
    "นายกฯ กล่าวกับผู้สื่อข่าว เมื่อ 12 มี.ค. 2570 เวลา 10.00 น.",
    "The editor of the paper said on 3 May 2027 at 10:00 that it would close",
    "He was saved on 2 May 2027",
    "Launch | 2 May",                                  # no year
    "Rice exports rose 4% | 3 Mar 2027",                # a part holding a number
    "Manila (AFP) – The storm hit on 04/03/2027 at 09:41",
    "เขาทำเวลาต่อรอบเร็วที่สุดที่ 1:21.437 นาที",
    "ราคาทองคำ - 4 มีนาคม 2570 ปรับขึ้นอีก",
])
def test_clauses_are_no_stamps(line: str) -> None:
    assert not is_stamp(line)


def test_table_rows_are_body() -> None:
    rows = ["Indicator | Q1 2027 | Change", "Exports | $41.2bn | +6.3%",
            "Imports | $39.8bn | +4.1%", "Final | 9 March 2027 | Hanoi"]
    assert classify_paragraphs(["The figures follow.", *rows]) == [None] * 5
    thai = ["ตัวชี้วัด | ไตรมาส 1 ปี 2570 | เปลี่ยนแปลง", "ส่งออก | 4.12 หมื่นล้านดอลลาร์ | +6.3%",
            "นำเข้า | 3.98 หมื่นล้านดอลลาร์ | +4.1%"]
    assert classify_paragraphs(["ตัวเลขสำคัญมีดังนี้", *thai]) == [None] * 4


def test_a_lone_menu_row_stays_navigation() -> None:
    kinds = classify_paragraphs(["ข่าว | กีฬา | บันเทิง", "ประชาชนกว่า 3,000 คนร่วมงานเมื่อวันอาทิตย์"])
    assert kinds[0] == "navigation" and kinds[1] is None


def test_top_bar_with_language_links() -> None:
    kinds = classify_paragraphs(["Thursday, 04/03/2027 RSS English 中文",
                                 "วันพฤหัสบดีที่ 4 มีนาคม 2570 Tiếng Việt English",
                                 "March, 04/2027 E-paper Subscribe",
                                 "The council approved the budget on Thursday."])
    assert kinds[:3] == ["navigation"] * 3 and kinds[3] is None
