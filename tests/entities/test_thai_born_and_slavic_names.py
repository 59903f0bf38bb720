"""Thai-born names read as the Thai say them whatever their spelling, South Slavic
surnames, นาง/นาย as a pronoun, and bodies rendered word by word."""

import pytest

import massmob_nlp as mm
from massmob_nlp.entities.similarity import name_similarity
from massmob_nlp.entities.sounds_thai import thai_reading_keys
from massmob_nlp.entities.thai_split import split_person_spans
from massmob_nlp.entities.translated import find_translation


def test_a_double_r_cut_off_its_syllable_keeps_the_w_before_it() -> None:
    assert "SVWVN" in thai_reading_keys("สวรรค์")
    assert thai_reading_keys("นครสวรรค์")[0] == "NVKVNSVWVN"


@pytest.mark.parametrize(("latin", "thai"), [
    ("Nakhon Sawan", "นครสวรรค์"), ("Nakhon Sawan", "จังหวัดนครสวรรค์"),
    ("Suphan Buri", "สุพรรณบุรี")])
def test_thai_places_romanized_by_sound(latin: str, thai: str) -> None:
    assert name_similarity(latin, thai) >= 0.85


@pytest.mark.parametrize(("latin", "thai"), [
    ("Nakhon Sawan", "นครปฐม"), ("Nakhon Pathom", "นครสวรรค์"), ("Sawan", "สวน")])
def test_other_thai_places_stay_apart(latin: str, thai: str) -> None:
    assert name_similarity(latin, thai) < 0.6


@pytest.mark.parametrize(("latin", "thai"), [
    ("Novak Djokovic", "โนวัค ยอโควิช"), ("Luka Modric", "ลูก้า โมดริช"),
    ("Dusan Vlahovic", "ดูซาน วลาโฮวิช")])
def test_south_slavic_surnames(latin: str, thai: str) -> None:
    assert name_similarity(latin, thai) >= 0.85


@pytest.mark.parametrize(("latin", "thai"), [
    ("Tsai Ing-wen", "ไช่ อิงเหวิน"), ("Tsinghua", "ชิงหัว"), ("Tsipras", "ซีปราส")])
def test_wade_giles_ts_and_the_english_ts(latin: str, thai: str) -> None:
    assert name_similarity(latin, thai) >= 0.85


def test_a_slavic_reading_needs_a_slavic_spelling() -> None:
    assert name_similarity("Novak Djokovic", "โนวัค ยอโควิช") >= 0.85
    assert name_similarity("Jack Novak", "แจ็ก โนวัค") >= 0.85  # English j stays j
    assert name_similarity("Djokovic", "ซอมบี้") < 0.6


@pytest.mark.parametrize("span", ["นางยัง", "นางมีลูก", "นาย", "นางจะ"])
def test_a_title_used_as_a_pronoun_names_nobody(span: str) -> None:
    text = span + "เดินทางไปเยี่ยมหลานที่ต่างจังหวัดทุกปี"
    assert split_person_spans(text, [(0, len(span), "PERSON", 0.9)]) == []


@pytest.mark.parametrize("span", ["นางมาลี ศรีสุข", "นายยอดชาย ใจดี", "นางสาวมีนา ทองดี"])
def test_a_title_before_a_name_stays(span: str) -> None:
    text = span + " เดินทางไปเยี่ยมหลานที่ต่างจังหวัด"
    assert split_person_spans(text, [(0, len(span), "PERSON", 0.9)])


@pytest.mark.parametrize(("name", "thai"), [
    ("Thai Hotels Association", "ตามข้อมูลของสมาคมโรงแรมไทยเมื่อวานนี้"),
    ("Gold Traders Association", "ราคาประกาศโดยสมาคมค้าทองคำในวันนี้"),
    ("Royal Gazette", "มีผลหลังประกาศในราชกิจจานุเบกษาแล้ว"),
    ("Future Forward Party", "อดีตสมาชิกพรรคอนาคตใหม่หลายคน"),
    ("Excise Department", "ตัวเลขจากกรมสรรพสามิตชี้ว่า"),
    ("Department of Land Transport", "ผู้ขับขี่ต้องติดต่อกรมการขนส่งทางบกก่อน"),
    ("Oil Fuel Fund", "รัฐใช้เงินกองทุนน้ำมันเชื้อเพลิงพยุงราคา")])
def test_bodies_rendered_word_by_word(name: str, thai: str) -> None:
    from pythainlp.tokenize import word_tokenize

    edges = [0]
    for word in word_tokenize(thai, engine="newmm"):
        edges.append(edges[-1] + len(word))
    assert find_translation(name, thai, (0, len(thai)), edges) is not None


def test_a_thai_province_is_not_reported_missing() -> None:
    cmp = mm.compare("Floods have cut roads across Nakhon Sawan since Monday.",
                     "น้ำท่วมตัดขาดถนนหลายสายในจังหวัดนครสวรรค์ตั้งแต่วันจันทร์")
    missing = cmp.entities[cmp.entities["status"].astype(str) == "missing"]
    assert "Nakhon Sawan" not in set(missing["src_text"].astype(str))
