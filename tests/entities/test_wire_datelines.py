"""A wire dateline (``MANILA, March 3 (Reuters) -``) is furniture: a Thai portal drops
it, so the place and the agency there are never reported missing; the same names in
the story still are. All sentences are invented for these tests."""

from __future__ import annotations

import massmob_nlp as mm

EN = """Ayala Land holds dividend

CEBU CITY, March 3 (Reuters) - Ayala Land kept its dividend at 5.75 pesos on \
Thursday, chief executive Anna Ma. Yu said.

Analysts polled by Reuters had expected the hold."""

TH = """อายาลา แลนด์ คงเงินปันผล

อายาลา แลนด์ คงเงินปันผลไว้ที่ 5.75 เปโซเมื่อวันพฤหัสบดี \
นางแอนนา ยู ประธานเจ้าหน้าที่บริหารกล่าว

นักวิเคราะห์คาดการณ์ไว้แล้วว่าจะคงเงินปันผล"""


def test_names_of_a_dropped_dateline_are_not_missing() -> None:
    ents = mm.compare(EN, TH).entities
    missing = ents[ents["status"] == "missing"]
    dateline_end = EN.index(" - ")
    assert not any(int(a) < dateline_end for a in missing["src_start_char"])
    assert "CEBU CITY" not in set(missing["src_text"].astype(str))
    later = EN.index("polled by Reuters")  # the story's own Reuters, dropped: missing
    assert any(int(a) > later for a in missing["src_start_char"])


def test_an_acronym_the_source_defines_joins_the_same_thai_bracket() -> None:
    en = ("Peru's National Water Authority (ANA) said on Monday that the Rimac river had "
          "risen 2 metres, and the Superintendency of Sanitation Services (SUNASS) "
          "warned of cuts.")
    th = ("สำนักงานน้ำแห่งชาติ (ANA) ของเปรูระบุเมื่อวันจันทร์ว่าแม่น้ำริมักสูงขึ้น 2 เมตร "
          "ขณะที่หน่วยงานกำกับบริการประปา (SUNASS) เตือนว่าอาจตัดน้ำ")
    ents = mm.compare(en, th).entities
    missing = set(ents.loc[ents["status"] == "missing", "src_text"].astype(str))
    assert not any(name.startswith(("National Water", "Superintendency")) for name in missing)


def test_a_span_never_ends_inside_an_open_bracket() -> None:
    from massmob_nlp.entities.english_spans import trim_english_span

    text = "turnout was 74%, according to the Office of Electoral Records (OER)."
    start = text.index("Office")
    s, e, _ = trim_english_span(text, start, text.index(")"), "ORG")
    assert text[s:e] == "Office of Electoral Records"
