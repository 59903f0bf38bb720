"""Untranslated spans: Latin text in the Thai that the English source never uses."""

import pytest

from massmob_nlp import compare


def _untranslated(en, th):
    p = compare(en, th).passages
    return p.loc[p["kind"] == "untranslated", "text"].tolist()


@pytest.mark.parametrize("en,th", [
    # curly vs straight apostrophe
    ("Shoppers at Marlowe's Bakery paid 3 dollars more for bread this week.",
     "ลูกค้าที่ Marlowe’s Bakery จ่ายค่าขนมปังเพิ่มขึ้น 3 ดอลลาร์ในสัปดาห์นี้"),
    # case
    ("The Harbour Trust said 12 boats were damaged.",
     "HARBOUR TRUST ระบุว่าเรือ 12 ลำได้รับความเสียหาย"),
    # spacing and diacritics
    ("Ha Noi hosted the fair for 4 days.", "Hanoi เป็นเจ้าภาพงานแสดงสินค้าเป็นเวลา 4 วัน"),
    ("Visitors came from Đà Nẵng by train.", "ผู้เยี่ยมชมเดินทางมาจาก Da Nang โดยรถไฟ"),
    # in the source document, though not in the aligned paragraph
    ("Kestrel Labs opened a plant in 2021.\nIts output rose by 40 percent last year.",
     "บริษัทเปิดโรงงานในปี 2564\nผลผลิตของ Kestrel Labs เพิ่มขึ้นร้อยละ 40 เมื่อปีที่แล้ว"),
    # the letters of a model name glued after its number
    ("The carrier ordered 30 jets of the B737max family.",
     "สายการบินสั่งซื้อเครื่องบินตระกูลโบอิ้ง 737 max จำนวน 30 ลำ"),
])
def test_latin_text_found_in_the_source_is_not_untranslated(en, th):
    assert _untranslated(en, th) == []


@pytest.mark.parametrize("en,th,expected", [
    # an abbreviation the source never uses
    ("The programme for rural roads covered 15 villages.",
     "โครงการ RRDP สำหรับถนนชนบทครอบคลุม 15 หมู่บ้าน", ["RRDP"]),
    # a short word that is only a piece of a source word
    ("The minister said 6 schools reopened.",
     "รัฐมนตรีกล่าวว่า AI ช่วยเปิดโรงเรียน 6 แห่งอีกครั้ง", ["AI"]),
    # letters inside a source word after other letters are no word of the source
    ("The Kestrelmax plant made 40 engines.",
     "โรงงานเคสเตรลผลิตเครื่องยนต์ max 40 เครื่อง", ["max"]),
])
def test_latin_text_absent_from_the_source_is_untranslated(en, th, expected):
    assert _untranslated(en, th) == expected
