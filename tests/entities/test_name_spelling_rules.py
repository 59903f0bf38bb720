"""English/Thai spelling rules of names found on whole articles (our own sentences)."""

from __future__ import annotations

import pytest

import massmob_nlp as mm
from massmob_nlp.entities import name_similarity
from massmob_nlp.entities.sound_keys import sound_key
from massmob_nlp.entities.thai_cuts import _glued_cuts
from massmob_nlp.entities.thai_search import find_in_thai


@pytest.mark.parametrize(("latin", "thai"), [
    ("Moss", "มอสส์"), ("Ross Kerr", "รอสส์ เคอร์"), ("Hess", "เฮสส์"),
    ("Rachel Moss", "เรเชล มอสส์"), ("Bliss", "บลิสส์")])
def test_double_s_ending_a_word_is_one_s(latin: str, thai: str) -> None:
    assert sound_key(latin) == sound_key(thai)
    assert name_similarity(latin, thai) == 1.0


@pytest.mark.parametrize(("latin", "thai"), [
    ("Reeve", "รีฟ"), ("Steve", "สตีฟ"), ("Dave", "เดฟ"), ("Lavrov", "ลาฟรอฟ")])
def test_final_v_is_written_f(latin: str, thai: str) -> None:
    assert name_similarity(latin, thai) == 1.0


def test_final_v_keeps_a_w_inside_a_word() -> None:
    assert sound_key("Davies").startswith("TVW")


def _edges(text: str) -> list[int]:
    tok = mm.tokenize(text)
    return sorted({int(x) for x in tok["start_char"]} | {int(x) for x in tok["end_char"]})


def test_a_name_glued_to_the_next_word_is_found() -> None:
    assert _glued_cuts("เฟอร์สแตปเปนจบ") == (12,)
    assert _glued_cuts("คว้าแชมป์") == ()  # a dictionary word is never cut
    assert 3 not in _glued_cuts("ฮิตช์ค็อก")  # never before a silenced ช์
    text = "ข่าวกีฬา เฟอร์สแตปเปนจบอันดับสอง"
    found = find_in_thai("Verstappen", text, _edges(text))
    assert found is not None and text[found[0]:found[1]] == "เฟอร์สแตปเปน"


def test_a_stretch_never_ends_on_a_function_word() -> None:
    text = "ทีมของเขามีเมื่อเดือนที่แล้ว"  # มี เมื่อ: has, when
    assert find_in_thai("Miami", text, _edges(text)) is None
    text = "เขาชนะครั้งแรกที่ไมแอมีเมื่อเดือนพฤษภาคม"
    found = find_in_thai("Miami", text, _edges(text))
    assert found is not None and text[found[0]:found[1]] == "ไมแอมี"


def test_surname_on_one_side_full_name_on_the_other() -> None:
    cmp = mm.compare(
        "Kessler wins in Munich\n\nAnna Kessler beat Maria Lopez in two sets on Sunday.",
        "เคสส์เลอร์ชนะที่มิวนิก\n\nอันนา เคสส์เลอร์ เอาชนะมาเรีย โลเปซ สองเซ็ตรวดเมื่อวันอาทิตย์")
    people = cmp.entities[cmp.entities["label"] == "PERSON"]
    assert set(people["status"].astype(str)) == {"matched"}, people[["src_text", "tgt_text"]]


def test_time_zones_and_quantities_are_not_names() -> None:
    from massmob_nlp.entities.english_spans import is_english_name

    assert not is_english_name("BST") and not is_english_name("GMT")
    assert not is_english_name("40C") and not is_english_name("264p")
    assert is_english_name("3M") and is_english_name("Met Office")


def test_a_time_zone_is_not_reported_missing() -> None:
    cmp = mm.compare("The final starts at 14:00 BST on Sunday in London.",
                     "นัดชิงชนะเลิศเริ่มเวลา 14:00 น. ในวันอาทิตย์ที่ลอนดอน")
    missing = cmp.entities[cmp.entities["status"].astype(str) == "missing"]
    assert "BST" not in set(missing["src_text"].astype(str))


@pytest.mark.parametrize(("latin", "thai"), [
    ("Somchai Boonmee", "สมชาย บุญมี"), ("Ekkapol Chantawong", "นายเอกพล จันทะวงษ์"),
    ("Prayut Chan-o-cha", "ประยุทธ์ จันทร์โอชา")])
def test_thai_names_spelled_in_english(latin: str, thai: str) -> None:
    assert name_similarity(latin, thai) >= 0.85


@pytest.mark.parametrize(("latin", "thai"), [
    ("Somchai Boonmee", "สมชาย บุญมา"), ("Somchai Boonmee", "สมศักดิ์ บุญมี")])
def test_other_thai_names_stay_apart(latin: str, thai: str) -> None:
    assert name_similarity(latin, thai) < 0.6


@pytest.mark.parametrize(("latin", "thai"), [
    ("Mars", "ดาวอังคาร"), ("Jupiter", "ดาวพฤหัสบดี"), ("the Sun", "ดวงอาทิตย์"),
    ("Met Office", "กรมอุตุนิยมวิทยาสหราชอาณาจักร"), ("Conservatives", "พรรคอนุรักษนิยม")])
def test_names_a_translation_translates(latin: str, thai: str) -> None:
    assert name_similarity(latin, thai) == 1.0


@pytest.mark.parametrize(("latin", "thai"), [
    ("Freedom Party", "พรรคเสรีภาพ"),
    ("Office for Budget Responsibility", "สำนักงานความรับผิดชอบด้านงบประมาณ"),
    ("Royal College of Surgeons", "ราชวิทยาลัยศัลยแพทย์")])
def test_bodies_translated_word_by_word(latin: str, thai: str) -> None:
    from massmob_nlp.entities.translated import find_translation

    text = f"รายงานของ{thai}ระบุว่า"
    found = find_translation(latin, text, (0, len(text)), _edges(text))
    assert found is not None and text[found[0]:found[1]].endswith(thai[-4:])


@pytest.mark.parametrize(("latin", "thai"), [
    ("Pedro Sánchez", "เปโดร ซานโตส"), ("Miami", "มีเมื่อ"), ("Boston", "บิสเตน")])
def test_one_skeleton_other_vowels_is_another_name(latin: str, thai: str) -> None:
    from massmob_nlp.entities.sounds import VOWEL_CLASH_SCORE, sound_similarity
    from massmob_nlp.entities.vowels import vowels_clash

    assert vowels_clash(latin, thai)
    assert sound_similarity(latin, thai) <= VOWEL_CLASH_SCORE
    assert name_similarity(latin, thai) < 0.6


@pytest.mark.parametrize(("latin", "thai"), [
    ("Laurent", "โลรองต์"), ("Sainsbury", "เซนส์บิวรีส์"), ("Wolverhampton", "วูล์ฟแฮมป์ตัน"),
    ("Johnson", "จอห์นสัน"), ("Miami", "ไมแอมี"),
    ("Jane", "เจน"), ("Walmart", "วอลมาร์ต"),
    ("Slavic", "สลาฟก"), ("Durham", "เดอรัม")])
def test_english_readings_of_a_vowel_do_not_clash(latin: str, thai: str) -> None:
    from massmob_nlp.entities.vowels import vowels_clash

    assert not vowels_clash(latin, thai)


@pytest.mark.parametrize(("latin", "thai"), [
    ("Xu Qiliang", "สวี่ ฉีเหลียง"), ("Yuan Shikai", "หยวน ซื่อไข่")])
def test_a_name_read_as_pinyin_is_not_capped_by_english_vowels(latin: str, thai: str) -> None:
    from massmob_nlp.entities.sounds import VOWEL_CLASH_SCORE, sound_similarity

    assert sound_similarity(latin, thai) > VOWEL_CLASH_SCORE


@pytest.mark.parametrize(("span", "expected"), [
    ("Labour leader Jeremy Corbyn", [("Labour", "ORG"), ("Jeremy Corbyn", "PERSON")]),
    ("BBC Scotland's Alasdair Lamont", [("BBC Scotland", "ORG"), ("Alasdair Lamont", "PERSON")]),
    ("Acme Foods chief executive Dana Whitlow",
     [("Acme Foods", "ORG"), ("Dana Whitlow", "PERSON")]),
    ("London's Heathrow Airport", [("London's Heathrow Airport", "ORG")]),
    ("Bank of England", [("Bank of England", "ORG")])])
def test_a_body_span_that_swallowed_a_person_is_cut(span: str, expected: list) -> None:
    from massmob_nlp.entities.english_spans import split_org_person

    got = split_org_person(span, 0, len(span), "ORG")
    assert [(span[s:e], lab) for s, e, lab in got] == expected
