"""A hedge before an amount carries over to its restatement in another currency or
unit after "or" or in brackets: "about X, or Y" hedges Y too. Sentences written for
these tests."""

import pytest
from massmob_nlp import compare


def _qualifier_rows(en, th):
    rows = compare(en, th, src_lang="en", tgt_lang="th", embeddings=False).numbers
    bad = rows[rows["status"].isin(["qualifier_changed", "mismatch", "missing", "added"])]
    return sorted(zip(bad["status"], bad["src_text"].fillna(""), bad["tgt_text"].fillna("")))


@pytest.mark.parametrize("en,th", [
    # "or" restatement: the Thai writes the hedge twice
    ("Each family pays about 260,000 kip, or $12, for a month of water.",
     "แต่ละครอบครัวจ่ายค่าน้ำเดือนละราว 260,000 กีบ หรือประมาณ 12 ดอลลาร์"),
    # bracketed restatement
    ("The county spent roughly 52 million baht ($1.5 million) on new pumps.",
     "เทศมณฑลใช้เงินราว 52 ล้านบาท (ประมาณ 1.5 ล้านดอลลาร์) ซื้อเครื่องสูบน้ำใหม่"),
    # the English hedges both, the Thai only the first
    ("The bridge is about 3 miles (4.8 km) long.", "สะพานยาวราว 3 ไมล์ (4.8 กม.)"),
])
def test_a_hedge_carries_to_the_restated_amount(en, th):
    assert _qualifier_rows(en, th) == []


def test_a_changed_hedge_is_still_reported():
    got = _qualifier_rows("Each family pays about 260,000 kip, or $12, for a month of water.",
                          "แต่ละครอบครัวจ่ายค่าน้ำเดือนละกว่า 260,000 กีบ หรือ 12 ดอลลาร์")
    assert [g[0] for g in got] == ["qualifier_changed", "qualifier_changed"]


def test_a_second_amount_of_another_kind_keeps_its_own_reading():
    # 15% is a share of the 200, not the same amount restated: it stays exact
    got = _qualifier_rows("About 200 workers, or 15% of staff, lost their jobs.",
                          "พนักงานราว 200 คน หรือประมาณ 15% ของพนักงานทั้งหมดตกงาน")
    assert got == [("qualifier_changed", "15%", "15%")]
