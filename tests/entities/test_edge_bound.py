"""The name search's edit-distance bound per start edge (issue 13): a stretch it
skips never reaches the floor, and it keeps the renderings."""

import pytest

from massmob_nlp.entities.sound_bounds import EdgeBound, latin_bound
from massmob_nlp.entities.sound_keys import sound_key
from massmob_nlp.entities.sounds import sound_similarity
from massmob_nlp.entities.thai_search import find_in_thai

SENTENCES = [
    ("นาย ริชาร์ด ฮอลแลนด์ เดินทาง ไป เมือง ลีดส์ เมื่อ วัน อังคาร ที่ ผ่าน มา",
     ["Richard Holland", "Leeds", "Holland", "Tuesday"]),
    ("บริษัท โตโยต้า และ ฮอนด้า ประกาศ ลด ราคา รถ ใน ประเทศ อินโดนีเซีย",
     ["Toyota", "Honda", "Indonesia", "Thompson"]),
    ("นาย เศรษฐา ทวีสิน พบ กับ นาง จาซินดา อาร์เดิร์น ที่ เวลลิงตัน",
     ["Srettha Thavisin", "Jacinda Ardern", "Wellington", "Sainsbury"]),
]


def _stretches(text: str) -> list[tuple[int, int]]:
    """Every stretch of up to six words, by start, then end (as the search reads)."""
    edges = [0] + [i for i, c in enumerate(text) if c == " "] + [len(text)]
    starts = [0] + [i + 1 for i, c in enumerate(text) if c == " "]
    return [(a, b) for a in starts for b in edges if a < b and text[a:b].count(" ") < 6]


@pytest.mark.parametrize("floor", [0.8, 0.95])
@pytest.mark.parametrize("thai_reading", [True, False])
def test_skipped_stretches_never_reach_the_floor(floor: float, thai_reading: bool) -> None:
    skipped = kept = 0
    for text, names in SENTENCES:
        for name in names:
            bound = EdgeBound(latin_bound(name))
            for a, b in _stretches(text):
                thai = text[a:b].strip()
                if bound.cannot_reach(sound_key(thai), floor, thai_reading=thai_reading):
                    skipped += 1
                    score = sound_similarity(name, thai, floor=floor,
                                             thai_reading=thai_reading)
                    assert score < floor, (name, thai, score)
                else:
                    kept += 1
    assert skipped > 10 * kept  # it skips almost every stretch of a sentence


def test_rows_kept_for_a_longer_stretch_give_the_same_answer() -> None:
    text = "นาง จาซินดา อาร์เดิร์น ที่ เวลลิงตัน"
    shared = EdgeBound(latin_bound("Jacinda Ardern"))
    for a, b in _stretches(text):  # one bound read in order, one fresh per stretch
        key = sound_key(text[a:b].strip())
        fresh = EdgeBound(latin_bound("Jacinda Ardern"))
        assert shared.cannot_reach(key, 0.8, thai_reading=True) == \
            fresh.cannot_reach(key, 0.8, thai_reading=True), text[a:b]


def test_renderings_are_kept_and_found() -> None:
    bound = EdgeBound(latin_bound("Ardern"))
    assert not bound.cannot_reach(sound_key("อาร์เดิร์น"), 0.8, thai_reading=True)
    assert bound.cannot_reach(sound_key("เวลลิงตัน"), 0.8, thai_reading=True)
    text = "นาย ริชาร์ด ฮอลแลนด์ เดินทาง ไป เมือง ลีดส์ เมื่อ วัน อังคาร"
    edges = sorted({0, len(text), *(i for i, c in enumerate(text) if c == " "),
                    *(i + 1 for i, c in enumerate(text) if c == " ")})
    found = find_in_thai("Leeds", text, edges)
    assert found is not None and text[found[0]:found[1]] == "ลีดส์"
    found = find_in_thai("Richard Holland", text, edges)
    assert found is not None and text[found[0]:found[1]] == "ริชาร์ด ฮอลแลนด์"


def test_letter_weights_bound_every_skeleton() -> None:
    from massmob_nlp.entities.sound_keys import _weight
    from massmob_nlp.entities.thai_search import _weight_sums

    text = "นายกอร์ดอน บราวน์ ถ้ำหลวง เกรียงไกร ฤทธิ์ มอสส์ ไหลหยุน ทรัพย์ กวม ลีดส์ ABC ๑๒"
    sums = _weight_sums(text)
    tight = 0
    for a in range(len(text)):
        for b in range(a + 1, min(len(text), a + 25) + 1):
            if any("\u0e00" <= c <= "\u0e7f" for c in text[a:b]):
                weight = _weight(sound_key(text[a:b]))
                assert weight <= sums[b] - sums[a] + 1e-9, text[a:b]
                tight += weight == sums[b] - sums[a]
    assert tight > 100  # often exact: a consonant is a class, a vowel a slot
