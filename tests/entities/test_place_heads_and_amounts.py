"""Names with a kind of place before them, English diphthongs Thai writes with ว,
amounts and verbs at the edges of name spans, currency codes, and the houses of a
parliament named in their own language. All sentences are invented for these tests."""

from __future__ import annotations

import pytest
from pythainlp.tokenize import word_tokenize

from massmob_nlp.entities import name_similarity
from massmob_nlp.entities.english_spans import is_english_name, trim_english_span
from massmob_nlp.entities.sounds import sound_similarity
from massmob_nlp.entities.thai_search import find_in_thai
from massmob_nlp.entities.thai_split import split_person_spans, trim_amounts


def _edges(text: str) -> list[int]:
    edges = [0]
    for token in word_tokenize(text, engine="newmm"):
        edges.append(edges[-1] + len(token))
    return edges


@pytest.mark.parametrize(("latin", "thai"), [
    ("Town", "ทาวน์"), ("Brown", "บราวน์"), ("Shaw", "ชอว์"), ("Dawson", "ดอว์สัน"),
    ("Crowley", "คราวลีย์")])
def test_ow_and_aw_before_a_consonant_are_one_vowel(latin: str, thai: str) -> None:
    assert sound_similarity(latin, thai) >= 0.95


def test_a_loanword_name_is_found_in_running_thai() -> None:
    text = "ทีมเยือนจะพบกับทาวน์ในคืนวันเสาร์"
    hit = find_in_thai("Town", text, _edges(text))
    assert hit is not None and text[hit[0]:hit[1]] == "ทาวน์"


@pytest.mark.parametrize(("latin", "thai"), [
    ("Bay of Bengal", "อ่าวเบงกอล"), ("Strait of Malacca", "ช่องแคบมะละกา"),
    ("Gulf of Oman", "อ่าวโอมาน")])
def test_a_kind_of_place_before_of_is_the_thai_kind_word(latin: str, thai: str) -> None:
    assert name_similarity(latin, thai) >= 0.9


def test_a_place_with_its_kind_outscores_a_company_that_sounds_alike() -> None:
    assert name_similarity("Bay of Bengal", "อ่าวเบงกอล") > \
        name_similarity("Boeing", "อ่าวเบงกอล")


def _trimmed(sentence: str, span: str, label: str = "ORG") -> tuple[str, str]:
    start = sentence.index(span)
    s, e, lab = trim_english_span(sentence, start, start + len(span), label)
    return sentence[s:e], lab


@pytest.mark.parametrize(("sentence", "span", "expected"), [
    ("Sacombank rose 2.1% and ACB 1.7%.", "ACB 1.7%", "ACB"),
    ("Exports grew at Hoa Phat 12 per cent.", "Hoa Phat 12 per cent", "Hoa Phat"),
    ("The lower house has 330 members and the Upper Chamber 120.", "Upper Chamber 120",
     "Upper Chamber"),
    ("The crew of Apollo 13.", "Apollo 13", "Apollo 13"),  # one word: the name's number
    ("Under the Thailand 4.0 plan.", "Thailand 4.0", "Thailand 4.0"),
    ("Investors cheered Saudi Vision 2030.", "Saudi Vision 2030", "Saudi Vision 2030"),
    ("Passengers boarded the Boeing 787 jet.", "Boeing 787", "Boeing 787"),
])
def test_an_amount_ends_no_name(sentence: str, span: str, expected: str) -> None:
    assert _trimmed(sentence, span)[0] == expected


def test_currency_codes_are_no_names() -> None:
    assert not is_english_name("VND")
    assert not is_english_name("THB")
    assert is_english_name("Vietcombank")
    assert is_english_name("Kip")  # also a given name


def test_a_house_of_parliament_is_a_body() -> None:
    sentence = "The bill passed the Dewan Rakyat and the Amyotha Hluttaw on Monday."
    assert _trimmed(sentence, "Amyotha Hluttaw", "PERSON") == ("Amyotha Hluttaw", "ORG")
    assert _trimmed(sentence, "Dewan Rakyat", "PERSON") == ("Dewan Rakyat", "ORG")
    assert name_similarity("Amyotha Hluttaw", "สภาชนชาติ") == 1.0
    assert name_similarity("Pyithu Hluttaw", "ปยิดู ลุดดอ") == 1.0


def _amounts(text: str, span: str, label: str = "ORGANIZATION") -> list[str]:
    start = text.index(span)
    return [text[s:e] for s, e, _, _ in trim_amounts(text, [(start, start + len(span),
                                                            label, 0.9)])]


@pytest.mark.parametrize(("text", "span", "expected"), [
    ("พรรคเอได้ 40 ที่นั่ง สภาสูง 25 ที่นั่ง", "สภาสูง 25", ["สภาสูง"]),
    ("มี 15 เขต สภาจังหวัด และอีก 9 เขต", "15 เขต สภาจังหวัด", ["สภาจังหวัด"]),
    ("ทีมชาติได้มวยสามเหรียญ", "มวยสามเหรียญ", ["มวย"]),
    ("สภาเทศบาลนครมีสมาชิก 24 คน", "สภาเทศบาลนครมี", ["สภาเทศบาลนคร"]),
    ("เดินทางไปสิบสองปันนาเมื่อวาน", "สิบสองปันนา", ["สิบสองปันนา"]),  # a place's number
    ("รถติดบนสะพานพระราม 9 ทั้งวัน", "สะพานพระราม 9", ["สะพานพระราม 9"]),  # no classifier
    ("พบ 12 คน", "12 คน", []),
])
def test_counts_and_verbs_are_cut_off_thai_name_spans(text: str, span: str,
                                                      expected: list[str]) -> None:
    assert _amounts(text, span) == expected


def test_person_spans_keep_their_edges_in_trim_amounts() -> None:
    assert _amounts("นายบุญมี ใจดี กล่าว", "นายบุญมี ใจดี", "PERSON") == ["นายบุญมี ใจดี"]


def test_split_person_spans_trims_amounts_of_bodies() -> None:
    text = "สภาล่าง 30 ที่นั่ง"
    out = split_person_spans(text, [(0, text.index(" ที่นั่ง"), "ORGANIZATION", 0.9)])
    assert [text[s:e] for s, e, *_ in out] == ["สภาล่าง"]


@pytest.mark.parametrize(("latin", "thai"), [
    ("UEFA", "ยูฟ่า"), ("Unicef", "ยูนิเซฟ"), ("Ukraine", "ยูเครน"), ("Utah", "ยูทาห์")])
def test_a_word_initial_u_before_one_consonant_or_a_vowel_is_yu(latin: str,
                                                                thai: str) -> None:
    assert sound_similarity(latin, thai) == 1.0


def test_an_acronym_said_as_a_word_is_found_in_thai() -> None:
    text = "สโมสรได้รับเงินรางวัลจากยูฟ่าเพิ่มขึ้นในฤดูกาลนี้"
    hit = find_in_thai("UEFA", text, _edges(text))
    assert hit is not None and text[hit[0]:hit[1]] == "ยูฟ่า"
    assert sound_similarity("Umbria", "อุมเบรีย") >= 0.9  # u before two consonants


@pytest.mark.parametrize(("thai", "generic"), [
    ("แม่ลูกสอง", True), ("เกาะปีก", True), ("เกาะติด", True), ("(ซีพีไอ)", True),
    ("เกาะช้าง", False), ("แม่สอด", False), ("เกาะสมุย", False)])
def test_kin_words_clinging_and_measures_are_no_places(thai: str, generic: bool) -> None:
    from massmob_nlp.entities.translated import is_generic

    assert is_generic(thai) is generic


def test_measures_and_crude_benchmarks_are_no_english_names() -> None:
    assert not is_english_name("GNI")
    assert not is_english_name("Brent")
    assert is_english_name("Brent Council")


@pytest.mark.parametrize(("latin", "thai"), [
    ("Leicester", "เลสเตอร์"), ("Gloucester", "กลอสเตอร์"), ("Manchester", "แมนเชสเตอร์")])
def test_the_ce_of_cester_is_silent(latin: str, thai: str) -> None:
    assert sound_similarity(latin, thai) == 1.0


@pytest.mark.parametrize(("latin", "thai"), [
    ("Titan", "ดวงจันทร์ไททัน"), ("Clark Air Base", "ฐานทัพอากาศคลาร์ก"),
    ("Tran Quang Khai", "แม่ทัพเจิ่น กวาง ขาย")])
def test_a_thai_class_noun_or_title_before_the_name(latin: str, thai: str) -> None:
    assert name_similarity(latin, thai) >= 0.9


def test_a_team_span_stops_before_the_score() -> None:
    assert _trimmed("Hull beat Stoke City 3-1 at home.", "Stoke City 3-1") == \
        ("Stoke City", "ORG")


def test_a_duration_and_a_verb_end_no_thai_place() -> None:
    assert _amounts("เขาอยู่ที่ญี่ปุ่นนานสามสัปดาห์", "ญี่ปุ่นนานสามสัปดาห์",
                    "LOCATION") == ["ญี่ปุ่น"]
    assert _amounts("ครอบครัวบุญมีย้ายบ้าน", "บุญมี", "LOCATION") == ["บุญมี"]


def test_translated_colours_and_class_nouns() -> None:
    import massmob_nlp as mm

    en = ("Rice farmers along the Black River and in the Southern Hemisphere sowed early, "
          "and the probe passed the moon Titan.")
    th = ("ชาวนาริมแม่น้ำดำและในซีกโลกใต้หว่านข้าวเร็วขึ้น "
          "และยานสำรวจบินผ่านดวงจันทร์ไททัน")
    ents = mm.compare(en, th).entities
    missing = set(ents.loc[ents["status"] == "missing", "src_text"].astype(str))
    assert not missing & {"Black River", "Southern Hemisphere"}
    assert name_similarity("moon Titan", "ดวงจันทร์ไททัน") >= 0.9


def test_a_vietnamese_name_is_found_by_its_syllables_in_running_thai() -> None:
    text = "นักประวัติศาสตร์ยกย่องราชวงศ์เจิ่นซึ่งปกครองมายาวนาน"
    hit = find_in_thai("Tran", text, _edges(text))
    assert hit is not None and text[hit[0]:hit[1]] == "เจิ่น"
    assert find_in_thai("Tran", "นักประวัติศาสตร์ยกย่องราชวงศ์ลี้", _edges(
        "นักประวัติศาสตร์ยกย่องราชวงศ์ลี้")) is None
