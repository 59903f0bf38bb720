"""The faster royin romanization gives PyThaiNLP's own strings (issue 13)."""

import random

import pytest

from massmob_nlp.entities.rtgs import _letters, royin_romanize

pythainlp = pytest.importorskip("pythainlp")

NAMES = ["สามารถ", "ภาพยนตร์", "รส ดี", "เศรษฐา ทวีสิน", "กรุงเทพมหานคร", "นครสวรรค์",
         "ฉะเชิงเทรา", "ฤทธิ์", "ฤดูกาล", "กร", "ห", "ไหลหยุน", "เชียงใหม่", "แม่ฮ่องสอน",
         "เวียดนาม", "สำนักงาน", "สํานักงาน", "ธนาคารแห่งประเทศไทย", "ก  ข", "", "ไทย 2567",
         "เกียรติศักดิ์", "กุลวุฒิ วิทิตศานต์", "ลีดส์", "วอลมาร์ต", "เซนส์บิวรีส์"]
"""Thai names and words of news stories, with the spellings that take the rarer
steps: a silenced letter, ฤ, a two-consonant word, a lone ห, ำ written apart, two
spaces, digits."""


def _romanize(text: str) -> str:
    from pythainlp.transliterate import romanize

    return romanize(text, engine="royin")


def test_same_strings_as_pythainlp_on_names() -> None:
    for text in NAMES:
        assert royin_romanize(text) == _romanize(text), text


def test_same_strings_as_pythainlp_on_dictionary_words() -> None:
    from pythainlp.corpus import thai_words

    words = sorted(thai_words())
    for word in random.Random(13).sample(words, 1500):
        assert royin_romanize(word) == _romanize(word), word


def test_a_vowel_pattern_is_skipped_only_for_a_missing_letter() -> None:
    from pythainlp.transliterate import royin

    letters = [_letters(p) for p, _ in royin._VOWELS]
    assert all(letters)  # every pattern holds a letter of its own
    assert _letters("เ([กข])ียว") == frozenset("เียว")
    assert _letters("(a|b)x*") == frozenset()  # not plain letters: never skipped
