"""PERSON spans of the Thai recognizer that run into a position, a body or a place
(entities/thai_split.py). All sentences are invented for these tests."""

from __future__ import annotations

import pytest

from massmob_nlp.entities.thai_split import split_person_spans


def _split(text: str, span: str, label: str = "PERSON") -> list[tuple[str, str]]:
    start = text.index(span)
    out = split_person_spans(text, [(start, start + len(span), label, 0.9)])
    return [(text[s:e], lab) for s, e, lab, _ in out]


@pytest.mark.parametrize(("text", "span", "expected"), [
    ("นายโจ ไบเดนประธานาธิบดีสหรัฐกล่าวที่ทำเนียบขาว", "นายโจ ไบเดนประธานาธิบดีสหรัฐ",
     [("นายโจ ไบเดน", "PERSON"), ("สหรัฐ", "LOCATION")]),
    ("ดร.สมชาย ใจดีมหาวิทยาลัยเชียงใหม่กล่าวว่า", "ดร.สมชาย ใจดีมหาวิทยาลัยเชียงใหม่",
     [("ดร.สมชาย ใจดี", "PERSON"), ("มหาวิทยาลัยเชียงใหม่", "ORGANIZATION")]),
    ("นายอนันต์ ศรีสุขพรรคประชาชนแถลง", "นายอนันต์ ศรีสุขพรรคประชาชน",
     [("นายอนันต์ ศรีสุข", "PERSON"), ("พรรคประชาชน", "ORGANIZATION")]),
    ("นางแอนนา ชมิทท์โฆษกรัฐบาลเยอรมนีระบุ", "นางแอนนา ชมิทท์โฆษกรัฐบาลเยอรมนี",
     [("นางแอนนา ชมิทท์", "PERSON")]),  # the rest is no body nor place
    ("มาร์ก รุตเตอเนเธอร์แลนด์ เดินทางถึงแล้ว", "มาร์ก รุตเตอเนเธอร์แลนด์",
     [("มาร์ก รุตเตอ", "PERSON"), ("เนเธอร์แลนด์", "LOCATION")]),
])
def test_merged_person_spans_are_cut(text: str, span: str,
                                     expected: list[tuple[str, str]]) -> None:
    assert _split(text, span) == expected


@pytest.mark.parametrize(("text", "span", "label"), [
    ("นายสมชาย รักไทยกล่าว", "นายสมชาย รักไทย", "PERSON"),  # a short place ends surnames
    ("นายสมชาย ใจดีกล่าว", "นายสมชาย ใจดี", "PERSON"),
    ("เอมมานูเอลกล่าว", "เอมมานูเอล", "PERSON"),  # no surname: nothing to cut after
    ("กระทรวงการต่างประเทศอังกฤษแถลง", "กระทรวงการต่างประเทศอังกฤษ", "ORGANIZATION"),
    ("นายวิชัย ศาลาทองกล่าว", "นายวิชัย ศาลาทอง", "PERSON"),  # ศาล starts the surname
])
def test_other_spans_are_kept(text: str, span: str, label: str) -> None:
    assert _split(text, span, label) == [(span, label)]


def test_entities_table_cuts_a_person_running_into_a_body() -> None:
    import massmob_nlp as mm

    text = "ดร.สมชาย ใจดีมหาวิทยาลัยเชียงใหม่กล่าวว่าผลการศึกษาจะเผยแพร่ในเดือนหน้า"
    ents = mm.entities_table(text)
    pairs = list(zip(ents["text"], ents["label"]))
    assert ("ดร.สมชาย ใจดี", "PERSON") in pairs
    assert ("มหาวิทยาลัยเชียงใหม่", "ORG") in pairs
    assert not any("ใจดีมหา" in t for t, _ in pairs)


@pytest.mark.parametrize(("text", "span", "label", "expected"), [
    ("สำนักข่าวรายงานว่าเคไอเอปฏิเสธว่าไม่ได้ยิงก่อน", "เคไอเอปฏิเสธว่าไม่ได้ยิงก่อน",
     "ORGANIZATION", [("เคไอเอ", "ORGANIZATION")]),             # the RSF-like body denied...
    ("นัดปิดฤดูกาล ยูไนเต็ดเอาชนะเชลซี 3-0", "ยูไนเต็ดเอาชนะเชลซี", "ORGANIZATION",
     [("เชลซี", "ORGANIZATION")]),  # A beat B: B kept; A is looked for by the comparison
    ("ค่าจ้าง 40 ปอนด์ ขณะที่แมคเคนนาได้ 45 ปอนด์", "ขณะที่แมคเคนนา", "PERSON",
     [("แมคเคนนา", "PERSON")]),                                  # while McKenna
    ("ในการแถลง สหพันธ์กล่าวว่าจะอุทธรณ์", "สหพันธ์กล่าวว่าจะอุทธรณ์", "ORGANIZATION",
     [("สหพันธ์", "ORGANIZATION")]),
    ("คู่ชิงคือโอเว่นซึ่งออกสตาร์ทจากแถวหน้า", "โอเว่นซึ่งออกสตาร์ทจากแถวหน้า", "PERSON",
     [("โอเว่น", "PERSON")]),
    ("นายสมบัติ ชนะศึก ประธานชมรม", "นายสมบัติ ชนะศึก", "PERSON",
     [("นายสมบัติ ชนะศึก", "PERSON")]),                          # ชนะ inside a surname
])
def test_spans_run_into_a_clause_are_cut(text: str, span: str, label: str,
                                         expected: list[tuple[str, str]]) -> None:
    assert _split(text, span, label) == expected


def test_a_head_inside_a_surname_does_not_cut() -> None:
    text = "นายวิชิต ทองไพศาล นักศึกษาปีสาม กล่าว"
    assert _split(text, "นายวิชิต ทองไพศาล นักศึกษาปีสาม") == \
        [("นายวิชิต ทองไพศาล นักศึกษาปีสาม", "PERSON")]


def test_a_cut_span_has_no_trailing_space() -> None:
    text = "นายประเสริฐ ดีงาม ส.ส.ขอนแก่น กล่าว"
    assert _split(text, "นายประเสริฐ ดีงาม ส.ส.ขอนแก่น")[0] == ("นายประเสริฐ ดีงาม", "PERSON")


@pytest.mark.parametrize(("text", "span", "expected"), [
    ('"เราเสียใจมาก" มีแชล ดูปองต์ โฆษกกล่าว', "แชล ดูปองต์", "มีแชล ดูปองต์"),  # Michel
    ("เมื่อวาน มีนายสมพร ทองคำ มาด้วย", "นายสมพร ทองคำ", "นายสมพร ทองคำ"),     # มี: have
    ("ทั้งนี้ ได้แอน ฮอลล์ มาช่วย", "แอน ฮอลล์", "แอน ฮอลล์"),                  # ได้: got
    ("ของเขา แม่บุญมา ทองดี", "บุญมา ทองดี", "บุญมา ทองดี"),                    # mother
    ("ส่งตัว แทนพ.ต.อ.สมพงษ์ ใจกล้า", "พ.ต.อ.สมพงษ์ ใจกล้า", "พ.ต.อ.สมพงษ์ ใจกล้า")])
def test_a_given_name_cut_by_a_thai_word_is_joined(text: str, span: str,
                                                   expected: str) -> None:
    assert _split(text, span) == [(expected, "PERSON")]


def test_a_function_word_before_a_clause_word_is_no_name() -> None:
    text = "หลังเอาชนะมาร์ก ดันแคน ไปได้"
    assert _split(text, "หลังเอาชนะมาร์ก ดันแคน") == [("มาร์ก ดันแคน", "PERSON")]
