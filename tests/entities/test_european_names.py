"""Spanish, French, Portuguese, German and Italian names written in Thai by their
sound (entities/sounds_europe.py) and institutions translated word by word
(data/name_words.tsv). All names pairs and sentences are invented for these tests."""

from __future__ import annotations

import pytest
from word_edges import word_edges

import massmob_nlp as mm
from massmob_nlp.entities import MIN_MATCH_SCORE, name_similarity
from massmob_nlp.entities.thai_search import find_in_thai
from massmob_nlp.entities.sounds_europe import european_keys
from massmob_nlp.entities.translated import find_translation


@pytest.mark.parametrize(("latin", "thai"), [
    # Spanish: j and ge/gi as ฮ or ฆ, ll and ñ as ย/ญ, v as บ, qu, silent h
    ("Jiménez", "ฆิเมเนซ"), ("Jiménez", "ฮิเมเนซ"), ("Juan", "ฮวน"), ("José", "โฆเซ"),
    ("Guillermo", "กิเยร์โม"), ("Sevilla", "เซบิยา"), ("Peña", "เปญญา"),
    ("Joaquín", "โฆอากิน"), ("Javier Milei", "ฮาเบียร์ มิเลย์"),
    # French: j as ฌ, nasal an/on as ง, silent final letters, eau, -ille
    ("Jean-Pierre", "ฌอง-ปิแอร์"), ("Jacques Chirac", "ฌัก ชีรัก"), ("Bordeaux", "บอร์โด"),
    ("Marseille", "มาร์แซย์"), ("Laurent", "โลรองต์"), ("Pierre", "ปีแยร์"),
    ("François", "ฟร็องซัว"), ("Benoît", "เบอนัว"), ("Renault", "เรอโน"),
    # Portuguese: j as ฌ, lh as ลย
    ("João", "ฌูเอา"), ("Coelho", "โกเอลยู"),
    # German: sch, st- as ชต, z as ts, v as f, ü
    ("Müller", "มึลเลอร์"), ("Scholz", "ช็อลทซ์"), ("Stuttgart", "ชตุทท์การ์ท"),
    ("Volkswagen", "ฟ็อลคส์วาเกิน"),
    # Italian: gi/ge as จ, ce/ci as ช, ch/gh hard, gli, gn
    ("Giovanni", "โจวันนี"), ("Giuseppe", "จูเซปเป"), ("Cicerone", "ชีเชโรเน"),
    ("Draghi", "ดรากี"), ("Gigliola", "จิลโยลา"), ("Gnocchi", "ญอกกี"),
])
def test_european_names_match_their_thai_spelling(latin: str, thai: str) -> None:
    assert name_similarity(latin, thai) >= MIN_MATCH_SCORE


@pytest.mark.parametrize(("latin", "thai"), [
    ("Juan Carlos", "ฮวน มานูเอล"), ("Jiménez", "โกเมซ"), ("Jacques Chirac", "ฌัก เดอลอร์"),
    ("Giuseppe Conte", "จูเซปเป ซาลา"), ("Sevilla", "เซโกเบีย"), ("Coelho", "การ์วัลยู"),
    ("John", "ฮวน"), ("Johnson", "ฮวนสัน"),  # English spellings are not read as Spanish
])
def test_european_near_misses_do_not_match(latin: str, thai: str) -> None:
    assert name_similarity(latin, thai) < MIN_MATCH_SCORE


def test_a_language_reads_only_names_it_can_spell() -> None:
    assert european_keys("Smith") == european_keys("Smith")  # cached, deterministic
    assert "HVN" not in european_keys("John")  # hn: no Spanish word
    assert "HVN" in european_keys("Juan")
    assert "CVLTS" in european_keys("Scholz")  # German
    assert "CVSVPV" in european_keys("Giuseppe")  # Italian doubles are allowed
    assert european_keys("") == ()


def test_a_european_name_is_found_in_a_thai_sentence() -> None:
    text = "นายฆิเมเนซกล่าวกับผู้สื่อข่าว"
    edges = [0, 3, 10, 15, 18, 29]
    hit = find_in_thai("Jiménez", text, edges)
    assert hit is not None and text[hit[0]:hit[1]] == "ฆิเมเนซ"


@pytest.mark.parametrize(("name", "words", "expected"), [
    ("Environmental Protection Agency", ["สำนักงาน", "ปกป้อง", "สิ่งแวดล้อม"],
     "สำนักงานปกป้องสิ่งแวดล้อม"),
    ("Civil Aviation Authority", ["สำนักงาน", "การบิน", "พลเรือน"], "สำนักงานการบินพลเรือน"),
    ("Civil Court", ["ศาล", "แพ่ง"], "ศาลแพ่ง"),
    ("Chamber of Commerce", ["หอ", "การค้า"], "หอการค้า"),
    ("Medical Association", ["สมาคม", "การแพทย์"], "สมาคมการแพทย์"),
    ("Children's Hospital", ["โรงพยาบาล", "เด็ก"], "โรงพยาบาลเด็ก"),
    ("Federal Bureau of Investigation", ["สำนักงาน", "สอบสวน", "กลาง"],
     "สำนักงานสอบสวนกลาง"),
    ("Institute for Fiscal Studies", ["สถาบัน", "การศึกษา", "ด้าน", "การคลัง"],
     "สถาบันการศึกษาด้านการคลัง"),
    # near misses: another body of the same kind
    ("Environmental Protection Agency", ["สำนักงาน", "พัฒนา", "สิ่งแวดล้อม"], None),
    ("Civil Court", ["ศาล", "อาญา"], None),
    ("Medical Association", ["สมาคม", "นักข่าว"], None),
])
def test_institutions_translated_by_meaning(name: str, words: list[str],
                                            expected: str | None) -> None:
    body = "".join(words)
    text = f"โฆษก{body}แถลงเมื่อวานนี้"
    hit = find_translation(name, text, (0, len(text)),
                           word_edges(text, ["โฆษก", *words, "แถลง", "เมื่อวานนี้"]))
    assert (None if hit is None else text[hit[0]:hit[1]]) == expected


def test_compare_pairs_a_spanish_name_spelled_by_its_sound() -> None:
    en = "Foreign minister Javier Jiménez said the talks would resume in Madrid."
    th = "นายฆาเบียร์ ฆิเมเนซ รัฐมนตรีต่างประเทศ กล่าวว่าการเจรจาจะเริ่มขึ้นอีกครั้งที่กรุงมาดริด"
    ents = mm.compare(en, th).entities
    person = ents[ents["src_text"].fillna("").str.contains("Jiménez")]
    assert list(person["status"]) == ["matched"]
    assert "ฆิเมเนซ" in str(person["tgt_text"].iloc[0])


def test_short_names_do_not_find_common_words() -> None:
    # Sun is not แสง (light); Vega read with a Spanish b is not พวกเขา (they)
    text = "แสงจากดวงอาทิตย์ส่องลงมา"
    assert find_in_thai("Sun", text, [0, 3, 6, 10, 16, 20, 24]) is None
    text = "พวกเขากล่าวว่าจะกลับมา"
    assert find_in_thai("Vega", text, [0, 3, 6, 10, 14, 16, 22]) is None
    text = "นอกชายฝั่งบาฮากาลิฟอร์เนีย"  # a short Spanish name is still found
    hit = find_in_thai("Baja", text, [0, 3, 10, 14, 26])
    assert hit is not None and text[hit[0]:hit[1]] == "บาฮา"
