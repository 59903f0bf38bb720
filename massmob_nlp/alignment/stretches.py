"""Statistics of a stretch of a unit (a run of its words) from the unit's own token
features, instead of encoding the stretch afresh.

A token's features see the ``reach`` tokens on each side of it (:mod:`.encoder`), so
a token of the stretch whose ``2 * reach + 1`` tokens around it are the same in the
stretch and in the unit (padding outside either text counting as one more token) has
the feature it had in the unit: its row is read from the unit's kept features
(:class:`~.token_rows.FeatureCache`). Only the tokens near the stretch's edges, where
its own BOS and EOS sit, are computed, each run of them from a snippet of the
stretch reaching ``reach`` tokens beyond it. The comparison looks for a moved
sentence in the prefixes and suffixes of the Thai sentences beside it
(:mod:`massmob_nlp.comparison.passage_meaning`): each is encoded in about ten tokens
instead of its whole length.
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
    plans: list[tuple[str, list[int], np.ndarray, np.ndarray]] = []
    for text, unit in pairs:
        kept = enc.kept.get(unit)
        if kept is None or text in (p[0] for p in plans):
            continue
        ids = enc.b.sp.encode(text, out_type=int, add_bos=True, add_eos=True)
        at = _offset(kept[0], ids)
        if at is None:
            continue
        same = shared_context(kept[0], ids, at, r)
        if same.any():
            plans.append((text, ids, kept[1][np.flatnonzero(same) + at], same))
    if not plans:
        return {}
    raw = np.stack([rows.sum(axis=0) for _, _, rows, _ in plans])
    snippets: list[list[int]] = []
    spans: list[tuple[int, int]] = []
    owner: list[int] = []
    for k, (_, ids, _, same) in enumerate(plans):
        for a, b in _runs(~same):
            lo, hi = max(a - r, 0), min(b + r, len(ids))
            snippets.append(ids[lo:hi])
            spans.append((a - lo, b - lo))
            owner.append(k)
    sums = enc.limited(enc.project, raw)
    np.add.at(sums, np.array(owner, np.int64), enc.span_sums(snippets, spans))
    nan = np.full(enc.dim, np.nan, np.float32)
    return {text: (sums[k], float(len(ids)), ids[:edge], ids[-edge:], nan, nan)
            for k, (text, ids, _, _) in enumerate(plans)}


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


def shared_context(unit: list[int], ids: list[int], at: int, reach: int) -> np.ndarray:
    """Per token of the stretch ``ids`` (position q, the unit's position ``q + at``):
    whether its ``2 * reach + 1`` tokens around are the same in both texts, positions
    outside a text counting as padding."""
    n = len(ids)
    pos = np.arange(-reach, n + reach) + at
    host = np.asarray(unit, np.int64)
    inside = (pos >= 0) & (pos < len(host))
    theirs = np.where(inside, host[np.clip(pos, 0, len(host) - 1)], -1)
    mine = np.concatenate([np.full(reach, -1), np.asarray(ids, np.int64), np.full(reach, -1)])
    bad = np.concatenate([[0], np.cumsum(mine != theirs)])
    width = 2 * reach + 1
    out: np.ndarray = (bad[width:] - bad[:-width]) == 0
    return out


def _runs(mask: np.ndarray) -> list[tuple[int, int]]:
    """(start, end) of each run of True in ``mask``."""
    edges = np.diff(np.concatenate([[0], mask.astype(np.int8), [0]]))
    return list(zip(np.flatnonzero(edges == 1).tolist(), np.flatnonzero(edges == -1).tolist()))
