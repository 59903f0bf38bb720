"""A paragraph the translation dropped and a paragraph the translator added at the same
place (the end of a match report) are paired by the paragraph DP in a weak ``1-1`` bead;
numbers of no common kind on the two sides take them apart (our own example: the next
fixture's date and kick-off time against a striker's goals, games and fee)."""

from __future__ import annotations

from massmob_nlp.alignment.dp import Bead
from massmob_nlp.alignment.edges import split_unmatched_edges, unrelated_pair

FIXTURE = {"date:--03-14", "time:17:30"}
STRIKER = {"cardinal:6", "cardinal:11", "money:15000000:GBP"}


def _kinds(beads: list[Bead]) -> list[tuple[tuple[int, ...], tuple[int, ...], str]]:
    return [(b.src_ids, b.tgt_ids, b.kind) for b in beads]


def test_a_weak_pair_with_no_common_kind_of_number_is_split() -> None:
    out = split_unmatched_edges([Bead((0,), (0,), "1-1", -9.0)], ([FIXTURE], [STRIKER]))
    assert _kinds(out) == [((0,), (), "1-0"), ((), (0,), "0-1")]


def test_a_sure_pair_stays() -> None:
    out = split_unmatched_edges([Bead((0,), (0,), "1-1", 2.5)], ([FIXTURE], [STRIKER]))
    assert _kinds(out) == [((0,), (0,), "1-1")]


def test_a_changed_value_of_one_kind_keeps_the_pair() -> None:
    assert not unrelated_pair(FIXTURE, {"date:--03-15", "cardinal:11"})
    out = split_unmatched_edges([Bead((0,), (0,), "1-1", -9.0)],
                                ([FIXTURE], [{"date:--03-15", "cardinal:11"}]))
    assert _kinds(out) == [((0,), (0,), "1-1")]


def test_one_number_a_side_is_too_little_evidence() -> None:
    assert not unrelated_pair({"year:2031"}, {"cardinal:6", "cardinal:11"})
    assert not unrelated_pair(FIXTURE, {"cardinal:6"})
