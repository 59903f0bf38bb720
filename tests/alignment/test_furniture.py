"""Bylines, outlet names and timestamps under a headline are page furniture: never
merged with the headline or the lead into an n-1 paragraph bead (our own examples)."""

import pytest

from massmob_nlp.alignment.dp import Bead
from massmob_nlp.alignment.furniture import is_furniture, split_furniture


@pytest.mark.parametrize("text", [
    "March 3, 2026 | 9:05 am",
    "Published 7:40 PM, February 14, 2026",
    "4 June 2026 11:20 WIB",
    "Jun 5, 2026, 08:15 GMT+7",
    "By Maria Santos, Reporter",
    "Reporter: Budi Hartono\nEditor: Sari Dewi",
    "Manila Bulletin",
    "Ana Cruz and Ben Lim (The Manila Times)",
    "Ana Cruz - The Manila Times\nApril 2, 2026 | 6:00am",
    "By Thu Ha | Saigon Daily / @thuha_news",
])
def test_furniture_lines(text):
    assert is_furniture(text)


@pytest.mark.parametrize("text", [
    "The council approved 12 new bus routes on March 3, 2026.",
    "MANILA, Philippines — Fuel prices rose for a third week.",
    "Rice prices fell 4% in March",
    "Officials said 300 families were moved.",
    "",
])
def test_story_lines_are_not_furniture(text):
    assert not is_furniture(text)


SRC = ["Fuel prices rise for third straight week", "March 3, 2026 | 9:05 am",
       "By Maria Santos, Reporter", "Pump prices rose by P1.20 a litre on Tuesday.",
       "Diesel rose by P0.80."]
TGT = ["ราคาน้ำมันขึ้นสามสัปดาห์ติด", "ราคาน้ำมันหน้าปั๊มขึ้นลิตรละ 1.20 เปโซเมื่อวันอังคาร",
       "ดีเซลขึ้น 0.80 เปโซ"]


def test_headline_bead_gives_back_its_furniture():
    beads = [Bead((0, 1, 2), (0,), "3-1", 1.0), Bead((3,), (1,), "1-1", 1.0),
             Bead((4,), (2,), "1-1", 1.0)]
    out = split_furniture(beads, SRC, TGT)
    assert [(b.src_ids, b.tgt_ids, b.kind) for b in out] == [
        ((0,), (0,), "1-1"), ((1,), (), "1-0"), ((2,), (), "1-0"),
        ((3,), (1,), "1-1"), ((4,), (2,), "1-1")]


def test_lead_bead_gives_back_its_furniture():
    beads = [Bead((0,), (0,), "1-1", 1.0), Bead((1, 2, 3), (1,), "3-1", 1.0),
             Bead((4,), (2,), "1-1", 1.0)]
    out = split_furniture(beads, SRC, TGT)
    assert [(b.src_ids, b.tgt_ids) for b in out][:4] == [
        ((0,), (0,)), ((1,), ()), ((2,), ()), ((3,), (1,))]


def test_furniture_stays_when_its_numbers_are_on_the_other_side():
    keys = ([set(), {"date:2026-03-03"}, set(), set(), set()],
            [{"date:2026-03-03"}, set(), set()])
    beads = [Bead((0, 1), (0,), "2-1", 1.0)]
    assert split_furniture(beads, SRC, TGT, keys) == beads


def test_story_paragraphs_and_n_m_beads_are_left_alone():
    beads = [Bead((3, 4), (1,), "2-1", 1.0), Bead((1, 2), (1, 2), "2-2", 1.0)]
    assert split_furniture(beads, SRC, TGT) == beads
