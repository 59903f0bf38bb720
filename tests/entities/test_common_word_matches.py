"""A Latin name is never found in a Thai common word that only sounds alike
(``Region`` in แรงงาน *labour*, ``Linh`` in the ราณ of โบราณ *ancient*); a Vietnamese
final ``nh`` is one nasal, written ญ in Thai (``Linh`` / ลิญ); and a place named with
its kind (``Tam Dao Mountain``) is the Thai place with the kind first (ภูเขาตามด๋าว).
All examples are invented for these tests."""

from __future__ import annotations

from pythainlp.tokenize import word_tokenize

from massmob_nlp.entities import name_similarity
from massmob_nlp.entities.sounds import sound_similarity
from massmob_nlp.entities.thai_search import find_in_thai, in_common_word


def _edges(text: str) -> list[int]:
    edges = [0]
    for token in word_tokenize(text, engine="newmm"):
        edges.append(edges[-1] + len(token))
    return edges


def _found(name: str, text: str) -> str | None:
    hit = find_in_thai(name, text, _edges(text))
    return None if hit is None else text[hit[0]:hit[1]].strip()


def test_near_sounding_common_words_are_no_names() -> None:
    assert _found("Region", "ค่าจ้างขั้นต่ำของแรงงานในเขตหนึ่งเพิ่มขึ้น") is None
    assert _found("Linh", "เยี่ยมชมโบราณสถานบนยอดเขา") is None
    assert in_common_word("เยี่ยมชมโบราณสถาน", 9, 12)  # ราณ of โบราณ
    assert not in_common_word("นายเหงียนกล่าว", 3, 9)


def test_real_renderings_are_still_found() -> None:
    assert _found("Linh", "นางเจิ่น ถิ ลิญ กล่าว") == "ลิญ"
    assert _found("Hector", "นายเฮกเตอร์กล่าว") == "เฮกเตอร์"


def test_vietnamese_final_nh_is_one_nasal() -> None:
    assert sound_similarity("Minh", "มิญ") == 1.0
    assert sound_similarity("Thanh", "ทัญ") == 1.0
    assert sound_similarity("Vinh", "วินห์") == 1.0


def test_a_place_word_is_dropped_on_both_sides() -> None:
    assert name_similarity("Tam Dao Mountain", "ภูเขาตามด๋าว") >= 0.9
    assert name_similarity("Barangay Malinao", "ตำบลมาลีเนา") >= 0.8


def test_thai_vietnamese_names_end_before_the_role() -> None:
    from massmob_nlp.entities.rules import find_rules

    def people(text: str) -> list[str]:
        return [text[r.start:r.end] for r in find_rules(text) if r.label == "PERSON"]

    assert people("นายหวู ถั่ญ ลอง ประธานสมาคมกล่าว") == ["หวู ถั่ญ ลอง"]
    assert people("นายหวู ถั่ญ ลอง ประธาน VINASME กล่าว") == ["หวู ถั่ญ ลอง"]
    assert people("ทั้งสองประตูเป็นของเดือง และเหงียน วัน ตว่าน กองหลัง") == [
        "เหงียน วัน ตว่าน"]
    assert people("นายโง วัน เหี่ยว รองประธานบริษัท") == ["โง วัน เหี่ยว"]


def test_vietnamese_ministries_in_thai_words() -> None:
    from massmob_nlp.entities.translated import find_translation

    def found(name: str, text: str) -> str | None:
        hit = find_translation(name, text, (0, len(text)), _edges(text))
        return None if hit is None else text[hit[0]:hit[1]]

    assert found("Ministry of Home Affairs", "เอกสารของกระทรวงมหาดไทยระบุว่า") == \
        "กระทรวงมหาดไทย"
    assert found("Ministry of Culture, Sports and Tourism",
                 "กระทรวงวัฒนธรรม กีฬาและการท่องเที่ยว จัดงาน") == \
        "กระทรวงวัฒนธรรม กีฬาและการท่องเที่ยว"
    assert found("National Wage Council", "สภาค่าจ้างแห่งชาติเสนอให้ขึ้น") == \
        "สภาค่าจ้างแห่งชาติ"


def test_currency_and_acronym_pieces_are_no_places() -> None:
    from massmob_nlp.entities.gazetteer import find

    def ids(text: str) -> list[str]:
        return [h.entry.entity_id for h in find(text)]

    assert "vn.loc.dong_nai" not in ids("ค่าแรงขั้นต่ำ 4,960,000 ดองในภูมิภาคที่ 1")
    assert "vn.loc.dong_nai" not in ids("กำไร 3.2 ล้านล้านดองในปีนี้")
    assert "vn.loc.dong_nai" in ids("นักลงทุนในจังหวัดด่งนายเพิ่มขึ้น")
    assert ids("ท่าเรือรองรับ 2 ล้านทีอียูต่อปี") == []


def test_more_vietnamese_syllables_in_thai() -> None:
    assert name_similarity("Bui Duy Khanh", "บุ่ย ซวี คั้ญ") >= 0.9
    assert name_similarity("Le Van Trai", "เล วัน จ๊าย") >= 0.9
    assert name_similarity("Le Van Trai", "เล วัน ลาม") < 0.6


def test_admin_words_with_counts_are_no_names() -> None:
    from massmob_nlp.entities.translated import is_generic

    assert is_generic("แขวง 312") and is_generic("สามเมือง")
    assert is_generic("ตำบลชายแดนทางบก")
    assert not is_generic("ตำบลฮว่าเซิน")  # a named commune
    assert not is_generic("แขวงเบ๊นแถ่ง")


def test_lao_and_cambodian_ministries_in_thai_words() -> None:
    from massmob_nlp.entities.translated import find_translation

    text = "กระทรวงเกษตร ป่าไม้ และประมง ประกาศ"
    hit = find_translation("Ministry of Agriculture, Forestry and Fisheries", text,
                           (0, len(text)), _edges(text))
    assert hit is not None and text[hit[0]:hit[1]] == "กระทรวงเกษตร ป่าไม้ และประมง"
