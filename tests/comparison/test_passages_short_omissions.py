"""A short dropped sentence is ``omitted`` even when its paragraph's length hides the
gap, when it carried a number the target writes nowhere, or when it was a whole
quotation the target lost; a short sentence merged into its neighbour's translation
(its number still there) is not, nor a sentence or quote moved to another paragraph.
Texts written for these tests (a local transport story and its Thai translation)."""

from __future__ import annotations

import warnings

import massmob_nlp as mm

NIGHT = "Night buses will cost £1.50."
QUOTE = "\"We will keep every route open.\""
EN = [
    "Bus fares in Eastfield to rise in April",
    ("Eastfield's transport authority said on Wednesday that the standard single bus fare "
     "will rise from £2.10 to £2.40 on 1 April, the first increase since 2019."),
    ("The authority said rising fuel and wage costs had left its bus network with a "
     "deficit of £3.6 million last year, and that without higher fares it would have to "
     "cut the routes that serve outlying villages and the industrial estate. " + NIGHT),
    ("\"Nobody likes paying more, but the alternative is fewer buses and longer waits for "
     "everyone who depends on them,\" said the authority's chair, Helen Price. " + QUOTE),
    "Children under 16 will still travel free, and the weekly pass will stay at £15.",
    ("Passenger groups said they would ask the authority to delay the rise until the "
     "autumn, when a review of the whole network is due."),
]
TH = [
    "ค่าโดยสารรถเมล์ในอีสต์ฟิลด์จะขึ้นในเดือนเมษายน",
    ("หน่วยงานขนส่งของอีสต์ฟิลด์ระบุเมื่อวันพุธว่า ค่าโดยสารรถเมล์เที่ยวเดียวอัตรามาตรฐาน"
     "จะปรับขึ้นจาก 2.10 ปอนด์เป็น 2.40 ปอนด์ในวันที่ 1 เมษายน ซึ่งเป็นการขึ้นครั้งแรกนับตั้งแต่ปี 2019"),
    ("หน่วยงานระบุว่าต้นทุนน้ำมันและค่าจ้างที่สูงขึ้นทำให้เครือข่ายรถเมล์ขาดทุน 3.6 ล้านปอนด์"
     "เมื่อปีที่แล้ว และหากไม่ขึ้นค่าโดยสารก็จะต้องตัดเส้นทางที่วิ่งไปยังหมู่บ้านรอบนอกและนิคมอุตสาหกรรม"),
    ("\"ไม่มีใครชอบจ่ายแพงขึ้น แต่ทางเลือกอื่นคือรถเมล์ที่น้อยลงและการรอที่นานขึ้นสำหรับทุกคน"
     "ที่ต้องพึ่งพารถเมล์\" เฮเลน ไพรซ์ ประธานหน่วยงานกล่าว"),
    "เด็กอายุต่ำกว่า 16 ปียังคงเดินทางได้ฟรี และบัตรรายสัปดาห์จะยังคงราคา 15 ปอนด์",
    ("กลุ่มผู้โดยสารระบุว่าจะขอให้หน่วยงานเลื่อนการขึ้นราคาออกไปจนถึงฤดูใบไม้ร่วง "
     "ซึ่งเป็นช่วงที่จะมีการทบทวนเครือข่ายทั้งหมด"),
]


def _omitted(th: list[str]) -> list[str]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        cmp = mm.compare("\n\n".join(EN), "\n\n".join(th))
    p = cmp.passages
    rows = p[(p["kind"].astype(str) == "omitted") & (p["side"].astype(str) == "src")]
    return [str(t) for t in rows["text"]]


def test_short_dropped_sentences_with_a_number_or_a_quote_are_omitted():
    omitted = _omitted(TH)
    assert any(NIGHT in t for t in omitted), omitted
    assert any(QUOTE in t for t in omitted), omitted


def test_a_short_sentence_merged_into_its_neighbour_is_not_omitted():
    th = list(TH)
    th[2] = th[2] + " โดยรถเมล์กลางคืนจะมีราคา 1.50 ปอนด์"
    th[3] = th[3] + " \"เราจะรักษาทุกเส้นทางไว้\""
    assert _omitted(th) == []


def test_a_quote_moved_to_another_paragraph_is_not_omitted():
    th = list(TH)
    th[2] = th[2] + " โดยรถเมล์กลางคืนจะมีราคา 1.50 ปอนด์"
    th[5] = th[5] + " \"เราจะรักษาทุกเส้นทางไว้\""
    assert not any(QUOTE in t for t in _omitted(th))


def test_a_number_sentence_moved_to_another_paragraph_is_not_omitted():
    th = list(TH)
    th[5] = th[5] + " รถเมล์กลางคืนจะมีราคา 1.50 ปอนด์"
    assert not any(NIGHT in t for t in _omitted(th))
