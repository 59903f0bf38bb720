"""Name scores do not depend on what was scored before: the kept difflib matchers,
bigram sets and stripped names (:mod:`massmob_nlp.entities.similarity`) give the same
scores as a fresh start for every pair. The names are our own examples."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("PYTHAINLP_OFFLINE", "1")

pytest.importorskip("pythainlp")

from massmob_nlp.entities import similarity as sim

LATIN = ["Somchai Rattanakorn", "Chiang Rai", "Dr Wanida Suksan", "Mekong River",
         "Krungthai Bank", "Hanoi", "Nguyen Van Binh", "Prof Lee Min-ho", "Bangkok",
         "Lampang Province", "PTT", "Songkhla Lake"]
THAI = ["นายสมชาย รัตนากร", "เชียงราย", "ดร.วนิดา สุขสันต์", "แม่น้ำโขง", "ธนาคารกรุงไทย",
        "กรุงฮานอย", "เหงียน วัน บิ่ญ", "ศ.อี มิน-โฮ", "กรุงเทพฯ", "จังหวัดลำปาง", "ปตท.",
        "ทะเลสาบสงขลา"]
MEMOS = (sim._matcher, sim._key_bigrams, sim._bare_thai, sim._plain_latin,
         sim._has_initials)


def _fresh(a: str, b: str, floor: float) -> float | None:
    for memo in MEMOS:
        memo.cache_clear()
    return sim.similarity_above(a, b, floor)


@pytest.mark.parametrize("floor", [0.0, 0.6, 0.85])
def test_scores_same_as_from_a_fresh_start(floor: float) -> None:
    pairs = [(a, b) for a in LATIN for b in THAI] + [(a, b) for a in LATIN for b in LATIN]
    fresh = [_fresh(a, b, floor) for a, b in pairs]
    warm = [sim.similarity_above(a, b, floor) for a, b in pairs]
    again = [sim.similarity_above(a, b, floor) for a, b in reversed(pairs)][::-1]
    assert warm == fresh == again
    assert sum(s is not None and s >= 0.8 for s in fresh) >= 6  # the right pairs match
