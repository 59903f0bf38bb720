"""Thai-born names read the way the Thai say them (entities/sounds_thai.py) and scored
as Thai names even when their romanization also reads as Vietnamese syllables
(entities/similarity.py). The people are invented for these tests; the places and
institutions are real."""

from __future__ import annotations

import pytest

from massmob_nlp.entities import MIN_MATCH_SCORE, name_similarity
from massmob_nlp.entities.similarity import thai_words_only
from massmob_nlp.entities.sounds_thai import thai_reading_keys


@pytest.mark.parametrize(("thai", "reading"), [
    ("เกษม", "KVSVM"),          # leading vowel on the second consonant: ka-sem
    ("แสดง", "SVTVG"),          # sa-daeng
    ("เพชร", "PVT"),            # phet: a final ร is silent, no second syllable
    ("แพร่", "PRV"),            # phrae: ร after พ is a cluster, no final
    ("ห่วง", "HVG"),            # h-ua-ng: ว between two consonants is the vowel
    ("หวัง", "WVG"),            # wang: ห only marks the tone of ว
    ("ทราย", "SV"),             # ทร is said s (a final ย closes the vowel)
    ("ฤดี", "RVTV")])           # ฤ is r with a vowel
def test_reading_of_thai_spelling_rules(thai: str, reading: str) -> None:
    assert reading in thai_reading_keys(thai)


@pytest.mark.parametrize(("latin", "thai"), [
    ("Kasetsart", "เกษตรศาสตร์"),
    ("Chachoengsao", "ฉะเชิงเทรา"),
    ("Thanakrit Huangsap", "ธนกฤต ห่วงทรัพย์"),      # ฤ, ห่วง, ทร
    ("Narumon Kasemsuk", "นฤมล เกษมสุข"),
    ("Hat Yai", "หาดใหญ่"),                          # also Vietnamese-looking syllables
    ("Sai Thong", "ทรายทอง"),
    ("Sap Sombat", "ทรัพย์ สมบัติ"),
    ("Si Sa Ket", "ศรีสะเกษ")])
def test_thai_born_names_match(latin: str, thai: str) -> None:
    assert name_similarity(latin, thai) >= MIN_MATCH_SCORE


@pytest.mark.parametrize(("latin", "thai"), [
    ("Jurin", "สุรินทร์"),                 # j is never ส
    ("Thanakrit Huangsap", "ธนกฤต ห่วงใย"),  # another surname
    ("Hat Yai", "หาดทราย"),
    ("Kasetsart", "เกษมสันต์"),
    ("Chachoengsao", "ชะอำ")])
def test_other_thai_names_do_not_match(latin: str, thai: str) -> None:
    assert name_similarity(latin, thai) < MIN_MATCH_SCORE


def test_vietnamese_names_in_thai_letters_are_not_thai_words() -> None:
    assert thai_words_only("หาดใหญ่")
    assert thai_words_only("ทรัพย์ สมบัติ")
    assert not thai_words_only("เหงียน เติน ซาง")
    assert not thai_words_only("บุ่ย แทง เซิน")
    # a Vietnamese name stays scored by its syllables: one syllable off stays apart
    assert name_similarity("Le Van Hung", "เล วัน ดุง") < MIN_MATCH_SCORE


@pytest.mark.parametrize(("latin", "thai"), [
    ("Prof Dr Kittipong Sangwan", "ศ.ดร.กิตติพงษ์ แสงวรรณ"),   # stacked Thai titles
    ("Datuk Seri Rosli Hamdan", "ดาโต๊ะ ซรี รอสลี ฮัมดัน"),      # Malaysian honorifics
    ("Tan Sri Halim Yusof", "ตันศรี ฮาลิม ยูซอฟ"),
    ("Anong Kusumananda", "อนงค์ กุสุมานนท์"),                   # learned -nanda for นนท์
    ("Rajanagarindra", "ราชนครินทร์")])
def test_titles_and_learned_spellings(latin: str, thai: str) -> None:
    assert name_similarity(latin, thai) >= MIN_MATCH_SCORE


def test_titles_do_not_make_two_people_one() -> None:
    assert name_similarity("Datuk Seri Rosli Hamdan", "ดาโต๊ะ ซรี ฮาลิม ยูซอฟ") < MIN_MATCH_SCORE
    assert name_similarity("Anong Kusumananda", "อนงค์ กุศลวงศ์") < MIN_MATCH_SCORE


@pytest.mark.parametrize(("latin", "thai"), [
    ("Andrew Pritchard", "แอนดรูว์ พริตชาร์ด"),   # English ew is u
    ("Drew", "ดรูว์"),
    ("Matthew Newbury", "แมทธิว นิวเบอรี"),
    ("Newton", "นิวตัน")])
def test_english_ew_is_one_vowel(latin: str, thai: str) -> None:
    assert name_similarity(latin, thai) >= MIN_MATCH_SCORE


def test_english_ew_names_stay_apart() -> None:
    assert name_similarity("Andrew Pritchard", "แอนดรูว์ พาร์กเกอร์") < MIN_MATCH_SCORE
    assert name_similarity("Drew", "ดาว") < MIN_MATCH_SCORE


@pytest.mark.parametrize(("latin", "thai", "same"), [
    ("Chulalongkorn", "จุฬาฯ", True),              # ฯ cuts a long name short
    ("Chulalongkorn University", "จุฬาฯ", True),
    ("Thammasat", "ธรรมฯ", True),
    ("Mahidol", "จุฬาฯ", False),
    ("Kasetsart", "ธรรมฯ", False)])
def test_names_cut_short_by_paiyannoi(latin: str, thai: str, same: bool) -> None:
    assert (name_similarity(latin, thai) >= MIN_MATCH_SCORE) == same


@pytest.mark.parametrize(("thai", "reading"), [
    ("กุลวุฒิ", "KVNLVWVT"),      # kun-la-wut: ล ends กุล and starts the linking la
    ("ชลธิชา", "CVNLVTVCV"),      # chon-la-thi-cha
    ("ธนวรรธน์", "TVNVWVT"),      # tha-na-wat: the รร the dictionary cuts in two
    ("สุวรรณ", "SVWVN")])
def test_linked_finals_and_rr(thai: str, reading: str) -> None:
    assert reading in thai_reading_keys(thai)


@pytest.mark.parametrize(("latin", "thai"), [
    ("Kunlawat Thongsuk", "กุลวัฒน์ ทองสุข"),
    ("Siriporn Puavaranon", "ศิริพร พัววรานนท์"),  # long Pali name: royin mis-cuts vowels
    ("Anuwat Kunlachai", "อนุวัฒน์ กุลชัย"),
    ("Thanawat Meesuk", "ธนวรรธน์ มีสุข")])
def test_long_thai_romanizations_match(latin: str, thai: str) -> None:
    assert name_similarity(latin, thai) >= MIN_MATCH_SCORE


@pytest.mark.parametrize(("latin", "thai"), [
    ("Kunlawat Thongsuk", "กุลวัฒน์ ทองดี"),      # another surname
    ("Siriporn Puavaranon", "ศิริพร พัฒนากุล")])
def test_long_thai_romanizations_need_every_word(latin: str, thai: str) -> None:
    assert name_similarity(latin, thai) < MIN_MATCH_SCORE
