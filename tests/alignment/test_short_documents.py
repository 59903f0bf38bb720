"""A document of one or two paragraphs has no neighbours to normalise the embedding
cosine with: its translation must still be a 1-1 bead, not a paragraph "not
translated" and one "not in the source". Examples written for these tests."""

import pytest

from massmob_nlp import align, compare

ONE_PARAGRAPH = [
    ("Alcaraz, the world No. 2, won in straight sets.",
     "อัลการาซ มือ 2 ของโลก ชนะรวด 3 เซต"),
    ("The festival runs from 4 to 6 April.", "เทศกาลจัดขึ้นระหว่างวันที่ 4-6 เมษายน"),
    ("Rain is expected across the north on Sunday.", "คาดว่าจะมีฝนตกทั่วภาคเหนือในวันอาทิตย์"),
]


@pytest.mark.parametrize("en,th", ONE_PARAGRAPH)
def test_a_one_paragraph_translation_is_one_bead(en, th):
    beads = align(en, th, level="paragraph").beads
    assert [b.kind for b in beads] == ["1-1"]


@pytest.mark.parametrize("en,th", ONE_PARAGRAPH)
def test_a_one_paragraph_translation_has_no_omitted_passage(en, th):
    passages = compare(en, th).passages
    assert passages[passages["level"] == "paragraph"].empty


def test_two_paragraphs_keep_their_order():
    en = "The bridge opened on Monday.\n\nIt cost 2 billion baht."
    th = "สะพานเปิดใช้เมื่อวันจันทร์\n\nใช้งบประมาณ 2 พันล้านบาท"
    assert [b.kind for b in align(en, th, level="paragraph").beads] == ["1-1", "1-1"]
