"""Names of general (non-Vietnamese) news across English→Thai translation: the
transliteration skeletons (entities/sounds.py), the world table (entities/world.py)
and the entities table of compare(). All examples are invented for these tests."""

from __future__ import annotations

import pytest
from word_edges import word_edges

import massmob_nlp as mm
from massmob_nlp.entities import MIN_MATCH_SCORE, name_similarity
from massmob_nlp.entities.similarity import SOUND_MIN_SCORE
from massmob_nlp.entities.sound_keys import sound_key
from massmob_nlp.entities.sounds import sound_similarity
from massmob_nlp.entities.thai_search import find_in_thai, spell_acronym
from massmob_nlp.entities.world import core_names, name_core, same_place, world_entries, world_ids


@pytest.mark.parametrize(("latin", "thai"), [
    ("Mike Coupe", "ไมค์ คูป"), ("Leeds", "ลีดส์"), ("Walmart", "วอลมาร์ต"),
    ("Sainsbury", "เซนส์บิวรีส์"), ("Peter Collins", "ปีเตอร์ คอลลินส์"),
    ("Greta Lindqvist", "เกรตา ลินด์ควิสต์"), ("Erik Solheim", "อีริค โซลไฮม์"),
    ("George", "จอร์จ"), ("Victoria", "วิกตอเรีย"), ("Price", "ไพรซ์"),
    ("Rachel Hughes", "เรเชล ฮิวส์")])
def test_transliterations_match(latin: str, thai: str) -> None:
    assert sound_similarity(latin, thai) >= SOUND_MIN_SCORE
    assert name_similarity(latin, thai) >= MIN_MATCH_SCORE


@pytest.mark.parametrize(("latin", "thai"), [
    ("Mark Avery", "ไมค์ เอเวอรี่"),        # same surname, another given name
    ("Mike Coupe", "มาร์ค คูเปอร์"),
    ("John Smith", "จอร์จ สมิธ"),
    ("Peter Collins", "ปีเตอร์ คอนเนอร์"),
    ("Leeds", "ลิเวอร์พูล"),
    ("Harry", "แฮร์ริส"),                  # a final ส that is pronounced counts
    ("Catholic Union", "คาทอลิก ทีนา อัน"),  # a Thai span running into the next name
    ("Mark", "ไมค์")])
def test_near_misses_do_not_match(latin: str, thai: str) -> None:
    assert name_similarity(latin, thai) < MIN_MATCH_SCORE


def test_skeletons_are_shared_by_both_scripts() -> None:
    assert sound_key("Mike Coupe") == sound_key("ไมค์ คูป") == "MVK KVP"
    assert sound_key("ลีดส์").endswith("s")  # silent possessive/plural s is marked
    assert sound_key("") == ""


@pytest.mark.parametrize(("latin", "thai"), [
    ("UK", "สหราชอาณาจักร"), ("the UK's", "อังกฤษ"), ("British", "อังกฤษ"),
    ("Germany", "เยอรมนี"), ("UN", "ยูเอ็น"), ("United Nations", "สหประชาชาติ"),
    ("EU", "สหภาพยุโรป"), ("US", "สหรัฐฯ"), ("Americans", "ชาวอเมริกัน"),
    ("France", "ประเทศฝรั่งเศส")])
def test_world_names_match(latin: str, thai: str) -> None:
    assert same_place(latin, thai)
    assert name_similarity(latin, thai) == 1.0


@pytest.mark.parametrize(("latin", "thai"), [
    ("France", "เยอรมนี"), ("Austria", "ออสเตรเลีย"), ("Sweden", "สวิตเซอร์แลนด์"),
    ("Smithfield", "อังกฤษ")])
def test_world_names_do_not_cross(latin: str, thai: str) -> None:
    assert not same_place(latin, thai)


def test_world_table_rows_are_unique_and_complete() -> None:
    entries = world_entries()
    assert len(entries) > 150
    assert len({e.entity_id for e in entries}) == len(entries)
    assert all(e.th_variants and e.canonical for e in entries)
    assert world_ids("England") & world_ids("อังกฤษ")  # one Thai name, several rows
    assert world_ids("United Kingdom") & world_ids("อังกฤษ")


@pytest.mark.parametrize(("name", "core"), [
    ("Severn River", "Severn"), ("Glasgow School of Art", "Glasgow Art"),
    ("U.S. Supreme Court", "U.S. Supreme"), ("Oxford", ""), ("Royal Society", "")])
def test_name_core(name: str, core: str) -> None:
    assert name_core(name) == core


def test_core_names_try_the_distinctive_words_last() -> None:
    assert core_names("Glasgow School of Art") == ["Glasgow School of Art", "Glasgow Art",
                                                   "Glasgow", "Art"]
    assert core_names("Oxford") == ["Oxford"]


def test_find_in_thai_splits_merged_names() -> None:
    text = "เซนส์บิวรีส์และแอสดาตกลงควบรวมกิจการ"
    edges = word_edges(text, ["เซนส์", "บิว", "รีส์", "และ", "แอส", "ดา", "ตกลง", "ควบรวม",
                          "กิจการ"])
    hit = find_in_thai("Sainsbury", text, edges)
    assert hit is not None and text[hit[0]:hit[1]] == "เซนส์บิวรีส์"
    hit = find_in_thai("Asda", text, edges)
    assert hit is not None and text[hit[0]:hit[1]] == "แอสดา"


def test_find_in_thai_refuses_function_words_and_short_near_misses() -> None:
    text = "การประชุมจัดขึ้นที่สถาบันแห่งนี้"
    edges = word_edges(text, ["การ", "ประชุม", "จัด", "ขึ้น", "ที่", "สถาบัน", "แห่ง", "นี้"])
    assert find_in_thai("Curie", text, edges) is None
    assert find_in_thai("Li", text, edges) is None  # one consonant: never searched


EN = ("Morrisons and Tesco agreed a new deal with farmers in Yorkshire.\n"
      "Greta Lindqvist, a spokeswoman for the National Farmers' Union, said Britain "
      "needed more milk.\n"
      "The European Union will review the deal in Brussels next month.")
TH = ("มอร์ริสันส์และเทสโก้ตกลงทำข้อตกลงใหม่กับเกษตรกรในยอร์กเชียร์\n"
      "เกรตา ลินด์ควิสต์ โฆษกสหภาพเกษตรกรแห่งชาติ กล่าวว่าอังกฤษต้องการนมมากขึ้น\n"
      "สหภาพยุโรปจะทบทวนข้อตกลงนี้ที่กรุงบรัสเซลส์ในเดือนหน้า")


@pytest.fixture(scope="module")
def article_entities() -> object:
    return mm.compare(EN, TH).entities


def test_compare_pairs_the_names_of_a_general_news_article(article_entities: object
                                                           ) -> None:
    ents = article_entities
    matched = dict(zip(ents["src_text"][ents["status"] == "matched"],  # type: ignore[index]
                       ents["tgt_text"][ents["status"] == "matched"]))  # type: ignore[index]
    for src, tgt in [("Tesco", "เทสโก้"), ("Yorkshire", "ยอร์กเชียร์"),
                     ("Greta Lindqvist", "เกรตา ลินด์ควิสต์"), ("Britain", "อังกฤษ"),
                     ("The European Union", "สหภาพยุโรป"), ("Brussels", "บรัสเซลส์")]:
        assert any(s in (src, src.removeprefix("The ")) and t and tgt in t
                   for s, t in matched.items()), (src, matched)


def test_compare_keeps_a_changed_person_missing() -> None:
    th = TH.replace("เกรตา ลินด์ควิสต์", "ฮันนา เบิร์กสตรอม")
    ents = mm.compare(EN, th).entities
    row = ents[ents["src_text"] == "Greta Lindqvist"]
    assert list(row["status"]) == ["missing"]
    assert not ents["tgt_text"].fillna("").str.contains("ลินด์ควิสต์").any()


@pytest.mark.parametrize(("name", "spellings"), [
    ("RHS", ["อาร์เอชเอส", "อาร์เฮชเอส"]), ("U.S.", ["ยูเอส"]), ("Sami", []),
    ("ABCDEFGH", [])])
def test_spell_acronym(name: str, spellings: list[str]) -> None:
    assert spell_acronym(name) == spellings


def test_acronyms_match_their_letter_names_only() -> None:
    assert name_similarity("BA", "บีเอ") == 1.0
    assert name_similarity("BA", "บีบีซี") < MIN_MATCH_SCORE


@pytest.mark.parametrize(("name", "words", "names"), [
    ("Paul VI", False, ["Paul VI", "Paul"]),
    ("Prince Henry", False, ["Prince Henry", "Henry"]),
    ("Moravian", True, ["Moravian", "Moravia"]),
    ("Richard Plantagenet", False, ["Richard Plantagenet"])])
def test_core_names(name: str, words: bool, names: list[str]) -> None:
    assert core_names(name, words=words) == names


def test_compare_finds_acronyms_titles_and_lower_case_heads() -> None:
    en = ("The RHS and NATO held talks in Oslo on Monday.\n"
          "Prince Henry, a pro-Brussels campaigner, praised Paul VI.")
    th = ("อาร์เอชเอสและนาโตหารือกันที่ออสโลเมื่อวันจันทร์\n"
          "เจ้าชายเฮนรี่ นักรณรงค์ที่สนับสนุนบรัสเซลส์ ยกย่องพระสันตะปาปาพอลที่หก")
    ents = mm.compare(en, th).entities
    pairs = dict(zip(ents["src_text"], ents["tgt_text"]))
    assert pairs["RHS"] == "อาร์เอชเอส"
    assert pairs["NATO"] == "นาโต"
    assert pairs["Oslo"] == "ออสโล"
    assert pairs["Prince Henry"] == "เฮนรี่"
    assert pairs["pro-Brussels"] == "บรัสเซลส์"
    assert (ents["status"] == "matched").all()


@pytest.mark.parametrize(("latin", "thai"), [
    ("Mercury", "ดาวพุธ"), ("Ivory Coast", "โกตดิวัวร์"), ("Lunar New Year", "ตรุษจีน"),
    ("Tet", "เทศกาลเต๊ต"), ("Southeast Asian Games", "ซีเกมส์")])
def test_names_thai_renders_by_meaning_are_in_the_world_table(latin: str, thai: str) -> None:
    assert same_place(latin, thai)
