"""Names a Thai translation renders by their meaning (``data/name_words.tsv``): agencies,
parties, seas, forests, plans, caves, regions. All examples are invented for these
tests."""

from __future__ import annotations

import warnings

import pytest

import massmob_nlp as mm


def _rows(en: str, th: str) -> list[tuple[str, str, str]]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ents = mm.compare(en, th).entities
    return [(str(s), str(a), str(b)) for s, a, b in
            zip(ents["status"], ents["src_text"], ents["tgt_text"], strict=True)]


@pytest.mark.parametrize("en,th,name,thai", [
    ("The ship lost power off the coast, the Marine Department said on Friday.",
     "กรมการเดินเรือระบุเมื่อวันศุกร์ว่าเรือลำนี้ไฟดับนอกชายฝั่ง",
     "Marine Department", "กรมการเดินเรือ"),
    ("The State Treasury sold bonds worth 40 million dollars on Monday.",
     "กรมธนารักษ์แห่งรัฐขายพันธบัตรมูลค่า 40 ล้านดอลลาร์เมื่อวันจันทร์",
     "State Treasury", "กรมธนารักษ์แห่งรัฐ"),
    ("Workers were sent abroad by the Department of Overseas Labour last year.",
     "กรมแรงงานต่างประเทศส่งแรงงานไปทำงานต่างประเทศเมื่อปีที่แล้ว",
     "Department of Overseas Labour", "กรมแรงงานต่างประเทศ"),
    ("The Reform Party won three seats in the vote.",
     "พรรคปฏิรูปได้สามที่นั่งในการลงคะแนน", "Reform Party", "พรรคปฏิรูป"),
    ("The Office of Civil Defense said 12 people were hurt.",
     "สำนักงานป้องกันภัยพลเรือนฟิลิปปินส์ระบุว่ามีผู้บาดเจ็บ 12 คน",
     "Office of Civil Defense", "สำนักงานป้องกันภัยพลเรือน"),
    ("The tanker sank in the Arabian Sea on Sunday.",
     "เรือบรรทุกน้ำมันจมลงในทะเลอาหรับเมื่อวันอาทิตย์", "Arabian Sea", "ทะเลอาหรับ"),
    ("Tigers have returned to the Western Forest Complex, rangers said.",
     "เจ้าหน้าที่ระบุว่าเสือกลับมาที่กลุ่มป่าตะวันตกแล้ว",
     "Western Forest Complex", "กลุ่มป่าตะวันตก"),
    ("The government approved the National Power Development Plan on Tuesday.",
     "รัฐบาลอนุมัติแผนพัฒนาพลังงานไฟฟ้าแห่งชาติเมื่อวันอังคาร",
     "National Power Development Plan", "แผนพัฒนาพลังงานไฟฟ้าแห่งชาติ"),
    ("Pilgrims walked to Batu Caves at dawn.",
     "ผู้แสวงบุญเดินไปยังถ้ำบาตูตอนรุ่งสาง", "Batu Caves", "ถ้ำบาตู"),
    ("The National Park Service closed the road on Monday.",
     "กรมอุทยานแห่งชาติสหรัฐฯ ปิดถนนเมื่อวันจันทร์",
     "National Park Service", "กรมอุทยานแห่งชาติ"),
])
def test_a_name_rendered_by_its_meaning_is_matched(en, th, name, thai):
    assert ("matched", name, thai) in _rows(en, th)


def test_a_party_rendered_by_meaning_needs_its_own_meaning():
    rows = _rows("The Independence Party won eight seats.", "พรรคปฏิรูปได้แปดที่นั่ง")
    assert ("missing", "Independence Party", "<NA>") in rows


@pytest.mark.parametrize("en,th,country", [
    ("The Bureau of Meteorology warned of heavy rain on Sunday.",
     "สำนักอุตุนิยมวิทยาออสเตรเลียเตือนว่าจะมีฝนตกหนักในวันอาทิตย์", "ออสเตรเลีย"),
    ("The Aircraft Accident Investigation Bureau will publish a report within 30 days.",
     "สำนักงานสอบสวนอุบัติเหตุอากาศยานของอินเดียจะเผยแพร่รายงานภายใน 30 วัน", "อินเดีย"),
])
def test_a_country_glued_to_a_body_is_no_added_name(en, th, country):
    rows = _rows(en, th)
    assert ("added", "<NA>", country) not in rows
    assert any(s == "matched" for s, _, _ in rows)


def test_a_country_after_a_space_is_still_added():
    rows = _rows("The Finance Ministry said exports rose.",
                 "กระทรวงการคลังระบุ ญี่ปุ่นส่งออกเพิ่มขึ้น")
    assert ("added", "<NA>", "ญี่ปุ่น") in rows


def test_a_country_inside_a_sea_name_is_no_added_country():
    rows = _rows("Fishing boats returned to port as the storm crossed the East Sea.",
                 "เรือประมงกลับเข้าฝั่งขณะที่พายุเคลื่อนผ่านทะเลตะวันออก (ทะเลจีนใต้)")
    assert ("added", "<NA>", "จีน") not in rows


def test_title_and_thai_given_name_refer_back_to_the_full_name():
    rows = _rows("Chanita Srisuk, a nurse at the clinic, said the queue was long. "
                 "She said more staff were coming.",
                 "นางชนิตา ศรีสุข พยาบาลประจำคลินิก กล่าวว่าคิวยาวมาก "
                 "นางชนิตากล่าวว่าจะมีเจ้าหน้าที่มาเพิ่ม")
    assert ("added", "<NA>", "นางชนิตา") not in rows
    assert ("matched", "Chanita Srisuk", "นางชนิตา ศรีสุข") in rows
