"""TokenCache: a batch that overflows the cache starts a new table with the rows of
the ids it already held copied, and computes only the ids it never saw."""

from __future__ import annotations

import numpy as np
import pytest

from massmob_nlp.alignment import token_rows
from massmob_nlp.alignment.token_rows import TokenCache, TokenRows


def _cache(seen: list[int]) -> TokenCache:
    def compute(ids: np.ndarray, out: TokenRows) -> None:
        seen.extend(ids.tolist())
        out.emb[:] = ids[:, None] * 1.0
        out.x[:] = ids[:, None] * 2.0
        for k, a in enumerate(out.slots):
            a[:] = ids[:, None] * (3.0 + k)

    return TokenCache(compute, (4, 3, (2, 5)))


def _check(table: TokenRows, flat: list[int]) -> None:
    want = np.array(flat, np.float32)[:, None]
    assert np.array_equal(table.emb[table.inverse], np.repeat(want, 4, axis=1))
    assert np.array_equal(table.x[table.inverse], np.repeat(want * 2, 3, axis=1))
    assert np.array_equal(table.slots[1][table.inverse], np.repeat(want * 4, 5, axis=1))


def test_an_overflowing_batch_copies_the_rows_it_had(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(token_rows, "TOKEN_CACHE_IDS", 6)
    seen: list[int] = []
    cache = _cache(seen)
    first = cache.rows(np.array([5, 7, 5, 9, 11]))
    _check(first, [5, 7, 5, 9, 11])
    assert seen == [5, 7, 9, 11]
    second = cache.rows(np.array([9, 20, 21, 5, 22, 9]))  # 4 + 3 new ids > 6: new table
    _check(second, [9, 20, 21, 5, 22, 9])
    assert seen[4:] == [20, 21, 22]  # 5 and 9 were copied, not computed again
    _check(first, [5, 7, 5, 9, 11])  # the old table handed out is untouched
    assert cache.rows(np.array([7])).emb is not first.emb  # 7 is gone: computed afresh
    assert seen[-1] == 7


def test_a_batch_larger_than_the_cache_gets_its_own_table(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(token_rows, "TOKEN_CACHE_IDS", 3)
    seen: list[int] = []
    cache = _cache(seen)
    cache.rows(np.array([1, 2]))
    big = cache.rows(np.array([2, 3, 4, 5, 6, 1]))
    _check(big, [2, 3, 4, 5, 6, 1])
    assert seen == [1, 2, 3, 4, 5, 6]
