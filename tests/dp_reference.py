"""The alignment DP computed the plain way, for tests that check a faster path gives
the same cells: the numpy DP rows (:func:`dp._dp_row`) with the scores of every match
kind, fitting the context or not."""

from __future__ import annotations

import numpy as np

from massmob_nlp.alignment import dp


def every_kind_dp(ctx: dp.Context) -> tuple[np.ndarray, np.ndarray]:
    """The DP table and back pointers of ``ctx`` with every match kind scored."""
    n, m = ctx.n, ctx.m
    lo, rows = np.zeros(n + 1, int), np.arange(n + 1)
    cols = rows[:, None] * 0 + np.arange(m + 1)
    scores = {k: ctx.scores(k, rows, cols, lo, m + 1) for k in ctx.al.match_kinds}
    table = np.full((n + 1, m + 1), dp._NEG)
    back = np.full((n + 1, m + 1), -1, np.int8)
    for i in rows:
        table[i], back[i] = dp._dp_row(ctx, table, lo, int(i), cols[i],
                                       {k: s[i] for k, s in scores.items()})
    return table, back
