"""Name spans cut at an owner in lower case (English) and at a preposition (Thai)."""

import pytest

from massmob_nlp.entities.table import trim_english_span
from massmob_nlp.entities.thai_split import split_person_spans


@pytest.mark.parametrize("text,label,expected", [
    ("agency's Bureau of Water Safety", "ORG", "Bureau of Water Safety"),
    ("the port authority’s Harbour Board", "ORG", "Harbour Board"),
    ("farmers' Rice Growers Union", "ORG", "Rice Growers Union"),
    ("de Gaulle's", "PERSON", "de Gaulle"),
    ("O'Brien Institute", "ORG", "O'Brien Institute"),
])
def test_lower_case_owner_is_no_part_of_the_name(text, label, expected):
    s, e, lab = trim_english_span(text, 0, len(text), label)
    assert (text[s:e], lab) == (expected, label)


@pytest.mark.parametrize("span,rest", [
    ("ดร.วิไล ศรีสุข แห่ง", "มหาวิทยาลัยขอนแก่น กล่าว"),
    ("นายปีเตอร์ โคล จาก", "บริษัทเดลต้า"),
    ("นางสาวมะลิ ทองดี ประจำ", "สถานทูต"),
])
def test_thai_person_ends_before_a_spaced_preposition(span, rest):
    text = span + rest
    got = split_person_spans(text, [(0, len(span), "PERSON", 0.9)])
    assert [text[s:e] for s, e, *_ in got] == [span.rsplit(" ", 1)[0]]


def test_thai_person_ending_in_a_preposition_like_syllable_is_kept():
    text = "นายสมชาย ของดี เดินทางไปเชียงใหม่"  # a surname that starts with ของ
    got = split_person_spans(text, [(0, 14, "PERSON", 0.9)])
    assert [text[s:e] for s, e, *_ in got] == ["นายสมชาย ของดี"]


def test_thai_person_run_into_the_body_after_a_preposition():
    text = "รองศาสตราจารย์ปีเตอร์ โคล แห่งมหาวิทยาลัยลีดส์ กล่าว"
    got = split_person_spans(text, [(0, text.index(" กล่าว"), "PERSON", 0.9)])
    assert [(text[s:e], lab) for s, e, lab, _ in got] == [
        ("รองศาสตราจารย์ปีเตอร์ โคล", "PERSON"), ("มหาวิทยาลัยลีดส์", "ORGANIZATION")]


@pytest.mark.parametrize("text,label,expected", [
    ("ร้านอาหารและโรงแรม", "ORG", True),  # restaurants and hotels
    ("ทุเรียนหมอนทอง", "ORG", True),  # a durian variety
    ("ทุเรียน", "ORG", False),  # one word alone may be a brand (กูเกิล is in the dictionary)
    ("ภาษาอังกฤษ ประวัติศาสตร์", "ORG", True),  # English, history: school subjects
    ("ห้องสมุดและสนามกีฬา", "FAC", True),  # a library and a sports ground
    ("กระทรวงพาณิชย์ไทย", "ORG", False),  # a body's head opens it: a name
    ("ญี่ปุ่น", "ORG", False),  # a country of the world table
    ("แมคเคนซี เทรดดิ้ง", "ORG", False),  # a transliterated company
    ("ทุเรียนหมอนทอง", "PERSON", False),  # people are not judged by the dictionary
    ("Hotels", "ORG", False),
])
def test_thai_organisation_of_dictionary_words_is_a_common_noun(text, label, expected):
    from massmob_nlp.comparison.entity_leftovers import _common_noun

    mention = {"text": text, "label": label, "source": "model", "entity_id": None}
    assert _common_noun(mention) is expected
    assert _common_noun({**mention, "source": "gazetteer"}) is False
