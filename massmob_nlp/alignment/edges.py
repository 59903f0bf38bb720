"""A paragraph the translation dropped, merged by the paragraph DP into its neighbour's
bead: the DP pays less for a ``2-1`` bead than for a ``1-0``, so a short dropped
paragraph next to a translated one is glued to it. Its numbers tell it apart: none of
them is in the other side, while every number of the paragraphs left is
(:func:`split_unmatched_edges`). The same DP pairs a dropped paragraph with an added one
at the same place in a weak ``1-1`` bead; numbers of no common kind undo that too."""

from __future__ import annotations

from collections.abc import Sequence

from .dp import Bead
from .furniture import WEAK_SCORE


def _kinds(keys: set[str]) -> set[str]:
    return {k.split(":")[0] for k in keys}


def unmatched_edge(own: set[str], rest: set[str], other: set[str]) -> bool:
    """Whether a paragraph at the edge of a merged bead, holding number keys ``own``,
    is no part of the translation ``other`` that the bead's other paragraphs (keys
    ``rest``) face: it has numbers and none of them is in ``other``; the paragraphs
    left have numbers, all of them in ``other``; and no number of ``other`` that they
    do not explain is of a kind of ``own`` (a changed value, ``37 hours`` written ``73
    ชั่วโมง``, keeps the paragraph in the bead).

    Examples:
        >>> unmatched_edge({"duration:37:hour"}, {"cardinal:100"},
        ...                {"cardinal:100", "money:340:THB"})
        True
        >>> unmatched_edge({"duration:37:hour"}, {"cardinal:100"},
        ...                {"cardinal:100", "duration:73:hour"})
        False
    """
    if not own or not rest or own & other or not rest <= other:
        return False
    return not _kinds(other - rest) & _kinds(own)


def split_unmatched_edges(beads: Sequence[Bead],
                          keys: tuple[Sequence[set[str]], Sequence[set[str]]] | None
                          ) -> list[Bead]:
    """``beads`` (paragraph beads, local unit indices) with each weak (:data:`WEAK_SCORE`)
    ``n-1`` or ``1-n`` bead's edge paragraph on the many side that is no part of the
    one paragraph it faces (:func:`unmatched_edge`, by number keys) taken out as a
    null bead: ``Webb orbits 1.5 million km from Earth...`` + ``The findings rest on
    37 hours of observation.`` against a Thai paragraph holding 1.5 million but no 37
    become a ``1-1`` and a ``1-0``; a weak ``1-1`` bead of two paragraphs with no kind
    of number in common (:func:`unrelated_pair`) becomes a ``1-0`` and a ``0-1``.
    Without number keys nothing changes."""
    if keys is None:
        return list(beads)
    out: list[Bead] = []
    for bead in beads:
        out.extend(_split(bead, keys))
    return out


UNRELATED_MIN_KEYS = 2
"""Least number keys on each side of a weak ``1-1`` paragraph bead for numbers of no
common kind to tell the two paragraphs apart (:func:`unrelated_pair`)."""


def unrelated_pair(src: set[str], tgt: set[str]) -> bool:
    """Whether two paragraphs a weak ``1-1`` bead pairs are no translation of each other
    by their number keys: each holds :data:`UNRELATED_MIN_KEYS` at least and no kind of
    number is on both sides (a translation may change a value, never every kind: a
    fixture's date and kick-off time are not a player's goals, games and fee). The DP
    pairs a paragraph whose translation was dropped with an added one when the two sit
    at the same place, as at the end of an article.

    Examples:
        >>> unrelated_pair({"date:--12-13", "time:15:00"},
        ...                {"cardinal:8", "cardinal:14", "money:22000000:GBP"})
        True
        >>> unrelated_pair({"date:--12-13", "cardinal:14"}, {"cardinal:8", "cardinal:41"})
        False
    """
    if len(src) < UNRELATED_MIN_KEYS or len(tgt) < UNRELATED_MIN_KEYS:
        return False
    return not _kinds(src) & _kinds(tgt)


def _split(bead: Bead, keys: tuple[Sequence[set[str]], Sequence[set[str]]]) -> list[Bead]:
    if bead.score > WEAK_SCORE or not bead.src_ids or not bead.tgt_ids:
        return [bead]
    if bead.kind == "1-1" and unrelated_pair(set(keys[0][bead.src_ids[0]]),
                                             set(keys[1][bead.tgt_ids[0]])):
        return [Bead(bead.src_ids, (), "1-0", bead.score),
                Bead((), bead.tgt_ids, "0-1", bead.score)]
    for side, many, one in ((0, bead.src_ids, bead.tgt_ids), (1, bead.tgt_ids, bead.src_ids)):
        if len(one) != 1 or len(many) < 2:
            continue
        other = set(keys[1 - side][one[0]])
        for edge, rest_ids in ((many[0], many[1:]), (many[-1], many[:-1])):
            rest: set[str] = set().union(*(keys[side][u] for u in rest_ids))
            if not unmatched_edge(set(keys[side][edge]), rest, other):
                continue
            kept = (tuple(rest_ids), one) if side == 0 else (one, tuple(rest_ids))
            kept_bead = Bead(kept[0], kept[1], f"{len(kept[0])}-{len(kept[1])}", bead.score)
            null = Bead((edge,), (), "1-0", bead.score) if side == 0 \
                else Bead((), (edge,), "0-1", bead.score)
            return [null, kept_bead] if edge == many[0] else [kept_bead, null]
    return [bead]
