"""English acronyms and Thai abbreviations across a translation (comparison/entity_brackets.py):
an acronym paired with the Thai abbreviation of its sentence, a Thai bracket that
spells the English acronym in Thai letter names, a Thai abbreviation in brackets
after the Thai name, a Thai name repeated where the English says *the regulator*,
and period codes (``Q3``) that are no names. All examples are invented for these
tests."""

from __future__ import annotations

import massmob_nlp as mm

EN = """Regulator fines broker over trading lapses

The Securities and Exchange Commission (SEC) fined Siam Prime Securities \
12 million baht on Monday for failing to check client orders in Q3.

The SEC said the broker had ignored 41 warnings between January and June.

"We will appeal," the broker said in a statement, adding that the SEC had misread its records.

The Civil Aviation Authority (CAA) opened a separate review of the firm's travel unit on Tuesday.

The regulator said it expected to finish the review within 90 days."""

TH = """ก.ล.ต. สั่งปรับโบรกเกอร์ฐานบกพร่องในการซื้อขาย

สำนักงานคณะกรรมการกำกับหลักทรัพย์และตลาดหลักทรัพย์ (ก.ล.ต.) สั่งปรับบริษัทหลักทรัพย์ \
สยาม ไพรม์ เป็นเงิน 12 ล้านบาทเมื่อวันจันทร์ ฐานไม่ตรวจสอบคำสั่งซื้อขายของลูกค้าในไตรมาสที่ 3

ก.ล.ต. ระบุว่าโบรกเกอร์รายนี้เพิกเฉยต่อคำเตือน 41 ครั้งระหว่างเดือนมกราคมถึงมิถุนายน

"เราจะอุทธรณ์" โบรกเกอร์ระบุในแถลงการณ์ พร้อมเสริมว่า ก.ล.ต. อ่านบันทึกของบริษัทผิดพลาด

สำนักงานการบินพลเรือน (ซีเอเอ) เปิดการตรวจสอบหน่วยธุรกิจท่องเที่ยวของบริษัทแยกต่างหากเมื่อวันอังคาร

ก.ล.ต. ระบุว่าคาดว่าจะตรวจสอบเสร็จภายใน 90 วัน"""


def _rows() -> list[tuple[str, str, str]]:
    ents = mm.compare(EN, TH).entities
    return [(str(s), str(a), str(b)) for s, a, b in
            zip(ents["status"], ents["src_text"], ents["tgt_text"])]


def test_acronyms_and_thai_abbreviations() -> None:
    rows = _rows()
    added = [b for s, _, b in rows if s == "added"]
    missing = [a for s, a, _ in rows if s == "missing"]
    assert not any("ก.ล.ต." in b for b in added)   # defined in brackets, or repeated
    assert not any("ซีเอเอ" in b for b in added)   # CAA in Thai letter names
    assert "SEC" not in missing
    assert "Q3" not in missing                      # a quarter, not a name
    caa = [b for s, a, b in rows if s == "matched" and a.startswith("Civil Aviation")]
    assert caa and caa[0] in ("สำนักงานการบินพลเรือน", "ซีเอเอ")
    assert [b for s, a, b in rows if a == "SEC"] == ["ก.ล.ต."] * 3


def test_resolution_with_a_bare_number_in_thai() -> None:
    en = ("The province will carry out Resolution 36 on rural roads this year, the "
          "chairman said, as firmly as it carried out Resolution 12 on schools.")
    th = ("ประธานกล่าวว่า จังหวัดจะดำเนินการตามมติที่ 36 ว่าด้วยถนนในชนบทในปีนี้ "
          "อย่างจริงจังเช่นเดียวกับมติที่ ๑๒ ว่าด้วยโรงเรียน")
    ents = mm.compare(en, th).entities
    laws = ents[ents["label"] == "LAW"]
    assert set(zip(laws["status"], laws["src_text"], laws["tgt_text"])) == {
        ("matched", "Resolution 36", "มติที่ 36"), ("matched", "Resolution 12", "มติที่ ๑๒")}


def test_resolution_with_another_number_is_missing() -> None:
    en = "The province will carry out Resolution 36 on rural roads this year."
    th = "จังหวัดจะดำเนินการตามมติที่ 63 ว่าด้วยถนนในชนบทในปีนี้"
    ents = mm.compare(en, th).entities
    laws = ents[ents["label"] == "LAW"]
    assert "missing" in set(laws["status"])
