"""Names in structured pages (fixture lists, speeches, portals with menus and tools):
weekdays before a date, salutations, page tools and language menus, amounts per unit
(entities/english_spans.py, entities/table.py), Thai common nouns cut short by ฯ or
joined by a slash (entities/translated.py), a Thai decree number after a bare space
(entities/rules.py), initials spelled in Thai letter names and Malaysian titles
(entities/similarity.py). All sentences are invented for these tests."""

from __future__ import annotations

import pytest

from massmob_nlp.entities import MIN_MATCH_SCORE, name_similarity
from massmob_nlp.entities.english_spans import is_english_name, weekday_before_date
from massmob_nlp.entities.rules import _BARE_LAW_TH_RE
from massmob_nlp.entities.translated import is_generic


def test_a_weekday_before_a_date_is_no_name() -> None:
    text = "Sun, Dec 6: Laos v Myanmar. Fri 12 June: final. The Sun reported it."
    assert weekday_before_date(text, 0, 3)
    k = text.index("Fri")
    assert weekday_before_date(text, k, k + 3)
    k = text.index("Sun reported")
    assert not weekday_before_date(text, k, k + 3)  # the newspaper


@pytest.mark.parametrize("span", ["Excellencies", "A+ Send", "Aa Print",
                                  "English Français Русский", "VND per month"])
def test_page_furniture_and_salutations_are_no_names(span: str) -> None:
    assert not is_english_name(span)


@pytest.mark.parametrize("span", ["English Premier League", "Send Foundation", "Laos"])
def test_names_near_furniture_stay(span: str) -> None:
    assert is_english_name(span)


@pytest.mark.parametrize("thai", ["สมาชิกสภาฯ", "ประเทศ/ดินแดน", "เขตพิเศษ"])
def test_thai_common_nouns_cut_short_or_joined_are_generic(thai: str) -> None:
    assert is_generic(thai)


def test_a_thai_name_cut_short_stays_a_name() -> None:
    assert not is_generic("กรุงเทพฯ")


@pytest.mark.parametrize("text, found", [
    ("หนึ่งปีหลังพระราชกฤษฎีกา 45 อุบัติเหตุลดลง", "พระราชกฤษฎีกา 45"),
    ("ตามคำสั่ง 23", "คำสั่ง 23"),
    ("แท็ก: พระราชกฤษฎีกา 45 road safety", "พระราชกฤษฎีกา 45"),  # a tag list
    ("ที่ประชุมออกมติ 3 ฉบับ", None),  # three resolutions: a count
    ("รัฐบาลออกประกาศ 2 เรื่อง", None)])
def test_a_thai_decree_number_after_a_bare_space(text: str, found: str | None) -> None:
    m = _BARE_LAW_TH_RE.search(text)
    assert (m.group(0) if m else None) == found


def test_initials_spelled_in_thai_letter_names() -> None:
    assert name_similarity("SCG Muangthong", "เอสซีจี เมืองทอง") >= 0.9
    assert name_similarity("PT Prachuap", "พีที ประจวบ") >= 0.9
    assert name_similarity("SCG Muangthong", "พีที เมืองทอง") < MIN_MATCH_SCORE


@pytest.mark.parametrize("latin, thai", [
    ("Rahman Ali", "ตันสรี ราห์มาน อาลี"), ("Lim Boon Keat", "ดาโต๊ะ ศรี ลิม บุน เคียต"),
    ("Chanathip Songkrasin", "จากชนาธิป สรงกระสินธุ์")])
def test_malaysian_titles_and_a_glued_preposition_before_a_name(latin: str,
                                                                thai: str) -> None:
    assert name_similarity(latin, thai) >= 0.85


def test_a_thai_place_in_rtgs_with_a_word_initial_ng() -> None:
    assert name_similarity("Nong Ngu Hao", "หนองงูเห่า") >= 0.85  # งู is one sound
    assert name_similarity("Nong Ngu Hao", "หนองคาย") < MIN_MATCH_SCORE


def test_a_terminal_named_by_its_direction_is_found_in_thai_words() -> None:
    from word_edges import word_edges

    from massmob_nlp.entities.translated import find_translation

    thai = "สนามบินจะเปิดส่วนต่อขยายด้านทิศตะวันตกปีหน้า"
    edges = word_edges(thai, ["สนามบิน", "จะ", "เปิด", "ส่วนต่อ", "ขยาย", "ด้าน", "ทิศตะวันตก",
                              "ปี", "หน้า"])
    hit = find_translation("West Expansion", thai, (0, len(thai)), edges)
    assert hit is not None and thai[hit[0]:hit[1]] == "ส่วนต่อขยายด้านทิศตะวันตก"


def test_office_holders_in_the_plural_are_no_body() -> None:
    assert not is_english_name("Ministers of Finance")
    assert not is_english_name("Governors of Central Banks")
    assert is_english_name("Ministry of Finance")
    assert is_english_name("Council of Ministers")


@pytest.mark.parametrize("name, thai, found", [
    ("Region III", "ค่าจ้างในเขต 3 ปรับขึ้น", "เขต 3"),
    ("Phase II", "โครงการระยะที่ 2 เริ่มแล้ว", "ระยะที่ 2"),
    ("Region III", "ค่าจ้างในเขต 4 ปรับขึ้น", None)])
def test_a_roman_numeral_ending_a_name_is_its_number_in_thai(name: str, thai: str,
                                                              found: str | None) -> None:
    from massmob_nlp.entities.translated import find_translation

    edges = sorted({0, len(thai), *(i for i, c in enumerate(thai) if c == " "),
                    *(i + 1 for i, c in enumerate(thai) if c == " "),
                    thai.find("เขต") + 3 if "เขต" in thai else 0,
                    thai.find("ระยะ") + 4 if "ระยะ" in thai else 0,
                    thai.find("ที่") if "ระยะที่" in thai else 0,
                    thai.find("ใน") + 2 if "ใน" in thai else 0})
    hit = find_translation(name, thai, (0, len(thai)), edges)
    assert (thai[hit[0]:hit[1]] if hit else None) == found


def test_a_law_head_alone_before_its_title_names_nothing() -> None:
    from massmob_nlp.entities.english_spans import names_nothing_here

    text = "Deputies passed a new Law on Data. Law said the vote was close."
    k = text.index("Law on")
    assert names_nothing_here(text, k, k + 3)
    k = text.index("Law said")
    assert not names_nothing_here(text, k, k + 3)  # a person called Law


def test_a_participle_starting_a_sentence_is_no_person() -> None:
    from massmob_nlp.comparison.entity_source_checks import _common_word_model

    text = "The club won. Naturalised striker Ha Duc scored twice."
    k = text.index("Naturalised")
    mention = {"text": "Naturalised", "start_char": k, "source": "model", "label": "PERSON"}
    assert _common_word_model(mention, text, frozenset())
    k = text.index("Ha Duc")
    assert not _common_word_model({**mention, "text": "Ha Duc", "start_char": k}, text,
                                  frozenset())


@pytest.mark.parametrize("text", ["คณะกรรมการมีมติ 5 ต่อ 2 ให้ลดดอกเบี้ย",
                                  "ที่ประชุมลงมติ 7 เสียงเห็นชอบ"])
def test_a_vote_is_no_resolution(text: str) -> None:
    assert _BARE_LAW_TH_RE.search(text) is None
