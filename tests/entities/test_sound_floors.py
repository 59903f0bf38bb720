"""The count bound of a Latin/Thai pair's sound gates (issue 13): a pair it rejects never
reaches the gate, and a pair of unrelated names is rejected before any edit distance."""

import itertools

import pytest

from massmob_nlp.entities.similarity import (
    SOUND_MIN_SCORE,
    THAI_READING_MIN_SCORE,
    name_similarity,
)
from massmob_nlp.entities.sound_floors import key_upper, sound_cannot_reach
from massmob_nlp.entities.sound_keys import key_similarity, sound_key
from massmob_nlp.entities.sounds import sound_similarity

RENDERINGS = [
    ("Leeds", "ลีดส์"), ("Walmart", "วอลมาร์ต"), ("Juan", "ฮวน"), ("Srettha", "เศรษฐา"),
    ("Nakhon Sawan", "นครสวรรค์"), ("Chachoengsao", "ฉะเชิงเทรา"), ("Kunlavut", "กุลวุฒิ"),
    ("Newcastle", "นิวคาสเซิล"), ("Mike Coupe", "ไมค์ คูป"), ("Zhang Wei", "จาง เหว่ย"),
    ("Kyaw", "จ่อ"), ("Sainsbury", "เซนส์บิวรีส์"), ("Glasgow", "กลาสโกว์"),
    ("Phumtham Wechayachai", "ภูมิธรรม เวชยชัย"), ("Ukraine", "ยูเครน"),
    ("Hat Yai", "หาดใหญ่"), ("Thompson", "ทอมป์สัน"), ("Next", "เน็กซ์"),
]
"""Names and their Thai renderings: spelled letter by letter, or said the Thai way."""
UNRELATED_LATIN = ["Leeds", "Walmart", "Srettha", "Nakhon Sawan", "Thompson", "Glasgow"]
UNRELATED_THAI = ["กระทรวงการคลัง", "ธนาคารแห่งประเทศไทย", "ตำรวจ", "สหประชาชาติ",
                  "เชียงใหม่", "นายกรัฐมนตรี"]
"""Names of one news story that render none of the Thai names of another."""


@pytest.mark.parametrize("floor,read_anyway", [(SOUND_MIN_SCORE, False),
                                               (THAI_READING_MIN_SCORE, True),
                                               (0.5, False)])
def test_a_rejected_pair_never_reaches_the_gate(floor: float, read_anyway: bool) -> None:
    pairs = RENDERINGS + list(itertools.product(UNRELATED_LATIN, UNRELATED_THAI))
    reached = rejected = 0
    for latin, thai in pairs:
        score = sound_similarity(latin, thai, floor=floor, read_anyway=read_anyway)
        if score >= floor:
            reached += 1
            assert not sound_cannot_reach(latin, thai, floor, read_anyway=read_anyway), \
                (latin, thai, score)
        rejected += sound_cannot_reach(latin, thai, floor, read_anyway=read_anyway)
    assert reached >= 5
    assert floor < SOUND_MIN_SCORE or rejected >= 20  # the gates' floors: most are cut


def test_renderings_are_never_rejected_at_the_sound_gate() -> None:
    for latin, thai in RENDERINGS:
        if sound_similarity(latin, thai, floor=SOUND_MIN_SCORE) >= SOUND_MIN_SCORE:
            assert not sound_cannot_reach(latin, thai, SOUND_MIN_SCORE), (latin, thai)
    assert not sound_cannot_reach("Srettha", "เศรษฐา", SOUND_MIN_SCORE)


def test_unrelated_names_are_rejected() -> None:
    assert sound_cannot_reach("Walmart", "กระทรวงการคลัง", SOUND_MIN_SCORE)
    assert sound_cannot_reach("Thompson", "ตำรวจ", SOUND_MIN_SCORE)
    assert sound_cannot_reach("Nakhon Sawan", "สหประชาชาติ", THAI_READING_MIN_SCORE,
                              read_anyway=True)


def test_key_bound_never_below_the_edit_distance_score() -> None:
    keys = [sound_key(x) for x, _ in RENDERINGS] + ["PVMTVM", "MVKS", "SVST"]
    thai = [sound_key(y) for _, y in RENDERINGS] + ["MVKs", "SVS", "TVN s"]
    for x, y in itertools.product(keys, thai):
        assert key_upper(x, y) >= key_similarity(x, y) - 1e-9, (x, y)


def test_name_scores_unchanged_by_the_bound() -> None:
    assert name_similarity("Srettha", "เศรษฐา") >= SOUND_MIN_SCORE
    assert name_similarity("Nakhon Sawan", "นครสวรรค์") >= SOUND_MIN_SCORE
    assert name_similarity("Walmart", "กระทรวงการคลัง") == 0.0
