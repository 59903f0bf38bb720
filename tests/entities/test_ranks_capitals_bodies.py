"""English police and military ranks before a Thai name, กรุง before a capital's
Thai name, Thai bodies by their Thai abbreviations, and the cached royin
romanization (the same text as PyThaiNLP's)."""

from __future__ import annotations

import pytest

from massmob_nlp.entities.similarity import name_similarity
from massmob_nlp.entities.table import MIN_MATCH_SCORE


@pytest.mark.parametrize(("latin", "thai"), [
    ("Pol Maj Gen Somsak Rungruang", "พล.ต.ต.สมศักดิ์ รุ่งเรือง"),
    ("Lt Col Anan Saengthong", "พ.ท.อนันต์ แสงทอง"),
    ("Comm Ahmad Rizal", "อาหมัด ริซาล"),
])
def test_an_english_rank_is_a_title(latin: str, thai: str) -> None:
    assert name_similarity(latin, thai) >= MIN_MATCH_SCORE


@pytest.mark.parametrize(("latin", "thai"), [
    ("Nairobi", "กรุงไนโรบี"),
    ("Tbilisi", "กรุงทบิลิซี"),
    ("Ulaanbaatar", "กรุงอูลานบาตอร์"),
])
def test_krung_before_a_capital_is_a_place_word(latin: str, thai: str) -> None:
    assert name_similarity(latin, thai) >= MIN_MATCH_SCORE


def test_krung_of_a_name_of_its_own_is_kept() -> None:
    assert name_similarity("Sri", "กรุงศรี") < MIN_MATCH_SCORE
    assert name_similarity("Krungsri", "กรุงศรี") >= MIN_MATCH_SCORE


@pytest.mark.parametrize(("latin", "thai"), [
    ("NESDC", "สภาพัฒน์"),
    ("NESDC", "สศช."),
    ("BAAC", "ธ.ก.ส."),
    ("Government Lottery Office", "สำนักงานสลากฯ"),
    ("Bangkok", "กทม."),
    ("BMA", "กรุงเทพมหานคร"),
])
def test_thai_bodies_by_their_thai_short_names(latin: str, thai: str) -> None:
    assert name_similarity(latin, thai) == 1.0


def test_other_bodies_keep_apart() -> None:
    assert name_similarity("NESDC", "ธ.ก.ส.") < MIN_MATCH_SCORE
    assert name_similarity("BAAC", "สภาพัฒน์") < MIN_MATCH_SCORE


@pytest.mark.parametrize("text", ["สมศักดิ์ รุ่งเรือง", "กรุงเทพมหานคร", "", " ",
                                  "ก  ข", " นายแดง "])
def test_cached_royin_is_pythainlp_royin(text: str) -> None:
    from pythainlp.transliterate import romanize

    from massmob_nlp.entities.vowels import royin

    assert royin(text) == romanize(text, engine="royin")


def _edges(text: str) -> list[int]:
    from pythainlp.tokenize import word_tokenize

    edges, pos = [0], 0
    for token in word_tokenize(text, engine="newmm"):
        pos += len(token)
        edges.append(pos)
    return edges


def test_a_name_search_honours_each_calls_taken_stretches() -> None:
    from massmob_nlp.entities.thai_search import find_in_thai

    text = "คณะนักเรียนเดินทางไปเมืองบริสเบนและเมืองแอดิเลดเมื่อวันเสาร์"
    edges = _edges(text)
    hit = find_in_thai("Brisbane", text, edges)
    assert hit is not None and text[hit[0]:hit[1]] == "บริสเบน"
    taken = [(hit[0], hit[1])]
    assert find_in_thai("Brisbane", text, edges, exclude=taken) is None
    again = find_in_thai("Brisbane", text, edges)  # the taken stretch is not remembered
    assert again == hit
    other = find_in_thai("Adelaide", text, edges, exclude=taken)
    assert other is not None and text[other[0]:other[1]] == "แอดิเลด"
