"""Korean names in Thai: the surname by its Korean reading (``Lee`` / อี, ``Choi`` /
ชเว, ``Park`` / พัก), the given name by sound, hyphen or no hyphen. All names and
sentences are invented for these tests."""

from __future__ import annotations

import pytest

from massmob_nlp.entities import name_similarity
from massmob_nlp.entities.korean import korean_similarity


@pytest.mark.parametrize(("latin", "thai"), [
    ("Lee", "อี"), ("Rhee", "อี"), ("Choi", "ชเว"), ("Park", "พัก"), ("Yoon", "ยุน"),
    ("Jung", "จอง"), ("Lee Min-ho", "อี มิน-โฮ"), ("Lee Min-ho", "อีมินโฮ"),
    ("Choi Ji-woo", "ชเว จี-อู"), ("Park Hye-jin", "พัก ฮเย-จิน"),
    ("Yoon Sang-hyun", "นายยุน ซัง-ฮย็อน"), ("Jung Da-eun", "จอง ดา-อึน")])
def test_korean_surnames_pair_with_their_korean_reading(latin: str, thai: str) -> None:
    assert name_similarity(latin, thai) >= 0.85


@pytest.mark.parametrize(("latin", "thai"), [
    ("Lee Min-ho", "คิม มิน-โฮ"),  # another surname
    ("Lee Min-ho", "อี ซู-จิน"),  # another given name
    ("Park", "พัก ซู-จิน"),  # a lone surname is not the whole name
    ("Lee", "อีวาน")])
def test_other_korean_names_stay_apart(latin: str, thai: str) -> None:
    assert name_similarity(latin, thai) < 0.6


def test_only_korean_shaped_names_are_read_as_korean() -> None:
    assert korean_similarity("Lee Harris", "อี แฮร์ริส") is None  # English given name
    assert korean_similarity("Kim Son", "กิมเซิน") is None  # Vietnamese place
    assert korean_similarity("Smith", "สมิธ") is None
    assert name_similarity("Lee Harris", "ลี แฮร์ริส") >= 0.85  # still an English Lee
