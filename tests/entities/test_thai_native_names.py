"""Thai names romanized in English (entities/sounds_thai.py), the Mc of Scottish and
Irish names (entities/sounds.py) and codes that are not Vietnamese names
(entities/names.py). All examples are invented for these tests (the people are made
up; the places are real)."""

from __future__ import annotations

import pytest

from massmob_nlp.entities import MIN_MATCH_SCORE, name_similarity
from massmob_nlp.entities.similarity import SOUND_MIN_SCORE
from massmob_nlp.entities.sounds import sound_similarity, thai_latin_key
from massmob_nlp.entities.sounds_thai import thai_reading_key


@pytest.mark.parametrize(("latin", "thai"), [
    ("Kiattisak Wongsrisawat", "เกียรติศักดิ์ วงศ์ศรีสวัสดิ์"),
    ("Somsak Boonchuay", "สมศักดิ์ บุญช่วย"),
    ("Sretthaporn Chaiyawan", "เศรษฐพร ไชยวรรณ"),
    ("Pornthip Saengthong", "พรทิพย์ แสงทอง"),
    ("Chulalongkorn", "จุฬาลงกรณ์"),
    ("Sukhumvit", "สุขุมวิท"),
    ("Phuket", "ภูเก็ต"),
    ("Chonburi", "ชลบุรี"),
    ("Nakhon Phanom", "นครพนม"),           # na-khon, pha-nom: no vowel sign written
    ("Sakon Nakhon", "สกลนคร"),
    ("Ratchaprasong", "ราชประสงค์"),          # rat-cha: a compound links its syllables
    ("Weerapol Chaiwirakul", "วีรพล ชัยวีรกูล")])
def test_thai_names_romanized_match(latin: str, thai: str) -> None:
    assert sound_similarity(latin, thai) >= SOUND_MIN_SCORE
    assert name_similarity(latin, thai) >= MIN_MATCH_SCORE


@pytest.mark.parametrize(("latin", "thai"), [
    ("Somsak Boonchuay", "สมชาย บุญช่วย"),     # another given name
    ("Pornthip Saengthong", "พรทิพย์ ทองดี"),  # another surname
    ("Phuket", "พังงา"),
    ("Chonburi", "ชุมพร"),
    ("Kiattisak", "กิตติพงษ์"),
    ("Nakhon Phanom", "นครปฐม"),
    ("Sakon Nakhon", "นครสวรรค์")])
def test_other_thai_names_do_not_match(latin: str, thai: str) -> None:
    assert name_similarity(latin, thai) < MIN_MATCH_SCORE


def test_thai_reading_finals_and_silent_letters() -> None:
    # ษ ending a syllable is t, ร ending one is n, ศ์ is silent, รร is -an-
    assert thai_reading_key("เศรษฐ") == thai_latin_key("Sret")
    assert thai_reading_key("ธาร") == thai_latin_key("Tharn")
    assert thai_reading_key("วงศ์") == thai_latin_key("Wong")
    assert thai_reading_key("วรรณ") == thai_latin_key("Wan")
    assert thai_reading_key("") == ""


@pytest.mark.parametrize(("latin", "thai"), [
    ("Callum McIntyre", "คัลลัม แม็คอินไทร์"),
    ("Fiona McEwen", "ฟิโอนา แม็คอีเวน")])
def test_mc_is_read_mak(latin: str, thai: str) -> None:
    assert name_similarity(latin, thai) >= MIN_MATCH_SCORE


@pytest.mark.parametrize("code", ["A10", "M4", "G7", "A1"])
def test_code_with_digits_is_no_vietnamese_name(code: str) -> None:
    # a road or group code against a Thai stretch of several syllables
    assert name_similarity(code, "ที่เชื่อมเมืองเบอร์มิงแฮม") < MIN_MATCH_SCORE
    assert name_similarity(code, "เชื่อมเมืองเวโรนา") < MIN_MATCH_SCORE


def _edges(text: str) -> list[int]:
    from pythainlp.tokenize import word_tokenize

    out, at = [0], 0
    for w in word_tokenize(text, engine="newmm"):
        at += len(w)
        out.append(at)
    return out


@pytest.mark.parametrize(("name", "text", "found"), [
    ("Ikea", "ร้านอีเกียสาขาใหม่เปิดวันนี้", "อีเกีย"),
    ("Eisai", "บริษัทเอไซของญี่ปุ่นแถลงผลการทดลอง", "เอไซ"),
    ("Ikea", "นกอีกาเกาะอยู่บนหลังคา", None),       # a Thai word (crow), not the name
    ("Asia", "ครอบครัวนี้อาศัยอยู่ในเมือง", None)])  # a Thai word (to live)
def test_name_of_one_consonant_found_only_as_no_thai_word(name: str, text: str,
                                                          found: str | None) -> None:
    from massmob_nlp.entities.thai_search import find_in_thai

    hit = find_in_thai(name, text, _edges(text))
    assert (text[hit[0]:hit[1]] if hit else None) == found


@pytest.mark.parametrize(("latin", "thai", "same"), [
    ("Next", "เน็กซ์", True),        # Thai ends the xt of the retailer on ซ์
    ("Textron", "เท็กซ์ตรอน", True),
    ("Next", "เน็กซ์ซัส", False)])   # another name (Nexus)
def test_final_st_may_lose_its_t(latin: str, thai: str, same: bool) -> None:
    assert (name_similarity(latin, thai) >= MIN_MATCH_SCORE) is same
    assert (sound_similarity(latin, thai) >= SOUND_MIN_SCORE) is same


@pytest.mark.parametrize(("latin", "thai", "same"), [
    ("Đinh Tiến Dũng", "ดิงห์ เตี๊ยน หยุ่ง", True),   # nh written งห์
    ("Lê Thanh Hải", "เล ทันห์ ไห่", True),             # nh written นห์
    ("Đinh Tiến Dũng", "ลิงห์ เตี๊ยน หยุ่ง", False)])  # another first syllable
def test_vietnamese_nh_in_any_thai_spelling(latin: str, thai: str, same: bool) -> None:
    assert (name_similarity(latin, thai) >= MIN_MATCH_SCORE) is same


def test_demonyms_of_a_person_name_the_country() -> None:
    from massmob_nlp.entities.world import world_ids

    assert world_ids("Englishman") == world_ids("England")
    assert world_ids("Dutchwoman") == world_ids("Netherlands")
    assert world_ids("Asiatic") == world_ids("Asia")


@pytest.mark.parametrize(("thai", "generic"), [
    ("สหภาพกล่าว", True),       # the union said: the recognizer ran into the verb
    ("หมู่บ้านประมงเล็ก", False),  # หมู่บ้าน is no word of the lexicon
    ("เมืองประมงเล็ก", True),
    ("สำนักโพล", True),
    ("สมาคมกล่าวหา", False)])   # กล่าวหา (to accuse) is not กล่าว
def test_common_words_of_thai_mentions(thai: str, generic: bool) -> None:
    from massmob_nlp.entities.translated import is_generic

    assert is_generic(thai) is generic


def test_regulator_and_tube_found_by_translation() -> None:
    from massmob_nlp.entities.translated import find_translation

    text = "สำนักงานกำกับกิจการท่าเรือและถนนเปิดเผยว่า ผู้ใช้รถไฟใต้ดินเพิ่มขึ้น"
    edges = _edges(text)
    hit = find_translation("Office of Ports and Roads", text, (0, len(text)), edges)
    assert hit is not None and text[hit[0]:hit[1]] == "สำนักงานกำกับกิจการท่าเรือและถนน"
    hit = find_translation("Tube", text, (0, len(text)), edges)
    assert hit is not None and text[hit[0]:hit[1]] == "รถไฟใต้ดิน"


def test_thai_reading_needs_a_whole_name() -> None:
    from massmob_nlp.entities.thai_search import find_in_thai

    assert sound_similarity("Ryder", "รวด") < SOUND_MIN_SCORE  # a short name, a Thai word
    text = "ประธานาธิบดีกล่าวว่าชนะรวดสามเกม"
    for latin in ("Ryder", "Turnout"):  # Turnout read as ธานาธิบ, inside ประธานาธิบดี
        assert find_in_thai(latin, text, _edges(text)) is None


@pytest.mark.parametrize(("latin", "thai", "same"), [
    ("Tucson", "เมืองทูซอน", True),     # the word for town before the name
    ("Kent", "เกาะเคนต์", True),
    ("Tucson", "เมืองทาโคมา", False)])
def test_place_word_before_a_thai_place_name(latin: str, thai: str, same: bool) -> None:
    assert (name_similarity(latin, thai) >= MIN_MATCH_SCORE) is same
