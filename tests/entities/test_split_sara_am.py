"""Sara am written as nikhahit + sara aa (ํา for ำ, as older fonts and PDFs store it):
names compare as if written ำ, offsets stay on the text as given."""

from __future__ import annotations

import warnings

import pytest

import massmob_nlp as mm
from massmob_nlp._text import SPLIT_AM, JoinedAm, join_sara_am
from massmob_nlp.entities import name_similarity
from massmob_nlp.entities.names import thai_key
from massmob_nlp.entities.sound_keys import sound_key
from massmob_nlp.entities.translated import find_translation, is_generic
from massmob_nlp.entities.world import find_thai, world_ids


def split(text: str) -> str:
    return text.replace("\u0e33", SPLIT_AM)


def test_joined_copy_maps_offsets_both_ways() -> None:
    given = "ab" + split("ดำน้ำคำ") + "c"
    joined = JoinedAm(given)
    assert SPLIT_AM not in joined.text and len(joined.text) == len(given) - 3
    for i in range(len(joined.text) + 1):
        assert joined.joined(joined.given(i)) == i
    assert join_sara_am("สํานัก") == "สำนัก"
    assert join_sara_am("สำนัก") == "สำนัก"


@pytest.mark.parametrize("thai", ["ทะเลดำ", "ทำเนียบขาว", "ไหหลำ"])
def test_world_names_written_with_split_am(thai: str) -> None:
    assert world_ids(thai)
    assert world_ids(split(thai)) == world_ids(thai)


def test_world_search_keeps_offsets_on_the_given_text() -> None:
    text = split("เรือประมงสองลำแล่นเข้าสู่ทะเลดำเมื่อคืนวันเสาร์")
    ids = world_ids("Black Sea")
    hits = list(find_thai(text, ids))
    assert [text[s:e] for s, e, _ in hits] == [split("ทะเลดำ")]


def test_keys_and_scores_ignore_the_spelling() -> None:
    assert thai_key(split("คำรณ")) == thai_key("คำรณ")
    assert sound_key(split("แฮมเบิร์กคำ")) == sound_key("แฮมเบิร์กคำ")
    assert name_similarity("Kham", split("คำ")) == name_similarity("Kham", "คำ")
    assert is_generic(split("สำนักงาน")) == is_generic("สำนักงาน")


def test_translated_name_found_in_split_text() -> None:
    plain = "เจ้าหน้าที่สำนักงานสถิติแห่งชาติแถลงเมื่อวานนี้"
    text = split(plain)
    edges = sorted({0, len(text)} | {i for i in range(len(text) + 1)})
    found = find_translation("Office", text, (0, len(text)), edges)
    expected = find_translation("Office", plain, (0, len(plain)), list(range(len(plain) + 1)))
    assert (found is None) == (expected is None)
    if found is not None:
        assert text[found[0]:found[1]] == split(plain[expected[0]:expected[1]])  # type: ignore[index]


def _matched(en: str, th: str) -> list[tuple[str, str]]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ents = mm.compare(en, th).entities
    rows = ents[ents["status"] == "matched"]
    return sorted((str(s), str(t)) for s, t in zip(rows["src_text"], rows["tgt_text"]))


def test_compare_pairs_names_written_with_split_am() -> None:
    en = ("Fishing boats from Hainan were seen in the Black Sea last week, "
          "the White House said on Tuesday.")
    th = ("ทำเนียบขาวระบุเมื่อวันอังคารว่าพบเรือประมงจากไหหลำในทะเลดำ"
          "เมื่อสัปดาห์ที่แล้ว")
    joined = _matched(en, th)
    assert len(joined) >= 2
    assert _matched(en, split(th)) == [(s, split(t)) for s, t in joined]


def test_entities_table_offsets_stay_on_the_text() -> None:
    th = split("คณะกรรมการพรรคอำเภอประชุมกันที่ศาลากลางเมื่อวานนี้ ส่วนนายสมชาย ใจดี ไม่มา")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ents = mm.entities_table(mm.analyze(th, lang="th"))
    assert len(ents)
    for text, s, e in zip(ents["text"], ents["start_char"], ents["end_char"]):
        assert th[int(s):int(e)] == text
    assert any(SPLIT_AM in t and label == "ORG" for t, label in zip(ents["text"], ents["label"]))
