"""Thai recognizer spans that name nothing: common nouns of the sky and the globe
(entities/translated.py ``is_generic``) and unit words (comparison/entity_leftovers.py
``_unit_word``). Sentences invented for these tests."""

from __future__ import annotations

import pytest

from massmob_nlp.comparison.entity_leftovers import _unit_word
from massmob_nlp.entities.translated import is_generic


@pytest.mark.parametrize(("thai", "generic"), [
    ("ซีกโลกใต้", True), ("ขั้วโลกเหนือ", True), ("ดาวเคราะห์", True),
    ("ศรีสะเกษ", False), ("ดาวอังคาร", False), ("เชียงราย", False)])
def test_globe_words_are_common_nouns(thai: str, generic: bool) -> None:
    assert is_generic(thai) is generic


@pytest.mark.parametrize(("text", "span", "unit"), [
    ("รถรุ่นนี้ใช้เครื่องยนต์ 1,500 ซีซี ประหยัดน้ำมัน", "ซีซี", True),
    ("เครื่องยนต์ให้กำลัง 120 แรงม้า", "แรงม้า", True),
    ("โรงไฟฟ้าขนาด 700 เมกะวัตต์", "เมกะวัตต์", True),
    ("นายซีซี ลิม กล่าว", "ซีซี ลิม", False)])
def test_unit_words_are_no_names(text: str, span: str, unit: bool) -> None:
    start = text.index(span)
    mention = {"start_char": start, "end_char": start + len(span)}
    assert _unit_word(text, mention) is unit


@pytest.mark.parametrize(("name", "text", "found"), [
    ("Kasetsart University", "ทีมจากมหาวิทยาลัยเกษตรศาสตร์เก็บตัวอย่างฝุ่น", "มหาวิทยาลัยเกษตรศาสตร์"),
    ("Thammasat University", "มหาวิทยาลัยธรรมศาสตร์ขยับขึ้นสามอันดับ", "มหาวิทยาลัยธรรมศาสตร์"),
    ("Mahidol University", "มหาวิทยาลัยธรรมศาสตร์ขยับขึ้นสามอันดับ", None)])
def test_a_body_written_as_one_dictionary_token_is_found(name: str, text: str,
                                                         found: str | None) -> None:
    from pythainlp.tokenize import word_tokenize

    from massmob_nlp.entities.translated import find_translation

    edges = [0]
    for word in word_tokenize(text):
        edges.append(edges[-1] + len(word))
    hit = find_translation(name, text, (0, len(text)), edges)
    assert (None if hit is None else text[hit[0]:hit[1]]) == found
