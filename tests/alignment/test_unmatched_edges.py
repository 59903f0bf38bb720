"""A short paragraph the translation dropped, glued by the paragraph DP to the
translated paragraph beside it, is taken out of the bead by its numbers (our own
example: a ferry paragraph with 12 boats and 340 passengers, then 'The survey took
nine days.' which the Thai leaves out)."""

from __future__ import annotations

from massmob_nlp.alignment.dp import Bead
from massmob_nlp.alignment.edges import split_unmatched_edges, unmatched_edge

SRC_KEYS = [{"cardinal:12", "cardinal:340"}, {"duration:9:day"}]
TGT_KEYS = [{"cardinal:12", "cardinal:340", "money:11000:THB"}]


def _kinds(beads: list[Bead]) -> list[tuple[tuple[int, ...], tuple[int, ...], str]]:
    return [(b.src_ids, b.tgt_ids, b.kind) for b in beads]


def test_a_dropped_paragraph_is_taken_out_of_a_weak_merged_bead() -> None:
    out = split_unmatched_edges([Bead((0, 1), (0,), "2-1", -6.0)], (SRC_KEYS, TGT_KEYS))
    assert _kinds(out) == [((0,), (0,), "1-1"), ((1,), (), "1-0")]


def test_a_sure_bead_stays() -> None:
    out = split_unmatched_edges([Bead((0, 1), (0,), "2-1", 1.5)], (SRC_KEYS, TGT_KEYS))
    assert _kinds(out) == [((0, 1), (0,), "2-1")]


def test_a_changed_value_of_the_same_kind_keeps_the_paragraph() -> None:
    tgt = [{"cardinal:12", "cardinal:340", "duration:19:day"}]
    out = split_unmatched_edges([Bead((0, 1), (0,), "2-1", -6.0)], (SRC_KEYS, tgt))
    assert _kinds(out) == [((0, 1), (0,), "2-1")]


def test_a_paragraph_without_numbers_or_one_sharing_a_number_stays() -> None:
    assert not unmatched_edge(set(), {"cardinal:12"}, {"cardinal:12"})
    assert not unmatched_edge({"cardinal:12"}, {"cardinal:340"}, {"cardinal:12", "cardinal:340"})
    assert not unmatched_edge({"duration:9:day"}, {"cardinal:12", "cardinal:7"}, {"cardinal:12"})


def test_an_added_thai_paragraph_is_taken_out_too() -> None:
    src = [{"cardinal:12", "cardinal:340"}]
    tgt = [{"money:500:THB"}, {"cardinal:12", "cardinal:340"}]
    out = split_unmatched_edges([Bead((0,), (0, 1), "1-2", -5.0)], (src, tgt))
    assert _kinds(out) == [((), (0,), "0-1"), ((0,), (1,), "1-1")]
