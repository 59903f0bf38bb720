"""The count bound of sound_similarity: never below the real score, so a skipped
stretch never changes what find_in_thai finds."""

import itertools

import pytest

from massmob_nlp.entities.sound_bounds import cannot_reach, latin_bound
from massmob_nlp.entities.sound_keys import key_similarity, sound_key
from massmob_nlp.entities.sounds import sound_similarity
from massmob_nlp.entities.sounds_europe import european_keys
from massmob_nlp.entities.thai_search import find_in_thai

LATIN = ["Leeds", "Juan Carlos", "Walmart", "Next", "Zhang Wei", "Kyaw Min", "Moss",
         "Srettha", "Harbour Council", "Ikea"]
THAI = ["ลีดส์", "ฮวน คาร์ลอส", "วอลมาร์ต", "เน็กซ์", "จาง เว่ย", "จ่อ มิน", "มอสส์",
        "เศรษฐา", "สภาท่าเรือ", "อิเกีย", "คณะกรรมการ", "ที่ประชุม", "ตลาด"]


@pytest.mark.parametrize(("latin", "thai"), list(itertools.product(LATIN, THAI)))
def test_bound_is_never_below_any_reading(latin: str, thai: str) -> None:
    bound = latin_bound(latin).upper(sound_key(thai))
    for key in (sound_key(latin), *european_keys(latin)):
        assert key_similarity(key, sound_key(thai)) <= bound + 1e-9


@pytest.mark.parametrize(("latin", "thai"), list(itertools.product(LATIN, THAI)))
@pytest.mark.parametrize("floor", [0.8, 0.95])
def test_a_skipped_stretch_never_reaches_the_floor(latin: str, thai: str,
                                                   floor: float) -> None:
    for reading in (True, False):
        if cannot_reach(latin, thai, floor, reading):
            assert sound_similarity(latin, thai, floor=floor, thai_reading=reading) < floor


@pytest.mark.parametrize(("latin", "thai"), [("Leeds", "ประชุม"), ("Walmart", "คณะกรรมการ"),
                                             ("Moss", "คณะกรรมการ")])
def test_a_stretch_of_other_consonants_is_skipped(latin: str, thai: str) -> None:
    assert cannot_reach(latin, thai, 0.8, False)


def test_find_in_thai_still_finds_a_rendering_among_other_words() -> None:
    text = "นักท่องเที่ยวเดินทางไปเมืองลีดส์ เมื่อวานนี้"
    edges = [0, 13, 20, 22, 27, 32, 33, 41, 44]
    assert find_in_thai("Leeds", text, edges)[:2] == (27, 32)


@pytest.mark.parametrize(("latin", "thai"), [("Zhang Wei", "เจ้าหน้าที่"), ("Guangzhou", "จอร์แดน"),
                                             ("Xi Jinping", "ร้านค้า")])
def test_each_reading_is_bounded_alone(latin: str, thai: str) -> None:
    # The fewest/most counts over all readings together (pinyin and English) reach
    # 0.8; no one reading does, so the stretch is skipped without scoring it.
    bound = latin_bound(latin)
    assert bound.upper(sound_key(thai), 0.0) < 0.8 <= bound.upper(sound_key(thai), 2.0)
    assert cannot_reach(latin, thai, 0.8, False)
    assert sound_similarity(latin, thai, floor=0.8, thai_reading=False) < 0.8


def test_edit_distance_unchanged_by_the_written_out_loop() -> None:
    assert key_similarity(sound_key("Walmart"), sound_key("วอลมาร์ต")) == 1.0
    assert key_similarity(sound_key("Leeds"), sound_key("ลีดส์")) == 1.0
    assert 0.0 < key_similarity(sound_key("Harbour"), sound_key("ฮาร์เบอร์")) <= 1.0
    assert key_similarity(sound_key("Moss"), sound_key("คณะกรรมการ")) < 0.5
