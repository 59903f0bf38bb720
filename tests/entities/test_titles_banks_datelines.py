"""Names across a news translation: pinyin ü inside a word (entities/sounds_asia.py),
Thai titles, ranks and quoted nicknames before a name and banks named with their
Thai head (entities/similarity.py), the silent ห before a Vietnamese syllable
(entities/names.py), acronyms of common words and datelines in capitals
(entities/english_spans.py), translated party names (data/name_words.tsv) and the
search windows across Thai sentences the aligner left alone
(comparison/entity_search.py). All names and sentences are invented for these tests."""

from __future__ import annotations

from typing import Any

import pandas as pd
import pytest
from word_edges import word_edges

from massmob_nlp.comparison.entity_search import _bead_windows
from massmob_nlp.entities import MIN_MATCH_SCORE, name_similarity
from massmob_nlp.entities.english_spans import common_acronyms, in_caps_dateline
from massmob_nlp.entities.sounds_asia import pinyin_keys
from massmob_nlp.entities.translated import find_translation
from massmob_nlp.entities.world import core_names


@pytest.mark.parametrize("latin, thai", [
    ("Chen Yuqing", "เฉิน อวี้ชิง"), ("Li Yuxin", "หลี่ อวี้ซิน"), ("Zhao Yuqin", "จ้าว อวี้ฉิน")])
def test_a_pinyin_u_umlaut_starting_a_word_reads_as_thai_wi(latin: str, thai: str) -> None:
    assert name_similarity(latin, thai) >= 0.85


def test_each_u_umlaut_is_read_either_way() -> None:
    keys = pinyin_keys("Xu Yunhe")
    assert len(keys) == 4  # xu and yun each as u or as ü
    assert name_similarity("Xu Yunhe", "สวี หยุนเหอ") >= 0.95
    assert name_similarity("Chen Yaqing", "เฉิน อวี้ชิง") < MIN_MATCH_SCORE


@pytest.mark.parametrize("latin, thai", [
    ("Somsak Wongsawat", "พ.ต.อ.สมศักดิ์ วงศ์สวัสดิ์"),  # a police rank
    ("Mary Jones", "พญ.แมรี่ โจนส์"),  # a woman doctor
    ("Tran Duc Anh", "กัปตันเจิ่น ดึ๊ก แอ็ง"),  # a team captain
    ("Porntip Saeheng", '"ปอ" พรทิพย์ แซ่เฮง'),  # a nickname in quotes
    ("Porntip Saeheng", "“ปอ” พรทิพย์ แซ่เฮง")])
def test_a_thai_title_rank_or_nickname_before_the_name(latin: str, thai: str) -> None:
    assert name_similarity(latin, thai) >= 0.9


@pytest.mark.parametrize("latin, thai", [
    ("Nguyen Van Manh", "เหงียน วัน แหม่ง"), ("Nguyen Van Long", "เหงียน วัน หลง"),
    ("Pham Thi Ngoc", "ฝ่าม ถิ หง็อก")])
def test_a_silent_h_before_a_vietnamese_sonorant_is_the_same_syllable(latin: str,
                                                                        thai: str) -> None:
    assert name_similarity(latin, thai) >= 0.9


def test_the_silent_h_does_not_make_other_syllables_alike() -> None:
    assert name_similarity("Nguyen Van Minh", "เหงียน วัน แหม่ง") < MIN_MATCH_SCORE


def test_a_bank_and_its_thai_name_with_the_head() -> None:
    assert name_similarity("Kasikornbank", "ธนาคารกสิกรไทย") >= 0.9
    assert name_similarity("Bangkok Bank", "ธนาคารกรุงเทพ") >= 0.9
    assert name_similarity("Bangkok", "ธนาคารกรุงเทพ") < MIN_MATCH_SCORE  # a city, no bank
    assert name_similarity("Kasikornbank", "ธนาคารกรุงไทย") < MIN_MATCH_SCORE
    assert "Vietcom Bank" in core_names("Vietcombank")


def test_a_glued_bank_is_found_by_its_translation() -> None:
    thai = "หุ้นธนาคารกสิกรไทยปรับขึ้นในวันนี้"
    edges = word_edges(thai, ["หุ้น", "ธนาคาร", "กสิกร", "ไทย", "ปรับ", "ขึ้น", "ใน", "วันนี้"])
    hit = find_translation("Kasikorn Bank", thai, (0, len(thai)), edges)
    assert hit is not None and thai[hit[0]:hit[1]].startswith("ธนาคาร")


def test_a_party_named_for_the_left_is_found_in_thai() -> None:
    thai = "พรรคฝ่ายซ้ายได้ที่นั่งเพิ่มขึ้น"
    edges = word_edges(thai, ["พรรค", "ฝ่าย", "ซ้าย", "ได้", "ที่นั่ง", "เพิ่มขึ้น"])
    hit = find_translation("Left", thai, (0, len(thai)), edges)
    assert hit is not None and "ซ้าย" in thai[hit[0]:hit[1]]
    assert find_translation("Left", "พรรคเขียวได้ที่นั่ง", (0, 19),
                            word_edges("พรรคเขียวได้ที่นั่ง", ["พรรค", "เขียว", "ได้", "ที่นั่ง"])) is None


def test_acronyms_of_common_words_are_no_names() -> None:
    text = ("Clinics treated 512 children for hand, foot and mouth disease (HFMD) in May. "
            "The Ministry of Health (MoH) said non-communicable diseases (NCDs) and "
            "electric vehicles (EVs) were on its list.")
    found = common_acronyms(text)
    assert {"HFMD", "NCDs", "EVs"} <= found
    assert "MoH" not in found  # capitalised words: a body's name


def test_a_dateline_in_capitals_is_a_place_not_a_speaker() -> None:
    text = "HAI PHONG — The port handled more boxes.\n\nKOTA BHARU: Rain fell all day."
    assert in_caps_dateline(text, 0, 0, 9)
    k = text.index("KOTA")
    assert in_caps_dateline(text, k, k, k + 10)
    qa = "LE VAN AN: We will build it.\n\nQ: When?\n\nLE VAN AN: Next year."
    assert not in_caps_dateline(qa, 0, 0, 9)  # a speaker label comes back
    prose = "Hai Phong — the port handled more boxes."
    assert not in_caps_dateline(prose, 0, 0, 9)


class _Ctx:
    def __init__(self, beads: list[tuple[tuple[int, ...], tuple[int, ...]]]) -> None:
        self.sent = pd.DataFrame({"bead_id": range(len(beads)),
                                  "src_ids": [s for s, _ in beads],
                                  "tgt_ids": [t for _, t in beads]})
        self.sent_para: dict[int, int] = {}


def test_search_windows_cross_thai_sentences_left_alone() -> None:
    # a headline (bead 0), two Thai subtitle sentences the aligner left alone, then prose
    ctx: Any = _Ctx([((0,), (0,)), ((), (1,)), ((), (2,)), ((1,), (3,)), ((2,), (4,))])
    windows = _bead_windows(ctx, {"bead": 0, "pbead": -1})
    assert windows[-1] == [1, 2, 3]  # the lone sentences and the next pair, not bead 4
    plain: Any = _Ctx([((0,), (0,)), ((1,), (1,)), ((2,), (2,))])
    assert _bead_windows(plain, {"bead": 0, "pbead": -1})[-1] == [1]


@pytest.mark.parametrize("latin, thai", [
    ("Cai Lan", "ท่าเรือก๋ายลาน"), ("My Dinh Stadium", "สนามกีฬามีดิ่ญ")])
def test_a_port_or_stadium_word_before_a_vietnamese_place(latin: str, thai: str) -> None:
    assert name_similarity(latin, thai) >= 0.9


def test_a_thai_person_with_one_name_more_than_the_english() -> None:
    from massmob_nlp.comparison.entity_scores import _first_names_scores

    src = [{"text": "Hamid Bakar", "label": "PERSON"}, {"text": "Rosli Jamil", "label": "PERSON"}]
    tgt = [{"text": "ตันสรี ฮามิด บาการ์ ยูซอฟ", "label": "PERSON"}]
    out: dict[tuple[int, int], float] = {}
    _first_names_scores(src, tgt, out)
    assert (0, 0) in out and (1, 0) not in out
