"""Names a news translation renders word by word or spells out (comparison/entities.py,
entities/translated.py, entities/rules.py, entities/english_spans.py): names with a
number (``Highway 7`` / ทางหลวงหมายเลข 7), a body inside the Thai name of the body it
owns, a Thai body named in full where the English says *the ministry*, a Vietnamese
name ending in a syllable that is also an English word, and spans that are no names
(an amount, a temperature scale, a Thai count). All examples are invented for these
tests."""

from __future__ import annotations

import massmob_nlp as mm


def _rows(en: str, th: str) -> list[tuple[str, str, str]]:
    ents = mm.compare(en, th).entities
    return [(str(s), str(a), str(b)) for s, a, b in
            zip(ents["status"], ents["src_text"], ents["tgt_text"])]


def _status(rows: list[tuple[str, str, str]], status: str) -> list[str]:
    return [a if status != "added" else b for s, a, b in rows if s == status]


def test_name_with_a_number_is_found_by_head_and_number() -> None:
    rows = _rows("Highway 7 was closed near the border after the landslide.",
                 "ทางหลวงหมายเลข 7 ถูกปิดใกล้ชายแดนหลังเกิดดินถล่ม")
    assert ("matched", "Highway 7", "ทางหลวงหมายเลข 7") in rows
    rows = _rows("Voters in the state approved Proposition 12 by a wide margin on Tuesday.",
                 "ผู้มีสิทธิเลือกตั้งในรัฐลงมติรับข้อเสนอที่ 12 ด้วยคะแนนทิ้งห่างเมื่อวันอังคาร")
    assert ("matched", "Proposition 12", "ข้อเสนอที่ 12") in rows  # in รับข้อเสนอ


def test_name_with_another_number_stays_missing() -> None:
    rows = _rows("Highway 9 was closed near the border after the landslide.",
                 "ทางหลวงหมายเลข 7 ถูกปิดใกล้ชายแดนหลังเกิดดินถล่ม")
    assert "Highway 9" in _status(rows, "missing")


def test_translated_bodies_of_police_and_coast() -> None:
    rows = _rows("The Traffic Police Department said 52 people died on the roads.",
                 "กองบังคับการตำรวจจราจรระบุว่ามีผู้เสียชีวิตบนท้องถนน 52 คน")
    assert ("matched", "Traffic Police Department", "กองบังคับการตำรวจจราจร") in rows
    rows = _rows("The storm hit the Gulf Coast on Wednesday night.",
                 "พายุพัดถล่มชายฝั่งอ่าวเม็กซิโกเมื่อคืนวันพุธ")
    assert not _status(rows, "missing") and not _status(rows, "added")


def test_owner_inside_the_thai_name_of_its_body() -> None:
    rows = _rows("The Party Central Committee's Secretariat issued a directive on Monday "
                 "on rural schools.",
                 "สำนักเลขาธิการคณะกรรมการกลางพรรคออกคำสั่งเมื่อวันจันทร์ว่าด้วยโรงเรียนในชนบท")
    assert not _status(rows, "missing")
    assert ("matched", "Party Central Committee", "คณะกรรมการกลางพรรค") in rows


def test_thai_body_in_full_where_english_says_the_ministry() -> None:
    for en, th in (
            ("Measles cases hit a five-year high, ministry says",
             "กระทรวงสาธารณสุขมาเลเซียเผยผู้ป่วยหัดสูงสุดในรอบ 5 ปี"),
            ("Rain reached 14 inches in parts of the county, the weather service said.",
             "กรมอุตุนิยมวิทยาสหรัฐฯ ระบุว่าปริมาณฝนบางส่วนของเคาน์ตีสูงถึง 14 นิ้ว"),
            ("Turnout was 61%, the secretary of state's office said.",
             "สำนักงานเลขาธิการรัฐระบุว่าผู้มาใช้สิทธิอยู่ที่ 61%"),
            ("The visit comes at the invitation of the King, officials said.",
             "การเยือนมีขึ้นตามคำกราบบังคมทูลเชิญของพระบาทสมเด็จพระเจ้าอยู่หัว")):
        assert not _status(_rows(en, th), "added"), th


def test_vietnamese_name_ending_in_an_english_word() -> None:
    rows = _rows('"We will finish the work," NA Chairman Tran Thanh Man said in his '
                 "speech on Friday.",
                 '"เราจะทำงานให้เสร็จ" นายเจิ่น ทัญ เมิน ประธานสภาแห่งชาติ '
                 "กล่าวในสุนทรพจน์เมื่อวันศุกร์")
    assert ("matched", "Tran Thanh Man", "เจิ่น ทัญ เมิน") in rows


def test_vietnamese_name_before_a_capitalised_word_is_cut() -> None:
    ents = mm.entities_table("Nguyen Van Binh Can Win Again")
    assert "Nguyen Van Binh" in set(ents["text"])


def test_amounts_units_and_counts_are_no_names() -> None:
    ents = mm.entities_table(
        "The country targets revenue of VND1.1 quadrillion next year. It was about "
        "16 degrees Fahrenheit at the summit.")
    assert not {"VND1.1 quadrillion", "Fahrenheit"} & set(ents["text"])
    ents = mm.entities_table("นักดับเพลิงราว 900 นาย เฮลิคอปเตอร์ 31 ลำ กำลังต่อสู้กับไฟป่า")
    people = ents[ents["label"] == "PERSON"]["text"]
    assert not any(any(c.isdigit() for c in str(t)) for t in people)


def test_turkish_french_and_malay_names_in_thai() -> None:
    from massmob_nlp.entities.similarity import name_similarity

    assert name_similarity("Recep Tayyip Erdogan", "เรเจป ทายยิป แอร์โดอัน") >= 0.8
    assert name_similarity("Côte d'Ivoire", "โกตดิวัวร์") >= 0.8
    assert name_similarity("Selangor", "สลังงอร์") >= 0.8
    assert name_similarity("Bogota", "โบโกตา") >= 0.8  # a hard g stays hard
    assert name_similarity("Erdogan", "เออร์วิน") < 0.6


def test_two_latin_names_are_paired_only_as_copies() -> None:
    rows = _rows("Shares of Vietcombank rose 3 per cent while Techcombank gained 7 per "
                 "cent on Monday.",
                 "หุ้น Vietcombank เพิ่มขึ้น 3% ขณะที่ Techcombank เพิ่มขึ้น 7% เมื่อวันจันทร์")
    assert ("matched", "Techcombank", "Techcombank") in rows
    assert ("matched", "Vietcombank", "Vietcombank") in rows


def test_team_and_role_before_a_name_are_cut() -> None:
    ents = mm.entities_table("On Sunday, Rangers RHP Colin Marsh faces the Tigers in Detroit.")
    people = set(ents[ents["label"] == "PERSON"]["text"])
    assert not any("RHP" in p for p in people)


def test_us_state_abbreviation_in_a_dateline() -> None:
    rows = _rows("DENVER, Colo. (AP) — Snow closed the mountain passes on Friday.",
                 "เดนเวอร์ รัฐโคโลราโด (เอพี) – หิมะปิดเส้นทางบนภูเขาเมื่อวันศุกร์")
    assert "Colo." not in _status(rows, "missing")


def test_thai_abbreviation_of_a_body_named_in_full_is_not_added() -> None:
    en = ("The Pollution Control Department said dust levels fell on Monday. "
          "The department said it would keep watching the city.")
    th = ("กรมควบคุมมลพิษระบุว่าระดับฝุ่นลดลงเมื่อวันจันทร์ "
          "คพ. ระบุว่าจะเฝ้าติดตามสถานการณ์ในเมืองต่อไป")
    assert "คพ." not in _status(_rows(en, th), "added")


def test_thai_unit_abbreviations_are_no_names() -> None:
    ents = mm.entities_table("ค่าฝุ่นอยู่ที่ 80 มคก./ลบ.ม. สูงกว่าเกณฑ์ที่ 37.5 มคก./ลบ.ม.")
    assert not any("/" in str(t) for t in ents["text"])


def test_amounts_after_a_currency_code_and_power_units_are_no_names() -> None:
    from massmob_nlp.entities.english_spans import is_english_name

    for span in ("VND2", "VND40-50 million", "Bt312.4bn", "S$7m", "MW"):
        assert not is_english_name(span), span
    for span in ("COP28", "G20", "Airbus A350", "F1"):
        assert is_english_name(span), span


def test_thai_person_span_without_the_verb_of_saying_after_it() -> None:
    from massmob_nlp.entities.thai_split import split_person_spans

    text = "นายหวุงกล่าวว่าสะพานจะเปิดใช้ในเดือนหน้า"
    assert split_person_spans(text, [(0, 12, "PERSON", 0.9)]) == [(0, 7, "PERSON", 0.9)]
    text = "นายบิ่ญและพวกถูกตั้งข้อหา"
    assert split_person_spans(text, [(0, 13, "PERSON", 0.9)]) == [(0, 7, "PERSON", 0.9)]
    assert split_person_spans("นายกล่าว", [(0, 8, "PERSON", 0.9)]) == [(0, 8, "PERSON", 0.9)]


def test_sentence_start_common_noun_is_no_missing_person_but_a_name_is() -> None:
    rows = _rows("Turnout was 61% in the capital, officials said.",
                 "เจ้าหน้าที่ระบุว่าผู้มาใช้สิทธิในเมืองหลวงอยู่ที่ 61%")
    assert "Turnout" not in _status(rows, "missing")
    from massmob_nlp.comparison.entity_source_checks import _common_word_model

    text = "Coinbase said on Monday it would cut 200 jobs."
    mention = {"text": "Coinbase", "start_char": 0, "source": "model", "label": "PERSON"}
    assert not _common_word_model(mention, text, frozenset())
