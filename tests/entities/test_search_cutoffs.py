"""The name search's early stops (issue 13) change no score that counts: a score
at or above the floor is exact, one below stays below."""

import pytest

from massmob_nlp.entities.sound_bounds import LatinBound
from massmob_nlp.entities.sound_keys import _thai_key, key_similarity, sound_key
from massmob_nlp.entities.sounds import sound_similarity
from massmob_nlp.entities.thai_search import find_in_thai

PAIRS = [
    ("Leeds", "ลีดส์"), ("Walmart", "วอลมาร์ต"), ("Juan", "ฮวน"), ("Srettha", "เศรษฐา"),
    ("Newcastle", "นิวคาสเซิล"), ("Mike Coupe", "ไมค์ คูป"), ("Zhang Wei", "จาง เหว่ย"),
    ("Linh", "ลินห์"), ("Kyaw", "จ่อ"), ("Sainsbury", "เซนส์บิวรีส์"),
    ("Leeds", "ลอนดอน"), ("Walmart", "วันจันทร์"), ("Juan", "ประชุม"),
    ("Mike Coupe", "ไมค์ ไทสัน"), ("Srettha", "เศรษฐกิจ"), ("Hanoi", "ฮานอย"),
    ("Nong Khai", "หนองคาย"), ("Ukraine", "ยูเครน"), ("Glasgow", "กลาสโกว์"),
    ("Sánchez", "ซานโตส"), ("Thompson", "ทอมป์สัน"), ("Thompson", "ทางการ"),
]


@pytest.mark.parametrize("floor", [0.5, 0.8, 0.95])
@pytest.mark.parametrize("thai_reading", [True, False])
def test_cut_scores_exact_from_the_floor(floor: float, thai_reading: bool) -> None:
    reached = 0
    for latin, thai in PAIRS:
        exact = sound_similarity(latin, thai, floor=floor, thai_reading=thai_reading)
        cut = sound_similarity(latin, thai, floor=floor, thai_reading=thai_reading,
                               cut=True)
        if exact >= floor:
            reached += 1
            assert cut == exact, (latin, thai)
        else:
            assert cut < floor, (latin, thai)
    assert reached >= 8  # the pairs that are renderings reach every floor


def test_edit_distance_stops_below_the_floor() -> None:
    far, near = sound_key("Walmart"), sound_key("วอลมาร์ต")
    other = sound_key("ประชุมสภา")
    assert 0.0 < key_similarity(far, other) < 0.8
    assert key_similarity(far, other, 0.8) == 0.0  # stopped: cannot reach 0.8
    assert key_similarity(far, near, 0.8) == key_similarity(far, near) >= 0.8


def test_bound_never_below_the_score() -> None:
    for latin, thai in PAIRS:
        key = sound_key(thai)
        score = max(key_similarity(sound_key(latin), key), 0.0)
        assert LatinBound(latin).upper(key) >= score - 1e-9, (latin, thai)


def test_thai_skeletons_of_own_examples() -> None:
    assert _thai_key("ไหลหยุน") == "LVYVN"  # ห before a sonorant: tone only
    assert sound_key("ไมค์ คูป") == sound_key("Mike Coupe")
    assert sound_key("มอสส์") == "MVS"  # the double ส of Moss


def test_search_finds_the_rendering_not_the_near_word() -> None:
    text = "นายกรัฐมนตรีพบกับนายโธมัส มุลเลอร์ ที่กรุงเบอร์ลินเมื่อวันจันทร์"
    edges = sorted({0, 12, 15, 17, 20, 25, 26, 34, 35, 38, 42, 50, 54, 57, len(text)})
    hit = find_in_thai("Berlin", text, edges)
    assert hit is not None and text[hit[0]:hit[1]].endswith("เบอร์ลิน")
