"""What the Thai reading of a stretch may start with, read from its first letters
(thai_cuts.reading_onsets, issue 13): the name search lets the Thai reading into its
bound only where that reading may start like the name's romanization, which is where
sound_similarity may use it. Sentences written for these tests."""

import pytest

from massmob_nlp.entities.sounds import _same_onset, sound_similarity, thai_latin_key
from massmob_nlp.entities.sounds_thai import thai_reading_keys
from massmob_nlp.entities.thai_cuts import _THAI_START, ANY_ONSET, ONSET_HEAD, reading_onsets
from massmob_nlp.entities.thai_search import _found_stretches, _window, find_in_thai

TEXTS = [
    "นายกรัฐมนตรีเศรษฐา ทวีสิน พบกับนางสาวแพทองธาร ชินวัตร และนายภูมิธรรม เวชยชัย "
    "ที่ทำเนียบรัฐบาลเมื่อวันพุธ",
    "คณะทำงานเดินทางไปจังหวัดฉะเชิงเทราและนครสวรรค์ หลังจากฝนตกหนักในอำเภอบางคล้า",
    "ทรัพย์สินของวัดหลวงถูกตรวจสอบ ขณะที่ศรีสุวรรณและกฤษดาเข้าร่วมพิธีกรรมที่วรรณกรรมสถาน",
    "เหล่าเกษตรกรในเขตหนองคายร้องเรียนเรื่องราคาอ้อย เสียงของสมเด็จพระสังฆราชดังก้อง",
]


@pytest.mark.parametrize("head,onsets", [
    ("เศรษฐา ทวีสิน", "S"),
    ("หลวงพ่อ", "HL"),  # ห only marks the tone of หล
    ("ทรัพย์สินของ", ANY_ONSET),  # a silencer among the first six letters
    ("ทรายและหิน", "ST"),  # ทร said s (ซ), or spelled
    ("แพทองธาร ชิน", "P"),
    ("อนุทิน ชาญ", ANY_ONSET),  # อ: a vowel start
    ("รรมการ", ANY_ONSET),  # รร read as a vowel
    ("ต์ ที่", ANY_ONSET),  # a silenced start
    ("กฤษดา มา", "K"),
    ("เศรษ", ANY_ONSET),  # a short word that may go on past the head
    ("เ ", ANY_ONSET),  # a leading vowel alone
])
def test_onsets_of_a_head(head: str, onsets: str) -> None:
    assert reading_onsets(head) == onsets


@pytest.mark.parametrize("text", TEXTS)
def test_every_reading_starts_with_one_of_the_onsets(text: str) -> None:
    checked = 0
    for m in _THAI_START.finditer(text):
        a = m.start()
        onsets = reading_onsets(text[a:a + ONSET_HEAD])
        for b in range(a + 1, min(len(text), a + 24) + 1):
            piece = text[a:b].strip()
            if onsets == ANY_ONSET or not piece or (b - a == 1 and text[a] in "เแโใไ"):
                continue
            for key in thai_reading_keys(piece):
                assert not key or key[0] in onsets, (text[a:b], onsets, key)
                checked += 1
    assert checked > 500


NAMES = ["Srettha Thavisin", "Paetongtarn", "Phumtham", "Chachoengsao", "Nakhon Sawan",
         "Bang Khla", "Srisuwan", "Kritsada", "Nong Khai", "Somdet", "Wat Luang"]


@pytest.mark.parametrize("name", NAMES)
def test_no_thai_reading_where_the_onsets_exclude_it(name: str) -> None:
    """Where a stretch's onsets exclude the name's, sound_similarity is the same
    without the Thai reading: the bound at the search's floor holds for it."""
    onset = thai_latin_key(name)[:1]
    for text in TEXTS:
        edges = tuple(sorted({0, len(text), *(k for k, c in enumerate(text) if c == " "),
                              *(k + 1 for k, c in enumerate(text) if c == " ")}))
        window = _window(text, edges)
        said = window.said_as(onset)
        for p, (a, b) in enumerate(zip(window.starts, window.ends)):
            if window.reading_list[p] and not said[p]:
                piece = text[a:b].strip()
                assert not any(_same_onset(thai_latin_key(name), k)
                               for k in thai_reading_keys(piece)), piece
                assert sound_similarity(name, piece) == sound_similarity(
                    name, piece, thai_reading=False), piece


@pytest.mark.parametrize("name,thai", [
    ("Srettha", "เศรษฐา"), ("Paetongtarn", "แพทองธาร"), ("Phumtham", "ภูมิธรรม"),
    ("Chachoengsao", "ฉะเชิงเทรา"), ("Srisuwan", "ศรีสุวรรณ"),
])
def test_thai_born_names_are_still_found(name: str, thai: str) -> None:
    text = next(t for t in TEXTS if thai in t)
    words = [k for k, c in enumerate(text) if c == " "]
    start = text.index(thai)
    edges = sorted({0, len(text), start, start + len(thai), *words,
                    *(k + 1 for k in words)})
    _found_stretches.cache_clear()
    found = find_in_thai(name, text, edges)
    assert found is not None and text[found[0]:found[1]].strip() == thai, found
