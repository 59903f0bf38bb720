"""Names a translation renders word by word (entities/translated.py), Thai names
looked for in the English source (entities/latin_search.py), Chinese names in pinyin
(entities/sounds.py) and conventional Thai names of the world table. All sentences
are invented for these tests."""

from __future__ import annotations

import pytest
from word_edges import word_edges

import massmob_nlp as mm
from massmob_nlp.entities.latin_search import find_in_latin, thai_core
from massmob_nlp.entities.similarity import SOUND_MIN_SCORE
from massmob_nlp.entities.sounds import sound_similarity
from massmob_nlp.entities.sounds_asia import pinyin_key
from massmob_nlp.entities.translated import find_translation, is_generic, name_words
from massmob_nlp.entities.world import same_place


def _found(name: str, text: str, words: list[str]) -> str | None:
    hit = find_translation(name, text, (0, len(text)), word_edges(text, words))
    return None if hit is None else text[hit[0]:hit[1]]


def test_lexicon_is_read_and_lower_case() -> None:
    words = name_words()
    assert "ศาล" in words["court"]
    assert "อุทยานแห่งชาติ" in words["national park"]
    assert all(k == k.casefold() and v for k, v in words.items())


@pytest.mark.parametrize(("name", "text", "words", "expected"), [
    ("Royal Navy", "เรือของราชนาวีแล่นออกจากท่า",
     ["เรือ", "ของ", "ราช", "นาวี", "แล่น", "ออก", "จาก", "ท่า"], "ราชนาวี"),
    ("Ministry of Justice", "โฆษกกระทรวงยุติธรรมแถลงเมื่อวานนี้",
     ["โฆษก", "กระทรวง", "ยุติธรรม", "แถลง", "เมื่อวานนี้"], "กระทรวงยุติธรรม"),
    ("Dental Council of Manitoba", "สภาทันตกรรมแห่งรัฐแมนิโทบาออกคำเตือน",
     ["สภา", "ทันตกรรม", "แห่ง", "รัฐ", "แมนิ", "โทบา", "ออก", "คำเตือน"], None),
    ("Farmers Council of Manitoba", "สภาเกษตรกรแห่งรัฐแมนิโทบาออกคำเตือน",
     ["สภา", "เกษตรกร", "แห่ง", "รัฐ", "แมนิ", "โทบา", "ออก", "คำเตือน"],
     "สภาเกษตรกรแห่งรัฐแมนิโทบา"),
    ("Hudson River", "แม่น้ำฮัดสันเอ่อล้นตลิ่ง", ["แม่น้ำ", "ฮัด", "สัน", "เอ่อ", "ล้น", "ตลิ่ง"],
     "แม่น้ำฮัดสัน"),
    ("University of South Dakota", "นักศึกษามหาวิทยาลัยเซาท์ดาโคตากล่าว",
     ["นักศึกษา", "มหาวิทยาลัย", "เซาท์", "ดา", "โค", "ตา", "กล่าว"], "มหาวิทยาลัยเซาท์ดาโคตา"),
])
def test_translated_names_are_found(name: str, text: str, words: list[str],
                                    expected: str | None) -> None:
    assert _found(name, text, words) == expected


@pytest.mark.parametrize(("name", "text", "words"), [
    ("Supreme Court", "ศาลปกครองตัดสินเมื่อวานนี้", ["ศาล", "ปกครอง", "ตัดสิน", "เมื่อวานนี้"]),
    ("Ministry of Justice", "โฆษกกระทรวงมหาดไทยแถลง", ["โฆษก", "กระทรวง", "มหาดไทย", "แถลง"]),
    ("Hudson River", "แม่น้ำเทมส์เอ่อล้นตลิ่ง", ["แม่น้ำ", "เทมส์", "เอ่อ", "ล้น", "ตลิ่ง"]),
    ("Mike Coupe", "ไมค์ คูป กล่าว", ["ไมค์", "คูป", "กล่าว"]),  # no word of the lexicon
])
def test_near_misses_are_not_translations(name: str, text: str, words: list[str]) -> None:
    assert _found(name, text, words) is None


@pytest.mark.parametrize(("latin", "thai"), [
    ("Xi Jinping", "สี จิ้นผิง"), ("Shenzhen", "เซินเจิ้น"), ("Guangzhou", "กวางโจว"),
    ("Li Keqiang", "หลี่ เค่อเฉียง"), ("Zhou Enlai", "โจว เอินไหล"),
    ("Deng Xiaoping", "เติ้ง เสี่ยวผิง"), ("Czechoslovakia", "เชโกสโลวาเกีย"),
    ("Zhang Xin", "จาง ซิน"), ("Lin Zexu", "หลินเจ๋อสวี"),
    ("Xavier", "ซาเวียร์")])
def test_pinyin_and_other_spellings_match(latin: str, thai: str) -> None:
    assert sound_similarity(latin, thai) >= SOUND_MIN_SCORE


@pytest.mark.parametrize(("latin", "thai"), [
    ("Li Keqiang", "หลี่ เผิง"), ("Xi Jinping", "หู จิ่นเทา"), ("Shenzhen", "เซี่ยงไฮ้"),
    ("Zhang Xin", "จาง ซิง"), ("Li Qiang", "หลี่ ชุน")])  # pinyin n and ng are kept apart
def test_pinyin_near_misses(latin: str, thai: str) -> None:
    assert sound_similarity(latin, thai) < SOUND_MIN_SCORE


def test_pinyin_key_only_for_pinyin() -> None:
    assert pinyin_key("Xi Jinping") == "SV CVNPVG"
    assert pinyin_key("Mike Coupe") is None  # not pinyin syllables
    assert pinyin_key("Biden") is None  # pinyin syllables, but no pinyin-only letter


@pytest.mark.parametrize(("latin", "thai"), [
    ("Confucius", "ขงจื๊อ"), ("Chiang Kai-shek", "เจียงไคเช็ก"), ("Canton", "กวางตุ้ง"),
    ("Soviet Union", "สหภาพโซเวียต"), ("VW", "โฟล์คสวาเกน"), ("Amnesty International",
                                                            "องค์การนิรโทษกรรมสากล")])
def test_conventional_thai_names(latin: str, thai: str) -> None:
    assert same_place(latin, thai)


def test_thai_core_drops_titles_and_heads() -> None:
    assert thai_core("นางสาวพุก") == "พุก"
    assert thai_core("แม่น้ำโรห์น") == "โรห์น"
    assert thai_core("นาย") == "นาย"  # nothing left: kept


def test_find_in_latin() -> None:
    text = "Leaders of Spotify, Uber and the Ohio Valley Bank met on Monday."
    spans = [(0, len(text))]
    hit = find_in_latin("อูเบอร์", text, spans)
    assert hit is not None and text[hit[0]:hit[1]] == "Uber"
    hit = find_in_latin("แม่น้ำโอไฮโอ", text, spans)
    assert hit is not None and text[hit[0]:hit[1]] == "Ohio"
    assert find_in_latin("อูเบอร์", text, spans, exclude=[(20, 24)]) is None
    assert find_in_latin("ลิฟต์", text, spans) is None
    assert find_in_latin("สหรัฐ", "Talks in the US resumed.", [(0, 24)]) is not None


EN = ("The Ministry of Defence said the Royal Navy would send two ships.\n"
      "The Consumer Safety Council of Alberta met in Calgary.\n"
      "Executives of Uber, Spotify and Tesla will attend.")
TH = ("กระทรวงกลาโหมระบุว่าราชนาวีจะส่งเรือสองลำ\n"
      "สภาความปลอดภัยผู้บริโภคแห่งรัฐอัลเบอร์ตาประชุมกันที่เมืองแคลกะรี\n"
      "ผู้บริหารของอูเบอร์ สปอติฟาย และเทสลา จะเข้าร่วมงาน")


def test_compare_pairs_translated_bodies_and_names_the_recognizer_missed() -> None:
    ents = mm.compare(EN, TH).entities
    pairs = dict(zip(ents["src_text"].fillna(""), ents["tgt_text"].fillna("")))
    assert pairs["Ministry of Defence"] == "กระทรวงกลาโหม"
    assert pairs["Royal Navy"] == "ราชนาวี"
    assert pairs.get("Uber") == "อูเบอร์"  # the English recognizer missed it
    assert "อัลเบอร์ตา" in pairs.get("Consumer Safety Council of Alberta", "")
    assert not (ents["status"] == "added").any()


def test_compare_keeps_a_changed_body_missing() -> None:
    th = TH.replace("กระทรวงกลาโหม", "กระทรวงการคลัง")
    ents = mm.compare(EN, th).entities
    row = ents[ents["src_text"] == "Ministry of Defence"]
    assert list(row["status"]) == ["missing"]


def test_compare_pairs_a_department_named_by_one_word() -> None:
    en = "The former Minister for Justice criticised the plan."
    th = "อดีตรัฐมนตรีกระทรวงยุติธรรมวิจารณ์แผนดังกล่าว"
    ents = mm.compare(en, th).entities
    assert list(zip(ents["src_text"], ents["tgt_text"], ents["status"])) == [
        ("Justice", "กระทรวงยุติธรรม", "matched")]


def test_a_thai_head_the_english_leaves_out_starts_the_span() -> None:
    text = "อดีตรัฐมนตรีกระทรวงยุติธรรมกล่าว"
    words = ["อดีต", "รัฐมนตรี", "กระทรวงยุติธรรม", "กล่าว"]  # one token: no edge before ยุติธรรม
    assert _found("Justice", text, words) == "กระทรวงยุติธรรม"
    assert _found("Interior", text, words) is None


@pytest.mark.parametrize(("thai", "generic"), [
    ("สภานิติบัญญัติ", True), ("สนามบิน", True), ("ภาคใต้", True), ("เทือกเขา", True),
    ("ตะวันออกเฉียงเหนือ", True), ("เดโมแครต", False), ("ยุโรป", False),
    ("นครเคปทาวน์", False), ("เขตไทก้า", False), ("", False)])
def test_is_generic(thai: str, generic: bool) -> None:
    assert is_generic(thai) is generic


def test_compare_does_not_report_a_common_noun_as_an_added_name() -> None:
    en = ("The city's lawmakers voted on Wednesday.\n"
          "He travelled to the south of Denmark last year.")
    th = ("สมาชิกสภานิติบัญญัติของเมืองลงมติเมื่อวันพุธ\n"
          "เขาเดินทางไปยังภาคใต้ของเดนมาร์กเมื่อปีที่แล้ว")
    thai = mm.entities_table(th)
    assert {"สภานิติบัญญัติ", "ภาคใต้"} <= set(thai["text"])  # the Thai model labels them
    ents = mm.compare(en, th).entities
    assert not (ents["status"] == "added").any()
    assert list(ents["tgt_text"][ents["status"] == "matched"]) == ["เดนมาร์ก"]
