"""A name's Thai partner is a name-like span, not a common word of the Thai sentence
that happens to sound alike (N2): an English name the translation dropped is still
reported missing when its Thai sentence holds such a word (``Ken Hahn`` and คะแนน
*score*), and an acronym that cannot be said as a word is never found by sound
(``CNA`` and ขณะ *while*). All examples are invented for these tests."""

from __future__ import annotations

import massmob_nlp as mm
from massmob_nlp.entities.thai_search import find_in_thai

EN = """Steel maker beats forecasts

Shares of Pacific Steel rose 4 percent on Monday after its quarterly score on the \
national safety audit climbed, analyst Ken Hahn said.

The company, reported CNA, will open a plant in Busan next year."""

TH = """ผู้ผลิตเหล็กมีผลประกอบการดีกว่าคาด

หุ้นแปซิฟิก สตีล ปรับขึ้นร้อยละ 4 เมื่อวันจันทร์ หลังคะแนนการตรวจสอบความปลอดภัย\
ระดับชาติรายไตรมาสของบริษัทเพิ่มขึ้น

ขณะที่บริษัทจะเปิดโรงงานในปูซานในปีหน้า"""


def test_dropped_names_beside_similar_common_words_are_missing() -> None:
    ents = mm.compare(EN, TH).entities
    status = {str(a): str(s) for s, a in zip(ents["status"], ents["src_text"])}
    assert status.get("Ken Hahn") == "missing"  # not คะแนน, "score"
    assert status.get("CNA") == "missing"  # not ขณะ, "while"
    assert status.get("Busan") == "matched"
    assert status.get("Pacific Steel") == "matched"


def test_acronyms_said_as_words_are_still_found_by_sound() -> None:
    text = "ประเทศสมาชิกนาโตประชุมกันที่กรุงบรัสเซลส์"
    assert find_in_thai("NATO", text, list(range(len(text) + 1))) is not None
    assert find_in_thai("CNA", "ขณะที่", list(range(7))) is None


def test_a_name_of_several_words_still_finds_its_thai_words() -> None:
    text = "นายเคน ฮาห์น นักวิเคราะห์ กล่าว"
    hit = find_in_thai("Ken Hahn", text, [0, 3, 6, 7, 12, 13, 24, 25, 30])
    assert hit is not None and text[hit[0]:hit[1]].strip().startswith("เคน")


def test_dates_and_some_are_no_names() -> None:
    from massmob_nlp.entities.translated import is_generic

    assert is_generic("เดือนมีนาคม") and is_generic("วันศุกร์")
    assert is_generic("บางพื้นที่")  # "some areas"
    assert not is_generic("บางพลี") and not is_generic("บางกะปิ")  # districts
