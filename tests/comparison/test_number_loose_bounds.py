"""An exact figure restated loosely as a bound on a round figure ("more than 400,000"
for 410,000, "nearly 1.5 million" for 1.46 million) is the same figure with its
qualifier changed, not a changed number. Sentences written for these tests."""

import pytest
from massmob_nlp import compare


def _rows(en, th):
    rows = compare(en, th, src_lang="en", tgt_lang="th", embeddings=False).numbers
    return list(zip(rows["status"], rows["src_text"].fillna(""), rows["tgt_text"].fillna("")))


@pytest.mark.parametrize("en,th", [
    ("The storm cut power to 630,000 homes.", "พายุทำให้บ้านกว่า 6 แสนหลังไม่มีไฟฟ้าใช้"),
    ("The festival drew 1.46 million visitors.", "เทศกาลดึงดูดผู้มาเยือนเกือบ 1.5 ล้านคน"),
    ("The charity raised 2,340 pounds.", "องค์กรการกุศลระดมเงินได้กว่า 2,300 ปอนด์"),
])
def test_an_exact_figure_restated_as_a_round_bound_is_a_qualifier_change(en, th):
    assert [r[0] for r in _rows(en, th)] == ["qualifier_changed"]


@pytest.mark.parametrize("en,th", [
    # the bound is false for the exact figure: 720,000 is more than 700,000, not 600,000
    ("The storm cut power to 720,000 homes.", "พายุทำให้บ้านกว่า 6 แสนหลังไม่มีไฟฟ้าใช้"),
    # "nearly" a figure below the exact one
    ("The festival drew 1.46 million visitors.", "เทศกาลดึงดูดผู้มาเยือนเกือบ 1.4 ล้านคน"),
])
def test_a_bound_that_does_not_hold_is_still_a_change(en, th):
    assert [r[0] for r in _rows(en, th)] == ["mismatch"]


def test_about_a_dozen_inside_a_thai_ten_odd_is_kept():
    rows = _rows("Perhaps a dozen fishermen waited at the pier before dawn.",
                 "ชาวประมงราวสิบกว่าคนรออยู่ที่ท่าเรือก่อนรุ่งสาง")
    assert [r[0] for r in rows] != [] and all(r[0] not in ("mismatch", "missing", "added")
                                               for r in rows)


def test_twenty_odd_for_a_dozen_is_still_a_change():
    rows = _rows("Perhaps a dozen fishermen waited at the pier before dawn.",
                 "ชาวประมงราวยี่สิบกว่าคนรออยู่ที่ท่าเรือก่อนรุ่งสาง")
    assert [r[0] for r in rows] == ["mismatch"]
