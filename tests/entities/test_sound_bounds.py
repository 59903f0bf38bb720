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
