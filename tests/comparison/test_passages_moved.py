"""A sentence a translator moved to another part of the article (its distinctive
numbers joined there) is not reported as omitted; a sentence really dropped still is."""

from __future__ import annotations

import warnings

import pytest

import massmob_nlp as mm

EN = """The city council met on Monday to discuss the new bridge over the river.
Members argued for three hours about the design and the cost of the work.
The bridge was first proposed in 2019 and was then expected to cost $450 million.
Several residents spoke against the plan at the meeting.

The mayor said a final vote would take place next month.
She added that the building work could begin in the spring.

Local shop owners said they hoped the bridge would bring more visitors to the old town.
Others worried about noise and traffic during the long building works."""
TH = """สภาเมืองประชุมกันเมื่อวันจันทร์เพื่อหารือเรื่องสะพานแห่งใหม่ข้ามแม่น้ำ
สมาชิกถกเถียงกันนานสามชั่วโมงเรื่องการออกแบบและค่าใช้จ่ายของงาน
ชาวบ้านหลายคนพูดคัดค้านแผนนี้ในที่ประชุม

นายกเทศมนตรีกล่าวว่าการลงมติครั้งสุดท้ายจะมีขึ้นในเดือนหน้า
เธอกล่าวเสริมว่างานก่อสร้างอาจเริ่มได้ในฤดูใบไม้ผลิ

เจ้าของร้านค้าในท้องถิ่นกล่าวว่าพวกเขาหวังว่าสะพานจะนำนักท่องเที่ยวมาที่เมืองเก่ามากขึ้น
คนอื่น ๆ กังวลเรื่องเสียงและการจราจรระหว่างการก่อสร้างที่ยาวนาน
สะพานนี้ถูกเสนอครั้งแรกในปี 2019 และในตอนนั้นคาดว่าจะมีค่าใช้จ่าย 450 ล้านดอลลาร์"""

DROPPED = "\n".join(line for line in TH.splitlines() if "2019" not in line)


def _passages(en: str, th: str, embeddings: bool | None) -> list[tuple[str, str, str]]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        p = mm.compare(en, th, embeddings=embeddings).passages
    return [(str(k), str(s), str(t)) for k, s, t in zip(p["kind"], p["side"], p["text"])]


@pytest.mark.parametrize("embeddings", [False, None])
def test_moved_sentence_is_not_omitted(embeddings: bool | None) -> None:
    rows = _passages(EN, TH, embeddings)
    assert not [r for r in rows if r[0] in ("omitted", "added") and "2019" in r[2]]
    # ...and the reader is told it moved (nothing silently dropped)
    assert [r for r in rows if r[0] == "moved" and r[1] == "src" and "2019" in r[2]]


def test_moved_numbers_keep_their_note() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        c = mm.compare(EN, TH, embeddings=False)
    n = c.numbers
    row = n[n["src_text"] == "2019"].iloc[0]
    # each line is a paragraph here: the moved line is either joined as a moved number
    # or its paragraph is aligned with its translation where the Thai put it
    para = c.paragraph_alignment
    far = [(s, t) for s, t in zip(para["src_ids"], para["tgt_ids"]) if s and t and
           abs(s[0] - t[0]) >= 2]
    assert row["status"] == "match" and ("moved" in str(row["note"]) or far)


def test_dropped_sentence_is_still_omitted() -> None:
    rows = _passages(EN, DROPPED, False)
    assert [r for r in rows if r[0] == "omitted" and r[1] == "src" and "2019" in r[2]]
