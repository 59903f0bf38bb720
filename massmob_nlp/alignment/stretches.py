"""Statistics of a stretch of a unit (a run of its words) from the unit's own token
features, instead of encoding the stretch afresh.

A token's features see the ``reach`` tokens on each side of it (:mod:`.encoder`), so
a token of the stretch whose ``2 * reach + 1`` tokens around it are the same in the
stretch and in the unit (padding outside either text counting as one more token) has
the feature it had in the unit: its row is read from the unit's kept features
(:class:`~.token_rows.FeatureCache`). Only the ``reach + 1`` tokens at an edge of the
stretch inside the unit (its own BOS or EOS and the words beside it) are computed,
from a snippet of the stretch reaching ``reach`` tokens beyond them. The comparison
looks for a moved sentence in the prefixes and suffixes of the Thai sentences beside
it (:mod:`massmob_nlp.comparison.passage_meaning`): each is encoded in about five
tokens instead of its whole length.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from .encoder import PooledEncoder

StretchRow = tuple[np.ndarray, float, list[int], list[int], np.ndarray, np.ndarray]
"""One text's :class:`~.encoder.Pooled` row: sums, length, first and last ids, head
and tail (NaN: not known)."""


def stretch_stats(enc: PooledEncoder, pairs: Sequence[tuple[str, str]]
                  ) -> dict[str, StretchRow]:
    """The :class:`~.encoder.Pooled` row of each ``(text, unit)`` pair whose ``unit``
    has its token features kept and whose text's tokens are a run of the unit's
    (between spaces, sentencepiece cuts a word the same way). Texts not found in their
    unit, or too short to share a token's context with it, are left out (to encode)."""
    r, edge = enc.reach, 2 * enc.reach + 1
    plans: dict[str, tuple[list[int], np.ndarray, int, int]] = {}
    for text, unit in pairs:
        kept = None if text in plans else enc.kept.get(unit)
        if kept is None:
            continue
        ids = enc.b.sp.encode(text, out_type=int, add_bos=True, add_eos=True)
        at = _offset(kept[0], ids)
        if at is None:
            continue
        lo, hi = shared_span(len(kept[0]), len(ids), at, r)
        if lo < hi:
            plans[text] = (ids, kept[1][at + lo:at + hi], lo, hi)
    if not plans:
        return {}
    raw = np.stack([rows.sum(axis=0) for _, rows, _, _ in plans.values()])
    snippets: list[list[int]] = []
    spans: list[tuple[int, int]] = []
    owner: list[int] = []
    for k, (ids, _, lo, hi) in enumerate(plans.values()):
        for a, b in ((0, lo), (hi, len(ids))):  # the tokens near each edge
            if a < b:
                first, last = max(a - r, 0), min(b + r, len(ids))
                snippets.append(ids[first:last])
                spans.append((a - first, b - first))
                owner.append(k)
    sums = enc.limited(enc.project, raw)
    np.add.at(sums, np.array(owner, np.int64), enc.span_sums(snippets, spans))
    nan = np.full(enc.dim, np.nan, np.float32)
    return {text: (sums[k], float(len(ids)), ids[:edge], ids[-edge:], nan, nan)
            for k, (text, (ids, _, _, _)) in enumerate(plans.items())}


def _offset(unit: list[int], ids: list[int]) -> int | None:
    """``p - 1`` for the first ``p`` where the unit's ids ``unit[p:]`` start with the
    stretch's ids between its BOS and EOS (``ids[1:-1]``), or None."""
    body = ids[1:-1]
    if not body:
        return None
    for p in range(1, len(unit) - len(body)):
        if unit[p] == body[0] and unit[p:p + len(body)] == body:
            return p - 1
    return None


def shared_span(unit_len: int, n: int, at: int, reach: int) -> tuple[int, int]:
    """Positions ``lo .. hi-1`` of the tokens of a stretch of ``n`` tokens (BOS and
    EOS included) whose tokens between BOS and EOS are the unit's from position
    ``at + 1``, that see the same ``2 * reach + 1`` tokens around them in both texts:
    all but the ``reach + 1`` at an edge of the stretch inside the unit (its BOS or
    EOS and the words beside it); an edge shared with the unit (``at == 0``, or the
    stretch ends where the unit does) keeps its tokens."""
    lo = 0 if at == 0 else reach + 1
    hi = n if at + n == unit_len else n - 1 - reach
    return lo, hi
