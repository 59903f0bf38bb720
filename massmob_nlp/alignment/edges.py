"""A paragraph the translation dropped, merged by the paragraph DP into its neighbour's
bead: the DP pays less for a ``2-1`` bead than for a ``1-0``, so a short dropped
paragraph next to a translated one is glued to it. Its numbers tell it apart: none of
them is in the other side, while every number of the paragraphs left is
(:func:`split_unmatched_edges`)."""

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
    become a ``1-1`` and a ``1-0``. Without number keys nothing changes."""
    if keys is None:
        return list(beads)
    out: list[Bead] = []
    for bead in beads:
        out.extend(_split(bead, keys))
    return out


def _split(bead: Bead, keys: tuple[Sequence[set[str]], Sequence[set[str]]]) -> list[Bead]:
    if bead.score > WEAK_SCORE or not bead.src_ids or not bead.tgt_ids:
        return [bead]
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
