"""Sentence beads a shortened translation leaves as a ``1-0`` next to a ``0-1``.

Without sentence embeddings (a language the encoder never saw, as Vietnamese, or a
default install) the sentence DP has length, numbers and Latin names only. A
translator who drops half of a sentence and changes the one number kept (``the portal
offers 4,447 services; 53.6% of files were handled online`` → ``the portal offers
4,474 services``) leaves nothing the DP can pair: the lengths differ and no number key
is shared, so it skips both sides, and the comparison reports one number missing and
one added (``sentence omitted`` / ``sentence added``) instead of one changed number.

:func:`pair_lone_gaps` undoes that inside one paragraph bead: a ``1-0`` and a ``0-1``
side by side, with no other skipped sentence between the same two anchors (matched
beads or the edges of the paragraph bead), both holding a number, become one ``1-1``
bead. The paragraph DP already said the two paragraphs translate each other, and the
two skipped sentences sit at the same place in them; a sentence dropped and another
added at the same place is far rarer in news translation than one cut short.
"""

from __future__ import annotations

from collections.abc import Sequence

from .dp import Bead

_NULL = ("1-0", "0-1")


def pair_lone_gaps(beads: Sequence[Bead], s_keys: Sequence[set[str]],
                   t_keys: Sequence[set[str]]) -> list[Bead]:
    """``beads`` (the sentence beads of one paragraph bead, local unit indices) with a
    lone ``1-0``/``0-1`` pair between two anchors merged into a ``1-1`` bead when both
    sentences hold a number key (``s_keys``/``t_keys``: the keys of each unit).

    Examples:
        >>> beads = [Bead((0,), (0,), "1-1", 2.0), Bead((1,), (), "1-0", -3.5),
        ...          Bead((), (1,), "0-1", -3.5)]
        >>> [b.kind for b in pair_lone_gaps(beads, [{"a"}, {"b"}], [{"a"}, {"c"}])]
        ['1-1', '1-1']
    """
    out = list(beads)
    k = 0
    while k + 1 < len(out):
        a, b = out[k], out[k + 1]
        if _lone(out, k) and {a.kind, b.kind} == set(_NULL):
            i = (a.src_ids or b.src_ids)[0]
            j = (a.tgt_ids or b.tgt_ids)[0]
            if s_keys[i] and t_keys[j]:
                out[k:k + 2] = [Bead((i,), (j,), "1-1", a.score + b.score)]
        k += 1
    return out


def _lone(beads: Sequence[Bead], k: int) -> bool:
    """Whether beads ``k`` and ``k + 1`` are skips with no skip on either side."""
    before = k == 0 or beads[k - 1].kind not in _NULL
    after = k + 2 >= len(beads) or beads[k + 2].kind not in _NULL
    return before and after
