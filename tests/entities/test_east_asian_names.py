"""East Asian names across a translation: Wade-Giles and Taiwanese spellings (``hs``,
a silent final ``h``, hyphenated given names that are not Vietnamese), pinyin read
without a marker letter and with ü as วี, Japanese names that only look like pinyin,
and, in a comparison, a surname repeated alone or an acronym found by the Thai the
article already gave the full name. All examples are invented for these tests."""

from __future__ import annotations

import massmob_nlp as mm
from massmob_nlp.entities.similarity import name_similarity
from massmob_nlp.entities.sound_keys import sound_key
from massmob_nlp.entities.sounds import sound_similarity
from massmob_nlp.entities.sounds_asia import pinyin_key


def test_wade_giles_spellings() -> None:
    assert sound_similarity("Hsu", "สวี่") >= 0.8 or sound_key("Hsu")[0] == "S"
    assert sound_similarity("Hsieh", "เซี่ย") >= 0.9  # hs is s, final h silent
    assert sound_similarity("Liao", "เลียว") == 1.0  # ียว closes with a glide
    assert name_similarity("Lin Chia-hsin", "หลิน เจียซิน") >= 0.8
    assert name_similarity("Pai Hsin-ih", "ไป๋ ซินอี๋") >= 0.8


def test_silent_final_h_both_sides() -> None:
    assert sound_key("Hannah") == sound_key("ฮันนาห์")
    assert sound_similarity("John", "จอห์น") == 1.0  # an h inside the word is kept


def test_hyphenated_given_name_is_not_vietnamese() -> None:
    assert name_similarity("Kang Min-sok", "คัง มินซก") >= 0.8
    assert name_similarity("Kang Min-sok", "คัง ยองโฮ") < 0.6
    assert name_similarity("Ba Ria-Vung Tau", "บ่าเสียะ-หวุงเต่า") >= 0.6


def test_pinyin_rules() -> None:
    assert pinyin_key("Kinbozan") is None  # k never stands before i in pinyin
    assert name_similarity("Takanozan", "ทาคาโนซัง") >= 0.8
    assert name_similarity("Chen Shenglin", "เฉิน เซิ่งหลิน") >= 0.8  # sh is ซ
    assert name_similarity("Wang Yun", "หวัง อวิ๋น") >= 0.8  # yun as ü
    assert name_similarity("Wang Yun", "หวัง หยุน") >= 0.8  # ... or as u
    assert name_similarity("Zhang Xin", "จาง ซิง") == 0.0  # n and ng stay apart


EN = """Taipei mayor wins party vote

TAIPEI -- Taipei Mayor Lin Chia-hsin won the party's primary on Sunday with \
61 percent of the vote, the Central Electoral Office (CEO) said.

Lin thanked volunteers at a rally in the city's east.

The CEO said turnout was 44 percent, the lowest since 2012.

Lin will face the ruling party's candidate in November."""

TH = """นายกเทศมนตรีไทเปชนะการเลือกตั้งขั้นต้นของพรรค

ไทเป -- หลิน เจียซิน นายกเทศมนตรีกรุงไทเป ชนะการเลือกตั้งขั้นต้นของพรรคเมื่อวันอาทิตย์ \
ด้วยคะแนนเสียงร้อยละ 61 ตามข้อมูลของสำนักงานการเลือกตั้งกลาง

หลินกล่าวขอบคุณอาสาสมัครในการชุมนุมทางตะวันออกของเมือง

สำนักงานฯ ระบุว่ามีผู้มาใช้สิทธิร้อยละ 44 ต่ำที่สุดนับตั้งแต่ปี 2555

หลินจะลงชิงตำแหน่งกับผู้สมัครของพรรครัฐบาลในเดือนพฤศจิกายน"""


def test_surname_and_acronym_found_by_the_full_names_thai() -> None:
    ents = mm.compare(EN, TH).entities
    missing = [str(a) for s, a in zip(ents["status"], ents["src_text"]) if s == "missing"]
    added = [str(b) for s, b in zip(ents["status"], ents["tgt_text"]) if s == "added"]
    assert "Lin" not in missing  # หลินกล่าว: the surname glued to the verb
    assert "CEO" not in missing  # the bracket dropped, then สำนักงานฯ
    assert "สำนักงานฯ" not in added


def test_surname_gone_from_the_thai_is_still_missing() -> None:
    th = TH.replace("หลินกล่าวขอบคุณ", "เขากล่าวขอบคุณ")
    ents = mm.compare(EN, th).entities
    rows = [(str(s), str(a), str(b)) for s, a, b in
            zip(ents["status"], ents["src_text"], ents["tgt_text"])]
    assert any(s == "matched" and a.startswith("Lin") for s, a, _ in rows)
    assert sum(1 for s, a, _ in rows if a == "Lin" and s == "matched") <= 1


EN2 = """Allies hold security talks

The Joint Staff Council (JSC) said the drills would start on Monday.

Seoul's foreign ministry said the talks with Washington went well, the JSC added."""

TH2 = """พันธมิตรจัดการหารือด้านความมั่นคง

สภาเสนาธิการร่วม (JSC) ระบุว่าการซ้อมรบจะเริ่มในวันจันทร์

สภาเสนาธิการร่วมระบุเพิ่มเติมว่า กระทรวงการต่างประเทศเกาหลีใต้ระบุว่าการหารือกับสหรัฐฯ เป็นไปด้วยดี"""


def test_capital_for_its_country_and_acronym_defined_in_thai() -> None:
    ents = mm.compare(EN2, TH2).entities
    rows = {str(a): (str(s), str(b)) for s, a, b in
            zip(ents["status"], ents["src_text"], ents["tgt_text"]) if str(a) != "<NA>"}
    assert rows.get("Seoul", ("", ""))[1] == "เกาหลีใต้"
    assert rows.get("Washington", ("", ""))[1] == "สหรัฐฯ"
    assert all(s == "matched" for a, (s, _) in rows.items() if a == "JSC")


def test_capital_gone_with_its_country_is_missing() -> None:
    th = TH2.replace("กระทรวงการต่างประเทศเกาหลีใต้ระบุว่าการหารือกับสหรัฐฯ เป็นไปด้วยดี",
                     "การหารือเป็นไปด้วยดี")
    ents = mm.compare(EN2, th).entities
    status = {str(a): str(s) for s, a in zip(ents["status"], ents["src_text"])}
    assert status.get("Seoul") == "missing"
    assert status.get("Washington") == "missing"
