"""A Thai organisation span never runs into a verb of fearing or wanting: พรรค + verb
is *the party* + its verb, no party name."""

import pytest

from massmob_nlp.entities.thai_split import cut_clause_words


@pytest.mark.parametrize(("text", "span"), [
    ("ทีมงานของพรรคกังวลเรื่องค่าครองชีพ", "พรรคกังวล"),
    ("สมาชิกของสมาคมต้องการให้ลดภาษี", "สมาคมต้องการ"),
])
def test_a_verb_after_a_body_word_is_cut_off(text: str, span: str) -> None:
    start = text.index(span)
    out = cut_clause_words(text, [(start, start + len(span), "ORGANIZATION", 0.9)])
    assert all(text[a:b] not in (span,) and "กังวล" not in text[a:b] and
               "ต้องการ" not in text[a:b] for a, b, *_ in out)


def test_a_party_name_is_kept() -> None:
    text = "ผู้สมัครจากพรรคประชาธิปัตย์ลงพื้นที่"
    span = "พรรคประชาธิปัตย์"
    start = text.index(span)
    out = cut_clause_words(text, [(start, start + len(span), "ORGANIZATION", 0.9)])
    assert [text[a:b] for a, b, *_ in out] == [span]
