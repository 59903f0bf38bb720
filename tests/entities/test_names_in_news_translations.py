"""Names that professional Thai translations of general news keep in other forms:
a Thai name before the English acronym in brackets, a place naming a time zone, a
country added for clarity, a name repeated for *it*, an English loanword, a common
word starting an English sentence, a short name the segmenter cut, titles before a
person's name, Thai spellings of ำ and ห. All examples are invented for these tests."""

from __future__ import annotations

import pytest
from word_edges import word_edges

import massmob_nlp as mm
from massmob_nlp.comparison.entity_brackets import _initials
from massmob_nlp.entities import MIN_MATCH_SCORE, name_similarity
from massmob_nlp.entities.sound_keys import sound_key
from massmob_nlp.entities.sounds import sound_similarity
from massmob_nlp.entities.thai_search import find_in_thai
from massmob_nlp.entities.translated import is_generic
from massmob_nlp.entities.world import find_thai, world_ids


def _rows(en: str, th: str, status: str) -> list[tuple[str, str]]:
    ents = mm.compare(en, th).entities
    ents = ents[ents["status"] == status]
    return [(str(a), str(b)) for a, b in zip(ents["src_text"], ents["tgt_text"])]


def test_initials_of_a_body() -> None:
    assert "ONS" in _initials("Office for National Statistics")
    assert "USGS" in _initials("US Geological Survey")
    assert "BOE" in _initials("Bank of England")


def test_acronym_in_brackets_pairs_the_thai_name_before_it() -> None:
    en = "The Federal Aviation Administration said it would investigate the crash."
    th = "สำนักงานการบินแห่งชาติสหรัฐฯ (FAA) ระบุว่าจะสอบสวนเหตุเครื่องบินตก"
    assert _rows(en, th, "missing") == []
    assert _rows(en, th, "added") == []


def test_english_name_in_brackets_covers_the_thai_name() -> None:
    en = "The Harbour Traders Group said fares would rise by 5% in May."
    th = "กลุ่มผู้ค้าท่าเรือ (Harbour Traders Group) ระบุว่าค่าโดยสารจะเพิ่มขึ้น 5% ในเดือนพฤษภาคม"
    assert _rows(en, th, "added") == []


def test_an_acronym_that_names_no_source_name_is_still_added() -> None:
    en = "The minister said fares would rise by 5% in May."
    th = "รัฐมนตรีกลาโหม (XYZ) ระบุว่าค่าโดยสารจะเพิ่มขึ้น 5% ในเดือนพฤษภาคม"
    assert "XYZ" not in _initials("minister")


def test_a_time_zone_is_not_an_added_place() -> None:
    en = "The final starts at 14:00 BST on Sunday."
    th = "รอบชิงชนะเลิศจะเริ่มเวลา 14.00 น. ตามเวลาอังกฤษในวันอาทิตย์"
    assert _rows(en, th, "added") == []


def test_a_country_the_article_names_may_be_added_for_clarity() -> None:
    en = ("The UK economy grew by 0.3% in May.\n\n"
          "The chancellor said the figures were encouraging.")
    th = ("เศรษฐกิจสหราชอาณาจักรขยายตัว 0.3% ในเดือนพฤษภาคม\n\n"
          "รัฐมนตรีคลังอังกฤษกล่าวว่าตัวเลขดังกล่าวน่ายินดี")
    assert _rows(en, th, "added") == []


def test_a_country_the_article_never_names_is_added() -> None:
    en = "The chancellor said the figures were encouraging."
    th = "รัฐมนตรีคลังเยอรมนีกล่าวว่าตัวเลขดังกล่าวน่ายินดี"
    assert [t for _, t in _rows(en, th, "added")] == ["เยอรมนี"]


def test_a_sentence_start_common_word_is_not_a_missing_name() -> None:
    en = "Turnout was 61%, down from 67% in 2019. Officials said turnout fell in cities."
    th = "มีผู้มาใช้สิทธิ 61% ลดลงจาก 67% ในปี 2562 เจ้าหน้าที่ระบุว่าผู้มาใช้สิทธิในเมืองลดลง"
    assert all(s != "Turnout" for s, _ in _rows(en, th, "missing"))


def test_earth_cut_by_the_segmenter_is_found() -> None:
    text = "ยานอยู่ห่างจากโลกราว 600 ล้านกิโลเมตร"
    edges = word_edges(text, ["ยาน", "อยู่", "ห่าง", "จาก", "โล", "กราว", "600", "ล้าน"])
    assert list(find_thai(text, world_ids("Earth"), boundaries=set(edges)))


@pytest.mark.parametrize(("name", "text", "words", "found"), [
    ("Ortega", "โนวัคแพ้ออร์เตกามาแล้ว", ["โน", "วัค", "แพ้", "ออร์", "เต", "กามา", "แล้ว"],
     "ออร์เตกา"),
    ("Nasa", "หุ่นยนต์ของนาซาลงจอด", ["หุ่นยนต์", "ของ", "นา", "ซาลง", "จอด"], "นาซา")])
def test_a_name_glued_into_the_next_word_is_found(name: str, text: str, words: list[str],
                                                  found: str) -> None:
    hit = find_in_thai(name, text, word_edges(text, words))
    assert hit is not None and text[hit[0]:hit[1]] == found


@pytest.mark.parametrize(("latin", "thai"), [
    ("Prof Tara Spires-Jones", "ศ.ทารา สไปรส์-โจนส์"),
    ("Pushpa Kamal Dahal", "นายกรัฐมนตรีปุษปา กมล ดาฮาล")])
def test_titles_are_left_out(latin: str, thai: str) -> None:
    assert name_similarity(latin, thai) >= MIN_MATCH_SCORE


def test_sara_am_is_a_vowel_and_m() -> None:
    assert sound_key("ถ้ำ") == sound_key("Tham")
    assert sound_similarity("Ramkhamhaeng", "รามคำแหง") == 1.0
    assert sound_similarity("Lewis", "ลูอิส") == 1.0


def test_punctuation_does_not_make_a_common_noun_a_name() -> None:
    assert is_generic("สภาท้องถิ่น:")


def test_an_english_loanword_is_not_an_added_name() -> None:
    en = "Bitcoin fell 10%, and crypto investors sold 5% of their holdings."
    th = "บิตคอยน์ร่วงลง 10% และนักลงทุนคริปโตขายสินทรัพย์ที่ถืออยู่ 5%"
    assert all("คริปโต" not in t for _, t in _rows(en, th, "added"))


def test_a_name_moved_to_another_sentence_is_kept() -> None:
    en = ("A man has been jailed for 14 years for attempting to murder a father.\n\n"
          "The victim spent 11 days in intensive care. The court heard the case "
          "in Manchester on Monday. Police said the man had been drinking all day.\n\n"
          "The judge said the attack was cowardly.")
    th = ("ศาลในแมนเชสเตอร์พิพากษาจำคุกชายคนหนึ่ง 14 ปี ฐานพยายามฆ่าพ่อรายหนึ่ง\n\n"
          "ผู้เสียหายต้องอยู่ในห้องไอซียูนาน 11 วัน ศาลรับฟังคดีเมื่อวันจันทร์ "
          "ตำรวจระบุว่าชายคนนี้ดื่มสุรามาตลอดทั้งวัน\n\n"
          "ผู้พิพากษากล่าวว่าการโจมตีครั้งนี้เป็นการกระทำที่ขี้ขลาด")
    assert all(s != "Manchester" for s, _ in _rows(en, th, "missing"))
    assert all(t != "แมนเชสเตอร์" for _, t in _rows(en, th, "added"))
